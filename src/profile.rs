//! A person's profile: the input document of an assessment (JSON contract v1).
//!
//! Every field is optional; an absent field (or `null`) means "not reported", and rules
//! that need it are *not assessed*. An absent list means none reported. Unknown fields,
//! arrays in place of objects, duplicate keys, trailing data, numbers out of range and
//! units that do not fit the nutrient or lab are errors that name the JSON path.

use std::fmt;
use std::io::Read;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, Expected, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::calcification::CalcificationKind;
use crate::clinical::{Condition, Medication};
use crate::error::{ProfileError, RangeError};
use crate::intervention::Intervention;
use crate::lifestyle::Diet;
use crate::reference::{LifeStage, ReproductiveStatus, Sex};
use crate::term::{Term, vocabulary};
use crate::units::Unit;

/// The largest document [`Profile::from_json`] and friends read: 1 MiB.
pub const MAX_PROFILE_BYTES: usize = 1 << 20;

/// An inclusive numeric range a field must lie in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// The unit of the bounds, for messages.
    pub unit: &'static str,
}

impl Bounds {
    /// Checks that `value` is finite and within the bounds.
    ///
    /// # Errors
    /// [`RangeError`] with the value and the bounds.
    pub fn check(&self, value: f64) -> Result<f64, RangeError> {
        if value.is_finite() && value >= self.min && value <= self.max {
            Ok(value)
        } else {
            Err(RangeError { value, min: self.min, max: self.max, unit: self.unit })
        }
    }
}

/// `age_years`: 0 to 130 years (fractional for infants).
pub const AGE_YEARS: Bounds = Bounds { min: 0.0, max: 130.0, unit: "years" };
/// `fluid_litres_per_day`: 0 to 20 L.
pub const FLUID_LITRES_PER_DAY: Bounds = Bounds { min: 0.0, max: 20.0, unit: "L/day" };
/// `activity_minutes_per_week`: 0 to 10,080 minutes (every minute of the week).
pub const ACTIVITY_MINUTES_PER_WEEK: Bounds = Bounds { min: 0.0, max: 10080.0, unit: "min/week" };

vocabulary! {
    /// A field of the profile, by its JSON path; what a rule that could not be assessed
    /// needed.
    pub enum ProfileField in "profile_field" {
        /// Age in years.
        AgeYears = "age_years", "Age";
        /// Sex.
        Sex = "sex", "Sex";
        /// Vitamin D intake (food and supplements).
        VitaminDIntake = "intake.vitamin_d", "Vitamin D intake";
        /// Vitamin K2 intake.
        VitaminK2Intake = "intake.vitamin_k2", "Vitamin K2 intake";
        /// Total magnesium intake from all sources.
        MagnesiumIntake = "intake.magnesium", "Magnesium intake";
        /// Magnesium from supplements and medicines alone.
        MagnesiumSupplement = "intake.magnesium_supplement", "Supplemental magnesium";
        /// Calcium intake (food and supplements).
        CalciumIntake = "intake.calcium", "Calcium intake";
        /// Total serum calcium.
        SerumCalcium = "labs.serum_calcium", "Serum calcium";
        /// Serum 25-hydroxyvitamin D.
        Serum25HydroxyvitaminD = "labs.serum_25_hydroxyvitamin_d", "Serum 25(OH)D";
        /// Fluid from drinks, litres per day.
        FluidLitresPerDay = "fluid_litres_per_day", "Fluid intake";
        /// Moderate-equivalent physical activity, minutes per week.
        ActivityMinutesPerWeek = "activity_minutes_per_week", "Physical activity";
        /// Overall diet pattern.
        Diet = "diet", "Diet";
    }
}

/// Units a quantity field accepts, for errors and schemas.
pub trait AcceptedUnits {
    /// The accepted units, canonical first.
    const UNITS: &'static [Unit];
}

macro_rules! unit_set {
    ($(#[$m:meta])* $name:ident = [$($u:ident),+]) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct $name;
        impl AcceptedUnits for $name {
            const UNITS: &'static [Unit] = &[$(Unit::$u),+];
        }
    };
}

unit_set!(
    /// Mass units: `ug`, `mg`, `g`.
    MassUnits = [Microgram, Milligram, Gram]
);
unit_set!(
    /// Vitamin D units: mass units and `[iU]`.
    VitaminDUnits = [Microgram, Milligram, Gram, InternationalUnit]
);
unit_set!(
    /// Serum calcium units: `mg/dL`, `mmol/L`.
    SerumCalciumUnits = [MilligramPerDecilitre, MillimolePerLitre]
);
unit_set!(
    /// Serum 25-hydroxyvitamin D units: `ng/mL`, `nmol/L`.
    CalcidiolUnits = [NanogramPerMillilitre, NanomolePerLitre]
);

fn expected_units<A: AcceptedUnits>() -> String {
    A::UNITS.iter().map(|u| u.id()).collect::<Vec<_>>().join(", ")
}

/// A JSON string as an error message shows it: escaped (so the message stays on one line)
/// and cut after 40 characters.
fn quoted(s: &str) -> String {
    match s.char_indices().nth(40) {
        None => format!("{s:?}"),
        Some((cut, _)) => {
            let mut head = s[..cut].to_owned();
            head.push('…');
            format!("{head:?} ({} bytes)", s.len())
        }
    }
}

/// serde_json refuses a number beyond the range of `f64` (such as `1e400`) with a
/// context-free "number out of range" before any visitor sees it; this says what the field
/// expected instead. Every deserialiser of the profile wraps its errors with it.
fn overflow<'de, E: de::Error>(expected: impl Visitor<'de>) -> impl FnOnce(E) -> E {
    move |e| {
        if e.to_string().starts_with("number out of range") {
            E::custom(format_args!(
                "expected {}, found a number too large for a 64-bit float",
                &expected as &dyn Expected
            ))
        } else {
            e
        }
    }
}

