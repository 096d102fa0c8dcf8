//! The editorial rules over every claim: a fact never instructs, advice cites only guidance,
//! and a caveat travels with its finding wherever it is told.
//!
//! Checked in every language: `./run.sh test` runs it again in each other language's build.
#![cfg(not(target_arch = "wasm32"))]

use gut_skin_axis::content::{
    check_claim, every_claim, ClaimKind, ClaimProblem, SourceKind, CAVEATS, REFERENCES,
};

#[test]
fn every_claim_keeps_the_rules() {
    let problems: Vec<String> = every_claim()
        .into_iter()
        .filter_map(|claim| {
            check_claim(claim.kind, &claim.text, claim.sources)
                .err()
                .map(|problem| format!("{}: {problem:?}", claim.place))
        })
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn advice_citing_research_and_facts_that_instruct_are_refused() {
    // Planted, as an editor might write them: the rule must catch each.
    let advice = "Take antibiotics as directed.";
    assert_eq!(
        check_claim(ClaimKind::Advice, advice, &["dethlefsen2011"]),
        Err(ClaimProblem::AdviceCites {
            source: "dethlefsen2011".into(),
            kind: SourceKind::Research
        })
    );
    assert!(matches!(
        check_claim(ClaimKind::Advice, "Talk to a GP.", &["arck2010"]),
        Err(ClaimProblem::AdviceCites { .. })
    ));
    let mixed = "In a small study, bacteria changed. If you are prescribed antibiotics, take them as directed.";
    assert_eq!(
        check_claim(ClaimKind::Fact, mixed, &["dethlefsen2011"]),
        Err(ClaimProblem::FactInstructs(
            "If you are prescribed antibiotics, take them as directed.".into()
        ))
    );
    assert!(matches!(
        check_claim(ClaimKind::Fact, "Seek help. Call 999.", &["nccih"]),
        Err(ClaimProblem::FactInstructs(_))
    ));
    assert_eq!(
        check_claim(ClaimKind::Advice, advice, &[]),
        Err(ClaimProblem::NoSource)
    );
    // The same words pass as advice backed by guidance, or as the page's own framing.
    assert_eq!(check_claim(ClaimKind::Advice, advice, &["nccih"]), Ok(()));
    assert_eq!(check_claim(ClaimKind::Framing, advice, &[]), Ok(()));
    // Reporting what guidance says is a fact, not an instruction.
    let reported = "Sleep experts advise adults to get 7 hours or more a night.";
    assert_eq!(
        check_claim(ClaimKind::Fact, reported, &["watson2015"]),
        Ok(())
    );
}

#[test]
fn every_kind_of_source_is_in_use_and_advice_rests_on_guidance() {
    for kind in [
        SourceKind::Research,
        SourceKind::Review,
        SourceKind::Viewpoint,
        SourceKind::Guideline,
        SourceKind::PublicHealth,
    ] {
        assert!(
            REFERENCES.iter().any(|reference| reference.kind == kind),
            "{kind:?}"
        );
    }
    let advice = every_claim()
        .into_iter()
        .filter(|claim| claim.kind == ClaimKind::Advice)
        .count();
    assert!(advice >= 4, "advice is typed as advice ({advice} claims)");
}

#[test]
fn a_caveat_travels_with_its_finding_everywhere() {
    let mut told = vec![0; CAVEATS.len()];
    for claim in every_claim() {
        let context = claim.context.to_lowercase();
        let text = claim.text.to_lowercase();
        for (index, caveat) in CAVEATS.iter().enumerate() {
            let tells = claim.sources.contains(&caveat.source)
                && caveat
                    .told_by
                    .iter()
                    .any(|word| text.contains(&word.to_lowercase()));
            if !tells {
                continue;
            }
            told[index] += 1;
            for group in caveat.must_say {
                assert!(
                    group
                        .iter()
                        .any(|phrase| context.contains(&phrase.to_lowercase())),
                    "{} tells {}'s finding without {group:?}: {}",
                    claim.place,
                    caveat.source,
                    claim.context
                );
            }
            for phrase in caveat.never_say {
                assert!(
                    !context.contains(&phrase.to_lowercase()),
                    "{}: {phrase:?}",
                    claim.place
                );
            }
        }
    }
    for (caveat, count) in CAVEATS.iter().zip(told) {
        assert!(count >= 1, "{}'s caveat matches no claim", caveat.source);
    }
}
