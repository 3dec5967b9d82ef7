//! Caution rules as data, and the one interpreter that evaluates them.
//!
//! A [`Rule`] is a value: the caution it raises, a severity, an evidence level, sources and
//! a [`ConditionTree`] of [`Atom`]s combined with all/any/not. [`RULES`] lists all 22. The
//! interpreter ([`Evaluator`]) is three-valued (Kleene): an atom whose input is missing is
//! [`Truth::Unknown`], and a rule that is unknown is *not assessed*, never silently false.

use std::fmt;

use serde::Serialize;

use crate::clinical::{Condition, Medication};
use crate::intervention::Intervention;
use crate::lifestyle::Diet;
use crate::profile::{Profile, ProfileField};
use crate::reference::{
    ANY_MAGNESIUM_SUPPLEMENT, ANY_VITAMIN_K, CALCIDIOL_CONCERN, CALCIDIOL_DEFICIENCY, CALCIDIOL_SUFFICIENCY,
    CALCIDIOL_TOXICITY, FixedThreshold, HYPERCALCEMIA, KIDNEY_STONE_FLUID, LifeStage, LookupGap, ReferenceKind,
    ReferenceStandard, Resolved,
};
use crate::source::{EvidenceLevel, SourceId};
use crate::term::{Term, TermSet, vocabulary};
use crate::units::Unit;

vocabulary! {
    /// How urgent a caution is. The order is real and derived: info < warning < critical
    /// (the CDS Hooks card indicator values).
    #[derive(PartialOrd, Ord)]
    pub enum Severity in "severity" {
        /// Worth knowing; no action is urgent.
        Info = "info", "Info";
        /// Worth discussing with a clinician.
        Warning = "warning", "Warning";
        /// Needs prompt attention from a clinician.
        Critical = "critical", "Critical";
    }
}

vocabulary! {
    /// A caution the rules can raise (the ids are the JSON contract).
    pub enum Caution in "caution" {
        /// Vitamin D intake above the tolerable upper intake level for the life stage.
        VitaminDAboveUpperLimit = "vitamin_d_above_upper_limit", "Vitamin D above the upper limit";
        /// Vitamin D intake above the upper limit while vitamin K2 intake is below the vitamin K AI (the "double-edged sword").
        VitaminDExcessWithoutK2 = "vitamin_d_excess_without_k2", "Excess vitamin D without enough vitamin K2";
        /// Vitamin D intake below the RDA (AI for infants).
        VitaminDIntakeBelowRda = "vitamin_d_intake_below_rda", "Vitamin D intake below the RDA";
        /// Serum 25(OH)D below 12 ng/mL (30 nmol/L): at risk of deficiency.
        VitaminDDeficiency = "vitamin_d_deficiency", "Vitamin D deficiency";
        /// Serum 25(OH)D from 12 to below 20 ng/mL: some at risk of inadequacy.
        VitaminDInsufficiency = "vitamin_d_insufficiency", "Vitamin D insufficiency";
        /// Serum 25(OH)D above 50 ng/mL (125 nmol/L) and at most 150: may be cause for concern.
        VitaminDLevelConcerning = "vitamin_d_level_concerning", "Vitamin D level may be of concern";
        /// Serum 25(OH)D above 150 ng/mL (375 nmol/L): the hallmark of vitamin D toxicity.
        VitaminDToxicityLevel = "vitamin_d_toxicity_level", "Vitamin D level in the toxic range";
        /// Total serum calcium above 10.4 mg/dL (2.60 mmol/L).
        Hypercalcemia = "hypercalcemia", "Hypercalcemia";
        /// Vitamin K2 intake below the vitamin K AI (a heuristic: inactive MGP, calcium paradox).
        VitaminK2Low = "vitamin_k2_low", "Low vitamin K2 intake";
        /// Vitamin K2 intake while taking a vitamin K antagonist such as warfarin.
        VitaminKWithAnticoagulant = "vitamin_k_with_anticoagulant", "Vitamin K with an anticoagulant";
        /// Total magnesium intake below the RDA (AI for infants).
        MagnesiumIntakeBelowRda = "magnesium_intake_below_rda", "Magnesium intake below the RDA";
        /// Supplemental magnesium above the upper limit (which applies to supplements only).
        MagnesiumSupplementAboveUpperLimit = "magnesium_supplement_above_upper_limit", "Magnesium supplements above the upper limit";
        /// Supplemental magnesium with chronic kidney disease.
        MagnesiumSupplementWithKidneyDisease = "magnesium_supplement_with_kidney_disease", "Magnesium supplements with kidney disease";
        /// Calcium intake above the upper limit.
        CalciumAboveUpperLimit = "calcium_above_upper_limit", "Calcium above the upper limit";
        /// Calcium intake below the RDA (AI for infants).
        CalciumIntakeBelowRda = "calcium_intake_below_rda", "Calcium intake below the RDA";
        /// Vitamin D intake above the RDA while taking a thiazide diuretic.
        VitaminDWithThiazide = "vitamin_d_with_thiazide", "Vitamin D with a thiazide diuretic";
        /// Vitamin D intake above the RDA with granulomatous disease.
        VitaminDWithGranulomatousDisease = "vitamin_d_with_granulomatous_disease", "Vitamin D with granulomatous disease";
        /// Fluid from drinks below the EFSA level, or below 2.5 L with a history of kidney stones.
        LowFluidIntake = "low_fluid_intake", "Low fluid intake";
        /// Physical activity below the WHO minimum for the age.
        LowPhysicalActivity = "low_physical_activity", "Low physical activity";
        /// A diet of mostly highly processed foods.
        ProcessedFoodDiet = "processed_food_diet", "Highly processed diet";
        /// Chelation therapy is being considered.
        ChelationRequiresSupervision = "chelation_requires_supervision", "Chelation requires medical supervision";
        /// A calcification has been diagnosed.
        DiagnosedCalcificationNeedsEvaluation = "diagnosed_calcification_needs_evaluation", "Diagnosed calcification needs evaluation";
    }
}

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
}

