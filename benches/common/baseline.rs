//! The hand-written baseline: the same cautions as [`calcification::RULES`], written as the
//! plain Rust a developer would write without a rule interpreter — `if`s and `match`es over
//! the same [`Profile`], three-valued (`Option<bool>`, `None` = unknown, Kleene logic) so it
//! returns the same fired and not-assessed sets.
//!
//! It uses the crate's public data and nothing else: reference values through
//! [`LifeStage::reference`], the fixed lab thresholds of [`calcification::reference`], unit
//! conversion through [`Dose::amount_in`] and [`LabValue::value_in`]. It is allowed every
//! shortcut plain Rust would take: a reference value is looked up only when the quantity it is
//! compared with is reported, each at most once, and the Kleene connectives collapse to `if`s
//! wherever one side is a plain `bool` (a list membership).
//!
//! It is checked to agree with the interpreter on every generated profile, under both
//! standards (at the start of the batch bench, and in `tests/batch.rs`).

use calcification::reference::{
    ADULT_AGE, ADULT_PHOSPHATE_RANGE, ANY_CALCIUM_SUPPLEMENT, ANY_MAGNESIUM_SUPPLEMENT, ANY_VITAMIN_K,
    ANY_VITAMIN_K_SUPPLEMENT, CALCIDIOL_CONCERN, CALCIDIOL_DEFICIENCY, CALCIDIOL_SUFFICIENCY, CALCIDIOL_TOXICITY,
    EGFR_G3A, FixedThreshold, HYPERCALCEMIA, HYPERMAGNESEMIA, HYPERPHOSPHATEMIA, HYPOMAGNESEMIA, INFANCY_END,
    INFANT_MAGNESIUM_SUPPLEMENT, IONIZED_HYPERCALCEMIA, KIDNEY_STONE_FLUID, STONE_SODIUM,
};
use calcification::{
    Caution, CautionSets, Condition, Diet, Dose, Intervention, LabValue, LifeStage, Medication, Profile, ProfileField,
    ReferenceKind as K, ReferenceStandard, Term as _, Unit,
};

/// Unknown is `None`.
type Truth = Option<bool>;

fn above(value: Option<f64>, limit: impl FnOnce() -> Option<f64>) -> Truth {
    let value = value?;
    Some(value > limit()?)
}

fn below(value: Option<f64>, limit: impl FnOnce() -> Option<f64>) -> Truth {
    let value = value?;
    Some(value < limit()?)
}

/// A lab of `field` against a fixed threshold, both in the canonical unit (the threshold as
/// published in the lab's unit when it is published in it).
fn lab_vs(p: &Profile, field: ProfileField, t: &FixedThreshold) -> Option<(f64, f64)> {
    let lab = p.lab(field)?;
    let (canonical, _) = field.canonical()?;
    Some((field.convert(lab.value, lab.unit, canonical)?, t.limit_for(lab.unit).2))
}

/// Kleene `and`.
fn and(a: Truth, b: Truth) -> Truth {
    match (a, b) {
        (Some(false), _) | (_, Some(false)) => Some(false),
        (Some(true), Some(true)) => Some(true),
        _ => None,
    }
}

/// Kleene `or`.
fn or(a: Truth, b: Truth) -> Truth {
    match (a, b) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (Some(false), Some(false)) => Some(false),
        _ => None,
    }
}

/// `and` with a side that is always known.
fn and_if(known: bool, other: Truth) -> Truth {
    if known { other } else { Some(false) }
}

fn dose(d: Option<&Dose>, unit: Unit) -> Option<f64> {
    d.and_then(|d| d.amount_in(unit))
}

fn lab(l: Option<&LabValue>, field: ProfileField, unit: Unit) -> Option<f64> {
    l.and_then(|l| l.value_in(field, unit))
}

const KINDS: usize = K::ALL.len();

/// Reference values resolved ahead of time, for the "prepared" variant: one slot per
/// [`K`], as the interpreter's `Evaluator` holds them.
#[derive(Clone, Copy, Debug)]
pub struct Thresholds([Option<f64>; KINDS]);

