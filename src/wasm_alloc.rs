//! The wasm build's memory allocator: power-of-two size classes, one free list each.
//!
//! Rust's default wasm allocator (dlmalloc) is about 9 kB of code before optimisation,
//! several kB of the gzipped wasm. This page makes few, small, short-lived allocations,
//! so a much simpler scheme does: every block is rounded up to a power of two, a freed
//! block goes onto its size's list and is handed out again for the next request of that
//! size, and fresh blocks are cut from memory taken with `memory.grow`.
//!
//! What it costs: rounding up wastes up to half of each block, and blocks are never
//! split, merged or returned, so memory only grows, to the sum over the size classes of
//! each class's own peak. A program whose live data moves from one size to another keeps
//! every size's peak: 1 MiB live can hold 8 MiB or more. This page allocates a few hundred
//! kB in a few sizes, which keeps that far below a phone's memory. Alignments above one
//! page (64 KiB) are refused with null, as `GlobalAlloc` allows. Only for single-threaded
//! wasm (no `atomics`), where nothing can interleave with an allocation.
//!
//! The crate's only `unsafe` code lives here (the crate denies it elsewhere). Memory comes
//! through [`Grow`], so the allocator is tested natively over an arena (`tests/alloc.rs`).

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

/// One wasm memory page, and the largest alignment served.
pub const PAGE: usize = 65_536;
/// One free list per power of two a size can round up to.
const CLASSES: usize = usize::BITS as usize;
/// The largest block served: a bigger request could not round up to a power of two.
const MAX_BLOCK: usize = 1 << (usize::BITS - 2);

/// Where the allocator gets fresh memory: `memory.grow` in the wasm build.
pub trait Grow {
    /// Adds `pages` pages of [`PAGE`] bytes; the address where they start, or `None`
    /// when no more memory can be had. Each growth starts where the last one ended,
    /// except the first, whose start may be anywhere page-aligned.
    fn grow(&self, pages: usize) -> Option<usize>;
}

/// The wasm module's own memory.
#[cfg(target_arch = "wasm32")]
pub struct WasmMemory;

#[cfg(target_arch = "wasm32")]
impl Grow for WasmMemory {
    fn grow(&self, pages: usize) -> Option<usize> {
        let previous = core::arch::wasm32::memory_grow(0, pages);
        (previous != usize::MAX).then(|| previous * PAGE)
    }
}

/// The allocator; installed as the global allocator in the wasm build.
pub struct SizeClassAllocator<G: Grow> {
    state: UnsafeCell<State>,
    memory: G,
}

struct State {
    /// The head of each size class's free list (0 when empty); each free block holds the next.
    free: [usize; CLASSES],
    /// Where the next fresh block may start.
    next: usize,
    /// The end of the memory taken so far.
    end: usize,
}

// SAFETY: wasm without the `atomics` feature runs one thread, so the state is never shared.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl Sync for SizeClassAllocator<WasmMemory> {}

impl<G: Grow> SizeClassAllocator<G> {
    /// An allocator over `memory` that has taken none of it yet.
    pub const fn new(memory: G) -> Self {
        SizeClassAllocator {
            state: UnsafeCell::new(State {
                free: [0; CLASSES],
                next: 0,
                end: 0,
            }),
            memory,
        }
    }
}

/// The size class of `layout`: its block is `1 << class` bytes, at least a pointer wide
/// and at least its alignment (so a block cut at a multiple of its size is aligned).
fn size_class(layout: Layout) -> usize {
    let size = layout.size().max(layout.align()).max(size_of::<usize>());
    size.next_power_of_two().trailing_zeros() as usize
}

fn align_up(address: usize, align: usize) -> usize {
    (address + align - 1) & !(align - 1)
}

unsafe impl<G: Grow> GlobalAlloc for SizeClassAllocator<G> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // A block is aligned to its size only up to a page (the memory's own alignment).
        if layout.align() > PAGE || layout.size() > MAX_BLOCK {
            return core::ptr::null_mut();
        }
        let class = size_class(layout);
        // SAFETY: single-threaded (see the `Sync` impl), and no allocation re-enters.
        let state = unsafe { &mut *self.state.get() };
        let head = state.free[class];
        if head != 0 {
            // SAFETY: a free block's first word holds the next free block of its class.
            state.free[class] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let size = 1usize << class;
        let align = size.min(PAGE);
        let mut start = align_up(state.next, align);
        if start.checked_add(size).is_none_or(|end| end > state.end) {
            // Enough pages for the block and any padding before it.
            let pages = (size + align).div_ceil(PAGE);
            let Some(base) = self.memory.grow(pages) else {
                return core::ptr::null_mut();
            };
            if base != state.end {
                // The first growth (memory below it belongs to the stack and statics).
                state.next = base;
            }
            state.end = base + pages * PAGE;
            start = align_up(state.next, align);
        }
        state.next = start + size;
        start as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let class = size_class(layout);
        // SAFETY: single-threaded; `ptr` is a block of this class, at least a word long.
        let state = unsafe { &mut *self.state.get() };
        unsafe { *(ptr as *mut usize) = state.free[class] };
        state.free[class] = ptr as usize;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees the new size with the old alignment is a valid layout.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if new_size <= MAX_BLOCK && size_class(new_layout) == size_class(layout) {
            // The block already has room: growing a vector by doubling moves it once per class.
            return ptr;
        }
        // SAFETY: both layouts are valid, and the blocks are distinct.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                core::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            moved
        }
    }
}
