//! The graph in Biolink/KGX terms: every entity has a CURIE and a category, every relation a
//! predicate whose sign agrees with the crate's, no deprecated predicate is emitted, the
//! committed KGX files and DOT are what the code generates, and the KGX files read back to
//! the same facts. (`.ci/run` checks the same files against the `biolink-model` package.)

use std::collections::HashSet;
use std::path::PathBuf;

use calcification::biolink::{
    AgentType, Aspect, BIOLINK_VERSION, CRATE_PREFIX, Category, Direction, EDGES_FILE, INFORES, IdConfirmation,
    KnowledgeLevel, NODES_FILE, PREDICATE_OVERRIDES, Predicate, UNSIGNED_IN_BIOLINK, entity_of, fact_mapping,
    identifier, kgx_files, knowledge_level, predicate_mapping, publications, subject_state_of,
};
use calcification::dot::{chains_dot, graph_dot};
use calcification::{
    CalcificationKind, Effect, Entity, EvidenceLevel, FACTS, Nutrient, Relation, SourceId, Term, chains,
};
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn committed(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_default()
}

/// Ontology prefixes the identifier table may use, with the Biolink categories each fits.
fn prefix_fits(prefix: &str, category: Category) -> bool {
    use Category::*;
    match prefix {
        "CHEBI" => matches!(category, SmallMolecule | ChemicalEntity),
        "UniProtKB" => category == Protein,
        "HP" => matches!(category, PhenotypicFeature | Disease),
        "MONDO" => category == Disease,
        "UBERON" => matches!(category, GrossAnatomicalStructure | AnatomicalEntity),
        "GO" => matches!(category, PhysiologicalProcess | BiologicalProcess),
        _ => false,
    }
}

#[test]
fn every_entity_has_a_unique_curie_a_category_and_a_confirmation_note() {
    let mut seen = HashSet::new();
    for entity in Entity::all() {
        let id = identifier(entity);
        assert!(seen.insert(id.curie), "{}: CURIE {} is used twice", entity.id(), id.curie);
        assert!(!id.confirmed.trim().is_empty(), "{}: no confirmation note", entity.id());
        assert!(Category::ALL.contains(&id.category));
        let (prefix, local) = id.curie.split_once(':').expect("a CURIE has a prefix");
        assert!(!local.is_empty() && !local.contains(' '), "{}: bad CURIE {}", entity.id(), id.curie);
        if id.confirmation == IdConfirmation::None {
            assert_eq!(id.curie, format!("{CRATE_PREFIX}{}", entity.id()), "an unconfirmed id is the crate's own");
        } else {
            assert!(
                prefix_fits(prefix, id.category),
                "{}: {} is not an id for a {}",
                entity.id(),
                id.curie,
                id.category
            );
        }
        assert_eq!(entity_of(id.curie), Some(entity));
    }
    assert_eq!(seen.len(), Entity::all().count());
}

#[test]
fn the_confirmed_ids_the_brief_names_are_in_the_table() {
    use calcification::BodyAgent;
    assert_eq!(identifier(BodyAgent::MatrixGlaProtein.into()).curie, "UniProtKB:P08493");
    assert_eq!(identifier(BodyAgent::ParathyroidHormone.into()).curie, "UniProtKB:P01270");
    assert_eq!(identifier(CalcificationKind::Vascular.into()).curie, "HP:0004934");
    assert_eq!(identifier(Nutrient::VitaminK2.into()).curie, "CHEBI:16374");
}

#[test]
fn ontology_codes_on_the_entities_agree_with_the_table_where_they_are_exact() {
    // A node's xrefs are its other HPO/ChEBI codes; an exact code of the crate that is not the
    // node id must be explained in the confirmation note.
    for entity in Entity::all() {
        let id = identifier(entity);
        for code in entity.codes().iter().filter(|c| c.code.starts_with("HP:") || c.code.starts_with("CHEBI:")) {
            if code.matches == calcification::CodeMatch::Exact && code.code != id.curie {
                assert!(
                    id.confirmed.contains(code.code),
                    "{}: exact code {} differs from the node id {} and the note does not say why",
                    entity.id(),
                    code.code,
                    id.curie
                );
            }
        }
    }
}

