//! The batch API against per-profile calls, and the rule interpreter against the
//! hand-written baseline of the benches, on generated cohorts.
//!
//! The generator and the baseline live in `benches/common` and are shared with the benches,
//! so the benches time exactly what this test checks. Run with `--features rayon` as well to
//! check that the parallel batch gives the same results in the same order.

#[path = "../benches/common/mod.rs"]
mod common;
#[path = "common/mod.rs"]
mod props;

use calcification::{
    Caution, Evaluator, Profile, ProfileError, ReferenceStandard, Sex, Term, assess_batch, assess_iter, assess_with,
    caution_sets, caution_sets_batch,
};
use common::{STANDARDS, baseline, cohort};

/// How many generated profiles the agreement test checks (the batch bench checks 100,000).
const AGREEMENT_PROFILES: usize = 20_000;

#[test]
fn interpreter_agrees_with_the_hand_written_baseline() {
    common::assert_agreement(&cohort(AGREEMENT_PROFILES, common::SEED));
}

#[test]
fn baseline_agrees_on_the_sample_profiles() {
    let samples: Vec<Profile> = common::SAMPLES.iter().map(|(_, json)| common::parse(json)).collect();
    common::assert_agreement(&samples);
}

#[test]
fn generator_is_deterministic_and_valid() {
    let a = cohort(500, common::SEED);
    assert_eq!(a, cohort(500, common::SEED));
    assert_ne!(a, cohort(500, common::SEED + 1));
    for p in &a {
        assert_eq!(p.validate(), Ok(()));
        // Round-trips through the JSON contract, so the JSON benches parse the same cohort.
        assert_eq!(&Profile::from_json(&p.to_json()).expect("generated profiles parse"), p);
    }
}

/// The agreement check only means something if the cohort exercises every rule both ways.
#[test]
fn generator_covers_every_caution() {
    let profiles = cohort(AGREEMENT_PROFILES, common::SEED);
    for standard in STANDARDS {
        let (mut fired, mut unknown, mut decided_false) = (Vec::new(), Vec::new(), Vec::new());
        for p in &profiles {
            let sets = Evaluator::new(p, standard).caution_sets();
            assert_eq!(sets.fired.bits() & sets.not_assessed.bits(), 0, "a caution both fired and not assessed");
            for c in Caution::all() {
                if sets.fired.contains(c) {
                    fired.push(c);
                } else if sets.not_assessed.contains(c) {
                    unknown.push(c);
                } else {
                    decided_false.push(c);
                }
            }
        }
        for c in Caution::all() {
            assert!(fired.contains(&c), "{c:?} never fires ({standard:?})");
            assert!(decided_false.contains(&c), "{c:?} never decided false ({standard:?})");
            // Lists are never missing, so rules of list atoms only are always decided.
            let always_decided = props::never_unknown(&c.rule().condition);
            assert_eq!(unknown.contains(&c), !always_decided, "{c:?} not assessed ({standard:?})");
        }
    }
}

/// A cohort with invalid profiles mixed in, so errors must come back in place too.
fn cohort_with_invalid(n: usize) -> Vec<Profile> {
    let mut profiles = cohort(n, common::SEED ^ 0xBA7C);
    for (i, p) in profiles.iter_mut().enumerate().filter(|(i, _)| i % 97 == 13) {
        if i % 2 == 0 {
            p.sex = Some(Sex::Male);
            p.reproductive_status = Some(calcification::ReproductiveStatus::Pregnant);
        } else {
            p.age_years = Some(131.0);
        }
    }
    profiles
}

#[test]
fn caution_sets_batch_matches_per_profile_calls_in_order() {
    let profiles = cohort_with_invalid(5_000);
    for standard in STANDARDS {
        let batch = caution_sets_batch(&profiles, standard);
        let single: Vec<_> = profiles.iter().map(|p| caution_sets(p, standard)).collect();
        assert_eq!(batch.len(), profiles.len());
        assert_eq!(batch, single);
        assert!(batch.iter().any(Result::is_err), "the cohort has invalid profiles");
        let errors = batch.iter().filter(|r| matches!(r, Err(ProfileError::Invalid { .. }))).count();
        assert_eq!(errors, profiles.iter().filter(|p| p.validate().is_err()).count());
    }
}

#[test]
fn assess_batch_and_assess_iter_match_per_profile_calls_in_order() {
    let profiles = cohort_with_invalid(1_000);
    for standard in STANDARDS {
        let single: Vec<_> = profiles.iter().map(|p| assess_with(p, standard)).collect();
        assert_eq!(assess_batch(&profiles, standard), single);
        assert_eq!(assess_iter(&profiles, standard).collect::<Vec<_>>(), single);
        // The fast path and the explained assessment agree on every valid profile.
        for (p, assessment) in profiles.iter().zip(&single) {
            let (Ok(sets), Ok(a)) = (caution_sets(p, standard), assessment) else { continue };
            let fired: calcification::CautionSet = a.findings.iter().map(|f| f.caution).collect();
            let not_assessed: calcification::CautionSet = a.not_assessed.iter().map(|n| n.caution).collect();
            assert_eq!((sets.fired, sets.not_assessed), (fired, not_assessed));
        }
    }
}

#[test]
fn batches_of_nothing_and_of_one() {
    let standard = ReferenceStandard::Iom;
    assert!(caution_sets_batch(&[], standard).is_empty());
    assert!(assess_batch(&[], standard).is_empty());
    assert_eq!(assess_iter(&[], standard).count(), 0);
    let one = [common::parse(common::FULL_JSON)];
    assert_eq!(caution_sets_batch(&one, standard), vec![caution_sets(&one[0], standard)]);
    assert_eq!(assess_batch(&one, standard), vec![assess_with(&one[0], standard)]);
}

#[test]
fn baseline_prepared_matches_baseline() {
    for p in cohort(2_000, 7) {
        for standard in STANDARDS {
            let prepared = baseline::Thresholds::resolve(&p.life_stage(), standard);
            assert_eq!(baseline::caution_sets(&p, standard), baseline::caution_sets_prepared(&p, &prepared));
        }
    }
}
