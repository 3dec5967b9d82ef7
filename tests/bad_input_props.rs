//! Properties of the profile parser for *all* inputs: arbitrary bytes, arbitrary JSON
//! (shaped like a profile often enough to reach the deep paths) and valid profiles.
//!
//! - nothing panics;
//! - every error prints one non-empty line that starts with its JSON path;
//! - every accepted profile validates, assesses under both standards, and round-trips:
//!   `Profile::from_json(&p.to_json()) == Ok(p)`.

mod common;

use calcification::units::UNIT_ALIASES;
use calcification::{
    CalcificationKind, Condition, Diet, Intervention, Medication, Nutrient, Profile, ReferenceStandard,
    ReproductiveStatus, Sex, Term, Unit, assess_with, caution_sets,
};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;
use serde_json::{Map, Value};

use common::ROOT_FIELDS;
const INTAKE_FIELDS: &[&str] = &["vitamin_d", "vitamin_k2", "magnesium", "magnesium_supplement", "calcium"];
const LAB_FIELDS: &[&str] = &["serum_calcium", "serum_25_hydroxyvitamin_d"];
const QUANTITY_FIELDS: &[&str] = &["amount", "value", "unit"];

fn ids<T: Term>() -> Vec<&'static str> {
    T::all().map(Term::id).collect()
}

/// Every key the contract knows, at any level.
fn known_keys() -> Vec<&'static str> {
    [ROOT_FIELDS, INTAKE_FIELDS, LAB_FIELDS, QUANTITY_FIELDS].concat()
}

/// Every id and unit code (and alias) the contract knows.
fn known_strings() -> Vec<&'static str> {
    let mut all = [
        ids::<Sex>(),
        ids::<ReproductiveStatus>(),
        ids::<Diet>(),
        ids::<Medication>(),
        ids::<Condition>(),
        ids::<CalcificationKind>(),
        ids::<Intervention>(),
        ids::<Unit>(),
    ]
    .concat();
    all.extend(UNIT_ALIASES.iter().map(|(alias, _)| *alias));
    all
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(known_keys()).prop_map(str::to_owned),
        1 => "[a-z_]{0,12}",
        1 => any::<String>(),
    ]
}

fn string() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => select(known_strings()).prop_map(str::to_owned),
        1 => "[a-zA-Z_\\[\\]/]{0,10}",
        1 => any::<String>(),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => (0.0..200.0f64).prop_map(Value::from),
        2 => (0u64..=100_000).prop_map(Value::from),
        1 => (-100.0..0.0f64).prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        // Value::from maps a non-finite float to null, which is a case of its own.
        1 => any::<f64>().prop_map(Value::from),
        1 => select(vec![0.0, -0.0, 130.0, 130.000_000_000_1, 20.0, 10080.0, 50_000.0, 1e-310, f64::MAX]).prop_map(Value::from),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        3 => number(),
        3 => string().prop_map(Value::String),
    ]
}

/// Any JSON value, objects keyed mostly by the contract's field names.
fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(6, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..8).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Mostly `strategy`, sometimes anything at all.
fn or_anything(strategy: impl Strategy<Value = Value> + 'static) -> BoxedStrategy<Value> {
    prop_oneof![8 => strategy, 1 => any_json()].boxed()
}

/// `{"amount"|"value": …, "unit": …}` with the odd missing, extra or misnamed key.
fn quantity() -> BoxedStrategy<Value> {
    let object = (
        select(vec!["amount", "value"]),
        prop::option::weighted(0.9, or_anything(number())),
        prop::option::weighted(0.9, or_anything(select(ids::<Unit>()).prop_map(Value::from))),
        prop::option::weighted(0.05, (key(), any_json())),
    )
        .prop_map(|(name, amount, unit, extra)| {
            let mut map = Map::new();
            if let Some(amount) = amount {
                map.insert(name.to_owned(), amount);
            }
            if let Some(unit) = unit {
                map.insert("unit".to_owned(), unit);
            }
            if let Some((k, v)) = extra {
                map.insert(k, v);
            }
            Value::Object(map)
        });
    or_anything(object)
}

fn object_of(fields: &'static [&'static str], value: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    or_anything(
        prop::collection::vec((select(fields), value), 0..=fields.len())
            .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
    )
}

/// A list of supplement-shaped objects: a quantity with a nutrient id (mostly valid).
fn supplement_list() -> BoxedStrategy<Value> {
    let product = (quantity(), or_anything(select(ids::<Nutrient>()).prop_map(Value::from))).prop_map(|(mut q, n)| {
        if let Value::Object(map) = &mut q {
            map.insert("nutrient".to_owned(), n);
        }
        q
    });
    or_anything(prop::collection::vec(product, 0..3).prop_map(Value::Array))
}