#[test]
fn every_relation_maps_to_a_predicate_whose_sign_is_the_relations() {
    for relation in Relation::ALL {
        let mapping = predicate_mapping(*relation);
        assert!(Predicate::ALL.contains(&mapping.predicate));
        if UNSIGNED_IN_BIOLINK.contains(relation) {
            assert_eq!(mapping.sign(), None, "{}: listed as unsigned in Biolink", relation.id());
            assert!(relation.effect().is_some(), "{}: listed as unsigned but has no crate sign", relation.id());
        } else {
            assert_eq!(mapping.sign(), relation.effect(), "{}: Biolink sign differs from the crate's", relation.id());
        }
        let qualified =
            mapping.object_aspect.is_some() || mapping.object_direction.is_some() || mapping.mechanism.is_some();
        assert_eq!(
            mapping.qualified_predicate.is_some(),
            qualified,
            "{}: qualifiers go with qualified_predicate",
            relation.id()
        );
        if qualified {
            assert_eq!(mapping.predicate, Predicate::Affects, "{}: qualifiers refine affects", relation.id());
        }
    }
}

#[test]
fn no_deprecated_or_removed_predicate_and_no_treats() {
    // Deprecated in 4.x or removed in 3.0 (review §3.1), and `treats`, which needs
    // established evidence no treatment fact of the crate has.
    let banned = [
        "biolink:binds",
        "biolink:positively_regulates",
        "biolink:negatively_regulates",
        "biolink:increases_amount_or_activity_of",
        "biolink:decreases_amount_or_activity_of",
        "biolink:directly_interacts_with",
        "biolink:molecularly_interacts_with",
        "biolink:treats",
    ];
    for predicate in Predicate::ALL {
        assert!(
            predicate.as_str().starts_with("biolink:")
                && predicate.as_str()[8..].chars().all(|c| c.is_ascii_lowercase() || c == '_')
        );
        assert!(!banned.contains(&predicate.as_str()), "{predicate} must not be emitted");
        assert!(!predicate.as_str().contains(":increases_") && !predicate.as_str().contains(":decreases_"));
    }
    for category in Category::ALL {
        let name = &category.as_str()[8..];
        assert!(category.as_str().starts_with("biolink:") && name.starts_with(|c: char| c.is_ascii_uppercase()));
    }
}

#[test]
fn chelation_for_calcification_is_in_clinical_trials_for_and_overrides_name_facts() {
    for (id, predicate, reason) in PREDICATE_OVERRIDES {
        let fact = FACTS.iter().find(|f| f.id == *id).unwrap_or_else(|| panic!("override {id} names no fact"));
        assert_eq!(fact.relation, Relation::Treats, "{id}: overrides are for treatment facts");
        assert_eq!(fact_mapping(fact).predicate, *predicate);
        assert!(!reason.is_empty());
    }
    let chelation = FACTS.iter().find(|f| f.id == "chelation_for_calcification_controversial").unwrap();
    assert_eq!(fact_mapping(chelation).predicate, Predicate::InClinicalTrialsFor);
}

#[test]
fn seed_only_and_controversial_facts_are_predictions() {
    for fact in FACTS {
        let seed_only = fact.sources == [SourceId::Seed];
        let expected = if seed_only || fact.evidence == EvidenceLevel::Controversial {
            KnowledgeLevel::Prediction
        } else {
            KnowledgeLevel::KnowledgeAssertion
        };
        assert_eq!(knowledge_level(fact), expected, "{}", fact.id);
    }
    assert!(FACTS.iter().any(|f| knowledge_level(f) == KnowledgeLevel::Prediction));
    assert!(FACTS.iter().any(|f| knowledge_level(f) == KnowledgeLevel::KnowledgeAssertion));
}

#[test]
fn publications_are_doi_and_pmid_curies() {
    for source in SourceId::ALL {
        let details = source.details();
        let pubs = publications(*source);
        if let Some(doi) = details.doi {
            assert_eq!(pubs[0], format!("DOI:{doi}"));
        }
        for p in &pubs {
            assert!(p.starts_with("DOI:10.") || p.starts_with("PMID:") || p.starts_with("https://"), "{p}");
        }
        assert_eq!(pubs.is_empty(), details.link().is_none(), "{}", source.id());
    }
}