/// What a measured value is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    /// A life-stage reference value, looked up in the chosen standard.
    Reference(ReferenceKind),
    /// A fixed value.
    Fixed(FixedThreshold),
}

/// A leaf of a condition tree: one question about the profile.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
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
}

/// A condition: atoms combined with all/any/not, as a value that can be printed, serialised
/// and explained.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
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
pub struct SeverityOverride {
    /// When it applies.
    pub when: ConditionTree,
    /// The severity then.
    pub severity: Severity,
}

/// A caution rule.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

impl Caution {
    /// The rule that raises this caution.
    pub fn rule(self) -> &'static Rule {
        RULES.iter().find(|r| r.caution == self).expect("every caution has a rule (tested)")
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
                if let Threshold::Reference(kind) = threshold {
                    v.push(ProfileField::AgeYears);
                    if reference_depends_on_sex(*kind) {
                        v.push(ProfileField::Sex);
                    }
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

impl fmt::Display for Atom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Compare { field, comparison, threshold } => {
                write!(f, "{} {} ", field.label_mid_sentence(), comparison.label())?;
                match threshold {
                    Threshold::Reference(kind) => write!(f, "the {} for the life stage", kind.label_mid_sentence()),
                    Threshold::Fixed(t) => write!(
                        f,
                        "{} {} ({})",
                        crate::reference::trim_number(t.value),
                        t.unit.label(),
                        t.source.label()
                    ),
                }
            }
            Self::TakesMedication(m) => write!(f, "takes {}", m.label_mid_sentence()),
            Self::HasCondition(c) => write!(f, "has {}", c.label_mid_sentence()),
            Self::Considering(i) => write!(f, "is considering {}", i.label_mid_sentence()),
            Self::DietIs(d) => write!(f, "diet is {}", d.label_mid_sentence()),
            Self::AnyDiagnosedCalcification => f.write_str("has a diagnosed calcification"),
        }
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

/// A three-valued truth: Kleene's strong logic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Truth {
    /// Holds.
    True,
    /// Does not hold.
    False,
    /// Cannot be decided from what the profile reports.
    Unknown,
}

impl Truth {
    fn from_bool(b: bool) -> Self {
        if b { Self::True } else { Self::False }
    }

    fn not(self) -> Self {
        match self {
            Self::True => Self::False,
            Self::False => Self::True,
            Self::Unknown => Self::Unknown,
        }
    }
}

