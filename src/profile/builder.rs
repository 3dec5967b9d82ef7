//! [`ProfileBuilder`]: a profile built in Rust, validated on `build`.

use super::{Dose, LabValue, Profile, ProfileField, Supplement};
use crate::calcification::CalcificationKind;
use crate::clinical::{Condition, Medication};
use crate::error::ProfileError;
use crate::intervention::Intervention;
use crate::lifestyle::Diet;
use crate::reference::{ReproductiveStatus, Sex};
use crate::units::Unit;

/// Builds a [`Profile`] in Rust, validating on [`build`](ProfileBuilder::build).
///
/// Adding is never overwriting: [`supplement`](Self::supplement) adds a product to the list
/// (two vitamin D products are summed), and list setters (`medication`, ...) append. A
/// setter of a single value (a total intake, a lab, age, ...) called twice is an error at
/// [`build`](Self::build) that names the field, because which call should win is a guess;
/// a total intake is set once, and products go in as supplements.
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
    /// The first single-value field set twice.
    repeated: Option<&'static str>,
    /// The first field given to [`lab`](Self::lab) that is not a lab.
    not_a_lab: Option<&'static str>,
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
                let slot = &mut self.profile.$group.get_or_insert_with(Default::default).$field;
                if slot.is_some() {
                    self.repeated.get_or_insert(concat!(stringify!($group), ".", stringify!($field)));
                }
                *slot = Some($ty::new(amount, unit));
                self
            }
        )+
    };
}

impl ProfileBuilder {
    /// Age in years.
    pub fn age_years(mut self, years: f64) -> Self {
        self.set_once("age_years", |p| &mut p.age_years, years);
        self
    }

    /// Sex.
    pub fn sex(mut self, sex: Sex) -> Self {
        self.set_once("sex", |p| &mut p.sex, sex);
        self
    }

    /// Pregnancy or lactation.
    pub fn reproductive_status(mut self, status: ReproductiveStatus) -> Self {
        self.set_once("reproductive_status", |p| &mut p.reproductive_status, status);
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
        /// Vitamin K1 (phylloquinone) intake per day.
        vitamin_k1 => intake.vitamin_k1: Dose;
        /// Phosphorus intake per day.
        phosphorus => intake.phosphorus: Dose;
        /// Sodium intake per day.
        sodium => intake.sodium: Dose;
        /// Serum albumin.
        serum_albumin => labs.serum_albumin: LabValue;
        /// Ionized calcium.
        ionized_calcium => labs.ionized_calcium: LabValue;
        /// Serum phosphate.
        serum_phosphate => labs.serum_phosphate: LabValue;
        /// Serum magnesium.
        serum_magnesium => labs.serum_magnesium: LabValue;
        /// Serum creatinine.
        serum_creatinine => labs.serum_creatinine: LabValue;
        /// The eGFR the lab reported.
        egfr => labs.egfr: LabValue;
        /// Intact parathyroid hormone (give the lab's range with [`lab`](Self::lab)).
        pth => labs.pth: LabValue;
    }

    /// Any lab, e.g. with the lab's reference range; `field` must be a `labs.*` field (else
    /// `build` names it as not a lab).
    ///
    /// ```
    /// use calcification::{LabValue, Profile, ProfileField, ReferenceRange, Unit};
    ///
    /// let pth = LabValue::new(95.0, Unit::PicogramPerMillilitre).with_reference_range(ReferenceRange::new(Some(15.0), Some(65.0)));
    /// let profile = Profile::builder().lab(ProfileField::Pth, pth).build()?;
    /// assert_eq!(profile.lab(ProfileField::Pth).unwrap().reference_range.unwrap().high, Some(65.0));
    /// # Ok::<(), calcification::ProfileError>(())
    /// ```
    pub fn lab(mut self, field: ProfileField, value: LabValue) -> Self {
        if self.profile.lab(field).is_some() {
            self.repeated.get_or_insert(field.id());
        }
        if !self.profile.set_lab(field, value) {
            self.not_a_lab.get_or_insert(field.id());
        }
        self
    }

    /// Fluid from drinks, litres per day.
    pub fn fluid_litres_per_day(mut self, litres: f64) -> Self {
        self.set_once("fluid_litres_per_day", |p| &mut p.fluid_litres_per_day, litres);
        self
    }

    /// Moderate-equivalent activity, minutes per week.
    pub fn activity_minutes_per_week(mut self, minutes: f64) -> Self {
        self.set_once("activity_minutes_per_week", |p| &mut p.activity_minutes_per_week, minutes);
        self
    }

    /// Overall diet pattern.
    pub fn diet(mut self, diet: Diet) -> Self {
        self.set_once("diet", |p| &mut p.diet, diet);
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

    /// Adds a supplement product (never replaces one: products of one nutrient are summed).
    pub fn supplement(mut self, supplement: Supplement) -> Self {
        self.profile.supplements.push(supplement);
        self
    }

    fn set_once<T>(&mut self, path: &'static str, slot: impl FnOnce(&mut Profile) -> &mut Option<T>, value: T) {
        let slot = slot(&mut self.profile);
        if slot.is_some() {
            self.repeated.get_or_insert(path);
        }
        *slot = Some(value);
    }

    /// Validates and returns the profile.
    ///
    /// # Errors
    /// [`ProfileError::Invalid`] naming the field when a single-value setter was called
    /// twice; otherwise as [`Profile::validate`].
    ///
    /// ```
    /// use calcification::{Nutrient, Profile, Supplement, Unit};
    ///
    /// let twice = Profile::builder().vitamin_d(10.0, Unit::Microgram).vitamin_d(20.0, Unit::Microgram).build();
    /// assert_eq!(
    ///     twice.unwrap_err().to_string(),
    ///     "intake.vitamin_d: expected one value, found it set twice in the builder (add products with supplement())"
    /// );
    /// let summed = Profile::builder()
    ///     .supplement(Supplement::new(Nutrient::VitaminD, 2000.0, Unit::InternationalUnit))
    ///     .supplement(Supplement::new(Nutrient::VitaminD, 25.0, Unit::Microgram))
    ///     .build()?;
    /// assert_eq!(summed.supplement_sum(Nutrient::VitaminD).unwrap().total, 75.0);
    /// # Ok::<(), calcification::ProfileError>(())
    /// ```
    pub fn build(self) -> Result<Profile, ProfileError> {
        if let Some(path) = self.repeated {
            return Err(ProfileError::Invalid {
                path: path.to_owned(),
                message: "expected one value, found it set twice in the builder (add products with supplement())"
                    .to_owned(),
            });
        }
        if let Some(path) = self.not_a_lab {
            return Err(ProfileError::Invalid {
                path: path.to_owned(),
                message: "expected a labs.* field for lab(), found a field that is not a lab".to_owned(),
            });
        }
        self.profile.validate()?;
        Ok(self.profile)
    }
}
