//! Life stages and the reference values (RDA/AI, UL, drink levels, activity guidelines)
//! the rules compare intakes against, each row with its source.
//!
//! One table, [`REFERENCE_ROWS`], holds every life-stage-dependent value; the fixed lab
//! thresholds are the [`FixedThreshold`] constants of this module.

use serde::Serialize;

use crate::source::SourceId;
use crate::term::{Term, vocabulary};
use crate::units::Unit;

vocabulary! {
    /// Sex, as the reference tables split by it.
    pub enum Sex in "sex" {
        /// Female.
        Female = "female", "Female";
        /// Male.
        Male = "male", "Male";
    }
}

vocabulary! {
    /// Pregnancy or lactation, which change some reference values. Absent means neither.
    pub enum ReproductiveStatus in "reproductive_status" {
        /// Currently pregnant.
        Pregnant = "pregnant", "Pregnant";
        /// Currently breastfeeding.
        Lactating = "lactating", "Lactating";
    }
}

vocabulary! {
    /// The body of reference values thresholds come from.
    pub enum ReferenceStandard in "reference_standard" {
        /// US/Canada Dietary Reference Intakes of the Institute of Medicine (the default).
        Iom = "iom", "IOM (US/Canada DRIs)";
        /// Dietary Reference Values of the European Food Safety Authority.
        Efsa = "efsa", "EFSA (EU DRVs)";
    }
}

impl Default for ReferenceStandard {
    /// IOM, the crate's default standard.
    fn default() -> Self {
        Self::Iom
    }
}

vocabulary! {
    /// A life-stage-dependent reference value a rule can compare against.
    pub enum ReferenceKind in "reference_kind" {
        /// Vitamin D RDA (AI for infants), µg/day.
        VitaminDRda = "vitamin_d_rda", "Vitamin D RDA";
        /// Vitamin D tolerable upper intake level, µg/day.
        VitaminDUl = "vitamin_d_ul", "Vitamin D UL";
        /// Vitamin K adequate intake, µg/day (used as a heuristic for vitamin K2; there is no K2 requirement).
        VitaminKAi = "vitamin_k_ai", "Vitamin K AI";
        /// Vitamin K tolerable upper intake level: not determined at any age.
        VitaminKUl = "vitamin_k_ul", "Vitamin K UL";
        /// Magnesium RDA (AI for infants), mg/day from all sources.
        MagnesiumRda = "magnesium_rda", "Magnesium RDA";
        /// Magnesium tolerable upper intake level, mg/day from supplements and medicines only.
        MagnesiumSupplementUl = "magnesium_supplement_ul", "Magnesium UL (supplements)";
        /// Calcium RDA (AI for infants), mg/day.
        CalciumRda = "calcium_rda", "Calcium RDA";
        /// Calcium tolerable upper intake level, mg/day.
        CalciumUl = "calcium_ul", "Calcium UL";
        /// Water from drinks: about 80% of the adequate total water intake, L/day.
        DrinkingWater = "drinking_water", "Adequate water from drinks";
        /// Aerobic physical activity, moderate-intensity-equivalent minutes/week.
        PhysicalActivity = "physical_activity_minimum", "Recommended physical activity";
    }
}

vocabulary! {
    /// What a reference value is.
    pub enum ValueType in "value_type" {
        /// Recommended Dietary Allowance: meets the needs of 97-98% of healthy people.
        Rda = "rda", "RDA";
        /// Adequate Intake: set where evidence does not support an RDA (e.g. infants).
        Ai = "ai", "AI";
        /// Tolerable Upper Intake Level: the highest daily intake unlikely to cause harm.
        Ul = "ul", "UL";
        /// A guideline minimum (physical activity).
        Guideline = "guideline", "Guideline";
    }
}