/// A unit code (or alias) that must be one of `A`'s units.
struct UnitIn<A>(Unit, std::marker::PhantomData<A>);

#[derive(Clone, Copy)]
struct UnitVisitor<A>(std::marker::PhantomData<A>);

impl<'de, A: AcceptedUnits> Visitor<'de> for UnitVisitor<A> {
    type Value = Unit;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "one of {}", expected_units::<A>())
    }
    fn visit_str<E: de::Error>(self, code: &str) -> Result<Unit, E> {
        Unit::from_code_or_alias(code)
            .filter(|u| A::UNITS.contains(u))
            .ok_or_else(|| E::custom(format_args!("expected one of {}, found {}", expected_units::<A>(), quoted(code))))
    }
}

impl<'de, A: AcceptedUnits + Copy> Deserialize<'de> for UnitIn<A> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let visitor = UnitVisitor::<A>(std::marker::PhantomData);
        deserializer.deserialize_str(visitor).map(|u| UnitIn(u, std::marker::PhantomData)).map_err(overflow(visitor))
    }
}

/// A finite number at least 0 (an amount or a lab value).
#[derive(Clone, Copy)]
struct NonNegative;

impl<'de> Visitor<'de> for NonNegative {
    type Value = f64;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a finite number greater than or equal to 0")
    }
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<f64, E> {
        if value.is_finite() && value >= 0.0 {
            Ok(value)
        } else {
            Err(E::custom(format_args!("expected {}, found {value}", &self as &dyn Expected)))
        }
    }
    fn visit_i64<E: de::Error>(self, value: i64) -> Result<f64, E> {
        self.visit_f64(value as f64)
    }
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<f64, E> {
        self.visit_f64(value as f64)
    }
}

fn non_negative<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
    deserializer.deserialize_f64(NonNegative).map_err(overflow(NonNegative))
}

/// An optional number within its bounds; `null` is absent.
#[derive(Clone, Copy)]
struct InBounds(Bounds);

impl<'de> Visitor<'de> for InBounds {
    type Value = Option<f64>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a number from {} to {} {}", self.0.min, self.0.max, self.0.unit)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_f64(self)
    }
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        self.0.check(value).map(Some).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        self.visit_f64(value as f64)
    }
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        self.visit_f64(value as f64)
    }
}

macro_rules! bounded_field {
    ($name:ident, $bounds:expr) => {
        fn $name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
            let visitor = InBounds($bounds);
            deserializer.deserialize_option(visitor).map_err(overflow(visitor))
        }
    };
}

bounded_field!(age_years, AGE_YEARS);
bounded_field!(fluid_litres, FLUID_LITRES_PER_DAY);
bounded_field!(activity_minutes, ACTIVITY_MINUTES_PER_WEEK);

/// One id of vocabulary `T` from a JSON string; its error lists the ids the field accepts
/// (serde's derived enum parser reports a number or `null` as a JSON syntax error).
struct IdVisitor<T> {
    /// What the accepted ids are, said before "one of …" (e.g. "an ectopic calcification kind, ").
    what: &'static str,
    /// Why an id of the vocabulary is refused in this field, if it is.
    refuse: fn(T) -> Option<&'static str>,
}

impl<T> Clone for IdVisitor<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for IdVisitor<T> {}

impl<T: Term> IdVisitor<T> {
    /// Every id of the vocabulary.
    const ANY: Self = Self { what: "", refuse: |_| None };

    fn accepted(self) -> String {
        T::all().filter(|t| (self.refuse)(*t).is_none()).map(Term::id).collect::<Vec<_>>().join(", ")
    }
}

impl<'de, T: Term> Visitor<'de> for IdVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}one of {}", self.what, self.accepted())
    }
    fn visit_str<E: de::Error>(self, id: &str) -> Result<T, E> {
        match T::from_id(id) {
            Some(t) if (self.refuse)(t).is_none() => Ok(t),
            t => {
                let why = t.and_then(self.refuse).map(|why| format!(" ({why})")).unwrap_or_default();
                Err(E::custom(format_args!("expected {}, found {}{why}", &self as &dyn Expected, quoted(id))))
            }
        }
    }
}

impl<'de, T: Term> DeserializeSeed<'de> for IdVisitor<T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_str(self).map_err(overflow(self))
    }
}

/// An optional id (`sex`, `reproductive_status`, `diet`); `null` is absent.
fn optional_id<'de, D: Deserializer<'de>, T: Term>(deserializer: D) -> Result<Option<T>, D::Error> {
    #[derive(Clone, Copy)]
    struct Optional<T>(IdVisitor<T>);
    impl<'de, T: Term> Visitor<'de> for Optional<T> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.expecting(f)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            self.0.deserialize(deserializer).map(Some)
        }
    }
    deserializer.deserialize_option(Optional(IdVisitor::ANY))
}

