//! The closed vocabularies: every variant of every exported vocabulary has one canonical id
//! that serde, strum, `Term::id` and `FromStr` agree on; a label and a one-line definition;
//! and the calcification kinds, codes and sources say what DESIGN.md and REFERENCE.md say.

#[path = "common/seed.rs"]
mod seed;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

use calcification::{
    BodyAgent, BodySite, CalcificationCategory, CalcificationKind, ChelationAgent, Code, CodeMatch, CodeSystem,
    Condition, Consequence, Diet, Entity, EvidenceLevel, Intervention, K2Form, LifestyleFactor, Medication, Nutrient,
    Phenomenon, SourceId, Term, Trigger,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use strum::{EnumCount, IntoEnumIterator};

/// Everything a vocabulary enum is expected to implement.
trait Vocab: Term + Serialize + DeserializeOwned + Into<&'static str> + IntoEnumIterator + EnumCount {}
impl<T: Term + Serialize + DeserializeOwned + Into<&'static str> + IntoEnumIterator + EnumCount> Vocab for T {}

fn is_snake_case(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && s.as_bytes()[0].is_ascii_lowercase()
        && !s.ends_with('_')
        && !s.contains("__")
}

/// A UCUM code: printable ASCII without spaces, e.g. `mg/dL`, `[iU]`.
fn is_ucum_code(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_graphic())
}

/// A JSON path of snake_case keys, e.g. `intake.vitamin_d`.
fn is_json_path(s: &str) -> bool {
    s.split('.').all(is_snake_case)
}

fn ids<T: Term>() -> Vec<&'static str> {
    T::all().map(Term::id).collect()
}

/// serde id == `Term::id` == strum `IntoStaticStr` == `FromStr`, for every variant; and the
/// three ways of listing variants (`Term::ALL`, strum's iterator and count) agree.
fn check_ids_agree<T: Vocab>() {
    let vocab = T::VOCABULARY;
    assert!(!T::ALL.is_empty(), "{vocab}: no variants");
    assert_eq!(T::ALL.len(), T::COUNT, "{vocab}: Term::ALL and strum's EnumCount disagree");
    assert_eq!(T::iter().collect::<Vec<_>>(), T::ALL, "{vocab}: Term::ALL and strum's iterator disagree");
    assert_eq!(T::all().collect::<Vec<_>>(), T::ALL, "{vocab}: Term::all() and Term::ALL disagree");
    for v in T::all() {
        let id = v.id();
        let strum_id: &'static str = v.into();
        assert_eq!(strum_id, id, "{vocab}: strum id of {v:?}");
        assert_eq!(serde_json::to_value(v).unwrap(), Value::String(id.to_owned()), "{vocab}: serde id of {v:?}");
        assert_eq!(serde_json::to_string(&v).unwrap(), format!("\"{id}\""), "{vocab}: serde id of {v:?}");
        let back: T = serde_json::from_str(&format!("\"{id}\"")).unwrap_or_else(|e| panic!("{vocab}: {id}: {e}"));
        assert_eq!(back, v, "{vocab}: serde round trip of {id}");
        assert_eq!(id.parse::<T>(), Ok(v), "{vocab}: FromStr round trip of {id}");
        assert_eq!(T::parse_id(id), Ok(v), "{vocab}: parse_id round trip of {id}");
        assert_eq!(T::from_id(id), Some(v), "{vocab}: from_id round trip of {id}");
        assert_eq!(v.to_string(), v.label(), "{vocab}: Display of {id} is not its label");
    }
}