impl ReferenceKind {
    /// The unit of the kind's values (also the canonical unit of what it is compared with).
    pub fn unit(self) -> Unit {
        match self {
            Self::VitaminDRda | Self::VitaminDUl | Self::VitaminKAi | Self::VitaminKUl => Unit::Microgram,
            Self::MagnesiumRda | Self::MagnesiumSupplementUl | Self::CalciumRda | Self::CalciumUl => Unit::Milligram,
            Self::DrinkingWater => Unit::LitrePerDay,
            Self::PhysicalActivity => Unit::MinutePerWeek,
        }
    }
}

/// Which reproductive statuses a row applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StatusFilter {
    /// Everyone in the age band, pregnant and lactating included.
    Any,
    /// Only people neither pregnant nor lactating.
    NeitherPregnantNorLactating,
    /// Only pregnant people.
    Pregnant,
    /// Only lactating people.
    Lactating,
}

impl StatusFilter {
    fn matches(self, status: Option<ReproductiveStatus>) -> bool {
        matches!(
            (self, status),
            (Self::Any, _)
                | (Self::NeitherPregnantNorLactating, None)
                | (Self::Pregnant, Some(ReproductiveStatus::Pregnant))
                | (Self::Lactating, Some(ReproductiveStatus::Lactating))
        )
    }
}

/// A reference value, or the explicit statement that none was determined.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefValue {
    /// A value in the kind's unit.
    Amount(f64),
    /// The source determined no value for this group (e.g. no vitamin K UL, "ND"); never read
    /// as zero or infinity.
    NotDetermined,
}

/// One row of a reference table: a value for an age band, sex and reproductive status.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReferenceRow {
    /// What the value is a reference for.
    pub kind: ReferenceKind,
    /// The standard the row belongs to; `None` for guidelines that are not part of either
    /// standard (WHO activity) and apply whichever is chosen.
    pub standard: Option<ReferenceStandard>,
    /// Lower bound of the age band, years, inclusive.
    pub age_from: f64,
    /// Upper bound of the age band, years, exclusive; `None` for no upper bound.
    pub age_until: Option<f64>,
    /// Sex the row applies to; `None` for both.
    pub sex: Option<Sex>,
    /// Reproductive statuses the row applies to.
    pub status: StatusFilter,
    /// The value.
    pub value: RefValue,
    /// RDA, AI, UL or guideline.
    pub value_type: ValueType,
    /// The life-stage group as the source names it, e.g. `"19-50 years"`.
    pub group: &'static str,
    /// Where the value comes from.
    pub source: SourceId,
}

impl ReferenceRow {
    /// The row's unit.
    pub fn unit(&self) -> Unit {
        self.kind.unit()
    }

    /// The value, if one was determined.
    pub fn amount(&self) -> Option<f64> {
        match self.value {
            RefValue::Amount(v) => Some(v),
            RefValue::NotDetermined => None,
        }
    }

    fn matches(&self, age: f64, sex: Option<Sex>, status: Option<ReproductiveStatus>) -> Option<bool> {
        let in_band = age >= self.age_from && self.age_until.is_none_or(|until| age < until);
        if !in_band || !self.status.matches(status) {
            return Some(false);
        }
        match (self.sex, sex) {
            (None, _) => Some(true),
            (Some(row), Some(person)) => Some(row == person),
            (Some(_), None) => None,
        }
    }
}

use RefValue::{Amount, NotDetermined};
use ReferenceKind as K;
use ReferenceStandard::{Efsa, Iom};
use SourceId as S;
use StatusFilter::{Any, NeitherPregnantNorLactating as NotPL};
use ValueType::{Ai, Guideline, Rda, Ul};

const F: Option<Sex> = Some(Sex::Female);
const M: Option<Sex> = Some(Sex::Male);
const BOTH: Option<Sex> = None;
const NO_END: Option<f64> = None;

#[allow(clippy::too_many_arguments)]
const fn row(
    kind: ReferenceKind,
    standard: Option<ReferenceStandard>,
    ages: (f64, Option<f64>),
    sex: Option<Sex>,
    status: StatusFilter,
    value: RefValue,
    value_type: ValueType,
    group: &'static str,
    source: SourceId,
) -> ReferenceRow {
    ReferenceRow { kind, standard, age_from: ages.0, age_until: ages.1, sex, status, value, value_type, group, source }
}