/// Evaluates rules for one profile.
///
/// [`new`](Self::new) does the per-profile work once: every quantity of the profile in its
/// canonical unit, and the life stage's reference values that some rule compares with a
/// reported quantity (others are looked up when asked for, by [`reference`](Self::reference)).
/// Evaluating rules then compares numbers; nothing allocates.
#[derive(Clone, Debug)]
pub struct Evaluator<'p> {
    profile: &'p Profile,
    standard: ReferenceStandard,
    stage: LifeStage,
    /// Each profile field in its canonical unit, where bit `field` of `reported` is set.
    values: [f64; PROFILE_FIELDS],
    /// The unit each reported field was given in.
    units: [Unit; PROFILE_FIELDS],
    reported: u32,
    /// The value of each reference kind whose bit is set in `limit_known`; bit `kind` of
    /// `resolved` says the kind was looked up in `new` (the others are looked up on demand).
    limits: [f64; REFERENCE_KINDS],
    limit_known: u32,
    resolved: u32,
    /// The compiled comparison atoms that are unknown: a field not reported, or no value.
    unknown: u64,
}

const REFERENCE_KINDS: usize = <ReferenceKind as strum::EnumCount>::COUNT;
const PROFILE_FIELDS: usize = <ProfileField as strum::EnumCount>::COUNT;

impl<'p> Evaluator<'p> {
    /// Prepares `profile` for evaluation under `standard`.
    pub fn new(profile: &'p Profile, standard: ReferenceStandard) -> Self {
        let stage = profile.life_stage();
        let (mut values, mut reported, mut unknown, mut needed) = ([0.0; PROFILE_FIELDS], 0, 0, 0);
        let mut units = [Unit::Microgram; PROFILE_FIELDS];
        let mut fields = COMPILED.compared_fields;
        while fields != 0 {
            let i = fields.trailing_zeros() as usize;
            fields &= fields - 1;
            let field = ProfileField::ALL[i];
            if let (Some(v), Some((_, unit))) = (profile.canonical(field), profile.quantity_as_given(field)) {
                values[i] = v;
                units[i] = unit;
                reported |= 1 << i;
                needed |= COMPILED.field_kinds[i];
            } else {
                unknown |= COMPILED.field_atoms[i];
            }
        }
        let (mut limits, mut limit_known, resolved) = ([0.0; REFERENCE_KINDS], 0, needed);
        while needed != 0 {
            let i = needed.trailing_zeros() as usize;
            needed &= needed - 1;
            if let Some(v) = stage.reference(ReferenceKind::ALL[i], standard).ok().and_then(|r| r.row.amount()) {
                limits[i] = v;
                limit_known |= 1 << i;
            } else {
                unknown |= COMPILED.kind_atoms[i];
            }
        }
        Self { profile, standard, stage, values, units, reported, limits, limit_known, resolved, unknown }
    }

    /// A reported quantity in its canonical unit.
    fn value(&self, field: ProfileField) -> Option<f64> {
        let bit = 1 << field as u32;
        if COMPILED.compared_fields & bit == 0 {
            // A field no rule compares (only reachable through a hand-built atom).
            return self.profile.canonical(field);
        }
        (self.reported & bit != 0).then(|| self.values[field as usize])
    }

    /// A threshold's value for `field` in the canonical unit, from the values resolved in
    /// `new` where possible.
    fn limit(&self, field: ProfileField, threshold: &Threshold) -> Option<f64> {
        match threshold {
            Threshold::Fixed(t) => {
                let given = self.profile.quantity_as_given(field).map_or(t.unit, |(_, unit)| unit);
                Some(t.limit_for(given).2)
            }
            Threshold::Reference(kind) if self.resolved & (1 << *kind as u32) != 0 => {
                (self.limit_known & (1 << *kind as u32) != 0).then(|| self.limits[*kind as usize])
            }
            Threshold::Reference(_) => self.threshold_value(threshold).ok(),
        }
    }

