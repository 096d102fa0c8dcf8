//! Whether English text tells the reader what to do: the rule that keeps advice out of facts.
//! Plain functions with no imports, so the content build (`src/build`) runs the same rule on
//! the data files that the tests run on the baked content.

/// Words that open an instruction to the reader. A sentence of a fact may not start with one,
/// nor may the main clause after an opening "If …," or "When …,".
pub const INSTRUCTION_OPENERS: &[&str] = &[
    "add", "aim", "ask", "avoid", "build", "call", "check", "choose", "cut", "do not", "don't",
    "eat", "find", "get", "go", "have", "keep", "limit", "look for", "make", "never", "pick",
    "see", "seek", "stir", "stop", "swap", "take", "talk", "try", "use",
];

/// The first sentence (or main clause) of `text` that tells the reader what to do, if any.
pub fn instruction_in(text: &str) -> Option<&str> {
    sentences(text).find(|sentence| {
        let main = match sentence.split_once(", ") {
            Some((head, rest))
                if starts_with_word(head, "if") || starts_with_word(head, "when") =>
            {
                rest
            }
            _ => sentence,
        };
        INSTRUCTION_OPENERS
            .iter()
            .any(|opener| starts_with_word(main, opener))
    })
}

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['.', '?', '!', ':', ';'])
        .map(|sentence| sentence.trim_start_matches(|c: char| c.is_whitespace() || c == '“'))
        .filter(|sentence| !sentence.is_empty())
}

fn starts_with_word(text: &str, word: &str) -> bool {
    let Some(head) = text.get(..word.len()) else {
        return false;
    };
    head.eq_ignore_ascii_case(word)
        && text[word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}
