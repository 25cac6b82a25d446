//! SPECK 128/128 (Beaulieu et al., "The SIMON and SPECK Families of Lightweight Block
//! Ciphers", 2013): the sealing function F of the shortcut format (R2).
//!
//! Chosen because its round is one 64-bit add, two rotations and two XORs: an iterative
//! datapath costs a few hundred LUTs, and its key schedule reuses the same round, so the
//! hardware can run the schedule forwards or backwards from a stored key state.

/// Number of rounds of SPECK 128/128.
pub const ROUNDS: usize = 32;
/// Rotation amounts of the 128-bit-block variants.
pub const ALPHA: u32 = 8;
pub const BETA: u32 = 3;

/// A 128-bit key as the two 64-bit words of the paper, `(l0, k0)`: `k0` is the low word.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Key {
    pub k0: u64,
    pub l0: u64,
}

impl core::fmt::Debug for Key {
    // A key never appears in logs.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Key(..)")
    }
}

impl Key {
    /// Key from its 128-bit value, `k0` in the low 64 bits.
    pub const fn from_u128(v: u128) -> Key {
        Key { k0: v as u64, l0: (v >> 64) as u64 }
    }
    pub const fn to_u128(self) -> u128 {
        (self.l0 as u128) << 64 | self.k0 as u128
    }
    /// The 32-bit words in the order the key registers take them (KEY_DATA0 = bits 31:0).
    pub const fn words(self) -> [u32; 4] {
        let v = self.to_u128();
        [v as u32, (v >> 32) as u32, (v >> 64) as u32, (v >> 96) as u32]
    }
    pub const fn from_words(w: [u32; 4]) -> Key {
        Key::from_u128(w[0] as u128 | (w[1] as u128) << 32 | (w[2] as u128) << 64 | (w[3] as u128) << 96)
    }
}

/// One encryption round: the same function drives the key schedule.
#[inline]
pub const fn round(x: u64, y: u64, k: u64) -> (u64, u64) {
    let x = x.rotate_right(ALPHA).wrapping_add(y) ^ k;
    let y = y.rotate_left(BETA) ^ x;
    (x, y)
}

/// Inverse of [`round`].
#[inline]
pub const fn inverse_round(x: u64, y: u64, k: u64) -> (u64, u64) {
    let y = (y ^ x).rotate_right(BETA);
    let x = ((x ^ k).wrapping_sub(y)).rotate_left(ALPHA);
    (x, y)
}

/// The 32 round keys of `key`.
pub const fn round_keys(key: Key) -> [u64; ROUNDS] {
    let mut keys = [0u64; ROUNDS];
    let (mut l, mut k) = (key.l0, key.k0);
    let mut i = 0;
    while i < ROUNDS {
        keys[i] = k;
        let (nl, nk) = round(l, k, i as u64);
        l = nl;
        k = nk;
        i += 1;
    }
    keys
}

/// Encrypt the block `(x, y)`; the paper writes a block as "x y", x first.
pub const fn encrypt(key: Key, x: u64, y: u64) -> (u64, u64) {
    let keys = round_keys(key);
    let (mut x, mut y) = (x, y);
    let mut i = 0;
    while i < ROUNDS {
        (x, y) = round(x, y, keys[i]);
        i += 1;
    }
    (x, y)
}

pub const fn decrypt(key: Key, x: u64, y: u64) -> (u64, u64) {
    let keys = round_keys(key);
    let (mut x, mut y) = (x, y);
    let mut i = ROUNDS;
    while i > 0 {
        i -= 1;
        (x, y) = inverse_round(x, y, keys[i]);
    }
    (x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SPECK 128/128 test vector from the designers' paper (Appendix C).
    #[test]
    fn published_test_vector() {
        let key = Key { l0: 0x0f0e0d0c0b0a0908, k0: 0x0706050403020100 };
        let (x, y) = (0x6c61766975716520, 0x7469206564616d20);
        let (cx, cy) = encrypt(key, x, y);
        assert_eq!((cx, cy), (0xa65d985179783265, 0x7860fedf5c570d18));
        assert_eq!(decrypt(key, cx, cy), (x, y));
    }

    #[test]
    fn round_inverts() {
        let (x, y, k) = (0x0123456789abcdef, 0xfedcba9876543210, 0x5555aaaa5555aaaa);
        let (a, b) = round(x, y, k);
        assert_eq!(inverse_round(a, b, k), (x, y));
    }

    #[test]
    fn key_words_round_trip() {
        let key = Key::from_u128(0x0f0e0d0c0b0a0908_0706050403020100);
        assert_eq!(key.k0, 0x0706050403020100);
        assert_eq!(Key::from_words(key.words()), key);
        assert_eq!(key.words()[0], 0x03020100);
    }
}
