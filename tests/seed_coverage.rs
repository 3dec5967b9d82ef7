//! Every sentence of the domain article (`shared/seed/`) is encoded as facts: the table
//! below maps each sentence, copied verbatim and in order, to the facts that state its
//! claims. The tests check that the table is the article (no sentence missing, none
//! invented), that every fact it names exists and cites the article, and that every fact
//! citing the article is claimed by some sentence.
//!
//! The article lives outside the crate: the three checks that read it are ignored unless
//! asked for (see `common/seed.rs`); the others run everywhere.

use std::collections::BTreeSet;

use calcification::{SourceId, fact_by_id, facts};

#[path = "common/seed.rs"]
mod seed;

/// The title and section headings, which carry no claim.
const HEADINGS: &[&str] = &[
    "How to Decalcify the Body and Prevent Calcium Buildup",
    "Understanding Unwanted Calcification",
    "Key Nutrients for Calcium Redistribution",
    "Lifestyle Adjustments and Professional Guidance",
];

/// Every sentence of the article, in order, with the ids of the facts encoding it.
const SENTENCES: &[(&str, &[&str])] = &[
    // Introduction.
    (
        "Calcification occurs when calcium salts harden tissues.",
        &["calcium_mineralises_physiological", "calcium_mineralises_ectopic"],
    ),
    (
        "Physiological calcification is necessary and primarily restricted to the skeletal system, providing rigidity for bones and teeth.",
        &[
            "calcium_mineralises_physiological",
            "skeletal_is_physiological",
            "dental_is_physiological",
            "skeletal_occurs_in_bone",
            "dental_occurs_in_teeth",
        ],
    ),
    (
        "Conversely, ectopic calcification involves the inappropriate deposition of calcium in soft tissues, which can impair organ function and lead to various health concerns.",
        &["calcium_mineralises_ectopic", "ectopic_impairs_organ_function"],
    ),
    (
        "This unwanted buildup is often a sign of mineral dysregulation within the body, rather than simply an excess of calcium intake.",
        &["dysregulation_promotes_ectopic"],
    ),
    (
        "Managing this mineral balance is the foundation for minimizing soft tissue hardening.",
        &["dysregulation_promotes_ectopic"],
    ),
    // Understanding Unwanted Calcification.
    (
        "Unwanted calcification occurs when calcium phosphate crystals deposit in tissues that are not designed to mineralize, a process that is increasingly recognized as an active and regulated cellular event.",
        &["calcium_mineralises_ectopic"],
    ),
    (
        "Vascular calcification, commonly referred to as the hardening of the arteries, is a well-known example where deposits form in the walls of blood vessels.",
        &["vascular_is_ectopic", "vascular_occurs_in_arterial_wall"],
    ),
    (
        "This accumulation reduces the elasticity of the arteries, which is a significant factor in cardiovascular risk.",
        &["vascular_reduces_elasticity", "elasticity_loss_raises_cv_risk"],
    ),
    (
        "Calcium deposits also frequently affect the joints and tendons, leading to articular calcification known as calcific tendonitis.",
        &["tendinitis_is_ectopic", "tendinitis_occurs_in_joints_and_tendons"],
    ),
    (
        "This can cause pain, stiffness, and a decreased range of motion, most often seen in areas like the shoulder’s rotator cuff.",
        &[
            "tendinitis_causes_pain",
            "tendinitis_causes_stiffness",
            "tendinitis_reduces_range_of_motion",
            "tendinitis_occurs_in_joints_and_tendons",
        ],
    ),
    (
        "Furthermore, calcification can occur in organs and glands, such as the formation of kidney stones or deposits within the pancreas or breast tissue.",
        &[
            "kidney_stones_are_ectopic",
            "kidney_stones_occur_in_kidney",
            "pancreatic_is_ectopic",
            "pancreatic_occurs_in_pancreas",
            "breast_is_ectopic",
            "breast_occurs_in_breast_tissue",
        ],
    ),
    (
        "These ectopic deposits reflect an underlying disruption in the body’s mineral metabolism, sometimes triggered by inflammation, aging, or underlying health conditions.",
        &[
            "dysregulation_promotes_ectopic",
            "inflammation_promotes_ectopic",
            "aging_promotes_ectopic",
            "underlying_condition_promotes_ectopic",
        ],
    ),
    // Key Nutrients for Calcium Redistribution.
    ("Vitamin K2 plays a direct role in the redistribution of calcium.", &["k2_redistributes_calcium"]),
    (
        "This fat-soluble vitamin activates specific proteins, most notably Matrix GLA Protein (MGP), which inhibits calcification in soft tissues like the arterial walls.",
        &["k2_activates_mgp", "mgp_inhibits_ectopic", "mgp_inhibits_vascular"],
    ),
    (
        "MGP requires activation by Vitamin K2 to function, effectively binding to calcium and preventing its deposition in the vasculature.",
        &["k2_activates_mgp", "mgp_binds_calcium", "mgp_inhibits_vascular"],
    ),
    (
        "Without sufficient K2, MGP remains inactive, leading to a phenomenon called the “calcium paradox,” where calcium is simultaneously lost from bones and deposited in soft tissues.",
        &[
            "low_k2_leads_to_paradox",
            "inactive_mgp_leads_to_paradox",
            "paradox_reduces_skeletal",
            "paradox_promotes_ectopic",
        ],
    ),
    (
        "Dietary sources of Vitamin K2, known as menaquinones, include fermented foods and certain animal products.",
        &["mk7_is_form_of_k2", "mk4_is_form_of_k2"],
    ),
    (
        "Magnesium is necessary for converting Vitamin D into its active form, which is required for calcium absorption.",
        &[
            "magnesium_enables_vitamin_d_activation",
            "vitamin_d_converted_to_active",
            "active_vitamin_d_increases_calcium_absorption",
        ],
    ),
    (
        "A deficiency can impair the body’s ability to properly handle calcium, contributing to its deposition in inappropriate areas.",
        &["low_magnesium_promotes_ectopic", "low_magnesium_promotes_vascular"],
    ),
    (
        "Magnesium also helps regulate parathyroid hormone (PTH), which controls the movement of calcium between bone and blood.",
        &["magnesium_regulates_pth", "pth_moves_calcium"],
    ),
    (
        "Vitamin D is essential because it significantly increases the body’s absorption of calcium from the gut.",
        &["vitamin_d_increases_calcium_absorption"],
    ),
    (
        "However, its role has been described as a “double-edged sword” regarding calcification.",
        &["low_vitamin_d_promotes_calcification", "excess_vitamin_d_causes_hypercalcemia"],
    ),
    (
        "While deficiency can promote calcification, excessive intake can lead to hypercalcemia, or high calcium levels in the blood.",
        &["low_vitamin_d_promotes_calcification", "excess_vitamin_d_causes_hypercalcemia"],
    ),
    (
        "This may exacerbate soft tissue calcification, particularly without adequate Vitamin K2.",
        &["hypercalcemia_exacerbates_ectopic", "low_k2_exacerbates_ectopic", "excess_vitamin_d_exacerbates_vascular"],
    ),
    // Lifestyle Adjustments and Professional Guidance.
    (
        // A topic sentence: its claims are the lifestyle facts of the sentences that follow.
        "Non-nutritional factors also significantly influence the body’s ability to manage mineral balance and reduce the risk of ectopic calcification.",
        &[
            "hydration_reduces_dysregulation",
            "hydration_reduces_kidney_stones",
            "activity_reduces_inflammation",
            "heart_healthy_diet_reduces_inflammation",
        ],
    ),
    (
        "Maintaining optimal hydration is important because water helps prevent the concentration of minerals in the urine, reducing the risk of kidney stones.",
        &["hydration_reduces_kidney_stones"],
    ),
    (
        "Proper fluid intake is necessary to maintain the balance of electrolytes involved in cellular function.",
        &["hydration_reduces_dysregulation"],
    ),
    (
        "Regular physical activity supports the skeletal system by encouraging bone density, which ensures calcium is pulled into the bone structure where it belongs.",
        &["activity_supports_skeletal"],
    ),
    (
        "Exercise also improves circulation and endothelial function, supporting overall vascular health and reducing the underlying inflammatory processes often associated with calcification.",
        &["activity_reduces_vascular_risk", "activity_reduces_inflammation"],
    ),
    (
        "Adopting a heart-healthy diet that limits highly processed foods is also beneficial, as these dietary choices can contribute to systemic inflammation that negatively impacts mineral homeostasis.",
        &[
            "heart_healthy_diet_reduces_inflammation",
            "processed_diet_promotes_inflammation",
            "inflammation_promotes_dysregulation",
        ],
    ),
    (
        "For individuals with diagnosed calcification, a medical professional must perform diagnostic testing to determine the extent and cause of the deposits.",
        &["diagnostics_evaluate_ectopic"],
    ),
    (
        "While lifestyle and nutritional changes can help slow progression, existing, severe calcification may require medical management.",
        &["medical_management_treats_ectopic"],
    ),
    (
        "Medical interventions such as chelation therapy—which uses agents like EDTA to bind to and remove minerals—may be considered in specific cases.",
        &["chelation_uses_edta", "edta_binds_and_removes_calcium"],
    ),
    (
        "However, chelation is typically reserved for heavy metal toxicity, and its use for generalized soft tissue calcification remains controversial, requiring careful medical supervision.",
        &["chelation_treats_heavy_metal_toxicity", "chelation_for_calcification_controversial"],
    ),
];

