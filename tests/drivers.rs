//! Contract v1.1 (issue 15): the derived values (CKD-EPI 2021 eGFR, the KDIGO GFR category,
//! albumin-corrected calcium) against worked examples from their sources, the assessment's
//! `derived` list, lab reference ranges, and v1 documents giving the findings they gave
//! before (except where a correction says otherwise).

use calcification::{
    Caution, DerivationMethod, DerivedKind, EgfrMethod, GfrCategory, LabValue, Profile, ProfileField, ReferenceRange,
    ReferenceStandard, Severity, Sex, SourceId, Term, Unit, assess, assess_with, ckd_epi_2021, derived_values,
};

const EGFR: Unit = Unit::MillilitrePerMinutePerBodySurface;

/// Worked examples of the NKF's CKD-EPI 2021 creatinine equation, evaluated exactly
/// (docs/review/codes-and-new-concepts.md §1.5): a 55-year-old woman with creatinine
/// 0.9 mg/dL is 75.50 (a secondary calculator's "about 76" rounds the steps).
#[test]
fn ckd_epi_2021_matches_the_worked_examples() {
    let cases = [(0.9, 55.0, Sex::Female, 75.50), (1.0, 50.0, Sex::Male, 91.69), (0.7, 40.0, Sex::Female, 112.05)];
    for (scr, age, sex, expected) in cases {
        let got = ckd_epi_2021(scr, age, sex);
        assert!((got - expected).abs() < 0.01, "{scr} mg/dL, {age} y, {sex:?}: {got} (expected {expected})");
    }
    // Rounded to an integer, the first example is 75 (not 76).
    assert_eq!(ckd_epi_2021(0.9, 55.0, Sex::Female).round(), 75.0);
}

/// At the spline knee (Scr = κ) both branches give 142 × 0.9938^age (× 1.012 for women), and
/// the equation is continuous there; below it the α exponent applies, above it −1.200.
#[test]
fn ckd_epi_2021_is_continuous_at_the_knee_and_uses_each_branch() {
    for (sex, kappa, alpha, factor) in [(Sex::Female, 0.7, -0.241, 1.012), (Sex::Male, 0.9, -0.302, 1.0)] {
        let at_knee = ckd_epi_2021(kappa, 60.0, sex);
        let expected = 142.0 * 0.9938f64.powf(60.0) * factor;
        assert!((at_knee - expected).abs() < 1e-9, "{sex:?}: {at_knee} vs {expected}");
        let eps = 1e-9;
        assert!((ckd_epi_2021(kappa - eps, 60.0, sex) - at_knee).abs() < 1e-6);
        assert!((ckd_epi_2021(kappa + eps, 60.0, sex) - at_knee).abs() < 1e-6);
        // Half the knee: only the alpha branch moves, by 0.5^alpha.
        let below = ckd_epi_2021(kappa / 2.0, 60.0, sex);
        assert!((below / at_knee - 0.5f64.powf(alpha)).abs() < 1e-9, "{sex:?} below the knee");
        // Twice the knee: only the -1.200 branch, by 2^-1.2.
        let above = ckd_epi_2021(kappa * 2.0, 60.0, sex);
        assert!((above / at_knee - 2f64.powf(-1.2)).abs() < 1e-9, "{sex:?} above the knee");
    }
}

/// KDIGO 2012 category edges: G1 ≥ 90, G2 60-89, G3a 45-59, G3b 30-44, G4 15-29, G5 < 15.
#[test]
fn gfr_categories_change_exactly_at_the_kdigo_edges() {
    use GfrCategory::*;
    let edges = [(90.0, G1, G2), (60.0, G2, G3a), (45.0, G3a, G3b), (30.0, G3b, G4), (15.0, G4, G5)];
    for (edge, at, below) in edges {
        assert_eq!(GfrCategory::from_egfr(edge, false), at, "at {edge}");
        assert_eq!(GfrCategory::from_egfr(edge - 0.01, false), below, "just below {edge}");
        assert_eq!(GfrCategory::from_egfr(edge, true), G5d, "dialysis at {edge}");
    }
    assert_eq!(GfrCategory::from_egfr(150.0, false), G1);
    assert_eq!(GfrCategory::from_egfr(0.0, false), G5);
}

