//! The statement of an atom that is not a comparison (crate-private, so tested here): no rule
//! negates one today, so only this test sees the failing form.

use super::reason;
use crate::clinical::Medication;
use crate::reference::ReferenceStandard;
use crate::rule::{Atom, Evaluator};
use crate::{Profile, Truth};

#[test]
fn an_atom_that_fails_reads_not_and_one_that_holds_reads_plainly() {
    let atom = Atom::TakesMedication(Medication::Lithium);
    let without = Profile::builder().medication(Medication::ProtonPumpInhibitor).build().unwrap();
    let with = Profile::builder().medication(Medication::Lithium).build().unwrap();
    let (eval_without, eval_with) =
        (Evaluator::new(&without, ReferenceStandard::Iom), Evaluator::new(&with, ReferenceStandard::Iom));
    assert_eq!(eval_without.atom(&atom), Truth::False);
    let failed = reason(&eval_without, &atom);
    assert!(!failed.holds);
    assert_eq!(failed.statement, "not: takes lithium");
    let held = reason(&eval_with, &atom);
    assert!(held.holds);
    assert_eq!(held.statement, "takes lithium");
    assert_eq!(held.statement, atom.to_string());
    assert!(held.observed.is_none() && held.threshold.is_none());
}