    /// The profile being evaluated.
    pub fn profile(&self) -> &'p Profile {
        self.profile
    }

    /// The reference standard in use.
    pub fn standard(&self) -> ReferenceStandard {
        self.standard
    }

    /// The life stage of the profile.
    pub fn life_stage(&self) -> LifeStage {
        self.stage
    }

    /// The reference value of `kind` for this profile's life stage.
    ///
    /// # Errors
    /// The [`LookupGap`] that prevents finding one.
    pub fn reference(&self, kind: ReferenceKind) -> Result<Resolved, LookupGap> {
        self.stage.reference(kind, self.standard)
    }

    /// The value a threshold stands for here, or why there is none. For a fixed threshold
    /// this is its value in its own unit; a lab reported in the threshold's second unit is
    /// held to the published figure of that unit instead ([`FixedThreshold::limit_for`]).
    pub fn threshold_value(&self, threshold: &Threshold) -> Result<f64, ThresholdGap> {
        match threshold {
            Threshold::Fixed(t) => Ok(t.value),
            Threshold::Reference(kind) => {
                let resolved = self.reference(*kind).map_err(ThresholdGap::Lookup)?;
                resolved.row.amount().ok_or(ThresholdGap::NotDetermined)
            }
        }
    }

    /// The truth of one atom.
    pub fn atom(&self, atom: &Atom) -> Truth {
        let p = self.profile;
        match atom {
            Atom::Compare { field, comparison, threshold } => match (self.value(*field), self.limit(*field, threshold))
            {
                (Some(value), Some(limit)) => Truth::from_bool(comparison.holds(value, limit)),
                _ => Truth::Unknown,
            },
            Atom::TakesMedication(m) => Truth::from_bool(p.medications.contains(m)),
            Atom::HasCondition(c) => Truth::from_bool(p.conditions.contains(c)),
            Atom::Considering(i) => Truth::from_bool(p.considering.contains(i)),
            Atom::DietIs(d) => p.diet.map_or(Truth::Unknown, |have| Truth::from_bool(have == *d)),
            Atom::AnyDiagnosedCalcification => Truth::from_bool(!p.diagnosed_calcifications.is_empty()),
        }
    }

    /// The truth of a condition tree (Kleene logic; no allocation).
    pub fn condition(&self, tree: &ConditionTree) -> Truth {
        match tree {
            ConditionTree::All(items) => {
                let mut result = Truth::True;
                for item in *items {
                    match self.condition(item) {
                        Truth::False => return Truth::False,
                        Truth::Unknown => result = Truth::Unknown,
                        Truth::True => {}
                    }
                }
                result
            }
            ConditionTree::Any(items) => {
                let mut result = Truth::False;
                for item in *items {
                    match self.condition(item) {
                        Truth::True => return Truth::True,
                        Truth::Unknown => result = Truth::Unknown,
                        Truth::False => {}
                    }
                }
                result
            }
            ConditionTree::Not(inner) => self.condition(inner).not(),
            ConditionTree::Atom(atom) => self.atom(atom),
        }
    }

    /// Whether a rule fires (true), does not (false) or cannot be assessed (unknown).
    pub fn rule(&self, rule: &Rule) -> Truth {
        self.condition(&rule.condition)
    }

    /// The severity a fired rule has for this profile.
    pub fn severity(&self, rule: &Rule) -> Severity {
        match &rule.severity_override {
            Some(o) if self.condition(&o.when) == Truth::True => o.severity,
            _ => rule.severity,
        }
    }

    /// The fired and not-assessed cautions over all rules, without allocating.
    ///
    /// The same three-valued result as [`rule`](Self::rule) for every rule of [`RULES`], from
    /// the rules' compiled form: every distinct atom is decided once into two bit masks
    /// (holds, fails; neither means unknown), then each rule is a few mask operations.
    pub fn caution_sets(&self) -> CautionSets {
        let c = &COMPILED;
        // Comparisons: the bit is meaningful only where the value and the limit are known.
        let mut compared = 0u64;
        for a in &c.above_reference[..c.counts[ABOVE_REFERENCE]] {
            compared |= u64::from(self.values[a.field] > self.limits[a.kind]) << a.bit;
        }
        for a in &c.below_reference[..c.counts[BELOW_REFERENCE]] {
            compared |= u64::from(self.values[a.field] < self.limits[a.kind]) << a.bit;
        }
        for a in &c.above_fixed[..c.counts[ABOVE_FIXED]] {
            compared |= u64::from(self.values[a.field] > a.fixed_for(self.units[a.field])) << a.bit;
        }
        for a in &c.below_fixed[..c.counts[BELOW_FIXED]] {
            compared |= u64::from(self.values[a.field] < a.fixed_for(self.units[a.field])) << a.bit;
        }
        let known = c.compare_atoms & !self.unknown;
        let (mut holds, mut fails) = (compared & known, !compared & known);
        // List memberships are never unknown.
        let p = self.profile;
        let mut listed = 0;
        p.medications.iter().for_each(|&m| listed |= c.flag_atoms[Flag::Medication(m).index()]);
        p.conditions.iter().for_each(|&x| listed |= c.flag_atoms[Flag::Condition(x).index()]);
        p.considering.iter().for_each(|&i| listed |= c.flag_atoms[Flag::Considering(i).index()]);
        if !p.diagnosed_calcifications.is_empty() {
            listed |= c.flag_atoms[Flag::AnyDiagnosed.index()];
        }
        holds |= listed;
        fails |= c.flag_atom_mask & !listed;
        if let Some(diet) = p.diet {
            let is = c.diet_atoms[diet as usize];
            holds |= is;
            fails |= c.diet_atom_mask & !is;
        }
        // A rule that is one atom has the atom's bit at its caution's bit; any other rule is
        // true when one of its terms is, false when all of them are.
        let direct = u64::from(c.direct_rules);
        let (mut fired, mut not_false) = ((holds & direct) as u32, (!fails & direct) as u32);
        for (t, &caution) in c.terms[..c.term_count].iter().zip(&c.term_cautions) {
            let term_true = (t.positive & !holds) | (t.negative & !fails) == 0;
            let term_false = (t.positive & fails) | (t.negative & holds) != 0;
            fired |= u32::from(term_true) << caution;
            not_false |= u32::from(!term_false) << caution;
        }
        CautionSets {
            fired: CautionSet::from_bits(u64::from(fired)),
            not_assessed: CautionSet::from_bits(u64::from(not_false & !fired)),
        }
    }
}

