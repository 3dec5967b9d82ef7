//! The assessment, pinned where mutation testing found no test that would notice a change
//! (issue 17, TESTING.md): `Assessment::is_not_assessed` both ways, what a rule that cannot be
//! assessed says it needs, and the reasons of a finding decided through a `not`.

use calcification::{
    Caution, CautionSet, Condition, Profile, ProfileField, ReferenceKind, ReferenceStandard, Sex, Term, Unit, assess,
    caution_sets,
};

fn profiles() -> Vec<Profile> {
    vec![
        Profile::builder().build().unwrap(),
        Profile::builder().age_years(40.0).sex(Sex::Female).build().unwrap(),
        Profile::builder()
            .age_years(40.0)
            .vitamin_d(200.0, Unit::Microgram)
            .vitamin_k2(10.0, Unit::Microgram)
            .build()
            .unwrap(),
        Profile::builder().condition(Condition::KidneyStoneHistory).build().unwrap(),
        Profile::builder()
            .age_years(70.0)
            .sex(Sex::Male)
            .serum_calcium(12.5, Unit::MilligramPerDecilitre)
            .serum_25_hydroxyvitamin_d(15.0, Unit::NanogramPerMillilitre)
            .fluid_litres_per_day(1.0)
            .activity_minutes_per_week(30.0)
            .build()
            .unwrap(),
    ]
}

#[test]
fn is_not_assessed_is_true_exactly_for_the_cautions_that_could_not_be_assessed() {
    let (mut yes, mut no) = (0, 0);
    for p in profiles() {
        let a = assess(&p).unwrap();
        let sets = caution_sets(&p, ReferenceStandard::Iom).unwrap();
        for c in Caution::all() {
            assert_eq!(a.is_not_assessed(c), sets.not_assessed.contains(c), "{}: {}", c.id(), p.to_json());
            if a.is_not_assessed(c) {
                yes += 1;
                assert!(a.finding(c).is_none());
            } else {
                no += 1;
            }
        }
    }
    assert!(yes > 0 && no > 0);
    // A caution read from lists alone is always assessed.
    let empty = assess(&Profile::builder().build().unwrap()).unwrap();
    assert!(!empty.is_not_assessed(Caution::ChelationRequiresSupervision));
    assert!(empty.is_not_assessed(Caution::VitaminDAboveUpperLimit));
}

fn missing(p: &Profile, caution: Caution) -> Vec<ProfileField> {
    let a = assess(p).unwrap();
    let n = a.not_assessed.iter().find(|n| n.caution == caution).unwrap_or_else(|| panic!("{} assessed", caution.id()));
    n.missing.iter().collect()
}

fn drink_level_needs_sex_at(age: f64) -> bool {
    calcification::REFERENCE_ROWS.iter().any(|r| {
        r.kind == ReferenceKind::DrinkingWater
            && r.standard == Some(ReferenceStandard::Iom)
            && r.sex.is_some()
            && age >= r.age_from
            && r.age_until.is_none_or(|until| age < until)
    })
}

#[test]
fn a_rule_not_assessed_names_every_input_an_undecided_branch_needs() {
    // Nothing reported: the vitamin D UL needs the intake and the age (not the sex).
    let empty = Profile::builder().build().unwrap();
    assert_eq!(
        missing(&empty, Caution::VitaminDAboveUpperLimit),
        vec![ProfileField::AgeYears, ProfileField::VitaminDIntake]
    );
    // A history of kidney stones alone: fluid, and the age both for the drink level and to
    // know whether the adult 2.5 L applies.
    let stones = Profile::builder().condition(Condition::KidneyStoneHistory).build().unwrap();
    let needs = missing(&stones, Caution::LowFluidIntake);
    assert!(needs.contains(&ProfileField::FluidLitresPerDay) && needs.contains(&ProfileField::AgeYears), "{needs:?}");
    // The sex is asked for once the age is known and the drink level differs by sex.
    assert!(!needs.contains(&ProfileField::Sex), "{needs:?}");
    let stones_adult = Profile::builder().condition(Condition::KidneyStoneHistory).age_years(40.0).build().unwrap();
    let needs = missing(&stones_adult, Caution::LowFluidIntake);
    assert!(needs.contains(&ProfileField::FluidLitresPerDay) && !needs.contains(&ProfileField::AgeYears), "{needs:?}");
    assert_eq!(needs.contains(&ProfileField::Sex), drink_level_needs_sex_at(40.0), "{needs:?}");
    // Fluid reported, age not: only what the drink level needs.
    let fluid = Profile::builder().fluid_litres_per_day(1.0).build().unwrap();
    let needs = missing(&fluid, Caution::LowFluidIntake);
    assert!(!needs.contains(&ProfileField::FluidLitresPerDay), "{needs:?}");
    assert!(needs.contains(&ProfileField::AgeYears), "{needs:?}");
}

