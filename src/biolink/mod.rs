//! The mechanism graph in the language of knowledge graphs (Biolink Model 4.4.6, KGX).
//!
//! - [`identifier`]: a CURIE and a Biolink [`Category`] for every [`Entity`](crate::Entity),
//!   each with where it was confirmed (the table in `curie.rs`);
//! - [`predicate_mapping`]: every [`Relation`](crate::Relation) as a Biolink [`Predicate`]
//!   with qualifiers (`predicate.rs`), and per-fact provenance ([`knowledge_level`],
//!   [`publications`]);
//! - [`kgx_files`]: the graph as KGX JSON Lines, committed as
//!   `schemas/kgx/calcification_nodes.jsonl` and `calcification_edges.jsonl`
//!   (`cargo run --example export_kgx -- schemas/kgx`).
//!
//! `.ci/run` validates the committed files with the Biolink Model Toolkit (`bmt`) and the
//! `biolink-model` package, offline.

mod curie;
mod kgx;
mod predicate;
mod terms;

pub use curie::{IdConfirmation, Identifier, entity_of, identifier};
pub use kgx::{EDGES_FILE, KgxEdge, KgxNode, NODES_FILE, edge, edges, kgx_files, node, nodes};
pub use predicate::{
    PREDICATE_OVERRIDES, PredicateMapping, UNSIGNED_IN_BIOLINK, fact_mapping, knowledge_level, predicate_mapping,
    publications, subject_qualifiers, subject_state_of,
};
pub use terms::{AgentType, Aspect, Category, Direction, KnowledgeLevel, Mechanism, Predicate};

/// The Biolink Model release the export is written for and validated against.
pub const BIOLINK_VERSION: &str = "4.4.6";

/// The information resource of every edge (`primary_knowledge_source`) and node
/// (`provided_by`). Not registered with the Translator registry (see the README).
pub const INFORES: &str = "infores:calcification";

/// The prefix of the crate's own CURIEs (nodes without an ontology id, edge ids, relations).
pub const CRATE_PREFIX: &str = "calcification:";
