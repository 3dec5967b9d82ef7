//! The profile layer, pinned where mutation testing found no test that would notice a change
//! (issue 17, TESTING.md): `Profile::has` for every kind of field, the line and column of an
//! encoding error after a newline, and what deep nesting is reported as.

use calcification::{
    Diet, Dose, LabValue, MAX_PROFILE_BYTES, Nutrient, Profile, ProfileError, ProfileField, ReferenceRange, Sex,
    Supplement, Term, Unit,
};

#[test]
fn has_is_true_exactly_for_the_fields_reported() {
    let empty = Profile::builder().build().unwrap();
    for field in ProfileField::all() {
        assert!(!empty.has(field), "{}: reported in an empty profile", field.id());
    }
    let p = Profile::builder()
        .age_years(40.0)
        .sex(Sex::Female)
        .diet(Diet::all().next().unwrap())
        .vitamin_d(10.0, Unit::Microgram)
        .serum_calcium(9.5, Unit::MilligramPerDecilitre)
        .fluid_litres_per_day(1.5)
        .build()
        .unwrap();
    let reported = [
        ProfileField::AgeYears,
        ProfileField::Sex,
        ProfileField::Diet,
        ProfileField::VitaminDIntake,
        ProfileField::SerumCalcium,
        // Derived from serum calcium (as measured: no albumin).
        ProfileField::AssessedSerumCalcium,
        ProfileField::FluidLitresPerDay,
    ];
    for field in ProfileField::all() {
        assert_eq!(p.has(field), reported.contains(&field), "{}", field.id());
    }
    // Each of age, sex and diet on its own.
    assert!(Profile::builder().age_years(0.0).build().unwrap().has(ProfileField::AgeYears));
    let sex_only = Profile::builder().sex(Sex::Male).build().unwrap();
    assert!(
        sex_only.has(ProfileField::Sex) && !sex_only.has(ProfileField::AgeYears) && !sex_only.has(ProfileField::Diet)
    );
    let diet_only = Profile::builder().diet(Diet::all().last().unwrap()).build().unwrap();
    assert!(diet_only.has(ProfileField::Diet) && !diet_only.has(ProfileField::Sex));
}

#[test]
fn a_supplement_list_does_not_report_the_total() {
    // Supplements are a lower bound of the total intake, not the reported total.
    let p = Profile::builder().supplement(Supplement::new(Nutrient::VitaminD, 25.0, Unit::Microgram)).build().unwrap();
    assert!(!p.has(ProfileField::VitaminDIntake));
    assert!(p.interval(ProfileField::VitaminDIntake).is_some());
}

#[test]
fn an_encoding_error_after_a_newline_names_its_line_and_column() {
    let bytes = b"{\n  \"x\": \"\xff\"}";
    match Profile::from_json_slice(bytes) {
        Err(ProfileError::Syntax { line, column, message }) => {
            assert_eq!((line, column), (2, 9));
            assert_eq!(message, "expected UTF-8 text, found byte 0xff");
        }
        other => panic!("expected a syntax error, found {other:?}"),
    }
    let bytes = b"{\"age_years\": 40,\n\n \"sex\": \"\xc3\x28\"}";
    match Profile::from_json_slice(bytes) {
        Err(ProfileError::Syntax { line, column, .. }) => assert_eq!((line, column), (3, 10)),
        other => panic!("expected a syntax error, found {other:?}"),
    }
    // On the first line the column counts from the start.
    match Profile::from_json_slice(b"{\"sex\": \"\xff\"}") {
        Err(ProfileError::Syntax { line, column, .. }) => assert_eq!((line, column), (1, 10)),
        other => panic!("expected a syntax error, found {other:?}"),
    }
}

/// Deeply nested JSON is not a stack overflow and not a nesting-limit error: the first
/// value of the wrong type is reported where it is (well-formed), or the syntax error
/// (unclosed).
#[test]
fn deep_nesting_is_reported_as_the_value_of_the_wrong_type_or_the_syntax_error() {
    let depth = 10_000;
    let deep = format!("{{\"intake\": {}{}}}", "[".repeat(depth), "]".repeat(depth));
    match Profile::from_json(&deep) {
        Err(ProfileError::Invalid { path, message }) => {
            assert_eq!(path, "intake");
            assert!(message.starts_with("expected "), "{message}");
            assert!(message.contains("found an array"), "{message}");
        }
        other => panic!("expected an invalid intake, found {other:?}"),
    }
    let unclosed = format!("{{\"intake\": {}", "[".repeat(depth));
    match Profile::from_json(&unclosed) {
        Err(ProfileError::Syntax { message, .. }) => {
            assert_eq!(message, "expected the rest of an array, found the end of the input")
        }
        other => panic!("expected a syntax error, found {other:?}"),
    }
}

