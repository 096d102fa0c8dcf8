//! No import circles among the library's files: every `use` and every inline path is
//! followed (`crate::`, `super::`, `self::`, a child module's name, or a module imported
//! by name), `pub use` re-exports are resolved to the file that defines the item, and each
//! circle is named. A planted circle shows the check bite.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// A module path from the crate root, e.g. `["model", "quiz"]`.
type ModPath = Vec<String>;

/// One module of the library: its file, and the names it re-exports with `pub use`.
struct Module {
    file: PathBuf,
    reexports: BTreeMap<String, ModPath>,
}

/// Every file module under `root` (`lib.rs` and the `mod x;` it declares, recursively).
fn file_modules(root: &Path) -> BTreeMap<ModPath, (PathBuf, syn::File)> {
    let mut found = BTreeMap::new();
    let mut pending = vec![(Vec::new(), root.join("lib.rs"))];
    while let Some((path, file)) = pending.pop() {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        let ast = syn::parse_file(&text).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        let dir = if path.is_empty() || file.ends_with("mod.rs") {
            file.parent().expect("a folder").to_path_buf()
        } else {
            file.with_extension("")
        };
        for item in &ast.items {
            if let syn::Item::Mod(module) = item {
                if module.content.is_none() {
                    let name = module.ident.to_string();
                    let flat = dir.join(format!("{name}.rs"));
                    let child = if flat.exists() {
                        flat
                    } else {
                        dir.join(&name).join("mod.rs")
                    };
                    let mut child_path = path.clone();
                    child_path.push(name);
                    pending.push((child_path, child));
                }
            }
        }
        found.insert(path, (file, ast));
    }
    found
}

/// Paths one file names, made absolute, with whether each is a `pub use`.
struct Collector<'a> {
    modules: &'a BTreeSet<ModPath>,
    stack: Vec<ModPath>,
    /// Names brought in by `use` that are modules (`use crate::model;`), per scope.
    aliases: BTreeMap<String, ModPath>,
    found: Vec<(ModPath, bool)>,
}

impl Collector<'_> {
    fn here(&self) -> &ModPath {
        self.stack.last().expect("a module")
    }

    /// `segments` as an absolute path, if it starts inside this crate.
    fn absolute(&self, segments: &[String]) -> Option<ModPath> {
        let (first, rest) = segments.split_first()?;
        let mut base = match first.as_str() {
            "crate" => Vec::new(),
            "self" => self.here().clone(),
            "super" => {
                let mut up = self.here().clone();
                up.pop()?;
                up
            }
            name => {
                let mut child = self.here().clone();
                child.push(name.to_owned());
                if self.modules.contains(&child) {
                    return Some(child.into_iter().chain(rest.iter().cloned()).collect());
                }
                let alias = self.aliases.get(name)?;
                return Some(alias.iter().chain(rest).cloned().collect());
            }
        };
        let mut rest = rest;
        while let Some(("super", tail)) = rest.split_first().map(|(s, t)| (s.as_str(), t)) {
            base.pop()?;
            rest = tail;
        }
        Some(base.into_iter().chain(rest.iter().cloned()).collect())
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree, public: bool) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree, public);
                prefix.pop();
            }
            syn::UseTree::Name(name) => self.use_leaf(prefix, &name.ident, &name.ident, public),
            syn::UseTree::Rename(rename) => {
                self.use_leaf(prefix, &rename.ident, &rename.rename, public)
            }
            syn::UseTree::Glob(_) => {
                if let Some(path) = self.absolute(prefix) {
                    self.found.push((path, public));
                }
            }
            syn::UseTree::Group(group) => {
                for item in &group.items {
                    self.use_tree(prefix, item, public);
                }
            }
        }
    }

    fn use_leaf(
        &mut self,
        prefix: &[String],
        ident: &syn::Ident,
        alias: &syn::Ident,
        public: bool,
    ) {
        let mut segments = prefix.to_vec();
        if ident != "self" {
            segments.push(ident.to_string());
        }
        let Some(path) = self.absolute(&segments) else {
            return;
        };
        if self.modules.contains(&path) {
            let name = if ident == "self" {
                prefix.last().cloned()
            } else {
                Some(alias.to_string())
            };
            self.aliases.extend(name.map(|name| (name, path.clone())));
        }
        self.found.push((path, public));
    }
}

impl<'ast> Visit<'ast> for Collector<'_> {
    fn visit_item_mod(&mut self, module: &'ast syn::ItemMod) {
        if module.content.is_some() {
            let mut inner = self.here().clone();
            inner.push(module.ident.to_string());
            self.stack.push(inner);
            syn::visit::visit_item_mod(self, module);
            self.stack.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let public = matches!(item.vis, syn::Visibility::Public(_));
        self.use_tree(&mut Vec::new(), &item.tree, public);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            if let Some(path) = self.absolute(&segments) {
                self.found.push((path, false));
            }
        }
        syn::visit::visit_path(self, path);
    }
}

