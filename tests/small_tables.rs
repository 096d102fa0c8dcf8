//! The small stand-ins that keep the wasm light: the section title table and the short-list sort.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use gut_skin_axis::content::{section_title, ARTICLE, SECTION_TITLES};
use gut_skin_axis::model::{sort_small, Slot};

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

#[test]
fn slots_index_the_stores_table_in_order() {
    // The store keeps one entry per slot at `slot as usize`.
    for (index, slot) in Slot::ALL.iter().enumerate() {
        assert_eq!(*slot as usize, index, "{slot:?}");
    }
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
