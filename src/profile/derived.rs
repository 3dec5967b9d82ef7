//! Values the crate computes from a profile (contract v1.1): the eGFR by CKD-EPI 2021 from
//! serum creatinine, the KDIGO GFR category, and the albumin-corrected serum calcium. Each
//! is written once here; the rules read them as the `derived.*` profile fields, and the
//! assessment lists them with their inputs, formula and source.

use super::{Profile, ProfileField};
use crate::clinical::Condition;
use crate::reference::{EGFR_G3A, EGFR_G4, Sex};
use crate::term::vocabulary;
use crate::units::Unit;

/// The youngest age CKD-EPI 2021 is valid for: 18 years (the equation was developed and
/// validated in adults; it is not computed below).
pub const CKD_EPI_2021_MIN_AGE: f64 = 18.0;

/// The eGFR by the CKD-EPI 2021 creatinine equation (Inker et al., NEJM 2021; as published
/// by the National Kidney Foundation), in mL/min/1.73 m²:
/// 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^−1.200 × 0.9938^age × 1.012 (female), with
/// κ = 0.7 (female) or 0.9 (male), α = −0.241 (female) or −0.302 (male), Scr in mg/dL.
/// For adults only ([`CKD_EPI_2021_MIN_AGE`]); the caller checks the age.
///
/// ```
/// use calcification::{Sex, ckd_epi_2021};
///
/// // A 55-year-old woman with serum creatinine 0.9 mg/dL.
/// assert!((ckd_epi_2021(0.9, 55.0, Sex::Female) - 75.50).abs() < 0.01);
/// ```
pub fn ckd_epi_2021(creatinine_mg_dl: f64, age_years: f64, sex: Sex) -> f64 {
    let (kappa, alpha, factor) = match sex {
        Sex::Female => (0.7, -0.241, 1.012),
        Sex::Male => (0.9, -0.302, 1.0),
    };
    let ratio = creatinine_mg_dl / kappa;
    142.0 * ratio.min(1.0).powf(alpha) * ratio.max(1.0).powf(-1.200) * 0.9938f64.powf(age_years) * factor
}

vocabulary! {
    /// A KDIGO 2012 GFR category (mL/min/1.73 m²). G1 and G2 alone do not make chronic
    /// kidney disease, which also needs markers of kidney damage; dialysis is G5D.
    pub enum GfrCategory in "gfr_category" {
        /// G1, 90 or more: normal or high.
        G1 = "g1", "G1 (normal or high)";
        /// G2, 60 to 89: mildly decreased.
        G2 = "g2", "G2 (mildly decreased)";
        /// G3a, 45 to 59: mildly to moderately decreased.
        G3a = "g3a", "G3a (mildly to moderately decreased)";
        /// G3b, 30 to 44: moderately to severely decreased.
        G3b = "g3b", "G3b (moderately to severely decreased)";
        /// G4, 15 to 29: severely decreased.
        G4 = "g4", "G4 (severely decreased)";
        /// G5, below 15: kidney failure.
        G5 = "g5", "G5 (kidney failure)";
        /// G5D: kidney failure treated by dialysis.
        G5d = "g5d", "G5D (kidney failure on dialysis)";
    }
}

impl GfrCategory {
    /// The category of an eGFR (G5D when on dialysis, whatever the eGFR).
    ///
    /// ```
    /// use calcification::GfrCategory;
    ///
    /// assert_eq!(GfrCategory::from_egfr(60.0, false), GfrCategory::G2);
    /// assert_eq!(GfrCategory::from_egfr(59.9, false), GfrCategory::G3a);
    /// assert_eq!(GfrCategory::from_egfr(8.0, true), GfrCategory::G5d);
    /// ```
    pub fn from_egfr(egfr: f64, dialysis: bool) -> Self {
        // The G3a and G4 edges are the rules' thresholds (one figure each); G1, G3b and G5
        // start at the other KDIGO 2012 edges.
        match egfr {
            _ if dialysis => Self::G5d,
            e if e >= 90.0 => Self::G1,
            e if e >= EGFR_G3A.value => Self::G2,
            e if e >= 45.0 => Self::G3a,
            e if e >= EGFR_G4.value => Self::G3b,
            e if e >= 15.0 => Self::G4,
            _ => Self::G5,
        }
    }
}

/// Where the eGFR used came from.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum EgfrMethod {
    /// The lab's reported eGFR (it wins over a computed one).
    Reported,
    /// Computed by CKD-EPI 2021 from serum creatinine, age and sex.
    CkdEpi2021 {
        /// Serum creatinine in mg/dL.
        creatinine_mg_dl: f64,
        /// Age in years.
        age_years: f64,
        /// Sex.
        sex: Sex,
    },
}

