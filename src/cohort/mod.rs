//! Screening a cohort: a stream of records (NDJSON or CSV) through the same rules, one
//! result per input record, and a weighted prevalence summary.
//!
//! - **NDJSON** ([`Screen::ndjson`]): one record per line, a bare profile or an envelope
//!   `{"id": "p-0042", "weight": 1234.5, "profile": {...}}`. A line is read as an envelope
//!   when its first key is `id`, `weight` or `profile` (a profile has none of these keys).
//!   Blank lines are skipped; line numbers count every line.
//! - **CSV** ([`Screen::csv`]): a header row and a [`CsvMapping`] document that names the id
//!   column, the weight column and, for each mapped column, the profile field, its unit and
//!   the codes it uses. Columns the mapping does not name are ignored; empty cells are "not
//!   reported".
//!
//! [`MAX_PROFILE_BYTES`](crate::MAX_PROFILE_BYTES) applies to each record, not to the stream:
//! a stream may be any length, and memory stays bounded (one record, or with the `rayon`
//! feature two chunks of records, at a time). Every input record yields one [`Record`], in
//! input order: a bad record carries its line number, its id when it could be read, and a
//! [`RecordError`] naming the line and the column or JSON path; the stream goes on. Only a
//! mapping or header that cannot be used at all stops a run before it starts
//! ([`CohortError`]).
//!
//! ```
//! use calcification::cohort::{Screen, ScreenOptions, Summary};
//! use calcification::{Caution, ReferenceStandard};
//!
//! let input = "{\"id\": \"a\", \"weight\": 2, \"profile\": {\"labs\": {\"serum_25_hydroxyvitamin_d\": {\"value\": 20, \"unit\": \"nmol/L\"}}}}\n\
//!              {\"age_years\": \"forty\"}\n";
//! let options = ScreenOptions::new(ReferenceStandard::Iom);
//! let mut summary = Summary::new(options.standard);
//! for record in Screen::ndjson(input.as_bytes(), options)? {
//!     summary.add(&record);
//! }
//! assert_eq!(summary.records(), 2);
//! assert_eq!(summary.bad_records(), 1);
//! assert_eq!(summary.caution(Caution::VitaminDDeficiency).fired, 1);
//! # Ok::<(), calcification::cohort::CohortError>(())
//! ```

mod mapping;
mod record;
mod screen;
mod summary;

pub use mapping::{ColumnMapping, CsvMapping, MAPPED_FIELDS};
pub use record::{FiredCaution, Record, RecordDocument, RecordError, RecordErrorDocument, Screened};
pub use screen::{DEFAULT_CHUNK, Screen, ScreenOptions};
pub use summary::{
    CautionSummary, ListedError, MAX_LISTED_ERRORS, SeverityCounts, SeveritySummary, Summary, SummaryDocument,
};

/// Why a run cannot start: the mapping document or the CSV header cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CohortError {
    /// The mapping document is not valid: `path` is its JSON path (`columns.RIAGENDR.values`).
    #[error("mapping: {path}: {message}")]
    Mapping {
        /// JSON path in the mapping document; `mapping` for the document itself.
        path: String,
        /// What was expected and what was found.
        message: String,
    },
    /// The CSV header does not fit the mapping (a mapped column is missing, a name repeats).
    #[error("csv header: {message}")]
    Header {
        /// What was expected and what was found.
        message: String,
    },
    /// The input could not be read, or a thread pool could not be started.
    #[error("input: {message}")]
    Io {
        /// The underlying error's text.
        message: String,
    },
}
