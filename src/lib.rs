//! The gut–skin axis explainer: content as data, pure logic, and Yew components.
//!
//! `content` holds every word the app shows, `model` holds logic with no
//! browser dependency, and `components` turns both into markup. The same
//! components render in the browser and natively (Yew's `ssr` feature).

pub mod components;
pub mod content;
pub mod model;
pub mod mount;
pub mod storage;
