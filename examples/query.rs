//! Ask the knowledge base what it knows about an id, or how two entities are linked.
//!
//! Shows how to look an id up in every vocabulary the crate exports and print, for a node
//! of the mechanism graph, its definition, its codes in external terminologies, the cited
//! facts it takes part in and the sources behind them; and how to list the cited chains
//! of facts leading from one entity to another, each with its net effect (promotes,
//! inhibits or none).
//!
//! ```text
//! cargo run --example query -- vitamin_k2            # an entity: definition, codes, facts, sources
//! cargo run --example query -- mechanistic           # any other term: vocabulary, label, definition, facts using it
//! cargo run --example query -- iom2011               # a source: its details and the facts citing it
//! cargo run --example query -- vitamin_d_above_upper_limit  # a caution: its rule in words, thresholds per life stage
//! cargo run --example query -- vitamin_k2 vascular   # every cited chain from one entity to another, with its sign
//! cargo run --example query -- --dot vitamin_k2 vascular | dot -Tsvg > chains.svg  # the chains as a Graphviz picture
//! ```
//!
//! Exits 0 when the question was answered (including "no chain"), 2 for an unknown id or
//! bad usage, with the error and close matches on stderr. Not medical advice.

use std::process::ExitCode;

#[macro_use]
#[path = "common/output.rs"]
mod output;

use calcification::export::{TermInfo, terms_with_id, vocabularies};
use calcification::{
    Atom, Caution, Chain, DEFAULT_MAX_CHAIN_LEN, Entity, EvidenceLevel, Fact, REFERENCE_ROWS, RefValue, ReferenceKind,
    Relation, SourceId, SubjectState, Term, Threshold, UnknownId, chains, facts, facts_from, facts_to,
};

const USAGE: &str = "\
Ask the calcification knowledge base (not medical advice).

Usage:
  cargo run --example query -- ID         what the crate knows about ID (an entity or any other term)
  cargo run --example query -- FROM TO    every cited chain of facts from entity FROM to entity TO
  cargo run --example query -- --dot FROM TO
                                          the same chains as Graphviz DOT (render with `dot -Tsvg`)
  cargo run --example query -- --help     this text

Examples:
  cargo run --example query -- vitamin_k2
  cargo run --example query -- iom2011
  cargo run --example query -- vitamin_k2 vascular
";

/// Exit status for an unknown id or bad usage.
const USAGE_ERROR: u8 = 2;

/// How many "did you mean" suggestions to show.
const MAX_SUGGESTIONS: usize = 5;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        [flag] if flag == "--help" || flag == "-h" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        [id] => describe(id),
        [flag, from, to] if flag == "--dot" => draw_chains(from, to),
        [from, to] => describe_chains(from, to),
        _ => {
            eprint!("error: expected one id or two ids, found {} arguments\n\n{USAGE}", args.len());
            ExitCode::from(USAGE_ERROR)
        }
    }
}

// ---------------------------------------------------------------------------------------
// Looking an id up in every vocabulary.

/// Every vocabulary's term with this id (ids are unique within a vocabulary, not across them).
fn lookup(id: &str) -> Vec<TermInfo> {
    terms_with_id(id)
}

/// Ids of any vocabulary that look like `input`, best first.
fn close_matches(input: &str) -> Vec<&'static str> {
    let mut all: Vec<&'static str> = vocabularies().into_iter().flat_map(|v| v.terms).map(|t| t.id).collect();
    all.sort_unstable();
    all.dedup();
    UnknownId::new("any", input, all).close_matches()
}

/// Prints the error for an unknown id with close matches, and returns the exit status.
fn unknown_id(input: &str, suggestions: &[&str], note: Option<String>) -> ExitCode {
    eprintln!("error: unknown id {input:?}");
    if let Some(note) = note {
        eprintln!("note: {note}");
    }
    if !suggestions.is_empty() {
        let shown = &suggestions[..suggestions.len().min(MAX_SUGGESTIONS)];
        eprintln!("did you mean: {}", shown.join(", "));
    }
    eprintln!("run with --help for usage");
    ExitCode::from(USAGE_ERROR)
}

