//! Properties of the assessment that must hold for every valid profile.
//!
//! The strategy generates arbitrary valid profiles: every field optional, ages 0-130
//! (fractional, with the life-stage boundaries over-represented), every accepted unit of each
//! field, amounts up to the field's maximum in that unit (with the reference thresholds and
//! their neighbours over-represented), supplemental magnesium no larger than the total, no
//! pregnancy or lactation with sex `male`, and ectopic calcification kinds only.
//!
//! Properties:
//! - (a) removing a field never makes a caution fire that did not fire before;
//! - (b) raising an intake never removes an upper-limit finding, lowering one never removes a
//!   below-RDA finding;
//! - (c) the same vitamin D dose in µg and in IU gives the same result;
//! - (d) assessment never panics, summaries are short, findings are ordered, and the fast
//!   path agrees with the explained assessment;
//! - (e) Kleene sanity: fired and not assessed are disjoint, and every not-assessed caution
//!   says what it lacks.

use calcification::{
    Assessment, Atom, CalcificationKind, Caution, CautionSets, Comparison, Condition, Diet, Dose, Intervention,
    LabValue, Medication, Profile, ProfileBuilder, ProfileField, ReferenceStandard, ReproductiveStatus, Sex, Term,
    Threshold, Unit, assess_with, caution_sets,
};
use proptest::prelude::*;

use Caution as C;
use ProfileField as P;

const STANDARDS: [ReferenceStandard; 2] = [ReferenceStandard::Iom, ReferenceStandard::Efsa];

// ---------------------------------------------------------------------------------------
// The strategy.

/// Ages where some reference value changes, and their neighbours.
const AGES: &[f64] = &[
    0.0, 0.49, 0.5, 0.99, 1.0, 3.99, 4.0, 4.99, 5.0, 8.99, 9.0, 10.0, 10.99, 11.0, 13.0, 13.99, 14.0, 17.0, 17.99,
    18.0, 18.99, 19.0, 25.0, 30.99, 31.0, 50.0, 50.99, 51.0, 70.0, 70.99, 71.0, 90.0, 130.0,
];

fn age() -> impl Strategy<Value = f64> {
    prop_oneof![0.0..=130.0f64, prop::sample::select(AGES)]
}

/// A value in `[0, max]` in a canonical unit: anywhere, exactly 0, or at or next to one of
/// the `thresholds`.
fn canonical(max: f64, thresholds: &'static [f64], step: f64) -> impl Strategy<Value = f64> {
    prop_oneof![
        3 => 0.0..=max,
        1 => Just(0.0),
        2 => (prop::sample::select(thresholds), -1i8..=1)
            .prop_map(move |(t, k)| (t + f64::from(k) * step).clamp(0.0, max)),
    ]
}

/// A canonical value expressed in one of `units` (the first is the canonical unit of `field`).
fn in_unit(value: impl Strategy<Value = f64>, units: &'static [Unit]) -> impl Strategy<Value = (f64, Unit)> {
    in_field_unit(value, None, units)
}

/// As [`in_unit`], converting by the field's substance (mass and molar units).
fn in_field_unit(
    value: impl Strategy<Value = f64>,
    field: Option<ProfileField>,
    units: &'static [Unit],
) -> impl Strategy<Value = (f64, Unit)> {
    (value, prop::sample::select(units)).prop_map(move |(v, unit)| {
        let converted = match field {
            Some(f) => f.convert(v, units[0], unit),
            None => units[0].convert(v, unit),
        };
        (converted.expect("units of one field convert"), unit)
    })
}

/// A lab of `field` near its thresholds, in any of its units.
fn lab_near(field: ProfileField, thresholds: &'static [f64]) -> impl Strategy<Value = Quantity> {
    opt(in_field_unit(canonical(max_of(field), thresholds, 0.01), Some(field), field.accepted_units()))
}

const MASS: &[Unit] = &[Unit::Milligram, Unit::Microgram, Unit::Gram];
const MASS_UG: &[Unit] = &[Unit::Microgram, Unit::Milligram, Unit::Gram];
const VITAMIN_D_UNITS: &[Unit] = &[Unit::Microgram, Unit::Milligram, Unit::Gram, Unit::InternationalUnit];

