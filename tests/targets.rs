//! A person's own targets (`LifeStage::targets`), the errors of a missing reference value,
//! ids without the `Term` trait, and assessments that read back from their JSON.

mod common;

use calcification::reference::{Gap, StatusFilter};
use calcification::{
    Assessment, Caution, LifeStage, LookupGap, Profile, REFERENCE_ROWS, ReferenceKind, ReferenceStandard,
    ReproductiveStatus, Sex, TargetState, assess_with,
};
use proptest::prelude::*;

/// The life stages at the edges of a row: its first age, and just before its end.
fn edges(row: &calcification::ReferenceRow) -> Vec<LifeStage> {
    let sex = row.sex.or(Some(Sex::Female));
    let status = match row.status {
        StatusFilter::Pregnant => Some(ReproductiveStatus::Pregnant),
        StatusFilter::Lactating => Some(ReproductiveStatus::Lactating),
        _ => None,
    };
    let mut ages = vec![row.age_from];
    if let Some(until) = row.age_until {
        ages.push(until - 0.01);
    }
    ages.into_iter().map(|age| LifeStage { age_years: Some(age), sex, reproductive_status: status }).collect()
}

/// Every row of the reference table is what `targets` shows at both of its age edges, for
/// its own standard (rows of no standard: for both), with its value, group and source.
#[test]
fn targets_match_every_reference_row_at_its_edges() {
    let mut checked = 0;
    for row in REFERENCE_ROWS {
        let standards: Vec<ReferenceStandard> = match row.standard {
            Some(s) => vec![s],
            None => vec![ReferenceStandard::Iom, ReferenceStandard::Efsa],
        };
        for stage in edges(row) {
            let targets = stage.targets();
            for standard in &standards {
                let target = targets.get(row.kind, *standard).expect("every kind and standard is listed");
                let ok = match (&target.state, row.amount()) {
                    // A figure not encoded: the other standard's value, flagged as a fallback.
                    (TargetState::Value { fallback, .. }, None)
                        if matches!(row.value, calcification::RefValue::NotEncoded(_)) =>
                    {
                        *fallback
                    }
                    (TargetState::Value { value, group, source, fallback, .. }, Some(amount)) => {
                        *value == amount && *group == row.group && *source == row.source && !fallback
                    }
                    (TargetState::NotDetermined { group, source, .. }, None) => {
                        *group == row.group && *source == row.source
                    }
                    _ => false,
                };
                assert!(
                    ok,
                    "{} {:?} for {}: {:?} but the row says {:?}",
                    row.kind.id(),
                    standard,
                    stage.describe(),
                    target.state,
                    row
                );
                checked += 1;
            }
        }
    }
    assert!(checked > REFERENCE_ROWS.len(), "only {checked} checks");
}

#[test]
fn targets_list_every_kind_under_both_standards_with_their_states() {
    let infant = LifeStage { age_years: Some(0.25), sex: Some(Sex::Male), reproductive_status: None };
    let t = infant.targets();
    assert_eq!(t.targets.len(), <ReferenceKind as strum::EnumCount>::COUNT * 2);
    assert_eq!(t.description, "male, 3 months");
    // Not set for the life stage: no activity minimum under 5 years in the crate's WHO rows.
    let activity = t.get(ReferenceKind::PhysicalActivity, ReferenceStandard::Iom).unwrap();
    match &activity.state {
        TargetState::NotSet { gap, reason } => {
            assert_eq!(*gap, Gap::NoValueForLifeStage);
            assert_eq!(
                reason,
                "physical_activity_minimum for male, 3 months: no source sets a value for this life stage"
            );
        }
        other => panic!("{other:?}"),
    }
    // Not determined for infants: the magnesium UL (IOM 1997 sets none for infants).
    let mg = t.get(ReferenceKind::MagnesiumSupplementUl, ReferenceStandard::Iom).unwrap();
    assert!(matches!(mg.state, TargetState::NotDetermined { group: "infants", .. }), "{:?}", mg.state);
    // Not determined: the vitamin K UL (IOM 2001).
    assert!(matches!(
        t.get(ReferenceKind::VitaminKUl, ReferenceStandard::Iom).unwrap().state,
        TargetState::NotDetermined { .. }
    ));
    // Missing sex where the value depends on it.
    let adult = LifeStage { age_years: Some(40.0), sex: None, reproductive_status: None };
    let rda = adult.targets();
    let state = &rda.get(ReferenceKind::MagnesiumRda, ReferenceStandard::Iom).unwrap().state;
    assert!(matches!(state, TargetState::NotSet { gap: Gap::MissingSex, .. }), "{state:?}");
    // Missing age: every target is not set.
    let nobody = LifeStage::default().targets();
    assert!(nobody.targets.iter().all(|t| matches!(t.state, TargetState::NotSet { gap: Gap::MissingAge, .. })));
}

