//! The identifier table: a CURIE and a Biolink category for every entity of the graph, with
//! where the CURIE was confirmed. One row per entity, vocabulary by vocabulary, in the order of
//! the vocabulary tables. Each `match` lists every variant with no wildcard, so a new entity
//! does not compile until it has a row here.
//!
//! Confirmation (the words of `docs/review/curies-and-biolink.md`): *primary* — the id with its
//! label in the ontology's own file or a faithful copy of it, or the issuer's page; *secondary*
//! — the id and label agree in two or more independent third-party files (check against the
//! ontology release before publishing); *none* — no id could be confirmed, so the node gets a
//! crate-namespaced CURIE `calcification:<id>` and the note says why. The searches named
//! "search 2026-12-02" were made for this table with the stored-copy `search`/`find_string`
//! tools; "review §n" points to the review file.

use crate::body::{BodyAgent, Phenomenon};
use crate::calcification::{BodySite, CalcificationCategory, CalcificationKind, Consequence, Trigger};
use crate::clinical::{Condition, Medication};
use crate::entity::Entity;
use crate::intervention::{ChelationAgent, Intervention};
use crate::lifestyle::{Diet, LifestyleFactor};
use crate::nutrient::{K2Form, Nutrient};

use super::terms::Category;

/// How a node's CURIE was confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdConfirmation {
    /// Seen with its label in the ontology's own file (or a faithful copy), or the issuer's page.
    Primary,
    /// The id and label agree in two or more independent third-party files.
    Secondary,
    /// No ontology id could be confirmed: the CURIE is `calcification:<entity id>`.
    None,
}

impl IdConfirmation {
    /// The word used in the table and the reports: `primary`, `secondary` or `none`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::None => "none",
        }
    }
}

/// A node's identity in the language of knowledge graphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Identifier {
    /// The CURIE (`HP:0004934`, `UniProtKB:P08493`, `calcification:mk7`).
    pub curie: &'static str,
    /// The Biolink class of the node.
    pub category: Category,
    /// How the CURIE was confirmed.
    pub confirmation: IdConfirmation,
    /// Where it was confirmed (the label seen and the file), or why no ontology id is used.
    pub confirmed: &'static str,
}

const fn row(
    curie: &'static str,
    category: Category,
    confirmation: IdConfirmation,
    confirmed: &'static str,
) -> Identifier {
    Identifier { curie, category, confirmation, confirmed }
}

use Category::*;
use IdConfirmation::{None as Unconfirmed, Primary, Secondary};

