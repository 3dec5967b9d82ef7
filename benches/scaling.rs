//! Per-profile cost from 10³ to 10⁶ profiles (issue 11): JSON text to fired set over that many
//! distinct generated documents, against the plain derive parse of the same documents, so
//! that what is not flat (caches, the allocator) shows in both. With `SCALING_NDJSON=<dir>`
//! it also writes each size as an NDJSON cohort (`{"id", "profile"}` envelopes) for the
//! streaming memory measurement in BENCHMARKS.md (`examples/cohort.rs` under
//! `/usr/bin/time -v`).
//!
//! Run with `cargo bench --bench scaling` (about two minutes; 10⁶ documents take about 1 GB).

mod common;
#[path = "common/peers.rs"]
mod peers;

use std::hint::black_box;
use std::io::Write;

use calcification::{Evaluator, Profile, ReferenceStandard};
use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

fn fired(json: &str, standard: ReferenceStandard) -> u128 {
    let profile = Profile::from_json(json).expect("valid");
    Evaluator::new(&profile, standard).caution_sets().fired.bits()
}

fn write_ndjson(dir: &str, documents: &[String]) {
    let path = format!("{dir}/cohort_{}.ndjson", documents.len());
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("create the NDJSON file"));
    for (i, d) in documents.iter().enumerate() {
        writeln!(out, r#"{{"id": "p{i}", "profile": {d}}}"#).expect("write");
    }
    out.flush().expect("write");
}

fn scaling(c: &mut Criterion) {
    let standard = ReferenceStandard::Iom;
    let all: Vec<String> = common::cohort(SIZES[SIZES.len() - 1], common::SEED).iter().map(Profile::to_json).collect();
    let mut g = c.benchmark_group("scaling");
    g.sampling_mode(SamplingMode::Flat).sample_size(10);
    for n in SIZES {
        let documents = &all[..n];
        if let Ok(dir) = std::env::var("SCALING_NDJSON") {
            write_ndjson(&dir, documents);
        }
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("json/fired", n), documents, |b, ds| {
            b.iter(|| ds.iter().fold(0, |acc, d| acc ^ fired(black_box(d), standard)))
        });
        g.bench_with_input(BenchmarkId::new("json/plain_parse", n), documents, |b, ds| {
            b.iter(|| ds.iter().filter(|d| peers::plain_parse(black_box(d))).count())
        });
    }
    g.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
