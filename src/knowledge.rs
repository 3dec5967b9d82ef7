//! The mechanism graph: cited facts `(subject, relation, object)` and the queries over them.
//!
//! Every claim of the domain article is a [`Fact`] here (a test maps each of its sentences
//! to the facts that encode it); further facts come from the reference sources.

use serde::Serialize;

use crate::body::{BodyAgent, Phenomenon};
use crate::calcification::{BodySite, CalcificationCategory as Cat, CalcificationKind as Kind, Consequence, Trigger};
use crate::clinical::{Condition, Medication};
use crate::entity::Entity;
use crate::error::UnknownId;
use crate::intervention::{ChelationAgent, Intervention};
use crate::lifestyle::{Diet, LifestyleFactor};
use crate::nutrient::{K2Form, Nutrient};
use crate::source::{EvidenceLevel, SourceId};
use crate::term::{Term, vocabulary};

vocabulary! {
    /// How the subject of a fact acts on its object.
    pub enum Relation in "relation" {
        /// The subject is a kind of the object.
        IsA = "is_a", "is a";
        /// The subject is a form of the object.
        IsFormOf = "is_form_of", "is a form of";
        /// The subject forms at the object (a body site).
        OccursIn = "occurs_in", "occurs in";
        /// The subject hardens tissue as the object (calcium salts in calcification).
        Mineralises = "mineralises", "mineralises tissue in";
        /// The subject directs the object to where it belongs.
        Redistributes = "redistributes", "redistributes";
        /// The subject turns the object into its working form.
        Activates = "activates", "activates";
        /// The subject is needed to convert the object into its active form.
        EnablesActivationOf = "enables_activation_of", "is needed to activate";
        /// The subject is converted into the object.
        IsConvertedTo = "is_converted_to", "is converted to";
        /// The subject holds the object so it cannot deposit.
        Binds = "binds", "binds";
        /// The subject holds back the object.
        Inhibits = "inhibits", "inhibits";
        /// The subject brings the object about.
        LeadsTo = "leads_to", "leads to";
        /// The subject can bring the object about.
        CanCause = "can_cause", "can cause";
        /// The subject makes the object more likely.
        Promotes = "promotes", "promotes";
        /// The subject may make the object worse.
        MayExacerbate = "may_exacerbate", "may exacerbate";
        /// The subject adds to the object.
        ContributesTo = "contributes_to", "contributes to";
        /// The subject raises the uptake of the object from the gut.
        IncreasesAbsorptionOf = "increases_absorption_of", "increases absorption of";
        /// The subject keeps the object in balance.
        Regulates = "regulates", "regulates";
        /// The subject moves the object between bone and blood.
        MobilisesBetweenBoneAndBlood = "mobilises_between_bone_and_blood", "moves between bone and blood";
        /// The subject lowers the risk of the object.
        ReducesRiskOf = "reduces_risk_of", "reduces the risk of";
        /// The subject lessens the object.
        Reduces = "reduces", "reduces";
        /// The subject strengthens the object.
        Supports = "supports", "supports";
        /// The subject produces the object.
        Produces = "produces", "produces";
        /// The subject works against the effect of the object.
        Counteracts = "counteracts", "counteracts";
        /// The subject determines the extent and cause of the object.
        Evaluates = "evaluates", "evaluates";
        /// The subject is used to treat the object.
        Treats = "treats", "treats";
        /// The subject works through the object (an agent).
        Uses = "uses", "uses";
        /// The subject binds the object and removes it from the body.
        BindsAndRemoves = "binds_and_removes", "binds and removes";
        /// The body cannot clear the object well under the subject (a condition).
        ImpairsExcretionOf = "impairs_excretion_of", "impairs excretion of";
    }
}

vocabulary! {
    /// The state of a fact's subject the fact is about, when it is not the subject as such.
    pub enum SubjectState in "subject_state" {
        /// Too little of the subject (deficiency, insufficient intake).
        Deficiency = "deficiency", "deficiency of";
        /// Too much of the subject (intake above the upper limit, high levels).
        Excess = "excess", "excess";
        /// The subject present but not activated.
        Inactive = "inactive", "inactive";
    }
}

/// A cited statement of how one entity acts on another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Fact {
    /// Stable id of the fact, e.g. `k2_activates_mgp`.
    pub id: &'static str,
    /// What acts.
    pub subject: Entity,
    /// The state of the subject the fact is about (e.g. `excess` vitamin D), if any.
    pub subject_state: Option<SubjectState>,
    /// How it acts.
    pub relation: Relation,
    /// What is acted on.
    pub object: Entity,
    /// The claim in words.
    pub statement: &'static str,
    /// How strong the support is.
    pub evidence: EvidenceLevel,
    /// Where the claim comes from (at least one).
    pub sources: &'static [SourceId],
}

impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(state) = self.subject_state {
            write!(f, "{} {} ", capitalise_first(state.label()), lower_label(self.subject))?;
        } else {
            write!(f, "{} ", self.subject.label())?;
        }
        write!(f, "{} {}", self.relation.label(), lower_label(self.object))
    }
}

fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn lower_label(e: Entity) -> String {
    crate::term::mid_sentence(e.label())
}

use EvidenceLevel::{Clinical, Controversial, Established, Mechanistic};
use SourceId as S;

#[allow(clippy::too_many_arguments)] // one positional row per fact keeps the table readable
const fn fact(
    id: &'static str,
    subject: Entity,
    subject_state: Option<SubjectState>,
    relation: Relation,
    object: Entity,
    statement: &'static str,
    evidence: EvidenceLevel,
    sources: &'static [SourceId],
) -> Fact {
    Fact { id, subject, subject_state, relation, object, statement, evidence, sources }
}

const K2: Entity = Entity::Nutrient(Nutrient::VitaminK2);
const MG: Entity = Entity::Nutrient(Nutrient::Magnesium);
const VD: Entity = Entity::Nutrient(Nutrient::VitaminD);
const CA: Entity = Entity::Nutrient(Nutrient::Calcium);
const MGP: Entity = Entity::BodyAgent(BodyAgent::MatrixGlaProtein);
const PTH: Entity = Entity::BodyAgent(BodyAgent::ParathyroidHormone);
const ACTIVE_D: Entity = Entity::BodyAgent(BodyAgent::ActiveVitaminD);
const PHYSIOLOGICAL: Entity = Entity::CalcificationCategory(Cat::Physiological);
const ECTOPIC: Entity = Entity::CalcificationCategory(Cat::Ectopic);
const SKELETAL: Entity = Entity::CalcificationKind(Kind::Skeletal);
const DENTAL: Entity = Entity::CalcificationKind(Kind::Dental);
const VASCULAR: Entity = Entity::CalcificationKind(Kind::Vascular);
const TENDINITIS: Entity = Entity::CalcificationKind(Kind::CalcificTendinitis);
const STONES: Entity = Entity::CalcificationKind(Kind::KidneyStones);
const PANCREATIC: Entity = Entity::CalcificationKind(Kind::Pancreatic);
const BREAST: Entity = Entity::CalcificationKind(Kind::Breast);
const PARADOX: Entity = Entity::Phenomenon(Phenomenon::CalciumParadox);
const HYPERCALCEMIA: Entity = Entity::Phenomenon(Phenomenon::Hypercalcemia);
const HYPOCALCEMIA: Entity = Entity::Phenomenon(Phenomenon::Hypocalcemia);
const DYSREGULATION: Entity = Entity::Trigger(Trigger::MineralDysregulation);
const INFLAMMATION: Entity = Entity::Trigger(Trigger::Inflammation);
const HYDRATION: Entity = Entity::LifestyleFactor(LifestyleFactor::Hydration);
const ACTIVITY: Entity = Entity::LifestyleFactor(LifestyleFactor::PhysicalActivity);
const HEART_DIET: Entity = Entity::LifestyleFactor(LifestyleFactor::HeartHealthyDiet);
const CHELATION: Entity = Entity::Intervention(Intervention::ChelationTherapy);
const EDTA: Entity = Entity::ChelationAgent(ChelationAgent::Edta);
const VKA: Entity = Entity::Medication(Medication::VitaminKAntagonist);

const DEFICIENT: Option<SubjectState> = Some(SubjectState::Deficiency);
const EXCESS: Option<SubjectState> = Some(SubjectState::Excess);
const SEED: &[SourceId] = &[S::Seed];
// The seed article alone is clinical-level support at most: `established` is reserved for
// reference values and guidelines (a test checks this).

use Relation::*;

