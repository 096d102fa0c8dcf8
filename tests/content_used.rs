//! Every entry of the data files is shown somewhere: each key of a message file (those in
//! `MESSAGE_FILES` of `src/build/main.rs`) and each shared claim is named by the app's code
//! (`src/`, outside the build) beyond its `use` lines. Words no code names are words an
//! editor keeps up to date that no reader ever sees.

#![cfg(not(target_arch = "wasm32"))]
#![allow(dead_code)]

#[path = "../src/build/contract.rs"]
mod contract;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use proc_macro2::TokenTree;
use syn::visit::Visit;

/// Every identifier the code in `src/` (outside `src/build`) names, in code and in macros
/// (`html!`), leaving out `use` items: a re-export alone shows nothing.
fn names_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut names = Names::default();
    for file in files {
        if file.starts_with("src/build") {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source");
        let parsed =
            syn::parse_file(&text).unwrap_or_else(|error| panic!("{}: {error}", file.display()));
        names.visit_file(&parsed);
    }
    names.0
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

#[derive(Default)]
struct Names(BTreeSet<String>);

impl<'ast> Visit<'ast> for Names {
    fn visit_item_use(&mut self, _: &'ast syn::ItemUse) {}

    fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
        self.0.insert(ident.to_string());
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        syn::visit::visit_macro(self, mac);
        self.tokens(mac.tokens.clone());
    }
}

impl Names {
    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        for token in tokens {
            match token {
                TokenTree::Ident(ident) => {
                    self.0.insert(ident.to_string());
                }
                TokenTree::Group(group) => self.tokens(group.stream()),
                // `format!("{NAME} …")` names `NAME` inside the string.
                TokenTree::Literal(literal) => {
                    for piece in literal.to_string().split('{').skip(1) {
                        let name: String = piece
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect();
                        self.0.insert(name);
                    }
                }
                TokenTree::Punct(_) => {}
            }
        }
    }
}

/// The message files the build registers (`MESSAGE_FILES` in src/build/main.rs).
fn message_files() -> Vec<String> {
    let text = std::fs::read_to_string("src/build/main.rs").expect("src/build/main.rs");
    let parsed = syn::parse_file(&text).expect("main.rs parses");
    let list = parsed.items.iter().find_map(|item| match item {
        syn::Item::Const(item) if item.ident == "MESSAGE_FILES" => Some(&*item.expr),
        _ => None,
    });
    let Some(syn::Expr::Reference(list)) = list else {
        panic!("main.rs has no MESSAGE_FILES = &[…]");
    };
    let syn::Expr::Array(list) = &*list.expr else {
        panic!("MESSAGE_FILES is not a list");
    };
    list.elems
        .iter()
        .map(|item| match item {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(name),
                ..
            }) => name.value(),
            _ => panic!("MESSAGE_FILES holds a name that is not a string"),
        })
        .collect()
}

/// The Rust name the build gives `key` of `module` (see src/build/messages.rs): a function
/// for words with placeholders and for plurals, else an upper-case constant.
fn generated_name(module: &str, key: &str, value: &toml::Value) -> String {
    let templated = contract::placeholders(module, key).is_some_and(|names| !names.is_empty());
    match value {
        toml::Value::Table(_) => key.to_owned(),
        toml::Value::String(_) if templated => key.to_owned(),
        _ => key.to_ascii_uppercase(),
    }
}

/// The entries of message file `module` (its text) whose generated name is not in `used`.
fn unused_messages(module: &str, text: &str, used: &BTreeSet<String>) -> Vec<String> {
    let table: toml::Table = toml::from_str(text).expect("the build checked the file");
    table
        .iter()
        .map(|(key, value)| (key, generated_name(module, key, value)))
        .filter(|(_, name)| !used.contains(name))
        .map(|(key, name)| format!("src/content/en/{module}.toml: `{key}` ({module}::{name})"))
        .collect()
}

#[test]
fn every_message_entry_is_named_by_the_code() {
    let used = names_in_code();
    let files = message_files();
    assert!(files.len() >= 4, "MESSAGE_FILES read as {files:?}");
    let mut unused = Vec::new();
    for module in &files {
        let text = std::fs::read_to_string(format!("src/content/en/{module}.toml"))
            .expect("a registered message file");
        unused.extend(unused_messages(module, &text, &used));
    }
    assert_eq!(unused, Vec::<String>::new(), "entries no code shows");
}

#[test]
fn an_entry_no_code_names_is_found() {
    // The control: a planted entry of each shape is reported; a used one is not.
    let used = names_in_code();
    let text = "try_again = \"Try again\"\nplanted_words = \"Never shown\"\nplanted_list = [\"a\"]\nplanted_plural = { one = \"1\", other = \"{count}\" }\n";
    assert_eq!(
        unused_messages("loading", text, &used),
        [
            "src/content/en/loading.toml: `planted_list` (loading::PLANTED_LIST)",
            "src/content/en/loading.toml: `planted_plural` (loading::planted_plural)",
            "src/content/en/loading.toml: `planted_words` (loading::PLANTED_WORDS)",
        ]
    );
}

#[test]
fn every_shared_claim_is_told_somewhere() {
    let used = names_in_code();
    let mut named = BTreeSet::new();
    for entry in std::fs::read_dir("src/content/en").expect("src/content/en") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("readable");
        for line in text.lines() {
            if let Some(rest) = line.trim().strip_prefix("shared = \"") {
                named.insert(rest.trim_end_matches('"').to_owned());
            }
        }
    }
    let text = std::fs::read_to_string("src/content/en/shared.toml").expect("shared.toml");
    let table: toml::Table = toml::from_str(&text).expect("shared.toml parses");
    let untold: Vec<String> = table
        .keys()
        .filter(|name| !named.contains(*name) && !used.contains(&name.to_ascii_uppercase()))
        .map(|name| {
            let constant = name.to_ascii_uppercase();
            format!(
                "src/content/en/shared.toml: `{name}` (no `shared = \"{name}\"`, no {constant})"
            )
        })
        .collect();
    assert_eq!(untold, Vec::<String>::new(), "shared claims no place tells");
}
