//! The rule table: every caution's rule as data, one entry per caution in the order of
//! [`Caution::ALL`](super::Caution::ALL). Reviewers read this file beside the sources it cites.

use super::{Atom, Caution, Comparison, ConditionTree, Rule, Severity, SeverityOverride, Threshold};
use crate::clinical::{Condition, Medication};
use crate::lifestyle::Diet;
use crate::profile::ProfileField;
use crate::reference::{
    ADULT_AGE, ADULT_PHOSPHATE_RANGE, ANY_CALCIUM_SUPPLEMENT, ANY_MAGNESIUM_SUPPLEMENT, ANY_VITAMIN_K,
    ANY_VITAMIN_K_SUPPLEMENT, CALCIDIOL_CONCERN, CALCIDIOL_DEFICIENCY, CALCIDIOL_SUFFICIENCY, CALCIDIOL_TOXICITY,
    EGFR_G3A, EGFR_G4, FixedThreshold, HYPERCALCEMIA, HYPERCALCEMIA_MODERATE, HYPERMAGNESEMIA, HYPERPHOSPHATEMIA,
    HYPOMAGNESEMIA, INFANCY_END, INFANT_MAGNESIUM_SUPPLEMENT, IONIZED_HYPERCALCEMIA, KIDNEY_STONE_FLUID, ReferenceKind,
    STONE_SODIUM,
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
const fn reported(field: ProfileField) -> ConditionTree {
    ConditionTree::Atom(Atom::Reported(field))
}
/// Total calcium above the cut-off, albumin-corrected when albumin is reported.
const TOTAL_CALCIUM_HIGH: ConditionTree = above(P::AssessedSerumCalcium, HYPERCALCEMIA);
/// Hypercalcemia by total calcium, or by ionized calcium where it was measured (an
/// unmeasured ionized calcium does not leave a normal total calcium undecided).
const HYPERCALCEMIC: ConditionTree =
    Any(&[TOTAL_CALCIUM_HIGH, All(&[reported(P::IonizedCalcium), above(P::IonizedCalcium, IONIZED_HYPERCALCEMIA)])]);
const DIALYSIS: ConditionTree = has(Condition::Dialysis);
/// eGFR below 60 (G3a-G5).
const EGFR_BELOW_60: ConditionTree = below(P::EgfrUsed, EGFR_G3A);
/// Kidney disease: reported CKD or dialysis, or an eGFR below 60. Without an eGFR and
/// without either condition, kidney function is unknown (not "normal").
const KIDNEY_DISEASE: ConditionTree = Any(&[has(Condition::ChronicKidneyDisease), DIALYSIS, EGFR_BELOW_60]);
/// Advanced kidney disease: G4-G5 (eGFR below 30) or dialysis.
const ADVANCED_KIDNEY_DISEASE: ConditionTree = Any(&[DIALYSIS, below(P::EgfrUsed, EGFR_G4)]);

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
            when: Not(&below(P::AssessedSerumCalcium, HYPERCALCEMIA_MODERATE)),
            severity: Severity::Critical,
        }),
        evidence: Clinical,
        sources: &[S::Msd, S::CmdtHypercalcemia, S::MedscapeCalciumCorrection, S::Lian2018],
        condition: HYPERCALCEMIC,
        summary: "Calcium above 10.4 mg/dL (2.60 mmol/L), albumin-corrected, or ionized above 5.2 mg/dL (1.30 mmol/L); critical from 12 mg/dL (3.0).",
        detail: "MSD: total serum calcium above 10.4 mg/dL (2.60 mmol/L) or ionized calcium above 5.2 mg/dL (1.30 mmol/L); CMDT uses above 10.5. With serum albumin reported, total calcium is corrected for it (+0.8 mg/dL per g/dL below 4.0; low albumin masks hypercalcemia), a correction that is unreliable in advanced kidney disease, where ionized calcium is the better measure. Severity follows CMDT's bands on total calcium: mild below 12 mg/dL is a warning here; moderate (12-14) and severe (above 14) are critical. Hypercalcemia may exacerbate soft-tissue calcification. Seek medical evaluation, promptly from 12 mg/dL.",
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
        All(&[takes(Medication::VitaminKAntagonist), above(P::VitaminKIntake, ANY_VITAMIN_K)]),
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
    Rule {
        caution: C::MagnesiumSupplementWithKidneyDisease,
        severity: Severity::Warning,
        severity_override: Some(SeverityOverride { when: ADVANCED_KIDNEY_DISEASE, severity: Severity::Critical }),
        evidence: Clinical,
        sources: &[S::Cmdt, S::MsdHypermagnesemia, S::Kdigo2012],
        condition: All(&[KIDNEY_DISEASE, above(P::MagnesiumSupplement, ANY_MAGNESIUM_SUPPLEMENT)]),
        summary: "Magnesium supplements with kidney disease need medical supervision (critical in G4-G5 or on dialysis).",
        detail: "Hypermagnesemia almost always reflects advanced chronic kidney disease (CMDT): the kidneys can no longer clear the excess. Graded by kidney function: critical with an eGFR below 30 mL/min/1.73 m² (KDIGO G4-G5) or on dialysis; a warning with reported kidney disease of unknown or milder stage (G3a-G3b). Take magnesium supplements only under medical supervision.",
    },
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
    Rule {
        caution: C::Hyperphosphatemia,
        severity: Severity::Warning,
        severity_override: None,
        evidence: Clinical,
        sources: &[S::MsdHyperphosphatemia, S::CmdtHyperphosphatemia, S::Kdigo2017],
        condition: All(&[Not(&below(P::AgeYears, ADULT_PHOSPHATE_RANGE)), above(P::SerumPhosphate, HYPERPHOSPHATEMIA)]),
        summary: "Serum phosphate is above 4.5 mg/dL (1.45 mmol/L): hyperphosphatemia.",
        detail: "MSD defines hyperphosphatemia in adults as serum phosphate above 4.5 mg/dL; children's ranges are higher, so the cut-off is not used under 18 years. The usual cause is chronic kidney disease, where a high phosphate drives vascular and soft-tissue (metastatic) calcification (CMDT; KDIGO 2017 advises judging calcium and phosphate together, not by their product). A warning: it needs a clinician's review, not emergency care by itself.",
    },
    rule(
        C::PhosphorusAboveUpperLimit,
        Severity::Warning,
        Established,
        &[S::Iom1997],
        above_ref(P::PhosphorusIntake, R::PhosphorusUl),
        "Phosphorus intake is above the tolerable upper intake level for this life stage.",
        "IOM 1997 sets the phosphorus UL at 4 g/day for ages 9-70 (3 g for 1-8 and over 70, 3.5 g in pregnancy) from the intake at which serum phosphate rises above the normal range; high phosphate promotes ectopic calcification, particularly of the kidney. EFSA set no UL. Discuss the intake with a clinician.",
    ),
    rule(
        C::PhosphorusIntakeBelowRda,
        Severity::Info,
        Established,
        &[S::Iom1997, S::Efsa2015p],
        below_ref(P::PhosphorusIntake, R::PhosphorusRda),
        "Phosphorus intake is below the RDA for this life stage.",
        "Phosphorus, as phosphate, is part of bone mineral with calcium. Low intakes are uncommon, because phosphorus is in most foods.",
    ),
    rule(
        C::ReducedKidneyFunction,
        Severity::Warning,
        Established,
        &[S::Kdigo2012, S::Kdigo2017, S::Moe2007, S::CkdEpi2021],
        Any(&[DIALYSIS, EGFR_BELOW_60]),
        "Kidney function is reduced (KDIGO G3a-G5 or dialysis): calcium, phosphate and PTH are monitored.",
        "An eGFR below 60 mL/min/1.73 m² is GFR category G3a or worse (KDIGO 2012; chronic kidney disease when it lasts over 3 months). KDIGO 2017 recommends monitoring serum calcium, phosphate, PTH and alkaline phosphatase from G3a: the mineral and bone disorder of CKD includes vascular and soft-tissue calcification. A warning, to discuss the monitoring with a clinician; the derived values show the eGFR and category used.",
    ),
    Rule {
        caution: C::PthAboveReferenceRange,
        severity: Severity::Info,
        severity_override: Some(SeverityOverride { when: HYPERCALCEMIC, severity: Severity::Warning }),
        evidence: Clinical,
        sources: &[S::Msd, S::Kdigo2017, S::LabReport],
        condition: ConditionTree::Atom(Atom::Compare {
            field: P::Pth,
            comparison: Comparison::Above,
            threshold: Threshold::LabUpperLimit,
        }),
        summary: "PTH is above the upper limit of the lab's reference range.",
        detail: "PTH intervals depend on the assay, so the lab's own upper limit is used (not assessed without one). A raised PTH with high calcium suggests primary hyperparathyroidism, the commonest cause of hypercalcemia (MSD): then a warning. With normal calcium it is information for the clinician: secondary hyperparathyroidism is part of the mineral disorder of chronic kidney disease (KDIGO 2017), and low vitamin D raises PTH.",
    },
    rule(
        C::Hypomagnesemia,
        Severity::Warning,
        Clinical,
        &[S::CmdtHypomagnesemia],
        below(P::SerumMagnesium, HYPOMAGNESEMIA),
        "Serum magnesium is below 1.8 mg/dL (0.75 mmol/L): hypomagnesemia.",
        "CMDT defines hypomagnesemia as serum magnesium below 1.8 mg/dL (below 0.75 mmol/L; other texts use 0.70 mmol/L). It impairs the release of parathyroid hormone and causes resistance to it and low active vitamin D, so calcium handling suffers; it can cause neuromuscular and cardiac symptoms. A warning: discuss it with a clinician.",
    ),
    rule(
        C::Hypermagnesemia,
        Severity::Warning,
        Clinical,
        &[S::MsdHypermagnesemia, S::Cmdt],
        above(P::SerumMagnesium, HYPERMAGNESEMIA),
        "Serum magnesium is above 2.6 mg/dL (1.05 mmol/L): hypermagnesemia.",
        "MSD defines hypermagnesemia as serum magnesium above 2.6 mg/dL (above 1.05 mmol/L); it almost always reflects advanced chronic kidney disease with magnesium intake (CMDT). A warning: stop magnesium supplements and magnesium-containing medicines only with a clinician's advice, and have it reviewed.",
    ),
    rule(
        C::VitaminKIntakeBelowAi,
        Severity::Info,
        Established,
        &[S::Iom2001, S::Efsa2017k],
        below_ref(P::VitaminKIntake, R::VitaminKAi),
        "Vitamin K intake (K1 + K2) is below the vitamin K adequate intake for this life stage.",
        "The IOM vitamin K AI was set from intakes of vitamin K, mostly phylloquinone (K1) from green vegetables and plant oils; K1 and K2 are added here. Vitamin K carboxylates matrix Gla protein, the inhibitor of arterial calcification. With only one of K1 and K2 reported, the sum is at least that one.",
    ),
    Rule {
        caution: C::LithiumHypercalcemiaRisk,
        severity: Severity::Info,
        severity_override: Some(SeverityOverride { when: HYPERCALCEMIC, severity: Severity::Warning }),
        evidence: Clinical,
        sources: &[S::Orl2015Lithium],
        condition: takes(Medication::Lithium),
        summary: "Lithium can cause hyperparathyroidism and hypercalcemia: calcium is usually monitored.",
        detail: "Lithium-associated hyperparathyroidism is relatively frequent among people on lithium, and calcium should be monitored at the start and over time (ORL 2015, a pooled analysis). Information while calcium is normal or unknown; a warning with hypercalcemia. Never stop lithium without the prescriber.",
    },
    Rule {
        caution: C::VitaminDLoweringMedication,
        severity: Severity::Warning,
        severity_override: Some(SeverityOverride {
            when: Not(&below(P::Serum25HydroxyvitaminD, CALCIDIOL_SUFFICIENCY)),
            severity: Severity::Info,
        }),
        evidence: Clinical,
        sources: &[S::Wakeman2021, S::Skversky2011, S::Brodie2013, S::McDuffie2002],
        condition: Any(&[
            takes(Medication::Glucocorticoid),
            takes(Medication::EnzymeInducingAnticonvulsant),
            takes(Medication::Orlistat),
            takes(Medication::BileAcidSequestrant),
        ]),
        summary: "A medicine that can lower vitamin D status (e.g. glucocorticoids, enzyme-inducing anticonvulsants).",
        detail: "Glucocorticoid use is associated with 25(OH)D deficiency (Skversky 2011); enzyme-inducing antiepileptics (phenytoin, carbamazepine, phenobarbital) speed vitamin D breakdown (Brodie 2013); orlistat lowered vitamin D levels despite a multivitamin (McDuffie 2002); bile-acid sequestrants are among the drugs that affect vitamin D status (Wakeman 2021). A warning when serum 25(OH)D is below 20 ng/mL or not measured; information when it is 20 ng/mL or more. Ask the prescriber whether vitamin D should be checked.",
    },
    Rule {
        caution: C::PpiHypomagnesemiaRisk,
        severity: Severity::Info,
        severity_override: Some(SeverityOverride {
            when: below(P::SerumMagnesium, HYPOMAGNESEMIA),
            severity: Severity::Warning,
        }),
        evidence: Clinical,
        sources: &[S::Fda2011Ppi],
        condition: takes(Medication::ProtonPumpInhibitor),
        summary: "Long-term use of a proton pump inhibitor can cause low magnesium.",
        detail: "The FDA warned in 2011 that proton pump inhibitors may cause low serum magnesium if taken for prolonged periods (in most cases longer than a year). Information; a warning when serum magnesium is below 1.8 mg/dL. Ask the prescriber whether magnesium should be checked.",
    },
    rule(
        C::ActiveVitaminDAnalogueWithCalcium,
        Severity::Warning,
        Clinical,
        &[S::Rocaltrol2009, S::Kdigo2017],
        All(&[
            takes(Medication::ActiveVitaminDAnalogue),
            Any(&[above(P::CalciumSupplement, ANY_CALCIUM_SUPPLEMENT), above_ref(P::CalciumIntake, R::CalciumUl)]),
        ]),
        "An active vitamin D analogue (e.g. calcitriol) with calcium supplements or calcium above the upper limit.",
        "Excessive calcitriol induces hypercalcemia, and its label asks for serum calcium checks during dose adjustment (Rocaltrol label); active vitamin D raises calcium absorption, so extra calcium adds to the risk. Flagging any calcium supplement is a heuristic, not a dose from a source. KDIGO 2017 suggests not using calcitriol and its analogues routinely in CKD G3a-G5 not on dialysis. A warning: the prescriber should know every calcium supplement.",
    ),
    Rule {
        caution: C::CalciumBasedBinderInCkd,
        severity: Severity::Info,
        severity_override: Some(SeverityOverride { when: HYPERCALCEMIC, severity: Severity::Warning }),
        evidence: Clinical,
        sources: &[S::Kdigo2017],
        condition: All(&[takes(Medication::CalciumBasedPhosphateBinder), KIDNEY_DISEASE]),
        summary: "A calcium-based phosphate binder with kidney disease: KDIGO suggests restricting its dose.",
        detail: "In adults with CKD G3a-G5D on phosphate-lowering treatment, KDIGO 2017 suggests restricting the dose of calcium-based phosphate binders and avoiding hypercalcemia, because of the calcium load and vascular calcification. Information for the nephrology team; a warning with hypercalcemia.",
    },
    rule(
        C::CalciumRestrictionWithKidneyStones,
        Severity::Info,
        Clinical,
        &[S::Aua2014],
        All(&[STONES_ADULT, below_ref(P::CalciumIntake, R::CalciumRda)]),
        "Calcium intake is below the RDA after kidney stones: dietary calcium should not be restricted.",
        "AUA 2014: for calcium stone formers with high urinary calcium, 1,000-1,200 mg of dietary calcium a day is recommended, because a low-calcium diet is associated with a higher risk of stones. The stone type is not in the profile, so this is information to discuss with the clinician treating the stones.",
    ),
    rule(
        C::HighSodiumWithKidneyStones,
        Severity::Info,
        Clinical,
        &[S::Aua2014, S::Nasem2019],
        All(&[STONES_ADULT, above(P::SodiumIntake, STONE_SODIUM)]),
        "Sodium intake is above 2,300 mg a day after kidney stones.",
        "AUA 2014 recommends limiting sodium to at most 100 mEq (2,300 mg) a day for calcium stone formers with high urinary calcium: sodium raises urinary calcium. 2,300 mg is also the NASEM 2019 chronic-disease risk reduction intake (not an upper limit). Information: the stone type is not in the profile.",
    ),
];
