//! Queries over the fact table: facts about an entity, a nutrient's roles, chains between
//! entities and what can be reached from one.

use serde::Serialize;

use super::{Effect, FACTS, Fact};
use crate::entity::Entity;
use crate::error::UnknownId;
use crate::nutrient::Nutrient;
use crate::source::SourceId;
use crate::term::Term;

/// A path through the graph: consecutive facts where each fact's object is the next
/// fact's subject.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Chain {
    /// The facts, in order from the start entity to the end entity.
    pub steps: Vec<&'static Fact>,
    /// What the start entity does to the end entity along this chain: the product of the
    /// steps' [`effect`](Fact::effect)s, `None` when any step has no sign.
    pub net_effect: Option<Effect>,
}

impl Chain {
    /// A chain of these steps, with its net effect.
    fn new(steps: Vec<&'static Fact>) -> Self {
        let net_effect = net_effect_of(&steps);
        Chain { steps, net_effect }
    }

    /// What the start entity does to the end entity along this chain (the product of the
    /// steps' signs; `None` if any step has none).
    ///
    /// ```
    /// use calcification::{CalcificationKind, Effect, Nutrient, chains};
    ///
    /// let found = chains(Nutrient::VitaminK2, CalcificationKind::Vascular, 4);
    /// assert_eq!(found[0].net_effect(), Some(Effect::Inhibits));
    /// ```
    pub fn net_effect(&self) -> Option<Effect> {
        self.net_effect
    }

    /// The entity the chain starts from.
    pub fn start(&self) -> Option<Entity> {
        self.steps.first().map(|f| f.subject)
    }

    /// The entity the chain ends at.
    pub fn end(&self) -> Option<Entity> {
        self.steps.last().map(|f| f.object)
    }

    /// Every source cited along the chain, each once, in order of first use.
    pub fn sources(&self) -> Vec<SourceId> {
        let mut out = Vec::new();
        for s in self.steps.iter().flat_map(|f| f.sources) {
            if !out.contains(s) {
                out.push(*s);
            }
        }
        out
    }
}

impl std::fmt::Display for Chain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, step) in self.steps.iter().enumerate() {
            if i == 0 {
                write!(f, "{}", step.subject.id())?;
                if let Some(state) = step.subject_state {
                    write!(f, " ({})", state.id())?;
                }
            }
            write!(f, " -[{}]-> {}", step.relation.id(), step.object.id())?;
        }
        Ok(())
    }
}

/// The longest chain [`chains`] searches by default.
pub const DEFAULT_MAX_CHAIN_LEN: usize = 4;

/// Hub nodes: entities a chain may start or end at but never pass through. Calcium is the
/// object of opposite kinds of facts (absorbed, bound, removed, moved, deposited), so a
/// path through it composes claims no source makes: "K2 activates MGP, MGP binds calcium,
/// calcium mineralises ectopic tissue" would offer K2 as acting on ectopic calcification by
/// way of the calcium MGP holds back, and "vitamin D increases absorption of calcium,
/// calcium mineralises ectopic tissue" would make every intake of vitamin D a promoter of
/// ectopic calcification. See ARCHITECTURE.md, "The signed graph".
pub const HUBS: &[Entity] = &[Entity::Nutrient(Nutrient::Calcium)];

/// Whether `entity` is a hub node ([`HUBS`]) that chains do not pass through.
pub fn is_hub(entity: impl Into<Entity>) -> bool {
    HUBS.contains(&entity.into())
}

fn net_effect_of(steps: &[&Fact]) -> Option<Effect> {
    steps.iter().try_fold(Effect::Promotes, |acc, step| step.effect.map(|e| acc.then(e)))
}

/// Every fact in the knowledge base.
pub fn facts() -> impl Iterator<Item = &'static Fact> {
    FACTS.iter()
}

/// The fact with this id, if any.
pub fn fact_by_id(id: &str) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.id == id)
}

/// Facts with `entity` as subject.
///
/// ```
/// use calcification::{Entity, Nutrient, Relation, facts_from};
///
/// let k2 = Entity::from(Nutrient::VitaminK2);
/// assert!(facts_from(k2).any(|f| f.relation == Relation::Activates && f.object.id() == "matrix_gla_protein"));
/// ```
pub fn facts_from(entity: impl Into<Entity>) -> impl Iterator<Item = &'static Fact> {
    let entity = entity.into();
    FACTS.iter().filter(move |f| f.subject == entity)
}

/// Facts with `entity` as object.
pub fn facts_to(entity: impl Into<Entity>) -> impl Iterator<Item = &'static Fact> {
    let entity = entity.into();
    FACTS.iter().filter(move |f| f.object == entity)
}

/// Facts with `entity` as subject or object.
pub fn facts_about(entity: impl Into<Entity>) -> impl Iterator<Item = &'static Fact> {
    let entity = entity.into();
    FACTS.iter().filter(move |f| f.subject == entity || f.object == entity)
}

/// What a nutrient does: the facts with the nutrient (in any state) as subject.
pub fn roles(nutrient: Nutrient) -> impl Iterator<Item = &'static Fact> {
    facts_from(nutrient)
}

