//! The condition language: thresholds, atoms, condition trees and the rule type.

use super::{Caution, Severity};
use crate::clinical::{Condition, Medication};
use crate::intervention::Intervention;
use crate::lifestyle::Diet;
use crate::profile::{Interval, ProfileField};
use crate::reference::{FixedThreshold, ReferenceKind};
use crate::source::{EvidenceLevel, SourceId};
use crate::term::{push_mid_sentence, vocabulary};

use std::fmt;

use serde::{Deserialize, Serialize};

vocabulary! {
    /// How a measured value is compared with its threshold. Both are strict: a value equal to
    /// the threshold is neither above nor below it.
    pub enum Comparison in "comparison" {
        /// Strictly greater than the threshold.
        Above = "above", "above";
        /// Strictly less than the threshold.
        Below = "below", "below";
    }
}

impl Comparison {
    /// Whether `value` compares so with `threshold`.
    pub fn holds(self, value: f64, threshold: f64) -> bool {
        match self {
            Self::Above => value > threshold,
            Self::Below => value < threshold,
        }
    }

    /// Whether a quantity known only to lie in `value` compares so with `threshold`, as
    /// `(holds, fails)`: it holds when every value of the interval does, fails when none
    /// does, and neither (unknown) otherwise. For an exact value exactly one is true.
    ///
    /// ```
    /// use calcification::{Comparison, Interval};
    ///
    /// // Supplements alone give at least 120 µg; the limit is 100 µg.
    /// assert_eq!(Comparison::Above.decide(Interval::at_least(120.0), 100.0), (true, false));
    /// // At least 80 µg: above 100 or not, food decides.
    /// assert_eq!(Comparison::Above.decide(Interval::at_least(80.0), 100.0), (false, false));
    /// assert_eq!(Comparison::Below.decide(Interval::at_least(80.0), 100.0), (false, false));
    /// // At least 100 µg is not below 100 µg.
    /// assert_eq!(Comparison::Below.decide(Interval::at_least(100.0), 100.0), (false, true));
    /// ```
    #[inline]
    pub fn decide(self, value: Interval, threshold: f64) -> (bool, bool) {
        match self {
            Self::Above => (value.low > threshold, value.high <= threshold),
            Self::Below => (value.high < threshold, value.low >= threshold),
        }
    }
}

/// What a measured value is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Threshold {
    /// A life-stage reference value, looked up in the chosen standard.
    Reference(ReferenceKind),
    /// A fixed value.
    Fixed(FixedThreshold),
    /// The upper limit of the reference range the lab reported with the value, in the
    /// value's unit (PTH intervals depend on the assay); unknown without one.
    LabUpperLimit,
}

/// A leaf of a condition tree: one question about the profile. It deserialises from the
/// JSON the crate writes (in an assessment's `because`), with a fixed threshold only as one
/// of the crate's own.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Atom {
    /// A quantity of the profile compared with a threshold; unknown when the quantity is not
    /// reported or the threshold cannot be found for the life stage.
    Compare {
        /// The profile field (in its canonical unit).
        field: ProfileField,
        /// Above or below.
        comparison: Comparison,
        /// What it is compared with.
        threshold: Threshold,
    },
    /// The profile lists this medication.
    TakesMedication(Medication),
    /// The profile lists this condition.
    HasCondition(Condition),
    /// The profile lists this intervention as being considered.
    Considering(Intervention),
    /// The profile's diet is this pattern; unknown when diet is not reported.
    DietIs(Diet),
    /// The profile lists at least one diagnosed calcification.
    AnyDiagnosedCalcification,
    /// The profile reports the field (for a derived field: it can be derived); never
    /// unknown. It lets a rule use a lab only when it was measured.
    Reported(ProfileField),
}

/// A condition: atoms combined with all/any/not, as a value that can be printed, serialised
/// and explained.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ConditionTree {
    /// True when every branch is true; false when any is false; else unknown.
    All(&'static [ConditionTree]),
    /// True when any branch is true; false when every branch is false; else unknown.
    Any(&'static [ConditionTree]),
    /// The negation (unknown stays unknown).
    Not(&'static ConditionTree),
    /// A leaf.
    Atom(Atom),
}

/// A severity that replaces the rule's base severity when a condition holds.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SeverityOverride {
    /// When it applies.
    pub when: ConditionTree,
    /// The severity then.
    pub severity: Severity,
}

/// A caution rule.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Rule {
    /// The caution it raises (also the rule's id).
    pub caution: Caution,
    /// The severity of the caution.
    pub severity: Severity,
    /// A different severity when a further condition holds (e.g. warning with a history of
    /// kidney stones).
    pub severity_override: Option<SeverityOverride>,
    /// How strong the support for the rule is.
    pub evidence: EvidenceLevel,
    /// Where the rule comes from (threshold sources are added per finding).
    pub sources: &'static [SourceId],
    /// When it fires.
    pub condition: ConditionTree,
    /// One-line summary of a finding (under 140 characters).
    pub summary: &'static str,
    /// What it means and what to do about it, without dose advice.
    pub detail: &'static str,
}

