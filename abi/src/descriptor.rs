//! Descriptors: what an application posts to its VI's queue (R3, claims 1, 17). 64 bytes,
//! eight little-endian 64-bit words, one slot of the VI page's descriptor window.
//!
//! The bit layout is [`DESCRIPTOR_LAYOUT`] (rendered in `docs/formats.md`).
//!
//! Every field an opcode does not use must be zero, and so must inline bytes past the length.

use crate::addr::{USER_VA_LIMIT, VirtAddr};
use crate::error::AbiError;
use crate::shortcut::{Access, Shortcut};
use crate::status::Status;

crate::layout::layout!(pub DESCRIPTOR_LAYOUT = "Descriptor (64 bytes, in the VI page's descriptor window)", 8 words {
    0 [7:0] "opcode": "operation, see the opcode table";
    0 [15:8] "flags": "bit 8: raise the VI's interrupt on completion; other bits reserved, zero";
    0 [31:16] "reserved": "zero";
    0 [63:32] "length": "bytes to move (1 to 2^32-1; 1 to 24 for write_inline; 0 for nop)";
    1 [63:0] "tag": "any value; returned in the completion";
    2 [63:0] "src_va": "source VA; inline bytes 0-7 (write_inline); storage byte offset (load)";
    3 [63:0] "src_shortcut_lo": "source shortcut, low word; inline bytes 8-15 (write_inline)";
    4 [63:0] "src_shortcut_hi": "source shortcut, high word; inline bytes 16-23 (write_inline)";
    5 [63:0] "dst_va": "destination VA; storage byte offset (store)";
    6 [63:0] "dst_shortcut_lo": "destination shortcut, low word";
    7 [63:0] "dst_shortcut_hi": "destination shortcut, high word";
});

pub const DESCRIPTOR_SIZE: usize = 64;
pub const DESCRIPTOR_WORDS: usize = 8;
/// Inline data a WRITE_INLINE descriptor carries (words 2-4).
pub const INLINE_MAX: usize = 24;

/// Descriptor flag bits (word 0, bits 15:8).
pub mod desc_flags {
    /// Raise the VI's interrupt (subject to moderation) when this descriptor completes.
    pub const INTERRUPT: u8 = 1 << 0;
    pub const KNOWN: u8 = INTERRUPT;
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $code:literal, $wire:literal; )*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode { $( $(#[doc = $doc])* $name = $code, )* }

        impl Opcode {
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];
            pub const fn from_code(code: u8) -> Result<Opcode, AbiError> {
                match code {
                    $( $code => Ok(Opcode::$name), )*
                    other => Err(AbiError::UnknownOpcode(other)),
                }
            }
            /// The name used in docs, YAML workloads and the CLI.
            pub const fn name(self) -> &'static str {
                match self { $( Opcode::$name => $wire, )* }
            }
            pub const fn describe(self) -> &'static str {
                match self { $( Opcode::$name => concat!($($doc),*), )* }
            }
        }
    };
}

opcodes! {
    /// Do nothing; completes with the tag. Length and all fields zero.
    Nop = 0x00, "nop";
    /// Copy `length` bytes from the source buffer to the destination buffer (the two may belong to different processes).
    Copy = 0x01, "copy";
    /// Write the `length` (1-24) inline bytes carried in words 2-4 to the destination buffer.
    WriteInline = 0x02, "write_inline";
    /// Send `length` bytes of the source buffer as one frame on the network port.
    NetSend = 0x03, "net_send";
    /// Receive the next frame from the network port into the destination buffer (at most `length` bytes).
    NetRecv = 0x04, "net_recv";
    /// Write `length` bytes of the source buffer to the storage target at the byte offset in word 5.
    Store = 0x05, "store";
    /// Read `length` bytes from the storage target at the byte offset in word 2 into the destination buffer.
    Load = 0x06, "load";
}

impl Opcode {
    pub const fn code(self) -> u8 {
        self as u8
    }
}

/// A registered buffer as a descriptor names it: a VA and the shortcut for its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct BufferRef {
    pub va: VirtAddr,
    pub shortcut: Shortcut,
}

/// The operation of a descriptor, with exactly the fields its opcode uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operation {
    Nop,
    Copy { src: BufferRef, dst: BufferRef, len: u32 },
    WriteInline { dst: BufferRef, data: [u8; INLINE_MAX], len: u8 },
    NetSend { src: BufferRef, len: u32 },
    NetRecv { dst: BufferRef, len: u32 },
    Store { src: BufferRef, offset: u64, len: u32 },
    Load { dst: BufferRef, offset: u64, len: u32 },
}