impl Thresholds {
    /// Looks every reference value up once.
    pub fn resolve(stage: &LifeStage, standard: ReferenceStandard) -> Self {
        Self(std::array::from_fn(|i| stage.reference(K::ALL[i], standard).ok().and_then(|r| r.row.amount())))
    }

    fn get(&self, kind: K) -> Option<f64> {
        self.0[kind as usize]
    }
}

/// The fired and not-assessed cautions, looking reference values up as needed.
pub fn caution_sets(p: &Profile, standard: ReferenceStandard) -> CautionSets {
    let stage = p.life_stage();
    evaluate(p, |kind| stage.reference(kind, standard).ok().and_then(|r| r.row.amount()))
}

/// The fired and not-assessed cautions, with reference values resolved ahead of time.
pub fn caution_sets_prepared(p: &Profile, thresholds: &Thresholds) -> CautionSets {
    evaluate(p, |kind| thresholds.get(kind))
}

#[inline(always)]
fn evaluate(p: &Profile, reference: impl Fn(K) -> Option<f64>) -> CautionSets {
    let intake = p.intake.as_ref();
    let labs = p.labs.as_ref();
    let vitamin_d = dose(intake.and_then(|i| i.vitamin_d.as_ref()), Unit::Microgram);
    let vitamin_k2 = dose(intake.and_then(|i| i.vitamin_k2.as_ref()), Unit::Microgram);
    let magnesium = dose(intake.and_then(|i| i.magnesium.as_ref()), Unit::Milligram);
    let supplement = dose(intake.and_then(|i| i.magnesium_supplement.as_ref()), Unit::Milligram);
    let calcium = dose(intake.and_then(|i| i.calcium.as_ref()), Unit::Milligram);
    let calcidiol = lab(
        labs.and_then(|l| l.serum_25_hydroxyvitamin_d.as_ref()),
        ProfileField::Serum25HydroxyvitaminD,
        Unit::NanogramPerMillilitre,
    );
    // Lab thresholds are published in both units; a lab given in the second unit is held
    // to the figure published in it.
    let calcidiol_unit =
        labs.and_then(|l| l.serum_25_hydroxyvitamin_d.as_ref()).map_or(Unit::NanogramPerMillilitre, |l| l.unit);
    let deficiency = CALCIDIOL_DEFICIENCY.limit_for(calcidiol_unit).2;
    let sufficiency = CALCIDIOL_SUFFICIENCY.limit_for(calcidiol_unit).2;
    let concern = CALCIDIOL_CONCERN.limit_for(calcidiol_unit).2;
    let toxicity = CALCIDIOL_TOXICITY.limit_for(calcidiol_unit).2;

    let d_rda = vitamin_d.and_then(|_| reference(K::VitaminDRda));
    let d_above_ul = above(vitamin_d, || reference(K::VitaminDUl));
    let d_above_rda = above(vitamin_d, || d_rda);
    let k2_below_ai = below(vitamin_k2, || reference(K::VitaminKAi));
    let stones = p.conditions.contains(&Condition::KidneyStoneHistory);

    let mut sets = CautionSets::default();
    let mut put = |caution: Caution, truth: Truth| {
        match truth {
            Some(true) => sets.fired.insert(caution),
            None => sets.not_assessed.insert(caution),
            Some(false) => false,
        };
    };
    put(Caution::VitaminDAboveUpperLimit, d_above_ul);
    put(Caution::VitaminDExcessWithoutK2, and(d_above_ul, k2_below_ai));
    put(Caution::VitaminDIntakeBelowRda, below(vitamin_d, || d_rda));
    put(Caution::VitaminDDeficiency, calcidiol.map(|v| v < deficiency));
    put(Caution::VitaminDInsufficiency, calcidiol.map(|v| (deficiency..sufficiency).contains(&v)));
    put(Caution::VitaminDLevelConcerning, calcidiol.map(|v| v > concern && v <= toxicity));
    put(Caution::VitaminDToxicityLevel, calcidiol.map(|v| v > toxicity));
    put(Caution::VitaminK2Low, k2_below_ai);
    // A list: no vitamin K2 supplement listed is none taken.
    let k2_supplements: f64 = p
        .supplements
        .iter()
        .filter(|s| s.nutrient == calcification::Nutrient::VitaminK2)
        .filter_map(|s| s.amount_in(Unit::Microgram))
        .sum();
    put(
        Caution::VitaminKSupplementWithAnticoagulant,
        Some(
            p.medications.contains(&Medication::VitaminKAntagonist) && k2_supplements > ANY_VITAMIN_K_SUPPLEMENT.value,
        ),
    );
    put(Caution::MagnesiumIntakeBelowRda, below(magnesium, || reference(K::MagnesiumRda)));
    put(Caution::MagnesiumSupplementAboveUpperLimit, above(supplement, || reference(K::MagnesiumSupplementUl)));
    put(
        Caution::MagnesiumSupplementInInfant,
        and(p.age_years.map(|a| a < INFANCY_END.value), supplement.map(|v| v > INFANT_MAGNESIUM_SUPPLEMENT.value)),
    );
    let egfr = p.egfr_used().map(|e| e.value);
    let kidney_disease = or(
        Some(p.conditions.contains(&Condition::ChronicKidneyDisease) || p.conditions.contains(&Condition::Dialysis)),
        egfr.map(|e| e < EGFR_G3A.value),
    );
    put(
        Caution::MagnesiumSupplementWithKidneyDisease,
        and(kidney_disease, supplement.map(|v| v > ANY_MAGNESIUM_SUPPLEMENT.value)),
    );
    put(Caution::CalciumAboveUpperLimit, above(calcium, || reference(K::CalciumUl)));
    put(Caution::CalciumIntakeBelowRda, below(calcium, || reference(K::CalciumRda)));
    put(Caution::VitaminDWithThiazide, and_if(p.medications.contains(&Medication::ThiazideDiuretic), d_above_rda));
    put(
        Caution::VitaminDWithGranulomatousDisease,
        and_if(p.conditions.contains(&Condition::GranulomatousDisease), d_above_rda),
    );
    let fluid = p.fluid_litres_per_day;
    // The drink level always applies; adults after kidney stones are also held to 2.5 L.
    let adult_with_stones = and_if(stones, p.age_years.map(|a| a >= ADULT_AGE.value));
    put(
        Caution::LowFluidIntake,
        or(
            below(fluid, || reference(K::DrinkingWater)),
            and(adult_with_stones, fluid.map(|v| v < KIDNEY_STONE_FLUID.value)),
        ),
    );
    put(Caution::LowPhysicalActivity, below(p.activity_minutes_per_week, || reference(K::PhysicalActivity)));
    put(Caution::ProcessedFoodDiet, p.diet.map(|d| d == Diet::HighProcessed));
    put(Caution::ChelationRequiresSupervision, Some(p.considering.contains(&Intervention::ChelationTherapy)));
    put(Caution::DiagnosedCalcificationNeedsEvaluation, Some(!p.diagnosed_calcifications.is_empty()));

    // Contract v1.1.
    let takes = |m: Medication| p.medications.contains(&m);
    let dialysis = p.conditions.contains(&Condition::Dialysis);
    let egfr = p.egfr_used().map(|e| e.value);
    let egfr_below_60 = egfr.map(|e| e < EGFR_G3A.value);
    let kidney_disease = or(Some(p.conditions.contains(&Condition::ChronicKidneyDisease) || dialysis), egfr_below_60);
    put(
        Caution::Hyperphosphatemia,
        and(
            p.age_years.map(|a| a >= ADULT_PHOSPHATE_RANGE.value),
            lab_vs(p, ProfileField::SerumPhosphate, &HYPERPHOSPHATEMIA).map(|(v, t)| v > t),
        ),
    );
    let phosphorus = dose(intake.and_then(|i| i.phosphorus.as_ref()), Unit::Milligram);
    put(Caution::PhosphorusAboveUpperLimit, above(phosphorus, || reference(K::PhosphorusUl)));
    put(Caution::PhosphorusIntakeBelowRda, below(phosphorus, || reference(K::PhosphorusRda)));
    put(Caution::ReducedKidneyFunction, or(Some(dialysis), egfr_below_60));
    let pth = p.lab(ProfileField::Pth).and_then(|l| Some(l.value > l.reference_range?.high?));
    put(Caution::PthAboveReferenceRange, pth);
    let magnesium_lab = |t: &FixedThreshold| lab_vs(p, ProfileField::SerumMagnesium, t);
    put(Caution::Hypomagnesemia, magnesium_lab(&HYPOMAGNESEMIA).map(|(v, t)| v < t));
    put(Caution::Hypermagnesemia, magnesium_lab(&HYPERMAGNESEMIA).map(|(v, t)| v > t));
    // K1 + K2: exact with both, at least the one reported with one.
    let vitamin_k1 = dose(intake.and_then(|i| i.vitamin_k1.as_ref()), Unit::Microgram);
    let (k_low, k_exact) = match (vitamin_k1, vitamin_k2) {
        (Some(a), Some(b)) => (Some(a + b), true),
        (one, other) => (one.or(other), false),
    };
    let k_ai = k_low.and_then(|_| reference(K::VitaminKAi));
    let k_below_ai = match (k_low, k_ai) {
        (Some(k), Some(ai)) if k_exact || k >= ai => Some(k < ai),
        _ => None,
    };
    put(Caution::VitaminKIntakeBelowAi, k_below_ai);
    let k_above_zero = k_low.and_then(|k| if k > ANY_VITAMIN_K.value { Some(true) } else { k_exact.then_some(false) });
    put(Caution::VitaminKWithAnticoagulant, and_if(takes(Medication::VitaminKAntagonist), k_above_zero));
    // Hypercalcemia: total calcium (albumin-corrected when albumin is reported), or ionized
    // calcium where it was measured.
    let total = p.assessed_serum_calcium().and_then(|c| {
        let mg_dl = ProfileField::SerumCalcium.convert(c.value, c.unit, Unit::MilligramPerDecilitre)?;
        Some(mg_dl > HYPERCALCEMIA.limit_for(c.unit).2)
    });
    let ionized = lab_vs(p, ProfileField::IonizedCalcium, &IONIZED_HYPERCALCEMIA).map(|(v, t)| v > t);
    let hypercalcemic = or(total, Some(ionized == Some(true)));
    put(Caution::Hypercalcemia, hypercalcemic);
    put(Caution::LithiumHypercalcemiaRisk, Some(takes(Medication::Lithium)));
    put(
        Caution::VitaminDLoweringMedication,
        Some(
            takes(Medication::Glucocorticoid)
                || takes(Medication::EnzymeInducingAnticonvulsant)
                || takes(Medication::Orlistat)
                || takes(Medication::BileAcidSequestrant),
        ),
    );
    put(Caution::PpiHypomagnesemiaRisk, Some(takes(Medication::ProtonPumpInhibitor)));
    let calcium_supplements: f64 = p
        .supplements
        .iter()
        .filter(|s| s.nutrient == calcification::Nutrient::Calcium)
        .filter_map(|s| s.amount_in(Unit::Milligram))
        .sum();
    put(
        Caution::ActiveVitaminDAnalogueWithCalcium,
        and_if(
            takes(Medication::ActiveVitaminDAnalogue),
            or(Some(calcium_supplements > ANY_CALCIUM_SUPPLEMENT.value), above(calcium, || reference(K::CalciumUl))),
        ),
    );
    put(Caution::CalciumBasedBinderInCkd, and_if(takes(Medication::CalciumBasedPhosphateBinder), kidney_disease));
    put(
        Caution::CalciumRestrictionWithKidneyStones,
        and(adult_with_stones, below(calcium, || reference(K::CalciumRda))),
    );
    let sodium = dose(intake.and_then(|i| i.sodium.as_ref()), Unit::Milligram);
    put(Caution::HighSodiumWithKidneyStones, and(adult_with_stones, sodium.map(|v| v > STONE_SODIUM.value)));
    sets
}
