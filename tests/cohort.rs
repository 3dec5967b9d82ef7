//! Cohort screening: NDJSON bare profiles and envelopes, CSV through a mapping with every
//! feature, start-up errors, bad records in the middle of a stream, weighted and unweighted
//! summaries against hand computations, input order with and without rayon, the per-record
//! size limit, the shipped survey example and the schemas of the new documents.
//!
//! Run with `--features rayon` as well: the order test then also runs in parallel.

#[path = "../benches/common/mod.rs"]
mod common;

use std::path::PathBuf;

use calcification::cohort::{CohortError, CsvMapping, Record, RecordError, Screen, ScreenOptions, Summary};
use calcification::{
    Caution, MAX_PROFILE_BYTES, Medication, Profile, ProfileError, ReferenceStandard, ReproductiveStatus, Severity,
    Sex, Term, caution_sets,
};
use serde_json::Value;

const IOM: ReferenceStandard = ReferenceStandard::Iom;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ndjson(text: &str) -> Vec<Record> {
    Screen::ndjson(text.as_bytes(), ScreenOptions::new(IOM)).unwrap().collect()
}

fn csv(mapping: &str, text: &str) -> Vec<Record> {
    let mapping = CsvMapping::from_json(mapping).unwrap();
    Screen::csv(text.as_bytes(), &mapping, ScreenOptions::new(IOM)).unwrap().collect()
}

fn fired(r: &Record) -> Vec<Caution> {
    r.outcome.as_ref().unwrap_or_else(|e| panic!("line {}: {e}", r.line)).sets.fired.iter().collect()
}

fn error(r: &Record) -> String {
    r.outcome.as_ref().expect_err("a bad record").to_string()
}

/// What the single-profile path says about a JSON profile.
fn direct(json: &str) -> Vec<Caution> {
    caution_sets(&Profile::from_json(json).unwrap(), IOM).unwrap().fired.iter().collect()
}

const LOW_D: &str = r#"{"labs": {"serum_25_hydroxyvitamin_d": {"value": 20, "unit": "nmol/L"}}}"#;
const FULL: &str = common::FULL_JSON;

#[test]
fn ndjson_reads_bare_profiles_and_envelopes() {
    let full_line: String = FULL.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = format!(
        "{LOW_D}\n{{\"id\": \"p-1\", \"weight\": 2.5, \"profile\": {full_line}}}\n\n{{\"profile\": {LOW_D}}}\r\n{{\"weight\": 0, \"id\": \"p-3\", \"profile\": {{}}}}"
    );
    let records = ndjson(&text);
    assert_eq!(records.len(), 4, "the blank line is not a record");
    assert_eq!(records.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 2, 4, 5]);
    assert_eq!((records[0].id.as_deref(), records[0].weight), (None, None));
    assert_eq!(fired(&records[0]), direct(LOW_D));
    assert_eq!(fired(&records[0]), [Caution::VitaminDDeficiency]);
    assert_eq!((records[1].id.as_deref(), records[1].weight), (Some("p-1"), Some(2.5)));
    assert_eq!(fired(&records[1]), direct(FULL));
    assert!(fired(&records[1]).len() >= 3);
    assert_eq!(fired(&records[2]), direct(LOW_D), "an envelope without id or weight, CRLF line end");
    assert_eq!((records[3].id.as_deref(), records[3].weight), (Some("p-3"), Some(0.0)));
    assert_eq!(fired(&records[3]), Vec::<Caution>::new());
}

