//! JSON Schemas (draft 2020-12) for the crate's documents.

use schemars::{Schema, SchemaGenerator, json_schema};

use crate::calcification::CalcificationKind;
use crate::term::Term;

/// Schema of `diagnosed_calcifications`: ectopic kinds only.
pub(crate) fn ectopic_kinds_schema(_generator: &mut SchemaGenerator) -> Schema {
    let variants: Vec<serde_json::Value> = CalcificationKind::all()
        .filter(|k| k.is_ectopic())
        .map(|k| serde_json::json!({"const": k.id(), "description": k.definition()}))
        .collect();
    json_schema!({
        "description": "Diagnosed ectopic calcifications (absent or null: none reported).",
        "type": ["array", "null"],
        "items": {"oneOf": variants}
    })
}
