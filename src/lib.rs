//! The gut–skin axis explainer: content as data, pure logic, and Yew components.
//!
//! `content` holds every word the app shows, `model` holds logic with no
//! browser dependency, `storage` is the only code that touches
//! `localStorage`, `components` turn content and state into markup, and
//! `mount` is the thin browser shell. Components render in the browser and
//! natively (Yew's `ssr` feature: markup tests and the build's prerender).

#![warn(missing_docs)]
// The one exception is the allocator (`wasm_alloc`), which allows it in its own module.
#![deny(unsafe_code)]

pub mod components;
pub mod content;
pub mod model;
pub mod mount;
pub mod storage;
// The one exception to `deny(unsafe_code)`: an allocator cannot be written without it.
#[allow(unsafe_code)]
pub mod wasm_alloc;

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: wasm_alloc::SizeClassAllocator<wasm_alloc::WasmMemory> =
    wasm_alloc::SizeClassAllocator::new(wasm_alloc::WasmMemory);
