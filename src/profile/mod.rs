//! A person's profile: the input document of an assessment (JSON contract v1).
//!
//! Every field is optional; an absent field (or `null`) means "not reported", and rules
//! that need it are *not assessed*. An absent list means none reported. Unknown fields,
//! arrays in place of objects, duplicate keys, trailing data, numbers out of range and
//! units that do not fit the nutrient or lab are errors that name the JSON path.

use std::io::Read;

use serde::de::{self, Visitor};
use serde::{Deserialize, Serialize};

use crate::calcification::CalcificationKind;
use crate::clinical::{Condition, Medication};
use crate::error::{ProfileError, RangeError};
use crate::intervention::Intervention;
use crate::lifestyle::Diet;
use crate::reference::{LifeStage, ReproductiveStatus, Sex};
use crate::term::vocabulary;
use crate::units::{Analyte, Unit};

mod builder;
mod derived;
mod messages;
mod parse;
#[cfg(feature = "schema")]
mod schema;
mod supplement;

pub use builder::ProfileBuilder;
pub use derived::{AssessedCalcium, CKD_EPI_2021_MIN_AGE, EgfrMethod, EgfrUsed, GfrCategory, ckd_epi_2021};
pub(crate) use messages::parse_document;
use messages::{invalid, position};
use parse::ECTOPIC_KIND;
pub use parse::{
    AcceptedUnits, AlbuminUnits, CalcidiolUnits, CreatinineUnits, EgfrUnits, MassUnits, PthUnits, SerumCalciumUnits,
    VitaminDUnits,
};
pub use supplement::{Interval, Supplement, SupplementSum, total_field};

/// The largest document [`Profile::from_json`] and friends read: 1 MiB.
pub const MAX_PROFILE_BYTES: usize = 1 << 20;

/// An inclusive numeric range a field must lie in.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
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
        /// Vitamin K2 from the supplements listed (their sum; none listed is 0).
        VitaminK2Supplement = "supplements.vitamin_k2", "Vitamin K2 from supplements";
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
        /// Vitamin K1 (phylloquinone) intake (contract v1.1).
        VitaminK1Intake = "intake.vitamin_k1", "Vitamin K1 intake";
        /// Phosphorus intake from all sources (contract v1.1).
        PhosphorusIntake = "intake.phosphorus", "Phosphorus intake";
        /// Sodium intake from all sources (contract v1.1).
        SodiumIntake = "intake.sodium", "Sodium intake";
        /// Calcium from the supplements listed (their sum; none listed is 0).
        CalciumSupplement = "supplements.calcium", "Calcium from supplements";
        /// Serum albumin (contract v1.1).
        SerumAlbumin = "labs.serum_albumin", "Serum albumin";
        /// Ionized calcium (contract v1.1).
        IonizedCalcium = "labs.ionized_calcium", "Ionized calcium";
        /// Serum phosphate (contract v1.1).
        SerumPhosphate = "labs.serum_phosphate", "Serum phosphate";
        /// Serum magnesium (contract v1.1).
        SerumMagnesium = "labs.serum_magnesium", "Serum magnesium";
        /// Serum creatinine (contract v1.1).
        SerumCreatinine = "labs.serum_creatinine", "Serum creatinine";
        /// Estimated glomerular filtration rate as reported by the lab (contract v1.1).
        Egfr = "labs.egfr", "Reported eGFR";
        /// Parathyroid hormone (intact PTH; contract v1.1).
        Pth = "labs.pth", "PTH";
        /// Total serum calcium as assessed (derived): albumin-corrected when serum albumin is reported, as measured otherwise.
        AssessedSerumCalcium = "derived.serum_calcium", "Total calcium";
        /// The eGFR used (derived): the reported one, else CKD-EPI 2021 from creatinine, age and sex for adults.
        EgfrUsed = "derived.egfr", "eGFR";
        /// Vitamin K intake, K1 plus K2 (derived; at least K1 or K2 when only one is reported).
        VitaminKIntake = "derived.vitamin_k", "Vitamin K intake (K1 + K2)";
        /// The upper limit of the reference range the lab reported with PTH, in PTH's unit.
        PthUpperReferenceLimit = "labs.pth.reference_range.high", "PTH upper reference limit";
    }
}

