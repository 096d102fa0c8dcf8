//! A `.gz` and a `.br` copy beside every text and wasm asset, for hosts that serve them
//! as they are (docs/hosting.md), at each format's highest level.

use std::io::Write;
use std::path::Path;

use brotlic::{BrotliEncoderOptions, CompressorWriter, Quality, WindowSize};
use flate2::{write::GzEncoder, Compression};

use crate::edit;

/// The asset kinds a host serves compressed.
const EXTENSIONS: [&str; 5] = ["html", "js", "css", "wasm", "svg"];

/// Compresses every asset in `dir`; fails if fewer than four (the page, glue, wasm, CSS).
pub fn compress_assets(dir: &Path) -> Result<(), String> {
    let listing = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot list {}: {error}", dir.display()))?;
    let mut names = Vec::new();
    for entry in listing {
        let entry = entry.map_err(|error| format!("cannot list {}: {error}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = name.rsplit_once('.').map(|(_, kind)| kind);
        if kind.is_some_and(|kind| EXTENSIONS.contains(&kind)) {
            names.push(name);
        }
    }
    names.sort();
    if names.len() < 4 {
        return Err(format!(
            "only {} assets to compress in {}",
            names.len(),
            dir.display()
        ));
    }
    for name in &names {
        let body = edit::read(&dir.join(name))?;
        edit::write(&dir.join(format!("{name}.gz")), &gzip(&body)?)?;
        edit::write(&dir.join(format!("{name}.br")), &brotli(&body)?)?;
    }
    Ok(())
}

/// gzip at level 9.
fn gzip(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder
        .write_all(body)
        .map_err(|error| format!("gzip: {error}"))?;
    encoder.finish().map_err(|error| format!("gzip: {error}"))
}

/// Brotli at quality 11, window 22 (the defaults of brotli's own tool), told the size.
fn brotli(body: &[u8]) -> Result<Vec<u8>, String> {
    let failed = |error: &dyn std::fmt::Display| format!("brotli: {error}");
    let window = WindowSize::new(22).map_err(|error| failed(&error))?;
    let encoder = BrotliEncoderOptions::new()
        .quality(Quality::best())
        .window_size(window)
        .size_hint(u32::try_from(body.len()).unwrap_or(u32::MAX))
        .build()
        .map_err(|error| failed(&error))?;
    let mut writer = CompressorWriter::with_encoder(encoder, Vec::new());
    writer.write_all(body).map_err(|error| failed(&error))?;
    writer.into_inner().map_err(|error| failed(&error))
}
