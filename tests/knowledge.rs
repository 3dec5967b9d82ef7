//! The mechanism graph and its queries: facts are well-formed and cited, the graph agrees
//! with the vocabularies, and chains, roles and lookups answer what the design asks.

use std::collections::{BTreeSet, HashSet};

use calcification::{
    BodyAgent, BodySite, CalcificationCategory, CalcificationKind, Chain, Consequence, DEFAULT_MAX_CHAIN_LEN, Entity,
    FACTS, Fact, K2Form, Nutrient, Phenomenon, Relation, SourceId, SubjectState, Term, chains, chains_between, entity,
    fact_by_id, facts, facts_about, facts_from, facts_to, nutrients_acting_on, reachable, roles,
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
    assert_eq!(k2_vascular.sources(), [SourceId::Seed]);
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
