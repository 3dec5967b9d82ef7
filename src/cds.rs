//! CDS Hooks cards: a [`Finding`] as a card a clinical system can show.
//!
//! Follows the CDS Hooks 2.0 card shape: `summary` (required, under 140 characters),
//! `indicator` (`info` | `warning` | `critical`), `detail` (GitHub-flavoured markdown) and
//! `source` (`label`, optional `url`).

use serde::Serialize;

use crate::assess::{Assessment, Finding};
use crate::rule::Severity;

/// The longest summary CDS Hooks allows, in characters (exclusive).
pub const CDS_SUMMARY_LIMIT: usize = 140;

/// A CDS Hooks card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Card {
    /// One-line summary, fewer than 140 characters.
    pub summary: String,
    /// Urgency: `info`, `warning` or `critical`.
    pub indicator: Severity,
    /// Markdown detail: the rule's explanation, what held with observed values and
    /// thresholds, evidence, all sources, and the not-medical-advice note.
    pub detail: String,
    /// The primary source of the card.
    pub source: CardSource,
}

/// The `source` of a CDS Hooks card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CardSource {
    /// Short human-readable label of the source.
    pub label: String,
    /// A link to the source, where one is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A CDS Hooks response: `{"cards": [...]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CdsResponse {
    /// One card per finding, in the assessment's order (critical first).
    pub cards: Vec<Card>,
}

impl Finding {
    /// The finding as a CDS Hooks card. `intended_use` is appended to the detail.
    ///
    /// ```
    /// use calcification::{Profile, assess};
    ///
    /// let a = assess(&Profile::from_json(r#"{"labs": {"serum_calcium": {"value": 12.2, "unit": "mg/dL"}}}"#)?)?;
    /// let card = a.findings[0].to_cds_card(&a.intended_use);
    /// assert_eq!(card.indicator.to_string(), "Critical");
    /// assert!(card.summary.chars().count() < 140);
    /// # Ok::<(), calcification::ProfileError>(())
    /// ```
    pub fn to_cds_card(&self, intended_use: &str) -> Card {
        let mut detail = String::new();
        detail.push_str(self.caution.rule().detail);
        detail.push_str("\n\n**Why:**\n");
        for reason in &self.because {
            detail.push_str(&format!("- {}\n", reason.statement));
        }
        detail.push_str(&format!("\n**Evidence:** {}\n\n**Sources:**\n", self.evidence.label()));
        for source in &self.sources {
            let d = source.details();
            match d.link() {
                Some(link) => detail.push_str(&format!("- [{}]({link}): {}\n", source.label(), d.title)),
                None => detail.push_str(&format!("- {}: {}\n", source.label(), d.title)),
            }
        }
        detail.push_str(&format!("\n_{intended_use}_"));
        let primary = self.sources.first().map(|s| s.details());
        Card {
            summary: truncate_summary(&self.summary),
            indicator: self.severity,
            detail,
            source: CardSource {
                label: primary.map_or_else(|| "calcification".to_owned(), |d| d.id.label().to_owned()),
                url: primary.and_then(|d| d.link()),
            },
        }
    }
}

impl Assessment {
    /// Every finding as a CDS Hooks card.
    pub fn to_cds_response(&self) -> CdsResponse {
        CdsResponse { cards: self.findings.iter().map(|f| f.to_cds_card(&self.intended_use)).collect() }
    }
}

/// Summaries are written under the limit (a test checks every rule); this only guards the
/// card contract should a longer one ever appear.
fn truncate_summary(summary: &str) -> String {
    if summary.chars().count() < CDS_SUMMARY_LIMIT {
        summary.to_owned()
    } else {
        let mut s: String = summary.chars().take(CDS_SUMMARY_LIMIT - 2).collect();
        s.push('…');
        s
    }
}
