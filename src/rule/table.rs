//! The rule table: every caution's rule as data, one entry per caution in the order of
//! [`Caution::ALL`](super::Caution::ALL). Reviewers read this file beside the sources it cites.

use super::{Atom, Caution, Comparison, ConditionTree, Rule, Severity, SeverityOverride, Threshold};
use crate::clinical::{Condition, Medication};
use crate::lifestyle::Diet;
use crate::profile::ProfileField;
use crate::reference::{
    ANY_MAGNESIUM_SUPPLEMENT, ANY_VITAMIN_K, CALCIDIOL_CONCERN, CALCIDIOL_DEFICIENCY, CALCIDIOL_SUFFICIENCY,
    CALCIDIOL_TOXICITY, FixedThreshold, HYPERCALCEMIA, KIDNEY_STONE_FLUID, ReferenceKind,
};
use crate::source::{EvidenceLevel, SourceId};

// ---------------------------------------------------------------------------------------
// The rules.

use Caution as C;
use ConditionTree::{All, Any, Not};
use EvidenceLevel::{Clinical, Established, Mechanistic};
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
        evidence: Mechanistic,
        sources: &[S::Seed, S::Iom2011, S::Iom2001],
        condition: All(&[D_ABOVE_UL, K2_BELOW_AI]),
        summary: "Vitamin D intake is above the upper limit while vitamin K2 intake is low.",
        detail: "Excess vitamin D can lead to hypercalcemia, which may exacerbate soft-tissue calcification, particularly without adequate vitamin K2 to activate matrix Gla protein. There is no K2 requirement: the vitamin K AI is used as a heuristic threshold.",
    },
    rule(
        C::VitaminDIntakeBelowRda,
        Severity::Info,
        Established,
        &[S::Iom2011],
        below_ref(P::VitaminDIntake, R::VitaminDRda),
        "Vitamin D intake is below the RDA for this life stage.",
        "Vitamin D increases the absorption of calcium from the gut; deficiency can also promote calcification.",
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
    rule(
        C::Hypercalcemia,
        Severity::Critical,
        Clinical,
        &[S::Msd],
        above(P::SerumCalcium, HYPERCALCEMIA),
        "Serum calcium is above 10.4 mg/dL (2.60 mmol/L): hypercalcemia.",
        "Hypercalcemia may exacerbate soft-tissue calcification. Severity bands (CMDT): mild below 12, moderate 12-14, severe above 14 mg/dL. Seek prompt medical evaluation.",
    ),
    rule(
        C::VitaminK2Low,
        Severity::Info,
        Mechanistic,
        &[S::Seed, S::Iom2001],
        K2_BELOW_AI,
        "Vitamin K2 intake is below the vitamin K adequate intake (a heuristic threshold).",
        "Without sufficient vitamin K2, matrix Gla protein stays inactive, which the seed links to the calcium paradox. There is no separate K2 requirement; the vitamin K AI is used as a heuristic.",
    ),
    rule(
        C::VitaminKWithAnticoagulant,
        Severity::Critical,
        Clinical,
        &[S::Iom2001, S::Schurgers2007],
        All(&[takes(Medication::VitaminKAntagonist), above(P::VitaminK2Intake, ANY_VITAMIN_K)]),
        "Vitamin K2 intake while taking a vitamin K antagonist (e.g. warfarin).",
        "Vitamin K counteracts vitamin K antagonists; MK-7 from 50 µg/day may interfere with anticoagulation. Keep intake consistent and involve the prescriber in any change.",
    ),
    rule(
        C::MagnesiumIntakeBelowRda,
        Severity::Info,
        Established,
        &[S::Iom1997],
        below_ref(P::MagnesiumIntake, R::MagnesiumRda),
        "Total magnesium intake is below the RDA for this life stage.",
        "Magnesium is needed to convert vitamin D into its active form and helps regulate parathyroid hormone; a deficiency can impair calcium handling.",
    ),
    rule(
        C::MagnesiumSupplementAboveUpperLimit,
        Severity::Warning,
        Established,
        &[S::Iom1997],
        above_ref(P::MagnesiumSupplement, R::MagnesiumSupplementUl),
        "Supplemental magnesium is above the upper limit, which applies to supplements only.",
        "The magnesium UL applies to supplements and medicines, not food or water. Discuss supplement use with a clinician.",
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
        "The adult calcium UL was set from kidney stones in people taking supplements. Discuss the total calcium intake with a clinician.",
    ),
    rule(
        C::CalciumIntakeBelowRda,
        Severity::Info,
        Established,
        &[S::Iom2011],
        below_ref(P::CalciumIntake, R::CalciumRda),
        "Calcium intake is below the RDA for this life stage.",
        "Calcium is what physiological calcification builds bone and teeth from.",
    ),
    rule(
        C::VitaminDWithThiazide,
        Severity::Warning,
        Clinical,
        &[S::Msd, S::Iom2011],
        All(&[takes(Medication::ThiazideDiuretic), D_ABOVE_RDA]),
        "Vitamin D intake above the RDA while taking a thiazide diuretic.",
        "Thiazides reduce urinary calcium excretion and can cause hypercalcemia; vitamin D raises calcium absorption. Ask the prescriber whether calcium should be monitored.",
    ),
    rule(
        C::VitaminDWithGranulomatousDisease,
        Severity::Warning,
        Clinical,
        &[S::Iom1997, S::Iom2011],
        All(&[has(Condition::GranulomatousDisease), D_ABOVE_RDA]),
        "Vitamin D intake above the RDA with granulomatous disease.",
        "In granulomatous disease active vitamin D is made outside the kidney and can cause hypercalcemia; the UL applies to healthy people only.",
    ),
    Rule {
        caution: C::LowFluidIntake,
        severity: Severity::Info,
        severity_override: Some(SeverityOverride { when: STONES, severity: Severity::Warning }),
        evidence: Established,
        sources: &[S::Efsa2010w, S::Nice118, S::Seed],
        condition: Any(&[
            All(&[Not(&STONES), below_ref(P::FluidLitresPerDay, R::DrinkingWater)]),
            All(&[STONES, below(P::FluidLitresPerDay, KIDNEY_STONE_FLUID)]),
        ]),
        summary: "Fluid from drinks is below the recommended level.",
        detail: "Water keeps minerals from concentrating in urine and reduces the risk of kidney stones. After kidney stones, NICE advises 2.5-3 L a day.",
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
        Established,
        &[S::Seed],
        ConditionTree::Atom(Atom::AnyDiagnosedCalcification),
        "A diagnosed calcification needs professional evaluation.",
        "A medical professional should perform diagnostic testing to determine the extent and cause of the deposits; severe calcification may require medical management.",
    ),
];