/// True for a line that closes a sentence (so a paragraph, not a heading).
fn ends_sentence(line: &str) -> bool {
    line.ends_with(['.', '?', '!', '”', '"'])
}

/// Splits the article into (headings, sentences): a paragraph is a non-empty line, a line
/// that does not end a sentence is a heading, and sentences end at `.`, `?` or `!`
/// (optionally followed by a closing quote) before whitespace or the end of the line.
fn split_seed(text: &str) -> (Vec<&str>, Vec<&str>) {
    let mut headings = Vec::new();
    let mut sentences = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !ends_sentence(line) {
            headings.push(line);
            continue;
        }
        let mut start = 0;
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !matches!(c, '.' | '?' | '!') {
                continue;
            }
            let mut end = i + c.len_utf8();
            if let Some(&(j, q)) = chars.peek().filter(|(_, q)| matches!(q, '”' | '"')) {
                end = j + q.len_utf8();
                chars.next();
            }
            if chars.peek().is_none_or(|(_, next)| next.is_whitespace()) {
                sentences.push(line[start..end].trim());
                start = end;
            }
        }
        assert!(line[start..].trim().is_empty(), "unterminated text in the seed: {:?}", &line[start..]);
    }
    (headings, sentences)
}

#[test]
fn the_splitter_splits() {
    let (headings, sentences) = split_seed("Title\n\nOne. Two “quoted.” Three? Four!\nSection\nFive 2.5 litres.");
    assert_eq!(headings, ["Title", "Section"]);
    assert_eq!(sentences, ["One.", "Two “quoted.”", "Three?", "Four!", "Five 2.5 litres."]);
}

