//! UCUM units, and the conversions between them (written once, here).
//!
//! Units of one dimension (mass; mass concentration; amount-of-substance concentration)
//! convert by their metric factors ([`Unit::convert`]). Between a mass concentration and a
//! molar one the factor depends on the substance: [`Analyte::convert`] holds the published
//! factors (REFERENCE.md): serum calcium 1 mmol/L = 4.008 mg/dL; 25-hydroxyvitamin D
//! 1 ng/mL = 2.496 nmol/L; phosphate 1 mmol/L = 3.097 mg/dL; magnesium 1 mmol/L =
//! 2.431 mg/dL; creatinine 1 mg/dL = 88.4 µmol/L. Vitamin D: 1 µg = 40 IU (IOM 2011). PTH has
//! no confirmed molar factor, so pmol/L is never converted.

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
        /// Milligrams per decilitre (serum calcium, phosphate, magnesium, creatinine).
        MilligramPerDecilitre = "mg/dL", "mg/dL";
        /// Millimoles per litre (calcium, phosphate, magnesium; see [`Analyte`]).
        MillimolePerLitre = "mmol/L", "mmol/L";
        /// Nanograms per millilitre (serum 25-hydroxyvitamin D).
        NanogramPerMillilitre = "ng/mL", "ng/mL";
        /// Nanomoles per litre (serum 25-hydroxyvitamin D: 1 ng/mL = 2.496 nmol/L).
        NanomolePerLitre = "nmol/L", "nmol/L";
        /// Grams per decilitre (serum albumin).
        GramPerDecilitre = "g/dL", "g/dL";
        /// Grams per litre (serum albumin: 1 g/dL = 10 g/L).
        GramPerLitre = "g/L", "g/L";
        /// Micromoles per litre (serum creatinine: 1 mg/dL = 88.4 µmol/L).
        MicromolePerLitre = "umol/L", "µmol/L";
        /// Picograms per millilitre (parathyroid hormone).
        PicogramPerMillilitre = "pg/mL", "pg/mL";
        /// Nanograms per litre (parathyroid hormone: 1 ng/L = 1 pg/mL).
        NanogramPerLitre = "ng/L", "ng/L";
        /// Picomoles per litre (parathyroid hormone; never converted: no confirmed factor).
        PicomolePerLitre = "pmol/L", "pmol/L";
        /// Millilitres per minute per 1.73 m² of body surface (estimated GFR).
        MillilitrePerMinutePerBodySurface = "mL/min/{1.73_m2}", "mL/min/1.73 m²";
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
/// mg/dL of phosphate (as phosphorus) per mmol/L.
pub const PHOSPHATE_MG_DL_PER_MMOL_L: f64 = 3.097;
/// mg/dL of magnesium per mmol/L.
pub const MAGNESIUM_MG_DL_PER_MMOL_L: f64 = 2.431;
/// µmol/L of creatinine per mg/dL.
pub const CREATININE_UMOL_L_PER_MG_DL: f64 = 88.4;

/// A substance measured in the blood whose mass and molar concentrations convert by its own
/// published factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Analyte {
    /// Calcium (total or ionized): 1 mmol/L = 4.008 mg/dL.
    Calcium,
    /// 25-hydroxyvitamin D: 1 ng/mL = 2.496 nmol/L.
    Calcidiol,
    /// Phosphate, as phosphorus: 1 mmol/L = 3.097 mg/dL.
    Phosphate,
    /// Magnesium: 1 mmol/L = 2.431 mg/dL.
    Magnesium,
    /// Creatinine: 1 mg/dL = 88.4 µmol/L.
    Creatinine,
}

