//! The article text: every sentence written for this app, each paragraph a sourced fact or framing.

use super::sections::{AXIS, CONDITIONS, HABITS, IMMUNE, MICROBIOMES, SHAPES, SIGNALS};
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
            Paragraph(Fact {
                text: &[Text("Your gut and your skin are different organs with different jobs, but they have a lot in common. Both form a border between your body and the outside world. Both are also home to dense communities of microbes.")],
                sources: &["oneill2016"],
            }),
            Paragraph(Fact {
                text: &[
                    Text("Scientists use the name "),
                    Term("gut–skin axis"),
                    Text(" for the idea that these two organs affect each other, in both directions. Most of that traffic seems to run through the immune system. That is the body's network of defence cells and the chemical messengers they use."),
                ],
                sources: &["salem2018", "depessemier2021"],
            }),
            Paragraph(Fact {
                text: &[
                    Text("A "),
                    Term("microbiome"),
                    Text(" is the community of microbes that live in one place, together with their genes and the substances they make. When that community is thrown out of balance, researchers call it "),
                    Term("dysbiosis"),
                    Text("."),
                ],
                sources: &["depessemier2021"],
            }),
            AxisDiagram,
        ],
    },
    Section {
        id: MICROBIOMES.id,
        title: MICROBIOMES.title,
        blocks: &[
            Paragraph(Fact {
                text: &[Text("Both the gut and the skin host bacteria, fungi and viruses. In size, though, the two communities are far apart.")],
                sources: &["byrd2018", "salem2018"],
            }),
            Paragraph(Fact {
                text: &[Text("The large intestine, or colon, holds by far the biggest crowd. A careful estimate from 2016 puts it at about 38 trillion bacteria. In a typical young man, that comes to roughly 1.3 bacteria for every human cell. For other groups of people, the ratio is between about 1 and 2.")],
                sources: &["sender2016"],
            }),
            Paragraph(Fact {
                text: &[Text("The old claim that microbes outnumber our cells ten to one was a rough guess, now thought to be far too high. All the other places in the body put together, skin included, hold at most about one trillion bacteria.")],
                sources: &["sender2016"],
            }),
            Paragraph(Fact {
                text: &[Text("Skin is not one habitat but many. Oily, moist and dry areas, such as the face, armpits and forearm, each host their own mix of microbes.")],
                sources: &["byrd2018"],
            }),
        ],
    },
    Section {
        id: IMMUNE.id,
        title: IMMUNE.title,
        blocks: &[
            Paragraph(Fact {
                text: &[
                    Text("The wall of the gut holds one of the largest stores of immune tissue in the body. It is called "),
                    Term("gut-associated lymphoid tissue"),
                    Text(". Lymphoid means it is rich in lymphocytes, a major family of white blood cells. One review estimates that this tissue holds around 80 % of the plasma cells, the cells that make antibodies."),
                ],
                sources: &["vighi2008"],
            }),
            Paragraph(Fact {
                text: &[Text("You will often read that about 70 % of the immune system lives in the gut. Treat that number loosely. It comes from reviews rather than a direct count, and what it means depends on which cells are counted.")],
                sources: &["vighi2008"],
            }),
            Paragraph(Fact {
                text: &[Text("In 2023, scientists added up the immune cells across the whole body. Most lymphocytes, they found, sit in the lymph nodes and the spleen. So the safer statement is that the gut holds a large share of the immune system.")],
                sources: &["sender2023"],
            }),
            Paragraph(Fact {
                text: &[Text("Gut microbes help to train the immune system from infancy. They teach it to put up with harmless things, such as food, while staying ready for real threats. Much of the detailed evidence for this comes from studies in animals.")],
                sources: &["belkaid2014"],
            }),
        ],
    },
    Section {
        id: SIGNALS.id,
        title: SIGNALS.title,
        blocks: &[
            Paragraph(Fact {
                text: &[
                    Text("Our own enzymes cannot digest fibre, but gut bacteria can ferment it. As they do, they release "),
                    Term("short-chain fatty acids"),
                    Text(" (SCFAs) such as acetate, propionate and butyrate. These small molecules help to calm inflammation and support the gut lining. They may influence the skin as well."),
                ],
                sources: &["koh2016", "salem2018"],
            }),
            Paragraph(Fact {
                text: &[Text("The gut lining works as a barrier. Sometimes the microbial community is disturbed and the barrier weakens. Bacterial products and signals of inflammation can then slip into the bloodstream. From there they may affect distant organs, perhaps including the skin.")],
                sources: &["salem2018", "oneill2016"],
            }),
            Paragraph(Fact {
                text: &[Text("Stress hormones and the nervous system may take part too. Some researchers call this idea the gut–brain–skin axis. It is still a hypothesis, and most of the early evidence comes from studies in mice.")],
                sources: &["arck2010"],
            }),
        ],
    },
    Section {
        id: CONDITIONS.id,
        title: CONDITIONS.title,
        blocks: &[
            Paragraph(Fact {
                text: &[Text("Differences in gut microbes have been reported in people with acne, atopic dermatitis (eczema), psoriasis and rosacea. Most of these studies are small. They show links, not causes.")],
                sources: &["depessemier2021"],
            }),
            Paragraph(Fact {
                text: &[
                    Text("One rosacea study looked for "),
                    Term("small intestinal bacterial overgrowth"),
                    Text(" (SIBO), which means too many bacteria in the small intestine. It turned up in 52 of 113 people with rosacea, but in only 3 of 60 people without it."),
                ],
                sources: &["parodi2008"],
            }),
            Paragraph(Fact {
                text: &[
                    Text("In 28 of the patients, an antibiotic called rifaximin cleared the overgrowth. Their skin "),
                    Term("lesions"),
                    Text(", the red bumps and patches of rosacea, then cleared in 20 of them. But the doctors judging the skin knew who had been treated. Larger trials in which the judges do not know have yet to confirm this, and it is not standard care."),
                ],
                sources: &["parodi2008"],
            }),
            Paragraph(Fact {
                text: &[
                    Text("For acne, a small "),
                    Term("randomised trial"),
                    Text(" tested a diet. In such a trial, chance decides who gets which diet. For 12 weeks, 43 young men ate either a low-glycaemic-load diet or one with a higher glycaemic load. A low load means foods that raise blood sugar slowly. Acne improved more on the low-load diet. That group also lost about 3 kg, which may explain part of the effect."),
                ],
                sources: &["smith2007"],
            }),
            Paragraph(Fact {
                text: &[Text("An altered gut community could help cause a skin condition. It could also be a result of the condition, or share a cause with it, such as diet or medicines. For now these are promising early findings, not proof.")],
                sources: &["depessemier2021"],
            }),
        ],
    },
    Section {
        id: SHAPES.id,
        title: SHAPES.title,
        blocks: &[
            Paragraph(Fact {
                text: &[Text("What you eat and the medicines you take matter a great deal. A study of more than 1,000 people looked at why gut microbes differ between people. Diet, medicines and body measures such as weight together explained over 20 % of the differences. Genes explained very little. People who shared a home also tended to share gut microbes.")],
                sources: &["rothschild2018"],
            }),
            Paragraph(Fact {
                text: &[Text("Antibiotics can change gut bacteria for months. In a small study, three people took two courses of the same antibiotic. About ten months later, their gut bacteria had still not fully returned to how they were before.")],
                sources: &["dethlefsen2011"],
            }),
            Paragraph(Framing(&[
                Text("If a "),
                Term("clinician"),
                Text(", such as a doctor or nurse, has prescribed you antibiotics, for your skin or anything else, take them as directed. Do not stop early without advice."),
            ])),
            Paragraph(Fact {
                text: &[Text("The community can also change quickly. When volunteers switched to a very different diet, their gut bacteria shifted within days.")],
                sources: &["david2014"],
            }),
        ],
    },
    Section {
        id: HABITS.id,
        title: HABITS.title,
        blocks: &[
            Paragraph(Framing(&[Text("No single food fixes the gut or the skin, but these habits are worth a try.")])),
            Tips(&[
                TipItem {
                    lead: "Eat more fibre.",
                    body: Fact {
                        text: &[Text("Gut bacteria feed on it. UK guidance is 30 g a day for adults, but the average adult there eats only about 18 to 20 g. US advice for ages 19 to 50 is 25 g a day for women and 38 g for men. Fruit, vegetables, whole grains, beans, lentils, nuts and seeds all count.")],
                        sources: &["makki2018", "sacn2015", "iom2005"],
                    },
                },
                TipItem {
                    lead: "Eat five a day.",
                    body: Fact {
                        text: &[Text("The NHS advises at least five portions of a variety of fruit and vegetables every day.")],
                        sources: &["nhs5aday"],
                    },
                },
                TipItem {
                    lead: "Go for variety.",
                    body: Fact {
                        text: &[
                            Text("In a large "),
                            Term("citizen science"),
                            Text(" project, members of the public sent in their own samples. People who ate more than 30 different plant foods a week were compared with people who ate 10 or fewer. The first group had more "),
                            Term("microbial diversity"),
                            Text(", meaning more kinds of gut microbes."),
                        ],
                        sources: &["mcdonald2018"],
                    },
                },
                TipItem {
                    lead: "Try fermented foods with live cultures.",
                    body: Fact {
                        text: &[Text("Look for yogurt or kefir labelled “live cultures”, or unpasteurised, naturally fermented sauerkraut or kimchi. Heat kills the microbes, so stir miso in after cooking. Chilled is not always live, and vinegar pickles usually hold none, so check the label. In a 17-week study, 36 healthy adults spent 10 weeks on a set diet. Those eating up to about six servings of fermented food a day gained microbial diversity and had lower markers of inflammation. Skin was not measured.")],
                        sources: &["marco2021", "wastyk2021"],
                    },
                },
                TipItem {
                    lead: "Cut back on ultra-processed and sugary foods.",
                    body: Fact {
                        text: &[
                            Term("Ultra-processed"),
                            Text(" foods are made in factories from refined ingredients and additives, like many packaged snacks and sweets. Large "),
                            Term("observational"),
                            Text(" studies, which watch what people eat rather than change it, link them with many poor health outcomes. Lab and animal studies suggest they may also change gut microbes in ways linked with inflammation. For acne, the American Academy of Dermatology's guideline does not recommend any particular diet."),
                        ],
                        sources: &["lane2024", "zinocker2018", "zaenglein2016"],
                    },
                },
                TipItem {
                    lead: "Ask before trying probiotics.",
                    body: Fact {
                        text: &[
                            Text("By an agreed definition, a probiotic is a live microbe shown to benefit health in a large enough dose. Effects often depend on the "),
                            Term("strain"),
                            Text(", the exact type of microbe. None is proven to help the skin. A "),
                            Term("Cochrane review"),
                            Text(" weighs up all the good trials on one question. One found that probiotics probably make little or no difference to eczema. Supplements are sold as foods, so the contents may not match the label. Ask a pharmacist or doctor first, above all if you are pregnant, have a weak immune system or are buying for a baby. Never use them instead of a prescribed treatment."),
                        ],
                        sources: &["hill2014", "makrgeorgou2018", "nccih"],
                    },
                },
                TipItem {
                    lead: "Sleep 7 hours or more.",
                    body: Fact {
                        text: &[Text("Sleep experts advise adults to get 7 hours or more a night, for their health in general.")],
                        sources: &["watson2015"],
                    },
                },
                TipItem {
                    lead: "Find ways to ease stress.",
                    body: Fact {
                        text: &[Text("Stress may play a part in the signals between gut and skin, though most of the evidence so far comes from animals. If stress or low mood affects your daily life, talk to a GP, your family doctor.")],
                        sources: &["arck2010"],
                    },
                },
            ]),
        ],
    },
];
