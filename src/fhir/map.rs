//! The mapping itself: resources in, profile and report out. Reads the tables of `codes.rs`.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::codes::{
    CONDITION_CODES, ConditionTarget, LAB_CODES, LAB_CODES_NOT_MAPPED, LOINC, MEDICATION_CODES, PREGNANCY_ANSWERS,
    PREGNANCY_STATUS, UCUM,
};
use super::model::{self, CodeableConcept};
use super::{FhirError, FhirMapping, MappingEntry, MappingReport, Outcome};
use crate::profile::{LabValue, Profile, ProfileField, ReferenceRange};
use crate::reference::{ReproductiveStatus, Sex};
use crate::units::Unit;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Date {
    year: i32,
    month: u32,
    day: u32,
}

impl Date {
    /// `YYYY-MM-DD` (FHIR `date` with day precision); `None` otherwise.
    pub(crate) fn parse(s: &str) -> Option<Date> {
        let mut parts = s.splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date { year: y.parse().ok()?, month: m.parse().ok()?, day: d.parse().ok()? };
        let days = match date.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0) => 29,
            2 => 28,
            _ => return None,
        };
        (date.day >= 1 && date.day <= days).then_some(date)
    }

    /// The date `days` days after 1970-01-01 (H. Hinnant's civil-from-days algorithm).
    pub(crate) fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Completed months from `self` to `later` (negative if `later` is earlier).
    fn months_until(self, later: Date) -> i64 {
        let months = i64::from(later.year - self.year) * 12 + i64::from(later.month) - i64::from(self.month);
        if later.day < self.day { months - 1 } else { months }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Flattens a Bundle, a resource or an array of resources into (JSON path, resource).
pub(super) fn collect<'a>(value: &'a Value, path: &str, out: &mut Vec<(String, &'a Value)>) -> Result<(), FhirError> {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(item, &format!("{path}[{i}]"), out)?;
            }
            Ok(())
        }
        Value::Object(object) => match object.get("resourceType").and_then(Value::as_str) {
            Some("Bundle") => {
                let entries = match object.get("entry") {
                    None | Some(Value::Null) => return Ok(()),
                    Some(Value::Array(entries)) => entries,
                    Some(other) => return Err(shape(&format!("{path}.entry"), "an array of entries", other)),
                };
                for (i, entry) in entries.iter().enumerate() {
                    let at = format!("{path}.entry[{i}]");
                    match entry.get("resource") {
                        Some(resource @ Value::Object(_)) => collect(resource, &format!("{at}.resource"), out)?,
                        Some(other) => return Err(shape(&format!("{at}.resource"), "a resource object", other)),
                        None => return Err(shape(&format!("{at}.resource"), "a resource object", &Value::Null)),
                    }
                }
                Ok(())
            }
            Some(_) => {
                out.push((path.to_owned(), value));
                Ok(())
            }
            None => Err(shape(
                &format!("{path}.resourceType"),
                "a FHIR resource type",
                object.get("resourceType").unwrap_or(&Value::Null),
            )),
        },
        other => Err(shape(path, "a FHIR resource, Bundle or array of resources", other)),
    }
}

