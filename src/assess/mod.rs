//! The assessment of a profile: every caution that applies, explained and cited, and every
//! caution that could not be assessed, with what it needed.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::profile::{Profile, ProfileField, Supplement};
use crate::reference::{LifeStage, LookupGap, ReferenceKind, ReferenceStandard, ValueType, push_number};
use crate::rule::{
    Atom, Caution, CautionSets, Comparison, ConditionTree, Evaluator, RULES, Rule, Severity, Threshold, Truth,
};
use crate::source::{EvidenceLevel, SourceId};
use crate::term::Term;
use crate::term::{TermSet, push_mid_sentence};
use crate::units::Unit;

pub use crate::version::{CRATE_VERSION, KNOWLEDGE_CONTENT_HASH, KNOWLEDGE_VERSION};

mod derived;

pub use derived::{DerivationMethod, Derived, DerivedInput, DerivedKind, derived_values};

/// The note every assessment carries.
pub const INTENDED_USE: &str = "Educational information, not medical advice. This library flags, explains and cites; it does not diagnose or recommend doses. Discuss any change with a qualified clinician.";

/// The result of assessing a profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Assessment {
    /// Version of the `calcification` crate that produced the assessment.
    pub crate_version: Cow<'static, str>,
    /// Version of the knowledge base (facts, rules, reference values).
    pub knowledge_version: Cow<'static, str>,
    /// The reference standard thresholds were taken from.
    pub standard: ReferenceStandard,
    /// The life stage derived from the profile.
    pub life_stage: LifeStageSummary,
    /// What the assessment is for, and what it is not.
    pub intended_use: Cow<'static, str>,
    /// The cautions that apply, critical first, then by caution id.
    pub findings: Vec<Finding>,
    /// The cautions that could not be assessed, with what they needed, by caution id.
    pub not_assessed: Vec<NotAssessed>,
    /// Every value the crate computed from the profile (eGFR, GFR category, corrected
    /// calcium, supplement sums), with its inputs, formula and source (contract v1.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derived: Vec<Derived>,
}

/// The life stage reference values were looked up for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct LifeStageSummary {
    /// Age, sex and pregnancy/lactation as reported.
    #[serde(flatten)]
    pub stage: LifeStage,
    /// In words, e.g. `"female, 52 years"`.
    pub description: String,
}

/// A caution that applies, with why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Finding {
    /// The caution.
    pub caution: Caution,
    /// How urgent it is for this profile.
    pub severity: Severity,
    /// How strong the support for the rule is.
    pub evidence: EvidenceLevel,
    /// One line, under 140 characters.
    pub summary: Cow<'static, str>,
    /// What the caution means and what to do about it, in a few sentences (the rule's
    /// text; the numbers of this profile are in `because`).
    pub detail: Cow<'static, str>,
    /// The atoms that decided it, with observed values and thresholds.
    pub because: Vec<Reason>,
    /// The rule's sources and those of every threshold used.
    pub sources: Vec<SourceId>,
}

/// One atom of a rule, as it was decided for this profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Reason {
    /// The atom.
    pub atom: Atom,
    /// Whether the atom itself held (false for an atom under a `not`).
    pub holds: bool,
    /// The atom's outcome in words, with numbers and units.
    pub statement: String,
    /// The observed value, for comparisons.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub observed: Option<Observed>,
    /// The threshold it was compared with, for comparisons.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<ThresholdUsed>,
}

/// A value from the profile, in the unit the rule compares in and as given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Observed {
    /// The profile field.
    pub field: ProfileField,
    /// The value in `unit`.
    pub value: f64,
    /// The unit compared in.
    pub unit: Unit,
    /// The value as the profile gave it.
    pub given_value: f64,
    /// The unit the profile gave (for a value from supplements, the unit they are summed in).
    pub given_unit: Unit,
    /// Whether the value is a lower bound: the total intake was not reported, and the
    /// supplements listed alone give this much.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub at_least: bool,
    /// The supplement products the value is the sum of (empty when the field was reported).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supplements: Vec<SupplementPart>,
}

/// One supplement product in a sum an observed value comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SupplementPart {
    /// Its position in the profile's `supplements`.
    pub index: usize,
    /// The product, as given.
    pub product: Supplement,
}