/// An optional array of ids; `null` is the same as absent (none reported).
#[derive(Clone, Copy)]
struct IdList<T>(IdVisitor<T>);

impl<'de, T: Term> Visitor<'de> for IdList<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of ids, each {}", &self.0 as &dyn Expected)
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Self::Value, S::Error> {
        let mut ids = Vec::new();
        while let Some(id) = seq.next_element_seed(self.0)? {
            ids.push(id);
        }
        Ok(ids)
    }
}

fn id_list<'de, D: Deserializer<'de>, T: Term>(deserializer: D) -> Result<Vec<T>, D::Error> {
    let visitor = IdList(IdVisitor::ANY);
    deserializer.deserialize_option(visitor).map_err(overflow(visitor))
}

/// Implements `Deserialize` for a struct derived with `#[serde(remote = "Self")]` so that
/// only a JSON object is accepted (serde's derive also accepts an array).
macro_rules! object_only {
    ($ty:ident, $what:literal) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                #[derive(Clone, Copy)]
                struct ObjectVisitor;
                impl<'de> Visitor<'de> for ObjectVisitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a JSON object (", $what, ")"))
                    }
                    fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<$ty, M::Error> {
                        $ty::deserialize(de::value::MapAccessDeserializer::new(map))
                    }
                }
                deserializer.deserialize_map(ObjectVisitor).map_err(overflow(ObjectVisitor))
            }
        }

        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $ty::serialize(self, serializer)
            }
        }
    };
}

/// An amount of a nutrient taken per day, with its UCUM unit.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "Dose"))]
pub struct Dose {
    /// Amount per day: finite and at least 0 (the field's maximum depends on the unit).
    #[serde(deserialize_with = "non_negative")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0)))]
    pub amount: f64,
    /// UCUM unit code: `ug`, `mg`, `g`; `[iU]` for vitamin D only. Accepted aliases on input:
    /// `mcg`, `µg` (for `ug`); `[IU]`, `IU` (for `[iU]`).
    pub unit: Unit,
}
object_only!(Dose, "an intake with amount and unit");

impl Dose {
    /// A dose of `amount` in `unit`.
    pub const fn new(amount: f64, unit: Unit) -> Self {
        Self { amount, unit }
    }

    /// The amount expressed in `unit`; `None` if the units measure different things.
    pub fn amount_in(&self, unit: Unit) -> Option<f64> {
        self.unit.convert(self.amount, unit)
    }
}

/// A laboratory value with its UCUM unit.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "LabValue"))]
pub struct LabValue {
    /// The measured value: finite and at least 0.
    #[serde(deserialize_with = "non_negative")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0)))]
    pub value: f64,
    /// UCUM unit code: `mg/dL` or `mmol/L` for serum calcium, `ng/mL` or `nmol/L` for
    /// 25-hydroxyvitamin D.
    pub unit: Unit,
}
object_only!(LabValue, "a lab value with value and unit");

impl LabValue {
    /// A value in `unit`.
    pub const fn new(value: f64, unit: Unit) -> Self {
        Self { value, unit }
    }

    /// The value expressed in `unit`; `None` if the units measure different things.
    pub fn value_in(&self, unit: Unit) -> Option<f64> {
        self.unit.convert(self.value, unit)
    }
}

macro_rules! quantity_field {
    ($fn_name:ident, $ty:ident, $units:ty, $inner:ident) => {
        fn $fn_name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<$ty>, D::Error> {
            // Both fields default so that a missing one is reported with what it expects.
            #[derive(Deserialize)]
            #[serde(deny_unknown_fields)]
            struct Checked {
                #[serde(default, deserialize_with = "present_non_negative")]
                $inner: Option<f64>,
                #[serde(default, deserialize_with = "present")]
                unit: Option<UnitIn<$units>>,
            }
            #[derive(Clone, Copy)]
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Option<$ty>;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    write!(
                        f,
                        concat!("a JSON object with ", stringify!($inner), " and unit (one of {})"),
                        expected_units::<$units>()
                    )
                }
                fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                    Ok(None)
                }
                fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                    Ok(None)
                }
                fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
                    d.deserialize_map(self)
                }
                fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
                    let c = Checked::deserialize(de::value::MapAccessDeserializer::new(map))?;
                    match (c.$inner, c.unit) {
                        (Some($inner), Some(unit)) => Ok(Some($ty { $inner, unit: unit.0 })),
                        (None, _) => Err(de::Error::custom(format_args!(
                            concat!("missing field \"", stringify!($inner), "\": expected {}"),
                            &NonNegative as &dyn Expected
                        ))),
                        (_, None) => Err(de::Error::custom(format_args!(
                            "missing field \"unit\": expected one of {}",
                            expected_units::<$units>()
                        ))),
                    }
                }
            }
            deserializer.deserialize_option(V).map_err(overflow(V))
        }
    };
}

fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

fn present_non_negative<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    non_negative(deserializer).map(Some)
}