#[test]
fn a_branch_that_is_decided_adds_nothing_to_what_is_missing() {
    // Excess vitamin D without K2: the UL is decided (not above), so the rule is false and
    // assessed; with the K2 intake missing and vitamin D above the UL it needs only K2.
    let high_d = Profile::builder().age_years(40.0).sex(Sex::Female).vitamin_d(200.0, Unit::Microgram).build().unwrap();
    assert_eq!(missing(&high_d, Caution::VitaminDExcessWithoutK2), vec![ProfileField::VitaminK2Intake]);
    let low_d = Profile::builder().age_years(40.0).sex(Sex::Female).vitamin_d(5.0, Unit::Microgram).build().unwrap();
    assert!(!assess(&low_d).unwrap().is_not_assessed(Caution::VitaminDExcessWithoutK2));
}

#[test]
fn a_finding_through_a_not_gives_the_atom_that_failed() {
    // 15 ng/mL: not below 12 (the negated atom, which fails) and below 20.
    let p = Profile::builder().serum_25_hydroxyvitamin_d(15.0, Unit::NanogramPerMillilitre).build().unwrap();
    let a = assess(&p).unwrap();
    let f = a.finding(Caution::VitaminDInsufficiency).expect("insufficiency fires at 15 ng/mL");
    assert_eq!(f.because.len(), 2, "{:?}", f.because);
    let failed: Vec<_> = f.because.iter().filter(|r| !r.holds).collect();
    assert_eq!(failed.len(), 1, "{:?}", f.because);
    assert!(failed[0].statement.contains(" is not below 12 ng/mL"), "{}", failed[0].statement);
    assert!(f.because.iter().any(|r| r.holds && r.statement.contains(" is below 20 ng/mL")), "{:?}", f.because);
    // An exact value is not "at least" anything.
    for r in &f.because {
        assert!(r.statement.starts_with("Serum 25(OH)D 15 ng/mL is"), "{}", r.statement);
        assert!(!r.observed.as_ref().expect("a comparison shows its value").at_least);
    }
    assert!(a.findings.iter().all(|f| !f.because.is_empty()));
    let fired: CautionSet = a.findings.iter().map(|f| f.caution).collect();
    assert!(fired.contains(Caution::VitaminDInsufficiency) && !fired.contains(Caution::VitaminDDeficiency));
}

/// The kidney-stone branch of the low-fluid rule is decided false (no history), so only the
/// drink level is undecided, and it needs the sex: that is all the rule says it needs, even
/// though the branch's other atoms (adult, below 2.5 L) hold.
#[test]
fn a_false_branch_of_an_all_keeps_the_all_false_however_its_other_branches_turn_out() {
    assert!(drink_level_needs_sex_at(40.0), "the adult drink level no longer differs by sex: choose another case");
    let p = Profile::builder().age_years(40.0).fluid_litres_per_day(2.0).build().unwrap();
    assert_eq!(missing(&p, Caution::LowFluidIntake), vec![ProfileField::Sex]);
    // With the history, the branch holds and the rule fires: nothing is missing.
    let stones = Profile::builder()
        .age_years(40.0)
        .fluid_litres_per_day(2.0)
        .condition(Condition::KidneyStoneHistory)
        .build()
        .unwrap();
    assert!(assess(&stones).unwrap().finding(Caution::LowFluidIntake).is_some());
}

/// A total known only from supplements is shown as a lower bound.
#[test]
fn a_total_from_supplements_alone_is_shown_as_at_least() {
    let p = Profile::builder()
        .age_years(40.0)
        .supplement(calcification::Supplement::new(calcification::Nutrient::VitaminD, 250.0, Unit::Microgram))
        .build()
        .unwrap();
    let a = assess(&p).unwrap();
    let f = a.finding(Caution::VitaminDAboveUpperLimit).expect("250 ug from supplements is above the UL");
    let r = &f.because[0];
    assert!(r.observed.as_ref().unwrap().at_least, "{}", r.statement);
    assert!(r.statement.contains(" at least 250 "), "{}", r.statement);
}

/// The pretty JSON of an assessment is the assessment: the same document as the compact
/// serialisation, spread over lines.
#[test]
fn pretty_json_is_the_same_document_over_several_lines() {
    let p = Profile::builder().serum_25_hydroxyvitamin_d(15.0, Unit::NanogramPerMillilitre).build().unwrap();
    let a = assess(&p).unwrap();
    let pretty = a.to_json_pretty();
    assert!(pretty.lines().count() > 10, "{pretty}");
    let reread: serde_json::Value = serde_json::from_str(&pretty).expect("valid JSON");
    assert_eq!(reread, serde_json::to_value(&a).unwrap());
    assert_eq!(reread["findings"][0]["caution"], "vitamin_d_insufficiency");
}
