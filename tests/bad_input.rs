//! Hostile and malformed profiles: nothing panics, nothing is silently accepted, and every
//! error names the JSON path and what was expected, in the exact words asserted here.
//!
//! Each case is `(input, message)`; the message is what `ProfileError`'s `Display` must
//! print. Cases that need generated input (non-UTF-8 bytes, deep nesting, megabyte strings)
//! are built in [`generated_cases`].

mod common;

use std::io::Read;

use calcification::{
    CalcificationKind, Condition, Intake, Labs, MAX_PROFILE_BYTES, Medication, Profile, ProfileError, Sex,
};

const MEDICATIONS: &str = "vitamin_k_antagonist, thiazide_diuretic, lithium, glucocorticoid, enzyme_inducing_anticonvulsant, orlistat, bile_acid_sequestrant, proton_pump_inhibitor, active_vitamin_d_analogue, calcium_based_phosphate_binder";
const CONDITIONS: &str = "chronic_kidney_disease, kidney_stone_history, granulomatous_disease, heavy_metal_toxicity, diabetes_mellitus, primary_hyperparathyroidism, dialysis";
const ECTOPIC: &str =
    "an ectopic calcification kind, one of vascular, calcific_tendinitis, kidney_stones, pancreatic, breast";
const INTERVENTIONS: &str = "diagnostic_testing, medical_management, chelation_therapy";
const ROOT_FIELDS: &str = "age_years, sex, reproductive_status, intake, supplements, labs, fluid_litres_per_day, \
    activity_minutes_per_week, diet, medications, conditions, diagnosed_calcifications, considering";
const TOO_LARGE_FOR_F64: &str = "found a number too large for a 64-bit float";

