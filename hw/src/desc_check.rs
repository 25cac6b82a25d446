//! Descriptor check (R5, R9): `RawDescriptor::decode` in hardware — the admission of a
//! descriptor's own fields, checks in its order (opcode, reserved bits and flags, unused
//! fields, inline length and tail, length and address range), and the fields the engine needs.
//! The fields are wires of `desc`; `status` and the opcode's roles are registered, a cycle
//! after `desc`: each check is worked out on its own and registered, and the first failing one,
//! in the decoder's order, is picked from the registers.
//!
//! The per-opcode facts (which words an opcode leaves unused, which words hold its buffers and
//! storage offset) are found at elaboration time by decoding probe descriptors with
//! `viaduct-abi`, so this block carries no copy of the descriptor format; the port each opcode
//! uses (memory, inline data, network, storage) follows from its [`Opcode`] variant.

use crate::fields::descriptor as df;
use crate::hdl_block;
use rust_hdl::prelude::*;
use viaduct_abi::descriptor::{INLINE_MAX, Opcode, Operation, RawDescriptor, desc_flags};
use viaduct_abi::{Access, Status};

/// Role bits of an opcode (`role` output), one per fact the data mover needs.
pub mod role {
    /// Reads a source buffer in host memory.
    pub const SRC_MEM: usize = 0;
    /// Writes a destination buffer in host memory.
    pub const DST_MEM: usize = 1;
    /// Its bytes are the inline data of the descriptor.
    pub const SRC_INLINE: usize = 2;
    /// Its bytes are the next frame of the network input.
    pub const SRC_NET: usize = 3;
    /// Its bytes come from the storage target.
    pub const SRC_STORAGE: usize = 4;
    /// Its bytes leave as one frame on the network output.
    pub const DST_NET: usize = 5;
    /// Its bytes go to the storage target.
    pub const DST_STORAGE: usize = 6;
    /// Chunks may be translated ahead of the data: nothing but a host bus error can end the
    /// transfer between two translations, so translations run in the model's order.
    pub const PIPELINED: usize = 7;
    /// The storage offset is in the source VA's word (else in the destination VA's word).
    pub const OFFSET_IN_SRC: usize = 8;
    /// Does nothing.
    pub const NOP: usize = 9;
    pub const W: usize = 16;
}

/// The facts of one opcode, probed from `viaduct-abi`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpcodeFacts {
    /// Bit `w`: word `w` must be zero.
    pub unused_words: u8,
    pub roles: u16,
}

const PROBE_SRC: u64 = 0x1000;
const PROBE_DST: u64 = 0x2000;

/// Decode probe descriptors of `op` to find its unused words and buffer words.
pub fn opcode_facts(op: Opcode) -> OpcodeFacts {
    let len = if op == Opcode::Nop { 0 } else { 1 };
    let base = u64::from(op.code()) | (len << df::LENGTH.lsb);
    let mut unused_words = 0u8;
    for w in 1..8 {
        let mut raw = RawDescriptor::default();
        raw.words[0] = base;
        raw.words[w] = 1;
        if let Err(viaduct_abi::descriptor::DescriptorError::UnusedFieldSet { word }) = raw.decode() {
            assert_eq!(word, w, "probe of {op:?}");
            unused_words |= 1 << w;
        }
    }
    // Buffers: a length that also lets any inline bytes through.
    let mut raw = RawDescriptor::default();
    raw.words[0] =
        if op == Opcode::Nop { base } else { u64::from(op.code()) | ((INLINE_MAX as u64) << df::LENGTH.lsb) };
    for (w, v) in [(df::SRC_VA.word, PROBE_SRC), (df::DST_VA.word, PROBE_DST)] {
        if unused_words & (1 << w) == 0 {
            raw.words[w] = v;
        }
    }
    let d = raw.decode().unwrap_or_else(|e| panic!("probe of {op:?}: {e:?}"));
    let mut roles = 0u16;
    for (b, access) in d.op.buffers() {
        match access {
            Access::Read => {
                assert_eq!(b.va.0, PROBE_SRC, "{op:?}: the source buffer is in the src_va word");
                roles |= 1 << role::SRC_MEM;
            }
            Access::Write => {
                assert_eq!(b.va.0, PROBE_DST, "{op:?}: the destination buffer is in the dst_va word");
                roles |= 1 << role::DST_MEM;
            }
        }
    }
    match d.op {
        Operation::Store { offset, .. } | Operation::Load { offset, .. } => {
            assert!(offset == PROBE_SRC || offset == PROBE_DST, "{op:?}: storage offset word");
            if offset == PROBE_SRC {
                roles |= 1 << role::OFFSET_IN_SRC;
            }
        }
        _ => {}
    }
    roles |= match op {
        Opcode::Nop => 1 << role::NOP,
        Opcode::Copy => 1 << role::PIPELINED,
        Opcode::WriteInline => 1 << role::SRC_INLINE | 1 << role::PIPELINED,
        Opcode::NetSend => 1 << role::DST_NET | 1 << role::PIPELINED,
        Opcode::NetRecv => 1 << role::SRC_NET,
        Opcode::Store => 1 << role::DST_STORAGE,
        Opcode::Load => 1 << role::SRC_STORAGE,
    };
    OpcodeFacts { unused_words, roles }
}