quantity_field!(vitamin_d_dose, Dose, VitaminDUnits, amount);
quantity_field!(mass_dose, Dose, MassUnits, amount);
quantity_field!(serum_calcium_lab, LabValue, SerumCalciumUnits, value);
quantity_field!(calcidiol_lab, LabValue, CalcidiolUnits, value);

/// Daily intakes, each optional.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "Intake"))]
pub struct Intake {
    /// Vitamin D from food and supplements (`ug`, `mg`, `g` or `[iU]`; 1 µg = 40 IU).
    #[serde(default, deserialize_with = "vitamin_d_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::schema::vitamin_d_dose_schema"))]
    pub vitamin_d: Option<Dose>,
    /// Vitamin K2 (menaquinones) from food and supplements.
    #[serde(default, deserialize_with = "mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::schema::vitamin_k2_dose_schema"))]
    pub vitamin_k2: Option<Dose>,
    /// Total magnesium from all sources (food, water, supplements).
    #[serde(default, deserialize_with = "mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::schema::magnesium_dose_schema"))]
    pub magnesium: Option<Dose>,
    /// Magnesium from supplements and medicines alone (the part the UL applies to); at most
    /// `magnesium` when both are given.
    #[serde(default, deserialize_with = "mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::schema::magnesium_supplement_dose_schema"))]
    pub magnesium_supplement: Option<Dose>,
    /// Calcium from food and supplements.
    #[serde(default, deserialize_with = "mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::schema::calcium_dose_schema"))]
    pub calcium: Option<Dose>,
}
object_only!(Intake, "daily intakes");

/// Laboratory values, each optional.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "Labs"))]
pub struct Labs {
    /// Total serum calcium (`mg/dL` or `mmol/L`; 1 mmol/L = 4.008 mg/dL).
    #[serde(default, deserialize_with = "serum_calcium_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::schema::serum_calcium_schema"))]
    pub serum_calcium: Option<LabValue>,
    /// Serum 25-hydroxyvitamin D (`ng/mL` or `nmol/L`; 1 ng/mL = 2.496 nmol/L).
    #[serde(default, deserialize_with = "calcidiol_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::schema::calcidiol_schema"))]
    pub serum_25_hydroxyvitamin_d: Option<LabValue>,
}
object_only!(Labs, "lab values");

/// A person's profile, the input of an assessment. Every field is optional.
///
/// ```
/// use calcification::{Profile, Sex};
///
/// let p = Profile::from_json(r#"{"age_years": 52, "sex": "female", "intake": {"vitamin_d": {"amount": 5000, "unit": "IU"}}}"#)?;
/// assert_eq!(p.sex, Some(Sex::Female));
/// # Ok::<(), calcification::ProfileError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(
    feature = "schema",
    derive(schemars::JsonSchema),
    schemars(rename = "Profile", transform = crate::schema::no_pregnancy_when_male)
)]
pub struct Profile {
    /// Age in years, 0 to 130; fractional for infants (0.25 = 3 months).
    #[serde(default, deserialize_with = "age_years", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = AGE_YEARS.min, max = AGE_YEARS.max)))]
    pub age_years: Option<f64>,
    /// Sex, as the reference tables split by it.
    #[serde(default, deserialize_with = "optional_id", skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Pregnancy or lactation; absent means neither. Not allowed with sex `male`.
    #[serde(default, deserialize_with = "optional_id", skip_serializing_if = "Option::is_none")]
    pub reproductive_status: Option<ReproductiveStatus>,
    /// Daily intakes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intake: Option<Intake>,
    /// Laboratory values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labs: Option<Labs>,
    /// Fluid from drinks, litres per day, 0 to 20.
    #[serde(default, deserialize_with = "fluid_litres", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = FLUID_LITRES_PER_DAY.min, max = FLUID_LITRES_PER_DAY.max)))]
    pub fluid_litres_per_day: Option<f64>,
    /// Aerobic activity in moderate-intensity-equivalent minutes per week (1 vigorous minute
    /// counts as 2), 0 to 10080.
    #[serde(default, deserialize_with = "activity_minutes", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(range(min = ACTIVITY_MINUTES_PER_WEEK.min, max = ACTIVITY_MINUTES_PER_WEEK.max))
    )]
    pub activity_minutes_per_week: Option<f64>,
    /// Overall diet pattern.
    #[serde(default, deserialize_with = "optional_id", skip_serializing_if = "Option::is_none")]
    pub diet: Option<Diet>,
    /// Medications taken (absent or `null`: none reported).
    #[serde(default, deserialize_with = "id_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Medication>>"))]
    pub medications: Vec<Medication>,
    /// Diagnosed conditions (absent or `null`: none reported).
    #[serde(default, deserialize_with = "id_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Condition>>"))]
    pub conditions: Vec<Condition>,
    /// Diagnosed ectopic calcifications (absent or `null`: none reported). Skeletal and
    /// dental calcification are physiological and refused here.
    #[serde(default, deserialize_with = "ectopic_kinds", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::schema::ectopic_kinds_schema"))]
    pub diagnosed_calcifications: Vec<CalcificationKind>,
    /// Interventions being considered (absent or `null`: none reported).
    #[serde(default, deserialize_with = "id_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Intervention>>"))]
    pub considering: Vec<Intervention>,
}
object_only!(Profile, "a profile");

