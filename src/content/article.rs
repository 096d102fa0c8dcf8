//! The article text: every sentence written for this app, with citations by reference id.

use super::Block::{AxisDiagram, Paragraph, Tips};
use super::Inline::{Cite, Term, Text};
use super::{Section, TipItem};

/// The page's h1.
pub const TITLE: &str = "The gut–skin axis: how your gut and your skin talk to each other";

/// A one-line summary under the title (also the basis of the meta description).
pub const SUBTITLE: &str = "What science knows, and does not yet know, about the links between gut microbes, the immune system and your skin.";

/// The opening paragraph before the first section.
pub const LEDE: &str = "Your gut and your skin look like they have little in common. Yet researchers keep finding signs that the two stay in touch, and that the trillions of microbes living in your gut take part in the conversation. This explainer walks through what is known, what is only suspected, and which everyday habits are worth a try.";

/// A one-line reminder shown near the top of the page.
pub const DISCLAIMER_SHORT: &str = "Educational content only: not a diagnosis or medical advice. For skin concerns, talk to a doctor, pharmacist or dermatologist.";

/// The full medical disclaimer, one paragraph per entry.
pub const DISCLAIMER: &[&str] = &[
    "This explainer is for general education. It is not a diagnosis, it is not medical advice, and it cannot replace care from a health professional who knows you.",
    "If you are worried about your skin, talk to a doctor, pharmacist or dermatologist before changing your diet, starting a supplement or stopping a treatment.",
    "Seek medical help urgently for a rash that appears suddenly, is severe or is spreading, or that comes with swelling or a fever.",
];

/// The link an embed shows to the full explainer.
pub const EMBED_SOURCE_LINK: &str = "Open the full gut–skin axis explainer";

/// What the page does with the reader's data.
pub const PRIVACY_NOTE: &str = "This page runs entirely in your browser. It uses no cookies and no tracking, and nothing you do here is sent to anyone. Your checklist ticks, your quiz progress, your self-check answers and your last self-check result are kept only in this browser on this device, and \u{201c}Forget my data on this device\u{201d} in the checklist removes all of them.";

/// The heading of the table of contents.
pub const CONTENTS_TITLE: &str = "Contents";

/// The heading of the reference list.
pub const REFERENCES_TITLE: &str = "References";

/// The heading of the medical disclaimer.
pub const DISCLAIMER_TITLE: &str = "Medical disclaimer";

/// The heading of the snippet builder for publishers.
pub const EMBED_TITLE: &str = "Embed this explainer";

