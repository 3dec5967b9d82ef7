//! Where calcium ends up: the categories and kinds of calcification, their body sites,
//! consequences and triggers.

use crate::code::{Code, CodeMatch, hpo, icd};
use crate::term::vocabulary;

vocabulary! {
    /// Whether a calcification belongs where it is.
    pub enum CalcificationCategory in "calcification_category" {
        /// Necessary mineralisation, primarily restricted to the skeletal system: rigidity for bones and teeth.
        Physiological = "physiological", "Physiological calcification";
        /// Inappropriate deposition of calcium salts in soft tissues, which can impair organ function.
        Ectopic = "ectopic", "Ectopic calcification";
    }
}

vocabulary! {
    /// A kind of calcification, by the tissue it affects.
    pub enum CalcificationKind in "calcification_kind" {
        /// Mineralisation of bone, which gives the skeleton its rigidity.
        Skeletal = "skeletal", "Skeletal calcification (bones)";
        /// Mineralisation of teeth.
        Dental = "dental", "Dental calcification (teeth)";
        /// Calcium deposits in arterial walls ("hardening of the arteries").
        Vascular = "vascular", "Vascular calcification";
        /// Calcium deposits in joints and tendons, most often the shoulder's rotator cuff.
        CalcificTendinitis = "calcific_tendinitis", "Calcific tendinitis";
        /// Mineral stones formed in the kidneys.
        KidneyStones = "kidney_stones", "Kidney stones";
        /// Calcium deposits within the pancreas.
        Pancreatic = "pancreatic", "Pancreatic calcification";
        /// Calcium deposits within breast tissue (microcalcifications).
        Breast = "breast", "Breast calcification";
    }
}

vocabulary! {
    /// Where in the body a calcification forms.
    pub enum BodySite in "body_site" {
        /// The bones of the skeleton.
        Bone = "bone", "Bone";
        /// The teeth.
        Teeth = "teeth", "Teeth";
        /// The walls of arteries and other blood vessels.
        ArterialWall = "arterial_wall", "Arterial wall";
        /// Joints and tendons, e.g. the shoulder's rotator cuff.
        JointsAndTendons = "joints_and_tendons", "Joints and tendons";
        /// The kidneys and urinary tract.
        Kidney = "kidney", "Kidney";
        /// The pancreas.
        Pancreas = "pancreas", "Pancreas";
        /// Breast tissue.
        BreastTissue = "breast_tissue", "Breast tissue";
    }
}

vocabulary! {
    /// A harm that ectopic calcification can bring.
    pub enum Consequence in "consequence" {
        /// Stiffer arteries that stretch less with each heartbeat.
        ReducedArterialElasticity = "reduced_arterial_elasticity", "Reduced arterial elasticity";
        /// Higher risk of heart attack, stroke and other cardiovascular events.
        CardiovascularRisk = "cardiovascular_risk", "Cardiovascular risk";
        /// Pain at the affected site.
        Pain = "pain", "Pain";
        /// Stiffness of the affected joint.
        Stiffness = "stiffness", "Stiffness";
        /// A decreased range of motion of the affected joint.
        ReducedRangeOfMotion = "reduced_range_of_motion", "Reduced range of motion";
        /// Impaired function of the affected organ or gland.
        ImpairedOrganFunction = "impaired_organ_function", "Impaired organ function";
    }
}

vocabulary! {
    /// What sets off ectopic calcification.
    pub enum Trigger in "trigger" {
        /// A disruption of the body's mineral metabolism and balance, rather than simply an excess of calcium intake.
        MineralDysregulation = "mineral_dysregulation", "Mineral dysregulation";
        /// Systemic or local inflammatory processes.
        Inflammation = "inflammation", "Inflammation";
        /// Ageing of tissues.
        Aging = "aging", "Aging";
        /// An underlying health condition that disturbs mineral metabolism.
        UnderlyingCondition = "underlying_condition", "Underlying health condition";
    }
}

impl CalcificationKind {
    /// Physiological (skeletal, dental) or ectopic (every other kind).
    pub fn category(self) -> CalcificationCategory {
        match self {
            Self::Skeletal | Self::Dental => CalcificationCategory::Physiological,
            _ => CalcificationCategory::Ectopic,
        }
    }

    /// Whether this kind is ectopic (soft-tissue) calcification.
    pub fn is_ectopic(self) -> bool {
        self.category() == CalcificationCategory::Ectopic
    }

    /// The body site where this kind forms.
    pub fn body_site(self) -> BodySite {
        match self {
            Self::Skeletal => BodySite::Bone,
            Self::Dental => BodySite::Teeth,
            Self::Vascular => BodySite::ArterialWall,
            Self::CalcificTendinitis => BodySite::JointsAndTendons,
            Self::KidneyStones => BodySite::Kidney,
            Self::Pancreatic => BodySite::Pancreas,
            Self::Breast => BodySite::BreastTissue,
        }
    }

    /// What this kind can lead to (empty for physiological kinds).
    pub fn consequences(self) -> &'static [Consequence] {
        use Consequence::*;
        match self {
            Self::Skeletal | Self::Dental => &[],
            Self::Vascular => &[ReducedArterialElasticity, CardiovascularRisk],
            Self::CalcificTendinitis => &[Pain, Stiffness, ReducedRangeOfMotion],
            Self::KidneyStones | Self::Pancreatic | Self::Breast => &[ImpairedOrganFunction],
        }
    }

    /// What can set this kind off (every ectopic kind shares the seed's triggers; none for
    /// physiological kinds).
    pub fn triggers(self) -> &'static [Trigger] {
        if self.is_ectopic() { <Trigger as crate::Term>::ALL } else { &[] }
    }

    /// Codes in HPO and ICD-10-CM (REFERENCE.md), where they exist.
    pub fn codes(self) -> &'static [Code] {
        use CodeMatch::{Exact, Related};
        match self {
            Self::Skeletal | Self::Dental => &[],
            Self::Vascular => {
                const {
                    &[
                        hpo("HP:0004934", "Vascular calcification", Exact),
                        hpo("HP:0003207", "Arterial calcification", Related),
                        icd("I70.0", "Atherosclerosis of aorta", Related),
                    ]
                }
            }
            Self::CalcificTendinitis => {
                const {
                    &[
                        hpo("HP:0025477", "Periarticular calcification", Related),
                        icd("M65.2", "Calcific tendinitis", Exact),
                        icd("M75.3", "Calcific tendinitis of shoulder", Related),
                    ]
                }
            }
            Self::KidneyStones => {
                const { &[hpo("HP:0000787", "Nephrolithiasis", Exact), icd("N20.0", "Calculus of kidney", Exact)] }
            }
            Self::Pancreatic => const { &[hpo("HP:0005213", "Pancreatic calcification", Exact)] },
            Self::Breast => {
                const {
                    &[
                        hpo("HP:0040403", "Breast microcalcification", Exact),
                        icd("R92.0", "Mammographic microcalcification found on diagnostic imaging of breast", Related),
                    ]
                }
            }
        }
    }
}

impl CalcificationCategory {
    /// Codes in HPO (REFERENCE.md), where they exist.
    pub fn codes(self) -> &'static [Code] {
        match self {
            Self::Physiological => &[],
            Self::Ectopic => const { &[hpo("HP:0010766", "Ectopic calcification", CodeMatch::Exact)] },
        }
    }

    /// The kinds in this category.
    pub fn kinds(self) -> impl Iterator<Item = CalcificationKind> {
        use crate::Term;
        CalcificationKind::all().filter(move |k| k.category() == self)
    }
}
