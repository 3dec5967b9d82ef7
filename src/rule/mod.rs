//! Caution rules as data, and the one interpreter that evaluates them.
//!
//! A [`Rule`] is a value: the caution it raises, a severity, an evidence level, sources and
//! a [`ConditionTree`] of [`Atom`]s combined with all/any/not. [`RULES`] lists them all, one per caution. The
//! interpreter ([`Evaluator`]) is three-valued (Kleene): an atom whose input is missing is
//! [`Truth::Unknown`], and a rule that is unknown is *not assessed*, never silently false.
//!
//! The parts: [`caution`](self) vocabularies and sets (`caution.rs`), the condition language
//! (`condition.rs`), the interpreter (`eval.rs`), the compiled fast path (`compiled.rs`) and
//! the rule table (`table.rs`, data only).

mod caution;
mod compiled;
mod condition;
mod eval;
mod table;

pub use caution::{Caution, CautionSet, CautionSets, Severity};
pub use condition::{Atom, Comparison, ConditionTree, Rule, SeverityOverride, Threshold};
pub use eval::{Evaluator, ThresholdGap, Truth};
pub use table::RULES;
