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
            Self::GranulomatousDisease | Self::HeavyMetalToxicity => &[],
        }
    }
}
