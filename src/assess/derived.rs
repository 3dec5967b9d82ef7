//! The assessment's `derived` list: every value the crate computed from the profile, with
//! its inputs, formula and source, and the words a finding uses for a derived value.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{SupplementPart, push_quantity};
use crate::clinical::Condition;
use crate::nutrient::Nutrient;
use crate::profile::{CKD_EPI_2021_MIN_AGE, EgfrMethod, GfrCategory, Profile, ProfileField};
use crate::reference::push_number;
use crate::source::SourceId;
use crate::term::{Term, vocabulary};
use crate::units::Unit;

vocabulary! {
    /// What a derived value is.
    pub enum DerivedKind in "derived_kind" {
        /// The eGFR the rules use (reported, or CKD-EPI 2021 from creatinine).
        Egfr = "egfr", "eGFR";
        /// The KDIGO GFR category of that eGFR (G5D on dialysis).
        GfrCategory = "gfr_category", "GFR category";
        /// Total serum calcium corrected for albumin.
        CorrectedCalcium = "corrected_calcium", "Albumin-corrected calcium";
        /// The sum of the supplements listed for one nutrient.
        SupplementSum = "supplement_sum", "Supplement sum";
    }
}

vocabulary! {
    /// How a derived value was obtained.
    pub enum DerivationMethod in "derivation_method" {
        /// Taken as reported (a lab's eGFR wins over a computed one).
        Reported = "reported", "reported";
        /// Computed by the crate with the formula given.
        Computed = "computed", "computed";
        /// Not computed: the formula does not apply (the note says why).
        NotComputed = "not_computed", "not computed";
    }
}

/// One input of a derived value, as the profile gave it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct DerivedInput {
    /// The profile field (or `conditions` for dialysis, as `id`).
    pub field: Cow<'static, str>,
    /// The value, for quantities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Its unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// The id, for coded inputs (sex, a condition).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Cow<'static, str>>,
}

/// A value the crate computed from the profile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Derived {
    /// What it is.
    pub kind: DerivedKind,
    /// Reported, computed or not computed.
    pub method: DerivationMethod,
    /// The value, for quantities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Its unit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// The category, for the GFR category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<GfrCategory>,
    /// The nutrient, for supplement sums.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nutrient: Option<Nutrient>,
    /// What it was computed from.
    pub inputs: Vec<DerivedInput>,
    /// The supplement products a sum adds up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supplements: Vec<SupplementPart>,
    /// How, in words.
    pub formula: Cow<'static, str>,
    /// Where the formula comes from (absent for a reported value or a plain sum).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
    /// A caveat or a reason, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Cow<'static, str>>,
}

/// The CKD-EPI 2021 formula in words.
pub const CKD_EPI_2021_FORMULA: &str = "CKD-EPI 2021 (creatinine): 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^-1.200 × 0.9938^age × 1.012 if female; κ = 0.7 (female) or 0.9 (male), α = -0.241 (female) or -0.302 (male), Scr in mg/dL";
/// The KDIGO 2012 GFR categories in words.
pub const GFR_CATEGORY_FORMULA: &str = "KDIGO 2012 GFR categories (mL/min/1.73 m²): G1 ≥ 90, G2 60-89, G3a 45-59, G3b 30-44, G4 15-29, G5 < 15; G5D on dialysis";
/// The albumin correction in words.
pub const CORRECTED_CALCIUM_FORMULA: &str = "measured total calcium (mg/dL) + 0.8 × (4.0 - albumin (g/dL))";
/// The caveat of the albumin correction.
pub const CORRECTED_CALCIUM_CAVEAT: &str = "the adjustment has been shown to be inaccurate in chronic kidney disease and end-stage renal disease (Medscape; Lian 2018: with eGFR below 60, unadjusted total calcium did better); ionized calcium is the better measure there";

fn quantity(field: ProfileField, value: f64, unit: Unit) -> DerivedInput {
    DerivedInput { field: Cow::Borrowed(field.id()), value: Some(value), unit: Some(unit), id: None }
}

fn coded(field: &'static str, id: &'static str) -> DerivedInput {
    DerivedInput { field: Cow::Borrowed(field), value: None, unit: None, id: Some(Cow::Borrowed(id)) }
}

