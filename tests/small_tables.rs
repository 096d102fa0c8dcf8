//! The small stand-ins that keep the wasm light: the section title table, the
//! short-list sort, the tick set and the store's slot table.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use proptest::prelude::*;

use gut_skin_axis::content::{section_title, ARTICLE, SECTION_TITLES};
use gut_skin_axis::model::{linear_channel, sort_small, Accent, Slot, TickSet};

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

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
    assert_eq!(
        section_title("no-such-section"),
        pick("the article", "el artículo")
    );
}

/// WCAG's linear light with the standard library's `powf`, the reference.
fn reference_linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.039_28 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

#[test]
fn accent_text_colour_matches_powf_for_every_colour() {
    let ours: Vec<f64> = (0..=255).map(linear_channel).collect();
    let reference: Vec<f64> = (0..=255).map(reference_linear).collect();
    for (c, (a, b)) in ours.iter().zip(&reference).enumerate() {
        assert!((a - b).abs() <= 1e-14, "channel {c}: {a} vs {b}");
    }
    // The black-or-white choice agrees for all 16.7 million colours.
    // Black text when its contrast, (L + 0.05) / 0.05, is at least white's, 1.05 / (L + 0.05).
    let black = |l: f64| (l + 0.05) / 0.05 >= 1.05 / (l + 0.05);
    let threshold = 0.0525f64.sqrt() - 0.05;
    let mut near = 0;
    for r in 0..256 {
        for g in 0..256 {
            for b in 0..256 {
                let luminance = |t: &[f64]| 0.2126 * t[r] + 0.7152 * t[g] + 0.0722 * t[b];
                let (l, want) = (luminance(&ours), luminance(&reference));
                assert_eq!(black(l), black(want), "#{r:02x}{g:02x}{b:02x}");
                near += usize::from((want - threshold).abs() < 1e-4);
            }
        }
    }
    assert!(near > 0, "the check reaches colours at the threshold");
    let dark = Accent::parse("#123456").expect("a colour");
    let light = Accent::parse("#fedcba").expect("a colour");
    assert_eq!((dark.text, light.text), ("#ffffff", "#000000"));
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
