//! The whole knowledge base as one serialisable document (`knowledge.json`), and a catalogue
//! of every vocabulary.

use serde::Serialize;

use crate::assess::INTENDED_USE;
use crate::calcification::{BodySite, CalcificationCategory, CalcificationKind, Consequence, Trigger};
use crate::code::Code;
use crate::entity::Entity;
use crate::knowledge::{FACTS, Fact};
use crate::reference::{FixedThreshold, REFERENCE_ROWS, ReferenceRow};
use crate::rule::{Atom, RULES, Rule, Threshold};
use crate::source::{Source, SourceId};
use crate::term::Term;
use crate::units::{UNIT_ALIASES, Unit};
use crate::version::{CRATE_VERSION, KNOWLEDGE_VERSION};

/// One value of a vocabulary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct TermInfo {
    /// The vocabulary's id, e.g. `nutrient`.
    pub vocabulary: &'static str,
    /// The stable id.
    pub id: &'static str,
    /// The human label.
    pub label: &'static str,
    /// The one-line definition.
    pub definition: &'static str,
}

/// A vocabulary and its values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct VocabularyInfo {
    /// The vocabulary's id.
    pub id: &'static str,
    /// Whether its values are nodes of the mechanism graph.
    pub in_graph: bool,
    /// Its values, in declaration order.
    pub terms: Vec<TermInfo>,
}

fn vocabulary<T: Term>() -> VocabularyInfo {
    VocabularyInfo {
        id: T::VOCABULARY,
        in_graph: Entity::VOCABULARIES.contains(&T::VOCABULARY),
        terms: T::all()
            .map(|t| TermInfo { vocabulary: T::VOCABULARY, id: t.id(), label: t.label(), definition: t.definition() })
            .collect(),
    }
}

/// Every vocabulary of the crate, graph vocabularies first.
pub fn vocabularies() -> Vec<VocabularyInfo> {
    use crate::body::{BodyAgent, Phenomenon};
    use crate::clinical::{Condition, Medication};
    use crate::code::{CodeMatch, CodeSystem};
    use crate::intervention::{ChelationAgent, Intervention};
    use crate::knowledge::{Effect, Relation, SubjectState};
    use crate::lifestyle::{Diet, LifestyleFactor};
    use crate::nutrient::{K2Form, Nutrient};
    use crate::profile::ProfileField;
    use crate::reference::{ReferenceKind, ReferenceStandard, ReproductiveStatus, Sex, ValueType};
    use crate::rule::{Caution, Comparison, Severity};
    use crate::source::EvidenceLevel;
    vec![
        vocabulary::<CalcificationCategory>(),
        vocabulary::<CalcificationKind>(),
        vocabulary::<BodySite>(),
        vocabulary::<Consequence>(),
        vocabulary::<Trigger>(),
        vocabulary::<Nutrient>(),
        vocabulary::<K2Form>(),
        vocabulary::<BodyAgent>(),
        vocabulary::<Phenomenon>(),
        vocabulary::<LifestyleFactor>(),
        vocabulary::<Diet>(),
        vocabulary::<Intervention>(),
        vocabulary::<ChelationAgent>(),
        vocabulary::<Medication>(),
        vocabulary::<Condition>(),
        vocabulary::<Relation>(),
        vocabulary::<Effect>(),
        vocabulary::<SubjectState>(),
        vocabulary::<EvidenceLevel>(),
        vocabulary::<SourceId>(),
        vocabulary::<CodeSystem>(),
        vocabulary::<CodeMatch>(),
        vocabulary::<Caution>(),
        vocabulary::<Severity>(),
        vocabulary::<Comparison>(),
        vocabulary::<ReferenceStandard>(),
        vocabulary::<ReferenceKind>(),
        vocabulary::<ValueType>(),
        vocabulary::<Sex>(),
        vocabulary::<ReproductiveStatus>(),
        vocabulary::<ProfileField>(),
        vocabulary::<Unit>(),
    ]
}

/// Every term, in any vocabulary, whose id is `id` (ids are unique within a vocabulary,
/// not across all of them: `hypercalcemia` is both a phenomenon and a caution).
///
/// ```
/// let found = calcification::export::terms_with_id("hypercalcemia");
/// let vocabularies: Vec<_> = found.iter().map(|t| t.vocabulary).collect();
/// assert_eq!(vocabularies, ["phenomenon", "caution"]);
/// ```
pub fn terms_with_id(id: &str) -> Vec<TermInfo> {
    vocabularies().into_iter().flat_map(|v| v.terms).filter(|t| t.id == id).collect()
}

/// A node of the graph with its codes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct EntityInfo {
    /// The stable id.
    pub id: &'static str,
    /// The vocabulary it belongs to.
    pub vocabulary: &'static str,
    /// The human label.
    pub label: &'static str,
    /// The one-line definition.
    pub definition: &'static str,
    /// Codes in external terminologies.
    pub codes: &'static [Code],
}

