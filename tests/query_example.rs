//! Runs `examples/query.rs` (through `cargo run --example query`) and checks what it prints
//! against the crate's own data, so the example cannot silently rot.

use std::process::{Command, Output};

use calcification::{
    BodyAgent, BodySite, CalcificationCategory, CalcificationKind, Caution, ChelationAgent, CodeMatch, CodeSystem,
    Comparison, Condition, Consequence, DEFAULT_MAX_CHAIN_LEN, Diet, Entity, EvidenceLevel, Intervention, K2Form,
    LifestyleFactor, Medication, Nutrient, Phenomenon, ProfileField, ReferenceKind, ReferenceStandard, Relation,
    ReproductiveStatus, Severity, Sex, SourceId, SubjectState, Term, Trigger, Unit, ValueType, chains, chains_between,
    facts, facts_from, facts_to,
};

/// Runs the example with `args`; stdout and stderr as strings.
fn query(args: &[&str]) -> (Output, String, String) {
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--manifest-path", manifest, "--example", "query", "--"])
        .args(args)
        .output()
        .expect("could not run cargo");
    let stdout = String::from_utf8(output.stdout.clone()).expect("stdout is not UTF-8");
    let stderr = String::from_utf8(output.stderr.clone()).expect("stderr is not UTF-8");
    (output, stdout, stderr)
}

fn assert_success(args: &[&str]) -> String {
    let (output, stdout, stderr) = query(args);
    assert_eq!(output.status.code(), Some(0), "query {args:?} failed:\n{stderr}");
    assert!(!stdout.trim().is_empty(), "query {args:?} printed nothing");
    stdout
}

#[test]
fn an_entity_shows_its_definition_codes_facts_and_sources() {
    let out = assert_success(&["vitamin_k2"]);
    let k2 = Entity::from(Nutrient::VitaminK2);
    assert!(out.contains(BodyAgent::MatrixGlaProtein.label()), "Matrix Gla protein missing:\n{out}");
    assert!(out.contains(SourceId::Seed.label()), "the seed source missing:\n{out}");
    assert!(out.contains(k2.label()) && out.contains(k2.definition()) && out.contains(k2.vocabulary()));
    for fact in facts_from(k2).chain(facts_to(k2)) {
        assert!(out.contains(fact.id), "fact {} missing", fact.id);
        assert!(out.contains(fact.statement), "statement of {} missing", fact.id);
        assert!(out.contains(&fact.to_string()), "sentence of {} missing", fact.id);
        assert!(out.contains(fact.evidence.label()), "evidence of {} missing", fact.id);
        for source in fact.sources {
            let details = source.details();
            assert!(out.contains(source.label()) && out.contains(details.title), "{source:?} missing");
            assert!(out.contains(details.publisher), "{source:?}: publisher missing");
            if let Some(link) = details.link() {
                assert!(out.contains(&link), "{source:?}: link missing");
            }
            if let Some(year) = details.year {
                assert!(out.contains(&year.to_string()), "{source:?}: year missing");
            }
        }
    }
    for code in k2.codes() {
        assert!(out.contains(code.code) && out.contains(code.display) && out.contains(code.system_uri));
        assert!(out.contains(code.system.label()) && out.contains(code.matches.id()));
    }
}

#[test]
fn codes_are_printed_with_system_and_match() {
    let kind = CalcificationKind::Vascular;
    let out = assert_success(&[kind.id()]);
    assert!(!kind.codes().is_empty());
    for code in kind.codes() {
        let line = out.lines().find(|l| l.contains(code.code)).unwrap_or_else(|| panic!("{} missing", code.code));
        assert!(line.contains(code.system.label()) && line.contains(code.display), "{line}");
        assert!(line.contains(code.matches.id()), "{line}");
    }
    assert!(out.contains(CodeSystem::Hpo.uri()) && out.contains(CodeSystem::Icd10Cm.uri()));
    assert!(kind.codes().iter().any(|c| c.matches == CodeMatch::Related));
}