// ---------------------------------------------------------------------------------------
// The compiled form of the rules, for `caution_sets`.
//
// Strong Kleene logic is a distributive De Morgan algebra (and = min, or = max, not = 1 - x
// over false < unknown < true), so pushing `not` down to the atoms and distributing `all`
// over `any` turns every condition tree into an equivalent disjunction of conjunctions of
// literals (DNF), with the same three-valued truth for every profile. The conversion runs at
// compile time from `RULES`: the trees stay the only definition of the rules, and this is an
// index over them (tests check both evaluations agree on generated cohorts). Equal atoms
// share a bit, and atoms are grouped by what they read, so deciding them all is a few short
// loops of comparisons (no branches on the data) and a few masks.

/// Atom bits: below `FRESH_BITS` the bits of single-atom rules' cautions, then the others.
const MAX_ATOMS: usize = 64;
const FRESH_BITS: u32 = 32;
/// "No preferred bit" when numbering an atom.
const ANY_BIT: u32 = u32::MAX;
/// The most conjunctions one rule's DNF may have.
const MAX_TERMS: usize = 8;
/// The most conjunctions over all rules.
const MAX_ALL_TERMS: usize = 64;
/// The lists of comparison atoms, by comparison and threshold type.
const ABOVE_REFERENCE: usize = 0;
const BELOW_REFERENCE: usize = 1;
const ABOVE_FIXED: usize = 2;
const BELOW_FIXED: usize = 3;
const MEDICATIONS: usize = <Medication as strum::EnumCount>::COUNT;
const CONDITIONS: usize = <Condition as strum::EnumCount>::COUNT;
const INTERVENTIONS: usize = <Intervention as strum::EnumCount>::COUNT;
const DIETS: usize = <Diet as strum::EnumCount>::COUNT;
/// List memberships an atom can test, plus "any diagnosed calcification".
const FLAGS: usize = MEDICATIONS + CONDITIONS + INTERVENTIONS + 1;

/// What a list atom tests.
#[derive(Clone, Copy)]
enum Flag {
    Medication(Medication),
    Condition(Condition),
    Considering(Intervention),
    AnyDiagnosed,
}