/// An amount of a nutrient taken per day, with its UCUM unit.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "Dose"))]
pub struct Dose {
    /// Amount per day: finite and at least 0 (the field's maximum depends on the unit).
    #[serde(deserialize_with = "parse::non_negative")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0)))]
    pub amount: f64,
    /// UCUM unit code: `ug`, `mg`, `g`; `[iU]` for vitamin D only. Accepted aliases on input:
    /// `mcg`, `µg` (for `ug`); `[IU]`, `IU` (for `[iU]`).
    pub unit: Unit,
}

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
    #[serde(deserialize_with = "parse::non_negative")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0)))]
    pub value: f64,
    /// UCUM unit code; each lab lists the units it accepts (e.g. `mg/dL` or `mmol/L` for
    /// serum calcium, `ng/mL` or `nmol/L` for 25-hydroxyvitamin D).
    pub unit: Unit,
    /// The lab's own reference interval, in `unit` (as a lab report or FHIR
    /// `Observation.referenceRange` gives it); contract v1.1. PTH cautions use it.
    #[serde(default, deserialize_with = "parse::reference_range", skip_serializing_if = "Option::is_none")]
    pub reference_range: Option<ReferenceRange>,
}

/// A lab's reference interval, in the unit of its value: at least one bound, `low` ≤ `high`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ReferenceRange {
    /// The lower limit, if the lab gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0)))]
    pub low: Option<f64>,
    /// The upper limit, if the lab gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0)))]
    pub high: Option<f64>,
}

impl ReferenceRange {
    /// A range from `low` to `high` (either may be absent).
    pub const fn new(low: Option<f64>, high: Option<f64>) -> Self {
        Self { low, high }
    }
}

impl LabValue {
    /// A value in `unit`, with no reference range.
    pub const fn new(value: f64, unit: Unit) -> Self {
        Self { value, unit, reference_range: None }
    }

    /// The same value with the lab's reference range.
    #[must_use]
    pub const fn with_reference_range(mut self, range: ReferenceRange) -> Self {
        self.reference_range = Some(range);
        self
    }

    /// The value of `field` (whose substance decides mass-to-molar factors) in `unit`;
    /// `None` if the units do not measure the same thing.
    pub fn value_in(&self, field: ProfileField, unit: Unit) -> Option<f64> {
        field.convert(self.value, self.unit, unit)
    }
}

/// Daily intakes, each optional.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "Intake"))]
pub struct Intake {
    /// Vitamin D from food and supplements (`ug`, `mg`, `g` or `[iU]`; 1 µg = 40 IU).
    #[serde(default, deserialize_with = "parse::vitamin_d_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::vitamin_d_dose_schema"))]
    pub vitamin_d: Option<Dose>,
    /// Vitamin K2 (menaquinones) from food and supplements.
    #[serde(default, deserialize_with = "parse::mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::vitamin_k2_dose_schema"))]
    pub vitamin_k2: Option<Dose>,
    /// Total magnesium from all sources (food, water, supplements).
    #[serde(default, deserialize_with = "parse::mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::magnesium_dose_schema"))]
    pub magnesium: Option<Dose>,
    /// Magnesium from supplements and medicines alone (the part the UL applies to). Read on
    /// its own: a value above `magnesium` is accepted as given (the RDA rule reads the total).
    #[serde(default, deserialize_with = "parse::mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::magnesium_supplement_dose_schema"))]
    pub magnesium_supplement: Option<Dose>,
    /// Calcium from food and supplements.
    #[serde(default, deserialize_with = "parse::mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::calcium_dose_schema"))]
    pub calcium: Option<Dose>,
    /// Vitamin K1 (phylloquinone) from food and supplements (contract v1.1).
    #[serde(default, deserialize_with = "parse::mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::vitamin_k1_dose_schema"))]
    pub vitamin_k1: Option<Dose>,
    /// Phosphorus from all sources (contract v1.1).
    #[serde(default, deserialize_with = "parse::mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::phosphorus_dose_schema"))]
    pub phosphorus: Option<Dose>,
    /// Sodium from all sources (contract v1.1).
    #[serde(default, deserialize_with = "parse::mass_dose", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::sodium_dose_schema"))]
    pub sodium: Option<Dose>,
}

