//! One record of a cohort: its outcome ([`Screened`]), its errors ([`RecordError`]), the
//! NDJSON envelope, and the per-record output document ([`RecordDocument`]).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::ProfileError;
use crate::profile::{Profile, parse_document};
use crate::reference::ReferenceStandard;
use crate::rule::{Caution, CautionSet, CautionSets, Evaluator, RULES, Severity};

/// What the rules said about one record: the fired and not-assessed sets, and the severity
/// each fired caution has for this profile (no allocation; `Copy`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Screened {
    /// Fired and not-assessed cautions.
    pub sets: CautionSets,
    /// The fired cautions whose severity is `warning` for this profile.
    pub warning: CautionSet,
    /// The fired cautions whose severity is `critical` for this profile.
    pub critical: CautionSet,
}

impl Screened {
    /// Evaluates a validated profile with the compiled rules.
    pub fn of(profile: &Profile, standard: ReferenceStandard) -> Self {
        let evaluator = Evaluator::new(profile, standard);
        let sets = evaluator.caution_sets();
        let (mut warning, mut critical) = (CautionSet::new(), CautionSet::new());
        if !sets.fired.is_empty() {
            for rule in RULES.iter().filter(|r| sets.fired.contains(r.caution)) {
                match evaluator.severity(rule) {
                    Severity::Warning => warning.insert(rule.caution),
                    Severity::Critical => critical.insert(rule.caution),
                    _ => false,
                };
            }
        }
        Self { sets, warning, critical }
    }

    /// The severity of `caution` if it fired.
    pub fn severity(&self, caution: Caution) -> Option<Severity> {
        if self.critical.contains(caution) {
            Some(Severity::Critical)
        } else if self.warning.contains(caution) {
            Some(Severity::Warning)
        } else {
            self.sets.fired.contains(caution).then_some(Severity::Info)
        }
    }
}

/// Why one record could not be screened. Each variant names the record's line; CSV errors
/// name the column, JSON errors the JSON path (or the column of a syntax error).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum RecordError {
    /// An NDJSON line that is not a valid profile or envelope. A syntax error's line and
    /// column are within the record (line 1 is the record's own line).
    Json {
        /// Line of the input where the record starts (1-based).
        line: u64,
        /// The profile error: a JSON path (prefixed `profile.` inside an envelope) or a
        /// syntax position.
        error: ProfileError,
    },
    /// A CSV cell (or a row) that does not fit the mapping.
    Csv {
        /// Line of the input where the row starts (1-based; the header is line 1).
        line: u64,
        /// The column's name in the header.
        column: String,
        /// What was expected and what was found.
        message: String,
    },
    /// A record longer than [`MAX_PROFILE_BYTES`](crate::MAX_PROFILE_BYTES); it was not parsed.
    TooLarge {
        /// Line of the input where the record starts.
        line: u64,
        /// The record's size in bytes (a lower bound when it was not read to its end).
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The input could not be read at this record; the stream ends here.
    Read {
        /// Line of the input where reading failed.
        line: u64,
        /// The reader's error.
        message: String,
    },
}

impl RecordError {
    /// The line of the input where the record starts.
    pub fn line(&self) -> u64 {
        match self {
            Self::Json { line, .. }
            | Self::Csv { line, .. }
            | Self::TooLarge { line, .. }
            | Self::Read { line, .. } => *line,
        }
    }

    /// Where in the record: the CSV column, the JSON path, `column N` for a JSON syntax
    /// error, or `record` for the whole record.
    pub fn location(&self) -> String {
        match self {
            Self::Json { error: ProfileError::Syntax { column, .. }, .. } => format!("column {column}"),
            Self::Json { error: ProfileError::Invalid { path, .. }, .. } => path.clone(),
            Self::Csv { column, .. } => column.clone(),
            _ => "record".to_owned(),
        }
    }

    /// What was expected and what was found, without the location.
    pub fn message(&self) -> String {
        match self {
            Self::Json { error: ProfileError::Syntax { message, .. }, .. } => format!("invalid JSON: {message}"),
            Self::Json { error: ProfileError::Invalid { message, .. }, .. } => message.clone(),
            Self::Json { error, .. } => error.to_string(),
            Self::Csv { message, .. } | Self::Read { message, .. } => message.clone(),
            Self::TooLarge { size, limit, .. } => {
                format!("record too large: expected at most {limit} bytes, found at least {size}")
            }
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = self.line();
        match self {
            Self::Json { error: ProfileError::Syntax { line: within, column, .. }, .. } => {
                write!(f, "line {}, column {column}: {}", line + *within as u64 - 1, self.message())
            }
            Self::Csv { column, .. } => write!(f, "line {line}, column {column}: {}", self.message()),
            Self::Json { error: ProfileError::Invalid { path, .. }, .. } => {
                write!(f, "line {line}: {path}: {}", self.message())
            }
            _ => write!(f, "line {line}: {}", self.message()),
        }
    }
}

impl std::error::Error for RecordError {}

/// One input record and what came of it. Every input record yields exactly one.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Record {
    /// Line of the input where the record starts (1-based).
    pub line: u64,
    /// The record's id (the envelope's `id`, the CSV id column), when given and readable.
    pub id: Option<String>,
    /// The record's weight (the envelope's `weight`, the CSV weight column), when given.
    pub weight: Option<f64>,
    /// The screening result, or why the record could not be screened.
    pub outcome: Result<Screened, RecordError>,
}

