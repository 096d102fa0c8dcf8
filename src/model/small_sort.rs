//! Sorting for the page's short lists (under a dozen items).

/// Sorts `items` in place by insertion: for lists this short it is as fast as the
/// standard sorts, and it adds a few bytes to the wasm where each of those adds kB.
pub fn sort_small<T: Ord>(items: &mut [T]) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && items[at - 1] > items[at] {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}
