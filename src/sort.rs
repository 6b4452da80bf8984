//! One stable sort for the whole crate, compiled once.
//!
//! The standard library's sorts are fast but generic: each element type and
//! comparison gets its own copy of quicksort, driftsort and their small-sort
//! networks, 2–23 KB of wasm apiece. Twenty call sites made them a fifth of
//! the module's code. Here a merge sort orders *indices* through a `dyn`
//! comparison, so the algorithm exists once; each call site adds only its
//! comparison and a swap loop that applies the order.
//!
//! Input: a slice and an ordering. Output: the slice sorted, equal elements in
//! their original order (stable, like `slice::sort_by`). Work: O(n log n)
//! comparisons (n − 1 for a sorted slice, which is left alone), O(n) swaps and
//! two index buffers of n words (none for up to 16 items, sorted in place by insertion).

use std::cmp::Ordering;

/// Runs this short are sorted by insertion before merging.
const RUN: usize = 16;

/// Sorts `v` by `cmp`, stably.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    // most lists arrive sorted or nearly (mentions in text order): one pass tells
    if v.windows(2).all(|w| cmp(&w[0], &w[1]) != Ordering::Greater) {
        return;
    }
    if v.len() <= RUN {
        // a few items (a sentence's mentions): in place, no buffers
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && cmp(&v[j], &v[j - 1]) == Ordering::Less {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    {
        let items: &[T] = v;
        merge_sort(&mut order, &mut |a, b| cmp(&items[a], &items[b]) == Ordering::Less);
    }
    permute(&mut order, &mut |i, j| v.swap(i, j));
}

/// Sorts `v` by a key, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in its natural order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// [`sort_by`] with less code at each call site, for code off the hot paths (compare, a dozen sites): no
/// sorted check and no insertion sort of its own (the merge sort does both), so a site adds its comparison
/// and the swap loop; it always allocates the index buffer. The same order as [`sort_by`].
pub fn sort_by_lean<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let mut order = {
        let items: &[T] = v;
        sorted_order(v.len(), &mut |a, b| cmp(&items[a], &items[b]) == Ordering::Less)
    };
    permute(&mut order, &mut |i, j| v.swap(i, j));
}

/// Rearranges a slice so that position `i` holds what was at `order[i]`, by following the permutation's
/// cycles with `swap` (`order` is used up as the marks). A `dyn` swap: one copy of the loop for every element type.
#[inline(never)]
fn permute(order: &mut [usize], swap: &mut dyn FnMut(usize, usize)) {
    const DONE: usize = usize::MAX;
    for i in 0..order.len() {
        let mut j = i;
        while order[j] != DONE {
            let k = order[j];
            order[j] = DONE;
            if k == i {
                break;
            }
            swap(j, k);
            j = k;
        }
    }
}

/// The indices `0..n` in the order `less` gives, stably.
#[inline(never)]
fn sorted_order(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    merge_sort(&mut order, less);
    order
}

/// Stable merge sort of indices; `less(a, b)`: must the item at `a` come before the one at `b`?
fn merge_sort(a: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = a.len();
    for run in a.chunks_mut(RUN) {
        for i in 1..run.len() {
            let x = run[i];
            let mut j = i;
            while j > 0 && less(x, run[j - 1]) {
                run[j] = run[j - 1];
                j -= 1;
            }
            run[j] = x;
        }
    }
    if n <= RUN {
        return;
    }
    // merge runs of `width` from one buffer into the other, doubling the width
    let mut b = vec![0usize; n];
    let mut in_a = true;
    let mut width = RUN;
    while width < n {
        let (src, dst): (&[usize], &mut [usize]) = if in_a { (&*a, &mut b) } else { (&b, &mut *a) };
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid == hi || !less(src[mid], src[mid - 1]) {
                dst[lo..hi].copy_from_slice(&src[lo..hi]); // already in order
                lo = hi;
                continue;
            }
            let (mut i, mut j) = (lo, mid);
            for slot in &mut dst[lo..hi] {
                // the left run wins ties: stable
                if j >= hi || (i < mid && !less(src[j], src[i])) {
                    *slot = src[i];
                    i += 1;
                } else {
                    *slot = src[j];
                    j += 1;
                }
            }
            lo = hi;
        }
        in_a = !in_a;
        width *= 2;
    }
    if !in_a {
        a.copy_from_slice(&b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency): xorshift.
    fn numbers(n: usize, seed: u64, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        for n in [0, 1, 2, 3, 15, 16, 17, 31, 32, 33, 100, 1000, 4097] {
            for modulo in [3, 50, 1 << 40] {
                // (key, original position): equal keys must keep their order
                let mut ours: Vec<(u64, usize)> = numbers(n, 0x9E37_79B9 + n as u64, modulo).into_iter().enumerate().map(|(i, k)| (k, i)).collect();
                let mut std_sorted = ours.clone();
                std_sorted.sort_by_key(|p| p.0);
                let mut lean = ours.clone();
                sort_by_key(&mut ours, |p| p.0);
                assert_eq!(ours, std_sorted, "n {n}, keys mod {modulo}");
                sort_by_lean(&mut lean, |a, b| a.0.cmp(&b.0));
                assert_eq!(lean, std_sorted, "lean: n {n}, keys mod {modulo}");
            }
        }
    }

    #[test]
    fn sorts_reversed_and_sorted_input_and_owned_items() {
        let mut v: Vec<String> = (0..100).rev().map(|i| format!("{i:03}")).collect();
        sort(&mut v);
        assert!(v.is_sorted());
        sort_by(&mut v, |a, b| b.cmp(a));
        assert!(v.windows(2).all(|w| w[0] >= w[1]));
    }
}
