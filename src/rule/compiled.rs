//! The compiled fast path behind [`Evaluator::caution_sets`](super::Evaluator::caution_sets).
use super::eval::{PROFILE_FIELDS, REFERENCE_KINDS};
use super::{Atom, Caution, Comparison, ConditionTree, RULES, Threshold};
use crate::clinical::{Condition, Medication};
use crate::intervention::Intervention;
use crate::lifestyle::Diet;
use crate::profile::ProfileField;
use crate::term::Term;
use crate::units::Unit;

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

/// A set of atoms, one bit each. Single-atom rules' atoms take their caution's bit (so the
/// rule's outcome is read off the atom masks); every other atom takes the lowest bit no
/// atom has. 55 atoms are in use (39 cautions): `u64` keeps the term loop at one machine
/// word per operation (`u128` doubled its cost, BENCHMARKS.md); when the rules outgrow it,
/// `Compiled::build` fails at compile time and this alias becomes `u128`.
pub(super) type AtomMask = u64;
pub(super) const MAX_ATOMS: usize = AtomMask::BITS as usize;
/// "No preferred bit" when numbering an atom.
pub(super) const ANY_BIT: u32 = u32::MAX;
/// The most conjunctions one rule's DNF may have.
pub(super) const MAX_TERMS: usize = 8;
/// The most conjunctions over all rules.
pub(super) const MAX_ALL_TERMS: usize = 128;
/// The most comparisons with a lab's own reference limit.
pub(super) const MAX_LAB_ATOMS: usize = 8;
/// The lists of comparison atoms, by comparison and threshold type.
pub(super) const ABOVE_REFERENCE: usize = 0;
pub(super) const BELOW_REFERENCE: usize = 1;
pub(super) const ABOVE_FIXED: usize = 2;
pub(super) const BELOW_FIXED: usize = 3;
pub(super) const MEDICATIONS: usize = <Medication as strum::EnumCount>::COUNT;
pub(super) const CONDITIONS: usize = <Condition as strum::EnumCount>::COUNT;
pub(super) const INTERVENTIONS: usize = <Intervention as strum::EnumCount>::COUNT;
pub(super) const DIETS: usize = <Diet as strum::EnumCount>::COUNT;
/// List memberships an atom can test, plus "any diagnosed calcification".
pub(super) const FLAGS: usize = MEDICATIONS + CONDITIONS + INTERVENTIONS + 1;

/// What a list atom tests.
#[derive(Clone, Copy)]
pub(super) enum Flag {
    Medication(Medication),
    Condition(Condition),
    Considering(Intervention),
    AnyDiagnosed,
}

