//! The compact form of a workspace in browser storage: one line of plain JSON that names the
//! stored version (so other tabs can tell versions apart without unpacking), then the
//! envelope's JSON compressed with DEFLATE and packed 15 bits to a UTF-16 code unit.
//!
//! Browsers count `localStorage` in UTF-16 code units, and JSON costs one unit per byte; a
//! packed unit carries 15 bits, so compressed bytes cost 8/15 of a unit each. Every packed
//! unit lies in `U+0020..=U+801F`: never a control character, never a surrogate, so the text
//! survives any store that keeps valid strings. Exported files stay readable JSON; only storage
//! uses this form. Reading checks every step (header, units, length, UTF-8) and says where it
//! failed; the unpacked JSON then goes through the same checks as any envelope.

use crate::domain::json_out::WriteJson;
use crate::domain::json_read::ReadJson;
use serde::{Deserialize, Serialize};

/// What every compact text starts with.
pub const MARKER: &str = "{\"format\":\"sixtwo-stored\",\"encoding\":\"deflate-15\",";
/// The DEFLATE level: the fastest, within 10 % of the best size on real workspaces, and four
/// times faster than the default level, which matters because saving runs on the main thread.
const LEVEL: u8 = 1;
/// The lowest packed unit; 15 bits above it stay below the surrogates (`U+D800`).
const UNIT_BASE: u32 = 0x20;
/// How many bits a packed unit carries.
const BITS_PER_UNIT: u32 = 15;

/// The header line: what the stored version is, and what unpacking must give.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize, WriteJson, ReadJson)]
#[serde(rename_all = "camelCase")]
pub struct CompactHeader {
    pub format: String,
    pub encoding: String,
    pub rev: u64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<String>,
    /// Bytes of DEFLATE data packed after the header.
    pub packed_bytes: usize,
    /// Bytes of JSON that unpacking gives.
    pub json_bytes: usize,
}

/// Why a compact text cannot be unpacked, with where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompactError {
    /// The first line is not a header this build understands.
    Header,
    /// The unit at `position` (counted from the start of the packed data, from 1) is outside
    /// the packed range: the text was changed or cut.
    Unit { position: usize },
    /// Fewer packed bytes than the header announces.
    Truncated { expected: usize, found: usize },
    /// The compressed data is damaged (the decompressor's words).
    Inflate,
    /// Unpacking gave another length than the header announces.
    Length { expected: usize, found: usize },
    /// The unpacked bytes are not UTF-8 text.
    NotText,
}

/// Whether `raw` is in the compact form (and not plain JSON).
pub fn is_compact(raw: &str) -> bool {
    raw.starts_with(MARKER)
}

/// Packs `json` (an envelope) behind a header naming the version `rev`/`id`/`lineage`.
pub fn pack(json: &str, rev: u64, id: &str, lineage: &[String]) -> String {
    let mut packing = Packing::new(json.to_string(), rev, id, lineage);
    while !packing.step(usize::MAX) {}
    packing.finish()
}

/// A compact text packed a slice at a time: compressing megabytes of JSON takes long enough
/// to hold up the page, so the caller can give the browser a turn between slices. Gives the
/// same text as [`pack`].
pub struct Packing {
    json: String,
    /// How many bytes of `json` have been compressed.
    compressed: usize,
    /// Whether the compressor has been told the input ended.
    finished: bool,
    compressor: Box<miniz_oxide::deflate::core::CompressorOxide>,
    units: UnitPacker,
    header: CompactHeader,
}