// ---------------------------------------------------------------------------------------
// One id.

/// The sections printed after a term's heading. Each prints only for the terms it is
/// about; a new kind of detail (e.g. a caution's rule and thresholds) is one more entry.
const SECTIONS: &[fn(&TermInfo)] =
    &[print_entity_sections, print_source_details, print_facts_carrying, print_caution_rule];

fn describe(id: &str) -> ExitCode {
    let terms = lookup(id);
    if terms.is_empty() {
        return unknown_id(id, &close_matches(id), None);
    }
    for (i, term) in terms.iter().enumerate() {
        if i > 0 {
            println!();
        }
        print_heading(term);
        for section in SECTIONS {
            section(term);
        }
    }
    ExitCode::SUCCESS
}

fn print_heading(term: &TermInfo) {
    let kind = if graph_entity(term).is_some() { " (an entity of the mechanism graph)" } else { "" };
    println!("{}: {}", term.id, term.label);
    println!("  vocabulary: {}{kind}", term.vocabulary);
    println!("  definition: {}", term.definition);
}

/// The graph entity a term is, if its vocabulary is one of the graph's.
fn graph_entity(term: &TermInfo) -> Option<Entity> {
    Entity::from_id(term.id).filter(|e| e.vocabulary() == term.vocabulary)
}

fn print_entity_sections(term: &TermInfo) {
    let Some(entity) = graph_entity(term) else { return };
    print_codes(entity);
    let as_subject: Vec<&Fact> = facts_from(entity).collect();
    let as_object: Vec<&Fact> = facts_to(entity).collect();
    print_fact_list(&format!("Facts with {} as subject", entity.label()), &as_subject, Some(entity));
    print_fact_list(&format!("Facts with {} as object", entity.label()), &as_object, Some(entity));
    print_sources(as_subject.iter().chain(&as_object).flat_map(|f| f.sources.iter().copied()));
}

fn print_codes(entity: Entity) {
    let codes = entity.codes();
    println!();
    if codes.is_empty() {
        println!("Codes: none confirmed");
        return;
    }
    println!("Codes ({}):", codes.len());
    for code in codes {
        let registered = if code.system.is_hl7_registered() { "" } else { ", not HL7-registered" };
        println!("  - {} {} \"{}\" ({} match)", code.system.label(), code.code, code.display, code.matches.id());
        println!("    system: {}{registered}", code.system_uri);
    }
}

/// Prints a numbered list of facts under a heading; `about` is the entity being described,
/// so each fact can point at the other entity it links to.
fn print_fact_list(heading: &str, list: &[&Fact], about: Option<Entity>) {
    println!();
    if list.is_empty() {
        println!("{heading}: none");
        return;
    }
    println!("{heading} ({}):", list.len());
    for (i, fact) in list.iter().enumerate() {
        print_fact(&format!("{}.", i + 1), fact, about);
    }
}

fn print_fact(marker: &str, fact: &Fact, about: Option<Entity>) {
    let indent = " ".repeat(marker.chars().count() + 3);
    println!("  {marker} {fact}");
    println!("{indent}\"{}\"", fact.statement);
    println!("{indent}evidence: {}; sources: {}", fact.evidence.label(), source_labels(fact.sources));
    let others: Vec<Entity> = [fact.subject, fact.object].into_iter().filter(|e| Some(*e) != about).collect();
    let links: Vec<String> = others.iter().map(|e| format!("{} ({})", e.label(), e.id())).collect();
    println!("{indent}fact: {}; links to: {}", fact.id, links.join(", "));
}

fn source_labels(sources: &[SourceId]) -> String {
    sources.iter().map(|s| s.label()).collect::<Vec<_>>().join(", ")
}

