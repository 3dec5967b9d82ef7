//! CDS Hooks cards: a [`Finding`] as a card a clinical system can show.
//!
//! Follows the CDS Hooks 2.0 card shape: `uuid`, `summary` (required, under 140
//! characters), `indicator` (`info` | `warning` | `critical`), `detail` (GitHub-flavoured
//! markdown), `source` (`label`, `url`, `topic`: a Coding of the caution) and `links` (one
//! `absolute` link per source). When some cautions could not be assessed, a last `info`
//! card lists them with the data each needs.
//!
//! Card uuids are deterministic: a name-based UUID (version 5, [`CARD_UUID_NAMESPACE`]) of the
//! knowledge version and the card's content (the finding with its observed values and
//! thresholds). The same input gives the same card and uuid, so responses are reproducible
//! and feedback on a card can be matched to it; a different value or knowledge version gives
//! a different uuid.

use serde::Serialize;

use crate::assess::{Assessment, Finding, NotAssessed};
use crate::rule::Severity;
use crate::term::Term;

/// The code system of the crate's cautions (the ids of [`Caution`](crate::Caution)), used for
/// `source.topic` of cards and `DetectedIssue.code`.
pub const CAUTION_SYSTEM: &str = "https://docs.rs/calcification/latest/calcification/rule/enum.Caution.html";

/// The namespace of card uuids (a random version-4 UUID fixed for this crate).
pub const CARD_UUID_NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x052b4e14_70d9_43d1_8872_725c0325fdfd);

/// The crate's name as the source of cards about what could not be assessed.
const CRATE_SOURCE: &str = "calcification";
/// The crate's documentation, the source link of cards that have no other.
const CRATE_URL: &str = "https://docs.rs/calcification";

/// The longest summary CDS Hooks allows, in characters (exclusive).
pub const CDS_SUMMARY_LIMIT: usize = 140;

/// A CDS Hooks card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Card {
    /// Identifier of the card (deterministic; see the module documentation).
    pub uuid: String,
    /// One-line summary, fewer than 140 characters.
    pub summary: String,
    /// Urgency: `info`, `warning` or `critical`.
    pub indicator: Severity,
    /// Markdown detail: the rule's explanation, what held with observed values and
    /// thresholds, evidence, all sources, and the not-medical-advice note.
    pub detail: String,
    /// The primary source of the card.
    pub source: CardSource,
    /// Links to every source of the card (absolute URLs).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// A CDS Hooks `Coding` (`source.topic`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Coding {
    /// The code system: [`CAUTION_SYSTEM`].
    pub system: String,
    /// The caution's id.
    pub code: String,
    /// The caution's label.
    pub display: String,
}

/// A CDS Hooks link: `label`, `url` and `type` (`absolute` here).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Link {
    /// Human-readable label.
    pub label: String,
    /// Absolute URL.
    pub url: String,
    /// Always `absolute`.
    #[serde(rename = "type")]
    pub kind: &'static str,
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
    /// The caution the card is about, as a Coding of [`CAUTION_SYSTEM`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<Coding>,
}

/// A CDS Hooks response: `{"cards": [...]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CdsResponse {
    /// One card per finding, in the assessment's order (critical first), then one `info`
    /// card listing the cautions that could not be assessed, if any.
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
        let links = self
            .sources
            .iter()
            .filter_map(|s| s.details().link().map(|url| Link { label: s.label().to_owned(), url, kind: "absolute" }))
            .collect();
        let content = serde_json::to_string(self).expect("a finding always serialises");
        Card {
            uuid: card_uuid(&content),
            summary: truncate_summary(&self.summary),
            indicator: self.severity,
            detail,
            source: CardSource {
                label: primary.map_or_else(|| CRATE_SOURCE.to_owned(), |d| d.id.label().to_owned()),
                url: primary.and_then(|d| d.link()),
                topic: Some(Coding {
                    system: CAUTION_SYSTEM.to_owned(),
                    code: self.caution.id().to_owned(),
                    display: self.caution.label().to_owned(),
                }),
            },
            links,
        }
    }
}

/// The `info` card saying which cautions could not be assessed and what data would allow
/// each; `None` when every caution was assessed.
pub fn not_assessed_card(not_assessed: &[NotAssessed], intended_use: &str) -> Option<Card> {
    if not_assessed.is_empty() {
        return None;
    }
    let mut detail = String::from("These cautions could not be assessed with the data given:\n\n");
    for n in not_assessed {
        let mut needs: Vec<String> =
            n.missing.iter().map(|f| format!("`{}` ({})", f.id(), f.label_mid_sentence())).collect();
        needs.extend(n.no_reference_value.iter().map(|k| format!("a {} for this life stage", k.label_mid_sentence())));
        detail.push_str(&format!("- **{}**: needs {}\n", n.caution.label(), needs.join(", ")));
    }
    detail.push_str(&format!("\n_{intended_use}_"));
    let content = serde_json::to_string(not_assessed).expect("gaps always serialise");
    Some(Card {
        uuid: card_uuid(&content),
        summary: truncate_summary(&format!(
            "{} caution{} could not be assessed: data missing (see detail).",
            not_assessed.len(),
            if not_assessed.len() == 1 { "" } else { "s" }
        )),
        indicator: Severity::Info,
        detail,
        source: CardSource { label: CRATE_SOURCE.to_owned(), url: Some(CRATE_URL.to_owned()), topic: None },
        links: Vec::new(),
    })
}

fn card_uuid(content: &str) -> String {
    let name = format!("{}\n{content}", crate::version::KNOWLEDGE_VERSION);
    uuid::Uuid::new_v5(&CARD_UUID_NAMESPACE, name.as_bytes()).to_string()
}

impl Assessment {
    /// Every finding as a CDS Hooks card, then the card of what could not be assessed.
    ///
    /// ```
    /// use calcification::{Profile, assess};
    ///
    /// let a = assess(&Profile::from_json(r#"{"labs": {"serum_calcium": {"value": 11.2, "unit": "mg/dL"}}}"#)?)?;
    /// let cards = a.to_cds_response().cards;
    /// assert_eq!(cards.len(), a.findings.len() + 1);
    /// assert!(cards.last().unwrap().summary.contains("could not be assessed"));
    /// # Ok::<(), calcification::ProfileError>(())
    /// ```
    pub fn to_cds_response(&self) -> CdsResponse {
        let mut cards: Vec<Card> = self.findings.iter().map(|f| f.to_cds_card(&self.intended_use)).collect();
        cards.extend(not_assessed_card(&self.not_assessed, &self.intended_use));
        CdsResponse { cards }
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