/// Laboratory values, each optional.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "Labs"))]
pub struct Labs {
    /// Total serum calcium (`mg/dL` or `mmol/L`; 1 mmol/L = 4.008 mg/dL).
    #[serde(default, deserialize_with = "parse::serum_calcium_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::serum_calcium_schema"))]
    pub serum_calcium: Option<LabValue>,
    /// Serum 25-hydroxyvitamin D (`ng/mL` or `nmol/L`; 1 ng/mL = 2.496 nmol/L).
    #[serde(default, deserialize_with = "parse::calcidiol_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::calcidiol_schema"))]
    pub serum_25_hydroxyvitamin_d: Option<LabValue>,
    /// Serum albumin (`g/dL` or `g/L`), for the albumin-corrected calcium.
    #[serde(default, deserialize_with = "parse::albumin_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::albumin_schema"))]
    pub serum_albumin: Option<LabValue>,
    /// Ionized calcium (`mg/dL` or `mmol/L`; 1 mmol/L = 4.008 mg/dL).
    #[serde(default, deserialize_with = "parse::serum_calcium_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::ionized_calcium_schema"))]
    pub ionized_calcium: Option<LabValue>,
    /// Serum phosphate, as phosphorus (`mg/dL` or `mmol/L`; 1 mmol/L = 3.097 mg/dL).
    #[serde(default, deserialize_with = "parse::serum_calcium_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::phosphate_schema"))]
    pub serum_phosphate: Option<LabValue>,
    /// Serum magnesium (`mg/dL` or `mmol/L`; 1 mmol/L = 2.431 mg/dL).
    #[serde(default, deserialize_with = "parse::serum_calcium_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::magnesium_lab_schema"))]
    pub serum_magnesium: Option<LabValue>,
    /// Serum creatinine (`mg/dL` or `umol/L`; 1 mg/dL = 88.4 µmol/L), for the eGFR.
    #[serde(default, deserialize_with = "parse::creatinine_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::creatinine_schema"))]
    pub serum_creatinine: Option<LabValue>,
    /// Estimated GFR as the lab reports it (`mL/min/{1.73_m2}`); used before one computed
    /// from creatinine.
    #[serde(default, deserialize_with = "parse::egfr_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::egfr_schema"))]
    pub egfr: Option<LabValue>,
    /// Intact parathyroid hormone (`pg/mL`, `ng/L` or `pmol/L`; pmol/L is never converted).
    /// Intervals depend on the assay: give the lab's `reference_range`.
    #[serde(default, deserialize_with = "parse::pth_lab", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::pth_schema"))]
    pub pth: Option<LabValue>,
}

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
    schemars(rename = "Profile", transform = crate::profile::schema::no_pregnancy_when_male)
)]
pub struct Profile {
    /// Age in years, 0 to 130; fractional for infants (0.25 = 3 months).
    #[serde(default, deserialize_with = "parse::age_years", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = AGE_YEARS.min, max = AGE_YEARS.max)))]
    pub age_years: Option<f64>,
    /// Sex, as the reference tables split by it.
    #[serde(default, deserialize_with = "parse::optional_id", skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Pregnancy or lactation; absent means neither. Not allowed with sex `male`.
    #[serde(default, deserialize_with = "parse::optional_id", skip_serializing_if = "Option::is_none")]
    pub reproductive_status: Option<ReproductiveStatus>,
    /// Daily intakes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intake: Option<Intake>,
    /// Supplement products (contract v1.1; absent or `null`: none listed). Amounts of one
    /// nutrient are summed; the sum counts toward that nutrient's total intake
    /// ([`Profile::interval`]).
    #[serde(default, deserialize_with = "parse::supplement_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Supplement>>"))]
    pub supplements: Vec<Supplement>,
    /// Laboratory values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labs: Option<Labs>,
    /// Fluid from drinks, litres per day, 0 to 20.
    #[serde(default, deserialize_with = "parse::fluid_litres", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = FLUID_LITRES_PER_DAY.min, max = FLUID_LITRES_PER_DAY.max)))]
    pub fluid_litres_per_day: Option<f64>,
    /// Aerobic activity in moderate-intensity-equivalent minutes per week (1 vigorous minute
    /// counts as 2), 0 to 10080.
    #[serde(default, deserialize_with = "parse::activity_minutes", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(range(min = ACTIVITY_MINUTES_PER_WEEK.min, max = ACTIVITY_MINUTES_PER_WEEK.max))
    )]
    pub activity_minutes_per_week: Option<f64>,
    /// Overall diet pattern.
    #[serde(default, deserialize_with = "parse::optional_id", skip_serializing_if = "Option::is_none")]
    pub diet: Option<Diet>,
    /// Medications taken (absent or `null`: none reported).
    #[serde(default, deserialize_with = "parse::id_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Medication>>"))]
    pub medications: Vec<Medication>,
    /// Diagnosed conditions (absent or `null`: none reported).
    #[serde(default, deserialize_with = "parse::id_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Condition>>"))]
    pub conditions: Vec<Condition>,
    /// Diagnosed ectopic calcifications (absent or `null`: none reported). Skeletal and
    /// dental calcification are physiological and refused here.
    #[serde(default, deserialize_with = "parse::ectopic_kinds", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(schema_with = "crate::profile::schema::ectopic_kinds_schema"))]
    pub diagnosed_calcifications: Vec<CalcificationKind>,
    /// Interventions being considered (absent or `null`: none reported).
    #[serde(default, deserialize_with = "parse::id_list", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Intervention>>"))]
    pub considering: Vec<Intervention>,
}

