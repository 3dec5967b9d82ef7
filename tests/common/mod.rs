//! Shared test helpers: a proptest strategy for valid profiles.
#![allow(dead_code)]

use calcification::{
    CalcificationKind, Condition, Diet, Dose, Intake, Intervention, LabValue, Labs, Medication, Profile, ProfileField,
    ReferenceRange, ReproductiveStatus, Sex, Term, Unit,
};
use proptest::prelude::*;
use proptest::sample::subsequence;

/// A dose for `field` in one of its accepted units, within the field's maximum in that unit.
pub fn quantity(field: ProfileField) -> impl Strategy<Value = (f64, Unit)> {
    let units = field.accepted_units().to_vec();
    prop::sample::select(units).prop_flat_map(move |unit| {
        let max = field.max_in(unit).expect("quantity fields have a maximum");
        // Mostly everyday values (up to 1% of the maximum), sometimes anything up to it, and
        // both ends exactly.
        prop_oneof![3 => 0.0..=max / 100.0, 1 => 0.0..=max, 1 => Just(0.0), 1 => Just(max)].prop_map(move |v| (v, unit))
    })
}

fn dose(field: ProfileField) -> impl Strategy<Value = Option<Dose>> {
    prop::option::of(quantity(field).prop_map(|(a, u)| Dose::new(a, u)))
}

fn lab(field: ProfileField) -> impl Strategy<Value = Option<LabValue>> {
    prop::option::of(quantity(field).prop_map(|(v, u)| LabValue::new(v, u)))
}

/// PTH, sometimes with the lab's reference range (its upper limit within the maximum).
fn pth() -> impl Strategy<Value = Option<LabValue>> {
    let field = ProfileField::Pth;
    prop::option::of((quantity(field), prop::option::of(0.0..=1.0f64))).prop_map(move |opt| {
        opt.map(|((v, u), share)| {
            let lab = LabValue::new(v, u);
            match share {
                // An upper limit somewhere up to the maximum in the lab's unit, a lower one below it.
                Some(share) => {
                    let high = field.max_in(u).expect("PTH has a maximum in each unit") * share / 50.0;
                    lab.with_reference_range(ReferenceRange::new(Some(high / 4.0), Some(high)))
                }
                None => lab,
            }
        })
    })
}

fn all<T: Term>() -> Vec<T> {
    T::all().collect()
}

/// Any profile that passes validation.
pub fn valid_profile() -> impl Strategy<Value = Profile> {
    let person = (
        prop::option::of(prop_oneof![0.0..2.0f64, 0.0..130.0f64, (0u32..=130).prop_map(f64::from)]),
        prop::option::of(prop::sample::select(all::<Sex>())),
        prop::option::of(prop::sample::select(all::<ReproductiveStatus>())),
    );
    let intake = prop::option::of((
        dose(ProfileField::VitaminDIntake),
        dose(ProfileField::VitaminK2Intake),
        dose(ProfileField::MagnesiumIntake),
        dose(ProfileField::MagnesiumSupplement),
        dose(ProfileField::CalciumIntake),
        dose(ProfileField::VitaminK1Intake),
        dose(ProfileField::PhosphorusIntake),
        dose(ProfileField::SodiumIntake),
    ))
    // Boxed: the value trees of these wide tuples would otherwise live on the stack of the
    // test thread (a debug build overflowed its 2 MiB).
    .boxed();
    let labs = prop::option::of((
        lab(ProfileField::SerumCalcium),
        lab(ProfileField::Serum25HydroxyvitaminD),
        lab(ProfileField::SerumAlbumin),
        lab(ProfileField::IonizedCalcium),
        lab(ProfileField::SerumPhosphate),
        lab(ProfileField::SerumMagnesium),
        lab(ProfileField::SerumCreatinine),
        lab(ProfileField::Egfr),
        pth(),
    ))
    .boxed();
    let habits = (
        prop::option::of(0.0..=20.0f64),
        prop::option::of(0.0..=10080.0f64),
        prop::option::of(prop::sample::select(all::<Diet>())),
    );
    let ectopic: Vec<CalcificationKind> = CalcificationKind::all().filter(|k| k.is_ectopic()).collect();
    let lists = (
        subsequence(all::<Medication>(), 0..=3),
        subsequence(all::<Condition>(), 0..=4),
        subsequence(ectopic, 0..=2),
        subsequence(all::<Intervention>(), 0..=3),
    );
    (person, intake, labs, habits, lists).prop_map(|((age, sex, status), intake, labs, habits, lists)| {
        Profile {
            age_years: age,
            sex,
            // Pregnancy and lactation are refused with sex male.
            reproductive_status: if sex == Some(Sex::Male) { None } else { status },
            intake: intake.map(
                |(vitamin_d, vitamin_k2, magnesium, magnesium_supplement, calcium, vitamin_k1, phosphorus, sodium)| {
                    Intake {
                        vitamin_d,
                        vitamin_k2,
                        magnesium,
                        magnesium_supplement,
                        calcium,
                        vitamin_k1,
                        phosphorus,
                        sodium,
                    }
                },
            ),
            // Supplement lists have their own generator and properties (tests/supplements.rs):
            // here every intake is a total, so the monotonicity properties hold as stated.
            supplements: Vec::new(),
            labs: labs.map(
                |(
                    serum_calcium,
                    serum_25_hydroxyvitamin_d,
                    serum_albumin,
                    ionized_calcium,
                    serum_phosphate,
                    serum_magnesium,
                    serum_creatinine,
                    egfr,
                    pth,
                )| Labs {
                    serum_calcium,
                    serum_25_hydroxyvitamin_d,
                    serum_albumin,
                    ionized_calcium,
                    serum_phosphate,
                    serum_magnesium,
                    serum_creatinine,
                    egfr,
                    pth,
                },
            ),
            fluid_litres_per_day: habits.0,
            activity_minutes_per_week: habits.1,
            diet: habits.2,
            medications: lists.0,
            conditions: lists.1,
            diagnosed_calcifications: lists.2,
            considering: lists.3,
        }
    })
}

/// The fields of a profile document (JSON contract v1.1).
pub const ROOT_FIELDS: &[&str] = &[
    "age_years",
    "sex",
    "reproductive_status",
    "intake",
    "supplements",
    "labs",
    "fluid_litres_per_day",
    "activity_minutes_per_week",
    "diet",
    "medications",
    "conditions",
    "diagnosed_calcifications",
    "considering",
];

/// Whether a condition is decided for every profile: it reads only lists, whether fields
/// are reported, and the sums of listed supplements (none listed is 0).
pub fn never_unknown(tree: &calcification::ConditionTree) -> bool {
    use calcification::{Atom, ConditionTree};
    match tree {
        ConditionTree::All(items) | ConditionTree::Any(items) => items.iter().all(never_unknown),
        ConditionTree::Not(inner) => never_unknown(inner),
        ConditionTree::Atom(Atom::Compare { field, .. }) => field.id().starts_with("supplements."),
        ConditionTree::Atom(Atom::DietIs(_)) => false,
        ConditionTree::Atom(_) => true,
        _ => false,
    }
}
