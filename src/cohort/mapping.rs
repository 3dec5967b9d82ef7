//! The CSV mapping document ([`CsvMapping`]) and the plan compiled from it and a header: which
//! cell goes to which profile field, in which unit, through which value map.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::CohortError;
use super::record::RecordError;
use crate::calcification::CalcificationKind;
use crate::clinical::{Condition, Medication};
use crate::error::ProfileError;
use crate::intervention::Intervention;
use crate::lifestyle::Diet;
use crate::profile::{
    ACTIVITY_MINUTES_PER_WEEK, AGE_YEARS, Bounds, Dose, FLUID_LITRES_PER_DAY, LabValue, MAX_PROFILE_BYTES, Profile,
    ProfileField,
};
use crate::reference::{ReproductiveStatus, Sex};
use crate::term::Term;
use crate::units::Unit;

/// The profile fields a CSV column can fill: every [`ProfileField`] id, `reproductive_status`,
/// and the lists `medications`, `conditions`, `diagnosed_calcifications`, `considering` (a
/// list may be filled by several columns, each cell adding one id).
pub const MAPPED_FIELDS: &[&str] = &[
    "age_years",
    "sex",
    "reproductive_status",
    "intake.vitamin_d",
    "intake.vitamin_k2",
    "intake.magnesium",
    "intake.magnesium_supplement",
    "intake.calcium",
    "labs.serum_calcium",
    "labs.serum_25_hydroxyvitamin_d",
    "intake.vitamin_k1",
    "intake.phosphorus",
    "intake.sodium",
    "labs.serum_albumin",
    "labs.ionized_calcium",
    "labs.serum_phosphate",
    "labs.serum_magnesium",
    "labs.serum_creatinine",
    "labs.egfr",
    "labs.pth",
    "fluid_litres_per_day",
    "activity_minutes_per_week",
    "diet",
    "medications",
    "conditions",
    "diagnosed_calcifications",
    "considering",
];

/// How a CSV's columns become profiles (a JSON document; schema
/// `schemas/cohort-mapping.schema.json`).
///
/// ```
/// use calcification::cohort::CsvMapping;
///
/// let mapping = CsvMapping::from_json(r#"{
///   "id": "SEQN", "weight": "WTMEC2YR",
///   "columns": {
///     "RIAGENDR": {"field": "sex", "values": {"1": "male", "2": "female"}},
///     "LBXVIDMS": {"field": "labs.serum_25_hydroxyvitamin_d", "unit": "nmol/L"}
///   }
/// }"#)?;
/// assert_eq!(mapping.columns.len(), 2);
///
/// let err = CsvMapping::from_json(r#"{"columns": {"X": {"field": "labs.serum_calcium", "unit": "ng/mL"}}}"#).unwrap_err();
/// assert_eq!(err.to_string(), "mapping: columns.X.unit: expected one of mg/dL, mmol/L for labs.serum_calcium, found \"ng/mL\"");
/// # Ok::<(), calcification::cohort::CohortError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CsvMapping {
    /// The column holding each record's id (any text), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The column holding each record's weight (a finite number at least 0, such as a survey
    /// weight), if any. Without one the summary is unweighted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<String>,
    /// The mapped columns, by their name in the header. Columns not named here are ignored.
    pub columns: BTreeMap<String, ColumnMapping>,
}

/// What one column holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ColumnMapping {
    /// The profile field the column fills: a `ProfileField` id, `reproductive_status`, or a
    /// list (`medications`, `conditions`, `diagnosed_calcifications`, `considering`).
    #[cfg_attr(feature = "schema", schemars(schema_with = "field_schema"))]
    pub field: String,
    /// The unit of every cell, required for intakes and labs (one the field accepts, e.g.
    /// `nmol/L` for `labs.serum_25_hydroxyvitamin_d`) and refused for other fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Codes the column uses, each to an id of the field's vocabulary or to `null` ("not
    /// reported"). For a coded field every non-empty cell must be one of the codes; for a
    /// numeric field the codes may only map to `null` (e.g. `"7777": null` for "refused") and
    /// other cells are read as numbers. Without a map a coded cell must be the id itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<BTreeMap<String, Option<String>>>,
}