/// Ids are snake_case and unique; labels and definitions are present, one line, and
/// definitions are sentences; labels are unique too, so `Display` tells variants apart.
fn check_texts<T: Vocab>(id_format: fn(&str) -> bool) {
    let vocab = T::VOCABULARY;
    assert!(is_snake_case(vocab), "vocabulary id {vocab:?} is not snake_case");
    let mut seen_ids = HashSet::new();
    let mut seen_labels = HashSet::new();
    for v in T::all() {
        let (id, label, def) = (v.id(), v.label(), v.definition());
        assert!(id_format(id), "{vocab}: id {id:?} is not in the vocabulary's id format");
        assert!(seen_ids.insert(id), "{vocab}: duplicate id {id:?}");
        assert!(seen_labels.insert(label), "{vocab}: duplicate label {label:?}");
        assert!(!label.trim().is_empty(), "{vocab}: {id}: empty label");
        assert_eq!(label, label.trim(), "{vocab}: {id}: label has surrounding whitespace");
        assert!(!label.contains('\n'), "{vocab}: {id}: label spans lines");
        assert!(!def.trim().is_empty(), "{vocab}: {id}: empty definition");
        assert_eq!(def, def.trim(), "{vocab}: {id}: definition has surrounding whitespace");
        assert!(!def.contains('\n'), "{vocab}: {id}: definition is not a single line: {def:?}");
        assert!(def.ends_with('.'), "{vocab}: {id}: definition does not end with a period: {def:?}");
        assert!(def.chars().next().is_some_and(char::is_uppercase), "{vocab}: {id}: definition is not a sentence");
    }
}

/// An unknown id fails everywhere (FromStr, parse_id, from_id, serde) with an error that
/// names the vocabulary and the input and lists every accepted id.
fn check_unknown_id<T: Vocab>() {
    let vocab = T::VOCABULARY;
    let accepted = ids::<T>();
    let first = accepted[0];
    let near_miss = format!("{first}x");
    let shouting = first.to_ascii_uppercase();
    let padded = format!(" {first}");
    for input in ["definitely_not_an_id", "", near_miss.as_str(), shouting.as_str(), padded.as_str()] {
        let err = input.parse::<T>().expect_err(input);
        assert_eq!(err.vocabulary, vocab);
        assert_eq!(err.input, input);
        assert_eq!(err.expected, accepted, "{vocab}: the error must list every accepted id");
        assert_eq!(
            err.to_string(),
            format!("unknown {vocab} id {input:?}: expected one of {}", accepted.join(", ")),
            "{vocab}: error text"
        );
        assert_eq!(T::parse_id(input), Err(err));
        assert_eq!(T::from_id(input), None);
        assert!(
            serde_json::from_value::<T>(Value::String(input.to_owned())).is_err(),
            "{vocab}: serde accepted {input:?}"
        );
    }
    let err = near_miss.parse::<T>().unwrap_err();
    assert!(err.close_matches().contains(&first), "{vocab}: {first} is not suggested for {near_miss:?}");
    assert!(serde_json::from_value::<T>(Value::from(1)).is_err(), "{vocab}: serde accepted a number");
    assert!(serde_json::from_value::<T>(Value::Null).is_err(), "{vocab}: serde accepted null");
}

