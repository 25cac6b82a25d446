//! Helpers for writing blocks: [`hdl_block!`] declares a `LogicBlock` struct together with
//! its `Default` (fields default unless given `= value`, which `Constant`s and arrays need),
//! and a few constructors of constants.

use rust_hdl::prelude::*;

/// Declares a `#[derive(LogicBlock)]` struct and its `Default`. A field written
/// `name: Type = expr` starts as `expr`; every other field as `Default::default()`.
///
/// ```ignore
/// hdl_block! {
///     pub struct Counter<const W: usize> {
///         pub clock: Signal<In, Clock>,
///         count: DFF<Bits<W>>,
///         one: Constant<Bits<W>> = Constant::new(1u64.to_bits()),
///     }
/// }
/// ```
#[macro_export]
macro_rules! hdl_block {
    (
        $(#[$m:meta])*
        $v:vis struct $name:ident $(< $(const $g:ident : usize),+ $(,)? >)? {
            $( $(#[$fm:meta])* $fv:vis $f:ident : $t:ty $(= $init:expr)? ),* $(,)?
        }
    ) => {
        $(#[$m])*
        #[derive(LogicBlock)]
        $v struct $name $(< $(const $g: usize),+ >)? {
            $( $(#[$fm])* $fv $f: $t ),*
        }
        impl $(< $(const $g: usize),+ >)? Default for $name $(< $($g),+ >)? {
            fn default() -> Self {
                Self { $( $f: $crate::hdl_block!(@init $($init)?) ),* }
            }
        }
    };
    (@init) => { Default::default() };
    (@init $e:expr) => { $e };
}

/// An array of default blocks (`[DFF<..>; N]` has no `Default` for a generic `N`).
pub fn array<T: Default, const N: usize>() -> [T; N] {
    std::array::from_fn(|_| T::default())
}

/// A constant of width `N` holding `v` (truncated to `N` bits).
pub fn constant<const N: usize>(v: u64) -> Constant<Bits<N>> {
    let v = if N >= 64 { v } else { v & ((1u64 << N) - 1) };
    Constant::new(v.to_bits())
}

/// A constant of width `N` from a wide value given as little-endian 64-bit words.
pub fn wide_constant<const N: usize>(words: &[u64]) -> Constant<Bits<N>> {
    let mut b = Bits::<N>::default();
    for (i, w) in words.iter().enumerate() {
        for bit in 0..64 {
            let at = i * 64 + bit;
            if at < N && w >> bit & 1 != 0 {
                b = b.replace_bit(at, true);
            }
        }
    }
    Constant::new(b)
}

/// `ceil(log2(n))` (at least 1), for widths of indexes.
pub const fn clog2(n: usize) -> usize {
    let mut w = 1;
    while (1usize << w) < n {
        w += 1;
    }
    w
}
