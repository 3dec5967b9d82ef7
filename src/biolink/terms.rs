//! The Biolink Model elements the export uses: categories, predicates, qualifier values and
//! the provenance enums, each with its CURIE or enum value as Biolink 4.4.6 spells it.
//! `.ci/validate_kgx.py` checks every one of them against the `biolink-model` package.

use std::fmt;

use serde::{Serialize, Serializer};

macro_rules! biolink_terms {
    ($(
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    )+) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The value as Biolink writes it (a `biolink:` CURIE or an enum value).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }

            /// The value with this text, if any.
            pub fn from_text(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.as_str() == text)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    )+};
}

biolink_terms! {
    /// A Biolink class used as a node `category`.
    pub enum Category {
        /// A chemical entity that is a single molecule, ion or atom (ChEBI).
        SmallMolecule = "biolink:SmallMolecule",
        /// A chemical entity or a group of them (a vitamin family, a drug class).
        ChemicalEntity = "biolink:ChemicalEntity",
        /// A gene product that is a protein (UniProtKB).
        Protein = "biolink:Protein",
        /// An observable phenotype (HPO).
        PhenotypicFeature = "biolink:PhenotypicFeature",
        /// A disease (MONDO, or an HPO disease term).
        Disease = "biolink:Disease",
        /// A normal biological process (GO), such as bone mineralisation.
        PhysiologicalProcess = "biolink:PhysiologicalProcess",
        /// A disease process.
        PathologicalProcess = "biolink:PathologicalProcess",
        /// A biological process (GO), normal or not.
        BiologicalProcess = "biolink:BiologicalProcess",
        /// A named observation or hypothesis.
        Phenomenon = "biolink:Phenomenon",
        /// A behaviour: drinking, exercise, a diet.
        Behavior = "biolink:Behavior",
        /// A clinical procedure (diagnostic tests).
        Procedure = "biolink:Procedure",
        /// A treatment (medical action), the domain of the treatment predicates.
        Treatment = "biolink:Treatment",
        /// An organ or other gross anatomical structure (UBERON).
        GrossAnatomicalStructure = "biolink:GrossAnatomicalStructure",
        /// Any anatomical entity (UBERON), such as the artery wall.
        AnatomicalEntity = "biolink:AnatomicalEntity",
    }

    /// A Biolink predicate (every one canonical and not deprecated in 4.4.6).
    pub enum Predicate {
        /// `biolink:subclass_of` (rdfs:subClassOf).
        SubclassOf = "biolink:subclass_of",
        /// `biolink:occurs_in` (BFO:0000066).
        OccursIn = "biolink:occurs_in",
        /// `biolink:contributes_to` (RO:0002326): the subject adds to the object.
        ContributesTo = "biolink:contributes_to",
        /// `biolink:causes` (RO:0003303).
        Causes = "biolink:causes",
        /// `biolink:affects`, refined by qualifiers.
        Affects = "biolink:affects",
        /// `biolink:regulates`: an evolved control mechanism.
        Regulates = "biolink:regulates",
        /// `biolink:has_metabolite`: the object is made from the subject in the body.
        HasMetabolite = "biolink:has_metabolite",
        /// `biolink:directly_physically_interacts_with` (RO:0002436), symmetric.
        DirectlyPhysicallyInteractsWith = "biolink:directly_physically_interacts_with",
        /// `biolink:exacerbates_condition`.
        ExacerbatesCondition = "biolink:exacerbates_condition",
        /// `biolink:preventative_for_condition` (alias "prevents").
        PreventativeForCondition = "biolink:preventative_for_condition",
        /// `biolink:produces` (RO:0003000).
        Produces = "biolink:produces",
        /// `biolink:applied_to_treat`: used to treat, without the strong evidence `treats` needs.
        AppliedToTreat = "biolink:applied_to_treat",
        /// `biolink:in_clinical_trials_for`: tested in trials for the object.
        InClinicalTrialsFor = "biolink:in_clinical_trials_for",
        /// `biolink:has_participant`.
        HasParticipant = "biolink:has_participant",
        /// `biolink:related_to`, the root predicate, for a relation Biolink has no term for.
        RelatedTo = "biolink:related_to",
    }

    /// A value of Biolink's `GeneOrGeneProductOrChemicalEntityAspectEnum` (aspect qualifiers).
    pub enum Aspect {
        /// How active the entity is.
        Activity = "activity",
        /// How much of the entity there is.
        Abundance = "abundance",
        /// Where the entity is.
        Localization = "localization",
        /// Movement of the entity (between bone and blood).
        Transport = "transport",
        /// Uptake of the entity from the gut.
        Absorption = "absorption",
    }

    /// A value of Biolink's `DirectionQualifierEnum`.
    pub enum Direction {
        /// More of the aspect.
        Increased = "increased",
        /// Less of the aspect.
        Decreased = "decreased",
    }

    /// A value of Biolink's `CausalMechanismQualifierEnum` (4.4.x).
    pub enum Mechanism {
        /// The subject turns the object on.
        Activation = "activation",
        /// The subject is a cofactor the object's activation needs.
        Cofactor = "cofactor",
        /// The subject binds a metal ion, reducing its availability.
        Chelation = "chelation",
    }

    /// A value of Biolink's `KnowledgeLevelEnum`.
    pub enum KnowledgeLevel {
        /// A statement of fact curated from the literature.
        KnowledgeAssertion = "knowledge_assertion",
        /// A possible fact, not established: a hypothesis or a disputed claim.
        Prediction = "prediction",
    }

    /// A value of Biolink's `AgentTypeEnum`.
    pub enum AgentType {
        /// A person curated the statement by hand.
        ManualAgent = "manual_agent",
    }
}
