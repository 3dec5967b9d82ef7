//! Supplement lists (contract v1.1): products with a nutrient, an amount and a unit, summed
//! per nutrient, and what a sum can tell about a total intake that was not reported.
//!
//! `intake.X` stays "the total from all sources". Supplements of X are part of that total:
//! when `intake.X` is reported they must not exceed it; when it is absent, their sum is a
//! lower bound of it ([`Interval::at_least`]). The magnesium upper limit applies to
//! supplements alone, so for `intake.magnesium_supplement` the sum is the exact value.

use serde::Serialize;

use super::{Profile, ProfileField};
use crate::nutrient::{K2Form, Nutrient};
use crate::term::Term;
use crate::units::Unit;

/// One supplement product taken per day. It deserialises from a JSON object with `nutrient`,
/// `amount`, `unit` and optional `form` and `label`; nothing else.
///
/// ```
/// use calcification::{K2Form, Nutrient, Supplement, Unit};
///
/// let drops = Supplement::new(Nutrient::VitaminD, 2000.0, Unit::InternationalUnit).with_label("D3 drops");
/// let k2 = Supplement::new(Nutrient::VitaminK2, 100.0, Unit::Microgram).with_form(K2Form::Mk7);
/// assert_eq!(drops.amount_in(Unit::Microgram), Some(50.0));
/// assert_eq!(k2.form, Some(K2Form::Mk7));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "Supplement", transform = crate::profile::schema::supplement_rules)
)]
pub struct Supplement {
    /// The nutrient the product provides.
    pub nutrient: Nutrient,
    /// Amount per day: finite and at least 0 (the maximum is that of the nutrient's intake
    /// field, in the unit given).
    #[cfg_attr(feature = "schema", schemars(range(min = 0)))]
    pub amount: f64,
    /// UCUM unit code: `ug`, `mg`, `g`; `[iU]` for vitamin D only (aliases as for intakes).
    pub unit: Unit,
    /// The vitamin K2 form (`mk4`, `mk7`); only for `vitamin_k2`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<K2Form>,
    /// The product's name, shown beside its amount in explanations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl Supplement {
    /// A product of `amount` `unit` of `nutrient` a day, with no form or label.
    pub fn new(nutrient: Nutrient, amount: f64, unit: Unit) -> Self {
        Self { nutrient, amount, unit, form: None, label: None }
    }

    /// The same product with a label.
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// The same product with a vitamin K2 form.
    #[must_use]
    pub fn with_form(mut self, form: K2Form) -> Self {
        self.form = Some(form);
        self
    }

    /// The amount converted to `unit`, if the units are compatible.
    pub fn amount_in(&self, unit: Unit) -> Option<f64> {
        self.unit.convert(self.amount, unit)
    }
}

/// The intake field that holds the total of `nutrient` from all sources.
pub fn total_field(nutrient: Nutrient) -> ProfileField {
    match nutrient {
        Nutrient::VitaminK2 => ProfileField::VitaminK2Intake,
        Nutrient::Magnesium => ProfileField::MagnesiumIntake,
        Nutrient::VitaminD => ProfileField::VitaminDIntake,
        Nutrient::Calcium => ProfileField::CalciumIntake,
        Nutrient::VitaminK1 => ProfileField::VitaminK1Intake,
        Nutrient::Phosphorus => ProfileField::PhosphorusIntake,
    }
}

/// The nutrient whose supplements count toward `field`, and whether they make it exact
/// (`intake.magnesium_supplement` is the supplemental part itself) or a lower bound (a total).
fn supplied_by(field: ProfileField) -> Option<(Nutrient, bool)> {
    // A match, not a search of `total_field`: the evaluator asks for every unreported field.
    let total = |n: Nutrient| Some((n, false));
    let r = match field {
        ProfileField::MagnesiumSupplement => Some((Nutrient::Magnesium, true)),
        ProfileField::VitaminK2Supplement => Some((Nutrient::VitaminK2, true)),
        ProfileField::CalciumSupplement => Some((Nutrient::Calcium, true)),
        ProfileField::VitaminK2Intake => total(Nutrient::VitaminK2),
        ProfileField::MagnesiumIntake => total(Nutrient::Magnesium),
        ProfileField::VitaminDIntake => total(Nutrient::VitaminD),
        ProfileField::CalciumIntake => total(Nutrient::Calcium),
        ProfileField::VitaminK1Intake => total(Nutrient::VitaminK1),
        ProfileField::PhosphorusIntake => total(Nutrient::Phosphorus),
        _ => None,
    };
    debug_assert!(r.is_none_or(|(n, exact)| exact || total_field(n) == field), "supplied_by and total_field disagree");
    r
}

