//! [`ShortList`]: a growable list of indices that keeps up to two inline.
//!
//! Input: indices pushed one by one (or collected). Output: a value that
//! derefs to the same `[usize]` a `Vec` would hold. Most linked entities have
//! one or two mentions; a `Vec` for each would cost an allocation and a free
//! per entity. From the third index on, the list moves to the heap. It
//! compares, prints and serialises exactly as the slice does.

use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::{Deref, DerefMut};

/// The most indices kept inline.
const INLINE: usize = 2;

/// The room a list gets when it moves to the heap: a name mentioned three times is
/// often mentioned a dozen, and each regrowth is a reallocation (slow in wasm).
const HEAP_START: usize = 16;

#[derive(Clone)]
pub struct ShortList(Repr);

#[derive(Clone)]
enum Repr {
    /// `items[..len]` are the indices.
    Inline { len: u8, items: [usize; INLINE] },
    Heap(Vec<usize>),
}

impl ShortList {
    pub const fn new() -> ShortList {
        ShortList(Repr::Inline { len: 0, items: [0; INLINE] })
    }

    pub fn push(&mut self, x: usize) {
        match &mut self.0 {
            Repr::Inline { len, items } if (*len as usize) < INLINE => {
                items[*len as usize] = x;
                *len += 1;
            }
            Repr::Inline { items, .. } => {
                let mut v = Vec::with_capacity(HEAP_START);
                v.extend_from_slice(items);
                v.push(x);
                self.0 = Repr::Heap(v);
            }
            Repr::Heap(v) => v.push(x),
        }
    }

    pub fn as_slice(&self) -> &[usize] {
        match &self.0 {
            Repr::Inline { len, items } => &items[..*len as usize],
            Repr::Heap(v) => v,
        }
    }

    pub fn as_mut_slice(&mut self) -> &mut [usize] {
        match &mut self.0 {
            Repr::Inline { len, items } => &mut items[..*len as usize],
            Repr::Heap(v) => v,
        }
    }
}

impl Default for ShortList {
    fn default() -> Self {
        ShortList::new()
    }
}

impl Deref for ShortList {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        self.as_slice()
    }
}

impl DerefMut for ShortList {
    fn deref_mut(&mut self) -> &mut [usize] {
        self.as_mut_slice()
    }
}

impl From<Vec<usize>> for ShortList {
    fn from(v: Vec<usize>) -> Self {
        v.into_iter().collect()
    }
}

impl FromIterator<usize> for ShortList {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        let mut list = ShortList::new();
        for x in iter {
            list.push(x);
        }
        list
    }
}

impl<'a> IntoIterator for &'a ShortList {
    type Item = &'a usize;
    type IntoIter = std::slice::Iter<'a, usize>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl PartialEq for ShortList {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for ShortList {}

impl PartialEq<[usize]> for ShortList {
    fn eq(&self, other: &[usize]) -> bool {
        self.as_slice() == other
    }
}

impl PartialEq<Vec<usize>> for ShortList {
    fn eq(&self, other: &Vec<usize>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl fmt::Debug for ShortList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl Serialize for ShortList {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_the_vec_it_replaces() {
        for n in 0..7 {
            let want: Vec<usize> = (0..n).map(|i| 10 * (n - i)).collect();
            let mut list = ShortList::new();
            for &x in &want {
                list.push(x);
            }
            assert_eq!(list, want);
            assert_eq!(list.len(), n);
            assert_eq!(format!("{list:?}"), format!("{want:?}"));
            assert_eq!(serde_json::to_string(&list).unwrap(), serde_json::to_string(&want).unwrap());
            assert_eq!(ShortList::from(want.clone()), list);
            assert_eq!(want.iter().copied().collect::<ShortList>(), list);
            assert_eq!((&list).into_iter().sum::<usize>(), want.iter().sum::<usize>());
            let mut sorted = want.clone();
            sorted.sort_unstable();
            list.sort_unstable();
            assert_eq!(list, sorted, "sorted in place, inline or not");
            assert_eq!(list.clone(), list);
        }
        assert_ne!(ShortList::from(vec![1, 2]), ShortList::from(vec![1, 2, 3]));
    }
}
