//! A person's own targets: every reference value the crate knows for a life stage, under
//! both standards, as a nutrition tracker shows them next to a log (the USDA DRI calculator's
//! table). "Not determined" (the source set none on purpose) and "not set for this life
//! stage" (no row covers it, or age or sex is missing) are states of their own.

use serde::Serialize;

use super::{LifeStage, LookupGap, ReferenceKind, ReferenceStandard, ValueType};
use crate::source::SourceId;
use crate::term::Term;
use crate::units::Unit;

/// Every reference value for one life stage, by kind, then standard (IOM first).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Targets {
    /// The life stage the values are for.
    pub life_stage: LifeStage,
    /// The life stage in words, e.g. `"female, 52 years"`.
    pub description: String,
    /// One entry per reference kind and standard.
    pub targets: Vec<Target>,
}

/// One reference value of a life stage under one standard.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Target {
    /// What the value is of (vitamin D RDA, calcium UL, drink level, ...).
    pub kind: ReferenceKind,
    /// The standard asked for.
    pub standard: ReferenceStandard,
    /// The value, or why there is none.
    #[serde(flatten)]
    pub state: TargetState,
}

/// A target's value, or why there is none.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "state", rename_all = "snake_case")]
#[non_exhaustive]
pub enum TargetState {
    /// A value from a table row.
    Value {
        /// The value, in `unit`.
        value: f64,
        /// Its unit.
        unit: Unit,
        /// RDA, AI, UL or guideline.
        value_type: ValueType,
        /// The life-stage row as the source names it.
        group: &'static str,
        /// The source of the row.
        source: SourceId,
        /// The standard the row belongs to (absent for guidelines that belong to none).
        #[serde(skip_serializing_if = "Option::is_none")]
        from: Option<ReferenceStandard>,
        /// Whether the standard asked for sets no value here and another's was used.
        fallback: bool,
        /// Where the value comes from, in words (`"IOM 2011, 51-70 years"`).
        provenance: String,
    },
    /// The source considered the value and determined none (the vitamin K UL).
    NotDetermined {
        /// What kind of value was not determined.
        value_type: ValueType,
        /// The life-stage row as the source names it.
        group: &'static str,
        /// The source.
        source: SourceId,
    },
    /// No value for this life stage: what is missing, or that no source sets one.
    NotSet {
        /// Why, in words (the [`LookupGap`] message).
        reason: String,
        /// What kind of gap it is.
        gap: Gap,
    },
}

/// Why a life stage has no value of a reference kind (the kinds of [`LookupGap`], as data).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Gap {
    /// The age is needed and was not reported.
    MissingAge,
    /// The value depends on sex, which was not reported.
    MissingSex,
    /// No source sets a value for this life stage.
    NoValueForLifeStage,
}

impl TargetState {
    fn of(result: Result<super::Resolved, LookupGap>) -> Self {
        match result {
            Ok(resolved) => {
                let row = resolved.row;
                match row.amount() {
                    Some(value) => Self::Value {
                        value,
                        unit: row.unit(),
                        value_type: row.value_type,
                        group: row.group,
                        source: row.source,
                        from: row.standard,
                        fallback: resolved.is_fallback(),
                        provenance: resolved.provenance(),
                    },
                    None => Self::NotDetermined { value_type: row.value_type, group: row.group, source: row.source },
                }
            }
            Err(gap) => Self::NotSet {
                reason: gap.to_string(),
                gap: match gap {
                    LookupGap::MissingAge { .. } => Gap::MissingAge,
                    LookupGap::MissingSex { .. } => Gap::MissingSex,
                    LookupGap::NoValueForLifeStage { .. } => Gap::NoValueForLifeStage,
                },
            },
        }
    }
}

impl Targets {
    /// The target of `kind` under `standard`.
    pub fn get(&self, kind: ReferenceKind, standard: ReferenceStandard) -> Option<&Target> {
        self.targets.iter().find(|t| t.kind == kind && t.standard == standard)
    }
}

impl LifeStage {
    /// Every reference value the crate knows for this life stage, under both standards.
    ///
    /// ```
    /// use calcification::{LifeStage, ReferenceKind, ReferenceStandard, Sex, TargetState};
    ///
    /// let stage = LifeStage { age_years: Some(52.0), sex: Some(Sex::Female), reproductive_status: None };
    /// let targets = stage.targets();
    /// let ul = targets.get(ReferenceKind::CalciumUl, ReferenceStandard::Iom).unwrap();
    /// assert!(matches!(ul.state, TargetState::Value { value: 2000.0, .. }));
    /// let k_ul = targets.get(ReferenceKind::VitaminKUl, ReferenceStandard::Iom).unwrap();
    /// assert!(matches!(k_ul.state, TargetState::NotDetermined { .. }));
    /// ```
    pub fn targets(&self) -> Targets {
        let mut targets = Vec::with_capacity(ReferenceKind::ALL.len() * ReferenceStandard::ALL.len());
        for kind in ReferenceKind::all() {
            for standard in ReferenceStandard::all() {
                targets.push(Target { kind, standard, state: TargetState::of(self.reference(kind, standard)) });
            }
        }
        Targets { life_stage: *self, description: self.describe(), targets }
    }
}
