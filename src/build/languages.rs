//! The languages the site is published in (`src/content/languages.toml`): shared by every
//! build, so each page can link to the others (the pseudo-language's build, a test page
//! of its own, lists only the default).

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use crate::lang::{line_of, parse, Lang, Problems};
use crate::rust::lit;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    language: Vec<toml::Spanned<Language>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Language {
    tag: String,
    folder: String,
    link: String,
}

/// The tags a page can be built in (each has a folder of words in `src/content`).
const BUILT: [&str; 2] = ["en", "es"];

/// `SITE_LANGUAGES` as Rust (links in `lang`'s script: pseudo's are transformed), after
/// checking each entry; the problems name file and line.
pub fn bake(text: &str, file: &Path, lang: Lang, problems: &mut Problems) -> String {
    let mut code = String::from(
        "/// Every language the site is published in, the default (x-default) first.\n\
         pub const SITE_LANGUAGES: &[SiteLanguage] = &[\n",
    );
    let Some(parsed) = parse::<File>(text, file, problems) else {
        return code + "];\n";
    };
    let mut seen: Vec<(String, String)> = Vec::new();
    for spanned in &parsed.language {
        let line = line_of(text, spanned.span().start);
        let language = spanned.get_ref();
        if !BUILT.contains(&language.tag.as_str()) {
            problems.add(
                file,
                line,
                format!("no page is built in {:?}", language.tag),
            );
        }
        // The default at the root, every other language in a folder named by its tag:
        // run.sh and widget.js build and find each page there.
        let expected = match seen.is_empty() {
            true => String::new(),
            false => format!("{}/", language.tag),
        };
        if language.folder != expected {
            problems.add(
                file,
                line,
                format!("folder {:?} must be {expected:?}", language.folder),
            );
        }
        if language.link.trim().is_empty() {
            problems.add(file, line, "the link has no words".to_owned());
        }
        if seen
            .iter()
            .any(|(tag, folder)| *tag == language.tag || *folder == language.folder)
        {
            problems.add(
                file,
                line,
                format!("{:?} or its folder is listed twice", language.tag),
            );
        }
        seen.push((language.tag.clone(), language.folder.clone()));
        // The pseudo-language's build is one page: it links to no other.
        if lang == Lang::Pseudo && seen.len() > 1 {
            continue;
        }
        let _ = writeln!(
            code,
            "    SiteLanguage {{ tag: {}, folder: {}, link: {} }},",
            lit(&language.tag),
            lit(&language.folder),
            lit(&lang.words(&language.link))
        );
    }
    for tag in BUILT {
        if !seen.iter().any(|(listed, _)| listed == tag) {
            problems.add(file, 0, format!("the page built in {tag:?} is not listed"));
        }
    }
    code + "];\n"
}