fn profile(json: &str) -> Profile {
    Profile::from_json(json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

#[test]
fn egfr_is_computed_for_adults_only_and_a_reported_one_wins() {
    let computed = profile(
        r#"{"age_years": 55, "sex": "female", "labs": {"serum_creatinine": {"value": 79.56, "unit": "umol/L"}}}"#,
    );
    let e = computed.egfr_used().unwrap();
    // 79.56 µmol/L is 0.9 mg/dL (1 mg/dL = 88.4 µmol/L).
    assert!(
        matches!(e.method, EgfrMethod::CkdEpi2021 { creatinine_mg_dl, .. } if (creatinine_mg_dl - 0.9).abs() < 1e-9)
    );
    assert!((e.value - 75.50).abs() < 0.01);
    assert_eq!(computed.gfr_category(), Some(GfrCategory::G2));

    let both = profile(
        r#"{"age_years": 55, "sex": "female", "labs": {"serum_creatinine": {"value": 0.9, "unit": "mg/dL"},
            "egfr": {"value": 42, "unit": "mL/min/{1.73_m2}"}}}"#,
    );
    assert_eq!(both.egfr_used().map(|e| (e.value, e.method)), Some((42.0, EgfrMethod::Reported)));
    assert_eq!(both.gfr_category(), Some(GfrCategory::G3b));
    let derived = derived_values(&both);
    let egfr = derived.iter().find(|d| d.kind == DerivedKind::Egfr).unwrap();
    assert_eq!((egfr.method, egfr.value), (DerivationMethod::Reported, Some(42.0)));
    assert!(egfr.note.as_deref().unwrap().contains("reported eGFR is used"), "{egfr:?}");

    for json in [
        r#"{"age_years": 17.9, "sex": "female", "labs": {"serum_creatinine": {"value": 0.9, "unit": "mg/dL"}}}"#,
        r#"{"age_years": 40, "labs": {"serum_creatinine": {"value": 0.9, "unit": "mg/dL"}}}"#,
        r#"{"sex": "male", "labs": {"serum_creatinine": {"value": 0.9, "unit": "mg/dL"}}}"#,
        r#"{"age_years": 40, "sex": "male", "labs": {"serum_creatinine": {"value": 0, "unit": "mg/dL"}}}"#,
    ] {
        let p = profile(json);
        assert_eq!(p.egfr_used(), None, "{json}");
        let d = derived_values(&p);
        let egfr = d.iter().find(|d| d.kind == DerivedKind::Egfr).expect("the derived list says why not");
        assert_eq!(egfr.method, DerivationMethod::NotComputed, "{json}");
        assert!(egfr.note.as_deref().unwrap().starts_with("not computed: "), "{json}");
    }
    let child =
        profile(r#"{"age_years": 12, "sex": "male", "labs": {"serum_creatinine": {"value": 0.6, "unit": "mg/dL"}}}"#);
    let d = derived_values(&child);
    assert!(d[0].note.as_deref().unwrap().contains("adults (18 years or more)"), "{:?}", d[0]);
    // Dialysis is G5D even without an eGFR.
    assert_eq!(profile(r#"{"conditions": ["dialysis"]}"#).gfr_category(), Some(GfrCategory::G5d));
    assert_eq!(profile(r#"{"conditions": ["chronic_kidney_disease"]}"#).gfr_category(), None);
}

/// Corrected Ca = measured + 0.8 × (4.0 − albumin g/dL), in the unit calcium was reported in,
/// with the albumin in either unit; a low albumin unmasks hypercalcemia, a high one removes it.
#[test]
fn corrected_calcium_flips_hypercalcemia_with_low_and_high_albumin() {
    let case = |calcium: &str, albumin: &str| {
        profile(&format!(
            r#"{{"age_years": 60, "sex": "female", "labs": {{"serum_calcium": {calcium}, "serum_albumin": {albumin}}}}}"#
        ))
    };
    let low = case(r#"{"value": 10.0, "unit": "mg/dL"}"#, r#"{"value": 30, "unit": "g/L"}"#);
    let c = low.assessed_serum_calcium().unwrap();
    assert!((c.value - 10.8).abs() < 1e-9 && c.albumin_g_dl == Some(3.0), "{c:?}");
    let a = assess(&low).unwrap();
    let f = a.finding(Caution::Hypercalcemia).expect("10.0 measured with albumin 3.0 is 10.8 corrected");
    assert!(
        f.because[0].statement.contains("albumin-corrected: measured 10 mg/dL, albumin 3 g/dL"),
        "{}",
        f.because[0].statement
    );
    assert!(f.sources.contains(&SourceId::MedscapeCalciumCorrection));
    let d = a.derived.iter().find(|d| d.kind == DerivedKind::CorrectedCalcium).unwrap();
    assert_eq!(
        (d.value, d.unit, d.source),
        (Some(c.value), Some(Unit::MilligramPerDecilitre), Some(SourceId::MedscapeCalciumCorrection))
    );
    assert!(d.note.as_deref().unwrap().contains("chronic kidney disease"));
    // Without albumin the same measured calcium is not hypercalcemic.
    let plain = profile(r#"{"labs": {"serum_calcium": {"value": 10.0, "unit": "mg/dL"}}}"#);
    assert!(assess(&plain).unwrap().finding(Caution::Hypercalcemia).is_none());
    // High albumin: 10.6 measured, 5.0 g/dL albumin is 9.8 corrected.
    let high = case(r#"{"value": 10.6, "unit": "mg/dL"}"#, r#"{"value": 5.0, "unit": "g/dL"}"#);
    assert!(assess(&high).unwrap().finding(Caution::Hypercalcemia).is_none());
    // In mmol/L: 2.5 mmol/L measured (10.02 mg/dL) with albumin 30 g/L is 10.82 mg/dL, so
    // above 2.60 mmol/L once converted back.
    let si = case(r#"{"value": 2.5, "unit": "mmol/L"}"#, r#"{"value": 30, "unit": "g/L"}"#);
    let c = si.assessed_serum_calcium().unwrap();
    assert_eq!(c.unit, Unit::MillimolePerLitre);
    assert!((c.value - (10.02 + 0.8) / 4.008).abs() < 1e-9, "{c:?}");
    assert!(assess(&si).unwrap().finding(Caution::Hypercalcemia).is_some());
}

#[test]
fn pth_uses_the_labs_range_in_its_own_unit() {
    let with = |range: &str| profile(&format!(r#"{{"labs": {{"pth": {{"value": 8.1, "unit": "pmol/L"{range}}}}}}}"#));
    let high = with(r#", "reference_range": {"low": 1.6, "high": 6.9}"#);
    let a = assess(&high).unwrap();
    let f = a.finding(Caution::PthAboveReferenceRange).expect("8.1 pmol/L above 6.9 pmol/L");
    let t = f.because[0].threshold.as_ref().unwrap();
    assert_eq!((t.value, t.unit, t.source), (6.9, Unit::PicomolePerLitre, SourceId::LabReport));
    assert!(f.because[0].statement.contains("(range 1.6-6.9 pmol/L)"), "{}", f.because[0].statement);
    let only_low = with(r#", "reference_range": {"low": 1.6}"#);
    let na = assess(&only_low).unwrap();
    let gap = na.not_assessed.iter().find(|n| n.caution == Caution::PthAboveReferenceRange).unwrap();
    assert_eq!(gap.missing, [ProfileField::PthUpperReferenceLimit]);
    let none = with("");
    assert!(assess(&none).unwrap().is_not_assessed(Caution::PthAboveReferenceRange));
    // A range is checked: at least one bound, low at most high, within the lab's maximum.
    for (range, message) in [
        (r#"{}"#, "labs.pth.reference_range: expected at least one of low and high, found neither"),
        (r#"{"low": 10, "high": 5}"#, "labs.pth.reference_range: expected low at most high, found low 10 above high 5"),
        (
            r#"{"high": -1}"#,
            "labs.pth.reference_range.high: expected a finite number greater than or equal to 0, found -1",
        ),
        (r#"{"high": 5000}"#, "labs.pth.reference_range.high: expected a number from 0 to 1100 pmol/L, found 5000"),
        (
            r#"{"high": 5, "unit": "pg/mL"}"#,
            "labs.pth.reference_range.unit: unknown field \"unit\": expected low or high",
        ),
    ] {
        let json = format!(r#"{{"labs": {{"pth": {{"value": 8.1, "unit": "pmol/L", "reference_range": {range}}}}}}}"#);
        let err = Profile::from_json(&json).unwrap_err().to_string();
        assert_eq!(err, message, "{json}");
    }
}

#[test]
fn the_dialysis_example_shows_the_stage_derived_values_and_graded_cautions() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/profiles/dialysis.json")).unwrap();
    let p = profile(&text);
    let a = assess_with(&p, ReferenceStandard::Iom).unwrap();
    let severity = |c: Caution| a.finding(c).map(|f| f.severity);
    assert_eq!(severity(Caution::MagnesiumSupplementWithKidneyDisease), Some(Severity::Critical));
    assert_eq!(severity(Caution::ReducedKidneyFunction), Some(Severity::Warning));
    assert_eq!(severity(Caution::Hyperphosphatemia), Some(Severity::Warning));
    assert_eq!(severity(Caution::Hypermagnesemia), Some(Severity::Warning));
    assert_eq!(severity(Caution::PthAboveReferenceRange), Some(Severity::Info));
    assert_eq!(severity(Caution::CalciumBasedBinderInCkd), Some(Severity::Info));
    let kinds: Vec<DerivedKind> = a.derived.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DerivedKind::Egfr, DerivedKind::GfrCategory, DerivedKind::CorrectedCalcium]);
    assert_eq!(a.derived[1].category, Some(GfrCategory::G5d));
    assert_eq!(a.derived[0].source, Some(SourceId::CkdEpi2021));
}

/// Every v1 document (the sample profiles and 300 generated ones, recorded with the crate
/// before contract v1.1) gives the findings of the v1 cautions it gave then, under both
/// standards — except the one correction that changes a finding: magnesium supplements with
/// chronic kidney disease of unknown stage are now a warning, not critical (graded by
/// stage). New cautions may add findings (a kidney-stone history with a low calcium intake
/// now also says "do not restrict calcium").
#[test]
fn v1_documents_give_unchanged_findings() {
    let fixture = include_str!("fixtures/v1_findings.ndjson");
    // The 24 cautions of v1 come first in declaration order.
    let v1_cautions = &Caution::ALL[..24];
    assert_eq!(v1_cautions.last(), Some(&Caution::DiagnosedCalcificationNeedsEvaluation));
    let mut compared = 0;
    for line in fixture.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let standard: ReferenceStandard = record["standard"].as_str().unwrap().parse().unwrap();
        let p = Profile::from_json(&record["profile"].to_string()).expect("a v1 document stays valid");
        let a = assess_with(&p, standard).unwrap();
        let mut now: Vec<(String, String)> = a
            .findings
            .iter()
            .filter(|f| v1_cautions.contains(&f.caution))
            .map(|f| (f.caution.id().to_owned(), f.severity.id().to_owned()))
            .collect();
        let mut then: Vec<(String, String)> = serde_json::from_value(record["findings"].clone()).unwrap();
        for (caution, severity) in &mut then {
            if caution == Caution::MagnesiumSupplementWithKidneyDisease.id() {
                *severity = Severity::Warning.id().to_owned();
            }
        }
        now.sort();
        then.sort();
        assert_eq!(now, then, "{standard:?}: {}", record["profile"]);
        compared += 1;
    }
    assert_eq!(compared, 612);
}

#[test]
fn the_builder_sets_any_lab_with_its_range_and_refuses_a_non_lab() {
    let range = ReferenceRange::new(Some(15.0), Some(65.0));
    let p = Profile::builder()
        .lab(ProfileField::Pth, LabValue::new(70.0, Unit::PicogramPerMillilitre).with_reference_range(range))
        .lab(ProfileField::Egfr, LabValue::new(50.0, EGFR))
        .build()
        .unwrap();
    assert_eq!(p.lab(ProfileField::Egfr).map(|l| l.value), Some(50.0));
    let err =
        Profile::builder().lab(ProfileField::SodiumIntake, LabValue::new(1.0, Unit::Milligram)).build().unwrap_err();
    assert_eq!(err.to_string(), "intake.sodium: expected a labs.* field for lab(), found a field that is not a lab");
    let err = Profile::builder()
        .lab(ProfileField::Egfr, LabValue::new(50.0, EGFR))
        .lab(ProfileField::Egfr, LabValue::new(40.0, EGFR))
        .build()
        .unwrap_err();
    assert!(err.to_string().starts_with("labs.egfr: expected one value, found it set twice"), "{err}");
}

/// Why an eGFR was not computed, case by case, and the creatinine shown in both units.
#[test]
fn the_derived_egfr_entry_says_exactly_why_and_from_what() {
    let note = |json: &str| {
        let d = derived_values(&profile(json));
        d.iter().find(|d| d.kind == DerivedKind::Egfr).and_then(|d| d.note.as_deref().map(str::to_owned))
    };
    let crea = r#""labs": {"serum_creatinine": {"value": 0.9, "unit": "mg/dL"}}"#;
    assert_eq!(
        note(r#"{"age_years": 40, "sex": "male", "labs": {"serum_creatinine": {"value": 0, "unit": "mg/dL"}}}"#)
            .as_deref(),
        Some("not computed: a serum creatinine of 0 has no eGFR")
    );
    assert_eq!(
        note(&format!(r#"{{"age_years": 17.99, "sex": "male", {crea}}}"#)).as_deref(),
        Some("not computed: CKD-EPI 2021 is for adults (18 years or more); give the lab's eGFR")
    );
    assert_eq!(
        note(&format!(r#"{{"sex": "male", {crea}}}"#)).as_deref(),
        Some("not computed: the equation needs age_years")
    );
    // At exactly 18 the equation applies: without sex, sex is what is missing.
    assert_eq!(
        note(&format!(r#"{{"age_years": 18, {crea}}}"#)).as_deref(),
        Some("not computed: the equation needs sex")
    );
    assert_eq!(note(&format!(r#"{{"age_years": 18, "sex": "female", {crea}}}"#)), None);

    let inputs = |json: &str| {
        let d = derived_values(&profile(json));
        let e = d.into_iter().find(|d| d.kind == DerivedKind::Egfr).unwrap();
        e.inputs.iter().map(|i| (i.field.to_string(), i.value, i.unit)).collect::<Vec<_>>()
    };
    let si = inputs(
        r#"{"age_years": 55, "sex": "female", "labs": {"serum_creatinine": {"value": 79.56, "unit": "umol/L"}}}"#,
    );
    assert_eq!(si.len(), 4, "{si:?}");
    assert_eq!(si[0], ("labs.serum_creatinine".to_owned(), Some(79.56), Some(Unit::MicromolePerLitre)));
    assert_eq!(si[1].2, Some(Unit::MilligramPerDecilitre));
    let mass =
        inputs(r#"{"age_years": 55, "sex": "female", "labs": {"serum_creatinine": {"value": 0.9, "unit": "mg/dL"}}}"#);
    assert_eq!(mass.len(), 3, "given in mg/dL: shown once, {mass:?}");
}

/// A finding on a derived value cites the formula's source even when the rule does not, and
/// its reason says how the value was obtained.
#[test]
fn findings_on_derived_values_cite_and_explain_the_derivation() {
    let computed = profile(
        r#"{"age_years": 60, "sex": "male", "labs": {"serum_creatinine": {"value": 3.0, "unit": "mg/dL"}},
            "intake": {"magnesium_supplement": {"amount": 50, "unit": "mg"}}}"#,
    );
    let a = assess(&computed).unwrap();
    let f = a.finding(Caution::MagnesiumSupplementWithKidneyDisease).expect("eGFR about 22 with a supplement");
    assert!(!Caution::MagnesiumSupplementWithKidneyDisease.rule().sources.contains(&SourceId::CkdEpi2021));
    assert!(f.sources.contains(&SourceId::CkdEpi2021), "{:?}", f.sources);
    let reason =
        f.because.iter().find(|r| r.observed.as_ref().is_some_and(|o| o.field == ProfileField::EgfrUsed)).unwrap();
    assert!(
        reason.statement.contains("(CKD-EPI 2021 from serum creatinine 3 mg/dL, 60 years, male)"),
        "{}",
        reason.statement
    );
    let reported = profile(
        r#"{"labs": {"egfr": {"value": 25, "unit": "mL/min/{1.73_m2}"}}, "intake": {"magnesium_supplement": {"amount": 50, "unit": "mg"}}}"#,
    );
    let a = assess(&reported).unwrap();
    let f = a.finding(Caution::MagnesiumSupplementWithKidneyDisease).unwrap();
    assert!(!f.sources.contains(&SourceId::CkdEpi2021), "a reported eGFR cites no formula");
    assert!(f.because.iter().any(|r| r.statement.contains("eGFR 25 mL/min/1.73 m² (reported by the lab)")));
    // Lithium's severity rises with hypercalcemia found on the corrected calcium: Medscape is
    // cited though the lithium rule does not name it.
    let lithium = profile(
        r#"{"medications": ["lithium"], "labs": {"serum_calcium": {"value": 10.0, "unit": "mg/dL"},
            "serum_albumin": {"value": 3.0, "unit": "g/dL"}}}"#,
    );
    let a = assess(&lithium).unwrap();
    let f = a.finding(Caution::LithiumHypercalcemiaRisk).unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert!(!Caution::LithiumHypercalcemiaRisk.rule().sources.contains(&SourceId::MedscapeCalciumCorrection));
    assert!(f.sources.contains(&SourceId::MedscapeCalciumCorrection), "{:?}", f.sources);
    let plain = profile(r#"{"medications": ["lithium"], "labs": {"serum_calcium": {"value": 10.8, "unit": "mg/dL"}}}"#);
    let f = assess(&plain).unwrap().finding(Caution::LithiumHypercalcemiaRisk).cloned().unwrap();
    assert!(!f.sources.contains(&SourceId::MedscapeCalciumCorrection), "not corrected: no correction cited");
    // K1 + K2 with K2 from supplements alone: the K2 part is a lower bound, and says so.
    let k = profile(
        r#"{"medications": ["vitamin_k_antagonist"], "intake": {"vitamin_k1": {"amount": 40, "unit": "ug"}},
            "supplements": [{"nutrient": "vitamin_k2", "amount": 10, "unit": "ug"}]}"#,
    );
    let f = assess(&k).unwrap().finding(Caution::VitaminKWithAnticoagulant).cloned().unwrap();
    let r = f
        .because
        .iter()
        .find(|r| r.observed.as_ref().is_some_and(|o| o.field == ProfileField::VitaminKIntake))
        .unwrap();
    assert!(r.statement.contains("(K1 40 µg; K2 at least 10 µg)"), "{}", r.statement);
}
