//! Shared by the benches and by `tests/batch.rs`: a deterministic profile generator, the
//! sample profiles of `examples/profiles`, and the hand-written baseline ([`baseline`]).
//!
//! Included from the test with `#[path = "../benches/common/mod.rs"] mod common;`, so not
//! every item is used by every includer.
#![allow(dead_code)]

pub mod baseline;

use calcification::{
    CalcificationKind, CautionSets, Condition, Diet, Dose, Evaluator, Intake, Intervention, LabValue, Labs, Medication,
    Profile, ProfileField, RULES, ReferenceStandard, ReproductiveStatus, Sex, Term as _, Truth, Unit,
};

/// The seed of every generated cohort (any constant will do; this one is fixed so runs compare).
pub const SEED: u64 = 0x5EED_CA1C_1F1C_A710;

/// The size of the batch the benches time.
pub const BATCH: usize = 100_000;

/// A full profile: every field reported, several cautions fire.
pub const FULL_JSON: &str = include_str!("../../examples/profiles/kidney_disease_magnesium.json");
/// A sparse profile: no age or sex, so most rules are not assessed.
pub const SPARSE_JSON: &str = include_str!("../../examples/profiles/sparse.json");

/// Every sample profile of `examples/profiles`, by name.
pub const SAMPLES: &[(&str, &str)] = &[
    ("anticoagulant", include_str!("../../examples/profiles/anticoagulant.json")),
    ("child", include_str!("../../examples/profiles/child.json")),
    ("kidney_disease_magnesium", FULL_JSON),
    ("pregnant", include_str!("../../examples/profiles/pregnant.json")),
    ("sparse", SPARSE_JSON),
    ("vitamin_d_without_k2", include_str!("../../examples/profiles/vitamin_d_without_k2.json")),
];

/// Both reference standards.
pub const STANDARDS: [ReferenceStandard; 2] = [ReferenceStandard::Iom, ReferenceStandard::Efsa];

/// Parses a sample; the samples are valid by construction (a test checks it).
pub fn parse(json: &str) -> Profile {
    Profile::from_json(json).expect("sample profiles are valid")
}

