//! The crate against its peers on the same documents (issue 11): JSON text to fired set
//! against a plain `#[derive(Deserialize)]` parse and against datalogic-rs (JSONLogic) on the
//! 12 rules that map onto it; a prepared profile to fired set against datalogic-rs on parsed
//! data; the explained assessment against its parse. Ratios are reported in BENCHMARKS.md
//! from callgrind instruction counts (`scripts/callgrind.sh`), with these medians secondary.
//!
//! Run with `cargo bench --bench peers`.

mod common;
#[path = "common/peers.rs"]
mod peers;

use std::hint::black_box;

use calcification::{Evaluator, Profile, ReferenceStandard, explain};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use datalogic_rs::DataValue;
use datalogic_rs::bumpalo::Bump;
use peers::{Jsonlogic, plain_parse};

/// How many generated profiles each input cycles through (results are per profile).
const MIX: usize = 1024;

fn fired(json: &str, standard: ReferenceStandard) -> u128 {
    let profile = Profile::from_json(json).expect("valid");
    Evaluator::new(&profile, standard).caution_sets().fired.bits()
}

fn peers(c: &mut Criterion) {
    let standard = ReferenceStandard::Iom;
    let documents: Vec<String> = common::cohort(MIX, common::SEED).iter().map(Profile::to_json).collect();
    let profiles: Vec<Profile> = documents.iter().map(|d| common::parse(d)).collect();
    let logic = Jsonlogic::new();
    let data_arena = Bump::new();
    let data: Vec<&DataValue<'_>> = documents
        .iter()
        .map(|d| &*data_arena.alloc(DataValue::from_str(d, &data_arena).expect("valid JSON")))
        .collect();
    let mut g = c.benchmark_group("peers");
    g.throughput(Throughput::Elements(MIX as u64));
    g.bench_with_input(BenchmarkId::new("json/fired", "mix"), &documents, |b, ds| {
        b.iter(|| ds.iter().fold(0, |acc, d| acc ^ fired(black_box(d), standard)))
    });
    g.bench_with_input(BenchmarkId::new("json/plain_parse", "mix"), &documents, |b, ds| {
        b.iter(|| ds.iter().filter(|d| plain_parse(black_box(d))).count())
    });
    g.bench_with_input(BenchmarkId::new("json/datalogic", "mix"), &documents, |b, ds| {
        let mut arena = Bump::new();
        b.iter(|| ds.iter().fold(0, |acc, d| acc ^ logic.fired_from_json(black_box(d), &mut arena)))
    });
    g.bench_with_input(BenchmarkId::new("prepared/fired", "mix"), &profiles, |b, ps| {
        b.iter(|| ps.iter().fold(0, |acc, p| acc ^ Evaluator::new(black_box(p), standard).caution_sets().fired.bits()))
    });
    g.bench_with_input(BenchmarkId::new("prepared/datalogic", "mix"), &data, |b, ds| {
        let mut arena = Bump::new();
        b.iter(|| {
            ds.iter().fold(0, |acc, d| {
                arena.reset();
                acc ^ logic.fired(black_box(d), &arena)
            })
        })
    });
    g.bench_with_input(BenchmarkId::new("parse/profile", "mix"), &documents, |b, ds| {
        b.iter(|| ds.iter().filter(|d| Profile::from_json(black_box(d)).is_ok()).count())
    });
    g.bench_with_input(BenchmarkId::new("explain", "mix"), &profiles, |b, ps| {
        b.iter(|| ps.iter().map(|p| explain(&Evaluator::new(black_box(p), standard)).findings.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, peers);
criterion_main!(benches);