/// One module of tests per vocabulary; the module name is the vocabulary's id. Ids are
/// snake_case unless another format is named in brackets.
macro_rules! vocabularies {
    (@format) => { super::is_snake_case };
    (@format $format:ident) => { super::$format };
    ($($module:ident => $ty:ident $([$format:ident])?),+ $(,)?) => {
        $(
            mod $module {
                #[test]
                fn module_name_is_the_vocabulary_id() {
                    assert_eq!(<calcification::$ty as calcification::Term>::VOCABULARY, stringify!($module));
                }
                #[test]
                fn serde_strum_and_from_str_agree() {
                    super::check_ids_agree::<calcification::$ty>();
                }
                #[test]
                fn texts_are_well_formed() {
                    super::check_texts::<calcification::$ty>(vocabularies!(@format $($format)?));
                }
                #[test]
                fn unknown_id_lists_accepted_ids() {
                    super::check_unknown_id::<calcification::$ty>();
                }
            }
        )+

        /// `(type name, vocabulary id)` of every vocabulary tested here.
        const TESTED: &[(&str, fn() -> &'static str)] =
            &[$((stringify!($ty), || <calcification::$ty as Term>::VOCABULARY)),+];
    };
}

vocabularies! {
    calcification_category => CalcificationCategory,
    calcification_kind => CalcificationKind,
    body_site => BodySite,
    consequence => Consequence,
    trigger => Trigger,
    nutrient => Nutrient,
    k2_form => K2Form,
    body_agent => BodyAgent,
    phenomenon => Phenomenon,
    lifestyle_factor => LifestyleFactor,
    diet => Diet,
    intervention => Intervention,
    chelation_agent => ChelationAgent,
    medication => Medication,
    condition => Condition,
    evidence_level => EvidenceLevel,
    source => SourceId,
    confirmation => Confirmation,
    code_system => CodeSystem,
    code_match => CodeMatch,
    relation => Relation,
    effect => Effect,
    subject_state => SubjectState,
    profile_field => ProfileField [is_json_path],
    sex => Sex,
    reproductive_status => ReproductiveStatus,
    reference_standard => ReferenceStandard,
    reference_kind => ReferenceKind,
    value_type => ValueType,
    severity => Severity,
    caution => Caution,
    comparison => Comparison,
    unit => Unit [is_ucum_code],
    gfr_category => GfrCategory,
    derived_kind => DerivedKind,
    derivation_method => DerivationMethod,
}

/// Type names of every vocabulary declared in the crate's modules (the files `lib.rs`
/// declares with `mod`): `pub enum X in "id"` inside a `vocabulary!` table, or a
/// hand-written `impl Term for X`.
fn declared_vocabularies() -> BTreeSet<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let modules = lib.lines().filter_map(|line| {
        let line = line.trim();
        let rest = line.strip_prefix("pub mod ").or_else(|| line.strip_prefix("mod "))?;
        rest.strip_suffix(';')
    });
    let mut out = BTreeSet::new();
    for module in modules {
        // A module is `src/<module>.rs` or a folder `src/<module>/` of parts.
        let single = src.join(format!("{module}.rs"));
        let files: Vec<_> = if single.exists() {
            vec![single]
        } else {
            let folder = src.join(module);
            assert!(folder.join("mod.rs").exists(), "no file for module {module}");
            let mut files: Vec<_> = std::fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).collect();
            files.sort();
            files
        };
        for line in files
            .iter()
            .flat_map(|f| std::fs::read_to_string(f).unwrap().lines().map(str::to_owned).collect::<Vec<_>>())
        {
            let line = line.as_str();
            let line = line.trim();
            let name = if let Some(rest) = line.strip_prefix("pub enum ") {
                rest.split_once(" in \"").map(|(name, _)| name)
            } else {
                ["impl Term for ", "impl crate::Term for ", "impl crate::term::Term for "]
                    .iter()
                    .find_map(|p| line.strip_prefix(p))
                    .and_then(|rest| rest.split([' ', '{']).next())
            };
            if let Some(name) = name.filter(|n| !n.starts_with('$')) {
                out.insert(name.trim().to_owned());
            }
        }
    }
    out
}

#[test]
fn every_declared_vocabulary_is_tested() {
    let tested: BTreeSet<String> = TESTED.iter().map(|(name, _)| (*name).to_owned()).collect();
    let declared = declared_vocabularies();
    assert!(declared.len() >= TESTED.len(), "the scan of src/ found too few vocabularies: {declared:?}");
    let untested: Vec<&String> = declared.difference(&tested).collect();
    assert!(untested.is_empty(), "vocabularies without tests; add them to `vocabularies!`: {untested:?}");
}

#[test]
fn vocabulary_ids_are_unique_across_the_crate() {
    let mut seen = HashSet::new();
    for (name, vocabulary) in TESTED {
        assert!(seen.insert(vocabulary()), "{name}: vocabulary id {:?} is used twice", vocabulary());
    }
}

#[test]
fn unknown_id_message_text() {
    let err = "soft_tissue".parse::<CalcificationCategory>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"unknown calcification_category id "soft_tissue": expected one of physiological, ectopic"#
    );
    let err = "catalase".parse::<CodeMatch>().unwrap_err();
    assert_eq!(err.to_string(), r#"unknown code_match id "catalase": expected one of exact, related"#);
}

// ---------------------------------------------------------------------------------------
// Entities: the nodes of the mechanism graph.

