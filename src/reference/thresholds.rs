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
/// Any vitamin K intake at all counteracts vitamin K antagonists (IOM 2001; MK-7 from
/// 50 µg/day may interfere, Schurgers 2007).
pub const ANY_VITAMIN_K: FixedThreshold = FixedThreshold {
    value: 0.0,
    unit: Unit::Microgram,
    equivalent: None,
    meaning: "any vitamin K2 intake counteracts vitamin K antagonists",
    source: S::Schurgers2007,
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
    meaning: "daily fluid recommended after kidney stones (2.5-3 L)",
    source: S::Nice118,
};

/// Every fixed threshold above, so that a threshold read back from JSON can be found.
pub const FIXED_THRESHOLDS: &[FixedThreshold] = &[
    CALCIDIOL_DEFICIENCY,
    CALCIDIOL_SUFFICIENCY,
    CALCIDIOL_CONCERN,
    CALCIDIOL_TOXICITY,
    HYPERCALCEMIA,
    ANY_VITAMIN_K,
    ANY_MAGNESIUM_SUPPLEMENT,
    KIDNEY_STONE_FLUID,
];