/// Which member of a group holds which field: the one table the accessors
/// ([`Profile::quantity_as_given`], [`Profile::lab`], the setters, [`ProfileField::is_lab`]) read.
macro_rules! field_slots {
    (intake: { $($intake:ident => $dose:ident),+ $(,)? } labs: { $($lab:ident => $value:ident),+ $(,)? }) => {
        field_slots!(@group Intake, Dose, { $($intake => $dose),+ });
        field_slots!(@group Labs, LabValue, { $($lab => $value),+ });

        impl Profile {
            /// The quantity of an intake or a lab as given, in one dispatch on `field`; `None`
            /// for a field of neither group. The evaluator reads every compared field: searching
            /// each group in turn cost about 120 instructions per profile, and made
            /// `Profile::reading` too large to be inlined (BENCHMARKS.md, "Issue 11: the final run").
            fn member_quantity(&self, field: ProfileField) -> Option<Option<(f64, Unit)>> {
                Some(match field {
                    $(ProfileField::$intake => {
                        self.intake.as_ref().and_then(|i| i.$dose.as_ref()).map(|d| (d.amount, d.unit))
                    })+
                    $(ProfileField::$lab => {
                        self.labs.as_ref().and_then(|l| l.$value.as_ref()).map(|l| (l.value, l.unit))
                    })+
                    _ => return None,
                })
            }
        }
    };
    (@group $group:ident, $value:ty, { $($field:ident => $member:ident),+ }) => {
        impl $group {
            /// The member that holds `field`, if it is a field of this group.
            fn slot(&self, field: ProfileField) -> Option<&Option<$value>> {
                match field {
                    $(ProfileField::$field => Some(&self.$member),)+
                    _ => None,
                }
            }

            fn slot_mut(&mut self, field: ProfileField) -> Option<&mut Option<$value>> {
                match field {
                    $(ProfileField::$field => Some(&mut self.$member),)+
                    _ => None,
                }
            }
        }
    };
}

field_slots! {
    intake: {
        VitaminDIntake => vitamin_d,
        VitaminK2Intake => vitamin_k2,
        MagnesiumIntake => magnesium,
        MagnesiumSupplement => magnesium_supplement,
        CalciumIntake => calcium,
        VitaminK1Intake => vitamin_k1,
        PhosphorusIntake => phosphorus,
        SodiumIntake => sodium,
    }
    labs: {
        SerumCalcium => serum_calcium,
        Serum25HydroxyvitaminD => serum_25_hydroxyvitamin_d,
        SerumAlbumin => serum_albumin,
        IonizedCalcium => ionized_calcium,
        SerumPhosphate => serum_phosphate,
        SerumMagnesium => serum_magnesium,
        SerumCreatinine => serum_creatinine,
        Egfr => egfr,
        Pth => pth,
    }
}

