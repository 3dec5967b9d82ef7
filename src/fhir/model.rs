//! Minimal serde types for the few FHIR R4 elements the mapping reads. Unknown elements are
//! ignored (FHIR resources carry many); a known element of the wrong shape is an error that
//! names the resource and the element.

use serde::Deserialize;

/// `Coding`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Coding {
    /// Code system URI.
    #[serde(default)]
    pub system: Option<String>,
    /// The code.
    #[serde(default)]
    pub code: Option<String>,
}

/// `CodeableConcept`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CodeableConcept {
    /// The codings.
    #[serde(default)]
    pub coding: Vec<Coding>,
}

/// `Quantity`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Quantity {
    /// The value.
    #[serde(default)]
    pub value: Option<f64>,
    /// Human-readable unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// Unit system (UCUM).
    #[serde(default)]
    pub system: Option<String>,
    /// Coded unit.
    #[serde(default)]
    pub code: Option<String>,
}

/// `Reference`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Reference {
    /// Literal reference (`Patient/123`).
    #[serde(default)]
    pub reference: Option<String>,
}

/// `Patient`, the elements used.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Patient {
    /// Logical id.
    #[serde(default)]
    pub id: Option<String>,
    /// `male | female | other | unknown`.
    #[serde(default)]
    pub gender: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub birth_date: Option<String>,
}

/// `Observation`, the elements used.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    /// Logical id.
    #[serde(default)]
    pub id: Option<String>,
    /// `registered | preliminary | final | amended | ...`.
    #[serde(default)]
    pub status: Option<String>,
    /// What was observed.
    #[serde(default)]
    pub code: CodeableConcept,
    /// A quantity result.
    #[serde(default)]
    pub value_quantity: Option<Quantity>,
    /// A coded result.
    #[serde(default)]
    pub value_codeable_concept: Option<CodeableConcept>,
    /// When (dateTime).
    #[serde(default)]
    pub effective_date_time: Option<String>,
    /// The lab's reference ranges (the first with a bound is read).
    #[serde(default)]
    pub reference_range: Vec<ObservationReferenceRange>,
}

/// `Observation.referenceRange`, the elements used.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObservationReferenceRange {
    /// The lower limit.
    #[serde(default)]
    pub low: Option<Quantity>,
    /// The upper limit.
    #[serde(default)]
    pub high: Option<Quantity>,
}

/// `MedicationStatement` and `MedicationRequest`, the elements used.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MedicationUse {
    /// Logical id.
    #[serde(default)]
    pub id: Option<String>,
    /// Status.
    #[serde(default)]
    pub status: Option<String>,
    /// The medication as a code.
    #[serde(default)]
    pub medication_codeable_concept: Option<CodeableConcept>,
    /// The medication as a reference (not followed).
    #[serde(default)]
    pub medication_reference: Option<Reference>,
}

/// `Condition`, the elements used.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    /// Logical id.
    #[serde(default)]
    pub id: Option<String>,
    /// `active | recurrence | relapse | inactive | remission | resolved`.
    #[serde(default)]
    pub clinical_status: Option<CodeableConcept>,
    /// `unconfirmed | provisional | differential | confirmed | refuted | entered-in-error`.
    #[serde(default)]
    pub verification_status: Option<CodeableConcept>,
    /// The condition.
    #[serde(default)]
    pub code: CodeableConcept,
}

impl CodeableConcept {
    /// The first code of the concept (any system).
    pub fn first_code(&self) -> Option<&str> {
        self.coding.iter().find_map(|c| c.code.as_deref())
    }
}
