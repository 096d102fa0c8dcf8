//! Messages for developers in the browser's console: English only, never shown to readers
//! (the panic line's lead-in, `PANIC_CONSOLE`, is in `en/loading.toml`).

/// The console line when `#app` holds no prerendered page to make live.
pub const NOTHING_TO_MOUNT: &str = "gut-skin-axis: #app holds no prerendered page, so there is nothing to make live. The build's prerender step (src/bin/prerender.rs, run by `./run.sh post-build` from Trunk's post_build hook) probably did not run: build with ./run.sh serve or ./run.sh build.";

/// The console warning for an embed option whose value is not valid.
pub fn ignoring_option(option: &str, value: &str) -> String {
    format!("gut-skin-axis: ignoring {option}=\"{value}\" (not a valid value); using the default.")
}

/// The console warning for an unknown name in a `sections` list that names known parts too.
pub fn unknown_section(name: &str) -> String {
    format!("gut-skin-axis: ignoring the unknown section \"{name}\" (known: article, diagram, quiz, self-check, checklist).")
}

/// The console warning, once per page, for an embed or widget that asks for a language
/// this build does not speak (`own`): it shows in its own. Each language is its own build.
pub fn not_this_language(value: &str, own: &str) -> String {
    format!("gut-skin-axis: lang=\"{value}\" is not this build's language; showing \"{own}\" (known: en, es).")
}

/// Stands for a panic's message when it carries none.
pub const NO_PANIC_MESSAGE: &str = "(no message)";

/// Where a panic happened, after its message in the panic line.
pub fn panic_place(file: &str, line: u32) -> String {
    format!(" (at {file}:{line})")
}
