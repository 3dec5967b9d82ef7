//! UCUM units, and the conversions between them (written once, here).
//!
//! Conversion factors (REFERENCE.md): vitamin D 1 µg = 40 IU (IOM 2011); serum
//! 25-hydroxyvitamin D 1 ng/mL = 2.496 nmol/L; serum calcium 1 mmol/L = 4.008 mg/dL.

use crate::term::vocabulary;

vocabulary! {
    /// A unit, by its UCUM code.
    pub enum Unit in "unit" {
        /// Microgram.
        Microgram = "ug", "µg";
        /// Milligram.
        Milligram = "mg", "mg";
        /// Gram.
        Gram = "g", "g";
        /// International unit (vitamin D only: 1 µg = 40 IU).
        InternationalUnit = "[iU]", "IU";
        /// Milligrams per decilitre (serum calcium).
        MilligramPerDecilitre = "mg/dL", "mg/dL";
        /// Millimoles per litre (serum calcium: 1 mmol/L = 4.008 mg/dL).
        MillimolePerLitre = "mmol/L", "mmol/L";
        /// Nanograms per millilitre (serum 25-hydroxyvitamin D).
        NanogramPerMillilitre = "ng/mL", "ng/mL";
        /// Nanomoles per litre (serum 25-hydroxyvitamin D: 1 ng/mL = 2.496 nmol/L).
        NanomolePerLitre = "nmol/L", "nmol/L";
        /// Litres per day (fluid intake).
        LitrePerDay = "L/d", "L/day";
        /// Minutes per week (physical activity, moderate-intensity equivalent).
        MinutePerWeek = "min/wk", "min/week";
        /// Years (age; UCUM's annum).
        Year = "a", "years";
    }
}

/// Micrograms of vitamin D per international unit (IOM 2011: 100 µg = 4,000 IU).
pub const VITAMIN_D_IU_PER_UG: f64 = 40.0;
/// nmol/L of 25-hydroxyvitamin D per ng/mL.
pub const CALCIDIOL_NMOL_PER_NG: f64 = 2.496;
/// mg/dL of calcium per mmol/L.
pub const CALCIUM_MG_DL_PER_MMOL_L: f64 = 4.008;

/// Input spellings accepted for units besides their UCUM codes.
pub const UNIT_ALIASES: &[(&str, Unit)] = &[
    ("[IU]", Unit::InternationalUnit),
    ("IU", Unit::InternationalUnit),
    ("mcg", Unit::Microgram),
    ("µg", Unit::Microgram),
];

impl Unit {
    /// The unit for a UCUM code or one of the accepted [`UNIT_ALIASES`].
    pub fn from_code_or_alias(s: &str) -> Option<Unit> {
        use crate::Term;
        Unit::from_id(s).or_else(|| UNIT_ALIASES.iter().find(|(a, _)| *a == s).map(|(_, u)| *u))
    }

    /// How many of `to` make one of `self`, where the two measure the same thing;
    /// `None` between units of different dimensions.
    ///
    /// ```
    /// use calcification::Unit;
    ///
    /// assert_eq!(Unit::InternationalUnit.factor_to(Unit::Microgram), Some(1.0 / 40.0));
    /// assert_eq!(Unit::Milligram.factor_to(Unit::NanogramPerMillilitre), None);
    /// ```
    pub const fn factor_to(self, to: Unit) -> Option<f64> {
        self.convert(1.0, to)
    }

    /// Converts `value` from `self` to `to`; `None` between different dimensions. Unit
    /// sizes are kept as ratios so a conversion divides once (0.05 g is 50,000 µg exactly).
    pub const fn convert(self, value: f64, to: Unit) -> Option<f64> {
        let ((from_dim, from_num, from_den), (to_dim, to_num, to_den)) = (self.size(), to.size());
        if from_dim != to_dim {
            None
        } else if self as u8 == to as u8 {
            Some(value)
        } else {
            Some(value * from_num * to_den / (from_den * to_num))
        }
    }

    /// (dimension, numerator, denominator) of the unit's size in its dimension's base unit.
    /// International units are counted as vitamin D mass, the only nutrient they are
    /// accepted for.
    const fn size(self) -> (u8, f64, f64) {
        match self {
            Self::Microgram => (0, 1.0, 1.0),
            Self::Milligram => (0, 1e3, 1.0),
            Self::Gram => (0, 1e6, 1.0),
            Self::InternationalUnit => (0, 1.0, VITAMIN_D_IU_PER_UG),
            Self::MilligramPerDecilitre => (1, 1.0, 1.0),
            Self::MillimolePerLitre => (1, CALCIUM_MG_DL_PER_MMOL_L, 1.0),
            Self::NanogramPerMillilitre => (2, 1.0, 1.0),
            Self::NanomolePerLitre => (2, 1.0, CALCIDIOL_NMOL_PER_NG),
            Self::LitrePerDay => (3, 1.0, 1.0),
            Self::MinutePerWeek => (4, 1.0, 1.0),
            Self::Year => (5, 1.0, 1.0),
        }
    }
}
