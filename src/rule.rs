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
use crate::term::{Term, mid_sentence, vocabulary};

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
                write!(f, "{} {} ", mid_sentence(field.label()), comparison.label())?;
                match threshold {
                    Threshold::Reference(kind) => write!(f, "the {} for the life stage", mid_sentence(kind.label())),
                    Threshold::Fixed(t) => write!(
                        f,
                        "{} {} ({})",
                        crate::reference::trim_number(t.value),
                        t.unit.label(),
                        t.source.label()
                    ),
                }
            }
            Self::TakesMedication(m) => write!(f, "takes {}", mid_sentence(m.label())),
            Self::HasCondition(c) => write!(f, "has {}", mid_sentence(c.label())),
            Self::Considering(i) => write!(f, "is considering {}", mid_sentence(i.label())),
            Self::DietIs(d) => write!(f, "diet is {}", mid_sentence(d.label())),
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

/// Evaluates rules for one profile: the life stage's reference values are resolved once.
#[derive(Clone, Debug)]
pub struct Evaluator<'p> {
    profile: &'p Profile,
    standard: ReferenceStandard,
    stage: LifeStage,
    references: [Result<Resolved, LookupGap>; REFERENCE_KINDS],
}

const REFERENCE_KINDS: usize = <ReferenceKind as strum::EnumCount>::COUNT;

impl<'p> Evaluator<'p> {
    /// Prepares `profile` for evaluation under `standard`.
    pub fn new(profile: &'p Profile, standard: ReferenceStandard) -> Self {
        let stage = profile.life_stage();
        let references = std::array::from_fn(|i| stage.reference(ReferenceKind::ALL[i], standard));
        Self { profile, standard, stage, references }
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
        self.references[kind as usize]
    }

    /// The value a threshold stands for here, or why there is none.
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
            Atom::Compare { field, comparison, threshold } => {
                match (p.canonical(*field), self.threshold_value(threshold)) {
                    (Some(value), Ok(limit)) => Truth::from_bool(comparison.holds(value, limit)),
                    _ => Truth::Unknown,
                }
            }
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
    pub fn caution_sets(&self) -> CautionSets {
        let mut sets = CautionSets::default();
        for rule in RULES {
            match self.rule(rule) {
                Truth::True => sets.fired.insert(rule.caution),
                Truth::Unknown => sets.not_assessed.insert(rule.caution),
                Truth::False => {}
            }
        }
        sets
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
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CautionSet(u32);

impl CautionSet {
    /// Adds a caution.
    pub fn insert(&mut self, caution: Caution) {
        self.0 |= 1 << caution as u32;
    }

    /// Whether the set holds `caution`.
    pub fn contains(&self, caution: Caution) -> bool {
        self.0 & (1 << caution as u32) != 0
    }

    /// How many cautions the set holds.
    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The cautions in the set, in declaration order.
    pub fn iter(&self) -> impl Iterator<Item = Caution> + '_ {
        Caution::all().filter(|c| self.contains(*c))
    }

    /// The raw bits (bit i is the i-th caution of [`Caution::ALL`]).
    pub fn bits(&self) -> u32 {
        self.0
    }
}

impl fmt::Debug for CautionSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter().map(|c| c.id())).finish()
    }
}

impl FromIterator<Caution> for CautionSet {
    fn from_iter<I: IntoIterator<Item = Caution>>(iter: I) -> Self {
        let mut set = Self::default();
        iter.into_iter().for_each(|c| set.insert(c));
        set
    }
}

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
        "Serum 25(OH)D is above 50 ng/mL (125 nmol/L), a level that may be cause for concern.",
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
