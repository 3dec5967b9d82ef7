//! The rule layer, pinned where mutation testing found no test that would notice a change
//! (issue 17, TESTING.md): the compiled fast path against the interpreter on profiles built to
//! sit on, just below and just above every threshold of every rule (in each unit a value can be
//! reported in, exactly and as a lower bound from supplements), the interpreter on comparisons
//! no rule makes, `Evaluator::threshold_value` and `life_stage`, `Rule::inputs`, and how a
//! condition prints.

use calcification::profile::total_field;
use calcification::{
    Atom, Caution, CautionSets, Comparison, Condition, ConditionTree, Diet, Evaluator, Interval, LifeStage, LookupGap,
    Medication, Nutrient, Profile, ProfileBuilder, ProfileField, REFERENCE_ROWS, RULES, RefValue, ReferenceKind,
    ReferenceStandard, ReproductiveStatus, Rule, Sex, Supplement, Term, Threshold, Truth, Unit,
};

const STANDARDS: [ReferenceStandard; 2] = [ReferenceStandard::Iom, ReferenceStandard::Efsa];

/// A rule's three-valued outcome as the fast path gives it.
fn fast_truth(sets: &CautionSets, caution: Caution) -> Truth {
    if sets.fired.contains(caution) {
        Truth::True
    } else if sets.not_assessed.contains(caution) {
        Truth::Unknown
    } else {
        Truth::False
    }
}

/// The fast path and the tree walk give every rule the same truth for `profile`, under both
/// standards.
fn assert_agree(profile: &Profile, what: &str) -> usize {
    for standard in STANDARDS {
        let eval = Evaluator::new(profile, standard);
        let sets = eval.caution_sets();
        let walked: Vec<(&str, Truth)> = RULES.iter().map(|r| (r.id(), eval.rule(r))).collect();
        let fast: Vec<(&str, Truth)> = RULES.iter().map(|r| (r.id(), fast_truth(&sets, r.caution))).collect();
        assert_eq!(fast, walked, "{standard:?}, {what}: {}", profile.to_json());
    }
    1
}

/// Sets `field` to `value` in `unit` (a total, or a supplement list when `from_supplements`);
/// `None` when the builder has no such setter.
fn set(
    b: ProfileBuilder,
    field: ProfileField,
    value: f64,
    unit: Unit,
    from_supplements: bool,
) -> Option<ProfileBuilder> {
    if from_supplements {
        let nutrient = match field {
            ProfileField::MagnesiumSupplement => Nutrient::Magnesium,
            ProfileField::VitaminK2Supplement => Nutrient::VitaminK2,
            _ => Nutrient::all().find(|n| total_field(*n) == field)?,
        };
        return Some(b.supplement(Supplement::new(nutrient, value, unit)));
    }
    Some(match field {
        ProfileField::AgeYears => b.age_years(value),
        ProfileField::VitaminDIntake => b.vitamin_d(value, unit),
        ProfileField::VitaminK2Intake => b.vitamin_k2(value, unit),
        ProfileField::MagnesiumIntake => b.magnesium(value, unit),
        ProfileField::MagnesiumSupplement => b.magnesium_supplement(value, unit),
        ProfileField::CalciumIntake => b.calcium(value, unit),
        ProfileField::SerumCalcium => b.serum_calcium(value, unit),
        ProfileField::Serum25HydroxyvitaminD => b.serum_25_hydroxyvitamin_d(value, unit),
        ProfileField::FluidLitresPerDay => b.fluid_litres_per_day(value),
        ProfileField::ActivityMinutesPerWeek => b.activity_minutes_per_week(value),
        ProfileField::VitaminK2Supplement => b.supplement(Supplement::new(Nutrient::VitaminK2, value, unit)),
        _ => return None,
    })
}

/// The units a field can be reported in (age, fluid and activity have one).
fn units(field: ProfileField) -> Vec<Unit> {
    match field {
        ProfileField::AgeYears => vec![Unit::Year],
        ProfileField::FluidLitresPerDay => vec![Unit::LitrePerDay],
        ProfileField::ActivityMinutesPerWeek => vec![Unit::MinutePerWeek],
        ProfileField::VitaminK2Supplement => vec![Unit::Microgram, Unit::Milligram],
        f => f.accepted_units().to_vec(),
    }
}