#[test]
fn envelope_errors_name_the_path_and_keep_the_id() {
    let records = ndjson(concat!(
        "{\"id\": \"a\", \"weight\": -1, \"profile\": {}}\n",
        "{\"id\": \"b\", \"profile\": {\"age_years\": 200}}\n",
        "{\"id\": \"c\", \"participant_id\": 7, \"profile\": {}}\n",
        "{\"id\": \"d\"}\n",
        "{\"participant_id\": \"e\"}\n",
    ));
    let ids: Vec<_> = records.iter().map(|r| r.id.as_deref()).collect();
    assert_eq!(ids, [Some("a"), Some("b"), Some("c"), Some("d"), None]);
    assert_eq!(error(&records[0]), "line 1: weight: expected a finite number greater than or equal to 0, found -1");
    assert_eq!(error(&records[1]), "line 2: profile.age_years: expected a number from 0 to 130 years, found 200");
    assert!(error(&records[2]).starts_with("line 3: participant_id: unknown field \"participant_id\": expected"));
    assert_eq!(error(&records[3]), "line 4: profile: missing field \"profile\"");
    assert!(error(&records[4]).starts_with("line 5: participant_id: unknown field"), "{}", error(&records[4]));
}

/// A mapping that uses every feature: id and weight columns, a coded field with a value map,
/// a code meaning "not reported", a coded field without a map (ids in the cells), numeric
/// codes meaning "not reported", a lab in a declared unit (an alias for an intake), list
/// fields filled by flag columns, and columns the mapping ignores.
const MAPPING: &str = r#"{
  "id": "SEQN",
  "weight": "W",
  "columns": {
    "SEX": {"field": "sex", "values": {"1": "male", "2": "female"}},
    "AGE": {"field": "age_years"},
    "PREG": {"field": "reproductive_status", "values": {"1": "pregnant", "2": null}},
    "DIET": {"field": "diet"},
    "VID": {"field": "labs.serum_25_hydroxyvitamin_d", "unit": "nmol/L"},
    "DIU": {"field": "intake.vitamin_d", "unit": "IU"},
    "K2": {"field": "intake.vitamin_k2", "unit": "mcg"},
    "ACT": {"field": "activity_minutes_per_week", "values": {"7777": null}},
    "THZ": {"field": "medications", "values": {"1": "thiazide_diuretic", "2": null}},
    "VKA": {"field": "medications", "values": {"1": "vitamin_k_antagonist", "2": null}},
    "CKD": {"field": "conditions", "values": {"1": "chronic_kidney_disease", "2": null}}
  }
}"#;

const HEADER: &str = "SEQN,IGNORED,SEX,AGE,PREG,DIET,VID,DIU,K2,ACT,THZ,VKA,CKD,W";

#[test]
fn csv_maps_every_feature() {
    let text = format!(
        "{HEADER}\n\
         1,x,2,30,1,high_processed,25,8000,50,7777,1,1,2,10\n\
         2,,1,40,,,,,,,,,,5\n\
         \"3\",\"a, quoted\",2, 45 ,2,mixed,80,400,0,200,2,2,1,0\n"
    );
    let records = csv(MAPPING, &text);
    assert_eq!(records.len(), 3);
    assert_eq!(records.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3, 4]);
    assert_eq!(records.iter().map(|r| r.id.as_deref().unwrap()).collect::<Vec<_>>(), ["1", "2", "3"]);
    assert_eq!(records.iter().map(|r| r.weight.unwrap()).collect::<Vec<_>>(), [10.0, 5.0, 0.0]);
    // The profile the first row stands for, written by hand.
    let first = Profile::builder()
        .sex(Sex::Female)
        .age_years(30.0)
        .reproductive_status(ReproductiveStatus::Pregnant)
        .diet(calcification::Diet::HighProcessed)
        .serum_25_hydroxyvitamin_d(25.0, calcification::Unit::NanomolePerLitre)
        .vitamin_d(8000.0, calcification::Unit::InternationalUnit)
        .vitamin_k2(50.0, calcification::Unit::Microgram)
        .medication(Medication::ThiazideDiuretic)
        .medication(Medication::VitaminKAntagonist)
        .build()
        .unwrap();
    assert_eq!(fired(&records[0]), caution_sets(&first, IOM).unwrap().fired.iter().collect::<Vec<_>>());
    for c in [
        Caution::VitaminDDeficiency,
        Caution::VitaminDAboveUpperLimit,
        Caution::VitaminDWithThiazide,
        Caution::VitaminKWithAnticoagulant,
        Caution::ProcessedFoodDiet,
    ] {
        assert!(fired(&records[0]).contains(&c), "{c:?}");
    }
    let s = records[0].outcome.as_ref().unwrap();
    assert!(s.sets.not_assessed.contains(Caution::LowPhysicalActivity), "7777 means not reported");
    // Dietary vitamin K with a VKA is a "keep it consistent" note (Knowledge v2 item 10).
    assert_eq!(s.severity(Caution::VitaminKWithAnticoagulant), Some(Severity::Info));
    // Row 2: empty cells are not reported.
    let sparse = Profile::builder().sex(Sex::Male).age_years(40.0).build().unwrap();
    let s2 = records[1].outcome.as_ref().unwrap();
    assert_eq!(s2.sets, caution_sets(&sparse, IOM).unwrap());
    assert!(s2.sets.not_assessed.contains(Caution::VitaminDDeficiency));
    // Row 3: quoted cells, spaces around a number, code 2 = not pregnant, a condition flag.
    let third = Profile::builder()
        .sex(Sex::Female)
        .age_years(45.0)
        .diet(calcification::Diet::Mixed)
        .serum_25_hydroxyvitamin_d(80.0, calcification::Unit::NanomolePerLitre)
        .vitamin_d(400.0, calcification::Unit::InternationalUnit)
        .vitamin_k2(0.0, calcification::Unit::Microgram)
        .activity_minutes_per_week(200.0)
        .condition(calcification::Condition::ChronicKidneyDisease)
        .build()
        .unwrap();
    assert_eq!(records[2].outcome.as_ref().unwrap().sets, caution_sets(&third, IOM).unwrap());
}

