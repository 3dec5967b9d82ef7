//! The fixed thresholds (not life-stage dependent), each with the source that publishes it.

use super::{Equivalent, FixedThreshold};
use crate::source::SourceId as S;
use crate::units::Unit;

/// Serum 25(OH)D below which people are at risk of deficiency: 12 ng/mL (30 nmol/L), IOM 2011.
pub const CALCIDIOL_DEFICIENCY: FixedThreshold = FixedThreshold {
    value: 12.0,
    unit: Unit::NanogramPerMillilitre,
    equivalent: Some(Equivalent { value: 30.0, unit: Unit::NanomolePerLitre }),
    meaning: "risk of vitamin D deficiency below this level",
    source: S::Iom2011,
};
/// Serum 25(OH)D below which some are at risk of inadequacy: 20 ng/mL (50 nmol/L), IOM 2011.
pub const CALCIDIOL_SUFFICIENCY: FixedThreshold = FixedThreshold {
    value: 20.0,
    unit: Unit::NanogramPerMillilitre,
    equivalent: Some(Equivalent { value: 50.0, unit: Unit::NanomolePerLitre }),
    meaning: "sufficient for most people from this level",
    source: S::Iom2011,
};
/// Serum 25(OH)D above which levels may be cause for concern: 50 ng/mL (125 nmol/L), IOM 2011.
pub const CALCIDIOL_CONCERN: FixedThreshold = FixedThreshold {
    value: 50.0,
    unit: Unit::NanogramPerMillilitre,
    equivalent: Some(Equivalent { value: 125.0, unit: Unit::NanomolePerLitre }),
    meaning: "may be cause for concern above this level",
    source: S::Iom2011,
};
/// Serum 25(OH)D above which is the hallmark of vitamin D toxicity: 150 ng/mL (375 nmol/L).
pub const CALCIDIOL_TOXICITY: FixedThreshold = FixedThreshold {
    value: 150.0,
    unit: Unit::NanogramPerMillilitre,
    equivalent: Some(Equivalent { value: 375.0, unit: Unit::NanomolePerLitre }),
    meaning: "hallmark of vitamin D toxicity above this level",
    source: S::FrontEndocrinol2018,
};
/// Total serum calcium above which is hypercalcemia: 10.4 mg/dL (2.60 mmol/L), MSD Manual.
pub const HYPERCALCEMIA: FixedThreshold = FixedThreshold {
    value: 10.4,
    unit: Unit::MilligramPerDecilitre,
    equivalent: Some(Equivalent { value: 2.60, unit: Unit::MillimolePerLitre }),
    meaning: "hypercalcemia above this level",
    source: S::Msd,
};
/// Total serum calcium from which hypercalcemia is moderate: 12 mg/dL (CMDT: mild < 12,
/// moderate 12-14, severe > 14 mg/dL). The 3.0 mmol/L form was read in copies, not in CMDT.
pub const HYPERCALCEMIA_MODERATE: FixedThreshold = FixedThreshold {
    value: 12.0,
    unit: Unit::MilligramPerDecilitre,
    equivalent: Some(Equivalent { value: 3.0, unit: Unit::MillimolePerLitre }),
    meaning: "moderate hypercalcemia from this level (CMDT: mild below 12, moderate 12-14, severe above 14 mg/dL)",
    source: S::CmdtHypercalcemia,
};
/// Any vitamin K intake counteracts vitamin K antagonists (IOM 2001; a consistent intake is
/// the advice for food, Khan 2004).
pub const ANY_VITAMIN_K: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Microgram,
    equivalent: None,
    meaning: "vitamin K intake counteracts vitamin K antagonists; keep it consistent",
    source: S::Khan2004,
};
/// Any vitamin K supplement with a vitamin K antagonist: MK-7 at 10-20 µg/day lowered the
/// INR in at least 40-60% of anticoagulated volunteers (Theuwissen 2013).
pub const ANY_VITAMIN_K_SUPPLEMENT: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Microgram,
    equivalent: None,
    meaning: "vitamin K supplements from 10 µg/day changed the INR under a vitamin K antagonist",
    source: S::Theuwissen2013,
};
/// Any supplemental magnesium in an infant: IOM sets no UL for infants, whose intake should be
/// from food and formula only (IOM 2000 UL table, footnote).
pub const INFANT_MAGNESIUM_SUPPLEMENT: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Milligram,
    equivalent: None,
    meaning: "an infant's magnesium should come from food and formula only",
    source: S::Iom2000ul,
};
/// Infancy ends at 1 year (the IOM infant groups: 0-6 and 6-12 months).
pub const INFANCY_END: FixedThreshold = FixedThreshold {
    value: 1.0,
    unit: Unit::Year,
    equivalent: None,
    meaning: "infants, below 1 year",
    source: S::Iom2000ul,
};
/// Adulthood for the kidney-stone fluid target: 18 years (NICE NG118 gives 2.5-3 L for
/// adults and 1-2 L for children and young people, depending on age).
pub const ADULT_AGE: FixedThreshold = FixedThreshold {
    value: 18.0,
    unit: Unit::Year,
    equivalent: None,
    meaning: "adults, from 18 years",
    source: S::Nice118,
};
/// Any magnesium supplement at all in chronic kidney disease (CMDT).
pub const ANY_MAGNESIUM_SUPPLEMENT: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Milligram,
    equivalent: None,
    meaning: "any supplemental magnesium in kidney disease needs supervision",
    source: S::Cmdt,
};
/// Fluid intake recommended after kidney stones: 2.5 L a day (NICE NG118, 2.5-3 L).
pub const KIDNEY_STONE_FLUID: FixedThreshold = FixedThreshold {
    value: 2.5,
    unit: Unit::LitrePerDay,
    equivalent: None,
    meaning: "daily fluid recommended for adults after kidney stones (2.5-3 L)",
    source: S::Nice118,
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
];