/// The values around `limit`: on it, and a little below and above.
fn around(limit: f64) -> [f64; 3] {
    let d = (limit.abs() * 1e-6).max(1e-6);
    [limit - d, limit, limit + d]
}

/// Every value `field` should take to sit on and beside each of `rule`'s thresholds for the
/// life stage, as (value, unit, from supplements).
fn values_for(rule: &Rule, field: ProfileField, stage: &Profile) -> Vec<(f64, Unit, bool)> {
    let mut out = Vec::new();
    for atom in rule.atoms() {
        let Atom::Compare { field: f, threshold, .. } = atom else { continue };
        if f != field {
            continue;
        }
        for unit in units(field) {
            let limit = match threshold {
                Threshold::Fixed(t) => {
                    let (value, published, _) = t.limit_for(unit);
                    published.convert(value, unit)
                }
                Threshold::Reference(kind) => STANDARDS
                    .iter()
                    .find_map(|&s| Evaluator::new(stage, s).threshold_value(&threshold).ok())
                    .and_then(|v| kind.unit().convert(v, unit)),
                _ => None,
            };
            let Some(limit) = limit else { continue };
            for v in around(limit) {
                out.push((v, unit, false));
                if field != ProfileField::AgeYears {
                    out.push((v, unit, true));
                }
            }
        }
    }
    out
}

fn life_stages() -> Vec<(f64, Option<Sex>, Option<ReproductiveStatus>)> {
    let mut out = Vec::new();
    for age in [0.25, 0.75, 1.0, 4.0, 10.0, 16.0, 18.0, 30.0, 60.0, 75.0] {
        for sex in [None, Some(Sex::Female), Some(Sex::Male)] {
            out.push((age, sex, None));
        }
    }
    out.push((30.0, Some(Sex::Female), Some(ReproductiveStatus::Pregnant)));
    out.push((17.0, Some(Sex::Female), Some(ReproductiveStatus::Lactating)));
    out
}

fn base(age: f64, sex: Option<Sex>, status: Option<ReproductiveStatus>) -> ProfileBuilder {
    let mut b = Profile::builder().age_years(age);
    if let Some(sex) = sex {
        b = b.sex(sex);
    }
    if let Some(status) = status {
        b = b.reproductive_status(status);
    }
    b
}

/// The lists a rule reads, all listed or none: (medications, conditions, any diagnosed).
fn with_lists(mut b: ProfileBuilder, rule: &Rule, listed: bool) -> ProfileBuilder {
    if !listed {
        return b;
    }
    for atom in rule.atoms() {
        b = match atom {
            Atom::TakesMedication(m) => b.medication(m),
            Atom::HasCondition(c) => b.condition(c),
            Atom::Considering(i) => b.considering(i),
            Atom::AnyDiagnosedCalcification => {
                b.diagnosed_calcification(calcification::CalcificationKind::all().find(|k| k.is_ectopic()).unwrap())
            }
            _ => b,
        };
    }
    b
}

/// For every rule, every life stage, lists on and off, and each compared field of the rule
/// on, below and above each of its thresholds (in every unit, as a total and from supplements),
/// with the rule's other compared fields not reported or on their own thresholds: the fast path
/// says what the interpreter says.
#[test]
fn the_fast_path_agrees_with_the_interpreter_on_and_around_every_threshold() {
    let mut checked = 0;
    for rule in RULES {
        let mut fields: Vec<ProfileField> = Vec::new();
        for atom in rule.atoms() {
            if let Atom::Compare { field, .. } = atom
                && !fields.contains(&field)
            {
                fields.push(field);
            }
        }
        for (age, sex, status) in life_stages() {
            let stage = base(age, sex, status).build().expect("valid life stage");
            for listed in [false, true] {
                // One field varied at a time, the others absent, or all on their thresholds.
                for &field in &fields {
                    for (v, unit, sup) in values_for(rule, field, &stage) {
                        let Some(b) = set(with_lists(base(age, sex, status), rule, listed), field, v, unit, sup) else {
                            continue;
                        };
                        if let Ok(p) = b.build() {
                            checked += assert_agree(&p, rule.id());
                        }
                        // Every other field of the rule on each of its values as well.
                        for &other in fields.iter().filter(|&&o| o != field && o != ProfileField::AgeYears) {
                            for (w, other_unit, other_sup) in values_for(rule, other, &stage) {
                                let b = set(with_lists(base(age, sex, status), rule, listed), field, v, unit, sup)
                                    .and_then(|b| set(b, other, w, other_unit, other_sup && !sup));
                                if let Some(Ok(p)) = b.map(ProfileBuilder::build) {
                                    checked += assert_agree(&p, rule.id());
                                }
                            }
                        }
                    }
                }
                if let Ok(p) = with_lists(base(age, sex, status), rule, listed).build() {
                    checked += assert_agree(&p, rule.id());
                }
            }
        }
    }
    assert!(checked > 5000, "only {checked} profiles checked");
}