const VITAMIN_D_THRESHOLDS: &[f64] = &[10.0, 15.0, 20.0, 25.0, 35.0, 38.0, 50.0, 63.0, 75.0, 100.0];
const VITAMIN_K_THRESHOLDS: &[f64] = &[0.0, 2.0, 2.5, 30.0, 55.0, 60.0, 75.0, 90.0, 120.0];
const MAGNESIUM_THRESHOLDS: &[f64] =
    &[30.0, 65.0, 75.0, 80.0, 110.0, 130.0, 240.0, 310.0, 320.0, 350.0, 360.0, 400.0, 410.0, 420.0];
const CALCIUM_THRESHOLDS: &[f64] = &[200.0, 260.0, 700.0, 1000.0, 1200.0, 1300.0, 1500.0, 2000.0, 2500.0, 3000.0];
const SERUM_CALCIUM_THRESHOLDS: &[f64] = &[10.4];
const CALCIDIOL_THRESHOLDS: &[f64] = &[12.0, 20.0, 50.0, 150.0];
const FLUID_THRESHOLDS: &[f64] = &[1.6, 1.84, 2.0, 2.16, 2.5];
const ACTIVITY_THRESHOLDS: &[f64] = &[150.0, 420.0];

/// The largest accepted value of a quantity field in its canonical unit (QUANTITY_LIMITS).
fn max_of(field: ProfileField) -> f64 {
    field.canonical().expect("a quantity field").1
}

/// Vitamin D in µg as a multiple of 0.25, so that `amount * 40` IU is exact.
fn vitamin_d_quarters() -> impl Strategy<Value = f64> {
    let max_quarters = (max_of(P::VitaminDIntake) * 4.0) as u32;
    prop_oneof![
        3 => (0..=max_quarters).prop_map(|q| f64::from(q) / 4.0),
        2 => (prop::sample::select(VITAMIN_D_THRESHOLDS), -1i8..=1).prop_map(|(t, k)| t + f64::from(k) * 0.25),
    ]
}

fn opt<T: std::fmt::Debug + Clone>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    prop::option::weighted(0.7, s)
}

fn ectopic_kinds() -> Vec<CalcificationKind> {
    CalcificationKind::all().filter(|k| k.is_ectopic()).collect()
}

fn subset<T: Clone + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Vec<T>> {
    prop::sample::subsequence(all, 0..=all.len())
}

type Quantity = Option<(f64, Unit)>;

fn profile() -> impl Strategy<Value = Profile> {
    let who = (opt(age()), opt(prop::sample::select(Sex::ALL)), opt(prop::sample::select(ReproductiveStatus::ALL)));
    let intake = (
        opt(in_unit(vitamin_d_quarters(), VITAMIN_D_UNITS)),
        opt(in_unit(canonical(max_of(P::VitaminK2Intake), VITAMIN_K_THRESHOLDS, 0.01), MASS_UG)),
        opt(in_unit(canonical(max_of(P::MagnesiumIntake), MAGNESIUM_THRESHOLDS, 0.01), MASS)),
        opt(in_unit(canonical(max_of(P::MagnesiumSupplement), MAGNESIUM_THRESHOLDS, 0.01), MASS)),
        opt(in_unit(canonical(max_of(P::CalciumIntake), CALCIUM_THRESHOLDS, 0.01), MASS)),
    );
    let labs = (
        lab_near(P::SerumCalcium, SERUM_CALCIUM_THRESHOLDS),
        lab_near(P::Serum25HydroxyvitaminD, CALCIDIOL_THRESHOLDS),
    );
    // Contract v1.1 fields, near their thresholds.
    let v11 = (
        opt(in_unit(canonical(max_of(P::VitaminK1Intake), VITAMIN_K_THRESHOLDS, 0.01), MASS_UG)),
        opt(in_unit(canonical(max_of(P::PhosphorusIntake), PHOSPHORUS_THRESHOLDS, 0.01), MASS)),
        opt(in_unit(canonical(max_of(P::SodiumIntake), &[2300.0], 0.01), MASS)),
        lab_near(P::SerumAlbumin, &[3.0, 4.0, 5.0]),
        lab_near(P::IonizedCalcium, &[5.2, 5.21]),
        lab_near(P::SerumPhosphate, &[4.5, 4.4907]),
        lab_near(P::SerumMagnesium, &[1.8, 2.6, 1.823, 2.553]),
        lab_near(P::SerumCreatinine, &[0.7, 0.9, 1.2, 4.0]),
        lab_near(P::Egfr, &[15.0, 30.0, 45.0, 60.0, 90.0]),
    );
    let habits = (
        opt(canonical(20.0, FLUID_THRESHOLDS, 0.01)),
        opt(canonical(10080.0, ACTIVITY_THRESHOLDS, 0.5)),
        opt(prop::sample::select(Diet::ALL)),
    );
    let lists = (
        subset(Medication::ALL),
        subset(Condition::ALL),
        prop::sample::subsequence(ectopic_kinds(), 0..=ectopic_kinds().len()),
        subset(Intervention::ALL),
    );
    (who, intake, labs, habits, lists, v11).prop_map(|(who, intake, labs, habits, lists, v11)| {
        let (k1, phosphorus, sodium, albumin, ionized, phosphate, magnesium, creatinine, egfr) = v11;
        let extra = vec![
            (P::VitaminK1Intake, k1),
            (P::PhosphorusIntake, phosphorus),
            (P::SodiumIntake, sodium),
            (P::SerumAlbumin, albumin),
            (P::IonizedCalcium, ionized),
            (P::SerumPhosphate, phosphate),
            (P::SerumMagnesium, magnesium),
            (P::SerumCreatinine, creatinine),
            (P::Egfr, egfr),
        ];
        build(who, intake, labs, habits, lists, extra)
    })
}

