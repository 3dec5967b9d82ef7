//! [`Summary`]: the running counts of a screening run, and its JSON document and table.

use serde::{Deserialize, Serialize};

use super::record::Record;
use crate::assess::INTENDED_USE;
use crate::reference::ReferenceStandard;
use crate::rule::{Caution, Severity};
use crate::term::Term;
use crate::version::{CRATE_VERSION, KNOWLEDGE_VERSION};

/// How many bad records a summary lists (all are counted).
pub const MAX_LISTED_ERRORS: usize = 1000;

const CAUTIONS: usize = <Caution as strum::EnumCount>::COUNT;
const SEVERITIES: usize = <Severity as strum::EnumCount>::COUNT;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Tally {
    fired: u64,
    not_fired: u64,
    not_assessed: u64,
    fired_weight: f64,
    assessed_weight: f64,
    by_severity: [u64; SEVERITIES],
}

/// The running summary of a run: per caution, how many screened records it fired for, did
/// not fire for and could not assess, with weights; per severity, how many records had at
/// least one fired caution of it. Memory does not grow with the stream (at most
/// [`MAX_LISTED_ERRORS`] bad records are listed; all are counted).
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    standard: ReferenceStandard,
    records: u64,
    bad: u64,
    with_weight: u64,
    weight: f64,
    cautions: [Tally; CAUTIONS],
    any_severity: [(u64, f64); SEVERITIES],
    errors: Vec<ListedError>,
}

/// One caution's line of the summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CautionSummary {
    /// The caution.
    pub caution: Caution,
    /// The rule's usual severity (some rules raise another for some profiles: see
    /// `fired_by_severity`).
    pub severity: Severity,
    /// Screened records the rule could decide: `fired` + `not_fired`.
    pub assessed: u64,
    /// Records it fired for.
    pub fired: u64,
    /// Records it was decided false for.
    pub not_fired: u64,
    /// Records that did not report what it needs.
    pub not_assessed: u64,
    /// The share of assessed records it fired for, weighted by the records' weights when the
    /// summary is weighted; `null` when no record (or no weight) was assessed.
    pub prevalence: Option<f64>,
    /// Fired records by the severity the caution had for them.
    pub fired_by_severity: SeverityCounts,
}

/// Counts per severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SeverityCounts {
    /// `info`.
    pub info: u64,
    /// `warning`.
    pub warning: u64,
    /// `critical`.
    pub critical: u64,
}

/// Records with at least one fired caution of a severity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SeveritySummary {
    /// The severity.
    pub severity: Severity,
    /// Screened records with at least one caution of this severity.
    pub records: u64,
    /// Their share of the screened records (weighted when the summary is weighted); `null`
    /// when none were screened.
    pub prevalence: Option<f64>,
}

/// A bad record, as the summary lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ListedError {
    /// Line of the input where the record starts.
    pub line: u64,
    /// The record's id, if it could be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The error, with its line and column or path.
    pub message: String,
}

/// The summary as a JSON document (schema `schemas/cohort-summary.schema.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct SummaryDocument {
    /// The crate version that wrote the summary.
    pub crate_version: String,
    /// The knowledge version whose rules screened the records.
    pub knowledge_version: String,
    /// The reference standard used.
    pub standard: ReferenceStandard,
    /// The intended-use note: not medical advice.
    pub intended_use: String,
    /// Every input record.
    pub records: u64,
    /// Records screened (`records` - `bad_records`).
    pub screened: u64,
    /// Records that could not be screened (listed in `errors`).
    pub bad_records: u64,
    /// Whether prevalences are weighted: every screened record had a weight. Otherwise every
    /// record counts 1.
    pub weighted: bool,
    /// Screened records that carried a weight.
    pub records_with_weight: u64,
    /// The sum of the screened records' weights.
    pub total_weight: f64,
    /// One entry per caution, in caution order.
    pub cautions: Vec<CautionSummary>,
    /// Records with at least one fired caution, per severity (info, warning, critical).
    pub severities: Vec<SeveritySummary>,
    /// The first bad records (at most 1000), in input order.
    pub errors: Vec<ListedError>,
    /// Bad records counted but not listed.
    pub errors_not_listed: u64,
}

fn share(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole)
}

impl Summary {
    /// An empty summary for a run under `standard`.
    pub fn new(standard: ReferenceStandard) -> Self {
        Self {
            standard,
            records: 0,
            bad: 0,
            with_weight: 0,
            weight: 0.0,
            cautions: [Tally::default(); CAUTIONS],
            any_severity: [(0, 0.0); SEVERITIES],
            errors: Vec::new(),
        }
    }

    /// Counts one record.
    pub fn add(&mut self, record: &Record) {
        self.records += 1;
        let s = match &record.outcome {
            Ok(s) => s,
            Err(error) => {
                self.bad += 1;
                if self.errors.len() < MAX_LISTED_ERRORS {
                    self.errors.push(ListedError {
                        line: record.line,
                        id: record.id.clone(),
                        message: error.to_string(),
                    });
                }
                return;
            }
        };
        // Both sums are kept; which one the shares use is decided at the end.
        let w = record.weight.unwrap_or(0.0);
        self.with_weight += u64::from(record.weight.is_some());
        self.weight += w;
        let mut any = [false; SEVERITIES];
        for (i, tally) in self.cautions.iter_mut().enumerate() {
            let caution = Caution::ALL[i];
            if let Some(severity) = s.severity(caution) {
                tally.fired += 1;
                tally.fired_weight += w;
                tally.assessed_weight += w;
                tally.by_severity[severity as usize] += 1;
                any[severity as usize] = true;
            } else if s.sets.not_assessed.contains(caution) {
                tally.not_assessed += 1;
            } else {
                tally.not_fired += 1;
                tally.assessed_weight += w;
            }
        }
        for (slot, hit) in self.any_severity.iter_mut().zip(any) {
            if hit {
                slot.0 += 1;
                slot.1 += w;
            }
        }
    }

