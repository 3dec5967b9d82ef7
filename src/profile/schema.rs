//! The parts of the profile's JSON Schema that derive cannot say: per-unit maxima and unit
//! aliases on each quantity, ectopic kinds only, no pregnancy with sex `male`. They live
//! beside the profile so that the schema and the parser are written from the same tables.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Value, json};

use super::{Dose, LabValue, ProfileField, total_field};
use crate::calcification::CalcificationKind;
use crate::nutrient::Nutrient;
use crate::term::Term;
use crate::units::{UNIT_ALIASES, Unit};

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

/// The spellings the parser accepts for `unit`: its code and its aliases.
fn spellings(u: Unit) -> impl Iterator<Item = &'static str> {
    std::iter::once(u.id()).chain(UNIT_ALIASES.iter().filter(move |(_, a)| *a == u).map(|(s, _)| *s))
}

/// Adds what derive cannot say about a supplement: the units (and aliases) its nutrient's
/// intake field accepts, that field's maximum per unit, and forms for vitamin K2 only.
pub(crate) fn supplement_rules(schema: &mut Schema) {
    let mut rules = Vec::new();
    for nutrient in Nutrient::all() {
        let field = total_field(nutrient);
        let units: Vec<&str> = field.accepted_units().iter().flat_map(|u| spellings(*u)).collect();
        let mut then = json!({"properties": {"unit": {"enum": units}}});
        let maxima: Vec<Value> = field
            .accepted_units()
            .iter()
            .filter_map(|u| {
                let names: Vec<&str> = spellings(*u).collect();
                Some(json!({
                    "if": {"properties": {"unit": {"enum": names}}, "required": ["unit"]},
                    "then": {"properties": {"amount": {"maximum": field.max_in(*u)?}}}
                }))
            })
            .collect();
        then["allOf"] = Value::Array(maxima);
        if nutrient != Nutrient::VitaminK2 {
            then["properties"]["form"] = json!({"type": "null"});
        }
        rules.push(json!({
            "if": {"properties": {"nutrient": {"const": nutrient.id()}}, "required": ["nutrient"]},
            "then": then
        }));
    }
    let all_units: Vec<&str> = Nutrient::all()
        .flat_map(|n| total_field(n).accepted_units().iter().copied())
        .fold(Vec::new(), |mut acc, u| {
            if !acc.contains(&u) {
                acc.push(u);
            }
            acc
        })
        .into_iter()
        .flat_map(spellings)
        .collect();
    let object = schema.ensure_object();
    if let Some(Value::Object(props)) = object.get_mut("properties") {
        let description = props.get("unit").and_then(|u| u.get("description")).cloned().unwrap_or(Value::Null);
        props.insert("unit".into(), json!({"description": description, "type": "string", "enum": all_units}));
    }
    object.insert("allOf".into(), Value::Array(rules));
}

/// Schema of a quantity field: the [`Dose`] or [`LabValue`] object with the field's accepted
/// units (and their aliases) and, per unit, the field's maximum.
fn quantity_schema<T: JsonSchema>(generator: &mut SchemaGenerator, field: ProfileField) -> Schema {
    let mut schema = T::json_schema(generator);
    let amount_key = if field.id().starts_with("labs.") { "value" } else { "amount" };
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
pub(crate) fn vitamin_k1_dose_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<Dose>(g, ProfileField::VitaminK1Intake)
}
pub(crate) fn phosphorus_dose_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<Dose>(g, ProfileField::PhosphorusIntake)
}
pub(crate) fn sodium_dose_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<Dose>(g, ProfileField::SodiumIntake)
}
pub(crate) fn albumin_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<LabValue>(g, ProfileField::SerumAlbumin)
}
pub(crate) fn ionized_calcium_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<LabValue>(g, ProfileField::IonizedCalcium)
}
pub(crate) fn phosphate_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<LabValue>(g, ProfileField::SerumPhosphate)
}
pub(crate) fn magnesium_lab_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<LabValue>(g, ProfileField::SerumMagnesium)
}
pub(crate) fn creatinine_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<LabValue>(g, ProfileField::SerumCreatinine)
}
pub(crate) fn egfr_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<LabValue>(g, ProfileField::Egfr)
}
pub(crate) fn pth_schema(g: &mut SchemaGenerator) -> Schema {
    quantity_schema::<LabValue>(g, ProfileField::Pth)
}
