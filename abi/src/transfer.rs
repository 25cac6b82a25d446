//! How the engine cuts a transfer: into chunks that cross no 4 KiB boundary of any buffer
//! involved. Each chunk is translated and checked before any of its bytes move (R6), and each
//! storage command covers exactly one chunk, so the model and the RTL cut alike.

use crate::pagetable::PAGE_SIZE;

/// Length of the next chunk for buffers currently at `addrs` with `remaining` bytes to go.
pub fn chunk_len(addrs: &[u64], remaining: u64) -> u64 {
    addrs.iter().map(|a| PAGE_SIZE - a % PAGE_SIZE).fold(remaining, u64::min)
}

/// The chunks of a transfer as `(offset, len)` pairs, for buffers starting at `starts`.
pub fn chunks(starts: &[u64], len: u64) -> impl Iterator<Item = (u64, u64)> + '_ {
    let mut done = 0u64;
    core::iter::from_fn(move || {
        if done >= len {
            return None;
        }
        let at: Vec<u64> = starts.iter().map(|s| s.wrapping_add(done)).collect();
        let n = chunk_len(&at, len - done);
        let item = (done, n);
        done += n;
        Some(item)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_every_boundary_of_both_buffers() {
        let c: Vec<_> = chunks(&[0x0ff0, 0x2100], 0x1100).collect();
        assert_eq!(c, vec![(0, 0x10), (0x10, 0xef0), (0xf00, 0x110), (0x1010, 0xf0)]);
        let single: Vec<_> = chunks(&[0x1000], 0x2000).collect();
        assert_eq!(single, vec![(0, 0x1000), (0x1000, 0x1000)]);
        assert_eq!(chunks(&[5], 0).count(), 0);
    }
}
