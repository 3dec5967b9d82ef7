//! Each [`Relation`] as a Biolink predicate with qualifiers, and the provenance of each fact.
//!
//! Activation, inhibition, absorption and chelation are qualifiers on `biolink:affects`
//! (`qualified_predicate: biolink:causes`, an aspect, a direction, a mechanism), not
//! predicates: Biolink 3 removed `positively_regulates` and the `increases_*` family, and
//! 4.x deprecates `binds`. The direction of an `affects` edge is read from
//! [`Relation::effect`], the one place the crate's signs are written.

use crate::knowledge::{Effect, Fact, Relation, SubjectState};
use crate::source::{EvidenceLevel, SourceId};

use super::terms::{Aspect, Direction, KnowledgeLevel, Mechanism, Predicate};

/// A relation in Biolink terms: a predicate and the qualifiers every edge of it carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct PredicateMapping {
    /// The edge's predicate.
    pub predicate: Predicate,
    /// `biolink:causes` when the edge is an `affects` refined by qualifiers.
    pub qualified_predicate: Option<Predicate>,
    /// What about the object changes (`object_aspect_qualifier`).
    pub object_aspect: Option<Aspect>,
    /// Which way it changes (`object_direction_qualifier`), from the relation's effect.
    pub object_direction: Option<Direction>,
    /// How (`causal_mechanism_qualifier`).
    pub mechanism: Option<Mechanism>,
}

impl PredicateMapping {
    /// The sign the Biolink edge states: its direction qualifier, or the sign built into the
    /// predicate (`contributes_to`, `causes`, `exacerbates_condition` and `produces` promote;
    /// `preventative_for_condition` and the treatment predicates inhibit); `None` otherwise.
    pub const fn sign(&self) -> Option<Effect> {
        match (self.object_direction, self.predicate) {
            (Some(Direction::Increased), _) => Some(Effect::Promotes),
            (Some(Direction::Decreased), _) => Some(Effect::Inhibits),
            (
                None,
                Predicate::ContributesTo | Predicate::Causes | Predicate::ExacerbatesCondition | Predicate::Produces,
            ) => Some(Effect::Promotes),
            (
                None,
                Predicate::PreventativeForCondition | Predicate::AppliedToTreat | Predicate::InClinicalTrialsFor,
            ) => Some(Effect::Inhibits),
            (None, _) => None,
        }
    }
}

/// A plain predicate, no qualifiers.
const fn plain(predicate: Predicate) -> PredicateMapping {
    PredicateMapping {
        predicate,
        qualified_predicate: None,
        object_aspect: None,
        object_direction: None,
        mechanism: None,
    }
}

/// `affects` qualified by `causes`, an aspect and a mechanism; the direction is the relation's effect.
const fn affects(relation: Relation, aspect: Option<Aspect>, mechanism: Option<Mechanism>) -> PredicateMapping {
    let object_direction = match relation.effect() {
        Some(Effect::Promotes) => Some(Direction::Increased),
        Some(Effect::Inhibits) => Some(Direction::Decreased),
        None => None,
    };
    PredicateMapping {
        predicate: Predicate::Affects,
        qualified_predicate: Some(Predicate::Causes),
        object_aspect: aspect,
        object_direction,
        mechanism,
    }
}

/// Relations whose crate sign a Biolink edge cannot carry: `binds` becomes the symmetric
/// `directly_physically_interacts_with`, which has no direction. The crate relation stays
/// on the edge as `original_predicate`.
pub const UNSIGNED_IN_BIOLINK: &[Relation] = &[Relation::Binds];