/// Canonical units the rules compare in, per quantity field, with the field's maximum in
/// that unit (generous physiological limits, so typing errors are caught).
pub(crate) const QUANTITY_LIMITS: &[(ProfileField, Unit, f64)] = &[
    (ProfileField::VitaminDIntake, Unit::Microgram, 50_000.0),
    (ProfileField::VitaminK2Intake, Unit::Microgram, 100_000.0),
    (ProfileField::MagnesiumIntake, Unit::Milligram, 10_000.0),
    (ProfileField::MagnesiumSupplement, Unit::Milligram, 10_000.0),
    (ProfileField::VitaminK2Supplement, Unit::Microgram, 100_000.0),
    (ProfileField::CalciumIntake, Unit::Milligram, 20_000.0),
    (ProfileField::SerumCalcium, Unit::MilligramPerDecilitre, 30.0),
    (ProfileField::Serum25HydroxyvitaminD, Unit::NanogramPerMillilitre, 2_000.0),
    (ProfileField::VitaminK1Intake, Unit::Microgram, 100_000.0),
    (ProfileField::PhosphorusIntake, Unit::Milligram, 20_000.0),
    (ProfileField::SodiumIntake, Unit::Milligram, 50_000.0),
    (ProfileField::CalciumSupplement, Unit::Milligram, 20_000.0),
    (ProfileField::SerumAlbumin, Unit::GramPerDecilitre, 10.0),
    (ProfileField::IonizedCalcium, Unit::MilligramPerDecilitre, 15.0),
    (ProfileField::SerumPhosphate, Unit::MilligramPerDecilitre, 30.0),
    (ProfileField::SerumMagnesium, Unit::MilligramPerDecilitre, 20.0),
    (ProfileField::SerumCreatinine, Unit::MilligramPerDecilitre, 30.0),
    (ProfileField::Egfr, Unit::MillilitrePerMinutePerBodySurface, 250.0),
    (ProfileField::Pth, Unit::PicogramPerMillilitre, 10_000.0),
];

/// Maxima in a unit the canonical one does not convert to (PTH in pmol/L: no confirmed
/// factor), for validation only.
const UNCONVERTED_LIMITS: &[(ProfileField, Unit, f64)] = &[(ProfileField::Pth, Unit::PicomolePerLitre, 1_100.0)];