fn derived(kind: DerivedKind, method: DerivationMethod, formula: &'static str) -> Derived {
    Derived {
        kind,
        method,
        value: None,
        unit: None,
        category: None,
        nutrient: None,
        inputs: Vec::new(),
        supplements: Vec::new(),
        formula: Cow::Borrowed(formula),
        source: None,
        note: None,
    }
}

/// Every value derived from `profile`: the eGFR (reported or computed, or why it was not
/// computed), its GFR category, the albumin-corrected calcium and each nutrient's
/// supplement sum.
///
/// ```
/// use calcification::{DerivationMethod, DerivedKind, GfrCategory, Profile, derived_values};
///
/// let p = Profile::from_json(r#"{"age_years": 55, "sex": "female",
///     "labs": {"serum_creatinine": {"value": 0.9, "unit": "mg/dL"}}}"#)?;
/// let derived = derived_values(&p);
/// assert_eq!(derived[0].kind, DerivedKind::Egfr);
/// assert_eq!(derived[0].method, DerivationMethod::Computed);
/// assert_eq!(derived[1].category, Some(GfrCategory::G2));
/// # Ok::<(), calcification::ProfileError>(())
/// ```
pub fn derived_values(profile: &Profile) -> Vec<Derived> {
    let mut out = Vec::new();
    let egfr_unit = Unit::MillilitrePerMinutePerBodySurface;
    let creatinine = profile.lab(ProfileField::SerumCreatinine);
    match profile.egfr_used() {
        Some(e) => {
            let mut d = match e.method {
                EgfrMethod::Reported => {
                    let mut d = derived(DerivedKind::Egfr, DerivationMethod::Reported, "reported by the lab");
                    d.inputs.push(quantity(ProfileField::Egfr, e.value, egfr_unit));
                    if creatinine.is_some() {
                        d.note = Some(Cow::Borrowed(
                            "the reported eGFR is used; serum creatinine was also reported, and an eGFR computed from it is not used",
                        ));
                    }
                    d
                }
                EgfrMethod::CkdEpi2021 { creatinine_mg_dl, age_years, sex } => {
                    let mut d = derived(DerivedKind::Egfr, DerivationMethod::Computed, CKD_EPI_2021_FORMULA);
                    let given = creatinine.expect("computed from it");
                    d.inputs.push(quantity(ProfileField::SerumCreatinine, given.value, given.unit));
                    if given.unit != Unit::MilligramPerDecilitre {
                        d.inputs.push(quantity(
                            ProfileField::SerumCreatinine,
                            creatinine_mg_dl,
                            Unit::MilligramPerDecilitre,
                        ));
                    }
                    d.inputs.push(quantity(ProfileField::AgeYears, age_years, Unit::Year));
                    d.inputs.push(coded(ProfileField::Sex.id(), sex.id()));
                    d.source = Some(SourceId::CkdEpi2021);
                    d
                }
            };
            d.value = Some(e.value);
            d.unit = Some(egfr_unit);
            out.push(d);
        }
        None if creatinine.is_some() => {
            let mut d = derived(DerivedKind::Egfr, DerivationMethod::NotComputed, CKD_EPI_2021_FORMULA);
            let given = creatinine.expect("matched");
            d.inputs.push(quantity(ProfileField::SerumCreatinine, given.value, given.unit));
            d.source = Some(SourceId::CkdEpi2021);
            d.note = Some(Cow::Borrowed(match (profile.age_years, profile.sex) {
                _ if given.value <= 0.0 => "not computed: a serum creatinine of 0 has no eGFR",
                (Some(age), _) if age < CKD_EPI_2021_MIN_AGE => {
                    "not computed: CKD-EPI 2021 is for adults (18 years or more); give the lab's eGFR"
                }
                (None, _) => "not computed: the equation needs age_years",
                _ => "not computed: the equation needs sex",
            }));
            out.push(d);
        }
        None => {}
    }
    if let Some(category) = profile.gfr_category() {
        let mut d = derived(DerivedKind::GfrCategory, DerivationMethod::Computed, GFR_CATEGORY_FORMULA);
        d.category = Some(category);
        if let Some(e) = profile.egfr_used() {
            d.inputs.push(quantity(ProfileField::EgfrUsed, e.value, egfr_unit));
        }
        if profile.conditions.contains(&Condition::Dialysis) {
            d.inputs.push(coded("conditions", Condition::Dialysis.id()));
        }
        d.source = Some(SourceId::Kdigo2012);
        if matches!(category, GfrCategory::G1 | GfrCategory::G2) {
            d.note = Some(Cow::Borrowed(
                "G1 and G2 alone are not chronic kidney disease, which also needs markers of kidney damage",
            ));
        }
        out.push(d);
    }
    if let Some(c) = profile.assessed_serum_calcium().filter(|c| c.albumin_g_dl.is_some()) {
        let mut d = derived(DerivedKind::CorrectedCalcium, DerivationMethod::Computed, CORRECTED_CALCIUM_FORMULA);
        d.value = Some(c.value);
        d.unit = Some(c.unit);
        d.inputs.push(quantity(ProfileField::SerumCalcium, c.measured, c.unit));
        let albumin = profile.lab(ProfileField::SerumAlbumin).expect("corrected with it");
        d.inputs.push(quantity(ProfileField::SerumAlbumin, albumin.value, albumin.unit));
        d.source = Some(SourceId::MedscapeCalciumCorrection);
        d.note = Some(Cow::Borrowed(CORRECTED_CALCIUM_CAVEAT));
        out.push(d);
    }
    for nutrient in Nutrient::all() {
        let Some(sum) = profile.supplement_sum(nutrient) else { continue };
        let mut d = derived(
            DerivedKind::SupplementSum,
            DerivationMethod::Computed,
            "the sum of the products listed, each converted to the unit",
        );
        d.value = Some(sum.total);
        d.unit = Some(sum.unit);
        d.nutrient = Some(nutrient);
        d.supplements = sum
            .parts
            .iter()
            .map(|(index, product)| SupplementPart { index: *index, product: (*product).clone() })
            .collect();
        out.push(d);
    }
    out
}

