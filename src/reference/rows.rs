//! The reference-value table: every life-stage-dependent value (REFERENCE.md), one row per
//! value, in the order the sources print them, with the source key on each row. A nutrition
//! reviewer reads this file beside the IOM and EFSA tables; the code that reads it is in
//! `mod.rs` and `index.rs`.

use super::{RefValue, ReferenceKind, ReferenceRow, ReferenceStandard, Sex, StatusFilter, ValueType};
use crate::source::{Confirmation, SourceId};

use RefValue::{Amount, NotDetermined, NotEncoded};
use ReferenceKind as K;
use ReferenceStandard::{Efsa, Iom};
use SourceId as S;
use StatusFilter::{Any, NeitherPregnantNorLactating as NotPL};
use ValueType::{Ai, Guideline, Pri, Rda, Ul};

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
    ReferenceRow {
        kind,
        standard,
        age_from: ages.0,
        age_until: ages.1,
        sex,
        status,
        value,
        value_type,
        group,
        source,
        confirmation: Confirmation::Primary,
    }
}

/// The same row, its figure read only in a copy or quotation of the source.
const fn secondary(mut r: ReferenceRow) -> ReferenceRow {
    r.confirmation = Confirmation::Secondary;
    r
}

/// The same row, its figure derived by the crate from a published one (the group says how).
const fn derived(mut r: ReferenceRow) -> ReferenceRow {
    r.confirmation = Confirmation::Derived;
    r
}

const IOM: Option<ReferenceStandard> = Some(Iom);
const EFSA: Option<ReferenceStandard> = Some(Efsa);

