//! The diagram: an inline SVG of the gut ⇄ immune system ⇄ skin axis, themed by CSS
//! classes, then its step controls (an island) and the steps as an ordered list.
//!
//! Only the controls are live. The figure and the list are static page markup, so the
//! wasm carries neither the drawing nor the list; a step lights boxes and arrows, hides
//! the list and shows its caption through the `data-lit` attribute the controls carry,
//! which the stylesheet reads (`.axis-stepper:has(…)` in styles/main.css).

use yew::prelude::*;

use super::page_parts as parts;

use super::cite::render_claim;
use super::diagram_steps::part_class;
use super::{Island, IslandKind, PageLinks};
use crate::content::{
    steps_intro, DiagramLink, Direction, DIAGRAM_ARROWS, DIAGRAM_BOXES, DIAGRAM_CAPTION,
    DIAGRAM_DESC, DIAGRAM_LINKS, DIAGRAM_NODES, DIAGRAM_STEPS, DIAGRAM_TITLE,
};

// Geometry in SVG user units. The viewBox is 320 wide so that text keeps
// roughly its nominal size on a 320 px phone screen. Boxes and arrows leave their
// labels room for WCAG 1.4.12's letter spacing (0.12 em): no label leaves its box or
// the figure.
const BOX_X: u32 = 30;
const BOX_WIDTH: u32 = 260;
const BOX_HEIGHT: u32 = 70;
const ROW_STEP: u32 = 175;
const DOWN_X: u32 = 140;
const UP_X: u32 = 180;
const LINE_HEIGHT: u32 = 16;
/// The room beside an arrow for its label: from the label's anchor to the figure's edge.
const LABEL_WIDTH: u32 = DOWN_X - 10 - 6;
/// The most characters a label line may have before it is squeezed into [`LABEL_WIDTH`]:
/// at 14 px and a generous 0.6 em a character (accented and wide letters, WCAG 1.4.12's
/// letter spacing), 14 fit.
const LABEL_CHARS: usize = 14;

/// The whole diagram: the figure, the step controls (the island) and the list of steps.
#[function_component]
pub fn AxisDiagram() -> Html {
    let gut_to_skin = DIAGRAM_STEPS
        .iter()
        .filter(|step| step.direction == Direction::GutToSkin)
        .count();
    // The page's own copy: the article is always on the page its reference list is on.
    let links = PageLinks::default();
    html! {
        <div class={parts::DIAGRAM}>
            <figure class="axis-diagram">
                { axis_svg() }
                <figcaption>{ DIAGRAM_CAPTION }</figcaption>
            </figure>
            <Island kind={IslandKind::Diagram} />
            <div class="axis-steps">
                <p>{ steps_intro(gut_to_skin, DIAGRAM_STEPS.len()) }</p>
                <ol>
                    { for DIAGRAM_STEPS.iter().map(|step| html! {
                        <li><strong>{ step.title }{ ". " }</strong>{ render_claim(&step.caption, &links) }</li>
                    }) }
                </ol>
            </div>
        </div>
    }
}

/// The diagram's SVG, the same for every step.
fn axis_svg() -> Html {
    let height = ROW_STEP * 2 + BOX_HEIGHT + 20;
    html! {
        <svg
            viewBox={format!("0 0 320 {height}")}
            role="img"
            aria-labelledby="axis-diagram-title axis-diagram-desc"
            class="axis-svg"
        >
            <title id="axis-diagram-title">{ DIAGRAM_TITLE }</title>
            <desc id="axis-diagram-desc">{ DIAGRAM_DESC }</desc>
            { for DIAGRAM_NODES.iter().zip(DIAGRAM_BOXES).enumerate().map(|(row, (node, part))| {
                let top = 10 + ROW_STEP * row as u32;
                html! {
                    <g class={format!("axis-node {}", part_class(part))}>
                        <rect x={BOX_X.to_string()} y={top.to_string()} width={BOX_WIDTH.to_string()}
                            height={BOX_HEIGHT.to_string()} rx="14" />
                        <text x="160" y={(top + 31).to_string()} text-anchor="middle" class="axis-name">
                            { node.name }
                        </text>
                        <text x="160" y={(top + 53).to_string()} text-anchor="middle" class="axis-detail">
                            { node.detail }
                        </text>
                    </g>
                }
            }) }
            { for DIAGRAM_LINKS.iter().enumerate().map(|(gap, link)| render_link(gap, link)) }
        </svg>
    }
}

/// Two arrows between row `gap` and row `gap + 1`, each in its own group with its label.
fn render_link(gap: usize, link: &DiagramLink) -> Html {
    let (down, up) = DIAGRAM_ARROWS[gap];
    let gap = gap as u32;
    let start = 10 + ROW_STEP * gap + BOX_HEIGHT + 8;
    let end = 10 + ROW_STEP * (gap + 1) - 8;
    let label_top = start + (end - start) / 2 - LINE_HEIGHT;
    html! {
        <>
            <g class={format!("axis-link {}", part_class(down))}>
                <line x1={DOWN_X.to_string()} y1={start.to_string()} x2={DOWN_X.to_string()}
                    y2={(end - 8).to_string()} class="axis-arrow" />
                <polygon points={arrow_head(DOWN_X, end, true)} class="axis-head" />
                { label(link.down, DOWN_X - 10, label_top, "end") }
            </g>
            <g class={format!("axis-link {}", part_class(up))}>
                <line x1={UP_X.to_string()} y1={(start + 8).to_string()} x2={UP_X.to_string()}
                    y2={end.to_string()} class="axis-arrow" />
                <polygon points={arrow_head(UP_X, start, false)} class="axis-head" />
                { label(link.up, UP_X + 10, label_top, "start") }
            </g>
        </>
    }
}

/// A triangular arrow head with its tip at (`x`, `tip`).
fn arrow_head(x: u32, tip: u32, pointing_down: bool) -> String {
    let base = if pointing_down { tip - 10 } else { tip + 10 };
    format!("{},{base} {},{base} {x},{tip}", x - 6, x + 6)
}

fn label(lines: &[&str], x: u32, top: u32, anchor: &'static str) -> Html {
    html! {
        <text x={x.to_string()} y={top.to_string()} text-anchor={anchor} class="axis-label">
            { for lines.iter().enumerate().map(|(index, line)| {
                let dy = if index == 0 { 0 } else { LINE_HEIGHT };
                // A line longer than its side of the figure (a longer translation) is
                // squeezed to fit rather than cut off at the edge of a 320 px screen.
                let squeeze = line.chars().count() > LABEL_CHARS;
                html! {
                    <tspan x={x.to_string()} dy={dy.to_string()}
                        textLength={squeeze.then(|| LABEL_WIDTH.to_string())}
                        lengthAdjust={squeeze.then_some("spacingAndGlyphs")}>
                        { *line }
                    </tspan>
                }
            }) }
        </text>
    }
}
