//! The three-valued interpreter: [`Evaluator`] decides atoms, trees and rules for one profile.

use serde::Serialize;

use super::compiled::{ABOVE_FIXED, ABOVE_REFERENCE, AtomMask, BELOW_FIXED, BELOW_REFERENCE, COMPILED, Flag};
use super::{Atom, CautionSet, CautionSets, Comparison, ConditionTree, Rule, Severity, Threshold};
use crate::profile::{Interval, Profile, ProfileField};
use crate::reference::{LifeStage, LookupGap, ReferenceKind, ReferenceStandard, Resolved, StageReferences};
use crate::term::Term;
use crate::units::Unit;

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
    /// What the profile tells about each field, in its canonical unit, as an interval
    /// (`lows[i] == highs[i]` when exact), where bit `field` of `reported` is set.
    lows: [f64; PROFILE_FIELDS],
    highs: [f64; PROFILE_FIELDS],
    /// The unit each reported field was given in.
    units: [Unit; PROFILE_FIELDS],
    reported: u32,
    /// The value of each reference kind whose bit is set in `limit_known`; bit `kind` of
    /// `resolved` says the kind was looked up in `new` (the others are looked up on demand).
    limits: [f64; REFERENCE_KINDS],
    limit_known: u32,
    resolved: u32,
    /// Every look-up of the life stage, resolved once (what [`reference`](Self::reference) reads).
    references: StageReferences,
    /// The compiled comparison atoms that are unknown: a field not reported, or no value.
    unknown: AtomMask,
    /// The comparisons with a lab's own reference limit, decided here: (holds, fails).
    lab_masks: (AtomMask, AtomMask),
    /// The `Reported` atoms that hold.
    reported_atoms: AtomMask,
}

pub(super) const REFERENCE_KINDS: usize = <ReferenceKind as strum::EnumCount>::COUNT;
pub(super) const PROFILE_FIELDS: usize = <ProfileField as strum::EnumCount>::COUNT;

impl<'p> Evaluator<'p> {
    /// Prepares `profile` for evaluation under `standard`.
    pub fn new(profile: &'p Profile, standard: ReferenceStandard) -> Self {
        let stage = profile.life_stage();
        let (mut lows, mut highs) = ([0.0; PROFILE_FIELDS], [0.0; PROFILE_FIELDS]);
        let (mut reported, mut unknown, mut needed) = (0, 0 as AtomMask, 0);
        let mut units = [Unit::Microgram; PROFILE_FIELDS];
        let mut fields = COMPILED.compared_fields;
        while fields != 0 {
            let i = fields.trailing_zeros() as usize;
            fields &= fields - 1;
            let field = ProfileField::ALL[i];
            // One read per field: the interval in the canonical unit and the unit given (a
            // value from supplements is in the canonical unit).
            if let Some((known, unit)) = profile.reading(field) {
                lows[i] = known.low;
                highs[i] = known.high;
                units[i] = unit;
                reported |= 1 << i;
                needed |= COMPILED.field_kinds[i];
            } else {
                unknown |= COMPILED.field_atoms[i];
            }
        }
        let (mut limits, mut limit_known, resolved) = ([0.0; REFERENCE_KINDS], 0, needed);
        let references = stage.resolver(standard);
        while needed != 0 {
            let i = needed.trailing_zeros() as usize;
            needed &= needed - 1;
            if let Some(v) = references.get(ReferenceKind::ALL[i]).ok().and_then(|r| r.row.amount()) {
                limits[i] = v;
                limit_known |= 1 << i;
            } else {
                unknown |= COMPILED.kind_atoms[i];
            }
        }
        let mut lab_masks = (0, 0);
        for a in &COMPILED.lab_atoms[..COMPILED.lab_count] {
            match lab_against_upper_limit(profile, a.field, a.comparison) {
                Some((holds, fails)) => {
                    lab_masks.0 |= AtomMask::from(holds) << a.bit;
                    lab_masks.1 |= AtomMask::from(fails) << a.bit;
                }
                None => unknown |= 1 << a.bit,
            }
        }
        let mut reported_atoms = 0;
        for &(bit, field) in &COMPILED.reported_atoms[..COMPILED.reported_count] {
            if profile.has(field) {
                reported_atoms |= 1 << bit;
            }
        }
        Self {
            reported_atoms,
            profile,
            standard,
            stage,
            lows,
            highs,
            units,
            reported,
            limits,
            limit_known,
            resolved,
            references,
            unknown,
            lab_masks,
        }
    }

