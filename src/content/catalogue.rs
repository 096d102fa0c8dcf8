//! Every claim the page can show, wherever it is shown, as plain words: what the editorial
//! rules and the review run over.

use super::{
    claims_text, Block, Claim, ClaimKind, Inline, ARTICLE, DIAGRAM_STEPS, HABITS, QUIZ, TIPS,
};

/// A part of the page that can be shown on its own: an embed or a widget may show any of
/// them alone (`model` reads them from embed options and names them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// The article text, with its references.
    Article,
    /// The gut ⇄ immune system ⇄ skin diagram.
    Diagram,
    /// The knowledge quiz.
    Quiz,
    /// The habits self-check.
    SelfCheck,
    /// The tip checklist.
    Checklist,
}

/// One claim and where it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlacedClaim {
    /// Where it is, in words an editor can find ("tip fibre-30g", "quiz dysbiosis").
    pub place: String,
    /// The part of the page it belongs to.
    pub part: Part,
    /// Fact, advice or framing.
    pub kind: ClaimKind,
    /// Its words.
    pub text: String,
    /// Its reference ids.
    pub sources: &'static [&'static str],
    /// The words around it that a reader sees with it: its paragraph, list item, tip's
    /// "why", quiz question (prompt, options and explanation) or diagram step.
    pub context: String,
}

fn placed<T: Copy>(
    place: String,
    part: Part,
    claim: &Claim<T>,
    text: String,
    context: String,
) -> PlacedClaim {
    PlacedClaim {
        place,
        part,
        kind: claim.kind(),
        text,
        sources: claim.sources(),
        context,
    }
}

/// Each paragraph or list item of the article, with its section id.
fn article_units() -> Vec<(&'static str, &'static [Claim<&'static [Inline]>])> {
    let mut units = Vec::new();
    for section in ARTICLE {
        for block in section.blocks {
            match block {
                Block::Paragraph(claims) => units.push((section.id, *claims)),
                Block::Tips(items) => {
                    units.extend(items.iter().map(|item| (section.id, item.body)))
                }
                Block::AxisDiagram => {}
            }
        }
    }
    units
}

/// Every claim of the article, diagram, quiz, checklist and self-check, in that order.
pub fn every_claim() -> Vec<PlacedClaim> {
    let mut claims = Vec::new();
    for (index, (section, unit)) in article_units().into_iter().enumerate() {
        let context = claims_text(unit);
        for claim in unit {
            let place = format!("{section} paragraph {}", index + 1);
            let text = claims_text(std::slice::from_ref(claim));
            claims.push(placed(place, Part::Article, claim, text, context.clone()));
        }
    }
    for (index, step) in DIAGRAM_STEPS.iter().enumerate() {
        let place = format!("diagram step {} ({})", index + 1, step.title);
        let text = step.caption.text().to_owned();
        let context = format!("{}. {text}", step.title);
        claims.push(placed(place, Part::Diagram, &step.caption, text, context));
    }
    for question in QUIZ {
        let place = format!("quiz {}", question.id);
        let text = question.explanation.text().to_owned();
        let context = format!("{} {} {text}", question.prompt, question.options.join(" "));
        claims.push(placed(
            place,
            Part::Quiz,
            &question.explanation,
            text,
            context,
        ));
    }
    for tip in TIPS {
        let context = format!("{} {}", tip.label, claims_text(tip.why));
        for claim in tip.why {
            let place = format!("tip {}", tip.id);
            let text = claims_text(std::slice::from_ref(claim));
            claims.push(placed(place, Part::Checklist, claim, text, context.clone()));
        }
    }
    for habit in HABITS {
        if let Some(follow_up) = habit.follow_up {
            let claim = Claim::Framing(follow_up.text);
            let place = format!("self-check {} follow-up", habit.id);
            let text = follow_up.text.to_owned();
            claims.push(placed(place, Part::SelfCheck, &claim, text.clone(), text));
        }
    }
    claims
}
