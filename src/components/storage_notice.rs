//! A polite, visible notice about where the reader's data is (or is not) kept.

use yew::prelude::*;

/// Properties of [`StorageNotice`].
#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    /// The message, or `None` when there is nothing to say.
    pub message: Option<String>,
}

/// A `role="status"` region that is always in the page, so changes are announced.
#[function_component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    html! {
        <div class="storage-notice" role="status">
            if let Some(message) = &props.message {
                <p class="notice">{ message.clone() }</p>
            }
        </div>
    }
}
