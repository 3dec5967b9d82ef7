//! Imports run one way (ARCHITECTURE.md, "Layers"): each module of `src/` may use only the
//! modules below it in [`LAYERS`]. The test reads every source file, finds each `crate::x`
//! (and `$crate::x` in macros) outside comments, resolves names re-exported at the crate
//! root through `lib.rs`, and fails on any use of a module at the same or a higher layer
//! (which is what an import circle needs). Doc links in comments are not imports and may
//! point anywhere.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The modules of the crate, lowest layer first.
const LAYERS: &[&str] = &[
    // Foundations: versions, errors, the vocabulary machinery.
    "version",
    "error",
    "term",
    // Vocabulary.
    "code",
    "source",
    "units",
    "nutrient",
    "body",
    "calcification",
    "clinical",
    "intervention",
    "lifestyle",
    "entity",
    // The mechanism graph (vocabulary only).
    "knowledge",
    // Reference values, the profile, the rules, the assessment.
    "reference",
    "profile",
    "rule",
    "assess",
    "batch",
    // Outputs.
    "cohort",
    "cds",
    // FHIR in and out (reads profiles, writes findings; shares the caution coding of cds).
    "fhir",
    "export",
    // The graph in other languages: Biolink/KGX records and Graphviz DOT.
    "biolink",
    "dot",
    "schema",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to: `src/rule/eval.rs` → `rule`, `src/assess.rs` → `assess`.
fn module_of(file: &Path) -> String {
    let rel = file.strip_prefix(src()).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_str().unwrap();
    first.trim_end_matches(".rs").to_owned()
}

/// Code of a line without its comment (`//` outside a string literal; good enough for this
/// crate, whose string literals hold no `crate::`).
fn code_part(line: &str) -> &str {
    let mut in_string = false;
    let bytes = line.as_bytes();
    for i in 0..bytes.len() {
        match bytes[i] {
            b'"' if i == 0 || bytes[i - 1] != b'\\' => in_string = !in_string,
            b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Every identifier written right after `crate::` in `code`.
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // part of a longer word
        }
        if let Some(stripped) = rest.strip_prefix('{') {
            // `crate::{a, b::c}`: every first segment of the group.
            let group = &stripped[..stripped.find('}').unwrap_or(stripped.len())];
            out.extend(group.split(',').map(|s| ident(s.trim())).filter(|s| !s.is_empty()));
        } else {
            out.push(ident(rest));
        }
    }
    out
}

fn ident(s: &str) -> String {
    s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
}

/// Names re-exported at the crate root (`pub use module::{A, b}` in `lib.rs`) → their module.
fn root_reexports() -> BTreeMap<String, String> {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let mut out = BTreeMap::new();
    let mut statement = String::new();
    for line in lib.lines() {
        let line = code_part(line).trim();
        if statement.is_empty() && !line.starts_with("pub use ") {
            continue;
        }
        statement.push_str(line);
        statement.push(' ');
        if !line.ends_with(';') {
            continue;
        }
        let body = statement.trim().trim_start_matches("pub use ").trim_end_matches(';');
        let (module, names) = body.split_once("::").expect("pub use module::...");
        let names = names.trim().trim_start_matches('{').trim_end_matches('}');
        for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            out.insert(name.to_owned(), module.to_owned());
        }
        statement.clear();
    }
    out
}

/// Every (file, line number, used module) in `src/` except `lib.rs`.
fn uses() -> Vec<(PathBuf, usize, String, String)> {
    let reexports = root_reexports();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    let mut out = Vec::new();
    for file in files.into_iter().filter(|f| !f.ends_with("lib.rs")) {
        let module = module_of(&file);
        for (n, line) in std::fs::read_to_string(&file).unwrap().lines().enumerate() {
            for name in crate_paths(code_part(line)) {
                let used = if LAYERS.contains(&name.as_str()) {
                    name
                } else {
                    reexports.get(&name).cloned().unwrap_or_else(|| {
                        panic!("{}:{}: crate::{name} is neither a module nor a root re-export", file.display(), n + 1)
                    })
                };
                out.push((file.clone(), n + 1, module.clone(), used));
            }
        }
    }
    out
}

fn layer(module: &str) -> usize {
    LAYERS.iter().position(|m| *m == module).unwrap_or_else(|| panic!("module {module} is not in LAYERS"))
}

#[test]
fn every_module_is_in_a_layer() {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap();
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod ").or_else(|| l.trim().strip_prefix("mod ")))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    assert!(declared.len() >= 20, "the scan of lib.rs found too few modules: {declared:?}");
    for module in &declared {
        layer(module);
    }
    for module in LAYERS {
        assert!(declared.contains(module), "LAYERS names {module}, which lib.rs does not declare");
    }
}

#[test]
fn imports_run_one_way() {
    let uses = uses();
    assert!(uses.len() > 100, "the scan found too few crate paths ({}): is it reading src/?", uses.len());
    let upward: Vec<String> = uses
        .iter()
        .filter(|(_, _, module, used)| module != used && layer(used) > layer(module))
        .map(|(file, line, module, used)| format!("{}:{line}: {module} uses {used}", file.display()))
        .collect();
    assert!(upward.is_empty(), "imports that run upward (a lower layer using a higher one):\n{}", upward.join("\n"));
}

#[test]
fn the_scan_sees_the_paths_it_must() {
    // The checker itself: a path in a group, a root re-export, a comment that is skipped.
    assert_eq!(crate_paths("use crate::{profile::Profile, rule::Caution};"), ["profile", "rule"]);
    assert_eq!(crate_paths("x: <T as $crate::Term>::ALL"), ["Term"]);
    assert_eq!(crate_paths(code_part("let a = 1; // see crate::schema")), Vec::<String>::new());
    assert_eq!(crate_paths("notcrate::x"), Vec::<String>::new());
    assert_eq!(root_reexports().get("Caution").map(String::as_str), Some("rule"));
    // A known use is found: the rules read the profile.
    assert!(uses().iter().any(|(_, _, m, u)| m == "rule" && u == "profile"));
}