/// Every fact of the knowledge base.
pub const FACTS: &[Fact] = &[
    // Calcification, physiological and ectopic.
    fact(
        "calcium_mineralises_physiological",
        CA,
        None,
        Mineralises,
        PHYSIOLOGICAL,
        "Calcium salts harden tissue; in physiological calcification they give bones and teeth their rigidity.",
        Clinical,
        SEED,
    ),
    fact(
        "calcium_mineralises_ectopic",
        CA,
        None,
        Mineralises,
        ECTOPIC,
        "In ectopic calcification calcium phosphate crystals deposit in soft tissues not designed to mineralise, an active and regulated cellular process.",
        Mechanistic,
        SEED,
    ),
    fact(
        "skeletal_is_physiological",
        SKELETAL,
        None,
        IsA,
        PHYSIOLOGICAL,
        "Mineralisation of bone is physiological calcification, primarily restricted to the skeletal system.",
        Clinical,
        SEED,
    ),
    fact(
        "dental_is_physiological",
        DENTAL,
        None,
        IsA,
        PHYSIOLOGICAL,
        "Mineralisation of teeth is physiological calcification.",
        Clinical,
        SEED,
    ),
    fact(
        "skeletal_occurs_in_bone",
        SKELETAL,
        None,
        OccursIn,
        Entity::BodySite(BodySite::Bone),
        "Skeletal calcification forms in bone.",
        Clinical,
        SEED,
    ),
    fact(
        "dental_occurs_in_teeth",
        DENTAL,
        None,
        OccursIn,
        Entity::BodySite(BodySite::Teeth),
        "Dental calcification forms in teeth.",
        Clinical,
        SEED,
    ),
    fact(
        "ectopic_impairs_organ_function",
        ECTOPIC,
        None,
        CanCause,
        Entity::Consequence(Consequence::ImpairedOrganFunction),
        "Ectopic calcification, the inappropriate deposition of calcium in soft tissues, can impair organ function.",
        Clinical,
        SEED,
    ),
    fact(
        "dysregulation_promotes_ectopic",
        DYSREGULATION,
        None,
        Promotes,
        ECTOPIC,
        "Unwanted calcium buildup is often a sign of mineral dysregulation rather than simply excess calcium intake; managing mineral balance is the foundation for minimising it.",
        Mechanistic,
        SEED,
    ),
    fact(
        "vascular_is_ectopic",
        VASCULAR,
        None,
        IsA,
        ECTOPIC,
        "Vascular calcification (hardening of the arteries) is ectopic calcification.",
        Clinical,
        SEED,
    ),
    fact(
        "vascular_occurs_in_arterial_wall",
        VASCULAR,
        None,
        OccursIn,
        Entity::BodySite(BodySite::ArterialWall),
        "In vascular calcification deposits form in the walls of blood vessels.",
        Clinical,
        SEED,
    ),
    fact(
        "vascular_reduces_elasticity",
        VASCULAR,
        None,
        CanCause,
        Entity::Consequence(Consequence::ReducedArterialElasticity),
        "Calcium accumulating in arterial walls reduces the elasticity of the arteries.",
        Clinical,
        SEED,
    ),
    fact(
        "elasticity_loss_raises_cv_risk",
        Entity::Consequence(Consequence::ReducedArterialElasticity),
        None,
        ContributesTo,
        Entity::Consequence(Consequence::CardiovascularRisk),
        "Reduced arterial elasticity is a significant factor in cardiovascular risk.",
        Clinical,
        SEED,
    ),
    fact(
        "tendinitis_is_ectopic",
        TENDINITIS,
        None,
        IsA,
        ECTOPIC,
        "Calcific tendinitis, calcium deposits in joints and tendons, is ectopic calcification.",
        Clinical,
        SEED,
    ),
    fact(
        "tendinitis_occurs_in_joints_and_tendons",
        TENDINITIS,
        None,
        OccursIn,
        Entity::BodySite(BodySite::JointsAndTendons),
        "Calcific tendinitis affects joints and tendons, most often the shoulder's rotator cuff.",
        Clinical,
        SEED,
    ),
    fact(
        "tendinitis_causes_pain",
        TENDINITIS,
        None,
        CanCause,
        Entity::Consequence(Consequence::Pain),
        "Calcific tendinitis can cause pain.",
        Clinical,
        SEED,
    ),
    fact(
        "tendinitis_causes_stiffness",
        TENDINITIS,
        None,
        CanCause,
        Entity::Consequence(Consequence::Stiffness),
        "Calcific tendinitis can cause stiffness.",
        Clinical,
        SEED,
    ),
    fact(
        "tendinitis_reduces_range_of_motion",
        TENDINITIS,
        None,
        CanCause,
        Entity::Consequence(Consequence::ReducedRangeOfMotion),
        "Calcific tendinitis can decrease the range of motion.",
        Clinical,
        SEED,
    ),
    fact(
        "kidney_stones_are_ectopic",
        STONES,
        None,
        IsA,
        ECTOPIC,
        "Kidney stones are calcification in an organ.",
        Clinical,
        SEED,
    ),
    fact(
        "kidney_stones_occur_in_kidney",
        STONES,
        None,
        OccursIn,
        Entity::BodySite(BodySite::Kidney),
        "Kidney stones form in the kidneys.",
        Clinical,
        SEED,
    ),
    fact(
        "pancreatic_is_ectopic",
        PANCREATIC,
        None,
        IsA,
        ECTOPIC,
        "Calcium deposits within the pancreas are ectopic calcification.",
        Clinical,
        SEED,
    ),
    fact(
        "pancreatic_occurs_in_pancreas",
        PANCREATIC,
        None,
        OccursIn,
        Entity::BodySite(BodySite::Pancreas),
        "Pancreatic calcification forms within the pancreas.",
        Clinical,
        SEED,
    ),
    fact(
        "breast_is_ectopic",
        BREAST,
        None,
        IsA,
        ECTOPIC,
        "Calcium deposits within breast tissue are ectopic calcification.",
        Clinical,
        SEED,
    ),
    fact(
        "breast_occurs_in_breast_tissue",
        BREAST,
        None,
        OccursIn,
        Entity::BodySite(BodySite::BreastTissue),
        "Breast calcification forms within breast tissue.",
        Clinical,
        SEED,
    ),
    fact(
        "inflammation_promotes_ectopic",
        INFLAMMATION,
        None,
        Promotes,
        ECTOPIC,
        "Ectopic deposits reflect a disruption of mineral metabolism sometimes triggered by inflammation.",
        Mechanistic,
        SEED,
    ),
    fact(
        "aging_promotes_ectopic",
        Entity::Trigger(Trigger::Aging),
        None,
        Promotes,
        ECTOPIC,
        "Ectopic deposits reflect a disruption of mineral metabolism sometimes triggered by aging.",
        Clinical,
        SEED,
    ),
    fact(
        "underlying_condition_promotes_ectopic",
        Entity::Trigger(Trigger::UnderlyingCondition),
        None,
        Promotes,
        ECTOPIC,
        "Ectopic deposits reflect a disruption of mineral metabolism sometimes triggered by underlying health conditions.",
        Clinical,
        SEED,
    ),
    // Vitamin K2 and matrix Gla protein.
    fact(
        "k2_redistributes_calcium",
        K2,
        None,
        Redistributes,
        CA,
        "Vitamin K2 plays a direct role in the redistribution of calcium.",
        Mechanistic,
        SEED,
    ),
    fact(
        "k2_activates_mgp",
        K2,
        None,
        Activates,
        MGP,
        "Vitamin K2, a fat-soluble vitamin, activates matrix Gla protein (MGP), which requires this activation to function.",
        Mechanistic,
        SEED,
    ),
    fact(
        "mgp_inhibits_vascular",
        MGP,
        None,
        Inhibits,
        VASCULAR,
        "Active MGP inhibits calcification of soft tissues like the arterial walls, preventing calcium deposition in the vasculature.",
        Mechanistic,
        SEED,
    ),
    fact(
        "mgp_inhibits_ectopic",
        MGP,
        None,
        Inhibits,
        ECTOPIC,
        "Active MGP inhibits calcification in soft tissues.",
        Mechanistic,
        SEED,
    ),
    fact(
        "mgp_binds_calcium",
        MGP,
        None,
        Binds,
        CA,
        "Activated MGP binds calcium, preventing its deposition in the vasculature.",
        Mechanistic,
        SEED,
    ),
    fact(
        "low_k2_leads_to_paradox",
        K2,
        DEFICIENT,
        LeadsTo,
        PARADOX,
        "Without sufficient vitamin K2, MGP remains inactive, leading to the calcium paradox.",
        Mechanistic,
        SEED,
    ),
    fact(
        "inactive_mgp_leads_to_paradox",
        MGP,
        Some(SubjectState::Inactive),
        LeadsTo,
        PARADOX,
        "Inactive MGP leads to the calcium paradox: calcium lost from bones and deposited in soft tissues.",
        Mechanistic,
        SEED,
    ),
    fact(
        "paradox_promotes_ectopic",
        PARADOX,
        None,
        Promotes,
        ECTOPIC,
        "In the calcium paradox calcium is deposited in soft tissues.",
        Mechanistic,
        SEED,
    ),
    fact(
        "paradox_reduces_skeletal",
        PARADOX,
        None,
        Reduces,
        SKELETAL,
        "In the calcium paradox calcium is simultaneously lost from bones.",
        Mechanistic,
        SEED,
    ),
    fact(
        "mk7_is_form_of_k2",
        Entity::K2Form(K2Form::Mk7),
        None,
        IsFormOf,
        K2,
        "Menaquinone-7 is a dietary form of vitamin K2; natto (fermented soybeans) is a rich source.",
        Clinical,
        &[S::Seed, S::Schurgers2007],
    ),
    fact(
        "mk4_is_form_of_k2",
        Entity::K2Form(K2Form::Mk4),
        None,
        IsFormOf,
        K2,
        "Menaquinone-4 is a dietary form of vitamin K2; menaquinones come from fermented foods and certain animal products.",
        Clinical,
        SEED,
    ),
    // Magnesium, vitamin D and PTH.
    fact(
        "magnesium_enables_vitamin_d_activation",
        MG,
        None,
        EnablesActivationOf,
        VD,
        "Magnesium is necessary for converting vitamin D into its active form.",
        Mechanistic,
        SEED,
    ),
    fact(
        "vitamin_d_converted_to_active",
        VD,
        None,
        IsConvertedTo,
        ACTIVE_D,
        "Vitamin D is converted into its active form, calcitriol, which is required for calcium absorption.",
        Established,
        &[S::Seed, S::Iom2011],
    ),
    fact(
        "active_vitamin_d_increases_calcium_absorption",
        ACTIVE_D,
        None,
        IncreasesAbsorptionOf,
        CA,
        "Active vitamin D is required for the absorption of calcium.",
        Established,
        &[S::Seed, S::Iom2011],
    ),
    fact(
        "low_magnesium_promotes_ectopic",
        MG,
        DEFICIENT,
        Promotes,
        ECTOPIC,
        "A magnesium deficiency can impair the body's ability to handle calcium, contributing to its deposition in inappropriate areas.",
        Mechanistic,
        SEED,
    ),
    fact(
        "magnesium_regulates_pth",
        MG,
        None,
        Regulates,
        PTH,
        "Magnesium helps regulate parathyroid hormone (PTH).",
        Mechanistic,
        &[S::Seed, S::Iom1997],
    ),
    fact(
        "pth_moves_calcium",
        PTH,
        None,
        MobilisesBetweenBoneAndBlood,
        CA,
        "Parathyroid hormone controls the movement of calcium between bone and blood.",
        Established,
        &[S::Seed, S::Iom2011],
    ),
    fact(
        "vitamin_d_increases_calcium_absorption",
        VD,
        None,
        IncreasesAbsorptionOf,
        CA,
        "Vitamin D significantly increases the body's absorption of calcium from the gut.",
        Established,
        &[S::Seed, S::Iom2011],
    ),
    fact(
        "low_vitamin_d_promotes_calcification",
        VD,
        DEFICIENT,
        Promotes,
        ECTOPIC,
        "Vitamin D is a double-edged sword: deficiency can promote calcification.",
        Controversial,
        SEED,
    ),
    fact(
        "excess_vitamin_d_causes_hypercalcemia",
        VD,
        EXCESS,
        CanCause,
        HYPERCALCEMIA,
        "Excessive vitamin D intake can lead to hypercalcemia, high calcium levels in the blood; serum 25(OH)D above 150 ng/mL is the hallmark of toxicity.",
        Established,
        &[S::Seed, S::Iom2011, S::FrontEndocrinol2018],
    ),
    fact(
        "hypercalcemia_exacerbates_ectopic",
        HYPERCALCEMIA,
        None,
        MayExacerbate,
        ECTOPIC,
        "Hypercalcemia may exacerbate soft-tissue calcification, particularly without adequate vitamin K2.",
        Mechanistic,
        SEED,
    ),
    fact(
        "low_k2_exacerbates_ectopic",
        K2,
        DEFICIENT,
        MayExacerbate,
        ECTOPIC,
        "Without adequate vitamin K2, high blood calcium from excess vitamin D is more likely to calcify soft tissue.",
        Mechanistic,
        SEED,
    ),
    // Lifestyle.
    fact(
        "hydration_reduces_kidney_stones",
        HYDRATION,
        None,
        ReducesRiskOf,
        STONES,
        "Water prevents the concentration of minerals in urine, reducing the risk of kidney stones; people with a history of stones should drink 2.5-3 L a day.",
        Established,
        &[S::Seed, S::Nice118],
    ),
    fact(
        "hydration_reduces_dysregulation",
        HYDRATION,
        None,
        Reduces,
        DYSREGULATION,
        "Proper fluid intake maintains the balance of electrolytes involved in cellular function.",
        Clinical,
        &[S::Seed, S::Efsa2010w],
    ),
    fact(
        "activity_supports_skeletal",
        ACTIVITY,
        None,
        Supports,
        SKELETAL,
        "Regular physical activity encourages bone density, pulling calcium into the bone structure where it belongs.",
        Established,
        &[S::Seed, S::Who2020],
    ),
    fact(
        "activity_reduces_vascular_risk",
        ACTIVITY,
        None,
        Reduces,
        Entity::Consequence(Consequence::CardiovascularRisk),
        "Exercise improves circulation and endothelial function, supporting overall vascular health; regular physical activity lowers cardiovascular risk.",
        Established,
        &[S::Seed, S::Who2020],
    ),
    fact(
        "activity_reduces_inflammation",
        ACTIVITY,
        None,
        Reduces,
        INFLAMMATION,
        "Exercise reduces the inflammatory processes often associated with calcification.",
        Mechanistic,
        SEED,
    ),
    fact(
        "heart_healthy_diet_reduces_inflammation",
        HEART_DIET,
        None,
        Reduces,
        INFLAMMATION,
        "A heart-healthy diet that limits highly processed foods reduces systemic inflammation.",
        Mechanistic,
        SEED,
    ),
    fact(
        "processed_diet_promotes_inflammation",
        Entity::Diet(Diet::HighProcessed),
        None,
        Promotes,
        INFLAMMATION,
        "Highly processed foods can contribute to systemic inflammation that negatively impacts mineral homeostasis.",
        Mechanistic,
        SEED,
    ),
    fact(
        "inflammation_promotes_dysregulation",
        INFLAMMATION,
        None,
        Promotes,
        DYSREGULATION,
        "Systemic inflammation negatively impacts mineral homeostasis.",
        Mechanistic,
        SEED,
    ),
    // Professional care.
    fact(
        "diagnostics_evaluate_ectopic",
        Entity::Intervention(Intervention::DiagnosticTesting),
        None,
        Evaluates,
        ECTOPIC,
        "For diagnosed calcification, a medical professional must perform diagnostic testing to determine the extent and cause of the deposits.",
        Clinical,
        SEED,
    ),
    fact(
        "medical_management_treats_ectopic",
        Entity::Intervention(Intervention::MedicalManagement),
        None,
        Treats,
        ECTOPIC,
        "Lifestyle and nutritional changes can help slow progression, but existing, severe calcification may require medical management.",
        Clinical,
        SEED,
    ),
    fact(
        "chelation_uses_edta",
        CHELATION,
        None,
        Uses,
        EDTA,
        "Chelation therapy uses agents like EDTA.",
        Clinical,
        SEED,
    ),
    fact(
        "edta_binds_and_removes_calcium",
        EDTA,
        None,
        BindsAndRemoves,
        CA,
        "EDTA binds to and removes minerals, calcium included.",
        Clinical,
        SEED,
    ),
    fact(
        "chelation_treats_heavy_metal_toxicity",
        CHELATION,
        None,
        Treats,
        Entity::Condition(Condition::HeavyMetalToxicity),
        "Chelation is typically reserved for heavy-metal toxicity.",
        Clinical,
        SEED,
    ),
    fact(
        "chelation_for_calcification_controversial",
        CHELATION,
        None,
        Treats,
        ECTOPIC,
        "Chelation for generalised soft-tissue calcification remains controversial and requires careful medical supervision; TACT found a modest benefit after myocardial infarction, not a treatment for calcification.",
        Controversial,
        &[S::Seed, S::Tact2013],
    ),
    fact(
        "edta_can_cause_hypocalcemia",
        EDTA,
        None,
        CanCause,
        HYPOCALCEMIA,
        "Deaths from hypocalcemia after chelation with disodium EDTA have been reported.",
        Clinical,
        &[S::Mmwr2006],
    ),
    // Reference-source mechanisms beyond the article.
    fact(
        "k2_counteracts_vka",
        K2,
        None,
        Counteracts,
        VKA,
        "Vitamin K intake counteracts warfarin and other vitamin K antagonists; intake should be kept consistent under the prescriber's supervision.",
        Established,
        &[S::Iom2001, S::Schurgers2007],
    ),
    fact(
        "mk7_counteracts_vka",
        Entity::K2Form(K2Form::Mk7),
        None,
        Counteracts,
        VKA,
        "MK-7 at 50 micrograms a day or more may interfere with oral anticoagulation.",
        Clinical,
        &[S::Schurgers2007],
    ),
    fact(
        "granulomatous_produces_active_vitamin_d",
        Entity::Condition(Condition::GranulomatousDisease),
        None,
        Produces,
        ACTIVE_D,
        "In granulomatous disease (e.g. sarcoidosis) active vitamin D is produced outside the kidney; the vitamin D UL applies to healthy people only.",
        Clinical,
        &[S::Iom1997, S::Iom2011],
    ),
    fact(
        "granulomatous_causes_hypercalcemia",
        Entity::Condition(Condition::GranulomatousDisease),
        None,
        CanCause,
        HYPERCALCEMIA,
        "Extra-renal production of active vitamin D in granulomatous disease causes hypercalcemia.",
        Clinical,
        &[S::Iom1997, S::Msd],
    ),
    fact(
        "thiazide_can_cause_hypercalcemia",
        Entity::Medication(Medication::ThiazideDiuretic),
        None,
        CanCause,
        HYPERCALCEMIA,
        "Thiazide diuretics reduce urinary calcium excretion and are a recognised cause of hypercalcemia.",
        Clinical,
        &[S::Msd],
    ),
    fact(
        "ckd_impairs_magnesium_excretion",
        Entity::Condition(Condition::ChronicKidneyDisease),
        None,
        ImpairsExcretionOf,
        MG,
        "Hypermagnesemia almost always reflects advanced chronic kidney disease; magnesium supplements only under supervision.",
        Clinical,
        &[S::Cmdt],
    ),
    fact(
        "excess_calcium_supplements_cause_kidney_stones",
        CA,
        EXCESS,
        CanCause,
        STONES,
        "The adult calcium UL was set from kidney stones in postmenopausal women taking calcium supplements.",
        Established,
        &[S::Iom2011],
    ),
];

