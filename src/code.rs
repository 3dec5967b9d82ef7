//! Codes in external terminologies (HPO, ICD-10-CM, ChEBI, USDA FoodData Central).

use serde::Serialize;

use crate::term::vocabulary;

vocabulary! {
    /// A code system the crate maps its concepts to.
    pub enum CodeSystem in "code_system" {
        /// Human Phenotype Ontology.
        Hpo = "hpo", "HPO";
        /// International Classification of Diseases, 10th revision, Clinical Modification.
        Icd10Cm = "icd10cm", "ICD-10-CM";
        /// Chemical Entities of Biological Interest (no HL7-registered URI).
        Chebi = "chebi", "ChEBI";
        /// USDA FoodData Central nutrient ids (no HL7-registered URI).
        FdcNutrient = "fdc_nutrient", "USDA FoodData Central nutrient";
    }
}

impl CodeSystem {
    /// The system URI (the HL7-registered one where it exists).
    pub const fn uri(self) -> &'static str {
        match self {
            Self::Hpo => "http://human-phenotype-ontology.org",
            Self::Icd10Cm => "http://hl7.org/fhir/sid/icd-10-cm",
            Self::Chebi => "http://purl.obolibrary.org/obo/chebi.owl",
            Self::FdcNutrient => "https://fdc.nal.usda.gov",
        }
    }

    /// Whether [`uri`](Self::uri) is registered with HL7 (FHIR terminology); ChEBI and
    /// FoodData Central are not, so their URIs are informal.
    pub fn is_hl7_registered(self) -> bool {
        matches!(self, Self::Hpo | Self::Icd10Cm)
    }
}

vocabulary! {
    /// How closely an external code matches the concept it is attached to.
    pub enum CodeMatch in "code_match" {
        /// The code means the concept.
        Exact = "exact", "Exact";
        /// The code is related but narrower, broader or not equivalent (e.g. I70.0 for vascular calcification).
        Related = "related", "Related";
    }
}

/// A code in an external terminology.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Code {
    /// The terminology.
    pub system: CodeSystem,
    /// The system's URI, copied from [`CodeSystem::uri`] for consumers of the JSON.
    pub system_uri: &'static str,
    /// The code, e.g. `HP:0004934` or `E83.52`.
    pub code: &'static str,
    /// The code's display text in its system.
    pub display: &'static str,
    /// How closely the code matches.
    #[serde(rename = "match")]
    pub matches: CodeMatch,
}

impl Code {
    pub(crate) const fn new(system: CodeSystem, code: &'static str, display: &'static str, matches: CodeMatch) -> Self {
        Self { system, system_uri: system.uri(), code, display, matches }
    }
}

pub(crate) const fn hpo(code: &'static str, display: &'static str, matches: CodeMatch) -> Code {
    Code::new(CodeSystem::Hpo, code, display, matches)
}
pub(crate) const fn icd(code: &'static str, display: &'static str, matches: CodeMatch) -> Code {
    Code::new(CodeSystem::Icd10Cm, code, display, matches)
}
pub(crate) const fn chebi(code: &'static str, display: &'static str) -> Code {
    Code::new(CodeSystem::Chebi, code, display, CodeMatch::Exact)
}
pub(crate) const fn fdc(code: &'static str, display: &'static str) -> Code {
    Code::new(CodeSystem::FdcNutrient, code, display, CodeMatch::Related)
}