/// The ids `diagnosed_calcifications` accepts: ectopic kinds only (one rule for the parser and
/// [`Profile::validate`]).
const ECTOPIC_KIND: IdVisitor<CalcificationKind> = IdVisitor {
    what: "an ectopic calcification kind, ",
    refuse: |kind: CalcificationKind| (!kind.is_ectopic()).then_some("physiological"),
};

fn ectopic_kinds<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<CalcificationKind>, D::Error> {
    let visitor = IdList(ECTOPIC_KIND);
    deserializer.deserialize_option(visitor).map_err(overflow(visitor))
}

/// Canonical units the rules compare in, per quantity field, with the field's maximum in
/// that unit (generous physiological limits, so typing errors are caught).
pub(crate) const QUANTITY_LIMITS: &[(ProfileField, Unit, f64)] = &[
    (ProfileField::VitaminDIntake, Unit::Microgram, 50_000.0),
    (ProfileField::VitaminK2Intake, Unit::Microgram, 100_000.0),
    (ProfileField::MagnesiumIntake, Unit::Milligram, 10_000.0),
    (ProfileField::MagnesiumSupplement, Unit::Milligram, 10_000.0),
    (ProfileField::CalciumIntake, Unit::Milligram, 20_000.0),
    (ProfileField::SerumCalcium, Unit::MilligramPerDecilitre, 30.0),
    (ProfileField::Serum25HydroxyvitaminD, Unit::NanogramPerMillilitre, 2_000.0),
];

/// [`QUANTITY_LIMITS`] indexed by field, built at compile time.
const CANONICAL_BY_FIELD: [Option<(Unit, f64)>; <ProfileField as strum::EnumCount>::COUNT] = {
    let mut table = [None; <ProfileField as strum::EnumCount>::COUNT];
    let mut i = 0;
    while i < QUANTITY_LIMITS.len() {
        let (field, unit, max) = QUANTITY_LIMITS[i];
        table[field as usize] = Some((unit, max));
        i += 1;
    }
    table
};

impl ProfileField {
    /// For quantity fields: the canonical unit rules compare in and the largest accepted
    /// value in that unit.
    pub fn canonical(self) -> Option<(Unit, f64)> {
        CANONICAL_BY_FIELD[self as usize]
    }

    /// The largest accepted value when given in `unit` (the canonical maximum converted);
    /// `None` for fields without a maximum or units that do not fit.
    pub fn max_in(self, unit: Unit) -> Option<f64> {
        let (canonical, max) = self.canonical()?;
        canonical.convert(max, unit)
    }

    /// The units the field accepts, canonical first (empty for fields without units).
    pub fn accepted_units(self) -> &'static [Unit] {
        match self {
            Self::VitaminDIntake => VitaminDUnits::UNITS,
            Self::VitaminK2Intake | Self::MagnesiumIntake | Self::MagnesiumSupplement | Self::CalciumIntake => {
                MassUnits::UNITS
            }
            Self::SerumCalcium => SerumCalciumUnits::UNITS,
            Self::Serum25HydroxyvitaminD => CalcidiolUnits::UNITS,
            _ => &[],
        }
    }
}

impl Profile {
    /// Parses and validates a profile from JSON text.
    ///
    /// # Errors
    /// [`ProfileError`] naming the JSON path and what was expected; documents larger than
    /// [`MAX_PROFILE_BYTES`] are refused unread.
    ///
    /// ```
    /// use calcification::Profile;
    ///
    /// let err = Profile::from_json(r#"{"intake": {"magnesium": {"amount": 300, "unit": "[iU]"}}}"#).unwrap_err();
    /// assert_eq!(err.to_string(), r#"intake.magnesium.unit: expected one of ug, mg, g, found "[iU]""#);
    /// ```
    pub fn from_json(json: &str) -> Result<Profile, ProfileError> {
        Self::from_json_slice(json.as_bytes())
    }

