//! Agents the body makes, and the phenomena that follow when calcium is mishandled.

use crate::code::{Code, CodeMatch, chebi, hpo, icd};
use crate::term::vocabulary;

vocabulary! {
    /// A protein or hormone of the body that moves or holds calcium.
    pub enum BodyAgent in "body_agent" {
        /// Matrix Gla protein (MGP): once activated by vitamin K2 it binds calcium and inhibits soft-tissue calcification.
        MatrixGlaProtein = "matrix_gla_protein", "Matrix Gla protein (MGP)";
        /// Parathyroid hormone (PTH): controls the movement of calcium between bone and blood.
        ParathyroidHormone = "parathyroid_hormone", "Parathyroid hormone (PTH)";
        /// Calcitriol, the active form of vitamin D, required for calcium absorption.
        ActiveVitaminD = "active_vitamin_d", "Active vitamin D (calcitriol)";
    }
}

vocabulary! {
    /// A state of calcium handling that the knowledge base reasons about.
    pub enum Phenomenon in "phenomenon" {
        /// Calcium lost from bones while it is deposited in soft tissues, as when matrix Gla protein stays inactive.
        CalciumParadox = "calcium_paradox", "Calcium paradox";
        /// High calcium levels in the blood (total serum calcium above 10.4 mg/dL).
        Hypercalcemia = "hypercalcemia", "Hypercalcemia";
        /// Low calcium levels in the blood; a reported fatal complication of EDTA chelation.
        Hypocalcemia = "hypocalcemia", "Hypocalcemia";
    }
}

impl BodyAgent {
    /// ChEBI code for calcitriol (no HL7-registered URI); none for the proteins.
    pub fn codes(self) -> &'static [Code] {
        match self {
            Self::ActiveVitaminD => const { &[chebi("CHEBI:17823", "calcitriol")] },
            Self::MatrixGlaProtein | Self::ParathyroidHormone => &[],
        }
    }
}

impl Phenomenon {
    /// HPO and ICD-10-CM codes (REFERENCE.md), where they exist.
    pub fn codes(self) -> &'static [Code] {
        match self {
            Self::Hypercalcemia => {
                const {
                    &[
                        hpo("HP:0003072", "Hypercalcemia", CodeMatch::Exact),
                        icd("E83.52", "Hypercalcemia", CodeMatch::Exact),
                    ]
                }
            }
            Self::CalciumParadox | Self::Hypocalcemia => &[],
        }
    }
}
