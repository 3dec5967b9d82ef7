//! Reference look-ups and the text built from them, pinned where mutation testing found no
//! test that would notice a change (issue 17, TESTING.md): the band a look-up picks at every
//! band edge, the life-stage description every assessment carries, and the provenance text
//! of a reference value.

use calcification::reference::StatusFilter;
use calcification::{
    Confirmation, LifeStage, LookupGap, REFERENCE_ROWS, RefValue, ReferenceKind, ReferenceRow, ReferenceStandard,
    ReproductiveStatus, Resolved, Sex, Term, assess,
};

const STANDARDS: [ReferenceStandard; 2] = [ReferenceStandard::Iom, ReferenceStandard::Efsa];

fn stage(age: f64, sex: Option<Sex>, status: Option<ReproductiveStatus>) -> LifeStage {
    LifeStage { age_years: Some(age), sex, reproductive_status: status }
}

/// A life stage the row applies to (its own sex, a status its filter accepts).
fn stage_for(row: &ReferenceRow, age: f64) -> LifeStage {
    let status = match row.status {
        StatusFilter::Pregnant => Some(ReproductiveStatus::Pregnant),
        StatusFilter::Lactating => Some(ReproductiveStatus::Lactating),
        _ => None,
    };
    let sex = if status.is_some() { Some(Sex::Female) } else { row.sex.or(Some(Sex::Female)) };
    stage(age, sex, status)
}

fn accepts(filter: StatusFilter, status: Option<ReproductiveStatus>) -> bool {
    match filter {
        StatusFilter::Any => true,
        StatusFilter::NeitherPregnantNorLactating => status.is_none(),
        StatusFilter::Pregnant => status == Some(ReproductiveStatus::Pregnant),
        StatusFilter::Lactating => status == Some(ReproductiveStatus::Lactating),
        _ => false,
    }
}

fn in_band(row: &ReferenceRow, age: f64) -> bool {
    age >= row.age_from && row.age_until.is_none_or(|until| age < until)
}

/// Ages at and around every edge of every band (from is inclusive, until exclusive).
fn edge_ages() -> Vec<f64> {
    let mut ages = Vec::new();
    for row in REFERENCE_ROWS {
        for edge in [Some(row.age_from), row.age_until].into_iter().flatten() {
            for age in [edge, edge - 1e-6, edge + 1e-6] {
                if (0.0..=130.0).contains(&age) && !ages.contains(&age) {
                    ages.push(age);
                }
            }
        }
    }
    ages
}

/// Every look-up answers with a row whose age band holds the age, whose sex is the life
/// stage's (or both) and whose status filter accepts it; a row of the requested standard
/// when that standard has one with a value.
#[test]
fn a_look_up_picks_the_row_whose_band_sex_and_status_fit_at_every_band_edge() {
    let mut answered = 0;
    for age in edge_ages() {
        for sex in [Some(Sex::Female), Some(Sex::Male)] {
            for status in [None, Some(ReproductiveStatus::Pregnant), Some(ReproductiveStatus::Lactating)] {
                if sex == Some(Sex::Male) && status.is_some() {
                    continue;
                }
                let s = stage(age, sex, status);
                for standard in STANDARDS {
                    for kind in ReferenceKind::all() {
                        let Ok(resolved) = s.reference(kind, standard) else { continue };
                        let row = resolved.row;
                        assert_eq!(row.kind, kind);
                        assert!(in_band(row, age), "{kind:?} at {age}: row {} does not hold the age", row.group);
                        assert!(row.sex.is_none() || row.sex == s.table_sex(), "{kind:?} at {age}: wrong sex");
                        assert!(
                            accepts(row.status, status),
                            "{kind:?} at {age} {status:?}: row {} is for another status",
                            row.group
                        );
                        // The requested standard's own row comes first when it has one that is encoded.
                        let own = REFERENCE_ROWS.iter().find(|r| {
                            r.kind == kind
                                && r.standard == Some(standard)
                                && in_band(r, age)
                                && (r.sex.is_none() || r.sex == s.table_sex())
                                && accepts(r.status, status)
                                && !matches!(r.value, RefValue::NotEncoded(_))
                        });
                        if let Some(own) = own {
                            assert_eq!(row, own, "{kind:?} {standard:?} at {age}: not the standard's own row");
                        }
                        answered += 1;
                    }
                }
            }
        }
    }
    assert!(answered > 1000, "only {answered} look-ups answered");
}