impl Rule {
    /// The rule's id, the id of its caution.
    pub fn id(&self) -> &'static str {
        self.caution.id()
    }

    /// Every atom of the rule's condition (and severity override), depth first.
    pub fn atoms(&self) -> Vec<Atom> {
        let mut out = Vec::new();
        self.condition.collect_atoms(&mut out);
        if let Some(o) = &self.severity_override {
            o.when.collect_atoms(&mut out);
        }
        out
    }

    /// The profile fields the rule can need.
    pub fn inputs(&self) -> Vec<ProfileField> {
        let mut out = Vec::new();
        for atom in self.atoms() {
            for field in atom.inputs() {
                if !out.contains(&field) {
                    out.push(field);
                }
            }
        }
        out
    }
}

impl ConditionTree {
    pub(crate) fn collect_atoms(&self, out: &mut Vec<Atom>) {
        match self {
            Self::All(items) | Self::Any(items) => items.iter().for_each(|c| c.collect_atoms(out)),
            Self::Not(inner) => inner.collect_atoms(out),
            Self::Atom(a) => out.push(*a),
        }
    }
}

impl Atom {
    /// The profile fields the atom reads (besides lists, which are never missing).
    pub fn inputs(&self) -> Vec<ProfileField> {
        match self {
            Self::Compare { field, threshold, .. } => {
                let mut v = vec![*field];
                v.extend_from_slice(field.derived_inputs());
                match threshold {
                    Threshold::Reference(kind) => {
                        v.push(ProfileField::AgeYears);
                        if reference_depends_on_sex(*kind) {
                            v.push(ProfileField::Sex);
                        }
                    }
                    Threshold::LabUpperLimit => v.extend(field.upper_limit_field()),
                    Threshold::Fixed(_) => {}
                }
                v
            }
            Self::DietIs(_) => vec![ProfileField::Diet],
            _ => vec![],
        }
    }
}

fn reference_depends_on_sex(kind: ReferenceKind) -> bool {
    crate::reference::REFERENCE_ROWS.iter().any(|r| r.kind == kind && r.sex.is_some())
}

impl Atom {
    /// The atom as a phrase ("takes lithium", "serum calcium is above 10.5 mg/dL (...)"),
    /// appended to `out`: what [`Display`](fmt::Display) prints, without the formatter's
    /// machinery for the explanations that write many of them (issue 11).
    pub(crate) fn push_text(&self, out: &mut String) {
        let (verb, label) = match self {
            Self::Compare { field, comparison, threshold } => {
                push_mid_sentence(out, field.label());
                out.push(' ');
                out.push_str(comparison.label());
                out.push(' ');
                match threshold {
                    Threshold::Reference(kind) => {
                        out.push_str("the ");
                        push_mid_sentence(out, kind.label());
                        out.push_str(" for the life stage");
                    }
                    Threshold::Fixed(t) => {
                        crate::reference::push_number(out, t.value);
                        out.push(' ');
                        out.push_str(t.unit.label());
                        out.push_str(" (");
                        out.push_str(t.source.label());
                        out.push(')');
                    }
                    Threshold::LabUpperLimit => out.push_str("the upper limit of the lab's reference range"),
                }
                return;
            }
            Self::TakesMedication(m) => ("takes ", m.label()),
            Self::HasCondition(c) => ("has ", c.label()),
            Self::Considering(i) => ("is considering ", i.label()),
            Self::DietIs(d) => ("diet is ", d.label()),
            Self::AnyDiagnosedCalcification => {
                out.push_str("has a diagnosed calcification");
                return;
            }
            Self::Reported(field) => {
                push_mid_sentence(out, field.label());
                out.push_str(" is reported");
                return;
            }
        };
        out.push_str(verb);
        push_mid_sentence(out, label);
    }
}

impl fmt::Display for Atom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut text = String::with_capacity(64);
        self.push_text(&mut text);
        f.write_str(&text)
    }
}

impl fmt::Display for ConditionTree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let join = |f: &mut fmt::Formatter<'_>, items: &[ConditionTree], word: &str| {
            f.write_str("(")?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    write!(f, " {word} ")?;
                }
                write!(f, "{item}")?;
            }
            f.write_str(")")
        };
        match self {
            Self::All(items) => join(f, items, "and"),
            Self::Any(items) => join(f, items, "or"),
            Self::Not(inner) => write!(f, "not {inner}"),
            Self::Atom(a) => write!(f, "{a}"),
        }
    }
}