/// Diet atoms: every diet, and none reported.
#[test]
fn the_fast_path_agrees_with_the_interpreter_on_every_diet() {
    for diet in Diet::all() {
        assert_agree(&Profile::builder().diet(diet).build().unwrap(), diet.id());
        assert_agree(
            &Profile::builder()
                .age_years(40.0)
                .diet(diet)
                .medication(Medication::all().next().unwrap())
                .build()
                .unwrap(),
            diet.id(),
        );
    }
    assert_agree(&Profile::builder().build().unwrap(), "empty");
}

/// Each list entry alone, and every entry of each list together.
#[test]
fn the_fast_path_agrees_with_the_interpreter_on_every_list_entry() {
    for m in Medication::all() {
        assert_agree(&Profile::builder().medication(m).build().unwrap(), m.id());
    }
    for c in Condition::all() {
        assert_agree(
            &Profile::builder().condition(c).age_years(40.0).fluid_litres_per_day(2.0).build().unwrap(),
            c.id(),
        );
    }
    for i in calcification::Intervention::all() {
        assert_agree(&Profile::builder().considering(i).build().unwrap(), i.id());
    }
    for k in calcification::CalcificationKind::all().filter(|k| k.is_ectopic()) {
        assert_agree(&Profile::builder().diagnosed_calcification(k).build().unwrap(), k.id());
    }
    let mut all = Profile::builder().age_years(30.0);
    for m in Medication::all() {
        all = all.medication(m);
    }
    for c in Condition::all() {
        all = all.condition(c);
    }
    assert_agree(&all.build().unwrap(), "every medication and condition");
}

fn adult() -> Profile {
    Profile::builder().age_years(40.0).sex(Sex::Female).build().unwrap()
}

#[test]
fn threshold_value_is_the_fixed_value_or_the_life_stage_reference_value() {
    let p = adult();
    for standard in STANDARDS {
        let eval = Evaluator::new(&p, standard);
        for rule in RULES {
            for atom in rule.atoms() {
                let Atom::Compare { threshold, .. } = atom else { continue };
                match threshold {
                    Threshold::Fixed(t) => assert_eq!(eval.threshold_value(&threshold), Ok(t.value)),
                    Threshold::Reference(kind) => {
                        let looked_up = p.life_stage().reference(kind, standard).ok().and_then(|r| r.row.amount());
                        assert_eq!(eval.threshold_value(&threshold).ok(), looked_up, "{kind:?} {standard:?}");
                    }
                    _ => {}
                }
            }
        }
        // The calcium UL of a 40-year-old is a real, positive amount.
        let ul = eval.threshold_value(&Threshold::Reference(ReferenceKind::CalciumUl)).expect("a calcium UL");
        assert!(ul > 1.0, "{ul}");
    }
}

#[test]
fn threshold_value_says_why_there_is_none() {
    let p = adult();
    let eval = Evaluator::new(&p, ReferenceStandard::Iom);
    // The vitamin K UL is "not determined" at every age.
    assert_eq!(
        eval.threshold_value(&Threshold::Reference(ReferenceKind::VitaminKUl)),
        Err(calcification::rule::ThresholdGap::NotDetermined)
    );
    let no_age = Profile::builder().sex(Sex::Male).build().unwrap();
    let eval = Evaluator::new(&no_age, ReferenceStandard::Iom);
    assert_eq!(
        eval.threshold_value(&Threshold::Reference(ReferenceKind::CalciumRda)),
        Err(calcification::rule::ThresholdGap::Lookup(LookupGap::MissingAge { kind: ReferenceKind::CalciumRda }))
    );
}

