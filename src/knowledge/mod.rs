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
    Chain, DEFAULT_MAX_CHAIN_LEN, HUBS, acting_on, chains, chains_between, entity, fact_by_id, facts, facts_about,
    facts_from, facts_to, inhibitors_of, is_hub, nutrients_acting_on, promoters_of, reachable, roles,
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
    /// Which way a relation pushes its object: the sign of an edge of the mechanism graph.
    /// Relations that only classify or locate ("is a", "occurs in", "is converted to") have
    /// no effect ([`Relation::effect`] is `None`).
    pub enum Effect in "effect" {
        /// More of the subject means more of the object (sign +).
        Promotes = "promotes", "promotes";
        /// More of the subject means less of the object (sign -).
        Inhibits = "inhibits", "inhibits";
    }
}

impl Effect {
    /// The opposite effect: composing with an inhibiting step flips the sign.
    pub const fn flipped(self) -> Self {
        match self {
            Self::Promotes => Self::Inhibits,
            Self::Inhibits => Self::Promotes,
        }
    }

    /// The effect of two steps in a row (the product of their signs).
    ///
    /// ```
    /// use calcification::Effect;
    ///
    /// assert_eq!(Effect::Promotes.then(Effect::Inhibits), Effect::Inhibits);
    /// assert_eq!(Effect::Inhibits.then(Effect::Inhibits), Effect::Promotes);
    /// ```
    pub const fn then(self, next: Self) -> Self {
        match self {
            Self::Promotes => next,
            Self::Inhibits => next.flipped(),
        }
    }
}

impl Relation {
    /// The sign of the relation, written once here (REFERENCE.md, "The mechanism graph has
    /// signs"). Promote: activates, is needed to activate, increases absorption of, leads to,
    /// can cause, promotes, may exacerbate, contributes to, supports, produces, mineralises
    /// tissue in, impairs excretion of (the object accumulates). Inhibit: inhibits, binds
    /// (holds the object so it cannot deposit), binds and removes, reduces, reduces the risk
    /// of, counteracts, treats. None: is a, is a form of, is converted to, occurs in, uses,
    /// evaluates, and the relations whose direction the sources do not give: regulates
    /// (either way), moves between bone and blood (either way), redistributes (the seed's
    /// contested claim, no direction from the object's point of view).
    ///
    /// ```
    /// use calcification::{Effect, Relation};
    ///
    /// assert_eq!(Relation::Activates.effect(), Some(Effect::Promotes));
    /// assert_eq!(Relation::Counteracts.effect(), Some(Effect::Inhibits));
    /// assert_eq!(Relation::IsFormOf.effect(), None);
    /// ```
    pub const fn effect(self) -> Option<Effect> {
        use Effect::{Inhibits as Minus, Promotes as Plus};
        match self {
            Self::Activates
            | Self::EnablesActivationOf
            | Self::IncreasesAbsorptionOf
            | Self::LeadsTo
            | Self::CanCause
            | Self::Promotes
            | Self::MayExacerbate
            | Self::ContributesTo
            | Self::Supports
            | Self::Produces
            | Self::Mineralises
            | Self::ImpairsExcretionOf => Some(Plus),
            Self::Inhibits
            | Self::Binds
            | Self::BindsAndRemoves
            | Self::Reduces
            | Self::ReducesRiskOf
            | Self::Counteracts
            | Self::Treats => Some(Minus),
            Self::IsA
            | Self::IsFormOf
            | Self::IsConvertedTo
            | Self::OccursIn
            | Self::Uses
            | Self::Evaluates
            | Self::Regulates
            | Self::MobilisesBetweenBoneAndBlood
            | Self::Redistributes => None,
        }
    }
}

impl SubjectState {
    /// Whether a fact about this state keeps the relation's sign when read as a fact about
    /// the subject as such. *Excess* keeps it (more of the subject, more of the effect:
    /// "excess vitamin D can cause hypercalcemia" reads "vitamin D promotes hypercalcemia").
    /// *Deficiency* and *inactive* flip it: "deficiency of magnesium promotes ectopic
    /// calcification" means that magnesium (enough of it, active) inhibits it.
    pub const fn keeps_sign(self) -> bool {
        match self {
            Self::Excess => true,
            Self::Deficiency | Self::Inactive => false,
        }
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
    /// The sign of the fact read as being about the subject as such: the relation's
    /// [`effect`](Relation::effect), flipped for a deficiency or an inactive subject (see
    /// [`SubjectState::keeps_sign`]). `None` for relations without a sign.
    pub effect: Option<Effect>,
}

impl Fact {
    /// The sign of a fact from its relation and subject state (what [`Fact::effect`] holds).
    pub const fn effect_of(relation: Relation, subject_state: Option<SubjectState>) -> Option<Effect> {
        match (relation.effect(), subject_state) {
            (None, _) => None,
            (Some(e), None) => Some(e),
            (Some(e), Some(state)) if state.keeps_sign() => Some(e),
            (Some(e), Some(_)) => Some(e.flipped()),
        }
    }
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