/// Every entity made from a `T` agrees with `T` on id, label, definition and vocabulary.
fn check_entity_vocabulary<T: Vocab>() -> usize
where
    Entity: From<T>,
{
    assert!(Entity::VOCABULARIES.contains(&T::VOCABULARY), "{} is not a graph vocabulary", T::VOCABULARY);
    for t in T::all() {
        let e = Entity::from(t);
        assert_eq!(e.id(), t.id());
        assert_eq!(e.label(), t.label());
        assert_eq!(e.definition(), t.definition());
        assert_eq!(e.vocabulary(), T::VOCABULARY);
        assert_eq!(e.to_string(), t.to_string());
        assert_eq!(Entity::from_id(t.id()), Some(e), "{} resolves to another vocabulary's entity", t.id());
    }
    T::COUNT
}

#[test]
fn entities_are_the_graph_vocabularies() {
    let counts = [
        check_entity_vocabulary::<CalcificationCategory>(),
        check_entity_vocabulary::<CalcificationKind>(),
        check_entity_vocabulary::<BodySite>(),
        check_entity_vocabulary::<Consequence>(),
        check_entity_vocabulary::<Trigger>(),
        check_entity_vocabulary::<Nutrient>(),
        check_entity_vocabulary::<K2Form>(),
        check_entity_vocabulary::<BodyAgent>(),
        check_entity_vocabulary::<Phenomenon>(),
        check_entity_vocabulary::<LifestyleFactor>(),
        check_entity_vocabulary::<Diet>(),
        check_entity_vocabulary::<Intervention>(),
        check_entity_vocabulary::<ChelationAgent>(),
        check_entity_vocabulary::<Medication>(),
        check_entity_vocabulary::<Condition>(),
    ];
    assert_eq!(Entity::VOCABULARIES.len(), counts.len(), "a graph vocabulary is not checked here");
    assert_eq!(Entity::all().count(), counts.iter().sum::<usize>());
    let vocabularies: BTreeSet<&str> = Entity::all().map(Entity::vocabulary).collect();
    assert_eq!(vocabularies, Entity::VOCABULARIES.iter().copied().collect());
}

#[test]
fn entity_ids_are_unique_across_graph_vocabularies() {
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for e in Entity::all() {
        if let Some(other) = seen.insert(e.id(), e.vocabulary()) {
            panic!("id {:?} is in both {other} and {}", e.id(), e.vocabulary());
        }
    }
}

#[test]
fn every_entity_round_trips() {
    for e in Entity::all() {
        let id = e.id();
        assert_eq!(serde_json::to_value(e).unwrap(), Value::String(id.to_owned()));
        assert_eq!(serde_json::from_value::<Entity>(Value::String(id.to_owned())).unwrap(), e);
        assert_eq!(Entity::from_id(id), Some(e));
        assert_eq!(id.parse::<Entity>(), Ok(e));
        assert_eq!(calcification::entity(id), Ok(e));
        assert_eq!(e.to_string(), e.label());
    }
}