    /// Like [`from_json`](Self::from_json), from bytes (which must be UTF-8).
    ///
    /// # Errors
    /// As [`from_json`](Self::from_json), plus [`ProfileError::Syntax`] for bytes that are
    /// not UTF-8.
    pub fn from_json_slice(bytes: &[u8]) -> Result<Profile, ProfileError> {
        if bytes.len() > MAX_PROFILE_BYTES {
            return Err(ProfileError::TooLarge { size: bytes.len(), limit: MAX_PROFILE_BYTES });
        }
        if let Err(e) = std::str::from_utf8(bytes) {
            let (line, column) = position(bytes, e.valid_up_to());
            let message = format!("expected UTF-8 text, found byte {:#04x}", bytes[e.valid_up_to()]);
            return Err(ProfileError::Syntax { line, column, message });
        }
        if bytes.iter().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            let found = if bytes.is_empty() { "empty input" } else { "only whitespace" };
            return Err(ProfileError::Syntax {
                line: 1,
                column: 1,
                message: format!("expected a JSON object, found {found}"),
            });
        }
        let profile: Profile = parse_document(bytes)?;
        profile.validate()?;
        Ok(profile)
    }

    /// Reads at most [`MAX_PROFILE_BYTES`] from `reader` and parses them as a profile.
    ///
    /// # Errors
    /// [`ProfileError::TooLarge`] if the input is longer (it is not read further),
    /// [`ProfileError::Io`] if reading fails, else as [`from_json_slice`](Self::from_json_slice).
    pub fn from_reader(reader: impl Read) -> Result<Profile, ProfileError> {
        let mut buf = Vec::new();
        reader
            .take(MAX_PROFILE_BYTES as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| ProfileError::Io { message: e.to_string() })?;
        if buf.len() > MAX_PROFILE_BYTES {
            return Err(ProfileError::TooLarge { size: buf.len(), limit: MAX_PROFILE_BYTES });
        }
        Self::from_json_slice(&buf)
    }

    /// Serialises the profile as JSON (units as their UCUM codes).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a profile always serialises")
    }

    /// Checks what serde cannot: each quantity within its maximum (in any unit), no
    /// pregnancy or lactation with sex `male`, every number finite and in range. (A
    /// supplemental magnesium above the total is accepted as given, as in the contract's
    /// own example: the RDA rule reads the total, the UL and kidney rules the supplement.) [`from_json`](Self::from_json) calls it;
    /// call it on profiles built in Rust.
    ///
    /// # Errors
    /// [`ProfileError::Invalid`] naming the field.
    pub fn validate(&self) -> Result<(), ProfileError> {
        let check = |field: &str, bounds: Bounds, value: Option<f64>| {
            value.map(|v| bounds.check(v)).transpose().map_err(|e| invalid(field, e.to_string()))
        };
        check(ProfileField::AgeYears.id(), AGE_YEARS, self.age_years)?;
        check(ProfileField::FluidLitresPerDay.id(), FLUID_LITRES_PER_DAY, self.fluid_litres_per_day)?;
        check(ProfileField::ActivityMinutesPerWeek.id(), ACTIVITY_MINUTES_PER_WEEK, self.activity_minutes_per_week)?;
        if self.sex == Some(Sex::Male) && self.reproductive_status.is_some() {
            let status = self.reproductive_status.map_or("", |s| s.id());
            return Err(invalid(
                "reproductive_status",
                format!("expected no pregnancy or lactation with sex \"male\", found {status:?}"),
            ));
        }
        for (i, kind) in self.diagnosed_calcifications.iter().enumerate() {
            if let Err(e) = ECTOPIC_KIND.visit_str::<de::value::Error>(kind.id()) {
                return Err(invalid(&format!("diagnosed_calcifications[{i}]"), e.to_string()));
            }
        }
        for &(field, canonical, max) in QUANTITY_LIMITS {
            if let Some((amount, unit)) = self.quantity_as_given(field) {
                check_quantity(field, amount, unit, canonical.convert(max, unit))?;
            }
        }
        Ok(())
    }

    /// The value of a quantity field as given (amount or value, and unit).
    pub fn quantity_as_given(&self, field: ProfileField) -> Option<(f64, Unit)> {
        let intake = self.intake.as_ref();
        let labs = self.labs.as_ref();
        let dose = |d: Option<&Dose>| d.map(|d| (d.amount, d.unit));
        let lab = |l: Option<&LabValue>| l.map(|l| (l.value, l.unit));
        match field {
            ProfileField::VitaminDIntake => dose(intake.and_then(|i| i.vitamin_d.as_ref())),
            ProfileField::VitaminK2Intake => dose(intake.and_then(|i| i.vitamin_k2.as_ref())),
            ProfileField::MagnesiumIntake => dose(intake.and_then(|i| i.magnesium.as_ref())),
            ProfileField::MagnesiumSupplement => dose(intake.and_then(|i| i.magnesium_supplement.as_ref())),
            ProfileField::CalciumIntake => dose(intake.and_then(|i| i.calcium.as_ref())),
            ProfileField::SerumCalcium => lab(labs.and_then(|l| l.serum_calcium.as_ref())),
            ProfileField::Serum25HydroxyvitaminD => lab(labs.and_then(|l| l.serum_25_hydroxyvitamin_d.as_ref())),
            ProfileField::FluidLitresPerDay => self.fluid_litres_per_day.map(|v| (v, Unit::LitrePerDay)),
            ProfileField::ActivityMinutesPerWeek => self.activity_minutes_per_week.map(|v| (v, Unit::MinutePerWeek)),
            ProfileField::AgeYears | ProfileField::Sex | ProfileField::Diet => None,
        }
    }

    /// A quantity field converted to the unit rules compare in (µg, mg, mg/dL, ng/mL, L/day,
    /// min/week); `None` when not reported.
    pub fn canonical(&self, field: ProfileField) -> Option<f64> {
        let (value, unit) = self.quantity_as_given(field)?;
        match field.canonical() {
            Some((canonical, _)) => unit.convert(value, canonical),
            None => Some(value),
        }
    }

    /// The life stage reference values are looked up for.
    pub fn life_stage(&self) -> LifeStage {
        LifeStage { age_years: self.age_years, sex: self.sex, reproductive_status: self.reproductive_status }
    }

    /// Whether `field` was reported.
    pub fn has(&self, field: ProfileField) -> bool {
        match field {
            ProfileField::AgeYears => self.age_years.is_some(),
            ProfileField::Sex => self.sex.is_some(),
            ProfileField::Diet => self.diet.is_some(),
            _ => self.quantity_as_given(field).is_some(),
        }
    }
}