/// What the profile tells about a quantity, in the field's canonical unit: exactly a value
/// (`low == high`), or a range such as "at least the supplements' sum" (`high` infinite).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// The least the quantity can be.
    pub low: f64,
    /// The most it can be (`f64::INFINITY` when unbounded).
    pub high: f64,
}

impl Interval {
    /// Exactly `value`.
    pub const fn exact(value: f64) -> Self {
        Self { low: value, high: value }
    }

    /// `value` or more.
    pub const fn at_least(value: f64) -> Self {
        Self { low: value, high: f64::INFINITY }
    }

    /// Whether the quantity is known exactly.
    pub fn is_exact(&self) -> bool {
        self.low == self.high
    }
}

/// The sum of the supplements of one nutrient, in the canonical unit of its intake field,
/// with the products it adds up.
#[derive(Clone, Debug, PartialEq)]
pub struct SupplementSum<'p> {
    /// The nutrient.
    pub nutrient: Nutrient,
    /// The sum, in [`unit`](Self::unit).
    pub total: f64,
    /// The canonical unit of the nutrient's intake field.
    pub unit: Unit,
    /// The products, with their index in `supplements`.
    pub parts: Vec<(usize, &'p Supplement)>,
}

impl Profile {
    /// The sum of the listed supplements of `nutrient` in the canonical unit of its intake
    /// field; `None` when none is listed. Amounts in a unit the nutrient does not accept are
    /// left out ([`validate`](Self::validate) refuses them).
    pub fn supplement_sum(&self, nutrient: Nutrient) -> Option<SupplementSum<'_>> {
        let unit = total_field(nutrient).canonical().map_or(Unit::Milligram, |(u, _)| u);
        let mut sum = SupplementSum { nutrient, total: 0.0, unit, parts: Vec::new() };
        for (i, s) in self.supplements.iter().enumerate().filter(|(_, s)| s.nutrient == nutrient) {
            sum.total += s.amount_in(unit).unwrap_or(0.0);
            sum.parts.push((i, s));
        }
        (!sum.parts.is_empty()).then_some(sum)
    }

    /// The sum without its parts (no allocation), for the evaluator.
    pub(crate) fn supplement_total(&self, nutrient: Nutrient, unit: Unit) -> Option<f64> {
        let mut listed = false;
        let mut total = 0.0;
        for s in self.supplements.iter().filter(|s| s.nutrient == nutrient) {
            listed = true;
            total += s.amount_in(unit).unwrap_or(0.0);
        }
        listed.then_some(total)
    }

    /// What the profile tells about a quantity field, in its canonical unit: exact when the
    /// field is reported (or, for `intake.magnesium_supplement`, when magnesium supplements
    /// are listed), at least the supplements' sum for a total intake that is not reported
    /// but has supplements listed, `None` when nothing is known.
    ///
    /// ```
    /// use calcification::{Interval, Profile, ProfileField};
    ///
    /// let p = Profile::from_json(r#"{"supplements": [{"nutrient": "calcium", "amount": 600, "unit": "mg"}]}"#)?;
    /// assert_eq!(p.interval(ProfileField::CalciumIntake), Some(Interval::at_least(600.0)));
    /// assert_eq!(p.interval(ProfileField::VitaminDIntake), None);
    /// # Ok::<(), calcification::ProfileError>(())
    /// ```
    pub fn interval(&self, field: ProfileField) -> Option<Interval> {
        self.reading(field).map(|(interval, _)| interval)
    }

    /// [`interval`](Self::interval) with the unit the value was given in (the canonical
    /// unit for a sum), reading the field once: what the evaluator stores per field.
    #[inline] // into `Evaluator::new`'s loop over the compared fields (BENCHMARKS.md)
    pub(crate) fn reading(&self, field: ProfileField) -> Option<(Interval, Unit)> {
        let canonical = field.canonical().map(|(unit, _)| unit);
        if let Some((value, unit)) = self.quantity_as_given(field) {
            let v = match canonical {
                Some(c) => field.convert(value, unit, c)?,
                None => value,
            };
            return Some((Interval::exact(v), unit));
        }
        let unit = canonical.unwrap_or(Unit::Microgram);
        self.interval_of_parts(field).map(|interval| (interval, unit))
    }

    /// What a field not reported itself is known to be from its parts: supplement sums, K1 + K2.
    #[inline(never)] // kept out of `reading`, which is inlined
    fn interval_of_parts(&self, field: ProfileField) -> Option<Interval> {
        match field {
            // A list: none listed is none taken.
            ProfileField::VitaminK2Supplement | ProfileField::CalciumSupplement => {
                let (nutrient, _) = supplied_by(field)?;
                let unit = field.canonical().map_or(Unit::Milligram, |(u, _)| u);
                return Some(Interval::exact(self.supplement_total(nutrient, unit).unwrap_or(0.0)));
            }
            // K1 + K2: a sum of what is known; one part unknown leaves it at least the other.
            ProfileField::VitaminKIntake => {
                let k1 = self.interval(ProfileField::VitaminK1Intake);
                let k2 = self.interval(ProfileField::VitaminK2Intake);
                return match (k1, k2) {
                    (Some(a), Some(b)) => Some(Interval { low: a.low + b.low, high: a.high + b.high }),
                    (Some(one), None) | (None, Some(one)) => Some(Interval::at_least(one.low)),
                    (None, None) => None,
                };
            }
            _ => {}
        }
        let (nutrient, exact) = supplied_by(field)?;
        let unit = field.canonical().map_or(Unit::Milligram, |(u, _)| u);
        let total = self.supplement_total(nutrient, unit)?;
        Some(if exact { Interval::exact(total) } else { Interval::at_least(total) })
    }

    /// The supplement sum a field's value comes from, when it comes from one (the field
    /// itself not reported).
    pub fn sum_behind(&self, field: ProfileField) -> Option<SupplementSum<'_>> {
        if self.quantity_as_given(field).is_some() {
            return None;
        }
        self.supplement_sum(supplied_by(field)?.0)
    }
}