fn invalid(json: &str) -> (String, String) {
    match Profile::from_json(json) {
        Err(ProfileError::Invalid { path, message }) => (path, message),
        other => panic!("{json}: expected an invalid field, found {other:?}"),
    }
}

/// A value of the wrong type for an optional id, or for a supplement, says what was expected.
#[test]
fn a_value_of_the_wrong_type_says_what_was_expected_there() {
    assert_eq!(invalid(r#"{"sex": 5}"#), ("sex".to_owned(), "expected one of female, male, found 5".to_owned()));
    let (path, message) = invalid(r#"{"diet": true}"#);
    assert_eq!(path, "diet");
    let diets: Vec<&str> = Diet::all().map(|d| d.id()).collect();
    assert_eq!(message, format!("expected one of {}, found true", diets.join(", ")));
    let object = "expected a JSON object (a supplement with nutrient, amount and unit)";
    assert_eq!(invalid(r#"{"supplements": [5]}"#), ("supplements[0]".to_owned(), format!("{object}, found 5")));
    assert_eq!(
        invalid(r#"{"supplements": [[1]]}"#),
        ("supplements[0]".to_owned(), format!("{object}, found an array"))
    );
    assert_eq!(
        invalid(r#"{"supplements": 5}"#),
        (
            "supplements".to_owned(),
            "expected an array of supplements (objects with nutrient, amount and unit), found 5".to_owned()
        )
    );
}

/// `null` is "not reported", for an optional id and for a list alike.
#[test]
fn null_is_not_reported_for_ids_and_lists() {
    let p = Profile::from_json(r#"{"sex": null, "diet": null, "supplements": null, "medications": null}"#).unwrap();
    assert_eq!(p, Profile::builder().build().unwrap());
    assert!(!p.has(ProfileField::Sex) && !p.has(ProfileField::Diet));
}

/// Supplements may not add up to more than the reported total, beyond rounding: half a
/// milligram over is an error.
#[test]
fn supplements_above_the_reported_total_are_refused_beyond_rounding_only() {
    let over = Profile::builder()
        .magnesium(100.0, Unit::Milligram)
        .supplement(Supplement::new(Nutrient::Magnesium, 100.5, Unit::Milligram))
        .build();
    match over {
        Err(ProfileError::Invalid { path, message }) => {
            assert_eq!(path, "supplements");
            assert_eq!(
                message,
                "expected the magnesium supplements to add up to at most intake.magnesium (the total from all sources, 100 mg), found 100.5 mg"
            );
        }
        other => panic!("expected the sum to be refused, found {other:?}"),
    }
    let equal = Profile::builder()
        .magnesium(100.0, Unit::Milligram)
        .supplement(Supplement::new(Nutrient::Magnesium, 0.1, Unit::Gram))
        .build();
    assert!(equal.is_ok(), "{equal:?}");
}

/// Which fields are intakes and which are derived, as the schema, the cohort mapping and the
/// FHIR evidence read them.
#[test]
fn intake_lab_and_derived_fields_are_the_documented_ones() {
    let ids = |keep: fn(ProfileField) -> bool| -> Vec<&str> {
        ProfileField::all().filter(|f| keep(*f)).map(|f| f.id()).collect()
    };
    let intakes = ids(ProfileField::is_intake);
    assert!(intakes.len() >= 8, "{intakes:?}");
    assert!(intakes.iter().all(|id| id.starts_with("intake.")), "{intakes:?}");
    assert!(intakes.contains(&"intake.vitamin_d") && intakes.contains(&"intake.sodium"), "{intakes:?}");
    assert_eq!(
        ProfileField::all().filter(|f| f.id().starts_with("intake.")).count(),
        intakes.len(),
        "every intake.* field is an intake"
    );
    assert!(!ProfileField::SerumCalcium.is_intake() && ProfileField::SerumCalcium.is_lab());
    assert!(!ProfileField::VitaminDIntake.is_lab());
    assert_eq!(ids(ProfileField::is_derived), ["derived.serum_calcium", "derived.egfr", "derived.vitamin_k"]);
    assert!(!ProfileField::SerumCalcium.is_derived() && !ProfileField::VitaminKIntake.derived_inputs().is_empty());
}

/// What replaces or corrects a derived value when reported: albumin corrects calcium, a
/// reported eGFR replaces the computed one; read fields have none.
#[test]
fn derived_refinements_are_albumin_for_calcium_and_egfr_for_egfr() {
    assert_eq!(ProfileField::AssessedSerumCalcium.derived_refinements(), [ProfileField::SerumAlbumin]);
    assert_eq!(ProfileField::EgfrUsed.derived_refinements(), [ProfileField::Egfr]);
    for field in
        ProfileField::all().filter(|f| !matches!(f, ProfileField::AssessedSerumCalcium | ProfileField::EgfrUsed))
    {
        assert!(field.derived_refinements().is_empty(), "{}", field.id());
    }
}

/// The PTH limit in pmol/L is not converted (no confirmed factor) but has its own maximum;
/// a field that does not convert to pmol/L has no maximum in it.
#[test]
fn an_unconverted_maximum_belongs_to_its_field_and_unit_only() {
    assert_eq!(ProfileField::Pth.max_in(Unit::PicomolePerLitre), Some(1_100.0));
    let unconvertible: Vec<ProfileField> = ProfileField::all()
        .filter(|f| *f != ProfileField::Pth)
        .filter(|f| f.canonical().is_some_and(|(unit, _)| f.convert(1.0, unit, Unit::PicomolePerLitre).is_none()))
        .collect();
    assert!(unconvertible.contains(&ProfileField::VitaminDIntake), "{unconvertible:?}");
    for field in unconvertible {
        assert_eq!(field.max_in(Unit::PicomolePerLitre), None, "{}", field.id());
    }
    assert_eq!(ProfileField::Pth.max_in(Unit::Microgram), None);
}

/// A document of exactly `MAX_PROFILE_BYTES` is read; one byte more is refused unread, as text
/// and as bytes.
#[test]
fn the_size_limit_is_inclusive_for_text_and_bytes() {
    let mut doc = String::from(r#"{"age_years": 40}"#);
    doc.push_str(&" ".repeat(MAX_PROFILE_BYTES - doc.len()));
    assert_eq!(doc.len(), MAX_PROFILE_BYTES);
    assert_eq!(Profile::from_json(&doc).expect("at the limit").age_years, Some(40.0));
    assert_eq!(Profile::from_json_slice(doc.as_bytes()).expect("at the limit").age_years, Some(40.0));
    doc.push(' ');
    let too_large = |e: ProfileError| matches!(e, ProfileError::TooLarge { size, limit } if size == MAX_PROFILE_BYTES + 1 && limit == MAX_PROFILE_BYTES);
    assert!(too_large(Profile::from_json(&doc).unwrap_err()));
    assert!(too_large(Profile::from_json_slice(doc.as_bytes()).unwrap_err()));
    // Far above the limit, also refused by size (not read, so not a syntax error).
    doc.push_str(&"x".repeat(MAX_PROFILE_BYTES));
    assert!(matches!(Profile::from_json(&doc).unwrap_err(), ProfileError::TooLarge { .. }));
}

fn pth(value: f64, low: Option<f64>, high: Option<f64>) -> LabValue {
    LabValue::new(value, Unit::PicogramPerMillilitre).with_reference_range(ReferenceRange::new(low, high))
}

/// The upper limit of a lab's reference range is a field of its own: read from the PTH lab,
/// in its unit, and reported only when the lab gives it.
#[test]
fn the_pth_upper_limit_is_read_from_the_lab_range() {
    let with = Profile::builder().lab(ProfileField::Pth, pth(80.0, Some(15.0), Some(65.0))).build().unwrap();
    let field = ProfileField::PthUpperReferenceLimit;
    assert_eq!(with.quantity_as_given(field), Some((65.0, Unit::PicogramPerMillilitre)));
    assert!(with.has(field));
    let low_only = Profile::builder().lab(ProfileField::Pth, pth(80.0, Some(15.0), None)).build().unwrap();
    assert_eq!(low_only.quantity_as_given(field), None);
    assert!(!low_only.has(field) && low_only.has(ProfileField::Pth));
}

/// A range of one value (low equal to high) is a range; low above high is refused.
#[test]
fn a_reference_range_may_be_a_single_value() {
    assert!(Profile::builder().lab(ProfileField::Pth, pth(80.0, Some(65.0), Some(65.0))).build().is_ok());
    let err = Profile::builder().lab(ProfileField::Pth, pth(80.0, Some(65.1), Some(65.0))).build().unwrap_err();
    assert_eq!(err.to_string(), "labs.pth.reference_range: expected low at most high, found low 65.1 above high 65");
}

/// K1 + K2 is reported when either part is.
#[test]
fn total_vitamin_k_is_reported_with_either_part() {
    for p in [
        Profile::builder().vitamin_k1(90.0, Unit::Microgram).build().unwrap(),
        Profile::builder().vitamin_k2(90.0, Unit::Microgram).build().unwrap(),
    ] {
        assert!(p.has(ProfileField::VitaminKIntake));
        assert_eq!(p.quantity_as_given(ProfileField::VitaminKIntake), None, "a sum has no value as given");
    }
    assert!(!Profile::builder().age_years(40.0).build().unwrap().has(ProfileField::VitaminKIntake));
}

/// `set_dose` and `set_lab` set the field of their group and refuse (changing nothing) any
/// other.
#[test]
fn setters_change_only_fields_of_their_group() {
    let mut p = Profile::builder().build().unwrap();
    let dose = Dose::new(400.0, Unit::Milligram);
    assert!(p.set_dose(ProfileField::MagnesiumIntake, dose));
    assert_eq!(p.quantity_as_given(ProfileField::MagnesiumIntake), Some((400.0, Unit::Milligram)));
    let before = p.clone();
    assert!(!p.set_dose(ProfileField::SerumCalcium, dose));
    assert!(!p.set_dose(ProfileField::AgeYears, dose));
    assert_eq!(p, before);
    let lab = LabValue::new(9.5, Unit::MilligramPerDecilitre);
    assert!(!p.set_lab(ProfileField::MagnesiumIntake, lab));
    assert_eq!(p, before);
    assert!(p.set_lab(ProfileField::SerumCalcium, lab));
    assert_eq!(p.lab(ProfileField::SerumCalcium), Some(&lab));
}

/// A reference range that is not an object says what it should be.
#[test]
fn a_reference_range_of_the_wrong_type_says_it_expects_low_and_high() {
    let err = Profile::from_json(r#"{"labs": {"pth": {"value": 40, "unit": "pg/mL", "reference_range": "15-65"}}}"#)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "labs.pth.reference_range: expected a JSON object with low and/or high (the lab's reference interval, in the \
         value's unit), found \"15-65\""
    );
}

/// A bound too large for a number says what a bound must be.
#[test]
fn a_reference_bound_out_of_range_says_what_a_bound_is() {
    let err =
        Profile::from_json(r#"{"labs": {"pth": {"value": 40, "unit": "pg/mL", "reference_range": {"high": 1e400}}}}"#)
            .unwrap_err()
            .to_string();
    assert_eq!(
        err,
        "labs.pth.reference_range.high: expected a finite number greater than or equal to 0, found a number too large \
         for a 64-bit float"
    );
}

/// Supplements of every nutrient count toward that nutrient's total intake field: with the
/// intake not reported, the field is at least the supplements' sum.
#[test]
fn every_nutrients_supplements_bound_its_total_intake() {
    use calcification::profile::total_field;
    for nutrient in Nutrient::all() {
        let unit = if nutrient == Nutrient::VitaminD { Unit::InternationalUnit } else { Unit::Milligram };
        let p = Profile::builder().supplement(Supplement::new(nutrient, 2.0, unit)).build().unwrap();
        let field = total_field(nutrient);
        let interval = p.interval(field).unwrap_or_else(|| panic!("{}: no interval from its supplement", field.id()));
        let (canonical, _) = field.canonical().expect("an intake has a canonical unit");
        let amount = Supplement::new(nutrient, 2.0, unit).amount_in(canonical).unwrap();
        assert!((interval.low - amount).abs() < 1e-9 && interval.high.is_infinite(), "{}: {interval:?}", field.id());
        assert!(p.sum_behind(field).is_some(), "{}", field.id());
    }
}

/// Supplements adding up to exactly the reported total are accepted, none (0 mg) of a total
/// of 0 mg included.
#[test]
fn supplements_equal_to_the_reported_total_are_accepted_down_to_zero() {
    for amount in [0.0, 500.0] {
        let p = Profile::builder()
            .calcium(amount, Unit::Milligram)
            .supplement(Supplement::new(Nutrient::Calcium, amount, Unit::Milligram))
            .build();
        assert!(p.is_ok(), "{amount} mg: {p:?}");
    }
}
