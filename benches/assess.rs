//! The explained assessment against reading the profile: `explain` for a prepared (parsed and
//! validated) profile, `Profile::from_json` and a raw `serde_json::Value` parse of the same
//! document, and the end-to-end path from JSON text to Assessment JSON text. Target
//! (BENCHMARKS.md): explaining costs no more than parsing.
//!
//! Run with `cargo bench --bench assess`.

mod common;

use std::hint::black_box;

use calcification::{Evaluator, Profile, ReferenceStandard, assess_with, explain};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// How many generated profiles the `mix` input cycles through (results are per profile).
const MIX: usize = 1024;

fn inputs() -> Vec<(&'static str, Vec<String>)> {
    vec![
        ("full", vec![common::FULL_JSON.to_owned()]),
        ("sparse", vec![common::SPARSE_JSON.to_owned()]),
        ("mix", common::cohort(MIX, common::SEED).iter().map(Profile::to_json).collect()),
    ]
}

fn end_to_end(json: &str, standard: ReferenceStandard) -> String {
    let profile = Profile::from_json(json).expect("valid");
    let assessment = assess_with(&profile, standard).expect("valid");
    serde_json::to_string(&assessment).expect("serialises")
}

fn assess(c: &mut Criterion) {
    let standard = ReferenceStandard::Iom;
    for (name, documents) in inputs() {
        let profiles: Vec<Profile> = documents.iter().map(|d| common::parse(d)).collect();
        let n = documents.len() as u64;
        let mut g = c.benchmark_group("assess");
        g.throughput(Throughput::Elements(n));
        g.bench_with_input(BenchmarkId::new("explain", name), &profiles, |b, ps| {
            b.iter(|| ps.iter().map(|p| explain(&Evaluator::new(black_box(p), standard)).findings.len()).sum::<usize>())
        });
        g.bench_with_input(BenchmarkId::new("parse/profile", name), &documents, |b, ds| {
            b.iter(|| ds.iter().map(|d| Profile::from_json(black_box(d)).is_ok() as usize).sum::<usize>())
        });
        g.bench_with_input(BenchmarkId::new("parse/value", name), &documents, |b, ds| {
            b.iter(|| {
                ds.iter()
                    .map(|d| serde_json::from_str::<serde_json::Value>(black_box(d)).is_ok() as usize)
                    .sum::<usize>()
            })
        });
        g.bench_with_input(BenchmarkId::new("end_to_end", name), &documents, |b, ds| {
            b.iter(|| ds.iter().map(|d| end_to_end(black_box(d), standard).len()).sum::<usize>())
        });
        g.finish();
    }
}

criterion_group!(benches, assess);
criterion_main!(benches);