    /// Every record counted.
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Records that could not be screened.
    pub fn bad_records(&self) -> u64 {
        self.bad
    }

    /// Whether the shares are weighted (every screened record had a weight, and there was one).
    pub fn is_weighted(&self) -> bool {
        let screened = self.records - self.bad;
        screened > 0 && self.with_weight == screened
    }

    /// The summary line of one caution.
    pub fn caution(&self, caution: Caution) -> CautionSummary {
        let t = &self.cautions[caution.index()];
        let assessed = t.fired + t.not_fired;
        let prevalence = if self.is_weighted() {
            share(t.fired_weight, t.assessed_weight)
        } else {
            share(t.fired as f64, assessed as f64)
        };
        CautionSummary {
            caution,
            severity: caution.rule().severity,
            assessed,
            fired: t.fired,
            not_fired: t.not_fired,
            not_assessed: t.not_assessed,
            prevalence,
            fired_by_severity: SeverityCounts {
                info: t.by_severity[Severity::Info as usize],
                warning: t.by_severity[Severity::Warning as usize],
                critical: t.by_severity[Severity::Critical as usize],
            },
        }
    }

    /// The summary as a document.
    pub fn document(&self) -> SummaryDocument {
        let screened = self.records - self.bad;
        let weighted = self.is_weighted();
        SummaryDocument {
            crate_version: CRATE_VERSION.to_owned(),
            knowledge_version: KNOWLEDGE_VERSION.to_owned(),
            standard: self.standard,
            intended_use: INTENDED_USE.to_owned(),
            records: self.records,
            screened,
            bad_records: self.bad,
            weighted,
            records_with_weight: self.with_weight,
            total_weight: self.weight,
            cautions: Caution::all().map(|c| self.caution(c)).collect(),
            severities: Severity::all()
                .map(|severity| {
                    let (records, weight) = self.any_severity[severity as usize];
                    let prevalence =
                        if weighted { share(weight, self.weight) } else { share(records as f64, screened as f64) };
                    SeveritySummary { severity, records, prevalence }
                })
                .collect(),
            errors: self.errors.clone(),
            errors_not_listed: self.bad - self.errors.len() as u64,
        }
    }

    /// The document as pretty JSON, ending in a newline.
    pub fn to_json_pretty(&self) -> String {
        let mut s = serde_json::to_string_pretty(&self.document()).expect("a summary always serialises");
        s.push('\n');
        s
    }

    /// A readable prevalence table: one row per caution, then the severities and the bad
    /// records.
    ///
    /// ```
    /// use calcification::ReferenceStandard;
    /// use calcification::cohort::Summary;
    ///
    /// let table = Summary::new(ReferenceStandard::Iom).table();
    /// assert!(table.starts_with("0 records: 0 screened, 0 bad (unweighted)"));
    /// ```
    pub fn table(&self) -> String {
        use std::fmt::Write;
        let d = self.document();
        let mut out = String::new();
        let how =
            if d.weighted { format!("weighted, total weight {:.2}", d.total_weight) } else { "unweighted".into() };
        let _ = writeln!(out, "{} records: {} screened, {} bad ({how})", d.records, d.screened, d.bad_records);
        let _ = writeln!(out, "standard: {}; {}", d.standard.id(), d.intended_use);
        let _ = writeln!(
            out,
            "\n{:<42} {:<8} {:>9} {:>8} {:>9} {:>12} {:>10}",
            "caution", "severity", "assessed", "fired", "not fired", "not assessed", "prevalence"
        );
        let percent = |p: Option<f64>| p.map_or_else(|| "-".to_owned(), |p| format!("{:.1}%", p * 100.0));
        for c in &d.cautions {
            let _ = writeln!(
                out,
                "{:<42} {:<8} {:>9} {:>8} {:>9} {:>12} {:>10}",
                c.caution.id(),
                c.severity.id(),
                c.assessed,
                c.fired,
                c.not_fired,
                c.not_assessed,
                percent(c.prevalence)
            );
        }
        let _ = writeln!(out, "\nrecords with at least one caution, by severity:");
        for s in &d.severities {
            let _ = writeln!(out, "  {:<9} {:>8} {:>10}", s.severity.id(), s.records, percent(s.prevalence));
        }
        if !d.errors.is_empty() {
            let _ = writeln!(out, "\nbad records ({}):", d.bad_records);
            for e in &d.errors {
                let id = e.id.as_deref().map(|id| format!(" (id {id})")).unwrap_or_default();
                let _ = writeln!(out, "  {}{id}", e.message);
            }
            if d.errors_not_listed > 0 {
                let _ = writeln!(out, "  ... and {} more", d.errors_not_listed);
            }
        }
        out
    }
}