#[test]
#[ignore = "needs the seed article: CALCIFICATION_SEED=path/to/seed.txt cargo test -- --include-ignored (.ci/run does)"]
fn headings_are_the_only_text_skipped() {
    let article = seed::article();
    let seed_text = article.as_str();
    let (headings, _) = split_seed(seed_text);
    assert_eq!(headings, HEADINGS);
    assert_eq!(seed_text.lines().next().map(str::trim), Some(SourceId::Seed.details().title));
}

#[test]
#[ignore = "needs the seed article: CALCIFICATION_SEED=path/to/seed.txt cargo test -- --include-ignored (.ci/run does)"]
fn every_sentence_appears_verbatim_in_the_seed() {
    let article = seed::article();
    let seed_text = article.as_str();
    for (sentence, _) in SENTENCES {
        assert_eq!(seed_text.matches(sentence).count(), 1, "not in the seed exactly once: {sentence:?}");
    }
}

#[test]
#[ignore = "needs the seed article: CALCIFICATION_SEED=path/to/seed.txt cargo test -- --include-ignored (.ci/run does)"]
fn the_table_is_every_sentence_of_the_seed_in_order() {
    let article = seed::article();
    let seed_text = article.as_str();
    let (_, seed_sentences) = split_seed(seed_text);
    let table: Vec<&str> = SENTENCES.iter().map(|(s, _)| *s).collect();
    for s in &seed_sentences {
        assert!(table.contains(s), "sentence of the seed missing from the table: {s:?}");
    }
    assert_eq!(table, seed_sentences);
}

#[test]
fn every_listed_fact_exists_and_cites_the_seed() {
    for (sentence, ids) in SENTENCES {
        assert!(!ids.is_empty(), "no fact for {sentence:?}");
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "a fact is listed twice for {sentence:?}");
        for id in *ids {
            let fact = fact_by_id(id).unwrap_or_else(|| panic!("unknown fact {id:?} for {sentence:?}"));
            assert!(fact.sources.contains(&SourceId::Seed), "{id} encodes {sentence:?} but does not cite the seed");
        }
    }
}

#[test]
fn every_fact_citing_the_seed_encodes_a_sentence() {
    let listed: BTreeSet<&str> = SENTENCES.iter().flat_map(|(_, ids)| ids.iter().copied()).collect();
    let unclaimed: Vec<&str> =
        facts().filter(|f| f.sources.contains(&SourceId::Seed) && !listed.contains(f.id)).map(|f| f.id).collect();
    assert!(unclaimed.is_empty(), "facts citing the seed that no sentence states: {unclaimed:?}");
}