/// The file that defines what `path` names, following re-exports.
fn resolve(path: &[String], modules: &BTreeMap<ModPath, Module>, hops: u8) -> Option<PathBuf> {
    let mut module: ModPath = Vec::new();
    for (at, segment) in path.iter().enumerate() {
        let mut next = module.clone();
        next.push(segment.clone());
        if modules.contains_key(&next) {
            module = next;
            continue;
        }
        let target = modules.get(&module)?.reexports.get(segment);
        if let (Some(target), true) = (target, hops < 8) {
            let onward: ModPath = target.iter().chain(&path[at + 1..]).cloned().collect();
            return resolve(&onward, modules, hops + 1);
        }
        break;
    }
    modules.get(&module).map(|found| found.file.clone())
}

/// The import graph of the library under `root`: file → files it uses.
fn graph(root: &Path) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let parsed = file_modules(root);
    let names: BTreeSet<ModPath> = parsed.keys().cloned().collect();
    let mut modules = BTreeMap::new();
    let mut uses = Vec::new();
    for (path, (file, ast)) in &parsed {
        let mut collector = Collector {
            modules: &names,
            stack: vec![path.clone()],
            aliases: BTreeMap::new(),
            found: Vec::new(),
        };
        collector.visit_file(ast);
        let mut reexports = BTreeMap::new();
        for (target, public) in &collector.found {
            if *public {
                reexports.insert(target.last().cloned().unwrap_or_default(), target.clone());
            }
        }
        modules.insert(
            path.clone(),
            Module {
                file: file.clone(),
                reexports,
            },
        );
        uses.push((file.clone(), collector.found));
    }
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for (file, found) in uses {
        let entry = edges.entry(file.clone()).or_default();
        // A `pub use` only passes a name on; what uses it is resolved past it.
        for (path, _) in found.into_iter().filter(|(_, public)| !public) {
            if let Some(target) = resolve(&path, &modules, 0).filter(|target| *target != file) {
                entry.insert(target);
            }
        }
    }
    edges
}

/// Groups of two or more files that reach each other (Tarjan's strongly connected components).
fn circles(edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    let reach = |from: &PathBuf| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(file) = todo.pop() {
            for next in edges.get(&file).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reaches: BTreeMap<&PathBuf, BTreeSet<PathBuf>> =
        edges.keys().map(|f| (f, reach(f))).collect();
    let mut groups: Vec<Vec<PathBuf>> = Vec::new();
    for (file, reached) in &reaches {
        if !reached.contains(*file) || groups.iter().any(|group| group.contains(file)) {
            continue;
        }
        let group: Vec<PathBuf> = reached
            .iter()
            .filter(|other| reaches.get(other).is_some_and(|back| back.contains(*file)))
            .cloned()
            .collect();
        groups.push(group);
    }
    groups
}

#[test]
fn no_two_files_of_the_library_import_each_other() {
    let edges = graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(edges.len() > 40, "only {} files read", edges.len());
    let found = circles(&edges);
    assert!(found.is_empty(), "import circles: {found:#?}");
}

#[test]
fn a_planted_circle_is_found_through_a_re_export() {
    let root = std::env::temp_dir().join(format!("import-graph-{}", std::process::id()));
    let write = |name: &str, text: &str| {
        let file = root.join(name);
        std::fs::create_dir_all(file.parent().expect("a folder")).expect("folder");
        std::fs::write(file, text).expect("file");
    };
    write("lib.rs", "pub mod parts;\nmod loose;\n");
    write(
        "parts/mod.rs",
        "mod a;\nmod b;\npub use a::Alpha;\npub use b::beta;\n",
    );
    write(
        "parts/a.rs",
        "pub struct Alpha;\nfn f() { crate::parts::beta(); }\n",
    );
    write(
        "parts/b.rs",
        "use super::Alpha;\npub fn beta() -> Option<Alpha> { None }\n",
    );
    write(
        "loose.rs",
        "use crate::parts::{self};\nfn g() { let _ = parts::beta(); }\n",
    );
    let found = circles(&graph(&root));
    std::fs::remove_dir_all(&root).expect("clean up");
    let names: Vec<Vec<String>> = found
        .iter()
        .map(|group| group.iter().map(|f| f.display().to_string()).collect())
        .collect();
    assert_eq!(found.len(), 1, "{names:?}");
    assert!(
        names[0].iter().any(|f| f.ends_with("parts/a.rs")),
        "{names:?}"
    );
    assert!(
        names[0].iter().any(|f| f.ends_with("parts/b.rs")),
        "{names:?}"
    );
}
