//! FHIR R4 in and out: a Bundle (or a list of resources) becomes a [`Profile`] with a
//! [`MappingReport`] of every resource used or ignored and why; findings become FHIR
//! `DetectedIssue` resources ([`detected_issues`]).
//!
//! The FHIR model is a handful of serde types for the elements read (`model.rs`), not a FHIR
//! model crate: the mapping reads about twenty elements, and the feature adds no dependency
//! (BENCHMARKS.md, "FHIR model"). The code tables are data in `codes.rs`.
//!
//! Mapping rules (DESIGN.md, "Interoperability"):
//! - `Patient.birthDate` and a reference date give the age in whole years (months for
//!   infants); `gender` `female`/`male` gives the sex (`other`/`unknown` leave it unset).
//! - Observations are read by LOINC code (`LAB_CODES`) with UCUM units the profile's field
//!   accepts; other units are refused with a message naming the resource and element. Of
//!   several observations of one lab the latest `effectiveDateTime` is used, the others are
//!   reported as superseded. Only `final`, `amended` and `corrected` results are used.
//! - A pregnancy-status observation (LOINC 82810-3) answering "Pregnant" sets pregnancy.
//! - MedicationStatement (`active`, `intended`) and MedicationRequest (`active`) by ATC class
//!   or RxNorm ingredient; Condition by ICD-10-CM or SNOMED CT, unless refuted, entered in
//!   error, or no longer active.

use std::io::Read;

use serde::Serialize;

use crate::error::ProfileError;
use crate::profile::{MAX_PROFILE_BYTES, Profile, ProfileField};

pub mod codes;
mod detected_issue;
pub mod hooks;
mod map;
pub mod model;

pub use detected_issue::{CAUTION_SYSTEM, detected_issues, severity_code};

/// The largest FHIR document [`profile_from_fhir`] reads: 8 MiB (bundles are more verbose than
/// the crate's own profile, [`MAX_PROFILE_BYTES`]).
pub const MAX_FHIR_BYTES: usize = 8 * MAX_PROFILE_BYTES;

/// A FHIR document that cannot be mapped at all (single resources that cannot be used are
/// reported in the [`MappingReport`] instead).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum FhirError {
    /// Not JSON.
    #[error("line {line} column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What went wrong.
        message: String,
    },
    /// Valid JSON that is not a FHIR resource, Bundle or array of resources.
    #[error("{path}: {message}")]
    Shape {
        /// JSON path of the offending element.
        path: String,
        /// What was expected and found.
        message: String,
    },
    /// Larger than [`MAX_FHIR_BYTES`].
    #[error("expected at most {limit} bytes of FHIR JSON, found {size}")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The input could not be read.
    #[error("{0}")]
    Io(String),
    /// The reference date is not `YYYY-MM-DD`.
    #[error("reference date: expected YYYY-MM-DD, found {0:?}")]
    ReferenceDate(String),
    /// The mapped profile is invalid (cannot happen for mapped values, kept for safety).
    #[error(transparent)]
    Profile(#[from] ProfileError),
}

/// Whether a resource was used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The resource filled a profile field.
    Used,
    /// The resource was not used; `reason` says why.
    Ignored,
}

/// One resource of the input and what became of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct MappingEntry {
    /// `Type/id` (or `Type at entry[i]` without an id).
    pub resource: String,
    /// Used or ignored.
    pub outcome: Outcome,
    /// The profile field filled (its JSON path, e.g. `labs.serum_calcium`, `conditions`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What was read (used) or why it was not (ignored): unknown code, unsupported unit,
    /// entered-in-error status, superseded, ...
    pub reason: String,
}

/// What was mapped and what was ignored.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct MappingReport {
    /// The patient's reference (`Patient/id`), when a Patient was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub patient: Option<String>,
    /// The date the age was computed at (`YYYY-MM-DD`).
    pub reference_date: String,
    /// One entry per resource, in input order.
    pub entries: Vec<MappingEntry>,
}

