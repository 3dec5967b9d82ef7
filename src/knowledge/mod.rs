//! The mechanism graph: cited facts `(subject, relation, object)` and the queries over them.
//!
//! Every claim of the domain article is a [`Fact`] here (a test maps each of its sentences
//! to the facts that encode it); further facts come from the reference sources.

use serde::Serialize;

use crate::entity::Entity;
use crate::source::{EvidenceLevel, SourceId};
use crate::term::vocabulary;

mod facts;
mod query;

pub use facts::FACTS;
pub use query::{
    Chain, DEFAULT_MAX_CHAIN_LEN, chains, chains_between, entity, fact_by_id, facts, facts_about, facts_from, facts_to,
    nutrients_acting_on, reachable, roles,
};

vocabulary! {
    /// How the subject of a fact acts on its object.
    pub enum Relation in "relation" {
        /// The subject is a kind of the object.
        IsA = "is_a", "is a";
        /// The subject is a form of the object.
        IsFormOf = "is_form_of", "is a form of";
        /// The subject forms at the object (a body site).
        OccursIn = "occurs_in", "occurs in";
        /// The subject hardens tissue as the object (calcium salts in calcification).
        Mineralises = "mineralises", "mineralises tissue in";
        /// The subject directs the object to where it belongs.
        Redistributes = "redistributes", "redistributes";
        /// The subject turns the object into its working form.
        Activates = "activates", "activates";
        /// The subject is needed to convert the object into its active form.
        EnablesActivationOf = "enables_activation_of", "is needed to activate";
        /// The subject is converted into the object.
        IsConvertedTo = "is_converted_to", "is converted to";
        /// The subject holds the object so it cannot deposit.
        Binds = "binds", "binds";
        /// The subject holds back the object.
        Inhibits = "inhibits", "inhibits";
        /// The subject brings the object about.
        LeadsTo = "leads_to", "leads to";
        /// The subject can bring the object about.
        CanCause = "can_cause", "can cause";
        /// The subject makes the object more likely.
        Promotes = "promotes", "promotes";
        /// The subject may make the object worse.
        MayExacerbate = "may_exacerbate", "may exacerbate";
        /// The subject adds to the object.
        ContributesTo = "contributes_to", "contributes to";
        /// The subject raises the uptake of the object from the gut.
        IncreasesAbsorptionOf = "increases_absorption_of", "increases absorption of";
        /// The subject keeps the object in balance.
        Regulates = "regulates", "regulates";
        /// The subject moves the object between bone and blood.
        MobilisesBetweenBoneAndBlood = "mobilises_between_bone_and_blood", "moves between bone and blood";
        /// The subject lowers the risk of the object.
        ReducesRiskOf = "reduces_risk_of", "reduces the risk of";
        /// The subject lessens the object.
        Reduces = "reduces", "reduces";
        /// The subject strengthens the object.
        Supports = "supports", "supports";
        /// The subject produces the object.
        Produces = "produces", "produces";
        /// The subject works against the effect of the object.
        Counteracts = "counteracts", "counteracts";
        /// The subject determines the extent and cause of the object.
        Evaluates = "evaluates", "evaluates";
        /// The subject is used to treat the object.
        Treats = "treats", "treats";
        /// The subject works through the object (an agent).
        Uses = "uses", "uses";
        /// The subject binds the object and removes it from the body.
        BindsAndRemoves = "binds_and_removes", "binds and removes";
        /// The body cannot clear the object well under the subject (a condition).
        ImpairsExcretionOf = "impairs_excretion_of", "impairs excretion of";
    }
}

vocabulary! {
    /// The state of a fact's subject the fact is about, when it is not the subject as such.
    pub enum SubjectState in "subject_state" {
        /// Too little of the subject (deficiency, insufficient intake).
        Deficiency = "deficiency", "deficiency of";
        /// Too much of the subject (intake above the upper limit, high levels).
        Excess = "excess", "excess";
        /// The subject present but not activated.
        Inactive = "inactive", "inactive";
    }
}

/// A cited statement of how one entity acts on another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Fact {
    /// Stable id of the fact, e.g. `k2_activates_mgp`.
    pub id: &'static str,
    /// What acts.
    pub subject: Entity,
    /// The state of the subject the fact is about (e.g. `excess` vitamin D), if any.
    pub subject_state: Option<SubjectState>,
    /// How it acts.
    pub relation: Relation,
    /// What is acted on.
    pub object: Entity,
    /// The claim in words.
    pub statement: &'static str,
    /// How strong the support is.
    pub evidence: EvidenceLevel,
    /// Where the claim comes from (at least one).
    pub sources: &'static [SourceId],
}

impl std::fmt::Display for Fact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(state) = self.subject_state {
            write!(f, "{} {} ", capitalise_first(state.label()), lower_label(self.subject))?;
        } else {
            write!(f, "{} ", self.subject.label())?;
        }
        write!(f, "{} {}", self.relation.label(), lower_label(self.object))
    }
}

fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn lower_label(e: Entity) -> String {
    crate::term::mid_sentence(e.label())
}