#[cfg(feature = "schema")]
fn field_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "description": "The profile field the column fills.",
        "type": "string",
        "enum": MAPPED_FIELDS,
    })
}

/// What a column fills, with the vocabulary index of coded values.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Target {
    Number(ProfileField, Bounds),
    Quantity(ProfileField, Unit),
    Sex,
    Status,
    Diet,
    Medication,
    Condition,
    Diagnosed,
    Considering,
}

impl Target {
    fn parse(field: &str) -> Option<Self> {
        Some(match field {
            "reproductive_status" => Self::Status,
            "medications" => Self::Medication,
            "conditions" => Self::Condition,
            "diagnosed_calcifications" => Self::Diagnosed,
            "considering" => Self::Considering,
            _ => match ProfileField::from_id(field)? {
                ProfileField::AgeYears => Self::Number(ProfileField::AgeYears, AGE_YEARS),
                ProfileField::FluidLitresPerDay => Self::Number(ProfileField::FluidLitresPerDay, FLUID_LITRES_PER_DAY),
                ProfileField::ActivityMinutesPerWeek => {
                    Self::Number(ProfileField::ActivityMinutesPerWeek, ACTIVITY_MINUTES_PER_WEEK)
                }
                ProfileField::Sex => Self::Sex,
                ProfileField::Diet => Self::Diet,
                quantity if quantity.is_intake() || quantity.is_lab() => Self::Quantity(quantity, Unit::Microgram),
                // Derived from the supplements list or from other fields, not a column.
                _ => return None,
            },
        })
    }

    /// The ids a coded target accepts (empty for numbers).
    fn ids(self) -> Vec<&'static str> {
        fn ids<T: Term>() -> Vec<&'static str> {
            T::all().map(Term::id).collect()
        }
        match self {
            Self::Number(..) | Self::Quantity(..) => Vec::new(),
            Self::Sex => ids::<Sex>(),
            Self::Status => ids::<ReproductiveStatus>(),
            Self::Diet => ids::<Diet>(),
            Self::Medication => ids::<Medication>(),
            Self::Condition => ids::<Condition>(),
            Self::Diagnosed => CalcificationKind::all().filter(|k| k.is_ectopic()).map(Term::id).collect(),
            Self::Considering => ids::<Intervention>(),
        }
    }

    fn is_list(self) -> bool {
        matches!(self, Self::Medication | Self::Condition | Self::Diagnosed | Self::Considering)
    }

    fn is_coded(self) -> bool {
        !matches!(self, Self::Number(..) | Self::Quantity(..))
    }
}

/// One mapped column of the header.
#[derive(Clone, Debug)]
struct Column {
    index: usize,
    name: String,
    field: &'static str,
    target: Target,
    /// (code, index into `target.ids()` or `None` for "not reported").
    codes: Vec<(Box<[u8]>, Option<usize>)>,
    ids: Vec<&'static str>,
}

/// The mapping compiled against a header: what the decoder needs for every row.
#[derive(Clone, Debug)]
pub(super) struct CsvPlan {
    header: Vec<String>,
    id: Option<usize>,
    weight: Option<usize>,
    columns: Vec<Column>,
}

fn mapping_error(path: String, message: String) -> CohortError {
    CohortError::Mapping { path, message }
}

/// A JSON path segment for a column name (`columns.SEQN` or `columns["a b"]`).
fn column_path(name: &str) -> String {
    if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        format!("columns.{name}")
    } else {
        format!("columns[{name:?}]")
    }
}