impl Flag {
    const fn index(self) -> usize {
        match self {
            Self::Medication(m) => m as usize,
            Self::Condition(c) => MEDICATIONS + c as usize,
            Self::Considering(i) => MEDICATIONS + CONDITIONS + i as usize,
            Self::AnyDiagnosed => FLAGS - 1,
        }
    }
}

/// A comparison atom: the value of profile field `field` against the reference value of
/// `kind`, or against `fixed`, by the list it is in.
#[derive(Clone, Copy, Debug)]
struct CompiledCompare {
    bit: u32,
    field: usize,
    kind: usize,
    fixed: f64,
    /// For a fixed threshold published in a second unit: that unit, and the published
    /// figure converted to the canonical unit (used when the field was reported in it).
    equivalent_unit: Option<Unit>,
    equivalent: f64,
}

impl CompiledCompare {
    /// The fixed limit for a field reported in `given`.
    fn fixed_for(&self, given: Unit) -> f64 {
        match self.equivalent_unit {
            Some(unit) if unit == given => self.equivalent,
            _ => self.fixed,
        }
    }
}

/// A conjunction of literals: `positive` atoms must hold, `negative` atoms must fail.
#[derive(Clone, Copy, Debug)]
struct Conjunction {
    positive: u64,
    negative: u64,
}

/// A disjunction of [`Conjunction`]s, while it is being built.
#[derive(Clone, Copy, Debug)]
struct Dnf {
    terms: [Conjunction; MAX_TERMS],
    len: usize,
}

/// Every rule condition in DNF over numbered atoms, and the atoms grouped by what they read.
#[derive(Debug)]
struct Compiled {
    /// Bits given to atoms; fresh bits are taken from `FRESH_BITS` on.
    used_bits: u64,
    next_fresh: u32,
    /// The rules that are a single atom, numbered with the bit of the rule's caution.
    direct_rules: u32,
    above_reference: [CompiledCompare; MAX_ATOMS],
    below_reference: [CompiledCompare; MAX_ATOMS],
    above_fixed: [CompiledCompare; MAX_ATOMS],
    below_fixed: [CompiledCompare; MAX_ATOMS],
    /// How many atoms each list (`ABOVE_REFERENCE`...) holds.
    counts: [usize; 4],
    /// All comparison atoms; those of each compared field; those of each reference kind.
    compare_atoms: u64,
    compared_fields: u32,
    field_atoms: [u64; PROFILE_FIELDS],
    kind_atoms: [u64; REFERENCE_KINDS],
    /// For each profile field, the reference kinds (bit `kind`) it is compared with.
    field_kinds: [u32; PROFILE_FIELDS],
    /// For each [`Flag`], the atom that holds when the profile lists it.
    flag_atoms: [u64; FLAGS],
    flag_atom_mask: u64,
    /// For each diet, the atom that holds when the profile's diet is it.
    diet_atoms: [u64; DIETS],
    diet_atom_mask: u64,
    /// Every rule's terms, each with the bit of the rule's caution.
    terms: [Conjunction; MAX_ALL_TERMS],
    term_cautions: [u32; MAX_ALL_TERMS],
    term_count: usize,
}

/// The rules compiled for [`Evaluator::caution_sets`], built at compile time from [`RULES`].
static COMPILED: Compiled = Compiled::build();

impl Dnf {
    const FALSE: Self = Self { terms: [Conjunction { positive: 0, negative: 0 }; MAX_TERMS], len: 0 };
    const TRUE: Self = {
        let mut d = Self::FALSE;
        d.len = 1;
        d
    };

    const fn push(&mut self, term: Conjunction) {
        assert!(self.len < MAX_TERMS, "a rule condition has too many DNF terms: raise MAX_TERMS");
        self.terms[self.len] = term;
        self.len += 1;
    }

    /// `self or other`.
    const fn or(mut self, other: &Self) -> Self {
        let mut i = 0;
        while i < other.len {
            self.push(other.terms[i]);
            i += 1;
        }
        self
    }

    /// `self and other`, distributed.
    const fn and(&self, other: &Self) -> Self {
        let mut out = Self::FALSE;
        let mut i = 0;
        while i < self.len {
            let mut j = 0;
            while j < other.len {
                let (a, b) = (self.terms[i], other.terms[j]);
                out.push(Conjunction { positive: a.positive | b.positive, negative: a.negative | b.negative });
                j += 1;
            }
            i += 1;
        }
        out
    }
}