impl Operation {
    pub const fn opcode(&self) -> Opcode {
        match self {
            Operation::Nop => Opcode::Nop,
            Operation::Copy { .. } => Opcode::Copy,
            Operation::WriteInline { .. } => Opcode::WriteInline,
            Operation::NetSend { .. } => Opcode::NetSend,
            Operation::NetRecv { .. } => Opcode::NetRecv,
            Operation::Store { .. } => Opcode::Store,
            Operation::Load { .. } => Opcode::Load,
        }
    }
    pub const fn len(&self) -> u32 {
        match *self {
            Operation::Nop => 0,
            Operation::WriteInline { len, .. } => len as u32,
            Operation::Copy { len, .. }
            | Operation::NetSend { len, .. }
            | Operation::NetRecv { len, .. }
            | Operation::Store { len, .. }
            | Operation::Load { len, .. } => len,
        }
    }
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The buffers the engine touches, in the order it checks them (source first).
    pub fn buffers(&self) -> impl Iterator<Item = (BufferRef, Access)> {
        let (a, b) = match *self {
            Operation::Nop => (None, None),
            Operation::Copy { src, dst, .. } => (Some((src, Access::Read)), Some((dst, Access::Write))),
            Operation::WriteInline { dst, .. }
            | Operation::NetRecv { dst, .. }
            | Operation::Load { dst, .. } => (None, Some((dst, Access::Write))),
            Operation::NetSend { src, .. } | Operation::Store { src, .. } => {
                (Some((src, Access::Read)), None)
            }
        };
        a.into_iter().chain(b)
    }
}

/// A descriptor in typed form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Descriptor {
    pub op: Operation,
    pub tag: u64,
    pub flags: u8,
}

/// Why a raw descriptor is not admitted; each maps onto one completion [`Status`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DescriptorError {
    UnknownOpcode(u8),
    ReservedBits,
    UnusedFieldSet { word: usize },
    InlineTooLong(u32),
    InlineTail,
    BadLength,
}

impl DescriptorError {
    pub const fn status(self) -> Status {
        match self {
            DescriptorError::UnknownOpcode(_) => Status::BadOpcode,
            DescriptorError::ReservedBits
            | DescriptorError::UnusedFieldSet { .. }
            | DescriptorError::InlineTooLong(_)
            | DescriptorError::InlineTail => Status::BadDescriptor,
            DescriptorError::BadLength => Status::BadLength,
        }
    }
}

/// A descriptor as it sits in a queue slot: eight words, not yet checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct RawDescriptor {
    pub words: [u64; DESCRIPTOR_WORDS],
}

impl RawDescriptor {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, AbiError> {
        if bytes.len() != DESCRIPTOR_SIZE {
            return Err(AbiError::WrongSize { need: DESCRIPTOR_SIZE, got: bytes.len() });
        }
        let mut words = [0u64; DESCRIPTOR_WORDS];
        for (w, chunk) in words.iter_mut().zip(bytes.chunks_exact(8)) {
            *w = u64::from_le_bytes(chunk.try_into().expect("8-byte chunk"));
        }
        Ok(RawDescriptor { words })
    }
    pub fn to_bytes(&self) -> [u8; DESCRIPTOR_SIZE] {
        let mut out = [0u8; DESCRIPTOR_SIZE];
        for (chunk, w) in out.chunks_exact_mut(8).zip(self.words) {
            chunk.copy_from_slice(&w.to_le_bytes());
        }
        out
    }
    /// The sixteen 32-bit words in the order they are written to the descriptor window.
    pub fn dwords(&self) -> [u32; 16] {
        let mut out = [0u32; 16];
        for (i, w) in self.words.iter().enumerate() {
            out[2 * i] = *w as u32;
            out[2 * i + 1] = (*w >> 32) as u32;
        }
        out
    }
    pub fn from_dwords(d: &[u32; 16]) -> Self {
        let mut words = [0u64; DESCRIPTOR_WORDS];
        for (i, w) in words.iter_mut().enumerate() {
            *w = d[2 * i] as u64 | (d[2 * i + 1] as u64) << 32;
        }
        RawDescriptor { words }
    }
    pub const fn opcode_byte(&self) -> u8 {
        self.words[0] as u8
    }
    pub const fn flags(&self) -> u8 {
        (self.words[0] >> 8) as u8
    }
    pub const fn length(&self) -> u32 {
        (self.words[0] >> 32) as u32
    }
    pub const fn tag(&self) -> u64 {
        self.words[1]
    }
    fn buffer(&self, first: usize) -> BufferRef {
        BufferRef {
            va: VirtAddr(self.words[first]),
            shortcut: Shortcut { lo: self.words[first + 1], hi: self.words[first + 2] },
        }
    }