/// The identifier of an entity: its CURIE, Biolink category and confirmation.
///
/// ```
/// use calcification::biolink::{Category, identifier};
/// use calcification::{BodyAgent, Entity};
///
/// let mgp = identifier(Entity::BodyAgent(BodyAgent::MatrixGlaProtein));
/// assert_eq!(mgp.curie, "UniProtKB:P08493");
/// assert_eq!(mgp.category, Category::Protein);
/// ```
#[rustfmt::skip] // one row per line, like the other data tables
pub const fn identifier(entity: Entity) -> Identifier {
    match entity {
        Entity::CalcificationCategory(c) => match c {
            CalcificationCategory::Physiological => row("calcification:physiological", PhysiologicalProcess, Unconfirmed, "no one class for bone and tooth mineralisation together was found (GO has them apart); review §1.2"),
            CalcificationCategory::Ectopic => row("HP:0010766", PhenotypicFeature, Primary, "HP:0010766 Ectopic calcification in HPO hp-es.babelon.tsv; review §1.2"),
        },
        Entity::CalcificationKind(k) => match k {
            CalcificationKind::Skeletal => row("GO:0030282", PhysiologicalProcess, Secondary, "GO:0030282 bone mineralization in several independent files (GO enrichment tables, curated gene notes); search 2026-12-02"),
            CalcificationKind::Dental => row("calcification:dental", PhysiologicalProcess, Unconfirmed, "GO:0034505 appears as tooth mineralization in one file and with another label in a second: not confirmed; search 2026-12-02"),
            CalcificationKind::Vascular => row("HP:0004934", PhenotypicFeature, Primary, "HP:0004934 Vascular calcification on NCBI MedGen 90990; review §1.2"),
            CalcificationKind::CalcificTendinitis => row("calcification:calcific_tendinitis", Disease, Unconfirmed, "no exact HPO or MONDO term found; HP:0025477 Periarticular calcification is only related (kept as a code); review §1.2"),
            CalcificationKind::KidneyStones => row("HP:0000787", PhenotypicFeature, Primary, "HP:0000787 Nephrolithiasis in HPO hp-es.babelon.tsv; review §1.2"),
            CalcificationKind::Pancreatic => row("HP:0005213", PhenotypicFeature, Primary, "HP:0005213 Pancreatic calcification in HPO hp-es.babelon.tsv; review §1.2"),
            CalcificationKind::Breast => row("calcification:breast", PhenotypicFeature, Unconfirmed, "HP:0040403 (the crate's code) was never seen with its label; review §1.2"),
        },
        Entity::BodySite(s) => match s {
            BodySite::Bone => row("UBERON:0001474", GrossAnatomicalStructure, Secondary, "UBERON:0001474 bone element in curated YAML and organ tables; review §1.4, search 2026-12-02"),
            BodySite::Teeth => row("UBERON:0001091", GrossAnatomicalStructure, Secondary, "UBERON:0001091 calcareous tooth in curated YAML, 'tooth' in several independent phenotype and anatomy files; review §1.4, search 2026-12-02"),
            BodySite::ArterialWall => row("UBERON:0000415", AnatomicalEntity, Secondary, "UBERON:0000415 artery wall in ontology-propagation outputs; review §1.4, search 2026-12-02"),
            BodySite::JointsAndTendons => row("calcification:joints_and_tendons", AnatomicalEntity, Unconfirmed, "two UBERON classes, not one: tendon UBERON:0000043 and joint UBERON:0000982 (label of the latter not seen); review §1.4"),
            BodySite::Kidney => row("UBERON:0002113", GrossAnatomicalStructure, Secondary, "UBERON:0002113 kidney in an OBO test fixture and the HRA organ files; review §1.4, search 2026-12-02"),
            BodySite::Pancreas => row("UBERON:0001264", GrossAnatomicalStructure, Secondary, "UBERON:0001264 pancreas in many files; review §1.4, search 2026-12-02"),
            BodySite::BreastTissue => row("UBERON:0000310", GrossAnatomicalStructure, Secondary, "UBERON:0000310 breast in SSSOM mappings (NCIT:C12971 exactMatch) and several cancer-to-organ tables; review §1.4, search 2026-12-02"),
        },
        Entity::Consequence(c) => match c {
            Consequence::ReducedArterialElasticity => row("calcification:reduced_arterial_elasticity", PhenotypicFeature, Unconfirmed, "HP:0030965 Aortic stiffness covers the aorta only; no exact term; review §1.2"),
            Consequence::CardiovascularRisk => row("calcification:cardiovascular_risk", PhenotypicFeature, Unconfirmed, "a risk, not a phenotype or disease: no ontology term"),
            Consequence::Pain => row("HP:0012531", PhenotypicFeature, Secondary, "HP:0012531 Pain in several independent phenotype files and test fixtures; search 2026-12-02"),
            Consequence::Stiffness => row("HP:0001387", PhenotypicFeature, Secondary, "HP:0001387 Joint stiffness in curated YAML and phenotype tables; search 2026-12-02"),
            Consequence::ReducedRangeOfMotion => row("HP:0001376", PhenotypicFeature, Secondary, "HP:0001376 Limitation of joint mobility in several phenotype tables and test code; search 2026-12-02"),
            Consequence::ImpairedOrganFunction => row("calcification:impaired_organ_function", PhenotypicFeature, Unconfirmed, "impaired function of any organ: no single ontology term"),
        },
        Entity::Trigger(t) => match t {
            Trigger::MineralDysregulation => row("calcification:mineral_dysregulation", PathologicalProcess, Unconfirmed, "no ontology term for a disturbed mineral metabolism in general was found"),
            Trigger::Inflammation => row("GO:0006954", BiologicalProcess, Secondary, "GO:0006954 inflammatory response in GO enrichment tables and gene-set files; search 2026-12-02"),
            Trigger::Aging => row("GO:0007568", BiologicalProcess, Secondary, "GO:0007568 aging in GO term maps and enrichment tables; search 2026-12-02"),
            Trigger::UnderlyingCondition => row("calcification:underlying_condition", Disease, Unconfirmed, "a placeholder for any disease that disturbs mineral metabolism: no term"),
        },
        Entity::Nutrient(n) => match n {
            Nutrient::VitaminK2 => row("CHEBI:16374", SmallMolecule, Primary, "CHEBI:16374 menaquinone in HPO's ChEBI import (chebi_import.obo); review §1.1"),
            Nutrient::Magnesium => row("CHEBI:25107", SmallMolecule, Primary, "CHEBI:25107 magnesium atom in HPO's ChEBI import; review §1.1"),
            Nutrient::VitaminD => row("CHEBI:27300", ChemicalEntity, Secondary, "CHEBI:27300 vitamin D (the group, D2 and D3) in several ChEBI-derived classifier files; the crate's code CHEBI:28940 is calciol (D3 only); search 2026-12-02"),
            Nutrient::Calcium => row("CHEBI:22984", SmallMolecule, Primary, "CHEBI:22984 calcium atom in HPO's ChEBI import; review §1.1"),
            Nutrient::VitaminK1 => row("CHEBI:18067", SmallMolecule, Primary, "CHEBI:18067 phylloquinone (synonym vitamin K1) in HPO's ChEBI import; review §1.1"),
            Nutrient::Phosphorus => row("CHEBI:28659", SmallMolecule, Primary, "CHEBI:28659 phosphorus atom in HPO's ChEBI import (phosphate is CHEBI:26020; the crate's nutrient is the element, as for calcium and magnesium); review §1.1"),
        },
        Entity::K2Form(f) => match f {
            K2Form::Mk4 => row("calcification:mk4", SmallMolecule, Unconfirmed, "CHEBI:78277 (menatetrenone) seen only in a Wikipedia infobox and one nutrient table; review §1.1, search 2026-12-02"),
            K2Form::Mk7 => row("calcification:mk7", SmallMolecule, Unconfirmed, "no stored source pairs a ChEBI id with menaquinone-7; review §1.1"),
        },
        Entity::BodyAgent(a) => match a {
            BodyAgent::MatrixGlaProtein => row("UniProtKB:P08493", Protein, Primary, "UniProtKB P08493 Matrix Gla protein (MGP_HUMAN) on rest.uniprot.org; review §1.1"),
            BodyAgent::ParathyroidHormone => row("UniProtKB:P01270", Protein, Primary, "UniProtKB P01270 Parathyroid hormone (PTHY_HUMAN) on uniprot.org; review §1.1"),
            BodyAgent::ActiveVitaminD => row("CHEBI:17823", SmallMolecule, Primary, "CHEBI:17823 calcitriol in HPO's ChEBI import; review §1.1"),
        },
        Entity::Phenomenon(p) => match p {
            Phenomenon::CalciumParadox => row("calcification:calcium_paradox", Phenomenon, Unconfirmed, "a named hypothesis with no ontology term; review §1.2"),
            Phenomenon::Hypercalcemia => row("HP:0003072", PhenotypicFeature, Primary, "HP:0003072 Hypercalcemia in HPO hp-es.babelon.tsv; review §1.2"),
            Phenomenon::Hypocalcemia => row("HP:0002901", PhenotypicFeature, Primary, "HP:0002901 Hypocalcemia in HPO hp-es.babelon.tsv; review §1.2, search 2026-12-02"),
        },
        Entity::LifestyleFactor(l) => match l {
            LifestyleFactor::Hydration => row("calcification:hydration", Behavior, Unconfirmed, "not found in NCIT, GO or MAXO; review §1.5"),
            LifestyleFactor::PhysicalActivity => row("calcification:physical_activity", Behavior, Unconfirmed, "not found in NCIT, GO or MAXO; review §1.5"),
            LifestyleFactor::HeartHealthyDiet => row("calcification:heart_healthy_diet", Behavior, Unconfirmed, "not found in NCIT, GO or MAXO; review §1.5"),
        },
        Entity::Diet(d) => match d {
            Diet::HeartHealthy => row("calcification:heart_healthy", Behavior, Unconfirmed, "a diet pattern of the crate's profile: no ontology term; review §1.5"),
            Diet::Mixed => row("calcification:mixed", Behavior, Unconfirmed, "a diet pattern of the crate's profile: no ontology term; review §1.5"),
            Diet::HighProcessed => row("calcification:high_processed", Behavior, Unconfirmed, "a diet pattern of the crate's profile: no ontology term; review §1.5"),
        },
        Entity::Intervention(i) => match i {
            Intervention::DiagnosticTesting => row("calcification:diagnostic_testing", Procedure, Unconfirmed, "no exact term; MAXO:0000005 clinical imaging procedure is narrower (imaging only); review §1.5"),
            Intervention::MedicalManagement => row("calcification:medical_management", Treatment, Unconfirmed, "not found; MAXO:0000058 (Biolink's broad mapping for treatment) was not seen with its label; review §1.5"),
            Intervention::ChelationTherapy => row("calcification:chelation_therapy", Treatment, Unconfirmed, "not found in MAXO or NCIT; review §1.5"),
        },
        Entity::ChelationAgent(c) => match c {
            ChelationAgent::Edta => row("CHEBI:4735", SmallMolecule, Secondary, "CHEBI:4735 ethylenediaminetetraacetic acid in several independent files (SSSOM, curated media YAML), one correcting CHEBI:42191 (an EDTA anion) to it; search 2026-12-02"),
        },
        Entity::Medication(m) => match m {
            Medication::VitaminKAntagonist => row("calcification:vitamin_k_antagonist", ChemicalEntity, Unconfirmed, "a drug class with no confirmed ChEBI role id; warfarin (CHEBI:10033, secondary) is one member; review §1.1"),
            Medication::ThiazideDiuretic => row("calcification:thiazide_diuretic", ChemicalEntity, Unconfirmed, "a drug class with no confirmed ChEBI role id; review §1.1"),
            Medication::Lithium => row("calcification:lithium", ChemicalEntity, Unconfirmed, "lithium as a medicine (ATC N05AN01 on the FHIR side); no ChEBI id was looked up for the drug; review §1.1"),
            Medication::Glucocorticoid => row("calcification:glucocorticoid", ChemicalEntity, Unconfirmed, "a drug class (ATC H02AB on the FHIR side) with no confirmed ChEBI role id; review §1.1"),
            Medication::EnzymeInducingAnticonvulsant => row("calcification:enzyme_inducing_anticonvulsant", ChemicalEntity, Unconfirmed, "a drug class with no ontology term (ATC lists the drugs one by one); review §1.1"),
            Medication::Orlistat => row("calcification:orlistat", ChemicalEntity, Unconfirmed, "orlistat (ATC A08AB01 on the FHIR side); no ChEBI id was looked up; review §1.1"),
            Medication::BileAcidSequestrant => row("calcification:bile_acid_sequestrant", ChemicalEntity, Unconfirmed, "a drug class (ATC C10AC on the FHIR side) with no confirmed ChEBI role id; review §1.1"),
            Medication::ProtonPumpInhibitor => row("calcification:proton_pump_inhibitor", ChemicalEntity, Unconfirmed, "a drug class (ATC A02BC on the FHIR side) with no confirmed ChEBI role id; review §1.1"),
            Medication::ActiveVitaminDAnalogue => row("calcification:active_vitamin_d_analogue", ChemicalEntity, Unconfirmed, "a drug class (calcitriol, alfacalcidol, paricalcitol, doxercalciferol) with no ontology term; review §1.1"),
            Medication::CalciumBasedPhosphateBinder => row("calcification:calcium_based_phosphate_binder", ChemicalEntity, Unconfirmed, "a drug class (ATC V03AE07 calcium acetate) with no ontology term; review §1.1"),
        },
        Entity::Condition(c) => match c {
            Condition::ChronicKidneyDisease => row("MONDO:0005300", Disease, Secondary, "MONDO:0005300 chronic kidney disease in six or more independent repositories; HP:0012622 is primary but a phenotype; review §1.3, search 2026-12-02"),
            Condition::KidneyStoneHistory => row("calcification:kidney_stone_history", PhenotypicFeature, Unconfirmed, "a history, not a new concept: HP:0000787 Nephrolithiasis is the kidney_stones node already (kept as a code); review §1.3"),
            Condition::GranulomatousDisease => row("HP:0002955", Disease, Primary, "HP:0002955 Granulomatosis in HPO hp-es.babelon.tsv; review §1.3"),
            Condition::HeavyMetalToxicity => row("calcification:heavy_metal_toxicity", Disease, Unconfirmed, "not found; review §1.3"),
            Condition::DiabetesMellitus => row("HP:0000819", Disease, Primary, "HP:0000819 Diabetes mellitus in hp.obo (obophenotype/human-phenotype-ontology @5301a5d); MONDO:0005015 only secondary; docs/review/drivers-sources.md C20"),
            Condition::PrimaryHyperparathyroidism => row("HP:0008200", Disease, Primary, "HP:0008200 Primary hyperparathyroidism (is_a HP:0000843) in hp.obo @5301a5d; docs/review/drivers-sources.md C20"),
            Condition::Dialysis => row("calcification:dialysis", Disease, Unconfirmed, "kidney failure treated by dialysis (KDIGO G5D): no ontology term for the state was looked up; ICD-10-CM Z99.2 is kept as a code"),
        },
    }
}

/// The entity a CURIE names, if any (the inverse of [`identifier`]).
///
/// ```
/// use calcification::biolink::entity_of;
/// use calcification::{Entity, Nutrient};
///
/// assert_eq!(entity_of("CHEBI:16374"), Some(Entity::Nutrient(Nutrient::VitaminK2)));
/// assert_eq!(entity_of("CHEBI:0"), None);
/// ```
pub fn entity_of(curie: &str) -> Option<Entity> {
    Entity::all().find(|e| identifier(*e).curie == curie)
}