impl Compiled {
    const fn build() -> Self {
        const { assert!(PROFILE_FIELDS <= 32 && REFERENCE_KINDS <= 32, "field or kind masks outgrew u32") };
        assert!(Caution::ALL.len() <= 32, "cautions outgrew the u32 caution set");
        let none = CompiledCompare { bit: 0, field: 0, kind: 0, fixed: 0.0, equivalent_unit: None, equivalent: 0.0 };
        let mut c = Self {
            used_bits: 0,
            next_fresh: FRESH_BITS,
            direct_rules: 0,
            above_reference: [none; MAX_ATOMS],
            below_reference: [none; MAX_ATOMS],
            above_fixed: [none; MAX_ATOMS],
            below_fixed: [none; MAX_ATOMS],
            counts: [0; 4],
            compare_atoms: 0,
            compared_fields: 0,
            field_atoms: [0; PROFILE_FIELDS],
            kind_atoms: [0; REFERENCE_KINDS],
            field_kinds: [0; PROFILE_FIELDS],
            flag_atoms: [0; FLAGS],
            flag_atom_mask: 0,
            diet_atoms: [0; DIETS],
            diet_atom_mask: 0,
            terms: [Conjunction { positive: 0, negative: 0 }; MAX_ALL_TERMS],
            term_cautions: [0; MAX_ALL_TERMS],
            term_count: 0,
        };
        // Rules that are a single atom first, so the atom can take the caution's bit.
        let mut i = 0;
        while i < RULES.len() {
            let caution = RULES[i].caution as u32;
            if let ConditionTree::Atom(atom) = &RULES[i].condition
                && c.atom_bit(atom, caution) == 1 << caution
            {
                c.direct_rules |= 1 << caution;
            }
            i += 1;
        }
        let mut i = 0;
        while i < RULES.len() {
            if c.direct_rules & (1 << RULES[i].caution as u32) != 0 {
                i += 1;
                continue;
            }
            let dnf = c.dnf(&RULES[i].condition, false);
            let mut j = 0;
            while j < dnf.len {
                assert!(c.term_count < MAX_ALL_TERMS, "the rules have too many DNF terms: raise MAX_ALL_TERMS");
                c.terms[c.term_count] = dnf.terms[j];
                c.term_cautions[c.term_count] = RULES[i].caution as u32;
                c.term_count += 1;
                j += 1;
            }
            i += 1;
        }
        c
    }

    /// A bit for a new atom: `preferred` if it is not `ANY_BIT`, else a fresh one.
    const fn new_bit(&mut self, preferred: u32) -> u32 {
        let bit = if preferred == ANY_BIT {
            assert!((self.next_fresh as usize) < MAX_ATOMS, "the rules have too many atoms: widen the masks");
            self.next_fresh += 1;
            self.next_fresh - 1
        } else {
            preferred
        };
        assert!(self.used_bits & (1 << bit) == 0, "an atom bit was given twice");
        self.used_bits |= 1 << bit;
        bit
    }

