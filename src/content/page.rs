//! The page's words outside the article sections: title, lede, disclaimer, and how it was
//! written (`en/page.toml`).

include!(concat!(env!("OUT_DIR"), "/words/page.rs"));
