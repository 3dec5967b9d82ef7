//! The fast path allocates nothing: `Evaluator::new(..).caution_sets()` on a prepared (parsed
//! and validated) profile, and `caution_sets`, which validates first.
//!
//! A counting global allocator (this test file is its own binary) counts the allocations
//! made on the current thread while a closure runs; other test threads do not interfere.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use calcification::{
    CalcificationKind, Condition, Diet, Evaluator, Intervention, Medication, Profile, ReferenceStandard,
    ReproductiveStatus, Sex, Unit, caution_sets,
};

struct Counting;

thread_local! {
    /// Whether allocations on this thread are being counted (const-initialised, so reading it
    /// never allocates).
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    /// Allocations counted on this thread. Per thread, so tests running in parallel (one of
    /// which allocates on purpose) cannot add to each other's counts.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count() {
    if COUNTING.with(Cell::get) {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
    }
}

// SAFETY: every method forwards to `System` unchanged; counting has no effect on memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: forwarded with the caller's pointer, layout and size.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's pointer and layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations `f` makes on this thread, with its result.
fn allocations<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATIONS.with(Cell::get);
    COUNTING.with(|c| c.set(true));
    let out = std::hint::black_box(f());
    COUNTING.with(|c| c.set(false));
    // Other threads never count, so the difference is this thread's.
    (ALLOCATIONS.with(Cell::get) - before, out)
}

const SAMPLES: &[(&str, &str)] = &[
    ("anticoagulant", include_str!("../examples/profiles/anticoagulant.json")),
    ("child", include_str!("../examples/profiles/child.json")),
    ("kidney_disease_magnesium", include_str!("../examples/profiles/kidney_disease_magnesium.json")),
    ("pregnant", include_str!("../examples/profiles/pregnant.json")),
    ("sparse", include_str!("../examples/profiles/sparse.json")),
    ("vitamin_d_without_k2", include_str!("../examples/profiles/vitamin_d_without_k2.json")),
];

/// The sample profiles plus hand-built ones: everything reported, nothing reported, an
/// infant, and a profile whose look-ups fail for want of sex.
fn profiles() -> Vec<(String, Profile)> {
    let mut out: Vec<(String, Profile)> = SAMPLES
        .iter()
        .map(|(name, json)| ((*name).to_owned(), Profile::from_json(json).expect("sample profiles are valid")))
        .collect();
    let full = Profile::builder()
        .age_years(16.0)
        .sex(Sex::Female)
        .reproductive_status(ReproductiveStatus::Lactating)
        .vitamin_d(5000.0, Unit::InternationalUnit)
        .vitamin_k2(0.05, Unit::Milligram)
        .magnesium(0.5, Unit::Gram)
        .magnesium_supplement(420.0, Unit::Milligram)
        .calcium(3.2, Unit::Gram)
        .serum_calcium(2.9, Unit::MillimolePerLitre)
        .serum_25_hydroxyvitamin_d(400.0, Unit::NanomolePerLitre)
        .fluid_litres_per_day(1.2)
        .activity_minutes_per_week(100.0)
        .diet(Diet::HighProcessed)
        .medication(Medication::VitaminKAntagonist)
        .medication(Medication::ThiazideDiuretic)
        .condition(Condition::ChronicKidneyDisease)
        .condition(Condition::KidneyStoneHistory)
        .condition(Condition::GranulomatousDisease)
        .condition(Condition::HeavyMetalToxicity)
        .diagnosed_calcification(CalcificationKind::Vascular)
        .considering(Intervention::ChelationTherapy)
        .build()
        .expect("valid");
    out.push(("everything reported".to_owned(), full));
    out.push(("nothing reported".to_owned(), Profile::default()));
    let infant = Profile::builder().age_years(0.25).vitamin_d(400.0, Unit::InternationalUnit).build().expect("valid");
    out.push(("infant".to_owned(), infant));
    let no_sex = Profile::builder()
        .age_years(40.0)
        .magnesium(250.0, Unit::Milligram)
        .fluid_litres_per_day(1.0)
        .vitamin_k2(10.0, Unit::Microgram)
        .build()
        .expect("valid");
    out.push(("sex not reported".to_owned(), no_sex));
    out
}

#[test]
fn the_allocator_counts() {
    let (n, v) = allocations(|| vec![1u8; 16]);
    assert_eq!((n, v.len()), (1, 16));
}

#[test]
fn evaluator_caution_sets_allocates_nothing() {
    for (name, profile) in profiles() {
        for standard in [ReferenceStandard::Iom, ReferenceStandard::Efsa] {
            let (n, sets) = allocations(|| Evaluator::new(&profile, standard).caution_sets());
            assert_eq!(n, 0, "{name} ({standard:?}): {n} allocations");
            // A set was computed (every profile has cautions that are decided or not assessed).
            assert!(sets.fired.len() + sets.not_assessed.len() > 0, "{name}");
        }
    }
}

#[test]
fn caution_sets_with_validation_allocates_nothing() {
    for (name, profile) in profiles() {
        for standard in [ReferenceStandard::Iom, ReferenceStandard::Efsa] {
            let (n, sets) = allocations(|| caution_sets(&profile, standard));
            assert_eq!(n, 0, "{name} ({standard:?}): {n} allocations");
            assert_eq!(sets, Ok(Evaluator::new(&profile, standard).caution_sets()), "{name}");
        }
    }
}

#[test]
fn validate_allocates_nothing_on_success() {
    for (name, profile) in profiles() {
        let (n, result) = allocations(|| profile.validate());
        assert_eq!((n, result), (0, Ok(())), "{name}");
    }
}
