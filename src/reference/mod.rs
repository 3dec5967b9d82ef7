//! Life stages and the reference values (RDA/AI, UL, drink levels, activity guidelines)
//! the rules compare intakes against, each row with its source.
//!
//! One table, [`REFERENCE_ROWS`], holds every life-stage-dependent value; the fixed lab
//! thresholds are the [`FixedThreshold`] constants of this module.

use serde::{Deserialize, Serialize};

use crate::source::{Confirmation, SourceId};
use crate::term::vocabulary;
use crate::units::{Analyte, Unit};
use ReferenceStandard::{Efsa, Iom};

mod index;
mod rows;
mod targets;
mod thresholds;

use index::ROW_INDEX;
pub use rows::REFERENCE_ROWS;
pub use targets::{Gap, Target, TargetState, Targets};
pub use thresholds::{
    ADULT_AGE, ANY_MAGNESIUM_SUPPLEMENT, ANY_VITAMIN_K, ANY_VITAMIN_K_SUPPLEMENT, CALCIDIOL_CONCERN,
    CALCIDIOL_DEFICIENCY, CALCIDIOL_SUFFICIENCY, CALCIDIOL_TOXICITY, FIXED_THRESHOLDS, HYPERCALCEMIA,
    HYPERCALCEMIA_MODERATE, INFANCY_END, INFANT_MAGNESIUM_SUPPLEMENT, KIDNEY_STONE_FLUID,
};
pub use thresholds::{
    ADULT_PHOSPHATE_RANGE, ANY_CALCIUM_SUPPLEMENT, EGFR_G3A, EGFR_G4, HYPERMAGNESEMIA, HYPERPHOSPHATEMIA,
    HYPOMAGNESEMIA, IONIZED_HYPERCALCEMIA, STONE_SODIUM,
};

vocabulary! {
    /// Sex, as the reference tables split by it.
    pub enum Sex in "sex" {
        /// Female.
        Female = "female", "Female";
        /// Male.
        Male = "male", "Male";
    }
}

vocabulary! {
    /// Pregnancy or lactation, which change some reference values. Absent means neither.
    pub enum ReproductiveStatus in "reproductive_status" {
        /// Currently pregnant.
        Pregnant = "pregnant", "Pregnant";
        /// Currently breastfeeding.
        Lactating = "lactating", "Lactating";
    }
}

vocabulary! {
    /// The body of reference values thresholds come from.
    pub enum ReferenceStandard in "reference_standard" {
        /// US/Canada Dietary Reference Intakes of the Institute of Medicine (the default).
        Iom = "iom", "IOM (US/Canada DRIs)";
        /// Dietary Reference Values of the European Food Safety Authority.
        Efsa = "efsa", "EFSA (EU DRVs)";
    }
}

impl Default for ReferenceStandard {
    /// IOM, the crate's default standard.
    fn default() -> Self {
        Self::Iom
    }
}

vocabulary! {
    /// A life-stage-dependent reference value a rule can compare against.
    pub enum ReferenceKind in "reference_kind" {
        /// Vitamin D RDA (AI for infants), µg/day.
        VitaminDRda = "vitamin_d_rda", "Vitamin D RDA";
        /// Vitamin D tolerable upper intake level, µg/day.
        VitaminDUl = "vitamin_d_ul", "Vitamin D UL";
        /// Vitamin K adequate intake, µg/day (used as a heuristic for vitamin K2; there is no K2 requirement).
        VitaminKAi = "vitamin_k_ai", "Vitamin K AI";
        /// Vitamin K tolerable upper intake level: not determined at any age.
        VitaminKUl = "vitamin_k_ul", "Vitamin K UL";
        /// Magnesium RDA (AI for infants), mg/day from all sources.
        MagnesiumRda = "magnesium_rda", "Magnesium RDA";
        /// Magnesium tolerable upper intake level, mg/day from supplements and medicines only.
        MagnesiumSupplementUl = "magnesium_supplement_ul", "Magnesium UL (supplements)";
        /// Calcium RDA (AI for infants), mg/day.
        CalciumRda = "calcium_rda", "Calcium RDA";
        /// Calcium tolerable upper intake level, mg/day.
        CalciumUl = "calcium_ul", "Calcium UL";
        /// Water from drinks: about 80% of the adequate total water intake, L/day.
        DrinkingWater = "drinking_water", "Adequate water from drinks";
        /// Aerobic physical activity, moderate-intensity-equivalent minutes/week.
        PhysicalActivity = "physical_activity_minimum", "Recommended physical activity";
        /// Phosphorus RDA (AI for infants; EFSA's AI), mg/day.
        PhosphorusRda = "phosphorus_rda", "Phosphorus RDA";
        /// Phosphorus tolerable upper intake level, mg/day.
        PhosphorusUl = "phosphorus_ul", "Phosphorus UL";
    }
}

