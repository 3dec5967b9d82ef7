//! Write the mechanism graph as KGX JSON Lines (Biolink Model 4.4.6) and as Graphviz DOT.
//!
//! ```text
//! cargo run --example export_kgx -- schemas/kgx                      # the two KGX files
//! cargo run --example export_kgx -- schemas/kgx --dot docs/graph.dot # and the DOT picture source
//! ```
//!
//! Writes `calcification_nodes.jsonl` (one node per entity: CURIE, Biolink category, name,
//! description, xrefs) and `calcification_edges.jsonl` (one edge per cited fact: Biolink
//! predicate and qualifiers, knowledge level, agent type, `infores:calcification`,
//! publications, supporting text) into DIR, created if missing; with `--dot FILE`, also the
//! whole graph as DOT (render it with `scripts/render_graph.sh`). The committed copies are
//! `schemas/kgx/` and `docs/graph.dot`; tests fail when they differ from what the code
//! generates, so after changing the graph run the second command and commit the result.
//!
//! Exit codes: 0 on success; 2 on a usage error or when a file cannot be written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[macro_use]
#[path = "common/output.rs"]
mod output;

const USAGE: &str = "usage: export_kgx DIR [--dot FILE]";

fn write(path: &Path, text: &str) -> Result<(), ExitCode> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && let Err(e) = std::fs::create_dir_all(parent)
    {
        eprintln!("error: cannot create {}: {e}", parent.display());
        return Err(ExitCode::from(2));
    }
    std::fs::write(path, text).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", path.display());
        ExitCode::from(2)
    })?;
    println!("wrote {}", path.display());
    Ok(())
}

fn run(dir: &Path, dot: Option<&Path>) -> Result<(), ExitCode> {
    for (name, text) in calcification::biolink::kgx_files() {
        write(&dir.join(name), &text)?;
    }
    if let Some(dot) = dot {
        write(dot, &calcification::dot::graph_dot())?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, dot) = match args.as_slice() {
        [dir] => (PathBuf::from(dir), None),
        [dir, flag, file] if flag == "--dot" => (PathBuf::from(dir), Some(PathBuf::from(file))),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&dir, dot.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
