//! Knowledge queries: the chains from vitamin K2 to vascular calcification, and entity
//! look-up by id. Reported as measured (no target).
//!
//! Run with `cargo bench --bench knowledge`.

use std::hint::black_box;

use calcification::{CalcificationKind, Entity, Nutrient, chains, entity};
use criterion::{Criterion, criterion_group, criterion_main};

fn knowledge(c: &mut Criterion) {
    assert!(!chains(Nutrient::VitaminK2, CalcificationKind::Vascular, 4).is_empty());
    let mut g = c.benchmark_group("knowledge");
    g.bench_function("chains/vitamin_k2->vascular/4", |b| {
        b.iter(|| chains(black_box(Nutrient::VitaminK2), black_box(CalcificationKind::Vascular), black_box(4)))
    });
    g.bench_function("Entity::from_id/vascular", |b| b.iter(|| Entity::from_id(black_box("vascular"))));
    g.bench_function("entity/vascular", |b| b.iter(|| entity(black_box("vascular"))));
    g.bench_function("entity/unknown", |b| b.iter(|| entity(black_box("no_such_entity"))));
    g.finish();
}

criterion_group!(benches, knowledge);
criterion_main!(benches);