#[test]
fn committed_kgx_files_match_the_code() {
    for (name, text) in kgx_files() {
        let path = format!("schemas/kgx/{name}");
        assert!(
            committed(&path) == text,
            "{path} differs from what the code generates: run `cargo run --example export_kgx -- schemas/kgx --dot docs/graph.dot` and commit"
        );
    }
}

#[test]
fn export_example_writes_the_committed_files() {
    let dir = std::env::temp_dir().join(format!("calcification-kgx-{}", std::process::id()));
    let dot = dir.join("graph.dot");
    let status = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "export_kgx", "--"])
        .arg(&dir)
        .arg("--dot")
        .arg(&dot)
        .current_dir(repo())
        .status()
        .unwrap();
    assert!(status.success());
    for name in [NODES_FILE, EDGES_FILE] {
        let written = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(written == committed(&format!("schemas/kgx/{name}")), "{name}: exported file differs");
    }
    assert!(std::fs::read_to_string(&dot).unwrap() == committed("docs/graph.dot"), "graph.dot differs");
    std::fs::remove_dir_all(&dir).ok();
}

fn records(name: &str) -> Vec<Value> {
    committed(&format!("schemas/kgx/{name}"))
        .lines()
        .enumerate()
        .map(|(i, line)| serde_json::from_str(line).unwrap_or_else(|e| panic!("{name} line {}: {e}", i + 1)))
        .collect()
}

fn text<'a>(record: &'a Value, field: &str) -> &'a str {
    record[field].as_str().unwrap_or_else(|| panic!("{field} is not a string in {record}"))
}

#[test]
fn the_node_file_reads_back_to_the_entities() {
    let nodes = records(NODES_FILE);
    let entities: Vec<Entity> = Entity::all().collect();
    assert_eq!(nodes.len(), entities.len());
    for (node, entity) in nodes.iter().zip(entities) {
        let id = identifier(entity);
        assert_eq!(entity_of(text(node, "id")), Some(entity));
        assert_eq!(node["category"], serde_json::json!([id.category.as_str()]), "category is a list");
        assert_eq!(text(node, "name"), entity.label());
        assert_eq!(text(node, "description"), entity.definition());
        assert_eq!(node["provided_by"], serde_json::json!([INFORES]));
        if let Some(xref) = node.get("xref") {
            assert!(xref.as_array().is_some_and(|a| !a.is_empty()), "xref is a non-empty list");
        }
    }
}