/// The eGFR the rules use, and how it was obtained.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct EgfrUsed {
    /// mL/min/1.73 m².
    pub value: f64,
    /// Reported, or computed (with the inputs).
    pub method: EgfrMethod,
}

/// The total serum calcium the rules assess: albumin-corrected when albumin is reported.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct AssessedCalcium {
    /// The value assessed, in [`unit`](Self::unit) (the unit calcium was reported in).
    pub value: f64,
    /// The unit.
    pub unit: Unit,
    /// The measured total calcium, in `unit`.
    pub measured: f64,
    /// Serum albumin in g/dL, when reported (then `value` is corrected).
    pub albumin_g_dl: Option<f64>,
}

/// The albumin correction: + 0.8 mg/dL for every 1 g/dL of albumin below 4.0 g/dL (and − for
/// every 1 g/dL above).
pub(crate) fn corrected_calcium_mg_dl(measured_mg_dl: f64, albumin_g_dl: f64) -> f64 {
    measured_mg_dl + 0.8 * (4.0 - albumin_g_dl)
}

impl Profile {
    /// The eGFR the rules use: the reported `labs.egfr`, else CKD-EPI 2021 from
    /// `labs.serum_creatinine`, `age_years` (18 or more) and `sex`; `None` when neither can
    /// be had.
    ///
    /// ```
    /// use calcification::{EgfrMethod, Profile};
    ///
    /// let p = Profile::from_json(r#"{"age_years": 55, "sex": "female",
    ///     "labs": {"serum_creatinine": {"value": 0.9, "unit": "mg/dL"}}}"#)?;
    /// let egfr = p.egfr_used().unwrap();
    /// assert!(matches!(egfr.method, EgfrMethod::CkdEpi2021 { .. }));
    /// assert_eq!(egfr.value.round(), 75.0);
    /// # Ok::<(), calcification::ProfileError>(())
    /// ```
    pub fn egfr_used(&self) -> Option<EgfrUsed> {
        if let Some(reported) = self.lab(ProfileField::Egfr) {
            return Some(EgfrUsed { value: reported.value, method: EgfrMethod::Reported });
        }
        // A creatinine of 0 has no eGFR (the equation divides by it).
        let creatinine = self.canonical(ProfileField::SerumCreatinine).filter(|c| *c > 0.0)?;
        let (age, sex) = (self.age_years?, self.sex?);
        (age >= CKD_EPI_2021_MIN_AGE).then(|| EgfrUsed {
            value: ckd_epi_2021(creatinine, age, sex),
            method: EgfrMethod::CkdEpi2021 { creatinine_mg_dl: creatinine, age_years: age, sex },
        })
    }

    /// The KDIGO GFR category of [`egfr_used`](Self::egfr_used) (G5D with `dialysis`, also
    /// without an eGFR); `None` when there is no eGFR and no dialysis.
    pub fn gfr_category(&self) -> Option<GfrCategory> {
        let dialysis = self.conditions.contains(&Condition::Dialysis);
        match self.egfr_used() {
            Some(e) => Some(GfrCategory::from_egfr(e.value, dialysis)),
            None => dialysis.then_some(GfrCategory::G5d),
        }
    }

    /// The total serum calcium assessed: corrected for albumin when `labs.serum_albumin` is
    /// reported, as measured otherwise; in the unit calcium was reported in.
    ///
    /// ```
    /// use calcification::Profile;
    ///
    /// let p = Profile::from_json(r#"{"labs": {"serum_calcium": {"value": 10.0, "unit": "mg/dL"},
    ///     "serum_albumin": {"value": 3.0, "unit": "g/dL"}}}"#)?;
    /// assert_eq!(p.assessed_serum_calcium().unwrap().value, 10.8);
    /// # Ok::<(), calcification::ProfileError>(())
    /// ```
    pub fn assessed_serum_calcium(&self) -> Option<AssessedCalcium> {
        let measured = self.lab(ProfileField::SerumCalcium)?;
        let field = ProfileField::SerumCalcium;
        let Some(albumin) = self.canonical(ProfileField::SerumAlbumin) else {
            return Some(AssessedCalcium {
                value: measured.value,
                unit: measured.unit,
                measured: measured.value,
                albumin_g_dl: None,
            });
        };
        let mg_dl = field.convert(measured.value, measured.unit, Unit::MilligramPerDecilitre)?;
        let corrected = corrected_calcium_mg_dl(mg_dl, albumin);
        let value = field.convert(corrected, Unit::MilligramPerDecilitre, measured.unit)?;
        Some(AssessedCalcium { value, unit: measured.unit, measured: measured.value, albumin_g_dl: Some(albumin) })
    }
}