const PHOSPHORUS_THRESHOLDS: &[f64] =
    &[100.0, 160.0, 275.0, 460.0, 500.0, 550.0, 700.0, 1250.0, 3000.0, 3500.0, 4000.0];

type Who = (Option<f64>, Option<Sex>, Option<ReproductiveStatus>);
type Intakes = (Quantity, Quantity, Quantity, Quantity, Quantity);
type Lists = (Vec<Medication>, Vec<Condition>, Vec<CalcificationKind>, Vec<Intervention>);

fn build(
    (age, sex, status): Who,
    (vitamin_d, vitamin_k2, magnesium, magnesium_supplement, calcium): Intakes,
    (serum_calcium, calcidiol): (Quantity, Quantity),
    (fluid, activity, diet): (Option<f64>, Option<f64>, Option<Diet>),
    (medications, conditions, calcifications, considering): Lists,
    extra: Vec<(ProfileField, Quantity)>,
) -> Profile {
    let mut b = Profile::builder();
    if let Some(a) = age {
        b = b.age_years(a);
    }
    if let Some(s) = sex {
        b = b.sex(s);
    }
    // No pregnancy or lactation with sex male.
    if let Some(s) = status.filter(|_| sex != Some(Sex::Male)) {
        b = b.reproductive_status(s);
    }
    // Supplemental magnesium is at most the total: when the generated supplement is larger,
    // it becomes the total itself (same amount, same unit).
    let magnesium_supplement = match (magnesium, magnesium_supplement) {
        (Some(total), Some(supp)) if canonical_mg(supp) > canonical_mg(total) => Some(total),
        (_, supp) => supp,
    };
    type Set = fn(ProfileBuilder, f64, Unit) -> ProfileBuilder;
    for (q, set) in [
        (vitamin_d, ProfileBuilder::vitamin_d as Set),
        (vitamin_k2, ProfileBuilder::vitamin_k2),
        (magnesium, ProfileBuilder::magnesium),
        (magnesium_supplement, ProfileBuilder::magnesium_supplement),
        (calcium, ProfileBuilder::calcium),
        (serum_calcium, ProfileBuilder::serum_calcium),
        (calcidiol, ProfileBuilder::serum_25_hydroxyvitamin_d),
    ] {
        if let Some((amount, unit)) = q {
            b = set(b, amount, unit);
        }
    }
    for (field, q) in extra {
        if let Some((v, unit)) = q {
            b = match field {
                P::VitaminK1Intake => b.vitamin_k1(v, unit),
                P::PhosphorusIntake => b.phosphorus(v, unit),
                P::SodiumIntake => b.sodium(v, unit),
                lab => b.lab(lab, LabValue::new(v, unit)),
            };
        }
    }
    if let Some(f) = fluid {
        b = b.fluid_litres_per_day(f);
    }
    if let Some(a) = activity {
        b = b.activity_minutes_per_week(a);
    }
    if let Some(d) = diet {
        b = b.diet(d);
    }
    for m in medications {
        b = b.medication(m);
    }
    for c in conditions {
        b = b.condition(c);
    }
    for k in calcifications {
        b = b.diagnosed_calcification(k);
    }
    for i in considering {
        b = b.considering(i);
    }
    b.build().unwrap_or_else(|e| panic!("the strategy generated an invalid profile: {e}"))
}

