//! FHIR R4 → Profile mapping and DetectedIssue output (feature `fhir`, on by default): every
//! resource is reported as used or ignored with its reason; units are converted or refused
//! naming the resource and element; malformed documents are typed errors naming the path.
#![cfg(feature = "fhir")]

use calcification::fhir::{FhirError, Outcome, detected_issues, profile_from_fhir};
use calcification::{CalcificationKind, Condition, Medication, ReproductiveStatus, Sex, Unit, assess};

const WARFARIN_CKD: &str = include_str!("../examples/fhir/warfarin_ckd.json");
const PREGNANT_STONES: &str = include_str!("../examples/fhir/pregnant_stones.json");

fn entry<'a>(m: &'a calcification::fhir::FhirMapping, resource: &str) -> &'a calcification::fhir::MappingEntry {
    m.report.entries.iter().find(|e| e.resource == resource).unwrap_or_else(|| panic!("no entry {resource}"))
}

#[test]
fn the_warfarin_bundle_maps_every_resource_with_a_reason() {
    let m = profile_from_fhir(WARFARIN_CKD, "2026-01-15").unwrap();
    let p = &m.profile;
    assert_eq!(p.age_years, Some(67.0));
    assert_eq!(p.sex, Some(Sex::Female));
    let labs = p.labs.as_ref().unwrap();
    assert_eq!(labs.serum_calcium.map(|l| (l.value, l.unit)), Some((12.4, Unit::MilligramPerDecilitre)));
    assert_eq!(labs.serum_25_hydroxyvitamin_d.map(|l| (l.value, l.unit)), Some((95.0, Unit::NanomolePerLitre)));
    assert_eq!(p.medications, vec![Medication::VitaminKAntagonist]);
    assert_eq!(p.conditions, vec![Condition::ChronicKidneyDisease]);
    // Eleven resources in, eleven entries out: none lost.
    assert_eq!(m.report.entries.len(), 11);
    assert_eq!(m.report.patient.as_deref(), Some("Patient/example-1"));
    assert!(entry(&m, "Observation/ca-2024").reason.contains("superseded by Observation/ca-2025"));
    assert!(entry(&m, "Observation/ca-error").reason.contains("entered-in-error"));
    assert_eq!(
        entry(&m, "Observation/ca-mg-per-l").reason,
        "Observation/ca-mg-per-l.valueQuantity.code: unsupported unit, expected one of mg/dL, mmol/L, found \"mg/L\""
    );
    assert!(entry(&m, "Observation/vitd3").reason.contains("D3 alone"));
    assert!(entry(&m, "MedicationRequest/hctz-stopped").reason.contains("stopped"));
    assert!(entry(&m, "Encounter/visit-1").reason.contains("not read"));
    assert_eq!(m.report.ignored().count(), 6);
    assert_eq!(m.report.source_of(calcification::ProfileField::SerumCalcium), Some("Observation/ca-2025"));
}

#[test]
fn pregnancy_resolved_stones_and_refuted_conditions() {
    let m = profile_from_fhir(PREGNANT_STONES, "2026-01-15").unwrap();
    assert_eq!(m.profile.age_years, Some(31.0));
    assert_eq!(m.profile.reproductive_status, Some(ReproductiveStatus::Pregnant));
    assert_eq!(m.profile.conditions, vec![Condition::KidneyStoneHistory]);
    assert_eq!(m.profile.medications, vec![Medication::ThiazideDiuretic]);
    assert!(entry(&m, "Condition/sarcoid-refuted").reason.contains("refuted"));
    assert_eq!(entry(&m, "Condition/sarcoid-refuted").outcome, Outcome::Ignored);
}

fn one(resource: &str) -> calcification::fhir::FhirMapping {
    profile_from_fhir(&format!("[{resource}]"), "2026-01-15").unwrap()
}

