//! Findings as FHIR R4 `DetectedIssue` resources.
//!
//! - `status`: `final` (DetectedIssue.status is bound to ObservationStatus in R4).
//! - `code`: a coding of the crate's own system [`CAUTION_SYSTEM`] with the caution id (no
//!   v3-ActCode category is asserted: none was confirmed to fit a nutrient or lab caution).
//! - `severity`: the finding's severity mapped by [`severity_code`]: info → `low`,
//!   warning → `moderate`, critical → `high`.
//! - `patient`: the Patient read, when there was one; `identifiedDateTime`: the reference date.
//! - `detail`: the summary and each reason that held, with observed value and threshold.
//! - `evidence`: references to the resources (Observations, Patient) that supplied the
//!   observed values that decided it.
//! - `reference`: the link of the finding's primary source.

use serde_json::{Value, json};

use super::MappingReport;
use crate::assess::{Assessment, Finding};
use crate::rule::Severity;

pub use crate::cds::CAUTION_SYSTEM;

/// `DetectedIssue.severity` of a finding's severity: info → `low`, warning → `moderate`,
/// critical → `high` (FHIR R4 detectedissue-severity).
///
/// ```
/// use calcification::{Severity, fhir::severity_code};
/// assert_eq!(severity_code(Severity::Critical), "high");
/// ```
pub fn severity_code(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "low",
        Severity::Warning => "moderate",
        Severity::Critical => "high",
    }
}

/// One `DetectedIssue` per finding of `assessment`, with evidence from `report` (the
/// mapping that produced the assessed profile; an empty report gives no evidence or patient).
///
/// ```
/// use calcification::{assess, fhir::{detected_issues, profile_from_fhir}};
///
/// let m = profile_from_fhir(r#"[{"resourceType": "Observation", "id": "ca", "status": "final",
///   "code": {"coding": [{"system": "http://loinc.org", "code": "17861-6"}]},
///   "valueQuantity": {"value": 12.2, "system": "http://unitsofmeasure.org", "code": "mg/dL"}}]"#, "2026-01-01")?;
/// let issues = detected_issues(&assess(&m.profile)?, &m.report);
/// assert_eq!(issues[0]["severity"], "high");
/// assert_eq!(issues[0]["evidence"][0]["detail"][0]["reference"], "Observation/ca");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn detected_issues(assessment: &Assessment, report: &MappingReport) -> Vec<Value> {
    assessment.findings.iter().map(|f| detected_issue(f, report)).collect()
}

fn detected_issue(finding: &Finding, report: &MappingReport) -> Value {
    let mut detail = finding.summary.to_string();
    for reason in finding.because.iter().filter(|r| r.holds) {
        detail.push_str("\n- ");
        detail.push_str(&reason.statement);
    }
    let mut evidence: Vec<&str> = Vec::new();
    // A derived value's evidence is the resources it was derived from.
    let fields = finding.because.iter().filter_map(|r| r.observed.as_ref()).flat_map(|o| {
        std::iter::once(o.field)
            .chain(o.field.derived_inputs().iter().copied())
            .chain(o.field.derived_refinements().iter().copied())
    });
    for resource in fields.filter_map(|field| report.source_of(field)) {
        if !evidence.contains(&resource) {
            evidence.push(resource);
        }
    }
    let mut issue = json!({
        "resourceType": "DetectedIssue",
        "id": format!("calcification-{}", finding.caution.id().replace('_', "-")),
        "status": "final",
        "code": {"coding": [{"system": CAUTION_SYSTEM, "code": finding.caution.id(), "display": finding.caution.label()}],
                 "text": finding.summary},
        "severity": severity_code(finding.severity),
        "identifiedDateTime": report.reference_date,
        "detail": detail,
    });
    if report.reference_date.is_empty() {
        issue.as_object_mut().map(|o| o.remove("identifiedDateTime"));
    }
    if let Some(patient) = &report.patient {
        issue["patient"] = json!({"reference": patient});
    }
    if !evidence.is_empty() {
        let refs: Vec<Value> = evidence.iter().map(|r| json!({"reference": r})).collect();
        issue["evidence"] = json!([{"detail": refs}]);
    }
    if let Some(link) = finding.sources.first().and_then(|s| s.details().link()) {
        issue["reference"] = Value::String(link);
    }
    issue
}