/// A path through the graph: consecutive facts where each fact's object is the next
/// fact's subject.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Chain {
    /// The facts, in order from the start entity to the end entity.
    pub steps: Vec<&'static Fact>,
}

impl Chain {
    /// The entity the chain starts from.
    pub fn start(&self) -> Option<Entity> {
        self.steps.first().map(|f| f.subject)
    }

    /// The entity the chain ends at.
    pub fn end(&self) -> Option<Entity> {
        self.steps.last().map(|f| f.object)
    }

    /// Every source cited along the chain, each once, in order of first use.
    pub fn sources(&self) -> Vec<SourceId> {
        let mut out = Vec::new();
        for s in self.steps.iter().flat_map(|f| f.sources) {
            if !out.contains(s) {
                out.push(*s);
            }
        }
        out
    }
}

impl std::fmt::Display for Chain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, step) in self.steps.iter().enumerate() {
            if i == 0 {
                write!(f, "{}", step.subject.id())?;
                if let Some(state) = step.subject_state {
                    write!(f, " ({})", state.id())?;
                }
            }
            write!(f, " -[{}]-> {}", step.relation.id(), step.object.id())?;
        }
        Ok(())
    }
}

/// The longest chain [`chains`] searches by default.
pub const DEFAULT_MAX_CHAIN_LEN: usize = 4;