#[test]
fn unknown_entity_id_is_an_error() {
    let err = "fluoride".parse::<Entity>().unwrap_err();
    assert_eq!(err.vocabulary, "entity");
    assert_eq!(err.input, "fluoride");
    assert_eq!(err.expected, Entity::all().map(Entity::id).collect::<Vec<_>>());
    assert!(err.to_string().starts_with(r#"unknown entity id "fluoride": expected one of "#), "{err}");
    // A term of a vocabulary outside the graph is not an entity.
    assert!(EvidenceLevel::Established.id().parse::<Entity>().is_err());
    assert!(serde_json::from_value::<Entity>(Value::from("fluoride")).is_err());
    assert!(serde_json::from_value::<Entity>(Value::from(3)).is_err());
}

// ---------------------------------------------------------------------------------------
// Calcification kinds, as DESIGN.md describes them.

#[test]
fn calcification_kinds_match_the_design() {
    use BodySite as B;
    use CalcificationCategory::{Ectopic, Physiological};
    use CalcificationKind as K;
    use Consequence as C;
    let design: &[(K, CalcificationCategory, B, &[C])] = &[
        (K::Skeletal, Physiological, B::Bone, &[]),
        (K::Dental, Physiological, B::Teeth, &[]),
        (K::Vascular, Ectopic, B::ArterialWall, &[C::ReducedArterialElasticity, C::CardiovascularRisk]),
        (K::CalcificTendinitis, Ectopic, B::JointsAndTendons, &[C::Pain, C::Stiffness, C::ReducedRangeOfMotion]),
        (K::KidneyStones, Ectopic, B::Kidney, &[C::ImpairedOrganFunction]),
        (K::Pancreatic, Ectopic, B::Pancreas, &[C::ImpairedOrganFunction]),
        (K::Breast, Ectopic, B::BreastTissue, &[C::ImpairedOrganFunction]),
    ];
    assert_eq!(design.len(), K::ALL.len(), "a kind is missing from this table");
    for &(kind, category, site, consequences) in design {
        assert_eq!(kind.category(), category, "{kind:?}");
        assert_eq!(kind.is_ectopic(), category == Ectopic, "{kind:?}");
        assert_eq!(kind.body_site(), site, "{kind:?}");
        let got: BTreeSet<&str> = kind.consequences().iter().map(|c| c.id()).collect();
        let want: BTreeSet<&str> = consequences.iter().map(|c| c.id()).collect();
        assert_eq!(got, want, "{kind:?}: consequences");
        assert_eq!(kind.consequences().len(), consequences.len(), "{kind:?}: duplicate consequence");
    }
}

#[test]
fn every_body_site_and_consequence_belongs_to_a_kind() {
    let sites: Vec<BodySite> = CalcificationKind::all().map(CalcificationKind::body_site).collect();
    for site in BodySite::all() {
        assert!(sites.contains(&site), "no kind forms at {site:?}");
    }
    for consequence in Consequence::all() {
        assert!(
            CalcificationKind::all().any(|k| k.consequences().contains(&consequence)),
            "no kind leads to {consequence:?}"
        );
    }
}

#[test]
fn ectopic_kinds_have_the_seed_triggers_and_physiological_none() {
    for kind in CalcificationKind::all() {
        let triggers: BTreeSet<&str> = kind.triggers().iter().map(|t| t.id()).collect();
        if kind.is_ectopic() {
            assert_eq!(triggers, Trigger::all().map(Trigger::id).collect(), "{kind:?}");
        } else {
            assert!(triggers.is_empty(), "{kind:?} is physiological but has triggers {triggers:?}");
        }
    }
}

#[test]
fn categories_partition_the_kinds() {
    let mut all: Vec<CalcificationKind> = Vec::new();
    for category in CalcificationCategory::all() {
        let kinds: Vec<CalcificationKind> = category.kinds().collect();
        assert!(!kinds.is_empty(), "{category:?} has no kinds");
        assert!(kinds.iter().all(|k| k.category() == category));
        all.extend(kinds);
    }
    assert_eq!(all.len(), CalcificationKind::ALL.len());
    assert_eq!(all.iter().map(|k| k.id()).collect::<BTreeSet<_>>(), CalcificationKind::all().map(|k| k.id()).collect());
}

// ---------------------------------------------------------------------------------------
// Codes, as REFERENCE.md gives them.

/// `(entity id, system, code, match)` from REFERENCE.md's code table, ChEBI list and USDA
/// FoodData Central ids. `None` where REFERENCE.md does not say how close the match is.
const REFERENCE_CODES: &[(&str, CodeSystem, &str, Option<CodeMatch>)] = {
    use CodeMatch::{Exact, Related};
    use CodeSystem::{Chebi, FdcNutrient, Hpo, Icd10Cm};
    &[
        ("ectopic", Hpo, "HP:0010766", Some(Exact)),
        ("vascular", Hpo, "HP:0004934", Some(Exact)),
        // "arterial: HP:0003207", narrower than vascular calcification.
        ("vascular", Hpo, "HP:0003207", Some(Related)),
        // "I70.0 atherosclerosis of aorta (related, not equivalent)".
        ("vascular", Icd10Cm, "I70.0", Some(Related)),
        ("kidney_stones", Hpo, "HP:0000787", Some(Exact)),
        ("kidney_stones", Icd10Cm, "N20.0", Some(Exact)),
        ("pancreatic", Hpo, "HP:0005213", Some(Exact)),
        ("breast", Hpo, "HP:0040403", Some(Exact)),
        ("breast", Icd10Cm, "R92.0", None),
        // The row is "periarticular calcification", broader than calcific tendinitis.
        ("calcific_tendinitis", Hpo, "HP:0025477", Some(Related)),
        ("calcific_tendinitis", Icd10Cm, "M65.2", Some(Exact)),
        // Of the shoulder only: narrower.
        ("calcific_tendinitis", Icd10Cm, "M75.3", Some(Related)),
        ("hypercalcemia", Hpo, "HP:0003072", Some(Exact)),
        ("hypercalcemia", Icd10Cm, "E83.52", Some(Exact)),
        ("vitamin_d", Chebi, "CHEBI:28940", None),
        ("vitamin_k2", Chebi, "CHEBI:16374", None),
        ("calcium", Chebi, "CHEBI:22984", None),
        ("magnesium", Chebi, "CHEBI:25107", None),
        ("active_vitamin_d", Chebi, "CHEBI:17823", None),
        ("vitamin_d", FdcNutrient, "1114", None),
        ("mk4", FdcNutrient, "1183", None),
        ("calcium", FdcNutrient, "1087", None),
        ("magnesium", FdcNutrient, "1090", None),
        // Contract v1.1 (docs/review/curies-and-biolink.md: read in ChEBI itself).
        ("vitamin_k1", Chebi, "CHEBI:18067", None),
        ("phosphorus", Chebi, "CHEBI:28659", None),
    ]
};

/// Vocabularies whose codes REFERENCE.md does not list (they are checked for form only).
const CODES_OUTSIDE_REFERENCE: &[&str] = &["condition"];

#[test]
fn codes_match_the_reference_table() {
    for e in Entity::all().filter(|e| !CODES_OUTSIDE_REFERENCE.contains(&e.vocabulary())) {
        let got: BTreeSet<(&str, &str)> = e.codes().iter().map(|c| (c.system.id(), c.code)).collect();
        let want: BTreeSet<(&str, &str)> =
            REFERENCE_CODES.iter().filter(|r| r.0 == e.id()).map(|r| (r.1.id(), r.2)).collect();
        assert_eq!(got, want, "{}: codes differ from REFERENCE.md", e.id());
        assert_eq!(e.codes().len(), got.len(), "{}: duplicate code", e.id());
    }
    for &(id, system, code, matches) in REFERENCE_CODES {
        let e = Entity::from_id(id).unwrap_or_else(|| panic!("{id} is not an entity"));
        let c = e.codes().iter().find(|c| c.system == system && c.code == code);
        let c = c.unwrap_or_else(|| panic!("{id}: missing {code}"));
        if let Some(matches) = matches {
            assert_eq!(c.matches, matches, "{id}: {code}");
        }
    }
}

#[test]
fn unconfirmed_codes_are_left_out() {
    // REFERENCE.md: ChEBI ids for MK-4/MK-7 and EDTA are UNCONFIRMED.
    for e in [Entity::from(K2Form::Mk4), Entity::from(K2Form::Mk7), Entity::from(ChelationAgent::Edta)] {
        assert!(e.codes().iter().all(|c| c.system != CodeSystem::Chebi), "{}: unconfirmed ChEBI code", e.id());
    }
    let all: Vec<&str> = Entity::all().flat_map(|e| e.codes().iter().map(|c| c.code)).collect();
    for unconfirmed in ["CHEBI:44245", "CHEBI:78277"] {
        assert!(!all.contains(&unconfirmed), "{unconfirmed} is UNCONFIRMED in REFERENCE.md");
    }
}

fn code_is_well_formed(c: &Code) -> bool {
    let digits = |s: &str, n: Option<usize>| {
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && n.is_none_or(|n| s.len() == n)
    };
    match c.system {
        CodeSystem::Hpo => c.code.strip_prefix("HP:").is_some_and(|d| digits(d, Some(7))),
        CodeSystem::Chebi => c.code.strip_prefix("CHEBI:").is_some_and(|d| digits(d, None)),
        CodeSystem::FdcNutrient => digits(c.code, None),
        CodeSystem::Icd10Cm => {
            let (category, sub) = c.code.split_once('.').unwrap_or((c.code, ""));
            let b = category.as_bytes();
            b.len() == 3
                && b[0].is_ascii_uppercase()
                && b[1].is_ascii_digit()
                && b[2].is_ascii_alphanumeric()
                && sub.len() <= 4
                && sub.bytes().all(|x| x.is_ascii_alphanumeric())
        }
        other => panic!("no format check for {other:?}"),
    }
}

#[test]
fn every_code_is_well_formed_and_carries_its_system_uri() {
    let mut n = 0;
    for e in Entity::all() {
        for c in e.codes() {
            n += 1;
            assert_eq!(c.system_uri, c.system.uri(), "{}: {}", e.id(), c.code);
            assert!(code_is_well_formed(c), "{}: malformed {:?} code {:?}", e.id(), c.system, c.code);
            assert!(!c.display.trim().is_empty(), "{}: {} has no display", e.id(), c.code);
            let json = serde_json::to_value(c).unwrap();
            assert_eq!(json["system"], c.system.id());
            assert_eq!(json["system_uri"], c.system.uri());
            assert_eq!(json["code"], c.code);
            assert_eq!(json["display"], c.display);
            assert_eq!(json["match"], c.matches.id());
        }
    }
    assert!(n >= REFERENCE_CODES.len());
}

#[test]
fn code_system_uris() {
    // REFERENCE.md, "Codes for interoperability".
    assert_eq!(CodeSystem::Hpo.uri(), "http://human-phenotype-ontology.org");
    assert_eq!(CodeSystem::Icd10Cm.uri(), "http://hl7.org/fhir/sid/icd-10-cm");
    assert!(CodeSystem::Hpo.is_hl7_registered());
    assert!(CodeSystem::Icd10Cm.is_hl7_registered());
    assert!(!CodeSystem::Chebi.is_hl7_registered(), "ChEBI has no HL7-registered URI");
    assert!(!CodeSystem::FdcNutrient.is_hl7_registered());
    let uris: HashSet<&str> = CodeSystem::all().map(CodeSystem::uri).collect();
    assert_eq!(uris.len(), CodeSystem::ALL.len(), "two code systems share a URI");
    for system in CodeSystem::all() {
        assert!(system.uri().starts_with("http://") || system.uri().starts_with("https://"), "{system:?}");
    }
}

// ---------------------------------------------------------------------------------------
// Sources.

#[test]
fn every_source_has_details_and_a_link() {
    // Only these have no stable public link: the article itself, a textbook chapter, and the
    // lab's own report (the reference range given with a value).
    let without_link = [SourceId::Seed, SourceId::Cmdt, SourceId::LabReport];
    for id in SourceId::all() {
        let s = id.details();
        assert_eq!(s.id, id);
        assert!(!s.title.trim().is_empty(), "{id:?}: no title");
        assert!(!s.publisher.trim().is_empty(), "{id:?}: no publisher");
        if let Some(doi) = s.doi {
            assert!(doi.starts_with("10.") && doi.contains('/'), "{id:?}: DOI {doi:?} is not a bare DOI");
        }
        if let Some(url) = s.url {
            assert!(url.starts_with("https://"), "{id:?}: url {url:?}");
        }
        if let Some(year) = s.year {
            assert!((1950..=2030).contains(&year), "{id:?}: year {year}");
        }
        match s.link() {
            Some(link) => {
                assert!(!without_link.contains(&id), "{id:?} unexpectedly has a link");
                assert!(link.starts_with("https://"), "{id:?}: {link}");
                if let Some(doi) = s.doi {
                    assert_eq!(link, format!("https://doi.org/{doi}"), "{id:?}: a DOI wins over the URL");
                }
            }
            None => assert!(without_link.contains(&id), "{id:?} has neither DOI nor URL"),
        }
    }
}

#[test]
fn sources_match_the_reference_list() {
    use SourceId::*;
    // (source, year, DOI, text the publisher or title must contain), from REFERENCE.md.
    let table: &[(SourceId, Option<u16>, Option<&str>, &str)] = &[
        (Seed, None, None, "How to Decalcify the Body and Prevent Calcium Buildup"),
        (Iom2011, Some(2011), Some("10.17226/13050"), "Calcium and Vitamin D"),
        (Iom1997, Some(1997), Some("10.17226/5776"), "Magnesium"),
        (Iom2001, Some(2001), Some("10.17226/10026"), "Vitamin K"),
        (Efsa2023d, Some(2023), None, "21(8):8145"),
        (Efsa2010w, Some(2010), None, "8(3):1459"),
        (Efsa2012ca, Some(2012), None, "10(7):2814"),
        (Who2020, Some(2020), None, "54:1451"),
        (Nice118, Some(2019), None, "NG118"),
        (Msd, Some(2023), None, "Hypercalcemia"),
        (Schurgers2007, Some(2007), None, "109"),
        (Cmdt, None, None, "Hypermagnesemia"),
        (Tact2013, Some(2013), None, "309(12):1241"),
        (Mmwr2006, Some(2006), None, "55(08):204"),
    ];
    for &(id, year, doi, text) in table {
        let s = id.details();
        assert_eq!(s.year, year, "{id:?}: year");
        if doi.is_some() {
            assert_eq!(s.doi, doi, "{id:?}: DOI");
        }
        assert!(s.title.contains(text) || s.publisher.contains(text), "{id:?}: {text:?} not in {s:?}");
    }
}

#[test]
#[ignore = "needs the seed article: CALCIFICATION_SEED=path/to/seed.txt cargo test -- --include-ignored (.ci/run does)"]
fn the_seed_source_is_the_seed_article() {
    let seed = seed::article();
    let title = seed.lines().next().unwrap().trim();
    assert_eq!(SourceId::Seed.details().title, title);
}

#[test]
fn sources_serialise_with_their_id() {
    for id in SourceId::all() {
        let json = serde_json::to_value(id.details()).unwrap();
        assert_eq!(json["id"], id.id());
        assert_eq!(json["title"], id.details().title);
    }
}

/// Keeps the generic helpers honest: a check over a vocabulary must fail on a bad one.
#[test]
fn the_snake_case_check_rejects_bad_ids() {
    for bad in ["", "Vitamin", "vitamin-d", "vitamin d", "_x", "x_", "a__b", "1a", "é"] {
        assert!(!is_snake_case(bad), "{bad:?}");
    }
    for good in ["a", "vitamin_k2", "mk4", "efsa2023d", "front_endocrinol_2018"] {
        assert!(is_snake_case(good), "{good:?}");
    }
    assert!(is_json_path("intake.vitamin_d") && is_json_path("age_years"));
    assert!(!is_json_path("intake..vitamin_d") && !is_json_path("intake.Vitamin"));
    assert!(is_ucum_code("mg/dL") && is_ucum_code("[iU]"));
    assert!(!is_ucum_code("") && !is_ucum_code("mg dL") && !is_ucum_code("µg"));
}

#[test]
fn every_vocabulary_fits_a_term_set() {
    // TermSet is a u128 bit set; a vocabulary that outgrows it needs a wider one.
    for vocabulary in calcification::export::vocabularies() {
        assert!(vocabulary.terms.len() <= 128, "{} has {} terms", vocabulary.id, vocabulary.terms.len());
    }
    let all: calcification::TermSet<calcification::ProfileField> = calcification::ProfileField::all().collect();
    assert_eq!(all.len(), calcification::ProfileField::ALL.len());
    assert_eq!(all.iter().collect::<Vec<_>>(), calcification::ProfileField::ALL);
}