vocabulary! {
    /// What a reference value is.
    pub enum ValueType in "value_type" {
        /// Recommended Dietary Allowance: meets the needs of 97-98% of healthy people.
        Rda = "rda", "RDA";
        /// Adequate Intake: set where evidence does not support an RDA (e.g. infants).
        Ai = "ai", "AI";
        /// Population Reference Intake (EFSA): adequate for virtually all people in a group, EFSA's counterpart of the RDA.
        Pri = "pri", "PRI";
        /// Tolerable Upper Intake Level: the highest daily intake unlikely to cause harm.
        Ul = "ul", "UL";
        /// A guideline minimum (physical activity).
        Guideline = "guideline", "Guideline";
    }
}

impl ReferenceKind {
    /// The unit of the kind's values (also the canonical unit of what it is compared with).
    pub fn unit(self) -> Unit {
        match self {
            Self::VitaminDRda | Self::VitaminDUl | Self::VitaminKAi | Self::VitaminKUl => Unit::Microgram,
            Self::MagnesiumRda
            | Self::MagnesiumSupplementUl
            | Self::CalciumRda
            | Self::CalciumUl
            | Self::PhosphorusRda
            | Self::PhosphorusUl => Unit::Milligram,
            Self::DrinkingWater => Unit::LitrePerDay,
            Self::PhysicalActivity => Unit::MinutePerWeek,
        }
    }
}

/// Which reproductive statuses a row applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StatusFilter {
    /// Everyone in the age band, pregnant and lactating included.
    Any,
    /// Only people neither pregnant nor lactating.
    NeitherPregnantNorLactating,
    /// Only pregnant people.
    Pregnant,
    /// Only lactating people.
    Lactating,
}

impl StatusFilter {
    fn matches(self, status: Option<ReproductiveStatus>) -> bool {
        matches!(
            (self, status),
            (Self::Any, _)
                | (Self::NeitherPregnantNorLactating, None)
                | (Self::Pregnant, Some(ReproductiveStatus::Pregnant))
                | (Self::Lactating, Some(ReproductiveStatus::Lactating))
        )
    }
}

/// A reference value, or the explicit statement that none was determined.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefValue {
    /// A value in the kind's unit.
    Amount(f64),
    /// The source determined no value for this group (e.g. no vitamin K UL, "ND"); never read
    /// as zero or infinity.
    NotDetermined,
    /// The source sets a value for this group, but the crate could not confirm the figure
    /// against the source, so it is not encoded: a look-up falls back to the other standard
    /// and says why (the text).
    NotEncoded(&'static str),
}

/// One row of a reference table: a value for an age band, sex and reproductive status.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct ReferenceRow {
    /// What the value is a reference for.
    pub kind: ReferenceKind,
    /// The standard the row belongs to; `None` for guidelines that are not part of either
    /// standard (WHO activity) and apply whichever is chosen.
    pub standard: Option<ReferenceStandard>,
    /// Lower bound of the age band, years, inclusive.
    pub age_from: f64,
    /// Upper bound of the age band, years, exclusive; `None` for no upper bound.
    pub age_until: Option<f64>,
    /// Sex the row applies to; `None` for both.
    pub sex: Option<Sex>,
    /// Reproductive statuses the row applies to.
    pub status: StatusFilter,
    /// The value.
    pub value: RefValue,
    /// RDA, AI, UL or guideline.
    pub value_type: ValueType,
    /// The life-stage group as the source names it, e.g. `"19-50 years"`.
    pub group: &'static str,
    /// Where the value comes from.
    pub source: SourceId,
    /// Whether the figure was read in the source itself, in a copy of it, or derived.
    pub confirmation: Confirmation,
}