fn canonical_mg((amount, unit): (f64, Unit)) -> f64 {
    unit.convert(amount, Unit::Milligram).expect("a mass unit")
}

// ---------------------------------------------------------------------------------------
// Helpers.

/// The three-valued outcome of one caution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Fired,
    NotFired,
    NotAssessed,
}

fn state(sets: &CautionSets, c: Caution) -> State {
    match (sets.fired.contains(c), sets.not_assessed.contains(c)) {
        (true, _) => State::Fired,
        (false, true) => State::NotAssessed,
        (false, false) => State::NotFired,
    }
}

fn sets(p: &Profile, standard: ReferenceStandard) -> CautionSets {
    caution_sets(p, standard).unwrap_or_else(|e| panic!("caution_sets refused a valid profile: {e}\n{}", p.to_json()))
}

/// The dose of an intake field, for in-place changes.
fn dose_mut(p: &mut Profile, field: ProfileField) -> Option<&mut Dose> {
    let intake = p.intake.as_mut()?;
    match field {
        P::VitaminDIntake => intake.vitamin_d.as_mut(),
        P::VitaminK2Intake => intake.vitamin_k2.as_mut(),
        P::MagnesiumIntake => intake.magnesium.as_mut(),
        P::MagnesiumSupplement => intake.magnesium_supplement.as_mut(),
        P::CalciumIntake => intake.calcium.as_mut(),
        _ => None,
    }
}

/// Fields whose absence means "not reported": removing one removes information.
const INFORMATION_FIELDS: &[ProfileField] = &[
    P::AgeYears,
    P::Sex,
    P::VitaminDIntake,
    P::VitaminK2Intake,
    P::MagnesiumIntake,
    P::MagnesiumSupplement,
    P::CalciumIntake,
    P::SerumCalcium,
    P::Serum25HydroxyvitaminD,
    P::FluidLitresPerDay,
    P::ActivityMinutesPerWeek,
    P::Diet,
];

fn without(p: &Profile, field: ProfileField) -> Profile {
    let mut q = p.clone();
    match field {
        P::AgeYears => q.age_years = None,
        P::Sex => q.sex = None,
        P::FluidLitresPerDay => q.fluid_litres_per_day = None,
        P::ActivityMinutesPerWeek => q.activity_minutes_per_week = None,
        P::Diet => q.diet = None,
        P::SerumCalcium => {
            if let Some(l) = q.labs.as_mut() {
                l.serum_calcium = None;
            }
        }
        P::Serum25HydroxyvitaminD => {
            if let Some(l) = q.labs.as_mut() {
                l.serum_25_hydroxyvitamin_d = None;
            }
        }
        intake => {
            if let Some(i) = q.intake.as_mut() {
                match intake {
                    P::VitaminDIntake => i.vitamin_d = None,
                    P::VitaminK2Intake => i.vitamin_k2 = None,
                    P::MagnesiumIntake => i.magnesium = None,
                    P::MagnesiumSupplement => i.magnesium_supplement = None,
                    P::CalciumIntake => i.calcium = None,
                    other => unreachable!("not a profile field with a value: {other:?}"),
                }
            }
        }
    }
    q
}

const INTAKES: &[ProfileField] =
    &[P::VitaminDIntake, P::VitaminK2Intake, P::MagnesiumIntake, P::MagnesiumSupplement, P::CalciumIntake];
const UPPER_LIMIT_CAUTIONS: &[Caution] =
    &[C::VitaminDAboveUpperLimit, C::CalciumAboveUpperLimit, C::MagnesiumSupplementAboveUpperLimit];
const BELOW_RDA_CAUTIONS: &[Caution] =
    &[C::VitaminDIntakeBelowRda, C::MagnesiumIntakeBelowRda, C::CalciumIntakeBelowRda, C::VitaminK2Low];