/// Every fact in the knowledge base.
pub fn facts() -> impl Iterator<Item = &'static Fact> {
    FACTS.iter()
}

/// The fact with this id, if any.
pub fn fact_by_id(id: &str) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.id == id)
}

/// Facts with `entity` as subject.
///
/// ```
/// use calcification::{Entity, Nutrient, Relation, facts_from};
///
/// let k2 = Entity::from(Nutrient::VitaminK2);
/// assert!(facts_from(k2).any(|f| f.relation == Relation::Activates && f.object.id() == "matrix_gla_protein"));
/// ```
pub fn facts_from(entity: impl Into<Entity>) -> impl Iterator<Item = &'static Fact> {
    let entity = entity.into();
    FACTS.iter().filter(move |f| f.subject == entity)
}

/// Facts with `entity` as object.
pub fn facts_to(entity: impl Into<Entity>) -> impl Iterator<Item = &'static Fact> {
    let entity = entity.into();
    FACTS.iter().filter(move |f| f.object == entity)
}

/// Facts with `entity` as subject or object.
pub fn facts_about(entity: impl Into<Entity>) -> impl Iterator<Item = &'static Fact> {
    let entity = entity.into();
    FACTS.iter().filter(move |f| f.subject == entity || f.object == entity)
}

/// What a nutrient does: the facts with the nutrient (in any state) as subject.
pub fn roles(nutrient: Nutrient) -> impl Iterator<Item = &'static Fact> {
    facts_from(nutrient)
}

