//! Supplement lists (DESIGN.md "Contract v1.1"): sums across units, what a sum tells when the
//! total intake is not reported (a lower bound, in the three-valued logic), the errors for
//! supplements that contradict the profile, and the builder's add semantics.
//!
//! Reference figures are those of `tests/boundaries.rs` for a woman of 52 (IOM): vitamin D
//! RDA 15 µg and UL 100 µg (IOM 2011), calcium RDA 1,200 mg and UL 2,000 mg (IOM 2011),
//! magnesium RDA 320 mg and supplement UL 350 mg (IOM 1997), vitamin K AI 90 µg (IOM 2001).

use calcification::{
    Caution, Condition, Evaluator, Interval, K2Form, Medication, Nutrient, Profile, ProfileField, RULES,
    ReferenceStandard, Severity, Supplement, Term, Truth, Unit, assess, assess_with, caution_sets,
};
use proptest::prelude::*;

use Caution as C;
use ProfileField as P;

/// A woman of 52 with these supplements (and these extra top-level JSON members).
fn woman_with(supplements: &str, extra: &str) -> Profile {
    let json = format!(r#"{{"age_years": 52, "sex": "female", "supplements": [{supplements}]{extra}}}"#);
    Profile::from_json(&json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

fn product(nutrient: &str, amount: f64, unit: &str) -> String {
    format!(r#"{{"nutrient": "{nutrient}", "amount": {amount}, "unit": "{unit}"}}"#)
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Fired,
    NotFired,
    NotAssessed(Vec<ProfileField>),
}

/// The caution's outcome by the explained assessment, checked against the fast path and the
/// interpreter.
fn outcome(profile: &Profile, caution: Caution) -> Outcome {
    let assessment = assess(profile).unwrap();
    let sets = caution_sets(profile, ReferenceStandard::Iom).unwrap();
    let truth = Evaluator::new(profile, ReferenceStandard::Iom).rule(caution.rule());
    let out = if assessment.finding(caution).is_some() {
        Outcome::Fired
    } else if let Some(gap) = assessment.not_assessed.iter().find(|n| n.caution == caution) {
        Outcome::NotAssessed(gap.missing.iter().collect())
    } else {
        Outcome::NotFired
    };
    let expected_truth = match out {
        Outcome::Fired => Truth::True,
        Outcome::NotFired => Truth::False,
        Outcome::NotAssessed(_) => Truth::Unknown,
    };
    assert_eq!(truth, expected_truth, "{}: interpreter disagrees with the assessment", caution.id());
    assert_eq!(sets.fired.contains(caution), out == Outcome::Fired, "{}: fast path (fired)", caution.id());
    assert_eq!(
        sets.not_assessed.contains(caution),
        matches!(out, Outcome::NotAssessed(_)),
        "{}: fast path (not assessed)",
        caution.id()
    );
    out
}

#[test]
fn sums_convert_units() {
    let p = woman_with(&[product("vitamin_d", 2000.0, "[iU]"), product("vitamin_d", 25.0, "ug")].join(","), "");
    let sum = p.supplement_sum(Nutrient::VitaminD).unwrap();
    assert_eq!((sum.total, sum.unit, sum.parts.len()), (75.0, Unit::Microgram, 2));
    let p = woman_with(&[product("calcium", 0.5, "g"), product("calcium", 100.0, "mg")].join(","), "");
    assert_eq!(p.supplement_sum(Nutrient::Calcium).unwrap().total, 600.0);
    assert_eq!(p.interval(P::CalciumIntake), Some(Interval::at_least(600.0)));
    // mcg is an alias of ug; µg too.
    let p = woman_with(&[product("vitamin_k2", 50.0, "mcg"), product("vitamin_k2", 0.05, "mg")].join(","), "");
    assert_eq!(p.supplement_sum(Nutrient::VitaminK2).unwrap().total, 100.0);
    assert_eq!(p.supplement_sum(Nutrient::Magnesium), None);
}

#[test]
fn a_calcium_tablet_alone_is_not_below_the_rda() {
    // The new user's report: 600 mg of calcium from a tablet, food unknown.
    let p = woman_with(&product("calcium", 600.0, "mg"), "");
    assert_eq!(outcome(&p, C::CalciumIntakeBelowRda), Outcome::NotAssessed(vec![P::CalciumIntake]));
    assert!(assess(&p).unwrap().finding(C::CalciumIntakeBelowRda).is_none());
}

#[test]
fn two_vitamin_d_products_fire_the_upper_limit_and_show_both_parts() {
    let p = woman_with(
        r#"{"nutrient": "vitamin_d", "amount": 2000, "unit": "[iU]", "label": "D3 drops"},
           {"nutrient": "vitamin_d", "amount": 3000, "unit": "IU", "label": "multivitamin"}"#,
        "",
    );
    let a = assess(&p).unwrap();
    let f = a.finding(C::VitaminDAboveUpperLimit).expect("5,000 IU from two products exceeds 4,000 IU");
    assert_eq!(f.severity, Severity::Warning);
    let reason = &f.because[0];
    assert_eq!(
        reason.statement,
        "Vitamin D intake at least 125 µg (from supplements: 2000 IU (D3 drops) + 3000 IU (multivitamin) = 125 µg; \
         food not reported) is above the vitamin D UL of 100 µg (IOM 2011, 9 years and over)"
    );
    let observed = reason.observed.as_ref().unwrap();
    assert!(observed.at_least);
    assert_eq!(observed.supplements.len(), 2);
    assert_eq!(observed.supplements[1].product.label.as_deref(), Some("multivitamin"));
    assert_eq!((observed.value, observed.unit), (125.0, Unit::Microgram));
}

/// Each upper-limit caution from supplements alone (food not reported): the sum just above
/// the limit fires; at or below it, the total could still be anything above, so not assessed.
#[test]
fn lower_bounds_at_upper_limits() {
    for (caution, nutrient, unit, limit, field) in [
        (C::VitaminDAboveUpperLimit, "vitamin_d", "ug", 100.0, P::VitaminDIntake),
        (C::CalciumAboveUpperLimit, "calcium", "mg", 2000.0, P::CalciumIntake),
    ] {
        let at = |amount: f64| outcome(&woman_with(&product(nutrient, amount, unit), ""), caution);
        assert_eq!(at(limit + 0.01), Outcome::Fired, "{}", caution.id());
        assert_eq!(at(limit), Outcome::NotAssessed(vec![field]), "{} at the limit", caution.id());
        assert_eq!(at(limit - 0.01), Outcome::NotAssessed(vec![field]), "{} below", caution.id());
    }
}

/// Each below-target caution from supplements alone: below the target the food could make up
/// the rest (not assessed, needing the total); at or above it the total cannot be below.
#[test]
fn lower_bounds_at_intake_targets() {
    for (caution, nutrient, target, field) in [
        (C::VitaminDIntakeBelowRda, "vitamin_d", 15.0, P::VitaminDIntake),
        (C::CalciumIntakeBelowRda, "calcium", 1200.0, P::CalciumIntake),
        (C::MagnesiumIntakeBelowRda, "magnesium", 320.0, P::MagnesiumIntake),
        (C::VitaminK2Low, "vitamin_k2", 90.0, P::VitaminK2Intake),
    ] {
        let unit = if nutrient == "calcium" || nutrient == "magnesium" { "mg" } else { "ug" };
        let at = |amount: f64| outcome(&woman_with(&product(nutrient, amount, unit), ""), caution);
        assert_eq!(at(target - 0.01), Outcome::NotAssessed(vec![field]), "{} below", caution.id());
        assert_eq!(at(target), Outcome::NotFired, "{} at the target", caution.id());
        assert_eq!(at(target + 0.01), Outcome::NotFired, "{} above", caution.id());
    }
}

/// The magnesium UL applies to supplements only, so listed magnesium products are the exact
/// supplemental intake: every case is decided.
#[test]
fn listed_magnesium_is_the_exact_supplemental_intake() {
    let at = |amount: f64| {
        outcome(&woman_with(&product("magnesium", amount, "mg"), ""), C::MagnesiumSupplementAboveUpperLimit)
    };
    assert_eq!(at(350.01), Outcome::Fired);
    assert_eq!(at(350.0), Outcome::NotFired);
    assert_eq!(at(349.99), Outcome::NotFired);
    let p = woman_with(&product("magnesium", 200.0, "mg"), "");
    assert_eq!(p.interval(P::MagnesiumSupplement), Some(Interval::exact(200.0)));
    let ckd = woman_with(&product("magnesium", 0.01, "mg"), r#", "conditions": ["chronic_kidney_disease"]"#);
    assert_eq!(outcome(&ckd, C::MagnesiumSupplementWithKidneyDisease), Outcome::Fired);
    let none = woman_with(&product("magnesium", 0.0, "mg"), r#", "conditions": ["chronic_kidney_disease"]"#);
    assert_eq!(outcome(&none, C::MagnesiumSupplementWithKidneyDisease), Outcome::NotFired);
}

/// Rules that combine a lower bound with other atoms: Kleene logic decides them.
#[test]
fn lower_bounds_inside_combined_rules() {
    // D above the UL from supplements, K2 reported as 0: the "double-edged sword" fires.
    let p =
        woman_with(&product("vitamin_d", 100.01, "ug"), r#", "intake": {"vitamin_k2": {"amount": 0, "unit": "ug"}}"#);
    assert_eq!(outcome(&p, C::VitaminDExcessWithoutK2), Outcome::Fired);
    // ... but a K2 product of at least the AI rules it out, whatever the food.
    let p = woman_with(&[product("vitamin_d", 150.0, "ug"), product("vitamin_k2", 90.0, "ug")].join(","), "");
    assert_eq!(outcome(&p, C::VitaminDExcessWithoutK2), Outcome::NotFired);
    // A vitamin D product above the RDA with a thiazide fires; at the RDA it is undecided.
    let thiazide = r#", "medications": ["thiazide_diuretic"]"#;
    assert_eq!(
        outcome(&woman_with(&product("vitamin_d", 15.01, "ug"), thiazide), C::VitaminDWithThiazide),
        Outcome::Fired
    );
    assert_eq!(
        outcome(&woman_with(&product("vitamin_d", 15.0, "ug"), thiazide), C::VitaminDWithThiazide),
        Outcome::NotAssessed(vec![P::VitaminDIntake])
    );
    // Any K2 product above 0 with a vitamin K antagonist.
    let vka = r#", "medications": ["vitamin_k_antagonist"]"#;
    let k2 = r#"{"nutrient": "vitamin_k2", "form": "mk7", "amount": 100, "unit": "ug"}"#;
    assert_eq!(outcome(&woman_with(k2, vka), C::VitaminKWithAnticoagulant), Outcome::Fired);
    assert_eq!(
        outcome(&woman_with(&product("vitamin_k2", 0.0, "ug"), vka), C::VitaminKWithAnticoagulant),
        Outcome::NotAssessed(vec![P::VitaminK2Intake, P::VitaminK1Intake])
    );
}

#[test]
fn a_reported_total_is_used_as_given() {
    // With intake.calcium reported, the supplements are part of it: the total decides.
    let p = woman_with(&product("calcium", 600.0, "mg"), r#", "intake": {"calcium": {"amount": 900, "unit": "mg"}}"#);
    assert_eq!(p.interval(P::CalciumIntake), Some(Interval::exact(900.0)));
    assert_eq!(outcome(&p, C::CalciumIntakeBelowRda), Outcome::Fired);
    let assessment = assess(&p).unwrap();
    let reason = &assessment.finding(C::CalciumIntakeBelowRda).unwrap().because[0];
    assert!(reason.observed.as_ref().unwrap().supplements.is_empty(), "the sum was not used");
}

fn error(json: &str) -> String {
    Profile::from_json(json).map(|_| ()).unwrap_err().to_string()
}

#[test]
fn contradictions_are_errors_that_name_the_path() {
    assert_eq!(
        error(
            r#"{"intake": {"vitamin_d": {"amount": 50, "unit": "ug"}}, "supplements": [
                {"nutrient": "vitamin_d", "amount": 2000, "unit": "[iU]"}, {"nutrient": "vitamin_d", "amount": 25, "unit": "ug"}]}"#
        ),
        "supplements: expected the vitamin_d supplements to add up to at most intake.vitamin_d (the total from all \
         sources, 50 ug), found 75 ug"
    );
    // At the total is fine.
    assert!(Profile::from_json(
        r#"{"intake": {"vitamin_d": {"amount": 75, "unit": "ug"}}, "supplements": [
            {"nutrient": "vitamin_d", "amount": 2000, "unit": "[iU]"}, {"nutrient": "vitamin_d", "amount": 25, "unit": "ug"}]}"#
    )
    .is_ok());
    assert_eq!(
        error(
            r#"{"intake": {"magnesium_supplement": {"amount": 100, "unit": "mg"}},
                "supplements": [{"nutrient": "calcium", "amount": 1, "unit": "mg"}, {"nutrient": "magnesium", "amount": 100, "unit": "mg"}]}"#
        ),
        "intake.magnesium_supplement: expected supplemental magnesium once, found it both here and in supplements[1] \
         (list it in one place)"
    );
    assert_eq!(
        error(
            r#"{"supplements": [{"nutrient": "calcium", "amount": 1, "unit": "mg"}, {"nutrient": "magnesium", "amount": 100, "unit": "[iU]"}]}"#
        ),
        r#"supplements[1].unit: expected one of ug, mg, g, found "[iU]""#
    );
    assert_eq!(
        error(r#"{"supplements": [{"nutrient": "magnesium", "amount": 100, "unit": "mg", "form": "mk7"}]}"#),
        r#"supplements[0].form: expected no form for magnesium (forms are for vitamin_k2), found "mk7""#
    );
    assert_eq!(
        error(r#"{"supplements": [{"nutrient": "calcium", "amount": 1e6, "unit": "mg"}]}"#),
        "supplements[0].amount: expected a number from 0 to 20000 mg, found 1000000"
    );
}

#[test]
fn malformed_supplements_are_errors_that_name_the_path() {
    let cases = [
        (r#"{"supplements": {"nutrient": "calcium"}}"#, "supplements"),
        (r#"{"supplements": [{"nutrient": "iron", "amount": 1, "unit": "mg"}]}"#, "supplements[0].nutrient"),
        (r#"{"supplements": [{"nutrient": "calcium", "amount": -1, "unit": "mg"}]}"#, "supplements[0].amount"),
        (r#"{"supplements": [{"nutrient": "calcium", "amount": 1, "unit": "mg/dL"}]}"#, "supplements[0].unit"),
        (r#"{"supplements": [{"nutrient": "calcium", "amount": 1}]}"#, "supplements[0]"),
        (
            r#"{"supplements": [{"nutrient": "calcium", "amount": 1, "unit": "mg", "brand": "x"}]}"#,
            "supplements[0].brand",
        ),
        (r#"{"supplements": [[1]]}"#, "supplements[0]"),
    ];
    for (json, path) in cases {
        let message = error(json);
        assert!(message.starts_with(&format!("{path}: ")), "{json}: {message}");
        assert!(message.contains("expected"), "{json}: {message}");
    }
    // null is "none listed".
    assert!(Profile::from_json(r#"{"supplements": null}"#).unwrap().supplements.is_empty());
}

#[test]
fn the_builder_adds_supplements_and_refuses_a_total_set_twice() {
    let p = Profile::builder()
        .age_years(52.0)
        .sex(calcification::Sex::Female)
        .supplement(Supplement::new(Nutrient::VitaminD, 2000.0, Unit::InternationalUnit).with_label("D3 drops"))
        .supplement(Supplement::new(Nutrient::VitaminD, 3000.0, Unit::InternationalUnit))
        .supplement(Supplement::new(Nutrient::VitaminK2, 100.0, Unit::Microgram).with_form(K2Form::Mk7))
        .build()
        .unwrap();
    assert_eq!(p.supplements.len(), 3);
    assert_eq!(p.supplement_sum(Nutrient::VitaminD).unwrap().total, 125.0);
    assert_eq!(outcome(&p, C::VitaminDAboveUpperLimit), Outcome::Fired);
    for (built, path) in [
        (Profile::builder().calcium(500.0, Unit::Milligram).calcium(700.0, Unit::Milligram).build(), "intake.calcium"),
        (Profile::builder().age_years(30.0).age_years(40.0).build(), "age_years"),
        (
            Profile::builder()
                .serum_calcium(9.0, Unit::MilligramPerDecilitre)
                .serum_calcium(9.5, Unit::MilligramPerDecilitre)
                .build(),
            "labs.serum_calcium",
        ),
    ] {
        assert!(built.unwrap_err().to_string().starts_with(&format!("{path}: expected one value")), "{path}");
    }
    // Builder validation covers the list.
    let bad = Profile::builder().supplement(Supplement::new(Nutrient::Calcium, 5.0, Unit::InternationalUnit)).build();
    assert_eq!(bad.unwrap_err().to_string(), r#"supplements[0].unit: expected one of ug, mg, g, found "[iU]""#);
}

#[test]
fn supplements_round_trip_through_json() {
    let p = woman_with(
        r#"{"nutrient": "vitamin_k2", "form": "mk4", "amount": 45, "unit": "ug", "label": "MK-4 caps"}"#,
        "",
    );
    assert_eq!(Profile::from_json(&p.to_json()).unwrap(), p);
}

fn supplement() -> impl Strategy<Value = Supplement> {
    (prop::sample::select(Nutrient::ALL.to_vec()), 0.0..3000.0f64, any::<bool>()).prop_map(|(n, amount, iu)| {
        let unit = match n {
            Nutrient::VitaminD if iu => Unit::InternationalUnit,
            Nutrient::VitaminD | Nutrient::VitaminK2 | Nutrient::VitaminK1 => Unit::Microgram,
            _ => Unit::Milligram,
        };
        Supplement::new(n, amount, unit)
    })
}

proptest! {
    /// With supplements only (no totals), the fast path agrees with the interpreter on every
    /// rule, and no below-target caution ever fires: the food is unknown.
    #[test]
    fn supplements_alone_never_show_an_intake_below_its_target(
        list in prop::collection::vec(supplement(), 0..6),
        age in 1.0..90.0f64,
        female in any::<bool>(),
        conditions in prop::sample::subsequence(vec![Condition::ChronicKidneyDisease, Condition::GranulomatousDisease], 0..=2),
        medications in prop::sample::subsequence(vec![Medication::VitaminKAntagonist, Medication::ThiazideDiuretic], 0..=2),
    ) {
        let mut b = Profile::builder().age_years(age).sex(if female { calcification::Sex::Female } else { calcification::Sex::Male });
        for s in list { b = b.supplement(s); }
        for c in conditions { b = b.condition(c); }
        for m in medications { b = b.medication(m); }
        let p = b.build().unwrap();
        let eval = Evaluator::new(&p, ReferenceStandard::Iom);
        let sets = eval.caution_sets();
        for rule in RULES {
            let t = eval.rule(rule);
            prop_assert_eq!(sets.fired.contains(rule.caution), t == Truth::True, "{}", rule.id());
            prop_assert_eq!(sets.not_assessed.contains(rule.caution), t == Truth::Unknown, "{}", rule.id());
        }
        let a = assess_with(&p, ReferenceStandard::Iom).unwrap();
        for c in [C::VitaminDIntakeBelowRda, C::CalciumIntakeBelowRda, C::MagnesiumIntakeBelowRda, C::VitaminK2Low] {
            prop_assert!(a.finding(c).is_none(), "{} fired from supplements alone", c.id());
        }
    }
}

/// The profile schema says what the parser says about supplements: units per nutrient,
/// maxima per unit, forms for vitamin K2 only.
#[cfg(feature = "schema")]
#[test]
fn the_schema_agrees_with_the_parser_on_supplements() {
    let schema = calcification::schema::profile_schema().to_value();
    let validator = jsonschema::draft202012::new(&schema).expect("schema compiles");
    let cases = [
        r#"{"supplements": [{"nutrient": "vitamin_d", "amount": 2000, "unit": "[iU]", "label": "D3 drops"}]}"#,
        r#"{"supplements": [{"nutrient": "vitamin_k2", "form": "mk7", "amount": 100, "unit": "mcg"}]}"#,
        r#"{"supplements": null}"#,
        r#"{"supplements": [{"nutrient": "magnesium", "amount": 100, "unit": "[iU]"}]}"#,
        r#"{"supplements": [{"nutrient": "magnesium", "amount": 100, "unit": "mg", "form": "mk4"}]}"#,
        r#"{"supplements": [{"nutrient": "calcium", "amount": 20001, "unit": "mg"}]}"#,
        r#"{"supplements": [{"nutrient": "calcium", "amount": 20.001, "unit": "g"}]}"#,
        r#"{"supplements": [{"nutrient": "calcium", "amount": 1, "unit": "mg", "brand": "x"}]}"#,
        r#"{"supplements": [{"nutrient": "calcium", "amount": 1}]}"#,
    ];
    for json in cases {
        let parsed = Profile::from_json(json);
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(validator.is_valid(&value), parsed.is_ok(), "{json}: schema and parser disagree ({parsed:?})");
    }
}