fn shape(path: &str, expected: &str, found: &Value) -> FhirError {
    let found = match found {
        Value::Null => "nothing".to_owned(),
        Value::Bool(_) => "a boolean".to_owned(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("{s:?}"),
        Value::Array(_) => "an array".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    };
    FhirError::Shape { path: path.to_owned(), message: format!("expected {expected}, found {found}") }
}

/// The state of one mapping run.
struct Mapper {
    profile: Profile,
    report: MappingReport,
    date: Date,
    /// Per lab field: the entry index that filled it and its effective time.
    labs: Vec<(ProfileField, usize, Option<String>)>,
}

pub(super) fn map_resources(resources: &[(String, &Value)], date: Date) -> FhirMapping {
    let reference_date = date.to_string();
    let mut m = Mapper {
        profile: Profile::default(),
        report: MappingReport { patient: None, reference_date, entries: Vec::new() },
        date,
        labs: Vec::new(),
    };
    for (path, resource) in resources {
        let kind = resource.get("resourceType").and_then(Value::as_str).unwrap_or_default();
        let id = resource.get("id").and_then(Value::as_str);
        let name = match id {
            Some(id) => format!("{kind}/{id}"),
            None => format!("{kind} at {path}"),
        };
        let result = match kind {
            "Patient" => typed(resource, &name).and_then(|p| m.patient(&name, p)),
            "Observation" => typed(resource, &name).and_then(|o| m.observation(&name, o)),
            "MedicationStatement" => {
                typed(resource, &name).and_then(|u| m.medication(&name, u, &["active", "intended"]))
            }
            "MedicationRequest" => typed(resource, &name).and_then(|u| m.medication(&name, u, &["active"])),
            "Condition" => typed(resource, &name).and_then(|c| m.condition(&name, c)),
            other => Err(format!("resource type {other} is not read")),
        };
        let entry = match result {
            Ok((field, reason)) => MappingEntry { resource: name, outcome: Outcome::Used, field: Some(field), reason },
            Err(reason) => MappingEntry { resource: name, outcome: Outcome::Ignored, field: None, reason },
        };
        m.report.entries.push(entry);
    }
    FhirMapping { profile: m.profile, report: m.report }
}

/// A resource as its model type; the error names the resource and the element.
fn typed<T: DeserializeOwned>(resource: &Value, name: &str) -> Result<T, String> {
    serde_path_to_error::deserialize(resource).map_err(|e| {
        format!("{name}.{}: {}", e.path(), e.inner().to_string().split(" at line").next().unwrap_or_default())
    })
}

/// What a mapped resource filled (field path) and what was read.
type Used = Result<(String, String), String>;

fn status_of(concept: Option<&CodeableConcept>) -> Option<&str> {
    concept.and_then(CodeableConcept::first_code)
}

impl Mapper {
    fn patient(&mut self, name: &str, p: model::Patient) -> Used {
        let mut read = Vec::new();
        if self.report.patient.is_some() {
            return Err("a second Patient: the first one is used".to_owned());
        }
        self.report.patient = Some(name.to_owned());
        match p.gender.as_deref() {
            Some("female") => self.profile.sex = Some(Sex::Female),
            Some("male") => self.profile.sex = Some(Sex::Male),
            Some(other) => read.push(format!("gender {other:?} leaves sex unreported")),
            None => read.push("no gender: sex not reported".to_owned()),
        }
        if let Some(sex) = self.profile.sex {
            read.push(format!("sex {}", sex.id()));
        }
        match p.birth_date.as_deref() {
            Some(birth) => match Date::parse(birth) {
                Some(born) => {
                    let months = born.months_until(self.date);
                    if months < 0 {
                        read.push(format!(
                            "{name}.birthDate: expected a date before {}, found {birth}",
                            self.report.reference_date
                        ));
                    } else {
                        let age = if months < 12 { months as f64 / 12.0 } else { (months / 12) as f64 };
                        self.profile.age_years = Some(age);
                        read.push(format!("age {age} years at {}", self.report.reference_date));
                    }
                }
                None => read.push(format!(
                    "{name}.birthDate: expected YYYY-MM-DD to compute an age, found {birth:?}; age not reported"
                )),
            },
            None => read.push("no birthDate: age not reported".to_owned()),
        }
        Ok(("age_years, sex".to_owned(), read.join("; ")))
    }

    fn observation(&mut self, name: &str, o: model::Observation) -> Used {
        let status = o.status.as_deref().unwrap_or("");
        if !matches!(status, "final" | "amended" | "corrected") {
            return Err(format!("status {status:?}: only final, amended or corrected results are used"));
        }
        let loinc = o.code.coding.iter().filter(|c| c.system.as_deref() == Some(LOINC)).find_map(|c| c.code.as_deref());
        let Some(loinc) = loinc else {
            return Err(format!("{name}.code: no LOINC coding (system {LOINC})"));
        };
        if loinc == PREGNANCY_STATUS {
            return self.pregnancy(name, &o);
        }
        if let Some((_, why)) = LAB_CODES_NOT_MAPPED.iter().find(|(code, _)| *code == loinc) {
            return Err(format!("LOINC {loinc} {why}"));
        }
        let Some(lab) = LAB_CODES.iter().find(|l| l.code == loinc) else {
            return Err(format!("unknown LOINC code {loinc}"));
        };
        let field = lab.field;
        let q = o
            .value_quantity
            .as_ref()
            .ok_or_else(|| format!("{name}.valueQuantity: expected a quantity for LOINC {loinc}"))?;
        let value = q.value.ok_or_else(|| format!("{name}.valueQuantity.value: expected a number, found nothing"))?;
        if q.system.as_deref().is_some_and(|s| s != UCUM) {
            return Err(format!(
                "{name}.valueQuantity.system: expected {UCUM}, found {:?}",
                q.system.as_deref().unwrap_or("")
            ));
        }
        let code = q.code.as_deref().or(q.unit.as_deref()).unwrap_or("");
        let accepted = field.accepted_units();
        let Some(unit) = Unit::from_code_or_alias(code).filter(|u| accepted.contains(u)) else {
            let list: Vec<_> = accepted.iter().map(|u| u.id()).collect();
            return Err(format!(
                "{name}.valueQuantity.code: unsupported unit, expected one of {}, found {code:?}",
                list.join(", ")
            ));
        };
        let mut lab_value = LabValue::new(value, unit);
        if let Some(range) = reference_range(name, &o, unit)? {
            lab_value = lab_value.with_reference_range(range);
        }
        let mut trial = self.profile.clone();
        if !trial.set_lab(field, lab_value) {
            return Err(format!(
                "LOINC {loinc} names {}, which the FHIR mapping cannot set (no branch in set_lab)",
                field.id()
            ));
        }
        if let Err(e) = trial.validate() {
            return Err(format!("{name}.valueQuantity: {e}"));
        }
        let index = self.report.entries.len();
        let when = o.effective_date_time.clone();
        if let Some(slot) = self.labs.iter_mut().find(|(f, _, _)| *f == field) {
            // FHIR dateTimes of one precision sort as strings; a later one wins.
            if when <= slot.2 {
                return Err(format!("superseded by {} for {}", self.report.entries[slot.1].resource, field.id()));
            }
            let earlier = &mut self.report.entries[slot.1];
            earlier.outcome = Outcome::Ignored;
            earlier.field = None;
            earlier.reason = format!("superseded by the later {name} for {}", field.id());
            *slot = (field, index, when);
        } else {
            self.labs.push((field, index, when));
        }
        self.profile = trial;
        let range = match lab_value.reference_range {
            Some(r) => {
                let end = |v: Option<f64>| v.map_or_else(|| "?".to_owned(), |v| v.to_string());
                format!(" (reference range {}-{} {})", end(r.low), end(r.high), unit.id())
            }
            None => String::new(),
        };
        Ok((field.id().to_owned(), format!("LOINC {loinc} {}: {value} {}{range}", lab.display, unit.id())))
    }

    fn pregnancy(&mut self, name: &str, o: &model::Observation) -> Used {
        let answer = o
            .value_codeable_concept
            .as_ref()
            .ok_or_else(|| format!("{name}.valueCodeableConcept: expected a pregnancy-status answer"))?;
        let found = answer.coding.iter().find_map(|c| {
            PREGNANCY_ANSWERS
                .iter()
                .find(|(system, code, _, _)| c.system.as_deref() == Some(system) && c.code.as_deref() == Some(code))
        });
        let Some(&(_, code, status, display)) = found else {
            return Err(format!(
                "{name}.valueCodeableConcept: unknown pregnancy-status answer {:?}",
                answer.first_code().unwrap_or("")
            ));
        };
        match status {
            Some(ReproductiveStatus::Pregnant) if self.profile.sex == Some(Sex::Male) => {
                Err(format!("{name}.valueCodeableConcept: pregnant with Patient.gender male; not used"))
            }
            Some(status) => {
                self.profile.reproductive_status = Some(status);
                Ok(("reproductive_status".to_owned(), format!("pregnancy status {code} {display}")))
            }
            None => Ok(("reproductive_status".to_owned(), format!("pregnancy status {code} {display}: not pregnant"))),
        }
    }

    fn medication(&mut self, name: &str, u: model::MedicationUse, statuses: &[&str]) -> Used {
        let status = u.status.as_deref().unwrap_or("");
        if !statuses.contains(&status) {
            return Err(format!("status {status:?}: expected {}", statuses.join(" or ")));
        }
        let Some(concept) = u.medication_codeable_concept else {
            return Err(match u.medication_reference {
                Some(_) => format!(
                    "{name}.medicationReference: a referenced Medication is not followed; use medicationCodeableConcept"
                ),
                None => format!("{name}.medicationCodeableConcept: expected a coded medication"),
            });
        };
        for coding in &concept.coding {
            let (Some(system), Some(code)) = (coding.system.as_deref(), coding.code.as_deref()) else { continue };
            if let Some(row) = MEDICATION_CODES.iter().find(|r| r.system == system && r.matching.matches(r.code, code))
            {
                if !self.profile.medications.contains(&row.medication) {
                    self.profile.medications.push(row.medication);
                }
                return Ok((
                    "medications".to_owned(),
                    format!("{} ({system} {code}: {})", row.medication.id(), row.display),
                ));
            }
        }
        Err(format!("unknown medication code {}", codes_of(&concept)))
    }

    fn condition(&mut self, name: &str, c: model::Condition) -> Used {
        if let Some(v @ ("refuted" | "entered-in-error")) = status_of(c.verification_status.as_ref()) {
            return Err(format!("{name}.verificationStatus {v:?}"));
        }
        let clinical = status_of(c.clinical_status.as_ref());
        for coding in &c.code.coding {
            let (Some(system), Some(code)) = (coding.system.as_deref(), coding.code.as_deref()) else { continue };
            let Some(row) = CONDITION_CODES.iter().find(|r| r.system == system && r.matching.matches(r.code, code))
            else {
                continue;
            };
            // A history of stones stays true when the stone has resolved; other conditions
            // count while active.
            let history = row.target == ConditionTarget::Condition(crate::clinical::Condition::KidneyStoneHistory);
            if let Some(s @ ("inactive" | "remission" | "resolved")) = clinical
                && !history
            {
                return Err(format!("{name}.clinicalStatus {s:?}: only active conditions are used"));
            }
            let read = format!("{system} {code}: {}", row.display);
            return Ok(match row.target {
                ConditionTarget::Condition(condition) => {
                    if !self.profile.conditions.contains(&condition) {
                        self.profile.conditions.push(condition);
                    }
                    ("conditions".to_owned(), format!("{} ({read})", condition.id()))
                }
                ConditionTarget::Calcification(kind) => {
                    if !self.profile.diagnosed_calcifications.contains(&kind) {
                        self.profile.diagnosed_calcifications.push(kind);
                    }
                    ("diagnosed_calcifications".to_owned(), format!("{} ({read})", kind.id()))
                }
            });
        }
        Err(format!("unknown condition code {}", codes_of(&c.code)))
    }
}

fn codes_of(concept: &CodeableConcept) -> String {
    let all: Vec<String> = concept
        .coding
        .iter()
        .map(|c| format!("{}|{}", c.system.as_deref().unwrap_or(""), c.code.as_deref().unwrap_or("")))
        .collect();
    if all.is_empty() { "(no coding)".to_owned() } else { all.join(", ") }
}

/// The first `referenceRange` of an Observation with a bound, in the value's unit: a bound in
/// another unit (or not UCUM, or without a number) is an error naming the element, never
/// converted or dropped silently.
fn reference_range(name: &str, o: &model::Observation, unit: Unit) -> Result<Option<ReferenceRange>, String> {
    let Some((i, r)) = o.reference_range.iter().enumerate().find(|(_, r)| r.low.is_some() || r.high.is_some()) else {
        return Ok(None);
    };
    let bound = |end: &str, q: &Option<model::Quantity>| -> Result<Option<f64>, String> {
        let Some(q) = q else { return Ok(None) };
        let path = format!("{name}.referenceRange[{i}].{end}");
        let value = q.value.ok_or_else(|| format!("{path}.value: expected a number, found nothing"))?;
        if q.system.as_deref().is_some_and(|s| s != UCUM) {
            return Err(format!("{path}.system: expected {UCUM}, found {:?}", q.system.as_deref().unwrap_or("")));
        }
        let code = q.code.as_deref().or(q.unit.as_deref()).unwrap_or("");
        if Unit::from_code_or_alias(code) != Some(unit) {
            return Err(format!("{path}.code: expected the value's unit {}, found {code:?}", unit.id()));
        }
        Ok(Some(value))
    };
    Ok(Some(ReferenceRange::new(bound("low", &r.low)?, bound("high", &r.high)?)))
}