#[test]
fn the_edge_file_reads_back_to_the_facts() {
    let edges = records(EDGES_FILE);
    assert_eq!(edges.len(), FACTS.len());
    for (edge, fact) in edges.iter().zip(FACTS) {
        let id = text(edge, "id").strip_prefix(CRATE_PREFIX).expect("edge ids are the crate's");
        assert_eq!(id, fact.id);
        assert_eq!(entity_of(text(edge, "subject")), Some(fact.subject), "{id}: subject");
        assert_eq!(entity_of(text(edge, "object")), Some(fact.object), "{id}: object");
        let relation: Relation =
            text(edge, "original_predicate").strip_prefix(CRATE_PREFIX).unwrap().parse().expect("a relation id");
        assert_eq!(relation, fact.relation, "{id}: relation");
        let state = match (edge.get("subject_aspect_qualifier"), edge.get("subject_direction_qualifier")) {
            (Some(a), Some(d)) => subject_state_of(
                Aspect::from_text(a.as_str().unwrap()).unwrap(),
                Direction::from_text(d.as_str().unwrap()).unwrap(),
            ),
            (None, None) => None,
            _ => panic!("{id}: subject aspect and direction come together"),
        };
        assert_eq!(state, fact.subject_state, "{id}: subject state");
        assert_eq!(edge["supporting_text"], serde_json::json!([fact.statement]), "{id}: supporting text");
        let mapping = fact_mapping(fact);
        assert_eq!(Predicate::from_text(text(edge, "predicate")), Some(mapping.predicate), "{id}: predicate");
        let direction = edge.get("object_direction_qualifier").map(|d| Direction::from_text(d.as_str().unwrap()));
        assert_eq!(direction, mapping.object_direction.map(Some), "{id}: direction");
        assert_eq!(KnowledgeLevel::from_text(text(edge, "knowledge_level")), Some(knowledge_level(fact)));
        assert_eq!(AgentType::from_text(text(edge, "agent_type")), Some(AgentType::ManualAgent));
        assert_eq!(text(edge, "primary_knowledge_source"), INFORES);
        let mut expected: Vec<String> = Vec::new();
        for p in fact.sources.iter().flat_map(|s| publications(*s)) {
            if !expected.contains(&p) {
                expected.push(p);
            }
        }
        let found: Vec<String> = edge
            .get("publications")
            .map(|p| p.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default();
        assert_eq!(found, expected, "{id}: publications");
        // The sign read back from the edge is the fact's, for relations Biolink can sign.
        if !UNSIGNED_IN_BIOLINK.contains(&fact.relation) {
            assert_eq!(mapping.sign(), fact.relation.effect(), "{id}: sign");
        }
    }
}

#[test]
fn the_biolink_version_is_the_one_ci_installs() {
    // `.ci/` is not packaged: in the packaged crate there is no CI script to compare with.
    let Ok(ci) = std::fs::read_to_string(repo().join(".ci/run")) else {
        eprintln!("skipped: no .ci/run (the packaged crate)");
        return;
    };
    assert!(
        ci.contains(&format!("biolink-model=={BIOLINK_VERSION}")),
        ".ci/run must pin biolink-model {BIOLINK_VERSION}"
    );
}

#[test]
fn committed_dot_matches_the_code_and_is_stable() {
    let dot = graph_dot();
    assert_eq!(dot, graph_dot(), "two calls give the same text");
    assert!(
        committed("docs/graph.dot") == dot,
        "docs/graph.dot differs from the code: run `cargo run --example export_kgx -- schemas/kgx --dot docs/graph.dot`, then scripts/render_graph.sh, and commit"
    );
}

#[test]
fn the_dot_has_a_cluster_per_vocabulary_and_an_edge_per_fact_coloured_by_effect() {
    let dot = graph_dot();
    for fact in FACTS {
        let colour = match fact.effect {
            Some(Effect::Promotes) => "#1b7837",
            Some(Effect::Inhibits) => "#c51b7d",
            None => "#7f7f7f",
            Some(other) => panic!("{}: no colour for effect {other:?}", fact.id),
        };
        let line = dot
            .lines()
            .find(|l| l.contains(&format!("tooltip=\"{}\"", fact.id)))
            .unwrap_or_else(|| panic!("no edge for {}", fact.id));
        assert!(line.contains(&format!("\"{}\" -> \"{}\"", fact.subject.id(), fact.object.id())), "{line}");
        assert!(line.contains(&format!("color=\"{colour}\"")), "{}: wrong colour in {line}", fact.id);
    }
    // Each entity in a fact sits in the cluster of its vocabulary.
    let mut cluster = "";
    let mut placed = HashSet::new();
    for line in dot.lines() {
        if let Some(name) = line.trim().strip_prefix("subgraph \"cluster_") {
            cluster = name.trim_end_matches("\" {");
        } else if let Some(rest) = line.trim().strip_prefix('"')
            && line.contains("[label=")
            && !line.contains("->")
            && cluster != "legend"
        {
            let id = rest.split('"').next().unwrap();
            let entity = Entity::from_id(id).unwrap_or_else(|| panic!("node {id} is no entity"));
            assert_eq!(entity.vocabulary(), cluster, "{id} is in the wrong cluster");
            placed.insert(entity);
        }
    }
    for fact in FACTS {
        assert!(placed.contains(&fact.subject) && placed.contains(&fact.object), "{}: node missing", fact.id);
    }
}

#[test]
fn chains_dot_draws_the_facts_of_the_chains() {
    let found = chains(Nutrient::VitaminK2, CalcificationKind::Vascular, 4);
    assert!(!found.is_empty());
    let dot = chains_dot(&found);
    for step in found.iter().flat_map(|c| &c.steps) {
        assert_eq!(dot.matches(&format!("tooltip=\"{}\"", step.id)).count(), 1, "{} drawn once", step.id);
    }
    let drawn = dot.lines().filter(|l| l.contains(" -> ") && l.contains("tooltip=")).count();
    let distinct: HashSet<&str> = found.iter().flat_map(|c| c.steps.iter().map(|s| s.id)).collect();
    assert_eq!(drawn, distinct.len());
    assert!(chains_dot(&[]).contains("No chain"));
}
