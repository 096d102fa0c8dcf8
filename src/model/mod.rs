//! Pure logic with no browser dependency, unit-tested natively.

mod citations;

pub use citations::CitationIndex;