fn startup_error(mapping: &str, header: &str) -> String {
    let result = CsvMapping::from_json(mapping)
        .and_then(|m| Screen::csv(format!("{header}\n").as_bytes(), &m, ScreenOptions::new(IOM)).map(|_| ()));
    result.expect_err("a start-up error").to_string()
}

#[test]
fn unusable_mappings_fail_at_start_up_naming_the_problem() {
    let one = |column: &str| format!(r#"{{"columns": {{"C": {column}}}}}"#);
    assert_eq!(
        startup_error(r#"{"id": "SEQN", "columns": {}}"#, "ID,X"),
        r#"mapping: id: expected a column of the CSV header, found "SEQN" (not in the header)"#
    );
    assert_eq!(
        startup_error(&one(r#"{"field": "age_years"}"#), "A,B"),
        r#"mapping: columns.C: expected a column of the CSV header, found "C" (not in the header)"#
    );
    assert_eq!(
        startup_error(&one(r#"{"field": "sex", "values": {"1": "man"}}"#), "C"),
        r#"mapping: columns.C.values["1"]: expected one of female, male or null, found "man""#
    );
    assert_eq!(
        startup_error(&one(r#"{"field": "labs.serum_25_hydroxyvitamin_d", "unit": "mg/dL"}"#), "C"),
        r#"mapping: columns.C.unit: expected one of ng/mL, nmol/L for labs.serum_25_hydroxyvitamin_d, found "mg/dL""#
    );
    assert_eq!(
        startup_error(&one(r#"{"field": "intake.calcium"}"#), "C"),
        "mapping: columns.C.unit: expected the unit of the column (one of ug, mg, g) for intake.calcium, found none"
    );
    assert_eq!(
        startup_error(&one(r#"{"field": "age_years", "unit": "a"}"#), "C"),
        r#"mapping: columns.C.unit: expected no unit for age_years (it is not an intake or a lab), found "a""#
    );
    assert_eq!(
        startup_error(&one(r#"{"field": "age_years", "values": {"999": "old"}}"#), "C"),
        r#"mapping: columns.C.values["999"]: expected null (a numeric column's codes can only mean "not reported"), found "old""#
    );
    assert!(
        startup_error(&one(r#"{"field": "weight_kg"}"#), "C")
            .starts_with(r#"mapping: columns.C.field: expected one of age_years, sex, reproductive_status, "#)
    );
    assert!(
        startup_error(r#"{"columns": {"A": {"field": "age_years"}, "B": {"field": "age_years"}}}"#, "A,B")
            .starts_with(r#"mapping: columns.B.field: expected each field filled by one column, found "age_years""#)
    );
    assert!(
        startup_error(&one(r#"{"field": "sex", "code": 1}"#), "C")
            .starts_with("mapping: columns.C.code: unknown field")
    );
    assert!(startup_error(r#"{"columns": {}} x"#, "C").starts_with("mapping: mapping: trailing characters"));
    let empty = CsvMapping::from_json(r#"{"columns": {}}"#).unwrap();
    let err = Screen::csv(&b""[..], &empty, ScreenOptions::new(IOM)).err().unwrap();
    assert_eq!(err, CohortError::Header { message: "expected a header row, found an empty input".into() });
}

#[test]
fn bad_ndjson_lines_in_the_middle_are_counted_and_the_rest_processed() {
    let good: Vec<String> =
        common::SAMPLES.iter().map(|(_, j)| j.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
    let bad = [
        r#"{"age_years": "forty"}"#,                                     // wrong type
        r#"{"intake": {"magnesium": {"amount": 300, "unit": "[iU]"}}}"#, // unit mismatch
        r#"{"id": "t-1", "profile": {"age_years": 40, "sex": "fem"#,     // truncated line
        r#"{"sex": "other"}"#,                                           // unknown code
    ];
    let mut lines = Vec::new();
    for (i, g) in good.iter().enumerate() {
        lines.push(g.clone());
        if let Some(b) = bad.get(i) {
            lines.push((*b).to_owned());
        }
    }
    let records = ndjson(&lines.join("\n"));
    assert_eq!(records.len(), lines.len(), "every input record is accounted for");
    let errors: Vec<(u64, String)> =
        records.iter().filter_map(|r| r.outcome.as_ref().err().map(|e| (r.line, e.to_string()))).collect();
    assert_eq!(
        errors,
        [
            (2, r#"line 2: age_years: expected a number from 0 to 130 years, found "forty""#.to_owned()),
            (4, r#"line 4: intake.magnesium.unit: expected one of ug, mg, g, found "[iU]""#.to_owned()),
            (
                6,
                "line 6, column 54: invalid JSON: expected the rest of a string, found the end of the input".to_owned()
            ),
            (8, r#"line 8: sex: expected one of female, male, found "other""#.to_owned()),
        ]
    );
    assert_eq!(records[5].id, None, "a truncated envelope's id cannot be read");
    let good_records: Vec<&Record> = records.iter().filter(|r| r.outcome.is_ok()).collect();
    assert_eq!(good_records.len(), good.len());
    for (r, json) in good_records.iter().zip(&good) {
        assert_eq!(fired(r), direct(json), "line {}", r.line);
    }
    let mut summary = Summary::new(IOM);
    records.iter().for_each(|r| summary.add(r));
    let doc = summary.document();
    assert_eq!((doc.records, doc.screened, doc.bad_records), (10, 6, 4));
    assert_eq!(doc.errors.iter().map(|e| e.line).collect::<Vec<_>>(), [2, 4, 6, 8]);
}

#[test]
fn bad_csv_lines_in_the_middle_are_counted_and_the_rest_processed() {
    let good = "1,x,2,30,,mixed,25,400,50,100,2,2,2,1";
    let text = format!(
        "{HEADER}\n{good}\n\
         2,x,2,thirty,,,,,,,,,,1\n\
         {good}\n\
         3,x,3,30,,,,,,,,,,1\n\
         {good}\n\
         4,x,2,30,,,9000,,,,,,,1\n\
         {good}\n\
         5,x,2,30\n\
         {good}\n\
         6,x,2,30,,,,,,,,,,\n\
         {good}\n\
         7,x,1,30,1,,,,,,,,,1\n\
         {good}\n"
    );
    let records = csv(MAPPING, &text);
    assert_eq!(records.len(), 13);
    let errors: Vec<(u64, Option<&str>, String)> = records
        .iter()
        .filter_map(|r| r.outcome.as_ref().err().map(|e| (r.line, r.id.as_deref(), e.to_string())))
        .collect();
    assert_eq!(
        errors,
        [
            (3, Some("2"), r#"line 3, column AGE: expected a number (age_years), found "thirty""#.to_owned()),
            (5, Some("3"), r#"line 5, column SEX: expected one of the codes 1, 2, found "3""#.to_owned()),
            (7, Some("4"), "line 7, column VID: expected a number from 0 to 4992 nmol/L, found 9000".to_owned()),
            (9, Some("5"), "line 9, column PREG: expected 14 fields, found 4 (a truncated line?)".to_owned()),
            (
                11,
                Some("6"),
                "line 11, column W: expected a weight (a finite number at least 0), found an empty cell".to_owned()
            ),
            (
                13,
                Some("7"),
                r#"line 13, column PREG: expected no pregnancy or lactation with sex "male", found "pregnant""#
                    .to_owned()
            ),
        ]
    );
    let first = fired(&records[0]);
    assert!(!first.is_empty());
    for r in records.iter().filter(|r| r.outcome.is_ok()) {
        assert_eq!(fired(r), first, "line {}", r.line);
    }
    assert_eq!(records.iter().filter(|r| r.outcome.is_ok()).count(), 7);
}

/// Four records with known outcomes for `vitamin_d_deficiency` (serum 25(OH)D < 30 nmol/L):
/// fired (weight 1), fired (weight 3), not fired (weight 4), not assessed (weight 100), and
/// one bad record (weight 50, not counted).
const WEIGHTED: &str = concat!(
    r#"{"id": "a", "weight": 1, "profile": {"labs": {"serum_25_hydroxyvitamin_d": {"value": 20, "unit": "nmol/L"}}}}"#,
    "\n",
    r#"{"id": "b", "weight": 3, "profile": {"labs": {"serum_25_hydroxyvitamin_d": {"value": 10, "unit": "ng/mL"}}, "labs_extra": 1}}"#,
    "\n",
    r#"{"id": "b", "weight": 3, "profile": {"labs": {"serum_25_hydroxyvitamin_d": {"value": 10, "unit": "ng/mL"}}}}"#,
    "\n",
    r#"{"id": "c", "weight": 4, "profile": {"labs": {"serum_25_hydroxyvitamin_d": {"value": 80, "unit": "nmol/L"}, "serum_calcium": {"value": 12.5, "unit": "mg/dL"}}}}"#,
    "\n",
    r#"{"id": "d", "weight": 100, "profile": {"labs": {"serum_calcium": {"value": 9, "unit": "mg/dL"}}}}"#,
    "\n",
);

#[test]
fn weighted_summary_matches_a_hand_computation() {
    let records = ndjson(WEIGHTED);
    assert_eq!(records.len(), 5);
    assert!(records[1].outcome.is_err());
    let mut summary = Summary::new(IOM);
    records.iter().for_each(|r| summary.add(r));
    let doc = summary.document();
    assert!(doc.weighted);
    assert_eq!((doc.records, doc.screened, doc.bad_records), (5, 4, 1));
    assert_eq!(doc.total_weight, 108.0);
    let d = summary.caution(Caution::VitaminDDeficiency);
    assert_eq!((d.assessed, d.fired, d.not_fired, d.not_assessed), (3, 2, 1, 1));
    // Fired weight 1 + 3 among assessed weight 1 + 3 + 4.
    assert_eq!(d.prevalence, Some(4.0 / 8.0));
    assert_eq!(d.fired_by_severity.warning, 2);
    // Hypercalcemia (> 10.4 mg/dL; critical from 12): c fired (4) among c and d assessed (4 + 100).
    let h = summary.caution(Caution::Hypercalcemia);
    assert_eq!((h.assessed, h.fired, h.not_fired, h.not_assessed), (2, 1, 1, 2));
    assert_eq!(h.prevalence, Some(4.0 / 104.0));
    // Critical: only c, weight 4 of 108; warning: a and b, weight 4 of 108.
    let critical = doc.severities.iter().find(|s| s.severity == Severity::Critical).unwrap();
    assert_eq!((critical.records, critical.prevalence), (1, Some(4.0 / 108.0)));
    let warning = doc.severities.iter().find(|s| s.severity == Severity::Warning).unwrap();
    assert_eq!((warning.records, warning.prevalence), (2, Some(4.0 / 108.0)));
    let never = summary.caution(Caution::VitaminK2Low);
    assert_eq!((never.assessed, never.not_assessed, never.prevalence), (0, 4, None));
    assert_eq!(doc.errors.len(), 1);
    assert_eq!(doc.errors[0].line, 2);
    assert_eq!(doc.errors[0].id.as_deref(), Some("b"));
}

#[test]
fn unweighted_summary_matches_a_hand_computation() {
    // The same records without weights, and one record of a mixed stream without a weight:
    // both count every record 1.
    let bare: String = WEIGHTED
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            format!("{}\n", v["profile"])
        })
        .collect();
    let mixed = WEIGHTED.replacen(r#""weight": 100, "#, "", 1);
    for text in [bare, mixed] {
        let mut summary = Summary::new(IOM);
        ndjson(&text).iter().for_each(|r| summary.add(r));
        assert!(!summary.is_weighted());
        let d = summary.caution(Caution::VitaminDDeficiency);
        assert_eq!((d.assessed, d.fired), (3, 2));
        assert_eq!(d.prevalence, Some(2.0 / 3.0));
        assert_eq!(summary.caution(Caution::Hypercalcemia).prevalence, Some(1.0 / 2.0));
        let doc = summary.document();
        let critical = doc.severities.iter().find(|s| s.severity == Severity::Critical).unwrap();
        assert_eq!(critical.prevalence, Some(1.0 / 4.0));
        assert!(summary.table().contains("vitamin_d_deficiency"));
        assert!(summary.table().contains("66.7%"));
    }
}

/// A stream of generated profiles with bad lines sprinkled in, as NDJSON.
fn generated_stream(n: usize) -> (String, Vec<Profile>) {
    let profiles = common::cohort(n, common::SEED);
    let mut text = String::new();
    for (i, p) in profiles.iter().enumerate() {
        if i % 97 == 13 {
            text.push_str("{\"age_years\": true}\n");
        }
        text.push_str(&format!("{{\"id\": \"g{i}\", \"weight\": {}, \"profile\": {}}}\n", i % 7, p.to_json()));
    }
    (text, profiles)
}

#[test]
fn results_come_in_input_order() {
    let (text, profiles) = generated_stream(3000);
    let sequential = ndjson(&text);
    let good: Vec<&Record> = sequential.iter().filter(|r| r.outcome.is_ok()).collect();
    assert_eq!(good.len(), profiles.len());
    for (i, (r, p)) in good.iter().zip(&profiles).enumerate() {
        assert_eq!(r.id.as_deref(), Some(format!("g{i}").as_str()));
        assert_eq!(r.outcome.as_ref().unwrap().sets, caution_sets(p, IOM).unwrap());
    }
    let lines: Vec<u64> = sequential.iter().map(|r| r.line).collect();
    assert!(lines.windows(2).all(|w| w[0] + 1 == w[1]), "one record per line, in order");
    // Small chunks, so that many chunk boundaries fall inside the stream.
    #[cfg(feature = "rayon")]
    for (jobs, chunk) in [(2, 7), (2, 1000), (3, 4096)] {
        let options = ScreenOptions::new(IOM).jobs(jobs).chunk(chunk);
        let parallel: Vec<Record> = Screen::ndjson(text.as_bytes(), options).unwrap().collect();
        assert!(parallel == sequential, "jobs {jobs}, chunk {chunk}: results differ from the sequential run");
    }
}

#[test]
fn the_size_limit_applies_per_record_not_per_stream() {
    // A stream far over 1 MiB of small records: all screened.
    let line = format!("{LOW_D}\n");
    let count = MAX_PROFILE_BYTES / line.len() * 3;
    let stream = line.repeat(count);
    assert!(stream.len() > 2 * MAX_PROFILE_BYTES);
    let records = ndjson(&stream);
    assert_eq!(records.len(), count);
    assert!(records.iter().all(|r| r.outcome.is_ok()));
    // One record over 1 MiB in the middle: refused with its line, the next one screened.
    let big = format!("{{\"id\": \"big\", \"profile\": {{\"age_years\": 40{}}}}}", " ".repeat(MAX_PROFILE_BYTES));
    let records = ndjson(&format!("{line}{big}\n{line}"));
    assert_eq!(records.len(), 3);
    match &records[1].outcome {
        Err(RecordError::TooLarge { line: 2, size, limit }) => {
            assert_eq!(*limit, MAX_PROFILE_BYTES);
            assert_eq!(*size, big.len());
        }
        other => panic!("expected a too-large record, found {other:?}"),
    }
    assert!(error(&records[1]).starts_with("line 2: record too large: expected at most 1048576 bytes"));
    assert_eq!(fired(&records[2]), [Caution::VitaminDDeficiency]);
    // Just under the limit is fine.
    let fits = format!("{{\"age_years\": 40{}}}", " ".repeat(MAX_PROFILE_BYTES - 20));
    assert!(fits.len() <= MAX_PROFILE_BYTES);
    assert!(ndjson(&fits)[0].outcome.is_ok());
    // CSV: a row over the limit is refused, the next one screened.
    let mapping = r#"{"id": "ID", "columns": {"NOTE": {"field": "diet"}}}"#;
    let text = format!("ID,NOTE,PAD\n1,mixed,\n2,mixed,{}\n3,mixed,\n", "x".repeat(MAX_PROFILE_BYTES));
    let records = csv(mapping, &text);
    assert_eq!(records.len(), 3);
    assert!(matches!(records[1].outcome, Err(RecordError::TooLarge { line: 3, .. })));
    assert!(records[0].outcome.is_ok() && records[2].outcome.is_ok());
}

#[test]
fn json_syntax_errors_are_not_profile_errors_in_disguise() {
    let records = ndjson("{\"age_years\": 40,}\n[1]\n");
    assert!(matches!(&records[0].outcome, Err(RecordError::Json { line: 1, error: ProfileError::Syntax { .. } })));
    assert_eq!(error(&records[1]), "line 2: profile: expected a JSON object (a profile), found an array");
}

fn run_example(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "cohort", "--"])
        .args(args)
        .current_dir(repo())
        .output()
        .unwrap()
}

#[test]
fn the_survey_example_gives_the_committed_summary() {
    let dir = std::env::temp_dir().join(format!("calcification-cohort-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (summary, out_ndjson, out_csv, plot) =
        (dir.join("summary.json"), dir.join("results.ndjson"), dir.join("results.csv"), dir.join("p.svg"));
    let output = run_example(&[
        "--mapping",
        "examples/cohorts/survey_mapping.json",
        "--summary",
        summary.to_str().unwrap(),
        "--out",
        out_ndjson.to_str().unwrap(),
        "--plot",
        plot.to_str().unwrap(),
        "examples/cohorts/survey_extract.csv",
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.starts_with("20 records: 19 screened, 1 bad (weighted"), "{stdout}");
    assert!(stdout.contains("line 20, column RIDEXPRG: expected one of the codes 1, 2, 3, found \"9\" (id 93721)"));
    let written = std::fs::read_to_string(&summary).unwrap();
    let committed = std::fs::read_to_string(repo().join("examples/cohorts/survey_summary.json")).unwrap();
    assert!(written == committed, "the summary differs from examples/cohorts/survey_summary.json:\n{written}");
    // The library gives the same summary as the example.
    let mapping =
        CsvMapping::from_json(&std::fs::read_to_string(repo().join("examples/cohorts/survey_mapping.json")).unwrap())
            .unwrap();
    let file = std::fs::File::open(repo().join("examples/cohorts/survey_extract.csv")).unwrap();
    let mut library = Summary::new(IOM);
    Screen::csv(file, &mapping, ScreenOptions::new(IOM)).unwrap().for_each(|r| library.add(&r));
    assert_eq!(library.to_json_pretty(), committed);
    // One output line per input record, each valid against the committed record schema.
    let record_schema = schema("cohort-record.schema.json");
    let lines: Vec<Value> =
        std::fs::read_to_string(&out_ndjson).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 20);
    for line in &lines {
        assert!(record_schema.is_valid(line), "{line}");
    }
    assert_eq!(lines[18]["error"]["location"], "RIDEXPRG");
    assert!(std::fs::read_to_string(&plot).unwrap().contains("vitamin_d_deficiency"));
    // CSV output: a header and one row per record, one column per caution.
    let output = run_example(&[
        "--mapping",
        "examples/cohorts/survey_mapping.json",
        "--out",
        out_csv.to_str().unwrap(),
        "examples/cohorts/survey_extract.csv",
    ]);
    assert!(output.status.success());
    let text = std::fs::read_to_string(&out_csv).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 21);
    assert_eq!(rows[0].split(',').count(), 4 + Caution::all().count());
    assert!(rows[1].starts_with("2,93703,9246.49,,"));
    assert!(rows[1].contains("fired") && rows[1].contains("not_assessed") && rows[1].contains(",no"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_example_exits_2_when_input_or_mapping_is_unusable() {
    for (args, expected) in [
        (vec!["--mapping", "examples/cohorts/missing.json", "examples/cohorts/survey_extract.csv"], "--mapping: "),
        (vec!["examples/cohorts/survey_extract.csv"], "needs --mapping"),
        (vec!["--mapping", "examples/cohorts/survey_mapping.json", "Cargo.toml"], "mapping: id: expected a column"),
        (vec!["no-such-file.ndjson"], "no-such-file.ndjson"),
        (vec!["--out", "x.txt", "-"], "--out: expected a file ending in"),
    ] {
        let output = run_example(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with("error: ") && stderr.contains(expected), "{args:?}: {stderr}");
    }
}

fn schema(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo().join("schemas").join(name)).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    jsonschema::meta::validate(&value).unwrap_or_else(|e| panic!("{name}: not a valid schema: {e}"));
    jsonschema::draft202012::new(&value).unwrap()
}

#[test]
fn cohort_documents_validate_against_their_schemas() {
    let mapping = schema("cohort-mapping.schema.json");
    let shipped: Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join("examples/cohorts/survey_mapping.json")).unwrap())
            .unwrap();
    assert!(mapping.is_valid(&shipped));
    assert!(mapping.is_valid(&serde_json::from_str(MAPPING).unwrap()));
    assert!(!mapping.is_valid(&serde_json::json!({"columns": {"A": {"field": "weight_kg"}}})));
    assert!(!mapping.is_valid(&serde_json::json!({"columns": {"A": {"field": "sex", "extra": 1}}})));
    let summary = schema("cohort-summary.schema.json");
    let committed: Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join("examples/cohorts/survey_summary.json")).unwrap())
            .unwrap();
    assert!(summary.is_valid(&committed));
    let mut s = Summary::new(IOM);
    ndjson(WEIGHTED).iter().for_each(|r| s.add(r));
    assert!(summary.is_valid(&serde_json::to_value(s.document()).unwrap()));
    let record = schema("cohort-record.schema.json");
    for r in ndjson(WEIGHTED) {
        assert!(record.is_valid(&serde_json::to_value(r.document()).unwrap()));
    }
}

#[test]
fn every_profile_field_can_be_mapped() {
    for field in calcification::ProfileField::all() {
        // Sums of the supplement list, derived values and a lab's reference limit are not
        // fields a column can fill.
        if !(field.is_lab() || field.is_intake()) && field.id().contains('.') {
            assert!(!calcification::cohort::MAPPED_FIELDS.contains(&field.id()));
            continue;
        }
        assert!(calcification::cohort::MAPPED_FIELDS.contains(&field.id()), "{field:?} cannot be mapped");
    }
}
