//! The assessment of a profile: every caution that applies, explained and cited, and every
//! caution that could not be assessed, with what it needed.

use serde::Serialize;

use crate::profile::{Profile, ProfileField};
use crate::reference::{LifeStage, LookupGap, ReferenceKind, ReferenceStandard, ValueType, trim_number};
use crate::rule::{Atom, Caution, CautionSets, ConditionTree, Evaluator, RULES, Rule, Severity, Threshold, Truth};
use crate::source::{EvidenceLevel, SourceId};
use crate::term::Term;
use crate::units::Unit;

/// The crate's version, carried by every assessment and export.
pub const CRATE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The version of the knowledge base (facts, rules, reference values). Bumped whenever any
/// of them changes; a test compares a content hash recorded with it.
pub const KNOWLEDGE_VERSION: &str = "2026.11.1";

/// The content hash ([`content_hash`](crate::export::content_hash)) of the knowledge at
/// [`KNOWLEDGE_VERSION`]. A test recomputes it: when facts, rules, reference values or
/// sources change, it fails until both the version and this hash are updated together.
pub const KNOWLEDGE_CONTENT_HASH: &str = "91178c0398abd963";

/// The note every assessment carries.
pub const INTENDED_USE: &str = "Educational information, not medical advice. This library flags, explains and cites; it does not diagnose or recommend doses. Discuss any change with a qualified clinician.";

/// The result of assessing a profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Assessment {
    /// Version of the `calcification` crate that produced the assessment.
    pub crate_version: String,
    /// Version of the knowledge base (facts, rules, reference values).
    pub knowledge_version: String,
    /// The reference standard thresholds were taken from.
    pub standard: ReferenceStandard,
    /// The life stage derived from the profile.
    pub life_stage: LifeStageSummary,
    /// What the assessment is for, and what it is not.
    pub intended_use: String,
    /// The cautions that apply, critical first, then by caution id.
    pub findings: Vec<Finding>,
    /// The cautions that could not be assessed, with what they needed, by caution id.
    pub not_assessed: Vec<NotAssessed>,
}

/// The life stage reference values were looked up for.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LifeStageSummary {
    /// Age, sex and pregnancy/lactation as reported.
    #[serde(flatten)]
    pub stage: LifeStage,
    /// In words, e.g. `"female, 52 years"`.
    pub description: String,
}

/// A caution that applies, with why.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Finding {
    /// The caution.
    pub caution: Caution,
    /// How urgent it is for this profile.
    pub severity: Severity,
    /// How strong the support for the rule is.
    pub evidence: EvidenceLevel,
    /// One line, under 140 characters.
    pub summary: String,
    /// What it means, in a few sentences.
    pub detail: String,
    /// The atoms that decided it, with observed values and thresholds.
    pub because: Vec<Reason>,
    /// The rule's sources and those of every threshold used.
    pub sources: Vec<SourceId>,
}

/// One atom of a rule, as it was decided for this profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Observed {
    /// The profile field.
    pub field: ProfileField,
    /// The value in `unit`.
    pub value: f64,
    /// The unit compared in.
    pub unit: Unit,
    /// The value as the profile gave it.
    pub given_value: f64,
    /// The unit the profile gave.
    pub given_unit: Unit,
}

/// A threshold as used for this profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub life_stage_group: Option<String>,
    /// Whether the requested standard gives no value here and another one's was used.
    pub fallback: bool,
    /// What the threshold marks, in words.
    pub meaning: String,
    /// Where it comes from.
    pub source: SourceId,
}

/// A caution that could not be assessed.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NotAssessed {
    /// The caution.
    pub caution: Caution,
    /// The profile fields it needed that were not reported.
    pub missing: Vec<ProfileField>,
    /// Reference values that do not exist for this life stage (e.g. no drink level under
    /// 14 years, no magnesium UL for infants).
    pub no_reference_value: Vec<ReferenceKind>,
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
    let mut findings = Vec::new();
    let mut not_assessed = Vec::new();
    for rule in RULES {
        match eval.rule(rule) {
            Truth::True => findings.push(finding(eval, rule)),
            Truth::Unknown => not_assessed.push(gaps(eval, rule)),
            Truth::False => {}
        }
    }
    findings.sort_by(|a, b| b.severity.cmp(&a.severity).then_with(|| a.caution.id().cmp(b.caution.id())));
    not_assessed.sort_by(|a, b| a.caution.id().cmp(b.caution.id()));
    let stage = eval.life_stage();
    Assessment {
        crate_version: CRATE_VERSION.to_owned(),
        knowledge_version: KNOWLEDGE_VERSION.to_owned(),
        standard: eval.standard(),
        life_stage: LifeStageSummary { stage, description: stage.describe() },
        intended_use: INTENDED_USE.to_owned(),
        findings,
        not_assessed,
    }
}

