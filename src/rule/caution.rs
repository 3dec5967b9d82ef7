//! The caution and severity vocabularies, and the sets the fast path returns.

use super::{RULES, Rule};
use crate::term::{TermSet, vocabulary};

vocabulary! {
    /// How urgent a caution is. The order is real and derived: info < warning < critical
    /// (the CDS Hooks card indicator values).
    #[derive(PartialOrd, Ord)]
    pub enum Severity in "severity" {
        /// Worth knowing; no action is urgent.
        Info = "info", "Info";
        /// Worth discussing with a clinician.
        Warning = "warning", "Warning";
        /// Needs prompt attention from a clinician.
        Critical = "critical", "Critical";
    }
}

vocabulary! {
    /// A caution the rules can raise (the ids are the JSON contract).
    pub enum Caution in "caution" {
        /// Vitamin D intake above the tolerable upper intake level for the life stage.
        VitaminDAboveUpperLimit = "vitamin_d_above_upper_limit", "Vitamin D above the upper limit";
        /// Vitamin D intake above the upper limit while vitamin K2 intake is below the vitamin K AI (the "double-edged sword").
        VitaminDExcessWithoutK2 = "vitamin_d_excess_without_k2", "Excess vitamin D without enough vitamin K2";
        /// Vitamin D intake below the RDA (AI for infants).
        VitaminDIntakeBelowRda = "vitamin_d_intake_below_rda", "Vitamin D intake below the RDA";
        /// Serum 25(OH)D below 12 ng/mL (30 nmol/L): at risk of deficiency.
        VitaminDDeficiency = "vitamin_d_deficiency", "Vitamin D deficiency";
        /// Serum 25(OH)D from 12 to below 20 ng/mL: some at risk of inadequacy.
        VitaminDInsufficiency = "vitamin_d_insufficiency", "Vitamin D insufficiency";
        /// Serum 25(OH)D above 50 ng/mL (125 nmol/L) and at most 150: may be cause for concern.
        VitaminDLevelConcerning = "vitamin_d_level_concerning", "Vitamin D level may be of concern";
        /// Serum 25(OH)D above 150 ng/mL (375 nmol/L): the hallmark of vitamin D toxicity.
        VitaminDToxicityLevel = "vitamin_d_toxicity_level", "Vitamin D level in the toxic range";
        /// Total serum calcium above 10.4 mg/dL (2.60 mmol/L); critical from 12 mg/dL (CMDT bands).
        Hypercalcemia = "hypercalcemia", "Hypercalcemia";
        /// Vitamin K2 intake below the vitamin K AI (a heuristic: inactive MGP, calcium paradox).
        VitaminK2Low = "vitamin_k2_low", "Low vitamin K2 intake";
        /// Vitamin K intake while taking a vitamin K antagonist such as warfarin: keep it consistent.
        VitaminKWithAnticoagulant = "vitamin_k_with_anticoagulant", "Vitamin K with an anticoagulant";
        /// A vitamin K supplement while taking a vitamin K antagonist such as warfarin.
        VitaminKSupplementWithAnticoagulant = "vitamin_k_supplement_with_anticoagulant", "Vitamin K supplement with an anticoagulant";
        /// Total magnesium intake below the RDA (AI for infants).
        MagnesiumIntakeBelowRda = "magnesium_intake_below_rda", "Magnesium intake below the RDA";
        /// Supplemental magnesium above the upper limit (which applies to supplements only).
        MagnesiumSupplementAboveUpperLimit = "magnesium_supplement_above_upper_limit", "Magnesium supplements above the upper limit";
        /// Supplemental magnesium in an infant, whose magnesium should come from food and formula only.
        MagnesiumSupplementInInfant = "magnesium_supplement_in_infant", "Magnesium supplements in an infant";
        /// Supplemental magnesium with chronic kidney disease.
        MagnesiumSupplementWithKidneyDisease = "magnesium_supplement_with_kidney_disease", "Magnesium supplements with kidney disease";
        /// Calcium intake above the upper limit.
        CalciumAboveUpperLimit = "calcium_above_upper_limit", "Calcium above the upper limit";
        /// Calcium intake below the RDA (AI for infants).
        CalciumIntakeBelowRda = "calcium_intake_below_rda", "Calcium intake below the RDA";
        /// Vitamin D intake above the RDA while taking a thiazide diuretic.
        VitaminDWithThiazide = "vitamin_d_with_thiazide", "Vitamin D with a thiazide diuretic";
        /// Vitamin D intake above the RDA with granulomatous disease.
        VitaminDWithGranulomatousDisease = "vitamin_d_with_granulomatous_disease", "Vitamin D with granulomatous disease";
        /// Fluid from drinks below the drink level for the life stage, or, for adults with a history of kidney stones, below 2.5 L.
        LowFluidIntake = "low_fluid_intake", "Low fluid intake";
        /// Physical activity below the WHO minimum for the age.
        LowPhysicalActivity = "low_physical_activity", "Low physical activity";
        /// A diet of mostly highly processed foods.
        ProcessedFoodDiet = "processed_food_diet", "Highly processed diet";
        /// Chelation therapy is being considered.
        ChelationRequiresSupervision = "chelation_requires_supervision", "Chelation requires medical supervision";
        /// A calcification has been diagnosed.
        DiagnosedCalcificationNeedsEvaluation = "diagnosed_calcification_needs_evaluation", "Diagnosed calcification needs evaluation";
        /// Serum phosphate above 4.5 mg/dL (1.45 mmol/L) in an adult.
        Hyperphosphatemia = "hyperphosphatemia", "Hyperphosphatemia";
        /// Phosphorus intake above the tolerable upper intake level.
        PhosphorusAboveUpperLimit = "phosphorus_above_upper_limit", "Phosphorus above the upper limit";
        /// Phosphorus intake below the RDA (AI for infants).
        PhosphorusIntakeBelowRda = "phosphorus_intake_below_rda", "Phosphorus intake below the RDA";
        /// An eGFR below 60 mL/min/1.73 m² (KDIGO G3a-G5) or dialysis (G5D): calcium, phosphate and PTH are monitored.
        ReducedKidneyFunction = "reduced_kidney_function", "Reduced kidney function";
        /// PTH above the upper limit of the lab's own reference range.
        PthAboveReferenceRange = "pth_above_reference_range", "PTH above the reference range";
        /// Serum magnesium below 1.8 mg/dL (0.75 mmol/L).
        Hypomagnesemia = "hypomagnesemia", "Hypomagnesemia";
        /// Serum magnesium above 2.6 mg/dL (1.05 mmol/L).
        Hypermagnesemia = "hypermagnesemia", "Hypermagnesemia";
        /// Vitamin K intake (K1 + K2) below the vitamin K adequate intake.
        VitaminKIntakeBelowAi = "vitamin_k_intake_below_ai", "Vitamin K intake below the AI";
        /// Lithium, which can cause hyperparathyroidism and hypercalcemia.
        LithiumHypercalcemiaRisk = "lithium_hypercalcemia_risk", "Lithium and calcium";
        /// A medicine that lowers vitamin D status (glucocorticoids, enzyme-inducing anticonvulsants, orlistat, bile-acid sequestrants).
        VitaminDLoweringMedication = "vitamin_d_lowering_medication", "A medicine that lowers vitamin D status";
        /// A proton pump inhibitor, whose long-term use can cause hypomagnesemia.
        PpiHypomagnesemiaRisk = "ppi_hypomagnesemia_risk", "Proton pump inhibitor and magnesium";
        /// An active vitamin D analogue with calcium supplements or calcium intake above the upper limit.
        ActiveVitaminDAnalogueWithCalcium = "active_vitamin_d_analogue_with_calcium", "Active vitamin D with calcium";
        /// A calcium-based phosphate binder with chronic kidney disease (KDIGO: restrict the dose).
        CalciumBasedBinderInCkd = "calcium_based_binder_in_ckd", "Calcium-based phosphate binder in kidney disease";
        /// Calcium intake below the RDA after kidney stones (AUA: do not restrict dietary calcium).
        CalciumRestrictionWithKidneyStones = "calcium_restriction_with_kidney_stones", "Low calcium intake after kidney stones";
        /// Sodium intake above 2,300 mg a day after kidney stones.
        HighSodiumWithKidneyStones = "high_sodium_with_kidney_stones", "High sodium intake after kidney stones";
    }
}

impl Caution {
    /// The rule that raises this caution.
    pub fn rule(self) -> &'static Rule {
        RULES.iter().find(|r| r.caution == self).expect("every caution has a rule (tested)")
    }
}

/// A set of cautions, as a bit set (no allocation).
pub type CautionSet = TermSet<Caution>;

/// The outcome of the fast path: which cautions fired and which could not be assessed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CautionSets {
    /// Cautions whose rule held.
    pub fired: CautionSet,
    /// Cautions whose rule could not be decided from the profile.
    pub not_assessed: CautionSet,
}
