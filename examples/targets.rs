//! A person's own targets: every reference value the crate knows for a life stage (RDA/AI,
//! UL, drink level, activity minimum), under IOM and EFSA, with the life-stage row and the
//! source of each, as a nutrition tracker shows them beside a log.
//!
//! ```text
//! cargo run --example targets -- --age 52 --sex female [--pregnant|--lactating] [--standard iom|efsa] [--json]
//! ```
//!
//! `--standard` limits the table to one standard (default: both). `--json` prints the
//! `Targets` document (`schemas/targets.schema.json`). "not determined" means the source set
//! no value on purpose (the vitamin K UL); "not set" means no row covers the life stage or
//! age or sex is missing. Exit codes: 0 on success, 2 on a usage error.

use std::process::ExitCode;

use calcification::{LifeStage, ReferenceStandard, ReproductiveStatus, Sex, TargetState};

#[macro_use]
#[path = "common/output.rs"]
mod output;

const USAGE: &str =
    "usage: targets --age YEARS [--sex female|male] [--pregnant|--lactating] [--standard iom|efsa] [--json]";

fn parse(args: &[String]) -> Result<(LifeStage, Option<ReferenceStandard>, bool), String> {
    let mut stage = LifeStage::default();
    let (mut standard, mut json) = (None, false);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--age" => {
                let text = value("--age")?;
                let age: f64 =
                    text.parse().map_err(|_| format!("--age: expected a number of years, found {text:?}"))?;
                if !(0.0..=130.0).contains(&age) {
                    return Err(format!("--age: expected a number from 0 to 130, found {text}"));
                }
                stage.age_years = Some(age);
            }
            "--sex" => stage.sex = Some(value("--sex")?.parse::<Sex>().map_err(|e| format!("--sex: {e}"))?),
            "--pregnant" => stage.reproductive_status = Some(ReproductiveStatus::Pregnant),
            "--lactating" => stage.reproductive_status = Some(ReproductiveStatus::Lactating),
            "--standard" => {
                standard = Some(value("--standard")?.parse().map_err(|e| format!("--standard: {e}"))?);
            }
            "--json" => json = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if stage.sex == Some(Sex::Male) && stage.reproductive_status.is_some() {
        return Err("--pregnant and --lactating need --sex female (or no --sex)".to_owned());
    }
    Ok((stage, standard, json))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (stage, standard, json) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut targets = stage.targets();
    if let Some(standard) = standard {
        targets.targets.retain(|t| t.standard == standard);
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&targets).expect("targets serialise"));
        return ExitCode::SUCCESS;
    }
    println!("Reference values for {}", targets.description);
    println!(
        "{:<30} {:<9} {:<14} {:<5} {:<34} source",
        "reference value", "standard", "value", "type", "life-stage row"
    );
    for t in &targets.targets {
        let standard = t.standard.id().to_uppercase();
        match &t.state {
            TargetState::Value { value, unit, value_type, group, source, fallback, from, .. } => {
                let mut row = (*group).to_owned();
                if *fallback {
                    row.push_str(&format!(" ({} used)", from.map_or("other", |s| s.id()).to_uppercase()));
                }
                let value = format!("{value} {}", unit.label());
                println!(
                    "{:<30} {standard:<9} {value:<14} {:<5} {row:<34} {}",
                    t.kind.label(),
                    value_type.label(),
                    source.label()
                );
            }
            TargetState::NotDetermined { value_type, group, source } => {
                println!(
                    "{:<30} {standard:<9} {:<14} {:<5} {group:<34} {}",
                    t.kind.label(),
                    "not determined",
                    value_type.label(),
                    source.label()
                );
            }
            TargetState::NotSet { reason, .. } => {
                println!("{:<30} {standard:<9} {:<14} {:<5} {reason}", t.kind.label(), "not set", "-");
            }
            _ => println!("{:<30} {standard:<9} (a state this example does not know)", t.kind.label()),
        }
    }
    ExitCode::SUCCESS
}
