//! The peers of the JSON → fired-set path: a plain `#[derive(Deserialize)]` parse of the same
//! document shape (no path tracking, no checks, borrowed strings), and datalogic-rs
//! (JSONLogic) on the 12 rules of the crate that map onto fixed-threshold JSONLogic.
//!
//! The JSONLogic rules use adult (19-50 years) IOM thresholds and compare amounts as given
//! (no unit conversion, no life-stage look-up, no three-valued logic): simpler than the
//! crate's rules, so the comparison favours the peer.
#![allow(dead_code)] // the plain structs are parsed, not read: the parse is what is timed

use datalogic_rs::bumpalo::Bump;
use datalogic_rs::{DataValue, Engine, Logic};
use serde::Deserialize;

/// An amount with its unit, as a plain struct.
#[derive(Debug, Deserialize)]
pub struct PlainDose<'a> {
    /// Amount.
    pub amount: f64,
    /// Unit code, borrowed from the document.
    #[serde(borrow)]
    pub unit: &'a str,
}

/// A lab value with its unit, as a plain struct.
#[derive(Debug, Deserialize)]
pub struct PlainLab<'a> {
    /// Value.
    pub value: f64,
    /// Unit code.
    #[serde(borrow)]
    pub unit: &'a str,
}

/// `intake`, as a plain struct.
#[derive(Debug, Deserialize)]
pub struct PlainIntake<'a> {
    #[serde(borrow)]
    pub vitamin_d: Option<PlainDose<'a>>,
    #[serde(borrow)]
    pub vitamin_k2: Option<PlainDose<'a>>,
    #[serde(borrow)]
    pub magnesium: Option<PlainDose<'a>>,
    #[serde(borrow)]
    pub magnesium_supplement: Option<PlainDose<'a>>,
    #[serde(borrow)]
    pub calcium: Option<PlainDose<'a>>,
}

/// `labs`, as a plain struct.
#[derive(Debug, Deserialize)]
pub struct PlainLabs<'a> {
    #[serde(borrow)]
    pub serum_calcium: Option<PlainLab<'a>>,
    #[serde(borrow)]
    pub serum_25_hydroxyvitamin_d: Option<PlainLab<'a>>,
}

/// One supplement product, as a plain struct.
#[derive(Debug, Deserialize)]
pub struct PlainSupplement<'a> {
    pub nutrient: &'a str,
    pub amount: f64,
    pub unit: &'a str,
    pub form: Option<&'a str>,
    pub label: Option<&'a str>,
}

/// The profile document, as the plain `#[derive(Deserialize)]` one would write first.
#[derive(Debug, Deserialize)]
pub struct PlainProfile<'a> {
    pub age_years: Option<f64>,
    pub sex: Option<&'a str>,
    pub reproductive_status: Option<&'a str>,
    #[serde(borrow)]
    pub intake: Option<PlainIntake<'a>>,
    #[serde(borrow)]
    pub supplements: Option<Vec<PlainSupplement<'a>>>,
    #[serde(borrow)]
    pub labs: Option<PlainLabs<'a>>,
    pub fluid_litres_per_day: Option<f64>,
    pub activity_minutes_per_week: Option<f64>,
    pub diet: Option<&'a str>,
    #[serde(borrow)]
    pub medications: Option<Vec<&'a str>>,
    #[serde(borrow)]
    pub conditions: Option<Vec<&'a str>>,
    #[serde(borrow)]
    pub diagnosed_calcifications: Option<Vec<&'a str>>,
    #[serde(borrow)]
    pub considering: Option<Vec<&'a str>>,
}

/// Parses a document into the plain struct; `true` when it parses.
pub fn plain_parse(json: &str) -> bool {
    serde_json::from_str::<PlainProfile<'_>>(json).is_ok()
}

/// The 12 rules in JSONLogic, by the crate's caution id.
pub const JSONLOGIC_RULES: [(&str, &str); 12] = [
    ("vitamin_d_above_upper_limit", r#"{">": [{"var": "intake.vitamin_d.amount"}, 100]}"#),
    (
        "vitamin_d_excess_without_k2",
        r#"{"and": [{">": [{"var": "intake.vitamin_d.amount"}, 100]}, {"<": [{"var": ["intake.vitamin_k2.amount", 0]}, 90]}]}"#,
    ),
    (
        "vitamin_d_intake_below_rda",
        r#"{"and": [{"!!": [{"var": "intake.vitamin_d"}]}, {"<": [{"var": "intake.vitamin_d.amount"}, 15]}]}"#,
    ),
    ("magnesium_supplement_above_upper_limit", r#"{">": [{"var": "intake.magnesium_supplement.amount"}, 350]}"#),
    (
        "magnesium_supplement_with_kidney_disease",
        r#"{"and": [{">": [{"var": "intake.magnesium_supplement.amount"}, 0]}, {"in": ["chronic_kidney_disease", {"var": ["conditions", []]}]}]}"#,
    ),
    ("calcium_above_upper_limit", r#"{">": [{"var": "intake.calcium.amount"}, 2500]}"#),
    ("hypercalcemia", r#"{">": [{"var": "labs.serum_calcium.value"}, 10.4]}"#),
    (
        "low_fluid_intake",
        r#"{"and": [{"!!": [{"var": "fluid_litres_per_day"}]}, {"<": [{"var": "fluid_litres_per_day"}, 2]}]}"#,
    ),
    (
        "low_physical_activity",
        r#"{"and": [{"!!": [{"var": "activity_minutes_per_week"}]}, {"<": [{"var": "activity_minutes_per_week"}, 150]}]}"#,
    ),
    (
        "vitamin_k_with_anticoagulant",
        r#"{"and": [{"in": ["vitamin_k_antagonist", {"var": ["medications", []]}]}, {">": [{"var": ["intake.vitamin_k2.amount", 0]}, 0]}]}"#,
    ),
    ("chelation_requires_supervision", r#"{"in": ["chelation_therapy", {"var": ["considering", []]}]}"#),
    ("diagnosed_calcification_needs_evaluation", r#"{">": [{"var": ["diagnosed_calcifications.length", 0]}, 0]}"#),
];

/// The 12 JSONLogic rules compiled once by one engine.
pub struct Jsonlogic {
    engine: Engine,
    rules: Vec<Logic>,
}

impl Jsonlogic {
    /// Compiles the rules.
    pub fn new() -> Self {
        let engine = Engine::new();
        let rules = JSONLOGIC_RULES.iter().map(|(_, r)| engine.compile(*r).expect("rule compiles")).collect();
        Self { engine, rules }
    }

    /// The fired set of a parsed document, one bit per rule in [`JSONLOGIC_RULES`] order.
    pub fn fired<'a>(&'a self, data: &'a DataValue<'a>, arena: &'a Bump) -> u32 {
        let mut fired = 0;
        for (i, rule) in self.rules.iter().enumerate() {
            let v = self.engine.evaluate(rule, data, arena).expect("rule evaluates");
            fired |= u32::from(self.engine.truthy(v)) << i;
        }
        fired
    }

    /// JSON text to fired set: datalogic-rs's own parser into `arena`, then the 12 rules.
    pub fn fired_from_json(&self, json: &str, arena: &mut Bump) -> u32 {
        arena.reset();
        let data = DataValue::from_str(json, arena).expect("valid JSON");
        let data: &DataValue<'_> = arena.alloc(data);
        self.fired(data, arena)
    }
}

impl Default for Jsonlogic {
    fn default() -> Self {
        Self::new()
    }
}
