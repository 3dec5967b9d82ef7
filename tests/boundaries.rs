//! Boundary tests for every caution rule, each traced to REFERENCE.md.
//!
//! For every threshold, and for every life stage where it changes, the tables below hold a
//! profile just below, exactly at and just above it. Both comparisons are strict, so a value
//! *at* the threshold fires neither an "above" nor a "below" rule. Where a quantity has two
//! units (vitamin D µg and IU, serum calcium mg/dL and mmol/L, 25(OH)D ng/mL and nmol/L), the
//! second unit gets values clearly below and above; the value at the threshold is given in the
//! canonical unit (and in the second unit too where the conversion is exact, as 4,000 IU).
//!
//! Each case names its source; one runner per group evaluates all cases with both
//! [`caution_sets`] and [`assess_with`] (which must agree) and reports every failing case by
//! name. Spot checks at the end verify that findings explain themselves: observed value,
//! threshold, unit, life-stage group, standard and source.

use calcification::{
    CalcificationKind, Caution, Condition, Diet, Finding, Intervention, K2Form, LabValue, Medication, Nutrient,
    Profile, ProfileBuilder, ProfileField, Reason, ReferenceKind, ReferenceStandard, ReproductiveStatus, Severity, Sex,
    SourceId, Supplement, Term, Unit, ValueType, assess_with, caution_sets,
};

mod common;

use Caution as C;
use ProfileField as P;
use ReferenceKind as R;
use ReferenceStandard::{Efsa, Iom};

// ---------------------------------------------------------------------------------------
// The table machinery.

/// What a case expects of its caution.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    /// The caution fires (any severity).
    Fired,
    /// The caution fires with this severity.
    FiredAs(Severity),
    /// The caution is assessed and does not fire.
    NotFired,
    /// The caution is not assessed, needing exactly these fields and lacking exactly these
    /// reference values (order ignored).
    NotAssessed { missing: &'static [ProfileField], no_reference_value: &'static [ReferenceKind] },
}

use Expect::{Fired, FiredAs, NotFired};

const fn not_assessed(missing: &'static [ProfileField]) -> Expect {
    Expect::NotAssessed { missing, no_reference_value: &[] }
}

const fn no_reference(kind: &'static [ReferenceKind]) -> Expect {
    Expect::NotAssessed { missing: &[], no_reference_value: kind }
}

/// A profile, from the builder or from JSON.
enum Input {
    Builder(Box<ProfileBuilder>),
    Json(String),
}

struct Case {
    name: String,
    source: &'static str,
    standard: ReferenceStandard,
    input: Input,
    caution: Caution,
    expect: Expect,
}

/// Who a profile describes: age, sex and pregnancy/lactation.
#[derive(Clone, Copy, Debug)]
struct Stage {
    age: Option<f64>,
    sex: Option<Sex>,
    status: Option<ReproductiveStatus>,
}

const fn age(years: f64) -> Stage {
    Stage { age: Some(years), sex: None, status: None }
}
const fn female(years: f64) -> Stage {
    Stage { age: Some(years), sex: Some(Sex::Female), status: None }
}
const fn male(years: f64) -> Stage {
    Stage { age: Some(years), sex: Some(Sex::Male), status: None }
}
const fn pregnant(years: f64) -> Stage {
    Stage { age: Some(years), sex: Some(Sex::Female), status: Some(ReproductiveStatus::Pregnant) }
}
/// Pregnant with sex not reported (the tables read pregnancy as female).
const fn pregnant_no_sex(years: f64) -> Stage {
    Stage { age: Some(years), sex: None, status: Some(ReproductiveStatus::Pregnant) }
}
const fn lactating(years: f64) -> Stage {
    Stage { age: Some(years), sex: Some(Sex::Female), status: Some(ReproductiveStatus::Lactating) }
}
const NO_AGE: Stage = Stage { age: None, sex: None, status: None };
const NO_AGE_MALE: Stage = Stage { age: None, sex: Some(Sex::Male), status: None };

impl Stage {
    fn builder(self) -> ProfileBuilder {
        let mut b = Profile::builder();
        if let Some(a) = self.age {
            b = b.age_years(a);
        }
        if let Some(s) = self.sex {
            b = b.sex(s);
        }
        if let Some(s) = self.status {
            b = b.reproductive_status(s);
        }
        b
    }

    fn label(self) -> String {
        let mut parts = vec![match self.age {
            Some(a) => format!("{a}y"),
            None => "age?".to_owned(),
        }];
        parts.push(self.sex.map_or("sex?", |s| s.id()).to_owned());
        if let Some(s) = self.status {
            parts.push(s.id().to_owned());
        }
        parts.join(" ")
    }
}

/// How a rule compares: fires strictly above, or strictly below, its threshold.
#[derive(Clone, Copy)]
enum Dir {
    Above,
    Below,
}

/// A group of cases.
#[derive(Default)]
struct Table(Vec<Case>);

impl Table {
    /// One case.
    #[allow(clippy::too_many_arguments)]
    fn case(
        &mut self,
        source: &'static str,
        standard: ReferenceStandard,
        caution: Caution,
        name: impl Into<String>,
        input: Input,
        expect: Expect,
    ) {
        let name = format!("{} [{}] {}", caution.id(), standard.id(), name.into());
        self.0.push(Case { name, source, standard, input, caution, expect });
    }

    /// One builder case.
    fn one(
        &mut self,
        source: &'static str,
        standard: ReferenceStandard,
        caution: Caution,
        name: impl Into<String>,
        b: ProfileBuilder,
        expect: Expect,
    ) {
        self.case(source, standard, caution, name, Input::Builder(Box::new(b)), expect);
    }

    /// Cases at explicit values of one quantity.
    #[allow(clippy::too_many_arguments)]
    fn points(
        &mut self,
        source: &'static str,
        standard: ReferenceStandard,
        caution: Caution,
        who: &str,
        unit: Unit,
        points: &[(f64, Expect)],
        make: impl Fn(f64) -> ProfileBuilder,
    ) {
        for &(value, expect) in points {
            self.one(source, standard, caution, format!("{who} @ {value} {}", unit.id()), make(value), expect);
        }
    }

    /// Three cases: `limit - eps`, `limit` and `limit + eps`. At the limit the rule never
    /// fires; on the firing side it fires as `fired` says.
    #[allow(clippy::too_many_arguments)]
    fn triple(
        &mut self,
        source: &'static str,
        standard: ReferenceStandard,
        caution: Caution,
        who: &str,
        dir: Dir,
        fired: Expect,
        (limit, eps, unit): (f64, f64, Unit),
        make: impl Fn(f64) -> ProfileBuilder,
    ) {
        let points = match dir {
            Dir::Above => [(limit - eps, NotFired), (limit, NotFired), (limit + eps, fired)],
            Dir::Below => [(limit - eps, fired), (limit, NotFired), (limit + eps, NotFired)],
        };
        self.points(source, standard, caution, who, unit, &points, make);
    }

    fn extend(&mut self, other: Table) {
        self.0.extend(other.0);
    }
}

/// The outcome of a caution for a profile, in words.
fn outcome(sets_fired: bool, finding: Option<&Finding>, na: Option<&calcification::NotAssessed>) -> String {
    match (sets_fired, finding, na) {
        (_, Some(f), _) => format!("fired ({})", f.severity.id()),
        (_, None, Some(n)) => format!(
            "not assessed (missing {:?}, no reference value {:?})",
            n.missing.iter().map(|f| f.id()).collect::<Vec<_>>(),
            n.no_reference_value.iter().map(|k| k.id()).collect::<Vec<_>>()
        ),
        (true, None, None) => "fired in caution_sets only".to_owned(),
        (false, None, None) => "not fired".to_owned(),
    }
}

fn check(case: &Case) -> Result<(), String> {
    let profile = match &case.input {
        Input::Builder(b) => (**b).clone().build(),
        Input::Json(json) => Profile::from_json(json),
    }
    .map_err(|e| format!("invalid profile: {e}"))?;
    let sets = caution_sets(&profile, case.standard).map_err(|e| format!("caution_sets failed: {e}"))?;
    let assessment = assess_with(&profile, case.standard).map_err(|e| format!("assess_with failed: {e}"))?;
    let c = case.caution;
    let finding = assessment.finding(c);
    let na = assessment.not_assessed.iter().find(|n| n.caution == c);
    if sets.fired.contains(c) != finding.is_some() || sets.not_assessed.contains(c) != na.is_some() {
        return Err(format!(
            "caution_sets ({:?} / {:?}) and assess_with ({}) disagree",
            sets.fired,
            sets.not_assessed,
            outcome(false, finding, na)
        ));
    }
    let got = outcome(sets.fired.contains(c), finding, na);
    let ok = match case.expect {
        Fired => finding.is_some(),
        FiredAs(severity) => finding.is_some_and(|f| f.severity == severity),
        NotFired => finding.is_none() && na.is_none(),
        Expect::NotAssessed { missing, no_reference_value } => {
            na.is_some_and(|n| n.missing == *missing && n.no_reference_value == *no_reference_value)
        }
    };
    if ok { Ok(()) } else { Err(format!("expected {:?}, got {got}", case.expect)) }
}

fn run(table: &Table) {
    assert!(!table.0.is_empty(), "empty table");
    let failures: Vec<String> = table
        .0
        .iter()
        .filter_map(|case| check(case).err().map(|e| format!("{} ({}): {e}", case.name, case.source)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} boundary cases failed:\n  {}",
        failures.len(),
        table.0.len(),
        failures.join("\n  ")
    );
}

const UG: Unit = Unit::Microgram;
const IU: Unit = Unit::InternationalUnit;
const MG: Unit = Unit::Milligram;
const G: Unit = Unit::Gram;
const MG_DL: Unit = Unit::MilligramPerDecilitre;
const MMOL_L: Unit = Unit::MillimolePerLitre;
const NG_ML: Unit = Unit::NanogramPerMillilitre;
const NMOL_L: Unit = Unit::NanomolePerLitre;
const L_DAY: Unit = Unit::LitrePerDay;
const MIN_WK: Unit = Unit::MinutePerWeek;
const EGFR: Unit = Unit::MillilitrePerMinutePerBodySurface;

/// The step either side of an intake threshold (µg or mg) and of a lab threshold.
const EPS: f64 = 0.01;