const IOM: Option<ReferenceStandard> = Some(Iom);
const EFSA: Option<ReferenceStandard> = Some(Efsa);

const INFANT_0_6: (f64, Option<f64>) = (0.0, Some(0.5));
const INFANT_6_12: (f64, Option<f64>) = (0.5, Some(1.0));
const AGE_1_3: (f64, Option<f64>) = (1.0, Some(4.0));
const AGE_4_8: (f64, Option<f64>) = (4.0, Some(9.0));
const AGE_9_13: (f64, Option<f64>) = (9.0, Some(14.0));
const AGE_14_18: (f64, Option<f64>) = (14.0, Some(19.0));
const AGE_19_30: (f64, Option<f64>) = (19.0, Some(31.0));
const AGE_31_50: (f64, Option<f64>) = (31.0, Some(51.0));

/// Every life-stage-dependent reference value (REFERENCE.md), one row per value.
pub const REFERENCE_ROWS: &[ReferenceRow] = &[
    // Vitamin D, IOM 2011.
    row(K::VitaminDRda, IOM, INFANT_0_6, BOTH, Any, Amount(10.0), Ai, "0-6 months", S::Iom2011),
    row(K::VitaminDRda, IOM, INFANT_6_12, BOTH, Any, Amount(10.0), Ai, "6-12 months", S::Iom2011),
    row(K::VitaminDRda, IOM, (1.0, Some(71.0)), BOTH, Any, Amount(15.0), Rda, "1-70 years", S::Iom2011),
    row(K::VitaminDRda, IOM, (71.0, NO_END), BOTH, Any, Amount(20.0), Rda, "over 70 years", S::Iom2011),
    row(K::VitaminDUl, IOM, INFANT_0_6, BOTH, Any, Amount(25.0), Ul, "0-6 months", S::Iom2011),
    row(K::VitaminDUl, IOM, INFANT_6_12, BOTH, Any, Amount(38.0), Ul, "6-12 months", S::Iom2011),
    row(K::VitaminDUl, IOM, AGE_1_3, BOTH, Any, Amount(63.0), Ul, "1-3 years", S::Iom2011),
    row(K::VitaminDUl, IOM, AGE_4_8, BOTH, Any, Amount(75.0), Ul, "4-8 years", S::Iom2011),
    row(K::VitaminDUl, IOM, (9.0, NO_END), BOTH, Any, Amount(100.0), Ul, "9 years and over", S::Iom2011),
    // Vitamin D, EFSA (ULs only; EFSA's other values are not encoded, so the RDA falls back to IOM).
    row(K::VitaminDUl, EFSA, INFANT_0_6, BOTH, Any, Amount(25.0), Ul, "0-6 months", S::Efsa2018d),
    row(K::VitaminDUl, EFSA, INFANT_6_12, BOTH, Any, Amount(35.0), Ul, "6-12 months", S::Efsa2018d),
    row(K::VitaminDUl, EFSA, (1.0, Some(11.0)), BOTH, Any, Amount(50.0), Ul, "1-10 years", S::Efsa2023d),
    row(K::VitaminDUl, EFSA, (11.0, NO_END), BOTH, Any, Amount(100.0), Ul, "11 years and over", S::Efsa2023d),
    // Vitamin K, IOM 2001 (AI; no UL determined).
    row(K::VitaminKAi, IOM, INFANT_0_6, BOTH, Any, Amount(2.0), Ai, "0-6 months", S::Iom2001),
    row(K::VitaminKAi, IOM, INFANT_6_12, BOTH, Any, Amount(2.5), Ai, "7-12 months", S::Iom2001),
    row(K::VitaminKAi, IOM, AGE_1_3, BOTH, Any, Amount(30.0), Ai, "1-3 years", S::Iom2001),
    row(K::VitaminKAi, IOM, AGE_4_8, BOTH, Any, Amount(55.0), Ai, "4-8 years", S::Iom2001),
    row(K::VitaminKAi, IOM, AGE_9_13, BOTH, Any, Amount(60.0), Ai, "9-13 years", S::Iom2001),
    row(K::VitaminKAi, IOM, AGE_14_18, BOTH, Any, Amount(75.0), Ai, "14-18 years", S::Iom2001),
    row(K::VitaminKAi, IOM, (19.0, NO_END), M, Any, Amount(120.0), Ai, "men 19 years and over", S::Iom2001),
    row(K::VitaminKAi, IOM, (19.0, NO_END), F, Any, Amount(90.0), Ai, "women 19 years and over", S::Iom2001),
    row(K::VitaminKUl, IOM, (0.0, NO_END), BOTH, Any, NotDetermined, Ul, "all ages", S::Iom2001),
    // Magnesium, IOM 1997 (RDA from all sources; UL for supplements and medicines only).
    // Pregnancy and lactation rows: "18 years and under" as the source gives them.
    row(K::MagnesiumRda, IOM, INFANT_0_6, BOTH, NotPL, Amount(30.0), Ai, "0-6 months", S::Iom1997),
    row(K::MagnesiumRda, IOM, INFANT_6_12, BOTH, NotPL, Amount(75.0), Ai, "7-12 months", S::Iom1997),
    row(K::MagnesiumRda, IOM, AGE_1_3, BOTH, NotPL, Amount(80.0), Rda, "1-3 years", S::Iom1997),
    row(K::MagnesiumRda, IOM, AGE_4_8, BOTH, NotPL, Amount(130.0), Rda, "4-8 years", S::Iom1997),
    row(K::MagnesiumRda, IOM, AGE_9_13, BOTH, NotPL, Amount(240.0), Rda, "9-13 years", S::Iom1997),
    row(K::MagnesiumRda, IOM, AGE_14_18, M, Any, Amount(410.0), Rda, "boys 14-18 years", S::Iom1997),
    row(K::MagnesiumRda, IOM, AGE_14_18, F, NotPL, Amount(360.0), Rda, "girls 14-18 years", S::Iom1997),
    row(K::MagnesiumRda, IOM, AGE_19_30, M, Any, Amount(400.0), Rda, "men 19-30 years", S::Iom1997),
    row(K::MagnesiumRda, IOM, AGE_19_30, F, NotPL, Amount(310.0), Rda, "women 19-30 years", S::Iom1997),
    row(K::MagnesiumRda, IOM, (31.0, NO_END), M, Any, Amount(420.0), Rda, "men 31 years and over", S::Iom1997),
    row(K::MagnesiumRda, IOM, (31.0, NO_END), F, NotPL, Amount(320.0), Rda, "women 31 years and over", S::Iom1997),
    row(
        K::MagnesiumRda,
        IOM,
        (0.0, Some(19.0)),
        BOTH,
        StatusFilter::Pregnant,
        Amount(400.0),
        Rda,
        "pregnancy 18 years and under",
        S::Iom1997,
    ),
    row(
        K::MagnesiumRda,
        IOM,
        AGE_19_30,
        BOTH,
        StatusFilter::Pregnant,
        Amount(350.0),
        Rda,
        "pregnancy 19-30 years",
        S::Iom1997,
    ),
    row(
        K::MagnesiumRda,
        IOM,
        AGE_31_50,
        BOTH,
        StatusFilter::Pregnant,
        Amount(360.0),
        Rda,
        "pregnancy 31-50 years",
        S::Iom1997,
    ),
    row(
        K::MagnesiumRda,
        IOM,
        (0.0, Some(19.0)),
        BOTH,
        StatusFilter::Lactating,
        Amount(360.0),
        Rda,
        "lactation 18 years and under",
        S::Iom1997,
    ),
    row(
        K::MagnesiumRda,
        IOM,
        AGE_19_30,
        BOTH,
        StatusFilter::Lactating,
        Amount(310.0),
        Rda,
        "lactation 19-30 years",
        S::Iom1997,
    ),
    row(
        K::MagnesiumRda,
        IOM,
        AGE_31_50,
        BOTH,
        StatusFilter::Lactating,
        Amount(320.0),
        Rda,
        "lactation 31-50 years",
        S::Iom1997,
    ),
    row(K::MagnesiumSupplementUl, IOM, (0.0, Some(1.0)), BOTH, Any, NotDetermined, Ul, "infants", S::Iom1997),
    row(K::MagnesiumSupplementUl, IOM, AGE_1_3, BOTH, Any, Amount(65.0), Ul, "1-3 years", S::Iom1997),
    row(K::MagnesiumSupplementUl, IOM, AGE_4_8, BOTH, Any, Amount(110.0), Ul, "4-8 years", S::Iom1997),
    row(K::MagnesiumSupplementUl, IOM, (9.0, NO_END), BOTH, Any, Amount(350.0), Ul, "9 years and over", S::Iom1997),
    // Calcium, IOM 2011 (pregnancy and lactation share the values of their age band).
    row(K::CalciumRda, IOM, INFANT_0_6, BOTH, Any, Amount(200.0), Ai, "0-6 months", S::Iom2011),
    row(K::CalciumRda, IOM, INFANT_6_12, BOTH, Any, Amount(260.0), Ai, "6-12 months", S::Iom2011),
    row(K::CalciumRda, IOM, AGE_1_3, BOTH, Any, Amount(700.0), Rda, "1-3 years", S::Iom2011),
    row(K::CalciumRda, IOM, AGE_4_8, BOTH, Any, Amount(1000.0), Rda, "4-8 years", S::Iom2011),
    row(K::CalciumRda, IOM, (9.0, Some(19.0)), BOTH, Any, Amount(1300.0), Rda, "9-18 years", S::Iom2011),
    row(K::CalciumRda, IOM, (19.0, Some(51.0)), BOTH, Any, Amount(1000.0), Rda, "19-50 years", S::Iom2011),
    row(K::CalciumRda, IOM, (51.0, Some(71.0)), M, Any, Amount(1000.0), Rda, "men 51-70 years", S::Iom2011),
    row(K::CalciumRda, IOM, (51.0, Some(71.0)), F, Any, Amount(1200.0), Rda, "women 51-70 years", S::Iom2011),
    row(K::CalciumRda, IOM, (71.0, NO_END), BOTH, Any, Amount(1200.0), Rda, "over 70 years", S::Iom2011),
    row(K::CalciumUl, IOM, INFANT_0_6, BOTH, Any, Amount(1000.0), Ul, "0-6 months", S::Iom2011),
    row(K::CalciumUl, IOM, INFANT_6_12, BOTH, Any, Amount(1500.0), Ul, "6-12 months", S::Iom2011),
    row(K::CalciumUl, IOM, (1.0, Some(9.0)), BOTH, Any, Amount(2500.0), Ul, "1-8 years", S::Iom2011),
    row(K::CalciumUl, IOM, (9.0, Some(19.0)), BOTH, Any, Amount(3000.0), Ul, "9-18 years", S::Iom2011),
    row(K::CalciumUl, IOM, (19.0, Some(51.0)), BOTH, Any, Amount(2500.0), Ul, "19-50 years", S::Iom2011),
    row(K::CalciumUl, IOM, (51.0, NO_END), BOTH, Any, Amount(2000.0), Ul, "51 years and over", S::Iom2011),
    row(K::CalciumUl, EFSA, (18.0, NO_END), BOTH, Any, Amount(2500.0), Ul, "adults", S::Efsa2012ca),
    // Water from drinks, EFSA 2010: about 80% of the adequate total water intake (women 2.0 L,
    // men 2.5 L; pregnancy +0.3 L, lactation +0.7 L), for adults and from 14 years.
    row(K::DrinkingWater, EFSA, (14.0, NO_END), F, NotPL, Amount(1.6), Ai, "women from 14 years", S::Efsa2010w),
    row(K::DrinkingWater, EFSA, (14.0, NO_END), M, Any, Amount(2.0), Ai, "men from 14 years", S::Efsa2010w),
    row(
        K::DrinkingWater,
        EFSA,
        (14.0, NO_END),
        BOTH,
        StatusFilter::Pregnant,
        Amount(1.84),
        Ai,
        "pregnancy",
        S::Efsa2010w,
    ),
    row(
        K::DrinkingWater,
        EFSA,
        (14.0, NO_END),
        BOTH,
        StatusFilter::Lactating,
        Amount(2.16),
        Ai,
        "lactation",
        S::Efsa2010w,
    ),
    // Physical activity, WHO 2020 (moderate-equivalent; 1 vigorous minute counts as 2).
    row(
        K::PhysicalActivity,
        None,
        (5.0, Some(18.0)),
        BOTH,
        Any,
        Amount(420.0),
        Guideline,
        "5-17 years (60 min/day)",
        S::Who2020,
    ),
    row(
        K::PhysicalActivity,
        None,
        (18.0, NO_END),
        BOTH,
        Any,
        Amount(150.0),
        Guideline,
        "adults 18 years and over",
        S::Who2020,
    ),
];