impl Record {
    /// The record as its output document (one NDJSON line of the `cohort` example).
    pub fn document(&self) -> RecordDocument {
        let (fired, not_assessed, error) = match &self.outcome {
            Ok(s) => (
                s.sets
                    .fired
                    .iter()
                    .map(|caution| FiredCaution { caution, severity: s.severity(caution).unwrap_or(Severity::Info) })
                    .collect(),
                s.sets.not_assessed.iter().collect(),
                None,
            ),
            Err(e) => (
                Vec::new(),
                Vec::new(),
                Some(RecordErrorDocument { location: e.location(), message: e.message(), text: e.to_string() }),
            ),
        };
        RecordDocument { line: self.line, id: self.id.clone(), weight: self.weight, fired, not_assessed, error }
    }
}

/// A fired caution and its severity for the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FiredCaution {
    /// The caution.
    pub caution: Caution,
    /// Its severity for this record (a rule's severity can depend on the profile).
    pub severity: Severity,
}

/// Why a record could not be screened, in the output document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct RecordErrorDocument {
    /// The CSV column, the JSON path, `column N` for a JSON syntax error, or `record`.
    pub location: String,
    /// What was expected and what was found.
    pub message: String,
    /// The whole message, with the line: `line 7, column RIAGENDR: expected ...`.
    pub text: String,
}

/// One line of the per-record NDJSON output: the record's line, id and weight, and either
/// its fired and not-assessed cautions or its error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct RecordDocument {
    /// Line of the input where the record starts (1-based).
    pub line: u64,
    /// The record's id, when given and readable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The record's weight, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Cautions that fired, with their severity, in caution order (empty for a bad record).
    pub fired: Vec<FiredCaution>,
    /// Cautions that could not be assessed from what the record reports.
    pub not_assessed: Vec<Caution>,
    /// Why the record could not be screened; absent for a screened record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<RecordErrorDocument>,
}

/// The NDJSON envelope: `{"id": ..., "weight": ..., "profile": {...}}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    #[serde(default)]
    id: Option<String>,
    #[serde(default, deserialize_with = "weight")]
    weight: Option<f64>,
    profile: Profile,
}

/// Only the id of an envelope, read when the envelope itself is refused.
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default)]
    id: Option<String>,
}

fn weight<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    let value = Option::<f64>::deserialize(deserializer)?;
    match value {
        Some(w) if !(w.is_finite() && w >= 0.0) => Err(serde::de::Error::custom(format_args!(
            "expected a finite number greater than or equal to 0, found {w}"
        ))),
        _ => Ok(value),
    }
}

/// Whether a JSON line's first key is one of the envelope's (`id`, `weight`, `profile`).
fn is_envelope(bytes: &[u8]) -> bool {
    let mut rest = bytes.trim_ascii_start();
    let Some(after) = rest.strip_prefix(b"{") else { return false };
    rest = after.trim_ascii_start();
    [&b"\"id\""[..], b"\"weight\"", b"\"profile\""].iter().any(|key| rest.starts_with(key))
}

/// Decodes one NDJSON line (without its line break): (id, weight, validated profile).
pub(super) fn decode_json(line: u64, bytes: &[u8]) -> (Option<String>, Option<f64>, Result<Profile, RecordError>) {
    let json = |error| RecordError::Json { line, error };
    if !is_envelope(bytes) {
        return (None, None, Profile::from_json_slice(bytes).map_err(json));
    }
    // Text that is not UTF-8 gets the profile parser's own error for it.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return (None, None, Profile::from_json_slice(bytes).map_err(json));
    };
    match parse_document::<Envelope>(text) {
        Ok(envelope) => {
            let profile = envelope.profile.validate().map(|()| envelope.profile).map_err(|error| match error {
                ProfileError::Invalid { path, message } => {
                    json(ProfileError::Invalid { path: format!("profile.{path}"), message })
                }
                other => json(other),
            });
            (envelope.id, envelope.weight, profile)
        }
        Err(error) => {
            let id = serde_json::from_slice::<IdOnly>(bytes).ok().and_then(|e| e.id);
            (id, None, Err(json(error)))
        }
    }
}