/// Prints each source once, in order of first citation.
fn print_sources(cited: impl Iterator<Item = SourceId>) {
    let mut unique: Vec<SourceId> = Vec::new();
    for source in cited {
        if !unique.contains(&source) {
            unique.push(source);
        }
    }
    println!();
    if unique.is_empty() {
        println!("Sources cited: none");
        return;
    }
    println!("Sources cited ({}):", unique.len());
    for source in unique {
        println!("  - {} [{}]", source.label(), source.id());
        print_source_body(source, "    ");
    }
}

fn print_source_body(source: SourceId, indent: &str) {
    let details = source.details();
    println!("{indent}title: {}", details.title);
    println!("{indent}publisher: {}", details.publisher);
    match details.year {
        Some(year) => println!("{indent}year: {year}"),
        None => println!("{indent}year: not given"),
    }
    match details.link() {
        Some(link) => println!("{indent}link: {link}"),
        None => println!("{indent}link: none (no stable public URL)"),
    }
}

fn print_source_details(term: &TermInfo) {
    let Some(source) = SourceId::from_id(term.id).filter(|_| term.vocabulary == SourceId::VOCABULARY) else {
        return;
    };
    println!();
    println!("Source details:");
    print_source_body(source, "  ");
}

/// The non-entity terms a fact carries, as `(vocabulary, id)`: its relation, evidence
/// level, subject state and sources.
fn fact_terms(fact: &Fact) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    [(Relation::VOCABULARY, fact.relation.id()), (EvidenceLevel::VOCABULARY, fact.evidence.id())]
        .into_iter()
        .chain(fact.subject_state.map(|s| (SubjectState::VOCABULARY, s.id())))
        .chain(fact.sources.iter().map(|s| (SourceId::VOCABULARY, s.id())))
}

/// For a relation, evidence level, subject state or source: the facts that carry it.
fn print_facts_carrying(term: &TermInfo) {
    if graph_entity(term).is_some() {
        return;
    }
    let carrying: Vec<&Fact> = facts()
        .filter(|f| fact_terms(f).any(|(vocabulary, id)| vocabulary == term.vocabulary && id == term.id))
        .collect();
    if !carrying.is_empty() {
        print_fact_list(&format!("Facts with this {}", term.vocabulary), &carrying, None);
    }
}

// ---------------------------------------------------------------------------------------
// Two ids: chains.

/// Parses a chain endpoint; on failure, prints the error and returns the exit status.
fn chain_endpoint(id: &str) -> Result<Entity, ExitCode> {
    id.parse::<Entity>().map_err(|err| {
        let other = lookup(id)
            .first()
            .map(|t| format!("{id:?} is a term of the {} vocabulary, not an entity of the graph", t.vocabulary));
        unknown_id(id, &err.close_matches(), other)
    })
}