    /// The bit of a comparison, shared with an equal one seen before.
    const fn compare_bit(
        &mut self,
        field: ProfileField,
        comparison: Comparison,
        threshold: Threshold,
        preferred: u32,
    ) -> u64 {
        let above = matches!(comparison, Comparison::Above);
        let (list_index, kind, fixed, equivalent_unit, equivalent) = match threshold {
            Threshold::Reference(kind) => {
                (if above { ABOVE_REFERENCE } else { BELOW_REFERENCE }, kind as usize, 0.0, None, 0.0)
            }
            Threshold::Fixed(t) => {
                let (equivalent_unit, equivalent) = match t.equivalent {
                    Some(eq) => (Some(eq.unit), t.limit_for(eq.unit).2),
                    None => (None, t.value),
                };
                (if above { ABOVE_FIXED } else { BELOW_FIXED }, 0, t.value, equivalent_unit, equivalent)
            }
        };
        let field = field as usize;
        let list = match list_index {
            ABOVE_REFERENCE => &mut self.above_reference,
            BELOW_REFERENCE => &mut self.below_reference,
            ABOVE_FIXED => &mut self.above_fixed,
            _ => &mut self.below_fixed,
        };
        let count = self.counts[list_index];
        let mut i = 0;
        while i < count {
            if list[i].field == field
                && list[i].kind == kind
                && list[i].fixed == fixed
                && list[i].equivalent == equivalent
            {
                return 1 << list[i].bit;
            }
            i += 1;
        }
        let bit = self.new_bit(preferred);
        let list = match list_index {
            ABOVE_REFERENCE => &mut self.above_reference,
            BELOW_REFERENCE => &mut self.below_reference,
            ABOVE_FIXED => &mut self.above_fixed,
            _ => &mut self.below_fixed,
        };
        list[count] = CompiledCompare { bit, field, kind, fixed, equivalent_unit, equivalent };
        self.counts[list_index] += 1;
        let mask = 1 << bit;
        self.compare_atoms |= mask;
        self.compared_fields |= 1 << field;
        self.field_atoms[field] |= mask;
        if let Threshold::Reference(_) = threshold {
            self.kind_atoms[kind] |= mask;
            self.field_kinds[field] |= 1 << kind;
        }
        mask
    }

    /// The bit of an atom, numbering it (with `preferred`, if not `ANY_BIT`) if it is new.
    const fn atom_bit(&mut self, atom: &Atom, preferred: u32) -> u64 {
        let flag = match *atom {
            Atom::Compare { field, comparison, threshold } => {
                return self.compare_bit(field, comparison, threshold, preferred);
            }
            Atom::DietIs(diet) => {
                if self.diet_atoms[diet as usize] == 0 {
                    let bit = 1 << self.new_bit(preferred);
                    self.diet_atoms[diet as usize] = bit;
                    self.diet_atom_mask |= bit;
                }
                return self.diet_atoms[diet as usize];
            }
            Atom::TakesMedication(m) => Flag::Medication(m),
            Atom::HasCondition(x) => Flag::Condition(x),
            Atom::Considering(i) => Flag::Considering(i),
            Atom::AnyDiagnosedCalcification => Flag::AnyDiagnosed,
        };
        if self.flag_atoms[flag.index()] == 0 {
            let bit = 1 << self.new_bit(preferred);
            self.flag_atoms[flag.index()] = bit;
            self.flag_atom_mask |= bit;
        }
        self.flag_atoms[flag.index()]
    }

    /// The DNF of `tree` (of `not tree` when `negated`), numbering its atoms.
    const fn dnf(&mut self, tree: &ConditionTree, negated: bool) -> Dnf {
        match tree {
            ConditionTree::Atom(atom) => {
                let bit = self.atom_bit(atom, ANY_BIT);
                let mut d = Dnf::FALSE;
                d.push(if negated {
                    Conjunction { positive: 0, negative: bit }
                } else {
                    Conjunction { positive: bit, negative: 0 }
                });
                d
            }
            ConditionTree::Not(inner) => self.dnf(inner, !negated),
            // `all` is a conjunction, or (negated) a disjunction of negations; `any` the dual.
            ConditionTree::All(items) | ConditionTree::Any(items) => {
                let conjunction = matches!(tree, ConditionTree::All(_)) != negated;
                let mut d = if conjunction { Dnf::TRUE } else { Dnf::FALSE };
                let mut i = 0;
                while i < items.len() {
                    let item = self.dnf(&items[i], negated);
                    d = if conjunction { d.and(&item) } else { d.or(&item) };
                    i += 1;
                }
                d
            }
        }
    }
}

/// Why a threshold has no value for a life stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThresholdGap {
    /// The look-up failed (age or sex missing, or no value for the life stage).
    Lookup(LookupGap),
    /// The source determined no value (e.g. no vitamin K UL).
    NotDetermined,
}

/// A set of cautions, as a bit set (no allocation).
pub type CautionSet = TermSet<Caution>;

/// The outcome of the fast path: which cautions fired and which could not be assessed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CautionSets {
    /// Cautions whose rule held.
    pub fired: CautionSet,
    /// Cautions whose rule could not be decided from the profile.
    pub not_assessed: CautionSet,
}

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

/// Every caution rule, in the order of [`Caution::ALL`].
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
