//! Nutrients that steer calcium, and the forms of vitamin K2.

use crate::code::{Code, chebi, fdc};
use crate::term::vocabulary;

vocabulary! {
    /// A nutrient that influences where calcium ends up.
    pub enum Nutrient in "nutrient" {
        /// Menaquinones, a fat-soluble vitamin that activates matrix Gla protein and so helps keep calcium out of soft tissue.
        VitaminK2 = "vitamin_k2", "Vitamin K2";
        /// A mineral needed to convert vitamin D into its active form and to regulate parathyroid hormone.
        Magnesium = "magnesium", "Magnesium";
        /// A fat-soluble vitamin (D2 and D3) that increases the absorption of calcium from the gut.
        VitaminD = "vitamin_d", "Vitamin D";
        /// The mineral that, as calcium salts, hardens bones, teeth and, when misplaced, soft tissue.
        Calcium = "calcium", "Calcium";
        /// Phylloquinone, the plant form of vitamin K and most of the vitamin K in the diet; a cofactor of the carboxylation that activates matrix Gla protein.
        VitaminK1 = "vitamin_k1", "Vitamin K1";
        /// The mineral that, as phosphate, joins calcium in bone mineral and in the calcium phosphate crystals of ectopic calcification.
        Phosphorus = "phosphorus", "Phosphorus";
    }
}

vocabulary! {
    /// A form (menaquinone) of vitamin K2.
    pub enum K2Form in "k2_form" {
        /// Menaquinone-4, a short-chain menaquinone.
        Mk4 = "mk4", "MK-4 (menaquinone-4)";
        /// Menaquinone-7, a long-chain menaquinone made in natto (fermented soybeans).
        Mk7 = "mk7", "MK-7 (menaquinone-7)";
    }
}

impl Nutrient {
    /// ChEBI and USDA FoodData Central codes (REFERENCE.md); ChEBI has no HL7-registered URI.
    pub fn codes(self) -> &'static [Code] {
        match self {
            Self::VitaminK2 => const { &[chebi("CHEBI:16374", "menaquinone")] },
            Self::Magnesium => const { &[chebi("CHEBI:25107", "magnesium atom"), fdc("1090", "Magnesium, Mg (mg)")] },
            Self::VitaminD => {
                const { &[chebi("CHEBI:28940", "calciol (cholecalciferol)"), fdc("1114", "Vitamin D (D2 + D3) (ug)")] }
            }
            Self::Calcium => const { &[chebi("CHEBI:22984", "calcium atom"), fdc("1087", "Calcium, Ca (mg)")] },
            Self::VitaminK1 => const { &[chebi("CHEBI:18067", "phylloquinone")] },
            Self::Phosphorus => const { &[chebi("CHEBI:28659", "phosphorus atom")] },
        }
    }
}

impl K2Form {
    /// Codes for the form. MK-4 has a FoodData Central id; ChEBI ids for MK-4 and MK-7 are
    /// only on secondary lists (unconfirmed) and are left out.
    pub fn codes(self) -> &'static [Code] {
        match self {
            Self::Mk4 => const { &[fdc("1183", "Vitamin K (Menaquinone-4) (ug)")] },
            Self::Mk7 => &[],
        }
    }
}
