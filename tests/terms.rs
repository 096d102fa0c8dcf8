//! Technical terms are marked as explained (`[[term]]`, a definition) where the article
//! first uses them, in the build's language, and no abbreviation is used only once.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::{inline_text, section_claims, Inline, ARTICLE};

#[path = "support_lang/mod.rs"]
mod lang;
use lang::pick;

#[test]
fn terms_are_explained_where_they_first_appear() {
    let terms: Vec<&str> = ARTICLE
        .iter()
        .flat_map(section_claims)
        .flat_map(|claim| claim.text().iter())
        .filter_map(|inline| match inline {
            Inline::Term(term) => Some(*term),
            Inline::Text(_) => None,
        })
        .collect();
    let english = [
        "microbial diversity",
        "gut-associated lymphoid tissue",
        "lesions",
        "randomised trial",
        "Cochrane review",
        "strain",
        "Ultra-processed",
        "Observational",
        "citizen science",
        "Enzymes",
        "ferment",
        "hypothesis",
        "lymph nodes",
        "spleen",
        "psoriasis",
        "rosacea",
        "portion",
        "glycaemic load",
        "small intestinal bacterial overgrowth",
    ];
    let spanish = [
        "diversidad microbiana",
        "tejido linfoide asociado al intestino",
        "lesiones",
        "ensayo aleatorizado",
        "revisión Cochrane",
        "cepa",
        "ultraprocesados",
        "observacionales",
        "ciencia ciudadana",
        "enzimas",
        "fermentar",
        "hipótesis",
        "ganglios linfáticos",
        "bazo",
        "psoriasis",
        "rosácea",
        "porción",
        "carga glucémica",
        "sobrecrecimiento bacteriano del intestino delgado",
    ];
    for term in pick(english, spanish) {
        assert!(terms.contains(&term), "{term} is not marked as explained");
    }
    let all: String = ARTICLE
        .iter()
        .flat_map(section_claims)
        .flat_map(|claim| inline_text(claim.text()))
        .collect();
    assert!(!all.contains("GALT"), "an abbreviation used only once");
}
