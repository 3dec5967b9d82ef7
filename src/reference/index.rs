//! The compile-time index over [`REFERENCE_ROWS`](super::REFERENCE_ROWS) that look-ups use.

use super::ReferenceStandard::{Efsa, Iom};
use super::{REFERENCE_ROWS, ReferenceKind, ReferenceRow, ReferenceStandard};

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

const ROW_INDEX_KINDS: usize = <ReferenceKind as strum::EnumCount>::COUNT;
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
