//! The hand-written deserialisers of the profile document: units per field, numbers in
//! range, ids with their accepted values, and objects that refuse anything else. Each one
//! says what it expected, so the message names the field and the accepted values.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, Expected, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::{
    ACTIVITY_MINUTES_PER_WEEK, AGE_YEARS, Bounds, Dose, FLUID_LITRES_PER_DAY, Intake, LabValue, Labs, Profile,
    Supplement,
};
use crate::calcification::CalcificationKind;
use crate::nutrient::{K2Form, Nutrient};
use crate::term::Term;
use crate::units::Unit;

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
unit_set!(
    /// Serum albumin units: `g/dL`, `g/L`.
    AlbuminUnits = [GramPerDecilitre, GramPerLitre]
);
unit_set!(
    /// Serum creatinine units: `mg/dL`, `umol/L`.
    CreatinineUnits = [MilligramPerDecilitre, MicromolePerLitre]
);
unit_set!(
    /// eGFR units: `mL/min/{1.73_m2}`.
    EgfrUnits = [MillilitrePerMinutePerBodySurface]
);
unit_set!(
    /// Parathyroid hormone units: `pg/mL`, `ng/L`, `pmol/L`.
    PthUnits = [PicogramPerMillilitre, NanogramPerLitre, PicomolePerLitre]
);

pub(super) fn expected_units<A: AcceptedUnits>() -> String {
    A::UNITS.iter().map(|u| u.id()).collect::<Vec<_>>().join(", ")
}

/// A JSON string as an error message shows it: escaped (so the message stays on one line)
/// and cut after 40 characters.
pub(super) fn quoted(s: &str) -> String {
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
pub(super) fn overflow<'de, E: de::Error>(expected: impl Visitor<'de>) -> impl FnOnce(E) -> E {
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

pub(super) fn non_negative<'de, D: Deserializer<'de>>(deserializer: D) -> Result<f64, D::Error> {
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
        pub(super) fn $name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
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
pub(super) struct IdVisitor<T> {
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
pub(super) fn optional_id<'de, D: Deserializer<'de>, T: Term>(deserializer: D) -> Result<Option<T>, D::Error> {
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

impl<'de> Deserialize<'de> for Supplement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Every member defaults so that a missing one is reported with what it expects.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Checked {
            #[serde(default, deserialize_with = "present_id")]
            nutrient: Option<Nutrient>,
            #[serde(default, deserialize_with = "present_non_negative")]
            amount: Option<f64>,
            #[serde(default, deserialize_with = "present")]
            unit: Option<UnitIn<VitaminDUnits>>,
            #[serde(default, deserialize_with = "optional_id")]
            form: Option<K2Form>,
            #[serde(default)]
            label: Option<String>,
        }
        #[derive(Clone, Copy)]
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Supplement;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object (a supplement with nutrient, amount and unit)")
            }
            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Supplement, M::Error> {
                let c = Checked::deserialize(de::value::MapAccessDeserializer::new(map))?;
                let missing = |field: &str, expected: &dyn fmt::Display| {
                    de::Error::custom(format_args!("missing field \"{field}\": expected {expected}"))
                };
                let nutrient =
                    c.nutrient.ok_or_else(|| missing("nutrient", &(&IdVisitor::<Nutrient>::ANY as &dyn Expected)))?;
                let amount = c.amount.ok_or_else(|| missing("amount", &(&NonNegative as &dyn Expected)))?;
                let units = format!("one of {}", expected_units::<VitaminDUnits>());
                let unit = c.unit.ok_or_else(|| missing("unit", &units))?.0;
                Ok(Supplement { nutrient, amount, unit, form: c.form, label: c.label })
            }
        }
        deserializer.deserialize_map(V).map_err(overflow(V))
    }
}

fn present_id<'de, D: Deserializer<'de>, T: Term>(deserializer: D) -> Result<Option<T>, D::Error> {
    IdVisitor::ANY.deserialize(deserializer).map(Some)
}

/// `supplements`: an array of supplement objects; `null` is the same as absent.
pub(super) fn supplement_list<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Supplement>, D::Error> {
    let visitor = NullableList(std::marker::PhantomData::<Supplement>);
    deserializer.deserialize_option(visitor).map_err(overflow(visitor))
}