/// Opcodes the engine knows.
const OPCODES: usize = Opcode::ALL.len();
const _: () = assert!(OPCODES <= 8 && ROLE_W == 16 && INLINE_MAX <= 32);

/// `f` of each known opcode, `entry_bits` each, in the order of `Opcode::ALL`. The check
/// compares the opcode with each known code rather than indexing a 256-entry table, which
/// synthesis would put in a block RAM (slow to answer) once its output is registered.
fn table<const N: usize>(entry_bits: usize, f: impl Fn(Opcode) -> u64) -> Constant<Bits<N>> {
    let mut words = vec![0u64; N.div_ceil(64)];
    for (k, op) in Opcode::ALL.iter().enumerate() {
        let at = k * entry_bits;
        let v = f(*op);
        for bit in 0..entry_bits {
            if v >> bit & 1 != 0 {
                words[(at + bit) / 64] |= 1 << ((at + bit) % 64);
            }
        }
    }
    crate::block::wide_constant(&words)
}

fn status(s: Status) -> Constant<Bits<8>> {
    crate::block::constant(u64::from(s.code()))
}

/// Width of the role vector.
pub const ROLE_W: usize = role::W;

/// Bits of inline data (words 2-4).
pub const INLINE_W: usize = INLINE_MAX * 8;

