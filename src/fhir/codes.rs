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
    // Contract v1.1 labs (docs/review/codes-and-new-concepts.md §2.1, drivers-sources.md C22).
    LabCode {
        code: "1751-7",
        display: "Albumin [Mass/volume] in Serum or Plasma",
        field: ProfileField::SerumAlbumin,
        confirmed: "HL7 MCC eCare Plan IG and PROTECT-CHILD IG examples",
    },
    LabCode {
        code: "61151-7",
        display: "Albumin [Mass/volume] in Serum or Plasma by Bromocresol green (BCG) dye binding method",
        field: ProfileField::SerumAlbumin,
        confirmed: "loinc.org (primary)",
    },
    LabCode {
        code: "17864-0",
        display: "Calcium.ionized [Mass/volume] in Serum or Plasma by Ion-selective membrane electrode (ISE)",
        field: ProfileField::IonizedCalcium,
        confirmed: "HL7 PDDI IG ValueSet valueset-calcium-LOINC (LOINC 2.82)",
    },
    LabCode {
        code: "1995-0",
        display: "Calcium.ionized [Moles/volume] in Serum or Plasma",
        field: ProfileField::IonizedCalcium,
        confirmed: "HL7 PDDI IG ValueSet valueset-calcium-LOINC (LOINC 2.82)",
    },
    LabCode {
        code: "1994-3",
        display: "Calcium.ionized [Moles/volume] in Blood",
        field: ProfileField::IonizedCalcium,
        confirmed: "HL7 PDDI IG ValueSet valueset-calcium-LOINC (LOINC 2.82); whole blood, read as the ionized calcium",
    },
    LabCode {
        code: "2777-1",
        display: "Phosphate [Mass/volume] in Serum or Plasma",
        field: ProfileField::SerumPhosphate,
        confirmed: "secondary: eHealth Connector LabObsList, ARUP 0020028",
    },
    LabCode {
        code: "14879-1",
        display: "Phosphate [Moles/volume] in Serum or Plasma",
        field: ProfileField::SerumPhosphate,
        confirmed: "secondary: public LOINC code lists (one mislabels it as mass: mapped by code and unit)",
    },
    LabCode {
        code: "19123-9",
        display: "Magnesium [Mass/volume] in Serum or Plasma",
        field: ProfileField::SerumMagnesium,
        confirmed: "HL7 PDDI IG ValueSet valueset-magnesium-LOINC (LOINC 2.82)",
    },
    LabCode {
        code: "2601-3",
        display: "Magnesium [Moles/volume] in Serum or Plasma",
        field: ProfileField::SerumMagnesium,
        confirmed: "HL7 PDDI IG ValueSet valueset-magnesium-LOINC (LOINC 2.82)",
    },
    LabCode {
        code: "2160-0",
        display: "Creatinine [Mass/volume] in Serum or Plasma",
        field: ProfileField::SerumCreatinine,
        confirmed: "HL7 PDDI IG ValueSet valueset-renal-LOINC (LOINC 2.82)",
    },
    LabCode {
        code: "14682-9",
        display: "Creatinine [Moles/volume] in Serum or Plasma",
        field: ProfileField::SerumCreatinine,
        confirmed: "secondary: public LOINC code lists",
    },
    LabCode {
        code: "98979-8",
        display: "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
        field: ProfileField::Egfr,
        confirmed: "HL7 Switzerland CH LAB-Report IG (ch-lab-observation-egfr-cr-ckd-epi-2021)",
    },
    LabCode {
        code: "2731-8",
        display: "Parathyrin.intact [Mass/volume] in Serum or Plasma",
        field: ProfileField::Pth,
        confirmed: "loinc.org (primary)",
    },
    LabCode {
        code: "14866-8",
        display: "Parathyrin.intact [Moles/volume] in Serum or Plasma",
        field: ProfileField::Pth,
        confirmed: "secondary: eHealth Connector LabObsList",
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
    // Contract v1.1 medications (docs/review/codes-and-new-concepts.md §2.2-2.3).
    MedicationCode {
        system: ATC,
        code: "N05AN",
        matching: Match::Prefix,
        display: "Lithium",
        medication: Medication::Lithium,
        confirmed: "WHOCC ATC index (N05AN; N05AN01 lithium)",
    },
    MedicationCode {
        system: ATC,
        code: "H02AB",
        matching: Match::Prefix,
        display: "Glucocorticoids",
        medication: Medication::Glucocorticoid,
        confirmed: "WHOCC ATC index (H02AB; H02AB06 prednisolone, H02AB07 prednisone)",
    },
    MedicationCode {
        system: RXNORM,
        code: "8640",
        matching: Match::Exact,
        display: "Prednisone",
        medication: Medication::Glucocorticoid,
        confirmed: "secondary: several public RxNorm code tables",
    },
    MedicationCode {
        system: ATC,
        code: "N03AF01",
        matching: Match::Exact,
        display: "carbamazepine",
        medication: Medication::EnzymeInducingAnticonvulsant,
        confirmed: "WHOCC ATC index (ATC has no class for enzyme inducers)",
    },
    MedicationCode {
        system: ATC,
        code: "N03AB02",
        matching: Match::Exact,
        display: "phenytoin",
        medication: Medication::EnzymeInducingAnticonvulsant,
        confirmed: "WHOCC ATC index",
    },
    MedicationCode {
        system: ATC,
        code: "N03AA02",
        matching: Match::Exact,
        display: "phenobarbital",
        medication: Medication::EnzymeInducingAnticonvulsant,
        confirmed: "WHOCC ATC index",
    },
    MedicationCode {
        system: ATC,
        code: "N03AA03",
        matching: Match::Exact,
        display: "primidone",
        medication: Medication::EnzymeInducingAnticonvulsant,
        confirmed: "WHOCC ATC index",
    },
    MedicationCode {
        system: ATC,
        code: "A08AB01",
        matching: Match::Exact,
        display: "orlistat",
        medication: Medication::Orlistat,
        confirmed: "WHOCC ATC index",
    },
    MedicationCode {
        system: ATC,
        code: "C10AC",
        matching: Match::Prefix,
        display: "Bile acid sequestrants",
        medication: Medication::BileAcidSequestrant,
        confirmed: "WHOCC ATC index (C10AC; C10AC01 colestyramine)",
    },
    MedicationCode {
        system: ATC,
        code: "A02BC",
        matching: Match::Prefix,
        display: "Proton pump inhibitors",
        medication: Medication::ProtonPumpInhibitor,
        confirmed: "WHOCC ATC index (A02BC; A02BC01 omeprazole)",
    },
    MedicationCode {
        system: RXNORM,
        code: "7646",
        matching: Match::Exact,
        display: "Omeprazole",
        medication: Medication::ProtonPumpInhibitor,
        confirmed: "HL7 PDDI IG ValueSet valueset-omeprazole",
    },
    MedicationCode {
        system: ATC,
        code: "A11CC04",
        matching: Match::Exact,
        display: "calcitriol",
        medication: Medication::ActiveVitaminDAnalogue,
        confirmed: "WHOCC ATC index",
    },
    MedicationCode {
        system: ATC,
        code: "A11CC03",
        matching: Match::Exact,
        display: "alfacalcidol",
        medication: Medication::ActiveVitaminDAnalogue,
        confirmed: "WHOCC ATC index",
    },
    MedicationCode {
        system: ATC,
        code: "H05BX02",
        matching: Match::Exact,
        display: "paricalcitol",
        medication: Medication::ActiveVitaminDAnalogue,
        confirmed: "WHOCC ATC index",
    },
    MedicationCode {
        system: ATC,
        code: "H05BX03",
        matching: Match::Exact,
        display: "doxercalciferol",
        medication: Medication::ActiveVitaminDAnalogue,
        confirmed: "WHOCC ATC index",
    },
    MedicationCode {
        system: ATC,
        code: "V03AE07",
        matching: Match::Exact,
        display: "calcium acetate",
        medication: Medication::CalciumBasedPhosphateBinder,
        confirmed: "WHOCC ATC index (V03AE, drugs for hyperkalemia and hyperphosphatemia); calcium carbonate has no binder code",
    },
    MedicationCode {
        system: ATC,
        code: "V03AE04",
        matching: Match::Exact,
        display: "calcium acetate and magnesium carbonate",
        medication: Medication::CalciumBasedPhosphateBinder,
        confirmed: "WHOCC ATC index (V03AE)",
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
    // Contract v1.1 conditions (docs/review/codes-and-new-concepts.md §2.4-2.5).
    ConditionCode {
        system: ICD10CM,
        code: "E11",
        matching: Match::Prefix,
        display: "Type 2 diabetes mellitus (E11.x)",
        target: Cond(Condition::DiabetesMellitus),
        confirmed: "secondary: several ICD-10-CM code lists",
    },
    ConditionCode {
        system: ICD10CM,
        code: "E10",
        matching: Match::Prefix,
        display: "Type 1 diabetes mellitus (E10.x)",
        target: Cond(Condition::DiabetesMellitus),
        confirmed: "secondary: several ICD-10-CM code lists",
    },
    ConditionCode {
        system: SNOMED,
        code: "73211009",
        matching: Match::Exact,
        display: "Diabetes mellitus",
        target: Cond(Condition::DiabetesMellitus),
        confirmed: "HL7 CPG IG ValueSet ckd-valueset-diabetes",
    },
    ConditionCode {
        system: SNOMED,
        code: "44054006",
        matching: Match::Exact,
        display: "Type 2 diabetes mellitus",
        target: Cond(Condition::DiabetesMellitus),
        confirmed: "HL7 Symptoms IG Condition example; CDS Hooks prefetch example",
    },
    ConditionCode {
        system: ICD10CM,
        code: "E21.0",
        matching: Match::Exact,
        display: "Primary hyperparathyroidism",
        target: Cond(Condition::PrimaryHyperparathyroidism),
        confirmed: "WHO ICD-10 (primary); ICD-10-CM code lists (secondary)",
    },
    ConditionCode {
        system: ICD10CM,
        code: "Z99.2",
        matching: Match::Exact,
        display: "Dependence on renal dialysis",
        target: Cond(Condition::Dialysis),
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