impl Flag {
    pub(super) const fn index(self) -> usize {
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
pub(super) struct CompiledCompare {
    /// The atom's bit, as a mask.
    pub(super) mask: AtomMask,
    pub(super) field: usize,
    pub(super) kind: usize,
    pub(super) fixed: f64,
    /// For a fixed threshold published in a second unit: that unit, and the published
    /// figure converted to the canonical unit (used when the field was reported in it).
    pub(super) equivalent_unit: Option<Unit>,
    pub(super) equivalent: f64,
}

impl CompiledCompare {
    /// The fixed limit for a field reported in `given`.
    pub(super) fn fixed_for(&self, given: Unit) -> f64 {
        match self.equivalent_unit {
            Some(unit) if unit == given => self.equivalent,
            _ => self.fixed,
        }
    }
}

/// A conjunction of literals: `positive` atoms must hold, `negative` atoms must fail.
#[derive(Clone, Copy, Debug)]
pub(super) struct Conjunction {
    pub(super) positive: AtomMask,
    pub(super) negative: AtomMask,
}

/// A comparison of a lab value with the upper limit of the reference range it came with
/// (both in the lab's unit, so nothing is converted).
#[derive(Clone, Copy, Debug)]
pub(super) struct LabCompare {
    pub(super) bit: u32,
    pub(super) field: ProfileField,
    pub(super) comparison: Comparison,
}

/// A disjunction of [`Conjunction`]s, while it is being built.
#[derive(Clone, Copy, Debug)]
pub(super) struct Dnf {
    pub(super) terms: [Conjunction; MAX_TERMS],
    pub(super) len: usize,
}

/// Every rule condition in DNF over numbered atoms, and the atoms grouped by what they read.
#[derive(Debug)]
pub(super) struct Compiled {
    /// Bits given to atoms (fresh ones take the lowest bit not yet given).
    pub(super) used_bits: AtomMask,
    /// The rules that are a single atom, numbered with the bit of the rule's caution.
    pub(super) direct_rules: u64,
    pub(super) above_reference: [CompiledCompare; MAX_ATOMS],
    pub(super) below_reference: [CompiledCompare; MAX_ATOMS],
    pub(super) above_fixed: [CompiledCompare; MAX_ATOMS],
    pub(super) below_fixed: [CompiledCompare; MAX_ATOMS],
    /// How many atoms each list (`ABOVE_REFERENCE`...) holds.
    pub(super) counts: [usize; 4],
    /// Comparisons with a lab's own reference limit (decided in `Evaluator::new`).
    pub(super) lab_atoms: [LabCompare; MAX_LAB_ATOMS],
    pub(super) lab_count: usize,
    /// All comparison atoms; those of each compared field; those of each reference kind.
    pub(super) compare_atoms: AtomMask,
    pub(super) compared_fields: u32,
    pub(super) field_atoms: [AtomMask; PROFILE_FIELDS],
    pub(super) kind_atoms: [AtomMask; REFERENCE_KINDS],
    /// For each profile field, the reference kinds (bit `kind`) it is compared with.
    pub(super) field_kinds: [u32; PROFILE_FIELDS],
    /// For each [`Flag`], the atom that holds when the profile lists it.
    pub(super) flag_atoms: [AtomMask; FLAGS],
    pub(super) flag_atom_mask: AtomMask,
    /// `Reported` atoms, as (bit, field), and their bits.
    pub(super) reported_atoms: [(u32, ProfileField); MAX_LAB_ATOMS],
    pub(super) reported_count: usize,
    pub(super) reported_atom_mask: AtomMask,
    /// For each diet, the atom that holds when the profile's diet is it.
    pub(super) diet_atoms: [AtomMask; DIETS],
    pub(super) diet_atom_mask: AtomMask,
    /// Every rule's terms, each with the bit of the rule's caution.
    pub(super) terms: [Conjunction; MAX_ALL_TERMS],
    pub(super) term_cautions: [u32; MAX_ALL_TERMS],
    pub(super) term_count: usize,
}

/// The rules compiled for [`Evaluator::caution_sets`], built at compile time from [`RULES`].
pub(super) static COMPILED: Compiled = Compiled::build();

impl Dnf {
    const FALSE: Self = Self { terms: [Conjunction { positive: 0, negative: 0 }; MAX_TERMS], len: 0 };
    const TRUE: Self = {
        let mut d = Self::FALSE;
        d.len = 1;
        d
    };

    pub(super) const fn push(&mut self, term: Conjunction) {
        assert!(self.len < MAX_TERMS, "a rule condition has too many DNF terms: raise MAX_TERMS");
        self.terms[self.len] = term;
        self.len += 1;
    }

    /// `self or other`.
    pub(super) const fn or(mut self, other: &Self) -> Self {
        let mut i = 0;
        while i < other.len {
            self.push(other.terms[i]);
            i += 1;
        }
        self
    }

    /// `self and other`, distributed.
    pub(super) const fn and(&self, other: &Self) -> Self {
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
    pub(super) const fn build() -> Self {
        const { assert!(PROFILE_FIELDS <= 32 && REFERENCE_KINDS <= 32, "field or kind masks outgrew u32") };
        assert!(Caution::ALL.len() <= 64, "cautions outgrew the u64 caution set (direct_rules, fired)");
        assert!(Caution::ALL.len() <= MAX_ATOMS, "cautions outgrew the atom masks: widen AtomMask");
        let none = CompiledCompare { mask: 0, field: 0, kind: 0, fixed: 0.0, equivalent_unit: None, equivalent: 0.0 };
        let mut c = Self {
            used_bits: 0,
            direct_rules: 0,
            above_reference: [none; MAX_ATOMS],
            below_reference: [none; MAX_ATOMS],
            above_fixed: [none; MAX_ATOMS],
            below_fixed: [none; MAX_ATOMS],
            counts: [0; 4],
            lab_atoms: [LabCompare { bit: 0, field: ProfileField::AgeYears, comparison: Comparison::Above };
                MAX_LAB_ATOMS],
            lab_count: 0,
            reported_atoms: [(0, ProfileField::AgeYears); MAX_LAB_ATOMS],
            reported_count: 0,
            reported_atom_mask: 0,
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
    pub(super) const fn new_bit(&mut self, preferred: u32) -> u32 {
        let bit = if preferred == ANY_BIT {
            assert!(self.used_bits != AtomMask::MAX, "the rules have too many atoms: widen AtomMask to u128");
            (!self.used_bits).trailing_zeros()
        } else {
            preferred
        };
        assert!(self.used_bits & (1 << bit) == 0, "an atom bit was given twice");
        self.used_bits |= 1 << bit;
        bit
    }

    /// The bit of a comparison, shared with an equal one seen before.
    pub(super) const fn compare_bit(
        &mut self,
        field: ProfileField,
        comparison: Comparison,
        threshold: Threshold,
        preferred: u32,
    ) -> AtomMask {
        let above = matches!(comparison, Comparison::Above);
        let (list_index, kind, fixed, equivalent_unit, equivalent) = match threshold {
            Threshold::LabUpperLimit => return self.lab_bit(field, comparison, preferred),
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
                return list[i].mask;
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
        list[count] = CompiledCompare { mask: 1 << bit, field, kind, fixed, equivalent_unit, equivalent };
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

    /// The bit of a comparison with a lab's own upper reference limit, shared with an equal one.
    pub(super) const fn lab_bit(&mut self, field: ProfileField, comparison: Comparison, preferred: u32) -> AtomMask {
        let mut i = 0;
        while i < self.lab_count {
            let a = self.lab_atoms[i];
            if a.field as usize == field as usize && a.comparison as usize == comparison as usize {
                return 1 << a.bit;
            }
            i += 1;
        }
        assert!(self.lab_count < MAX_LAB_ATOMS, "too many comparisons with lab limits: raise MAX_LAB_ATOMS");
        let bit = self.new_bit(preferred);
        self.lab_atoms[self.lab_count] = LabCompare { bit, field, comparison };
        self.lab_count += 1;
        self.compare_atoms |= 1 << bit;
        1 << bit
    }

    /// The bit of an atom, numbering it (with `preferred`, if not `ANY_BIT`) if it is new.
    pub(super) const fn atom_bit(&mut self, atom: &Atom, preferred: u32) -> AtomMask {
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
            Atom::Reported(field) => {
                let mut i = 0;
                while i < self.reported_count {
                    if self.reported_atoms[i].1 as usize == field as usize {
                        return 1 << self.reported_atoms[i].0;
                    }
                    i += 1;
                }
                assert!(self.reported_count < MAX_LAB_ATOMS, "too many Reported atoms: raise MAX_LAB_ATOMS");
                let bit = self.new_bit(preferred);
                self.reported_atoms[self.reported_count] = (bit, field);
                self.reported_count += 1;
                self.reported_atom_mask |= 1 << bit;
                return 1 << bit;
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
    pub(super) const fn dnf(&mut self, tree: &ConditionTree, negated: bool) -> Dnf {
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

// Every flag has a slot of its own: medications, then conditions, then interventions, then
// "any diagnosed calcification" after the last of them (a smaller `FLAGS` would give it the
// last intervention's slot, and a rule testing both would confuse them).
const _: () = assert!(Flag::AnyDiagnosed.index() == MEDICATIONS + CONDITIONS + INTERVENTIONS);