/// `(input, exact error message)`.
const CASES: &[(&str, &str)] = &[
    // --- Not JSON at all ------------------------------------------------------------------
    ("{", "profile: invalid JSON at line 1, column 1: expected the rest of an object, found the end of the input"),
    (r#"{"age_years": }"#, "profile: invalid JSON at line 1, column 15: expected a JSON value, found '}'"),
    ("{'age_years': 1}", r"profile: invalid JSON at line 1, column 2: expected a string key, found '\''"),
    (r#"{"age_years" 1}"#, "profile: invalid JSON at line 1, column 14: expected ':', found '1'"),
    (
        r#"{"age_years": 1 "sex": "male"}"#,
        r#"profile: invalid JSON at line 1, column 17: expected ',' or '}', found '"'"#,
    ),
    (
        r#"{"medications": ["thiazide_diuretic" "vitamin_k_antagonist"]}"#,
        r#"profile: invalid JSON at line 1, column 38: expected ',' or ']', found '"'"#,
    ),
    (r#"{"age_years": 1,}"#, "profile: invalid JSON at line 1, column 17: expected a string key, found '}'"),
    (r#"{"age_years": NaN}"#, "profile: invalid JSON at line 1, column 15: expected a JSON value, found 'N'"),
    (
        "{\n  \"age_years\": 52,\n  \"sex\": female\n}",
        "profile: invalid JSON at line 3, column 11: expected true, false or null (strings need double quotes)",
    ),
    (
        "{\n  \"age_years\": 52,\n  \"sex\": @female\n}",
        "profile: invalid JSON at line 3, column 10: expected a JSON value, found '@'",
    ),
    (
        r#"{"sex": "fem"#,
        "profile: invalid JSON at line 1, column 12: expected the rest of a string, found the end of the input",
    ),
    (
        r#"{"medications": ["#,
        "profile: invalid JSON at line 1, column 17: expected the rest of an array, found the end of the input",
    ),
    ("", "profile: invalid JSON at line 1, column 1: expected a JSON object, found empty input"),
    (" \n\t\r\n ", "profile: invalid JSON at line 1, column 1: expected a JSON object, found only whitespace"),
    ("\u{feff}{}", r"profile: invalid JSON at line 1, column 1: expected a JSON value, found '\u{feff}'"),
    // --- Trailing data after the object ---------------------------------------------------
    ("{} {}", "profile: invalid JSON at line 1, column 4: expected the end of the input after the profile, found '{'"),
    (
        r#"{"age_years": 52}x"#,
        "profile: invalid JSON at line 1, column 18: expected the end of the input after the profile, found 'x'",
    ),
    (
        "{}\n\n  []",
        "profile: invalid JSON at line 3, column 3: expected the end of the input after the profile, found '['",
    ),
    // --- A document that is not an object -------------------------------------------------
    ("[]", "profile: expected a JSON object (a profile), found an array"),
    (r#"[{"age_years": 52}]"#, "profile: expected a JSON object (a profile), found an array"),
    (r#""age_years""#, r#"profile: expected a JSON object (a profile), found "age_years""#),
    ("52", "profile: expected a JSON object (a profile), found 52"),
    ("-1.5", "profile: expected a JSON object (a profile), found -1.5"),
    ("null", "profile: expected a JSON object (a profile), found null"),
    ("true", "profile: expected a JSON object (a profile), found true"),
    // --- Wrong types, at every level ------------------------------------------------------
    (r#"{"age_years": "52"}"#, r#"age_years: expected a number from 0 to 130 years, found "52""#),
    (r#"{"age_years": true}"#, "age_years: expected a number from 0 to 130 years, found true"),
    (
        r#"{"fluid_litres_per_day": [1.5]}"#,
        "fluid_litres_per_day: expected a number from 0 to 20 L/day, found an array",
    ),
    (
        r#"{"activity_minutes_per_week": {"minutes": 60}}"#,
        "activity_minutes_per_week: expected a number from 0 to 10080 min/week, found an object",
    ),
    (r#"{"sex": 1}"#, "sex: expected one of female, male, found 1"),
    (r#"{"reproductive_status": true}"#, "reproductive_status: expected one of pregnant, lactating, found true"),
    (r#"{"diet": ["mixed"]}"#, "diet: expected one of heart_healthy, mixed, high_processed, found an array"),
    (r#"{"intake": []}"#, "intake: expected a JSON object (daily intakes), found an array"),
    (r#"{"intake": "plenty"}"#, r#"intake: expected a JSON object (daily intakes), found "plenty""#),
    (r#"{"labs": [10.9]}"#, "labs: expected a JSON object (lab values), found an array"),
    (
        r#"{"intake": {"calcium": [1000, "mg"]}}"#,
        "intake.calcium: expected a JSON object with amount and unit (one of ug, mg, g), found an array",
    ),
    (
        r#"{"intake": {"vitamin_d": 5000}}"#,
        "intake.vitamin_d: expected a JSON object with amount and unit (one of ug, mg, g, [iU]), found 5000",
    ),
    (
        r#"{"labs": {"serum_calcium": "10.9 mg/dL"}}"#,
        r#"labs.serum_calcium: expected a JSON object with value and unit (one of mg/dL, mmol/L), found "10.9 mg/dL""#,
    ),
    (
        r#"{"intake": {"calcium": {"amount": "1000", "unit": "mg"}}}"#,
        r#"intake.calcium.amount: expected a finite number greater than or equal to 0, found "1000""#,
    ),
    (
        r#"{"labs": {"serum_25_hydroxyvitamin_d": {"value": [18], "unit": "ng/mL"}}}"#,
        "labs.serum_25_hydroxyvitamin_d.value: expected a finite number greater than or equal to 0, found an array",
    ),
    (
        r#"{"intake": {"calcium": {"amount": 1000, "unit": 5}}}"#,
        "intake.calcium.unit: expected one of ug, mg, g, found 5",
    ),
    (
        r#"{"labs": {"serum_calcium": {"value": 9.5, "unit": {"code": "mg/dL"}}}}"#,
        "labs.serum_calcium.unit: expected one of mg/dL, mmol/L, found an object",
    ),
    (
        r#"{"medications": {"vitamin_k_antagonist": true}}"#,
        "medications: expected an array of ids, each one of vitamin_k_antagonist, thiazide_diuretic, lithium, glucocorticoid, enzyme_inducing_anticonvulsant, orlistat, bile_acid_sequestrant, proton_pump_inhibitor, active_vitamin_d_analogue, calcium_based_phosphate_binder, found an object",
    ),
    (
        r#"{"medications": "thiazide_diuretic"}"#,
        r#"medications: expected an array of ids, each one of vitamin_k_antagonist, thiazide_diuretic, lithium, glucocorticoid, enzyme_inducing_anticonvulsant, orlistat, bile_acid_sequestrant, proton_pump_inhibitor, active_vitamin_d_analogue, calcium_based_phosphate_binder, found "thiazide_diuretic""#,
    ),
    (
        r#"{"conditions": 1}"#,
        "conditions: expected an array of ids, each one of chronic_kidney_disease, kidney_stone_history, granulomatous_disease, heavy_metal_toxicity, diabetes_mellitus, primary_hyperparathyroidism, dialysis, found 1",
    ),
    (
        r#"{"diagnosed_calcifications": {}}"#,
        "diagnosed_calcifications: expected an array of ids, each an ectopic calcification kind, one of vascular, calcific_tendinitis, kidney_stones, pancreatic, breast, found an object",
    ),
    (
        r#"{"considering": true}"#,
        "considering: expected an array of ids, each one of diagnostic_testing, medical_management, chelation_therapy, found true",
    ),
    (
        r#"{"medications": [["thiazide_diuretic"]]}"#,
        "medications[0]: expected one of vitamin_k_antagonist, thiazide_diuretic, lithium, glucocorticoid, enzyme_inducing_anticonvulsant, orlistat, bile_acid_sequestrant, proton_pump_inhibitor, active_vitamin_d_analogue, calcium_based_phosphate_binder, found an array",
    ),
    (
        r#"{"diagnosed_calcifications": [1]}"#,
        "diagnosed_calcifications[0]: expected an ectopic calcification kind, one of vascular, calcific_tendinitis, kidney_stones, pancreatic, breast, found 1",
    ),
    // --- null where it is not allowed -------------------------------------------------------
    (
        r#"{"intake": {"calcium": {"amount": null, "unit": "mg"}}}"#,
        "intake.calcium.amount: expected a finite number greater than or equal to 0, found null",
    ),
    (
        r#"{"intake": {"calcium": {"amount": 1000, "unit": null}}}"#,
        "intake.calcium.unit: expected one of ug, mg, g, found null",
    ),
    (
        r#"{"labs": {"serum_calcium": {"value": null, "unit": "mg/dL"}}}"#,
        "labs.serum_calcium.value: expected a finite number greater than or equal to 0, found null",
    ),
    (
        r#"{"medications": [null]}"#,
        "medications[0]: expected one of vitamin_k_antagonist, thiazide_diuretic, lithium, glucocorticoid, enzyme_inducing_anticonvulsant, orlistat, bile_acid_sequestrant, proton_pump_inhibitor, active_vitamin_d_analogue, calcium_based_phosphate_binder, found null",
    ),
    (
        r#"{"conditions": ["chronic_kidney_disease", null]}"#,
        "conditions[1]: expected one of chronic_kidney_disease, kidney_stone_history, granulomatous_disease, heavy_metal_toxicity, diabetes_mellitus, primary_hyperparathyroidism, dialysis, found null",
    ),
    (
        r#"{"diagnosed_calcifications": [null]}"#,
        "diagnosed_calcifications[0]: expected an ectopic calcification kind, one of vascular, calcific_tendinitis, kidney_stones, pancreatic, breast, found null",
    ),
    (
        r#"{"considering": [null]}"#,
        "considering[0]: expected one of diagnostic_testing, medical_management, chelation_therapy, found null",
    ),
    // --- Out of range -----------------------------------------------------------------------
    (r#"{"age_years": -1}"#, "age_years: expected a number from 0 to 130 years, found -1"),
    (r#"{"age_years": 131}"#, "age_years: expected a number from 0 to 130 years, found 131"),
    (r#"{"fluid_litres_per_day": 21}"#, "fluid_litres_per_day: expected a number from 0 to 20 L/day, found 21"),
    (
        r#"{"activity_minutes_per_week": 10081}"#,
        "activity_minutes_per_week: expected a number from 0 to 10080 min/week, found 10081",
    ),
    (
        r#"{"intake": {"calcium": {"amount": -5, "unit": "mg"}}}"#,
        "intake.calcium.amount: expected a finite number greater than or equal to 0, found -5",
    ),
    (
        r#"{"labs": {"serum_calcium": {"value": -0.1, "unit": "mmol/L"}}}"#,
        "labs.serum_calcium.value: expected a finite number greater than or equal to 0, found -0.1",
    ),
    (
        r#"{"intake": {"vitamin_d": {"amount": 50001, "unit": "ug"}}}"#,
        "intake.vitamin_d.amount: expected a number from 0 to 50000 ug, found 50001",
    ),
    (
        r#"{"intake": {"vitamin_d": {"amount": 2000001, "unit": "[iU]"}}}"#,
        "intake.vitamin_d.amount: expected a number from 0 to 2000000 [iU], found 2000001",
    ),
    (
        r#"{"intake": {"vitamin_d": {"amount": 2000001, "unit": "IU"}}}"#,
        "intake.vitamin_d.amount: expected a number from 0 to 2000000 [iU], found 2000001",
    ),
    (
        r#"{"intake": {"calcium": {"amount": 20.5, "unit": "g"}}}"#,
        "intake.calcium.amount: expected a number from 0 to 20 g, found 20.5",
    ),
    (
        r#"{"labs": {"serum_calcium": {"value": 31, "unit": "mg/dL"}}}"#,
        "labs.serum_calcium.value: expected a number from 0 to 30 mg/dL, found 31",
    ),
    (
        r#"{"labs": {"serum_calcium": {"value": 8, "unit": "mmol/L"}}}"#,
        "labs.serum_calcium.value: expected a number from 0 to 7.48503 mmol/L, found 8",
    ),
    (
        r#"{"intake": {"calcium": {"amount": 18446744073709551615, "unit": "mg"}}}"#,
        "intake.calcium.amount: expected a number from 0 to 20000 mg, found 18446744073709552000",
    ),
    // --- Numbers beyond f64 -------------------------------------------------------------------
    // (serde_json reports these before any field sees them; each field says what it expected.)
    (
        r#"{"age_years": 1e400}"#,
        "age_years: expected a number from 0 to 130 years, found a number too large for a 64-bit float",
    ),
    (
        r#"{"intake": {"calcium": {"amount": 1e400, "unit": "mg"}}}"#,
        "intake.calcium.amount: expected a finite number greater than or equal to 0, found a number too large for a 64-bit float",
    ),
    (
        r#"{"labs": {"serum_calcium": {"value": -1e400, "unit": "mg/dL"}}}"#,
        "labs.serum_calcium.value: expected a finite number greater than or equal to 0, found a number too large for a 64-bit float",
    ),
    (r#"{"sex": 1e400}"#, "sex: expected one of female, male, found a number too large for a 64-bit float"),
    (
        r#"{"medications": [1e400]}"#,
        "medications[0]: expected one of vitamin_k_antagonist, thiazide_diuretic, lithium, glucocorticoid, enzyme_inducing_anticonvulsant, orlistat, bile_acid_sequestrant, proton_pump_inhibitor, active_vitamin_d_analogue, calcium_based_phosphate_binder, found a number too large for a 64-bit float",
    ),
    (
        r#"{"intake": {"calcium": {"amount": 1, "unit": 1e400}}}"#,
        "intake.calcium.unit: expected one of ug, mg, g, found a number too large for a 64-bit float",
    ),
    ("1e400", "profile: expected a JSON object (a profile), found a number too large for a 64-bit float"),
    // --- Unknown fields, at every level ---------------------------------------------------
    (
        r#"{"weight_kg": 70}"#,
        "weight_kg: unknown field \"weight_kg\": expected one of age_years, sex, reproductive_status, intake, supplements, labs, fluid_litres_per_day, activity_minutes_per_week, diet, medications, conditions, diagnosed_calcifications, considering",
    ),
    (
        r#"{"Age_years": 52}"#,
        "Age_years: unknown field \"Age_years\": expected one of age_years, sex, reproductive_status, intake, supplements, labs, fluid_litres_per_day, activity_minutes_per_week, diet, medications, conditions, diagnosed_calcifications, considering",
    ),
    (
        r#"{"intake": {"vitamin_c": {"amount": 500, "unit": "mg"}}}"#,
        "intake.vitamin_c: unknown field \"vitamin_c\": expected one of vitamin_d, vitamin_k2, magnesium, magnesium_supplement, calcium, vitamin_k1, phosphorus, sodium",
    ),
    (
        r#"{"labs": {"ferritin": {"value": 80, "unit": "ng/mL"}}}"#,
        "labs.ferritin: unknown field \"ferritin\": expected one of serum_calcium, serum_25_hydroxyvitamin_d, serum_albumin, ionized_calcium, serum_phosphate, serum_magnesium, serum_creatinine, egfr, pth",
    ),
    (
        r#"{"intake": {"calcium": {"amount": 500, "unit": "mg", "form": "carbonate"}}}"#,
        "intake.calcium.form: unknown field \"form\": expected amount or unit",
    ),
    (
        r#"{"labs": {"serum_calcium": {"value": 9.5, "unit": "mg/dL", "date": "2024-01-01"}}}"#,
        "labs.serum_calcium.date: unknown field \"date\": expected one of value, unit, reference_range",
    ),
    (
        r#"{"intake": {"calcium": {"value": 500, "unit": "mg"}}}"#,
        "intake.calcium.value: unknown field \"value\": expected amount or unit",
    ),
    (
        "{\"a\\nb\": 1}",
        "[\"a\\nb\"]: unknown field \"a\\nb\": expected one of age_years, sex, reproductive_status, intake, supplements, labs, fluid_litres_per_day, activity_minutes_per_week, diet, medications, conditions, diagnosed_calcifications, considering",
    ),
    // --- Unknown ids, in every scalar and list --------------------------------------------
    (r#"{"sex": "other"}"#, r#"sex: expected one of female, male, found "other""#),
    (r#"{"sex": "Female"}"#, r#"sex: expected one of female, male, found "Female""#),
    (
        r#"{"reproductive_status": "postpartum"}"#,
        r#"reproductive_status: expected one of pregnant, lactating, found "postpartum""#,
    ),
    (r#"{"diet": "vegan"}"#, r#"diet: expected one of heart_healthy, mixed, high_processed, found "vegan""#),
    (
        r#"{"medications": ["thiazide_diuretic", "warfarin"]}"#,
        r#"medications[1]: expected one of vitamin_k_antagonist, thiazide_diuretic, lithium, glucocorticoid, enzyme_inducing_anticonvulsant, orlistat, bile_acid_sequestrant, proton_pump_inhibitor, active_vitamin_d_analogue, calcium_based_phosphate_binder, found "warfarin""#,
    ),
    (
        r#"{"conditions": ["diabetes"]}"#,
        r#"conditions[0]: expected one of chronic_kidney_disease, kidney_stone_history, granulomatous_disease, heavy_metal_toxicity, diabetes_mellitus, primary_hyperparathyroidism, dialysis, found "diabetes""#,
    ),
    (
        r#"{"diagnosed_calcifications": ["brain"]}"#,
        r#"diagnosed_calcifications[0]: expected an ectopic calcification kind, one of vascular, calcific_tendinitis, kidney_stones, pancreatic, breast, found "brain""#,
    ),
    (
        r#"{"diagnosed_calcifications": ["vascular", "skeletal"]}"#,
        r#"diagnosed_calcifications[1]: expected an ectopic calcification kind, one of vascular, calcific_tendinitis, kidney_stones, pancreatic, breast, found "skeletal" (physiological)"#,
    ),
    (
        r#"{"diagnosed_calcifications": ["dental"]}"#,
        r#"diagnosed_calcifications[0]: expected an ectopic calcification kind, one of vascular, calcific_tendinitis, kidney_stones, pancreatic, breast, found "dental" (physiological)"#,
    ),
    (
        r#"{"considering": ["surgery"]}"#,
        r#"considering[0]: expected one of diagnostic_testing, medical_management, chelation_therapy, found "surgery""#,
    ),
    // --- Units that do not fit the nutrient or lab ----------------------------------------
    (
        r#"{"intake": {"magnesium": {"amount": 300, "unit": "[iU]"}}}"#,
        r#"intake.magnesium.unit: expected one of ug, mg, g, found "[iU]""#,
    ),
    (
        r#"{"intake": {"calcium": {"amount": 300, "unit": "IU"}}}"#,
        r#"intake.calcium.unit: expected one of ug, mg, g, found "IU""#,
    ),
    (
        r#"{"intake": {"vitamin_k2": {"amount": 300, "unit": "[IU]"}}}"#,
        r#"intake.vitamin_k2.unit: expected one of ug, mg, g, found "[IU]""#,
    ),
    (
        r#"{"intake": {"magnesium_supplement": {"amount": 300, "unit": "[iU]"}}}"#,
        r#"intake.magnesium_supplement.unit: expected one of ug, mg, g, found "[iU]""#,
    ),
    (
        r#"{"labs": {"serum_25_hydroxyvitamin_d": {"value": 30, "unit": "mg/dL"}}}"#,
        r#"labs.serum_25_hydroxyvitamin_d.unit: expected one of ng/mL, nmol/L, found "mg/dL""#,
    ),
    (
        r#"{"labs": {"serum_calcium": {"value": 9.5, "unit": "ng/mL"}}}"#,
        r#"labs.serum_calcium.unit: expected one of mg/dL, mmol/L, found "ng/mL""#,
    ),
    (
        r#"{"intake": {"vitamin_d": {"amount": 1, "unit": "kg"}}}"#,
        r#"intake.vitamin_d.unit: expected one of ug, mg, g, [iU], found "kg""#,
    ),
    (
        r#"{"intake": {"calcium": {"amount": 1, "unit": "MG"}}}"#,
        r#"intake.calcium.unit: expected one of ug, mg, g, found "MG""#,
    ),
    (
        r#"{"intake": {"calcium": {"amount": 1, "unit": ""}}}"#,
        r#"intake.calcium.unit: expected one of ug, mg, g, found """#,
    ),
    // --- Missing amount, unit or value ----------------------------------------------------
    (
        r#"{"intake": {"calcium": {"unit": "mg"}}}"#,
        r#"intake.calcium: missing field "amount": expected a finite number greater than or equal to 0"#,
    ),
    (
        r#"{"intake": {"calcium": {"amount": 1000}}}"#,
        r#"intake.calcium: missing field "unit": expected one of ug, mg, g"#,
    ),
    (
        r#"{"intake": {"vitamin_d": {}}}"#,
        r#"intake.vitamin_d: missing field "amount": expected a finite number greater than or equal to 0"#,
    ),
    (
        r#"{"labs": {"serum_calcium": {"unit": "mg/dL"}}}"#,
        r#"labs.serum_calcium: missing field "value": expected a finite number greater than or equal to 0"#,
    ),
    (
        r#"{"labs": {"serum_25_hydroxyvitamin_d": {"value": 18}}}"#,
        r#"labs.serum_25_hydroxyvitamin_d: missing field "unit": expected one of ng/mL, nmol/L"#,
    ),
    // --- Duplicate keys -------------------------------------------------------------------
    (
        r#"{"age_years": 52, "age_years": 25}"#,
        r#"profile: duplicate field "age_years": expected each field at most once"#,
    ),
    (
        r#"{"medications": [], "medications": null}"#,
        r#"profile: duplicate field "medications": expected each field at most once"#,
    ),
    (
        r#"{"intake": {"calcium": {"amount": 1, "unit": "mg"}, "calcium": null}}"#,
        r#"intake: duplicate field "calcium": expected each field at most once"#,
    ),
    (
        r#"{"intake": {"calcium": {"amount": 1, "amount": 2, "unit": "mg"}}}"#,
        r#"intake.calcium: duplicate field "amount": expected each field at most once"#,
    ),
    (
        r#"{"labs": {"serum_calcium": {"value": 9, "unit": "mg/dL", "unit": "mmol/L"}}}"#,
        r#"labs.serum_calcium: duplicate field "unit": expected each field at most once"#,
    ),
    // --- Fields that contradict each other ------------------------------------------------
    (
        r#"{"sex": "male", "reproductive_status": "pregnant"}"#,
        r#"reproductive_status: expected no pregnancy or lactation with sex "male", found "pregnant""#,
    ),
    (
        r#"{"reproductive_status": "lactating", "sex": "male"}"#,
        r#"reproductive_status: expected no pregnancy or lactation with sex "male", found "lactating""#,
    ),
];

/// Cases whose input is generated: `(name, input, exact error message)`.
fn generated_cases() -> Vec<(&'static str, Vec<u8>, String)> {
    let deep = 100_000;
    let long = 1_000_000;
    let m = "m".repeat(40);
    vec![
        (
            "non-UTF-8 byte in a string",
            b"{\"sex\": \"\xff\"}".to_vec(),
            "profile: invalid JSON at line 1, column 10: expected UTF-8 text, found byte 0xff".into(),
        ),
        (
            "non-UTF-8 byte at the start",
            b"\xfe\xff{}".to_vec(),
            "profile: invalid JSON at line 1, column 1: expected UTF-8 text, found byte 0xfe".into(),
        ),
        (
            "truncated UTF-8 sequence",
            b"{\"sex\": \"f\xc3\"}".to_vec(),
            "profile: invalid JSON at line 1, column 11: expected UTF-8 text, found byte 0xc3".into(),
        ),
        (
            "100,000 unclosed [ at the root",
            "[".repeat(deep).into_bytes(),
            format!(
                "profile: invalid JSON at line 1, column {deep}: expected the rest of an array, found the end of the input"
            ),
        ),
        (
            "100,000 nested arrays at the root",
            format!("{}{}", "[".repeat(deep), "]".repeat(deep)).into_bytes(),
            "profile: expected a JSON object (a profile), found an array".into(),
        ),
        (
            "100,000 unclosed [ in a list",
            format!(r#"{{"medications": {}}}"#, "[".repeat(deep)).into_bytes(),
            format!("profile: invalid JSON at line 1, column {}: expected a JSON value, found '}}'", 17 + deep),
        ),
        (
            "100,000 nested arrays in a list",
            format!(r#"{{"medications": {}{}}}"#, "[".repeat(deep), "]".repeat(deep)).into_bytes(),
            format!("medications[0]: expected one of {MEDICATIONS}, found an array"),
        ),
        (
            "100,000 nested arrays as an amount",
            format!(
                r#"{{"intake": {{"calcium": {{"amount": {}{}, "unit": "mg"}}}}}}"#,
                "[".repeat(deep),
                "]".repeat(deep)
            )
            .into_bytes(),
            "intake.calcium.amount: expected a finite number greater than or equal to 0, found an array".into(),
        ),
        (
            "100,000 nested objects",
            r#"{"a":"#.repeat(deep).into_bytes(),
            format!(
                "profile: invalid JSON at line 1, column {}: expected a JSON value, found the end of the input",
                5 * deep
            ),
        ),
        (
            "1 MB medication id",
            format!(r#"{{"medications": ["{}"]}}"#, "m".repeat(long)).into_bytes(),
            format!("medications[0]: expected one of {MEDICATIONS}, found \"{m}…\" ({long} bytes)"),
        ),
        (
            "1 MB unit",
            format!(r#"{{"intake": {{"calcium": {{"amount": 1, "unit": "{}"}}}}}}"#, "m".repeat(long)).into_bytes(),
            format!("intake.calcium.unit: expected one of ug, mg, g, found \"{m}…\" ({long} bytes)"),
        ),
        (
            "1 MB sex",
            format!(r#"{{"sex": "{}"}}"#, "m".repeat(long)).into_bytes(),
            format!("sex: expected one of female, male, found \"{m}…\" ({long} bytes)"),
        ),
        (
            "1 MB string as a number",
            format!(r#"{{"age_years": "{}"}}"#, "m".repeat(long)).into_bytes(),
            format!("age_years: expected a number from 0 to 130 years, found \"{m}…\""),
        ),
        (
            "1 MB unknown key",
            format!(r#"{{"{}": 1}}"#, "m".repeat(long)).into_bytes(),
            format!("[\"{m}…\" ({long} bytes)]: unknown field \"{m}…\" ({long} bytes): expected one of {ROOT_FIELDS}"),
        ),
        (
            "1 MB key with a newline",
            format!("{{\"{}\\n\": 1}}", "m".repeat(long)).into_bytes(),
            format!(
                "[\"{m}…\" ({} bytes)]: unknown field \"{m}…\" ({} bytes): expected one of {ROOT_FIELDS}",
                long + 1,
                long + 1
            ),
        ),
        (
            "one byte over the limit",
            too_large(MAX_PROFILE_BYTES + 1),
            format!(
                "profile: document too large: expected at most {MAX_PROFILE_BYTES} bytes, found at least {}",
                MAX_PROFILE_BYTES + 1
            ),
        ),
        (
            "3 MB document",
            too_large(3 << 20),
            format!(
                "profile: document too large: expected at most {MAX_PROFILE_BYTES} bytes, found at least {}",
                3 << 20
            ),
        ),
    ]
}

/// A valid-looking profile padded with spaces to `len` bytes.
fn too_large(len: usize) -> Vec<u8> {
    let mut doc = br#"{"age_years": 52}"#.to_vec();
    doc.resize(len, b' ');
    doc
}

/// Every error: the exact text, and the style rules of STYLE.md (single line, path first,
/// lowercase after the path, no trailing period). Returns what is wrong, if anything.
fn check(name: &str, input: &[u8], expected: &str) -> Result<(), String> {
    let err = match Profile::from_json_slice(input) {
        Ok(profile) => return Err(format!("{name}: accepted as {profile:?}, expected {expected:?}")),
        Err(err) => err,
    };
    let text = err.to_string();
    if text != expected {
        let shown = String::from_utf8_lossy(&input[..input.len().min(120)]);
        return Err(format!("{name}: input {shown:?}\n    expected {expected:?}\n    found    {text:?}"));
    }
    if text.contains('\n') || text.contains('\r') || text.ends_with('.') {
        return Err(format!("{name}: not a single line without a trailing period: {text:?}"));
    }
    let path = err.path();
    match text.strip_prefix(path).and_then(|r| r.strip_prefix(": ")) {
        Some(rest) if rest.starts_with(|c: char| c.is_lowercase()) => {}
        _ => return Err(format!("{name}: expected {path:?}, \": \" and a lowercase word first: {text:?}")),
    }
    // The same bytes through a reader give the same error (a reader stops one byte past the
    // limit, so it knows a lower bound of the size only).
    let expected_from_reader = match err {
        ProfileError::TooLarge { limit, .. } => ProfileError::TooLarge { size: limit + 1, limit },
        _ => err,
    };
    match Profile::from_reader(input) {
        Err(e) if e == expected_from_reader => Ok(()),
        other => Err(format!("{name}: from_reader disagrees: {other:?}")),
    }
}

fn report(failures: Vec<String>) {
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_table_case_fails_with_its_exact_message() {
    assert!(CASES.len() >= 40, "the issue asks for at least 40 cases");
    let failures = CASES
        .iter()
        .enumerate()
        .filter_map(|(i, (input, expected))| check(&format!("case {i}"), input.as_bytes(), expected).err())
        .collect();
    report(failures);
}

#[test]
fn every_generated_case_fails_with_its_exact_message() {
    let failures = generated_cases()
        .into_iter()
        .filter_map(|(name, input, expected)| check(name, &input, &expected).err())
        .collect();
    report(failures);
}

#[test]
fn numbers_beyond_f64_name_the_field_and_what_it_expected() {
    for (input, expected) in CASES.iter().filter(|(input, _)| input.contains("1e400")) {
        assert!(expected.ends_with(TOO_LARGE_FOR_F64), "{input}: {expected}");
        assert!(!expected.starts_with("profile: invalid JSON"), "{input}: reported as a syntax error");
    }
}

#[test]
fn the_lists_in_the_messages_are_the_vocabularies() {
    use calcification::{Intervention, Term};
    let ids = |all: Vec<&str>| all.join(", ");
    assert_eq!(ids(Medication::all().map(Term::id).collect()), MEDICATIONS);
    assert_eq!(ids(Condition::all().map(Term::id).collect()), CONDITIONS);
    assert_eq!(ids(Intervention::all().map(Term::id).collect()), INTERVENTIONS);
    let ectopic: Vec<&str> = CalcificationKind::all().filter(|k| k.is_ectopic()).map(Term::id).collect();
    assert_eq!(format!("an ectopic calcification kind, one of {}", ids(ectopic)), ECTOPIC);
}

/// `null` is the same as absent for every optional field, list, group and dose.
#[test]
fn null_is_accepted_as_absent_where_the_contract_allows_it() {
    let absent = Profile::default();
    for field in common::ROOT_FIELDS {
        let json = format!(r#"{{"{field}": null}}"#);
        assert_eq!(Profile::from_json(&json), Ok(absent.clone()), "{json}");
    }
    let all_null = r#"{"age_years": null, "sex": null, "reproductive_status": null, "intake": null, "labs": null,
        "fluid_litres_per_day": null, "activity_minutes_per_week": null, "diet": null, "medications": null,
        "conditions": null, "diagnosed_calcifications": null, "considering": null}"#;
    assert_eq!(Profile::from_json(all_null), Ok(absent));

    for dose in ["vitamin_d", "vitamin_k2", "magnesium", "magnesium_supplement", "calcium"] {
        let json = format!(r#"{{"intake": {{"{dose}": null}}}}"#);
        let expected = Profile { intake: Some(Intake::default()), ..Profile::default() };
        assert_eq!(Profile::from_json(&json), Ok(expected), "{json}");
    }
    for lab in ["serum_calcium", "serum_25_hydroxyvitamin_d"] {
        let json = format!(r#"{{"labs": {{"{lab}": null}}}}"#);
        let expected = Profile { labs: Some(Labs::default()), ..Profile::default() };
        assert_eq!(Profile::from_json(&json), Ok(expected), "{json}");
    }
    // null next to real values changes nothing.
    let p = Profile::from_json(
        r#"{"sex": "female", "diet": null, "medications": ["thiazide_diuretic"], "conditions": null}"#,
    )
    .expect("valid");
    assert_eq!(p.sex, Some(Sex::Female));
    assert_eq!(p.medications, vec![Medication::ThiazideDiuretic]);
    assert!(p.conditions.is_empty() && p.diet.is_none());
}

/// Counts the bytes handed out; endless (a stream that never ends).
struct CountingReader {
    read: usize,
}

impl Read for CountingReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        buf.fill(b' ');
        self.read += buf.len();
        Ok(buf.len())
    }
}

#[test]
fn an_endless_reader_is_refused_after_the_limit_without_reading_further() {
    let mut reader = CountingReader { read: 0 };
    let err = Profile::from_reader(&mut reader).unwrap_err();
    assert_eq!(err, ProfileError::TooLarge { size: MAX_PROFILE_BYTES + 1, limit: MAX_PROFILE_BYTES });
    assert_eq!(
        err.to_string(),
        format!(
            "profile: document too large: expected at most 1048576 bytes, found at least {}",
            MAX_PROFILE_BYTES + 1
        )
    );
    assert!(reader.read <= MAX_PROFILE_BYTES + 1, "read {} bytes", reader.read);
}

#[test]
fn a_document_of_exactly_the_limit_is_read() {
    let doc = too_large(MAX_PROFILE_BYTES);
    let expected = Profile { age_years: Some(52.0), ..Profile::default() };
    assert_eq!(Profile::from_json_slice(&doc), Ok(expected.clone()));
    assert_eq!(Profile::from_reader(&doc[..]), Ok(expected));
}

#[test]
fn a_failing_reader_is_an_io_error() {
    struct Broken;
    impl Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("device unplugged"))
        }
    }
    let err = Profile::from_reader(Broken).unwrap_err();
    assert_eq!(err.to_string(), "profile: could not read input: device unplugged");
}

#[test]
fn the_limit_is_one_mebibyte() {
    assert_eq!(MAX_PROFILE_BYTES, 1 << 20);
}

/// A profile built in Rust is refused with the same message as the same JSON.
#[test]
fn builder_and_parser_refuse_with_the_same_message() {
    let built = Profile::builder()
        .diagnosed_calcification(calcification::CalcificationKind::Vascular)
        .diagnosed_calcification(calcification::CalcificationKind::Skeletal)
        .build()
        .unwrap_err();
    let parsed = Profile::from_json(r#"{"diagnosed_calcifications": ["vascular", "skeletal"]}"#).unwrap_err();
    assert_eq!(built, parsed);
    assert_eq!(
        built.to_string(),
        r#"diagnosed_calcifications[1]: expected an ectopic calcification kind, one of vascular, calcific_tendinitis, kidney_stones, pancreatic, breast, found "skeletal" (physiological)"#
    );
    let built = Profile::builder().age_years(131.0).build().unwrap_err();
    assert_eq!(built, Profile::from_json(r#"{"age_years": 131}"#).unwrap_err());
}
