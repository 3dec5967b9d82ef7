//! The reference-value table: every life-stage-dependent value (REFERENCE.md), one row per
//! value, in the order the sources print them, with the source key on each row. A nutrition
//! reviewer reads this file beside the IOM and EFSA tables; the code that reads it is in
//! `mod.rs` and `index.rs`.

use super::{RefValue, ReferenceKind, ReferenceRow, ReferenceStandard, Sex, StatusFilter, ValueType};
use crate::source::SourceId;

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