impl CsvMapping {
    /// Parses and checks a mapping document: every field is one of [`MAPPED_FIELDS`], every
    /// unit one its field accepts, every value-map target an id of the field's vocabulary.
    ///
    /// # Errors
    /// [`CohortError::Mapping`] naming the JSON path in the mapping.
    pub fn from_json(json: &str) -> Result<Self, CohortError> {
        if json.len() > MAX_PROFILE_BYTES {
            return Err(mapping_error(
                "mapping".into(),
                format!("expected at most {MAX_PROFILE_BYTES} bytes, found {}", json.len()),
            ));
        }
        let problem = |path: String, e: serde_json::Error| {
            let full = e.to_string();
            let position = format!(" at line {} column {}", e.line(), e.column());
            let message = full.strip_suffix(&position).unwrap_or(&full).replace('`', "\"");
            mapping_error(path, format!("{message} (line {}, column {})", e.line(), e.column()))
        };
        let mut de = serde_json::Deserializer::from_str(json);
        let mapping: Self = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            problem(if path == "." { "mapping".to_owned() } else { path }, e.into_inner())
        })?;
        de.end().map_err(|e| problem("mapping".to_owned(), e))?;
        mapping.check()?;
        Ok(mapping)
    }

    /// Checks fields, units and value maps (what [`from_json`](Self::from_json) checks after
    /// parsing; call it on a mapping built in Rust).
    ///
    /// # Errors
    /// [`CohortError::Mapping`] naming the JSON path in the mapping.
    pub fn check(&self) -> Result<(), CohortError> {
        let mut filled: BTreeMap<&str, &str> = BTreeMap::new();
        for (name, column) in &self.columns {
            self.compile_column(name, column, 0)?;
            let target = Target::parse(&column.field).expect("checked by compile_column");
            if !target.is_list()
                && let Some(other) = filled.insert(&column.field, name)
            {
                return Err(mapping_error(
                    format!("{}.field", column_path(name)),
                    format!(
                        "expected each field filled by one column, found {:?} also filled by {other:?}",
                        column.field
                    ),
                ));
            }
        }
        for (role, column) in [("id", &self.id), ("weight", &self.weight)] {
            if let Some(column) = column
                && self.columns.contains_key(column)
            {
                return Err(mapping_error(
                    role.into(),
                    format!("expected a column not mapped to a field, found {column:?}, also in columns"),
                ));
            }
        }
        Ok(())
    }

    fn compile_column(&self, name: &str, column: &ColumnMapping, index: usize) -> Result<Column, CohortError> {
        let path = column_path(name);
        let Some(mut target) = Target::parse(&column.field) else {
            return Err(mapping_error(
                format!("{path}.field"),
                format!("expected one of {}, found {:?}", MAPPED_FIELDS.join(", "), column.field),
            ));
        };
        let field = MAPPED_FIELDS.iter().copied().find(|f| *f == column.field).expect("parsed");
        match (&mut target, &column.unit) {
            (Target::Quantity(quantity, unit), Some(given)) => {
                let accepted = quantity.accepted_units();
                let list = accepted.iter().map(|u| u.id()).collect::<Vec<_>>().join(", ");
                *unit = Unit::from_code_or_alias(given).filter(|u| accepted.contains(u)).ok_or_else(|| {
                    mapping_error(
                        format!("{path}.unit"),
                        format!("expected one of {list} for {field}, found {given:?}"),
                    )
                })?;
            }
            (Target::Quantity(quantity, _), None) => {
                let list = quantity.accepted_units().iter().map(|u| u.id()).collect::<Vec<_>>().join(", ");
                return Err(mapping_error(
                    format!("{path}.unit"),
                    format!("expected the unit of the column (one of {list}) for {field}, found none"),
                ));
            }
            (_, Some(given)) => {
                return Err(mapping_error(
                    format!("{path}.unit"),
                    format!("expected no unit for {field} (it is not an intake or a lab), found {given:?}"),
                ));
            }
            (_, None) => {}
        }
        let ids = target.ids();
        let mut codes = Vec::new();
        for (code, id) in column.values.iter().flatten() {
            let index = match id {
                None => None,
                Some(id) if target.is_coded() => Some(ids.iter().position(|i| i == id).ok_or_else(|| {
                    mapping_error(
                        format!("{path}.values[{code:?}]"),
                        format!("expected one of {} or null, found {id:?}", ids.join(", ")),
                    )
                })?),
                Some(id) => {
                    return Err(mapping_error(
                        format!("{path}.values[{code:?}]"),
                        format!(
                            "expected null (a numeric column's codes can only mean \"not reported\"), found {id:?}"
                        ),
                    ));
                }
            };
            codes.push((code.trim().as_bytes().into(), index));
        }
        Ok(Column { index, name: name.to_owned(), field, target, codes, ids })
    }

    /// Compiles the mapping against a CSV header.
    pub(super) fn plan(&self, header: &csv::ByteRecord) -> Result<CsvPlan, CohortError> {
        self.check()?;
        let mut names = Vec::with_capacity(header.len());
        for (i, cell) in header.iter().enumerate() {
            let name = std::str::from_utf8(cell).map_err(|_| CohortError::Header {
                message: format!("column {}: expected a UTF-8 name, found other bytes", i + 1),
            })?;
            let name = name.trim().trim_start_matches('\u{feff}').to_owned();
            if names.contains(&name) && self.names().any(|n| n == name) {
                return Err(CohortError::Header {
                    message: format!("expected each mapped column once, found {name:?} twice"),
                });
            }
            names.push(name);
        }
        let find = |name: &str, path: String| {
            names.iter().position(|n| n == name).ok_or_else(|| {
                mapping_error(path, format!("expected a column of the CSV header, found {name:?} (not in the header)"))
            })
        };
        let id = self.id.as_deref().map(|c| find(c, "id".into())).transpose()?;
        let weight = self.weight.as_deref().map(|c| find(c, "weight".into())).transpose()?;
        let mut columns = Vec::new();
        for (name, column) in &self.columns {
            let index = find(name, column_path(name))?;
            columns.push(self.compile_column(name, column, index)?);
        }
        Ok(CsvPlan { header: names, id, weight, columns })
    }

    fn names(&self) -> impl Iterator<Item = &str> {
        self.id.iter().chain(&self.weight).map(String::as_str).chain(self.columns.keys().map(String::as_str))
    }
}

