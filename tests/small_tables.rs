//! The small stand-ins that keep the wasm light: the section title table and the short-list sort.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use gut_skin_axis::content::{section_title, ARTICLE, SECTION_TITLES};
use gut_skin_axis::model::sort_small;

#[test]
fn the_section_table_is_the_articles_headings() {
    let headings: Vec<(&str, &str)> = ARTICLE
        .iter()
        .map(|section| (section.id, section.title))
        .collect();
    assert_eq!(SECTION_TITLES.to_vec(), headings);
    for (id, title) in headings {
        assert_eq!(section_title(id), title);
    }
    assert_eq!(section_title("no-such-section"), "the article");
}

proptest! {
    #[test]
    fn sort_small_sorts_as_the_standard_sort_does(mut items in prop::collection::vec((0u8..4, 0usize..6), 0..14)) {
        let mut want = items.clone();
        want.sort_unstable();
        sort_small(&mut items);
        prop_assert_eq!(items, want);
    }
}