#[test]
fn the_evaluator_reports_the_profiles_life_stage_and_standard() {
    let p = Profile::builder()
        .age_years(31.5)
        .sex(Sex::Female)
        .reproductive_status(ReproductiveStatus::Lactating)
        .build()
        .unwrap();
    for standard in STANDARDS {
        let eval = Evaluator::new(&p, standard);
        assert_eq!(eval.life_stage(), p.life_stage());
        assert_eq!(
            eval.life_stage(),
            LifeStage {
                age_years: Some(31.5),
                sex: Some(Sex::Female),
                reproductive_status: Some(ReproductiveStatus::Lactating)
            }
        );
        assert_eq!(eval.standard(), standard);
    }
}

/// A comparison no rule makes (a reported quantity against any reference value in its unit)
/// is decided from the life stage's reference value, as a rule's comparison is.
#[test]
fn the_interpreter_decides_comparisons_no_rule_makes() {
    // Every quantity field in its canonical unit, fields added later too.
    let fields: Vec<(ProfileField, Unit)> = ProfileField::all()
        .filter_map(|f| f.canonical().map(|(u, _)| u).or_else(|| units(f).first().copied()).map(|u| (f, u)))
        .collect();
    let mut decided = 0;
    for (field, unit) in fields {
        for kind in ReferenceKind::all().filter(|k| k.unit() == unit) {
            for standard in STANDARDS {
                let stage = base(40.0, Some(Sex::Male), None).build().unwrap();
                let Ok(limit) = Evaluator::new(&stage, standard).threshold_value(&Threshold::Reference(kind)) else {
                    continue;
                };
                for value in around(limit) {
                    // Only this field is reported, so only its own reference kinds are
                    // resolved up front; the others are looked up when asked for.
                    let Some(Ok(p)) = set(base(40.0, Some(Sex::Male), None), field, value.max(0.0), unit, false)
                        .map(ProfileBuilder::build)
                    else {
                        continue;
                    };
                    let eval = Evaluator::new(&p, standard);
                    for comparison in [Comparison::Above, Comparison::Below] {
                        let atom = Atom::Compare { field, comparison, threshold: Threshold::Reference(kind) };
                        let holds = comparison.holds(value.max(0.0), limit);
                        let expected = if holds { Truth::True } else { Truth::False };
                        assert_eq!(
                            eval.atom(&atom),
                            expected,
                            "{field:?} {comparison:?} {kind:?} {value} ({standard:?})"
                        );
                        decided += 1;
                    }
                }
            }
        }
    }
    assert!(decided > 50, "{decided}");
    // A comparison whose quantity is not reported is unknown.
    let p = adult();
    let atom = Atom::Compare {
        field: ProfileField::CalciumIntake,
        comparison: Comparison::Above,
        threshold: Threshold::Reference(ReferenceKind::MagnesiumRda),
    };
    assert_eq!(Evaluator::new(&p, ReferenceStandard::Iom).atom(&atom), Truth::Unknown);
}

/// A quantity known only as a lower bound (supplements listed, total not reported) decides
/// a hand-made comparison only when the bound settles it.
#[test]
fn the_interpreter_decides_a_lower_bound_only_when_it_settles_the_comparison() {
    let stage = adult();
    let limit = Evaluator::new(&stage, ReferenceStandard::Iom)
        .threshold_value(&Threshold::Reference(ReferenceKind::CalciumRda))
        .unwrap();
    for (bound, above, below) in
        [(limit + 1.0, Truth::True, Truth::False), (limit - 1.0, Truth::Unknown, Truth::Unknown)]
    {
        let p = Profile::builder()
            .age_years(40.0)
            .sex(Sex::Female)
            .supplement(Supplement::new(Nutrient::Calcium, bound, Unit::Milligram))
            .build()
            .unwrap();
        assert_eq!(p.interval(ProfileField::CalciumIntake), Some(Interval::at_least(bound)));
        let eval = Evaluator::new(&p, ReferenceStandard::Iom);
        let atom = |comparison| Atom::Compare {
            field: ProfileField::CalciumIntake,
            comparison,
            threshold: Threshold::Reference(ReferenceKind::CalciumRda),
        };
        assert_eq!(eval.atom(&atom(Comparison::Above)), above, "at least {bound} above {limit}");
        assert_eq!(eval.atom(&atom(Comparison::Below)), below, "at least {bound} below {limit}");
    }
}

