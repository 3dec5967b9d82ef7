//! A cohort of 100,000 generated profiles through the batch API. The generated cohort is
//! first checked against the hand-written baseline (every profile, both standards).
//! Target (BENCHMARKS.md): the per-profile cost within 1.2× of the single-profile paths.
//!
//! Run with `cargo bench --bench batch`, and `cargo bench --bench batch --features rayon` for
//! the parallel batch functions (the `sequential/*` loops stay sequential either way).

mod common;

use std::hint::black_box;
use std::time::Duration;

use calcification::{
    Evaluator, ReferenceStandard, assess_batch, assess_iter, assess_with, caution_sets, caution_sets_batch,
};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

const MODE: &str = if cfg!(feature = "rayon") { "rayon" } else { "sequential" };

fn batch(c: &mut Criterion) {
    let profiles = common::cohort(common::BATCH, common::SEED);
    common::assert_agreement(&profiles);
    let standard = ReferenceStandard::Iom;

    let mut g = c.benchmark_group("batch");
    g.throughput(Throughput::Elements(profiles.len() as u64));
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function(format!("caution_sets_batch/{MODE}"), |b| {
        b.iter(|| caution_sets_batch(black_box(&profiles), standard))
    });
    g.bench_function(format!("assess_batch/{MODE}"), |b| b.iter(|| assess_batch(black_box(&profiles), standard)));
    // The same, with the 100,000 assessments freed outside the timed part.
    g.bench_function(format!("assess_batch/{MODE}/drop_excluded"), |b| {
        b.iter_with_large_drop(|| assess_batch(black_box(&profiles), standard))
    });
    g.bench_function("sequential/caution_sets", |b| {
        b.iter(|| black_box(&profiles).iter().map(|p| caution_sets(p, standard)).collect::<Vec<_>>())
    });
    g.bench_function("sequential/new+caution_sets", |b| {
        b.iter(|| {
            black_box(&profiles)
                .iter()
                .fold(0u128, |acc, p| acc ^ Evaluator::new(p, standard).caution_sets().fired.bits())
        })
    });
    g.bench_function("sequential/baseline", |b| {
        b.iter(|| {
            black_box(&profiles)
                .iter()
                .fold(0u128, |acc, p| acc ^ common::baseline::caution_sets(p, standard).fired.bits())
        })
    });
    g.bench_function("sequential/assess_iter", |b| {
        b.iter(|| assess_iter(black_box(&profiles), standard).filter(Result::is_ok).count())
    });
    g.bench_function("sequential/assess_with", |b| {
        b.iter(|| black_box(&profiles).iter().map(|p| assess_with(p, standard)).collect::<Vec<_>>())
    });
    g.finish();
}

criterion_group!(benches, batch);
criterion_main!(benches);
