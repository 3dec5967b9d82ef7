//! Error messages: serde's and serde_json's errors rewritten to name the JSON path, what
//! was expected and what was found, with the line and column of syntax errors.

use serde::de::{self, DeserializeOwned};

use super::parse::quoted;
use crate::error::ProfileError;

pub(super) fn invalid(path: &str, message: String) -> ProfileError {
    ProfileError::Invalid { path: path.to_owned(), message }
}

/// Deserialises one JSON document into `T`: first without path tracking (no key is copied,
/// strings are not checked for UTF-8 again); only if that fails, once more with the path
/// tracked, to build the error. Both passes run the same deserialisers over the same text, so
/// they accept the same documents and the error is the one the tracked pass alone would give.
pub(crate) fn parse_document<T: DeserializeOwned>(text: &str) -> Result<T, ProfileError> {
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(value) = T::deserialize(&mut de)
        && de.end().is_ok()
    {
        return Ok(value);
    }
    parse_document_tracked(text.as_bytes())
}

/// Deserialises one JSON document into `T`, tracking the path of any error.
fn parse_document_tracked<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ProfileError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let (error, path) = match serde_path_to_error::deserialize(&mut de) {
        Ok(value) => match de.end() {
            Ok(()) => return Ok(value),
            Err(e) => (e, None),
        },
        Err(e) => {
            let path = json_path(e.path());
            (e.into_inner(), path)
        }
    };
    // The typed pass stops at the first value of an unexpected type, which may come before a
    // syntax error; a syntax error anywhere is reported first. The check is iterative, so
    // deep nesting cannot overflow the stack.
    if let Err(syntax) = serde_json::from_slice::<de::IgnoredAny>(bytes) {
        let (line, column) = (syntax.line(), syntax.column());
        let message = describe_syntax_message(&without_position(&syntax), char_at(bytes, line, column));
        return Err(ProfileError::Syntax { line, column, message });
    }
    Err(ProfileError::Invalid {
        path: path.unwrap_or_else(|| "profile".to_owned()),
        message: describe_serde_message(&without_position(&error)),
    })
}

/// A JSON path such as `intake.vitamin_d.amount` or `medications[1]`; `None` for the
/// document itself. A key that is not a plain identifier is written `["quoted"]`.
pub(super) fn json_path(path: &serde_path_to_error::Path) -> Option<String> {
    use serde_path_to_error::Segment;
    use std::fmt::Write;
    let mut out = String::new();
    for segment in path {
        let key = match segment {
            Segment::Seq { index } => {
                let _ = write!(out, "[{index}]");
                continue;
            }
            Segment::Map { key } | Segment::Enum { variant: key } => key.as_str(),
            Segment::Unknown => "?",
        };
        let plain =
            (1..=40).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b"_?".contains(&b));
        if plain {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(key);
        } else {
            let _ = write!(out, "[{}]", quoted(key));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// serde_json's message without its " at line L column C" suffix.
pub(super) fn without_position(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

/// The character at a 1-based line and byte column, where serde_json points at the
/// character it could not accept.
pub(super) fn char_at(bytes: &[u8], line: usize, column: usize) -> Option<char> {
    let text = std::str::from_utf8(bytes).ok()?;
    let start: usize = text.split_inclusive('\n').take(line.checked_sub(1)?).map(str::len).sum();
    text.get(start + column.checked_sub(1)?..)?.chars().next()
}

/// Rewrites serde_json's syntax messages in the crate's style; `at` is the character the
/// error points at.
pub(super) fn describe_syntax_message(message: &str, at: Option<char>) -> String {
    let expected = match message {
        "EOF while parsing a value" => return "expected a JSON value, found the end of the input".to_owned(),
        "EOF while parsing a list" => return "expected the rest of an array, found the end of the input".to_owned(),
        "EOF while parsing an object" => {
            return "expected the rest of an object, found the end of the input".to_owned();
        }
        "EOF while parsing a string" => return "expected the rest of a string, found the end of the input".to_owned(),
        // A word that starts like true, false or null: usually a string without quotes.
        "expected ident" => return "expected true, false or null (strings need double quotes)".to_owned(),
        "trailing characters" => "expected the end of the input after the profile",
        "expected value" => "expected a JSON value",
        "key must be a string" => "expected a string key",
        "expected `,` or `]`" => "expected ',' or ']'",
        "expected `,` or `}`" => "expected ',' or '}'",
        "expected `:`" => "expected ':'",
        _ => return message.replace('`', "'"),
    };
    match at {
        Some(c) => format!("{expected}, found {c:?}"),
        None => expected.to_owned(),
    }
}

/// Rewrites serde's stock messages in the crate's style ("expected …, found …").
pub(super) fn describe_serde_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        // The field name is the user's text and may contain anything: split at the last marker.
        if let Some((field, expected)) = rest.rsplit_once("`, expected ") {
            return format!("unknown field {}: expected {}", quoted(field), expected.replace('`', ""));
        }
        if let Some((field, _)) = rest.rsplit_once("`, there are no fields") {
            return format!("unknown field {}: expected no fields", quoted(field));
        }
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        return format!("duplicate field {:?}: expected each field at most once", rest.trim_end_matches('`'));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        // Our expectations never contain ", expected "; a found string may.
        if let Some((found, expected)) = rest.rsplit_once(", expected ") {
            return format!("expected {expected}, found {}", describe_found(found));
        }
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return format!("missing field {:?}", rest.trim_end_matches('`'));
    }
    message.to_owned()
}

/// serde's description of an unexpected value, in JSON's terms.
pub(super) fn describe_found(found: &str) -> String {
    match found {
        "sequence" => return "an array".to_owned(),
        "map" => return "an object".to_owned(),
        _ => {}
    }
    for prefix in ["integer `", "floating point `", "boolean `"] {
        if let Some(value) = found.strip_prefix(prefix) {
            return value.trim_end_matches('`').to_owned();
        }
    }
    if let Some(string) = found.strip_prefix("string ") {
        // Already escaped by serde; cut long ones.
        if let Some((cut, _)) = string.char_indices().nth(41) {
            return format!("{}…\"", &string[..cut]);
        }
        return string.to_owned();
    }
    found.to_owned()
}

pub(super) fn position(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = offset - before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
    (line, column)
}