/// A fixed threshold (not life-stage dependent), with its source.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FixedThreshold {
    /// The value.
    pub value: f64,
    /// Its unit (the canonical unit of the measure it is compared with).
    pub unit: Unit,
    /// The same threshold as the source publishes it in the measure's other unit (2.60
    /// mmol/L beside 10.4 mg/dL). A value reported in that unit is compared with this
    /// figure, so a lab reported at exactly the published figure does not cross it.
    pub equivalent: Option<Equivalent>,
    /// What the threshold marks, in words.
    pub meaning: &'static str,
    /// Where it comes from.
    pub source: SourceId,
}

/// A threshold as published in a second unit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Equivalent {
    /// The published value.
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
}

impl FixedThreshold {
    /// The threshold for a value reported in `given`, as `(value, unit, canonical)`: the
    /// published equivalent and its unit when `given` is that unit, else the threshold's own
    /// value and unit; `canonical` is that figure in the threshold's unit, to compare with
    /// the value converted the same way.
    pub const fn limit_for(&self, given: Unit) -> (f64, Unit, f64) {
        match self.equivalent {
            Some(eq) if eq.unit as u8 == given as u8 => match eq.unit.convert(eq.value, self.unit) {
                Some(canonical) => (eq.value, eq.unit, canonical),
                None => (self.value, self.unit, self.value),
            },
            _ => (self.value, self.unit, self.value),
        }
    }
}

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

