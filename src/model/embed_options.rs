//! Embed options, the same from a query string and from data attributes; invalid values
//! fall back to their defaults with one warning each, and nothing here can panic.

use super::{Language, Namespace};

pub use crate::content::Part;

impl Part {
    /// Every part, in page order (the default).
    pub const ALL: [Part; 5] = [
        Part::Article,
        Part::Diagram,
        Part::Quiz,
        Part::SelfCheck,
        Part::Checklist,
    ];

    /// The option value that names this part.
    pub fn name(self) -> &'static str {
        match self {
            Part::Article => "article",
            Part::Diagram => "diagram",
            Part::Quiz => "quiz",
            Part::SelfCheck => "self-check",
            Part::Checklist => "checklist",
        }
    }

    fn parse(name: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|part| part.name() == name)
    }
}

/// The colour scheme an embed asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's system setting.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The option value (also the `data-theme` attribute value).
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A validated accent colour (`#rgb` or `#rrggbb`) with a readable text colour to pair with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accent {
    /// The colour as `#rrggbb`.
    pub color: String,
    /// `#000000` or `#ffffff`, whichever contrasts more with `color`.
    pub text: &'static str,
}

impl Accent {
    /// Parses `#rgb` or `#rrggbb`; anything else is `None`.
    pub fn parse(value: &str) -> Option<Accent> {
        let hex = value.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let full: String = match hex.len() {
            3 => hex.chars().flat_map(|c| [c, c]).collect(),
            6 => hex.to_owned(),
            _ => return None,
        };
        let full = full.to_ascii_lowercase();
        let channel = |i: usize| u8::from_str_radix(full.get(i..i + 2)?, 16).ok();
        let (r, g, b) = (channel(0)?, channel(2)?, channel(4)?);
        let luminance = relative_luminance(r, g, b);
        // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05).
        let text = if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) {
            "#000000"
        } else {
            "#ffffff"
        };
        Some(Accent {
            color: format!("#{full}"),
            text,
        })
    }
}

fn relative_luminance(r: u8, g: u8, b: u8) -> f64 {
    0.2126 * linear_channel(r) + 0.7152 * linear_channel(g) + 0.0722 * linear_channel(b)
}

/// An sRGB channel as linear light (WCAG's formula).
pub fn linear_channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.039_28 {
        c / 12.92
    } else {
        power_2_4((c + 0.055) / 1.055)
    }
}

/// `x^2.4` for `x` in (0, 1] as `x² · x^0.4`, the fifth root by Newton's method
/// from `√x`: `powf` would link 2 kB of libm into the wasm for this one use.
fn power_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut root = x.sqrt(); // x^0.5, within 40 % of x^0.4 on this range.
    for _ in 0..8 {
        root = (4.0 * root + square / (root * root * root * root)) / 5.0;
    }
    square * root
}

/// Everything an embed can choose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Parts to show, in page order, without repeats.
    pub parts: Vec<Part>,
    /// Colour scheme.
    pub theme: Theme,
    /// Accent colour, if any.
    pub accent: Option<Accent>,
    /// Storage namespace.
    pub namespace: Namespace,
    /// Whether the host page asked to be told what readers finish (see `HostEvent`).
    pub events: bool,
    /// The language: a parsed embed's is always this build's own (another is warned of
    /// and ignored); the snippet builder sets the one its snippets ask for.
    pub lang: Language,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        Self {
            parts: Part::ALL.to_vec(),
            theme: Theme::Auto,
            accent: None,
            namespace: Namespace::none(),
            events: false,
            lang: Language::of_build(),
        }
    }
}

impl EmbedOptions {
    /// Whether `part` is shown.
    pub fn shows(&self, part: Part) -> bool {
        self.parts.contains(&part)
    }
}

/// An option whose value was not understood, so its default was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionWarning {
    /// The option's name (`sections`, `theme`, `accent`, `namespace`, `events` or `lang`),
    /// or `section` for one unknown name in a list that names others.
    pub option: &'static str,
    /// The value as given.
    pub value: String,
}

impl OptionWarning {
    /// The console message, naming the option and the value.
    pub fn message(&self) -> String {
        use crate::content::console;
        match self.option {
            "lang" => console::not_this_language(&self.value, Language::of_build().tag()),
            "section" => console::unknown_section(&self.value),
            option => console::ignoring_option(option, &self.value),
        }
    }
}

/// Reads the options through `get` (a query parameter or a data attribute by name).
pub fn parse_options(get: impl Fn(&str) -> Option<String>) -> (EmbedOptions, Vec<OptionWarning>) {
    parse_options_with(&get)
}

/// [`parse_options`] behind a `dyn` reader, so its body is in the wasm once for all callers.
fn parse_options_with(get: &dyn Fn(&str) -> Option<String>) -> (EmbedOptions, Vec<OptionWarning>) {
    let mut options = EmbedOptions::default();
    let mut warnings = Vec::new();
    let mut warn = |option: &'static str, value: &str| {
        warnings.push(OptionWarning {
            option,
            value: value.chars().take(80).collect(),
        });
    };
    if let Some(value) = get("sections") {
        let names: Vec<&str> = value
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .collect();
        // The parts it names are shown (a typo in one does not bring back every part); an
        // unknown name is warned of, and a list naming no part shows every part.
        let mut parts: Vec<Part> = names.iter().filter_map(|name| Part::parse(name)).collect();
        if parts.is_empty() {
            warn("sections", &value);
        } else {
            super::sort_small(&mut parts);
            parts.dedup();
            options.parts = parts;
            for name in names.iter().filter(|name| Part::parse(name).is_none()) {
                warn("section", name);
            }
        }
    }
    if let Some(value) = get("theme") {
        match value.trim() {
            "auto" => options.theme = Theme::Auto,
            "light" => options.theme = Theme::Light,
            "dark" => options.theme = Theme::Dark,
            _ => warn("theme", &value),
        }
    }
    if let Some(value) = get("accent") {
        match Accent::parse(value.trim()) {
            Some(accent) => options.accent = Some(accent),
            None => warn("accent", &value),
        }
    }
    if let Some(value) = get("namespace") {
        match Namespace::named(value.trim()) {
            Some(namespace) => options.namespace = namespace,
            None => warn("namespace", &value),
        }
    }
    // A flag: `?embed&events` or a bare `data-events` attribute turns it on.
    if let Some(value) = get("events") {
        match value.trim() {
            "" | "true" => options.events = true,
            "false" => options.events = false,
            _ => warn("events", &value),
        }
    }
    // Each language is its own build, and the known ones are routed to theirs before the
    // wasm loads (es/ for the iframe, the glue for a widget): one that reaches this build
    // anyway is not one it can speak, so it goes on in its own.
    // An empty `data-lang=""` asks for nothing in particular.
    if let Some(value) = get("lang").filter(|value| !value.trim().is_empty()) {
        if Language::parse(&value) != Some(options.lang) {
            warn("lang", &value);
        }
    }
    (options, warnings)
}
