//! The three versions a user can pin, and what moves each (README, "Versioning").
//!
//! - [`CRATE_VERSION`]: the Rust API, by semver. A breaking change of a public item bumps
//!   the major version (the minor while 0.x).
//! - [`KNOWLEDGE_VERSION`]: the facts, rules, reference values and sources. Any change of
//!   any finding for any profile is a knowledge change and bumps it, with a CHANGELOG line;
//!   [`KNOWLEDGE_CONTENT_HASH`] is checked against the knowledge by a test.
//! - [`CONTRACT_VERSION`]: the major version of the JSON documents (profile, assessment,
//!   knowledge). Additive changes (new optional fields) keep it; a field removed, renamed or
//!   given another meaning bumps it, and with it every schema `$id`.
//!
//! This module is the lowest layer: every other module may read it, it reads none.

/// The crate's version, carried by every assessment and export.
pub const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The version of the knowledge base (facts, rules, reference values). Bumped whenever any
/// of them changes; a test compares a content hash recorded with it.
pub const KNOWLEDGE_VERSION: &str = "2026.12.2";

/// The content hash (`calcification::export::content_hash`) of the knowledge at
/// [`KNOWLEDGE_VERSION`]. A test recomputes it: when facts, rules, reference values or
/// sources change, it fails until both the version and this hash are updated together.
pub const KNOWLEDGE_CONTENT_HASH: &str = "177b8995605be5fd";

/// The major version of the JSON contract (the `v1` of every schema `$id`).
pub const CONTRACT_VERSION: &str = "1";