impl Packing {
    /// Starts packing `json` behind a header naming the version `rev`/`id`/`lineage`.
    pub fn new(json: String, rev: u64, id: &str, lineage: &[String]) -> Self {
        use miniz_oxide::deflate::core::{create_comp_flags_from_zip_params, CompressorOxide};
        // Window bits 0: raw DEFLATE without a zlib header, as `compress_to_vec` writes it.
        let flags = create_comp_flags_from_zip_params(LEVEL.into(), 0, 0);
        let header = CompactHeader {
            format: "sixtwo-stored".into(),
            encoding: "deflate-15".into(),
            rev,
            id: id.to_string(),
            lineage: lineage.to_vec(),
            packed_bytes: 0,
            json_bytes: json.len(),
        };
        Packing {
            // About one packed unit for every four bytes of JSON.
            units: UnitPacker::with_capacity(json.len() / 4),
            json,
            compressed: 0,
            finished: false,
            compressor: Box::new(CompressorOxide::new(flags)),
            header,
        }
    }

    /// How many bytes of JSON there are to compress in all.
    pub fn json_bytes(&self) -> usize {
        self.json.len()
    }

    /// Compresses up to `bytes` more bytes of the JSON; `true` once all of it is compressed.
    pub fn step(&mut self, bytes: usize) -> bool {
        if self.finished {
            return true;
        }
        use miniz_oxide::deflate::core::{compress_to_output, TDEFLFlush};
        let end = self.compressed.saturating_add(bytes).min(self.json.len());
        let last = end == self.json.len();
        let flush = if last {
            TDEFLFlush::Finish
        } else {
            TDEFLFlush::None
        };
        let units = &mut self.units;
        let mut input = &self.json.as_bytes()[self.compressed..end];
        loop {
            let (_, taken) = compress_to_output(&mut self.compressor, input, flush, |out| {
                units.push_bytes(out);
                true
            });
            input = input.get(taken..).unwrap_or_default();
            // With output taken by a callback the compressor takes all input at once; the
            // loop only guards against a compressor that stops early.
            if input.is_empty() || taken == 0 {
                break;
            }
        }
        self.compressed = end;
        self.finished = last;
        last
    }

    /// The compact text; compresses whatever [`Self::step`] has not yet.
    pub fn finish(mut self) -> String {
        if !self.finished {
            self.step(usize::MAX);
        }
        self.header.packed_bytes = self.units.bytes;
        let mut text = crate::domain::json_out::compact(&self.header);
        text.push('\n');
        text.push_str(&self.units.finish());
        text
    }
}

/// The header of a compact text, read without unpacking anything.
pub fn header(raw: &str) -> Result<CompactHeader, CompactError> {
    let line = raw.split('\n').next().unwrap_or_default();
    let header: CompactHeader =
        crate::domain::json_read::read_text(line).map_err(|_| CompactError::Header)?;
    if header.format != "sixtwo-stored" || header.encoding != "deflate-15" {
        return Err(CompactError::Header);
    }
    Ok(header)
}

/// The JSON a compact text holds.
pub fn unpack(raw: &str) -> Result<String, CompactError> {
    let header = header(raw)?;
    let packed = raw.split_once('\n').map_or("", |(_, packed)| packed);
    let deflated = unpack_units(packed, header.packed_bytes)?;
    let json = inflate_exactly(&deflated, header.json_bytes)?;
    String::from_utf8(json).map_err(|_| CompactError::NotText)
}

/// The most bytes one byte of DEFLATE can stand for (a 258-byte match in two bits is 1,032),
/// with room to spare: what bounds the output of a stream whatever its header claims.
const MOST_INFLATED_PER_BYTE: usize = 1_040;

/// Inflates `deflated` into exactly `expected` bytes, in one allocation: growing the output by
/// doubling, as `decompress_to_vec` does, copied about 10 MB at 10,000 objectives.
fn inflate_exactly(deflated: &[u8], expected: usize) -> Result<Vec<u8>, CompactError> {
    // The header's length bounds the memory a damaged or hostile text can make us allocate,
    // and so does the stream's own length.
    let room = expected.min(deflated.len().saturating_mul(MOST_INFLATED_PER_BYTE));
    let mut json = vec![0; room];
    let written = miniz_oxide::inflate::decompress_slice_iter_to_slice(
        &mut json,
        [deflated].into_iter(),
        false,
        true,
    )
    .map_err(|status| match status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => CompactError::Length {
            expected,
            found: room,
        },
        _ => CompactError::Inflate,
    })?;
    if written != expected {
        return Err(CompactError::Length {
            expected,
            found: written,
        });
    }
    json.truncate(written);
    Ok(json)
}