/// Every chain of at most `max_len` facts leading from `from` to `to`, shortest first,
/// without visiting an entity twice. Only the first step may be about a state of its
/// subject (e.g. *deficiency of* vitamin K2); later steps are facts about the entity as
/// such. `is_a` facts point from a kind to its category, so a chain reaching `ectopic`
/// does not continue down to each ectopic kind. A chain may end at a hub node ([`HUBS`],
/// e.g. `calcium`) but does not pass through one. Each chain carries its
/// [`net_effect`](Chain::net_effect).
///
/// ```
/// use calcification::{CalcificationKind, Nutrient, chains};
///
/// let found = chains(Nutrient::VitaminK2, CalcificationKind::Vascular, 4);
/// assert_eq!(found[0].to_string(), "vitamin_k2 -[activates]-> matrix_gla_protein -[inhibits]-> vascular");
/// ```
pub fn chains(from: impl Into<Entity>, to: impl Into<Entity>, max_len: usize) -> Vec<Chain> {
    let (from, to) = (from.into(), to.into());
    let mut found = Vec::new();
    let mut path: Vec<&'static Fact> = Vec::new();
    extend_chains(from, to, max_len, &mut path, &mut found);
    found.sort_by_key(|c| c.steps.len());
    found
}

/// A fact about a state of its subject ("excess vitamin D can cause hypercalcemia") says
/// nothing about what merely acts on that subject, so only the first step of a path may be
/// about a state.
fn may_follow(steps_so_far: usize, fact: &Fact) -> bool {
    steps_so_far == 0 || fact.subject_state.is_none()
}

fn extend_chains(at: Entity, to: Entity, max_len: usize, path: &mut Vec<&'static Fact>, found: &mut Vec<Chain>) {
    if path.len() >= max_len {
        return;
    }
    for fact in facts_from(at) {
        if !may_follow(path.len(), fact) {
            continue;
        }
        let seen =
            fact.object == path.first().map_or(at, |f| f.subject) || path.iter().any(|f| f.object == fact.object);
        if seen {
            continue;
        }
        path.push(fact);
        if fact.object == to {
            found.push(Chain::new(path.clone()));
        } else if !is_hub(fact.object) {
            extend_chains(fact.object, to, max_len, path, found);
        }
        path.pop();
    }
}

/// Like [`chains`], from ids, with the default length limit.
///
/// # Errors
/// [`UnknownId`] if either id is not an entity of the graph.
pub fn chains_between(from: &str, to: &str) -> Result<Vec<Chain>, UnknownId> {
    Ok(chains(from.parse::<Entity>()?, to.parse::<Entity>()?, DEFAULT_MAX_CHAIN_LEN))
}

/// Look up any entity by id.
///
/// # Errors
/// [`UnknownId`] listing every entity id when `id` is none of them.
pub fn entity(id: &str) -> Result<Entity, UnknownId> {
    id.parse()
}

/// All entities reachable from `from` in at most `max_len` steps, with the facts that
/// first reached them (breadth first). Like [`chains`], paths end at hub nodes ([`HUBS`]).
pub fn reachable(from: impl Into<Entity>, max_len: usize) -> Vec<(Entity, Vec<&'static Fact>)> {
    let from = from.into();
    let mut out: Vec<(Entity, Vec<&'static Fact>)> = Vec::new();
    let mut frontier: Vec<(Entity, Vec<&'static Fact>)> = vec![(from, Vec::new())];
    for _ in 0..max_len {
        let mut next = Vec::new();
        for (at, path) in &frontier {
            for fact in facts_from(*at) {
                if !may_follow(path.len(), fact) {
                    continue;
                }
                if fact.object == from || out.iter().any(|(e, _)| *e == fact.object) {
                    continue;
                }
                let mut p = path.clone();
                p.push(fact);
                out.push((fact.object, p.clone()));
                if !is_hub(fact.object) {
                    next.push((fact.object, p));
                }
            }
        }
        frontier = next;
    }
    out
}

/// Which nutrients reach `target` through the graph, each with its shortest chain.
pub fn nutrients_acting_on(target: impl Into<Entity>) -> Vec<(Nutrient, Chain)> {
    let target = target.into();
    Nutrient::all()
        .filter_map(|n| chains(n, target, DEFAULT_MAX_CHAIN_LEN).into_iter().next().map(|c| (n, c)))
        .collect()
}

/// Every chain of at most [`DEFAULT_MAX_CHAIN_LEN`] facts, from any entity, whose net effect
/// on `target` is `effect`; shortest first, then by start entity.
///
/// ```
/// use calcification::{CalcificationKind, Effect, Nutrient, acting_on};
///
/// let inhibiting = acting_on(CalcificationKind::Vascular, Effect::Inhibits);
/// assert!(inhibiting.iter().any(|c| c.start() == Some(Nutrient::VitaminK2.into())));
/// assert!(inhibiting.iter().all(|c| c.net_effect() == Some(Effect::Inhibits)));
/// ```
pub fn acting_on(target: impl Into<Entity>, effect: Effect) -> Vec<Chain> {
    let target = target.into();
    let mut found: Vec<Chain> = Entity::all()
        .flat_map(|from| chains(from, target, DEFAULT_MAX_CHAIN_LEN))
        .filter(|c| c.net_effect == Some(effect))
        .collect();
    found.sort_by_key(|c| c.steps.len());
    found
}

/// The chains whose net effect promotes `target` ([`acting_on`] with [`Effect::Promotes`]).
pub fn promoters_of(target: impl Into<Entity>) -> Vec<Chain> {
    acting_on(target, Effect::Promotes)
}

/// The chains whose net effect inhibits `target` ([`acting_on`] with [`Effect::Inhibits`]).
pub fn inhibitors_of(target: impl Into<Entity>) -> Vec<Chain> {
    acting_on(target, Effect::Inhibits)
}
