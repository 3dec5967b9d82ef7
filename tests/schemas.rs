//! Schema and serde agreement: the committed schemas are what the code generates, they are
//! valid draft 2020-12, every document the crate reads or writes validates against its
//! schema, and invalid profiles are refused by both serde and the schema.
#![cfg(feature = "schema")]

mod common;

use std::path::PathBuf;

use calcification::export::{content_hash, knowledge_content, knowledge_document};
use calcification::schema::{FILE_NAMES, assessment_schema, documents, knowledge_schema, profile_schema};
use calcification::{KNOWLEDGE_CONTENT_HASH, KNOWLEDGE_VERSION, Profile, ReferenceStandard, Term, assess_with};
use proptest::prelude::*;
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn to_value<T: serde::Serialize>(t: &T) -> Value {
    serde_json::to_value(t).unwrap()
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::new(schema).expect("schema compiles")
}

fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

fn sample_profiles() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(repo().join("examples/profiles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    assert!(out.len() >= 5, "expected at least 5 sample profiles");
    out
}

#[test]
fn committed_schemas_match_the_code() {
    for (name, text) in documents() {
        let path = repo().join("schemas").join(name);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{} differs from what the code generates: run `cargo run --example export_schemas -- schemas` and commit",
            path.display()
        );
    }
    let names: Vec<&str> = documents().iter().map(|(n, _)| *n).collect();
    assert_eq!(names, FILE_NAMES);
}