/// What to offer for download of stored text that could not be used: the JSON inside when it
/// unpacks (readable, and importable once repaired), otherwise the text exactly as stored.
pub fn readable(raw: &str) -> String {
    if is_compact(raw) {
        if let Ok(json) = unpack(raw) {
            return json;
        }
    }
    raw.to_string()
}

/// Appends `bytes` to `out`, 15 bits per character, the last one padded with zero bits.
#[cfg(test)]
fn pack_units(bytes: &[u8], out: &mut String) {
    let mut packer = UnitPacker::with_capacity(0);
    packer.push_bytes(bytes);
    out.push_str(&packer.finish());
}

/// Packs bytes 15 bits to a character as they come.
struct UnitPacker {
    out: String,
    buffer: u32,
    held: u32,
    /// How many bytes were packed.
    bytes: usize,
}

impl UnitPacker {
    fn with_capacity(units: usize) -> Self {
        UnitPacker {
            // Packed units take three bytes of UTF-8 each, a few of them fewer.
            out: String::with_capacity(units.saturating_mul(3)),
            buffer: 0,
            held: 0,
            bytes: 0,
        }
    }

    fn push_unit(&mut self, value: u32) {
        // `value` has at most 15 bits: the sum stays below the surrogates.
        if let Some(unit) = char::from_u32(UNIT_BASE + value) {
            self.out.push(unit);
        }
    }

    fn push_bytes(&mut self, bytes: &[u8]) {
        self.bytes += bytes.len();
        for &byte in bytes {
            self.buffer = (self.buffer << 8) | u32::from(byte);
            self.held += 8;
            if self.held >= BITS_PER_UNIT {
                self.held -= BITS_PER_UNIT;
                self.push_unit((self.buffer >> self.held) & 0x7fff);
                self.buffer &= (1 << self.held) - 1;
            }
        }
    }

    /// The packed text, the last unit padded with zero bits.
    fn finish(mut self) -> String {
        if self.held > 0 {
            self.push_unit((self.buffer << (BITS_PER_UNIT - self.held)) & 0x7fff);
        }
        self.out
    }
}

/// The first `count` bytes packed in `text`.
fn unpack_units(text: &str, count: usize) -> Result<Vec<u8>, CompactError> {
    // `count` comes from the stored header: a damaged or hostile one could claim more than any
    // memory holds. A packed unit takes one to three bytes of UTF-8 for 15 bits, so the text
    // holds fewer than two bytes for each of its own: that bounds what it can hold.
    let mut bytes = vec![0u8; count.min(text.len().saturating_mul(2))];
    let source = text.as_bytes();
    let mut written = 0;
    let mut at = 0;
    let mut position = 0;
    let mut buffer: u32 = 0;
    let mut held: u32 = 0;
    // One unit at a time, its UTF-8 decoded here rather than by `str::chars`: on a first visit
    // this loop runs once, as the browser's baseline (unoptimised) code, where every call and
    // iterator step counts.
    while written < bytes.len() {
        let Some(&lead) = source.get(at) else {
            break;
        };
        position += 1;
        // `text` is UTF-8: a lead byte is followed by its continuation bytes. Four-byte
        // characters lie above every packed unit and are refused below.
        let (unit, width) = match lead {
            0x00..=0x7f => (u32::from(lead), 1),
            0xc0..=0xdf => (
                (u32::from(lead & 0x1f) << 6) | continuation(source, at + 1),
                2,
            ),
            0xe0..=0xef => (
                (u32::from(lead & 0x0f) << 12)
                    | (continuation(source, at + 1) << 6)
                    | continuation(source, at + 2),
                3,
            ),
            _ => (u32::MAX, 4),
        };
        at += width;
        let value = unit.wrapping_sub(UNIT_BASE);
        if value >= 1 << BITS_PER_UNIT {
            return Err(CompactError::Unit { position });
        }
        buffer = (buffer << BITS_PER_UNIT) | value;
        held += BITS_PER_UNIT;
        while held >= 8 {
            held -= 8;
            match bytes.get_mut(written) {
                Some(byte) => *byte = ((buffer >> held) & 0xff) as u8,
                None => break,
            }
            written += 1;
        }
        buffer &= (1 << held) - 1;
    }
    if written < count {
        return Err(CompactError::Truncated {
            expected: count,
            found: written,
        });
    }
    Ok(bytes)
}

