//! The pseudo-language: English with every letter accented, about 40 % longer and
//! bracketed, as Android's `en-XA` does. A page built in it shows at a glance any word that
//! did not come from the data files (it is plain ASCII), and whether longer translations fit.

/// Accented look-alikes of `a` to `z`.
const LOWER: [char; 26] = [
    'á', 'ƀ', 'ç', 'ď', 'é', 'ƒ', 'ğ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'þ', 'ʠ', 'ŕ', 'š',
    'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž',
];
/// Accented look-alikes of `A` to `Z`.
const UPPER: [char; 26] = [
    'Á', 'Ɓ', 'Ç', 'Ď', 'É', 'Ƒ', 'Ğ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Þ', 'Ǫ', 'Ŕ', 'Š',
    'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
];
/// The words that pad a string to about 140 % of its length.
const PAD: &[&str] = &["ĺóŕéɱ", "íþšúɱ", "ďóĺóŕ", "šíţ", "áɱéţ"];

/// `english` in the pseudo-language. Placeholders (`{name}`) and the term marks (`[[`, `]]`)
/// stay as they are, so the build reads the result like any other language's words.
pub fn transform(english: &str) -> String {
    if english.trim().is_empty() {
        return english.to_owned();
    }
    let mut out = String::from("⟦");
    let mut in_placeholder = false;
    for c in english.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        out.push(if in_placeholder { c } else { accent(c) });
    }
    let letters = english.chars().filter(char::is_ascii_alphabetic).count();
    let mut added = 0;
    let mut index = 0;
    // Pad with whole words, so the longer text wraps as a translation would.
    while added * 10 < letters * 4 {
        let word = PAD[index % PAD.len()];
        out.push(' ');
        out.push_str(word);
        added += word.chars().count() + 1;
        index += 1;
    }
    out.push('⟧');
    out
}

/// The accented look-alike of an ASCII letter; any other character as it is.
fn accent(c: char) -> char {
    let index = |base: u8| usize::from(c as u8 - base);
    match c {
        'a'..='z' => LOWER[index(b'a')],
        'A'..='Z' => UPPER[index(b'A')],
        _ => c,
    }
}
