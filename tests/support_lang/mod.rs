//! The language this build speaks, for tests that check words: each such test states
//! what it expects in English and in Spanish, so a defect fails it in either build.
#![allow(dead_code)]

use gut_skin_axis::content::LANG;

/// Whether this is the Spanish build (`--features lang-es`).
pub fn spanish() -> bool {
    LANG == "es"
}

/// The English or the Spanish of an expected phrase, as this build speaks.
pub fn pick<T>(en: T, es: T) -> T {
    if spanish() {
        es
    } else {
        en
    }
}