impl ReferenceRow {
    /// The row's unit.
    pub fn unit(&self) -> Unit {
        self.kind.unit()
    }

    /// The value, if one was determined.
    pub fn amount(&self) -> Option<f64> {
        match self.value {
            RefValue::Amount(v) => Some(v),
            RefValue::NotDetermined | RefValue::NotEncoded(_) => None,
        }
    }

    /// Whether the row applies to `sex` and `status`; `None` when it depends on a sex that is
    /// not known. The age band is checked by the index (`RowIndex::rows`), once.
    fn matches(&self, sex: Option<Sex>, status: Option<ReproductiveStatus>) -> Option<bool> {
        if !self.status.matches(status) {
            return Some(false);
        }
        match (self.sex, sex) {
            (None, _) => Some(true),
            (Some(row), Some(person)) => Some(row == person),
            (Some(_), None) => None,
        }
    }
}

/// A fixed threshold (not life-stage dependent), with its source.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct FixedThreshold {
    /// The value.
    pub value: f64,
    /// Its unit (the canonical unit of the measure it is compared with).
    pub unit: Unit,
    /// The same threshold as the source publishes it in the measure's other unit (2.60
    /// mmol/L beside 10.4 mg/dL). A value reported in that unit is compared with this
    /// figure, so a lab reported at exactly the published figure does not cross it.
    pub equivalent: Option<Equivalent>,
    /// What the threshold marks, in words.
    pub meaning: &'static str,
    /// Where it comes from.
    pub source: SourceId,
    /// The substance measured, for converting between its mass and molar units (`None` for
    /// thresholds of one dimension).
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub analyte: Option<Analyte>,
}

/// A threshold as published in a second unit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Equivalent {
    /// The published value.
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
}

/// A fixed threshold reads back only as one of the crate's own ([`FIXED_THRESHOLDS`]): its
/// text and source are the crate's, so an unknown one is an error, not a new threshold.
impl<'de> Deserialize<'de> for FixedThreshold {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Written {
            value: f64,
            unit: Unit,
            equivalent: Option<Equivalent>,
            meaning: String,
            source: SourceId,
        }
        let w = Written::deserialize(deserializer)?;
        FIXED_THRESHOLDS
            .iter()
            .find(|t| {
                t.value == w.value
                    && t.unit == w.unit
                    && t.equivalent == w.equivalent
                    && t.meaning == w.meaning
                    && t.source == w.source
            })
            .copied()
            .ok_or_else(|| {
                serde::de::Error::custom(format_args!(
                    "expected one of the crate's fixed thresholds, found {} {} ({:?}, {})",
                    w.value,
                    w.unit.id(),
                    w.meaning,
                    w.source.id()
                ))
            })
    }
}

impl FixedThreshold {
    /// The threshold for a value reported in `given`, as `(value, unit, canonical)`: the
    /// published equivalent and its unit when `given` is that unit, else the threshold's own
    /// value and unit; `canonical` is that figure in the threshold's unit, to compare with
    /// the value converted the same way.
    pub const fn limit_for(&self, given: Unit) -> (f64, Unit, f64) {
        match self.equivalent {
            Some(eq) if eq.unit as u8 == given as u8 => match convert_as(self.analyte, eq.value, eq.unit, self.unit) {
                Some(canonical) => (eq.value, eq.unit, canonical),
                None => (self.value, self.unit, self.value),
            },
            _ => (self.value, self.unit, self.value),
        }
    }
}

/// Converts `value` of `analyte` (if any) from `from` to `to`.
pub(crate) const fn convert_as(analyte: Option<Analyte>, value: f64, from: Unit, to: Unit) -> Option<f64> {
    match analyte {
        Some(a) => a.convert(value, from, to),
        None => from.convert(value, to),
    }
}

