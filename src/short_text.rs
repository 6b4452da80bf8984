//! [`ShortText`]: an immutable string that keeps up to 22 bytes inline.
//!
//! Input: any `&str`. Output: a value that derefs to the same `&str`.
//! Entity texts and names are nearly all short ("Putin", "North Korea",
//! "Vladivostok"); a `String` for each would cost an allocation, a copy and a
//! free per mention, several per word of input. Longer texts go to the heap.
//! It compares, hashes, orders, prints and serialises exactly as `str` does.

use serde::{Serialize, Serializer};
use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// The longest text kept inline (the value is then 24 bytes, as big as a `String`).
const INLINE: usize = 22;

#[derive(Clone)]
pub struct ShortText(Repr);

#[derive(Clone)]
enum Repr {
    /// Invariant: `bytes[..len]` is valid UTF-8 (a whole `&str` copied in [`ShortText::new`]).
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl ShortText {
    pub fn new(s: &str) -> ShortText {
        if s.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            ShortText(Repr::Inline { len: s.len() as u8, bytes })
        } else {
            ShortText(Repr::Heap(s.into()))
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: an inline text is only made in `new`, from all the bytes of a `&str`,
            // and never changed, so `bytes[..len]` is valid UTF-8.
            Repr::Inline { len, bytes } => unsafe { std::str::from_utf8_unchecked(&bytes[..*len as usize]) },
            Repr::Heap(s) => s,
        }
    }
}

impl Default for ShortText {
    fn default() -> Self {
        ShortText::new("")
    }
}

impl Deref for ShortText {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for ShortText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for ShortText {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for ShortText {
    fn from(s: &str) -> Self {
        ShortText::new(s)
    }
}

impl From<String> for ShortText {
    fn from(s: String) -> Self {
        ShortText::new(&s)
    }
}

impl PartialEq for ShortText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ShortText {}

impl PartialEq<str> for ShortText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ShortText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for ShortText {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<ShortText> for &str {
    fn eq(&self, other: &ShortText) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<ShortText> for String {
    fn eq(&self, other: &ShortText) -> bool {
        self == other.as_str()
    }
}

impl PartialOrd for ShortText {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ShortText {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

/// The same hash as the `str` (so maps keyed by `ShortText` can be asked with a `&str`).
impl Hash for ShortText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl fmt::Debug for ShortText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for ShortText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl Serialize for ShortText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn behaves_as_the_str_it_holds() {
        let long = "The Democratic People's Republic of Korea";
        for s in ["", "a", "Putin", "Пу́тин", "金正恩", "exactly twenty-two b..", "twenty-three bytes long", long, "🇰🇵 North Korea 🇷🇺 Russia"] {
            let t = ShortText::new(s);
            assert_eq!(t.as_str(), s);
            assert_eq!(&*t, s);
            assert_eq!(t.len(), s.len());
            let owned = String::from(s);
            assert!(t == s, "{s}");
            assert!(s == t, "{s}");
            assert!(t == owned, "{s}");
            assert!(owned == t, "{s}");
            assert_eq!(format!("{t}"), s);
            assert_eq!(format!("{t:?}"), format!("{s:?}"));
            assert_eq!(serde_json::to_string(&t).unwrap(), serde_json::to_string(s).unwrap());
            assert_eq!(t.clone(), t);
            let mut m = HashMap::new();
            m.insert(t.clone(), 1);
            assert_eq!(m.get(s), Some(&1), "{s}: a map keyed by ShortText finds the &str");
        }
        assert!(ShortText::new("Kim Jong Il") < ShortText::new("Kim Jong Un"));
        assert_ne!(ShortText::new("Kim Jong Il"), ShortText::new("Kim Jong Un"));
    }
}