/// The rows of [`REFERENCE_ROWS`] grouped by kind and standard, built from the table at
/// compile time, so a look-up scans only the rows it could use (in table order) and reads
/// a row only when its age band fits.
struct RowIndex {
    /// Every row as (age from, age until or infinity for none, row number), bucket after bucket.
    entries: [IndexEntry; REFERENCE_ROWS.len()],
    /// Where each (kind, standard) bucket starts in `entries`; it ends where the next starts.
    starts: [u16; ROW_INDEX_BUCKETS + 1],
}

#[derive(Clone, Copy)]
struct IndexEntry {
    from: f64,
    until: f64,
    row: u16,
}

const ROW_INDEX_KINDS: usize = <ReferenceKind as strum::EnumCount>::COUNT;
/// Standard slots per kind: IOM, EFSA, and rows that belong to no standard.
const ROW_INDEX_SLOTS: usize = 3;
const ROW_INDEX_BUCKETS: usize = ROW_INDEX_KINDS * ROW_INDEX_SLOTS;

static ROW_INDEX: RowIndex = RowIndex::build();

impl RowIndex {
    const fn bucket(kind: ReferenceKind, standard: Option<ReferenceStandard>) -> usize {
        let slot = match standard {
            Some(Iom) => 0,
            Some(Efsa) => 1,
            None => 2,
        };
        kind as usize * ROW_INDEX_SLOTS + slot
    }

