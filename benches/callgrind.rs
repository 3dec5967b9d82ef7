//! The instruction-count harness of `scripts/callgrind.sh` (issue 11): runs one path over 2,000
//! generated profiles `passes` times, after building every input. The script runs it under
//! `valgrind --tool=callgrind` with 1 and 3 passes and divides the difference by 2 × 2,000,
//! so set-up and first-touch costs cancel and what remains is instructions per profile.
//!
//! `cargo bench --bench callgrind` alone (no path given) only prints the paths; run the
//! script for the numbers: `scripts/callgrind.sh`.

mod common;
#[path = "common/peers.rs"]
mod peers;

use std::hint::black_box;

use calcification::{Evaluator, Profile, ReferenceStandard, explain};
use datalogic_rs::DataValue;
use datalogic_rs::bumpalo::Bump;
use peers::{Jsonlogic, plain_parse};

/// How many generated profiles one pass reads.
const PROFILES: usize = 2000;

/// Every path the script measures, with what it times.
const PATHS: &[(&str, &str)] = &[
    ("json_fired", "Profile::from_json + Evaluator::new + caution_sets"),
    ("plain_parse", "serde_json into a plain #[derive(Deserialize)] struct"),
    ("datalogic_json", "datalogic-rs: parse JSON, evaluate the 12 rules"),
    ("prepared_fired", "Evaluator::new + caution_sets on a parsed profile"),
    ("caution_sets", "caution_sets on a built Evaluator"),
    ("datalogic_prepared", "datalogic-rs: the 12 rules on parsed data"),
    ("parse_profile", "Profile::from_json"),
    ("explain", "explain(&Evaluator::new(..)) on a parsed profile"),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let (Some(path), Some(passes)) = (args.first(), args.get(1).and_then(|n| n.parse::<usize>().ok())) else {
        println!("usage: callgrind <path> <passes>; paths:");
        for (name, what) in PATHS {
            println!("  {name:20} {what}");
        }
        return;
    };
    assert!(PATHS.iter().any(|(name, _)| name == path), "unknown path {path:?}");
    let standard = ReferenceStandard::Iom;
    let documents: Vec<String> = common::cohort(PROFILES, common::SEED).iter().map(Profile::to_json).collect();
    let profiles: Vec<Profile> = documents.iter().map(|d| common::parse(d)).collect();
    let evaluators: Vec<Evaluator<'_>> = profiles.iter().map(|p| Evaluator::new(p, standard)).collect();
    let logic = Jsonlogic::new();
    let data_arena = Bump::new();
    let data: Vec<&DataValue<'_>> = documents
        .iter()
        .map(|d| &*data_arena.alloc(DataValue::from_str(d, &data_arena).expect("valid JSON")))
        .collect();
    let mut arena = Bump::new();
    let mut acc = 0u128;
    for _ in 0..passes {
        for i in 0..PROFILES {
            acc ^= match path.as_str() {
                "json_fired" => {
                    let p = Profile::from_json(black_box(&documents[i])).expect("valid");
                    Evaluator::new(&p, standard).caution_sets().fired.bits()
                }
                "plain_parse" => u128::from(plain_parse(black_box(&documents[i]))),
                "datalogic_json" => u128::from(logic.fired_from_json(black_box(&documents[i]), &mut arena)),
                "prepared_fired" => Evaluator::new(black_box(&profiles[i]), standard).caution_sets().fired.bits(),
                "caution_sets" => black_box(&evaluators[i]).caution_sets().fired.bits(),
                "datalogic_prepared" => {
                    arena.reset();
                    u128::from(logic.fired(black_box(data[i]), &arena))
                }
                "parse_profile" => u128::from(Profile::from_json(black_box(&documents[i])).is_ok()),
                "explain" => explain(&Evaluator::new(black_box(&profiles[i]), standard)).findings.len() as u128,
                _ => unreachable!("checked above"),
            };
        }
    }
    println!("{path} {passes} {acc}");
}