/// Checks a quantity's unit and range; `max` is the field's maximum in `unit` (`None` when the
/// unit does not fit the field). Paths and messages are built only on failure.
fn check_quantity(field: ProfileField, amount: f64, unit: Unit, max: Option<f64>) -> Result<(), ProfileError> {
    let accepted = field.accepted_units();
    let Some(max) = max.filter(|_| accepted.contains(&unit)) else {
        let accepted: Vec<_> = accepted.iter().map(|u| u.id()).collect();
        return Err(invalid(
            &format!("{}.unit", field.id()),
            format!("expected one of {}, found {:?}", accepted.join(", "), unit.id()),
        ));
    };
    if amount.is_finite() && amount >= 0.0 && amount <= max {
        return Ok(());
    }
    let amount_key = if field.id().starts_with("labs.") { "value" } else { "amount" };
    Err(invalid(
        &format!("{}.{amount_key}", field.id()),
        RangeError { value: amount, min: 0.0, max: crate::reference::round_sig(max), unit: unit.id() }.to_string(),
    ))
}

fn invalid(path: &str, message: String) -> ProfileError {
    ProfileError::Invalid { path: path.to_owned(), message }
}

/// Deserialises one JSON document into `T`, tracking the path of any error.
pub(crate) fn parse_document<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ProfileError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let (error, path) = match serde_path_to_error::deserialize(&mut de) {
        Ok(value) => match de.end() {
            Ok(()) => return Ok(value),
            Err(e) => (e, None),
        },
        Err(e) => {
            let path = json_path(e.path());
            (e.into_inner(), path)
        }
    };
    // The typed pass stops at the first value of an unexpected type, which may come before a
    // syntax error; a syntax error anywhere is reported first. The check is iterative, so
    // deep nesting cannot overflow the stack.
    if let Err(syntax) = serde_json::from_slice::<de::IgnoredAny>(bytes) {
        let (line, column) = (syntax.line(), syntax.column());
        let message = describe_syntax_message(&without_position(&syntax), char_at(bytes, line, column));
        return Err(ProfileError::Syntax { line, column, message });
    }
    Err(ProfileError::Invalid {
        path: path.unwrap_or_else(|| "profile".to_owned()),
        message: describe_serde_message(&without_position(&error)),
    })
}