fn depends_on_sex(kind: ReferenceKind) -> bool {
    REFERENCE_ROWS.iter().any(|r| r.kind == kind && r.sex.is_some())
}

/// A rule needs the sex exactly when one of its reference values differs by sex, and the age
/// whenever it compares with a reference value.
#[test]
fn a_rule_needs_sex_only_when_a_reference_value_it_reads_differs_by_sex() {
    let (mut with_sex, mut without_sex) = (0, 0);
    for rule in RULES {
        let kinds: Vec<ReferenceKind> = rule
            .atoms()
            .iter()
            .filter_map(|a| match a {
                Atom::Compare { threshold: Threshold::Reference(k), .. } => Some(*k),
                _ => None,
            })
            .collect();
        let inputs = rule.inputs();
        // Or a derived value it compares is computed from the sex (the eGFR by CKD-EPI 2021).
        let derived_from_sex = rule
            .atoms()
            .iter()
            .any(|a| matches!(a, Atom::Compare { field, .. } if field.derived_inputs().contains(&ProfileField::Sex)));
        let needs_sex = kinds.iter().any(|&k| depends_on_sex(k)) || derived_from_sex;
        assert_eq!(inputs.contains(&ProfileField::Sex), needs_sex, "{}: {inputs:?}", rule.id());
        if !kinds.is_empty() {
            assert!(inputs.contains(&ProfileField::AgeYears), "{}: {inputs:?}", rule.id());
            if needs_sex { with_sex += 1 } else { without_sex += 1 }
        }
        // No field is listed twice.
        let mut seen = inputs.clone();
        seen.dedup();
        assert_eq!(seen.len(), inputs.len(), "{}: {inputs:?}", rule.id());
    }
    assert!(with_sex > 0 && without_sex > 0, "{with_sex} rules need sex, {without_sex} do not");
}

#[test]
fn the_vitamin_d_upper_limit_rule_needs_age_and_intake_but_not_sex() {
    let inputs = Caution::VitaminDAboveUpperLimit.rule().inputs();
    assert!(!depends_on_sex(ReferenceKind::VitaminDUl), "the vitamin D UL now differs by sex: choose another rule");
    assert_eq!(inputs, vec![ProfileField::VitaminDIntake, ProfileField::AgeYears]);
}

#[test]
fn a_low_fluid_rule_reads_fluid_age_and_sex_of_the_drink_level() {
    let inputs = Caution::LowFluidIntake.rule().inputs();
    assert!(inputs.contains(&ProfileField::FluidLitresPerDay));
    assert!(inputs.contains(&ProfileField::AgeYears));
    assert_eq!(inputs.contains(&ProfileField::Sex), depends_on_sex(ReferenceKind::DrinkingWater));
}

/// `all` prints its branches joined by "and", `any` by "or", each in parentheses; `not`
/// prefixes "not".
#[test]
fn a_condition_prints_all_with_and_any_with_or_and_not() {
    fn expected(tree: &ConditionTree) -> String {
        match tree {
            ConditionTree::All(items) => format!("({})", items.iter().map(expected).collect::<Vec<_>>().join(" and ")),
            ConditionTree::Any(items) => format!("({})", items.iter().map(expected).collect::<Vec<_>>().join(" or ")),
            ConditionTree::Not(inner) => format!("not {}", expected(inner)),
            ConditionTree::Atom(a) => a.to_string(),
            _ => tree.to_string(),
        }
    }
    let (mut alls, mut anys, mut nots) = (0, 0, 0);
    for rule in RULES {
        let text = rule.condition.to_string();
        assert_eq!(text, expected(&rule.condition), "{}", rule.id());
        alls += text.matches(" and ").count();
        anys += text.matches(" or ").count();
        nots += text.matches("not ").count();
    }
    assert!(alls > 0 && anys > 0 && nots > 0, "and {alls}, or {anys}, not {nots}");
    // A concrete one: excess vitamin D without K2 is an `all` of two comparisons.
    let text = Caution::VitaminDExcessWithoutK2.rule().condition.to_string();
    assert!(text.starts_with('(') && text.ends_with(')'), "{text}");
    assert_eq!(text.matches(" and ").count(), 1, "{text}");
}