#[test]
fn targets_serialise_with_their_state() {
    let stage = LifeStage { age_years: Some(52.0), sex: Some(Sex::Female), reproductive_status: None };
    let json = serde_json::to_value(stage.targets()).unwrap();
    let first = &json["targets"][0];
    assert_eq!(first["kind"], "vitamin_d_rda");
    assert_eq!(first["standard"], "iom");
    assert_eq!(first["state"], "value");
    assert_eq!(first["value"], 15.0);
    assert_eq!(first["unit"], "ug");
    assert_eq!(first["source"], "iom2011");
    // A gap serialises as its snake_case id.
    let infant = LifeStage { age_years: Some(0.25), sex: None, reproductive_status: None };
    let json = serde_json::to_value(infant.targets()).unwrap();
    let activity =
        json["targets"].as_array().unwrap().iter().find(|t| t["kind"] == "physical_activity_minimum").unwrap();
    assert_eq!(
        (&activity["state"], &activity["gap"]),
        (&serde_json::json!("not_set"), &serde_json::json!("no_value_for_life_stage"))
    );
}

#[test]
fn a_lookup_gap_is_an_error_that_names_kind_and_life_stage() {
    fn needs_rda(stage: LifeStage) -> Result<f64, Box<dyn std::error::Error>> {
        let resolved = stage.reference(ReferenceKind::CalciumRda, ReferenceStandard::Iom)?;
        Ok(resolved.row.amount().unwrap_or_default())
    }
    let err = needs_rda(LifeStage::default()).unwrap_err();
    assert_eq!(err.to_string(), "calcium_rda: the life stage needs age_years, which was not reported");
    let err = LifeStage { age_years: Some(60.0), sex: None, reproductive_status: None }
        .reference(ReferenceKind::CalciumRda, ReferenceStandard::Iom)
        .unwrap_err();
    assert_eq!(
        err,
        LookupGap::MissingSex {
            kind: ReferenceKind::CalciumRda,
            stage: LifeStage { age_years: Some(60.0), sex: None, reproductive_status: None }
        }
    );
    assert_eq!(err.kind(), ReferenceKind::CalciumRda);
    assert_eq!(err.to_string(), "calcium_rda for 60 years: the value depends on sex, which was not reported");
}

#[test]
fn ids_and_labels_without_the_term_trait() {
    // No `use calcification::Term` in this file: the inherent methods serve.
    assert_eq!(Caution::VitaminDAboveUpperLimit.id(), "vitamin_d_above_upper_limit");
    assert_eq!(ReferenceKind::CalciumUl.label(), "Calcium UL");
    assert_eq!(Sex::Female.id(), "female");
}

fn round_trip(profile: &Profile) -> Result<(), TestCaseError> {
    for standard in [ReferenceStandard::Iom, ReferenceStandard::Efsa] {
        let assessment = assess_with(profile, standard).unwrap();
        let json = assessment.to_json_pretty();
        let back: Assessment = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        prop_assert_eq!(back, assessment);
    }
    Ok(())
}

proptest! {
    #[test]
    fn every_assessment_reads_back_equal(profile in common::valid_profile()) {
        round_trip(&profile)?;
    }
}

#[test]
fn assessments_with_supplement_sums_read_back_equal() {
    let p = Profile::from_json(
        r#"{"age_years": 52, "sex": "female", "intake": {"vitamin_k2": {"amount": 0, "unit": "ug"}},
            "supplements": [{"nutrient": "vitamin_d", "amount": 5000, "unit": "[iU]", "label": "D3"},
                            {"nutrient": "magnesium", "amount": 400, "unit": "mg"}],
            "labs": {"serum_calcium": {"value": 2.7, "unit": "mmol/L"}}}"#,
    )
    .unwrap();
    round_trip(&p).unwrap();
    // A fixed threshold reads back only as one of the crate's.
    let a = assess_with(&p, ReferenceStandard::Iom).unwrap();
    let json = a.to_json_pretty().replace("hypercalcemia above this level", "a threshold of my own");
    let err = serde_json::from_str::<Assessment>(&json).unwrap_err().to_string();
    assert!(err.contains("expected one of the crate's fixed thresholds"), "{err}");
}

/// The `targets` example, built with cargo and run as a user would.
fn targets_example(args: &[&str]) -> std::process::Output {
    use std::process::{Command, Stdio};
    let build = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--example", "targets", "--message-format=json-render-diagnostics"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stderr(Stdio::inherit())
        .output()
        .expect("cargo runs");
    assert!(build.status.success(), "cargo build --example targets failed");
    let binary = String::from_utf8_lossy(&build.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "targets")
        .find_map(|m| m["executable"].as_str().map(str::to_owned))
        .expect("cargo reports the example's executable");
    Command::new(binary).args(args).output().expect("the example runs")
}

#[test]
fn the_targets_example_prints_the_table_and_the_json_document() {
    let out = targets_example(&["--age", "52", "--sex", "female", "--json"]);
    assert!(out.status.success());
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let stage = LifeStage { age_years: Some(52.0), sex: Some(Sex::Female), reproductive_status: None };
    assert_eq!(printed, serde_json::to_value(stage.targets()).unwrap());

    let out = targets_example(&["--age", "30", "--sex", "female", "--pregnant", "--standard", "iom"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Reference values for female, 30 years, pregnant\n"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("Magnesium RDA") && l.contains("350 mg") && l.contains("pregnancy 19-30 years")),
        "{text}"
    );
    assert!(text.lines().skip(2).all(|l| l.get(31..35) == Some("IOM ")), "only IOM was asked for: {text}");

    let out = targets_example(&["--age", "old"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("error: --age: expected a number of years, found \"old\"")
    );
}
