//! The console line a panic writes: one line naming the panic and where it happened.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::mount::panic_line;

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[test]
fn a_panic_is_named_on_one_line() {
    assert_eq!(
        panic_line("index out of bounds:\nthe len is 3", Some(("src/model/quiz.rs", 42))),
        pick(
            "gut-skin-axis stopped working: index out of bounds: the len is 3 (at src/model/quiz.rs:42)",
            "gut-skin-axis dejó de funcionar: index out of bounds: the len is 3 (at src/model/quiz.rs:42)"
        )
    );
    assert_eq!(
        panic_line("boom", None),
        pick(
            "gut-skin-axis stopped working: boom",
            "gut-skin-axis dejó de funcionar: boom"
        )
    );
}
