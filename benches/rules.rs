//! The fast path — fired and not-assessed sets over all 22 rules — against the hand-written
//! baseline of `common/baseline.rs`. Targets (BENCHMARKS.md): the interpreter within 3× the
//! baseline.
//!
//! "Prepared" means a parsed and validated [`Profile`]: what `Profile::from_json` or the
//! builder returns. Each path is timed from there (`new+caution_sets`: the interpreter resolves
//! the life stage's reference values; `baseline`: the baseline looks up the values it needs),
//! and once more from an already built [`Evaluator`] / already resolved thresholds.
//!
//! Run with `cargo bench --bench rules`.

mod common;

use std::hint::black_box;

use calcification::{CautionSets, Evaluator, Profile, ReferenceStandard, caution_sets};
use common::baseline::{self, Thresholds};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// How many generated profiles the `mix` input cycles through (results are per profile).
const MIX: usize = 1024;

fn fold(sets: CautionSets) -> u128 {
    sets.fired.bits() ^ sets.not_assessed.bits().rotate_left(11)
}

/// Runs `f` over every profile of `inputs`, folding the results so nothing is optimised away.
fn over<T>(inputs: &[T], f: impl Fn(&T) -> CautionSets) -> u128 {
    inputs.iter().fold(0, |acc, x| acc ^ fold(f(black_box(x))))
}

fn inputs() -> Vec<(&'static str, Vec<Profile>)> {
    vec![
        ("full", vec![common::parse(common::FULL_JSON)]),
        ("sparse", vec![common::parse(common::SPARSE_JSON)]),
        ("mix", common::cohort(MIX, common::SEED)),
    ]
}

fn rules(c: &mut Criterion) {
    let standard = ReferenceStandard::Iom;
    for (name, profiles) in inputs() {
        common::assert_agreement(&profiles);
        let mut g = c.benchmark_group("rules");
        g.throughput(Throughput::Elements(profiles.len() as u64));
        g.bench_with_input(BenchmarkId::new("interpreter/new+caution_sets", name), &profiles, |b, ps| {
            b.iter(|| over(ps, |p| Evaluator::new(p, black_box(standard)).caution_sets()))
        });
        let evaluators: Vec<Evaluator<'_>> = profiles.iter().map(|p| Evaluator::new(p, standard)).collect();
        g.bench_with_input(BenchmarkId::new("interpreter/caution_sets", name), &evaluators, |b, es| {
            b.iter(|| over(es, Evaluator::caution_sets))
        });
        g.bench_with_input(BenchmarkId::new("interpreter/validate+caution_sets", name), &profiles, |b, ps| {
            b.iter(|| over(ps, |p| caution_sets(p, black_box(standard)).expect("valid")))
        });
        g.bench_with_input(BenchmarkId::new("baseline/lookup+ifs", name), &profiles, |b, ps| {
            b.iter(|| over(ps, |p| baseline::caution_sets(p, black_box(standard))))
        });
        let prepared: Vec<(&Profile, Thresholds)> =
            profiles.iter().map(|p| (p, Thresholds::resolve(&p.life_stage(), standard))).collect();
        g.bench_with_input(BenchmarkId::new("baseline/ifs", name), &prepared, |b, ps| {
            b.iter(|| over(ps, |(p, t)| baseline::caution_sets_prepared(p, t)))
        });
        g.finish();
    }
}

criterion_group!(benches, rules);
criterion_main!(benches);