/// Checks the list: each unit fits its nutrient, each amount is in range, forms only for
/// vitamin K2, no nutrient's supplements above its reported total, supplemental magnesium
/// not given twice.
pub(super) fn validate(profile: &Profile) -> Result<(), crate::ProfileError> {
    use super::{QUANTITY_LIMITS, check_quantity, invalid};
    for (i, s) in profile.supplements.iter().enumerate() {
        let field = total_field(s.nutrient);
        let max = QUANTITY_LIMITS.iter().find(|(f, ..)| *f == field).and_then(|(_, u, max)| u.convert(*max, s.unit));
        let fits = field.accepted_units().contains(&s.unit);
        if !(fits && s.amount.is_finite() && s.amount >= 0.0 && max.is_some_and(|max| s.amount <= max)) {
            // Paths and messages are built only on failure (validation allocates nothing).
            check_quantity(&format!("supplements[{i}]"), field, s.amount, s.unit, max)?;
        }
        if let Some(form) = s.form.filter(|_| s.nutrient != Nutrient::VitaminK2) {
            return Err(invalid(
                &format!("supplements[{i}].form"),
                format!("expected no form for {} (forms are for vitamin_k2), found {:?}", s.nutrient.id(), form.id()),
            ));
        }
    }
    for nutrient in Nutrient::all() {
        let field = total_field(nutrient);
        let unit = field.canonical().map_or(Unit::Milligram, |(u, _)| u);
        let (Some(sum), Some(total)) = (profile.supplement_total(nutrient, unit), profile.canonical(field)) else {
            continue;
        };
        // Within rounding of the unit conversions.
        if sum > total * (1.0 + 1e-9) {
            let unit = unit.id();
            return Err(invalid(
                "supplements",
                format!(
                    "expected the {} supplements to add up to at most {} (the total from all sources, {} {unit}), found {} {unit}",
                    nutrient.id(),
                    field.id(),
                    crate::reference::trim_number(total),
                    crate::reference::trim_number(sum),
                ),
            ));
        }
    }
    let listed = profile.supplements.iter().position(|s| s.nutrient == Nutrient::Magnesium);
    if let (Some(i), true) = (listed, profile.quantity_as_given(ProfileField::MagnesiumSupplement).is_some()) {
        return Err(invalid(
            ProfileField::MagnesiumSupplement.id(),
            format!(
                "expected supplemental magnesium once, found it both here and in supplements[{i}] (list it in one place)"
            ),
        ));
    }
    Ok(())
}