/// The Biolink predicate and qualifiers of a relation.
///
/// ```
/// use calcification::Relation;
/// use calcification::biolink::{Aspect, Direction, Predicate, predicate_mapping};
///
/// let m = predicate_mapping(Relation::Activates);
/// assert_eq!(m.predicate, Predicate::Affects);
/// assert_eq!(m.object_aspect, Some(Aspect::Activity));
/// assert_eq!(m.object_direction, Some(Direction::Increased));
/// ```
pub const fn predicate_mapping(relation: Relation) -> PredicateMapping {
    use Aspect::{Absorption, Abundance, Activity, Localization, Transport};
    use Relation::*;
    match relation {
        IsA | IsFormOf => plain(Predicate::SubclassOf),
        OccursIn => plain(Predicate::OccursIn),
        // Calcium salts take part in (add to) the mineralisation of tissue.
        Mineralises => plain(Predicate::ContributesTo),
        // The seed's contested claim: where calcium goes, no direction.
        Redistributes => affects(relation, Some(Localization), None),
        Activates => affects(relation, Some(Activity), Some(Mechanism::Activation)),
        EnablesActivationOf => affects(relation, Some(Activity), Some(Mechanism::Cofactor)),
        IsConvertedTo => plain(Predicate::HasMetabolite),
        Binds => plain(Predicate::DirectlyPhysicallyInteractsWith),
        Inhibits | Reduces => affects(relation, None, None),
        LeadsTo => plain(Predicate::Causes),
        CanCause | Promotes | ContributesTo => plain(Predicate::ContributesTo),
        MayExacerbate => plain(Predicate::ExacerbatesCondition),
        IncreasesAbsorptionOf => affects(relation, Some(Absorption), None),
        Regulates => plain(Predicate::Regulates),
        MobilisesBetweenBoneAndBlood => affects(relation, Some(Transport), None),
        ReducesRiskOf => plain(Predicate::PreventativeForCondition),
        Supports => affects(relation, None, None),
        Produces => plain(Predicate::Produces),
        Counteracts => affects(relation, Some(Activity), None),
        // Biolink's `diagnoses` needs a diagnostic aid (a device or substance) as subject.
        Evaluates => plain(Predicate::RelatedTo),
        // `treats` needs established evidence, which no treatment fact has: see PREDICATE_OVERRIDES.
        Treats => plain(Predicate::AppliedToTreat),
        Uses => plain(Predicate::HasParticipant),
        BindsAndRemoves => affects(relation, Some(Abundance), Some(Mechanism::Chelation)),
        // The object accumulates: its abundance increases.
        ImpairsExcretionOf => affects(relation, Some(Abundance), None),
    }
}

/// Facts whose predicate differs from their relation's, with the reason. A test checks that
/// every id names a fact.
pub const PREDICATE_OVERRIDES: &[(&str, Predicate, &str)] = &[(
    "chelation_for_calcification_controversial",
    Predicate::InClinicalTrialsFor,
    "EDTA chelation for calcification and cardiovascular disease was tested in trials (TACT, TACT2); it is not an established treatment",
)];

/// The predicate and qualifiers of one fact: its relation's mapping, or an override.
pub fn fact_mapping(fact: &Fact) -> PredicateMapping {
    match PREDICATE_OVERRIDES.iter().find(|(id, _, _)| *id == fact.id) {
        Some((_, predicate, _)) => PredicateMapping { predicate: *predicate, ..predicate_mapping(fact.relation) },
        None => predicate_mapping(fact.relation),
    }
}

/// The Biolink `knowledge_level` of a fact. Facts cited only to the seed article (a
/// popular-health article) and facts the crate marks controversial are `prediction`: possible,
/// not established. The others are `knowledge_assertion`.
pub fn knowledge_level(fact: &Fact) -> KnowledgeLevel {
    let seed_only = fact.sources.iter().all(|s| *s == SourceId::Seed);
    if seed_only || fact.evidence == EvidenceLevel::Controversial {
        KnowledgeLevel::Prediction
    } else {
        KnowledgeLevel::KnowledgeAssertion
    }
}

/// The subject qualifiers that say which state of the subject a fact is about: a
/// deficiency is less abundance, an excess more, an inactive subject less activity.
pub const fn subject_qualifiers(state: SubjectState) -> (Aspect, Direction) {
    match state {
        SubjectState::Deficiency => (Aspect::Abundance, Direction::Decreased),
        SubjectState::Excess => (Aspect::Abundance, Direction::Increased),
        SubjectState::Inactive => (Aspect::Activity, Direction::Decreased),
    }
}

/// The subject state written by these subject qualifiers (the inverse of [`subject_qualifiers`]).
pub fn subject_state_of(aspect: Aspect, direction: Direction) -> Option<SubjectState> {
    [SubjectState::Deficiency, SubjectState::Excess, SubjectState::Inactive]
        .into_iter()
        .find(|s| subject_qualifiers(*s) == (aspect, direction))
}

/// The publication CURIEs of a source: `DOI:` for a DOI, `PMID:` for a PubMed page, else its
/// web page; none for the seed article, which has no public link.
///
/// ```
/// use calcification::SourceId;
/// use calcification::biolink::publications;
///
/// assert_eq!(publications(SourceId::Price1998), ["DOI:10.1161/01.atv.18.9.1400", "PMID:9743228"]);
/// assert!(publications(SourceId::Seed).is_empty());
/// ```
pub fn publications(source: SourceId) -> Vec<String> {
    let details = source.details();
    let mut out = Vec::new();
    if let Some(doi) = details.doi {
        out.push(format!("DOI:{doi}"));
    }
    match details.url {
        Some(url) if url.starts_with("https://pubmed.ncbi.nlm.nih.gov/") => {
            out.push(format!(
                "PMID:{}",
                url.trim_start_matches("https://pubmed.ncbi.nlm.nih.gov/").trim_end_matches('/')
            ));
        }
        Some(url) if details.doi.is_none() => out.push(url.to_owned()),
        _ => {}
    }
    out
}