fn describe_chains(from: &str, to: &str) -> ExitCode {
    let (from_entity, to_entity) = match (chain_endpoint(from), chain_endpoint(to)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let found = chains(from_entity, to_entity, DEFAULT_MAX_CHAIN_LEN);
    let name = |e: Entity| format!("{} ({})", e.label(), e.id());
    if found.is_empty() {
        println!(
            "No chain of at most {DEFAULT_MAX_CHAIN_LEN} cited facts leads from {} to {}.",
            name(from_entity),
            name(to_entity)
        );
        if !chains(to_entity, from_entity, DEFAULT_MAX_CHAIN_LEN).is_empty() {
            println!("There is one in the other direction: cargo run --example query -- {to} {from}");
        }
        return ExitCode::SUCCESS;
    }
    println!(
        "Chains from {} to {}, at most {DEFAULT_MAX_CHAIN_LEN} cited facts each ({}):",
        name(from_entity),
        name(to_entity),
        found.len()
    );
    for (i, chain) in found.iter().enumerate() {
        println!();
        println!("Chain {}: {chain}", i + 1);
        println!("  net effect: {}", net_effect_in_words(chain));
        for (j, step) in chain.steps.iter().enumerate() {
            println!("  {}. {step}", j + 1);
            let sign = match (step.effect, step.subject_state) {
                (None, _) => "none".to_owned(),
                (Some(e), None) => e.id().to_owned(),
                (Some(e), Some(_)) => format!("{}, read for the subject as such", e.id()),
            };
            println!("     relation: {} (effect: {sign}); evidence: {}", step.relation.id(), step.evidence.label());
            println!("     \"{}\"", step.statement);
            println!("     sources: {}; fact: {}", source_labels(step.sources), step.id);
        }
        println!("  sources of the chain: {}", source_labels(&chain.sources()));
    }
    ExitCode::SUCCESS
}

/// Prints the chains from `from` to `to` as DOT (an empty graph titled "No chain" if none).
fn draw_chains(from: &str, to: &str) -> ExitCode {
    let (from_entity, to_entity) = match (chain_endpoint(from), chain_endpoint(to)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    print!("{}", calcification::dot::chains_dot(&chains(from_entity, to_entity, DEFAULT_MAX_CHAIN_LEN)));
    ExitCode::SUCCESS
}

/// A chain's net effect as a sentence about the start entity as such: "magnesium inhibits
/// vascular" for a chain that starts from a deficiency of magnesium promoting it.
fn net_effect_in_words(chain: &Chain) -> String {
    let (Some(start), Some(end)) = (chain.start(), chain.end()) else { return "none".to_owned() };
    let read_from = chain
        .steps
        .first()
        .and_then(|f| f.subject_state)
        .map_or(String::new(), |state| format!(" (read from a fact about {} {})", state.label(), start.id()));
    match chain.net_effect() {
        Some(effect) => format!("{} {} {}{read_from}", start.id(), effect.id(), end.id()),
        None => "none (a step has no sign: the chain classifies or locates, it does not push)".to_owned(),
    }
}

// ---------------------------------------------------------------------------------------
// A caution: its rule in words, with thresholds per life stage.

fn print_caution_rule(term: &TermInfo) {
    if term.vocabulary != Caution::VOCABULARY {
        return;
    }
    let Some(caution) = Caution::from_id(term.id) else { return };
    let rule = caution.rule();
    println!("  rule: fires when {}", rule.condition);
    println!("  severity: {}", rule.severity.id());
    if let Some(o) = &rule.severity_override {
        println!("    {} when {}", o.severity.id(), o.when);
    }
    println!("  evidence: {}", rule.evidence.label());
    println!("  summary: {}", rule.summary);
    println!("  detail: {}", rule.detail);
    let needs: Vec<&str> = rule.inputs().iter().map(|f| f.id()).collect();
    println!("  needs: {}", needs.join(", "));
    let mut kinds: Vec<ReferenceKind> = Vec::new();
    println!("  thresholds:");
    for atom in rule.atoms() {
        let Atom::Compare { field, comparison, threshold } = atom else { continue };
        match threshold {
            Threshold::Fixed(t) => println!(
                "    {} {} {} {} ({}; {})",
                field.id(),
                comparison.id(),
                t.value,
                t.unit.label(),
                t.meaning,
                t.source.label()
            ),
            Threshold::Reference(kind) if !kinds.contains(&kind) => {
                kinds.push(kind);
                println!("    {} {} the {} for the life stage:", field.id(), comparison.id(), kind.label());
                for row in REFERENCE_ROWS.iter().filter(|r| r.kind == kind) {
                    let value = match row.value {
                        RefValue::Amount(v) => format!("{v} {}", row.unit().label()),
                        RefValue::NotDetermined => "not determined".to_owned(),
                        RefValue::NotEncoded(why) => format!("not encoded ({why})"),
                    };
                    let standard = row.standard.map_or("guideline".to_owned(), |s| s.id().to_uppercase());
                    println!(
                        "      {standard:<9} {:<28} {value:<18} {} [{}]",
                        row.group,
                        row.value_type.label(),
                        row.source.label()
                    );
                }
            }
            _ => {}
        }
    }
    print_sources(rule.sources.iter().copied());
}
