//! Claims that the article and the checklist both tell, written once: the same words, the
//! same sources and the same caveats in both places (and the repeat costs the page almost
//! nothing once compressed).

use super::advice::{ANTIBIOTICS_AS_DIRECTED, STRESS_HELP};
use super::Claim::{self, Advice, Fact, Framing};
use super::Inline::{self, Term, Text};

/// A claim whose words are inline runs, as the article and the checklist render them.
type Told = Claim<&'static [Inline]>;

/// The NHS's five a day, with what a portion is.
pub const FIVE_A_DAY: Told = Advice {
    text: &[
        Text(
            "The NHS advises at least five portions of a variety of fruit and vegetables a day. A ",
        ),
        Term("portion"),
        Text(" is 80 g, such as a medium apple."),
    ],
    sources: &["nhs5aday"],
};

/// The fermented-food trial and what it did not show.
pub const FERMENTED_TRIAL: Told = Fact {
    text: &[Text("In a small trial, 36 healthy adults were split by chance into two groups of 18. For 10 weeks, one group added fermented foods, up to about six servings a day, and the other added fibre. Only the fermented-food group gained more kinds of gut microbes and had fewer signs of inflammation in the blood. Whether smaller amounts help is not known, and skin was not measured.")],
    sources: &["wastyk2021"],
};

/// What ultra-processed foods are, and the observational link with poor health.
pub const ULTRA_PROCESSED: Told = Fact {
    text: &[
        Term("Ultra-processed"),
        Text(" foods are made in factories from refined ingredients and additives, like many packaged snacks and sweets. "),
        Term("Observational"),
        Text(" studies, which watch what people eat rather than change it, link them with many poor health outcomes."),
    ],
    sources: &["lane2024"],
};

/// Ultra-processed foods and gut microbes: lab and animal work.
pub const ULTRA_PROCESSED_MICROBES: Told = Fact {
    text: &[Text("Lab and animal studies suggest they may also change gut microbes in ways linked with inflammation.")],
    sources: &["zinocker2018"],
};

/// What a probiotic is, and that strains differ.
pub const PROBIOTIC_STRAINS: Told = Fact {
    text: &[
        Text("By an agreed definition, a probiotic is a live microbe that benefits health in a large enough dose. Effects can differ from one "),
        Term("strain"),
        Text(", or exact type of microbe, to another."),
    ],
    sources: &["hill2014", "nccih"],
};

/// No probiotic is proven for the skin, and the Cochrane review on eczema.
pub const PROBIOTICS_AND_SKIN: Told = Fact {
    text: &[
        Text("None is proven to help the skin. A "),
        Term("Cochrane review"),
        Text(" pools the trials that meet its standards. It found probiotics probably make little or no difference to symptoms in people who already have eczema."),
    ],
    sources: &["nccih", "makrgeorgou2018"],
};

/// Who should ask before taking a probiotic.
pub const PROBIOTIC_ADVICE: Told = Advice {
    text: &[Text("Ask a pharmacist or doctor first, above all if you are pregnant, have a weak immune system or are buying for a baby. Never use them instead of a prescribed treatment.")],
    sources: &["nccih"],
};

/// The sleep consensus.
pub const SLEEP: Told = Advice {
    text: &[Text(
        "Sleep experts advise adults to get 7 hours or more a night, for their general health.",
    )],
    sources: &["watson2015"],
};

/// Stress and the gut–skin link: mostly mice.
pub const STRESS_LINK: Told = Fact {
    text: &[
        Text("Some researchers think stress may affect the gut–skin link. It is a "),
        Term("hypothesis"),
        Text(", an idea being tested, mostly in mice."),
    ],
    sources: &["arck2010"],
};

/// Where to turn about stress, as framing.
pub const STRESS_TURN_TO: Told = Framing(&[Text(STRESS_HELP)]);

/// The antibiotic study, over its whole 10 months.
pub const ANTIBIOTIC_STUDY: Told = Fact {
    text: &[Text("In a small study, three people took two 5-day courses of an antibiotic, six months apart, over 10 months in all. By the end, their gut bacteria had settled, but not fully back to where they started.")],
    sources: &["dethlefsen2011"],
};

/// Take prescribed antibiotics as directed, as framing.
pub const AS_DIRECTED: Told = Framing(&[Text(ANTIBIOTICS_AS_DIRECTED)]);
