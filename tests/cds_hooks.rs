//! CDS Hooks cards meet the field constraints of the CDS Hooks specification: `uuid` on every
//! card, `summary` under 140 characters, `indicator` one of info|warning|critical,
//! `source.label` present, `source.url` absolute when present, `source.topic` a Coding,
//! `links` absolute, `detail` markdown, and a `{"cards": [...]}` response: one card per
//! finding, then one listing what could not be assessed.

mod common;

use calcification::{Profile, ReferenceStandard, assess_with};
use proptest::prelude::*;
use serde_json::Value;

/// Checks a response of `findings` finding cards, followed by a not-assessed card when
/// `gaps` is true.
fn check_response(response: &Value, findings: usize, gaps: bool) -> Result<(), String> {
    let object = response.as_object().ok_or("response is not an object")?;
    let cards = object.get("cards").and_then(Value::as_array).ok_or("no cards array")?;
    if cards.len() != findings + usize::from(gaps) {
        return Err(format!("{} cards for {findings} findings (gaps: {gaps})", cards.len()));
    }
    let mut uuids = std::collections::BTreeSet::new();
    for (i, card) in cards.iter().enumerate() {
        let uuid = card["uuid"].as_str().ok_or("uuid missing")?;
        let valid = uuid.len() == 36
            && uuid
                .char_indices()
                .all(|(i, c)| if [8, 13, 18, 23].contains(&i) { c == '-' } else { c.is_ascii_hexdigit() });
        if !valid || !uuids.insert(uuid.to_owned()) {
            return Err(format!("uuid {uuid} malformed or repeated"));
        }
        for link in card.get("links").and_then(Value::as_array).into_iter().flatten() {
            let url = link["url"].as_str().ok_or("link.url missing")?;
            if !url.starts_with("https://") && !url.starts_with("http://") || link["type"] != "absolute" {
                return Err(format!("link not absolute: {link}"));
            }
            if link["label"].as_str().is_none_or(str::is_empty) {
                return Err("link.label missing".into());
            }
        }
        let is_gap_card = gaps && i == cards.len() - 1;
        if is_gap_card {
            let summary = card["summary"].as_str().unwrap_or("");
            if !summary.contains("could not be assessed") || card["indicator"] != "info" {
                return Err(format!("last card is not the not-assessed card: {card}"));
            }
        } else {
            let topic = &card["source"]["topic"];
            if topic["system"].as_str().is_none_or(|s| !s.starts_with("https://")) || topic["code"].as_str().is_none() {
                return Err(format!("source.topic not a Coding: {topic}"));
            }
        }
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
        if !detail.contains("not medical advice") || (!is_gap_card && !detail.contains("**Why:**")) {
            return Err(format!("detail lacks the note or the reasons: {detail}"));
        }
        let allowed = ["uuid", "summary", "indicator", "detail", "source", "links"];
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
            check_response(&response, assessment.findings.len(), !assessment.not_assessed.is_empty())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
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
    let topic = card.source.topic.as_ref().unwrap();
    assert_eq!((topic.system.as_str(), topic.code.as_str()), (calcification::cds::CAUTION_SYSTEM, "hypercalcemia"));
    assert_eq!(card.links[0].url, calcification::SourceId::Msd.details().link().unwrap());
}

#[test]
fn card_uuids_are_deterministic_and_follow_the_content() {
    let cards = |json: &str| {
        assess_with(&Profile::from_json(json).unwrap(), ReferenceStandard::Iom).unwrap().to_cds_response().cards
    };
    let a = cards(r#"{"labs": {"serum_calcium": {"value": 11, "unit": "mg/dL"}}}"#);
    let again = cards(r#"{"labs": {"serum_calcium": {"value": 11, "unit": "mg/dL"}}}"#);
    let other = cards(r#"{"labs": {"serum_calcium": {"value": 11.5, "unit": "mg/dL"}}}"#);
    assert_eq!(a[0].uuid, again[0].uuid);
    assert_ne!(a[0].uuid, other[0].uuid, "a different observed value is a different card");
    assert_eq!(&a[0].uuid[14..15], "5", "name-based UUID version 5");
}

#[test]
fn the_not_assessed_card_says_what_data_would_allow_each_caution() {
    let a = assess_with(&Profile::from_json(r#"{"age_years": 40}"#).unwrap(), ReferenceStandard::Iom).unwrap();
    let last = a.to_cds_response().cards.pop().unwrap();
    assert_eq!(
        last.summary,
        format!("{} cautions could not be assessed: data missing (see detail).", a.not_assessed.len())
    );
    for gap in &a.not_assessed {
        assert!(last.detail.contains(calcification::Term::label(gap.caution)), "{:?} not listed", gap.caution);
        for field in gap.missing.iter() {
            assert!(last.detail.contains(&format!("`{}`", calcification::Term::id(field))));
        }
    }
    let all = Profile::from_json(include_str!("../examples/profiles/vitamin_d_without_k2.json")).unwrap();
    let full = assess_with(&all, ReferenceStandard::Iom).unwrap();
    assert_eq!(full.to_cds_response().cards.len(), full.findings.len() + usize::from(!full.not_assessed.is_empty()));
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
    let assessment = assess_with(&profile, ReferenceStandard::Iom).unwrap();
    check_response(&response, assessment.findings.len(), !assessment.not_assessed.is_empty()).unwrap();
    assert_eq!(response["cards"][0]["indicator"], "critical");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn cards_of_any_profile_meet_the_spec(profile in common::valid_profile()) {
        let assessment = assess_with(&profile, ReferenceStandard::Iom).unwrap();
        let response = serde_json::to_value(assessment.to_cds_response()).unwrap();
        prop_assert_eq!(check_response(&response, assessment.findings.len(), !assessment.not_assessed.is_empty()), Ok(()));
    }
}

#[test]
fn the_checker_rejects_cards_that_break_the_spec() {
    let profile = Profile::from_json(r#"{"labs": {"serum_calcium": {"value": 11, "unit": "mg/dL"}}}"#).unwrap();
    let good = serde_json::to_value(assess_with(&profile, ReferenceStandard::Iom).unwrap().to_cds_response()).unwrap();
    assert_eq!(check_response(&good, 1, true), Ok(()));
    assert!(check_response(&good, 1, false).is_err(), "the not-assessed card counted");
    let broken: [(&str, Value); 7] = [
        ("summary", Value::String("x".repeat(140))),
        ("indicator", Value::String("hard-stop".into())),
        ("source", serde_json::json!({"label": "x", "url": "https://example.org"})),
        ("detail", Value::String("no note".into())),
        ("uuid", Value::String("not-a-uuid".into())),
        ("uuid", good["cards"][1]["uuid"].clone()),
        ("links", serde_json::json!([{"label": "x", "url": "/relative", "type": "absolute"}])),
    ];
    for (field, value) in broken {
        let mut bad = good.clone();
        bad["cards"][0][field] = value;
        assert!(check_response(&bad, 1, true).is_err(), "{field} accepted");
    }
}