/// A life-stage reference value: who, the value in the kind's canonical unit, where it is from.
type Row = (Stage, f64, &'static str);

// ---------------------------------------------------------------------------------------
// Vitamin D intake: UL (IOM 2011, EFSA 2023/2018) and RDA (IOM 2011).

const VITAMIN_D_UL_IOM: &[Row] = &[
    (age(0.0), 25.0, "IOM2011 vitamin D UL 0-6 months = 25 ug"),
    (age(0.49), 25.0, "IOM2011 vitamin D UL 0-6 months = 25 ug"),
    (age(0.5), 37.5, "IOM2011 vitamin D UL 6-12 months = 1500 IU = 37.5 ug (printed as 38)"),
    (age(0.99), 37.5, "IOM2011 vitamin D UL 6-12 months = 1500 IU = 37.5 ug (printed as 38)"),
    (age(1.0), 62.5, "IOM2011 vitamin D UL 1-3 y = 2500 IU = 62.5 ug (printed as 63)"),
    (age(3.99), 62.5, "IOM2011 vitamin D UL 1-3 y = 2500 IU = 62.5 ug (printed as 63)"),
    (age(4.0), 75.0, "IOM2011 vitamin D UL 4-8 y = 75 ug"),
    (age(8.99), 75.0, "IOM2011 vitamin D UL 4-8 y = 75 ug"),
    (age(9.0), 100.0, "IOM2011 vitamin D UL 9-70 y = 100 ug"),
    (age(13.99), 100.0, "IOM2011 vitamin D UL 9-70 y = 100 ug"),
    (male(18.0), 100.0, "IOM2011 vitamin D UL 9-70 y = 100 ug"),
    (female(19.0), 100.0, "IOM2011 vitamin D UL 19-50 y = 100 ug"),
    (female(50.99), 100.0, "IOM2011 vitamin D UL 19-50 y = 100 ug"),
    (male(51.0), 100.0, "IOM2011 vitamin D UL 51-70 y = 100 ug"),
    (female(70.99), 100.0, "IOM2011 vitamin D UL 51-70 y = 100 ug"),
    (male(71.0), 100.0, "IOM2011 vitamin D UL over 70 y = 100 ug"),
    (age(130.0), 100.0, "IOM2011 vitamin D UL over 70 y = 100 ug"),
    (pregnant(25.0), 100.0, "IOM2011 vitamin D UL incl. pregnancy = 100 ug"),
    (lactating(17.0), 100.0, "IOM2011 vitamin D UL incl. lactation = 100 ug"),
];

const VITAMIN_D_UL_EFSA: &[Row] = &[
    (age(0.0), 25.0, "EFSA2018 vitamin D UL 0-6 months = 25 ug"),
    (age(0.49), 25.0, "EFSA2018 vitamin D UL 0-6 months = 25 ug"),
    (age(0.5), 35.0, "EFSA2018 vitamin D UL 6-12 months = 35 ug (IOM 38)"),
    (age(0.99), 35.0, "EFSA2018 vitamin D UL 6-12 months = 35 ug (IOM 38)"),
    (age(1.0), 50.0, "EFSA2023D vitamin D UL 1-10 y = 50 ug (IOM 63)"),
    (age(3.99), 50.0, "EFSA2023D vitamin D UL 1-10 y = 50 ug"),
    (age(4.0), 50.0, "EFSA2023D vitamin D UL 1-10 y = 50 ug (IOM 75)"),
    (age(8.99), 50.0, "EFSA2023D vitamin D UL 1-10 y = 50 ug"),
    (age(9.0), 50.0, "EFSA2023D vitamin D UL 1-10 y = 50 ug (IOM 100)"),
    (age(10.0), 50.0, "EFSA2023D vitamin D UL 1-10 y = 50 ug"),
    (age(10.99), 50.0, "EFSA2023D vitamin D UL 1-10 y = 50 ug"),
    (age(11.0), 100.0, "EFSA2023D vitamin D UL 11-17 y = 100 ug"),
    (age(17.99), 100.0, "EFSA2023D vitamin D UL 11-17 y = 100 ug"),
    (male(18.0), 100.0, "EFSA2023D vitamin D UL adults = 100 ug"),
    (female(52.0), 100.0, "EFSA2023D vitamin D UL adults = 100 ug"),
    (pregnant(30.0), 100.0, "EFSA2023D vitamin D UL incl. pregnancy = 100 ug"),
    (age(130.0), 100.0, "EFSA2023D vitamin D UL adults = 100 ug"),
];

const VITAMIN_D_RDA: &[Row] = &[
    (age(0.0), 10.0, "IOM2011 vitamin D AI 0-6 months = 10 ug"),
    (age(0.49), 10.0, "IOM2011 vitamin D AI 0-6 months = 10 ug"),
    (age(0.5), 10.0, "IOM2011 vitamin D AI 6-12 months = 10 ug"),
    (age(0.99), 10.0, "IOM2011 vitamin D AI 6-12 months = 10 ug"),
    (age(1.0), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
    (age(8.99), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
    (age(18.0), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
    (female(19.0), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
    (male(50.99), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
    (female(51.0), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
    (male(70.0), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
    (female(70.99), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
    (male(71.0), 20.0, "IOM2011 vitamin D RDA over 70 y = 20 ug"),
    (female(90.0), 20.0, "IOM2011 vitamin D RDA over 70 y = 20 ug"),
    (age(130.0), 20.0, "IOM2011 vitamin D RDA over 70 y = 20 ug"),
    (pregnant(25.0), 15.0, "IOM2011 vitamin D RDA incl. pregnancy = 15 ug"),
    (lactating(17.0), 15.0, "IOM2011 vitamin D RDA incl. lactation = 15 ug"),
];

fn vitamin_d_intake_cases() -> Table {
    let mut t = Table::default();
    let d = |stage: Stage| move |v: f64| stage.builder().vitamin_d(v, UG);
    let d_iu = |stage: Stage| move |v: f64| stage.builder().vitamin_d(v, IU);

    // Upper limit, both standards, in µg.
    for (standard, rows) in [(Iom, VITAMIN_D_UL_IOM), (Efsa, VITAMIN_D_UL_EFSA)] {
        for &(stage, ul, src) in rows {
            let who = stage.label();
            t.triple(src, standard, C::VitaminDAboveUpperLimit, &who, Dir::Above, Fired, (ul, EPS, UG), d(stage));
        }
    }
    // Upper limit in IU (1 ug = 40 IU; the UL in IU is exact, so it is tested at the limit too).
    for (standard, stage, ul, src) in [
        (Iom, age(0.3), 25.0, "IOM2011 vitamin D UL 0-6 months = 25 ug = 1000 IU"),
        (Iom, age(0.75), 37.5, "IOM2011 vitamin D UL 6-12 months = 1500 IU (REFERENCE.md Knowledge v2 item 8)"),
        (Iom, age(2.0), 62.5, "IOM2011 vitamin D UL 1-3 y = 2500 IU (item 8)"),
        (Iom, age(6.0), 75.0, "IOM2011 vitamin D UL 4-8 y = 75 ug = 3000 IU"),
        (Iom, female(52.0), 100.0, "IOM2011 vitamin D UL 19-70 y = 100 ug = 4000 IU"),
        (Efsa, age(0.75), 35.0, "EFSA2018 vitamin D UL 6-12 months = 35 ug = 1400 IU"),
        (Efsa, age(5.0), 50.0, "EFSA2023D vitamin D UL 1-10 y = 50 ug = 2000 IU"),
        (Efsa, male(40.0), 100.0, "EFSA2023D vitamin D UL adults = 100 ug = 4000 IU"),
    ] {
        let iu = ul * 40.0;
        let points = [(iu * 0.99, NotFired), (iu, NotFired), (iu * 1.01, Fired)];
        t.points(src, standard, C::VitaminDAboveUpperLimit, &stage.label(), IU, &points, d_iu(stage));
    }
    // The two standards disagree: 36 ug at 8 months, 60 ug at 9 years.
    let src = "IOM2011 6-12 months 37.5 ug vs EFSA2018 35 ug";
    t.one(src, Iom, C::VitaminDAboveUpperLimit, "0.75y @ 36 ug", d(age(0.75))(36.0), NotFired);
    t.one(src, Efsa, C::VitaminDAboveUpperLimit, "0.75y @ 36 ug", d(age(0.75))(36.0), Fired);
    let src = "IOM2011 9+ y 100 ug vs EFSA2023D 1-10 y 50 ug";
    t.one(src, Iom, C::VitaminDAboveUpperLimit, "9y @ 60 ug", d(age(9.0))(60.0), NotFired);
    t.one(src, Efsa, C::VitaminDAboveUpperLimit, "9y @ 60 ug", d(age(9.0))(60.0), Fired);
    // Unit aliases on input (DESIGN.md: IU, [IU], mcg, µg).
    let src = "DESIGN.md unit aliases; IOM2011 UL 100 ug = 4000 IU";
    for (json, expect) in [
        (r#"{"age_years": 52, "intake": {"vitamin_d": {"amount": 4000, "unit": "IU"}}}"#, NotFired),
        (r#"{"age_years": 52, "intake": {"vitamin_d": {"amount": 4001, "unit": "[IU]"}}}"#, Fired),
        (r#"{"age_years": 52, "intake": {"vitamin_d": {"amount": 4001, "unit": "[iU]"}}}"#, Fired),
        (r#"{"age_years": 52, "intake": {"vitamin_d": {"amount": 100, "unit": "mcg"}}}"#, NotFired),
        (r#"{"age_years": 52, "intake": {"vitamin_d": {"amount": 100.01, "unit": "µg"}}}"#, Fired),
        (r#"{"age_years": 52, "intake": {"vitamin_d": {"amount": 0.1001, "unit": "mg"}}}"#, Fired),
    ] {
        t.case(src, Iom, C::VitaminDAboveUpperLimit, format!("json {json}"), Input::Json(json.to_owned()), expect);
    }
    let src = "DESIGN.md: missing inputs are not assessed";
    t.one(
        src,
        Iom,
        C::VitaminDAboveUpperLimit,
        "no vitamin D",
        female(52.0).builder(),
        not_assessed(&[P::VitaminDIntake]),
    );
    t.one(src, Iom, C::VitaminDAboveUpperLimit, "no age", d(NO_AGE)(200.0), not_assessed(&[P::AgeYears]));
    t.one(src, Efsa, C::VitaminDAboveUpperLimit, "no age", d(NO_AGE)(200.0), not_assessed(&[P::AgeYears]));

    // Below the RDA (AI for infants).
    for &(stage, rda, src) in VITAMIN_D_RDA {
        t.triple(src, Iom, C::VitaminDIntakeBelowRda, &stage.label(), Dir::Below, Fired, (rda, EPS, UG), d(stage));
    }
    // EFSA 2016 (item 1): AI 10 ug at 7-11 months, 15 ug from 1 year at every age, pregnancy
    // and lactation included; none for 0-6 months, where IOM's 10 ug is used.
    for (stage, ai, src) in [
        (age(0.5), 10.0, "EFSA2016D vitamin D AI 7-11 months = 10 ug"),
        (age(1.0), 15.0, "EFSA2016D vitamin D AI from 1 y = 15 ug"),
        (female(52.0), 15.0, "EFSA2016D vitamin D AI adults = 15 ug"),
        (male(75.0), 15.0, "EFSA2016D vitamin D AI adults = 15 ug (IOM 20 over 70)"),
        (pregnant(30.0), 15.0, "EFSA2016D vitamin D AI pregnancy = 15 ug"),
        (age(0.3), 10.0, "EFSA sets no vitamin D AI for 0-6 months; IOM2011 10 ug used"),
    ] {
        t.triple(src, Efsa, C::VitaminDIntakeBelowRda, &stage.label(), Dir::Below, Fired, (ai, EPS, UG), d(stage));
    }
    for (stage, rda, src) in [
        (female(52.0), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug = 600 IU"),
        (male(75.0), 20.0, "IOM2011 vitamin D RDA over 70 y = 20 ug = 800 IU"),
        (age(0.3), 10.0, "IOM2011 vitamin D AI infants = 10 ug = 400 IU"),
    ] {
        let iu = rda * 40.0;
        let points = [(iu * 0.99, Fired), (iu, NotFired), (iu * 1.01, NotFired)];
        t.points(src, Iom, C::VitaminDIntakeBelowRda, &stage.label(), IU, &points, d_iu(stage));
    }
    let src = "DESIGN.md: missing inputs are not assessed";
    t.one(
        src,
        Iom,
        C::VitaminDIntakeBelowRda,
        "no vitamin D",
        female(52.0).builder(),
        not_assessed(&[P::VitaminDIntake]),
    );
    t.one(src, Iom, C::VitaminDIntakeBelowRda, "no age", d(NO_AGE)(1.0), not_assessed(&[P::AgeYears]));
    t
}

#[test]
fn vitamin_d_above_upper_limit_and_below_rda() {
    run(&vitamin_d_intake_cases());
}

// ---------------------------------------------------------------------------------------
// Vitamin K2 against the vitamin K AI (IOM 2001): vitamin_k2_low and vitamin_d_excess_without_k2.

/// (who, vitamin K AI in µg, the IOM vitamin D UL for the same stage, source).
const VITAMIN_K_AI: &[(Stage, f64, f64, &str)] = &[
    (age(0.0), 2.0, 25.0, "IOM2001 vitamin K AI 0-6 months = 2.0 ug"),
    (age(0.49), 2.0, 25.0, "IOM2001 vitamin K AI 0-6 months = 2.0 ug"),
    (age(0.5), 2.5, 37.5, "IOM2001 vitamin K AI 7-12 months = 2.5 ug"),
    (age(0.99), 2.5, 37.5, "IOM2001 vitamin K AI 7-12 months = 2.5 ug"),
    (age(1.0), 30.0, 62.5, "IOM2001 vitamin K AI 1-3 y = 30 ug"),
    (age(3.99), 30.0, 62.5, "IOM2001 vitamin K AI 1-3 y = 30 ug"),
    (age(4.0), 55.0, 75.0, "IOM2001 vitamin K AI 4-8 y = 55 ug"),
    (age(8.99), 55.0, 75.0, "IOM2001 vitamin K AI 4-8 y = 55 ug"),
    (age(9.0), 60.0, 100.0, "IOM2001 vitamin K AI 9-13 y = 60 ug"),
    (age(13.99), 60.0, 100.0, "IOM2001 vitamin K AI 9-13 y = 60 ug"),
    (age(14.0), 75.0, 100.0, "IOM2001 vitamin K AI 14-18 y = 75 ug"),
    (age(18.99), 75.0, 100.0, "IOM2001 vitamin K AI 14-18 y = 75 ug (sex not needed)"),
    (male(17.0), 75.0, 100.0, "IOM2001 vitamin K AI 14-18 y = 75 ug"),
    (pregnant(18.0), 75.0, 100.0, "IOM2001 vitamin K AI 14-18 y = 75 ug (pregnancy the same)"),
    (pregnant(13.0), 75.0, 100.0, "FNB table: vitamin K AI pregnancy 18 y and under = 75 ug (item 6)"),
    (lactating(13.0), 75.0, 100.0, "FNB table: vitamin K AI lactation 18 y and under = 75 ug (item 6)"),
    (male(19.0), 120.0, 100.0, "IOM2001 vitamin K AI men 19+ = 120 ug"),
    (female(19.0), 90.0, 100.0, "IOM2001 vitamin K AI women 19+ = 90 ug"),
    (male(70.0), 120.0, 100.0, "IOM2001 vitamin K AI men 19+ = 120 ug"),
    (female(75.0), 90.0, 100.0, "IOM2001 vitamin K AI women 19+ = 90 ug"),
    (male(130.0), 120.0, 100.0, "IOM2001 vitamin K AI men 19+ = 120 ug"),
    (pregnant(25.0), 90.0, 100.0, "IOM2001 vitamin K AI women 19+ incl. pregnancy = 90 ug"),
    (pregnant_no_sex(30.0), 90.0, 100.0, "IOM2001 vitamin K AI women 19+ (pregnancy implies female) = 90 ug"),
    (lactating(35.0), 90.0, 100.0, "IOM2001 vitamin K AI women 19+ incl. lactation = 90 ug"),
];

fn vitamin_k2_cases() -> Table {
    let mut t = Table::default();
    for &(stage, ai, d_ul, src) in VITAMIN_K_AI {
        let who = stage.label();
        let k2 = move |v: f64| stage.builder().vitamin_k2(v, UG);
        let excess = move |v: f64| stage.builder().vitamin_d(d_ul + 1.0, UG).vitamin_k2(v, UG);
        t.triple(src, Iom, C::VitaminK2Low, &who, Dir::Below, FiredAs(Severity::Info), (ai, EPS, UG), k2);
        let who_d = format!("{who}, vitamin D {} ug (above UL {d_ul})", d_ul + 1.0);
        t.triple(src, Iom, C::VitaminDExcessWithoutK2, &who_d, Dir::Below, Fired, (ai, EPS, UG), excess);
    }
    // EFSA 2017 (item 1): AIs for phylloquinone, used as the same heuristic threshold; none for
    // 0-6 months (IOM's 2.0 ug used).
    for (stage, ai, src) in [
        (age(0.5), 10.0, "EFSA2017K vitamin K AI 7-11 months = 10 ug"),
        (age(1.0), 12.0, "EFSA2017K vitamin K AI 1-3 y = 12 ug"),
        (age(4.0), 20.0, "EFSA2017K vitamin K AI 4-6 y = 20 ug"),
        (age(7.0), 30.0, "EFSA2017K vitamin K AI 7-10 y = 30 ug"),
        (age(11.0), 45.0, "EFSA2017K vitamin K AI 11-14 y = 45 ug"),
        (age(15.0), 65.0, "EFSA2017K vitamin K AI 15-17 y = 65 ug"),
        (male(19.0), 70.0, "EFSA2017K vitamin K AI adults = 70 ug (IOM men 120)"),
        (female(19.0), 70.0, "EFSA2017K vitamin K AI adults = 70 ug (IOM women 90)"),
        (pregnant(30.0), 70.0, "EFSA2017K vitamin K AI incl. pregnancy = 70 ug"),
        (age(0.3), 2.0, "EFSA sets no vitamin K AI for 0-6 months; IOM2001 2.0 ug used"),
    ] {
        let k2 = move |v: f64| stage.builder().vitamin_k2(v, UG);
        t.triple(src, Efsa, C::VitaminK2Low, &stage.label(), Dir::Below, Fired, (ai, EPS, UG), k2);
    }
    // K2 in mg: 90 ug = 0.09 mg for women.
    let src = "IOM2001 vitamin K AI women 19+ = 90 ug = 0.09 mg";
    let points = [(0.089, Fired), (0.091, NotFired)];
    t.points(src, Iom, C::VitaminK2Low, "52y female", MG, &points, |v| female(52.0).builder().vitamin_k2(v, MG));

    // The vitamin D side of the double-edged sword, with no K2 at all.
    for (stage, ul, src) in [
        (age(0.3), 25.0, "IOM2011 vitamin D UL 0-6 months = 25 ug; K2 0 < AI 2.0"),
        (age(2.0), 62.5, "IOM2011 vitamin D UL 1-3 y = 2500 IU = 62.5 ug; K2 0 < AI 30"),
        (age(6.0), 75.0, "IOM2011 vitamin D UL 4-8 y = 75 ug; K2 0 < AI 55"),
        (female(52.0), 100.0, "IOM2011 vitamin D UL 19-70 y = 100 ug; K2 0 < AI 90"),
        (male(80.0), 100.0, "IOM2011 vitamin D UL over 70 y = 100 ug; K2 0 < AI 120"),
    ] {
        let make = move |v: f64| stage.builder().vitamin_d(v, UG).vitamin_k2(0.0, UG);
        let who = format!("{}, K2 0 ug", stage.label());
        t.triple(src, Iom, C::VitaminDExcessWithoutK2, &who, Dir::Above, Fired, (ul, EPS, UG), make);
    }
    let src = "EFSA2023D vitamin D UL 1-10 y = 50 ug; K2 0 < EFSA2017K AI 20";
    let make = |v: f64| age(6.0).builder().vitamin_d(v, UG).vitamin_k2(0.0, UG);
    t.triple(src, Efsa, C::VitaminDExcessWithoutK2, "6y, K2 0 ug", Dir::Above, Fired, (50.0, EPS, UG), make);
    let src = "IOM2011 vitamin D UL 100 ug = 4000 IU; K2 0 < AI 90";
    let points = [(3960.0, NotFired), (4000.0, NotFired), (4040.0, Fired)];
    let make = |v: f64| female(52.0).builder().vitamin_d(v, IU).vitamin_k2(0.0, UG);
    t.points(src, Iom, C::VitaminDExcessWithoutK2, "52y female, K2 0 ug", IU, &points, make);

    // Three-valued logic.
    let src = "DESIGN.md: a rule whose inputs are missing is not assessed, never silently false";
    let d_only = |stage: Stage, d: f64| stage.builder().vitamin_d(d, UG);
    t.one(
        src,
        Iom,
        C::VitaminDExcessWithoutK2,
        "D 150 ug, no K2",
        d_only(female(52.0), 150.0),
        not_assessed(&[P::VitaminK2Intake]),
    );
    t.one(
        src,
        Iom,
        C::VitaminDExcessWithoutK2,
        "D 50 ug (below UL), no K2 -> false",
        d_only(female(52.0), 50.0),
        NotFired,
    );
    t.one(
        src,
        Iom,
        C::VitaminDExcessWithoutK2,
        "no D, K2 0",
        female(52.0).builder().vitamin_k2(0.0, UG),
        not_assessed(&[P::VitaminDIntake]),
    );
    t.one(
        src,
        Iom,
        C::VitaminDExcessWithoutK2,
        "no D, K2 200 (above every AI) -> false",
        female(52.0).builder().vitamin_k2(200.0, UG),
        NotFired,
    );
    t.one(
        src,
        Iom,
        C::VitaminDExcessWithoutK2,
        "25y no sex, D 150, K2 50",
        age(25.0).builder().vitamin_d(150.0, UG).vitamin_k2(50.0, UG),
        not_assessed(&[P::Sex]),
    );
    t.one(
        src,
        Iom,
        C::VitaminDExcessWithoutK2,
        "25y no sex, D 150, no K2",
        d_only(age(25.0), 150.0),
        not_assessed(&[P::VitaminK2Intake, P::Sex]),
    );
    t.one(
        src,
        Iom,
        C::VitaminDExcessWithoutK2,
        "no age, D 150, K2 0",
        NO_AGE.builder().vitamin_d(150.0, UG).vitamin_k2(0.0, UG),
        not_assessed(&[P::AgeYears]),
    );
    t.one(
        "IOM2001 vitamin K AI 14-18 y = 75 ug does not depend on sex",
        Iom,
        C::VitaminDExcessWithoutK2,
        "18y no sex, D 150, K2 50",
        age(18.0).builder().vitamin_d(150.0, UG).vitamin_k2(50.0, UG),
        Fired,
    );
    t.one(src, Iom, C::VitaminK2Low, "no K2", female(52.0).builder(), not_assessed(&[P::VitaminK2Intake]));
    t.one(src, Iom, C::VitaminK2Low, "19y no sex", age(19.0).builder().vitamin_k2(10.0, UG), not_assessed(&[P::Sex]));
    t.one(src, Iom, C::VitaminK2Low, "no age", NO_AGE.builder().vitamin_k2(10.0, UG), not_assessed(&[P::AgeYears]));
    t
}

#[test]
fn vitamin_k2_low_and_vitamin_d_excess_without_k2() {
    run(&vitamin_k2_cases());
}

fn anticoagulant_cases() -> Table {
    let mut t = Table::default();
    // Item 10: for food the advice is a consistent intake (IOM2001; Khan 2004): an info note.
    let src = "IOM2001/KHAN2004: dietary vitamin K with a VKA: keep the intake consistent (item 10)";
    let c = C::VitaminKWithAnticoagulant;
    let vka = |k2: f64| female(52.0).builder().medication(Medication::VitaminKAntagonist).vitamin_k2(k2, UG);
    // K1 + K2 (contract v1.1): with K1 not reported, a K2 of 0 leaves the total unknown.
    t.one(src, Iom, c, "VKA, K2 0 ug, K1 not reported", vka(0.0), not_assessed(&[P::VitaminK1Intake]));
    t.one(src, Iom, c, "VKA, K2 0 ug, K1 0 ug", vka(0.0).vitamin_k1(0.0, UG), NotFired);
    t.one(src, Iom, c, "VKA, K1 40 ug only", vka(0.0).vitamin_k1(40.0, UG), FiredAs(Severity::Info));
    let vka_k1 = female(52.0).builder().medication(Medication::VitaminKAntagonist).vitamin_k1(0.01, UG);
    t.one(src, Iom, c, "VKA, K1 0.01 ug, K2 not reported", vka_k1, FiredAs(Severity::Info));
    t.one(src, Iom, c, "VKA, K2 0.01 ug", vka(0.01), FiredAs(Severity::Info));
    t.one(src, Iom, c, "VKA, K2 30 ug (dietary)", vka(30.0), FiredAs(Severity::Info));
    t.one(src, Efsa, c, "VKA, K2 50 ug", vka(50.0), FiredAs(Severity::Info));
    // ... and no critical finding for dietary K2: the supplement caution is not fired.
    let s = C::VitaminKSupplementWithAnticoagulant;
    t.one(src, Iom, s, "VKA, K2 30 ug dietary, no supplement", vka(30.0), NotFired);
    // Item 10: a vitamin K supplement with a VKA is the serious caution (THEUWISSEN2013).
    let src = "THEUWISSEN2013/SCHURGERS2007: any vitamin K supplement with a VKA (item 10)";
    let with_supplement = |amount: f64| {
        female(52.0)
            .builder()
            .medication(Medication::VitaminKAntagonist)
            .supplement(Supplement::new(Nutrient::VitaminK2, amount, UG).with_form(K2Form::Mk7))
    };
    t.one(src, Iom, s, "VKA, MK-7 supplement 100 ug", with_supplement(100.0), FiredAs(Severity::Critical));
    t.one(src, Efsa, s, "VKA, MK-7 supplement 10 ug", with_supplement(10.0), FiredAs(Severity::Critical));
    t.one(src, Iom, s, "VKA, MK-7 supplement 0.01 ug", with_supplement(0.01), FiredAs(Severity::Critical));
    t.one(src, Iom, s, "VKA, supplement of 0 ug", with_supplement(0.0), NotFired);
    let no_vka = female(52.0).builder().supplement(Supplement::new(Nutrient::VitaminK2, 100.0, UG));
    t.one(src, Iom, s, "no VKA, MK-7 supplement 100 ug", no_vka, NotFired);
    t.one(
        src,
        Iom,
        s,
        "VKA, nothing listed (a list: none taken)",
        female(52.0).builder().medication(Medication::VitaminKAntagonist),
        NotFired,
    );
    let src = "IOM2001/KHAN2004: dietary vitamin K with a VKA: keep the intake consistent (item 10)";
    t.one(
        src,
        Iom,
        c,
        "VKA, K2 0.001 mg",
        female(52.0).builder().medication(Medication::VitaminKAntagonist).vitamin_k2(0.001, MG),
        Fired,
    );
    t.one(src, Iom, c, "no VKA, K2 50 ug", female(52.0).builder().vitamin_k2(50.0, UG), NotFired);
    t.one(
        src,
        Iom,
        c,
        "thiazide only, K2 50 ug",
        female(52.0).builder().medication(Medication::ThiazideDiuretic).vitamin_k2(50.0, UG),
        NotFired,
    );
    t.one(
        src,
        Iom,
        c,
        "VKA, no K1 or K2",
        female(52.0).builder().medication(Medication::VitaminKAntagonist),
        not_assessed(&[P::VitaminK1Intake, P::VitaminK2Intake]),
    );
    t.one(src, Iom, c, "no VKA, no K2", female(52.0).builder(), NotFired);
    t.one(
        src,
        Iom,
        c,
        "VKA, K2 10, nothing else",
        Profile::builder().medication(Medication::VitaminKAntagonist).vitamin_k2(10.0, UG),
        Fired,
    );
    t
}

#[test]
fn vitamin_k_with_anticoagulant() {
    run(&anticoagulant_cases());
}

// ---------------------------------------------------------------------------------------
// Serum 25(OH)D bands (IOM 2011; toxicity Front Endocrinol 2018) and serum calcium (MSD).

fn lab_cases() -> Table {
    let mut t = Table::default();
    let ng = |v: f64| Profile::builder().serum_25_hydroxyvitamin_d(v, NG_ML);
    let nmol = |v: f64| Profile::builder().serum_25_hydroxyvitamin_d(v, NMOL_L);
    let who = "any age";

    let src = "IOM2011 25(OH)D < 12 ng/mL (30 nmol/L): risk of deficiency";
    t.triple(src, Iom, C::VitaminDDeficiency, who, Dir::Below, FiredAs(Severity::Warning), (12.0, EPS, NG_ML), ng);
    t.points(src, Iom, C::VitaminDDeficiency, who, NG_ML, &[(0.0, Fired), (20.0, NotFired), (200.0, NotFired)], ng);
    let points = [(29.5, Fired), (30.0, NotFired), (30.5, NotFired)];
    t.points(src, Iom, C::VitaminDDeficiency, who, NMOL_L, &points, nmol);
    t.points(src, Efsa, C::VitaminDDeficiency, who, NG_ML, &[(11.99, Fired), (12.0, NotFired)], ng);

    let src = "IOM2011 25(OH)D 12 to < 20 ng/mL (30-50 nmol/L): some at risk of inadequacy";
    let points = [
        (11.99, NotFired),
        (12.0, FiredAs(Severity::Info)),
        (12.01, Fired),
        (15.0, Fired),
        (19.99, Fired),
        (20.0, NotFired),
        (20.01, NotFired),
        (60.0, NotFired),
    ];
    t.points(src, Iom, C::VitaminDInsufficiency, who, NG_ML, &points, ng);
    let points = [(29.5, NotFired), (30.5, Fired), (49.5, Fired), (50.5, NotFired)];
    t.points(src, Iom, C::VitaminDInsufficiency, who, NMOL_L, &points, nmol);

    let src = "IOM2011 25(OH)D > 50 ng/mL (125 nmol/L) may be cause for concern, up to 150";
    let points = [
        (49.99, NotFired),
        (50.0, NotFired),
        (50.01, FiredAs(Severity::Warning)),
        (100.0, Fired),
        (149.99, Fired),
        (150.0, Fired),
        (150.01, NotFired),
        (2000.0, NotFired),
    ];
    t.points(src, Iom, C::VitaminDLevelConcerning, who, NG_ML, &points, ng);
    let points = [(124.0, NotFired), (126.0, Fired), (374.0, Fired), (376.0, NotFired)];
    t.points(src, Iom, C::VitaminDLevelConcerning, who, NMOL_L, &points, nmol);

    let src = "Front Endocrinol 2018 (PMC6158375): 25(OH)D > 150 ng/mL (375 nmol/L) is the hallmark of toxicity";
    t.triple(src, Iom, C::VitaminDToxicityLevel, who, Dir::Above, FiredAs(Severity::Critical), (150.0, EPS, NG_ML), ng);
    t.points(src, Iom, C::VitaminDToxicityLevel, who, NG_ML, &[(0.0, NotFired), (2000.0, Fired)], ng);
    let points = [(374.0, NotFired), (376.0, Fired), (4992.0, Fired)];
    t.points(src, Iom, C::VitaminDToxicityLevel, who, NMOL_L, &points, nmol);

    let src = "MSD: hypercalcemia is total serum calcium > 10.4 mg/dL (2.60 mmol/L)";
    let mg_dl = |v: f64| Profile::builder().serum_calcium(v, MG_DL);
    let mmol = |v: f64| Profile::builder().serum_calcium(v, MMOL_L);
    t.triple(src, Iom, C::Hypercalcemia, who, Dir::Above, FiredAs(Severity::Warning), (10.4, EPS, MG_DL), mg_dl);
    // Item 9: graded by CMDT's bands: mild (< 12 mg/dL) is a warning, from 12 critical.
    let src = "CMDT: mild < 12, moderate 12-14, severe > 14 mg/dL; critical from 12 (item 9)";
    let points = [
        (11.0, FiredAs(Severity::Warning)),
        (11.99, FiredAs(Severity::Warning)),
        (12.0, FiredAs(Severity::Critical)),
        (12.5, FiredAs(Severity::Critical)),
        (15.0, FiredAs(Severity::Critical)),
    ];
    t.points(src, Iom, C::Hypercalcemia, who, MG_DL, &points, mg_dl);
    let points =
        [(2.99, FiredAs(Severity::Warning)), (3.0, FiredAs(Severity::Critical)), (3.6, FiredAs(Severity::Critical))];
    t.points(src, Iom, C::Hypercalcemia, who, MMOL_L, &points, mmol);
    let src = "MSD: hypercalcemia is total serum calcium > 10.4 mg/dL (2.60 mmol/L)";
    t.points(src, Iom, C::Hypercalcemia, who, MG_DL, &[(0.0, NotFired), (8.5, NotFired), (30.0, Fired)], mg_dl);
    // 10.4 mg/dL = 2.5948 mmol/L; the round trip through 4.008 is exact here.
    let points = [(2.59, NotFired), (10.4 / 4.008, NotFired), (2.61, Fired), (3.5, Fired)];
    t.points(src, Iom, C::Hypercalcemia, who, MMOL_L, &points, mmol);
    t.points(src, Efsa, C::Hypercalcemia, who, MG_DL, &[(10.4, NotFired), (10.41, Fired)], mg_dl);

    let src = "DESIGN.md: missing inputs are not assessed";
    for c in [C::VitaminDDeficiency, C::VitaminDInsufficiency, C::VitaminDLevelConcerning, C::VitaminDToxicityLevel] {
        t.one(
            src,
            Iom,
            c,
            "no 25(OH)D",
            female(52.0).builder().serum_calcium(9.5, MG_DL),
            not_assessed(&[P::Serum25HydroxyvitaminD]),
        );
    }
    t.one(
        src,
        Iom,
        C::Hypercalcemia,
        "no serum calcium",
        Profile::builder().serum_25_hydroxyvitamin_d(30.0, NG_ML),
        not_assessed(&[P::SerumCalcium]),
    );
    // Each 25(OH)D level is in exactly one band (or none, 20-50 ng/mL).
    t
}

#[test]
fn vitamin_d_levels_and_hypercalcemia() {
    run(&lab_cases());
}

#[test]
fn each_25_hydroxyvitamin_d_level_is_in_at_most_one_band() {
    let bands = [C::VitaminDDeficiency, C::VitaminDInsufficiency, C::VitaminDLevelConcerning, C::VitaminDToxicityLevel];
    let expected = |v: f64| -> Option<Caution> {
        match v {
            v if v < 12.0 => Some(C::VitaminDDeficiency),
            v if v < 20.0 => Some(C::VitaminDInsufficiency),
            v if v <= 50.0 => None,
            v if v <= 150.0 => Some(C::VitaminDLevelConcerning),
            _ => Some(C::VitaminDToxicityLevel),
        }
    };
    for tenths in 0..=2000 {
        let v = f64::from(tenths) / 10.0;
        let p = Profile::builder().serum_25_hydroxyvitamin_d(v, NG_ML).build().unwrap();
        let sets = caution_sets(&p, Iom).unwrap();
        let fired: Vec<Caution> = bands.into_iter().filter(|c| sets.fired.contains(*c)).collect();
        assert_eq!(fired, expected(v).into_iter().collect::<Vec<_>>(), "25(OH)D {v} ng/mL");
        assert!(bands.iter().all(|c| !sets.not_assessed.contains(*c)), "25(OH)D {v} ng/mL");
    }
}

// ---------------------------------------------------------------------------------------
// Magnesium (IOM 1997): RDA from all sources, UL for supplements only, kidney disease (CMDT).

const MAGNESIUM_RDA: &[Row] = &[
    (age(0.0), 30.0, "IOM1997 magnesium AI 0-6 months = 30 mg"),
    (age(0.49), 30.0, "IOM1997 magnesium AI 0-6 months = 30 mg"),
    (age(0.5), 75.0, "IOM1997 magnesium AI 7-12 months = 75 mg"),
    (age(0.99), 75.0, "IOM1997 magnesium AI 7-12 months = 75 mg"),
    (age(1.0), 80.0, "IOM1997 magnesium RDA 1-3 y = 80 mg"),
    (age(3.99), 80.0, "IOM1997 magnesium RDA 1-3 y = 80 mg"),
    (age(4.0), 130.0, "IOM1997 magnesium RDA 4-8 y = 130 mg"),
    (age(8.99), 130.0, "IOM1997 magnesium RDA 4-8 y = 130 mg"),
    (age(9.0), 240.0, "IOM1997 magnesium RDA 9-13 y = 240 mg (sex not needed)"),
    (age(10.0), 240.0, "IOM1997 magnesium RDA 9-13 y = 240 mg (sex not needed)"),
    (age(13.99), 240.0, "IOM1997 magnesium RDA 9-13 y = 240 mg"),
    (male(14.0), 410.0, "IOM1997 magnesium RDA boys 14-18 y = 410 mg"),
    (female(14.0), 360.0, "IOM1997 magnesium RDA girls 14-18 y = 360 mg"),
    (male(18.99), 410.0, "IOM1997 magnesium RDA boys 14-18 y = 410 mg"),
    (female(18.99), 360.0, "IOM1997 magnesium RDA girls 14-18 y = 360 mg"),
    (male(19.0), 400.0, "IOM1997 magnesium RDA men 19-30 y = 400 mg"),
    (female(19.0), 310.0, "IOM1997 magnesium RDA women 19-30 y = 310 mg"),
    (male(30.99), 400.0, "IOM1997 magnesium RDA men 19-30 y = 400 mg"),
    (female(30.99), 310.0, "IOM1997 magnesium RDA women 19-30 y = 310 mg"),
    (male(31.0), 420.0, "IOM1997 magnesium RDA men 31+ = 420 mg"),
    (female(31.0), 320.0, "IOM1997 magnesium RDA women 31+ = 320 mg"),
    (female(50.99), 320.0, "IOM1997 magnesium RDA women 31+ = 320 mg"),
    (male(51.0), 420.0, "IOM1997 magnesium RDA men 31+ = 420 mg"),
    (female(71.0), 320.0, "IOM1997 magnesium RDA women 31+ = 320 mg"),
    (male(130.0), 420.0, "IOM1997 magnesium RDA men 31+ = 420 mg"),
    (pregnant(14.0), 400.0, "IOM1997 magnesium RDA pregnancy 14-18 y = 400 mg"),
    (pregnant(18.99), 400.0, "IOM1997 magnesium RDA pregnancy 14-18 y = 400 mg"),
    (pregnant(19.0), 350.0, "IOM1997 magnesium RDA pregnancy 19-30 y = 350 mg"),
    (pregnant_no_sex(25.0), 350.0, "IOM1997 magnesium RDA pregnancy 19-30 y = 350 mg (sex implied)"),
    (pregnant(30.99), 350.0, "IOM1997 magnesium RDA pregnancy 19-30 y = 350 mg"),
    (pregnant(31.0), 360.0, "IOM1997 magnesium RDA pregnancy 31-50 y = 360 mg"),
    (pregnant(50.99), 360.0, "IOM1997 magnesium RDA pregnancy 31-50 y = 360 mg"),
    (lactating(14.0), 360.0, "IOM1997 magnesium RDA lactation 14-18 y = 360 mg"),
    (lactating(18.99), 360.0, "IOM1997 magnesium RDA lactation 14-18 y = 360 mg"),
    (lactating(19.0), 310.0, "IOM1997 magnesium RDA lactation 19-30 y = 310 mg"),
    (lactating(31.0), 320.0, "IOM1997 magnesium RDA lactation 31-50 y = 320 mg"),
    (lactating(50.99), 320.0, "IOM1997 magnesium RDA lactation 31-50 y = 320 mg"),
];

const MAGNESIUM_SUPPLEMENT_UL: &[Row] = &[
    (age(1.0), 65.0, "IOM1997 magnesium UL (supplements) 1-3 y = 65 mg"),
    (age(3.99), 65.0, "IOM1997 magnesium UL (supplements) 1-3 y = 65 mg"),
    (age(4.0), 110.0, "IOM1997 magnesium UL (supplements) 4-8 y = 110 mg"),
    (age(8.99), 110.0, "IOM1997 magnesium UL (supplements) 4-8 y = 110 mg"),
    (age(9.0), 350.0, "IOM1997 magnesium UL (supplements) 9+ y = 350 mg"),
    (age(13.99), 350.0, "IOM1997 magnesium UL (supplements) 9+ y = 350 mg"),
    (male(18.0), 350.0, "IOM1997 magnesium UL (supplements) 9+ y = 350 mg"),
    (female(19.0), 350.0, "IOM1997 magnesium UL (supplements) 9+ y = 350 mg"),
    (male(70.0), 350.0, "IOM1997 magnesium UL (supplements) 9+ y = 350 mg"),
    (age(130.0), 350.0, "IOM1997 magnesium UL (supplements) 9+ y = 350 mg"),
    (pregnant(25.0), 350.0, "IOM1997 magnesium UL (supplements) incl. pregnancy = 350 mg"),
    (lactating(30.0), 350.0, "IOM1997 magnesium UL (supplements) incl. lactation = 350 mg"),
];

fn magnesium_cases() -> Table {
    let mut t = Table::default();
    let mg = |stage: Stage| move |v: f64| stage.builder().magnesium(v, MG);
    for &(stage, rda, src) in MAGNESIUM_RDA {
        let who = stage.label();
        t.triple(
            src,
            Iom,
            C::MagnesiumIntakeBelowRda,
            &who,
            Dir::Below,
            FiredAs(Severity::Info),
            (rda, EPS, MG),
            mg(stage),
        );
    }
    let src = "IOM1997 magnesium RDA women 19-30 y = 310 mg = 0.31 g";
    let points = [(0.3, Fired), (0.32, NotFired)];
    t.points(src, Iom, C::MagnesiumIntakeBelowRda, "25y female", G, &points, |v| {
        female(25.0).builder().magnesium(v, G)
    });
    // EFSA 2015 (item 1): AIs, pregnancy and lactation as other women; none for 0-6 months.
    for (stage, ai, src) in [
        (age(0.5), 80.0, "EFSA2015MG magnesium AI 7-11 months = 80 mg"),
        (age(1.0), 170.0, "EFSA2015MG magnesium AI 1 to < 3 y = 170 mg"),
        (age(3.0), 230.0, "EFSA2015MG magnesium AI 3 to < 10 y = 230 mg"),
        (male(10.0), 300.0, "EFSA2015MG magnesium AI boys 10 to < 18 y = 300 mg"),
        (female(17.99), 250.0, "EFSA2015MG magnesium AI girls 10 to < 18 y = 250 mg"),
        (male(52.0), 350.0, "EFSA2015MG magnesium AI men = 350 mg (IOM 420)"),
        (female(52.0), 300.0, "EFSA2015MG magnesium AI women = 300 mg (IOM 320)"),
        (pregnant(30.0), 300.0, "EFSA2015MG magnesium AI pregnancy as other women = 300 mg"),
        (age(0.3), 30.0, "EFSA sets no magnesium AI for 0-6 months; IOM1997 30 mg used"),
    ] {
        let c = C::MagnesiumIntakeBelowRda;
        t.triple(src, Efsa, c, &stage.label(), Dir::Below, Fired, (ai, EPS, MG), mg(stage));
    }

    let src = "IOM1997 magnesium RDA splits by sex from 14 y: sex missing is not assessed";
    for stage in [age(14.0), age(25.0), age(60.0)] {
        t.one(
            src,
            Iom,
            C::MagnesiumIntakeBelowRda,
            format!("{} @ 100 mg", stage.label()),
            mg(stage)(100.0),
            not_assessed(&[P::Sex]),
        );
    }
    let src = "IOM1997 magnesium RDA 9-13 y = 240 mg for both sexes: assessed without sex";
    t.one(src, Iom, C::MagnesiumIntakeBelowRda, "10y sex? @ 200 mg", mg(age(10.0))(200.0), Fired);
    // IOM gives pregnancy and lactation values up to 50 y only; EFSA's AI for women covers
    // them at any age, so IOM falls back to it.
    let src = "IOM1997 pregnancy/lactation rows end at 50 y; EFSA2015MG women 300 mg used";
    for stage in [pregnant(51.0), lactating(55.0), pregnant_no_sex(60.0)] {
        let who = stage.label();
        t.triple(src, Iom, C::MagnesiumIntakeBelowRda, &who, Dir::Below, Fired, (300.0, EPS, MG), mg(stage));
    }
    let src = "DESIGN.md: missing inputs are not assessed";
    t.one(
        src,
        Iom,
        C::MagnesiumIntakeBelowRda,
        "no magnesium",
        female(30.0).builder(),
        not_assessed(&[P::MagnesiumIntake]),
    );
    t.one(
        src,
        Iom,
        C::MagnesiumIntakeBelowRda,
        "only supplemental magnesium",
        female(30.0).builder().magnesium_supplement(100.0, MG),
        not_assessed(&[P::MagnesiumIntake]),
    );
    t.one(src, Iom, C::MagnesiumIntakeBelowRda, "no age", mg(NO_AGE_MALE)(100.0), not_assessed(&[P::AgeYears]));

    // Upper limit on supplements.
    let supp = |stage: Stage| move |v: f64| stage.builder().magnesium_supplement(v, MG);
    for &(stage, ul, src) in MAGNESIUM_SUPPLEMENT_UL {
        let who = stage.label();
        let c = C::MagnesiumSupplementAboveUpperLimit;
        t.triple(src, Iom, c, &who, Dir::Above, FiredAs(Severity::Warning), (ul, EPS, MG), supp(stage));
    }
    let src = "IOM1997 magnesium UL 9+ y = 350 mg, from supplements only (total 1000 mg)";
    let c = C::MagnesiumSupplementAboveUpperLimit;
    let with_total = |v: f64| female(30.0).builder().magnesium(1000.0, MG).magnesium_supplement(v, MG);
    t.triple(src, Iom, c, "30y female, total 1000 mg", Dir::Above, Fired, (350.0, EPS, MG), with_total);
    let src = "IOM1997 magnesium UL 9+ y = 350 mg = 0.35 g";
    let points = [(0.34, NotFired), (0.35, NotFired), (0.36, Fired)];
    t.points(src, Iom, c, "30y female", G, &points, |v| female(30.0).builder().magnesium_supplement(v, G));
    // Item 2: the EU UL is 250 mg of supplemental magnesium from 4 y (SCF, read in copies);
    // none under 4 years, where IOM's 65 mg is used.
    let src = "SCF2006UL magnesium UL (supplements) 4+ y = 250 mg (item 2)";
    for stage in [age(4.0), female(30.0), pregnant(30.0), male(80.0)] {
        t.triple(src, Efsa, c, &stage.label(), Dir::Above, Fired, (250.0, EPS, MG), supp(stage));
    }
    let src = "SCF sets no magnesium UL under 4 y; IOM1997 65 mg used";
    t.triple(src, Efsa, c, "2y", Dir::Above, Fired, (65.0, EPS, MG), supp(age(2.0)));
    let src = "IOM1997: no magnesium UL for infants (ND), which is not zero";
    for stage in [age(0.0), age(0.49), age(0.5), age(0.99)] {
        for v in [0.0, 10.0, 1000.0] {
            t.one(
                src,
                Iom,
                c,
                format!("{} @ {v} mg", stage.label()),
                supp(stage)(v),
                no_reference(&[R::MagnesiumSupplementUl]),
            );
        }
    }
    // Item 18: any supplemental magnesium in an infant is a caution (IOM2000UL: from food and
    // formula only), not "not assessed".
    let src = "IOM2000UL: no magnesium UL for infants; intake from food and formula only (item 18)";
    let infant = C::MagnesiumSupplementInInfant;
    for stage in [age(0.0), age(0.49), age(0.5), age(0.99)] {
        let who = stage.label();
        t.one(src, Iom, infant, format!("{who} @ 0.01 mg"), supp(stage)(0.01), FiredAs(Severity::Warning));
        t.one(src, Efsa, infant, format!("{who} @ 10 mg"), supp(stage)(10.0), FiredAs(Severity::Warning));
        t.one(src, Iom, infant, format!("{who} @ 0 mg"), supp(stage)(0.0), NotFired);
    }
    t.one(src, Iom, infant, "1y @ 10 mg (not an infant)", supp(age(1.0))(10.0), NotFired);
    t.one(src, Iom, infant, "no age @ 10 mg", supp(NO_AGE)(10.0), not_assessed(&[P::AgeYears]));
    t.one(
        src,
        Iom,
        infant,
        "0.5y, no supplement reported",
        age(0.5).builder(),
        not_assessed(&[P::MagnesiumSupplement]),
    );
    t.one(src, Iom, infant, "30y, no supplement reported (not an infant)", female(30.0).builder(), NotFired);
    let src = "DESIGN.md: the UL applies to supplements, a total intake alone is not assessed";
    t.one(
        src,
        Iom,
        c,
        "total 2000 mg, no supplement",
        female(30.0).builder().magnesium(2000.0, MG),
        not_assessed(&[P::MagnesiumSupplement]),
    );
    t.one(src, Iom, c, "no age", supp(NO_AGE)(500.0), not_assessed(&[P::AgeYears]));

    // Kidney disease (CMDT): any supplement at all; graded by stage (issue 15): a warning
    // with kidney disease of unknown or G3 stage, critical in G4-G5 or on dialysis.
    let src = "CMDT: supplemental magnesium > 0 with chronic kidney disease needs supervision";
    let c = C::MagnesiumSupplementWithKidneyDisease;
    let ckd = |v: f64| male(60.0).builder().condition(Condition::ChronicKidneyDisease).magnesium_supplement(v, MG);
    let points = [(0.0, NotFired), (0.01, FiredAs(Severity::Warning)), (100.0, Fired), (350.01, Fired)];
    t.points(src, Iom, c, "60y male, CKD", MG, &points, ckd);
    t.points(src, Efsa, c, "60y male, CKD", MG, &[(0.0, NotFired), (0.01, Fired)], ckd);
    let no_age_ckd = Profile::builder().condition(Condition::ChronicKidneyDisease).magnesium_supplement(50.0, MG);
    t.one(src, Iom, c, "CKD, supplement 50 mg, nothing else (no age needed)", no_age_ckd, Fired);
    t.one(
        src,
        Iom,
        c,
        "infant CKD, supplement 5 mg",
        age(0.3).builder().condition(Condition::ChronicKidneyDisease).magnesium_supplement(5.0, MG),
        Fired,
    );
    // Without a condition and without an eGFR, kidney function is unknown.
    let unknown_kidneys = not_assessed(&[P::SerumCreatinine, P::Egfr]);
    t.one(src, Iom, c, "no CKD, no eGFR, supplement 500 mg", supp(male(60.0))(500.0), unknown_kidneys);
    t.one(
        src,
        Iom,
        c,
        "other conditions, supplement 500 mg",
        male(60.0)
            .builder()
            .condition(Condition::KidneyStoneHistory)
            .condition(Condition::GranulomatousDisease)
            .magnesium_supplement(500.0, MG),
        unknown_kidneys,
    );
    t.one(
        src,
        Iom,
        c,
        "CKD, total magnesium only",
        male(60.0).builder().condition(Condition::ChronicKidneyDisease).magnesium(500.0, MG),
        not_assessed(&[P::MagnesiumSupplement]),
    );
    t.one(
        src,
        Iom,
        c,
        "no CKD, no supplement, no eGFR",
        male(60.0).builder(),
        not_assessed(&[P::MagnesiumSupplement, P::SerumCreatinine, P::Egfr]),
    );
    let egfr = |e: f64| male(60.0).builder().lab(P::Egfr, LabValue::new(e, EGFR)).magnesium_supplement(50.0, MG);
    let src = "KDIGO2012/CMDT: graded by the GFR category of the eGFR";
    let points = [
        (14.99, FiredAs(Severity::Critical)),
        (29.99, FiredAs(Severity::Critical)),
        (30.0, FiredAs(Severity::Warning)),
        (59.99, FiredAs(Severity::Warning)),
        (60.0, NotFired),
        (95.0, NotFired),
    ];
    t.points(src, Iom, c, "60y male, reported eGFR, supplement 50 mg", EGFR, &points, egfr);
    let dialysis = male(60.0).builder().condition(Condition::Dialysis).magnesium_supplement(50.0, MG);
    t.one(src, Iom, c, "dialysis, supplement 50 mg (G5D)", dialysis, FiredAs(Severity::Critical));
    let ckd_g4 = ckd(50.0).lab(P::Egfr, LabValue::new(25.0, EGFR));
    t.one(src, Iom, c, "CKD with eGFR 25 (G4)", ckd_g4, FiredAs(Severity::Critical));
    let computed = male(60.0).builder().serum_creatinine(3.0, MG_DL).magnesium_supplement(50.0, MG);
    t.one(src, Iom, c, "eGFR computed from creatinine 3.0 mg/dL (about 22, G4)", computed, FiredAs(Severity::Critical));
    t
}

#[test]
fn magnesium_below_rda_above_upper_limit_and_kidney_disease() {
    run(&magnesium_cases());
}

/// REFERENCE.md (IOM1997): "Pregnancy: ≤18 y 400 ... Lactation: ≤18 y 360": the pregnancy and
/// lactation rows, not the 9-13 y value (240 mg), apply to a pregnant or lactating 13-year-old.
#[test]
fn magnesium_rda_pregnancy_and_lactation_under_14() {
    let mut t = Table::default();
    let src = "IOM1997 magnesium RDA pregnancy <=18 y = 400 mg, lactation <=18 y = 360 mg";
    let c = C::MagnesiumIntakeBelowRda;
    t.triple(src, Iom, c, "13y pregnant", Dir::Below, Fired, (400.0, EPS, MG), |v| {
        pregnant(13.0).builder().magnesium(v, MG)
    });
    t.triple(src, Iom, c, "13y lactating", Dir::Below, Fired, (360.0, EPS, MG), |v| {
        lactating(13.0).builder().magnesium(v, MG)
    });
    run(&t);
}

// ---------------------------------------------------------------------------------------
// Calcium (IOM 2011; EFSA 2012 adult UL).

const CALCIUM_UL_IOM: &[Row] = &[
    (age(0.0), 1000.0, "IOM2011 calcium UL 0-6 months = 1000 mg"),
    (age(0.49), 1000.0, "IOM2011 calcium UL 0-6 months = 1000 mg"),
    (age(0.5), 1500.0, "IOM2011 calcium UL 6-12 months = 1500 mg"),
    (age(0.99), 1500.0, "IOM2011 calcium UL 6-12 months = 1500 mg"),
    (age(1.0), 2500.0, "IOM2011 calcium UL 1-3 y = 2500 mg"),
    (age(3.99), 2500.0, "IOM2011 calcium UL 1-3 y = 2500 mg"),
    (age(4.0), 2500.0, "IOM2011 calcium UL 4-8 y = 2500 mg"),
    (age(8.99), 2500.0, "IOM2011 calcium UL 4-8 y = 2500 mg"),
    (age(9.0), 3000.0, "IOM2011 calcium UL 9-18 y = 3000 mg"),
    (age(13.99), 3000.0, "IOM2011 calcium UL 9-18 y = 3000 mg"),
    (age(14.0), 3000.0, "IOM2011 calcium UL 9-18 y = 3000 mg"),
    (male(17.99), 3000.0, "IOM2011 calcium UL 9-18 y = 3000 mg"),
    (female(18.0), 3000.0, "IOM2011 calcium UL 9-18 y = 3000 mg"),
    (male(18.99), 3000.0, "IOM2011 calcium UL 9-18 y = 3000 mg"),
    (female(19.0), 2500.0, "IOM2011 calcium UL 19-50 y = 2500 mg"),
    (male(30.99), 2500.0, "IOM2011 calcium UL 19-50 y = 2500 mg"),
    (male(50.99), 2500.0, "IOM2011 calcium UL 19-50 y = 2500 mg"),
    (female(51.0), 2000.0, "IOM2011 calcium UL 51-70 y = 2000 mg"),
    (male(70.99), 2000.0, "IOM2011 calcium UL 51-70 y = 2000 mg"),
    (female(71.0), 2000.0, "IOM2011 calcium UL over 70 y = 2000 mg"),
    (age(130.0), 2000.0, "IOM2011 calcium UL over 70 y = 2000 mg"),
    (pregnant(17.0), 3000.0, "IOM2011 calcium UL pregnancy 14-18 y = 3000 mg"),
    (lactating(18.99), 3000.0, "IOM2011 calcium UL lactation 14-18 y = 3000 mg"),
    (pregnant(19.0), 2500.0, "IOM2011 calcium UL pregnancy 19-50 y = 2500 mg"),
    (lactating(25.0), 2500.0, "IOM2011 calcium UL lactation 19-50 y = 2500 mg"),
];

const CALCIUM_UL_EFSA: &[Row] = &[
    (age(0.3), 1000.0, "EFSA2012CA: no UL for infants; IOM2011 0-6 months = 1000 mg used (fallback)"),
    (age(2.0), 2500.0, "EFSA2012CA: no UL for children; IOM2011 1-3 y = 2500 mg used (fallback)"),
    (age(10.0), 3000.0, "EFSA2012CA: no UL under 18 y; IOM2011 9-18 y = 3000 mg used (fallback)"),
    (female(17.99), 3000.0, "EFSA2012CA: no UL under 18 y; IOM2011 9-18 y = 3000 mg used (fallback)"),
    (male(18.0), 2500.0, "EFSA2012CA adult UL = 2500 mg from 18 y (IOM 3000 at 18)"),
    (female(30.0), 2500.0, "EFSA2012CA adult UL = 2500 mg"),
    (female(60.0), 2500.0, "EFSA2012CA adult UL = 2500 mg (IOM 2000 from 51 y)"),
    (male(90.0), 2500.0, "EFSA2012CA adult UL = 2500 mg (IOM 2000 from 51 y)"),
    (pregnant(30.0), 2500.0, "EFSA2012CA adult UL = 2500 mg incl. pregnancy"),
];

const CALCIUM_RDA: &[Row] = &[
    (age(0.0), 200.0, "IOM2011 calcium AI 0-6 months = 200 mg"),
    (age(0.49), 200.0, "IOM2011 calcium AI 0-6 months = 200 mg"),
    (age(0.5), 260.0, "IOM2011 calcium AI 6-12 months = 260 mg"),
    (age(0.99), 260.0, "IOM2011 calcium AI 6-12 months = 260 mg"),
    (age(1.0), 700.0, "IOM2011 calcium RDA 1-3 y = 700 mg"),
    (age(3.99), 700.0, "IOM2011 calcium RDA 1-3 y = 700 mg"),
    (age(4.0), 1000.0, "IOM2011 calcium RDA 4-8 y = 1000 mg"),
    (age(8.99), 1000.0, "IOM2011 calcium RDA 4-8 y = 1000 mg"),
    (age(9.0), 1300.0, "IOM2011 calcium RDA 9-18 y = 1300 mg"),
    (age(18.99), 1300.0, "IOM2011 calcium RDA 9-18 y = 1300 mg"),
    (female(19.0), 1000.0, "IOM2011 calcium RDA 19-50 y = 1000 mg"),
    (age(45.0), 1000.0, "IOM2011 calcium RDA 19-50 y = 1000 mg (sex not needed)"),
    (male(50.99), 1000.0, "IOM2011 calcium RDA 19-50 y = 1000 mg"),
    (female(51.0), 1200.0, "IOM2011 calcium RDA women 51-70 y = 1200 mg"),
    (male(51.0), 1000.0, "IOM2011 calcium RDA men 51-70 y = 1000 mg"),
    (female(70.99), 1200.0, "IOM2011 calcium RDA women 51-70 y = 1200 mg"),
    (male(70.99), 1000.0, "IOM2011 calcium RDA men 51-70 y = 1000 mg"),
    (male(71.0), 1200.0, "IOM2011 calcium RDA over 70 y = 1200 mg"),
    (female(71.0), 1200.0, "IOM2011 calcium RDA over 70 y = 1200 mg"),
    (age(75.0), 1200.0, "IOM2011 calcium RDA over 70 y = 1200 mg (sex not needed)"),
    (pregnant(17.0), 1300.0, "IOM2011 calcium RDA pregnancy 14-18 y = 1300 mg"),
    (lactating(17.0), 1300.0, "IOM2011 calcium RDA lactation 14-18 y = 1300 mg"),
    (pregnant(25.0), 1000.0, "IOM2011 calcium RDA pregnancy 19-50 y = 1000 mg"),
    (lactating(30.0), 1000.0, "IOM2011 calcium RDA lactation 19-50 y = 1000 mg"),
];

fn calcium_cases() -> Table {
    let mut t = Table::default();
    let ca = |stage: Stage| move |v: f64| stage.builder().calcium(v, MG);
    for (standard, rows) in [(Iom, CALCIUM_UL_IOM), (Efsa, CALCIUM_UL_EFSA)] {
        for &(stage, ul, src) in rows {
            let who = stage.label();
            let c = C::CalciumAboveUpperLimit;
            t.triple(src, standard, c, &who, Dir::Above, FiredAs(Severity::Warning), (ul, EPS, MG), ca(stage));
        }
    }
    let src = "IOM2011 calcium UL 19-50 y = 2500 mg = 2.5 g";
    let points = [(2.49, NotFired), (2.5, NotFired), (2.51, Fired)];
    t.points(src, Iom, C::CalciumAboveUpperLimit, "30y female", G, &points, |v| female(30.0).builder().calcium(v, G));
    let src = "DESIGN.md: missing inputs are not assessed";
    t.one(src, Iom, C::CalciumAboveUpperLimit, "no calcium", female(30.0).builder(), not_assessed(&[P::CalciumIntake]));
    t.one(src, Iom, C::CalciumAboveUpperLimit, "no age", ca(NO_AGE)(5000.0), not_assessed(&[P::AgeYears]));
    t.one(src, Efsa, C::CalciumAboveUpperLimit, "no age", ca(NO_AGE)(5000.0), not_assessed(&[P::AgeYears]));

    for &(stage, rda, src) in CALCIUM_RDA {
        let who = stage.label();
        t.triple(
            src,
            Iom,
            C::CalciumIntakeBelowRda,
            &who,
            Dir::Below,
            FiredAs(Severity::Info),
            (rda, EPS, MG),
            ca(stage),
        );
    }
    // EFSA 2015 (item 1; figures read in copies of the opinion): PRIs and the infant AI, the
    // same in pregnancy and lactation; none for 0-6 months.
    for (stage, pri, src) in [
        (age(0.5), 280.0, "EFSA2015CA calcium AI 7-11 months = 280 mg"),
        (age(1.0), 450.0, "EFSA2015CA calcium PRI 1-3 y = 450 mg"),
        (age(4.0), 800.0, "EFSA2015CA calcium PRI 4-10 y = 800 mg"),
        (age(11.0), 1150.0, "EFSA2015CA calcium PRI 11-17 y = 1150 mg"),
        (age(18.0), 1000.0, "EFSA2015CA calcium PRI 18-24 y = 1000 mg"),
        (age(24.99), 1000.0, "EFSA2015CA calcium PRI 18-24 y = 1000 mg"),
        (age(25.0), 950.0, "EFSA2015CA calcium PRI 25 y and over = 950 mg"),
        (female(60.0), 950.0, "EFSA2015CA calcium PRI 25 y and over = 950 mg (IOM women 51-70: 1200)"),
        (pregnant(30.0), 950.0, "EFSA2015CA calcium PRI pregnancy as other women = 950 mg"),
        (age(0.3), 200.0, "EFSA sets no calcium value for 0-6 months; IOM2011 200 mg used"),
    ] {
        let c = C::CalciumIntakeBelowRda;
        t.triple(src, Efsa, c, &stage.label(), Dir::Below, Fired, (pri, EPS, MG), ca(stage));
    }
    let src = "IOM2011 calcium RDA 51-70 y splits by sex: sex missing is not assessed";
    for stage in [age(51.0), age(60.0), age(70.99)] {
        t.one(
            src,
            Iom,
            C::CalciumIntakeBelowRda,
            format!("{} @ 500 mg", stage.label()),
            ca(stage)(500.0),
            not_assessed(&[P::Sex]),
        );
    }
    let src = "DESIGN.md: missing inputs are not assessed";
    t.one(src, Iom, C::CalciumIntakeBelowRda, "no calcium", female(30.0).builder(), not_assessed(&[P::CalciumIntake]));
    t.one(src, Iom, C::CalciumIntakeBelowRda, "no age", ca(NO_AGE)(100.0), not_assessed(&[P::AgeYears]));
    t
}

#[test]
fn calcium_above_upper_limit_and_below_rda() {
    run(&calcium_cases());
}

// ---------------------------------------------------------------------------------------
// Vitamin D above the RDA with a thiazide diuretic or granulomatous disease.

fn vitamin_d_interaction_cases() -> Table {
    let mut t = Table::default();
    let rows: &[Row] = &[
        (age(0.3), 10.0, "IOM2011 vitamin D AI 0-6 months = 10 ug"),
        (age(0.99), 10.0, "IOM2011 vitamin D AI 6-12 months = 10 ug"),
        (age(1.0), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
        (female(52.0), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
        (male(70.99), 15.0, "IOM2011 vitamin D RDA 1-70 y = 15 ug"),
        (male(71.0), 20.0, "IOM2011 vitamin D RDA over 70 y = 20 ug"),
        (pregnant(30.0), 15.0, "IOM2011 vitamin D RDA incl. pregnancy = 15 ug"),
    ];
    type With = fn(ProfileBuilder) -> ProfileBuilder;
    let thiazide: With = |b| b.medication(Medication::ThiazideDiuretic);
    let granulomatous: With = |b| b.condition(Condition::GranulomatousDisease);
    for (c, with, what) in [
        (C::VitaminDWithThiazide, thiazide, "thiazide"),
        (C::VitaminDWithGranulomatousDisease, granulomatous, "granulomatous disease"),
    ] {
        for &(stage, rda, src) in rows {
            let who = format!("{}, {what}", stage.label());
            let make = move |v: f64| with(stage.builder().vitamin_d(v, UG));
            t.triple(src, Iom, c, &who, Dir::Above, FiredAs(Severity::Warning), (rda, EPS, UG), make);
        }
        let src = "IOM2011 vitamin D RDA 1-70 y = 15 ug = 600 IU";
        let points = [(594.0, NotFired), (600.0, NotFired), (606.0, Fired)];
        let who = format!("52y female, {what}");
        t.points(src, Iom, c, &who, IU, &points, move |v| with(female(52.0).builder().vitamin_d(v, IU)));
        let src = "EFSA: no vitamin D RDA encoded; IOM2011 15 ug used (fallback)";
        let make = move |v: f64| with(female(52.0).builder().vitamin_d(v, UG));
        t.triple(src, Efsa, c, &who, Dir::Above, Fired, (15.0, EPS, UG), make);

        let src = "DESIGN.md: a rule that needs a medication or condition is false without it";
        let others = female(52.0)
            .builder()
            .vitamin_d(250.0, UG)
            .medication(Medication::VitaminKAntagonist)
            .condition(Condition::ChronicKidneyDisease)
            .condition(Condition::KidneyStoneHistory)
            .condition(Condition::HeavyMetalToxicity);
        t.one(src, Iom, c, "other medications and conditions, D 250 ug", others, NotFired);
        t.one(src, Iom, c, format!("no {what}, no D"), female(52.0).builder(), NotFired);
        t.one(src, Iom, c, format!("no {what}, no age, D 250"), NO_AGE.builder().vitamin_d(250.0, UG), NotFired);
        let src = "DESIGN.md: missing inputs are not assessed";
        t.one(src, Iom, c, format!("{what}, no D"), with(female(52.0).builder()), not_assessed(&[P::VitaminDIntake]));
        t.one(
            src,
            Iom,
            c,
            format!("{what}, no age"),
            with(NO_AGE.builder().vitamin_d(250.0, UG)),
            not_assessed(&[P::AgeYears]),
        );
    }
    t
}

#[test]
fn vitamin_d_with_thiazide_and_with_granulomatous_disease() {
    run(&vitamin_d_interaction_cases());
}

// ---------------------------------------------------------------------------------------
// Lifestyle: fluid (EFSA 2010, NICE NG118), activity (WHO 2020), diet (seed).

/// EFSA 2010 drink levels: 80% of the adequate total water intake (derived by the crate;
/// items 3 and 4), women 2.0 L and men 2.5 L total from 14 y, pregnancy +0.3 L, lactation
/// +0.7 L; children 2-3 y 1.3 L, 4-8 y 1.6 L, 9-13 y boys 2.1 / girls 1.9 L.
const DRINKS_EFSA: &[Row] = &[
    (age(2.0), 1.04, "EFSA2010W 2-3 y: 0.8 x 1.3 L = 1.04 L (item 4)"),
    (age(3.99), 1.04, "EFSA2010W 2-3 y: 1.04 L"),
    (age(4.0), 1.28, "EFSA2010W 4-8 y: 0.8 x 1.6 L = 1.28 L"),
    (male(9.0), 1.68, "EFSA2010W boys 9-13 y: 0.8 x 2.1 L = 1.68 L"),
    (female(13.99), 1.52, "EFSA2010W girls 9-13 y: 0.8 x 1.9 L = 1.52 L"),
    (female(14.0), 1.6, "EFSA2010W drinks, women from 14 y = 0.8 x 2.0 = 1.6 L"),
    (female(52.0), 1.6, "EFSA2010W drinks, women = 1.6 L"),
    (male(14.0), 2.0, "EFSA2010W drinks, men from 14 y = 0.8 x 2.5 = 2.0 L"),
    (male(52.0), 2.0, "EFSA2010W drinks, men = 2.0 L"),
    (pregnant(30.0), 1.84, "EFSA2010W drinks, pregnancy = 0.8 x (2.0 + 0.3) = 1.84 L"),
    (pregnant_no_sex(20.0), 1.84, "EFSA2010W drinks, pregnancy = 1.84 L (sex implied)"),
    (lactating(25.0), 2.16, "EFSA2010W drinks, lactation = 0.8 x (2.0 + 0.7) = 2.16 L"),
    (age(1.5), 0.9, "EFSA sets no drink level under 2 y: IOM2005W 1-3 y 0.9 L used"),
];

/// IOM 2005 beverage AIs (item 3): the default standard's drink levels.
const DRINKS_IOM: &[Row] = &[
    (age(0.0), 0.7, "IOM2005W 0-6 months 0.7 L (as human milk)"),
    (age(0.5), 0.6, "IOM2005W 7-12 months 0.6 L"),
    (age(1.0), 0.9, "IOM2005W 1-3 y 0.9 L"),
    (age(6.0), 1.2, "IOM2005W 4-8 y 1.2 L"),
    (male(9.0), 1.8, "IOM2005W boys 9-13 y 1.8 L"),
    (female(13.0), 1.6, "IOM2005W girls 9-13 y 1.6 L"),
    (male(14.0), 2.6, "IOM2005W boys 14-18 y 2.6 L"),
    (female(18.99), 1.8, "IOM2005W girls 14-18 y 1.8 L"),
    (male(19.0), 3.0, "IOM2005W men 19+ y 3.0 L"),
    (female(52.0), 2.2, "IOM2005W women 19+ y 2.2 L"),
    (pregnant(30.0), 2.3, "IOM2005W pregnancy 2.3 L"),
    (pregnant(14.0), 2.3, "IOM2005W pregnancy 2.3 L"),
    (lactating(25.0), 2.16, "IOM2005W lactation not encoded (unconfirmed): EFSA2010W 2.16 L used"),
];

fn fluid_cases() -> Table {
    let mut t = Table::default();
    let c = C::LowFluidIntake;
    let fluid = |stage: Stage| move |v: f64| stage.builder().fluid_litres_per_day(v);
    let stones =
        |stage: Stage| move |v: f64| stage.builder().condition(Condition::KidneyStoneHistory).fluid_litres_per_day(v);
    for (standard, rows) in [(Iom, DRINKS_IOM), (Efsa, DRINKS_EFSA)] {
        for &(stage, litres, src) in rows {
            let who = stage.label();
            t.triple(src, standard, c, &who, Dir::Below, FiredAs(Severity::Info), (litres, EPS, L_DAY), fluid(stage));
        }
    }
    // Item 5: 2.5 L after kidney stones is the adult target (NICE118); the drink level for the
    // life stage applies as well, and alone under 18 years.
    let src = "NICE118: adults 2.5-3 L a day after kidney stones; severity warning (item 5)";
    for stage in [female(30.0), pregnant(30.0), female(18.0)] {
        let who = format!("{}, kidney stones", stage.label());
        t.triple(src, Iom, c, &who, Dir::Below, FiredAs(Severity::Warning), (2.5, EPS, L_DAY), stones(stage));
        t.triple(src, Efsa, c, &who, Dir::Below, FiredAs(Severity::Warning), (2.5, EPS, L_DAY), stones(stage));
    }
    let src = "NICE118 stones 2.5 L; IOM2005W men 3.0 L also applies";
    t.one(src, Iom, c, "52y male, stones, 2.7 L", stones(male(52.0))(2.7), FiredAs(Severity::Warning));
    t.one(src, Iom, c, "52y male, stones, 3.0 L", stones(male(52.0))(3.0), NotFired);
    t.one(src, Efsa, c, "52y male, stones, 2.2 L", stones(male(52.0))(2.2), FiredAs(Severity::Warning));
    t.one(src, Efsa, c, "52y male, no stones, 2.2 L", fluid(male(52.0))(2.2), NotFired);
    t.one(src, Iom, c, "52y female, no stones, 0 L", fluid(female(52.0))(0.0), FiredAs(Severity::Info));
    t.one(src, Iom, c, "52y female, stones, 20 L", stones(female(52.0))(20.0), NotFired);
    let src = "NICE118: children and young people 1-2 L by age: the drink level for the age is used (item 5)";
    t.one(src, Iom, c, "6y, stones, 1.5 L (IOM 4-8 y 1.2 L)", stones(age(6.0))(1.5), NotFired);
    t.one(src, Iom, c, "6y, stones, 1.1 L", stones(age(6.0))(1.1), FiredAs(Severity::Warning));
    t.one(src, Iom, c, "17.99y female, stones, 2.0 L (girls 1.8 L)", stones(female(17.99))(2.0), NotFired);
    let src = "Item 4: children are assessed for fluid (no longer not assessed under 14 y)";
    t.one(src, Iom, c, "13y male @ 0.5 L", fluid(male(13.0))(0.5), FiredAs(Severity::Info));
    t.one(src, Efsa, c, "5y @ 0.5 L", fluid(age(5.0))(0.5), FiredAs(Severity::Info));
    let src = "IOM2005W drink levels split by sex from 9 y: sex missing is not assessed";
    t.one(src, Iom, c, "30y sex? @ 1.0 L", fluid(age(30.0))(1.0), not_assessed(&[P::Sex]));
    t.one(src, Iom, c, "13y sex? @ 0.5 L", fluid(age(13.0))(0.5), not_assessed(&[P::Sex]));
    let src = "DESIGN.md: missing inputs are not assessed";
    t.one(src, Iom, c, "no fluid", female(30.0).builder(), not_assessed(&[P::FluidLitresPerDay]));
    t.one(
        src,
        Iom,
        c,
        "no age, no stones",
        fluid(Stage { sex: Some(Sex::Female), ..NO_AGE })(1.0),
        not_assessed(&[P::AgeYears]),
    );
    t.one(
        src,
        Iom,
        c,
        "stones, no fluid",
        female(30.0).builder().condition(Condition::KidneyStoneHistory),
        not_assessed(&[P::FluidLitresPerDay]),
    );
    t
}

#[test]
fn low_fluid_intake() {
    run(&fluid_cases());
}

fn activity_cases() -> Table {
    let mut t = Table::default();
    let c = C::LowPhysicalActivity;
    let act = |stage: Stage| move |v: f64| stage.builder().activity_minutes_per_week(v);
    let rows: &[Row] = &[
        (age(5.0), 420.0, "WHO2020 ages 5-17: 60 min/day = 420 min/week"),
        (age(10.0), 420.0, "WHO2020 ages 5-17: 420 min/week"),
        (female(17.0), 420.0, "WHO2020 ages 5-17: 420 min/week"),
        (male(17.99), 420.0, "WHO2020 ages 5-17: 420 min/week"),
        (male(18.0), 150.0, "WHO2020 adults 18+: 150 min/week moderate"),
        (female(19.0), 150.0, "WHO2020 adults 18+: 150 min/week"),
        (age(52.0), 150.0, "WHO2020 adults 18+: 150 min/week (sex not needed)"),
        (age(130.0), 150.0, "WHO2020 adults 18+: 150 min/week"),
        (pregnant(30.0), 150.0, "WHO2020 adults 18+: 150 min/week"),
    ];
    for &(stage, minutes, src) in rows {
        let who = stage.label();
        for standard in [Iom, Efsa] {
            t.triple(src, standard, c, &who, Dir::Below, FiredAs(Severity::Info), (minutes, 0.5, MIN_WK), act(stage));
        }
    }
    let src = "WHO2020 5-17 y 420 vs adults 150";
    t.one(src, Iom, c, "17.99y @ 300 min", act(age(17.99))(300.0), Fired);
    t.one(src, Iom, c, "18y @ 300 min", act(age(18.0))(300.0), NotFired);
    t.one(src, Iom, c, "52y @ 0 min", act(age(52.0))(0.0), Fired);
    t.one(src, Iom, c, "52y @ 10080 min", act(age(52.0))(10080.0), NotFired);
    let src = "WHO2020 gives no aerobic minimum in minutes under 5 y";
    for stage in [age(4.99), age(4.0), age(1.0), age(0.0)] {
        t.one(src, Iom, c, format!("{} @ 0 min", stage.label()), act(stage)(0.0), no_reference(&[R::PhysicalActivity]));
    }
    let src = "DESIGN.md: missing inputs are not assessed";
    t.one(src, Iom, c, "no activity", female(30.0).builder(), not_assessed(&[P::ActivityMinutesPerWeek]));
    t.one(src, Iom, c, "no age", act(NO_AGE)(10.0), not_assessed(&[P::AgeYears]));
    t
}

#[test]
fn low_physical_activity() {
    run(&activity_cases());
}

fn categorical_cases() -> Table {
    let mut t = Table::default();
    let src = "SEED: highly processed foods contribute to systemic inflammation";
    let c = C::ProcessedFoodDiet;
    t.one(src, Iom, c, "high_processed", Profile::builder().diet(Diet::HighProcessed), FiredAs(Severity::Info));
    t.one(src, Efsa, c, "high_processed", Profile::builder().diet(Diet::HighProcessed), FiredAs(Severity::Info));
    t.one(src, Iom, c, "mixed", Profile::builder().diet(Diet::Mixed), NotFired);
    t.one(src, Iom, c, "heart_healthy", Profile::builder().diet(Diet::HeartHealthy), NotFired);
    t.one(src, Iom, c, "diet missing", female(52.0).builder(), not_assessed(&[P::Diet]));
    let json = r#"{"diet": null}"#;
    t.case(src, Iom, c, "diet null", Input::Json(json.to_owned()), not_assessed(&[P::Diet]));

    let src = "SEED/MMWR2006: chelation is for heavy-metal toxicity and needs careful supervision";
    let c = C::ChelationRequiresSupervision;
    let chelation = || female(52.0).builder().considering(Intervention::ChelationTherapy);
    t.one(src, Iom, c, "considering chelation", chelation(), FiredAs(Severity::Warning));
    t.one(
        src,
        Iom,
        c,
        "considering chelation, heavy-metal toxicity",
        chelation().condition(Condition::HeavyMetalToxicity),
        FiredAs(Severity::Info),
    );
    t.one(
        src,
        Iom,
        c,
        "considering chelation, CKD",
        chelation().condition(Condition::ChronicKidneyDisease),
        FiredAs(Severity::Warning),
    );
    t.one(
        src,
        Iom,
        c,
        "heavy-metal toxicity only",
        female(52.0).builder().condition(Condition::HeavyMetalToxicity),
        NotFired,
    );
    t.one(
        src,
        Iom,
        c,
        "considering other interventions",
        Profile::builder().considering(Intervention::DiagnosticTesting).considering(Intervention::MedicalManagement),
        NotFired,
    );
    t.one(src, Iom, c, "empty profile", Profile::builder(), NotFired);

    let src = "SEED: diagnosed deposits need diagnostic testing by a medical professional";
    let c = C::DiagnosedCalcificationNeedsEvaluation;
    for kind in CalcificationKind::all().filter(|k| k.is_ectopic()) {
        t.one(src, Iom, c, kind.id(), Profile::builder().diagnosed_calcification(kind), FiredAs(Severity::Warning));
    }
    let json = r#"{"diagnosed_calcifications": ["vascular", "kidney_stones"]}"#;
    t.case(src, Iom, c, "json two kinds", Input::Json(json.to_owned()), FiredAs(Severity::Warning));
    t.one(src, Iom, c, "none", female(52.0).builder(), NotFired);
    t.case(src, Iom, c, "json empty list", Input::Json(r#"{"diagnosed_calcifications": []}"#.to_owned()), NotFired);
    t.case(src, Iom, c, "json null", Input::Json(r#"{"diagnosed_calcifications": null}"#.to_owned()), NotFired);
    t
}

#[test]
fn processed_food_chelation_and_diagnosed_calcification() {
    run(&categorical_cases());
}

fn all_cases() -> Table {
    let mut t = Table::default();
    for table in [
        vitamin_d_intake_cases(),
        vitamin_k2_cases(),
        anticoagulant_cases(),
        lab_cases(),
        magnesium_cases(),
        calcium_cases(),
        vitamin_d_interaction_cases(),
        fluid_cases(),
        activity_cases(),
        categorical_cases(),
        phosphate_cases(),
        kidney_cases(),
        calcium_status_cases(),
        magnesium_status_cases(),
        vitamin_k_total_cases(),
        medication_cases(),
        kidney_stone_diet_cases(),
    ] {
        t.extend(table);
    }
    t
}

/// Every one of the 39 cautions has a case where it fires and one where it is assessed and
/// does not; every caution whose condition can be undecided also has a not-assessed case.
#[test]
fn every_caution_is_covered() {
    let t = all_cases();
    assert_eq!(Caution::ALL.len(), 39);
    for caution in Caution::all() {
        let cases: Vec<&Case> = t.0.iter().filter(|c| c.caution == caution).collect();
        assert!(cases.iter().any(|c| matches!(c.expect, Fired | FiredAs(_))), "{}: no case that fires", caution.id());
        assert!(cases.iter().any(|c| c.expect == NotFired), "{}: no case that does not fire", caution.id());
        // Lists are never missing (none listed is none taken), so rules over lists alone are
        // always decided.
        if !common::never_unknown(&caution.rule().condition) {
            assert!(
                cases.iter().any(|c| matches!(c.expect, Expect::NotAssessed { .. })),
                "{}: no not-assessed case",
                caution.id()
            );
        }
    }
    let names: std::collections::HashSet<&str> = t.0.iter().map(|c| c.name.as_str()).collect();
    println!("{} boundary cases ({} distinct names)", t.0.len(), names.len());
    assert!(names.len() > 700, "only {} distinct boundary cases", names.len());
}

// ---------------------------------------------------------------------------------------
// Findings explain themselves: observed value, threshold, unit, group, standard, source.

fn finding_for(profile: ProfileBuilder, standard: ReferenceStandard, caution: Caution) -> Finding {
    let profile = profile.build().expect("valid profile");
    let assessment = assess_with(&profile, standard).expect("assessable");
    assessment.finding(caution).unwrap_or_else(|| panic!("{} did not fire", caution.id())).clone()
}

/// The reason whose atom compares `field`.
fn compare_reason(finding: &Finding, field: ProfileField) -> &Reason {
    finding
        .because
        .iter()
        .find(|r| r.observed.as_ref().is_some_and(|o| o.field == field))
        .unwrap_or_else(|| panic!("{}: no reason about {}", finding.caution.id(), field.id()))
}

fn assert_close(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0), "{what}: {a} != {b}");
}

#[test]
fn because_vitamin_d_upper_limit_in_iu_shows_both_units_and_the_iom_row() {
    let p = female(52.0).builder().vitamin_d(5000.0, IU).vitamin_k2(0.0, UG);
    let f = finding_for(p.clone(), Iom, C::VitaminDAboveUpperLimit);
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.because.len(), 1);
    let r = compare_reason(&f, P::VitaminDIntake);
    assert!(r.holds);
    let o = r.observed.as_ref().unwrap();
    assert_close(o.value, 125.0, "observed µg");
    assert_eq!((o.unit, o.given_value, o.given_unit), (UG, 5000.0, IU));
    let th = r.threshold.as_ref().unwrap();
    assert_eq!((th.value, th.unit), (100.0, UG));
    assert_eq!(th.reference, Some(R::VitaminDUl));
    assert_eq!(th.value_type, Some(ValueType::Ul));
    assert_eq!(th.standard, Some(Iom));
    assert_eq!(th.life_stage_group.as_deref(), Some("9 years and over"));
    assert!(!th.fallback);
    assert_eq!(th.source, SourceId::Iom2011);
    assert!(r.statement.contains("5000 IU (125 µg)"), "{}", r.statement);
    assert!(r.statement.contains("100 µg"), "{}", r.statement);
    assert!(f.sources.contains(&SourceId::Iom2011));
    assert_eq!(f.detail, C::VitaminDAboveUpperLimit.rule().detail);

    // The double-edged sword explains both of its atoms.
    let f = finding_for(p, Iom, C::VitaminDExcessWithoutK2);
    assert_eq!(f.because.len(), 2);
    let k2 = compare_reason(&f, P::VitaminK2Intake);
    assert!(k2.holds);
    assert_eq!(k2.observed.as_ref().unwrap().value, 0.0);
    let th = k2.threshold.as_ref().unwrap();
    assert_eq!((th.value, th.unit, th.source), (90.0, UG, SourceId::Iom2001));
    assert_eq!(th.reference, Some(R::VitaminKAi));
    assert_eq!(th.value_type, Some(ValueType::Ai));
    assert_eq!(th.life_stage_group.as_deref(), Some("women 19 years and over"));
    assert!(f.sources.contains(&SourceId::Iom2001) && f.sources.contains(&SourceId::Iom2011));
}

#[test]
fn because_efsa_vitamin_d_upper_limits_cite_efsa() {
    let f = finding_for(age(5.0).builder().vitamin_d(60.0, UG), Efsa, C::VitaminDAboveUpperLimit);
    let th = compare_reason(&f, P::VitaminDIntake).threshold.clone().unwrap();
    assert_eq!((th.value, th.unit, th.source, th.standard), (50.0, UG, SourceId::Efsa2023d, Some(Efsa)));
    assert_eq!(th.life_stage_group.as_deref(), Some("1-10 years"));
    assert!(!th.fallback);
    assert!(f.sources.contains(&SourceId::Efsa2023d));

    let f = finding_for(age(0.75).builder().vitamin_d(36.0, UG), Efsa, C::VitaminDAboveUpperLimit);
    let th = compare_reason(&f, P::VitaminDIntake).threshold.clone().unwrap();
    assert_eq!((th.value, th.source, th.standard), (35.0, SourceId::Efsa2018d, Some(Efsa)));
    assert!(f.sources.contains(&SourceId::Efsa2018d), "{:?}", f.sources);
}

#[test]
fn because_efsa_falls_back_to_iom_where_it_gives_no_value() {
    // Calcium at 10 y: EFSA gives an adult UL only, so IOM's 9-18 y value is used.
    let f = finding_for(age(10.0).builder().calcium(3100.0, MG), Efsa, C::CalciumAboveUpperLimit);
    let r = compare_reason(&f, P::CalciumIntake);
    let th = r.threshold.as_ref().unwrap();
    assert_eq!((th.value, th.unit, th.source, th.standard), (3000.0, MG, SourceId::Iom2011, Some(Iom)));
    assert!(th.fallback, "EFSA at 10 y must report the IOM fallback");
    assert_eq!(th.life_stage_group.as_deref(), Some("9-18 years"));
    assert!(
        r.statement.contains("(IOM 2011, 9-18 years; EFSA sets no value for this life stage; IOM used)"),
        "{}",
        r.statement
    );

    // From 18 y EFSA's own adult UL, 2500 mg, applies (IOM would allow 3000 at 18).
    let f = finding_for(male(18.0).builder().calcium(2600.0, MG), Efsa, C::CalciumAboveUpperLimit);
    let th = compare_reason(&f, P::CalciumIntake).threshold.clone().unwrap();
    assert_eq!((th.value, th.source, th.standard, th.fallback), (2500.0, SourceId::Efsa2012ca, Some(Efsa), false));
    assert!(f.sources.contains(&SourceId::Efsa2012ca));

    // Vitamin D under EFSA (item 1): EFSA's own AI, no fallback; at 3 months EFSA sets none.
    let f = finding_for(female(52.0).builder().vitamin_d(5.0, UG), Efsa, C::VitaminDIntakeBelowRda);
    let th = compare_reason(&f, P::VitaminDIntake).threshold.clone().unwrap();
    assert_eq!((th.value, th.source, th.standard, th.fallback), (15.0, SourceId::Efsa2016d, Some(Efsa), false));
    assert_eq!(th.value_type, Some(ValueType::Ai));
    let f = finding_for(age(0.25).builder().vitamin_d(5.0, UG), Efsa, C::VitaminDIntakeBelowRda);
    let th = compare_reason(&f, P::VitaminDIntake).threshold.clone().unwrap();
    assert_eq!((th.value, th.source, th.fallback), (10.0, SourceId::Iom2011, true));

    // Item 1: no value EFSA publishes falls back. For every intake target and UL kind, an
    // adult woman of 30 under EFSA gets an EFSA row.
    let stage = calcification::LifeStage { age_years: Some(30.0), sex: Some(Sex::Female), reproductive_status: None };
    for kind in [
        R::VitaminDRda,
        R::VitaminDUl,
        R::VitaminKAi,
        R::MagnesiumRda,
        R::MagnesiumSupplementUl,
        R::CalciumRda,
        R::CalciumUl,
        R::DrinkingWater,
    ] {
        let resolved = stage.reference(kind, Efsa).unwrap();
        assert!(!resolved.is_fallback(), "{}: EFSA publishes it, but {}", kind.id(), resolved.provenance());
    }

    // Under IOM nothing is a fallback.
    let f = finding_for(age(10.0).builder().calcium(3100.0, MG), Iom, C::CalciumAboveUpperLimit);
    assert!(!compare_reason(&f, P::CalciumIntake).threshold.as_ref().unwrap().fallback);
}

#[test]
fn because_lab_findings_show_the_given_unit_and_the_fixed_threshold() {
    let f = finding_for(Profile::builder().serum_calcium(2.7, MMOL_L), Iom, C::Hypercalcemia);
    // Mild (below 12 mg/dL, 3.0 mmol/L): a warning (CMDT bands, item 9).
    assert_eq!(f.severity, Severity::Warning);
    let r = compare_reason(&f, P::AssessedSerumCalcium);
    assert!(r.statement.contains("as measured: albumin not reported"), "{}", r.statement);
    let o = r.observed.as_ref().unwrap();
    // Given in mmol/L, compared with the figure MSD publishes in mmol/L (2.60).
    assert_eq!((o.value, o.unit, o.given_value, o.given_unit), (2.7, MMOL_L, 2.7, MMOL_L));
    let th = r.threshold.as_ref().unwrap();
    assert_eq!((th.value, th.unit, th.source), (2.60, MMOL_L, SourceId::Msd));
    assert_eq!((th.reference, th.value_type, th.standard, th.fallback), (None, None, None, false));
    assert!(
        r.statement.contains("2.7 mmol/L (as measured: albumin not reported) is above 2.6 mmol/L"),
        "{}",
        r.statement
    );
    assert!(f.sources.contains(&SourceId::Msd));

    let f = finding_for(Profile::builder().serum_calcium(10.9, MG_DL), Iom, C::Hypercalcemia);
    let th = compare_reason(&f, P::AssessedSerumCalcium).threshold.clone().unwrap();
    assert_eq!((th.value, th.unit), (10.4, MG_DL));
    assert_eq!(f.because.len(), 1, "a warning has no band reason");
    // Moderate: critical, and the explanation says which band decided it.
    let f = finding_for(Profile::builder().serum_calcium(12.5, MG_DL), Iom, C::Hypercalcemia);
    assert_eq!(f.severity, Severity::Critical);
    assert_eq!(f.because.len(), 2);
    let band = &f.because[1];
    assert!(
        band.statement.contains("is not below 12 mg/dL (moderate hypercalcemia from this level"),
        "{}",
        band.statement
    );
    assert_eq!(band.threshold.as_ref().map(|t| t.source), Some(SourceId::CmdtHypercalcemia));
    assert!(f.sources.contains(&SourceId::CmdtHypercalcemia));

    // Insufficiency: both atoms are reported, the negated one with holds = false.
    let f = finding_for(Profile::builder().serum_25_hydroxyvitamin_d(40.0, NMOL_L), Iom, C::VitaminDInsufficiency);
    assert_eq!(f.because.len(), 2);
    let not_deficient = &f.because[0];
    assert!(!not_deficient.holds);
    assert_eq!(not_deficient.threshold.as_ref().map(|t| (t.value, t.unit)), Some((30.0, NMOL_L)));
    let below_20 = &f.because[1];
    assert!(below_20.holds);
    let o = below_20.observed.as_ref().unwrap();
    assert_eq!((o.value, o.unit, o.given_unit), (40.0, NMOL_L, NMOL_L));
    let th = below_20.threshold.as_ref().unwrap();
    assert_eq!((th.value, th.unit, th.source), (50.0, NMOL_L, SourceId::Iom2011));

    let f = finding_for(Profile::builder().serum_25_hydroxyvitamin_d(160.0, NG_ML), Iom, C::VitaminDToxicityLevel);
    let th = compare_reason(&f, P::Serum25HydroxyvitaminD).threshold.clone().unwrap();
    assert_eq!((th.value, th.unit, th.source), (150.0, NG_ML, SourceId::FrontEndocrinol2018));
    assert!(f.sources.contains(&SourceId::FrontEndocrinol2018));
}

#[test]
fn because_life_stage_rows_name_their_group() {
    let f = finding_for(pregnant(25.0).builder().magnesium(300.0, MG), Iom, C::MagnesiumIntakeBelowRda);
    let th = compare_reason(&f, P::MagnesiumIntake).threshold.clone().unwrap();
    assert_eq!((th.value, th.unit, th.source, th.value_type), (350.0, MG, SourceId::Iom1997, Some(ValueType::Rda)));
    assert_eq!(th.life_stage_group.as_deref(), Some("pregnancy 19-30 years"));

    let f = finding_for(age(0.3).builder().magnesium(20.0, MG), Iom, C::MagnesiumIntakeBelowRda);
    let th = compare_reason(&f, P::MagnesiumIntake).threshold.clone().unwrap();
    assert_eq!((th.value, th.value_type), (30.0, Some(ValueType::Ai)));

    let f = finding_for(age(10.0).builder().activity_minutes_per_week(300.0), Efsa, C::LowPhysicalActivity);
    let th = compare_reason(&f, P::ActivityMinutesPerWeek).threshold.clone().unwrap();
    assert_eq!((th.value, th.unit, th.source), (420.0, MIN_WK, SourceId::Who2020));
    assert_eq!((th.standard, th.value_type, th.fallback), (None, Some(ValueType::Guideline), false));

    let f =
        finding_for(male(60.0).builder().magnesium_supplement(400.0, MG), Iom, C::MagnesiumSupplementAboveUpperLimit);
    let r = compare_reason(&f, P::MagnesiumSupplement);
    let th = r.threshold.as_ref().unwrap();
    assert_eq!((th.value, th.unit, th.source), (350.0, MG, SourceId::Iom1997));
    assert_eq!(th.reference, Some(R::MagnesiumSupplementUl));
    assert!(r.statement.contains("400 mg") && r.statement.contains("350 mg"), "{}", r.statement);
}

#[test]
fn because_fluid_names_the_drink_level_or_the_kidney_stone_level() {
    // Item 3: under IOM the drink level is IOM's beverage AI.
    let f = finding_for(female(52.0).builder().fluid_litres_per_day(1.5), Iom, C::LowFluidIntake);
    assert_eq!(f.severity, Severity::Info);
    let r = compare_reason(&f, P::FluidLitresPerDay);
    let th = r.threshold.as_ref().unwrap();
    assert_eq!((th.value, th.unit, th.source, th.fallback), (2.2, L_DAY, SourceId::Iom2005w, false));
    assert_eq!(th.life_stage_group.as_deref(), Some("women 19 years and over"));
    assert!(f.sources.contains(&SourceId::Iom2005w));
    let f = finding_for(female(52.0).builder().fluid_litres_per_day(1.5), Efsa, C::LowFluidIntake);
    let r = compare_reason(&f, P::FluidLitresPerDay);
    assert_eq!(r.threshold.as_ref().map(|t| (t.value, t.source)), Some((1.6, SourceId::Efsa2010w)));
    assert!(r.statement.contains("(derived by the crate from the published figure)"), "{}", r.statement);
    // A lactating woman under IOM: IOM's figure is not encoded, and the text says so.
    let f = finding_for(lactating(30.0).builder().fluid_litres_per_day(1.5), Iom, C::LowFluidIntake);
    let r = compare_reason(&f, P::FluidLitresPerDay);
    assert!(
        r.statement.contains("IOM's value for this life stage is not encoded (IOM's beverage AI for lactation was not confirmed against IOM 2005); EFSA used"),
        "{}",
        r.statement
    );

    let f = finding_for(
        male(52.0).builder().condition(Condition::KidneyStoneHistory).fluid_litres_per_day(2.2),
        Efsa,
        C::LowFluidIntake,
    );
    assert_eq!(f.severity, Severity::Warning);
    let r = compare_reason(&f, P::FluidLitresPerDay);
    let th = r.threshold.as_ref().unwrap();
    assert_eq!((th.value, th.unit, th.source, th.reference), (2.5, L_DAY, SourceId::Nice118, None));
    assert_close(r.observed.as_ref().unwrap().value, 2.2, "fluid");
    assert!(f.because.iter().any(|r| r.observed.is_none() && r.holds), "the kidney-stone atom is a reason");
    assert!(f.sources.contains(&SourceId::Nice118));
}

#[test]
fn because_anticoagulant_names_the_medication_and_any_k2() {
    let p = male(70.0).builder().medication(Medication::VitaminKAntagonist).vitamin_k2(50.0, UG);
    let f = finding_for(p, Iom, C::VitaminKWithAnticoagulant);
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(f.because.len(), 2);
    assert!(
        f.because
            .iter()
            .any(|r| r.holds && r.observed.is_none() && r.statement.to_lowercase().contains("vitamin k antagonist"))
    );
    let r = compare_reason(&f, P::VitaminKIntake);
    assert!(r.statement.contains("at least 50 µg (K1 not reported; K2 50 µg)"), "{}", r.statement);
    let th = r.threshold.clone().unwrap();
    assert_eq!((th.value, th.unit, th.source), (0.0, UG, SourceId::Khan2004));
    assert!(f.sources.contains(&SourceId::Khan2004));

    // The supplement caution names the product and cites the trial.
    let p = male(70.0)
        .builder()
        .medication(Medication::VitaminKAntagonist)
        .supplement(Supplement::new(Nutrient::VitaminK2, 100.0, UG).with_form(K2Form::Mk7).with_label("natto caps"));
    let f = finding_for(p, Iom, C::VitaminKSupplementWithAnticoagulant);
    assert_eq!(f.severity, Severity::Critical);
    let r = compare_reason(&f, P::VitaminK2Supplement);
    assert!(r.statement.contains("100 µg MK-7 (menaquinone-7) (natto caps)"), "{}", r.statement);
    assert!(f.sources.contains(&SourceId::Theuwissen2013));
}

#[test]
fn not_assessed_names_the_missing_reference_value() {
    let p = age(0.5).builder().magnesium_supplement(20.0, MG).build().unwrap();
    let a = assess_with(&p, Iom).unwrap();
    let na = a.not_assessed.iter().find(|n| n.caution == C::MagnesiumSupplementAboveUpperLimit).unwrap();
    assert_eq!(na.no_reference_value, vec![R::MagnesiumSupplementUl]);
    assert!(na.missing.is_empty());

    let p = age(3.0).builder().activity_minutes_per_week(10.0).build().unwrap();
    let a = assess_with(&p, Iom).unwrap();
    let na = a.not_assessed.iter().find(|n| n.caution == C::LowPhysicalActivity).unwrap();
    assert!(na.no_reference_value.contains(R::PhysicalActivity));
    assert!(na.missing.is_empty());
}

/// DESIGN.md and the sources publish each lab threshold in both units (10.4 mg/dL and
/// 2.60 mmol/L; 12/20/50/150 ng/mL and 30/50/125/375 nmol/L). A lab reported at exactly the
/// published figure of its unit does not cross it; just past it does.
#[test]
fn labs_at_the_published_figure_of_either_unit_do_not_cross_it() {
    let cases: &[(ProfileField, f64, Unit, Caution, bool)] = &[
        (P::SerumCalcium, 2.60, MMOL_L, C::Hypercalcemia, false),
        (P::SerumCalcium, 2.601, MMOL_L, C::Hypercalcemia, true),
        (P::SerumCalcium, 10.4, MG_DL, C::Hypercalcemia, false),
        (P::Serum25HydroxyvitaminD, 30.0, NMOL_L, C::VitaminDDeficiency, false),
        (P::Serum25HydroxyvitaminD, 29.99, NMOL_L, C::VitaminDDeficiency, true),
        (P::Serum25HydroxyvitaminD, 30.0, NMOL_L, C::VitaminDInsufficiency, true),
        (P::Serum25HydroxyvitaminD, 50.0, NMOL_L, C::VitaminDInsufficiency, false),
        (P::Serum25HydroxyvitaminD, 49.99, NMOL_L, C::VitaminDInsufficiency, true),
        (P::Serum25HydroxyvitaminD, 125.0, NMOL_L, C::VitaminDLevelConcerning, false),
        (P::Serum25HydroxyvitaminD, 125.01, NMOL_L, C::VitaminDLevelConcerning, true),
        (P::Serum25HydroxyvitaminD, 375.0, NMOL_L, C::VitaminDToxicityLevel, false),
        (P::Serum25HydroxyvitaminD, 375.0, NMOL_L, C::VitaminDLevelConcerning, true),
        (P::Serum25HydroxyvitaminD, 375.01, NMOL_L, C::VitaminDToxicityLevel, true),
    ];
    for &(field, value, unit, caution, fires) in cases {
        let builder = match field {
            P::SerumCalcium => Profile::builder().serum_calcium(value, unit),
            _ => Profile::builder().serum_25_hydroxyvitamin_d(value, unit),
        };
        let profile = builder.build().unwrap();
        for standard in [Iom, ReferenceStandard::Efsa] {
            let sets = caution_sets(&profile, standard).unwrap();
            assert_eq!(sets.fired.contains(caution), fires, "{} {value} {}", caution.id(), unit.id());
            let assessed = assess_with(&profile, standard).unwrap();
            assert_eq!(assessed.finding(caution).is_some(), fires, "{} {value} {}", caution.id(), unit.id());
        }
    }
}

// ---------------------------------------------------------------------------------------
// Contract v1.1 (issue 15): phosphate, kidney function, calcium status, magnesium status,
// vitamin K1, medicines and the kidney-stone diet.

const PG_ML: Unit = Unit::PicogramPerMillilitre;
const PMOL_L: Unit = Unit::PicomolePerLitre;
const G_DL: Unit = Unit::GramPerDecilitre;
const G_L: Unit = Unit::GramPerLitre;
const UMOL_L: Unit = Unit::MicromolePerLitre;

fn phosphate_cases() -> Table {
    let mut t = Table::default();
    let c = C::Hyperphosphatemia;
    let src = "MSDP: serum phosphate > 4.5 mg/dL in adults; CMDT: > 1.45 mmol/L";
    let adult = |v: f64| female(52.0).builder().lab(P::SerumPhosphate, LabValue::new(v, MG_DL));
    t.triple(src, Iom, c, "52y female", Dir::Above, FiredAs(Severity::Warning), (4.5, EPS, MG_DL), adult);
    let si = |v: f64| female(52.0).builder().lab(P::SerumPhosphate, LabValue::new(v, MMOL_L));
    // At the published mmol/L figure, not above it (4.4907 mg/dL would be below 4.5 anyway).
    t.triple(src, Efsa, c, "52y female", Dir::Above, Fired, (1.45, 0.001, MMOL_L), si);
    t.points(src, Iom, c, "18y male", MG_DL, &[(4.5, NotFired), (4.51, Fired)], |v| {
        male(18.0).builder().lab(P::SerumPhosphate, LabValue::new(v, MG_DL))
    });
    // Children's ranges are higher: the adult cut-off does not apply under 18.
    t.one(
        src,
        Iom,
        c,
        "10y, 5.5 mg/dL",
        age(10.0).builder().lab(P::SerumPhosphate, LabValue::new(5.5, MG_DL)),
        NotFired,
    );
    t.one(
        src,
        Iom,
        c,
        "17.9y, 5.5 mg/dL",
        age(17.9).builder().lab(P::SerumPhosphate, LabValue::new(5.5, MG_DL)),
        NotFired,
    );
    let no_age = Profile::builder().lab(P::SerumPhosphate, LabValue::new(5.5, MG_DL));
    t.one(src, Iom, c, "no age, 5.5 mg/dL", no_age, not_assessed(&[P::AgeYears]));
    t.one(src, Iom, c, "52y, no phosphate", female(52.0).builder(), not_assessed(&[P::SerumPhosphate]));

    let src = "IOM1997 phosphorus UL: 1-8 y 3 g, 9-70 y 4 g, > 70 y 3 g, pregnancy 3.5 g, lactation 4 g";
    let c = C::PhosphorusAboveUpperLimit;
    for (who, limit) in [
        (age(1.0), 3000.0),
        (age(8.99), 3000.0),
        (age(9.0), 4000.0),
        (male(70.99), 4000.0),
        (female(71.0), 3000.0),
        (pregnant(30.0), 3500.0),
        (lactating(30.0), 4000.0),
    ] {
        let make = move |v: f64| who.builder().phosphorus(v, MG);
        t.triple(src, Iom, c, &who.label(), Dir::Above, FiredAs(Severity::Warning), (limit, EPS, MG), make);
    }
    t.one(src, Iom, c, "9y in grams, 4.1 g", age(9.0).builder().phosphorus(4.1, G), Fired);
    t.one(src, Iom, c, "infant, 1 g", age(0.5).builder().phosphorus(1000.0, MG), no_reference(&[R::PhosphorusUl]));
    t.one(
        src,
        Iom,
        c,
        "pregnant at 13, 5 g",
        pregnant(13.0).builder().phosphorus(5000.0, MG),
        no_reference(&[R::PhosphorusUl]),
    );
    t.one(src, Efsa, c, "EFSA sets no UL: IOM's 4 g is used", male(40.0).builder().phosphorus(4000.01, MG), Fired);
    t.one(src, Iom, c, "no age", Profile::builder().phosphorus(5000.0, MG), not_assessed(&[P::AgeYears]));

    let src = "IOM1997 phosphorus RDA/AI; EFSA2015 AI 160 mg (7-11 months), 550 mg (adults)";
    let c = C::PhosphorusIntakeBelowRda;
    for (standard, who, limit) in [
        (Iom, age(0.2), 100.0),
        (Iom, age(0.5), 275.0),
        (Iom, age(1.0), 460.0),
        (Iom, age(4.0), 500.0),
        (Iom, age(9.0), 1250.0),
        (Iom, pregnant(17.0), 1250.0),
        (Iom, age(19.0), 700.0),
        (Iom, lactating(35.0), 700.0),
        (Efsa, age(0.6), 160.0),
        (Efsa, male(40.0), 550.0),
        (Efsa, pregnant(30.0), 550.0),
    ] {
        let make = move |v: f64| who.builder().phosphorus(v, MG);
        t.triple(src, standard, c, &who.label(), Dir::Below, FiredAs(Severity::Info), (limit, EPS, MG), make);
    }
    // EFSA's children's values are not encoded: IOM's is used, and says so.
    t.one(src, Efsa, c, "EFSA 10y falls back to IOM 1,250 mg", age(10.0).builder().phosphorus(1249.0, MG), Fired);
    t.one(src, Efsa, c, "EFSA 0-6 months: none; IOM 100 mg", age(0.1).builder().phosphorus(99.0, MG), Fired);
    t.one(src, Iom, c, "no age", Profile::builder().phosphorus(300.0, MG), not_assessed(&[P::AgeYears]));
    t
}

fn kidney_cases() -> Table {
    let mut t = Table::default();
    let c = C::ReducedKidneyFunction;
    let src = "KDIGO2012 G3a-G5 below 60; KDIGO2017 monitoring from G3a";
    let reported = |e: f64| female(60.0).builder().lab(P::Egfr, LabValue::new(e, EGFR));
    t.triple(src, Iom, c, "reported eGFR", Dir::Below, FiredAs(Severity::Warning), (60.0, EPS, EGFR), reported);
    t.points(
        src,
        Iom,
        c,
        "reported eGFR",
        EGFR,
        &[(90.0, NotFired), (45.0, Fired), (30.0, Fired), (15.0, Fired), (5.0, Fired)],
        reported,
    );
    t.one(
        src,
        Iom,
        c,
        "dialysis, no eGFR",
        female(60.0).builder().condition(Condition::Dialysis),
        FiredAs(Severity::Warning),
    );
    t.one(
        src,
        Iom,
        c,
        "nothing about the kidneys",
        female(60.0).builder(),
        not_assessed(&[P::SerumCreatinine, P::Egfr]),
    );
    // Computed by CKD-EPI 2021 for adults: a 55-year-old woman, creatinine 0.9 mg/dL: 75.5.
    let src = "CKDEPI2021: 142 x min(Scr/k,1)^a x max(Scr/k,1)^-1.200 x 0.9938^age x 1.012 (F)";
    let creatinine = |who: Stage, v: f64, unit: Unit| who.builder().serum_creatinine(v, unit);
    t.one(src, Iom, c, "55y female, 0.9 mg/dL (75.5)", creatinine(female(55.0), 0.9, MG_DL), NotFired);
    t.one(src, Iom, c, "55y female, 79.56 umol/L (0.9 mg/dL)", creatinine(female(55.0), 79.56, UMOL_L), NotFired);
    t.one(src, Iom, c, "70y male, 1.5 mg/dL (about 50)", creatinine(male(70.0), 1.5, MG_DL), Fired);
    t.one(src, Iom, c, "children: not computed", creatinine(female(12.0), 3.0, MG_DL), not_assessed(&[P::Egfr]));
    t.one(src, Iom, c, "no sex: not computed", creatinine(age(50.0), 3.0, MG_DL), not_assessed(&[P::Sex, P::Egfr]));
    // The reported eGFR wins over the computed one.
    let both = female(55.0).builder().serum_creatinine(0.9, MG_DL).lab(P::Egfr, LabValue::new(40.0, EGFR));
    t.one(src, Iom, c, "reported 40 wins over computed 75.5", both, Fired);
    t
}

fn calcium_status_cases() -> Table {
    let mut t = Table::default();
    let c = C::Hypercalcemia;
    let src = "MSD: ionized calcium > 5.2 mg/dL (> 1.30 mmol/L) is hypercalcemia";
    // With a normal total calcium beside it, the ionized value decides.
    let ionized =
        |v: f64| female(52.0).builder().serum_calcium(9.5, MG_DL).lab(P::IonizedCalcium, LabValue::new(v, MG_DL));
    t.triple(src, Iom, c, "total 9.5 mg/dL", Dir::Above, FiredAs(Severity::Warning), (5.2, EPS, MG_DL), ionized);
    let ionized_si =
        |v: f64| female(52.0).builder().serum_calcium(2.3, MMOL_L).lab(P::IonizedCalcium, LabValue::new(v, MMOL_L));
    t.triple(src, Iom, c, "total 2.3 mmol/L", Dir::Above, Fired, (1.30, 0.001, MMOL_L), ionized_si);
    let ionized_only = |v: f64| female(52.0).builder().lab(P::IonizedCalcium, LabValue::new(v, MG_DL));
    t.one(src, Iom, c, "ionized 5.3 alone", ionized_only(5.3), FiredAs(Severity::Warning));
    // A normal total calcium with no ionized measurement is decided (not hypercalcemic).
    let both = |total: f64, ion: f64| {
        female(52.0).builder().serum_calcium(total, MG_DL).lab(P::IonizedCalcium, LabValue::new(ion, MG_DL))
    };
    t.one(src, Iom, c, "total 9.5, ionized 5.4: ionized decides", both(9.5, 5.4), Fired);
    t.one(src, Iom, c, "total 10.6, ionized 5.0: total decides", both(10.6, 5.0), Fired);
    t.one(src, Iom, c, "total 9.5, ionized 5.0", both(9.5, 5.0), NotFired);
    t.one(src, Iom, c, "total 9.5, no ionized", female(52.0).builder().serum_calcium(9.5, MG_DL), NotFired);
    t.one(src, Iom, c, "ionized 5.0, no total", ionized_only(5.0), not_assessed(&[P::SerumCalcium]));
    // Albumin-corrected total calcium: measured + 0.8 x (4.0 - albumin g/dL).
    let src = "MEDSCAPE: corrected Ca = measured + 0.8 x (4.0 - albumin g/dL); MSD 10.4 mg/dL";
    let corrected = |total: f64, albumin: f64, unit: Unit| {
        female(52.0).builder().serum_calcium(total, MG_DL).lab(P::SerumAlbumin, LabValue::new(albumin, unit))
    };
    // Low albumin unmasks hypercalcemia: 10.0 measured, albumin 3.0 -> 10.8 corrected.
    t.one(src, Iom, c, "10.0 mg/dL, albumin 3.0 g/dL (10.8)", corrected(10.0, 3.0, G_DL), FiredAs(Severity::Warning));
    t.one(src, Iom, c, "10.0 mg/dL, albumin 30 g/L (10.8)", corrected(10.0, 30.0, G_L), Fired);
    t.one(src, Iom, c, "10.0 mg/dL, albumin 3.5 g/dL (10.4, at the cut-off)", corrected(10.0, 3.5, G_DL), NotFired);
    t.one(src, Iom, c, "10.0 mg/dL, no albumin", female(52.0).builder().serum_calcium(10.0, MG_DL), NotFired);
    // High albumin masks nothing: 10.6 measured, albumin 5.0 -> 9.8 corrected.
    t.one(src, Iom, c, "10.6 mg/dL, albumin 5.0 g/dL (9.8)", corrected(10.6, 5.0, G_DL), NotFired);
    t.one(src, Iom, c, "10.6 mg/dL, no albumin", female(52.0).builder().serum_calcium(10.6, MG_DL), Fired);
    // The moderate band reads the corrected value: 11.5 measured, albumin 2.0 -> 13.1.
    t.one(src, Iom, c, "11.5 mg/dL, albumin 2.0 g/dL (13.1)", corrected(11.5, 2.0, G_DL), FiredAs(Severity::Critical));
    t.one(
        src,
        Iom,
        c,
        "albumin only",
        female(52.0).builder().lab(P::SerumAlbumin, LabValue::new(3.0, G_DL)),
        not_assessed(&[P::SerumCalcium]),
    );

    let c = C::PthAboveReferenceRange;
    let src = "the lab's own PTH reference range (assay-specific); MSD: primary hyperparathyroidism";
    let pth = |v: f64, unit: Unit, high: Option<f64>| {
        let lab = LabValue::new(v, unit);
        let lab = match high {
            Some(h) => lab.with_reference_range(calcification::ReferenceRange::new(Some(h / 4.0), Some(h))),
            None => lab,
        };
        female(60.0).builder().lab(P::Pth, lab)
    };
    t.triple(src, Iom, c, "range 15-65 pg/mL", Dir::Above, FiredAs(Severity::Info), (65.0, EPS, PG_ML), |v| {
        pth(v, PG_ML, Some(65.0))
    });
    t.triple(src, Iom, c, "range 1.6-6.9 pmol/L", Dir::Above, Fired, (6.9, EPS, PMOL_L), |v| pth(v, PMOL_L, Some(6.9)));
    t.one(src, Iom, c, "95 pg/mL, no range", pth(95.0, PG_ML, None), not_assessed(&[P::PthUpperReferenceLimit]));
    t.one(src, Iom, c, "no PTH", female(60.0).builder(), not_assessed(&[P::Pth, P::PthUpperReferenceLimit]));
    let with_high_calcium = pth(95.0, PG_ML, Some(65.0)).serum_calcium(11.0, MG_DL);
    t.one(src, Iom, c, "95 pg/mL with calcium 11 mg/dL", with_high_calcium, FiredAs(Severity::Warning));
    t
}

fn magnesium_status_cases() -> Table {
    let mut t = Table::default();
    let src = "CMDT: hypomagnesemia < 1.8 mg/dL (< 0.75 mmol/L)";
    let mg = |v: f64, unit: Unit| female(52.0).builder().lab(P::SerumMagnesium, LabValue::new(v, unit));
    let c = C::Hypomagnesemia;
    t.triple(src, Iom, c, "mg/dL", Dir::Below, FiredAs(Severity::Warning), (1.8, EPS, MG_DL), |v| mg(v, MG_DL));
    t.triple(src, Iom, c, "mmol/L", Dir::Below, Fired, (0.75, 0.001, MMOL_L), |v| mg(v, MMOL_L));
    t.one(src, Iom, c, "no magnesium", female(52.0).builder(), not_assessed(&[P::SerumMagnesium]));
    let src = "MSDMG: hypermagnesemia > 2.6 mg/dL (> 1.05 mmol/L)";
    let c = C::Hypermagnesemia;
    t.triple(src, Iom, c, "mg/dL", Dir::Above, FiredAs(Severity::Warning), (2.6, EPS, MG_DL), |v| mg(v, MG_DL));
    t.triple(src, Iom, c, "mmol/L", Dir::Above, Fired, (1.05, 0.001, MMOL_L), |v| mg(v, MMOL_L));
    t.one(src, Iom, c, "no magnesium", female(52.0).builder(), not_assessed(&[P::SerumMagnesium]));
    t
}

fn vitamin_k_total_cases() -> Table {
    let mut t = Table::default();
    let src = "IOM2001 vitamin K AI: men 120, women 90 ug (K1 + K2)";
    let c = C::VitaminKIntakeBelowAi;
    let both = |who: Stage| move |v: f64| who.builder().vitamin_k1(v - 20.0, UG).vitamin_k2(20.0, UG);
    t.triple(
        src,
        Iom,
        c,
        "women 52y, K1 + 20 ug K2",
        Dir::Below,
        FiredAs(Severity::Info),
        (90.0, EPS, UG),
        both(female(52.0)),
    );
    t.triple(src, Iom, c, "men 52y, K1 + 20 ug K2", Dir::Below, Fired, (120.0, EPS, UG), both(male(52.0)));
    // One part unknown: at least the other; enough decides, too little does not.
    t.one(src, Iom, c, "K1 100 ug alone (women)", female(52.0).builder().vitamin_k1(100.0, UG), NotFired);
    t.one(
        src,
        Iom,
        c,
        "K1 50 ug alone (women)",
        female(52.0).builder().vitamin_k1(50.0, UG),
        not_assessed(&[P::VitaminK2Intake]),
    );
    t.one(
        src,
        Iom,
        c,
        "K2 50 ug alone (women)",
        female(52.0).builder().vitamin_k2(50.0, UG),
        not_assessed(&[P::VitaminK1Intake]),
    );
    t.one(src, Iom, c, "nothing", female(52.0).builder(), not_assessed(&[P::VitaminK1Intake, P::VitaminK2Intake]));
    t.one(src, Iom, c, "no sex", age(52.0).builder().vitamin_k1(80.0, UG).vitamin_k2(0.0, UG), not_assessed(&[P::Sex]));
    t
}

fn medication_cases() -> Table {
    let mut t = Table::default();
    let on = |m: Medication| female(52.0).builder().medication(m);
    let src = "ORL2015: lithium-associated hyperparathyroidism; monitor calcium";
    let c = C::LithiumHypercalcemiaRisk;
    t.one(src, Iom, c, "lithium", on(Medication::Lithium), FiredAs(Severity::Info));
    t.one(
        src,
        Iom,
        c,
        "lithium, calcium 10.9",
        on(Medication::Lithium).serum_calcium(10.9, MG_DL),
        FiredAs(Severity::Warning),
    );
    t.one(src, Iom, c, "no lithium", on(Medication::ThiazideDiuretic), NotFired);

    let src = "WAKEMAN2021/SKVERSKY2011/BRODIE2013/MCDUFFIE2002: medicines lowering vitamin D status";
    let c = C::VitaminDLoweringMedication;
    for m in [
        Medication::Glucocorticoid,
        Medication::EnzymeInducingAnticonvulsant,
        Medication::Orlistat,
        Medication::BileAcidSequestrant,
    ] {
        t.one(src, Iom, c, format!("{}, 25(OH)D not measured", m.id()), on(m), FiredAs(Severity::Warning));
    }
    let measured = |v: f64| on(Medication::Glucocorticoid).serum_25_hydroxyvitamin_d(v, NG_ML);
    t.points(
        src,
        Iom,
        c,
        "glucocorticoid",
        NG_ML,
        &[(19.99, FiredAs(Severity::Warning)), (20.0, FiredAs(Severity::Info)), (35.0, FiredAs(Severity::Info))],
        measured,
    );
    t.one(src, Iom, c, "none of them", on(Medication::Lithium), NotFired);

    let src = "FDA2011PPI: long-term PPIs and low magnesium";
    let c = C::PpiHypomagnesemiaRisk;
    t.one(src, Iom, c, "PPI", on(Medication::ProtonPumpInhibitor), FiredAs(Severity::Info));
    let low_mg = on(Medication::ProtonPumpInhibitor).lab(P::SerumMagnesium, LabValue::new(1.5, MG_DL));
    t.one(src, Iom, c, "PPI, magnesium 1.5 mg/dL", low_mg, FiredAs(Severity::Warning));
    t.one(src, Iom, c, "no PPI", on(Medication::Orlistat), NotFired);

    let src = "ROCALTROL2009: calcitriol induces hypercalcemia; KDIGO2017 4.2.2";
    let c = C::ActiveVitaminDAnalogueWithCalcium;
    let analogue = || female(52.0).builder().medication(Medication::ActiveVitaminDAnalogue);
    let with_supplement = analogue().supplement(Supplement::new(Nutrient::Calcium, 500.0, MG));
    t.one(src, Iom, c, "calcitriol + 500 mg calcium supplement", with_supplement, FiredAs(Severity::Warning));
    t.points(
        src,
        Iom,
        c,
        "calcitriol, total calcium (UL 2,000 mg at 52)",
        MG,
        &[(2000.0, NotFired), (2000.01, Fired)],
        |v| analogue().calcium(v, MG),
    );
    t.one(src, Iom, c, "calcitriol, nothing about calcium", analogue(), not_assessed(&[P::CalciumIntake]));
    t.one(
        src,
        Iom,
        c,
        "no analogue, calcium supplement",
        female(52.0).builder().supplement(Supplement::new(Nutrient::Calcium, 500.0, MG)),
        NotFired,
    );

    let src = "KDIGO2017 4.1.6: restrict calcium-based phosphate binders in CKD G3a-G5D";
    let c = C::CalciumBasedBinderInCkd;
    let binder = || female(60.0).builder().medication(Medication::CalciumBasedPhosphateBinder);
    t.one(src, Iom, c, "binder, dialysis", binder().condition(Condition::Dialysis), FiredAs(Severity::Info));
    t.one(src, Iom, c, "binder, eGFR 40", binder().lab(P::Egfr, LabValue::new(40.0, EGFR)), Fired);
    t.one(src, Iom, c, "binder, eGFR 75", binder().lab(P::Egfr, LabValue::new(75.0, EGFR)), NotFired);
    t.one(
        src,
        Iom,
        c,
        "binder, CKD, calcium 10.9",
        binder().condition(Condition::ChronicKidneyDisease).serum_calcium(10.9, MG_DL),
        FiredAs(Severity::Warning),
    );
    t.one(src, Iom, c, "binder, kidneys unknown", binder(), not_assessed(&[P::SerumCreatinine, P::Egfr]));
    t
}

fn kidney_stone_diet_cases() -> Table {
    let mut t = Table::default();
    let stones = |who: Stage| who.builder().condition(Condition::KidneyStoneHistory);
    let src = "AUA2014: do not restrict dietary calcium (1,000-1,200 mg) in calcium stone formers";
    let c = C::CalciumRestrictionWithKidneyStones;
    t.triple(
        src,
        Iom,
        c,
        "stones, 40y female (RDA 1,000)",
        Dir::Below,
        FiredAs(Severity::Info),
        (1000.0, EPS, MG),
        |v| stones(female(40.0)).calcium(v, MG),
    );
    t.one(src, Iom, c, "no stones, 400 mg", female(40.0).builder().calcium(400.0, MG), NotFired);
    t.one(
        src,
        Iom,
        c,
        "stones, 16y: the adult guideline does not apply",
        stones(female(16.0)).calcium(400.0, MG),
        NotFired,
    );
    t.one(src, Iom, c, "stones, calcium not reported", stones(female(40.0)), not_assessed(&[P::CalciumIntake]));
    let src = "AUA2014: sodium <= 100 mEq (2,300 mg) for calcium stone formers; NASEM2019 CDRR";
    let c = C::HighSodiumWithKidneyStones;
    t.triple(src, Iom, c, "stones, 40y", Dir::Above, FiredAs(Severity::Info), (2300.0, EPS, MG), |v| {
        stones(male(40.0)).sodium(v, MG)
    });
    t.one(src, Iom, c, "stones, 2.4 g", stones(male(40.0)).sodium(2.4, G), Fired);
    t.one(src, Iom, c, "no stones, 4 g", male(40.0).builder().sodium(4000.0, MG), NotFired);
    t.one(src, Iom, c, "stones, sodium not reported", stones(male(40.0)), not_assessed(&[P::SodiumIntake]));
    t
}

#[test]
fn phosphate_phosphorus_intake_and_ul() {
    run(&phosphate_cases());
}

#[test]
fn kidney_function_by_reported_and_computed_egfr() {
    run(&kidney_cases());
}

#[test]
fn hypercalcemia_by_corrected_and_ionized_calcium_and_pth() {
    run(&calcium_status_cases());
}

#[test]
fn hypo_and_hypermagnesemia() {
    run(&magnesium_status_cases());
}

#[test]
fn vitamin_k_intake_below_ai() {
    run(&vitamin_k_total_cases());
}

#[test]
fn medicines_that_shift_calcium_vitamin_d_or_magnesium() {
    run(&medication_cases());
}

#[test]
fn kidney_stone_diet() {
    run(&kidney_stone_diet_cases());
}
