//! The knowledge quiz: ten questions answerable from the article.

use super::Claim::{self, Fact};

/// One quiz question with its options, answer, explanation and source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizQuestion {
    /// Stable id, used when saving progress.
    pub id: &'static str,
    /// The question, shown as the fieldset's legend.
    pub prompt: &'static str,
    /// Three or four options.
    pub options: &'static [&'static str],
    /// Index of the right option.
    pub correct: usize,
    /// One or two sentences shown after checking: a fact with the references behind it.
    pub explanation: Claim<&'static str>,
    /// The article section (id) the answer comes from.
    pub section: &'static str,
}

/// The quiz's heading.
pub const QUIZ_TITLE: &str = "Test what you know";

/// The questions, in content order (the quiz shuffles them).
pub const QUIZ: &[QuizQuestion] = &[
    QuizQuestion {
        id: "axis-meaning",
        prompt: "What does the term “gut–skin axis” describe?",
        options: &[
            "A two-way link between the gut and the skin, carried mostly by the immune system",
            "A nerve that runs directly from the intestine to the skin",
            "The rule that skin problems always start in the gut",
            "A special diet used to treat skin conditions",
        ],
        correct: 0,
        explanation: Fact {
            text: "Researchers use the term for the influence the two organs have on each other, in both directions, mostly through the immune system. It does not mean the gut is always the cause.",
            sources: &["oneill2016", "salem2018"],
        },
        section: "what-is-the-axis",
    },
    QuizQuestion {
        id: "bacteria-per-cell",
        prompt: "Roughly how many bacteria live in the body for every human cell?",
        options: &["From about 1.3 to 2.3", "About 10", "About 100", "About 1 in 100"],
        correct: 0,
        explanation: Fact {
            text: "A careful 2016 estimate gives about 1.3 bacteria per human cell in a typical young man, and from about 1.3 to 2.3 across other groups. The popular ten-to-one figure was an old rough guess.",
            sources: &["sender2016"],
        },
        section: "two-microbiomes",
    },
    QuizQuestion {
        id: "seventy-percent",
        prompt: "How should the often-quoted claim that “70 % of the immune system is in the gut” be read?",
        options: &[
            "As a loose estimate: the gut holds a large share, but the figure depends on what is counted",
            "As an exact count of the body's immune cells",
            "As proof that gut bacteria control all of our immunity",
        ],
        correct: 0,
        explanation: Fact {
            text: "The figure comes from reviews, not a direct count. In a whole-body count, most lymphocytes, a kind of white blood cell, were in the lymph nodes and the spleen. These are small glands all over the body and an organ beside the stomach. So “a large share” is the safer reading.",
            sources: &["vighi2008", "sender2023"],
        },
        section: "immune-link",
    },
    QuizQuestion {
        id: "fibre-products",
        prompt: "What do gut bacteria make when they ferment dietary fibre, breaking it down for energy?",
        options: &[
            "Short-chain fatty acids such as butyrate",
            "Antibodies",
            "Vitamin D",
            "Stomach acid",
        ],
        correct: 0,
        explanation: Fact {
            text: "Fermenting fibre releases short-chain fatty acids, small molecules such as acetate, propionate and butyrate. Studies, mostly in the lab and in animals, suggest they help to calm inflammation and support the gut lining.",
            sources: &["koh2016"],
        },
        section: "how-signals-travel",
    },
    QuizQuestion {
        id: "dysbiosis",
        prompt: "What does “dysbiosis” mean?",
        options: &[
            "A disturbed or unbalanced microbial community",
            "An infection with one harmful germ",
            "A shortage of fibre in the diet",
            "An allergy to bacteria",
        ],
        correct: 0,
        explanation: Fact {
            text: "Dysbiosis is the word for a microbial community that has been thrown out of balance; it is not a single infection or an allergy.",
            sources: &["depessemier2021"],
        },
        section: "what-is-the-axis",
    },
    QuizQuestion {
        id: "evidence-so-far",
        prompt: "What does research so far show about gut microbes and acne, eczema, psoriasis (thick, scaly patches) and rosacea (redness and bumps on the face)?",
        options: &[
            "Links and early trials, but not proof that gut microbes cause them",
            "Proof that gut bacteria cause these conditions",
            "That these conditions have nothing to do with the gut",
            "That changing your diet cures them",
        ],
        correct: 0,
        explanation: Fact {
            text: "Differences in gut microbes have been linked with all four, mostly in small studies. A link could be a cause, a result or a shared cause, so it is not proof.",
            sources: &["depessemier2021"],
        },
        section: "skin-conditions",
    },
    QuizQuestion {
        id: "biggest-influence",
        prompt: "Which of these does most to explain why gut microbes differ from one person to another?",
        options: &[
            "Diet and medicines",
            "The genes you inherited",
            "Your skin type",
        ],
        correct: 0,
        explanation: Fact {
            text: "In a study of over 1,000 people, diet, medicines and body measures were linked with over 20 % of the differences. Inherited genes were linked with far less, and most differences stayed unexplained.",
            sources: &["rothschild2018"],
        },
        section: "what-shapes-the-gut",
    },
    QuizQuestion {
        id: "diet-speed",
        prompt: "How quickly can a big change in diet shift the bacteria in your gut?",
        options: &[
            "Within days",
            "Only after about a year",
            "Never: the gut microbiome is fixed in childhood",
        ],
        correct: 0,
        explanation: Fact {
            text: "In a small study, about ten people ate only animal foods or only plant foods for five days. Their gut bacteria changed within days.",
            sources: &["david2014"],
        },
        section: "what-shapes-the-gut",
    },
    QuizQuestion {
        id: "probiotic-strains",
        prompt: "A probiotic is a live microbe taken for a health benefit. Why can't the result of a trial of one probiotic be assumed for another?",
        options: &[
            "Effects can differ from one strain, or exact type of microbe, to another",
            "Only the dose matters, not which microbe it is",
            "Probiotics work only when taken with antibiotics",
            "All probiotics contain the same microbe",
        ],
        correct: 0,
        explanation: Fact {
            text: "Probiotic effects can differ from one strain to another, so a result found for one strain may not apply to another.",
            sources: &["hill2014", "nccih"],
        },
        section: "everyday-habits",
    },
    QuizQuestion {
        id: "live-microbes",
        prompt: "Which of these is least likely to contain live microbes?",
        options: &[
            "Shelf-stable pickles made with vinegar",
            "Kefir labelled “live cultures”",
            "Unpasteurised, naturally fermented sauerkraut",
            "Yogurt labelled “live cultures”",
        ],
        correct: 0,
        explanation: Fact {
            text: "Pickles preserved in vinegar and kept on the shelf usually hold no live microbes. Foods that do hold them often say “live cultures” on the label.",
            sources: &["marco2021"],
        },
        section: "everyday-habits",
    },
];

/// What a quiz score says, for each band from the highest down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizBandMessages {
    /// 80 % or more right.
    pub strong: &'static str,
    /// 50–79 % right.
    pub good: &'static str,
    /// Under 50 % right.
    pub starting: &'static str,
}

/// The message for each score band.
pub const QUIZ_BAND_MESSAGES: QuizBandMessages = QuizBandMessages {
    strong: "Excellent: you have a firm grasp of how the gut and the skin are linked.",
    good: "Good going: you know the basics, and the review below fills in the gaps.",
    starting: "A good start. The review below explains every answer, and each links back to the part of the article it comes from.",
};