/// Every chain of at most `max_len` facts leading from `from` to `to`, shortest first,
/// without visiting an entity twice. Only the first step may be about a state of its
/// subject (e.g. *deficiency of* vitamin K2); later steps are facts about the entity as
/// such. `is_a` facts point from a kind to its category, so a chain reaching `ectopic`
/// does not continue down to each ectopic kind.
///
/// ```
/// use calcification::{CalcificationKind, Nutrient, chains};
///
/// let found = chains(Nutrient::VitaminK2, CalcificationKind::Vascular, 4);
/// assert_eq!(found[0].to_string(), "vitamin_k2 -[activates]-> matrix_gla_protein -[inhibits]-> vascular");
/// ```
pub fn chains(from: impl Into<Entity>, to: impl Into<Entity>, max_len: usize) -> Vec<Chain> {
    let (from, to) = (from.into(), to.into());
    let mut found = Vec::new();
    let mut path: Vec<&'static Fact> = Vec::new();
    extend_chains(from, to, max_len, &mut path, &mut found);
    found.sort_by_key(|c| c.steps.len());
    found
}

/// A fact about a state of its subject ("excess vitamin D can cause hypercalcemia") says
/// nothing about what merely acts on that subject, so only the first step of a path may be
/// about a state.
fn may_follow(steps_so_far: usize, fact: &Fact) -> bool {
    steps_so_far == 0 || fact.subject_state.is_none()
}

