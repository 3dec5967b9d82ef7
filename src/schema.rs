//! JSON Schemas (draft 2020-12) for the crate's documents, and the files
//! `export_schemas` writes.
//!
//! The profile schema describes what the parser accepts (unit aliases, `null` as absent,
//! per-unit maxima); the assessment and knowledge schemas describe what the crate writes.
//! Non-standard `format` values that schemars emits (`double`, `uint8`, ...) are removed so
//! strict validators (ajv) accept the schemas.

use schemars::generate::SchemaSettings;
use schemars::transform::RestrictFormats;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Value, json};

use crate::assess::{Assessment, CRATE_VERSION};
use crate::calcification::CalcificationKind;
use crate::export::{KnowledgeDocument, knowledge_document};
use crate::profile::{Dose, LabValue, Profile, ProfileField};
use crate::term::Term;
use crate::units::UNIT_ALIASES;

/// The major version of the JSON contract.
pub const CONTRACT_VERSION: &str = "1";

/// The files [`documents`] returns and the `export_schemas` example writes, in order.
pub const FILE_NAMES: [&str; 4] =
    ["profile.schema.json", "assessment.schema.json", "knowledge.schema.json", "knowledge.json"];

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

/// The four exported files, as (file name, pretty JSON text ending in a newline).
pub fn documents() -> Vec<(&'static str, String)> {
    vec![
        (FILE_NAMES[0], pretty(&profile_schema())),
        (FILE_NAMES[1], pretty(&assessment_schema())),
        (FILE_NAMES[2], pretty(&knowledge_schema())),
        (FILE_NAMES[3], pretty(&knowledge_document())),
    ]
}

fn pretty<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("documents always serialise");
    s.push('\n');
    s
}

/// Adds the profile rule a schema can express: no `reproductive_status` with sex `male`.
pub(crate) fn no_pregnancy_when_male(schema: &mut Schema) {
    schema.ensure_object().insert("if".into(), json!({"properties": {"sex": {"const": "male"}}, "required": ["sex"]}));
    schema.ensure_object().insert("then".into(), json!({"properties": {"reproductive_status": {"type": "null"}}}));
}

/// Schema of `diagnosed_calcifications`: ectopic kinds only, `null` as none.
pub(crate) fn ectopic_kinds_schema(_generator: &mut SchemaGenerator) -> Schema {
    let variants: Vec<Value> = CalcificationKind::all()
        .filter(|k| k.is_ectopic())
        .map(|k| json!({"const": k.id(), "description": k.definition()}))
        .collect();
    json_schema!({
        "description": "Diagnosed ectopic calcifications (absent or null: none reported). Skeletal and dental calcification are physiological and refused here.",
        "type": ["array", "null"],
        "items": {"oneOf": variants}
    })
}

/// Schema of a quantity field: the [`Dose`] or [`LabValue`] object with the field's accepted
/// units (and their aliases) and, per unit, the field's maximum.
fn quantity_schema<T: JsonSchema>(generator: &mut SchemaGenerator, field: ProfileField) -> Schema {
    let mut schema = T::json_schema(generator);
    let amount_key = if field.id().starts_with("labs.") { "value" } else { "amount" };
    let spellings = |u: crate::units::Unit| {
        std::iter::once(u.id()).chain(UNIT_ALIASES.iter().filter(move |(_, a)| *a == u).map(|(s, _)| *s))
    };
    let accepted: Vec<&str> = field.accepted_units().iter().flat_map(|u| spellings(*u)).collect();
    let per_unit: Vec<Value> = field
        .accepted_units()
        .iter()
        .filter_map(|u| {
            let max = field.max_in(*u)?;
            let names: Vec<&str> = spellings(*u).collect();
            Some(json!({
                "if": {"properties": {"unit": {"type": "string", "enum": names}}, "required": ["unit"]},
                "then": {"properties": {amount_key: {"type": "number", "maximum": max}}}
            }))
        })
        .collect();
    let object = schema.ensure_object();
    let description = object
        .get("properties")
        .and_then(|p| p.get("unit"))
        .and_then(|u| u.get("description"))
        .cloned()
        .unwrap_or(Value::Null);
    if let Some(Value::Object(props)) = object.get_mut("properties") {
        props.insert("unit".into(), json!({"description": description, "type": "string", "enum": accepted}));
    }
    object.insert("allOf".into(), Value::Array(per_unit));
    object.insert("type".into(), json!(["object", "null"]));
    schema
}

pub(crate) fn vitamin_d_dose_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<Dose>(g, ProfileField::VitaminDIntake)
}
pub(crate) fn vitamin_k2_dose_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<Dose>(g, ProfileField::VitaminK2Intake)
}
pub(crate) fn magnesium_dose_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<Dose>(g, ProfileField::MagnesiumIntake)
}
pub(crate) fn magnesium_supplement_dose_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<Dose>(g, ProfileField::MagnesiumSupplement)
}
pub(crate) fn calcium_dose_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<Dose>(g, ProfileField::CalciumIntake)
}
pub(crate) fn serum_calcium_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<LabValue>(g, ProfileField::SerumCalcium)
}
pub(crate) fn calcidiol_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<LabValue>(g, ProfileField::Serum25HydroxyvitaminD)
}