hdl_block! {
    pub struct DescCheck {
        pub clock: Signal<In, Clock>,
        /// The descriptor: word `i` in bits `64 i + 63 .. 64 i`.
        pub desc: Signal<In, Bits<512>>,
        /// `Ok`, `BadOpcode`, `BadDescriptor` or `BadLength` (of the cycle before's `desc`).
        pub status: Signal<Out, Bits<8>>,
        /// The status is not `Ok`: one OR of the registered checks, for a decision that
        /// should not wait for the status's priority chain.
        pub failed: Signal<Out, Bit>,
        pub opcode: Signal<Out, Bits<8>>,
        pub flags: Signal<Out, Bits<8>>,
        pub len: Signal<Out, Bits<32>>,
        pub tag: Signal<Out, Bits<64>>,
        pub src_va: Signal<Out, Bits<64>>,
        pub src_shortcut: Signal<Out, Bits<128>>,
        pub dst_va: Signal<Out, Bits<64>>,
        pub dst_shortcut: Signal<Out, Bits<128>>,
        pub storage_offset: Signal<Out, Bits<64>>,
        pub inline_data: Signal<Out, Bits<INLINE_W>>,
        /// The opcode's roles (see [`role`]), also one by one (of the cycle before's `desc`):
        pub nop: Signal<Out, Bit>,
        pub src_mem: Signal<Out, Bit>,
        pub dst_mem: Signal<Out, Bit>,
        pub src_inline: Signal<Out, Bit>,
        pub src_net: Signal<Out, Bit>,
        pub src_storage: Signal<Out, Bit>,
        pub dst_net: Signal<Out, Bit>,
        pub dst_storage: Signal<Out, Bit>,
        pub pipelined: Signal<Out, Bit>,
        role: Signal<Local, Bits<ROLE_W>>,
        known: Signal<Local, Bit>,
        unused: Signal<Local, Bits<8>>,
        nonzero: Signal<Local, Bits<8>>,
        inline_tail: Signal<Local, Bit>,
        byte_at: Signal<Local, Bits<5>>,
        storage_wraps: Signal<Local, Bit>,
        // The checks, each registered on its own; the roles gate them after the register.
        role_q: DFF<Bits<ROLE_W>>,
        known_q: DFF<Bit>,
        /// Reserved bits or unknown flags set.
        reserved_q: DFF<Bit>,
        /// Bit `w`: word `w` is not zero; and the words the opcode leaves unused.
        nonzero_q: DFF<Bits<8>>,
        unused_q: DFF<Bits<8>>,
        len_zero_q: DFF<Bit>,
        inline_long_q: DFF<Bit>,
        inline_tail_q: DFF<Bit>,
        src_range_q: DFF<Bit>,
        dst_range_q: DFF<Bit>,
        /// The storage range wraps the 64-bit offset space (its end below its start), with the
        /// offset in the source word and in the destination word.
        src_wraps_q: DFF<Bit>,
        dst_wraps_q: DFF<Bit>,
        r_src_mem: Constant<Bits<8>> = crate::block::constant(role::SRC_MEM as u64),
        r_dst_mem: Constant<Bits<8>> = crate::block::constant(role::DST_MEM as u64),
        r_src_inline: Constant<Bits<8>> = crate::block::constant(role::SRC_INLINE as u64),
        r_src_net: Constant<Bits<8>> = crate::block::constant(role::SRC_NET as u64),
        r_src_storage: Constant<Bits<8>> = crate::block::constant(role::SRC_STORAGE as u64),
        r_dst_net: Constant<Bits<8>> = crate::block::constant(role::DST_NET as u64),
        r_dst_storage: Constant<Bits<8>> = crate::block::constant(role::DST_STORAGE as u64),
        r_pipelined: Constant<Bits<8>> = crate::block::constant(role::PIPELINED as u64),
        r_offset_in_src: Constant<Bits<8>> = crate::block::constant(role::OFFSET_IN_SRC as u64),
        r_nop: Constant<Bits<8>> = crate::block::constant(role::NOP as u64),
        code_table: Constant<Bits<64>> = table(8, |op| u64::from(op.code())),
        unused_table: Constant<Bits<64>> = table(8, |op| u64::from(opcode_facts(op).unused_words)),
        role_table: Constant<Bits<128>> = table(role::W, |op| u64::from(opcode_facts(op).roles)),
        opcode_lsb: Constant<Bits<16>> = crate::block::constant(df::OPCODE.lsb as u64),
        flags_lsb: Constant<Bits<16>> = crate::block::constant(df::FLAGS.lsb as u64),
        reserved_lsb: Constant<Bits<16>> = crate::block::constant(df::RESERVED.lsb as u64),
        length_lsb: Constant<Bits<16>> = crate::block::constant(df::LENGTH.lsb as u64),
        tag_lsb: Constant<Bits<16>> = crate::block::constant(df::pos(df::TAG) as u64),
        src_va_lsb: Constant<Bits<16>> = crate::block::constant(df::pos(df::SRC_VA) as u64),
        src_sc_lsb: Constant<Bits<16>> = crate::block::constant(df::pos(df::SRC_SHORTCUT_LO) as u64),
        dst_va_lsb: Constant<Bits<16>> = crate::block::constant(df::pos(df::DST_VA) as u64),
        dst_sc_lsb: Constant<Bits<16>> = crate::block::constant(df::pos(df::DST_SHORTCUT_LO) as u64),
        unknown_flags: Constant<Bits<8>> = crate::block::constant(u64::from(!desc_flags::KNOWN)),
        inline_max: Constant<Bits<32>> = crate::block::constant(INLINE_MAX as u64),
        va_limit: Constant<Bits<64>> = crate::block::constant(viaduct_abi::addr::USER_VA_LIMIT),
        ok: Constant<Bits<8>> = status(Status::Ok),
        bad_opcode: Constant<Bits<8>> = status(Status::BadOpcode),
        bad_descriptor: Constant<Bits<8>> = status(Status::BadDescriptor),
        bad_length: Constant<Bits<8>> = status(Status::BadLength),
    }
}