fn id_list() -> BoxedStrategy<Value> {
    or_anything(prop::collection::vec(or_anything(string().prop_map(Value::String)), 0..4).prop_map(Value::Array))
}

/// An object with the profile's fields, each mostly of the right shape.
fn profile_shaped() -> impl Strategy<Value = Value> {
    let field = select(ROOT_FIELDS).prop_flat_map(|name| {
        let value = match name {
            "intake" => object_of(INTAKE_FIELDS, quantity()),
            "labs" => object_of(LAB_FIELDS, quantity()),
            "supplements" => supplement_list(),
            "medications" | "conditions" | "diagnosed_calcifications" | "considering" => id_list(),
            "sex" | "reproductive_status" | "diet" => or_anything(string().prop_map(Value::String)),
            _ => or_anything(number()),
        };
        value.prop_map(move |v| (name.to_owned(), v))
    });
    prop::collection::vec(field, 0..10).prop_map(|kv| Value::Object(kv.into_iter().collect()))
}

/// What must hold for the result of parsing any input.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    match Profile::from_json_slice(bytes) {
        Ok(profile) => {
            prop_assert_eq!(profile.validate(), Ok(()));
            prop_assert_eq!(Profile::from_json(&profile.to_json()), Ok(profile.clone()));
            for standard in [ReferenceStandard::Iom, ReferenceStandard::Efsa] {
                let assessment = assess_with(&profile, standard);
                let sets = caution_sets(&profile, standard);
                prop_assert!(assessment.is_ok() && sets.is_ok());
            }
        }
        Err(err) => {
            let text = err.to_string();
            prop_assert!(!text.is_empty());
            prop_assert!(!text.contains('\n') && !text.contains('\r'), "not one line: {:?}", text);
            let path = err.path();
            prop_assert!(!path.is_empty() && path != ".");
            prop_assert!(text.starts_with(&format!("{path}: ")), "{:?} does not start with {:?}", text, path);
            prop_assert!(!text.ends_with('.'), "trailing period: {:?}", text);
            // Long inputs are cut in messages.
            prop_assert!(text.len() < 1200, "message of {} bytes", text.len());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(&bytes)?;
    }

    #[test]
    fn arbitrary_json_never_panics(value in any_json()) {
        check(serde_json::to_string(&value).expect("a Value serialises").as_bytes())?;
    }

    #[test]
    fn profile_shaped_json_never_panics(value in profile_shaped()) {
        check(serde_json::to_string(&value).expect("a Value serialises").as_bytes())?;
    }

    /// A valid document with a few bytes changed, inserted or cut: syntax errors anywhere.
    #[test]
    fn damaged_valid_documents_never_panic(
        profile in common::valid_profile(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..4),
    ) {
        let mut bytes = profile.to_json().into_bytes();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len() + 1);
            match op {
                0 => bytes.insert(i, byte),
                1 if i < bytes.len() => bytes[i] = byte,
                _ => bytes.truncate(i),
            }
        }
        check(&bytes)?;
    }

    #[test]
    fn valid_profiles_round_trip(profile in common::valid_profile()) {
        prop_assert_eq!(profile.validate(), Ok(()));
        let json = profile.to_json();
        prop_assert_eq!(Profile::from_json(&json), Ok(profile.clone()), "{}", json);
        check(json.as_bytes())?;
    }
}

/// The generators reach both outcomes and the deep paths (a guard against a generator that
/// only ever produces one kind of error).
#[test]
fn profile_shaped_json_reaches_deep_paths_and_valid_profiles() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = profile_shaped();
    let deep = [
        "intake.calcium.unit",
        "intake.vitamin_k2.amount",
        "labs.serum_25_hydroxyvitamin_d.value",
        "medications",
        "sex",
        "supplements",
    ];
    let (mut accepted, mut paths) = (0, std::collections::BTreeSet::new());
    // Until every deep path and 30 valid profiles were seen (a generator that cannot reach
    // one fails after 20,000 documents).
    for _ in 0..20_000 {
        if accepted >= 30 && deep.iter().all(|d| paths.contains(*d)) {
            break;
        }
        let value = strategy.new_tree(&mut runner).expect("a value").current();
        match Profile::from_json(&value.to_string()) {
            Ok(_) => accepted += 1,
            Err(e) => {
                paths.insert(e.path().split('[').next().unwrap_or_default().to_owned());
            }
        }
    }
    assert!(accepted >= 30, "only {accepted} of 20000 accepted");
    for deep in deep {
        assert!(paths.contains(deep), "never reached {deep}: {paths:?}");
    }
}
