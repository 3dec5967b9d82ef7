//! The code tables of the FHIR mapping: which coded FHIR element fills which profile field.
//!
//! Data only, one row per code, each with the status of its confirmation (see
//! `docs/review/codes-and-new-concepts.md` of the main branch: "HL7" = confirmed in an
//! HL7-published value set or IG, "secondary" = confirmed in several independent code lists).
//! To map a new profile field, add rows here; the code that reads the tables is in `map.rs`.
//! Codes that could not be confirmed are left out on purpose (listed in CHANGELOG.md).

use crate::calcification::CalcificationKind;
use crate::clinical::{Condition, Medication};
use crate::profile::ProfileField;
use crate::reference::ReproductiveStatus;

/// LOINC's FHIR system URI.
pub const LOINC: &str = "http://loinc.org";
/// SNOMED CT's FHIR system URI.
pub const SNOMED: &str = "http://snomed.info/sct";
/// ICD-10-CM's FHIR system URI.
pub const ICD10CM: &str = "http://hl7.org/fhir/sid/icd-10-cm";
/// ATC's FHIR system URI.
pub const ATC: &str = "http://www.whocc.no/atc";
/// RxNorm's FHIR system URI.
pub const RXNORM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";
/// UCUM's FHIR system URI.
pub const UCUM: &str = "http://unitsofmeasure.org";

/// How a table row's code is compared with a FHIR coding's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The coding's code equals the row's code.
    Exact,
    /// The coding's code starts with the row's code (an ATC class, an ICD-10-CM category).
    Prefix,
}

/// A lab Observation code: LOINC code → the profile's lab field.
#[derive(Clone, Copy, Debug)]
pub struct LabCode {
    /// LOINC code.
    pub code: &'static str,
    /// LOINC long name, as published.
    pub display: &'static str,
    /// The profile field the value fills.
    pub field: ProfileField,
    /// Where the code was confirmed.
    pub confirmed: &'static str,
}

/// LOINC codes of the labs the profile holds. The field's accepted UCUM units decide which
/// units are taken (the profile converts between them).
pub const LAB_CODES: &[LabCode] = &[
    LabCode {
        code: "17861-6",
        display: "Calcium [Mass/volume] in Serum or Plasma",
        field: ProfileField::SerumCalcium,
        confirmed: "HL7 PDDI IG ValueSet valueset-calcium-LOINC (LOINC 2.82)",
    },
    LabCode {
        code: "2000-8",
        display: "Calcium [Moles/volume] in Serum or Plasma",
        field: ProfileField::SerumCalcium,
        confirmed: "secondary: eHealth Connector LabObsList, public FHIR mapping code",
    },
    LabCode {
        code: "62292-8",
        display: "25-Hydroxyvitamin D2+25-Hydroxyvitamin D3 [Mass/volume] in Serum or Plasma",
        field: ProfileField::Serum25HydroxyvitaminD,
        confirmed: "secondary: lab catalogues (ARUP 0080379, Corewell, MercyOne 419-1)",
    },
];

/// LOINC codes recognised but deliberately not mapped, with the reason reported.
pub const LAB_CODES_NOT_MAPPED: &[(&str, &str)] = &[
    ("1989-3", "measures 25-hydroxyvitamin D3 alone, not total 25(OH)D (D2 + D3) as the profile's field"),
    ("14635-7", "measures 25-hydroxyvitamin D3 alone (moles/volume), not total 25(OH)D as the profile's field"),
];

/// LOINC "Pregnancy status" (HL7 IPS IG STU1).
pub const PREGNANCY_STATUS: &str = "82810-3";

/// Answers of a pregnancy-status Observation: (system, code, status; `None` = not pregnant or
/// unknown). HL7 IPS ValueSet pregnancy-status-uv-ips.
pub const PREGNANCY_ANSWERS: &[(&str, &str, Option<ReproductiveStatus>, &str)] = &[
    (LOINC, "LA15173-0", Some(ReproductiveStatus::Pregnant), "Pregnant"),
    (SNOMED, "77386006", Some(ReproductiveStatus::Pregnant), "Pregnant"),
    (LOINC, "LA26683-5", None, "Not pregnant"),
    (LOINC, "LA4489-6", None, "Unknown"),
];

/// A medication code → the profile's medication class.
#[derive(Clone, Copy, Debug)]
pub struct MedicationCode {
    /// The code system URI.
    pub system: &'static str,
    /// The code (or class prefix).
    pub code: &'static str,
    /// How it is compared.
    pub matching: Match,
    /// Published name.
    pub display: &'static str,
    /// The profile's medication.
    pub medication: Medication,
    /// Where the code was confirmed.
    pub confirmed: &'static str,
}

