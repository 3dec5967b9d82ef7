//! The domain article, which lives outside the crate (`shared/seed/` beside the repository),
//! so that `cargo test` passes wherever the crate is unpacked.
//!
//! The checks that need the article are `#[ignore]`d with the reason [`IGNORED`]: a plain
//! `cargo test` lists them as ignored and says why. `.ci/run` sets `CALCIFICATION_SEED` to the
//! article's path and runs them with `--include-ignored`; there a missing variable or file is
//! a failure, not a skip.

/// The variable naming the seed article's file.
pub const VAR: &str = "CALCIFICATION_SEED";

/// Why the seed checks are skipped by default (must be a literal in `#[ignore = ...]`; this
/// copy is for the message).
pub const IGNORED: &str =
    "needs the seed article: CALCIFICATION_SEED=path/to/seed.txt cargo test -- --include-ignored (.ci/run does)";

/// The article's text. Panics (failing the test) when the variable is not set or the file
/// cannot be read: these checks only run when asked for.
pub fn article() -> String {
    let path = std::env::var_os(VAR).unwrap_or_else(|| panic!("{VAR} is not set; {IGNORED}"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{VAR}={}: cannot read the seed article: {e}", path.to_string_lossy()))
}
