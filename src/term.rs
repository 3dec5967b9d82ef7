//! The shape every closed vocabulary shares: a stable snake_case id, a human label, a
//! one-line definition, and iteration over all variants.
//!
//! Each vocabulary is declared once with the crate-internal `vocabulary!` macro. The id
//! literal written there drives serde, strum, [`Term::id`], [`FromStr`](std::str::FromStr)
//! and the JSON Schema, so they cannot disagree.

use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

use crate::error::UnknownId;

/// A closed vocabulary: every enum of the crate whose values have a stable id.
///
/// ```
/// use calcification::{Nutrient, Term};
///
/// assert_eq!(Nutrient::VitaminK2.id(), "vitamin_k2");
/// assert_eq!(Nutrient::VitaminK2.to_string(), "Vitamin K2");
/// assert_eq!("magnesium".parse::<Nutrient>(), Ok(Nutrient::Magnesium));
/// assert!(Nutrient::all().count() >= 4);
/// ```
pub trait Term: Copy + Eq + Hash + Debug + Display + FromStr<Err = UnknownId> + Send + Sync + 'static {
    /// The vocabulary's own id, e.g. `"nutrient"`; used in error messages and exports.
    const VOCABULARY: &'static str;

    /// Every variant, in declaration order.
    const ALL: &'static [Self];

    /// The stable snake_case id (the JSON contract).
    fn id(self) -> &'static str;

    /// A short human label, also what `Display` prints.
    fn label(self) -> &'static str;

    /// A one-line definition (also the rustdoc and the JSON Schema `description`).
    fn definition(self) -> &'static str;

    /// Every variant, in declaration order.
    fn all() -> std::iter::Copied<std::slice::Iter<'static, Self>> {
        Self::ALL.iter().copied()
    }

    /// The variant with this exact id, if any.
    fn from_id(id: &str) -> Option<Self> {
        Self::all().find(|t| t.id() == id)
    }

    /// Parses an id, failing with an error that lists the accepted ids.
    ///
    /// # Errors
    /// [`UnknownId`] naming the vocabulary, the input and every accepted id.
    fn parse_id(id: &str) -> Result<Self, UnknownId> {
        Self::from_id(id).ok_or_else(|| UnknownId::new(Self::VOCABULARY, id, Self::all().map(Term::id)))
    }
}

/// A label for use mid-sentence: the first letter lowercased unless the label starts with an
/// acronym or symbol ("EDTA", "MK-7", "IOM 2011" stay as they are).
pub(crate) fn mid_sentence(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    push_mid_sentence(&mut out, label);
    out
}

/// [`mid_sentence`], written into `out`.
pub(crate) fn push_mid_sentence(out: &mut String, label: &str) {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() && second != '-' => {
            out.extend(first.to_lowercase());
            out.push_str(&label[first.len_utf8()..]);
        }
        _ => out.push_str(label),
    }
}

/// Declares a closed vocabulary enum from one table of `Variant = "id", "Label";` rows, each
/// preceded by a one-line doc comment that is its definition.
macro_rules! vocabulary {
    (
        $(#[$emeta:meta])*
        $vis:vis enum $name:ident in $vocab:literal {
            $(
                #[doc = $def:literal]
                $variant:ident = $id:literal, $label:literal;
            )+
        }
    ) => {
        $(#[$emeta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash,
            serde::Serialize, serde::Deserialize,
            strum::EnumIter, strum::IntoStaticStr, strum::VariantArray, strum::EnumCount,
        )]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        $vis enum $name {
            $(
                #[doc = $def]
                #[serde(rename = $id)]
                #[strum(serialize = $id)]
                $variant,
            )+
        }

        impl $crate::Term for $name {
            const VOCABULARY: &'static str = $vocab;
            const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

            fn id(self) -> &'static str {
                self.into()
            }

            fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label,)+
                }
            }

            fn definition(self) -> &'static str {
                match self {
                    $(Self::$variant => $def.trim_start(),)+
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::Term::label(*self))
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::UnknownId;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <Self as $crate::Term>::parse_id(s)
            }
        }
    };
}

pub(crate) use vocabulary;
