//! The mechanism graph as Graphviz DOT: nodes grouped by vocabulary (one cluster per kind of
//! entity), edges coloured by their effect (promotes, inhibits, none).
//!
//! `docs/graph.dot` is [`graph_dot`], committed and drift-tested; `scripts/render_graph.sh`
//! renders it to `docs/graph.svg` with Graphviz `dot`. [`chains_dot`] draws the chains
//! between two entities (`cargo run --example query -- --dot FROM TO`).

use std::fmt::Write as _;

use crate::entity::Entity;
use crate::knowledge::{Chain, Effect, FACTS, Fact};

/// Colour and arrow head of an edge with this effect.
const fn style(effect: Option<Effect>) -> (&'static str, &'static str, &'static str) {
    match effect {
        Some(Effect::Promotes) => ("#1b7837", "normal", "solid"),
        Some(Effect::Inhibits) => ("#c51b7d", "tee", "solid"),
        None => ("#7f7f7f", "empty", "dashed"),
    }
}

/// Fill colour of a cluster's nodes, by vocabulary.
fn fill(vocabulary: &str) -> &'static str {
    match vocabulary {
        "calcification_category" | "calcification_kind" => "#fde0dd",
        "body_site" => "#f0f0f0",
        "consequence" | "phenomenon" => "#fee8c8",
        "trigger" => "#fff7bc",
        "nutrient" | "k2_form" => "#e5f5e0",
        "body_agent" => "#deebf7",
        "lifestyle_factor" | "diet" => "#efedf5",
        "intervention" | "chelation_agent" | "medication" => "#e0f3f8",
        _ => "#ffffff",
    }
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// "calcification_kind" → "Calcification kind".
fn heading(vocabulary: &str) -> String {
    let words = vocabulary.replace('_', " ");
    let mut chars = words.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The label of a fact's edge: the relation, with the subject state when there is one.
fn edge_label(fact: &Fact) -> String {
    match fact.subject_state {
        Some(state) => format!("{} ({})", fact.relation.label(), state.id()),
        None => fact.relation.label().to_owned(),
    }
}

/// DOT text of these facts and of the entities they link, grouped by vocabulary. Edge
/// labels are `xlabel`s: Graphviz 2.43 (Debian 12) fails to rank clustered graphs whose
/// edges carry `label`s, and `newrank`, which avoids that, lets clusters overlap.
fn write_graph(name: &str, title: &str, facts: &[&Fact]) -> String {
    let used = |e: Entity| facts.iter().any(|f| f.subject == e || f.object == e);
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "digraph {} {{", quoted(name));
    let _ = writeln!(out, "  label={};", quoted(title));
    out.push_str("  labelloc=t;\n  rankdir=LR;\n  nodesep=0.25;\n  ranksep=0.9;\n  forcelabels=true;\n");
    out.push_str("  fontname=\"Helvetica\";\n  fontsize=18;\n");
    out.push_str("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=12];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9, penwidth=1.4];\n");
    for vocabulary in Entity::VOCABULARIES {
        let members: Vec<Entity> = Entity::all().filter(|e| e.vocabulary() == *vocabulary && used(*e)).collect();
        if members.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  subgraph {} {{", quoted(&format!("cluster_{vocabulary}")));
        let _ = writeln!(out, "    label={};", quoted(&heading(vocabulary)));
        out.push_str("    style=\"rounded,dashed\";\n    color=\"#9e9e9e\";\n    fontsize=13;\n");
        let _ = writeln!(out, "    node [fillcolor={}];", quoted(fill(vocabulary)));
        for e in members {
            let _ = writeln!(out, "    {} [label={}];", quoted(e.id()), quoted(e.label()));
        }
        out.push_str("  }\n");
    }
    for fact in facts {
        let (colour, head, line) = style(fact.effect);
        let _ = writeln!(
            out,
            "  {} -> {} [xlabel={}, color={}, fontcolor={}, arrowhead={head}, style={line}, tooltip={}];",
            quoted(fact.subject.id()),
            quoted(fact.object.id()),
            quoted(&edge_label(fact)),
            quoted(colour),
            quoted(colour),
            quoted(fact.id),
        );
    }
    out.push_str(LEGEND);
    out.push_str("}\n");
    out
}

const LEGEND: &str = "  subgraph \"cluster_legend\" {
    label=\"Effect\";
    style=\"rounded\";
    color=\"#9e9e9e\";
    fontsize=13;
    node [shape=plaintext, style=\"\", fontsize=11];
    \"legend_a\" [label=\"more of the subject\"];
    \"legend_b\" [label=\"more of the object (promotes)\"];
    \"legend_c\" [label=\"more of the subject\"];
    \"legend_d\" [label=\"less of the object (inhibits)\"];
    \"legend_e\" [label=\"classifies or locates\"];
    \"legend_f\" [label=\"no sign\"];
    \"legend_a\" -> \"legend_b\" [color=\"#1b7837\", arrowhead=normal];
    \"legend_c\" -> \"legend_d\" [color=\"#c51b7d\", arrowhead=tee];
    \"legend_e\" -> \"legend_f\" [color=\"#7f7f7f\", arrowhead=empty, style=dashed];
  }
";

/// The whole mechanism graph as DOT: every entity that takes part in a fact, grouped by
/// vocabulary, and one edge per fact, coloured by its effect (green promotes, magenta with
/// a bar head inhibits, grey dashed none) and labelled with its relation.
///
/// ```
/// let dot = calcification::dot::graph_dot();
/// assert!(dot.starts_with("digraph \"calcification\" {"));
/// assert!(dot.contains("\"vitamin_k2\" -> \"matrix_gla_protein\""));
/// ```
pub fn graph_dot() -> String {
    let facts: Vec<&Fact> = FACTS.iter().collect();
    write_graph("calcification", "The calcification mechanism graph (cited facts)", &facts)
}

/// The chains between two entities as DOT: the facts along them (each once) and the entities
/// they link, drawn like [`graph_dot`].
///
/// ```
/// use calcification::{CalcificationKind, Nutrient, chains};
///
/// let found = chains(Nutrient::VitaminK2, CalcificationKind::Vascular, 4);
/// let dot = calcification::dot::chains_dot(&found);
/// assert!(dot.contains("\"matrix_gla_protein\" -> \"vascular\""));
/// ```
pub fn chains_dot(chains: &[Chain]) -> String {
    let mut facts: Vec<&Fact> = Vec::new();
    for step in chains.iter().flat_map(|c| c.steps.iter().copied()) {
        if !facts.iter().any(|f| f.id == step.id) {
            facts.push(step);
        }
    }
    let title = match (chains.first().and_then(Chain::start), chains.first().and_then(Chain::end)) {
        (Some(from), Some(to)) => format!("Cited chains from {} to {} ({})", from.label(), to.label(), chains.len()),
        _ => "No chain".to_owned(),
    };
    write_graph("chains", &title, &facts)
}