#[test]
fn codes_by_prefix_and_by_system() {
    let c = one(
        r#"{"resourceType": "Condition", "id": "s", "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "D86.9"}]}}"#,
    );
    assert_eq!(c.profile.conditions, vec![Condition::GranulomatousDisease]);
    let k = one(
        r#"{"resourceType": "Condition", "id": "k", "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N20.0"}]}}"#,
    );
    assert_eq!(k.profile.diagnosed_calcifications, vec![CalcificationKind::KidneyStones]);
    let snomed = one(
        r#"{"resourceType": "Condition", "id": "c", "code": {"coding": [{"system": "http://snomed.info/sct", "code": "709044004"}]}}"#,
    );
    assert_eq!(snomed.profile.conditions, vec![Condition::ChronicKidneyDisease]);
    // The right code in the wrong system is unknown.
    let wrong = one(
        r#"{"resourceType": "Condition", "id": "w", "code": {"coding": [{"system": "http://snomed.info/sct", "code": "N18.4"}]}}"#,
    );
    assert!(wrong.profile.conditions.is_empty());
    assert!(wrong.report.entries[0].reason.starts_with("unknown condition code"));
    let resolved = one(
        r#"{"resourceType": "Condition", "id": "r", "clinicalStatus": {"coding": [{"code": "resolved"}]}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N18.4"}]}}"#,
    );
    assert!(resolved.profile.conditions.is_empty());
    let rx = one(
        r#"{"resourceType": "MedicationRequest", "id": "m", "status": "active", "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "11289"}]}}"#,
    );
    assert_eq!(rx.profile.medications, vec![Medication::VitaminKAntagonist]);
    let referenced = one(
        r#"{"resourceType": "MedicationStatement", "id": "r", "status": "active", "medicationReference": {"reference": "Medication/1"}}"#,
    );
    assert!(referenced.report.entries[0].reason.contains("medicationReference"));
}