/// The canonical units of the derived fields (computed, so they have no maximum).
const DERIVED_UNITS: &[(ProfileField, Unit)] = &[
    (ProfileField::AssessedSerumCalcium, Unit::MilligramPerDecilitre),
    (ProfileField::EgfrUsed, Unit::MillilitrePerMinutePerBodySurface),
    (ProfileField::VitaminKIntake, Unit::Microgram),
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
    let mut i = 0;
    while i < DERIVED_UNITS.len() {
        let (field, unit) = DERIVED_UNITS[i];
        table[field as usize] = Some((unit, f64::INFINITY));
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
        self.convert(max, canonical, unit)
            .or_else(|| UNCONVERTED_LIMITS.iter().find(|(f, u, _)| *f == self && *u == unit).map(|(.., max)| *max))
    }

    /// For a lab, the field that is the upper limit of the reference range it is reported
    /// with, where a rule reads one.
    pub fn upper_limit_field(self) -> Option<ProfileField> {
        match self {
            Self::Pth => Some(Self::PthUpperReferenceLimit),
            _ => None,
        }
    }

    /// Whether the field is a lab value (`labs.*` with a value and unit).
    pub fn is_lab(self) -> bool {
        Labs::default().slot(self).is_some()
    }

    /// Whether the field is an intake (`intake.*`).
    pub fn is_intake(self) -> bool {
        Intake::default().slot(self).is_some()
    }

    /// The fields a derived field is computed from (empty for fields that are read): what a
    /// rule that needs it and could not be assessed was missing.
    pub fn derived_inputs(self) -> &'static [ProfileField] {
        match self {
            Self::AssessedSerumCalcium => &[Self::SerumCalcium],
            Self::EgfrUsed => &[Self::Egfr, Self::SerumCreatinine, Self::AgeYears, Self::Sex],
            Self::VitaminKIntake => &[Self::VitaminK1Intake, Self::VitaminK2Intake],
            _ => &[],
        }
    }

    /// The fields that refine a derived field when reported, replacing or correcting what
    /// it would be without them (albumin corrects calcium; a reported eGFR replaces a
    /// computed one). Removing one can change a decided outcome: it is a change of value,
    /// not only a loss of information.
    pub fn derived_refinements(self) -> &'static [ProfileField] {
        match self {
            Self::AssessedSerumCalcium => &[Self::SerumAlbumin],
            Self::EgfrUsed => &[Self::Egfr],
            _ => &[],
        }
    }

    /// Whether the crate computes the field from others (`derived.*`) rather than reading it.
    pub fn is_derived(self) -> bool {
        self.id().starts_with("derived.")
    }

    /// The substance measured, where its mass and molar units convert by its own factor.
    pub const fn analyte(self) -> Option<Analyte> {
        match self {
            Self::SerumCalcium | Self::IonizedCalcium | Self::AssessedSerumCalcium => Some(Analyte::Calcium),
            Self::Serum25HydroxyvitaminD => Some(Analyte::Calcidiol),
            Self::SerumPhosphate => Some(Analyte::Phosphate),
            Self::SerumMagnesium => Some(Analyte::Magnesium),
            Self::SerumCreatinine => Some(Analyte::Creatinine),
            _ => None,
        }
    }

    /// Converts a value of this field from `from` to `to` (by the field's substance between
    /// mass and molar units); `None` if the units do not measure the same thing.
    pub const fn convert(self, value: f64, from: Unit, to: Unit) -> Option<f64> {
        crate::reference::convert_as(self.analyte(), value, from, to)
    }

    /// The units the field accepts, canonical first (empty for fields without units).
    pub fn accepted_units(self) -> &'static [Unit] {
        match self {
            Self::VitaminDIntake => VitaminDUnits::UNITS,
            Self::VitaminK2Intake
            | Self::MagnesiumIntake
            | Self::MagnesiumSupplement
            | Self::CalciumIntake
            | Self::VitaminK1Intake
            | Self::PhosphorusIntake
            | Self::SodiumIntake => MassUnits::UNITS,
            Self::SerumCalcium
            | Self::AssessedSerumCalcium
            | Self::IonizedCalcium
            | Self::SerumPhosphate
            | Self::SerumMagnesium => SerumCalciumUnits::UNITS,
            Self::Serum25HydroxyvitaminD => CalcidiolUnits::UNITS,
            Self::SerumAlbumin => AlbuminUnits::UNITS,
            Self::SerumCreatinine => CreatinineUnits::UNITS,
            Self::Egfr | Self::EgfrUsed => EgfrUnits::UNITS,
            Self::Pth => PthUnits::UNITS,
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
        if json.len() > MAX_PROFILE_BYTES {
            return Err(ProfileError::TooLarge { size: json.len(), limit: MAX_PROFILE_BYTES });
        }
        Self::from_text(json)
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
        match std::str::from_utf8(bytes) {
            Ok(text) => Self::from_text(text),
            Err(e) => {
                let (line, column) = position(bytes, e.valid_up_to());
                let message = format!("expected UTF-8 text, found byte {:#04x}", bytes[e.valid_up_to()]);
                Err(ProfileError::Syntax { line, column, message })
            }
        }
    }

    /// Parses and validates text already known to be UTF-8 and within the size limit: the
    /// one UTF-8 check is the caller's (a `&str`, or `from_json_slice`'s).
    fn from_text(text: &str) -> Result<Profile, ProfileError> {
        let bytes = text.as_bytes();
        if bytes.iter().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            let found = if bytes.is_empty() { "empty input" } else { "only whitespace" };
            return Err(ProfileError::Syntax {
                line: 1,
                column: 1,
                message: format!("expected a JSON object, found {found}"),
            });
        }
        let profile: Profile = parse_document(text)?;
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
        for &(field, ..) in QUANTITY_LIMITS {
            if let Some((amount, unit)) = self.quantity_as_given(field) {
                check_quantity(field.id(), field, amount, unit, field.max_in(unit))?;
            }
        }
        self.validate_reference_ranges()?;
        supplement::validate(self)
    }

    /// The value of a quantity field as given (amount or value, and unit).
    pub fn quantity_as_given(&self, field: ProfileField) -> Option<(f64, Unit)> {
        if let Some(given) = self.member_quantity(field) {
            return given;
        }
        match field {
            ProfileField::FluidLitresPerDay => self.fluid_litres_per_day.map(|v| (v, Unit::LitrePerDay)),
            ProfileField::ActivityMinutesPerWeek => self.activity_minutes_per_week.map(|v| (v, Unit::MinutePerWeek)),
            ProfileField::AgeYears => self.age_years.map(|v| (v, Unit::Year)),
            ProfileField::AssessedSerumCalcium => self.assessed_serum_calcium().map(|c| (c.value, c.unit)),
            ProfileField::EgfrUsed => self.egfr_used().map(|e| (e.value, Unit::MillilitrePerMinutePerBodySurface)),
            ProfileField::PthUpperReferenceLimit => {
                let pth = self.lab(ProfileField::Pth)?;
                pth.reference_range.and_then(|r| r.high).map(|high| (high, pth.unit))
            }
            // Sums of lists and K1 + K2 have no value as given; intakes and labs are above.
            _ => None,
        }
    }

    /// Sets an intake field (`intake.*`) to `dose`, replacing what was there; `false` for a
    /// field that is not an intake (nothing is changed). Not validated: call
    /// [`validate`](Self::validate).
    pub fn set_dose(&mut self, field: ProfileField, dose: Dose) -> bool {
        if !field.is_intake() {
            return false;
        }
        *self.intake.get_or_insert_with(Intake::default).slot_mut(field).expect("an intake field") = Some(dose);
        true
    }

    /// Sets a lab field (`labs.*`) to `value`, replacing what was there; `false` for a field
    /// that is not a lab (nothing is changed). Not validated: call [`validate`](Self::validate).
    pub fn set_lab(&mut self, field: ProfileField, value: LabValue) -> bool {
        if !field.is_lab() {
            return false;
        }
        *self.labs.get_or_insert_with(Labs::default).slot_mut(field).expect("a lab field") = Some(value);
        true
    }

    /// The lab value of a `labs.*` field, if reported.
    pub fn lab(&self, field: ProfileField) -> Option<&LabValue> {
        self.labs.as_ref()?.slot(field)?.as_ref()
    }

    /// Every lab's reference range: finite, at least 0, at least one bound, low ≤ high, and
    /// within the lab's maximum.
    fn validate_reference_ranges(&self) -> Result<(), ProfileError> {
        for &(field, ..) in QUANTITY_LIMITS {
            let Some(lab) = self.lab(field) else { continue };
            let Some(range) = lab.reference_range else { continue };
            let path = |end: &str| format!("{}.reference_range{end}", field.id());
            let max = field.max_in(lab.unit).unwrap_or(f64::INFINITY);
            for (end, bound) in [(".low", range.low), (".high", range.high)] {
                if let Some(v) = bound
                    && !(v.is_finite() && v >= 0.0 && v <= max)
                {
                    let bounds = Bounds { min: 0.0, max: crate::reference::round_sig(max), unit: lab.unit.id() };
                    return Err(invalid(&path(end), bounds.check(v).unwrap_err().to_string()));
                }
            }
            match (range.low, range.high) {
                (None, None) => {
                    return Err(invalid(&path(""), "expected at least one of low and high, found neither".into()));
                }
                (Some(low), Some(high)) if low > high => {
                    return Err(invalid(
                        &path(""),
                        format!("expected low at most high, found low {low} above high {high}"),
                    ));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// A quantity field converted to the unit rules compare in (µg, mg, mg/dL, ng/mL, L/day,
    /// min/week); `None` when not reported.
    pub fn canonical(&self, field: ProfileField) -> Option<f64> {
        let (value, unit) = self.quantity_as_given(field)?;
        match field.canonical() {
            Some((canonical, _)) => field.convert(value, unit, canonical),
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
            ProfileField::Sex => self.sex.is_some(),
            ProfileField::Diet => self.diet.is_some(),
            ProfileField::VitaminKIntake => self.interval(field).is_some(),
            // Age, like every quantity, is read by `quantity_as_given`.
            _ => self.quantity_as_given(field).is_some(),
        }
    }
}

/// Checks a quantity's unit and range (`path` names the object holding it); `max` is the field's maximum in `unit` (`None` when the
/// unit does not fit the field). Paths and messages are built only on failure.
fn check_quantity(
    path: &str,
    field: ProfileField,
    amount: f64,
    unit: Unit,
    max: Option<f64>,
) -> Result<(), ProfileError> {
    let accepted = field.accepted_units();
    let Some(max) = max.filter(|_| accepted.contains(&unit)) else {
        let accepted: Vec<_> = accepted.iter().map(|u| u.id()).collect();
        return Err(invalid(
            &format!("{path}.unit"),
            format!("expected one of {}, found {:?}", accepted.join(", "), unit.id()),
        ));
    };
    if amount.is_finite() && amount >= 0.0 && amount <= max {
        return Ok(());
    }
    let amount_key = if field.id().starts_with("labs.") { "value" } else { "amount" };
    Err(invalid(
        &format!("{path}.{amount_key}"),
        RangeError { value: amount, min: 0.0, max: crate::reference::round_sig(max), unit: unit.id() }.to_string(),
    ))
}
