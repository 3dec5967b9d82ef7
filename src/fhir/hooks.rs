//! The answers of a CDS Hooks service (`patient-view`), as JSON, without an HTTP stack: the
//! example `cds_service` serves them with axum; tests call them over HTTP.
//!
//! - [`discovery`]: `GET /cds-services`, one service with prefetch templates for the Patient,
//!   the lab LOINC codes of [`LAB_CODES`], pregnancy status,
//!   medications and conditions.
//! - [`patient_view`]: `POST /cds-services/calcification-patient-view`. The `patient`
//!   prefetch is required (age and sex): omitted, or `null`, it is answered with 412, since
//!   this service does not query the client's FHIR server. Other keys omitted ("not asked or
//!   failed") or `null` ("asked, nothing found") become "not reported"; the cards say which
//!   cautions could not be assessed and which prefetch keys were missing. A malformed request
//!   is a 400 whose `error` names the JSON path.

use serde_json::{Value, json};

use super::codes::{LAB_CODES, LOINC, PREGNANCY_STATUS};
use super::profile_from_value;
use crate::assess::assess;

/// The service's id in discovery and its URL.
pub const SERVICE_ID: &str = "calcification-patient-view";

/// The prefetch key the service cannot do without.
pub const REQUIRED_PREFETCH: &str = "patient";

/// A hook request that cannot be answered with cards: an HTTP status and a JSON body
/// `{"error": ...}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HookError {
    /// 400 (malformed request) or 412 (the required prefetch is missing).
    pub status: u16,
    /// The message: what was expected, found, where.
    pub message: String,
}

impl HookError {
    /// The JSON body: `{"error": message}`.
    pub fn body(&self) -> Value {
        json!({"error": self.message})
    }

    fn bad(message: String) -> Self {
        Self { status: 400, message }
    }
}

/// The prefetch templates: key and FHIR query.
pub fn prefetch_templates() -> Vec<(String, String)> {
    let mut templates = vec![(REQUIRED_PREFETCH.to_owned(), "Patient/{{context.patientId}}".to_owned())];
    let mut labs: Vec<&str> = LAB_CODES.iter().map(|l| l.code).collect();
    labs.push(PREGNANCY_STATUS);
    let codes: Vec<String> = labs.iter().map(|c| format!("{LOINC}|{c}")).collect();
    templates.push((
        "observations".to_owned(),
        format!("Observation?patient={{{{context.patientId}}}}&code={}&_sort=-date", codes.join(",")),
    ));
    templates
        .push(("medication_statements".to_owned(), "MedicationStatement?patient={{context.patientId}}".to_owned()));
    templates.push((
        "medication_requests".to_owned(),
        "MedicationRequest?patient={{context.patientId}}&status=active".to_owned(),
    ));
    templates.push(("conditions".to_owned(), "Condition?patient={{context.patientId}}".to_owned()));
    templates
}

/// The discovery document (`GET /cds-services`).
///
/// ```
/// let d = calcification::fhir::hooks::discovery();
/// assert_eq!(d["services"][0]["hook"], "patient-view");
/// assert!(d["services"][0]["prefetch"]["observations"].as_str().unwrap().contains("62292-8"));
/// ```
pub fn discovery() -> Value {
    let prefetch: serde_json::Map<String, Value> =
        prefetch_templates().into_iter().map(|(k, v)| (k, Value::String(v))).collect();
    json!({"services": [{
        "hook": "patient-view",
        "title": "Calcification cautions",
        "description": "Flags, explains and cites calcium, vitamin D, vitamin K and magnesium cautions from the patient's labs, medications and conditions (not medical advice).",
        "id": SERVICE_ID,
        "prefetch": prefetch,
    }]})
}

/// Answers a `patient-view` hook request (the raw body) with `{"cards": [...]}`, computing
/// ages at `reference_date` (`YYYY-MM-DD`).
///
/// # Errors
/// [`HookError`] with status 400 for malformed requests (not JSON, wrong hook, no
/// `hookInstance`, no `context.patientId`, a prefetch that is not FHIR) and 412 when the
/// `patient` prefetch is omitted or `null`.
///
/// ```
/// use calcification::fhir::hooks::patient_view;
///
/// let body = br#"{"hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
///   "context": {"userId": "Practitioner/1", "patientId": "1"}, "prefetch": {}}"#;
/// assert_eq!(patient_view(body, "2026-01-15").unwrap_err().status, 412);
/// ```
pub fn patient_view(body: &[u8], reference_date: &str) -> Result<Value, HookError> {
    let request: Value =
        serde_json::from_slice(body).map_err(|e| HookError::bad(format!("request body: expected JSON, {e}")))?;
    let object = request.as_object().ok_or_else(|| HookError::bad("$: expected a hook request object".to_owned()))?;
    match object.get("hook").and_then(Value::as_str) {
        Some("patient-view") => {}
        Some(other) => return Err(HookError::bad(format!("hook: expected \"patient-view\", found {other:?}"))),
        None => return Err(HookError::bad("hook: expected \"patient-view\", found nothing".to_owned())),
    }
    if object.get("hookInstance").and_then(Value::as_str).is_none_or(str::is_empty) {
        return Err(HookError::bad("hookInstance: expected a string, found nothing".to_owned()));
    }
    let patient_id = object.get("context").and_then(|c| c.get("patientId")).and_then(Value::as_str);
    if patient_id.is_none_or(str::is_empty) {
        return Err(HookError::bad("context.patientId: expected a string, found nothing".to_owned()));
    }
    let prefetch = match object.get("prefetch") {
        None | Some(Value::Null) => serde_json::Map::new(),
        Some(Value::Object(p)) => p.clone(),
        Some(_) => return Err(HookError::bad("prefetch: expected an object of prefetch results".to_owned())),
    };
    let missing = |why: &str| HookError {
        status: 412,
        message: format!(
            "prefetch.{REQUIRED_PREFETCH}: {why}; this service needs the Patient (age, sex) and does not query the FHIR server"
        ),
    };
    match prefetch.get(REQUIRED_PREFETCH) {
        None => return Err(missing("omitted")),
        Some(Value::Null) => return Err(missing("null (no Patient found)")),
        Some(_) => {}
    }
    let mut resources = Vec::new();
    let mut not_supplied = Vec::new();
    for (key, _) in prefetch_templates() {
        match prefetch.get(&key) {
            None => not_supplied.push(format!("`{key}` (not supplied)")),
            Some(Value::Null) => not_supplied.push(format!("`{key}` (none found)")),
            Some(value) => resources.push(value.clone()),
        }
    }
    let mapping = profile_from_value(&Value::Array(resources), reference_date)
        .map_err(|e| HookError::bad(format!("prefetch: {}", e.to_string().replacen("$[", "[", 1))))?;
    let assessment = assess(&mapping.profile).map_err(|e| HookError::bad(format!("prefetch: {e}")))?;
    let mut response = assessment.to_cds_response();
    if !not_supplied.is_empty()
        && let Some(last) = response.cards.last_mut().filter(|_| !assessment.not_assessed.is_empty())
    {
        last.detail = format!("Prefetch without data: {}.\n\n{}", not_supplied.join(", "), last.detail);
    }
    Ok(serde_json::to_value(response).expect("cards always serialise"))
}