/// Who the reference values are looked up for: age, sex and pregnancy/lactation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LifeStage {
    /// Age in years (fractional for infants), if reported.
    pub age_years: Option<f64>,
    /// Sex, if reported (pregnancy or lactation imply female for table look-ups).
    pub sex: Option<Sex>,
    /// Pregnancy or lactation; absent means neither.
    pub reproductive_status: Option<ReproductiveStatus>,
}

/// Why a reference value could not be found for a life stage. Its message names the
/// reference kind and the life stage, so it can be passed up with `?`.
///
/// ```
/// use calcification::{LifeStage, LookupGap, ReferenceKind, ReferenceStandard, Sex};
///
/// let infant = LifeStage { age_years: Some(0.5), sex: Some(Sex::Male), reproductive_status: None };
/// let gap = infant.reference(ReferenceKind::PhysicalActivity, ReferenceStandard::Iom).unwrap_err();
/// assert!(matches!(gap, LookupGap::NoValueForLifeStage { .. }));
/// assert_eq!(gap.to_string(), "physical_activity_minimum for male, 6 months: no source sets a value for this life stage");
/// let boxed: Box<dyn std::error::Error> = Box::new(gap);
/// # let _ = boxed;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LookupGap {
    /// The age is needed and was not reported.
    #[error("{}: the life stage needs age_years, which was not reported", kind.id())]
    MissingAge {
        /// The reference value looked for.
        kind: ReferenceKind,
    },
    /// The value depends on sex, which was not reported.
    #[error("{} for {}: the value depends on sex, which was not reported", kind.id(), stage.describe())]
    MissingSex {
        /// The reference value looked for.
        kind: ReferenceKind,
        /// The life stage it was looked for.
        stage: LifeStage,
    },
    /// No row covers this life stage (e.g. no activity minimum under 5 years, or pregnancy over 50).
    #[error("{} for {}: no source sets a value for this life stage", kind.id(), stage.describe())]
    NoValueForLifeStage {
        /// The reference value looked for.
        kind: ReferenceKind,
        /// The life stage it was looked for.
        stage: LifeStage,
    },
}

impl LookupGap {
    /// The reference value that was looked for.
    pub fn kind(&self) -> ReferenceKind {
        match *self {
            Self::MissingAge { kind } | Self::MissingSex { kind, .. } | Self::NoValueForLifeStage { kind, .. } => kind,
        }
    }
}

/// A reference value found for a life stage, with where it came from.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Resolved {
    /// The row that gave the value.
    pub row: &'static ReferenceRow,
    /// The standard that was asked for.
    pub requested: ReferenceStandard,
    /// The requested standard's row for this life stage whose figure is not encoded
    /// ([`RefValue::NotEncoded`]), when that is why another standard's value is used.
    pub not_encoded: Option<&'static ReferenceRow>,
}

impl Resolved {
    /// Whether the value came from a standard other than the requested one, because the
    /// requested one gives no value for this life stage.
    pub fn is_fallback(&self) -> bool {
        self.row.standard.is_some_and(|s| s != self.requested)
    }

    /// Says which standard gave the value, e.g. `"IOM 2011, 19-50 years"` or
    /// `"IOM 2011, 1-70 years; EFSA sets no value for this life stage; IOM used"`. A figure
    /// read only in a copy of the source, or derived from a published one, says so.
    pub fn provenance(&self) -> String {
        let mut out = String::new();
        self.write_provenance(&mut out);
        out
    }

    /// [`provenance`](Self::provenance), written into `out`.
    pub(crate) fn write_provenance(&self, out: &mut String) {
        let upper = |s: ReferenceStandard| s.id().chars().map(|c| c.to_ascii_uppercase());
        out.push_str(self.row.source.label());
        out.push_str(", ");
        out.push_str(self.row.group);
        match self.row.confirmation {
            Confirmation::Primary => {}
            Confirmation::Secondary => out.push_str(" (figure read in a copy of the source)"),
            Confirmation::Derived => out.push_str(" (derived by the crate from the published figure)"),
        }
        if let Some(used) = self.row.standard.filter(|used| *used != self.requested) {
            out.push_str("; ");
            out.extend(upper(self.requested));
            match self.not_encoded.map(|r| r.value) {
                Some(RefValue::NotEncoded(why)) => {
                    out.push_str("'s value for this life stage is not encoded (");
                    out.push_str(why);
                    out.push(')');
                }
                _ => out.push_str(" sets no value for this life stage"),
            }
            out.push_str("; ");
            out.extend(upper(used));
            out.push_str(" used");
        }
    }
}

