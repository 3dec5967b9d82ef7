//! Assess a profile and print every caution that applies, explained and cited.
//!
//! ```text
//! cargo run --example assess                          # built-in sample profile, readable report
//! cargo run --example assess -- PATH                  # a profile JSON file (`-` reads stdin)
//! cargo run --example assess -- --json PATH           # the Assessment as JSON (contract v1)
//! cargo run --example assess -- --standard efsa PATH  # EFSA thresholds where EFSA gives them
//! cargo run --example assess -- --format cds-hooks PATH  # {"cards": [...]} (CDS Hooks)
//! cargo run --example assess -- --fhir examples/fhir/warfarin_ckd.json   # a FHIR R4 Bundle
//! cargo run --example assess -- --fhir examples/fhir/warfarin_ckd.json --format detected-issue
//! ```
//!
//! `--format text|json|cds-hooks|detected-issue` picks the output; `--json` is short for
//! `--format json`. `--fhir PATH` reads a FHIR R4 Bundle (or resources) instead of a profile
//! and prints the mapping report (on stderr for the JSON formats); `--reference-date
//! YYYY-MM-DD` is the date the age is computed at (default: today, UTC). `detected-issue`
//! writes a FHIR `Bundle` of `DetectedIssue` resources. The FHIR options need the `fhir`
//! feature (on by default).
//!
//! Sample profiles live in `examples/profiles/`; the built-in one is
//! `examples/profiles/vitamin_d_without_k2.json`. `examples/profiles/dialysis.json` is a
//! dialysis patient's labs (contract v1.1): the report lists the derived values (eGFR, GFR
//! category, albumin-corrected calcium) and the cautions graded by kidney function.
//!
//! Input is read through `Profile::from_reader`, which refuses documents over
//! `MAX_PROFILE_BYTES` (1 MiB) without reading further.
//!
//! Exit codes: 0 on success; 2 on bad input (an invalid profile, an unreadable file, an
//! unknown option), with a one-line error on stderr that names the JSON path.
//!
//! Not medical advice: the report flags, explains and cites; it never recommends doses.

use std::process::ExitCode;

#[macro_use]
#[path = "common/output.rs"]
mod output;

use calcification::{Assessment, Profile, ProfileError, ReferenceStandard, Term, assess_with};

const SAMPLE: &str = include_str!("profiles/vitamin_d_without_k2.json");

const USAGE: &str = "usage: assess [--json | --format text|json|cds-hooks|detected-issue] [--standard iom|efsa] [--fhir] [--reference-date YYYY-MM-DD] [PATH | -]";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    CdsHooks,
    DetectedIssue,
}

struct Options {
    format: Format,
    standard: ReferenceStandard,
    input: Option<String>,
    fhir: bool,
    reference_date: Option<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        format: Format::Text,
        standard: ReferenceStandard::Iom,
        input: None,
        fhir: false,
        reference_date: None,
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => options.format = Format::Json,
            "--format" => {
                options.format = match args.next().as_deref() {
                    Some("text") => Format::Text,
                    Some("json") => Format::Json,
                    Some("cds-hooks") => Format::CdsHooks,
                    Some("detected-issue") => Format::DetectedIssue,
                    other => {
                        return Err(format!(
                            "--format: expected text, json, cds-hooks or detected-issue, found {other:?}"
                        ));
                    }
                }
            }
            "--standard" => {
                let value = args.next().ok_or("--standard: expected iom or efsa")?;
                options.standard = value.parse().map_err(|e| format!("--standard: {e}"))?;
            }
            "--fhir" => options.fhir = true,
            "--reference-date" => {
                options.reference_date = Some(args.next().ok_or("--reference-date: expected YYYY-MM-DD")?);
            }
            "-h" | "--help" => return Err(USAGE.to_owned()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg:?}; {USAGE}")),
            _ if options.input.is_some() => return Err(format!("expected one profile path, found a second: {arg:?}")),
            _ => options.input = Some(arg),
        }
    }
    Ok(options)
}

fn read_profile(input: Option<&str>) -> Result<Profile, ProfileError> {
    match input {
        None => Profile::from_json(SAMPLE),
        Some("-") => Profile::from_reader(std::io::stdin().lock()),
        Some(path) => {
            let file = std::fs::File::open(path).map_err(|e| ProfileError::Io { message: format!("{path}: {e}") })?;
            Profile::from_reader(file)
        }
    }
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) if message == USAGE => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    if options.format == Format::DetectedIssue && !options.fhir {
        eprintln!(
            "error: --format detected-issue: expected --fhir (DetectedIssue needs the FHIR resources as evidence)"
        );
        return ExitCode::from(2);
    }
    let (profile, mapping) = if options.fhir {
        match fhir::read(&options) {
            Ok((profile, mapping)) => (profile, Some(mapping)),
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(2);
            }
        }
    } else {
        match read_profile(options.input.as_deref()) {
            Ok(profile) => (profile, None),
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::from(2);
            }
        }
    };
    let assessment = match assess_with(&profile, options.standard) {
        Ok(assessment) => assessment,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let text = match options.format {
        Format::Text => {
            let mut text = mapping.as_ref().map(fhir::report).unwrap_or_default();
            text.push_str(&report(&assessment));
            text
        }
        Format::Json => assessment.to_json_pretty(),
        Format::CdsHooks => {
            serde_json::to_string_pretty(&assessment.to_cds_response()).expect("cards always serialise")
        }
        Format::DetectedIssue => match fhir::detected_issue_bundle(&assessment, mapping.as_ref()) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(2);
            }
        },
    };
    if options.format != Format::Text
        && let Some(mapping) = &mapping
    {
        eprint!("{}", fhir::report(mapping));
    }
    println!("{text}");
    ExitCode::SUCCESS
}