    /// Check and decode: the engine's admission of a descriptor's own fields. Checks run in
    /// this order: opcode, reserved bits and flags, unused fields, length.
    pub fn decode(&self) -> Result<Descriptor, DescriptorError> {
        let opcode = Opcode::from_code(self.opcode_byte())
            .map_err(|_| DescriptorError::UnknownOpcode(self.opcode_byte()))?;
        if self.words[0] >> 16 & 0xffff != 0 || self.flags() & !desc_flags::KNOWN != 0 {
            return Err(DescriptorError::ReservedBits);
        }
        let unused: &[usize] = match opcode {
            Opcode::Nop => &[2, 3, 4, 5, 6, 7],
            Opcode::Copy => &[],
            Opcode::WriteInline => &[],
            Opcode::NetSend => &[5, 6, 7],
            Opcode::NetRecv => &[2, 3, 4],
            Opcode::Store => &[6, 7],
            Opcode::Load => &[3, 4],
        };
        if let Some(&word) = unused.iter().find(|&&i| self.words[i] != 0) {
            return Err(DescriptorError::UnusedFieldSet { word });
        }
        let len = self.length();
        let (src, dst) = (self.buffer(2), self.buffer(5));
        let op = match opcode {
            Opcode::Nop => {
                if len != 0 {
                    return Err(DescriptorError::BadLength);
                }
                Operation::Nop
            }
            Opcode::WriteInline => {
                if len as usize > INLINE_MAX {
                    return Err(DescriptorError::InlineTooLong(len));
                }
                let mut data = [0u8; INLINE_MAX];
                for (i, w) in self.words[2..5].iter().enumerate() {
                    data[8 * i..8 * i + 8].copy_from_slice(&w.to_le_bytes());
                }
                if data[len as usize..].iter().any(|&b| b != 0) {
                    return Err(DescriptorError::InlineTail);
                }
                Operation::WriteInline { dst, data, len: len as u8 }
            }
            Opcode::Copy => Operation::Copy { src, dst, len },
            Opcode::NetSend => Operation::NetSend { src, len },
            Opcode::NetRecv => Operation::NetRecv { dst, len },
            Opcode::Store => Operation::Store { src: self.buffer(2), offset: self.words[5], len },
            Opcode::Load => Operation::Load { dst, offset: self.words[2], len },
        };
        check_lengths(&op)?;
        Ok(Descriptor { op, tag: self.tag(), flags: self.flags() })
    }
}

/// A non-empty range that stays inside the canonical user space (and, for storage, does not
/// wrap the 64-bit offset space).
fn check_lengths(op: &Operation) -> Result<(), DescriptorError> {
    if matches!(op, Operation::Nop) {
        return Ok(());
    }
    let len = op.len() as u64;
    if len == 0 {
        return Err(DescriptorError::BadLength);
    }
    let in_user_space = |b: BufferRef| b.va.0 < USER_VA_LIMIT && b.va.0 + len <= USER_VA_LIMIT;
    if !op.buffers().all(|(b, _)| in_user_space(b)) {
        return Err(DescriptorError::BadLength);
    }
    match *op {
        Operation::Store { offset, .. } | Operation::Load { offset, .. }
            if offset.checked_add(len).is_none() =>
        {
            Err(DescriptorError::BadLength)
        }
        _ => Ok(()),
    }
}

impl Descriptor {
    pub const fn new(op: Operation, tag: u64) -> Self {
        Descriptor { op, tag, flags: 0 }
    }
    pub const fn with_interrupt(mut self) -> Self {
        self.flags |= desc_flags::INTERRUPT;
        self
    }
    /// An inline write of `data` (1 to 24 bytes).
    pub fn write_inline(dst: BufferRef, data: &[u8], tag: u64) -> Result<Self, AbiError> {
        if data.is_empty() || data.len() > INLINE_MAX {
            return Err(AbiError::InlineTooLong(data.len()));
        }
        let mut buf = [0u8; INLINE_MAX];
        buf[..data.len()].copy_from_slice(data);
        Ok(Descriptor::new(Operation::WriteInline { dst, data: buf, len: data.len() as u8 }, tag))
    }