impl LifeStage {
    /// Pregnancy and lactation imply female for the tables; otherwise the reported sex.
    pub fn table_sex(&self) -> Option<Sex> {
        if self.reproductive_status.is_some() { Some(Sex::Female) } else { self.sex }
    }

    /// The reference value of `kind` for this life stage under `standard`: rows of the
    /// requested standard first, then rows that belong to no standard, then the other
    /// standard (a fallback, which [`Resolved::is_fallback`] reports).
    ///
    /// # Errors
    /// A [`LookupGap`] saying what is missing (age, sex) or that no value exists.
    ///
    /// ```
    /// use calcification::{LifeStage, ReferenceKind, ReferenceStandard, Sex};
    ///
    /// let stage = LifeStage { age_years: Some(52.0), sex: Some(Sex::Female), reproductive_status: None };
    /// let ul = stage.reference(ReferenceKind::CalciumUl, ReferenceStandard::Iom).unwrap();
    /// assert_eq!(ul.row.amount(), Some(2000.0));
    /// ```
    pub fn reference(&self, kind: ReferenceKind, standard: ReferenceStandard) -> Result<Resolved, LookupGap> {
        self.resolver(standard).get(kind)
    }

    /// Every reference kind's look-up for this life stage under `standard`, resolved at once
    /// (one search of the life-stage table; each kind is then read from a row).
    pub(crate) fn resolver(&self, standard: ReferenceStandard) -> StageReferences {
        let answers = self
            .age_years
            .and_then(|age| index::StageTable::answers(age, self.table_sex(), self.reproductive_status, standard));
        StageReferences { stage: *self, standard, answers }
    }

    /// The look-up itself, scanning the rows: what [`reference`](Self::reference) answers.
    pub(crate) fn scan(&self, kind: ReferenceKind, standard: ReferenceStandard) -> Result<Resolved, LookupGap> {
        let age = self.age_years.ok_or(LookupGap::MissingAge { kind })?;
        let other = match standard {
            Iom => Efsa,
            Efsa => Iom,
        };
        let mut not_encoded = None;
        for wanted in [Some(standard), None, Some(other)] {
            match self.find_row(kind, wanted, age)? {
                Some(row) if matches!(row.value, RefValue::NotEncoded(_)) => not_encoded = not_encoded.or(Some(row)),
                Some(row) => return Ok(Resolved { row, requested: standard, not_encoded }),
                None => continue,
            }
        }
        Err(LookupGap::NoValueForLifeStage { kind, stage: *self })
    }

    fn find_row(
        &self,
        kind: ReferenceKind,
        standard: Option<ReferenceStandard>,
        age: f64,
    ) -> Result<Option<&'static ReferenceRow>, LookupGap> {
        let sex = self.table_sex();
        let mut sex_unknown = false;
        for row in ROW_INDEX.rows(kind, standard, age) {
            match row.matches(sex, self.reproductive_status) {
                Some(true) => return Ok(Some(row)),
                Some(false) => {}
                None => sex_unknown = true,
            }
        }
        if sex_unknown { Err(LookupGap::MissingSex { kind, stage: *self }) } else { Ok(None) }
    }

    /// A short description, e.g. `"female, 52 years, pregnant"`.
    pub fn describe(&self) -> String {
        let mut out = String::with_capacity(32);
        if let Some(sex) = self.sex {
            out.push_str(sex.id());
            out.push_str(", ");
        }
        match self.age_years {
            Some(age) if age < 1.0 => {
                push_number(&mut out, age * 12.0);
                out.push_str(" months");
            }
            Some(age) => {
                push_number(&mut out, age);
                out.push_str(" years");
            }
            None => out.push_str("age not reported"),
        }
        if let Some(status) = self.reproductive_status {
            out.push_str(", ");
            out.push_str(status.id());
        }
        out
    }
}