/// A threshold as used for this profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ThresholdUsed {
    /// The value.
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
    /// The reference value it is (absent for fixed thresholds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<ReferenceKind>,
    /// RDA, AI, UL or guideline (absent for fixed thresholds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_type: Option<ValueType>,
    /// The standard that gave the value (absent for fixed thresholds and guidelines).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standard: Option<ReferenceStandard>,
    /// The life-stage group the value is for, as the source names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub life_stage_group: Option<Cow<'static, str>>,
    /// Whether the requested standard gives no value here and another one's was used.
    pub fallback: bool,
    /// What the threshold marks, in words.
    pub meaning: Cow<'static, str>,
    /// Where it comes from.
    pub source: SourceId,
}

/// A caution that could not be assessed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct NotAssessed {
    /// The caution.
    pub caution: Caution,
    /// The profile fields it needed that were not reported.
    pub missing: TermSet<ProfileField>,
    /// Reference values that do not exist for this life stage (e.g. no drink level under
    /// 14 years, no magnesium UL for infants).
    pub no_reference_value: TermSet<ReferenceKind>,
}

/// Assesses a profile against every rule, with IOM reference values.
///
/// # Errors
/// [`ProfileError`](crate::ProfileError) if the profile fails [`Profile::validate`] (a profile
/// from [`Profile::from_json`] or the builder has already passed it).
///
/// ```
/// use calcification::{Caution, Profile, assess};
///
/// let profile = Profile::from_json(r#"{"age_years": 52, "sex": "female",
///     "intake": {"vitamin_d": {"amount": 5000, "unit": "[iU]"}, "vitamin_k2": {"amount": 0, "unit": "ug"}}}"#)?;
/// let assessment = assess(&profile)?;
/// assert!(assessment.findings.iter().any(|f| f.caution == Caution::VitaminDExcessWithoutK2));
/// # Ok::<(), calcification::ProfileError>(())
/// ```
pub fn assess(profile: &Profile) -> Result<Assessment, crate::ProfileError> {
    assess_with(profile, ReferenceStandard::Iom)
}

/// Like [`assess`], with the reference standard of your choice.
///
/// # Errors
/// As [`assess`].
pub fn assess_with(profile: &Profile, standard: ReferenceStandard) -> Result<Assessment, crate::ProfileError> {
    profile.validate()?;
    Ok(explain(&Evaluator::new(profile, standard)))
}

/// The fast path: which cautions fire and which cannot be assessed, without explanations
/// and without allocating.
///
/// # Errors
/// As [`assess`].
pub fn caution_sets(profile: &Profile, standard: ReferenceStandard) -> Result<CautionSets, crate::ProfileError> {
    profile.validate()?;
    Ok(Evaluator::new(profile, standard).caution_sets())
}

/// The explained assessment of an already validated profile.
pub fn explain(eval: &Evaluator<'_>) -> Assessment {
    // The compiled fast path decides every rule; only fired and undecided ones are walked.
    let sets = eval.caution_sets();
    let mut findings = Vec::with_capacity(sets.fired.len());
    let mut not_assessed = Vec::with_capacity(sets.not_assessed.len());
    // In caution id order, so only the findings need sorting, by severity (a stable sort
    // keeps the id order within one severity).
    let (fired, undecided) = (sets.fired.bits(), sets.not_assessed.bits());
    for &(bit, rule) in rules_by_id() {
        if fired & bit != 0 {
            findings.push(finding(eval, rule));
        } else if undecided & bit != 0 {
            not_assessed.push(gaps(eval, rule));
        }
    }
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let stage = eval.life_stage();
    Assessment {
        crate_version: Cow::Borrowed(CRATE_VERSION),
        knowledge_version: Cow::Borrowed(KNOWLEDGE_VERSION),
        standard: eval.standard(),
        life_stage: LifeStageSummary { stage, description: stage.describe() },
        intended_use: Cow::Borrowed(INTENDED_USE),
        findings,
        not_assessed,
        derived: derived_values(eval.profile()),
    }
}