/// What the crate knows of each calcification kind beyond its definition.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct KindInfo {
    /// The kind.
    pub kind: CalcificationKind,
    /// Physiological or ectopic.
    pub category: CalcificationCategory,
    /// Where it forms.
    pub body_site: BodySite,
    /// What it can lead to.
    pub consequences: &'static [Consequence],
    /// What can set it off.
    pub triggers: &'static [Trigger],
}

/// A unit and the accepted input spellings of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct UnitInfo {
    /// The unit (its UCUM code is its id).
    pub unit: Unit,
    /// Other spellings accepted on input.
    pub aliases: Vec<&'static str>,
    /// How many of each other unit of the same dimension make one of this unit.
    pub conversions: Vec<UnitConversion>,
}

/// A conversion factor: `1 unit = factor × to`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct UnitConversion {
    /// The target unit.
    pub to: Unit,
    /// The factor.
    pub factor: f64,
}

/// The content of the knowledge base (everything the knowledge version covers).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct KnowledgeContent {
    /// Every vocabulary and its terms.
    pub vocabularies: Vec<VocabularyInfo>,
    /// Every node of the mechanism graph, with codes.
    pub entities: Vec<EntityInfo>,
    /// Category, body site, consequences and triggers of each calcification kind.
    pub calcification_kinds: Vec<KindInfo>,
    /// Every fact of the mechanism graph.
    pub facts: &'static [Fact],
    /// Every caution rule with its condition tree.
    pub rules: &'static [Rule],
    /// Every life-stage reference value, per standard.
    pub reference_values: &'static [ReferenceRow],
    /// Every fixed threshold the rules use.
    pub fixed_thresholds: Vec<FixedThreshold>,
    /// Units, accepted aliases and conversion factors.
    pub units: Vec<UnitInfo>,
    /// Every source cited.
    pub sources: Vec<Source>,
}

/// The knowledge base as one document (`knowledge.json`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct KnowledgeDocument {
    /// Version of the crate that wrote the document.
    pub crate_version: &'static str,
    /// Version of the knowledge base.
    pub knowledge_version: &'static str,
    /// FNV-1a 64-bit hash (hex) of the serialised `content`, recorded with the knowledge
    /// version so content cannot change without a version bump.
    pub content_hash: String,
    /// What the knowledge is for, and what it is not.
    pub intended_use: &'static str,
    /// The knowledge.
    #[serde(flatten)]
    pub content: KnowledgeContent,
}

/// The knowledge content.
pub fn knowledge_content() -> KnowledgeContent {
    let mut fixed_thresholds: Vec<FixedThreshold> = Vec::new();
    for rule in RULES {
        for atom in rule.atoms() {
            if let Atom::Compare { threshold: Threshold::Fixed(t), .. } = atom
                && !fixed_thresholds.contains(&t)
            {
                fixed_thresholds.push(t);
            }
        }
    }
    KnowledgeContent {
        vocabularies: vocabularies(),
        entities: Entity::all()
            .map(|e| EntityInfo {
                id: e.id(),
                vocabulary: e.vocabulary(),
                label: e.label(),
                definition: e.definition(),
                codes: e.codes(),
            })
            .collect(),
        calcification_kinds: CalcificationKind::all()
            .map(|kind| KindInfo {
                kind,
                category: kind.category(),
                body_site: kind.body_site(),
                consequences: kind.consequences(),
                triggers: kind.triggers(),
            })
            .collect(),
        facts: FACTS,
        rules: RULES,
        reference_values: REFERENCE_ROWS,
        fixed_thresholds,
        units: Unit::all()
            .map(|unit| UnitInfo {
                unit,
                aliases: UNIT_ALIASES.iter().filter(|(_, u)| *u == unit).map(|(a, _)| *a).collect(),
                conversions: Unit::all()
                    .filter(|to| *to != unit)
                    .filter_map(|to| unit.factor_to(to).map(|factor| UnitConversion { to, factor }))
                    .collect(),
            })
            .collect(),
        sources: SourceId::all().map(SourceId::details).collect(),
    }
}

/// The knowledge base as one document.
pub fn knowledge_document() -> KnowledgeDocument {
    let content = knowledge_content();
    KnowledgeDocument {
        crate_version: CRATE_VERSION,
        knowledge_version: KNOWLEDGE_VERSION,
        content_hash: content_hash(&content),
        intended_use: INTENDED_USE,
        content,
    }
}

/// FNV-1a 64-bit hash of the content's JSON, as 16 hex digits.
pub fn content_hash(content: &KnowledgeContent) -> String {
    let json = serde_json::to_vec(content).expect("knowledge content always serialises");
    let hash = json.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3));
    format!("{hash:016x}")
}