/// The article, in reading order.
pub const ARTICLE: &[Section] = &[
    Section {
        id: "what-is-the-axis",
        title: "What the gut–skin axis is",
        blocks: &[
            Paragraph(&[
                Text("Your gut and your skin are different organs with different jobs, but they share a lot. Both form a border between your body and the outside world, and both are home to dense communities of microbes."),
                Cite(&["oneill2016"]),
            ]),
            Paragraph(&[
                Text("Scientists use the name "),
                Term("gut–skin axis"),
                Text(" for the idea that these two organs influence each other, in both directions. Most of that traffic seems to run through the immune system, the body's network of defence cells and chemical messengers."),
                Cite(&["salem2018", "depessemier2021"]),
            ]),
            Paragraph(&[
                Text("A "),
                Term("microbiome"),
                Text(" is the community of microorganisms that live in one place, together with their genes and the substances they make. When that community is thrown out of balance, researchers call it "),
                Term("dysbiosis"),
                Text("."),
                Cite(&["depessemier2021"]),
            ]),
            AxisDiagram,
        ],
    },
    Section {
        id: "two-microbiomes",
        title: "Two microbiomes, very different in size",
        blocks: &[
            Paragraph(&[
                Text("Both microbiomes include bacteria, fungi and viruses, but their sizes are far apart. The large intestine, or colon, holds by far the biggest crowd: a careful estimate from 2016 puts it at about 38 trillion bacteria."),
                Cite(&["sender2016"]),
            ]),
            Paragraph(&[
                Text("That works out at roughly 1.3 bacteria for every human cell. You may have read that microbes outnumber our own cells ten to one; that older figure was a rough guess and is now thought to be far too high. All the other places in the body put together, skin included, hold at most about one trillion bacteria."),
                Cite(&["sender2016"]),
            ]),
            Paragraph(&[
                Text("Skin is not one habitat but many. Oily areas such as the face and back, moist folds such as the armpits and the inside of the elbow, and dry patches such as the forearm each host their own mix of microbes."),
                Cite(&["byrd2018"]),
            ]),
        ],
    },
    Section {
        id: "immune-link",
        title: "The immune link",
        blocks: &[
            Paragraph(&[
                Text("The wall of the gut contains one of the largest collections of immune tissue in the body, called "),
                Term("gut-associated lymphoid tissue"),
                Text(" (GALT). One review estimates that it holds around 80 % of the plasma cells, the cells that make antibodies."),
                Cite(&["vighi2008"]),
            ]),
            Paragraph(&[
                Text("You will often read that about 70 % of the immune system lives in the gut. Treat that number loosely: it comes from reviews rather than a direct count, and what it means depends on which cells are counted. A 2023 census of immune cells across the whole body found that most lymphocytes, a major family of white blood cells, sit in the lymph nodes and the spleen. The safer statement is that the gut holds a large share of the immune system."),
                Cite(&["vighi2008", "sender2023"]),
            ]),
            Paragraph(&[
                Text("Gut microbes help to train the immune system from infancy. They teach it to tolerate harmless things, such as food, while staying ready to respond to real threats. Much of the detailed evidence for this comes from studies in animals."),
                Cite(&["belkaid2014"]),
            ]),
        ],
    },
    Section {
        id: "how-signals-travel",
        title: "How signals travel from gut to skin",
        blocks: &[
            Paragraph(&[
                Text("Our own enzymes cannot digest fibre, but gut bacteria can ferment it. As they do, they release "),
                Term("short-chain fatty acids"),
                Text(" (SCFAs) such as acetate, propionate and butyrate. These small molecules help to calm inflammation and support the gut lining, and they may influence the skin as well."),
                Cite(&["koh2016", "salem2018"]),
            ]),
            Paragraph(&[
                Text("The gut lining works as a barrier. If the microbial community is disturbed and the barrier weakens, bacterial products and inflammatory signals can slip into the bloodstream and travel to distant organs, which may include the skin."),
                Cite(&["salem2018", "oneill2016"]),
            ]),
            Paragraph(&[
                Text("Immune cells that learn their habits in the gut circulate around the body, and the messengers they release can change how other tissues react. Stress hormones and the nervous system join in too, which is why some researchers speak of a gut–brain–skin axis."),
                Cite(&["belkaid2014", "arck2010"]),
            ]),
        ],
    },
    Section {
        id: "skin-conditions",
        title: "Skin conditions studied so far",
        blocks: &[
            Paragraph(&[
                Text("Differences in gut microbes have been reported in people with acne, atopic dermatitis (eczema), psoriasis and rosacea. Most of these studies are small, and they show links rather than causes."),
                Cite(&["depessemier2021"]),
            ]),
            Paragraph(&[
                Text("In one rosacea study, "),
                Term("small intestinal bacterial overgrowth"),
                Text(" (SIBO) turned up in 52 of 113 patients but in only 3 of 60 people without rosacea. After the overgrowth was treated, the skin lesions cleared in most treated patients, although the doctors judging the skin knew who had been treated."),
                Cite(&["parodi2008"]),
            ]),
            Paragraph(&[
                Text("For acne, a small randomised trial found that a low-glycaemic-load diet, built on foods that raise blood sugar slowly, improved symptoms compared with a usual diet."),
                Cite(&["smith2007"]),
            ]),
            Paragraph(&[
                Text("An altered gut community could help cause a skin condition, could be a result of it, or could share a cause with it, such as diet or medicines. For now these are promising early findings, not proof."),
                Cite(&["depessemier2021"]),
            ]),
        ],
    },
    Section {
        id: "what-shapes-the-gut",
        title: "What shapes the gut microbiome",
        blocks: &[
            Paragraph(&[
                Text("Diet and medicines have the biggest say. A course of antibiotics can change gut bacteria for months, and in some people the community never fully returns to how it was."),
                Cite(&["dethlefsen2011"]),
            ]),
            Paragraph(&[
                Text("Everyday life counts too: the people you live with, your age, hygiene and surroundings, sleep and stress. Your genes play only a minor part; a study of more than 1,000 people found that environment mattered far more than inherited factors."),
                Cite(&["rothschild2018", "belkaid2014"]),
            ]),
            Paragraph(&[
                Text("The community can also change quickly. When volunteers switched to a very different diet, their gut bacteria shifted within days."),
                Cite(&["david2014"]),
            ]),
        ],
    },
    Section {
        id: "everyday-habits",
        title: "Everyday habits that support your gut",
        blocks: &[
            Paragraph(&[
                Text("No single food fixes the gut or the skin. Several habits, though, have reasonable evidence behind them for gut health, and none of them costs much to try."),
            ]),
            Tips(&[
                TipItem {
                    lead: "Eat more fibre.",
                    body: &[
                        Text("Gut bacteria feed on it. UK guidance suggests 30 g a day for adults, while most people eat about 20 g; US guidance is 25 g for women and 38 g for men. Fruit, vegetables, whole grains, beans, lentils, nuts and seeds all count."),
                        Cite(&["makki2018", "sacn2015"]),
                    ],
                },
                TipItem {
                    lead: "Go for variety.",
                    body: &[
                        Text("In a large citizen-science project, people who ate more than 30 different plant foods a week had more varied gut microbes than people who ate fewer than 10."),
                        Cite(&["mcdonald2018"]),
                    ],
                },
                TipItem {
                    lead: "Try fermented foods with live cultures.",
                    body: &[
                        Text("Think yogurt or kefir labelled as containing live cultures, chilled sauerkraut or kimchi, and miso. In a 17-week trial with about 18 people per group, a diet rich in such foods raised gut microbial diversity and lowered markers of inflammation; skin was not measured. Shelf-stable pickles made with vinegar usually hold no live microbes, so check the label."),
                        Cite(&["wastyk2021", "marco2021"]),
                    ],
                },
                TipItem {
                    lead: "Cut back on ultra-processed and sugary foods.",
                    body: &[
                        Text("Large observational studies link them with many poor health outcomes, and diets heavy in them go with less varied gut microbes. Skin guidelines recommend no particular acne diet, though small trials favour eating with a lower glycaemic load."),
                        Cite(&["lane2024", "zinocker2018", "smith2007"]),
                    ],
                },
                TipItem {
                    lead: "Ask before trying probiotics.",
                    body: &[
                        Text("Probiotics are live microbes that benefit health when taken in adequate amounts, but each strain acts differently and none is proven for skin. A Cochrane review found they probably make little or no difference to eczema. Talk to a pharmacist or doctor first, especially if you are pregnant, have a weakened immune system or are buying for a baby, and never use them in place of a prescribed treatment."),
                        Cite(&["hill2014", "makrgeorgou2018"]),
                    ],
                },
                TipItem {
                    lead: "Sleep, unwind, and respect antibiotics.",
                    body: &[
                        Text("Adults do best with seven hours of sleep or more a night. Finding ways to ease stress helps too, and antibiotics are best taken only when a clinician prescribes them."),
                        Cite(&["watson2015", "arck2010", "dethlefsen2011"]),
                    ],
                },
            ]),
        ],
    },
];
