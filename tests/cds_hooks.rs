//! CDS Hooks cards meet the field constraints of the CDS Hooks specification: `summary`
//! under 140 characters, `indicator` one of info|warning|critical, `source.label` present,
//! `source.url` absolute when present, `detail` markdown, and a `{"cards": [...]}` response.

mod common;

use calcification::{Profile, ReferenceStandard, assess_with};
use proptest::prelude::*;
use serde_json::Value;

fn check_response(response: &Value, findings: usize) -> Result<(), String> {
    let object = response.as_object().ok_or("response is not an object")?;
    let cards = object.get("cards").and_then(Value::as_array).ok_or("no cards array")?;
    if cards.len() != findings {
        return Err(format!("{} cards for {findings} findings", cards.len()));
    }
    for card in cards {
        let summary = card["summary"].as_str().ok_or("summary missing")?;
        if summary.is_empty() || summary.chars().count() >= 140 {
            return Err(format!("summary length {}: {summary}", summary.chars().count()));
        }
        let indicator = card["indicator"].as_str().ok_or("indicator missing")?;
        if !["info", "warning", "critical"].contains(&indicator) {
            return Err(format!("indicator {indicator}"));
        }
        let source = card["source"].as_object().ok_or("source missing")?;
        if source.get("label").and_then(Value::as_str).is_none_or(str::is_empty) {
            return Err("source.label missing".into());
        }
        if let Some(url) = source.get("url") {
            let url = url.as_str().ok_or("source.url not a string")?;
            if !url.starts_with("https://") && !url.starts_with("http://") {
                return Err(format!("source.url not absolute: {url}"));
            }
        }
        let detail = card["detail"].as_str().ok_or("detail missing")?;
        if !detail.contains("not medical advice") || !detail.contains("**Why:**") {
            return Err(format!("detail lacks the note or the reasons: {detail}"));
        }
        let allowed = ["summary", "indicator", "detail", "source"];
        if let Some(extra) = card.as_object().unwrap().keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(format!("unexpected card field {extra}"));
        }
    }
    Ok(())
}

#[test]
fn cards_of_every_sample_profile_meet_the_spec() {
    let mut seen_critical = false;
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/profiles")).unwrap() {
        let path = entry.unwrap().path();
        let profile = Profile::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for standard in [ReferenceStandard::Iom, ReferenceStandard::Efsa] {
            let assessment = assess_with(&profile, standard).unwrap();
            let response = serde_json::to_value(assessment.to_cds_response()).unwrap();
            check_response(&response, assessment.findings.len()).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for (card, finding) in assessment.to_cds_response().cards.iter().zip(&assessment.findings) {
                assert_eq!(card.indicator, finding.severity);
                assert_eq!(card.summary, finding.summary);
                seen_critical |= card.indicator == calcification::Severity::Critical;
            }
        }
    }
    assert!(seen_critical, "the samples include a critical card");
}

#[test]
fn the_primary_source_is_the_card_source() {
    let profile = Profile::from_json(r#"{"labs": {"serum_calcium": {"value": 11, "unit": "mg/dL"}}}"#).unwrap();
    let assessment = assess_with(&profile, ReferenceStandard::Iom).unwrap();
    let card = &assessment.to_cds_response().cards[0];
    assert_eq!(card.source.label, "MSD Manual (hypercalcemia)");
    assert_eq!(card.source.url.as_deref(), calcification::SourceId::Msd.details().url);
}

#[test]
fn assess_example_prints_a_cds_hooks_response() {
    let output = std::process::Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--example",
            "assess",
            "--",
            "--format",
            "cds-hooks",
            "examples/profiles/anticoagulant.json",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let response: Value = serde_json::from_slice(&output.stdout).unwrap();
    let profile = Profile::from_json(include_str!("../examples/profiles/anticoagulant.json")).unwrap();
    let findings = assess_with(&profile, ReferenceStandard::Iom).unwrap().findings.len();
    check_response(&response, findings).unwrap();
    assert_eq!(response["cards"][0]["indicator"], "critical");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn cards_of_any_profile_meet_the_spec(profile in common::valid_profile()) {
        let assessment = assess_with(&profile, ReferenceStandard::Iom).unwrap();
        let response = serde_json::to_value(assessment.to_cds_response()).unwrap();
        prop_assert_eq!(check_response(&response, assessment.findings.len()), Ok(()));
    }
}

#[test]
fn the_checker_rejects_cards_that_break_the_spec() {
    let profile = Profile::from_json(r#"{"labs": {"serum_calcium": {"value": 11, "unit": "mg/dL"}}}"#).unwrap();
    let good = serde_json::to_value(assess_with(&profile, ReferenceStandard::Iom).unwrap().to_cds_response()).unwrap();
    assert_eq!(check_response(&good, 1), Ok(()));
    let broken: [(&str, Value); 4] = [
        ("summary", Value::String("x".repeat(140))),
        ("indicator", Value::String("hard-stop".into())),
        ("source", serde_json::json!({"url": "https://example.org"})),
        ("detail", Value::String("no note".into())),
    ];
    for (field, value) in broken {
        let mut bad = good.clone();
        bad["cards"][0][field] = value;
        assert!(check_response(&bad, 1).is_err(), "{field} accepted");
    }
}
