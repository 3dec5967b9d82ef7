//! Write the JSON Schemas (draft 2020-12) of the crate's documents and the knowledge export.
//!
//! ```text
//! cargo run --example export_schemas -- DIR
//! ```
//!
//! Writes `profile.schema.json`, `assessment.schema.json`, `knowledge.schema.json` and
//! `knowledge.json` into DIR (created if missing). The committed copies live in `schemas/`;
//! a test fails when they differ from what the code generates, so after changing the model
//! run `cargo run --example export_schemas -- schemas` and commit the result.
//!
//! Exit codes: 0 on success; 2 on a usage error or when a file cannot be written.

use std::path::PathBuf;
use std::process::ExitCode;

#[macro_use]
#[path = "common/output.rs"]
mod output;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!("usage: export_schemas DIR");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    for (name, text) in calcification::schema::documents() {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
