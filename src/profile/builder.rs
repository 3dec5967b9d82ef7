//! [`ProfileBuilder`]: a profile built in Rust, validated on `build`.

use super::{Dose, LabValue, Profile};
use crate::calcification::CalcificationKind;
use crate::clinical::{Condition, Medication};
use crate::error::ProfileError;
use crate::intervention::Intervention;
use crate::lifestyle::Diet;
use crate::reference::{ReproductiveStatus, Sex};
use crate::units::Unit;

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
