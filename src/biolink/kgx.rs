//! The graph as KGX JSON Lines: one node record per entity, one edge record per fact.

use serde::Serialize;

use crate::code::CodeSystem;
use crate::entity::Entity;
use crate::knowledge::{FACTS, Fact};

use super::curie::identifier;
use super::predicate::{fact_mapping, knowledge_level, publications, subject_qualifiers};
use super::terms::{AgentType, Aspect, Category, Direction, KnowledgeLevel, Mechanism, Predicate};
use super::{CRATE_PREFIX, INFORES};

/// File name of the node records.
pub const NODES_FILE: &str = "calcification_nodes.jsonl";
/// File name of the edge records.
pub const EDGES_FILE: &str = "calcification_edges.jsonl";

/// A KGX node record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct KgxNode {
    /// The CURIE.
    pub id: &'static str,
    /// The Biolink categories (one).
    pub category: Vec<Category>,
    /// The entity's label.
    pub name: &'static str,
    /// The entity's definition.
    pub description: &'static str,
    /// Other ontology ids of the entity (HPO and ChEBI codes that are not the node's own id).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub xref: Vec<&'static str>,
    /// Who provides the node: `infores:calcification`.
    pub provided_by: Vec<&'static str>,
}

/// A KGX edge record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct KgxEdge {
    /// `calcification:<fact id>`.
    pub id: String,
    /// The subject's CURIE.
    pub subject: &'static str,
    /// The Biolink predicate.
    pub predicate: Predicate,
    /// The object's CURIE.
    pub object: &'static str,
    /// `biolink:causes` on a qualified `affects` edge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualified_predicate: Option<Predicate>,
    /// Which state of the subject the fact is about (with the direction below).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_aspect_qualifier: Option<Aspect>,
    /// Which way the subject is changed (deficiency: decreased; excess: increased).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_direction_qualifier: Option<Direction>,
    /// What about the object changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_aspect_qualifier: Option<Aspect>,
    /// Which way it changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object_direction_qualifier: Option<Direction>,
    /// How.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub causal_mechanism_qualifier: Option<Mechanism>,
    /// The crate's own relation, `calcification:<relation id>`.
    pub original_predicate: String,
    /// How established the fact is.
    pub knowledge_level: KnowledgeLevel,
    /// Who made the statement: curated by hand.
    pub agent_type: AgentType,
    /// `infores:calcification`.
    pub primary_knowledge_source: &'static str,
    /// The fact's sources as `DOI:`/`PMID:` CURIEs or web pages (none for the seed article).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<String>,
    /// The fact's statement.
    pub supporting_text: Vec<&'static str>,
}

/// The node record of an entity.
pub fn node(entity: Entity) -> KgxNode {
    let id = identifier(entity);
    let xref = entity
        .codes()
        .iter()
        .filter(|c| matches!(c.system, CodeSystem::Hpo | CodeSystem::Chebi) && c.code != id.curie)
        .map(|c| c.code)
        .collect();
    KgxNode {
        id: id.curie,
        category: vec![id.category],
        name: entity.label(),
        description: entity.definition(),
        xref,
        provided_by: vec![INFORES],
    }
}

/// The edge record of a fact.
pub fn edge(fact: &Fact) -> KgxEdge {
    let mapping = fact_mapping(fact);
    let subject = fact.subject_state.map(subject_qualifiers);
    let mut publications_of_fact: Vec<String> = Vec::new();
    for p in fact.sources.iter().flat_map(|s| publications(*s)) {
        if !publications_of_fact.contains(&p) {
            publications_of_fact.push(p);
        }
    }
    KgxEdge {
        id: format!("{CRATE_PREFIX}{}", fact.id),
        subject: identifier(fact.subject).curie,
        predicate: mapping.predicate,
        object: identifier(fact.object).curie,
        qualified_predicate: mapping.qualified_predicate,
        subject_aspect_qualifier: subject.map(|(a, _)| a),
        subject_direction_qualifier: subject.map(|(_, d)| d),
        object_aspect_qualifier: mapping.object_aspect,
        object_direction_qualifier: mapping.object_direction,
        causal_mechanism_qualifier: mapping.mechanism,
        original_predicate: format!("{CRATE_PREFIX}{}", fact.relation.id()),
        knowledge_level: knowledge_level(fact),
        agent_type: AgentType::ManualAgent,
        primary_knowledge_source: INFORES,
        publications: publications_of_fact,
        supporting_text: vec![fact.statement],
    }
}

/// One node record per entity of the graph, in the order of [`Entity::all`].
pub fn nodes() -> Vec<KgxNode> {
    Entity::all().map(node).collect()
}

/// One edge record per fact, in the order of [`FACTS`].
pub fn edges() -> Vec<KgxEdge> {
    FACTS.iter().map(edge).collect()
}

fn json_lines<T: Serialize>(records: &[T]) -> String {
    let mut out = String::new();
    for record in records {
        // The records hold strings and enums only, so serialising cannot fail.
        out.push_str(&serde_json::to_string(record).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// The KGX files: ([`NODES_FILE`], its text) and ([`EDGES_FILE`], its text), one JSON record
/// per line.
///
/// ```
/// let [(nodes_name, nodes), (edges_name, edges)] = calcification::biolink::kgx_files();
/// assert_eq!(nodes_name, "calcification_nodes.jsonl");
/// assert_eq!(nodes.lines().count(), calcification::Entity::all().count());
/// assert_eq!(edges.lines().count(), calcification::FACTS.len());
/// # let _ = edges_name;
/// ```
pub fn kgx_files() -> [(&'static str, String); 2] {
    [(NODES_FILE, json_lines(&nodes())), (EDGES_FILE, json_lines(&edges()))]
}
