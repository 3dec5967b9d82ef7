//! JSON Schemas (draft 2020-12) for the crate's documents, and the files
//! `export_schemas` writes.
//!
//! The profile schema describes what the parser accepts (unit aliases, `null` as absent,
//! per-unit maxima); the assessment and knowledge schemas describe what the crate writes.
//! Non-standard `format` values that schemars emits (`double`, `uint8`, ...) are removed so
//! strict validators (ajv) accept the schemas.

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::RestrictFormats;
use serde_json::json;

use crate::assess::Assessment;
use crate::export::{KnowledgeDocument, knowledge_document};
use crate::profile::Profile;
use crate::reference::Targets;
use crate::version::CRATE_VERSION;

pub use crate::version::CONTRACT_VERSION;

/// The files [`documents`] returns and the `export_schemas` example writes, in order (the
/// three `cohort-*` schemas with the `cohort` feature).
#[cfg(feature = "cohort")]
pub const FILE_NAMES: &[&str] = &[
    "profile.schema.json",
    "assessment.schema.json",
    "knowledge.schema.json",
    "knowledge.json",
    "targets.schema.json",
    "cohort-mapping.schema.json",
    "cohort-record.schema.json",
    "cohort-summary.schema.json",
];
/// The files [`documents`] returns and the `export_schemas` example writes, in order.
#[cfg(not(feature = "cohort"))]
pub const FILE_NAMES: &[&str] = &[
    "profile.schema.json",
    "assessment.schema.json",
    "knowledge.schema.json",
    "knowledge.json",
    "targets.schema.json",
];

fn settings() -> SchemaSettings {
    SchemaSettings::draft2020_12().with_transform(RestrictFormats::default())
}

fn finish(mut schema: Schema, name: &str, title: &str) -> Schema {
    let object = schema.ensure_object();
    object.insert("$id".into(), json!(format!("urn:calcification:schema:{name}:v{CONTRACT_VERSION}")));
    object.insert("title".into(), json!(title));
    object.insert(
        "$comment".into(),
        json!(format!("calcification JSON contract v{CONTRACT_VERSION}, written by calcification {CRATE_VERSION}")),
    );
    schema
}

/// Schema of the input document, [`Profile`].
pub fn profile_schema() -> Schema {
    let schema = settings().for_deserialize().into_generator().into_root_schema_for::<Profile>();
    finish(schema, "profile", "Profile")
}

/// Schema of the output document, [`Assessment`].
pub fn assessment_schema() -> Schema {
    let schema = settings().for_serialize().into_generator().into_root_schema_for::<Assessment>();
    finish(schema, "assessment", "Assessment")
}

/// Schema of `knowledge.json`, [`KnowledgeDocument`].
pub fn knowledge_schema() -> Schema {
    let schema = settings().for_serialize().into_generator().into_root_schema_for::<KnowledgeDocument>();
    finish(schema, "knowledge", "Knowledge base")
}

/// Schema of a life stage's reference values, [`Targets`] (the `targets` example's JSON).
pub fn targets_schema() -> Schema {
    let schema = settings().for_serialize().into_generator().into_root_schema_for::<Targets>();
    finish(schema, "targets", "Targets")
}

/// Schema of the CSV mapping document, [`CsvMapping`](crate::cohort::CsvMapping).
#[cfg(feature = "cohort")]
pub fn cohort_mapping_schema() -> Schema {
    let schema = settings().for_deserialize().into_generator().into_root_schema_for::<crate::cohort::CsvMapping>();
    finish(schema, "cohort-mapping", "Cohort CSV mapping")
}

/// Schema of one line of per-record output, [`RecordDocument`](crate::cohort::RecordDocument).
#[cfg(feature = "cohort")]
pub fn cohort_record_schema() -> Schema {
    let schema = settings().for_serialize().into_generator().into_root_schema_for::<crate::cohort::RecordDocument>();
    finish(schema, "cohort-record", "Cohort record result")
}

/// Schema of a cohort summary, [`SummaryDocument`](crate::cohort::SummaryDocument).
#[cfg(feature = "cohort")]
pub fn cohort_summary_schema() -> Schema {
    let schema = settings().for_serialize().into_generator().into_root_schema_for::<crate::cohort::SummaryDocument>();
    finish(schema, "cohort-summary", "Cohort summary")
}

/// The exported files ([`FILE_NAMES`]), as (file name, pretty JSON text ending in a newline).
pub fn documents() -> Vec<(&'static str, String)> {
    #[allow(unused_mut)] // without the cohort feature nothing is added
    let mut out = vec![
        (FILE_NAMES[0], pretty(&profile_schema())),
        (FILE_NAMES[1], pretty(&assessment_schema())),
        (FILE_NAMES[2], pretty(&knowledge_schema())),
        (FILE_NAMES[3], pretty(&knowledge_document())),
        (FILE_NAMES[4], pretty(&targets_schema())),
    ];
    #[cfg(feature = "cohort")]
    out.extend([
        (FILE_NAMES[5], pretty(&cohort_mapping_schema())),
        (FILE_NAMES[6], pretty(&cohort_record_schema())),
        (FILE_NAMES[7], pretty(&cohort_summary_schema())),
    ]);
    out
}

fn pretty<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("documents always serialise");
    s.push('\n');
    s
}