/// `p` with the intake `field` scaled by `factor` (kept within the field's maximum), and the
/// supplement/total magnesium kept consistent; `None` when the intake is not reported.
fn with_intake_scaled(p: &Profile, field: ProfileField, factor: f64, add: f64) -> Option<Profile> {
    let mut q = p.clone();
    let dose = dose_mut(&mut q, field)?;
    let (unit_c, max_c) = field.canonical().expect("an intake");
    let max_here = unit_c.convert(max_c, dose.unit).expect("same dimension");
    let add_here = unit_c.convert(add, dose.unit).expect("same dimension");
    dose.amount = (dose.amount * factor + add_here).clamp(0.0, max_here);
    let total = q.intake.as_ref().and_then(|i| i.magnesium);
    let supp = q.intake.as_ref().and_then(|i| i.magnesium_supplement);
    if let (Some(t), Some(s)) = (total, supp)
        && canonical_mg((s.amount, s.unit)) > canonical_mg((t.amount, t.unit))
    {
        let intake = q.intake.as_mut().expect("present");
        match field {
            // The supplement grew past the total: the total grows with it.
            P::MagnesiumSupplement => intake.magnesium = Some(s),
            // The total shrank below the supplement: the supplement shrinks with it.
            _ => intake.magnesium_supplement = Some(t),
        }
    }
    q.validate().unwrap_or_else(|e| panic!("scaling {} made the profile invalid: {e}", field.id()));
    Some(q)
}

fn with_vitamin_d(p: &Profile, amount: f64, unit: Unit) -> Profile {
    let mut q = p.clone();
    q.intake.get_or_insert_with(Default::default).vitamin_d = Some(Dose::new(amount, unit));
    q
}

fn check_assessment(p: &Profile, standard: ReferenceStandard, a: &Assessment, s: &CautionSets) {
    let json = p.to_json();
    assert_eq!(a.standard, standard, "{json}");
    assert!(!a.intended_use.is_empty());
    // (d) summaries are short; findings are ordered by severity (critical first), then id.
    for f in &a.findings {
        let n = f.summary.chars().count();
        assert!(n < 140, "{}: summary has {n} characters: {}", f.caution.id(), f.summary);
        assert!(!f.sources.is_empty(), "{}: no sources", f.caution.id());
        assert!(!f.because.is_empty(), "{}: no reasons", f.caution.id());
        for r in &f.because {
            if let (Some(o), Some(t)) = (&r.observed, &r.threshold) {
                // The reason's verdict is the comparison of the numbers it shows.
                let Atom::Compare { comparison, .. } = r.atom else {
                    panic!("{}: a comparison reason on a non-comparison atom", f.caution.id())
                };
                let holds = match comparison {
                    Comparison::Above => o.value > t.value,
                    Comparison::Below => o.value < t.value,
                    _ => r.holds,
                };
                assert_eq!(holds, r.holds, "{}: {} ({json})", f.caution.id(), r.statement);
                assert_eq!(o.unit, t.unit, "{}: observed and threshold units differ", f.caution.id());
                assert!(f.sources.contains(&t.source), "{}: threshold source not cited", f.caution.id());
            }
        }
    }
    for w in a.findings.windows(2) {
        let ordered =
            w[0].severity > w[1].severity || (w[0].severity == w[1].severity && w[0].caution.id() < w[1].caution.id());
        assert!(ordered, "findings out of order: {} then {} ({json})", w[0].caution.id(), w[1].caution.id());
    }
    for w in a.not_assessed.windows(2) {
        assert!(w[0].caution.id() < w[1].caution.id(), "not_assessed out of order ({json})");
    }
    // (d) the fast path and the explained assessment agree.
    let fired: CautionSetOf = a.findings.iter().map(|f| f.caution.id()).collect();
    let not_assessed: CautionSetOf = a.not_assessed.iter().map(|n| n.caution.id()).collect();
    assert_eq!(fired.len(), a.findings.len(), "a caution appears twice in findings ({json})");
    assert_eq!(not_assessed.len(), a.not_assessed.len(), "a caution appears twice in not_assessed ({json})");
    assert_eq!(fired, s.fired.iter().map(Caution::id).collect::<CautionSetOf>(), "fired sets differ ({json})");
    let fast: CautionSetOf = s.not_assessed.iter().map(Caution::id).collect();
    assert_eq!(not_assessed, fast, "not-assessed sets differ ({json})");
    // (e) Kleene sanity.
    for c in Caution::all() {
        assert!(!(s.fired.contains(c) && s.not_assessed.contains(c)), "{} both fired and not assessed", c.id());
    }
    for n in &a.not_assessed {
        let c = n.caution.id();
        assert!(a.finding(n.caution).is_none(), "{c}: both a finding and not assessed ({json})");
        assert!(
            !n.missing.is_empty() || !n.no_reference_value.is_empty(),
            "{c}: not assessed without saying why ({json})"
        );
        let inputs = n.caution.rule().inputs();
        for field in &n.missing {
            assert!(!p.has(field), "{c}: says {} is missing, but it is reported ({json})", field.id());
            assert!(inputs.contains(&field), "{c}: says it needs {}, which it never reads", field.id());
        }
        for kind in &n.no_reference_value {
            let reads_it = n.caution.rule().atoms().iter().any(|atom| match atom {
                Atom::Compare { threshold: Threshold::Reference(k), .. } => *k == kind,
                _ => false,
            });
            assert!(reads_it, "{c}: lacks {} but never reads it", kind.id());
        }
    }
}

