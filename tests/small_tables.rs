//! The small stand-ins that keep the wasm light: the section title table, the
//! short-list sort, the tick set and the store's slot table.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use proptest::prelude::*;

use gut_skin_axis::content::{section_title, ARTICLE, SECTION_TITLES};
use gut_skin_axis::model::{sort_small, Slot, TickSet};

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

    #[test]
    fn tick_set_behaves_as_a_btree_set(steps in prop::collection::vec((any::<bool>(), "[a-c]{0,2}"), 0..40)) {
        let (mut set, mut reference) = (TickSet::new(), BTreeSet::new());
        for (add, id) in steps {
            if add {
                prop_assert_eq!(set.insert(id.clone()), reference.insert(id.clone()));
            } else {
                prop_assert_eq!(set.remove(&id), reference.remove(&id));
            }
            prop_assert_eq!(set.contains(&id), reference.contains(&id));
            prop_assert_eq!((set.len(), set.is_empty()), (reference.len(), reference.is_empty()));
            prop_assert!(set.iter().eq(reference.iter()));
        }
    }
}