/// The rules in the alphabetical order of their caution ids (the output order), each with
/// its caution's bit in a [`CautionSet`](crate::CautionSet).
fn rules_by_id() -> &'static [(u128, &'static Rule)] {
    static ORDER: std::sync::OnceLock<Vec<(u128, &'static Rule)>> = std::sync::OnceLock::new();
    ORDER.get_or_init(|| {
        let mut rules: Vec<_> = RULES.iter().map(|r| (TermSet::from_iter([r.caution]).bits(), r)).collect();
        rules.sort_by_key(|(_, r)| r.caution.id());
        rules
    })
}

fn finding(eval: &Evaluator<'_>, rule: &Rule) -> Finding {
    let mut because = Vec::new();
    decisive(eval, &rule.condition, &mut because);
    // A severity that differs from the rule's says why: the atoms of the override that held.
    if let Some(o) = rule.severity_override.as_ref().filter(|o| eval.condition(&o.when) == Truth::True) {
        let mut extra = Vec::new();
        decisive(eval, &o.when, &mut extra);
        for r in extra {
            if !because.iter().any(|b: &Reason| b.atom == r.atom) {
                because.push(r);
            }
        }
    }
    let mut sources: Vec<SourceId> = rule.sources.to_vec();
    let profile = eval.profile();
    let thresholds = because.iter().filter_map(|r| r.threshold.as_ref().map(|t| t.source));
    let derivations =
        because.iter().filter_map(|r| r.observed.as_ref()).flat_map(|o| derived::sources_of(profile, o.field));
    for source in thresholds.chain(derivations) {
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    Finding {
        caution: rule.caution,
        severity: eval.severity(rule),
        evidence: rule.evidence,
        summary: Cow::Borrowed(rule.summary),
        detail: Cow::Borrowed(rule.detail),
        because,
        sources,
    }
}

/// Collects the atoms that decided a true `tree`: all branches of an `all`, the first true
/// branch of an `any`, the negated atoms of a `not`.
fn decisive(eval: &Evaluator<'_>, tree: &ConditionTree, out: &mut Vec<Reason>) {
    match tree {
        ConditionTree::All(items) => items.iter().for_each(|t| decisive(eval, t, out)),
        ConditionTree::Any(items) => {
            if let Some(t) = items.iter().find(|t| eval.condition(t) == Truth::True) {
                decisive(eval, t, out);
            }
        }
        ConditionTree::Not(inner) => decisive_false(eval, inner, out),
        ConditionTree::Atom(atom) => out.push(reason(eval, atom)),
    }
}

/// The atoms that made `tree` false (the dual of [`decisive`]).
fn decisive_false(eval: &Evaluator<'_>, tree: &ConditionTree, out: &mut Vec<Reason>) {
    match tree {
        ConditionTree::Any(items) => items.iter().for_each(|t| decisive_false(eval, t, out)),
        ConditionTree::All(items) => {
            if let Some(t) = items.iter().find(|t| eval.condition(t) == Truth::False) {
                decisive_false(eval, t, out);
            }
        }
        ConditionTree::Not(inner) => decisive(eval, inner, out),
        ConditionTree::Atom(atom) => out.push(reason(eval, atom)),
    }
}

fn reason(eval: &Evaluator<'_>, atom: &Atom) -> Reason {
    let holds = eval.atom(atom) == Truth::True;
    let profile = eval.profile();
    let Atom::Compare { field, comparison, threshold } = atom else {
        let mut statement = String::with_capacity(64);
        if !holds {
            statement.push_str("not: ");
        }
        atom.push_text(&mut statement);
        return Reason { atom: *atom, holds, statement, observed: None, threshold: None };
    };
    if let Threshold::LabUpperLimit = threshold {
        return lab_limit_reason(eval, atom, *field, *comparison, holds);
    }
    let known = eval.value(*field).expect("a decided comparison has its input");
    let sum = profile.sum_behind(*field);
    let (given_value, given_unit) = match &sum {
        Some(sum) => (sum.total, sum.unit),
        // A sum of other fields (K1 + K2) is in the canonical unit.
        None => profile
            .quantity_as_given(*field)
            .unwrap_or((known.low, field.canonical().map_or(Unit::Microgram, |(unit, _)| unit))),
    };
    let used = threshold_used(eval, *field, threshold, given_unit).expect("a decided comparison has its threshold");
    // Compared in the threshold's unit: the canonical one, or the unit the value was given
    // in when the threshold is published in it.
    let (value, unit) = if used.unit == given_unit { (given_value, given_unit) } else { (known.low, used.unit) };
    let mut s = String::with_capacity(160);
    s.push_str(field.label());
    s.push(' ');
    if !known.is_exact() {
        s.push_str("at least ");
    }
    push_quantity(&mut s, given_value, given_unit);
    if given_unit != unit {
        s.push_str(" (");
        push_quantity(&mut s, value, unit);
        s.push(')');
    }
    derived::push_derivation(&mut s, profile, *field);
    let mut supplements = Vec::new();
    if let Some(sum) = &sum {
        s.push_str(" (from supplements: ");
        for (n, (index, part)) in sum.parts.iter().enumerate() {
            if n > 0 {
                s.push_str(" + ");
            }
            push_quantity(&mut s, part.amount, part.unit);
            if let Some(form) = part.form {
                s.push(' ');
                s.push_str(form.label());
            }
            if let Some(label) = &part.label {
                s.push_str(" (");
                s.push_str(label);
                s.push(')');
            }
            supplements.push(SupplementPart { index: *index, product: (*part).clone() });
        }
        s.push_str(" = ");
        push_quantity(&mut s, sum.total, sum.unit);
        if !known.is_exact() {
            s.push_str("; food not reported");
        }
        s.push(')');
    }
    s.push_str(if holds { " is " } else { " is not " });
    s.push_str(comparison.label());
    s.push(' ');
    match threshold {
        Threshold::Reference(kind) => {
            s.push_str("the ");
            push_mid_sentence(&mut s, kind.label());
            s.push_str(" of ");
            push_quantity(&mut s, used.value, unit);
            s.push_str(" (");
            if let Ok(resolved) = eval.reference(*kind) {
                resolved.write_provenance(&mut s);
            }
            s.push(')');
        }
        // Handled by `lab_limit_reason`.
        Threshold::LabUpperLimit => {}
        Threshold::Fixed(_) => {
            push_quantity(&mut s, used.value, unit);
            s.push_str(" (");
            s.push_str(&used.meaning);
            s.push_str(", ");
            s.push_str(used.source.label());
            s.push(')');
        }
    }
    Reason {
        atom: *atom,
        holds,
        statement: s,
        observed: Some(Observed {
            field: *field,
            value,
            unit,
            given_value,
            given_unit,
            at_least: !known.is_exact(),
            supplements,
        }),
        threshold: Some(used),
    }
}

fn push_quantity(out: &mut String, value: f64, unit: Unit) {
    push_number(out, value);
    out.push(' ');
    out.push_str(unit.label());
}

/// The reason for a comparison with the upper limit of the lab's own reference range: both
/// in the lab's unit, nothing converted.
fn lab_limit_reason(
    eval: &Evaluator<'_>,
    atom: &Atom,
    field: ProfileField,
    comparison: Comparison,
    holds: bool,
) -> Reason {
    let lab = eval.profile().lab(field).expect("a decided lab comparison has its value");
    let used = threshold_used(eval, field, &Threshold::LabUpperLimit, lab.unit).expect("and its limit");
    let mut s = String::with_capacity(120);
    s.push_str(field.label());
    s.push(' ');
    push_quantity(&mut s, lab.value, lab.unit);
    s.push_str(if holds { " is " } else { " is not " });
    s.push_str(comparison.label());
    s.push_str(" the upper limit of the lab's reference range, ");
    push_quantity(&mut s, used.value, used.unit);
    if let Some(low) = lab.reference_range.and_then(|r| r.low) {
        s.push_str(" (range ");
        push_number(&mut s, low);
        s.push('-');
        push_quantity(&mut s, used.value, used.unit);
        s.push(')');
    }
    Reason {
        atom: *atom,
        holds,
        statement: s,
        observed: Some(Observed {
            field,
            value: lab.value,
            unit: lab.unit,
            given_value: lab.value,
            given_unit: lab.unit,
            at_least: false,
            supplements: Vec::new(),
        }),
        threshold: Some(used),
    }
}

fn threshold_used(
    eval: &Evaluator<'_>,
    field: ProfileField,
    threshold: &Threshold,
    given: Unit,
) -> Option<ThresholdUsed> {
    match threshold {
        Threshold::LabUpperLimit => {
            let lab = eval.profile().lab(field)?;
            Some(ThresholdUsed {
                value: lab.reference_range?.high?,
                unit: lab.unit,
                reference: None,
                value_type: None,
                standard: None,
                life_stage_group: None,
                fallback: false,
                meaning: Cow::Borrowed("the upper limit of the lab's own reference range (assay-specific)"),
                source: SourceId::LabReport,
            })
        }
        Threshold::Fixed(t) => {
            let (value, unit, _) = t.limit_for(given);
            Some(ThresholdUsed {
                value,
                unit,
                reference: None,
                value_type: None,
                standard: None,
                life_stage_group: None,
                fallback: false,
                meaning: Cow::Borrowed(t.meaning),
                source: t.source,
            })
        }
        Threshold::Reference(kind) => {
            let resolved = eval.reference(*kind).ok()?;
            Some(ThresholdUsed {
                value: resolved.row.amount()?,
                unit: resolved.row.unit(),
                reference: Some(*kind),
                value_type: Some(resolved.row.value_type),
                standard: resolved.row.standard,
                life_stage_group: Some(Cow::Borrowed(resolved.row.group)),
                fallback: resolved.is_fallback(),
                meaning: Cow::Borrowed(kind.definition()),
                source: resolved.row.source,
            })
        }
    }
}

fn gaps(eval: &Evaluator<'_>, rule: &Rule) -> NotAssessed {
    let mut gap = NotAssessed { caution: rule.caution, missing: TermSet::new(), no_reference_value: TermSet::new() };
    undecided(eval, &rule.condition, &mut gap);
    gap
}

/// Evaluates `tree` and records, in one pass, what its undecided atoms need: branches that
/// end up decided (a false branch of an `any`, say) needed nothing more, so what they added
/// is dropped again.
fn undecided(eval: &Evaluator<'_>, tree: &ConditionTree, gap: &mut NotAssessed) -> Truth {
    let before = (gap.missing, gap.no_reference_value);
    let truth = match tree {
        ConditionTree::All(items) => {
            let mut result = Truth::True;
            for item in *items {
                match undecided(eval, item, gap) {
                    Truth::False => result = Truth::False,
                    Truth::Unknown if result == Truth::True => result = Truth::Unknown,
                    _ => {}
                }
            }
            result
        }
        ConditionTree::Any(items) => {
            let mut result = Truth::False;
            for item in *items {
                match undecided(eval, item, gap) {
                    Truth::True => result = Truth::True,
                    Truth::Unknown if result == Truth::False => result = Truth::Unknown,
                    _ => {}
                }
            }
            result
        }
        ConditionTree::Not(inner) => match undecided(eval, inner, gap) {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        },
        ConditionTree::Atom(atom) => {
            let truth = eval.atom(atom);
            if truth == Truth::Unknown {
                record_gap(eval, atom, gap);
            }
            truth
        }
    };
    if truth != Truth::Unknown {
        (gap.missing, gap.no_reference_value) = before;
    }
    truth
}

fn record_gap(eval: &Evaluator<'_>, atom: &Atom, gap: &mut NotAssessed) {
    match *atom {
        Atom::Compare { field, threshold, .. } => {
            let profile = eval.profile();
            let inputs = field.derived_inputs();
            if inputs.is_empty() {
                if !profile.has(field) {
                    gap.missing.insert(field);
                }
            } else {
                inputs.iter().filter(|f| !profile.has(**f)).for_each(|f| {
                    gap.missing.insert(*f);
                });
            }
            if let (Threshold::LabUpperLimit, Some(limit)) = (threshold, field.upper_limit_field())
                && !profile.has(limit)
            {
                gap.missing.insert(limit);
            }
            if let Threshold::Reference(kind) = threshold {
                match eval.reference(kind) {
                    Err(LookupGap::MissingAge { .. }) => gap.missing.insert(ProfileField::AgeYears),
                    Err(LookupGap::MissingSex { .. }) => gap.missing.insert(ProfileField::Sex),
                    Err(LookupGap::NoValueForLifeStage { .. }) => gap.no_reference_value.insert(kind),
                    Ok(r) if r.row.amount().is_none() => gap.no_reference_value.insert(kind),
                    Ok(_) => false,
                };
            }
        }
        Atom::DietIs(_) => {
            gap.missing.insert(ProfileField::Diet);
        }
        _ => {}
    }
}

impl Assessment {
    /// The finding for `caution`, if it fired.
    pub fn finding(&self, caution: Caution) -> Option<&Finding> {
        self.findings.iter().find(|f| f.caution == caution)
    }

    /// Whether `caution` could not be assessed.
    pub fn is_not_assessed(&self, caution: Caution) -> bool {
        self.not_assessed.iter().any(|n| n.caution == caution)
    }

    /// The assessment as pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("an assessment always serialises")
    }
}

#[cfg(test)]
mod reason_tests;