/// A cell's text, trimmed; `None` when empty.
fn cell<'r>(
    plan: &CsvPlan,
    line: u64,
    record: &'r csv::ByteRecord,
    index: usize,
) -> Result<Option<&'r str>, RecordError> {
    let bytes = record.get(index).unwrap_or_default().trim_ascii();
    if bytes.is_empty() {
        return Ok(None);
    }
    std::str::from_utf8(bytes).map(Some).map_err(|e| RecordError::Csv {
        line,
        column: plan.header[index].clone(),
        message: format!("expected UTF-8 text, found byte {:#04x}", bytes[e.valid_up_to()]),
    })
}

fn number(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

impl CsvPlan {
    /// The number of fields each row must have.
    pub(super) fn width(&self) -> usize {
        self.header.len()
    }

    /// Decodes one row: (id, weight, validated profile).
    pub(super) fn decode(
        &self,
        line: u64,
        record: &csv::ByteRecord,
    ) -> (Option<String>, Option<f64>, Result<Profile, RecordError>) {
        let id = self.id.and_then(|i| cell(self, line, record, i).ok().flatten()).map(str::to_owned);
        if record.len() != self.width() {
            let column = self.header.get(record.len().min(self.width().saturating_sub(1))).cloned().unwrap_or_default();
            let what = if record.len() < self.width() { " (a truncated line?)" } else { "" };
            let message = format!("expected {} fields, found {}{what}", self.width(), record.len());
            return (id, None, Err(RecordError::Csv { line, column, message }));
        }
        let weight = match self.weight_of(line, record) {
            Ok(w) => w,
            Err(e) => return (id, None, Err(e)),
        };
        (id, weight, self.profile(line, record))
    }

    fn weight_of(&self, line: u64, record: &csv::ByteRecord) -> Result<Option<f64>, RecordError> {
        let Some(i) = self.weight else { return Ok(None) };
        let error = |found: String| RecordError::Csv {
            line,
            column: self.header[i].clone(),
            message: format!("expected a weight (a finite number at least 0), found {found}"),
        };
        match cell(self, line, record, i)? {
            None => Err(error("an empty cell".into())),
            Some(text) => number(text).filter(|w| *w >= 0.0).map(Some).ok_or_else(|| error(format!("{text:?}"))),
        }
    }

    fn profile(&self, line: u64, record: &csv::ByteRecord) -> Result<Profile, RecordError> {
        let mut p = Profile::default();
        for column in &self.columns {
            let Some(text) = cell(self, line, record, column.index)? else { continue };
            let error = |message: String| RecordError::Csv { line, column: column.name.clone(), message };
            let code = column.codes.iter().find(|(c, _)| **c == *text.as_bytes()).map(|(_, i)| *i);
            let index = match (code, column.target.is_coded()) {
                (Some(None), _) => continue,
                (Some(Some(i)), _) => i,
                (None, true) if !column.codes.is_empty() => {
                    let codes: Vec<String> =
                        column.codes.iter().map(|(c, _)| String::from_utf8_lossy(c).into_owned()).collect();
                    return Err(error(format!("expected one of the codes {}, found {text:?}", codes.join(", "))));
                }
                (None, true) => column
                    .ids
                    .iter()
                    .position(|id| *id == text)
                    .ok_or_else(|| error(format!("expected one of {}, found {text:?}", column.ids.join(", "))))?,
                (None, false) => usize::MAX,
            };
            let value =
                || number(text).ok_or_else(|| error(format!("expected a number ({}), found {text:?}", column.field)));
            match column.target {
                Target::Number(field, bounds) => {
                    let v = bounds.check(value()?).map_err(|e| error(e.to_string()))?;
                    match field {
                        ProfileField::AgeYears => p.age_years = Some(v),
                        ProfileField::FluidLitresPerDay => p.fluid_litres_per_day = Some(v),
                        _ => p.activity_minutes_per_week = Some(v),
                    }
                }
                Target::Quantity(field, unit) => {
                    let v = value()?;
                    // `Target::parse` makes quantities of intake and lab fields only.
                    if !p.set_dose(field, Dose::new(v, unit)) {
                        p.set_lab(field, LabValue::new(v, unit));
                    }
                }
                Target::Sex => p.sex = Some(Sex::ALL[index]),
                Target::Status => p.reproductive_status = Some(ReproductiveStatus::ALL[index]),
                Target::Diet => p.diet = Some(Diet::ALL[index]),
                Target::Medication => p.medications.push(Medication::ALL[index]),
                Target::Condition => p.conditions.push(Condition::ALL[index]),
                Target::Diagnosed => p
                    .diagnosed_calcifications
                    .push(CalcificationKind::from_id(column.ids[index]).expect("ids come from the vocabulary")),
                Target::Considering => p.considering.push(Intervention::ALL[index]),
            }
        }
        p.validate().map_err(|e| self.locate(line, e))?;
        Ok(p)
    }

    /// A validation error, named by the column that filled the field.
    fn locate(&self, line: u64, error: ProfileError) -> RecordError {
        let (path, message) = match error {
            ProfileError::Invalid { path, message } => (path, message),
            other => (String::new(), other.to_string()),
        };
        let column = self
            .columns
            .iter()
            .find(|c| {
                !c.target.is_list()
                    && (path == c.field || path.strip_prefix(c.field).is_some_and(|r| r.starts_with('.')))
            })
            .map_or_else(|| path.clone(), |c| c.name.clone());
        RecordError::Csv { line, column, message }
    }
}