// Infant groups are two 6-month halves, ages read as completed months as years are read as
// completed years: IOM 2011 defines "0 to 6 months" as birth to 5.9 months and "6 to 12
// months" as 6.0 to 11.9 months (NAP 13050 p.23); IOM 1997/2001/2005 split infancy "into two
// 6-month intervals" and label the second "7-12 months"; EFSA's "7-11 months" is the same
// half. So 0-6 months is [0, 0.5) years and 6-12 months [0.5, 1).
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
    // The ULs in IU are the published figures (1,500 and 2,500 IU); the µg forms are printed
    // rounded (38 and 63 µg). Compared with the exact value.
    secondary(row(K::VitaminDUl, IOM, INFANT_6_12, BOTH, Any, Amount(37.5), Ul, "6-12 months (1,500 IU)", S::Iom2011)),
    row(K::VitaminDUl, IOM, AGE_1_3, BOTH, Any, Amount(62.5), Ul, "1-3 years (2,500 IU)", S::Iom2011),
    row(K::VitaminDUl, IOM, AGE_4_8, BOTH, Any, Amount(75.0), Ul, "4-8 years", S::Iom2011),
    row(K::VitaminDUl, IOM, (9.0, NO_END), BOTH, Any, Amount(100.0), Ul, "9 years and over", S::Iom2011),
    // Vitamin D, EFSA 2016 (AI; none for 0-6 months) and the EFSA ULs.
    row(K::VitaminDRda, EFSA, INFANT_6_12, BOTH, Any, Amount(10.0), Ai, "7-11 months", S::Efsa2016d),
    row(
        K::VitaminDRda,
        EFSA,
        (1.0, NO_END),
        BOTH,
        Any,
        Amount(15.0),
        Ai,
        "1 year and over, incl. pregnancy and lactation",
        S::Efsa2016d,
    ),
    row(K::VitaminDUl, EFSA, INFANT_0_6, BOTH, Any, Amount(25.0), Ul, "0-6 months", S::Efsa2018d),
    row(K::VitaminDUl, EFSA, INFANT_6_12, BOTH, Any, Amount(35.0), Ul, "6-12 months", S::Efsa2018d),
    row(K::VitaminDUl, EFSA, (1.0, Some(11.0)), BOTH, Any, Amount(50.0), Ul, "1-10 years", S::Efsa2023d),
    row(K::VitaminDUl, EFSA, (11.0, NO_END), BOTH, Any, Amount(100.0), Ul, "11 years and over", S::Efsa2023d),
    // Phosphorus, IOM 1997 (RDA, AI for infants; the pregnancy and lactation RDAs equal those
    // of the age band). ULs: none for infants, 3.5 g in pregnancy and 4 g in lactation (14-50 y).
    row(K::PhosphorusRda, IOM, INFANT_0_6, BOTH, Any, Amount(100.0), Ai, "0-6 months", S::Iom1997),
    row(K::PhosphorusRda, IOM, INFANT_6_12, BOTH, Any, Amount(275.0), Ai, "7-12 months", S::Iom1997),
    row(K::PhosphorusRda, IOM, AGE_1_3, BOTH, Any, Amount(460.0), Rda, "1-3 years", S::Iom1997),
    row(K::PhosphorusRda, IOM, AGE_4_8, BOTH, Any, Amount(500.0), Rda, "4-8 years", S::Iom1997),
    row(K::PhosphorusRda, IOM, (9.0, Some(19.0)), BOTH, Any, Amount(1250.0), Rda, "9-18 years", S::Iom1997),
    row(K::PhosphorusRda, IOM, (19.0, NO_END), BOTH, Any, Amount(700.0), Rda, "19 years and over", S::Iom1997),
    row(K::PhosphorusUl, IOM, (0.0, Some(1.0)), BOTH, Any, NotDetermined, Ul, "infants", S::Iom1997),
    row(K::PhosphorusUl, IOM, (1.0, Some(9.0)), BOTH, Any, Amount(3000.0), Ul, "1-8 years", S::Iom1997),
    row(K::PhosphorusUl, IOM, (9.0, Some(71.0)), BOTH, NotPL, Amount(4000.0), Ul, "9-70 years", S::Iom1997),
    row(K::PhosphorusUl, IOM, (71.0, NO_END), BOTH, NotPL, Amount(3000.0), Ul, "over 70 years", S::Iom1997),
    row(
        K::PhosphorusUl,
        IOM,
        (14.0, Some(51.0)),
        BOTH,
        StatusFilter::Pregnant,
        Amount(3500.0),
        Ul,
        "pregnancy 14-50 years",
        S::Iom1997,
    ),
    row(
        K::PhosphorusUl,
        IOM,
        (14.0, Some(51.0)),
        BOTH,
        StatusFilter::Lactating,
        Amount(4000.0),
        Ul,
        "lactation 14-50 years",
        S::Iom1997,
    ),
    // Phosphorus, EFSA 2015 (AIs; EFSA set no UL, so the IOM UL is used with a note).
    row(K::PhosphorusRda, EFSA, INFANT_6_12, BOTH, Any, Amount(160.0), Ai, "7-11 months", S::Efsa2015p),
    row(
        K::PhosphorusRda,
        EFSA,
        (1.0, Some(18.0)),
        BOTH,
        Any,
        NotEncoded("EFSA's AIs for children, 250-640 mg/day by age, were not read band by band"),
        Ai,
        "1-17 years",
        S::Efsa2015p,
    ),
    row(
        K::PhosphorusRda,
        EFSA,
        (18.0, NO_END),
        BOTH,
        Any,
        Amount(550.0),
        Ai,
        "adults, incl. pregnancy and lactation",
        S::Efsa2015p,
    ),
    // Vitamin K, IOM 2001 (AI; no UL determined).
    row(K::VitaminKAi, IOM, INFANT_0_6, BOTH, NotPL, Amount(2.0), Ai, "0-6 months", S::Iom2001),
    row(K::VitaminKAi, IOM, INFANT_6_12, BOTH, NotPL, Amount(2.5), Ai, "7-12 months", S::Iom2001),
    row(K::VitaminKAi, IOM, AGE_1_3, BOTH, NotPL, Amount(30.0), Ai, "1-3 years", S::Iom2001),
    row(K::VitaminKAi, IOM, AGE_4_8, BOTH, NotPL, Amount(55.0), Ai, "4-8 years", S::Iom2001),
    row(K::VitaminKAi, IOM, AGE_9_13, BOTH, NotPL, Amount(60.0), Ai, "9-13 years", S::Iom2001),
    row(K::VitaminKAi, IOM, AGE_14_18, BOTH, NotPL, Amount(75.0), Ai, "14-18 years", S::Iom2001),
    row(K::VitaminKAi, IOM, (19.0, NO_END), M, Any, Amount(120.0), Ai, "men 19 years and over", S::Iom2001),
    row(K::VitaminKAi, IOM, (19.0, NO_END), F, Any, Amount(90.0), Ai, "women 19 years and over", S::Iom2001),
    // Pregnancy and lactation at 18 and under: 75 µg at every age (FNB summary table, read in
    // copies of it).
    secondary(row(
        K::VitaminKAi,
        IOM,
        (0.0, Some(19.0)),
        BOTH,
        StatusFilter::Pregnant,
        Amount(75.0),
        Ai,
        "pregnancy 18 years and under",
        S::Iom2001,
    )),
    secondary(row(
        K::VitaminKAi,
        IOM,
        (0.0, Some(19.0)),
        BOTH,
        StatusFilter::Lactating,
        Amount(75.0),
        Ai,
        "lactation 18 years and under",
        S::Iom2001,
    )),
    row(K::VitaminKUl, IOM, (0.0, NO_END), BOTH, Any, NotDetermined, Ul, "all ages", S::Iom2001),
    // Vitamin K, EFSA 2017: AIs for phylloquinone (K1) only, none for 0-6 months.
    row(K::VitaminKAi, EFSA, INFANT_6_12, BOTH, Any, Amount(10.0), Ai, "7-11 months (phylloquinone)", S::Efsa2017k),
    row(K::VitaminKAi, EFSA, AGE_1_3, BOTH, Any, Amount(12.0), Ai, "1-3 years (phylloquinone)", S::Efsa2017k),
    row(K::VitaminKAi, EFSA, (4.0, Some(7.0)), BOTH, Any, Amount(20.0), Ai, "4-6 years (phylloquinone)", S::Efsa2017k),
    row(
        K::VitaminKAi,
        EFSA,
        (7.0, Some(11.0)),
        BOTH,
        Any,
        Amount(30.0),
        Ai,
        "7-10 years (phylloquinone)",
        S::Efsa2017k,
    ),
    row(
        K::VitaminKAi,
        EFSA,
        (11.0, Some(15.0)),
        BOTH,
        Any,
        Amount(45.0),
        Ai,
        "11-14 years (phylloquinone)",
        S::Efsa2017k,
    ),
    row(
        K::VitaminKAi,
        EFSA,
        (15.0, Some(18.0)),
        BOTH,
        Any,
        Amount(65.0),
        Ai,
        "15-17 years (phylloquinone)",
        S::Efsa2017k,
    ),
    row(
        K::VitaminKAi,
        EFSA,
        (18.0, NO_END),
        BOTH,
        Any,
        Amount(70.0),
        Ai,
        "adults, incl. pregnancy and lactation (phylloquinone)",
        S::Efsa2017k,
    ),
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
    // Magnesium, EFSA 2015 (AIs; pregnancy and lactation as other women; none for 0-6 months)
    // and the EU UL for supplemental magnesium, none set under 4 years (SCF, read in copies).
    row(K::MagnesiumRda, EFSA, INFANT_6_12, BOTH, Any, Amount(80.0), Ai, "7-11 months", S::Efsa2015mg),
    row(K::MagnesiumRda, EFSA, (1.0, Some(3.0)), BOTH, Any, Amount(170.0), Ai, "1 to under 3 years", S::Efsa2015mg),
    row(K::MagnesiumRda, EFSA, (3.0, Some(10.0)), BOTH, Any, Amount(230.0), Ai, "3 to under 10 years", S::Efsa2015mg),
    row(
        K::MagnesiumRda,
        EFSA,
        (10.0, Some(18.0)),
        M,
        Any,
        Amount(300.0),
        Ai,
        "boys 10 to under 18 years",
        S::Efsa2015mg,
    ),
    row(
        K::MagnesiumRda,
        EFSA,
        (10.0, Some(18.0)),
        F,
        Any,
        Amount(250.0),
        Ai,
        "girls 10 to under 18 years",
        S::Efsa2015mg,
    ),
    row(K::MagnesiumRda, EFSA, (18.0, NO_END), M, Any, Amount(350.0), Ai, "men", S::Efsa2015mg),
    row(
        K::MagnesiumRda,
        EFSA,
        (18.0, NO_END),
        F,
        Any,
        Amount(300.0),
        Ai,
        "women, incl. pregnancy and lactation",
        S::Efsa2015mg,
    ),
    secondary(row(
        K::MagnesiumSupplementUl,
        EFSA,
        (4.0, NO_END),
        BOTH,
        Any,
        Amount(250.0),
        Ul,
        "4 years and over, incl. pregnancy and lactation",
        S::Scf2006ul,
    )),
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
    // Calcium, EFSA 2015 (PRIs; AI for 7-11 months; pregnancy and lactation as other women of
    // the age; none for 0-6 months). Read in copies of the opinion (a trade-press quotation
    // and a national food agency's summary), not yet in the opinion itself.
    secondary(row(K::CalciumRda, EFSA, INFANT_6_12, BOTH, Any, Amount(280.0), Ai, "7-11 months", S::Efsa2015ca)),
    secondary(row(K::CalciumRda, EFSA, AGE_1_3, BOTH, Any, Amount(450.0), Pri, "1-3 years", S::Efsa2015ca)),
    secondary(row(K::CalciumRda, EFSA, (4.0, Some(11.0)), BOTH, Any, Amount(800.0), Pri, "4-10 years", S::Efsa2015ca)),
    secondary(row(
        K::CalciumRda,
        EFSA,
        (11.0, Some(18.0)),
        BOTH,
        Any,
        Amount(1150.0),
        Pri,
        "11-17 years",
        S::Efsa2015ca,
    )),
    secondary(row(
        K::CalciumRda,
        EFSA,
        (18.0, Some(25.0)),
        BOTH,
        Any,
        Amount(1000.0),
        Pri,
        "18-24 years",
        S::Efsa2015ca,
    )),
    secondary(row(
        K::CalciumRda,
        EFSA,
        (25.0, NO_END),
        BOTH,
        Any,
        Amount(950.0),
        Pri,
        "25 years and over",
        S::Efsa2015ca,
    )),
    // Water from drinks and beverages (drinking water included), IOM 2005: beverage AIs. Adults
    // and infants read in the report; children, adolescents and pregnancy in copies of its
    // table; the lactation figure could not be confirmed and is not encoded.
    row(K::DrinkingWater, IOM, INFANT_0_6, BOTH, Any, Amount(0.7), Ai, "0-6 months (as human milk)", S::Iom2005w),
    row(K::DrinkingWater, IOM, INFANT_6_12, BOTH, Any, Amount(0.6), Ai, "7-12 months", S::Iom2005w),
    secondary(row(K::DrinkingWater, IOM, AGE_1_3, BOTH, Any, Amount(0.9), Ai, "1-3 years", S::Iom2005w)),
    secondary(row(K::DrinkingWater, IOM, AGE_4_8, BOTH, Any, Amount(1.2), Ai, "4-8 years", S::Iom2005w)),
    secondary(row(K::DrinkingWater, IOM, AGE_9_13, M, Any, Amount(1.8), Ai, "boys 9-13 years", S::Iom2005w)),
    secondary(row(K::DrinkingWater, IOM, AGE_9_13, F, Any, Amount(1.6), Ai, "girls 9-13 years", S::Iom2005w)),
    secondary(row(K::DrinkingWater, IOM, AGE_14_18, M, Any, Amount(2.6), Ai, "boys 14-18 years", S::Iom2005w)),
    secondary(row(K::DrinkingWater, IOM, AGE_14_18, F, NotPL, Amount(1.8), Ai, "girls 14-18 years", S::Iom2005w)),
    row(K::DrinkingWater, IOM, (19.0, NO_END), M, Any, Amount(3.0), Ai, "men 19 years and over", S::Iom2005w),
    row(K::DrinkingWater, IOM, (19.0, NO_END), F, NotPL, Amount(2.2), Ai, "women 19 years and over", S::Iom2005w),
    secondary(row(
        K::DrinkingWater,
        IOM,
        (14.0, NO_END),
        BOTH,
        StatusFilter::Pregnant,
        Amount(2.3),
        Ai,
        "pregnancy 14 years and over",
        S::Iom2005w,
    )),
    row(
        K::DrinkingWater,
        IOM,
        (14.0, NO_END),
        BOTH,
        StatusFilter::Lactating,
        NotEncoded("IOM's beverage AI for lactation was not confirmed against IOM 2005"),
        Ai,
        "lactation 14 years and over",
        S::Iom2005w,
    ),
    // Water from drinks, EFSA 2010: EFSA sets adequate *total* water intakes (2-3 years 1.3 L,
    // 4-8 years 1.6 L, 9-13 years boys 2.1 / girls 1.9 L, from 14 years as adults: women 2.0 L,
    // men 2.5 L; pregnancy +0.3 L, lactation +0.7 L). The drink levels here are 80% of them,
    // computed by the crate (drinks are about 80% of total water); EFSA gives none under 2 years.
    derived(row(
        K::DrinkingWater,
        EFSA,
        (2.0, Some(4.0)),
        BOTH,
        Any,
        Amount(1.04),
        Ai,
        "2-3 years (80% of 1.3 L)",
        S::Efsa2010w,
    )),
    derived(row(
        K::DrinkingWater,
        EFSA,
        AGE_4_8,
        BOTH,
        Any,
        Amount(1.28),
        Ai,
        "4-8 years (80% of 1.6 L)",
        S::Efsa2010w,
    )),
    derived(row(
        K::DrinkingWater,
        EFSA,
        AGE_9_13,
        M,
        Any,
        Amount(1.68),
        Ai,
        "boys 9-13 years (80% of 2.1 L)",
        S::Efsa2010w,
    )),
    derived(row(
        K::DrinkingWater,
        EFSA,
        AGE_9_13,
        F,
        NotPL,
        Amount(1.52),
        Ai,
        "girls 9-13 years (80% of 1.9 L)",
        S::Efsa2010w,
    )),
    derived(row(
        K::DrinkingWater,
        EFSA,
        (14.0, NO_END),
        F,
        NotPL,
        Amount(1.6),
        Ai,
        "women from 14 years",
        S::Efsa2010w,
    )),
    derived(row(K::DrinkingWater, EFSA, (14.0, NO_END), M, Any, Amount(2.0), Ai, "men from 14 years", S::Efsa2010w)),
    derived(row(
        K::DrinkingWater,
        EFSA,
        (14.0, NO_END),
        BOTH,
        StatusFilter::Pregnant,
        Amount(1.84),
        Ai,
        "pregnancy",
        S::Efsa2010w,
    )),
    derived(row(
        K::DrinkingWater,
        EFSA,
        (14.0, NO_END),
        BOTH,
        StatusFilter::Lactating,
        Amount(2.16),
        Ai,
        "lactation",
        S::Efsa2010w,
    )),
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