/// The FHIR path, compiled only with the `fhir` feature (on by default).
#[cfg(feature = "fhir")]
mod fhir {
    use calcification::fhir::{FhirMapping, Outcome, detected_issues, profile_from_fhir_reader};
    use calcification::{Assessment, Profile};

    pub fn read(options: &super::Options) -> Result<(Profile, FhirMapping), String> {
        let path = options.input.as_deref().ok_or("--fhir: expected a FHIR JSON file path")?;
        let date = options.reference_date.clone().unwrap_or_else(calcification::fhir::today_utc);
        let mapping = if path == "-" {
            profile_from_fhir_reader(std::io::stdin().lock(), &date)
        } else {
            let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
            profile_from_fhir_reader(file, &date)
        }
        .map_err(|e| format!("{path}: {e}"))?;
        Ok((mapping.profile.clone(), mapping))
    }

    pub fn report(mapping: &FhirMapping) -> String {
        let mut out = format!("FHIR mapping (age at {}):\n", mapping.report.reference_date);
        for e in &mapping.report.entries {
            match e.outcome {
                Outcome::Used => out.push_str(&format!(
                    "  used     {} -> {}: {}\n",
                    e.resource,
                    e.field.as_deref().unwrap_or(""),
                    e.reason
                )),
                _ => out.push_str(&format!("  ignored  {}: {}\n", e.resource, e.reason)),
            }
        }
        out.push('\n');
        out
    }

    pub fn detected_issue_bundle(a: &Assessment, mapping: Option<&FhirMapping>) -> Result<String, String> {
        let mapping = mapping.ok_or("--format detected-issue: expected --fhir")?;
        let entries: Vec<serde_json::Value> =
            detected_issues(a, &mapping.report).into_iter().map(|r| serde_json::json!({"resource": r})).collect();
        let bundle = serde_json::json!({"resourceType": "Bundle", "type": "collection", "entry": entries});
        Ok(serde_json::to_string_pretty(&bundle).expect("JSON values always serialise"))
    }
}

/// Without the `fhir` feature the FHIR options explain what is missing.
#[cfg(not(feature = "fhir"))]
mod fhir {
    use calcification::{Assessment, Profile};

    pub enum Mapping {}

    const OFF: &str = "--fhir: this build has no FHIR support; rebuild with --features fhir";

    pub fn read(_: &super::Options) -> Result<(Profile, Mapping), String> {
        Err(OFF.to_owned())
    }

    pub fn report(mapping: &Mapping) -> String {
        match *mapping {}
    }

    pub fn detected_issue_bundle(_: &Assessment, _: Option<&Mapping>) -> Result<String, String> {
        Err(OFF.to_owned())
    }
}

fn report(a: &Assessment) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!("calcification {} (knowledge {})", a.crate_version, a.knowledge_version));
    line(format!("Life stage: {}", a.life_stage.description));
    line(format!("Reference standard: {}", a.standard.label()));
    line(format!("Note: {}", a.intended_use));
    line(String::new());
    if a.findings.is_empty() {
        line("No cautions apply to what the profile reports.".to_owned());
    } else {
        line(format!("Findings ({}):", a.findings.len()));
    }
    for f in &a.findings {
        line(format!("  [{}] {} ({})", f.severity.id().to_uppercase(), f.summary, f.caution.id()));
        for r in &f.because {
            line(format!("      because {}", r.statement));
        }
        line(format!("      evidence: {}", f.evidence.label()));
        let sources: Vec<String> = f
            .sources
            .iter()
            .map(|s| {
                let d = s.details();
                match d.link() {
                    Some(link) => format!("{} <{link}>", s.label()),
                    None => s.label().to_owned(),
                }
            })
            .collect();
        line(format!("      sources: {}", sources.join("; ")));
    }
    if !a.derived.is_empty() {
        line(String::new());
        line(format!("Derived values ({}):", a.derived.len()));
    }
    for d in &a.derived {
        let value = match (d.value, d.unit, d.category, d.nutrient) {
            (_, _, Some(category), _) => category.label().to_owned(),
            (Some(v), Some(unit), _, Some(nutrient)) => format!("{} {v} {}", nutrient.id(), unit.label()),
            (Some(v), Some(unit), _, None) => format!("{} {}", (v * 10.0).round() / 10.0, unit.label()),
            _ => "-".to_owned(),
        };
        line(format!("  {}: {value} ({})", d.kind.label(), d.method.label()));
        let inputs: Vec<String> = d
            .inputs
            .iter()
            .map(|i| match (i.value, i.unit, &i.id) {
                (Some(v), Some(unit), _) => format!("{} {} {}", i.field, (v * 1000.0).round() / 1000.0, unit.label()),
                (_, _, Some(id)) => format!("{} {id}", i.field),
                _ => i.field.to_string(),
            })
            .collect();
        if !inputs.is_empty() {
            line(format!("      from {}", inputs.join(", ")));
        }
        line(format!("      formula: {}", d.formula));
        if let Some(source) = d.source {
            line(format!("      source: {}", source.label()));
        }
        if let Some(note) = &d.note {
            line(format!("      note: {note}"));
        }
    }
    if !a.not_assessed.is_empty() {
        line(String::new());
        line(format!("Not assessed ({}):", a.not_assessed.len()));
        for n in &a.not_assessed {
            let mut why: Vec<String> = n.missing.iter().map(|f| format!("needs {}", f.id())).collect();
            why.extend(
                n.no_reference_value.iter().map(|k| format!("no {} for this life stage", k.label_mid_sentence())),
            );
            line(format!("  {}: {}", n.caution.id(), why.join(", ")));
        }
    }
    out
}
