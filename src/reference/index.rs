//! The compile-time index over [`REFERENCE_ROWS`](super::REFERENCE_ROWS) that look-ups use.

use super::ReferenceStandard::{Efsa, Iom};
use crate::term::Term as _;

use super::{
    LifeStage, LookupGap, REFERENCE_ROWS, ReferenceKind, ReferenceRow, ReferenceStandard, ReproductiveStatus, Sex,
};

/// The rows of [`REFERENCE_ROWS`] grouped by kind and standard, built from the table at
/// compile time, so a look-up scans only the rows it could use (in table order) and reads
/// a row only when its age band fits.
pub(super) struct RowIndex {
    /// Every row as (age from, age until or infinity for none, row number), bucket after bucket.
    entries: [IndexEntry; REFERENCE_ROWS.len()],
    /// Where each (kind, standard) bucket starts in `entries`; it ends where the next starts.
    starts: [u16; ROW_INDEX_BUCKETS + 1],
}

#[derive(Clone, Copy)]
struct IndexEntry {
    from: f64,
    until: f64,
    row: u16,
}

pub(super) const ROW_INDEX_KINDS: usize = <ReferenceKind as strum::EnumCount>::COUNT;
/// Standard slots per kind: IOM, EFSA, and rows that belong to no standard.
const ROW_INDEX_SLOTS: usize = 3;
const ROW_INDEX_BUCKETS: usize = ROW_INDEX_KINDS * ROW_INDEX_SLOTS;

pub(super) static ROW_INDEX: RowIndex = RowIndex::build();

impl RowIndex {
    const fn bucket(kind: ReferenceKind, standard: Option<ReferenceStandard>) -> usize {
        let slot = match standard {
            Some(Iom) => 0,
            Some(Efsa) => 1,
            None => 2,
        };
        kind as usize * ROW_INDEX_SLOTS + slot
    }

    /// A counting sort of the rows by bucket, stable, so each bucket keeps table order.
    const fn build() -> Self {
        assert!(REFERENCE_ROWS.len() <= u16::MAX as usize, "REFERENCE_ROWS outgrew the u16 row index");
        let mut starts = [0u16; ROW_INDEX_BUCKETS + 1];
        let mut i = 0;
        while i < REFERENCE_ROWS.len() {
            starts[Self::bucket(REFERENCE_ROWS[i].kind, REFERENCE_ROWS[i].standard) + 1] += 1;
            i += 1;
        }
        let mut b = 0;
        while b < ROW_INDEX_BUCKETS {
            starts[b + 1] += starts[b];
            b += 1;
        }
        let mut next = starts;
        let mut entries = [IndexEntry { from: 0.0, until: 0.0, row: 0 }; REFERENCE_ROWS.len()];
        let mut i = 0;
        while i < REFERENCE_ROWS.len() {
            let row = &REFERENCE_ROWS[i];
            let bucket = Self::bucket(row.kind, row.standard);
            let until = match row.age_until {
                Some(until) => until,
                None => f64::INFINITY,
            };
            entries[next[bucket] as usize] = IndexEntry { from: row.age_from, until, row: i as u16 };
            next[bucket] += 1;
            i += 1;
        }
        Self { entries, starts }
    }

    /// The rows of `kind` in `standard` whose age band holds `age`, in table order.
    pub(super) fn rows(
        &'static self,
        kind: ReferenceKind,
        standard: Option<ReferenceStandard>,
        age: f64,
    ) -> impl Iterator<Item = &'static ReferenceRow> {
        let bucket = Self::bucket(kind, standard);
        self.entries[self.starts[bucket] as usize..self.starts[bucket + 1] as usize]
            .iter()
            .filter(move |e| age >= e.from && (age < e.until || e.until == f64::INFINITY))
            .map(|e| &REFERENCE_ROWS[e.row as usize])
    }
}

/// Every look-up answer, per life stage, resolved once: the ages where some row's band starts
/// or ends cut the age axis into segments in which every row either fits or does not, so one
/// look-up at a segment's start answers for every age in it. Built on first use from
/// [`LifeStage::scan`] (the only definition of a look-up), without allocating.
pub(super) struct StageTable {
    /// Segment starts, ascending; `cuts[..count]` are used.
    cuts: [f64; 2 * REFERENCE_ROWS.len()],
    count: usize,
    /// Per segment, table sex (none, female, male), status (none, pregnant, lactating),
    /// standard and kind: the row number, or [`NO_VALUE`] / [`MISSING_SEX`].
    answers: [[[[[u16; ROW_INDEX_KINDS]; 2]; 3]; 3]; 2 * REFERENCE_ROWS.len()],
}

const NO_VALUE: u16 = u16::MAX;
const MISSING_SEX: u16 = u16::MAX - 1;

