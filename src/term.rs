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

    /// The label as it reads mid-sentence: the first letter lowercased unless the label
    /// starts with an acronym ("Adequate water from drinks" → "adequate water from drinks";
    /// "IOM 2011" and "MK-7" stay as they are).
    fn label_mid_sentence(self) -> String {
        mid_sentence(self.label())
    }

    /// The variant's position in [`ALL`](Term::ALL).
    fn index(self) -> usize;

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

/// A set of values of one vocabulary (at most 128 values, checked at compile time), as a bit set: no allocation. Iterates, serialises
/// (as a JSON array) and compares with slices in declaration order, as a set.
///
/// ```
/// use calcification::{ProfileField, TermSet};
///
/// let mut missing = TermSet::new();
/// missing.insert(ProfileField::Sex);
/// missing.insert(ProfileField::AgeYears);
/// assert_eq!(missing, [ProfileField::AgeYears, ProfileField::Sex]);
/// assert_eq!(serde_json::to_string(&missing).unwrap(), r#"["age_years","sex"]"#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TermSet<T> {
    bits: u128,
    marker: std::marker::PhantomData<T>,
}

impl<T: Term> TermSet<T> {
    /// The empty set.
    pub const fn new() -> Self {
        const { assert!(T::ALL.len() <= 128, "a vocabulary outgrew the u128 TermSet") };
        Self { bits: 0, marker: std::marker::PhantomData }
    }

    /// Adds `item`; returns whether it was new.
    pub fn insert(&mut self, item: T) -> bool {
        let bit = 1u128 << item.index();
        let new = self.bits & bit == 0;
        self.bits |= bit;
        new
    }

    /// Whether the set holds `item` (given by value or by reference).
    pub fn contains(&self, item: impl std::borrow::Borrow<T>) -> bool {
        self.bits & (1u128 << item.borrow().index()) != 0
    }

    /// How many values the set holds.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The values, in declaration order.
    pub fn iter(&self) -> TermSetIter<T> {
        TermSetIter { bits: self.bits, marker: std::marker::PhantomData }
    }

    /// The raw bits: bit `i` stands for `T::ALL[i]`.
    pub const fn bits(&self) -> u128 {
        self.bits
    }

    /// The set with these raw bits (bits beyond `T::ALL` are never iterated).
    pub(crate) const fn from_bits(bits: u128) -> Self {
        const { assert!(T::ALL.len() <= 128, "a vocabulary outgrew the u128 TermSet") };
        Self { bits, marker: std::marker::PhantomData }
    }
}

/// The values of a [`TermSet`], in declaration order.
#[derive(Clone, Debug)]
pub struct TermSetIter<T> {
    bits: u128,
    marker: std::marker::PhantomData<T>,
}

impl<T: Term> Iterator for TermSetIter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.bits == 0 {
            return None;
        }
        let index = self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        T::ALL.get(index).copied()
    }
}

impl<T: Term> Default for TermSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Term> std::fmt::Debug for TermSet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter().map(|t| t.id())).finish()
    }
}

impl<T: Term> FromIterator<T> for TermSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        iter.into_iter().for_each(|t| {
            set.insert(t);
        });
        set
    }
}

impl<T: Term> IntoIterator for &TermSet<T> {
    type Item = T;
    type IntoIter = TermSetIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Term> PartialEq<[T]> for TermSet<T> {
    /// Set equality: the slice holds exactly the set's values (in any order, once each).
    fn eq(&self, other: &[T]) -> bool {
        other.len() == self.len() && other.iter().all(|t| self.contains(t))
    }
}

impl<T: Term, const N: usize> PartialEq<[T; N]> for TermSet<T> {
    fn eq(&self, other: &[T; N]) -> bool {
        *self == other[..]
    }
}

impl<T: Term> PartialEq<Vec<T>> for TermSet<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        *self == other[..]
    }
}

impl<T: Term + serde::Serialize> serde::Serialize for TermSet<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de, T: Term + serde::Deserialize<'de>> serde::Deserialize<'de> for TermSet<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(deserializer)?.into_iter().collect())
    }
}

#[cfg(feature = "schema")]
impl<T: Term + schemars::JsonSchema> schemars::JsonSchema for TermSet<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Set_of_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "array",
            "uniqueItems": true,
            "items": generator.subschema_for::<T>(),
        })
    }

    fn inline_schema() -> bool {
        true
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

            fn index(self) -> usize {
                self as usize
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

        impl $name {
            /// The stable snake_case id (the JSON contract), without importing [`Term`](crate::Term).
            pub const fn id(self) -> &'static str {
                match self {
                    $(Self::$variant => $id,)+
                }
            }

            /// The human label, without importing [`Term`](crate::Term).
            pub const fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label,)+
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