type CautionSetOf = std::collections::BTreeSet<&'static str>;

/// Whether `field` is read by `caution`'s rule as a refinement rather than as information:
/// through a `Reported` atom (a lab used only where it was measured), or as what corrects or
/// replaces a derived value (albumin for calcium, a reported eGFR for a computed one). Its
/// removal is a change of value, which may decide the rule differently.
fn refines(caution: Caution, field: ProfileField) -> bool {
    caution.rule().atoms().iter().any(|atom| match atom {
        Atom::Reported(f) => *f == field,
        Atom::Compare { field: compared, .. } => compared.derived_refinements().contains(&field),
        _ => false,
    })
}

// ---------------------------------------------------------------------------------------
// The properties.

proptest! {
    // No regression files: failures print the minimal profile as JSON instead.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(256) })]

    /// The strategy only makes valid profiles, which round-trip through JSON.
    #[test]
    fn generated_profiles_are_valid(p in profile()) {
        prop_assert!(p.validate().is_ok());
        let back = Profile::from_json(&p.to_json());
        prop_assert!(back.is_ok(), "{:?}: {}", back.err(), p.to_json());
    }

    /// (a) Removing a field that means "not reported" when absent is a loss of information:
    /// under Kleene logic each caution keeps its outcome or becomes not assessed, so nothing
    /// starts to fire. Emptying a list (absent means "none reported") never makes a caution
    /// fire either.
    ///
    /// `reproductive_status` is left out on purpose: absent means "neither pregnant nor
    /// lactating", a value, not a gap (see `removing_reproductive_status_is_a_change_of_value`).
    #[test]
    fn removing_a_field_never_makes_a_caution_fire(p in profile()) {
        for standard in STANDARDS {
            let before = sets(&p, standard);
            for &field in INFORMATION_FIELDS {
                if !p.has(field) {
                    continue;
                }
                let q = without(&p, field);
                let after = sets(&q, standard);
                for c in Caution::all() {
                    let (b, a) = (state(&before, c), state(&after, c));
                    prop_assert!(
                        a == b || a == State::NotAssessed || refines(c, field),
                        "[{}] removing {} moved {} from {:?} to {:?}: {}",
                        standard.id(), field.id(), c.id(), b, a, p.to_json()
                    );
                }
            }
            let mut lists = Vec::new();
            let mut q = p.clone();
            q.medications.clear();
            lists.push(("medications", q));
            let mut q = p.clone();
            q.conditions.clear();
            lists.push(("conditions", q));
            let mut q = p.clone();
            q.diagnosed_calcifications.clear();
            lists.push(("diagnosed_calcifications", q));
            let mut q = p.clone();
            q.considering.clear();
            lists.push(("considering", q));
            for (name, q) in lists {
                let after = sets(&q, standard);
                for c in after.fired.iter() {
                    prop_assert!(
                        before.fired.contains(c),
                        "[{}] emptying {} made {} fire: {}", standard.id(), name, c.id(), p.to_json()
                    );
                }
            }
        }
    }

    /// (b) Raising an intake never removes an upper-limit finding (nor adds a below-RDA one);
    /// lowering an intake never removes a below-RDA finding (nor adds an upper-limit one).
    #[test]
    fn intakes_are_monotone(
        p in profile(),
        field in prop::sample::select(INTAKES),
        factor in 1.0f64..3.0,
        add in 0.0f64..200.0,
        shrink in 0.0f64..1.0,
    ) {
        for standard in STANDARDS {
            let before = sets(&p, standard);
            let Some(raised) = with_intake_scaled(&p, field, factor, add) else { continue };
            let lowered = with_intake_scaled(&p, field, shrink, 0.0).expect("present");
            let up = sets(&raised, standard);
            let down = sets(&lowered, standard);
            for &c in UPPER_LIMIT_CAUTIONS {
                prop_assert!(!before.fired.contains(c) || up.fired.contains(c),
                    "[{}] raising {} removed {}: {}", standard.id(), field.id(), c.id(), p.to_json());
                prop_assert!(!down.fired.contains(c) || before.fired.contains(c),
                    "[{}] lowering {} added {}: {}", standard.id(), field.id(), c.id(), p.to_json());
            }
            for &c in BELOW_RDA_CAUTIONS {
                prop_assert!(!before.fired.contains(c) || down.fired.contains(c),
                    "[{}] lowering {} removed {}: {}", standard.id(), field.id(), c.id(), p.to_json());
                prop_assert!(!up.fired.contains(c) || before.fired.contains(c),
                    "[{}] raising {} added {}: {}", standard.id(), field.id(), c.id(), p.to_json());
            }
            if field == P::VitaminDIntake {
                let c = C::VitaminDExcessWithoutK2;
                prop_assert!(!before.fired.contains(c) || up.fired.contains(c),
                    "[{}] raising vitamin D removed {}: {}", standard.id(), c.id(), p.to_json());
            }
        }
    }

    /// (c) The same vitamin D dose in µg and in IU (1 µg = 40 IU) gives the same fired and
    /// not-assessed cautions, with the same severities.
    #[test]
    fn vitamin_d_in_ug_and_iu_agree(p in profile(), ug in vitamin_d_quarters()) {
        let in_ug = with_vitamin_d(&p, ug, Unit::Microgram);
        let in_iu = with_vitamin_d(&p, ug * 40.0, Unit::InternationalUnit);
        prop_assert!(in_iu.validate().is_ok());
        for standard in STANDARDS {
            let (a, b) = (sets(&in_ug, standard), sets(&in_iu, standard));
            prop_assert_eq!(a, b, "{} ug vs {} IU: {}", ug, ug * 40.0, in_ug.to_json());
            let a = assess_with(&in_ug, standard).expect("valid");
            let b = assess_with(&in_iu, standard).expect("valid");
            let severities = |x: &Assessment| x.findings.iter().map(|f| (f.caution, f.severity)).collect::<Vec<_>>();
            prop_assert_eq!(severities(&a), severities(&b));
        }
    }

    /// (d) and (e) Assessing any valid profile never panics; the assessment is well formed and
    /// agrees with the fast path; fired and not-assessed are disjoint and explained.
    #[test]
    fn assessments_are_well_formed(p in profile()) {
        for standard in STANDARDS {
            let a = assess_with(&p, standard).expect("a valid profile is assessed");
            let s = sets(&p, standard);
            check_assessment(&p, standard, &a, &s);
        }
    }
}

/// Why (a) leaves `reproductive_status` out: absent means "neither", so removing it changes
/// the life stage. IOM 2005's beverage AI for lactation is not encoded (unconfirmed), so a
/// lactating woman is held to EFSA's drink level (1.6 + 0.7 L as 80%: 2.16 L), while without
/// the status IOM's 2.2 L applies: 2.18 L is enough in one case and not in the other.
#[test]
fn removing_reproductive_status_is_a_change_of_value() {
    let lactating = Profile::builder()
        .age_years(30.0)
        .sex(Sex::Female)
        .reproductive_status(ReproductiveStatus::Lactating)
        .fluid_litres_per_day(2.18)
        .build()
        .unwrap();
    let before = sets(&lactating, ReferenceStandard::Iom);
    assert_eq!(state(&before, C::LowFluidIntake), State::NotFired);
    let a = assess_with(&lactating, ReferenceStandard::Iom).unwrap();
    assert!(a.finding(C::LowFluidIntake).is_none());

    let mut neither = lactating.clone();
    neither.reproductive_status = None;
    let after = sets(&neither, ReferenceStandard::Iom);
    assert_eq!(state(&after, C::LowFluidIntake), State::Fired);
}