/// At the first age of a band the band's own row answers, and at its (exclusive) end it no
/// longer does: the bounds are `from <= age < until`, as the tables print them.
#[test]
fn a_band_starts_at_its_first_age_and_ends_before_its_last() {
    let mut checked = 0;
    for row in REFERENCE_ROWS.iter().filter(|r| matches!(r.value, RefValue::Amount(_))) {
        let Some(standard) = row.standard else { continue };
        let at_start = stage_for(row, row.age_from).reference(row.kind, standard).expect("a row answers at its start");
        assert_eq!(at_start.row, row, "{:?} {}: not the answer at its first age", row.kind, row.group);
        if let Some(until) = row.age_until {
            let just_before = stage_for(row, until - 1e-6).reference(row.kind, standard);
            assert_eq!(
                just_before.map(|r| r.row),
                Ok(row),
                "{:?} {}: not the answer just before its end",
                row.kind,
                row.group
            );
            if let Ok(at_end) = stage_for(row, until).reference(row.kind, standard) {
                assert_ne!(at_end.row, row, "{:?} {}: still the answer at its end {until}", row.kind, row.group);
            }
        }
        checked += 1;
    }
    assert!(checked > 50, "only {checked} rows checked");
}

/// A value that differs by sex cannot be looked up without the sex; one that does not can.
#[test]
fn a_value_that_differs_by_sex_needs_the_sex() {
    let adult = LifeStage { age_years: Some(40.0), sex: None, reproductive_status: None };
    let mut by_sex = 0;
    for kind in ReferenceKind::all() {
        let split = REFERENCE_ROWS.iter().any(|r| {
            r.kind == kind && r.standard == Some(ReferenceStandard::Iom) && r.sex.is_some() && in_band(r, 40.0)
        });
        let answer = adult.reference(kind, ReferenceStandard::Iom);
        if split {
            assert!(matches!(answer, Err(LookupGap::MissingSex { .. })), "{kind:?}: {answer:?}");
            by_sex += 1;
        } else {
            assert!(!matches!(answer, Err(LookupGap::MissingSex { .. })), "{kind:?}: {answer:?}");
        }
    }
    assert!(by_sex > 0, "no value of a 40-year-old differs by sex");
}

#[test]
fn a_life_stage_is_described_in_months_under_one_year_and_in_years_from_one() {
    assert_eq!(stage(0.5, Some(Sex::Male), None).describe(), "male, 6 months");
    assert_eq!(stage(0.25, None, None).describe(), "3 months");
    assert_eq!(stage(11.5 / 12.0, None, None).describe(), "11.5 months");
    // Twelve months is a year: from 1.0 on, ages are in years.
    assert_eq!(stage(1.0, Some(Sex::Female), None).describe(), "female, 1 years");
    assert_eq!(
        stage(52.0, Some(Sex::Female), Some(ReproductiveStatus::Pregnant)).describe(),
        "female, 52 years, pregnant"
    );
    assert_eq!(stage(30.0, None, Some(ReproductiveStatus::Lactating)).describe(), "30 years, lactating");
    let unknown = LifeStage { age_years: None, sex: Some(Sex::Male), reproductive_status: None };
    assert_eq!(unknown.describe(), "male, age not reported");
}

#[test]
fn described_numbers_are_rounded_to_three_decimals_without_trailing_zeros() {
    assert_eq!(stage(30.123_456, None, None).describe(), "30.123 years");
    assert_eq!(stage(30.1, None, None).describe(), "30.1 years");
    // One twelfth of a year is one month, not 0.9999... months.
    assert_eq!(stage(1.0 / 12.0, None, None).describe(), "1 months");
    // A value that rounds to zero prints as 0, never as -0.
    assert_eq!(stage(-1e-6, None, None).describe(), "0 months");
}

#[test]
fn every_assessment_carries_the_description_of_its_life_stage() {
    let profile = calcification::Profile::builder().age_years(0.75).sex(Sex::Female).build().expect("valid");
    let a = assess(&profile).expect("valid");
    assert_eq!(a.life_stage.description, "female, 9 months");
    assert_eq!(a.life_stage.stage, profile.life_stage());
}

fn upper(s: ReferenceStandard) -> String {
    s.id().to_ascii_uppercase()
}