/// A JSON path such as `intake.vitamin_d.amount` or `medications[1]`; `None` for the
/// document itself. A key that is not a plain identifier is written `["quoted"]`.
fn json_path(path: &serde_path_to_error::Path) -> Option<String> {
    use serde_path_to_error::Segment;
    use std::fmt::Write;
    let mut out = String::new();
    for segment in path {
        let key = match segment {
            Segment::Seq { index } => {
                let _ = write!(out, "[{index}]");
                continue;
            }
            Segment::Map { key } | Segment::Enum { variant: key } => key.as_str(),
            Segment::Unknown => "?",
        };
        let plain =
            (1..=40).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || b"_?".contains(&b));
        if plain {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(key);
        } else {
            let _ = write!(out, "[{}]", quoted(key));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// serde_json's message without its " at line L column C" suffix.
fn without_position(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

/// The character at a 1-based line and byte column, where serde_json points at the
/// character it could not accept.
fn char_at(bytes: &[u8], line: usize, column: usize) -> Option<char> {
    let text = std::str::from_utf8(bytes).ok()?;
    let start: usize = text.split_inclusive('\n').take(line.checked_sub(1)?).map(str::len).sum();
    text.get(start + column.checked_sub(1)?..)?.chars().next()
}

/// Rewrites serde_json's syntax messages in the crate's style; `at` is the character the
/// error points at.
fn describe_syntax_message(message: &str, at: Option<char>) -> String {
    let expected = match message {
        "EOF while parsing a value" => return "expected a JSON value, found the end of the input".to_owned(),
        "EOF while parsing a list" => return "expected the rest of an array, found the end of the input".to_owned(),
        "EOF while parsing an object" => {
            return "expected the rest of an object, found the end of the input".to_owned();
        }
        "EOF while parsing a string" => return "expected the rest of a string, found the end of the input".to_owned(),
        "recursion limit exceeded" => return "expected at most 128 levels of nesting, found more".to_owned(),
        // A word that starts like true, false or null: usually a string without quotes.
        "expected ident" => return "expected true, false or null (strings need double quotes)".to_owned(),
        "trailing characters" => "expected the end of the input after the profile",
        "expected value" => "expected a JSON value",
        "key must be a string" => "expected a string key",
        "expected `,` or `]`" => "expected ',' or ']'",
        "expected `,` or `}`" => "expected ',' or '}'",
        "expected `:`" => "expected ':'",
        _ => return message.replace('`', "'"),
    };
    match at {
        Some(c) => format!("{expected}, found {c:?}"),
        None => expected.to_owned(),
    }
}

/// Rewrites serde's stock messages in the crate's style ("expected …, found …").
fn describe_serde_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        // The field name is the user's text and may contain anything: split at the last marker.
        if let Some((field, expected)) = rest.rsplit_once("`, expected ") {
            return format!("unknown field {}: expected {}", quoted(field), expected.replace('`', ""));
        }
        if let Some((field, _)) = rest.rsplit_once("`, there are no fields") {
            return format!("unknown field {}: expected no fields", quoted(field));
        }
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        return format!("duplicate field {:?}: expected each field at most once", rest.trim_end_matches('`'));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        // Our expectations never contain ", expected "; a found string may.
        if let Some((found, expected)) = rest.rsplit_once(", expected ") {
            return format!("expected {expected}, found {}", describe_found(found));
        }
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return format!("missing field {:?}", rest.trim_end_matches('`'));
    }
    message.to_owned()
}

/// serde's description of an unexpected value, in JSON's terms.
fn describe_found(found: &str) -> String {
    match found {
        "sequence" => return "an array".to_owned(),
        "map" => return "an object".to_owned(),
        _ => {}
    }
    for prefix in ["integer `", "floating point `", "boolean `"] {
        if let Some(value) = found.strip_prefix(prefix) {
            return value.trim_end_matches('`').to_owned();
        }
    }
    if let Some(string) = found.strip_prefix("string ") {
        // Already escaped by serde; cut long ones.
        if let Some((cut, _)) = string.char_indices().nth(41) {
            return format!("{}…\"", &string[..cut]);
        }
        return string.to_owned();
    }
    found.to_owned()
}

fn position(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = offset - before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
    (line, column)
}

/// Builds a [`Profile`] in Rust, validating on [`build`](ProfileBuilder::build).
///
/// ```
/// use calcification::{Profile, Sex, Unit};
///
/// let profile = Profile::builder()
///     .age_years(52.0)
///     .sex(Sex::Female)
///     .vitamin_d(5000.0, Unit::InternationalUnit)
///     .vitamin_k2(0.0, Unit::Microgram)
///     .build()?;
/// assert_eq!(profile.intake.unwrap().vitamin_d.unwrap().amount, 5000.0);
/// # Ok::<(), calcification::ProfileError>(())
/// ```
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct ProfileBuilder {
    profile: Profile,
}

impl Profile {
    /// A builder for a profile with nothing reported.
    pub fn builder() -> ProfileBuilder {
        ProfileBuilder::default()
    }
}

macro_rules! builder_dose {
    ($($(#[$m:meta])* $name:ident => $group:ident . $field:ident : $ty:ident;)+) => {
        $(
            $(#[$m])*
            pub fn $name(mut self, amount: f64, unit: Unit) -> Self {
                self.profile.$group.get_or_insert_with(Default::default).$field = Some($ty::new(amount, unit));
                self
            }
        )+
    };
}

impl ProfileBuilder {
    /// Age in years.
    pub fn age_years(mut self, years: f64) -> Self {
        self.profile.age_years = Some(years);
        self
    }

    /// Sex.
    pub fn sex(mut self, sex: Sex) -> Self {
        self.profile.sex = Some(sex);
        self
    }

    /// Pregnancy or lactation.
    pub fn reproductive_status(mut self, status: ReproductiveStatus) -> Self {
        self.profile.reproductive_status = Some(status);
        self
    }

    builder_dose! {
        /// Vitamin D intake per day.
        vitamin_d => intake.vitamin_d: Dose;
        /// Vitamin K2 intake per day.
        vitamin_k2 => intake.vitamin_k2: Dose;
        /// Total magnesium intake per day.
        magnesium => intake.magnesium: Dose;
        /// Supplemental magnesium per day.
        magnesium_supplement => intake.magnesium_supplement: Dose;
        /// Calcium intake per day.
        calcium => intake.calcium: Dose;
        /// Total serum calcium.
        serum_calcium => labs.serum_calcium: LabValue;
        /// Serum 25-hydroxyvitamin D.
        serum_25_hydroxyvitamin_d => labs.serum_25_hydroxyvitamin_d: LabValue;
    }

    /// Fluid from drinks, litres per day.
    pub fn fluid_litres_per_day(mut self, litres: f64) -> Self {
        self.profile.fluid_litres_per_day = Some(litres);
        self
    }

    /// Moderate-equivalent activity, minutes per week.
    pub fn activity_minutes_per_week(mut self, minutes: f64) -> Self {
        self.profile.activity_minutes_per_week = Some(minutes);
        self
    }

    /// Overall diet pattern.
    pub fn diet(mut self, diet: Diet) -> Self {
        self.profile.diet = Some(diet);
        self
    }

    /// Adds a medication.
    pub fn medication(mut self, medication: Medication) -> Self {
        self.profile.medications.push(medication);
        self
    }

    /// Adds a condition.
    pub fn condition(mut self, condition: Condition) -> Self {
        self.profile.conditions.push(condition);
        self
    }

    /// Adds a diagnosed ectopic calcification.
    pub fn diagnosed_calcification(mut self, kind: CalcificationKind) -> Self {
        self.profile.diagnosed_calcifications.push(kind);
        self
    }

    /// Adds an intervention being considered.
    pub fn considering(mut self, intervention: Intervention) -> Self {
        self.profile.considering.push(intervention);
        self
    }

    /// Validates and returns the profile.
    ///
    /// # Errors
    /// As [`Profile::validate`].
    pub fn build(self) -> Result<Profile, ProfileError> {
        self.profile.validate()?;
        Ok(self.profile)
    }
}
