//! Bit layouts as data: the one description of each wire format, from which the docs are
//! generated and against which the encoders are tested.

/// One field of a format made of little-endian 64-bit words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayoutField {
    pub word: usize,
    pub lsb: u32,
    pub width: u32,
    pub name: &'static str,
    pub doc: &'static str,
}

/// A named format: its size and its fields, in word and bit order.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    pub name: &'static str,
    pub words: usize,
    pub fields: &'static [LayoutField],
}

impl LayoutField {
    pub const fn mask(&self) -> u64 {
        if self.width == 64 { u64::MAX } else { (1u64 << self.width) - 1 }
    }
}

impl Layout {
    pub fn field(&self, name: &str) -> Option<&LayoutField> {
        self.fields.iter().find(|f| f.name == name)
    }
    /// The value of field `name` in `words`; `None` for an unknown field or short input.
    pub fn get(&self, name: &str, words: &[u64]) -> Option<u64> {
        let f = self.field(name)?;
        Some(words.get(f.word)? >> f.lsb & f.mask())
    }
    /// Set field `name` in `words` to `value` (truncated to the field's width).
    pub fn set(&self, name: &str, words: &mut [u64], value: u64) -> Option<()> {
        let f = self.field(name)?;
        let w = words.get_mut(f.word)?;
        *w = (*w & !(f.mask() << f.lsb)) | (value & f.mask()) << f.lsb;
        Some(())
    }
    /// Fields cover disjoint bits of the stated words.
    pub fn is_well_formed(&self) -> bool {
        let mut used = vec![0u64; self.words];
        self.fields.iter().all(|f| {
            let fits = f.word < self.words && f.width >= 1 && f.lsb + f.width <= 64;
            let bits = f.mask() << f.lsb;
            let ok = fits && used[f.word] & bits == 0;
            if ok {
                used[f.word] |= bits;
            }
            ok
        })
    }
}

macro_rules! layout {
    ($vis:vis $ident:ident = $name:literal, $words:literal words { $( $word:literal [$msb:literal : $lsb:literal] $fname:literal : $doc:literal ; )* }) => {
        $vis const $ident: $crate::layout::Layout = $crate::layout::Layout {
            name: $name,
            words: $words,
            fields: &[ $( $crate::layout::LayoutField { word: $word, lsb: $lsb, width: $msb - $lsb + 1, name: $fname, doc: $doc } ),* ],
        };
    };
}
pub(crate) use layout;