impl MappingReport {
    /// The resource that filled `field`, if any (for `DetectedIssue.evidence`).
    pub fn source_of(&self, field: ProfileField) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.outcome == Outcome::Used && e.field.as_deref() == Some(field.id()))
            .map(|e| e.resource.as_str())
    }

    /// The entries that were not used.
    pub fn ignored(&self) -> impl Iterator<Item = &MappingEntry> {
        self.entries.iter().filter(|e| e.outcome == Outcome::Ignored)
    }
}

/// A profile read from FHIR, with its report.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FhirMapping {
    /// The profile (validated).
    pub profile: Profile,
    /// What was used and ignored.
    pub report: MappingReport,
}

/// Maps FHIR R4 JSON — a Bundle, a single resource or an array of resources — to a profile.
/// `reference_date` (`YYYY-MM-DD`) is the date the age is computed at.
///
/// # Errors
/// [`FhirError`] when the input is not JSON, not a resource, Bundle or array, too large, or
/// the date is malformed. Resources that cannot be used are not errors: the report says why.
///
/// ```
/// use calcification::fhir::{Outcome, profile_from_fhir};
///
/// let bundle = r#"{"resourceType": "Bundle", "type": "collection", "entry": [
///   {"resource": {"resourceType": "Patient", "id": "p1", "gender": "female", "birthDate": "1970-06-15"}},
///   {"resource": {"resourceType": "Observation", "id": "ca", "status": "final",
///     "code": {"coding": [{"system": "http://loinc.org", "code": "17861-6"}]},
///     "valueQuantity": {"value": 11.2, "unit": "mg/dL", "system": "http://unitsofmeasure.org", "code": "mg/dL"}}}
/// ]}"#;
/// let mapped = profile_from_fhir(bundle, "2026-01-01")?;
/// assert_eq!(mapped.profile.age_years, Some(55.0));
/// assert_eq!(mapped.report.entries[1].outcome, Outcome::Used);
/// # Ok::<(), calcification::fhir::FhirError>(())
/// ```
pub fn profile_from_fhir(json: &str, reference_date: &str) -> Result<FhirMapping, FhirError> {
    if json.len() > MAX_FHIR_BYTES {
        return Err(FhirError::TooLarge { size: json.len(), limit: MAX_FHIR_BYTES });
    }
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| FhirError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string().split(" at line").next().unwrap_or_default().to_owned(),
    })?;
    profile_from_value(&value, reference_date)
}

/// Reads at most [`MAX_FHIR_BYTES`] from `reader` and maps them as [`profile_from_fhir`] does.
///
/// # Errors
/// [`FhirError::TooLarge`] if the input is longer (it is not read further), [`FhirError::Io`]
/// if reading fails or the bytes are not UTF-8, else as [`profile_from_fhir`].
pub fn profile_from_fhir_reader(reader: impl Read, reference_date: &str) -> Result<FhirMapping, FhirError> {
    let mut buf = Vec::new();
    reader.take(MAX_FHIR_BYTES as u64 + 1).read_to_end(&mut buf).map_err(|e| FhirError::Io(e.to_string()))?;
    if buf.len() > MAX_FHIR_BYTES {
        return Err(FhirError::TooLarge { size: buf.len(), limit: MAX_FHIR_BYTES });
    }
    let text = String::from_utf8(buf).map_err(|e| FhirError::Io(format!("expected UTF-8 text, found {e}")))?;
    profile_from_fhir(&text, reference_date)
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock: the usual reference date.
pub fn today_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    map::Date::from_unix_days((secs / 86_400) as i64).to_string()
}

/// Like [`profile_from_fhir`], from parsed JSON (a CDS Hooks prefetch, say).
///
/// # Errors
/// As [`profile_from_fhir`].
pub fn profile_from_value(value: &serde_json::Value, reference_date: &str) -> Result<FhirMapping, FhirError> {
    let date = map::Date::parse(reference_date).ok_or_else(|| FhirError::ReferenceDate(reference_date.to_owned()))?;
    let mut resources = Vec::new();
    map::collect(value, "$", &mut resources)?;
    let mapping = map::map_resources(&resources, date);
    mapping.profile.validate()?;
    Ok(mapping)
}