fn finding(eval: &Evaluator<'_>, rule: &Rule) -> Finding {
    let mut because = Vec::new();
    decisive(eval, &rule.condition, &mut because);
    let mut sources: Vec<SourceId> = rule.sources.to_vec();
    for source in because.iter().filter_map(|r| r.threshold.as_ref().map(|t| t.source)) {
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    let detail = std::iter::once(rule.detail.to_owned())
        .chain(because.iter().map(|r| format!("{}.", capitalise(&r.statement))))
        .collect::<Vec<_>>()
        .join(" ");
    Finding {
        caution: rule.caution,
        severity: eval.severity(rule),
        evidence: rule.evidence,
        summary: rule.summary.to_owned(),
        detail,
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
        let statement = if holds { atom.to_string() } else { format!("not: {atom}") };
        return Reason { atom: *atom, holds, statement, observed: None, threshold: None };
    };
    let (given_value, given_unit) = profile.quantity_as_given(*field).expect("a decided comparison has its input");
    let value = profile.canonical(*field).expect("a decided comparison has its input");
    let used = threshold_used(eval, threshold).expect("a decided comparison has its threshold");
    let unit = used.unit;
    let shown = if given_unit == unit {
        format!("{} {}", trim_number(value), unit.label())
    } else {
        format!("{} {} ({} {})", trim_number(given_value), given_unit.label(), trim_number(value), unit.label())
    };
    let verb = if holds { comparison.label().to_owned() } else { format!("not {}", comparison.label()) };
    let what = match (used.reference, &used.life_stage_group) {
        (Some(kind), Some(group)) => format!(
            "the {} of {} {} ({})",
            crate::term::mid_sentence(kind.label()),
            trim_number(used.value),
            unit.label(),
            group_provenance(&used, group)
        ),
        _ => format!("{} {} ({}, {})", trim_number(used.value), unit.label(), used.meaning, used.source.label()),
    };
    Reason {
        atom: *atom,
        holds,
        statement: format!("{} {shown} is {verb} {what}", field.label()),
        observed: Some(Observed { field: *field, value, unit, given_value, given_unit }),
        threshold: Some(used),
    }
}

fn group_provenance(used: &ThresholdUsed, group: &str) -> String {
    let mut s = format!("{}, {group}", used.source.label());
    if used.fallback {
        s.push_str(", used because the requested standard gives no value");
    }
    s
}

fn threshold_used(eval: &Evaluator<'_>, threshold: &Threshold) -> Option<ThresholdUsed> {
    match threshold {
        Threshold::Fixed(t) => Some(ThresholdUsed {
            value: t.value,
            unit: t.unit,
            reference: None,
            value_type: None,
            standard: None,
            life_stage_group: None,
            fallback: false,
            meaning: t.meaning.to_owned(),
            source: t.source,
        }),
        Threshold::Reference(kind) => {
            let resolved = eval.reference(*kind).ok()?;
            Some(ThresholdUsed {
                value: resolved.row.amount()?,
                unit: resolved.row.unit(),
                reference: Some(*kind),
                value_type: Some(resolved.row.value_type),
                standard: resolved.row.standard,
                life_stage_group: Some(resolved.row.group.to_owned()),
                fallback: resolved.is_fallback(),
                meaning: kind.definition().to_owned(),
                source: resolved.row.source,
            })
        }
    }
}

fn gaps(eval: &Evaluator<'_>, rule: &Rule) -> NotAssessed {
    let mut missing = Vec::new();
    let mut no_reference_value = Vec::new();
    let push = |v: &mut Vec<ProfileField>, f: ProfileField| {
        if !v.contains(&f) {
            v.push(f);
        }
    };
    let mut undecided = Vec::new();
    undecided_atoms(eval, &rule.condition, &mut undecided);
    for atom in undecided {
        match atom {
            Atom::Compare { field, threshold, .. } => {
                if !eval.profile().has(field) {
                    push(&mut missing, field);
                }
                if let Threshold::Reference(kind) = threshold {
                    match eval.reference(kind) {
                        Err(LookupGap::MissingAge) => push(&mut missing, ProfileField::AgeYears),
                        Err(LookupGap::MissingSex) => push(&mut missing, ProfileField::Sex),
                        Err(LookupGap::NoValueForLifeStage) => no_reference_value.push(kind),
                        Ok(r) if r.row.amount().is_none() => no_reference_value.push(kind),
                        Ok(_) => {}
                    }
                }
            }
            Atom::DietIs(_) => push(&mut missing, ProfileField::Diet),
            _ => {}
        }
    }
    no_reference_value.dedup();
    NotAssessed { caution: rule.caution, missing, no_reference_value }
}

/// The unknown atoms that keep an unknown `tree` undecided: branches already decided (a
/// false branch of an `any`, say) needed nothing more, so their inputs are not reported.
fn undecided_atoms(eval: &Evaluator<'_>, tree: &ConditionTree, out: &mut Vec<Atom>) {
    if eval.condition(tree) != Truth::Unknown {
        return;
    }
    match tree {
        ConditionTree::All(items) | ConditionTree::Any(items) => {
            items.iter().for_each(|t| undecided_atoms(eval, t, out));
        }
        ConditionTree::Not(inner) => undecided_atoms(eval, inner, out),
        ConditionTree::Atom(atom) => out.push(*atom),
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
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
