//! The fixed thresholds (not life-stage dependent), each with the source that publishes it.

use super::{Equivalent, FixedThreshold};
use crate::source::SourceId as S;
use crate::units::{Analyte, Unit};

/// Serum 25(OH)D below which people are at risk of deficiency: 12 ng/mL (30 nmol/L), IOM 2011.
pub const CALCIDIOL_DEFICIENCY: FixedThreshold = FixedThreshold {
    value: 12.0,
    unit: Unit::NanogramPerMillilitre,
    equivalent: Some(Equivalent { value: 30.0, unit: Unit::NanomolePerLitre }),
    meaning: "risk of vitamin D deficiency below this level",
    source: S::Iom2011,
    analyte: Some(Analyte::Calcidiol),
};
/// Serum 25(OH)D below which some are at risk of inadequacy: 20 ng/mL (50 nmol/L), IOM 2011.
pub const CALCIDIOL_SUFFICIENCY: FixedThreshold = FixedThreshold {
    value: 20.0,
    unit: Unit::NanogramPerMillilitre,
    equivalent: Some(Equivalent { value: 50.0, unit: Unit::NanomolePerLitre }),
    meaning: "sufficient for most people from this level",
    source: S::Iom2011,
    analyte: Some(Analyte::Calcidiol),
};
/// Serum 25(OH)D above which levels may be cause for concern: 50 ng/mL (125 nmol/L), IOM 2011.
pub const CALCIDIOL_CONCERN: FixedThreshold = FixedThreshold {
    value: 50.0,
    unit: Unit::NanogramPerMillilitre,
    equivalent: Some(Equivalent { value: 125.0, unit: Unit::NanomolePerLitre }),
    meaning: "may be cause for concern above this level",
    source: S::Iom2011,
    analyte: Some(Analyte::Calcidiol),
};
/// Serum 25(OH)D above which is the hallmark of vitamin D toxicity: 150 ng/mL (375 nmol/L).
pub const CALCIDIOL_TOXICITY: FixedThreshold = FixedThreshold {
    value: 150.0,
    unit: Unit::NanogramPerMillilitre,
    equivalent: Some(Equivalent { value: 375.0, unit: Unit::NanomolePerLitre }),
    meaning: "hallmark of vitamin D toxicity above this level",
    source: S::FrontEndocrinol2018,
    analyte: Some(Analyte::Calcidiol),
};
/// Total serum calcium above which is hypercalcemia: 10.4 mg/dL (2.60 mmol/L), MSD Manual.
pub const HYPERCALCEMIA: FixedThreshold = FixedThreshold {
    value: 10.4,
    unit: Unit::MilligramPerDecilitre,
    equivalent: Some(Equivalent { value: 2.60, unit: Unit::MillimolePerLitre }),
    meaning: "hypercalcemia above this level",
    source: S::Msd,
    analyte: Some(Analyte::Calcium),
};
/// Total serum calcium from which hypercalcemia is moderate: 12 mg/dL (CMDT: mild < 12,
/// moderate 12-14, severe > 14 mg/dL). The 3.0 mmol/L form was read in copies, not in CMDT.
pub const HYPERCALCEMIA_MODERATE: FixedThreshold = FixedThreshold {
    value: 12.0,
    unit: Unit::MilligramPerDecilitre,
    equivalent: Some(Equivalent { value: 3.0, unit: Unit::MillimolePerLitre }),
    meaning: "moderate hypercalcemia from this level (CMDT: mild below 12, moderate 12-14, severe above 14 mg/dL)",
    source: S::CmdtHypercalcemia,
    analyte: Some(Analyte::Calcium),
};
/// Any vitamin K intake counteracts vitamin K antagonists (IOM 2001; a consistent intake is
/// the advice for food, Khan 2004).
pub const ANY_VITAMIN_K: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Microgram,
    equivalent: None,
    meaning: "vitamin K intake counteracts vitamin K antagonists; keep it consistent",
    source: S::Khan2004,
    analyte: None,
};
/// Any vitamin K supplement with a vitamin K antagonist: MK-7 at 10-20 µg/day lowered the
/// INR in at least 40-60% of anticoagulated volunteers (Theuwissen 2013).
pub const ANY_VITAMIN_K_SUPPLEMENT: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Microgram,
    equivalent: None,
    meaning: "vitamin K supplements from 10 µg/day changed the INR under a vitamin K antagonist",
    source: S::Theuwissen2013,
    analyte: None,
};
/// Any supplemental magnesium in an infant: IOM sets no UL for infants, whose intake should be
/// from food and formula only (IOM 2000 UL table, footnote).
pub const INFANT_MAGNESIUM_SUPPLEMENT: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Milligram,
    equivalent: None,
    meaning: "an infant's magnesium should come from food and formula only",
    source: S::Iom2000ul,
    analyte: None,
};
/// Infancy ends at 1 year (the IOM infant groups: 0-6 and 6-12 months).
pub const INFANCY_END: FixedThreshold = FixedThreshold {
    value: 1.0,
    unit: Unit::Year,
    equivalent: None,
    meaning: "infants, below 1 year",
    source: S::Iom2000ul,
    analyte: None,
};
/// Adulthood for the kidney-stone fluid target: 18 years (NICE NG118 gives 2.5-3 L for
/// adults and 1-2 L for children and young people, depending on age).
pub const ADULT_AGE: FixedThreshold = FixedThreshold {
    value: 18.0,
    unit: Unit::Year,
    equivalent: None,
    meaning: "adults, from 18 years",
    source: S::Nice118,
    analyte: None,
};
/// Any magnesium supplement at all in chronic kidney disease (CMDT).
pub const ANY_MAGNESIUM_SUPPLEMENT: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Milligram,
    equivalent: None,
    meaning: "any supplemental magnesium in kidney disease needs supervision",
    source: S::Cmdt,
    analyte: None,
};
/// Fluid intake recommended after kidney stones: 2.5 L a day (NICE NG118, 2.5-3 L).
pub const KIDNEY_STONE_FLUID: FixedThreshold = FixedThreshold {
    value: 2.5,
    unit: Unit::LitrePerDay,
    equivalent: None,
    meaning: "daily fluid recommended for adults after kidney stones (2.5-3 L)",
    source: S::Nice118,
    analyte: None,
};