impl Analyte {
    /// One unit of molar concentration in mass concentration, as (molar unit, mass unit,
    /// mass per molar as a ratio): the published factor, kept as published.
    const fn factor(self) -> (Unit, Unit, f64, f64) {
        use Unit::{
            MicromolePerLitre, MilligramPerDecilitre, MillimolePerLitre, NanogramPerMillilitre, NanomolePerLitre,
        };
        match self {
            Self::Calcium => (MillimolePerLitre, MilligramPerDecilitre, CALCIUM_MG_DL_PER_MMOL_L, 1.0),
            Self::Calcidiol => (NanomolePerLitre, NanogramPerMillilitre, 1.0, CALCIDIOL_NMOL_PER_NG),
            Self::Phosphate => (MillimolePerLitre, MilligramPerDecilitre, PHOSPHATE_MG_DL_PER_MMOL_L, 1.0),
            Self::Magnesium => (MillimolePerLitre, MilligramPerDecilitre, MAGNESIUM_MG_DL_PER_MMOL_L, 1.0),
            Self::Creatinine => (MicromolePerLitre, MilligramPerDecilitre, 1.0, CREATININE_UMOL_L_PER_MG_DL),
        }
    }

    /// Converts `value` of this substance from `from` to `to`: within a dimension by
    /// [`Unit::convert`], between mass and molar concentration by the substance's factor;
    /// `None` between units that do not measure the same thing.
    ///
    /// ```
    /// use calcification::{Analyte, Unit};
    ///
    /// assert_eq!(Analyte::Calcium.convert(2.5, Unit::MillimolePerLitre, Unit::MilligramPerDecilitre), Some(10.02));
    /// assert_eq!(Analyte::Creatinine.convert(88.4, Unit::MicromolePerLitre, Unit::MilligramPerDecilitre), Some(1.0));
    /// assert_eq!(Analyte::Phosphate.convert(1.0, Unit::MillimolePerLitre, Unit::Gram), None);
    /// ```
    pub const fn convert(self, value: f64, from: Unit, to: Unit) -> Option<f64> {
        if let Some(v) = from.convert(value, to) {
            return Some(v);
        }
        let (molar, mass, num, den) = self.factor();
        let (from_dim, from_num, from_den) = from.size();
        let (to_dim, to_num, to_den) = to.size();
        let (molar_dim, molar_num, molar_den) = molar.size();
        let (mass_dim, mass_num, mass_den) = mass.size();
        if from_dim == molar_dim && to_dim == mass_dim {
            // from → the factor's molar unit → its mass unit → to, in one division.
            Some(
                value * from_num * molar_den * num * mass_num * to_den
                    / (from_den * molar_num * den * mass_den * to_num),
            )
        } else if from_dim == mass_dim && to_dim == molar_dim {
            Some(
                value * from_num * mass_den * den * molar_num * to_den
                    / (from_den * mass_num * num * molar_den * to_num),
            )
        } else {
            None
        }
    }
}

/// Input spellings accepted for units besides their UCUM codes.
pub const UNIT_ALIASES: &[(&str, Unit)] = &[
    ("[IU]", Unit::InternationalUnit),
    ("IU", Unit::InternationalUnit),
    ("mcg", Unit::Microgram),
    ("µg", Unit::Microgram),
    ("µmol/L", Unit::MicromolePerLitre),
    ("mL/min/1.73m2", Unit::MillilitrePerMinutePerBodySurface),
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
            // Mass concentration, in mg/dL.
            Self::MilligramPerDecilitre => (1, 1.0, 1.0),
            Self::GramPerDecilitre => (1, 1e3, 1.0),
            Self::GramPerLitre => (1, 1e2, 1.0),
            Self::NanogramPerMillilitre => (1, 1.0, 1e4),
            Self::PicogramPerMillilitre | Self::NanogramPerLitre => (1, 1.0, 1e7),
            // Amount-of-substance concentration, in mmol/L.
            Self::MillimolePerLitre => (2, 1.0, 1.0),
            Self::MicromolePerLitre => (2, 1.0, 1e3),
            Self::NanomolePerLitre => (2, 1.0, 1e6),
            Self::PicomolePerLitre => (2, 1.0, 1e9),
            Self::LitrePerDay => (3, 1.0, 1.0),
            Self::MinutePerWeek => (4, 1.0, 1.0),
            Self::Year => (5, 1.0, 1.0),
            Self::MillilitrePerMinutePerBodySurface => (6, 1.0, 1.0),
        }
    }
}
