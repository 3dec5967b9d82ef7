//! Error types, one per failure domain.

use std::fmt;

/// An id that is not part of a vocabulary.
///
/// ```
/// use calcification::Nutrient;
///
/// let err = "vitamin_c".parse::<Nutrient>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "unknown nutrient id \"vitamin_c\": expected one of vitamin_k2, magnesium, vitamin_d, calcium, vitamin_k1, phosphorus"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {vocabulary} id {input:?}: expected one of {}", .expected.join(", "))]
#[non_exhaustive]
pub struct UnknownId {
    /// The vocabulary that was searched, e.g. `"nutrient"`.
    pub vocabulary: &'static str,
    /// What the caller gave.
    pub input: String,
    /// Every id the vocabulary accepts.
    pub expected: Vec<&'static str>,
}

impl UnknownId {
    /// The error for `input`, not an id of `vocabulary`, which accepts `expected`.
    pub fn new(vocabulary: &'static str, input: &str, expected: impl IntoIterator<Item = &'static str>) -> Self {
        Self { vocabulary, input: input.to_owned(), expected: expected.into_iter().collect() }
    }

    /// Accepted ids that look like the input (shared prefix, substring or small edit
    /// distance), best first; useful for "did you mean" messages.
    pub fn close_matches(&self) -> Vec<&'static str> {
        close_matches(&self.input, self.expected.iter().copied())
    }
}

/// Candidates that look like `input`, best first.
pub(crate) fn close_matches<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let needle = input.to_ascii_lowercase();
    let mut scored: Vec<(usize, &'a str)> = candidates
        .filter_map(|c| {
            let distance = edit_distance(&needle, c);
            let related = c.contains(needle.as_str()) || (needle.len() >= 3 && needle.contains(c));
            let close = distance <= (needle.len().max(3) / 3);
            (related || close).then_some((if related { 0 } else { distance }, c))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().map(|(_, c)| c).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Why a profile was refused. Every variant says where (a JSON path such as
/// `intake.magnesium.unit`) and what was expected.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ProfileError {
    /// The document is larger than the parser accepts.
    #[error("profile: document too large: expected at most {limit} bytes, found at least {size}")]
    TooLarge {
        /// Size of the document in bytes (or a lower bound when read from a stream).
        size: usize,
        /// The limit, [`MAX_PROFILE_BYTES`](crate::MAX_PROFILE_BYTES) unless set otherwise.
        limit: usize,
    },
    /// The bytes are not valid JSON (or not UTF-8, or empty, or followed by trailing data).
    #[error("profile: invalid JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the JSON reader expected.
        message: String,
    },
    /// Well-formed JSON whose value at `path` is not what the contract expects.
    #[error("{path}: {message}")]
    Invalid {
        /// JSON path of the offending value, e.g. `intake.vitamin_d.amount` or `medications[1]`;
        /// `profile` for the document itself.
        path: String,
        /// What was expected and what was found.
        message: String,
    },
    /// Reading the input failed.
    #[error("profile: could not read input: {message}")]
    Io {
        /// The I/O error's text.
        message: String,
    },
}

impl ProfileError {
    /// The JSON path the error is about (`profile` when it concerns the whole document).
    pub fn path(&self) -> &str {
        match self {
            Self::Invalid { path, .. } => path,
            _ => "profile",
        }
    }
}

/// A value outside the range the contract allows, or not a finite number.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub struct RangeError {
    /// What was given.
    pub value: f64,
    /// The smallest accepted value.
    pub min: f64,
    /// The largest accepted value.
    pub max: f64,
    /// Unit of `min` and `max`, if any.
    pub unit: &'static str,
}

impl fmt::Display for RangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = if self.unit.is_empty() { String::new() } else { format!(" {}", self.unit) };
        if self.value.is_finite() {
            write!(f, "expected a number from {} to {}{unit}, found {}", self.min, self.max, self.value)
        } else {
            write!(f, "expected a finite number from {} to {}{unit}, found {}", self.min, self.max, self.value)
        }
    }
}