#[test]
fn two_ids_print_every_chain() {
    let out = assert_success(&["vitamin_k2", "vascular"]);
    let found = chains_between("vitamin_k2", "vascular").unwrap();
    assert!(!found.is_empty());
    for (i, chain) in found.iter().enumerate() {
        assert!(out.contains(&format!("{}: {chain}", i + 1)), "chain {} missing:\n{out}", i + 1);
        for step in &chain.steps {
            assert!(out.contains(step.statement) && out.contains(step.id), "step {} missing", step.id);
            assert!(out.contains(step.relation.id()) && out.contains(step.evidence.label()));
        }
    }
    // The first chain is K2 -> MGP -> vascular, with its steps in order.
    let mgp = out.find(BodyAgent::MatrixGlaProtein.id()).expect("MGP missing");
    let activates = out.find(Relation::Activates.id()).expect("activates missing");
    let inhibits = out.find(Relation::Inhibits.id()).expect("inhibits missing");
    assert!(activates < inhibits && mgp < inhibits, "{out}");
}

#[test]
fn two_ids_without_a_chain_say_so() {
    let (from, to) = (Entity::from(CalcificationKind::Vascular), Entity::from(Nutrient::VitaminK2));
    assert!(chains(from, to, DEFAULT_MAX_CHAIN_LEN).is_empty(), "the test needs a pair without a chain");
    let out = assert_success(&[from.id(), to.id()]);
    assert!(out.contains("No chain"), "{out}");
    assert!(!out.contains("Chain 1"), "{out}");
    assert!(out.contains(from.label()) && out.contains(to.label()));
}

