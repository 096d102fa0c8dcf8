//! The wasm allocator's `GlobalAlloc` contract, natively: the allocator takes its memory
//! from an arena through its `Grow` seam instead of `memory.grow`.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

use gut_skin_axis::wasm_alloc::{Grow, SizeClassAllocator, PAGE};

/// `pages` wasm pages of real, page-aligned memory, handed out in order.
struct Arena {
    base: usize,
    pages: usize,
    used: Cell<usize>,
}

impl Arena {
    fn new(pages: usize) -> Self {
        let layout = Layout::from_size_align(pages * PAGE, PAGE).unwrap();
        // SAFETY: a non-zero size; the arena is leaked on purpose (tests are short).
        let base = unsafe { std::alloc::alloc(layout) } as usize;
        assert_ne!(base, 0);
        Self {
            base,
            pages,
            used: Cell::new(0),
        }
    }
}

impl Grow for &Arena {
    fn grow(&self, pages: usize) -> Option<usize> {
        let used = self.used.get();
        (used + pages <= self.pages).then(|| {
            self.used.set(used + pages);
            self.base + used * PAGE
        })
    }
}

fn layout(size: usize, align: usize) -> Layout {
    Layout::from_size_align(size, align).unwrap()
}

#[test]
fn every_block_is_aligned_in_the_arena_and_apart_from_the_others() {
    let arena = Arena::new(64);
    let allocator = SizeClassAllocator::new(&arena);
    let mut blocks = Vec::new();
    for (size, align) in [(1, 1), (7, 8), (24, 8), (100, 4), (3000, 16), (70_000, 8)] {
        for align in [align, 64, 4096, PAGE] {
            let l = layout(size, align);
            // SAFETY: a valid non-zero layout.
            let ptr = unsafe { allocator.alloc(l) };
            assert!(!ptr.is_null(), "{l:?}");
            assert_eq!(ptr as usize % align, 0, "{l:?} is aligned");
            // SAFETY: the block is `size` bytes long.
            unsafe { ptr.write_bytes(0xAB, size) };
            blocks.push((ptr as usize, size));
        }
    }
    blocks.sort();
    for pair in blocks.windows(2) {
        assert!(
            pair[0].0 + pair[0].1 <= pair[1].0,
            "blocks overlap: {pair:?}"
        );
    }
    let end = arena.base + arena.used.get() * PAGE;
    assert!(blocks
        .iter()
        .all(|&(at, size)| at >= arena.base && at + size <= end));
}

#[test]
fn an_alignment_above_one_page_is_refused_with_null() {
    let arena = Arena::new(16);
    let allocator = SizeClassAllocator::new(&arena);
    for align in [2 * PAGE, 4 * PAGE] {
        // Misplace the next block first, so that a page-aligned start is not enough.
        // SAFETY: valid layouts.
        unsafe { allocator.alloc(layout(PAGE, PAGE)) };
        let ptr = unsafe { allocator.alloc(layout(8, align)) };
        assert!(
            ptr.is_null() || ptr as usize % align == 0,
            "align {align} served at {:#x}, misaligned",
            ptr as usize
        );
        assert!(ptr.is_null(), "refused, as the module documents");
    }
}

#[test]
fn a_freed_block_is_handed_out_again_for_its_size() {
    let arena = Arena::new(4);
    let allocator = SizeClassAllocator::new(&arena);
    let l = layout(40, 8);
    // SAFETY: valid layouts; each block is freed with the layout it was taken with.
    unsafe {
        let first = allocator.alloc(l);
        allocator.dealloc(first, l);
        assert_eq!(allocator.alloc(l), first);
    }
}

#[test]
fn realloc_keeps_the_contents_and_stays_in_place_within_a_class() {
    let arena = Arena::new(8);
    let allocator = SizeClassAllocator::new(&arena);
    let l = layout(20, 4);
    // SAFETY: valid layouts and sizes; each block is used within its size.
    unsafe {
        let ptr = allocator.alloc(l);
        for i in 0..20 {
            ptr.add(i).write(i as u8);
        }
        assert_eq!(allocator.realloc(ptr, l, 30), ptr, "32-byte class has room");
        let moved = allocator.realloc(ptr, layout(30, 4), 1000);
        assert_ne!(moved, ptr);
        assert!((0..20).all(|i| moved.add(i).read() == i as u8));
    }
}

#[test]
fn out_of_memory_is_null_not_a_crash() {
    let arena = Arena::new(2);
    let allocator = SizeClassAllocator::new(&arena);
    // SAFETY: valid layouts.
    unsafe {
        assert!(!allocator.alloc(layout(PAGE / 2, 8)).is_null());
        assert!(allocator.alloc(layout(4 * PAGE, 8)).is_null());
        assert!(allocator.alloc(layout(1 << 40, 8)).is_null());
    }
}

/// The module's cost claim: memory is the sum of each size's peak, never returned.
#[test]
fn live_data_moving_between_sizes_keeps_every_sizes_peak() {
    let arena = Arena::new(256);
    let allocator = SizeClassAllocator::new(&arena);
    let live = 1 << 20; // 1 MiB live at any time
    for size in [64, 128, 256, 512, 1024, 2048, 4096, 8192] {
        let l = layout(size, 8);
        // SAFETY: valid layouts; every block is freed with its own layout.
        let blocks: Vec<_> = (0..live / size)
            .map(|_| unsafe { allocator.alloc(l) })
            .collect();
        assert!(blocks.iter().all(|ptr| !ptr.is_null()));
        for ptr in blocks {
            unsafe { allocator.dealloc(ptr, l) };
        }
    }
    let taken = arena.used.get() * PAGE;
    assert!(taken >= 8 * live, "1 MiB live took {taken} bytes");
}
