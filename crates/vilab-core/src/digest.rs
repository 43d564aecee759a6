//! MD5, SHA-1 and SHA-256 computed in one pass over the bytes, and the
//! fixed-size digest types that serve as vilab's content-addressed ids.

use md5::Digest as _;

/// Each byte's value as a hex digit (either case), or 0xff.
const HEX_DIGIT: [u8; 256] = {
    let mut table = [0xff; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        table[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
};

/// Exactly `2 * N` hex digits, in either case, as `N` bytes, by table: the
/// `hex` crate's decoder, a match per digit, was a sixth of reading a VICS
/// hash set, whose every record carries three or four digests.
pub(crate) fn decode_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let text = text.as_bytes();
    if text.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    let mut any_bad = 0u8;
    for (byte, pair) in out.iter_mut().zip(text.chunks_exact(2)) {
        let (high, low) = (HEX_DIGIT[usize::from(pair[0])], HEX_DIGIT[usize::from(pair[1])]);
        any_bad |= high | low;
        *byte = (high << 4) | (low & 0x0f);
    }
    (any_bad < 16).then_some(out)
}

macro_rules! digest_type {
    ($name:ident, $len:expr, $kind:expr, $doc:expr) => {
        #[doc = $doc]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub [u8; $len]);

        impl $name {
            /// Number of bytes in this digest.
            pub const LEN: usize = $len;

            /// Lowercase hex text, as stored and displayed.
            pub fn to_hex(&self) -> String {
                hex::encode(self.0)
            }

            /// Parses hex text in either case; surrounding whitespace is an error.
            pub fn from_hex(text: &str) -> Result<Self, $crate::CoreError> {
                $crate::digest::decode_hex::<$len>(text).map(Self).ok_or_else(|| $crate::CoreError::BadHex {
                    kind: $kind,
                    text: text.chars().take(80).collect(),
                    expected: $len * 2,
                })
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.to_hex())
            }
        }

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}({})", stringify!($name), self.to_hex())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::CoreError;
            fn from_str(s: &str) -> Result<Self, $crate::CoreError> {
                Self::from_hex(s)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.to_hex())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                Self::from_hex(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// Lets other modules of the crate (PDQ) declare their fixed-size hashes the same way.
pub(crate) use digest_type;

digest_type!(Md5, 16, "md5", "An MD5 digest (16 bytes). Kept for matching hash sets, never as an id.");
digest_type!(Sha1, 20, "sha1", "A SHA-1 digest (20 bytes). Kept for matching hash sets, never as an id.");
digest_type!(
    Sha256,
    32,
    "sha256",
    "A SHA-256 digest (32 bytes): the content-addressed id of a media item and of every stored blob."
);

impl Sha256 {
    /// SHA-256 of a byte slice.
    pub fn of(bytes: &[u8]) -> Self {
        Self(sha2::Sha256::digest(bytes).into())
    }
}

/// The three digests of one content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Digests {
    /// MD5 of the content.
    pub md5: Md5,
    /// SHA-1 of the content.
    pub sha1: Sha1,
    /// SHA-256 of the content; the content's id.
    pub sha256: Sha256,
    /// Number of bytes digested.
    pub size: u64,
}

impl Digests {
    /// All three digests of a byte slice, in one pass over it.
    pub fn of(bytes: &[u8]) -> Self {
        let mut builder = DigestsBuilder::new();
        builder.update(bytes);
        builder.finish()
    }
}

/// Bytes together with their SHA-256, computed from them here: the only
/// ways to make one hash the bytes, so whoever receives it (the evidence
/// store) may take the id as given instead of hashing the bytes a second
/// time. Ingest hashes every file once, for all three digests, and stores
/// it under the SHA-256 of that same pass.
#[derive(Clone, Copy, Debug)]
pub struct Hashed<'a> {
    bytes: &'a [u8],
    sha256: Sha256,
}

impl<'a> Hashed<'a> {
    /// Hashes `bytes` (SHA-256 only).
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, sha256: Sha256::of(bytes) }
    }

    /// Hashes `bytes` for all three digests in one pass.
    pub fn with_digests(bytes: &'a [u8]) -> (Self, Digests) {
        let digests = Digests::of(bytes);
        (Self { bytes, sha256: digests.sha256 }, digests)
    }

    /// The bytes.
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// Their SHA-256.
    pub fn sha256(&self) -> Sha256 {
        self.sha256
    }
}

/// Incremental computation of [`Digests`] over content that arrives in chunks
/// (a streamed file, a zip member).
#[derive(Clone, Default)]
pub struct DigestsBuilder {
    md5_sha1: Md5Sha1Builder,
    sha256: sha2::Sha256,
}