/// Serum phosphate above which is hyperphosphatemia in adults: 4.5 mg/dL (MSD); CMDT gives
/// the mmol/L form, 1.45 mmol/L. Children's ranges are higher: the rule applies from 18 years.
pub const HYPERPHOSPHATEMIA: FixedThreshold = FixedThreshold {
    value: 4.5,
    unit: Unit::MilligramPerDecilitre,
    equivalent: Some(Equivalent { value: 1.45, unit: Unit::MillimolePerLitre }),
    meaning: "hyperphosphatemia above this level in adults (MSD; 1.45 mmol/L as CMDT gives it)",
    source: S::MsdHyperphosphatemia,
    analyte: Some(Analyte::Phosphate),
};
/// Adulthood for the hyperphosphatemia cut-off: 18 years (MSD's cut-off is for adults;
/// children's phosphate ranges are higher, REFERENCE.md).
pub const ADULT_PHOSPHATE_RANGE: FixedThreshold = FixedThreshold {
    value: 18.0,
    unit: Unit::Year,
    equivalent: None,
    meaning: "adults, from 18 years (children's phosphate ranges are higher)",
    source: S::MsdHyperphosphatemia,
    analyte: None,
};
/// Ionized calcium above which is hypercalcemia: 5.2 mg/dL (1.30 mmol/L), MSD Manual.
pub const IONIZED_HYPERCALCEMIA: FixedThreshold = FixedThreshold {
    value: 5.2,
    unit: Unit::MilligramPerDecilitre,
    equivalent: Some(Equivalent { value: 1.30, unit: Unit::MillimolePerLitre }),
    meaning: "hypercalcemia above this ionized calcium level",
    source: S::Msd,
    analyte: Some(Analyte::Calcium),
};
/// Serum magnesium below which is hypomagnesemia: 1.8 mg/dL (0.75 mmol/L), CMDT.
pub const HYPOMAGNESEMIA: FixedThreshold = FixedThreshold {
    value: 1.8,
    unit: Unit::MilligramPerDecilitre,
    equivalent: Some(Equivalent { value: 0.75, unit: Unit::MillimolePerLitre }),
    meaning: "hypomagnesemia below this level (CMDT; other texts use 0.70 mmol/L)",
    source: S::CmdtHypomagnesemia,
    analyte: Some(Analyte::Magnesium),
};
/// Serum magnesium above which is hypermagnesemia: 2.6 mg/dL (1.05 mmol/L), MSD Manual.
pub const HYPERMAGNESEMIA: FixedThreshold = FixedThreshold {
    value: 2.6,
    unit: Unit::MilligramPerDecilitre,
    equivalent: Some(Equivalent { value: 1.05, unit: Unit::MillimolePerLitre }),
    meaning: "hypermagnesemia above this level",
    source: S::MsdHypermagnesemia,
    analyte: Some(Analyte::Magnesium),
};
/// eGFR below which kidney function is in KDIGO category G3a or worse: 60 mL/min/1.73 m².
pub const EGFR_G3A: FixedThreshold = FixedThreshold {
    value: 60.0,
    unit: Unit::MillilitrePerMinutePerBodySurface,
    equivalent: None,
    meaning: "GFR categories G3a-G5 below this eGFR (KDIGO 2012)",
    source: S::Kdigo2012,
    analyte: None,
};
/// eGFR below which kidney function is in KDIGO category G4 or worse: 30 mL/min/1.73 m².
pub const EGFR_G4: FixedThreshold = FixedThreshold {
    value: 30.0,
    unit: Unit::MillilitrePerMinutePerBodySurface,
    equivalent: None,
    meaning: "GFR categories G4-G5 (severely decreased, kidney failure) below this eGFR (KDIGO 2012)",
    source: S::Kdigo2012,
    analyte: None,
};
/// Sodium for calcium stone formers with high urinary calcium: at most 2,300 mg (100 mEq) a
/// day (AUA 2014; also the NASEM 2019 chronic-disease risk reduction intake, not a UL).
pub const STONE_SODIUM: FixedThreshold = FixedThreshold {
    value: 2300.0,
    unit: Unit::Milligram,
    equivalent: None,
    meaning: "sodium target of at most 2,300 mg a day for calcium stone formers with high urinary calcium",
    source: S::Aua2014,
    analyte: None,
};
/// Any calcium supplement with an active vitamin D analogue (a heuristic: the label's
/// hypercalcemia warning, not a dose).
pub const ANY_CALCIUM_SUPPLEMENT: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Milligram,
    equivalent: None,
    meaning: "any supplemental calcium while taking an active vitamin D analogue (a heuristic threshold)",
    source: S::Rocaltrol2009,
    analyte: None,
};

/// Every fixed threshold above, so that a threshold read back from JSON can be found.
pub const FIXED_THRESHOLDS: &[FixedThreshold] = &[
    CALCIDIOL_DEFICIENCY,
    CALCIDIOL_SUFFICIENCY,
    CALCIDIOL_CONCERN,
    CALCIDIOL_TOXICITY,
    HYPERCALCEMIA,
    HYPERCALCEMIA_MODERATE,
    ANY_VITAMIN_K,
    ANY_VITAMIN_K_SUPPLEMENT,
    ANY_MAGNESIUM_SUPPLEMENT,
    INFANT_MAGNESIUM_SUPPLEMENT,
    INFANCY_END,
    ADULT_AGE,
    KIDNEY_STONE_FLUID,
    HYPERPHOSPHATEMIA,
    ADULT_PHOSPHATE_RANGE,
    IONIZED_HYPERCALCEMIA,
    HYPOMAGNESEMIA,
    HYPERMAGNESEMIA,
    EGFR_G3A,
    EGFR_G4,
    STONE_SODIUM,
    ANY_CALCIUM_SUPPLEMENT,
];
