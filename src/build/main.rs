//! The content build: reads the page's words from `src/content/<language>/*.toml`, checks
//! them (every entry present, every placeholder matching, every source known, advice backed
//! only by guidance), and writes them as typed Rust into `OUT_DIR/words/`, which the
//! `content` modules include. The wasm carries plain data and no file parser.
//!
//! The language a build speaks is a cargo feature: none is English, `lang-pseudo` is the
//! pseudo-language the tests use to find words left outside the data files, `lang-es` is
//! Spanish (`src/content/es/`, checked against English's files by `parity`).

mod advice;
mod article;
mod claims;
mod contract;
mod diagram;
mod findings;
#[path = "../content/instruction.rs"]
mod instruction;
mod lang;
mod languages;
mod messages;
mod parity;
mod parity_messages;
mod pseudo;
mod quiz;
#[path = "../content/rules.rs"]
mod rules;
mod rust;
mod self_check;
mod shared;
mod snippet_words;
mod sources;
mod tips;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claims::Context;
use lang::{Lang, Problems};

/// The message files: flat tables of words, one Rust module each (see `messages`).
const MESSAGE_FILES: &[&str] = &[
    "checklist",
    "loading",
    "page",
    "ui",
    "questions",
    "embed",
    "import_plan",
    "document",
    "notices",
    "my_data",
    "review",
    "sections",
    "summary",
];

/// A baker of one structured file: its text, path and context → Rust.
type Baker = fn(&str, &Path, &Context<'_>, &mut Problems) -> String;

/// The structured files, each with its own shape (one module of `src/build` each).
const STRUCTURED_FILES: &[(&str, Baker)] = &[
    ("article", article::bake),
    ("findings", findings::bake),
    ("shared", shared::bake),
    ("tips", tips::bake),
    ("quiz", quiz::bake),
    ("self_check", self_check::bake),
    ("diagram", diagram::bake),
    ("advice", advice::bake),
];

fn main() -> ExitCode {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| "target/words".into()));
    println!("cargo::rerun-if-changed=src/content/en");
    println!("cargo::rerun-if-changed=src/build");
    println!("cargo::rerun-if-changed=src/content/sources.toml");
    println!("cargo::rerun-if-changed=src/content/instruction.rs");
    println!("cargo::rerun-if-changed=src/content/languages.toml");
    println!("cargo::rerun-if-changed=src/content/rules.rs");
    let lang = Lang::from_features();
    let mut problems = Problems::default();
    let mut files = Vec::new();
    let sources = sources::read(&root, Path::new("src/content/sources.toml"), &mut problems);
    files.push(("references.rs".to_owned(), sources.code.clone()));
    let folder = PathBuf::from("src/content").join(lang.folder());
    println!("cargo::rerun-if-changed={}", folder.display());
    if lang.folder() != "en" {
        let structured = STRUCTURED_FILES.iter().map(|(name, _)| *name);
        check_parity(&root, &folder, structured, &mut problems);
    }
    let shared_text =
        std::fs::read_to_string(root.join(&folder).join("shared.toml")).unwrap_or_default();
    let shared_names = shared::names(&shared_text);
    let context = Context {
        lang,
        sources: &sources.kinds,
        shared: &shared_names,
    };
    for (name, baker) in STRUCTURED_FILES {
        let path = folder.join(format!("{name}.toml"));
        match std::fs::read_to_string(root.join(&path)) {
            Ok(text) => files.push((
                format!("{name}.rs"),
                baker(&text, &path, &context, &mut problems),
            )),
            Err(error) => problems.add(&path, 0, format!("cannot read: {error}")),
        }
    }
    for name in MESSAGE_FILES {
        let path = folder.join(format!("{name}.toml"));
        if let Some(code) = messages::build(&root, &path, name, lang, &mut problems) {
            files.push((format!("{name}.rs"), code));
        }
    }
    let languages_path = Path::new("src/content/languages.toml");
    let site_languages = match std::fs::read_to_string(root.join(languages_path)) {
        Ok(text) => languages::bake(&text, languages_path, lang, &mut problems),
        Err(error) => {
            problems.add(languages_path, 0, format!("cannot read: {error}"));
            String::new()
        }
    };
    files.push(("lang.rs".to_owned(), lang_module(lang) + &site_languages));
    files.push((
        "snippet_words.rs".into(),
        snippet_words::bake(&root, &mut problems),
    ));
    if !problems.is_empty() {
        for problem in problems.iter() {
            eprintln!("error: {problem}");
            println!("cargo::warning={problem}");
        }
        eprintln!(
            "error: the content build found {} problem(s) in src/content",
            problems.len()
        );
        return ExitCode::FAILURE;
    }
    let dir = out.join("words");
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create {}: {error}", dir.display());
        return ExitCode::FAILURE;
    }
    for (name, code) in files {
        let path = dir.join(name);
        // Unchanged files keep their timestamps, so nothing recompiles needlessly.
        if std::fs::read_to_string(&path).ok().as_deref() == Some(code.as_str()) {
            continue;
        }
        if let Err(error) = std::fs::write(&path, code) {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Checks every file of a language's folder against its English twin (see `parity`).
fn check_parity<'a>(
    root: &Path,
    folder: &Path,
    structured: impl Iterator<Item = &'a str>,
    problems: &mut Problems,
) {
    let read = |path: &Path| std::fs::read_to_string(root.join(path)).ok();
    let english = Path::new("src/content/en");
    let messages = MESSAGE_FILES.iter().map(|name| (*name, true));
    for (name, is_message) in messages.chain(structured.map(|name| (name, false))) {
        let file = folder.join(format!("{name}.toml"));
        // A file that cannot be read is reported when it is baked.
        let (Some(en), Some(text)) = (read(&english.join(format!("{name}.toml"))), read(&file))
        else {
            continue;
        };
        if is_message {
            parity::messages(&en, &text, &file, problems);
        } else {
            parity::structured(&en, &text, &file, name, problems);
        }
    }
}

/// The language's own module: its tag and its plural rule (CLDR), which plural messages call.
fn lang_module(lang: Lang) -> String {
    let rule = match lang {
        // English: "one" for exactly 1, "other" for every other count. Spanish (CLDR) is the
        // same for the counts the page shows; its `many` (1000000, 1e6…) is never reached.
        Lang::En | Lang::Pseudo | Lang::Es => {
            "if count == 1 { PluralCategory::One } else { PluralCategory::Other }"
        }
    };
    format!(
        "// Generated by src/build. Do not edit.\n\
         /// The BCP 47 tag of the language this build speaks.\n\
         pub const LANG: &str = {tag:?};\n\
         /// The CLDR plural category of `count` in this language.\n\
         pub const fn plural_category(count: usize) -> PluralCategory {{ {rule} }}\n",
        tag = lang.tag()
    )
}