#[test]
fn bad_values_are_refused_naming_resource_and_element() {
    let out_of_range = one(
        r#"{"resourceType": "Observation", "id": "x", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "17861-6"}]}, "valueQuantity": {"value": 400, "system": "http://unitsofmeasure.org", "code": "mg/dL"}}"#,
    );
    assert!(out_of_range.profile.labs.is_none());
    assert!(
        out_of_range.report.entries[0].reason.starts_with("Observation/x.valueQuantity: labs.serum_calcium.value"),
        "{}",
        out_of_range.report.entries[0].reason
    );
    let wrong_type = one(
        r#"{"resourceType": "Observation", "id": "t", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "17861-6"}]}, "valueQuantity": {"value": "high"}}"#,
    );
    assert!(
        wrong_type.report.entries[0].reason.starts_with("Observation/t.valueQuantity.value: invalid type"),
        "{}",
        wrong_type.report.entries[0].reason
    );
    let no_unit_system = one(
        r#"{"resourceType": "Observation", "id": "u", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "62292-8"}]}, "valueQuantity": {"value": 30, "system": "urn:local", "code": "ng/mL"}}"#,
    );
    assert!(no_unit_system.report.entries[0].reason.contains("valueQuantity.system"));
    let partial_birth = one(r#"{"resourceType": "Patient", "id": "p", "birthDate": "1970"}"#);
    assert_eq!(partial_birth.profile.age_years, None);
    assert!(partial_birth.report.entries[0].reason.contains("Patient/p.birthDate: expected YYYY-MM-DD"));
    let male_pregnant = profile_from_fhir(r#"[{"resourceType": "Patient", "id": "m", "gender": "male"}, {"resourceType": "Observation", "id": "pr", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "82810-3"}]}, "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA15173-0"}]}}]"#, "2026-01-15").unwrap();
    assert_eq!(male_pregnant.profile.reproductive_status, None);
    assert_eq!(male_pregnant.report.entries[1].outcome, Outcome::Ignored);
}

#[test]
fn infants_get_a_fractional_age() {
    let m = one(r#"{"resourceType": "Patient", "id": "baby", "birthDate": "2025-07-20"}"#);
    assert_eq!(m.profile.age_years, Some(5.0 / 12.0));
}

#[test]
fn malformed_documents_are_typed_errors_with_the_path() {
    let cases = [
        ("{", "line 1 column 1"),
        ("42", "$: expected a FHIR resource, Bundle or array of resources, found the number 42"),
        (r#"{"id": "x"}"#, "$.resourceType: expected a FHIR resource type, found nothing"),
        (r#"{"resourceType": "Bundle", "entry": {}}"#, "$.entry: expected an array of entries, found an object"),
        (
            r#"{"resourceType": "Bundle", "entry": [{"resource": 1}]}"#,
            "$.entry[0].resource: expected a resource object, found the number 1",
        ),
    ];
    for (input, expected) in cases {
        let err = profile_from_fhir(input, "2026-01-15").unwrap_err();
        assert!(err.to_string().starts_with(expected), "{input}: {err}");
    }
    assert!(matches!(profile_from_fhir("[]", "2026-02-30"), Err(FhirError::ReferenceDate(_))));
}

#[test]
fn detected_issues_carry_severity_evidence_patient_and_source() {
    let m = profile_from_fhir(WARFARIN_CKD, "2026-01-15").unwrap();
    let a = assess(&m.profile).unwrap();
    let issues = detected_issues(&a, &m.report);
    assert_eq!(issues.len(), a.findings.len());
    let issue = &issues[0];
    assert_eq!(issue["resourceType"], "DetectedIssue");
    assert_eq!(issue["status"], "final");
    assert_eq!(issue["severity"], "high");
    assert_eq!(issue["code"]["coding"][0]["code"], "hypercalcemia");
    assert_eq!(issue["patient"]["reference"], "Patient/example-1");
    assert_eq!(issue["evidence"][0]["detail"][0]["reference"], "Observation/ca-2025");
    assert!(issue["reference"].as_str().unwrap().starts_with("https://"));
    assert!(issue["detail"].as_str().unwrap().contains("12.4 mg/dL"));
}

#[test]
fn the_assess_example_prints_the_mapping_report_and_detected_issues() {
    let run = |extra: &[&str]| {
        let mut args = vec!["run", "--quiet", "--example", "assess", "--", "--fhir", "examples/fhir/warfarin_ckd.json"];
        args.extend_from_slice(&["--reference-date", "2026-01-15"]);
        args.extend_from_slice(extra);
        std::process::Command::new(env!("CARGO")).args(&args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
    };
    let text = run(&[]);
    assert!(text.status.success(), "{}", String::from_utf8_lossy(&text.stderr));
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("FHIR mapping (age at 2026-01-15)"), "{stdout}");
    assert!(stdout.contains("ignored  Observation/ca-error"));
    assert!(stdout.contains("[CRITICAL]"));
    let issues = run(&["--format", "detected-issue"]);
    assert!(issues.status.success());
    let bundle: serde_json::Value = serde_json::from_slice(&issues.stdout).unwrap();
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["entry"][0]["resource"]["resourceType"], "DetectedIssue");
    assert!(String::from_utf8_lossy(&issues.stderr).contains("FHIR mapping"), "the report goes to stderr");
    let bad_date = run(&["--reference-date", "15/01/2026"]);
    assert_eq!(bad_date.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad_date.stderr).contains("reference date: expected YYYY-MM-DD, found \"15/01/2026\"")
    );
}

#[test]
fn every_lab_code_of_the_table_fills_its_field_in_every_accepted_unit() {
    for lab in calcification::fhir::codes::LAB_CODES {
        for unit in lab.field.accepted_units() {
            let code = calcification::Term::id(*unit);
            let m = one(&format!(
                r#"{{"resourceType": "Observation", "id": "o", "status": "final", "code": {{"coding": [{{"system": "http://loinc.org", "code": "{}"}}]}}, "valueQuantity": {{"value": 1, "system": "http://unitsofmeasure.org", "code": "{code}"}}}}"#,
                lab.code
            ));
            assert_eq!(
                m.report.entries[0].outcome,
                Outcome::Used,
                "{} {code}: {}",
                lab.code,
                m.report.entries[0].reason
            );
            assert_eq!(m.profile.quantity_as_given(lab.field), Some((1.0, *unit)), "{} {code}", lab.code);
        }
    }
}

const DIALYSIS: &str = include_str!("../examples/fhir/dialysis.json");

/// Contract v1.1 over FHIR: the new LOINC, ATC, RxNorm, ICD-10-CM and SNOMED codes, and the
/// lab's `referenceRange` read into the profile's `reference_range`.
#[test]
fn the_dialysis_bundle_maps_the_v1_1_labs_ranges_medicines_and_conditions() {
    use calcification::{DerivedKind, GfrCategory, ProfileField as P};
    let m = profile_from_fhir(DIALYSIS, "2026-01-15").unwrap();
    let p = &m.profile;
    assert_eq!(m.report.ignored().count(), 0, "{:?}", m.report.entries);
    let pth = p.lab(P::Pth).unwrap();
    assert_eq!((pth.value, pth.unit), (480.0, Unit::PicogramPerMillilitre));
    assert_eq!(pth.reference_range.map(|r| (r.low, r.high)), Some((Some(15.0), Some(65.0))));
    assert!(entry(&m, "Observation/pth").reason.contains("(reference range 15-65 pg/mL)"));
    assert_eq!(p.lab(P::IonizedCalcium).map(|l| (l.value, l.unit)), Some((1.18, Unit::MillimolePerLitre)));
    for field in [P::SerumAlbumin, P::SerumPhosphate, P::SerumMagnesium, P::SerumCreatinine] {
        assert!(p.lab(field).is_some(), "{field:?}");
    }
    assert_eq!(
        p.medications,
        vec![
            Medication::CalciumBasedPhosphateBinder,
            Medication::ActiveVitaminDAnalogue,
            Medication::ProtonPumpInhibitor
        ]
    );
    assert_eq!(p.conditions, vec![Condition::ChronicKidneyDisease, Condition::Dialysis, Condition::DiabetesMellitus]);
    let a = assess(p).unwrap();
    assert_eq!(
        a.derived.iter().find(|d| d.kind == DerivedKind::GfrCategory).and_then(|d| d.category),
        Some(GfrCategory::G5d)
    );
    // The evidence of a finding on a derived value is the resources it was derived from.
    let issues = detected_issues(&a, &m.report);
    let kidney = issues.iter().find(|i| i["code"]["coding"][0]["code"] == "magnesium_supplement_with_kidney_disease");
    assert!(kidney.is_none(), "no magnesium supplement in this bundle");
    let pth_issue = issues.iter().find(|i| i["code"]["coding"][0]["code"] == "pth_above_reference_range").unwrap();
    assert_eq!(pth_issue["evidence"][0]["detail"][0]["reference"], "Observation/pth");
}

#[test]
fn a_reference_range_in_another_unit_is_refused_naming_the_element() {
    let observation = |range: &str| {
        format!(
            r#"{{"resourceType": "Observation", "id": "pth", "status": "final",
                "code": {{"coding": [{{"system": "http://loinc.org", "code": "2731-8"}}]}},
                "valueQuantity": {{"value": 9.1, "system": "http://unitsofmeasure.org", "code": "pmol/L"}},
                "referenceRange": [{range}]}}"#
        )
    };
    let m = one(&observation(r#"{"high": {"value": 65, "system": "http://unitsofmeasure.org", "code": "pg/mL"}}"#));
    assert_eq!(entry(&m, "Observation/pth").outcome, Outcome::Ignored);
    assert_eq!(
        entry(&m, "Observation/pth").reason,
        "Observation/pth.referenceRange[0].high.code: expected the value's unit pmol/L, found \"pg/mL\""
    );
    let m = one(&observation(r#"{"low": {"system": "http://unitsofmeasure.org", "code": "pmol/L"}}"#));
    assert_eq!(
        entry(&m, "Observation/pth").reason,
        "Observation/pth.referenceRange[0].low.value: expected a number, found nothing"
    );
    // A range with no bound is no range; the value is used.
    let m = one(&observation(r#"{"text": "see report"}"#));
    assert_eq!(entry(&m, "Observation/pth").outcome, Outcome::Used);
    assert_eq!(m.profile.lab(calcification::ProfileField::Pth).unwrap().reference_range, None);
}
