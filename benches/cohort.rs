//! The cohort path per record against the single-profile path on the same records, and the
//! `rayon` speed-up. 100,000 generated profiles (benches/common) as NDJSON lines:
//!
//! - `from_json+caution_sets`: the program a user would write: split lines, then
//!   `Profile::from_json` and `Evaluator::new(&p, std).caution_sets()` per line.
//! - `screen/bare` and `screen/envelope`: `Screen::ndjson` over the same text (bare profiles,
//!   or each in an `{"id", "weight", "profile"}` envelope), the severities of fired cautions
//!   included, folded into a `Summary` as the example does.
//! - `screen/envelope/jobs2` (with `--features rayon`): the same with two threads.
//! - `screen/csv`: the shipped survey extract repeated to 100,000 rows, through its mapping.
//!
//! Goals (BENCHMARKS.md): `screen/bare` ≤ 1.3× `from_json+caution_sets`; jobs2 ≥ 1.7× faster
//! than sequential on 2 cores. Run with `cargo bench --bench cohort` and
//! `cargo bench --features rayon --bench cohort`.

mod common;

use std::hint::black_box;
use std::time::Duration;

use calcification::cohort::{CsvMapping, Screen, ScreenOptions, Summary};
use calcification::{Evaluator, Profile, ReferenceStandard};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

const STANDARD: ReferenceStandard = ReferenceStandard::Iom;

fn cohort(c: &mut Criterion) {
    let profiles = common::cohort(common::BATCH, common::SEED);
    let bare: String = profiles.iter().map(|p| p.to_json() + "\n").collect();
    let envelope: String = profiles
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{{\"id\": \"p{i}\", \"weight\": {}.5, \"profile\": {}}}\n", i % 90, p.to_json()))
        .collect();
    let extract = include_str!("../examples/cohorts/survey_extract.csv");
    let (header, rows) = extract.split_once('\n').unwrap();
    let repeat = common::BATCH / rows.lines().count();
    let csv_text = format!("{header}\n{}", rows.repeat(repeat));
    let mapping = CsvMapping::from_json(include_str!("../examples/cohorts/survey_mapping.json")).unwrap();
    let options = ScreenOptions::new(STANDARD);

    // The screen must agree with the single-profile path on every record.
    let direct: Vec<_> =
        bare.lines().map(|l| Evaluator::new(&Profile::from_json(l).unwrap(), STANDARD).caution_sets()).collect();
    let screened: Vec<_> =
        Screen::ndjson(envelope.as_bytes(), options).unwrap().map(|r| r.outcome.unwrap().sets).collect();
    assert!(direct == screened, "the screen disagrees with from_json + caution_sets");

    let mut g = c.benchmark_group("cohort");
    g.throughput(Throughput::Elements(profiles.len() as u64));
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("from_json+caution_sets", |b| {
        b.iter(|| {
            black_box(&bare).lines().fold(0u128, |acc, line| {
                let p = Profile::from_json(line).unwrap();
                acc ^ Evaluator::new(&p, STANDARD).caution_sets().fired.bits()
            })
        })
    });
    let summarise = |screen: Screen<&[u8]>| {
        let mut summary = Summary::new(STANDARD);
        screen.for_each(|r| summary.add(&r));
        summary.records()
    };
    g.bench_function("screen/bare", |b| {
        b.iter(|| summarise(Screen::ndjson(black_box(bare.as_bytes()), options).unwrap()))
    });
    g.bench_function("screen/envelope", |b| {
        b.iter(|| summarise(Screen::ndjson(black_box(envelope.as_bytes()), options).unwrap()))
    });
    #[cfg(feature = "rayon")]
    for jobs in [1, 2] {
        // jobs(1) is the sequential path again, timed in this group for the ratio.
        let parallel = options.jobs(jobs);
        g.bench_function(format!("screen/envelope/jobs{jobs}"), |b| {
            b.iter(|| summarise(Screen::ndjson(black_box(envelope.as_bytes()), parallel).unwrap()))
        });
    }
    g.bench_function("screen/csv", |b| {
        b.iter(|| summarise(Screen::csv(black_box(csv_text.as_bytes()), &mapping, options).unwrap()))
    });
    #[cfg(feature = "rayon")]
    g.bench_function("screen/csv/jobs2", |b| {
        b.iter(|| summarise(Screen::csv(black_box(csv_text.as_bytes()), &mapping, options.jobs(2)).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, cohort);
criterion_main!(benches);