#[test]
fn unknown_id_exits_2_with_suggestions() {
    let (output, stdout, stderr) = query(&["vitamin_k"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains(r#"error: unknown id "vitamin_k""#), "{stderr}");
    let suggestions = stderr.lines().find(|l| l.starts_with("did you mean: ")).expect("no suggestions");
    assert!(suggestions.contains(Nutrient::VitaminK2.id()), "{suggestions}");

    let (output, _, stderr) = query(&["zzzz_nothing_like_it"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains(r#"error: unknown id "zzzz_nothing_like_it""#), "{stderr}");
}

#[test]
fn unknown_chain_endpoint_exits_2() {
    let (output, stdout, stderr) = query(&["vitamin_k2", "vasculr"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains(r#"error: unknown id "vasculr""#), "{stderr}");
    assert!(stderr.contains(CalcificationKind::Vascular.id()), "{stderr}");
    // A term that exists but is not a graph entity is named as such.
    let (output, _, stderr) = query(&[EvidenceLevel::Established.id(), "vascular"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains(EvidenceLevel::VOCABULARY), "{stderr}");
}

#[test]
fn usage() {
    let (output, stdout, _) = query(&[]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout.contains("Usage"), "{stdout}");
    let (output, help, _) = query(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(help, stdout);
    let (output, _, stderr) = query(&["a", "b", "c"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("Usage"), "{stderr}");
}

#[test]
fn a_source_shows_its_details_and_the_facts_citing_it() {
    let source = SourceId::Iom2011;
    let out = assert_success(&[source.id()]);
    let details = source.details();
    assert!(out.contains(details.title) && out.contains(details.publisher));
    assert!(out.contains(&details.link().unwrap()));
    let citing: Vec<_> = facts().filter(|f| f.sources.contains(&source)).collect();
    assert!(!citing.is_empty());
    for fact in citing {
        assert!(out.contains(fact.id), "{} cites {source:?} but is not listed", fact.id);
    }
    let not_citing = facts().find(|f| !f.sources.contains(&source)).unwrap();
    assert!(!out.contains(not_citing.statement), "{} does not cite {source:?}", not_citing.id);
}

#[test]
fn an_id_in_two_vocabularies_shows_both() {
    // `hypercalcemia` is a phenomenon of the graph and a caution.
    let id = Phenomenon::Hypercalcemia.id();
    assert_eq!(Caution::from_id(id).map(Term::id), Some(id));
    let out = assert_success(&[id]);
    assert!(out.contains(Phenomenon::Hypercalcemia.definition()), "{out}");
    assert!(out.contains(Caution::Hypercalcemia.definition()), "{out}");
    assert!(out.contains(Phenomenon::VOCABULARY) && out.contains(Caution::VOCABULARY));
}

/// One term (the first and the last) of every vocabulary the crate exports: known, and
/// printed with its vocabulary, label and definition.
#[test]
fn a_sample_of_every_vocabulary_is_known() {
    fn sample<T: Term>() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
        let all = T::ALL;
        let mut picks = vec![all[0]];
        if all.len() > 1 {
            picks.push(all[all.len() - 1]);
        }
        picks.into_iter().map(|t| (T::VOCABULARY, t.id(), t.label(), t.definition())).collect()
    }
    let samples = [
        sample::<CalcificationCategory>(),
        sample::<CalcificationKind>(),
        sample::<BodySite>(),
        sample::<Consequence>(),
        sample::<Trigger>(),
        sample::<Nutrient>(),
        sample::<K2Form>(),
        sample::<BodyAgent>(),
        sample::<Phenomenon>(),
        sample::<LifestyleFactor>(),
        sample::<Diet>(),
        sample::<Intervention>(),
        sample::<ChelationAgent>(),
        sample::<Medication>(),
        sample::<Condition>(),
        sample::<Relation>(),
        sample::<SubjectState>(),
        sample::<EvidenceLevel>(),
        sample::<SourceId>(),
        sample::<CodeSystem>(),
        sample::<CodeMatch>(),
        sample::<Caution>(),
        sample::<Severity>(),
        sample::<Comparison>(),
        sample::<ReferenceStandard>(),
        sample::<ReferenceKind>(),
        sample::<ValueType>(),
        sample::<Sex>(),
        sample::<ReproductiveStatus>(),
        sample::<ProfileField>(),
        sample::<Unit>(),
    ];
    let handles: Vec<_> = samples
        .into_iter()
        .flatten()
        .map(|(vocabulary, id, label, definition)| {
            std::thread::spawn(move || {
                let out = assert_success(&[id]);
                assert!(out.contains(vocabulary), "{id}: vocabulary {vocabulary} missing:\n{out}");
                assert!(out.contains(label), "{id}: label missing:\n{out}");
                assert!(out.contains(definition), "{id}: definition missing:\n{out}");
            })
        })
        .collect();
    let failures = handles.into_iter().map(|h| h.join()).filter(Result::is_err).count();
    assert_eq!(failures, 0, "{failures} sample ids failed (see the panics above)");
}

#[test]
fn a_closed_pipe_ends_the_output_without_a_panic() {
    // Like `query -- vitamin_k2 | head -0`: stdout is closed before the example writes.
    for example in ["query", "assess"] {
        let mut child = std::process::Command::new(env!("CARGO"))
            .args(["run", "--quiet", "--example", example, "--", "vitamin_k2"])
            .args(if example == "assess" { &["--help"][..] } else { &[][..] })
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{example}: {stderr}");
    }
}

#[test]
fn the_three_nutrients_answer_vascular_with_signed_cited_chains() {
    // Issue 14: vitamin D excess promotes, K2 and magnesium inhibit (the seed; REFERENCE.md
    // "The mechanism graph has signs").
    for (nutrient, sign) in [("vitamin_d", "promotes"), ("vitamin_k2", "inhibits"), ("magnesium", "inhibits")] {
        let out = assert_success(&[nutrient, "vascular"]);
        let nets: Vec<&str> = out.lines().filter(|l| l.trim_start().starts_with("net effect:")).collect();
        assert!(!nets.is_empty(), "{nutrient}: no signed chain\n{out}");
        for line in nets {
            assert!(line.contains(&format!("{nutrient} {sign} vascular")), "{nutrient}: {line}");
        }
        let chain_sources: Vec<&str> = out.lines().filter(|l| l.contains("sources of the chain:")).collect();
        assert!(chain_sources.iter().all(|l| l.trim_end() != "sources of the chain: Domain article (seed)"), "{out}");
    }
}

#[test]
fn dot_draws_the_chains_between_two_entities() {
    let out = assert_success(&["--dot", "vitamin_k2", "vascular"]);
    let found = chains(Nutrient::VitaminK2, CalcificationKind::Vascular, DEFAULT_MAX_CHAIN_LEN);
    assert!(!found.is_empty());
    assert_eq!(out, calcification::dot::chains_dot(&found));
    for step in found.iter().flat_map(|c| &c.steps) {
        assert!(out.contains(&format!("\"{}\" -> \"{}\"", step.subject.id(), step.object.id())), "{}", step.id);
    }
    let (output, stdout, stderr) = query(&["--dot", "vitamin_k2", "vasculr"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains(r#"error: unknown id "vasculr""#), "{stderr}");
}