/// What a look-up found, as [`StageTable::answer`] gives it.
pub(super) enum Answer {
    /// The row that gives the value.
    Row(&'static ReferenceRow),
    /// No row covers the life stage.
    NoValue,
    /// Rows differ by sex and the sex is not reported.
    MissingSex,
}

/// Built on first use, in place (no heap allocation, so the fast path stays allocation-free).
pub(super) static STAGE_TABLE: std::sync::OnceLock<StageTable> = std::sync::OnceLock::new();

fn sex_slot(sex: Option<Sex>) -> usize {
    match sex {
        None => 0,
        Some(Sex::Female) => 1,
        Some(Sex::Male) => 2,
    }
}

fn status_slot(status: Option<ReproductiveStatus>) -> usize {
    match status {
        None => 0,
        Some(ReproductiveStatus::Pregnant) => 1,
        Some(ReproductiveStatus::Lactating) => 2,
    }
}

fn standard_slot(standard: ReferenceStandard) -> usize {
    match standard {
        Iom => 0,
        Efsa => 1,
    }
}

impl StageTable {
    fn build() -> Self {
        let mut cuts = [0.0; 2 * REFERENCE_ROWS.len()];
        let mut count = 0;
        for row in REFERENCE_ROWS {
            for cut in [Some(row.age_from), row.age_until].into_iter().flatten() {
                if !cuts[..count].contains(&cut) {
                    cuts[count] = cut;
                    count += 1;
                }
            }
        }
        cuts[..count].sort_by(f64::total_cmp);
        let mut table =
            Self { cuts, count, answers: [[[[[NO_VALUE; ROW_INDEX_KINDS]; 2]; 3]; 3]; 2 * REFERENCE_ROWS.len()] };
        for segment in 0..count {
            let age_years = Some(table.cuts[segment]);
            for sex in [None, Some(Sex::Female), Some(Sex::Male)] {
                for status in [None, Some(ReproductiveStatus::Pregnant), Some(ReproductiveStatus::Lactating)] {
                    let stage = LifeStage { age_years, sex, reproductive_status: status };
                    for standard in [Iom, Efsa] {
                        for kind in ReferenceKind::ALL {
                            let answer = match stage.scan(*kind, standard) {
                                Ok(resolved) => row_number(resolved.row),
                                Err(LookupGap::MissingSex { .. }) => MISSING_SEX,
                                Err(_) => NO_VALUE,
                            };
                            table.answers[segment][sex_slot(sex)][status_slot(status)][standard_slot(standard)]
                                [*kind as usize] = answer;
                        }
                    }
                }
            }
        }
        table
    }

    /// The answers for every kind at `age` (finite, at least the first cut; else `None`),
    /// the table sex, the status and the standard: one segment search for all kinds.
    pub(super) fn answers(
        age: f64,
        table_sex: Option<Sex>,
        status: Option<ReproductiveStatus>,
        standard: ReferenceStandard,
    ) -> Option<&'static [u16; ROW_INDEX_KINDS]> {
        let table = STAGE_TABLE.get_or_init(Self::build);
        let cuts = &table.cuts[..table.count];
        if !age.is_finite() || cuts.first().is_none_or(|&first| age < first) {
            return None;
        }
        let segment = cuts.partition_point(|&cut| cut <= age) - 1;
        Some(&table.answers[segment][sex_slot(table_sex)][status_slot(status)][standard_slot(standard)])
    }

    /// One kind's answer out of [`answers`](Self::answers).
    pub(super) fn answer(answers: &[u16; ROW_INDEX_KINDS], kind: ReferenceKind) -> Answer {
        match answers[kind as usize] {
            NO_VALUE => Answer::NoValue,
            MISSING_SEX => Answer::MissingSex,
            row => Answer::Row(&REFERENCE_ROWS[row as usize]),
        }
    }
}

fn row_number(row: &ReferenceRow) -> u16 {
    REFERENCE_ROWS.iter().position(|r| r == row).expect("a look-up returns a row of the table") as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table answers exactly as the scan does: at every cut, just below and above it,
    /// between cuts and past the last, for every sex, status, standard and kind.
    #[test]
    fn stage_table_answers_as_the_scan() {
        let mut ages: Vec<f64> = Vec::new();
        for row in REFERENCE_ROWS {
            for cut in [Some(row.age_from), row.age_until].into_iter().flatten() {
                ages.extend([cut, cut - 1e-9, cut + 1e-9, cut + 0.37, cut - 0.37, cut * 1.5]);
            }
        }
        ages.extend([0.0, 0.25, 130.0, 1e6, -1.0, f64::NAN]);
        let mut checked = 0;
        for &age in &ages {
            for sex in [None, Some(Sex::Female), Some(Sex::Male)] {
                for status in [None, Some(ReproductiveStatus::Pregnant), Some(ReproductiveStatus::Lactating)] {
                    let stage = LifeStage { age_years: Some(age), sex, reproductive_status: status };
                    for standard in [Iom, Efsa] {
                        for kind in ReferenceKind::ALL {
                            let (fast, slow) = (stage.reference(*kind, standard), stage.scan(*kind, standard));
                            if age.is_nan() {
                                assert_eq!(fast.is_ok(), slow.is_ok());
                            } else {
                                assert_eq!(fast, slow, "{kind:?} {standard:?} {stage:?}");
                            }
                            checked += 1;
                        }
                    }
                }
            }
        }
        assert!(checked > 1000);
    }
}