/// The six bits a UTF-8 continuation byte at `at` carries (none past the end).
fn continuation(source: &[u8], at: usize) -> u32 {
    source.get(at).map_or(0, |byte| u32::from(byte & 0x3f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_round_trips_every_length_and_byte() {
        for length in 0..64usize {
            let bytes: Vec<u8> = (0..length).map(|i| (i * 37 + 255) as u8).collect();
            let mut text = String::new();
            pack_units(&bytes, &mut text);
            assert_eq!(text.chars().count(), (length * 8).div_ceil(15));
            assert!(text.chars().all(|c| ('\u{20}'..='\u{801f}').contains(&c)));
            assert_eq!(unpack_units(&text, length), Ok(bytes));
        }
    }

    #[test]
    fn a_packed_text_names_its_version_and_unpacks() {
        let json = "{\"format\":\"sixtwo-workspace\",\"workspace\":{}}";
        let lineage = vec!["a".to_string()];
        let packed = pack(json, 7, "b", &lineage);
        assert!(is_compact(&packed));
        let header = header(&packed).unwrap();
        assert_eq!((header.rev, header.id.as_str()), (7, "b"));
        assert_eq!(header.lineage, lineage);
        assert_eq!(unpack(&packed).unwrap(), json);
    }

    #[test]
    fn packing_in_slices_gives_the_same_text_as_at_once() {
        let json: String = (0..2_000)
            .map(|i| {
                format!(
                    "{{\"code\":\"O{i}\",\"title\":\"目标 {}\"}},",
                    i * 7919 % 1_000
                )
            })
            .collect();
        let whole = pack(&json, 3, "c", &[]);
        let reference = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), LEVEL);
        assert_eq!(header(&whole).unwrap().packed_bytes, reference.len());
        for slice in [1, 7, 1000, 4096, json.len(), usize::MAX] {
            let mut packing = Packing::new(json.clone(), 3, "c", &[]);
            while !packing.step(slice) {}
            assert_eq!(packing.finish(), whole, "slices of {slice} bytes");
        }
        assert_eq!(unpack(&whole).unwrap(), json);
        let empty = pack("", 1, "", &[]);
        assert_eq!(unpack(&empty).unwrap(), "");
    }

    #[test]
    fn a_header_claiming_more_than_memory_is_refused_without_allocating_it() {
        let packed = pack("{}", 1, "x", &[]);
        let claimed = header(&packed).unwrap().packed_bytes;
        let huge = usize::MAX / 2;
        let damaged = packed.replace(
            &format!("\"packedBytes\":{claimed}"),
            &format!("\"packedBytes\":{huge}"),
        );
        assert_ne!(damaged, packed);
        assert!(matches!(
            unpack(&damaged),
            Err(CompactError::Truncated { expected, .. }) if expected == huge
        ));
    }

    #[test]
    fn a_header_claiming_a_longer_json_is_refused_with_both_lengths() {
        let json = "{\"objectives\":[]}".repeat(50);
        let packed = pack(&json, 1, "x", &[]);
        for claimed in [json.len() + 1, usize::MAX / 2] {
            let wrong = packed.replace(
                &format!("\"jsonBytes\":{}", json.len()),
                &format!("\"jsonBytes\":{claimed}"),
            );
            assert_eq!(
                unpack(&wrong),
                Err(CompactError::Length {
                    expected: claimed,
                    found: json.len()
                })
            );
        }
    }

    /// The unpacking as it was written first, over `str::chars`: the reference the UTF-8
    /// decoding in [`unpack_units`] must agree with.
    fn unpack_units_by_chars(text: &str, count: usize) -> Result<Vec<u8>, CompactError> {
        let mut bytes = Vec::new();
        let mut buffer: u32 = 0;
        let mut held: u32 = 0;
        for (index, unit) in text.chars().enumerate() {
            if bytes.len() == count {
                break;
            }
            let value = u32::from(unit)
                .checked_sub(UNIT_BASE)
                .filter(|value| *value < 1 << BITS_PER_UNIT)
                .ok_or(CompactError::Unit {
                    position: index + 1,
                })?;
            buffer = (buffer << BITS_PER_UNIT) | value;
            held += BITS_PER_UNIT;
            while held >= 8 && bytes.len() < count {
                held -= 8;
                bytes.push(((buffer >> held) & 0xff) as u8);
            }
            buffer &= (1 << held) - 1;
        }
        if bytes.len() < count {
            return Err(CompactError::Truncated {
                expected: count,
                found: bytes.len(),
            });
        }
        Ok(bytes)
    }

    #[test]
    fn units_are_decoded_as_the_characters_they_are() {
        // Every width of UTF-8 and both sides of each packed range's edge, then characters
        // outside it: controls, the first unit past the range, the largest of three bytes and
        // characters of four bytes.
        let edges = [
            '\u{20}', '\u{21}', '\u{7f}', '\u{80}', '\u{7ff}', '\u{800}', '\u{801e}', '\u{801f}',
        ];
        let outside = ['\u{0}', '\n', '\u{1f}', '\u{8020}', '\u{ffff}', '\u{1f600}'];
        let mut seed: u64 = 0x5eed_1234_abcd_0042;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..4_000 {
            let length = (next() % 24) as usize;
            let text: String = (0..length)
                .map(|_| {
                    let pick = next();
                    if round % 3 == 0 && pick % 17 == 0 {
                        outside[(pick / 17 % outside.len() as u64) as usize]
                    } else if pick % 4 == 0 {
                        edges[(pick / 4 % edges.len() as u64) as usize]
                    } else {
                        char::from_u32(UNIT_BASE + (pick >> 20) as u32 % (1 << BITS_PER_UNIT))
                            .unwrap_or(' ')
                    }
                })
                .collect();
            let count = (next() % 48) as usize;
            assert_eq!(
                unpack_units(&text, count),
                unpack_units_by_chars(&text, count),
                "{text:?} with {count} bytes"
            );
        }
    }

    #[test]
    fn damage_is_refused_and_says_where() {
        let json = "{\"workspace\":{\"objectives\":[]}}".repeat(20);
        let packed = pack(&json, 1, "x", &[]);
        let (head, body) = packed.split_once('\n').unwrap();
        let cut = format!("{head}\n{}", &body[..body.len() / 2]);
        assert!(matches!(unpack(&cut), Err(CompactError::Truncated { .. })));
        let mut units: Vec<char> = body.chars().collect();
        units[2] = '\n';
        let bad_unit = format!("{head}\n{}", units.iter().collect::<String>());
        assert_eq!(unpack(&bad_unit), Err(CompactError::Unit { position: 3 }));
        let wrong_length = packed.replace(
            &format!("\"jsonBytes\":{}", json.len()),
            &format!("\"jsonBytes\":{}", json.len() - 1),
        );
        assert!(matches!(
            unpack(&wrong_length),
            Err(CompactError::Length { .. })
        ));
        assert_eq!(unpack("{\"format\":\"x\"}\n"), Err(CompactError::Header));
    }
}