/// The sources a finding cites for a derived value it used.
pub(super) fn sources_of(profile: &Profile, field: ProfileField) -> Option<SourceId> {
    match field {
        ProfileField::EgfrUsed => profile
            .egfr_used()
            .filter(|e| matches!(e.method, EgfrMethod::CkdEpi2021 { .. }))
            .map(|_| SourceId::CkdEpi2021),
        ProfileField::AssessedSerumCalcium => {
            profile.assessed_serum_calcium().and_then(|c| c.albumin_g_dl).map(|_| SourceId::MedscapeCalciumCorrection)
        }
        _ => None,
    }
}

/// After a derived value in a statement: how it was obtained, e.g. " (albumin-corrected:
/// measured 10 mg/dL, albumin 3 g/dL)".
pub(super) fn push_derivation(out: &mut String, profile: &Profile, field: ProfileField) {
    match field {
        ProfileField::AssessedSerumCalcium => {
            let Some(c) = profile.assessed_serum_calcium() else { return };
            match c.albumin_g_dl {
                Some(albumin) => {
                    out.push_str(" (albumin-corrected: measured ");
                    push_quantity(out, c.measured, c.unit);
                    out.push_str(", albumin ");
                    push_quantity(out, albumin, Unit::GramPerDecilitre);
                    out.push(')');
                }
                None => out.push_str(" (as measured: albumin not reported)"),
            }
        }
        ProfileField::EgfrUsed => match profile.egfr_used().map(|e| e.method) {
            Some(EgfrMethod::Reported) => out.push_str(" (reported by the lab)"),
            Some(EgfrMethod::CkdEpi2021 { creatinine_mg_dl, age_years, sex }) => {
                out.push_str(" (CKD-EPI 2021 from serum creatinine ");
                push_quantity(out, creatinine_mg_dl, Unit::MilligramPerDecilitre);
                out.push_str(", ");
                push_number(out, age_years);
                out.push_str(" years, ");
                out.push_str(sex.id());
                out.push(')');
            }
            None => {}
        },
        ProfileField::VitaminKIntake => {
            out.push_str(" (");
            for (i, part) in [ProfileField::VitaminK1Intake, ProfileField::VitaminK2Intake].into_iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                out.push_str(if i == 0 { "K1 " } else { "K2 " });
                match profile.interval(part) {
                    Some(v) if v.is_exact() => push_quantity(out, v.low, Unit::Microgram),
                    Some(v) => {
                        out.push_str("at least ");
                        push_quantity(out, v.low, Unit::Microgram);
                    }
                    None => out.push_str("not reported"),
                }
            }
            out.push(')');
        }
        _ => {}
    }
}
