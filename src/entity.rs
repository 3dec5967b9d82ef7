//! [`Entity`]: any node of the mechanism graph, whatever vocabulary it comes from.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::body::{BodyAgent, Phenomenon};
use crate::calcification::{BodySite, CalcificationCategory, CalcificationKind, Consequence, Trigger};
use crate::clinical::{Condition, Medication};
use crate::code::Code;
use crate::error::UnknownId;
use crate::intervention::{ChelationAgent, Intervention};
use crate::lifestyle::{Diet, LifestyleFactor};
use crate::nutrient::{K2Form, Nutrient};
use crate::term::Term;

macro_rules! entities {
    (@codes $t:ident) => { &[] };
    (@codes $t:ident, $codes:ident) => { $t.codes() };
    ($( $variant:ident($ty:ty) $(, codes = $codes:ident)?; )+) => {
        /// A node of the mechanism graph: a value of one of the graph's vocabularies.
        ///
        /// Ids are unique across these vocabularies, so an entity serialises as its bare id
        /// (`"vitamin_k2"`, `"vascular"`).
        ///
        /// ```
        /// use calcification::{Entity, Nutrient};
        ///
        /// let k2: Entity = "vitamin_k2".parse().unwrap();
        /// assert_eq!(k2, Entity::Nutrient(Nutrient::VitaminK2));
        /// assert_eq!(k2.vocabulary(), "nutrient");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Entity {
            $(
                #[doc = concat!("A [`", stringify!($ty), "`].")]
                $variant($ty),
            )+
        }

        /// Every entity, vocabulary by vocabulary, in declaration order.
        const ALL_ENTITIES: &[Entity] = &{
            const N: usize = 0 $(+ <$ty as strum::EnumCount>::COUNT)+;
            let mut out = [Entity::Nutrient(Nutrient::Calcium); N];
            let mut i = 0;
            $(
                let vs = <$ty as strum::VariantArray>::VARIANTS;
                let mut j = 0;
                while j < vs.len() {
                    out[i] = Entity::$variant(vs[j]);
                    i += 1;
                    j += 1;
                }
            )+
            out
        };

        impl Entity {
            /// The stable id.
            pub fn id(self) -> &'static str {
                match self { $(Self::$variant(t) => t.id(),)+ }
            }

            /// The human label.
            pub fn label(self) -> &'static str {
                match self { $(Self::$variant(t) => t.label(),)+ }
            }

            /// The one-line definition.
            pub fn definition(self) -> &'static str {
                match self { $(Self::$variant(t) => t.definition(),)+ }
            }

            /// The id of the vocabulary the entity belongs to, e.g. `"nutrient"`.
            pub fn vocabulary(self) -> &'static str {
                match self { $(Self::$variant(_) => <$ty as Term>::VOCABULARY,)+ }
            }

            /// Codes in external terminologies (empty where none is confirmed).
            pub fn codes(self) -> &'static [Code] {
                match self {
                    $(Self::$variant(_t) => entities!(@codes _t $(, $codes)?),)+
                }
            }

            /// The ids of the graph's vocabularies, in declaration order.
            pub const VOCABULARIES: &'static [&'static str] = &[$(<$ty as Term>::VOCABULARY,)+];
        }

        $(
            impl From<$ty> for Entity {
                fn from(t: $ty) -> Self {
                    Self::$variant(t)
                }
            }
        )+

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for Entity {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                "Entity".into()
            }

            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": "Id of a node of the mechanism graph (ids are unique across the graph's vocabularies).",
                    "anyOf": [$(generator.subschema_for::<$ty>(),)+]
                })
            }
        }
    };
}

entities! {
    CalcificationCategory(CalcificationCategory), codes = codes;
    CalcificationKind(CalcificationKind), codes = codes;
    BodySite(BodySite);
    Consequence(Consequence);
    Trigger(Trigger);
    Nutrient(Nutrient), codes = codes;
    K2Form(K2Form), codes = codes;
    BodyAgent(BodyAgent), codes = codes;
    Phenomenon(Phenomenon), codes = codes;
    LifestyleFactor(LifestyleFactor);
    Diet(Diet);
    Intervention(Intervention);
    ChelationAgent(ChelationAgent);
    Medication(Medication);
    Condition(Condition), codes = codes;
}

impl Entity {
    /// Every entity of the graph.
    pub fn all() -> impl Iterator<Item = Entity> {
        ALL_ENTITIES.iter().copied()
    }

    /// The entity with this id, if any.
    pub fn from_id(id: &str) -> Option<Entity> {
        Self::all().find(|e| e.id() == id)
    }
}

impl FromStr for Entity {
    type Err = UnknownId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_id(s).ok_or_else(|| UnknownId::new("entity", s, Self::all().map(Entity::id)))
    }
}

impl fmt::Display for Entity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl Serialize for Entity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Entity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        id.parse().map_err(serde::de::Error::custom)
    }
}
