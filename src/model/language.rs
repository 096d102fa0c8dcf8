//! The languages the explainer is built in: each is its own build (a cargo feature), served
//! from its own folder of the site, and an embed or widget names the one it wants.

/// A language the explainer is published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    /// English, at the site's root.
    #[default]
    English,
    /// Spanish, in the site's `es/` folder.
    Spanish,
}

impl Language {
    /// Every language, in the order the snippet builder offers them.
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// The BCP 47 tag (the `lang` option's value and the `lang` attribute).
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// The language with tag `tag` (as given in `?lang=` or `data-lang`), if it is one of
    /// ours. A region (`es-MX`, `es_MX`, `en-GB`) is read as its language, as widget.js and the
    /// loader read it when they pick a build.
    pub fn parse(tag: &str) -> Option<Language> {
        // `es_MX` too: the form WordPress and POSIX locales write.
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|language| primary.eq_ignore_ascii_case(language.tag()))
    }

    /// The language this build speaks. The pseudo-language (`en-XA`) is English's test
    /// double, served where English is.
    pub fn of_build() -> Language {
        let own = crate::content::LANG;
        Language::ALL
            .into_iter()
            .find(|language| own.starts_with(language.tag()))
            .unwrap_or_default()
    }

    /// The language's folder under the site's root: empty for English, `es/` for Spanish.
    pub fn folder(self) -> &'static str {
        match self {
            Language::English => "",
            Language::Spanish => "es/",
        }
    }
}

/// The site's root, from the address `app_url` of a page built in `own`: a Spanish page
/// lives in `es/` (an `index.html` at the end is dropped first). An address that does not
/// end as expected is taken as the root itself.
pub fn site_root(app_url: &str, own: Language) -> &str {
    let folder_url = app_url.strip_suffix("index.html").unwrap_or(app_url);
    match own.folder() {
        "" => folder_url,
        // Only a whole last segment: a page at `…/notes/` is not in `es/`.
        folder => folder_url
            .strip_suffix(folder)
            .filter(|root| root.ends_with('/'))
            .unwrap_or(folder_url),
    }
}

/// The address of the page in `language`, under the site's `root`.
pub fn page_in(root: &str, language: Language) -> String {
    format!("{root}{}", language.folder())
}
