//! Medications and conditions a profile can report, which change how rules apply.

use crate::code::{Code, CodeMatch, hpo, icd};
use crate::term::vocabulary;

vocabulary! {
    /// A medication class that interacts with the nutrients modelled here.
    pub enum Medication in "medication" {
        /// Warfarin and other vitamin K antagonists: vitamin K intake counteracts them.
        VitaminKAntagonist = "vitamin_k_antagonist", "Vitamin K antagonist (e.g. warfarin)";
        /// Thiazide diuretics, which reduce urinary calcium excretion and can raise serum calcium.
        ThiazideDiuretic = "thiazide_diuretic", "Thiazide diuretic";
        /// Lithium, which can cause hyperparathyroidism and hypercalcemia.
        Lithium = "lithium", "Lithium";
        /// Glucocorticoids (e.g. prednisolone), which lower vitamin D status.
        Glucocorticoid = "glucocorticoid", "Glucocorticoid";
        /// Enzyme-inducing anticonvulsants (phenytoin, carbamazepine, phenobarbital, primidone), which speed vitamin D breakdown.
        EnzymeInducingAnticonvulsant = "enzyme_inducing_anticonvulsant", "Enzyme-inducing anticonvulsant";
        /// Orlistat, which reduces the absorption of fat-soluble vitamins such as vitamin D.
        Orlistat = "orlistat", "Orlistat";
        /// Bile-acid sequestrants (colestyramine, colestipol, colesevelam), which reduce the absorption of fat-soluble vitamins.
        BileAcidSequestrant = "bile_acid_sequestrant", "Bile-acid sequestrant";
        /// Proton pump inhibitors (e.g. omeprazole): long-term use can cause hypomagnesemia.
        ProtonPumpInhibitor = "proton_pump_inhibitor", "Proton pump inhibitor";
        /// Calcitriol and other active vitamin D analogues (alfacalcidol, paricalcitol, doxercalciferol), which can cause hypercalcemia.
        ActiveVitaminDAnalogue = "active_vitamin_d_analogue", "Active vitamin D analogue (e.g. calcitriol)";
        /// Calcium-based phosphate binders (e.g. calcium acetate) taken in kidney disease.
        CalciumBasedPhosphateBinder = "calcium_based_phosphate_binder", "Calcium-based phosphate binder";
    }
}

vocabulary! {
    /// A diagnosed condition that changes how nutrients are handled.
    pub enum Condition in "condition" {
        /// Chronic kidney disease: the kidneys cannot clear excess magnesium, so hypermagnesemia can follow supplements.
        ChronicKidneyDisease = "chronic_kidney_disease", "Chronic kidney disease";
        /// One or more kidney stones in the past.
        KidneyStoneHistory = "kidney_stone_history", "History of kidney stones";
        /// Granulomatous disease (e.g. sarcoidosis): active vitamin D made outside the kidney can cause hypercalcemia.
        GranulomatousDisease = "granulomatous_disease", "Granulomatous disease (e.g. sarcoidosis)";
        /// Poisoning by lead or another heavy metal, the accepted indication for chelation.
        HeavyMetalToxicity = "heavy_metal_toxicity", "Heavy-metal toxicity";
        /// Diabetes mellitus, in which medial (Mönckeberg) and intimal arterial calcification occur more often.
        DiabetesMellitus = "diabetes_mellitus", "Diabetes mellitus";
        /// Primary hyperparathyroidism, the commonest cause of hypercalcemia.
        PrimaryHyperparathyroidism = "primary_hyperparathyroidism", "Primary hyperparathyroidism";
        /// Kidney failure treated by dialysis (KDIGO GFR category G5D).
        Dialysis = "dialysis", "Dialysis";
    }
}

impl Condition {
    /// ICD-10-CM and HPO codes, where one matches.
    pub fn codes(self) -> &'static [Code] {
        match self {
            Self::ChronicKidneyDisease => {
                const { &[icd("N18.9", "Chronic kidney disease, unspecified", CodeMatch::Exact)] }
            }
            Self::KidneyStoneHistory => {
                const {
                    &[
                        icd("Z87.442", "Personal history of urinary calculi", CodeMatch::Exact),
                        hpo("HP:0000787", "Nephrolithiasis", CodeMatch::Related),
                    ]
                }
            }
            Self::DiabetesMellitus => {
                const {
                    &[
                        icd("E11", "Type 2 diabetes mellitus (category)", CodeMatch::Related),
                        hpo("HP:0000819", "Diabetes mellitus", CodeMatch::Exact),
                    ]
                }
            }
            Self::PrimaryHyperparathyroidism => {
                const {
                    &[
                        icd("E21.0", "Primary hyperparathyroidism", CodeMatch::Exact),
                        hpo("HP:0008200", "Primary hyperparathyroidism", CodeMatch::Exact),
                    ]
                }
            }
            Self::Dialysis => const { &[icd("Z99.2", "Dependence on renal dialysis", CodeMatch::Exact)] },
            Self::GranulomatousDisease | Self::HeavyMetalToxicity => &[],
        }
    }
}