#[test]
fn export_example_writes_the_committed_files() {
    let dir = std::env::temp_dir().join(format!("calcification-schemas-{}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "export_schemas", "--"])
        .arg(&dir)
        .current_dir(repo())
        .status()
        .unwrap();
    assert!(status.success());
    for name in FILE_NAMES {
        let written = std::fs::read_to_string(dir.join(name)).unwrap();
        let committed = std::fs::read_to_string(repo().join("schemas").join(name)).unwrap();
        assert!(written == committed, "{name}: exported file differs from schemas/{name}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn schemas_are_valid_draft_2020_12_with_id_and_version() {
    for (name, schema) in
        [("profile", profile_schema()), ("assessment", assessment_schema()), ("knowledge", knowledge_schema())]
    {
        let value = to_value(&schema);
        jsonschema::meta::validate(&value).unwrap_or_else(|e| panic!("{name}: not a valid schema: {e}"));
        assert_eq!(value["$schema"], "https://json-schema.org/draft/2020-12/schema", "{name}");
        assert_eq!(value["$id"], format!("urn:calcification:schema:{name}:v1"), "{name}");
        assert!(value["$comment"].as_str().unwrap().contains(env!("CARGO_PKG_VERSION")), "{name}");
    }
}

fn walk<'a>(value: &'a Value, path: String, visit: &mut impl FnMut(&str, &'a Value)) {
    visit(&path, value);
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, format!("{path}/{k}"), visit)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| walk(v, format!("{path}/{i}"), visit)),
        _ => {}
    }
}

#[test]
fn schemas_use_no_non_standard_formats_and_describe_every_field_and_variant() {
    for schema in [profile_schema(), assessment_schema(), knowledge_schema()] {
        let value = to_value(&schema);
        let mut problems = Vec::new();
        walk(&value, String::new(), &mut |path, node| {
            let Value::Object(map) = node else { return };
            if map.contains_key("format") && !path.ends_with("/properties") {
                problems.push(format!("{path}: format {}", map["format"]));
            }
            let in_condition = path.contains("/if/") || path.contains("/then/");
            let segments: Vec<&str> = path.split('/').collect();
            let is_variant = |back: usize| segments.len() > back && segments[segments.len() - back] == "oneOf";
            // A variant of an externally tagged enum: the description is on the variant.
            if is_variant(2) && map.get("description").is_none() {
                problems.push(format!("{path}: enum variant without description"));
            }
            if path.ends_with("/properties") && !in_condition && !is_variant(3) {
                for (name, prop) in map {
                    if prop.get("description").is_none() {
                        problems.push(format!("{path}/{name}: no description"));
                    }
                }
            }
            if map.contains_key("const") && !in_condition && map.get("description").is_none() {
                problems.push(format!("{path}: enum variant {} without description", map["const"]));
            }
        });
        assert!(problems.is_empty(), "{}: {problems:#?}", value["title"]);
    }
}

#[test]
fn sample_profiles_and_their_assessments_validate() {
    let profile_v = validator(&to_value(&profile_schema()));
    let assessment_v = validator(&to_value(&assessment_schema()));
    for (path, text) in sample_profiles() {
        let instance: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(errors(&profile_v, &instance), Vec::<String>::new(), "{path}");
        let profile = Profile::from_json(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        for standard in ReferenceStandard::all() {
            let assessment = assess_with(&profile, standard).unwrap();
            assert_eq!(errors(&assessment_v, &to_value(&assessment)), Vec::<String>::new(), "{path} {standard:?}");
        }
    }
}

#[test]
fn knowledge_json_validates_and_is_complete() {
    let document = to_value(&knowledge_document());
    let v = validator(&to_value(&knowledge_schema()));
    assert_eq!(errors(&v, &document), Vec::<String>::new());
    assert_eq!(document["knowledge_version"], KNOWLEDGE_VERSION);
    assert_eq!(document["rules"].as_array().unwrap().len(), calcification::RULES.len());
    assert_eq!(calcification::RULES.len(), 39);
    assert_eq!(document["facts"].as_array().unwrap().len(), calcification::FACTS.len());
    assert_eq!(document["entities"].as_array().unwrap().len(), calcification::Entity::all().count());
    // A consumer can answer the query example's questions from the file alone, e.g. the
    // first step of the chain from vitamin K2 to vascular calcification.
    let activates = document["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["subject"] == "vitamin_k2" && f["relation"] == "activates")
        .expect("vitamin K2 activates something");
    assert_eq!(activates["object"], "matrix_gla_protein");
    assert!(!activates["sources"].as_array().unwrap().is_empty());
}

#[test]
fn knowledge_version_is_bumped_with_the_content() {
    let hash = content_hash(&knowledge_content());
    assert_eq!(
        hash, KNOWLEDGE_CONTENT_HASH,
        "the knowledge content changed: bump KNOWLEDGE_VERSION (now {KNOWLEDGE_VERSION}) and set \
         KNOWLEDGE_CONTENT_HASH to \"{hash}\" in src/version.rs"
    );
}

/// Invalid profiles, each refused by serde and by the schema.
const INVALID: &[(&str, &str)] = &[
    ("array document", r#"[52, "female"]"#),
    ("string document", r#""profile""#),
    ("age as string", r#"{"age_years": "52"}"#),
    ("age negative", r#"{"age_years": -1}"#),
    ("age over 130", r#"{"age_years": 131}"#),
    ("fluid over 20", r#"{"fluid_litres_per_day": 20.5}"#),
    ("activity over a week", r#"{"activity_minutes_per_week": 10081}"#),
    ("unknown root field", r#"{"weight_kg": 70}"#),
    ("unknown intake field", r#"{"intake": {"vitamin_c": {"amount": 1, "unit": "mg"}}}"#),
    ("unknown lab field", r#"{"labs": {"ferritin": {"value": 1, "unit": "ng/mL"}}}"#),
    ("unknown dose field", r#"{"intake": {"calcium": {"amount": 1, "unit": "mg", "form": "citrate"}}}"#),
    ("unknown sex", r#"{"sex": "other"}"#),
    ("unknown status", r#"{"reproductive_status": "postpartum"}"#),
    ("unknown diet", r#"{"diet": "keto"}"#),
    ("unknown medication", r#"{"medications": ["statin"]}"#),
    ("unknown condition", r#"{"conditions": ["diabetes"]}"#),
    ("unknown intervention", r#"{"considering": ["surgery"]}"#),
    ("physiological diagnosis", r#"{"diagnosed_calcifications": ["skeletal"]}"#),
    ("IU for magnesium", r#"{"intake": {"magnesium": {"amount": 300, "unit": "[iU]"}}}"#),
    ("IU for calcium", r#"{"intake": {"calcium": {"amount": 300, "unit": "IU"}}}"#),
    ("kg for vitamin D", r#"{"intake": {"vitamin_d": {"amount": 1, "unit": "kg"}}}"#),
    ("ng/mL for calcium", r#"{"labs": {"serum_calcium": {"value": 10, "unit": "ng/mL"}}}"#),
    ("mg/dL for 25(OH)D", r#"{"labs": {"serum_25_hydroxyvitamin_d": {"value": 30, "unit": "mg/dL"}}}"#),
    ("negative amount", r#"{"intake": {"calcium": {"amount": -5, "unit": "mg"}}}"#),
    ("vitamin D above max in g", r#"{"intake": {"vitamin_d": {"amount": 0.06, "unit": "g"}}}"#),
    ("vitamin D above max in IU", r#"{"intake": {"vitamin_d": {"amount": 2000001, "unit": "IU"}}}"#),
    ("serum calcium above max", r#"{"labs": {"serum_calcium": {"value": 8, "unit": "mmol/L"}}}"#),
    ("missing unit", r#"{"intake": {"calcium": {"amount": 5}}}"#),
    ("missing amount", r#"{"intake": {"calcium": {"unit": "mg"}}}"#),
    ("dose as array", r#"{"intake": {"calcium": [5, "mg"]}}"#),
    ("intake as array", r#"{"intake": []}"#),
    ("medications as string", r#"{"medications": "thiazide_diuretic"}"#),
    ("null list item", r#"{"conditions": [null]}"#),
    ("amount null", r#"{"intake": {"calcium": {"amount": null, "unit": "mg"}}}"#),
    ("male and pregnant", r#"{"sex": "male", "reproductive_status": "pregnant"}"#),
];

#[test]
fn invalid_profiles_are_refused_by_serde_and_schema() {
    let v = validator(&to_value(&profile_schema()));
    for (name, json) in INVALID {
        assert!(Profile::from_json(json).is_err(), "{name}: serde accepted {json}");
        let instance: Value = serde_json::from_str(json).unwrap();
        assert!(!v.is_valid(&instance), "{name}: schema accepted {json}");
    }
}

#[test]
fn where_serde_and_schema_cannot_agree_it_is_explicit() {
    let v = validator(&to_value(&profile_schema()));
    // Duplicate keys: a JSON Schema validates the parsed value, in which the last key wins,
    // so the schema cannot see the duplicate; the crate refuses it.
    let duplicate = r#"{"age_years": 40, "age_years": 41}"#;
    assert!(Profile::from_json(duplicate).is_err());
    assert!(v.is_valid(&serde_json::from_str::<Value>(duplicate).unwrap()));
}

#[test]
fn valid_edge_profiles_are_accepted_by_both() {
    let v = validator(&to_value(&profile_schema()));
    for json in [
        r#"{}"#,
        r#"{"age_years": null, "sex": null, "intake": null, "labs": null, "medications": null, "diagnosed_calcifications": null}"#,
        r#"{"age_years": 0, "fluid_litres_per_day": 20, "activity_minutes_per_week": 10080}"#,
        r#"{"age_years": 130, "intake": {"vitamin_d": {"amount": 0.05, "unit": "g"}}}"#,
        r#"{"intake": {"vitamin_d": {"amount": 2000000, "unit": "IU"}, "vitamin_k2": {"amount": 100, "unit": "mcg"}}}"#,
        r#"{"intake": {"vitamin_d": null, "calcium": {"amount": 20, "unit": "g"}}}"#,
        r#"{"sex": "female", "reproductive_status": "lactating"}"#,
        r#"{"reproductive_status": "pregnant"}"#,
    ] {
        assert!(Profile::from_json(json).is_ok(), "serde refused {json}: {:?}", Profile::from_json(json));
        let instance: Value = serde_json::from_str(json).unwrap();
        assert_eq!(errors(&v, &instance), Vec::<String>::new(), "{json}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn generated_profiles_and_assessments_validate(profile in common::valid_profile()) {
        let profile_v = validator(&to_value(&profile_schema()));
        let assessment_v = validator(&to_value(&assessment_schema()));
        let json = to_value(&profile);
        prop_assert_eq!(errors(&profile_v, &json), Vec::<String>::new());
        for standard in ReferenceStandard::all() {
            let assessment = assess_with(&profile, standard).unwrap();
            prop_assert_eq!(errors(&assessment_v, &to_value(&assessment)), Vec::<String>::new());
        }
    }
}

/// The profile example of DESIGN.md ("JSON contract v1"), verbatim: other programs copy it.
const DESIGN_EXAMPLE: &str = r#"{
  "age_years": 52,
  "sex": "female",
  "reproductive_status": "pregnant",
  "intake": {
    "vitamin_d": {"amount": 5000, "unit": "[iU]"},
    "vitamin_k2": {"amount": 0, "unit": "ug"},
    "magnesium": {"amount": 280, "unit": "mg"},
    "magnesium_supplement": {"amount": 400, "unit": "mg"},
    "calcium": {"amount": 1200, "unit": "mg"}
  },
  "labs": {
    "serum_calcium": {"value": 10.9, "unit": "mg/dL"},
    "serum_25_hydroxyvitamin_d": {"value": 18, "unit": "ng/mL"}
  },
  "fluid_litres_per_day": 1.4,
  "activity_minutes_per_week": 60,
  "diet": "high_processed",
  "medications": ["vitamin_k_antagonist", "thiazide_diuretic"],
  "conditions": ["chronic_kidney_disease", "kidney_stone_history", "granulomatous_disease", "heavy_metal_toxicity"],
  "diagnosed_calcifications": ["vascular"],
  "considering": ["chelation_therapy"]
}"#;

#[test]
fn the_design_example_profile_is_accepted_by_both_and_assessed() {
    let profile = Profile::from_json(DESIGN_EXAMPLE).unwrap();
    let v = validator(&to_value(&profile_schema()));
    assert_eq!(errors(&v, &serde_json::from_str(DESIGN_EXAMPLE).unwrap()), Vec::<String>::new());
    let assessment = assess_with(&profile, ReferenceStandard::Iom).unwrap();
    let fired: Vec<&str> = assessment.findings.iter().map(|f| f.caution.id()).collect();
    for caution in [
        "hypercalcemia",
        "magnesium_supplement_with_kidney_disease",
        "vitamin_d_excess_without_k2",
        "vitamin_d_insufficiency",
        "low_fluid_intake",
        "chelation_requires_supervision",
    ] {
        assert!(fired.contains(&caution), "{caution} not in {fired:?}");
    }
    // K2 intake is 0, so the anticoagulant caution (K2 intake > 0) holds back.
    assert!(!fired.contains(&"vitamin_k_with_anticoagulant"));
    // Pregnant at 52: IOM gives no magnesium RDA for pregnancy over 50; EFSA's AI for women
    // (300 mg, pregnancy included) is used and says so (Knowledge v2 item 1).
    let magnesium = assessment.finding(calcification::Caution::MagnesiumIntakeBelowRda).expect("280 mg < 300 mg");
    let threshold = magnesium.because[0].threshold.as_ref().unwrap();
    assert!(threshold.fallback);
    assert_eq!(threshold.value, 300.0);
}
