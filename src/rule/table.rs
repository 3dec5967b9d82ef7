//! The rule table: every caution's rule as data, one entry per caution in the order of
//! [`Caution::ALL`](super::Caution::ALL). Reviewers read this file beside the sources it cites.

use super::{Atom, Caution, Comparison, ConditionTree, Rule, Severity, SeverityOverride, Threshold};
use crate::clinical::{Condition, Medication};
use crate::lifestyle::Diet;
use crate::profile::ProfileField;
use crate::reference::{
    ADULT_AGE, ANY_MAGNESIUM_SUPPLEMENT, ANY_VITAMIN_K, ANY_VITAMIN_K_SUPPLEMENT, CALCIDIOL_CONCERN,
    CALCIDIOL_DEFICIENCY, CALCIDIOL_SUFFICIENCY, CALCIDIOL_TOXICITY, FixedThreshold, HYPERCALCEMIA,
    HYPERCALCEMIA_MODERATE, INFANCY_END, INFANT_MAGNESIUM_SUPPLEMENT, KIDNEY_STONE_FLUID, ReferenceKind,
};
use crate::source::{EvidenceLevel, SourceId};

// ---------------------------------------------------------------------------------------
// The rules.

use Caution as C;
use ConditionTree::{All, Any, Not};
use EvidenceLevel::{Clinical, Controversial, Established, Mechanistic};
use ProfileField as P;
use ReferenceKind as R;
use SourceId as S;

const fn cmp(field: ProfileField, comparison: Comparison, threshold: Threshold) -> ConditionTree {
    ConditionTree::Atom(Atom::Compare { field, comparison, threshold })
}
const fn above_ref(field: ProfileField, kind: ReferenceKind) -> ConditionTree {
    cmp(field, Comparison::Above, Threshold::Reference(kind))
}
const fn below_ref(field: ProfileField, kind: ReferenceKind) -> ConditionTree {
    cmp(field, Comparison::Below, Threshold::Reference(kind))
}
const fn above(field: ProfileField, t: FixedThreshold) -> ConditionTree {
    cmp(field, Comparison::Above, Threshold::Fixed(t))
}
const fn below(field: ProfileField, t: FixedThreshold) -> ConditionTree {
    cmp(field, Comparison::Below, Threshold::Fixed(t))
}
const fn has(c: Condition) -> ConditionTree {
    ConditionTree::Atom(Atom::HasCondition(c))
}
const fn takes(m: Medication) -> ConditionTree {
    ConditionTree::Atom(Atom::TakesMedication(m))
}

const D_ABOVE_UL: ConditionTree = above_ref(P::VitaminDIntake, R::VitaminDUl);
const D_ABOVE_RDA: ConditionTree = above_ref(P::VitaminDIntake, R::VitaminDRda);
const K2_BELOW_AI: ConditionTree = below_ref(P::VitaminK2Intake, R::VitaminKAi);
const STONES: ConditionTree = has(Condition::KidneyStoneHistory);
const ADULT: ConditionTree = Not(&below(P::AgeYears, ADULT_AGE));
const STONES_ADULT: ConditionTree = All(&[STONES, ADULT]);

const fn rule(
    caution: Caution,
    severity: Severity,
    evidence: EvidenceLevel,
    sources: &'static [SourceId],
    condition: ConditionTree,
    summary: &'static str,
    detail: &'static str,
) -> Rule {
    Rule { caution, severity, severity_override: None, evidence, sources, condition, summary, detail }
}