    /// A counting sort of the rows by bucket, stable, so each bucket keeps table order.
    const fn build() -> Self {
        assert!(REFERENCE_ROWS.len() <= u16::MAX as usize, "REFERENCE_ROWS outgrew the u16 row index");
        let mut starts = [0u16; ROW_INDEX_BUCKETS + 1];
        let mut i = 0;
        while i < REFERENCE_ROWS.len() {
            starts[Self::bucket(REFERENCE_ROWS[i].kind, REFERENCE_ROWS[i].standard) + 1] += 1;
            i += 1;
        }
        let mut b = 0;
        while b < ROW_INDEX_BUCKETS {
            starts[b + 1] += starts[b];
            b += 1;
        }
        let mut next = starts;
        let mut entries = [IndexEntry { from: 0.0, until: 0.0, row: 0 }; REFERENCE_ROWS.len()];
        let mut i = 0;
        while i < REFERENCE_ROWS.len() {
            let row = &REFERENCE_ROWS[i];
            let bucket = Self::bucket(row.kind, row.standard);
            let until = match row.age_until {
                Some(until) => until,
                None => f64::INFINITY,
            };
            entries[next[bucket] as usize] = IndexEntry { from: row.age_from, until, row: i as u16 };
            next[bucket] += 1;
            i += 1;
        }
        Self { entries, starts }
    }