/// ATC classes (by prefix) and RxNorm ingredients.
pub const MEDICATION_CODES: &[MedicationCode] = &[
    MedicationCode {
        system: ATC,
        code: "B01AA",
        matching: Match::Prefix,
        display: "Vitamin K antagonists",
        medication: Medication::VitaminKAntagonist,
        confirmed: "WHOCC ATC index (B01AA; B01AA03 warfarin)",
    },
    MedicationCode {
        system: RXNORM,
        code: "11289",
        matching: Match::Exact,
        display: "Warfarin",
        medication: Medication::VitaminKAntagonist,
        confirmed: "HL7 PDDI IG ValueSet valueset-warfarin (RxNorm 2018-07-02)",
    },
    MedicationCode {
        system: ATC,
        code: "C03AA",
        matching: Match::Prefix,
        display: "Thiazides, plain",
        medication: Medication::ThiazideDiuretic,
        confirmed: "WHOCC ATC index (C03AA; C03AA03 hydrochlorothiazide)",
    },
    MedicationCode {
        system: RXNORM,
        code: "5487",
        matching: Match::Exact,
        display: "Hydrochlorothiazide",
        medication: Medication::ThiazideDiuretic,
        confirmed: "secondary: several public RxNorm code tables",
    },
];

/// What a Condition code means for the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConditionTarget {
    /// A condition of `Profile::conditions`.
    Condition(Condition),
    /// A kind of `Profile::diagnosed_calcifications`.
    Calcification(CalcificationKind),
}

/// A Condition code → a profile condition or diagnosed calcification.
#[derive(Clone, Copy, Debug)]
pub struct ConditionCode {
    /// The code system URI.
    pub system: &'static str,
    /// The code (or category prefix).
    pub code: &'static str,
    /// How it is compared.
    pub matching: Match,
    /// Published name.
    pub display: &'static str,
    /// What it fills.
    pub target: ConditionTarget,
    /// Where the code was confirmed.
    pub confirmed: &'static str,
}

use ConditionTarget::{Calcification as Calc, Condition as Cond};

/// ICD-10-CM (codes and categories) and SNOMED CT concepts.
pub const CONDITION_CODES: &[ConditionCode] = &[
    ConditionCode {
        system: ICD10CM,
        code: "N18",
        matching: Match::Prefix,
        display: "Chronic kidney disease (N18.1-N18.9, N18.30-N18.32)",
        target: Cond(Condition::ChronicKidneyDisease),
        confirmed: "secondary: several ICD-10-CM code lists",
    },
    ConditionCode {
        system: SNOMED,
        code: "709044004",
        matching: Match::Exact,
        display: "Chronic kidney disease",
        target: Cond(Condition::ChronicKidneyDisease),
        confirmed: "HL7 CPG IG ValueSet ckd-valueset-ckd (SNOMED US 2020)",
    },
    ConditionCode {
        system: SNOMED,
        code: "431855005",
        matching: Match::Exact,
        display: "Chronic kidney disease stage 1",
        target: Cond(Condition::ChronicKidneyDisease),
        confirmed: "HL7 condition-stage ValueSet comparison (hl7-eu base-r5)",
    },
    ConditionCode {
        system: SNOMED,
        code: "431856006",
        matching: Match::Exact,
        display: "Chronic kidney disease stage 2",
        target: Cond(Condition::ChronicKidneyDisease),
        confirmed: "HL7 condition-stage ValueSet comparison (hl7-eu base-r5)",
    },
    ConditionCode {
        system: SNOMED,
        code: "433144002",
        matching: Match::Exact,
        display: "Chronic kidney disease stage 3",
        target: Cond(Condition::ChronicKidneyDisease),
        confirmed: "HL7 condition-stage ValueSet comparison (hl7-eu base-r5)",
    },
    ConditionCode {
        system: SNOMED,
        code: "431857002",
        matching: Match::Exact,
        display: "Chronic kidney disease stage 4",
        target: Cond(Condition::ChronicKidneyDisease),
        confirmed: "HL7 condition-stage ValueSet comparison (hl7-eu base-r5)",
    },
    ConditionCode {
        system: SNOMED,
        code: "433146000",
        matching: Match::Exact,
        display: "Chronic kidney disease stage 5",
        target: Cond(Condition::ChronicKidneyDisease),
        confirmed: "HL7 condition-stage ValueSet comparison (hl7-eu base-r5)",
    },
    ConditionCode {
        system: ICD10CM,
        code: "Z87.442",
        matching: Match::Exact,
        display: "Personal history of urinary calculi",
        target: Cond(Condition::KidneyStoneHistory),
        confirmed: "secondary: ICD-10-CM hierarchy under Z87.44",
    },
    ConditionCode {
        system: ICD10CM,
        code: "N20.0",
        matching: Match::Exact,
        display: "Calculus of kidney",
        target: Calc(CalcificationKind::KidneyStones),
        confirmed: "secondary: several ICD-10-CM code lists",
    },
    ConditionCode {
        system: ICD10CM,
        code: "D86",
        matching: Match::Prefix,
        display: "Sarcoidosis (D86.0-D86.9)",
        target: Cond(Condition::GranulomatousDisease),
        confirmed: "secondary: several ICD-10-CM code lists",
    },
];

impl Match {
    /// Whether `found` matches the table's `code`.
    pub fn matches(self, code: &str, found: &str) -> bool {
        match self {
            Self::Exact => code == found,
            Self::Prefix => found.starts_with(code),
        }
    }
}