/// Formats a number rounded to 3 decimals without trailing zeros: `52`, `1.6`, `0.025`.
pub(crate) fn trim_number(value: f64) -> String {
    let mut out = String::new();
    push_number(&mut out, value);
    out
}

/// [`trim_number`], written into `out`.
pub(crate) fn push_number(out: &mut String, value: f64) {
    let thousandths = (value * 1000.0).round();
    // Below 2^50 thousandths the doubles are far denser than 0.001, so the shortest text that
    // reads back as `thousandths / 1000` (what `Display` prints) is that decimal itself, with
    // trailing zeros dropped: written from the integer without the float formatter, which
    // was a quarter of `explain`'s time (issue 11). Larger, infinite and NaN values go the
    // long way; `number_tests` compares the two ways.
    if thousandths.abs() < (1u64 << 50) as f64 {
        push_thousandths(out, thousandths as i64);
    } else {
        push_number_display(out, value);
    }
}

/// `n / 1000` as a decimal with at most three decimals and no trailing zeros (`-0` is `0`).
fn push_thousandths(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let n = n.unsigned_abs();
    // The whole part by `itoa` (no UTF-8 check of the digits, which `str::from_utf8` cost
    // for every number), then the decimals that are not trailing zeros.
    out.push_str(itoa::Buffer::new().format(n / 1000));
    let fraction = n % 1000;
    if fraction != 0 {
        out.push('.');
        let digit = |d: u64| char::from(b'0' + d as u8);
        out.push(digit(fraction / 100));
        if !fraction.is_multiple_of(100) {
            out.push(digit(fraction / 10 % 10));
            if !fraction.is_multiple_of(10) {
                out.push(digit(fraction % 10));
            }
        }
    }
}

/// [`push_number`] through the float formatter: `Display` for f64 is the shortest text that
/// reads back as the same number and never uses an exponent, so after rounding it has no
/// trailing zeros.
fn push_number_display(out: &mut String, value: f64) {
    use std::fmt::Write;
    let _ = write!(out, "{}", (value * 1000.0).round() / 1000.0 + 0.0);
}

/// Rounds to at most 6 significant digits, so converted limits print cleanly.
pub(crate) fn round_sig(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let magnitude = 10f64.powi(5 - value.abs().log10().floor() as i32);
    (value * magnitude).round() / magnitude
}

/// The look-ups of one life stage and standard, resolved once ([`LifeStage::resolver`]):
/// every threshold of the life stage is read from its row, with the same answers as
/// [`LifeStage::reference`] per kind.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StageReferences {
    stage: LifeStage,
    standard: ReferenceStandard,
    /// Every segment of the life-stage table (built from the scan) in which the age falls;
    /// `None` for a missing age or one outside the table, answered by scanning.
    answers: Option<&'static [u16; index::ROW_INDEX_KINDS]>,
}

impl StageReferences {
    /// The reference value of `kind`, as [`LifeStage::reference`] gives it.
    pub(crate) fn get(&self, kind: ReferenceKind) -> Result<Resolved, LookupGap> {
        let Some(answers) = self.answers else {
            return self.stage.scan(kind, self.standard);
        };
        let stage = self.stage;
        match index::StageTable::answer(answers, kind) {
            index::Answer::Row(row) => {
                // The table keeps the row; on a fallback, the reason (a requested row whose
                // figure is not encoded) is found again by the scan, which is rare.
                let not_encoded = if row.standard.is_some_and(|s| s != self.standard) {
                    self.stage.scan(kind, self.standard).ok().and_then(|r| r.not_encoded)
                } else {
                    None
                };
                Ok(Resolved { row, requested: self.standard, not_encoded })
            }
            index::Answer::NoValue => Err(LookupGap::NoValueForLifeStage { kind, stage }),
            index::Answer::MissingSex => Err(LookupGap::MissingSex { kind, stage }),
        }
    }
}

#[cfg(test)]
mod number_tests;