impl Logic for DescCheck {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            role_q,
            known_q,
            reserved_q,
            nonzero_q,
            unused_q,
            len_zero_q,
            inline_long_q,
            inline_tail_q,
            src_range_q,
            dst_range_q,
            src_wraps_q,
            dst_wraps_q
        );
        self.opcode.next = self.desc.val().get_bits::<8>(self.opcode_lsb.val().index());
        self.flags.next = self.desc.val().get_bits::<8>(self.flags_lsb.val().index());
        self.len.next = self.desc.val().get_bits::<32>(self.length_lsb.val().index());
        self.tag.next = self.desc.val().get_bits::<64>(self.tag_lsb.val().index());
        self.src_va.next = self.desc.val().get_bits::<64>(self.src_va_lsb.val().index());
        self.src_shortcut.next = self.desc.val().get_bits::<128>(self.src_sc_lsb.val().index());
        self.dst_va.next = self.desc.val().get_bits::<64>(self.dst_va_lsb.val().index());
        self.dst_shortcut.next = self.desc.val().get_bits::<128>(self.dst_sc_lsb.val().index());
        self.inline_data.next = self.desc.val().get_bits::<INLINE_W>(self.src_va_lsb.val().index());

        // First stage: every check of the descriptor's fields, none waiting for another.
        self.role.next = 0.into();
        self.known.next = false;
        self.unused.next = 0.into();
        for k in 0..OPCODES {
            if self.opcode.val() == self.code_table.val().get_bits::<8>(k * 8) {
                self.known.next = true;
                self.role.next = self.role_table.val().get_bits::<ROLE_W>(k * 16);
                self.unused.next = self.unused_table.val().get_bits::<8>(k * 8);
            }
        }
        self.role_q.d.next = self.role.val();
        self.known_q.d.next = self.known.val();
        self.reserved_q.d.next = self.desc.val().get_bits::<16>(self.reserved_lsb.val().index()).any()
            | (self.flags.val() & self.unknown_flags.val()).any();
        self.unused_q.d.next = self.unused.val();
        self.nonzero.next = 0.into();
        for i in 0..8 {
            self.nonzero.next =
                self.nonzero.val().replace_bit(i, self.desc.val().get_bits::<64>(i * 64).any());
        }
        self.nonzero_q.d.next = self.nonzero.val();
        self.len_zero_q.d.next = !self.len.val().any();
        self.inline_long_q.d.next = self.len.val() > self.inline_max.val();
        // Inline bytes past the length: byte `i` is past it when `len <= i`, which needs a
        // length below 32 (its low five bits against each `i`, side by side).
        self.inline_tail.next = false;
        self.byte_at.next = 0.into();
        for i in 0..INLINE_MAX {
            if self.inline_data.val().get_bits::<8>(i * 8).any()
                & (self.len.val().get_bits::<5>(0) <= self.byte_at.val())
            {
                self.inline_tail.next = true;
            }
            self.byte_at.next = self.byte_at.val() + 1;
        }
        self.inline_tail_q.d.next = self.inline_tail.val() & !self.len.val().get_bits::<27>(5).any();
        self.src_range_q.d.next = (self.src_va.val() >= self.va_limit.val())
            | ((self.src_va.val() + bit_cast::<64, 32>(self.len.val())) > self.va_limit.val());
        self.dst_range_q.d.next = (self.dst_va.val() >= self.va_limit.val())
            | ((self.dst_va.val() + bit_cast::<64, 32>(self.len.val())) > self.va_limit.val());
        self.src_wraps_q.d.next =
            (self.src_va.val() + bit_cast::<64, 32>(self.len.val())) < self.src_va.val();
        self.dst_wraps_q.d.next =
            (self.dst_va.val() + bit_cast::<64, 32>(self.len.val())) < self.dst_va.val();

        // Second stage, from the registers: the roles, and the first failing check.
        self.nop.next = self.role_q.q.val().get_bit(self.r_nop.val().index());
        self.src_mem.next = self.role_q.q.val().get_bit(self.r_src_mem.val().index());
        self.dst_mem.next = self.role_q.q.val().get_bit(self.r_dst_mem.val().index());
        self.src_inline.next = self.role_q.q.val().get_bit(self.r_src_inline.val().index());
        self.src_net.next = self.role_q.q.val().get_bit(self.r_src_net.val().index());
        self.src_storage.next = self.role_q.q.val().get_bit(self.r_src_storage.val().index());
        self.dst_net.next = self.role_q.q.val().get_bit(self.r_dst_net.val().index());
        self.dst_storage.next = self.role_q.q.val().get_bit(self.r_dst_storage.val().index());
        self.pipelined.next = self.role_q.q.val().get_bit(self.r_pipelined.val().index());
        self.storage_offset.next = self.dst_va.val();
        self.storage_wraps.next = self.dst_wraps_q.q.val();
        if self.role_q.q.val().get_bit(self.r_offset_in_src.val().index()) {
            self.storage_offset.next = self.src_va.val();
            self.storage_wraps.next = self.src_wraps_q.q.val();
        }
        self.failed.next = !self.known_q.q.val()
            | self.reserved_q.q.val()
            | (self.nonzero_q.q.val() & self.unused_q.q.val()).any()
            | (self.nop.val() & !self.len_zero_q.q.val())
            | (!self.nop.val()
                & ((self.src_inline.val() & (self.inline_long_q.q.val() | self.inline_tail_q.q.val()))
                    | self.len_zero_q.q.val()
                    | (self.src_mem.val() & self.src_range_q.q.val())
                    | (self.dst_mem.val() & self.dst_range_q.q.val())
                    | ((self.src_storage.val() | self.dst_storage.val()) & self.storage_wraps.val())));
        self.status.next = self.ok.val();
        if !self.known_q.q.val() {
            self.status.next = self.bad_opcode.val();
        } else if self.reserved_q.q.val() | (self.nonzero_q.q.val() & self.unused_q.q.val()).any() {
            // Reserved bits and flags, then unused words: both BadDescriptor.
            self.status.next = self.bad_descriptor.val();
        } else if self.nop.val() {
            if !self.len_zero_q.q.val() {
                self.status.next = self.bad_length.val();
            }
        } else if self.src_inline.val() & (self.inline_long_q.q.val() | self.inline_tail_q.q.val()) {
            // Inline data too long, then inline bytes past the length: both BadDescriptor.
            self.status.next = self.bad_descriptor.val();
        } else if self.len_zero_q.q.val()
            | (self.src_mem.val() & self.src_range_q.q.val())
            | (self.dst_mem.val() & self.dst_range_q.q.val())
            | ((self.src_storage.val() | self.dst_storage.val()) & self.storage_wraps.val())
        {
            self.status.next = self.bad_length.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_facts_follow_the_abi() {
        let copy = opcode_facts(Opcode::Copy);
        assert_eq!(copy.unused_words, 0);
        assert_eq!(copy.roles & 3, 3, "copy reads and writes memory");
        let recv = opcode_facts(Opcode::NetRecv);
        assert_eq!(recv.unused_words, 0b0001_1100);
        let store = opcode_facts(Opcode::Store);
        assert_eq!(store.roles & (1 << role::OFFSET_IN_SRC), 0, "store: offset in the dst word");
        let load = opcode_facts(Opcode::Load);
        assert_ne!(load.roles & (1 << role::OFFSET_IN_SRC), 0, "load: offset in the src word");
        assert_eq!(opcode_facts(Opcode::Nop).unused_words, 0b1111_1100);
    }

    #[test]
    fn desc_check_signs_off() {
        crate::verilog::sign_off("desc_check", &mut DescCheck::default()).unwrap();
    }
}