    /// What the profile tells about a quantity, in its canonical unit ([`Profile::interval`],
    /// read from what `new` stored).
    pub(crate) fn value(&self, field: ProfileField) -> Option<Interval> {
        self.reading(field).map(|(interval, _)| interval)
    }

    /// [`value`](Self::value) with the unit the field was given in (the canonical unit for a
    /// value from its parts), as `new` stored them for `caution_sets`.
    fn reading(&self, field: ProfileField) -> Option<(Interval, Unit)> {
        let bit = 1 << field as u32;
        if COMPILED.compared_fields & bit == 0 {
            // A field no rule compares (only reachable through a hand-built atom).
            return self.profile.reading(field);
        }
        let i = field as usize;
        (self.reported & bit != 0).then(|| (Interval { low: self.lows[i], high: self.highs[i] }, self.units[i]))
    }

    /// A threshold's value for a field given in `given`, in the canonical unit, from the
    /// values resolved in `new` where possible.
    fn limit(&self, given: Unit, threshold: &Threshold) -> Option<f64> {
        match threshold {
            Threshold::Fixed(t) => Some(t.limit_for(given).2),
            Threshold::Reference(kind) if self.resolved & (1 << *kind as u32) != 0 => {
                (self.limit_known & (1 << *kind as u32) != 0).then(|| self.limits[*kind as usize])
            }
            Threshold::Reference(_) => self.threshold_value(threshold).ok(),
            // Compared in the lab's unit by `atom`, never through here.
            Threshold::LabUpperLimit => None,
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
        self.references.get(kind)
    }

    /// The value a threshold stands for here, or why there is none. For a fixed threshold
    /// this is its value in its own unit; a lab reported in the threshold's second unit is
    /// held to the published figure of that unit instead ([`FixedThreshold::limit_for`](crate::FixedThreshold::limit_for)).
    pub fn threshold_value(&self, threshold: &Threshold) -> Result<f64, ThresholdGap> {
        match threshold {
            Threshold::Fixed(t) => Ok(t.value),
            Threshold::Reference(kind) => {
                let resolved = self.reference(*kind).map_err(ThresholdGap::Lookup)?;
                resolved.row.amount().ok_or(ThresholdGap::NotDetermined)
            }
            Threshold::LabUpperLimit => Err(ThresholdGap::NoLabReferenceRange),
        }
    }

    /// The truth of one atom.
    pub fn atom(&self, atom: &Atom) -> Truth {
        let p = self.profile;
        match atom {
            Atom::Compare { field, comparison, threshold: Threshold::LabUpperLimit } => {
                match lab_against_upper_limit(p, *field, *comparison) {
                    Some((true, _)) => Truth::True,
                    Some((_, true)) => Truth::False,
                    _ => Truth::Unknown,
                }
            }
            Atom::Compare { field, comparison, threshold } => {
                match self.reading(*field).and_then(|(value, given)| Some((value, self.limit(given, threshold)?))) {
                    Some((value, limit)) => match comparison.decide(value, limit) {
                        (true, _) => Truth::True,
                        (_, true) => Truth::False,
                        _ => Truth::Unknown,
                    },
                    _ => Truth::Unknown,
                }
            }
            Atom::TakesMedication(m) => Truth::from_bool(p.medications.contains(m)),
            Atom::HasCondition(c) => Truth::from_bool(p.conditions.contains(c)),
            Atom::Considering(i) => Truth::from_bool(p.considering.contains(i)),
            Atom::DietIs(d) => p.diet.map_or(Truth::Unknown, |have| Truth::from_bool(have == *d)),
            Atom::AnyDiagnosedCalcification => Truth::from_bool(!p.diagnosed_calcifications.is_empty()),
            Atom::Reported(field) => Truth::from_bool(p.has(*field)),
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
    /// The same three-valued result as [`rule`](Self::rule) for every rule of [`RULES`](super::RULES), from
    /// the rules' compiled form: every distinct atom is decided once into two bit masks
    /// (holds, fails; neither means unknown), then each rule is a few mask operations.
    pub fn caution_sets(&self) -> CautionSets {
        let c = &COMPILED;
        // Comparisons of intervals (`Comparison::decide`): the bits are meaningful only where
        // the value and the limit are known.
        let mut masks = self.lab_masks;
        // Branch-free: all ones where a comparison holds (fails), and-ed with the atom's mask.
        let mut decide = |comparison: Comparison, field: usize, limit: f64, mask: AtomMask| {
            let (h, f) = comparison.decide(Interval { low: self.lows[field], high: self.highs[field] }, limit);
            masks.0 |= mask & AtomMask::from(h).wrapping_neg();
            masks.1 |= mask & AtomMask::from(f).wrapping_neg();
        };
        for a in &c.above_reference[..c.counts[ABOVE_REFERENCE]] {
            decide(Comparison::Above, a.field, self.limits[a.kind], a.mask);
        }
        for a in &c.below_reference[..c.counts[BELOW_REFERENCE]] {
            decide(Comparison::Below, a.field, self.limits[a.kind], a.mask);
        }
        for a in &c.above_fixed[..c.counts[ABOVE_FIXED]] {
            decide(Comparison::Above, a.field, a.fixed_for(self.units[a.field]), a.mask);
        }
        for a in &c.below_fixed[..c.counts[BELOW_FIXED]] {
            decide(Comparison::Below, a.field, a.fixed_for(self.units[a.field]), a.mask);
        }
        let known = c.compare_atoms & !self.unknown;
        let (mut holds, mut fails) = (masks.0 & known, masks.1 & known);
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
        holds |= self.reported_atoms;
        fails |= c.reported_atom_mask & !self.reported_atoms;
        if let Some(diet) = p.diet {
            let is = c.diet_atoms[diet as usize];
            holds |= is;
            fails |= c.diet_atom_mask & !is;
        }
        // A rule that is one atom has the atom's bit at its caution's bit; any other rule is
        // true when one of its terms is, false when all of them are.
        // Atoms of direct rules have bits below 64, the caution bits.
        let direct = c.direct_rules;
        let (mut fired, mut not_false) = (holds & direct, !fails & direct);
        for (t, &caution) in c.terms[..c.term_count].iter().zip(&c.term_cautions) {
            let term_true = (t.positive & !holds) | (t.negative & !fails) == 0;
            let term_false = (t.positive & fails) | (t.negative & holds) != 0;
            fired |= u64::from(term_true) << caution;
            not_false |= u64::from(!term_false) << caution;
        }
        CautionSets {
            fired: CautionSet::from_bits(u128::from(fired)),
            not_assessed: CautionSet::from_bits(u128::from(not_false & !fired)),
        }
    }
}

/// Why a threshold has no value for a life stage.
#[derive(Clone, Copy, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ThresholdGap {
    /// The look-up failed (age or sex missing, or no value for the life stage).
    #[error(transparent)]
    Lookup(LookupGap),
    /// The source determined no value (e.g. no vitamin K UL).
    #[error("the source determined no value (\"not determined\")")]
    NotDetermined,
    /// The lab value came without the reference range the threshold is taken from.
    #[error("the lab value has no reference range with an upper limit")]
    NoLabReferenceRange,
}

/// A lab value against the upper limit of the reference range it came with, both in the
/// lab's unit, as `(holds, fails)`; `None` without the value or the limit.
fn lab_against_upper_limit(profile: &Profile, field: ProfileField, comparison: Comparison) -> Option<(bool, bool)> {
    let lab = profile.lab(field)?;
    let high = lab.reference_range?.high?;
    Some(comparison.decide(Interval::exact(lab.value), high))
}