/// What `Resolved::provenance` must say about a look-up, from the look-up's own fields.
fn check_provenance(resolved: &Resolved, seen: &mut [usize; 4]) {
    let text = resolved.provenance();
    let row = resolved.row;
    assert!(text.starts_with(&format!("{}, {}", row.source.label(), row.group)), "{text}");
    match row.confirmation {
        Confirmation::Secondary => {
            assert!(text.contains(" (figure read in a copy of the source)"), "{text}");
            seen[0] += 1;
        }
        Confirmation::Derived => {
            assert!(text.contains(" (derived by the crate from the published figure)"), "{text}");
            seen[1] += 1;
        }
        _ => assert!(!text.contains("copy of the source") && !text.contains("derived by the crate"), "{text}"),
    }
    if resolved.is_fallback() {
        let used = row.standard.expect("a fallback row belongs to a standard");
        assert!(text.ends_with(&format!("; {} used", upper(used))), "{text}");
        match resolved.not_encoded.map(|r| r.value) {
            Some(RefValue::NotEncoded(why)) => {
                let says =
                    format!("; {}'s value for this life stage is not encoded ({why})", upper(resolved.requested));
                assert!(text.contains(&says), "{text}");
                seen[3] += 1;
            }
            _ => {
                assert!(text.contains(&format!("; {} sets no value for this life stage", upper(resolved.requested))));
                seen[2] += 1;
            }
        }
    } else {
        assert!(!text.contains(" used") && !text.contains("; "), "{text}");
    }
}

#[test]
fn provenance_names_the_source_group_confirmation_and_any_fallback() {
    let mut seen = [0; 4];
    for age in edge_ages() {
        for sex in [Some(Sex::Female), Some(Sex::Male)] {
            for status in [None, Some(ReproductiveStatus::Pregnant), Some(ReproductiveStatus::Lactating)] {
                if sex == Some(Sex::Male) && status.is_some() {
                    continue;
                }
                for standard in STANDARDS {
                    for kind in ReferenceKind::all() {
                        if let Ok(resolved) = stage(age, sex, status).reference(kind, standard) {
                            check_provenance(&resolved, &mut seen);
                        }
                    }
                }
            }
        }
    }
    // Each kind of provenance text was met at least once.
    assert!(seen.iter().all(|&n| n > 0), "secondary, derived, no value, not encoded: {seen:?}");
}

#[test]
fn provenance_of_a_value_of_the_requested_standard_is_its_source_and_group() {
    let adult = stage(30.0, Some(Sex::Female), None);
    let resolved = adult.reference(ReferenceKind::CalciumUl, ReferenceStandard::Iom).expect("IOM sets a calcium UL");
    assert_eq!(resolved.provenance(), format!("{}, {}", resolved.row.source.label(), resolved.row.group));
    assert!(resolved.provenance().contains("19-50"), "{}", resolved.provenance());
}

/// Every fixed threshold reads back as itself, and a written threshold that differs from all
/// of the crate's in any one part (value, unit, equivalent, meaning, source) is refused.
#[test]
fn fixed_thresholds_read_back_as_themselves_and_only_as_themselves() {
    use calcification::reference::{FIXED_THRESHOLDS, FixedThreshold};
    use serde_json::{Value, json};
    let read = |v: &Value| serde_json::from_value::<FixedThreshold>(v.clone());
    assert!(FIXED_THRESHOLDS.len() > 5);
    for t in FIXED_THRESHOLDS {
        let written = serde_json::to_value(t).unwrap();
        assert_eq!(&read(&written).unwrap(), t, "{written}");
        let mut edits: Vec<Value> = Vec::new();
        let mut edit = |key: &str, value: Value| {
            let mut w = written.clone();
            w[key] = value;
            edits.push(w);
        };
        edit("value", json!(t.value + 0.5));
        edit("unit", json!(if t.unit.id() == "mg" { "ug" } else { "mg" }));
        edit("equivalent", if t.equivalent.is_some() { Value::Null } else { json!({"value": 1.0, "unit": "mg"}) });
        edit("meaning", json!(format!("{} (edited)", t.meaning)));
        edit("source", json!(if t.source.id() == "iom2011" { "efsa2016d" } else { "iom2011" }));
        for w in edits {
            let err = read(&w).expect_err(&format!("an edited threshold was read: {w}"));
            assert!(err.to_string().starts_with("expected one of the crate's fixed thresholds"), "{err}");
        }
    }
}

/// `Targets::get` finds the target of exactly that kind and standard, for every pair.
#[test]
fn targets_get_finds_each_kind_under_each_standard() {
    let targets = stage(40.0, Some(Sex::Female), None).targets();
    for kind in ReferenceKind::all() {
        for standard in STANDARDS {
            let t = targets.get(kind, standard).unwrap_or_else(|| panic!("{kind:?} {standard:?}: no target"));
            assert_eq!((t.kind, t.standard), (kind, standard));
        }
    }
}