/// A fixed threshold prints its value as the source gives it (rounded, no trailing zeros).
#[test]
fn a_fixed_threshold_prints_its_published_value_and_unit() {
    let mut printed = 0;
    for rule in RULES {
        for atom in rule.atoms() {
            let Atom::Compare { threshold: Threshold::Fixed(t), .. } = atom else { continue };
            let text = atom.to_string();
            let number = format!("{}", t.value);
            assert!(text.contains(&format!(" {number} {} (", t.unit.label())), "{text}");
            printed += 1;
        }
    }
    assert!(printed > 5);
    let hypercalcemia = Caution::Hypercalcemia.rule().atoms()[0].to_string();
    assert!(hypercalcemia.contains("10.4 mg/dL"), "{hypercalcemia}");
}

/// The rules reading a "not determined" value never fire on it.
#[test]
fn a_value_not_determined_is_never_a_limit() {
    let rows_nd = REFERENCE_ROWS.iter().filter(|r| r.value == RefValue::NotDetermined).count();
    assert!(rows_nd > 0);
    let p = adult();
    let eval = Evaluator::new(&p, ReferenceStandard::Iom);
    let atom = Atom::Compare {
        field: ProfileField::VitaminK2Intake,
        comparison: Comparison::Above,
        threshold: Threshold::Reference(ReferenceKind::VitaminKUl),
    };
    let p2 = Profile::builder().age_years(40.0).vitamin_k2(50_000.0, Unit::Microgram).build().unwrap();
    assert_eq!(Evaluator::new(&p2, ReferenceStandard::Iom).atom(&atom), Truth::Unknown);
    assert_eq!(eval.atom(&atom), Truth::Unknown);
}

/// A lab given in the second unit of a fixed threshold is held to the figure published in
/// that unit, also when it is the only field reported (the evaluator reads the unit it stored
/// for the field): a value between the two published figures falls on the side of the second.
#[test]
fn a_lab_alone_in_a_thresholds_second_unit_is_held_to_the_figure_published_in_it() {
    let mut checked = 0;
    for rule in RULES {
        for atom in rule.atoms() {
            let Atom::Compare { field, comparison, threshold: Threshold::Fixed(t) } = atom else { continue };
            // Derived fields (the albumin-corrected calcium) are read from their labs.
            let (Some(eq), true) = (t.equivalent, field.is_lab()) else { continue };
            // Between the published figure of the second unit (in the canonical unit) and the
            // canonical one, written in the second unit.
            let second = field.convert(eq.value, eq.unit, t.unit).expect("convertible");
            let between = field.convert((second + t.value) / 2.0, t.unit, eq.unit).expect("convertible");
            let mut profile = Profile::default();
            assert!(
                profile
                    .set_lab(field, calcification::LabValue { value: between, unit: eq.unit, reference_range: None })
            );
            let eval = Evaluator::new(&profile, ReferenceStandard::Iom);
            let value = profile.interval(field).expect("reported");
            let expected = match comparison.decide(value, second) {
                (true, _) => Truth::True,
                (_, true) => Truth::False,
                _ => Truth::Unknown,
            };
            assert_ne!(
                comparison.decide(value, second),
                comparison.decide(value, t.value),
                "{}: {between} {} does not fall between the figures",
                rule.id(),
                eq.unit.id()
            );
            assert_eq!(eval.atom(&atom), expected, "{}: {} {between} {}", rule.id(), field.id(), eq.unit.id());
            checked += 1;
        }
    }
    assert!(checked >= 4, "only {checked} thresholds with a second unit");
}
