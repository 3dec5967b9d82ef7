#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod term;

pub mod assess;
pub mod batch;
pub mod biolink;
pub mod body;
// Private: a public `calcification::calcification` would clash with the crate name under
// `use calcification::*`; its items are re-exported below.
mod calcification;
pub mod cds;
pub mod clinical;
pub mod code;
#[cfg(feature = "cohort")]
#[cfg_attr(docsrs, doc(cfg(feature = "cohort")))]
pub mod cohort;
pub mod dot;
pub mod entity;
pub mod error;
pub mod export;
#[cfg(feature = "fhir")]
pub mod fhir;
pub mod intervention;
pub mod knowledge;
pub mod lifestyle;
pub mod nutrient;
pub mod profile;
pub mod reference;
pub mod rule;
#[cfg(feature = "schema")]
pub mod schema;
pub mod source;
pub mod units;
pub mod version;

pub use assess::{
    Assessment, CRATE_VERSION, DerivationMethod, Derived, DerivedInput, DerivedKind, Finding, INTENDED_USE,
    KNOWLEDGE_CONTENT_HASH, KNOWLEDGE_VERSION, LifeStageSummary, NotAssessed, Observed, Reason, SupplementPart,
    ThresholdUsed, assess, assess_with, caution_sets, derived_values, explain,
};
pub use batch::{assess_batch, assess_iter, caution_sets_batch};
pub use body::{BodyAgent, Phenomenon};
pub use calcification::{BodySite, CalcificationCategory, CalcificationKind, Consequence, Trigger};
pub use cds::{Card, CardSource, CdsResponse, Link};
pub use clinical::{Condition, Medication};
pub use code::{Code, CodeMatch, CodeSystem};
pub use entity::Entity;
pub use error::{ProfileError, RangeError, UnknownId};
pub use intervention::{ChelationAgent, Intervention};
pub use knowledge::{
    Chain, DEFAULT_MAX_CHAIN_LEN, Effect, FACTS, Fact, HUBS, Relation, SubjectState, acting_on, chains, chains_between,
    entity, fact_by_id, facts, facts_about, facts_from, facts_to, inhibitors_of, is_hub, nutrients_acting_on,
    promoters_of, reachable, roles,
};
pub use lifestyle::{Diet, LifestyleFactor};
pub use nutrient::{K2Form, Nutrient};
pub use profile::{
    AssessedCalcium, CKD_EPI_2021_MIN_AGE, Dose, EgfrMethod, EgfrUsed, GfrCategory, Intake, Interval, LabValue, Labs,
    MAX_PROFILE_BYTES, Profile, ProfileBuilder, ProfileField, ReferenceRange, Supplement, SupplementSum, ckd_epi_2021,
};
pub use reference::{
    Equivalent, FixedThreshold, Gap, LifeStage, LookupGap, REFERENCE_ROWS, RefValue, ReferenceKind, ReferenceRow,
    ReferenceStandard, ReproductiveStatus, Resolved, Sex, Target, TargetState, Targets, ValueType,
};
pub use rule::{
    Atom, Caution, CautionSet, CautionSets, Comparison, ConditionTree, Evaluator, RULES, Rule, Severity,
    SeverityOverride, Threshold, Truth,
};
pub use source::{Confirmation, EvidenceLevel, Source, SourceId};
pub use term::{Term, TermSet, TermSetIter};
pub use units::{Analyte, Unit};