    pub fn encode(&self) -> RawDescriptor {
        let mut w = [0u64; DESCRIPTOR_WORDS];
        w[0] = self.op.opcode().code() as u64 | (self.flags as u64) << 8 | (self.op.len() as u64) << 32;
        w[1] = self.tag;
        let mut put = |first: usize, b: BufferRef| {
            w[first] = b.va.0;
            w[first + 1] = b.shortcut.lo;
            w[first + 2] = b.shortcut.hi;
        };
        match self.op {
            Operation::Nop => {}
            Operation::Copy { src, dst, .. } => {
                put(2, src);
                put(5, dst);
            }
            Operation::WriteInline { dst, data, .. } => {
                put(5, dst);
                for i in 0..3 {
                    w[2 + i] = u64::from_le_bytes(data[8 * i..8 * i + 8].try_into().expect("8 bytes"));
                }
            }
            Operation::NetSend { src, .. } => put(2, src),
            Operation::NetRecv { dst, .. } => put(5, dst),
            Operation::Store { src, offset, .. } => {
                put(2, src);
                w[5] = offset;
            }
            Operation::Load { dst, offset, .. } => {
                put(5, dst);
                w[2] = offset;
            }
        }
        RawDescriptor { words: w }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buf(va: u64) -> BufferRef {
        BufferRef { va: VirtAddr(va), shortcut: Shortcut { lo: 0x1111, hi: 0x2222 } }
    }

    #[test]
    fn every_opcode_round_trips() {
        let ops = [
            Operation::Nop,
            Operation::Copy { src: buf(0x1000), dst: buf(0x9000), len: 4097 },
            Operation::WriteInline {
                dst: buf(0x2000),
                data: *b"hello, engine!\0\0\0\0\0\0\0\0\0\0",
                len: 14,
            },
            Operation::NetSend { src: buf(0x3000), len: 64 },
            Operation::NetRecv { dst: buf(0x4000), len: 1500 },
            Operation::Store { src: buf(0x5000), offset: 512, len: 4096 },
            Operation::Load { dst: buf(0x6000), offset: 1 << 40, len: 1 },
        ];
        for op in ops {
            let d = Descriptor::new(op, 0xfeed_0000 + op.opcode().code() as u64).with_interrupt();
            let raw = d.encode();
            assert_eq!(RawDescriptor::from_bytes(&raw.to_bytes()).unwrap(), raw);
            assert_eq!(RawDescriptor::from_dwords(&raw.dwords()), raw);
            assert_eq!(raw.decode().unwrap(), d, "{op:?}");
        }
    }

    #[test]
    fn admission_errors_have_their_status() {
        let good = Descriptor::new(Operation::NetSend { src: buf(0x3000), len: 64 }, 1).encode();
        let mut r = good;
        r.words[0] = (r.words[0] & !0xff) | 0x7f;
        assert_eq!(r.decode().unwrap_err().status(), Status::BadOpcode);
        let mut r = good;
        r.words[0] |= 1 << 20;
        assert_eq!(r.decode().unwrap_err().status(), Status::BadDescriptor);
        let mut r = good;
        r.words[0] |= 0x80 << 8;
        assert_eq!(r.decode().unwrap_err(), DescriptorError::ReservedBits);
        let mut r = good;
        r.words[6] = 1;
        assert_eq!(r.decode().unwrap_err(), DescriptorError::UnusedFieldSet { word: 6 });
        let mut r = good;
        r.words[0] &= 0xffff_ffff;
        assert_eq!(r.decode().unwrap_err().status(), Status::BadLength);
        let mut r = good;
        r.words[2] = USER_VA_LIMIT - 63;
        assert_eq!(r.decode().unwrap_err().status(), Status::BadLength);
        let mut r = Descriptor::write_inline(buf(0x10), b"abc", 3).unwrap().encode();
        r.words[2] |= 1 << 40;
        assert_eq!(r.decode().unwrap_err(), DescriptorError::InlineTail);
        let mut r = Descriptor::write_inline(buf(0x10), b"abc", 3).unwrap().encode();
        r.words[0] = (r.words[0] & 0xffff_ffff) | 25 << 32;
        assert_eq!(r.decode().unwrap_err(), DescriptorError::InlineTooLong(25));
        let st = Descriptor::new(Operation::Store { src: buf(0x10), offset: u64::MAX, len: 2 }, 0).encode();
        assert_eq!(st.decode().unwrap_err().status(), Status::BadLength);
        assert!(RawDescriptor::from_bytes(&[0u8; 63]).is_err());
    }
}
