//! The article text: every sentence written for this app, each paragraph a sourced fact or framing.

use super::sections::{AXIS, CONDITIONS, HABITS, IMMUNE, MICROBIOMES, SHAPES, SIGNALS};
use super::shared::{
    ANTIBIOTIC_STUDY, AS_DIRECTED, FERMENTED_TRIAL, FIVE_A_DAY, PROBIOTICS_AND_SKIN,
    PROBIOTIC_ADVICE, PROBIOTIC_STRAINS, SLEEP, STRESS_LINK, STRESS_TURN_TO, ULTRA_PROCESSED,
    ULTRA_PROCESSED_MICROBES,
};
use super::Block::{AxisDiagram, Paragraph, Tips};
use super::Claim::{Fact, Framing};
use super::Inline::{Term, Text};
use super::{Section, TipItem};

/// The article, in reading order.
pub const ARTICLE: &[Section] = &[
    Section {
        id: AXIS.id,
        title: AXIS.title,
        blocks: &[
            Paragraph(&[Fact {
                text: &[Text("Your gut and your skin are different organs, but they have a lot in common. Both form a border with the outside world, and both are home to dense communities of microbes.")],
                sources: &["oneill2016"],
            }]),
            Paragraph(&[Fact {
                text: &[
                    Text("Scientists use the name "),
                    Term("gut–skin axis"),
                    Text(" for the idea that these two organs affect each other, in both directions. Most of that traffic seems to run through the immune system: the body's network of defence cells and their chemical messengers."),
                ],
                sources: &["salem2018", "depessemier2021"],
            }]),
            Paragraph(&[Fact {
                text: &[
                    Text("A "),
                    Term("microbiome"),
                    Text(" is the community of microbes that live in one place, with their genes and the substances they make. When that community is thrown out of balance, researchers call it "),
                    Term("dysbiosis"),
                    Text("."),
                ],
                sources: &["depessemier2021"],
            }]),
            AxisDiagram,
        ],
    },
    Section {
        id: MICROBIOMES.id,
        title: MICROBIOMES.title,
        blocks: &[
            Paragraph(&[Fact {
                text: &[Text("Both the gut and the skin host bacteria, fungi and viruses, but the two communities differ hugely in size.")],
                sources: &["byrd2018", "salem2018", "sender2016"],
            }]),
            Paragraph(&[Fact {
                text: &[Text("The large intestine, or colon, holds by far the most. A careful 2016 estimate puts it at about 38 trillion bacteria. In a typical young man, that comes to roughly 1.3 bacteria per human cell. For other groups, it runs from about 1.3 to 2.3.")],
                sources: &["sender2016"],
            }]),
            Paragraph(&[Fact {
                text: &[Text("The old claim of ten microbes per human cell was a rough guess, and far too high. All other places in the body together, skin included, hold at most about one trillion bacteria.")],
                sources: &["sender2016"],
            }]),
            Paragraph(&[Fact {
                text: &[Text("Skin is many habitats: oily, moist and dry areas, such as the face, armpits and forearm, each host their own microbes.")],
                sources: &["byrd2018"],
            }]),
        ],
    },
    Section {
        id: IMMUNE.id,
        title: IMMUNE.title,
        blocks: &[
            Paragraph(&[Fact {
                text: &[
                    Text("The gut wall holds one of the body's largest stores of immune tissue, called "),
                    Term("gut-associated lymphoid tissue"),
                    Text(". Lymphoid means rich in lymphocytes, a major family of white blood cells."),
                ],
                sources: &["vighi2008"],
            }]),
            Paragraph(&[
                Fact {
                    text: &[Text("You will often read that about 70 % of the immune system lives in the gut.")],
                    sources: &["vighi2008"],
                },
                Fact {
                    text: &[
                        Text("Treat that number loosely: it depends on which cells are counted. In 2023, scientists counted immune cells across the whole body. Most lymphocytes were in the "),
                        Term("lymph nodes"),
                        Text(", small glands all over the body, and the "),
                        Term("spleen"),
                        Text(", an organ beside the stomach. So it is safer to say the gut holds a large share."),
                    ],
                    sources: &["sender2023"],
                },
            ]),
            Paragraph(&[Fact {
                text: &[Text("Gut microbes help to train the immune system from infancy. They teach it to put up with harmless things, such as food, while staying ready for real threats. Much of this evidence comes from animal studies.")],
                sources: &["belkaid2014"],
            }]),
        ],
    },
    Section {
        id: SIGNALS.id,
        title: SIGNALS.title,
        blocks: &[
            Paragraph(&[Fact {
                text: &[
                    Term("Enzymes"),
                    Text(" are the proteins that break food down. Ours cannot digest fibre, but gut bacteria can "),
                    Term("ferment"),
                    Text(" it: they break it down for energy. As they do, they release "),
                    Term("short-chain fatty acids"),
                    Text(" (SCFAs), small molecules such as butyrate. Studies, mostly in the lab and in animals, suggest SCFAs help to calm inflammation and support the gut lining, and they may influence the skin."),
                ],
                sources: &["koh2016", "salem2018"],
            }]),
            Paragraph(&[Fact {
                text: &[Text("The gut lining is a barrier. If the community is disturbed and the lining weakens, bacterial products and signals of inflammation may slip into the blood and perhaps reach the skin. How often this happens in people is still being studied.")],
                sources: &["salem2018", "oneill2016"],
            }]),
            Paragraph(&[Fact {
                text: &[
                    Text("Stress hormones and the nervous system may take part too. Some researchers call this idea the gut–brain–skin axis. It is still a "),
                    Term("hypothesis"),
                    Text(", an idea being tested, and most early evidence comes from mice."),
                ],
                sources: &["arck2010"],
            }]),
        ],
    },
    Section {
        id: CONDITIONS.id,
        title: CONDITIONS.title,
        blocks: &[
            Paragraph(&[Fact {
                text: &[
                    Text("Differences in gut microbes have been reported in people with acne, atopic dermatitis (eczema), "),
                    Term("psoriasis"),
                    Text(" and "),
                    Term("rosacea"),
                    Text(". Psoriasis causes thick, scaly patches of skin; rosacea causes redness and bumps on the face. Most of these studies are small, and show links, not causes."),
                ],
                sources: &["depessemier2021"],
            }]),
            Paragraph(&[Fact {
                text: &[
                    Text("One rosacea study looked for "),
                    Term("small intestinal bacterial overgrowth"),
                    Text(", which means too many bacteria in the small intestine. It turned up in 52 of 113 people with rosacea, but only 3 of 60 without it."),
                ],
                sources: &["parodi2008"],
            }]),
            Paragraph(&[Fact {
                text: &[
                    Text("In 28 patients, the antibiotic rifaximin cleared the overgrowth. Their skin "),
                    Term("lesions"),
                    Text(", the red bumps and patches of rosacea, then cleared in 20 of them. But the study was small, and the doctors judging the skin knew who had been treated, so it is an early finding."),
                ],
                sources: &["parodi2008"],
            }]),
            Paragraph(&[Fact {
                text: &[
                    Text("In a small "),
                    Term("randomised trial"),
                    Text(" on acne, chance decided each person's diet. Over 12 weeks, 43 teenage boys and young men ate a diet with either a low or a higher "),
                    Term("glycaemic load"),
                    Text(". This rates how much food raises blood sugar, from the kind and amount of its carbohydrate. Acne improved more on the low-load diet, but that group also lost about 3 kg, which may explain part of it. The trial did not look at gut microbes."),
                ],
                sources: &["smith2007"],
            }]),
            Paragraph(&[Fact {
                text: &[Text("An altered gut community could help cause a skin condition, result from it, or share a cause, such as diet or medicines. For now these are early findings, not proof.")],
                sources: &["depessemier2021"],
            }]),
        ],
    },
    Section {
        id: SHAPES.id,
        title: SHAPES.title,
        blocks: &[
            Paragraph(&[Fact {
                text: &[Text("A study of over 1,000 people asked why their gut microbes differ. Diet, medicines and body measures such as weight were linked with over 20 % of the differences, and genes with very little. Most differences stayed unexplained. People sharing a home also tended to share gut microbes.")],
                sources: &["rothschild2018"],
            }]),
            Paragraph(&[ANTIBIOTIC_STUDY, AS_DIRECTED]),
            Paragraph(&[Fact {
                text: &[Text("In another small study, about ten people ate only animal or only plant foods for five days. Their gut bacteria changed within days.")],
                sources: &["david2014"],
            }]),
        ],
    },
    Section {
        id: HABITS.id,
        title: HABITS.title,
        blocks: &[
            Paragraph(&[Framing(&[Text("No single food fixes the gut or the skin. Several of these habits are general healthy-eating advice; whether they help the skin is not known.")])]),
            Tips(&[
                TipItem {
                    lead: "Eat more fibre.",
                    body: &[Fact {
                        text: &[Text("Gut bacteria feed on fibre. UK guidance is 30 g a day for adults, but adults there average only about 18 to 20 g. US advice for ages 19 to 50 is 25 g a day for women and 38 g for men. Fruit, vegetables, whole grains, beans, lentils, nuts and seeds all count.")],
                        sources: &["makki2018", "sacn2015", "iom2005"],
                    }],
                },
                TipItem {
                    lead: "Eat five a day.",
                    body: &[FIVE_A_DAY],
                },
                TipItem {
                    lead: "Go for variety.",
                    body: &[Fact {
                        text: &[
                            Text("In a large "),
                            Term("citizen science"),
                            Text(" project, the public sent in samples. People eating more than 30 different plant foods a week were compared with those eating 10 or fewer. The first group had more "),
                            Term("microbial diversity"),
                            Text(", meaning more kinds of gut microbes. This is a link, not proof."),
                        ],
                        sources: &["mcdonald2018"],
                    }],
                },
                TipItem {
                    lead: "Try fermented foods with live cultures.",
                    body: &[
                        Fact {
                            text: &[Text("Live microbes are in yogurt or kefir labelled “live cultures” and in unpasteurised, naturally fermented sauerkraut or kimchi. Vinegar pickles usually hold none.")],
                            sources: &["marco2021"],
                        },
                        Framing(&[Text("Check the label, and if you are pregnant or have a weak immune system, ask a doctor about unpasteurised foods first.")]),
                        FERMENTED_TRIAL,
                    ],
                },
                TipItem {
                    lead: "Cut back on ultra-processed and sugary foods.",
                    body: &[
                        ULTRA_PROCESSED,
                        ULTRA_PROCESSED_MICROBES,
                        Fact {
                            text: &[Text("For acne, the American Academy of Dermatology's 2024 guideline found too little evidence to recommend any diet.")],
                            sources: &["reynolds2024"],
                        },
                    ],
                },
                TipItem {
                    lead: "Ask before trying probiotics.",
                    body: &[
                        PROBIOTIC_STRAINS,
                        PROBIOTICS_AND_SKIN,
                        Fact {
                            text: &[Text("In the US, many probiotics are sold as supplements, which need no approval before sale.")],
                            sources: &["nccih"],
                        },
                        PROBIOTIC_ADVICE,
                    ],
                },
                TipItem {
                    lead: "Sleep 7 hours or more.",
                    body: &[SLEEP],
                },
                TipItem {
                    lead: "Find ways to ease stress.",
                    body: &[STRESS_LINK, STRESS_TURN_TO],
                },
            ]),
        ],
    },
];