/// Chunk size for interleaving the three digests: small enough that each
/// chunk stays in L1 cache between the three passes over it.
const INTERLEAVE_CHUNK: usize = 16 * 1024;

impl DigestsBuilder {
    /// A builder that has seen no bytes yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Feeds the next bytes of the content.
    pub fn update(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(INTERLEAVE_CHUNK) {
            self.md5_sha1.update_chunk(chunk);
            self.sha256.update(chunk);
        }
    }

    /// The digests of everything fed so far.
    pub fn finish(self) -> Digests {
        self.md5_sha1.finish_with(Sha256(self.sha256.finalize().into()))
    }
}

/// MD5 and SHA-1 of content whose SHA-256 another pass over the same bytes
/// takes (the evidence store hashes what it streams to disk): the three
/// digests without hashing SHA-256 twice.
#[derive(Clone, Default)]
pub struct Md5Sha1Builder {
    md5: md5::Md5,
    sha1: sha1::Sha1,
    size: u64,
}

impl Md5Sha1Builder {
    /// A builder that has seen no bytes yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Feeds the next bytes of the content.
    pub fn update(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(INTERLEAVE_CHUNK) {
            self.update_chunk(chunk);
        }
    }

    /// Feeds one chunk of at most [`INTERLEAVE_CHUNK`] bytes.
    fn update_chunk(&mut self, chunk: &[u8]) {
        self.md5.update(chunk);
        self.sha1.update(chunk);
        self.size += chunk.len() as u64;
    }

    /// The digests, with the SHA-256 the other pass gave for the same bytes.
    pub fn finish_with(self, sha256: Sha256) -> Digests {
        Digests {
            md5: Md5(self.md5.finalize().into()),
            sha1: Sha1(self.sha1.finalize().into()),
            sha256,
            size: self.size,
        }
    }
}

impl std::io::Write for DigestsBuilder {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_bytes_carry_the_digest_of_those_bytes() {
        let bytes = b"evidence bytes";
        let (hashed, digests) = Hashed::with_digests(bytes);
        assert_eq!(hashed.sha256(), Sha256::of(bytes));
        assert_eq!(digests, Digests::of(bytes));
        assert_eq!(Hashed::new(bytes).sha256(), hashed.sha256());
        assert_eq!(hashed.bytes(), bytes);
        assert_ne!(Hashed::new(b"other bytes").sha256(), hashed.sha256());
    }

    #[test]
    fn md5_sha1_builder_with_the_sha256_of_the_same_bytes_gives_the_three_digests() {
        let bytes: Vec<u8> = (0..100_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let mut partial = Md5Sha1Builder::new();
        for piece in bytes.chunks(4099) {
            partial.update(piece);
        }
        assert_eq!(partial.finish_with(Sha256::of(&bytes)), Digests::of(&bytes));
    }

    #[test]
    fn known_vectors_of_abc() {
        let d = Digests::of(b"abc");
        assert_eq!(d.md5.to_hex(), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(d.sha1.to_hex(), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(d.sha256.to_hex(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(d.size, 3);
    }

    #[test]
    fn chunked_equals_one_shot() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i * 31 % 251) as u8).collect();
        let mut b = DigestsBuilder::new();
        for part in data.chunks(777) {
            b.update(part);
        }
        assert_eq!(b.finish(), Digests::of(&data));
    }

    #[test]
    fn hex_round_trip_and_errors() {
        let s = Sha256::of(b"x");
        assert_eq!(Sha256::from_hex(&s.to_hex().to_uppercase()).unwrap(), s);
        let err = Sha256::from_hex("abc").unwrap_err();
        assert!(err.to_string().contains("64 hex digits"), "{err}");
        assert!(Md5::from_hex("zz".repeat(16).as_str()).is_err());
    }

    #[test]
    fn the_table_decoder_accepts_what_the_hex_crate_accepts() {
        for text in [
            "0123456789abcdef0123456789abcdef",
            "0123456789ABCDEFabcdefABCDEF0123",
            "0123456789abcdef0123456789abcdeg",
            "0123",
            " 0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123456789abcdef ",
            "é123456789abcdef0123456789abcde",
            "",
        ] {
            let mut by_crate = [0u8; 16];
            let by_crate = hex::decode_to_slice(text, &mut by_crate).ok().map(|()| by_crate);
            assert_eq!(decode_hex::<16>(text), by_crate, "{text:?}");
        }
    }
}
