//! Deterministic shuffling from an injected seed, so tests can pin the order.

/// A small, fast pseudo-random generator (SplitMix64); good enough for quiz order.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator whose sequence depends only on `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0).
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next_u64() % bound as u64) as usize
    }
}

/// `0..len` in a seeded random order (Fisher–Yates).
pub fn shuffled(len: usize, rng: &mut Rng) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    for i in (1..len).rev() {
        order.swap(i, rng.below(i + 1));
    }
    order
}

/// Whether `order` holds each of `0..len` exactly once.
pub fn is_permutation(order: &[usize], len: usize) -> bool {
    let mut seen = vec![false; len];
    order.len() == len
        && order
            .iter()
            .all(|&index| index < len && !std::mem::replace(&mut seen[index], true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_order() {
        assert_eq!(
            shuffled(10, &mut Rng::new(7)),
            shuffled(10, &mut Rng::new(7))
        );
    }

    #[test]
    fn different_seeds_usually_differ() {
        let orders: std::collections::HashSet<_> = (0..20)
            .map(|seed| shuffled(10, &mut Rng::new(seed)))
            .collect();
        assert!(orders.len() > 15);
    }

    #[test]
    fn shuffles_are_permutations() {
        for seed in 0..50 {
            assert!(is_permutation(&shuffled(7, &mut Rng::new(seed)), 7));
        }
        assert!(shuffled(0, &mut Rng::new(1)).is_empty());
    }

    #[test]
    fn permutation_check_rejects_bad_orders() {
        assert!(!is_permutation(&[0, 0, 1], 3));
        assert!(!is_permutation(&[0, 1], 3));
        assert!(!is_permutation(&[0, 1, 3], 3));
        assert!(is_permutation(&[2, 0, 1], 3));
    }
}