/// Every caution rule, in the order of [`Caution::ALL`](crate::Term::ALL).
pub const RULES: &[Rule] = &[
    rule(
        C::VitaminDAboveUpperLimit,
        Severity::Warning,
        Established,
        &[S::Iom2011, S::Efsa2023d],
        D_ABOVE_UL,
        "Vitamin D intake is above the tolerable upper intake level for this life stage.",
        "Intakes above the UL raise the risk of hypercalcemia, which may exacerbate soft-tissue calcification. Discuss the total vitamin D intake with a clinician.",
    ),
    Rule {
        caution: C::VitaminDExcessWithoutK2,
        severity: Severity::Warning,
        severity_override: None,
        evidence: Controversial,
        sources: &[S::Seed, S::Iom2011, S::Iom2001, S::Vlasschaert2020],
        condition: All(&[D_ABOVE_UL, K2_BELOW_AI]),
        summary: "Vitamin D intake is above the upper limit while vitamin K2 intake is low.",
        detail: "Excess vitamin D can lead to hypercalcemia, which may exacerbate soft-tissue calcification; the domain article adds \"particularly without vitamin K2\". That part is a heuristic: there is no K2 requirement, the vitamin K AI (set from intakes that are mostly phylloquinone, K1) is used as its threshold, and trials of vitamin K do not consistently prevent calcification (Vlasschaert 2020).",
    },
    rule(
        C::VitaminDIntakeBelowRda,
        Severity::Info,
        Established,
        &[S::Iom2011, S::Efsa2016d],
        below_ref(P::VitaminDIntake, R::VitaminDRda),
        "Vitamin D intake is below the RDA for this life stage.",
        "Vitamin D (as active vitamin D) drives the active absorption of calcium from the gut.",
    ),
    rule(
        C::VitaminDDeficiency,
        Severity::Warning,
        Established,
        &[S::Iom2011],
        below(P::Serum25HydroxyvitaminD, CALCIDIOL_DEFICIENCY),
        "Serum 25(OH)D is below 12 ng/mL (30 nmol/L): at risk of vitamin D deficiency.",
        "IOM 2011 places serum 25(OH)D below 12 ng/mL at risk of deficiency. Discuss the result with a clinician.",
    ),
    rule(
        C::VitaminDInsufficiency,
        Severity::Info,
        Established,
        &[S::Iom2011],
        All(&[
            Not(&below(P::Serum25HydroxyvitaminD, CALCIDIOL_DEFICIENCY)),
            below(P::Serum25HydroxyvitaminD, CALCIDIOL_SUFFICIENCY),
        ]),
        "Serum 25(OH)D is 12 to below 20 ng/mL (30-50 nmol/L): some are at risk of inadequacy.",
        "IOM 2011: from 20 ng/mL serum 25(OH)D is sufficient for most people; between 12 and 20 some are at risk of inadequacy.",
    ),
    rule(
        C::VitaminDLevelConcerning,
        Severity::Warning,
        Established,
        &[S::Iom2011],
        All(&[
            above(P::Serum25HydroxyvitaminD, CALCIDIOL_CONCERN),
            Not(&above(P::Serum25HydroxyvitaminD, CALCIDIOL_TOXICITY)),
        ]),
        "Serum 25(OH)D is above 50 and at most 150 ng/mL (125-375 nmol/L): may be cause for concern.",
        "IOM 2011 notes that serum 25(OH)D above 50 ng/mL may be cause for concern. Review vitamin D intake with a clinician.",
    ),
    rule(
        C::VitaminDToxicityLevel,
        Severity::Critical,
        Clinical,
        &[S::FrontEndocrinol2018, S::Iom2011],
        above(P::Serum25HydroxyvitaminD, CALCIDIOL_TOXICITY),
        "Serum 25(OH)D is above 150 ng/mL (375 nmol/L), the hallmark of vitamin D toxicity.",
        "Levels above 150 ng/mL are the hallmark of vitamin D toxicity, with a risk of hypercalcemia. Seek prompt medical evaluation.",
    ),
    Rule {
        caution: C::Hypercalcemia,
        severity: Severity::Warning,
        severity_override: Some(SeverityOverride {
            when: Not(&below(P::SerumCalcium, HYPERCALCEMIA_MODERATE)),
            severity: Severity::Critical,
        }),
        evidence: Clinical,
        sources: &[S::Msd, S::CmdtHypercalcemia],
        condition: above(P::SerumCalcium, HYPERCALCEMIA),
        summary: "Serum calcium is above 10.4 mg/dL (2.60 mmol/L): hypercalcemia, critical from 12 mg/dL (3.0 mmol/L).",
        detail: "The cut-off is the MSD Manual's (above 10.4 mg/dL; CMDT uses above 10.5). Severity follows CMDT's bands: mild below 12 mg/dL is a warning here; moderate (12-14) and severe (above 14) are critical. Hypercalcemia may exacerbate soft-tissue calcification. Seek medical evaluation, promptly from 12 mg/dL.",
    },
    rule(
        C::VitaminK2Low,
        Severity::Info,
        Controversial,
        &[S::Seed, S::Iom2001, S::Vlasschaert2020],
        K2_BELOW_AI,
        "Vitamin K2 intake is below the vitamin K adequate intake (a heuristic threshold).",
        "The domain article links low vitamin K2 to inactive matrix Gla protein and the calcium paradox. There is no K2 requirement: the vitamin K AI is used as a heuristic, although it was set from intakes that are mostly phylloquinone (K1; green vegetables and plant oils contain no menaquinones, IOM 2001), so K2 from food alone is usually far below it. Trials of vitamin K do not consistently prevent calcification (Vlasschaert 2020).",
    ),
    rule(
        C::VitaminKWithAnticoagulant,
        Severity::Info,
        Clinical,
        &[S::Iom2001, S::Khan2004],
        All(&[takes(Medication::VitaminKAntagonist), above(P::VitaminK2Intake, ANY_VITAMIN_K)]),
        "Vitamin K intake while taking a vitamin K antagonist: keep it consistent.",
        "Vitamin K counteracts vitamin K antagonists such as warfarin. For food the advice is a consistent intake, not avoidance: a consistent vitamin K intake could reduce the variability of the anticoagulation response (Khan 2004). Involve the prescriber in any change of diet.",
    ),
    rule(
        C::VitaminKSupplementWithAnticoagulant,
        Severity::Critical,
        Clinical,
        &[S::Theuwissen2013, S::Schurgers2007],
        All(&[takes(Medication::VitaminKAntagonist), above(P::VitaminK2Supplement, ANY_VITAMIN_K_SUPPLEMENT)]),
        "A vitamin K supplement while taking a vitamin K antagonist (e.g. warfarin).",
        "In healthy volunteers anticoagulated with acenocoumarol, MK-7 supplements of 10 and 20 µg/day lowered the INR in a clinically relevant way in at least 40% and 60% of them (Theuwissen 2013); from 50 µg/day MK-7 may interfere with oral anticoagulation (Schurgers 2007). Any start, stop or change of a vitamin K supplement needs the prescriber.",
    ),
    rule(
        C::MagnesiumIntakeBelowRda,
        Severity::Info,
        Established,
        &[S::Iom1997, S::Efsa2015mg],
        below_ref(P::MagnesiumIntake, R::MagnesiumRda),
        "Total magnesium intake is below the RDA for this life stage.",
        "Magnesium is needed to convert vitamin D into its active form and helps regulate parathyroid hormone; a deficiency can impair calcium handling.",
    ),
    rule(
        C::MagnesiumSupplementAboveUpperLimit,
        Severity::Warning,
        Established,
        &[S::Iom1997, S::Scf2006ul],
        above_ref(P::MagnesiumSupplement, R::MagnesiumSupplementUl),
        "Supplemental magnesium is above the upper limit, which applies to supplements only.",
        "The magnesium UL applies to supplements and medicines, not food or water (IOM: 350 mg from 9 years; EU: 250 mg from 4 years). Discuss supplement use with a clinician.",
    ),
    rule(
        C::MagnesiumSupplementInInfant,
        Severity::Warning,
        Established,
        &[S::Iom2000ul, S::Iom1997],
        All(&[below(P::AgeYears, INFANCY_END), above(P::MagnesiumSupplement, INFANT_MAGNESIUM_SUPPLEMENT)]),
        "Magnesium supplements in an infant: intake should come from food and formula only.",
        "IOM sets no magnesium upper limit for infants because of their lack of ability to handle excess amounts; their magnesium should come from food and formula only (IOM 2000, UL table). Discuss any supplement for the child with a clinician.",
    ),
    rule(
        C::MagnesiumSupplementWithKidneyDisease,
        Severity::Critical,
        Clinical,
        &[S::Cmdt],
        All(&[has(Condition::ChronicKidneyDisease), above(P::MagnesiumSupplement, ANY_MAGNESIUM_SUPPLEMENT)]),
        "Magnesium supplements with chronic kidney disease need medical supervision.",
        "Hypermagnesemia almost always reflects advanced chronic kidney disease. Take magnesium supplements only under medical supervision.",
    ),
    rule(
        C::CalciumAboveUpperLimit,
        Severity::Warning,
        Established,
        &[S::Iom2011, S::Efsa2012ca],
        above_ref(P::CalciumIntake, R::CalciumUl),
        "Calcium intake is above the tolerable upper intake level for this life stage.",
        "The two standards reason differently: IOM set its adult calcium UL from kidney stones in people taking supplements (directly for ages over 50); EFSA set 2,500 mg from intakes tolerated in trials and found no established link with kidney stones. The threshold used says which standard applies. Discuss the total calcium intake with a clinician.",
    ),
    rule(
        C::CalciumIntakeBelowRda,
        Severity::Info,
        Established,
        &[S::Iom2011, S::Efsa2015ca],
        below_ref(P::CalciumIntake, R::CalciumRda),
        "Calcium intake is below the RDA for this life stage.",
        "Calcium is what physiological calcification builds bone and teeth from.",
    ),
    rule(
        C::VitaminDWithThiazide,
        Severity::Warning,
        Clinical,
        &[S::Msd, S::Ajm2014, S::Iom2011],
        All(&[takes(Medication::ThiazideDiuretic), D_ABOVE_RDA]),
        "Vitamin D intake above the RDA while taking a thiazide diuretic (a heuristic threshold).",
        "Thiazides reduce urinary calcium excretion and can cause hypercalcemia; vitamin D raises calcium absorption. No source sets the RDA as the threshold: it is a heuristic. With hydrochlorothiazide and vitamin D3 up to 4,000 IU/day, serum calcium at 3 months was 0.2 mg/dL higher than without the diuretic and one of 84 was hypercalcemic (Am J Med 2014). Ask the prescriber whether calcium should be monitored.",
    ),
    rule(
        C::VitaminDWithGranulomatousDisease,
        Severity::Warning,
        Clinical,
        &[S::Iom1997, S::Iom2011, S::Ajm2014],
        All(&[has(Condition::GranulomatousDisease), D_ABOVE_RDA]),
        "Vitamin D intake above the RDA with granulomatous disease (a heuristic threshold).",
        "In granulomatous disease active vitamin D is made outside the kidney and can cause hypercalcemia; the UL applies to healthy people only. No source sets the RDA as the threshold: it is a heuristic.",
    ),
    Rule {
        caution: C::LowFluidIntake,
        severity: Severity::Info,
        severity_override: Some(SeverityOverride { when: STONES, severity: Severity::Warning }),
        evidence: Established,
        sources: &[S::Iom2005w, S::Efsa2010w, S::Nice118, S::Seed],
        condition: Any(&[
            below_ref(P::FluidLitresPerDay, R::DrinkingWater),
            All(&[STONES_ADULT, below(P::FluidLitresPerDay, KIDNEY_STONE_FLUID)]),
        ]),
        summary: "Fluid from drinks is below the recommended level.",
        detail: "Water keeps minerals from concentrating in urine and reduces the risk of kidney stones. The drink level for the life stage always applies; after kidney stones NICE advises adults 2.5-3 L a day (2.5 L is held as the minimum), and children and young people 1-2 L depending on age (read in a copy of NG118), so under 18 years only the drink level for the age is used.",
    },
    rule(
        C::LowPhysicalActivity,
        Severity::Info,
        Established,
        &[S::Who2020, S::Seed],
        below_ref(P::ActivityMinutesPerWeek, R::PhysicalActivity),
        "Physical activity is below the WHO minimum for this age.",
        "Regular activity encourages bone density and supports vascular health. WHO: adults 150-300 min/week moderate (or 75-150 vigorous); ages 5-17 an average of 60 min/day.",
    ),
    rule(
        C::ProcessedFoodDiet,
        Severity::Info,
        Mechanistic,
        &[S::Seed],
        ConditionTree::Atom(Atom::DietIs(Diet::HighProcessed)),
        "The diet is mostly highly processed foods.",
        "Highly processed foods can contribute to systemic inflammation that negatively impacts mineral homeostasis; a heart-healthy diet limits them.",
    ),
    Rule {
        caution: C::ChelationRequiresSupervision,
        severity: Severity::Warning,
        severity_override: Some(SeverityOverride {
            when: has(Condition::HeavyMetalToxicity),
            severity: Severity::Info,
        }),
        evidence: Clinical,
        sources: &[S::Seed, S::Tact2013, S::Mmwr2006],
        condition: ConditionTree::Atom(Atom::Considering(crate::intervention::Intervention::ChelationTherapy)),
        summary: "Chelation therapy requires careful medical supervision.",
        detail: "Chelation is reserved for heavy-metal toxicity; its use for soft-tissue calcification is controversial. Deaths from hypocalcemia after EDTA chelation have been reported.",
    },
    rule(
        C::DiagnosedCalcificationNeedsEvaluation,
        Severity::Warning,
        Clinical,
        &[S::Seed],
        ConditionTree::Atom(Atom::AnyDiagnosedCalcification),
        "A diagnosed calcification needs professional evaluation.",
        "A medical professional should perform diagnostic testing to determine the extent and cause of the deposits; severe calcification may require medical management.",
    ),
];