/// xorshift64* (Vigna 2016): small, fast and the same on every platform.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (a zero seed is replaced, xorshift must not start at 0).
    pub fn new(seed: u64) -> Self {
        Self(if seed == 0 { SEED } else { seed })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// A number in `lo..hi`, rounded to `step` (so values print and parse exactly).
    pub fn range(&mut self, lo: f64, hi: f64, step: f64) -> f64 {
        let unit = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let v = lo + unit * (hi - lo);
        ((v / step).round() * step).clamp(lo, hi)
    }

    /// One item of `items`.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// Ages covering every life-stage band of the reference tables (lower bound, upper bound),
/// plus the band edges themselves, where strict and inclusive comparisons differ.
const AGE_BANDS: &[(f64, f64)] = &[
    (0.0, 0.5),
    (0.5, 1.0),
    (1.0, 4.0),
    (4.0, 9.0),
    (9.0, 14.0),
    (14.0, 19.0),
    (19.0, 31.0),
    (31.0, 51.0),
    (51.0, 71.0),
    (71.0, 130.0),
];
const AGE_EDGES: &[f64] = &[0.0, 0.5, 1.0, 4.0, 5.0, 9.0, 11.0, 14.0, 18.0, 19.0, 31.0, 51.0, 71.0, 130.0];

fn age(rng: &mut Rng) -> Option<f64> {
    match rng.below(100) {
        0..8 => None,
        8..16 => Some(rng.pick(AGE_EDGES)),
        _ => {
            let (lo, hi) = rng.pick(AGE_BANDS);
            let step = if hi <= 1.0 { 1.0 / 12.0 } else { 0.25 };
            Some(rng.range(lo, hi - step, step))
        }
    }
}

/// An amount in canonical units, sometimes exactly on a threshold the rules use.
fn amount(rng: &mut Rng, lo: f64, hi: f64, step: f64, edges: &[f64]) -> f64 {
    if !edges.is_empty() && rng.chance(10) { rng.pick(edges) } else { rng.range(lo, hi, step) }
}

/// A dose given in canonical `unit` re-expressed in one of `units` (converted exactly where
/// the factor allows: IU ×40, mg ÷1000 from µg, g ÷1000 from mg).
fn dose(rng: &mut Rng, canonical_amount: f64, canonical: Unit, units: &[Unit]) -> Dose {
    let unit = rng.pick(units);
    let amount = canonical.convert(canonical_amount, unit).expect("same dimension");
    Dose::new(amount, unit)
}

fn lab(rng: &mut Rng, field: ProfileField, value: f64, canonical: Unit, other: Unit) -> LabValue {
    let unit = if rng.chance(30) { other } else { canonical };
    LabValue::new(field.convert(value, canonical, unit).expect("units of the field"), unit)
}

fn maybe<T>(rng: &mut Rng, percent: u64, f: impl FnOnce(&mut Rng) -> T) -> Option<T> {
    if rng.chance(percent) { Some(f(rng)) } else { None }
}

const UG: Unit = Unit::Microgram;
const MG: Unit = Unit::Milligram;

/// One candidate profile; may fail validation (e.g. a supplement above the total after
/// rounding), which [`profile`] retries.
fn candidate(rng: &mut Rng) -> Profile {
    let age_years = age(rng);
    let sex = match rng.below(10) {
        0 => None,
        1..=5 => Some(Sex::Female),
        _ => Some(Sex::Male),
    };
    let reproductive_status = if sex != Some(Sex::Male) && rng.chance(20) {
        Some(if rng.chance(50) { ReproductiveStatus::Pregnant } else { ReproductiveStatus::Lactating })
    } else {
        None
    };
    let intake = maybe(rng, 90, |rng| {
        let magnesium = rng.chance(80).then(|| amount(rng, 0.0, 800.0, 5.0, &[240.0, 310.0, 320.0, 420.0]));
        Intake {
            vitamin_d: maybe(rng, 80, |rng| {
                let ug = if rng.chance(10) {
                    amount(rng, 0.0, 1000.0, 1.0, &[])
                } else {
                    amount(rng, 0.0, 150.0, 0.5, &[10.0, 15.0, 20.0, 25.0, 38.0, 63.0, 75.0, 100.0])
                };
                dose(rng, ug, UG, &[UG, UG, Unit::InternationalUnit, Unit::InternationalUnit, MG])
            }),
            vitamin_k2: maybe(rng, 75, |rng| {
                let ug = amount(rng, 0.0, 300.0, 5.0, &[0.0, 30.0, 60.0, 90.0, 120.0]);
                dose(rng, ug, UG, &[UG, UG, MG])
            }),
            magnesium: magnesium.map(|mg| dose(rng, mg, MG, &[MG, MG, MG, Unit::Gram])),
            magnesium_supplement: maybe(rng, 40, |rng| {
                let most = magnesium.unwrap_or(800.0);
                let mg = if rng.chance(10) { 0.0 } else { (rng.range(0.0, most, 5.0) * 0.9).floor() };
                dose(rng, mg, MG, &[MG])
            }),
            calcium: maybe(rng, 80, |rng| {
                let mg = amount(rng, 0.0, 3500.0, 10.0, &[700.0, 1000.0, 1200.0, 2000.0, 2500.0, 3000.0]);
                dose(rng, mg, MG, &[MG, MG, MG, Unit::Gram])
            }),
            vitamin_k1: maybe(rng, 40, |rng| {
                let ug = amount(rng, 0.0, 400.0, 5.0, &[90.0, 120.0]);
                dose(rng, ug, UG, &[UG, UG, MG])
            }),
            phosphorus: maybe(rng, 40, |rng| {
                let mg = amount(rng, 200.0, 5000.0, 10.0, &[700.0, 1250.0, 3000.0, 4000.0]);
                dose(rng, mg, MG, &[MG, MG, Unit::Gram])
            }),
            sodium: maybe(rng, 40, |rng| {
                let mg = amount(rng, 500.0, 6000.0, 10.0, &[2300.0]);
                dose(rng, mg, MG, &[MG, MG, Unit::Gram])
            }),
        }
    });
    let labs = maybe(rng, 50, |rng| Labs {
        serum_calcium: maybe(rng, 60, |rng| {
            let v = amount(rng, 8.0, 13.0, 0.1, &[10.4]);
            lab(rng, ProfileField::SerumCalcium, v, Unit::MilligramPerDecilitre, Unit::MillimolePerLitre)
        }),
        serum_25_hydroxyvitamin_d: maybe(rng, 70, |rng| {
            let v = amount(rng, 4.0, 200.0, 1.0, &[12.0, 20.0, 50.0, 150.0]);
            lab(rng, ProfileField::Serum25HydroxyvitaminD, v, Unit::NanogramPerMillilitre, Unit::NanomolePerLitre)
        }),
        // Contract v1.1 labs.
        serum_albumin: maybe(rng, 25, |rng| {
            let v = amount(rng, 2.0, 5.5, 0.1, &[4.0]);
            let unit = if rng.chance(30) { Unit::GramPerLitre } else { Unit::GramPerDecilitre };
            LabValue::new(if unit == Unit::GramPerLitre { v * 10.0 } else { v }, unit)
        }),
        ionized_calcium: maybe(rng, 15, |rng| {
            let v = amount(rng, 4.0, 6.5, 0.05, &[5.2]);
            lab(rng, ProfileField::IonizedCalcium, v, Unit::MilligramPerDecilitre, Unit::MillimolePerLitre)
        }),
        serum_phosphate: maybe(rng, 30, |rng| {
            let v = amount(rng, 2.0, 8.0, 0.1, &[4.5]);
            lab(rng, ProfileField::SerumPhosphate, v, Unit::MilligramPerDecilitre, Unit::MillimolePerLitre)
        }),
        serum_magnesium: maybe(rng, 30, |rng| {
            let v = amount(rng, 1.0, 3.5, 0.1, &[1.8, 2.6]);
            lab(rng, ProfileField::SerumMagnesium, v, Unit::MilligramPerDecilitre, Unit::MillimolePerLitre)
        }),
        serum_creatinine: maybe(rng, 30, |rng| {
            let v = amount(rng, 0.4, 8.0, 0.1, &[0.7, 0.9]);
            lab(rng, ProfileField::SerumCreatinine, v, Unit::MilligramPerDecilitre, Unit::MicromolePerLitre)
        }),
        egfr: maybe(rng, 10, |rng| {
            let v = amount(rng, 5.0, 120.0, 1.0, &[15.0, 30.0, 45.0, 60.0, 90.0]);
            LabValue::new(v, Unit::MillilitrePerMinutePerBodySurface)
        }),
        pth: maybe(rng, 20, |rng| {
            let v = amount(rng, 5.0, 300.0, 1.0, &[65.0]);
            let range = calcification::ReferenceRange::new(Some(15.0), Some(65.0));
            let lab = LabValue::new(v, Unit::PicogramPerMillilitre);
            if rng.chance(70) { lab.with_reference_range(range) } else { lab }
        }),
    });
    // A vitamin K2 product, part of a reported K2 total (so the total stays exact: the
    // hand-written baseline reads totals; supplements alone are tested in tests/supplements.rs).
    let mut supplements = Vec::new();
    if let Some(k2) = intake.as_ref().and_then(|i| i.vitamin_k2)
        && k2.amount > 0.0
        && rng.chance(25)
    {
        let part = (k2.amount / 2.0).min(100.0);
        supplements.push(
            calcification::Supplement::new(calcification::Nutrient::VitaminK2, part, k2.unit)
                .with_form(calcification::K2Form::Mk7),
        );
    }
    // A calcium product, part of a reported calcium total.
    if let Some(ca) = intake.as_ref().and_then(|i| i.calcium)
        && ca.amount > 0.0
        && rng.chance(15)
    {
        supplements.push(calcification::Supplement::new(calcification::Nutrient::Calcium, ca.amount / 2.0, ca.unit));
    }
    let mut medications = Vec::new();
    if rng.chance(12) {
        medications.push(Medication::VitaminKAntagonist);
    }
    if rng.chance(12) {
        medications.push(Medication::ThiazideDiuretic);
    }
    // Contract v1.1 medicines, each now and then.
    for &m in &Medication::ALL[2..] {
        if rng.chance(4) {
            medications.push(m);
        }
    }
    let conditions: Vec<Condition> = Condition::ALL.iter().copied().filter(|_| rng.chance(10)).collect();
    let diagnosed_calcifications = if rng.chance(10) {
        vec![rng.pick(&[
            CalcificationKind::Vascular,
            CalcificationKind::CalcificTendinitis,
            CalcificationKind::KidneyStones,
            CalcificationKind::Pancreatic,
            CalcificationKind::Breast,
        ])]
    } else {
        Vec::new()
    };
    let mut considering = Vec::new();
    if rng.chance(8) {
        considering.push(Intervention::ChelationTherapy);
    }
    if rng.chance(5) {
        considering.push(Intervention::DiagnosticTesting);
    }
    Profile {
        age_years,
        sex,
        reproductive_status,
        intake,
        supplements,
        labs,
        fluid_litres_per_day: maybe(rng, 75, |rng| amount(rng, 0.0, 4.0, 0.1, &[1.6, 2.0, 2.5])),
        activity_minutes_per_week: maybe(rng, 75, |rng| amount(rng, 0.0, 700.0, 10.0, &[150.0, 420.0])),
        diet: maybe(rng, 80, |rng| rng.pick(&[Diet::HeartHealthy, Diet::Mixed, Diet::HighProcessed])),
        medications,
        conditions,
        diagnosed_calcifications,
        considering,
    }
}

/// One valid profile.
pub fn profile(rng: &mut Rng) -> Profile {
    loop {
        let p = candidate(rng);
        if p.validate().is_ok() {
            return p;
        }
    }
}

/// `n` valid, varied profiles, the same for the same `seed`.
pub fn cohort(n: usize, seed: u64) -> Vec<Profile> {
    let mut rng = Rng::new(seed);
    (0..n).map(|_| profile(&mut rng)).collect()
}

/// Checks that the interpreter and the hand-written baseline agree on every profile under
/// both standards; panics naming the first profile where they differ.
pub fn assert_agreement(profiles: &[Profile]) {
    for standard in STANDARDS {
        for (i, p) in profiles.iter().enumerate() {
            let evaluator = Evaluator::new(p, standard);
            let interpreted: CautionSets = evaluator.caution_sets();
            // The fast path (compiled rules) and the tree walk of `Evaluator::rule` agree.
            for rule in RULES {
                let expected = match evaluator.rule(rule) {
                    Truth::True => (true, false),
                    Truth::Unknown => (false, true),
                    Truth::False => (false, false),
                };
                let got = (interpreted.fired.contains(rule.caution), interpreted.not_assessed.contains(rule.caution));
                assert_eq!(got, expected, "profile {i} ({standard:?}), {:?}: {}", rule.caution, p.to_json());
            }
            let hand_written = baseline::caution_sets(p, standard);
            assert_eq!(
                interpreted,
                hand_written,
                "profile {i} ({standard:?}) disagrees with the baseline: {}",
                p.to_json()
            );
            let prepared = baseline::Thresholds::resolve(&p.life_stage(), standard);
            assert_eq!(interpreted, baseline::caution_sets_prepared(p, &prepared), "profile {i} ({standard:?})");
        }
    }
}