    /// The rows of `kind` in `standard` whose age band holds `age`, in table order.
    fn rows(
        &'static self,
        kind: ReferenceKind,
        standard: Option<ReferenceStandard>,
        age: f64,
    ) -> impl Iterator<Item = &'static ReferenceRow> {
        let bucket = Self::bucket(kind, standard);
        self.entries[self.starts[bucket] as usize..self.starts[bucket + 1] as usize]
            .iter()
            .filter(move |e| age >= e.from && (age < e.until || e.until == f64::INFINITY))
            .map(|e| &REFERENCE_ROWS[e.row as usize])
    }
}

/// Who the reference values are looked up for: age, sex and pregnancy/lactation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LifeStage {
    /// Age in years (fractional for infants), if reported.
    pub age_years: Option<f64>,
    /// Sex, if reported (pregnancy or lactation imply female for table look-ups).
    pub sex: Option<Sex>,
    /// Pregnancy or lactation; absent means neither.
    pub reproductive_status: Option<ReproductiveStatus>,
}

/// Why a reference value could not be found for a life stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LookupGap {
    /// The age is needed and was not reported.
    MissingAge,
    /// The value depends on sex, which was not reported.
    MissingSex,
    /// No row covers this life stage (e.g. drink levels under 14 years, or pregnancy over 50).
    NoValueForLifeStage,
}

/// A reference value found for a life stage, with where it came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Resolved {
    /// The row that gave the value.
    pub row: &'static ReferenceRow,
    /// The standard that was asked for.
    pub requested: ReferenceStandard,
}

impl Resolved {
    /// Whether the value came from a standard other than the requested one, because the
    /// requested one gives no value for this life stage.
    pub fn is_fallback(&self) -> bool {
        self.row.standard.is_some_and(|s| s != self.requested)
    }

    /// Says which standard gave the value, e.g. `"IOM 2011, 19-50 years"` or
    /// `"IOM 2011, 1-70 years; EFSA gives no value, IOM used"`.
    pub fn provenance(&self) -> String {
        let mut out = String::new();
        self.write_provenance(&mut out);
        out
    }

    /// [`provenance`](Self::provenance), written into `out`.
    pub(crate) fn write_provenance(&self, out: &mut String) {
        let upper = |s: ReferenceStandard| s.id().chars().map(|c| c.to_ascii_uppercase());
        out.push_str(self.row.source.label());
        out.push_str(", ");
        out.push_str(self.row.group);
        if let Some(used) = self.row.standard.filter(|used| *used != self.requested) {
            out.push_str("; ");
            out.extend(upper(self.requested));
            out.push_str(" gives no value, ");
            out.extend(upper(used));
            out.push_str(" used");
        }
    }
}