fn extend_chains(at: Entity, to: Entity, max_len: usize, path: &mut Vec<&'static Fact>, found: &mut Vec<Chain>) {
    if path.len() >= max_len {
        return;
    }
    for fact in facts_from(at) {
        if !may_follow(path.len(), fact) {
            continue;
        }
        let seen =
            fact.object == path.first().map_or(at, |f| f.subject) || path.iter().any(|f| f.object == fact.object);
        if seen {
            continue;
        }
        path.push(fact);
        if fact.object == to {
            found.push(Chain { steps: path.clone() });
        } else {
            extend_chains(fact.object, to, max_len, path, found);
        }
        path.pop();
    }
}

/// Like [`chains`], from ids, with the default length limit.
///
/// # Errors
/// [`UnknownId`] if either id is not an entity of the graph.
pub fn chains_between(from: &str, to: &str) -> Result<Vec<Chain>, UnknownId> {
    Ok(chains(from.parse::<Entity>()?, to.parse::<Entity>()?, DEFAULT_MAX_CHAIN_LEN))
}

/// Look up any entity by id.
///
/// # Errors
/// [`UnknownId`] listing every entity id when `id` is none of them.
pub fn entity(id: &str) -> Result<Entity, UnknownId> {
    id.parse()
}

/// All entities reachable from `from` in at most `max_len` steps, with the facts that
/// first reached them (breadth first).
pub fn reachable(from: impl Into<Entity>, max_len: usize) -> Vec<(Entity, Vec<&'static Fact>)> {
    let from = from.into();
    let mut out: Vec<(Entity, Vec<&'static Fact>)> = Vec::new();
    let mut frontier: Vec<(Entity, Vec<&'static Fact>)> = vec![(from, Vec::new())];
    for _ in 0..max_len {
        let mut next = Vec::new();
        for (at, path) in &frontier {
            for fact in facts_from(*at) {
                if !may_follow(path.len(), fact) {
                    continue;
                }
                if fact.object == from || out.iter().any(|(e, _)| *e == fact.object) {
                    continue;
                }
                let mut p = path.clone();
                p.push(fact);
                out.push((fact.object, p.clone()));
                next.push((fact.object, p));
            }
        }
        frontier = next;
    }
    out
}

/// Which nutrients reach `target` through the graph, each with its shortest chain.
pub fn nutrients_acting_on(target: impl Into<Entity>) -> Vec<(Nutrient, Chain)> {
    let target = target.into();
    Nutrient::all()
        .filter_map(|n| chains(n, target, DEFAULT_MAX_CHAIN_LEN).into_iter().next().map(|c| (n, c)))
        .collect()
}
