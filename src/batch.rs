//! Assessing cohorts: many profiles through the same rules.
//!
//! With the `rayon` feature the batch functions run in parallel; the results are the same,
//! in the same order, either way.

use crate::assess::{Assessment, explain};
use crate::error::ProfileError;
use crate::profile::Profile;
use crate::reference::ReferenceStandard;
use crate::rule::{CautionSets, Evaluator};

#[cfg(feature = "rayon")]
use rayon::prelude::*;

fn map_profiles<T: Send>(profiles: &[Profile], f: impl Fn(&Profile) -> T + Sync + Send) -> Vec<T> {
    #[cfg(feature = "rayon")]
    {
        profiles.par_iter().map(f).collect()
    }
    #[cfg(not(feature = "rayon"))]
    {
        profiles.iter().map(f).collect()
    }
}

/// The fired and not-assessed cautions of every profile, in input order.
///
/// ```
/// use calcification::{Profile, ReferenceStandard, caution_sets_batch};
///
/// let cohort = vec![Profile::default(); 3];
/// let results = caution_sets_batch(&cohort, ReferenceStandard::Iom);
/// assert_eq!(results.len(), 3);
/// ```
pub fn caution_sets_batch(profiles: &[Profile], standard: ReferenceStandard) -> Vec<Result<CautionSets, ProfileError>> {
    map_profiles(profiles, |p| {
        p.validate()?;
        Ok(Evaluator::new(p, standard).caution_sets())
    })
}

/// The explained assessment of every profile, in input order.
pub fn assess_batch(profiles: &[Profile], standard: ReferenceStandard) -> Vec<Result<Assessment, ProfileError>> {
    map_profiles(profiles, |p| {
        p.validate()?;
        Ok(explain(&Evaluator::new(p, standard)))
    })
}

/// Assesses profiles from any iterator, lazily, one at a time (no parallelism).
pub fn assess_iter<'a>(
    profiles: impl IntoIterator<Item = &'a Profile>,
    standard: ReferenceStandard,
) -> impl Iterator<Item = Result<Assessment, ProfileError>> {
    profiles.into_iter().map(move |p| {
        p.validate()?;
        Ok(explain(&Evaluator::new(p, standard)))
    })
}