impl LifeStage {
    /// Pregnancy and lactation imply female for the tables; otherwise the reported sex.
    pub fn table_sex(&self) -> Option<Sex> {
        if self.reproductive_status.is_some() { Some(Sex::Female) } else { self.sex }
    }

    /// The reference value of `kind` for this life stage under `standard`: rows of the
    /// requested standard first, then rows that belong to no standard, then the other
    /// standard (a fallback, which [`Resolved::is_fallback`] reports).
    ///
    /// # Errors
    /// A [`LookupGap`] saying what is missing (age, sex) or that no value exists.
    ///
    /// ```
    /// use calcification::{LifeStage, ReferenceKind, ReferenceStandard, Sex};
    ///
    /// let stage = LifeStage { age_years: Some(52.0), sex: Some(Sex::Female), reproductive_status: None };
    /// let ul = stage.reference(ReferenceKind::CalciumUl, ReferenceStandard::Iom).unwrap();
    /// assert_eq!(ul.row.amount(), Some(2000.0));
    /// ```
    pub fn reference(&self, kind: ReferenceKind, standard: ReferenceStandard) -> Result<Resolved, LookupGap> {
        let age = self.age_years.ok_or(LookupGap::MissingAge)?;
        let other = match standard {
            Iom => Efsa,
            Efsa => Iom,
        };
        for wanted in [Some(standard), None, Some(other)] {
            match self.find_row(kind, wanted, age)? {
                Some(row) => return Ok(Resolved { row, requested: standard }),
                None => continue,
            }
        }
        Err(LookupGap::NoValueForLifeStage)
    }

    fn find_row(
        &self,
        kind: ReferenceKind,
        standard: Option<ReferenceStandard>,
        age: f64,
    ) -> Result<Option<&'static ReferenceRow>, LookupGap> {
        let sex = self.table_sex();
        let mut sex_unknown = false;
        for row in ROW_INDEX.rows(kind, standard, age) {
            match row.matches(age, sex, self.reproductive_status) {
                Some(true) => return Ok(Some(row)),
                Some(false) => {}
                None => sex_unknown = true,
            }
        }
        if sex_unknown { Err(LookupGap::MissingSex) } else { Ok(None) }
    }

    /// A short description, e.g. `"female, 52 years, pregnant"`.
    pub fn describe(&self) -> String {
        let mut out = String::with_capacity(32);
        if let Some(sex) = self.sex {
            out.push_str(sex.id());
            out.push_str(", ");
        }
        match self.age_years {
            Some(age) if age < 1.0 => {
                push_number(&mut out, age * 12.0);
                out.push_str(" months");
            }
            Some(age) => {
                push_number(&mut out, age);
                out.push_str(" years");
            }
            None => out.push_str("age not reported"),
        }
        if let Some(status) = self.reproductive_status {
            out.push_str(", ");
            out.push_str(status.id());
        }
        out
    }
}

/// Formats a number rounded to 3 decimals without trailing zeros: `52`, `1.6`, `0.025`.
pub(crate) fn trim_number(value: f64) -> String {
    let mut out = String::new();
    push_number(&mut out, value);
    out
}

/// [`trim_number`], written into `out`.
pub(crate) fn push_number(out: &mut String, value: f64) {
    use std::fmt::Write;
    // `Display` for f64 is the shortest text that reads back as the same number, and never
    // uses an exponent, so after rounding it has no trailing zeros.
    let _ = write!(out, "{}", (value * 1000.0).round() / 1000.0 + 0.0);
}

/// Rounds to at most 6 significant digits, so converted limits print cleanly.
pub(crate) fn round_sig(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = 10f64.powi(5 - value.abs().log10().floor() as i32);
    (value * magnitude).round() / magnitude
}
