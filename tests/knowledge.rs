//! The mechanism graph and its queries: facts are well-formed and cited, the graph agrees
//! with the vocabularies, and chains, roles and lookups answer what the design asks.

use std::collections::{BTreeSet, HashSet};

use calcification::{
    BodyAgent, BodySite, CalcificationCategory, CalcificationKind, Chain, Consequence, DEFAULT_MAX_CHAIN_LEN, Effect,
    Entity, EvidenceLevel, FACTS, Fact, K2Form, Nutrient, Phenomenon, Relation, SourceId, SubjectState, Term,
    acting_on, chains, chains_between, entity, fact_by_id, facts, facts_about, facts_from, facts_to, inhibitors_of,
    is_hub, nutrients_acting_on, promoters_of, reachable, roles,
};
use proptest::prelude::*;

const K2: Entity = Entity::Nutrient(Nutrient::VitaminK2);
const MGP: Entity = Entity::BodyAgent(BodyAgent::MatrixGlaProtein);
const VASCULAR: Entity = Entity::CalcificationKind(CalcificationKind::Vascular);
const ECTOPIC: Entity = Entity::CalcificationCategory(CalcificationCategory::Ectopic);

fn ids(list: impl IntoIterator<Item = &'static Fact>) -> BTreeSet<&'static str> {
    list.into_iter().map(|f| f.id).collect()
}

fn is_snake_case(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !s.ends_with('_')
        && !s.contains("__")
}

/// Every chain query the tests sweep: each nutrient to each calcification kind, phenomenon
/// and category.
fn sweep() -> Vec<(Entity, Entity, Vec<Chain>)> {
    let targets: Vec<Entity> = CalcificationKind::all()
        .map(Entity::from)
        .chain(Phenomenon::all().map(Entity::from))
        .chain(CalcificationCategory::all().map(Entity::from))
        .collect();
    let mut out = Vec::new();
    for n in Nutrient::all() {
        for &t in &targets {
            out.push((Entity::from(n), t, chains(n, t, DEFAULT_MAX_CHAIN_LEN)));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Facts.

#[test]
fn facts_are_well_formed() {
    assert!(!FACTS.is_empty());
    assert_eq!(facts().count(), FACTS.len());
    let mut seen = HashSet::new();
    for f in facts() {
        assert!(is_snake_case(f.id), "fact id {:?} is not snake_case", f.id);
        assert!(seen.insert(f.id), "duplicate fact id {:?}", f.id);
        assert!(!f.sources.is_empty(), "{}: no source", f.id);
        let unique: HashSet<SourceId> = f.sources.iter().copied().collect();
        assert_eq!(unique.len(), f.sources.len(), "{}: a source is cited twice", f.id);
        assert!(!f.statement.trim().is_empty(), "{}: empty statement", f.id);
        assert!(!f.statement.contains('\n'), "{}: statement spans lines", f.id);
        assert!(f.statement.ends_with('.'), "{}: statement is not a sentence", f.id);
        assert_ne!(f.subject, f.object, "{}: subject and object are the same", f.id);
        assert_eq!(fact_by_id(f.id), Some(f), "{}: fact_by_id", f.id);
    }
}

#[test]
fn no_fact_is_stated_twice() {
    let mut seen = HashSet::new();
    for f in facts() {
        let key = (f.subject, f.subject_state.map(SubjectState::id), f.relation, f.object);
        assert!(seen.insert(key), "{}: the same (subject, state, relation, object) as another fact", f.id);
    }
}

#[test]
fn fact_by_id_of_unknown_is_none() {
    assert_eq!(fact_by_id("vitamin_k2_cures_everything"), None);
    assert_eq!(fact_by_id(""), None);
    let first = FACTS[0].id;
    assert_eq!(fact_by_id(&first.to_ascii_uppercase()), None);
}

#[test]
fn every_relation_and_subject_state_is_used() {
    for r in Relation::all() {
        assert!(facts().any(|f| f.relation == r), "no fact uses relation {r:?}");
    }
    for s in SubjectState::all() {
        assert!(facts().any(|f| f.subject_state == Some(s)), "no fact uses subject state {s:?}");
    }
}

#[test]
fn every_mechanism_entity_takes_part_in_a_fact() {
    // The vocabularies the seed's mechanisms are about (diets and conditions are profile
    // values and need not all appear).
    let mechanism = ["calcification_category", "calcification_kind", "body_site", "consequence", "trigger"]
        .into_iter()
        .chain(["nutrient", "k2_form", "body_agent", "phenomenon", "lifestyle_factor", "intervention"])
        .chain(["chelation_agent", "medication"]);
    let mechanism: Vec<&str> = mechanism.collect();
    for e in Entity::all().filter(|e| mechanism.contains(&e.vocabulary())) {
        assert!(facts_about(e).next().is_some(), "{} ({}) is in no fact", e.id(), e.vocabulary());
    }
}

#[test]
fn facts_serialise_with_ids() {
    for f in facts() {
        let json = serde_json::to_value(f).unwrap();
        assert_eq!(json["id"], f.id);
        assert_eq!(json["subject"], f.subject.id());
        assert_eq!(json["object"], f.object.id());
        assert_eq!(json["relation"], f.relation.id());
        assert_eq!(json["evidence"], f.evidence.id());
        match f.subject_state {
            Some(s) => assert_eq!(json["subject_state"], s.id()),
            None => assert!(json["subject_state"].is_null()),
        }
        let sources: Vec<&str> = f.sources.iter().map(|s| s.id()).collect();
        assert_eq!(json["sources"], serde_json::json!(sources));
    }
}

#[test]
fn fact_display_reads_as_a_sentence() {
    for f in facts() {
        let text = f.to_string();
        assert!(!text.trim().is_empty(), "{}", f.id);
        assert!(text.contains(f.relation.label()), "{}: {text:?} lacks the relation", f.id);
        assert!(text.chars().next().is_some_and(char::is_uppercase), "{}: {text:?}", f.id);
        let object = f.object.label().to_lowercase();
        assert!(text.to_lowercase().ends_with(&object), "{}: {text:?} does not end with the object", f.id);
        let subject = f.subject.label().to_lowercase();
        assert!(text.to_lowercase().contains(&subject), "{}: {text:?} lacks the subject", f.id);
        if let Some(state) = f.subject_state {
            assert!(text.to_lowercase().starts_with(&state.label().to_lowercase()), "{}: {text:?}", f.id);
        }
    }
}

// ---------------------------------------------------------------------------------------
// The graph agrees with the vocabularies.

#[test]
fn kinds_have_their_category_and_site_in_the_graph() {
    for kind in CalcificationKind::all() {
        let e = Entity::from(kind);
        let is_a: Vec<Entity> = facts_from(e).filter(|f| f.relation == Relation::IsA).map(|f| f.object).collect();
        assert_eq!(is_a, [Entity::from(kind.category())], "{kind:?}: is_a facts");
        let sites: Vec<Entity> = facts_from(e).filter(|f| f.relation == Relation::OccursIn).map(|f| f.object).collect();
        assert_eq!(sites, [Entity::from(kind.body_site())], "{kind:?}: occurs_in facts");
    }
}

#[test]
fn structural_relations_link_the_right_vocabularies() {
    for f in facts() {
        let (s, o) = (f.subject.vocabulary(), f.object.vocabulary());
        match f.relation {
            Relation::IsA => assert_eq!((s, o), ("calcification_kind", "calcification_category"), "{}", f.id),
            Relation::OccursIn => assert_eq!((s, o), ("calcification_kind", "body_site"), "{}", f.id),
            Relation::IsFormOf => {
                assert_eq!(s, "k2_form", "{}", f.id);
                assert_eq!(f.object, K2, "{}", f.id);
            }
            _ => {}
        }
        assert!(
            f.relation != Relation::IsA || f.subject_state.is_none(),
            "{}: a kind relation should not have a subject state",
            f.id
        );
    }
    for form in K2Form::all() {
        assert!(facts_from(form).any(|f| f.relation == Relation::IsFormOf && f.object == K2), "{form:?}");
    }
}

#[test]
fn consequences_in_the_graph_agree_with_the_kinds() {
    for kind in CalcificationKind::all() {
        let e = Entity::from(kind);
        for f in facts_from(e).filter(|f| f.object.vocabulary() == "consequence") {
            let Entity::Consequence(c) = f.object else { unreachable!() };
            assert!(kind.consequences().contains(&c), "{}: {kind:?} does not list {c:?}", f.id);
        }
        for &c in kind.consequences() {
            let found = chains(kind, c, DEFAULT_MAX_CHAIN_LEN);
            assert!(!found.is_empty(), "{kind:?} lists {c:?} but no chain of facts leads there");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Queries.

#[test]
fn vitamin_k2_reaches_vascular_through_mgp() {
    let found = chains(Nutrient::VitaminK2, CalcificationKind::Vascular, DEFAULT_MAX_CHAIN_LEN);
    let first = found.first().expect("no chain from vitamin K2 to vascular calcification");
    assert_eq!(first.steps.len(), 2);
    assert_eq!(
        (first.steps[0].subject, first.steps[0].relation, first.steps[0].object),
        (K2, Relation::Activates, MGP)
    );
    assert_eq!(
        (first.steps[1].subject, first.steps[1].relation, first.steps[1].object),
        (MGP, Relation::Inhibits, VASCULAR)
    );
    assert!(first.steps.iter().all(|f| f.subject_state.is_none()), "the K2 -> MGP chain is about K2 itself");
    assert_eq!(first.start(), Some(K2));
    assert_eq!(first.end(), Some(VASCULAR));
    for step in &first.steps {
        assert!(!step.sources.is_empty(), "{}: uncited step", step.id);
    }
    let text = first.to_string();
    assert!(text.starts_with(K2.id()) && text.ends_with(VASCULAR.id()), "{text}");
    assert!(text.contains(MGP.id()) && text.contains(Relation::Activates.id()), "{text}");
}

#[test]
fn chains_between_ids_matches_chains() {
    let by_id = chains_between(K2.id(), VASCULAR.id()).unwrap();
    assert_eq!(by_id, chains(K2, VASCULAR, DEFAULT_MAX_CHAIN_LEN));
    assert!(!by_id.is_empty());
}

#[test]
fn chains_between_unknown_id_is_an_error() {
    let err = chains_between("vitamin_q", "vascular").unwrap_err();
    assert_eq!(err.input, "vitamin_q");
    assert_eq!(err.vocabulary, "entity");
    assert!(err.to_string().contains("\"vitamin_q\""), "{err}");
    let err = chains_between("vitamin_k2", "vascularr").unwrap_err();
    assert_eq!(err.input, "vascularr");
    assert!(err.to_string().contains("\"vascularr\""), "{err}");
    assert!(err.close_matches().contains(&"vascular"), "{:?}", err.close_matches());
    // Terms of vocabularies outside the graph are not entities.
    assert!(chains_between(SourceId::Seed.id(), "vascular").is_err());
    assert!(chains_between("", "").is_err());
}

#[test]
fn chains_are_connected_bounded_sorted_and_acyclic() {
    let mut total = 0;
    for (from, to, found) in sweep() {
        let mut last_len = 0;
        for chain in &found {
            total += 1;
            let n = chain.steps.len();
            assert!((1..=DEFAULT_MAX_CHAIN_LEN).contains(&n), "{chain}");
            assert!(n >= last_len, "chains from {} to {} are not shortest first", from.id(), to.id());
            last_len = n;
            assert_eq!(chain.start(), Some(from), "{chain}");
            assert_eq!(chain.end(), Some(to), "{chain}");
            for pair in chain.steps.windows(2) {
                assert_eq!(pair[0].object, pair[1].subject, "{chain}: broken link");
            }
            let visited: HashSet<Entity> = std::iter::once(from).chain(chain.steps.iter().map(|f| f.object)).collect();
            assert_eq!(visited.len(), n + 1, "{chain}: visits an entity twice");
            for step in &chain.steps {
                assert!(!step.sources.is_empty(), "{chain}: uncited step {}", step.id);
            }
        }
        let unique: HashSet<Vec<&str>> = found.iter().map(|c| c.steps.iter().map(|f| f.id).collect()).collect();
        assert_eq!(unique.len(), found.len(), "duplicate chains from {} to {}", from.id(), to.id());
    }
    assert!(total > 0);
}

#[test]
fn chains_respect_the_length_limit() {
    assert!(chains(K2, VASCULAR, 0).is_empty());
    assert!(chains(K2, VASCULAR, 1).is_empty(), "there is no direct fact from K2 to vascular");
    let two = chains(K2, VASCULAR, 2);
    assert!(!two.is_empty());
    assert!(two.iter().all(|c| c.steps.len() <= 2));
    // A longer limit finds at least the same chains.
    let longer = chains(K2, VASCULAR, DEFAULT_MAX_CHAIN_LEN + 2);
    assert!(two.iter().all(|c| longer.contains(c)));
    // No chain leads from an entity to itself.
    assert!(chains(K2, K2, DEFAULT_MAX_CHAIN_LEN).is_empty());
}

#[test]
fn chain_sources_are_deduplicated_in_order_of_first_use() {
    let mut saw_duplicates = false;
    for (_, _, found) in sweep() {
        for chain in found {
            let mut expected: Vec<SourceId> = Vec::new();
            let mut cited = 0;
            for s in chain.steps.iter().flat_map(|f| f.sources.iter().copied()) {
                cited += 1;
                if !expected.contains(&s) {
                    expected.push(s);
                }
            }
            saw_duplicates |= expected.len() < cited;
            assert_eq!(chain.sources(), expected, "{chain}");
        }
    }
    assert!(saw_duplicates, "no chain cites a source twice, so deduplication went untested");
    let k2_vascular = &chains(K2, VASCULAR, DEFAULT_MAX_CHAIN_LEN)[0];
    assert_eq!(
        k2_vascular.sources(),
        [SourceId::Seed, SourceId::Schurgers2007, SourceId::Schurgers2007Jth, SourceId::Luo1997]
    );
}

#[test]
fn chain_display_names_every_step() {
    for (_, _, found) in sweep() {
        for chain in found {
            let text = chain.to_string();
            assert!(!text.is_empty());
            assert!(text.starts_with(chain.start().unwrap().id()), "{text}");
            for step in &chain.steps {
                assert!(text.contains(&format!("-[{}]-> {}", step.relation.id(), step.object.id())), "{text}");
            }
        }
    }
}

#[test]
fn from_to_and_about_are_consistent() {
    for e in Entity::all() {
        let from = ids(facts_from(e));
        let to = ids(facts_to(e));
        let about = ids(facts_about(e));
        assert!(facts_from(e).all(|f| f.subject == e), "{}", e.id());
        assert!(facts_to(e).all(|f| f.object == e), "{}", e.id());
        assert_eq!(about, from.union(&to).copied().collect(), "{}: facts_about is not the union", e.id());
        assert!(from.is_disjoint(&to), "{}: a fact has it as subject and object", e.id());
        let expected: BTreeSet<&str> = facts().filter(|f| f.subject == e || f.object == e).map(|f| f.id).collect();
        assert_eq!(about, expected, "{}", e.id());
    }
    for f in facts() {
        assert!(facts_from(f.subject).any(|g| g.id == f.id), "{}", f.id);
        assert!(facts_to(f.object).any(|g| g.id == f.id), "{}", f.id);
    }
    // The queries take any vocabulary value as well as an entity.
    assert_eq!(ids(facts_from(Nutrient::VitaminK2)), ids(facts_from(K2)));
}

#[test]
fn magnesium_roles() {
    let mg: Vec<&Fact> = roles(Nutrient::Magnesium).collect();
    let vitamin_d = Entity::from(Nutrient::VitaminD);
    let pth = Entity::from(BodyAgent::ParathyroidHormone);
    assert!(
        mg.iter()
            .any(|f| f.relation == Relation::EnablesActivationOf && f.object == vitamin_d && f.subject_state.is_none()),
        "magnesium should enable vitamin D activation"
    );
    assert!(
        mg.iter().any(|f| f.relation == Relation::Regulates && f.object == pth && f.subject_state.is_none()),
        "magnesium should regulate PTH"
    );
    for n in Nutrient::all() {
        assert_eq!(ids(roles(n)), ids(facts_from(n)), "{n:?}: roles are the facts with the nutrient as subject");
        assert!(roles(n).next().is_some(), "{n:?} has no role");
    }
}

#[test]
fn vitamin_d_and_k2_roles() {
    let calcium = Entity::from(Nutrient::Calcium);
    assert!(roles(Nutrient::VitaminD).any(|f| f.relation == Relation::IncreasesAbsorptionOf && f.object == calcium));
    assert!(
        roles(Nutrient::VitaminD)
            .any(|f| f.subject_state == Some(SubjectState::Excess)
                && f.object == Entity::from(Phenomenon::Hypercalcemia))
    );
    assert!(roles(Nutrient::VitaminK2).any(|f| f.relation == Relation::Activates && f.object == MGP));
    assert!(
        roles(Nutrient::VitaminK2).any(|f| f.subject_state == Some(SubjectState::Deficiency)
            && f.object == Entity::from(Phenomenon::CalciumParadox))
    );
}

#[test]
fn nutrients_acting_on_calcification() {
    let on_vascular = nutrients_acting_on(CalcificationKind::Vascular);
    let (_, k2_chain) = on_vascular.iter().find(|(n, _)| *n == Nutrient::VitaminK2).expect("K2 acts on vascular");
    assert!(k2_chain.steps.iter().any(|f| f.object == MGP), "K2 acts on vascular calcification through MGP");

    // The seed: K2 (through MGP), magnesium (its deficiency) and vitamin D (both ways) act
    // on soft-tissue calcification.
    let on_ectopic: Vec<Nutrient> = nutrients_acting_on(ECTOPIC).into_iter().map(|(n, _)| n).collect();
    for n in [Nutrient::VitaminK2, Nutrient::Magnesium, Nutrient::VitaminD] {
        assert!(on_ectopic.contains(&n), "{n:?} should act on ectopic calcification");
    }
    let on_hypercalcemia: Vec<Nutrient> =
        nutrients_acting_on(Phenomenon::Hypercalcemia).into_iter().map(|(n, _)| n).collect();
    assert!(on_hypercalcemia.contains(&Nutrient::VitaminD));

    // Each answer is a nutrient's shortest chain to the target.
    for target in [VASCULAR, ECTOPIC, Entity::from(CalcificationKind::KidneyStones)] {
        let answers = nutrients_acting_on(target);
        let listed: Vec<Nutrient> = answers.iter().map(|(n, _)| *n).collect();
        for n in Nutrient::all() {
            let all = chains(n, target, DEFAULT_MAX_CHAIN_LEN);
            assert_eq!(listed.contains(&n), !all.is_empty(), "{n:?} -> {}", target.id());
        }
        for (n, chain) in answers {
            assert_eq!(chain.start(), Some(Entity::from(n)));
            assert_eq!(chain.end(), Some(target));
            assert_eq!(chain.steps.len(), chains(n, target, DEFAULT_MAX_CHAIN_LEN)[0].steps.len());
        }
    }
}

#[test]
fn reachable_agrees_with_chains() {
    for n in Nutrient::all() {
        let from = Entity::from(n);
        let reached = reachable(from, DEFAULT_MAX_CHAIN_LEN);
        let mut seen = HashSet::new();
        for (e, path) in &reached {
            assert!(seen.insert(*e), "{} reached twice from {}", e.id(), from.id());
            assert_ne!(*e, from);
            assert!(!path.is_empty() && path.len() <= DEFAULT_MAX_CHAIN_LEN);
            assert_eq!(path[0].subject, from);
            assert_eq!(path.last().unwrap().object, *e);
            for pair in path.windows(2) {
                assert_eq!(pair[0].object, pair[1].subject);
            }
            // Breadth first: no chain to it is shorter than the path found.
            let shortest = chains(from, *e, DEFAULT_MAX_CHAIN_LEN)[0].steps.len();
            assert_eq!(path.len(), shortest, "{} -> {}", from.id(), e.id());
        }
        for e in Entity::all() {
            let has_chain = !chains(from, e, DEFAULT_MAX_CHAIN_LEN).is_empty();
            assert_eq!(seen.contains(&e), has_chain, "{} -> {}", from.id(), e.id());
        }
    }
    assert!(reachable(K2, DEFAULT_MAX_CHAIN_LEN).iter().any(|(e, _)| *e == VASCULAR));
    assert!(reachable(K2, 0).is_empty());
}

#[test]
fn body_sites_are_only_reached_structurally() {
    // A body site is where a kind forms, not something a nutrient acts on.
    for f in facts().filter(|f| matches!(f.object, Entity::BodySite(_))) {
        assert_eq!(f.relation, Relation::OccursIn, "{}", f.id);
    }
    assert!(facts_from(BodySite::Bone).next().is_none());
    assert!(facts_to(Consequence::Pain).all(|f| f.relation == Relation::CanCause));
}

// ---------------------------------------------------------------------------------------
// Lookups never panic.

fn all_ids() -> HashSet<&'static str> {
    Entity::all().map(Entity::id).collect()
}

proptest! {
    #[test]
    fn every_entity_id_round_trips(i in 0..Entity::all().count()) {
        let e = Entity::all().nth(i).unwrap();
        prop_assert_eq!(entity(e.id()), Ok(e));
        prop_assert_eq!(Entity::from_id(e.id()), Some(e));
        prop_assert_eq!(e.id().parse::<Entity>(), Ok(e));
        let json = serde_json::to_string(&e).unwrap();
        prop_assert_eq!(serde_json::from_str::<Entity>(&json).unwrap(), e);
    }

    #[test]
    fn arbitrary_strings_are_rejected_without_panic(s in any::<String>()) {
        check_rejected(&s)?;
    }

    #[test]
    fn near_miss_ids_are_rejected_without_panic(s in "[a-z0-9_]{0,24}") {
        check_rejected(&s)?;
    }

    #[test]
    fn edited_ids_are_rejected_without_panic(i in 0..Entity::all().count(), cut in 0usize..8, extra in "[a-z_]{0,2}") {
        let id = Entity::all().nth(i).unwrap().id();
        let kept = &id[..id.len().saturating_sub(cut)];
        check_rejected(&format!("{kept}{extra}"))?;
    }
}

/// Ids are accepted; anything else is an `UnknownId` naming the input, from every entry point.
fn check_rejected(s: &str) -> Result<(), TestCaseError> {
    if all_ids().contains(s) {
        prop_assert!(entity(s).is_ok());
        return Ok(());
    }
    let err = entity(s).unwrap_err();
    prop_assert_eq!(&err.input, s);
    prop_assert_eq!(Entity::from_id(s), None);
    prop_assert!(s.parse::<Entity>().is_err());
    prop_assert!(serde_json::from_value::<Entity>(serde_json::Value::String(s.to_owned())).is_err());
    let err = chains_between(s, VASCULAR.id()).unwrap_err();
    prop_assert_eq!(&err.input, s);
    let err = chains_between(K2.id(), s).unwrap_err();
    prop_assert_eq!(&err.input, s);
    prop_assert_eq!(fact_by_id(s).is_some(), facts().any(|f| f.id == s));
    let _ = err.close_matches();
    Ok(())
}

#[test]
fn facts_from_the_seed_alone_are_not_established() {
    // `established` is reserved for official reference values and guidelines (DESIGN.md).
    for fact in calcification::facts() {
        if fact.sources == [calcification::SourceId::Seed] {
            assert_ne!(fact.evidence, calcification::EvidenceLevel::Established, "{}", fact.id);
        }
    }
}

#[test]
fn chains_only_pass_through_facts_about_an_entity_as_such() {
    // "Excess vitamin D can cause hypercalcemia" says nothing about magnesium, which merely
    // helps activate vitamin D.
    let through_state = calcification::chains(
        calcification::Nutrient::Magnesium,
        calcification::Phenomenon::Hypercalcemia,
        calcification::DEFAULT_MAX_CHAIN_LEN,
    );
    assert!(through_state.iter().all(|c| c.steps.iter().skip(1).all(|f| f.subject_state.is_none())));
    assert!(through_state.is_empty(), "{:?}", through_state.iter().map(|c| c.to_string()).collect::<Vec<_>>());
}

// ---------------------------------------------------------------------------------------
// Followable citations (issue 14, item 4).

/// The wording a fact carries when no public source could be found for it.
const NO_PUBLIC_SOURCE: &str = "No public source was found for this claim";

fn has_followable_source(fact: &Fact) -> bool {
    fact.sources.iter().any(|s| *s != SourceId::Seed && s.details().link().is_some())
}

#[test]
fn every_fact_cites_a_followable_public_source_or_says_it_has_none() {
    let mut marked = BTreeSet::new();
    for fact in facts() {
        if has_followable_source(fact) {
            assert!(!fact.statement.contains(NO_PUBLIC_SOURCE), "{} has a source but says it has none", fact.id);
            continue;
        }
        assert!(fact.statement.contains(NO_PUBLIC_SOURCE), "{} cites no followable public source", fact.id);
        assert_eq!(fact.evidence, EvidenceLevel::Controversial, "{} rests on the seed alone", fact.id);
        marked.insert(fact.id);
    }
    // The facts that had to be marked (reported in the CHANGELOG): a change here is a
    // change of what the crate can cite.
    let expected: BTreeSet<&str> = [
        "activity_reduces_inflammation",
        "aging_promotes_ectopic",
        "calcium_mineralises_ectopic",
        "diagnostics_evaluate_ectopic",
        "dysregulation_promotes_ectopic",
        "ectopic_impairs_organ_function",
        "elasticity_loss_raises_cv_risk",
        "hypercalcemia_exacerbates_ectopic",
        "inflammation_promotes_dysregulation",
        "inflammation_promotes_ectopic",
        "low_vitamin_d_promotes_calcification",
        "medical_management_treats_ectopic",
        "mgp_binds_calcium",
        "processed_diet_promotes_inflammation",
        "vascular_reduces_elasticity",
    ]
    .into();
    assert_eq!(marked, expected);
}

#[test]
fn the_seed_is_an_origin_never_the_only_evidence_above_clinical() {
    // REFERENCE.md item 16: the seed alone supports at most `clinical`.
    for fact in facts().filter(|f| !has_followable_source(f)) {
        assert!(matches!(fact.evidence, EvidenceLevel::Clinical | EvidenceLevel::Controversial), "{}", fact.id);
    }
    assert_eq!(SourceId::Seed.details().link(), None);
}

#[test]
fn every_graph_source_has_a_link() {
    use calcification::SourceId as S;
    let graph = [
        S::Luo1997,
        S::Schurgers2007Jth,
        S::Uwitonze2018,
        S::Dai2018,
        S::Bao2020,
        S::Howe2011,
        S::Schwingshackl2014,
        S::Wasilewski2019,
        S::Vlasschaert2020,
        S::Avadec2022,
        S::Tact2_2024,
        S::Price1998,
        S::Price2000,
        S::Lurie2010,
        S::CmdtHypomagnesemia,
        S::Lanzer2014,
        S::Aua2014,
        S::StatPearlsUrolithiasis,
        S::Sansone2018,
        S::JOrthopTraumatolCt,
        S::Gastroenterology1988,
        S::MayoBreast,
        S::Leenders2019,
    ];
    for s in graph {
        assert!(s.details().link().is_some(), "{}", s.id());
        assert!(facts().any(|f| f.sources.contains(&s)), "{} is cited by no fact", s.id());
    }
    // Price 1998 is a rat study and says so.
    assert!(S::Price1998.details().publisher.contains("rat"));
}

// ---------------------------------------------------------------------------------------
// Fact corrections (REFERENCE.md items 11-14, 19, 20), each against its source.

fn fact(id: &str) -> &'static Fact {
    fact_by_id(id).unwrap_or_else(|| panic!("no fact {id}"))
}

#[test]
fn item11_every_form_of_vitamin_k_activates_mgp_schurgers2007() {
    let f = fact("k2_activates_mgp");
    assert!(f.statement.contains("every form, K1 included; the article names K2"), "{}", f.statement);
    assert!(f.statement.contains("serine phosphorylation"), "{}", f.statement);
    assert!(f.sources.contains(&SourceId::Schurgers2007) && f.sources.contains(&SourceId::Schurgers2007Jth));
}

#[test]
fn item12_active_vitamin_d_drives_active_absorption_passive_also_occurs_msd_efsa2015() {
    let f = fact("active_vitamin_d_increases_calcium_absorption");
    assert!(f.statement.contains("active, transcellular"), "{}", f.statement);
    assert!(f.statement.contains("passive"), "{}", f.statement);
    assert!(f.statement.contains("secondary"), "the EFSA passage was read only in a secondary copy");
    assert!(f.sources.contains(&SourceId::Msd));
}

#[test]
fn item13_k2_redistributes_calcium_is_controversial_vlasschaert2020_avadec() {
    let f = fact("k2_redistributes_calcium");
    assert_eq!(f.evidence, EvidenceLevel::Controversial);
    assert!(f.sources.contains(&SourceId::Vlasschaert2020) && f.sources.contains(&SourceId::Avadec2022));
}

#[test]
fn item14_tact2_is_cited_beside_tact_lamas2024() {
    let f = fact("chelation_for_calcification_controversial");
    assert!(f.sources.contains(&SourceId::Tact2013) && f.sources.contains(&SourceId::Tact2_2024));
    assert!(f.statement.contains("TACT2") && f.statement.contains("35.6% vs 35.7%"), "{}", f.statement);
}

#[test]
fn item19_only_calcium_stones_are_calcification_aua2014() {
    let f = fact("kidney_stones_are_ectopic");
    assert!(f.statement.starts_with("Calcium stones"), "{}", f.statement);
    assert!(f.statement.contains("uric acid, cystine and struvite stones are not"), "{}", f.statement);
    assert!(f.statement.contains("secondary review"), "the proportions are from StatPearls only");
    assert!(f.sources.contains(&SourceId::Aua2014) && f.sources.contains(&SourceId::StatPearlsUrolithiasis));
}

#[test]
fn item20_the_vitamin_k_ai_rests_on_phylloquinone_intakes_iom2001_p186() {
    let f = fact("mk4_is_form_of_k2");
    assert!(f.statement.contains("contain no menaquinones"), "{}", f.statement);
    assert!(f.statement.contains("mostly phylloquinone"), "{}", f.statement);
    assert!(f.sources.contains(&SourceId::Iom2001));
}

// ---------------------------------------------------------------------------------------
// The signed graph (issue 14, item 5).

#[test]
fn every_relation_has_the_effect_reference_md_gives() {
    use Effect::{Inhibits as M, Promotes as P};
    let expected: &[(Relation, Option<Effect>)] = &[
        (Relation::IsA, None),
        (Relation::IsFormOf, None),
        (Relation::OccursIn, None),
        (Relation::Mineralises, Some(P)),
        (Relation::Redistributes, None),
        (Relation::Activates, Some(P)),
        (Relation::EnablesActivationOf, Some(P)),
        (Relation::IsConvertedTo, None),
        (Relation::Binds, Some(M)),
        (Relation::Inhibits, Some(M)),
        (Relation::LeadsTo, Some(P)),
        (Relation::CanCause, Some(P)),
        (Relation::Promotes, Some(P)),
        (Relation::MayExacerbate, Some(P)),
        (Relation::ContributesTo, Some(P)),
        (Relation::IncreasesAbsorptionOf, Some(P)),
        (Relation::Regulates, None),
        (Relation::MobilisesBetweenBoneAndBlood, None),
        (Relation::ReducesRiskOf, Some(M)),
        (Relation::Reduces, Some(M)),
        (Relation::Supports, Some(P)),
        (Relation::Produces, Some(P)),
        (Relation::Counteracts, Some(M)),
        (Relation::Evaluates, None),
        (Relation::Treats, Some(M)),
        (Relation::Uses, None),
        (Relation::BindsAndRemoves, Some(M)),
        (Relation::ImpairsExcretionOf, Some(P)),
    ];
    assert_eq!(expected.len(), Relation::all().count(), "a relation is missing from the table");
    for (relation, effect) in expected {
        assert_eq!(relation.effect(), *effect, "{}", relation.id());
    }
}

#[test]
fn a_deficiency_flips_the_sign_an_excess_keeps_it() {
    for fact in facts() {
        let expected = match (fact.relation.effect(), fact.subject_state) {
            (None, _) => None,
            (Some(e), None | Some(SubjectState::Excess)) => Some(e),
            (Some(e), Some(_)) => Some(e.flipped()),
        };
        assert_eq!(fact.effect, expected, "{}", fact.id);
    }
    // Deficiency of magnesium promotes ectopic calcification: magnesium inhibits it.
    assert_eq!(fact("low_magnesium_promotes_ectopic").effect, Some(Effect::Inhibits));
    // Excess vitamin D can cause hypercalcemia: vitamin D promotes it.
    assert_eq!(fact("excess_vitamin_d_causes_hypercalcemia").effect, Some(Effect::Promotes));
    // Inactive MGP leads to the calcium paradox: (active) MGP inhibits it.
    assert_eq!(fact("inactive_mgp_leads_to_paradox").effect, Some(Effect::Inhibits));
}

#[test]
fn net_effect_is_the_product_of_the_steps() {
    let mut saw_none = false;
    for (_, _, found) in sweep() {
        for chain in found {
            let product = chain
                .steps
                .iter()
                .try_fold(1i8, |acc, f| f.effect.map(|e| if e == Effect::Promotes { acc } else { -acc }));
            let expected = product.map(|p| if p > 0 { Effect::Promotes } else { Effect::Inhibits });
            saw_none |= expected.is_none();
            assert_eq!(chain.net_effect(), expected, "{chain}");
        }
    }
    assert!(saw_none, "no unsigned chain in the sweep, so `none` went untested");
}

/// The sign of every chain from each nutrient to each calcification kind and category:
/// (nutrient, target, chain, net effect). A change of the graph shows up here.
const SIGN_TABLE: &[(&str, &str, &str, Option<Effect>)] = &[
    (
        "vitamin_k2",
        "skeletal",
        "vitamin_k2 (deficiency) -[leads_to]-> calcium_paradox -[reduces]-> skeletal",
        Some(Effect::Promotes),
    ),
    (
        "vitamin_k2",
        "vascular",
        "vitamin_k2 -[activates]-> matrix_gla_protein -[inhibits]-> vascular",
        Some(Effect::Inhibits),
    ),
    (
        "vitamin_k2",
        "vascular",
        "vitamin_k2 -[counteracts]-> vitamin_k_antagonist -[inhibits]-> matrix_gla_protein -[inhibits]-> vascular",
        Some(Effect::Inhibits),
    ),
    ("magnesium", "vascular", "magnesium (deficiency) -[promotes]-> vascular", Some(Effect::Inhibits)),
    ("vitamin_d", "vascular", "vitamin_d (excess) -[may_exacerbate]-> vascular", Some(Effect::Promotes)),
    ("calcium", "kidney_stones", "calcium (excess) -[can_cause]-> kidney_stones", Some(Effect::Promotes)),
    // Categories: an `is_a` step has no sign, so a chain through a kind to its category is unsigned.
    (
        "vitamin_k2",
        "physiological",
        "vitamin_k2 (deficiency) -[leads_to]-> calcium_paradox -[reduces]-> skeletal -[is_a]-> physiological",
        None,
    ),
    ("vitamin_k2", "ectopic", "vitamin_k2 (deficiency) -[may_exacerbate]-> ectopic", Some(Effect::Inhibits)),
    (
        "vitamin_k2",
        "ectopic",
        "vitamin_k2 -[activates]-> matrix_gla_protein -[inhibits]-> ectopic",
        Some(Effect::Inhibits),
    ),
    (
        "vitamin_k2",
        "ectopic",
        "vitamin_k2 (deficiency) -[leads_to]-> calcium_paradox -[promotes]-> ectopic",
        Some(Effect::Inhibits),
    ),
    (
        "vitamin_k2",
        "ectopic",
        "vitamin_k2 -[activates]-> matrix_gla_protein -[inhibits]-> vascular -[is_a]-> ectopic",
        None,
    ),
    (
        "vitamin_k2",
        "ectopic",
        "vitamin_k2 -[counteracts]-> vitamin_k_antagonist -[inhibits]-> matrix_gla_protein -[inhibits]-> ectopic",
        Some(Effect::Inhibits),
    ),
    (
        "vitamin_k2",
        "ectopic",
        "vitamin_k2 -[counteracts]-> vitamin_k_antagonist -[inhibits]-> matrix_gla_protein -[inhibits]-> vascular -[is_a]-> ectopic",
        None,
    ),
    ("magnesium", "ectopic", "magnesium (deficiency) -[promotes]-> ectopic", Some(Effect::Inhibits)),
    ("magnesium", "ectopic", "magnesium (deficiency) -[promotes]-> vascular -[is_a]-> ectopic", None),
    ("vitamin_d", "ectopic", "vitamin_d (deficiency) -[promotes]-> ectopic", Some(Effect::Inhibits)),
    (
        "vitamin_d",
        "ectopic",
        "vitamin_d (excess) -[can_cause]-> hypercalcemia -[may_exacerbate]-> ectopic",
        Some(Effect::Promotes),
    ),
    ("vitamin_d", "ectopic", "vitamin_d (excess) -[may_exacerbate]-> vascular -[is_a]-> ectopic", None),
    ("calcium", "physiological", "calcium -[mineralises]-> physiological", Some(Effect::Promotes)),
    ("calcium", "ectopic", "calcium -[mineralises]-> ectopic", Some(Effect::Promotes)),
    ("calcium", "ectopic", "calcium (excess) -[can_cause]-> kidney_stones -[is_a]-> ectopic", None),
    // Issue 15: phosphate promotes, vitamin K1 (through MGP) inhibits vascular calcification.
    ("phosphorus", "vascular", "phosphorus (excess) -[promotes]-> vascular", Some(Effect::Promotes)),
    ("phosphorus", "ectopic", "phosphorus (excess) -[promotes]-> vascular -[is_a]-> ectopic", None),
    (
        "vitamin_k1",
        "vascular",
        "vitamin_k1 -[activates]-> matrix_gla_protein -[inhibits]-> vascular",
        Some(Effect::Inhibits),
    ),
    (
        "vitamin_k1",
        "ectopic",
        "vitamin_k1 -[activates]-> matrix_gla_protein -[inhibits]-> ectopic",
        Some(Effect::Inhibits),
    ),
    (
        "vitamin_k1",
        "ectopic",
        "vitamin_k1 -[activates]-> matrix_gla_protein -[inhibits]-> vascular -[is_a]-> ectopic",
        None,
    ),
];

#[test]
fn every_chain_from_a_nutrient_to_a_calcification_kind_or_category_has_the_pinned_sign() {
    let mut found = BTreeSet::new();
    let targets: Vec<Entity> =
        CalcificationKind::all().map(Entity::from).chain(CalcificationCategory::all().map(Entity::from)).collect();
    for n in Nutrient::all() {
        for &k in &targets {
            for c in chains(n, k, DEFAULT_MAX_CHAIN_LEN) {
                found.insert((n.id(), k.id(), c.to_string(), c.net_effect().map(Effect::id)));
            }
        }
    }
    let expected: BTreeSet<(&str, &str, String, Option<&str>)> =
        SIGN_TABLE.iter().map(|(n, k, c, e)| (*n, *k, (*c).to_owned(), e.map(Effect::id))).collect();
    assert_eq!(found, expected);
}

#[test]
fn the_three_nutrients_act_on_vascular_with_the_seeds_sign() {
    let signs = |n: Nutrient| -> HashSet<Option<Effect>> {
        chains(n, VASCULAR, DEFAULT_MAX_CHAIN_LEN).iter().map(Chain::net_effect).collect()
    };
    // "excess vitamin D may exacerbate soft-tissue (vascular) calcification"
    assert_eq!(signs(Nutrient::VitaminD), [Some(Effect::Promotes)].into());
    // K2 activates MGP, which inhibits vascular calcification.
    assert_eq!(signs(Nutrient::VitaminK2), [Some(Effect::Inhibits)].into());
    // "magnesium deficiency contributes to deposition"
    assert_eq!(signs(Nutrient::Magnesium), [Some(Effect::Inhibits)].into());
}

#[test]
fn chains_do_not_pass_through_a_hub() {
    assert!(is_hub(Nutrient::Calcium));
    for (_, _, found) in sweep() {
        for chain in found {
            for step in &chain.steps[..chain.steps.len() - 1] {
                assert!(!is_hub(step.object), "{chain} passes through {}", step.object.id());
            }
        }
    }
    // The chain that read as "K2 leads to ectopic calcification" is not offered.
    let k2_ectopic = chains(K2, ECTOPIC, DEFAULT_MAX_CHAIN_LEN);
    assert!(k2_ectopic.iter().all(|c| c.steps.iter().all(|f| f.object != Entity::from(Nutrient::Calcium))));
    assert!(
        k2_ectopic
            .iter()
            .any(|c| c.to_string() == "vitamin_k2 -[activates]-> matrix_gla_protein -[inhibits]-> ectopic")
    );
    assert!(
        k2_ectopic.iter().all(|c| c.net_effect() != Some(Effect::Promotes)),
        "K2 never promotes ectopic calcification"
    );
    // A chain may still end at the hub.
    assert!(!chains(Nutrient::VitaminD, Nutrient::Calcium, DEFAULT_MAX_CHAIN_LEN).is_empty());
}

#[test]
fn promoters_and_inhibitors_of_vascular() {
    let promoters = promoters_of(VASCULAR);
    let inhibitors = inhibitors_of(VASCULAR);
    assert!(promoters.iter().all(|c| c.net_effect() == Some(Effect::Promotes) && c.end() == Some(VASCULAR)));
    assert!(inhibitors.iter().all(|c| c.net_effect() == Some(Effect::Inhibits) && c.end() == Some(VASCULAR)));
    let starts =
        |list: &[Chain]| -> BTreeSet<&'static str> { list.iter().filter_map(|c| c.start()).map(|e| e.id()).collect() };
    assert!(starts(&promoters).contains("vitamin_d"));
    assert!(starts(&promoters).contains("vitamin_k_antagonist"), "warfarin inhibits MGP, so it promotes");
    assert!(starts(&inhibitors).is_superset(&["vitamin_k2", "magnesium", "matrix_gla_protein"].into()));
    for nutrient in ["vitamin_k2", "magnesium"] {
        assert!(!starts(&promoters).contains(nutrient), "{nutrient} has a promoting chain to vascular");
    }
    assert_eq!(acting_on(VASCULAR, Effect::Promotes), promoters);
    for w in promoters.windows(2) {
        assert!(w[0].steps.len() <= w[1].steps.len());
    }
}

#[test]
fn fact_and_chain_json_carry_their_sign() {
    let f = serde_json::to_value(fact("low_magnesium_promotes_vascular")).unwrap();
    assert_eq!(f["effect"], "inhibits");
    let unsigned = serde_json::to_value(fact("vascular_is_ectopic")).unwrap();
    assert!(unsigned["effect"].is_null());
    let c = serde_json::to_value(&chains(K2, VASCULAR, DEFAULT_MAX_CHAIN_LEN)[0]).unwrap();
    assert_eq!(c["net_effect"], "inhibits");
    assert_eq!(c["steps"][0]["effect"], "promotes");
}

/// `facts_from` and `facts_to` give exactly the facts with the entity as subject or object.
#[test]
fn facts_from_and_to_are_exactly_the_facts_of_that_side() {
    for e in FACTS.iter().flat_map(|f| [f.subject, f.object]) {
        let from: Vec<&Fact> = facts_from(e).collect();
        let to: Vec<&Fact> = facts_to(e).collect();
        assert_eq!(from.len(), FACTS.iter().filter(|f| f.subject == e).count(), "{}", e.id());
        assert!(from.iter().all(|f| f.subject == e), "{}", e.id());
        assert_eq!(to.len(), FACTS.iter().filter(|f| f.object == e).count(), "{}", e.id());
        assert!(to.iter().all(|f| f.object == e), "{}", e.id());
    }
    assert!(!facts_from(K2).collect::<Vec<_>>().is_empty() && !facts_to(MGP).collect::<Vec<_>>().is_empty());
}

/// The chain search skips a fact that returns to an entity already on the path. Today no chain
/// search can meet such a fact: every walk the search makes (from any entity, through facts
/// without a subject state after the first step, not through hubs) is acyclic. The mutation
/// run's exclusion of that check (`.cargo/mutants.toml`, `extend_chains`) rests on this test:
/// when it fails, the check matters and the exclusion must go.
#[test]
fn the_walks_of_the_chain_search_have_no_cycles() {
    fn walk(at: Entity, path: &mut Vec<Entity>, steps: usize) {
        for fact in facts_from(at).filter(|f| steps == 0 || f.subject_state.is_none()) {
            assert!(
                !path.contains(&fact.object),
                "a cycle through {}: {:?}",
                fact.object.id(),
                path.iter().map(|e| e.id()).collect::<Vec<_>>()
            );
            if !is_hub(fact.object) {
                path.push(fact.object);
                walk(fact.object, path, steps + 1);
                path.pop();
            }
        }
    }
    for start in FACTS.iter().map(|f| f.subject) {
        walk(start, &mut vec![start], 0);
    }
}