/// What a list's items are, for its error messages.
trait ListItem {
    fn describe(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

impl<T: Term> ListItem for IdVisitor<T> {
    fn describe(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of ids, each {}", self as &dyn Expected)
    }
}

impl ListItem for std::marker::PhantomData<Supplement> {
    fn describe(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of supplements (objects with nutrient, amount and unit)")
    }
}

/// An optional array of items read with seed `S`; `null` is the same as absent (none
/// reported).
#[derive(Clone, Copy)]
struct NullableList<S>(S);

impl<'de, S: DeserializeSeed<'de> + ListItem + Copy> Visitor<'de> for NullableList<S> {
    type Value = Vec<S::Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.describe(f)
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
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element_seed(self.0)? {
            items.push(item);
        }
        Ok(items)
    }
}

/// An optional array of ids; `null` is the same as absent (none reported).
pub(super) fn id_list<'de, D: Deserializer<'de>, T: Term>(deserializer: D) -> Result<Vec<T>, D::Error> {
    let visitor = NullableList(IdVisitor::ANY);
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

macro_rules! quantity_field {
    ($fn_name:ident, $ty:ident, $units:ty, $inner:ident $(, $range:ident)?) => {
        pub(super) fn $fn_name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<$ty>, D::Error> {
            // Both fields default so that a missing one is reported with what it expects.
            #[derive(Deserialize)]
            #[serde(deny_unknown_fields)]
            struct Checked {
                #[serde(default, deserialize_with = "present_non_negative")]
                $inner: Option<f64>,
                #[serde(default, deserialize_with = "present")]
                unit: Option<UnitIn<$units>>,
                $(
                    #[serde(default, deserialize_with = "reference_range")]
                    $range: Option<super::ReferenceRange>,
                )?
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
                        (Some($inner), Some(unit)) => Ok(Some($ty { $inner, unit: unit.0 $(, $range: c.$range)? })),
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

pub(super) fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

pub(super) fn present_non_negative<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    non_negative(deserializer).map(Some)
}

quantity_field!(vitamin_d_dose, Dose, VitaminDUnits, amount);
quantity_field!(mass_dose, Dose, MassUnits, amount);
quantity_field!(serum_calcium_lab, LabValue, SerumCalciumUnits, value, reference_range);
quantity_field!(calcidiol_lab, LabValue, CalcidiolUnits, value, reference_range);
quantity_field!(albumin_lab, LabValue, AlbuminUnits, value, reference_range);
quantity_field!(creatinine_lab, LabValue, CreatinineUnits, value, reference_range);
quantity_field!(egfr_lab, LabValue, EgfrUnits, value, reference_range);
quantity_field!(pth_lab, LabValue, PthUnits, value, reference_range);

/// A lab's `reference_range`: an object with `low` and/or `high` (finite numbers at least
/// 0); `null` is absent. [`Profile::validate`] checks the bounds against each other.
pub(super) fn reference_range<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<super::ReferenceRange>, D::Error> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Checked {
        #[serde(default, deserialize_with = "optional_non_negative")]
        low: Option<f64>,
        #[serde(default, deserialize_with = "optional_non_negative")]
        high: Option<f64>,
    }
    #[derive(Clone, Copy)]
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Option<super::ReferenceRange>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object with low and/or high (the lab's reference interval, in the value's unit)")
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
            Ok(Some(super::ReferenceRange { low: c.low, high: c.high }))
        }
    }
    deserializer.deserialize_option(V).map_err(overflow(V))
}

/// An optional finite number at least 0; `null` is absent.
fn optional_non_negative<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    #[derive(Clone, Copy)]
    struct Optional;
    impl<'de> Visitor<'de> for Optional {
        type Value = Option<f64>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            NonNegative.expecting(f)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            non_negative(d).map(Some)
        }
    }
    deserializer.deserialize_option(Optional).map_err(overflow(Optional))
}

/// The ids `diagnosed_calcifications` accepts: ectopic kinds only (one rule for the parser and
/// [`Profile::validate`]).
pub(super) const ECTOPIC_KIND: IdVisitor<CalcificationKind> = IdVisitor {
    what: "an ectopic calcification kind, ",
    refuse: |kind: CalcificationKind| (!kind.is_ectopic()).then_some("physiological"),
};

pub(super) fn ectopic_kinds<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<CalcificationKind>, D::Error> {
    let visitor = NullableList(ECTOPIC_KIND);
    deserializer.deserialize_option(visitor).map_err(overflow(visitor))
}

object_only!(Dose, "an intake with amount and unit");
object_only!(LabValue, "a lab value with value and unit");
object_only!(Intake, "daily intakes");
object_only!(Labs, "lab values");
object_only!(Profile, "a profile");
