//! The translation unit (R2, R4, R5, R10): turns {VI, protection domain, key slot, VA, length,
//! access, shortcut} into a checked physical address, with the semantics of the reference
//! model's `admit()` and `TranslationUnit::translate` (same checks in the same order, same
//! status and fault VA, same cache policy and counters when requests come one at a time).
//!
//! # Interface for the engine shell
//! Clock `clock`; every strobe and handshake is sampled on its rising edge.
//!
//! **Request** (valid/ready): hold `req_*` with `req_valid` high until a cycle in which
//! `req_ready` is high; the request is taken at that edge. `req_ready` is high only when the
//! unit is idle (nothing in flight, no invalidation running) and no command strobe is high.
//! - `req_admit = 1`, admission of one buffer of a descriptor: `req_shortcut` is the sealed
//!   shortcut (lo in 63:0, hi in 127:64), `req_va`/`req_len` the whole buffer, `req_write`
//!   the access, `req_vi`, `req_pd`, `req_key_slot` the posting VI's number, protection domain
//!   and key slot. Checks as `admit()`, with its precondition: `req_len >= 1` and the range
//!   below 2^47 (descriptor decoding answers `BadLength` otherwise). On `Ok`, `rsp_ticket` is
//!   the unsealed plaintext.
//! - `req_admit = 0`, translation of one chunk (at most to the end of its 4 KiB page):
//!   `req_shortcut` is the ticket that admission returned, `req_va` the chunk's VA,
//!   `req_write` its access (`req_len`, `req_vi`, `req_pd`, `req_key_slot` unused). The ticket
//!   is plaintext: it must stay inside the engine (descriptor state), never leave the chip.
//!
//! **Response** (valid/ready): `rsp_valid` stays high with `rsp_*` stable until a cycle with
//! `rsp_ready` high. `rsp_status` is a `viaduct_abi::Status` code; `rsp_pa` the physical
//! address and `rsp_bytes` the bytes from `req_va` to the end of its 4 KiB page (translation,
//! `Ok`); `rsp_fault_va` the VA to report on failure (the request's VA, or for `CrossesBlock`
//! the first VA past the shortcut's block).
//!
//! **Commands** (one-cycle strobes; `cmd_ready` is the same idle condition as for requests,
//! regardless of the strobes): `key_commit` (KEY_COMMIT: installs `key_data`, k0 in 63:0, with
//! `key_generation` in `key_slot`, drops every cached translation and line), `prot_commit`
//! (PROT_COMMIT write: stores `prot_entry` in `prot_slot`, drops that slot's translations and
//! the line cache), `inv_valid` (INVALIDATE: `inv_all`, or the translations of `inv_slot`;
//! and the line cache), `soft_reset` (empties keys, protection table, caches and counters).
//! A strobe is taken only in a cycle where `cmd_ready` is high, and then applied to every
//! sub-block in that cycle; a strobe while `cmd_ready` is low is ignored as a whole. If
//! several are high, the first of soft_reset, key_commit, prot_commit, inv_valid wins. After a
//! command `cmd_ready` and `req_ready` stay low for at least four cycles (key schedule: ~35),
//! until every sub-block is done. Because commands are taken only between requests and
//! requests wait for the invalidations to finish, no request ever uses a translation cached
//! before a deregistration or key rotation (R10).
//!
//! **Latency** (cycles from the request's edge to `rsp_valid`, measured under Verilator):
//! admission 42 (key lookup, 32 unsealing rounds, checks, protection lookup), 10 when the
//! shortcut is in the unsealer's cache (see [`crate::unsealer`]); translation 4
//! on an IOTLB hit (the tag compare has a cycle of its own), 10 for a one-level walk whose
//! line is cached (the line cache's tag compare too), and about 83 for a one-level walk that
//! reads its 64-beat line (plus the host's latency).
//!
//! **Counters** `cnt_*`: TableReads, IotlbHits, IotlbMisses, LineHits (as the model counts
//! them), and admissions answered by the unsealer's cache (free-running).
//! **Host port** `m_axi`: AXI4 read channels of the walker (see [`crate::walker`]).

use crate::axi::WalkerReadMaster;
use crate::fields::protection::{END_W, GENERATION_W as E_GENERATION_W, PD_W as E_PD_W, START_W};
use crate::fields::shortcut::{
    KEY_GENERATION_W, LEVEL_W, MAGIC_W, PD_W, RESERVED_W, SLOT_GENERATION_W, SLOT_W, VA_BLOCK_W,
};
use crate::fields::{PA_PAGE_W, STATUS_W, VA_PAGE_W, lsb128, protection as pe, shortcut as sc};
use crate::iotlb::Iotlb;
use crate::key_store::{KEY_SLOT_W, KeyStore};
use crate::protection_table::ProtectionTable;
use crate::unsealer::Unsealer;
use crate::walker::Walker;
use rust_hdl::prelude::*;
use viaduct_abi::{EngineConfig, Status};

/// Width of a VI number on the request (VIs are at most 256).
pub const VI_W: usize = pe::VI_W;
/// Width of `rsp_bytes` (1..=4096).
pub const BYTES_W: usize = viaduct_abi::pagetable::PAGE_SHIFT as usize + 1;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum UnitState {
    Idle,
    /// Admission: key slot lookup presented.
    AdmitKey,
    /// Admission: key slot answer; start the unsealer.
    AdmitKeyWait,
    AdmitUnseal,
    /// Admission: the shortcut's checks worked out (registered); protection lookup presented.
    AdmitDecode,
    /// Admission: the shortcut's verdict.
    AdmitCheck,
    /// Admission: the protection entry's checks worked out (registered).
    AdmitProt,
    /// Admission: the protection entry's verdict.
    AdmitProtCheck,
    /// Translation: IOTLB lookup presented.
    Lookup,
    /// Translation: the IOTLB compares the entry read with the key.
    LookupCompare,
    /// Translation: IOTLB answer; hit or start the walk.
    LookupCheck,
    Walk,
    Respond,
}

#[derive(LogicBlock)]
pub struct TranslateUnit<const I: usize, const LT: usize, const LD: usize, const P: usize, const K: usize> {
    pub clock: Signal<In, Clock>,
    pub iotlb_enable: Signal<In, Bit>,
    pub line_cache_enable: Signal<In, Bit>,
    pub watchdog: Signal<In, Bits<32>>,
    pub req_valid: Signal<In, Bit>,
    pub req_ready: Signal<Out, Bit>,
    pub req_admit: Signal<In, Bit>,
    pub req_vi: Signal<In, Bits<VI_W>>,
    pub req_pd: Signal<In, Bits<PD_W>>,
    pub req_key_slot: Signal<In, Bits<KEY_SLOT_W>>,
    pub req_va: Signal<In, Bits<64>>,
    pub req_len: Signal<In, Bits<32>>,
    pub req_write: Signal<In, Bit>,
    pub req_shortcut: Signal<In, Bits<128>>,
    pub rsp_valid: Signal<Out, Bit>,
    pub rsp_ready: Signal<In, Bit>,
    pub rsp_status: Signal<Out, Bits<STATUS_W>>,
    pub rsp_pa: Signal<Out, Bits<64>>,
    pub rsp_bytes: Signal<Out, Bits<BYTES_W>>,
    pub rsp_fault_va: Signal<Out, Bits<64>>,
    pub rsp_ticket: Signal<Out, Bits<128>>,
    pub cmd_ready: Signal<Out, Bit>,
    pub key_commit: Signal<In, Bit>,
    pub key_slot: Signal<In, Bits<KEY_SLOT_W>>,
    pub key_data: Signal<In, Bits<128>>,
    pub key_generation: Signal<In, Bits<KEY_GENERATION_W>>,
    pub prot_commit: Signal<In, Bit>,
    pub prot_slot: Signal<In, Bits<SLOT_W>>,
    pub prot_entry: Signal<In, Bits<128>>,
    pub inv_valid: Signal<In, Bit>,
    pub inv_all: Signal<In, Bit>,
    pub inv_slot: Signal<In, Bits<SLOT_W>>,
    pub soft_reset: Signal<In, Bit>,
    pub cnt_table_reads: Signal<Out, Bits<64>>,
    pub cnt_iotlb_hits: Signal<Out, Bits<64>>,
    pub cnt_iotlb_misses: Signal<Out, Bits<64>>,
    pub cnt_line_hits: Signal<Out, Bits<64>>,
    /// Admissions whose shortcut came from the unsealer's cache.
    pub cnt_unseal_hits: Signal<Out, Bits<64>>,
    pub m_axi: WalkerReadMaster,
    keys: KeyStore<K>,
    unsealer: Unsealer,
    prot: ProtectionTable<P>,
    iotlb: Iotlb<I>,
    walker: Walker<LT, LD>,
    state: DFF<UnitState>,
    admit_q: DFF<Bit>,
    vi_q: DFF<Bits<VI_W>>,
    pd_q: DFF<Bits<PD_W>>,
    key_slot_q: DFF<Bits<KEY_SLOT_W>>,
    va_q: DFF<Bits<64>>,
    len_q: DFF<Bits<32>>,
    write_q: DFF<Bit>,
    shortcut_q: DFF<Bits<128>>,
    key_generation_q: DFF<Bits<KEY_GENERATION_W>>,
    status_q: DFF<Bits<STATUS_W>>,
    pa_q: DFF<Bits<64>>,
    fault_q: DFF<Bits<64>>,
    // Bytes from the VA to its page's end, a register ahead of the answer (the VA is taken at
    // least two cycles before any answer).
    bytes_q: DFF<Bits<BYTES_W>>,
    ticket_q: DFF<Bits<128>>,
    // Admission checks, a cycle after the values they read (one check per cycle of the path):
    // each of the shortcut's checks on its own (the first failing one, in the model's order,
    // is picked the cycle after), and the same for the protection entry's checks.
    last_va_q: DFF<Bits<64>>,
    end_va_q: DFF<Bits<64>>,
    sc_invalid_q: DFF<Bit>,
    sc_stale_q: DFF<Bit>,
    sc_domain_q: DFF<Bit>,
    sc_block_q: DFF<Bit>,
    sc_crosses_q: DFF<Bit>,
    sc_rights_q: DFF<Bit>,
    cross_va_q: DFF<Bits<64>>,
    pe_invalid_q: DFF<Bit>,
    pe_stale_q: DFF<Bit>,
    pe_domain_q: DFF<Bit>,
    pe_vi_q: DFF<Bit>,
    pe_rights_q: DFF<Bit>,
    pe_outside_q: DFF<Bit>,
    /// This cycle's cache events, counted in the next: bit 0 a table read, 1 an IOTLB hit,
    /// 2 an IOTLB miss, 3 a line-cache hit (registered, so no count waits on a lookup).
    cache_events: Signal<Local, Bits<4>>,
    cache_events_q: DFF<Bits<4>>,
    table_reads: DFF<Bits<64>>,
    iotlb_hits: DFF<Bits<64>>,
    iotlb_misses: DFF<Bits<64>>,
    line_hits: DFF<Bits<64>>,
    unseal_hits: DFF<Bits<64>>,
    // Fields of the plaintext (admission: the unsealer's output; translation: the ticket).
    plain: Signal<Local, Bits<128>>,
    p_level: Signal<Local, Bits<LEVEL_W>>,
    p_slot: Signal<Local, Bits<SLOT_W>>,
    p_va_block: Signal<Local, Bits<64>>,
    p_slot_generation: Signal<Local, Bits<SLOT_GENERATION_W>>,
    /// The VA's and the last VA's block at the plaintext's level, and the first VA past it:
    /// one shift per level, picked by the level (no shifter behind the checks).
    // The first and last VA's blocks against the shortcut's, at each of the four levels (bit
    // i: level i), and the shortcut's level: registered a cycle before `sc_block_q` and
    // `sc_crosses_q` pick theirs (AdmitDecode comes between the plaintext and AdmitCheck).
    block_ne_q: DFF<Bits<4>>,
    crosses_ne_q: DFF<Bits<4>>,
    level_q: DFF<Bits<LEVEL_W>>,
    next_block_va: Signal<Local, Bits<64>>,
    va_page: Signal<Local, Bits<VA_PAGE_W>>,
    page_offset: Signal<Local, Bits<64>>,
    entry: Signal<Local, Bits<128>>,
    busy_q: DFF<Bit>,
    powered_q: DFF<Bit>,
    /// Cycles to wait after a command before the sub-blocks' registered busy flags tell.
    settle_q: DFF<Bits<2>>,
    iotlb_inv_all_q: DFF<Bit>,
    iotlb_inv_slot_valid_q: DFF<Bit>,
    iotlb_inv_slot_q: DFF<Bits<SLOT_W>>,
    any_command: Signal<Local, Bit>,
    idle: Signal<Local, Bit>,
    // Field positions and status codes, from `viaduct-abi`.
    level_lsb: Constant<Bits<8>>,
    read_bit: Constant<Bits<8>>,
    write_bit: Constant<Bits<8>>,
    reserved_lsb: Constant<Bits<8>>,
    table_mask: Constant<Bits<64>>,
    slot_lsb: Constant<Bits<8>>,
    va_block_lsb: Constant<Bits<8>>,
    pd_lsb: Constant<Bits<8>>,
    key_generation_lsb: Constant<Bits<8>>,
    slot_generation_lsb: Constant<Bits<8>>,
    magic_lsb: Constant<Bits<8>>,
    magic: Constant<Bits<MAGIC_W>>,
    /// Block shift of each level (PT, PD, PDPT, PML4).
    shift_pt: Constant<Bits<8>>,
    shift_pd: Constant<Bits<8>>,
    shift_pdpt: Constant<Bits<8>>,
    shift_pml4: Constant<Bits<8>>,
    page_shift: Constant<Bits<8>>,
    page_mask: Constant<Bits<64>>,
    page_size: Constant<Bits<BYTES_W>>,
    e_start_lsb: Constant<Bits<8>>,
    e_pd_lsb: Constant<Bits<8>>,
    e_valid_bit: Constant<Bits<8>>,
    e_read_bit: Constant<Bits<8>>,
    e_write_bit: Constant<Bits<8>>,
    e_any_vi_bit: Constant<Bits<8>>,
    e_end_lsb: Constant<Bits<8>>,
    e_generation_lsb: Constant<Bits<8>>,
    e_vi_lsb: Constant<Bits<8>>,
    key_slots: Constant<Bits<9>>,
    prot_entries: Constant<Bits<13>>,
    ok: Constant<Bits<STATUS_W>>,
    shortcut_invalid: Constant<Bits<STATUS_W>>,
    shortcut_stale: Constant<Bits<STATUS_W>>,
    shortcut_domain: Constant<Bits<STATUS_W>>,
    shortcut_block: Constant<Bits<STATUS_W>>,
    crosses_block: Constant<Bits<STATUS_W>>,
    shortcut_rights: Constant<Bits<STATUS_W>>,
    region_invalid: Constant<Bits<STATUS_W>>,
    region_stale: Constant<Bits<STATUS_W>>,
    region_domain: Constant<Bits<STATUS_W>>,
    region_vi: Constant<Bits<STATUS_W>>,
    region_rights: Constant<Bits<STATUS_W>>,
    out_of_region: Constant<Bits<STATUS_W>>,
    read_only: Constant<Bits<STATUS_W>>,
}

// The block checks pick one of four shifts by the level field.
const _: () = assert!(LEVEL_W == 2);

fn lsb8(lsb: u32) -> Constant<Bits<8>> {
    Constant::new(u64::from(lsb).to_bits())
}

/// Position of a field in the 128-bit `{word1, word0}` of its layout.
fn pos(f: viaduct_abi::layout::LayoutField) -> Constant<Bits<8>> {
    Constant::new((lsb128(f) as u64).to_bits())
}

fn status(s: Status) -> Constant<Bits<STATUS_W>> {
    Constant::new(u64::from(s.code()).to_bits())
}

impl<const I: usize, const LT: usize, const LD: usize, const P: usize, const K: usize> Default
    for TranslateUnit<I, LT, LD, P, K>
{
    fn default() -> Self {
        Self {
            clock: Default::default(),
            iotlb_enable: Default::default(),
            line_cache_enable: Default::default(),
            watchdog: Default::default(),
            req_valid: Default::default(),
            req_ready: Default::default(),
            req_admit: Default::default(),
            req_vi: Default::default(),
            req_pd: Default::default(),
            req_key_slot: Default::default(),
            req_va: Default::default(),
            req_len: Default::default(),
            req_write: Default::default(),
            req_shortcut: Default::default(),
            rsp_valid: Default::default(),
            rsp_ready: Default::default(),
            rsp_status: Default::default(),
            rsp_pa: Default::default(),
            rsp_bytes: Default::default(),
            rsp_fault_va: Default::default(),
            rsp_ticket: Default::default(),
            cmd_ready: Default::default(),
            key_commit: Default::default(),
            key_slot: Default::default(),
            key_data: Default::default(),
            key_generation: Default::default(),
            prot_commit: Default::default(),
            prot_slot: Default::default(),
            prot_entry: Default::default(),
            inv_valid: Default::default(),
            inv_all: Default::default(),
            inv_slot: Default::default(),
            soft_reset: Default::default(),
            cnt_table_reads: Default::default(),
            cnt_iotlb_hits: Default::default(),
            cnt_iotlb_misses: Default::default(),
            cnt_line_hits: Default::default(),
            cnt_unseal_hits: Default::default(),
            m_axi: Default::default(),
            keys: Default::default(),
            unsealer: Default::default(),
            prot: Default::default(),
            iotlb: Default::default(),
            walker: Default::default(),
            state: Default::default(),
            admit_q: Default::default(),
            vi_q: Default::default(),
            pd_q: Default::default(),
            key_slot_q: Default::default(),
            va_q: Default::default(),
            len_q: Default::default(),
            write_q: Default::default(),
            shortcut_q: Default::default(),
            key_generation_q: Default::default(),
            status_q: Default::default(),
            pa_q: Default::default(),
            fault_q: Default::default(),
            bytes_q: Default::default(),
            ticket_q: Default::default(),
            last_va_q: Default::default(),
            end_va_q: Default::default(),
            sc_invalid_q: Default::default(),
            sc_stale_q: Default::default(),
            sc_domain_q: Default::default(),
            sc_block_q: Default::default(),
            sc_crosses_q: Default::default(),
            sc_rights_q: Default::default(),
            cross_va_q: Default::default(),
            pe_invalid_q: Default::default(),
            pe_stale_q: Default::default(),
            pe_domain_q: Default::default(),
            pe_vi_q: Default::default(),
            pe_rights_q: Default::default(),
            pe_outside_q: Default::default(),
            cache_events: Default::default(),
            cache_events_q: Default::default(),
            table_reads: Default::default(),
            iotlb_hits: Default::default(),
            iotlb_misses: Default::default(),
            line_hits: Default::default(),
            unseal_hits: Default::default(),
            plain: Default::default(),
            p_level: Default::default(),
            p_slot: Default::default(),
            p_va_block: Default::default(),
            p_slot_generation: Default::default(),
            block_ne_q: Default::default(),
            crosses_ne_q: Default::default(),
            level_q: Default::default(),
            next_block_va: Default::default(),
            va_page: Default::default(),
            page_offset: Default::default(),
            entry: Default::default(),
            busy_q: Default::default(),
            powered_q: Default::default(),
            settle_q: DFF::default(),
            iotlb_inv_all_q: Default::default(),
            iotlb_inv_slot_valid_q: Default::default(),
            iotlb_inv_slot_q: Default::default(),
            any_command: Default::default(),
            idle: Default::default(),
            level_lsb: pos(sc::LEVEL),
            read_bit: pos(sc::READ),
            write_bit: pos(sc::WRITE),
            reserved_lsb: pos(sc::RESERVED),
            table_mask: Constant::new((sc::TABLE.mask() << sc::TABLE.lsb).to_bits()),
            slot_lsb: pos(sc::SLOT),
            va_block_lsb: pos(sc::VA_BLOCK),
            pd_lsb: pos(sc::PD),
            key_generation_lsb: pos(sc::KEY_GENERATION),
            slot_generation_lsb: pos(sc::SLOT_GENERATION),
            magic_lsb: pos(sc::MAGIC),
            magic: Constant::new(viaduct_abi::shortcut::MAGIC.to_bits()),
            shift_pt: lsb8(viaduct_abi::Level::Pt.block_shift()),
            shift_pd: lsb8(viaduct_abi::Level::Pd.block_shift()),
            shift_pdpt: lsb8(viaduct_abi::Level::Pdpt.block_shift()),
            shift_pml4: lsb8(viaduct_abi::Level::Pml4.block_shift()),
            page_shift: lsb8(viaduct_abi::pagetable::PAGE_SHIFT),
            page_mask: Constant::new((viaduct_abi::pagetable::PAGE_SIZE - 1).to_bits()),
            page_size: Constant::new(viaduct_abi::pagetable::PAGE_SIZE.to_bits()),
            e_start_lsb: pos(pe::START),
            e_pd_lsb: pos(pe::PD),
            e_valid_bit: pos(pe::VALID),
            e_read_bit: pos(pe::READ),
            e_write_bit: pos(pe::WRITE),
            e_any_vi_bit: pos(pe::ANY_VI),
            e_end_lsb: pos(pe::END),
            e_generation_lsb: pos(pe::GENERATION),
            e_vi_lsb: pos(pe::VI),
            key_slots: Constant::new((1u64 << K).to_bits()),
            prot_entries: Constant::new((1u64 << P).to_bits()),
            ok: status(Status::Ok),
            shortcut_invalid: status(Status::ShortcutInvalid),
            shortcut_stale: status(Status::ShortcutStale),
            shortcut_domain: status(Status::ShortcutDomain),
            shortcut_block: status(Status::ShortcutBlock),
            crosses_block: status(Status::CrossesBlock),
            shortcut_rights: status(Status::ShortcutRights),
            region_invalid: status(Status::RegionInvalid),
            region_stale: status(Status::RegionStale),
            region_domain: status(Status::RegionDomain),
            region_vi: status(Status::RegionVi),
            region_rights: status(Status::RegionRights),
            out_of_region: status(Status::OutOfRegion),
            read_only: status(Status::ReadOnly),
        }
    }
}

impl<const I: usize, const LT: usize, const LD: usize, const P: usize, const K: usize> Logic
    for TranslateUnit<I, LT, LD, P, K>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            admit_q,
            vi_q,
            pd_q,
            key_slot_q,
            va_q,
            len_q,
            write_q,
            shortcut_q,
            key_generation_q,
            status_q,
            pa_q,
            fault_q,
            bytes_q,
            ticket_q,
            last_va_q,
            end_va_q,
            sc_invalid_q,
            sc_stale_q,
            sc_domain_q,
            sc_block_q,
            sc_crosses_q,
            block_ne_q,
            crosses_ne_q,
            level_q,
            sc_rights_q,
            cross_va_q,
            pe_invalid_q,
            pe_stale_q,
            pe_domain_q,
            pe_vi_q,
            pe_rights_q,
            pe_outside_q,
            cache_events_q,
            table_reads,
            iotlb_hits,
            iotlb_misses,
            line_hits,
            unseal_hits,
            busy_q,
            powered_q,
            settle_q,
            iotlb_inv_all_q,
            iotlb_inv_slot_valid_q,
            iotlb_inv_slot_q
        );
        self.keys.clock.next = self.clock.val();
        self.unsealer.clock.next = self.clock.val();
        self.prot.clock.next = self.clock.val();
        self.iotlb.clock.next = self.clock.val();
        self.walker.clock.next = self.clock.val();

        // Plaintext fields: the unsealer's output during admission, the ticket otherwise.
        self.plain.next = self.shortcut_q.q.val();
        if self.admit_q.q.val() {
            self.plain.next = self.unsealer.plain.val();
        }
        self.p_level.next = self.plain.val().get_bits::<LEVEL_W>(self.level_lsb.val().index());
        self.p_slot.next = self.plain.val().get_bits::<SLOT_W>(self.slot_lsb.val().index());
        self.p_va_block.next = bit_cast::<64, VA_BLOCK_W>(
            self.plain.val().get_bits::<VA_BLOCK_W>(self.va_block_lsb.val().index()),
        );
        self.p_slot_generation.next =
            self.plain.val().get_bits::<SLOT_GENERATION_W>(self.slot_generation_lsb.val().index());
        // The blocks at each level: a shift by a constant for each of the four levels.
        self.block_ne_q.d.next =
            bit_cast::<4, 1>(((self.va_q.q.val() >> self.shift_pml4.val()) != self.p_va_block.val()).into())
                << 3
                | bit_cast::<4, 1>(
                    ((self.va_q.q.val() >> self.shift_pdpt.val()) != self.p_va_block.val()).into(),
                ) << 2
                | bit_cast::<4, 1>(
                    ((self.va_q.q.val() >> self.shift_pd.val()) != self.p_va_block.val()).into(),
                ) << 1
                | bit_cast::<4, 1>(
                    ((self.va_q.q.val() >> self.shift_pt.val()) != self.p_va_block.val()).into(),
                );
        self.crosses_ne_q.d.next = bit_cast::<4, 1>(
            ((self.last_va_q.q.val() >> self.shift_pml4.val()) != self.p_va_block.val()).into(),
        ) << 3
            | bit_cast::<4, 1>(
                ((self.last_va_q.q.val() >> self.shift_pdpt.val()) != self.p_va_block.val()).into(),
            ) << 2
            | bit_cast::<4, 1>(
                ((self.last_va_q.q.val() >> self.shift_pd.val()) != self.p_va_block.val()).into(),
            ) << 1
            | bit_cast::<4, 1>(
                ((self.last_va_q.q.val() >> self.shift_pt.val()) != self.p_va_block.val()).into(),
            );
        self.level_q.d.next = self.p_level.val();
        self.next_block_va.next = (self.p_va_block.val() + 1) << self.shift_pt.val();
        if self.p_level.val() == 1 {
            self.next_block_va.next = (self.p_va_block.val() + 1) << self.shift_pd.val();
        }
        if self.p_level.val() == 2 {
            self.next_block_va.next = (self.p_va_block.val() + 1) << self.shift_pdpt.val();
        }
        if self.p_level.val() == 3 {
            self.next_block_va.next = (self.p_va_block.val() + 1) << self.shift_pml4.val();
        }
        // Read from AdmitDecode on, cycles after va_q and len_q were loaded.
        self.last_va_q.d.next = (self.va_q.q.val() + bit_cast::<64, 32>(self.len_q.q.val())) - 1;
        self.end_va_q.d.next = self.va_q.q.val() + bit_cast::<64, 32>(self.len_q.q.val());
        self.va_page.next = bit_cast::<VA_PAGE_W, 64>(self.va_q.q.val() >> self.page_shift.val());
        self.page_offset.next = self.va_q.q.val() & self.page_mask.val();
        self.entry.next = self.prot.lookup_entry.val();

        // Sub-block defaults.
        self.keys.commit.next = false;
        self.keys.commit_slot.next = self.key_slot.val();
        self.keys.commit_key.next = self.key_data.val();
        self.keys.commit_generation.next = self.key_generation.val();
        self.keys.clear.next = false;
        self.keys.lookup_slot.next = self.key_slot_q.q.val();
        self.unsealer.start.next = false;
        self.unsealer.flush.next = false;
        self.unsealer.key_slot.next = self.key_slot_q.q.val();
        self.unsealer.sealed.next = self.shortcut_q.q.val();
        self.unsealer.key_l.next = self.keys.lookup_l.val();
        self.unsealer.key_k.next = self.keys.lookup_k.val();
        self.prot.commit.next = false;
        self.prot.commit_slot.next = self.prot_slot.val();
        self.prot.commit_entry.next = self.prot_entry.val();
        self.prot.clear.next = false;
        self.prot.lookup_slot.next = self.p_slot.val();
        self.iotlb.lookup_va_page.next = self.va_page.val();
        self.iotlb.lookup_slot.next = self.p_slot.val();
        self.iotlb.lookup_generation.next = self.p_slot_generation.val();
        self.iotlb.fill.next = false;
        self.iotlb.fill_va_page.next = self.va_page.val();
        self.iotlb.fill_slot.next = self.p_slot.val();
        self.iotlb.fill_generation.next = self.p_slot_generation.val();
        self.iotlb.fill_pa_page.next =
            bit_cast::<PA_PAGE_W, 64>(self.walker.pa.val() >> self.page_shift.val());
        self.iotlb.fill_writable.next = self.walker.writable.val();
        self.iotlb.inv_all.next = self.iotlb_inv_all_q.q.val();
        self.iotlb.inv_slot_valid.next = self.iotlb_inv_slot_valid_q.q.val();
        self.iotlb.inv_slot.next = self.iotlb_inv_slot_q.q.val();
        self.walker.start.next = false;
        self.walker.table_pa.next = self.plain.val().get_bits::<64>(0) & self.table_mask.val();
        self.walker.level.next = self.p_level.val();
        self.walker.va.next = self.va_q.q.val();
        self.walker.write.next = self.write_q.q.val();
        self.walker.line_cache_enable.next = self.line_cache_enable.val();
        self.walker.watchdog.next = self.watchdog.val();
        self.walker.inv_all.next = false;
        WalkerReadMaster::link(&mut self.m_axi, &mut self.walker.m_axi);

        // Counters: the events of the cycle before.
        if self.cache_events_q.q.val().get_bit(0) {
            self.table_reads.d.next = self.table_reads.q.val() + 1;
        }
        if self.cache_events_q.q.val().get_bit(1) {
            self.iotlb_hits.d.next = self.iotlb_hits.q.val() + 1;
        }
        if self.cache_events_q.q.val().get_bit(2) {
            self.iotlb_misses.d.next = self.iotlb_misses.q.val() + 1;
        }
        if self.cache_events_q.q.val().get_bit(3) {
            self.line_hits.d.next = self.line_hits.q.val() + 1;
        }
        self.cache_events.next = 0.into();
        self.cache_events.next = self.cache_events.val().replace_bit(0, self.walker.table_read.val());
        self.cache_events.next = self.cache_events.val().replace_bit(3, self.walker.line_hit.val());
        self.cnt_table_reads.next = self.table_reads.q.val();
        self.cnt_iotlb_hits.next = self.iotlb_hits.q.val();
        self.cnt_iotlb_misses.next = self.iotlb_misses.q.val();
        self.cnt_line_hits.next = self.line_hits.q.val();
        if self.unsealer.cache_hit.val() {
            self.unseal_hits.d.next = self.unseal_hits.q.val() + 1;
        }
        self.cnt_unseal_hits.next = self.unseal_hits.q.val();

        // Handshakes and outputs.
        // Idle: no request in flight and every sub-block idle. The sub-blocks' busy flags are
        // registered (a sub-block turns busy only in the cycle after a strobe from here, so
        // the cycle after a command is not idle either): the strobes below then depend on
        // registers only, and a command is applied to every sub-block or to none.
        self.busy_q.d.next = self.keys.busy.val()
            | self.unsealer.busy.val()
            | self.prot.busy.val()
            | self.iotlb.busy.val()
            | self.walker.busy.val();
        self.any_command.next =
            self.key_commit.val() | self.prot_commit.val() | self.inv_valid.val() | self.soft_reset.val();
        if self.settle_q.q.val() != 0 {
            self.settle_q.d.next = self.settle_q.q.val() - 1;
        }
        // Power-up: not idle before the sub-blocks' busy flags (they clear their tables) show.
        self.powered_q.d.next = true;
        self.idle.next = (self.state.q.val() == UnitState::Idle)
            & self.powered_q.q.val()
            & !self.busy_q.q.val()
            & (self.settle_q.q.val() == 0);
        self.cmd_ready.next = self.idle.val();
        self.req_ready.next = self.idle.val() & !self.any_command.val();
        self.rsp_valid.next = self.state.q.val() == UnitState::Respond;
        self.rsp_status.next = self.status_q.q.val();
        self.rsp_pa.next = self.pa_q.q.val();
        self.bytes_q.d.next = self.page_size.val() - bit_cast::<BYTES_W, 64>(self.page_offset.val());
        self.rsp_bytes.next = self.bytes_q.q.val();
        self.rsp_fault_va.next = self.fault_q.q.val();
        self.rsp_ticket.next = self.ticket_q.q.val();

        // Commands: taken only while idle, applied to every sub-block in the same cycle;
        // strobes at other times are ignored.
        // The IOTLB's strobes are registered (they start its scan one cycle later); the
        // settle counter covers that cycle and the registered busy flags.
        self.iotlb_inv_all_q.d.next = false;
        self.iotlb_inv_slot_valid_q.d.next = false;
        self.iotlb_inv_slot_q.d.next = self.prot_slot.val();
        if self.idle.val() & self.any_command.val() {
            self.settle_q.d.next = 3.into();
        }
        if self.idle.val() {
            if self.soft_reset.val() {
                self.keys.clear.next = true;
                self.unsealer.flush.next = true;
                self.prot.clear.next = true;
                self.iotlb_inv_all_q.d.next = true;
                self.walker.inv_all.next = true;
                self.table_reads.d.next = 0.into();
                self.iotlb_hits.d.next = 0.into();
                self.iotlb_misses.d.next = 0.into();
                self.line_hits.d.next = 0.into();
                self.unseal_hits.d.next = 0.into();
            } else if self.key_commit.val() {
                self.keys.commit.next = true;
                if bit_cast::<9, KEY_SLOT_W>(self.key_slot.val()) < self.key_slots.val() {
                    self.unsealer.flush.next = true;
                    self.iotlb_inv_all_q.d.next = true;
                    self.walker.inv_all.next = true;
                }
            } else if self.prot_commit.val() {
                self.prot.commit.next = true;
                if bit_cast::<13, SLOT_W>(self.prot_slot.val()) < self.prot_entries.val() {
                    self.iotlb_inv_slot_valid_q.d.next = true;
                    self.walker.inv_all.next = true;
                }
            } else if self.inv_valid.val() {
                self.iotlb_inv_all_q.d.next = self.inv_all.val();
                self.iotlb_inv_slot_valid_q.d.next = !self.inv_all.val();
                self.iotlb_inv_slot_q.d.next = self.inv_slot.val();
                self.walker.inv_all.next = true;
            }
        }

        // The shortcut's checks, each on its own.
        self.cross_va_q.d.next = self.next_block_va.val();
        self.sc_invalid_q.d.next = (self.plain.val().get_bits::<MAGIC_W>(self.magic_lsb.val().index())
            != self.magic.val())
            | self.plain.val().get_bits::<RESERVED_W>(self.reserved_lsb.val().index()).any();
        self.sc_stale_q.d.next =
            self.plain.val().get_bits::<KEY_GENERATION_W>(self.key_generation_lsb.val().index())
                != self.key_generation_q.q.val();
        self.sc_domain_q.d.next =
            self.plain.val().get_bits::<PD_W>(self.pd_lsb.val().index()) != self.pd_q.q.val();
        self.sc_block_q.d.next = self.block_ne_q.q.val().get_bit(0);
        self.sc_crosses_q.d.next = self.crosses_ne_q.q.val().get_bit(0);
        if self.level_q.q.val() == 1 {
            self.sc_block_q.d.next = self.block_ne_q.q.val().get_bit(1);
            self.sc_crosses_q.d.next = self.crosses_ne_q.q.val().get_bit(1);
        }
        if self.level_q.q.val() == 2 {
            self.sc_block_q.d.next = self.block_ne_q.q.val().get_bit(2);
            self.sc_crosses_q.d.next = self.crosses_ne_q.q.val().get_bit(2);
        }
        if self.level_q.q.val() == 3 {
            self.sc_block_q.d.next = self.block_ne_q.q.val().get_bit(3);
            self.sc_crosses_q.d.next = self.crosses_ne_q.q.val().get_bit(3);
        }
        self.sc_rights_q.d.next = (self.write_q.q.val()
            & !self.plain.val().get_bit(self.write_bit.val().index()))
            | (!self.write_q.q.val() & !self.plain.val().get_bit(self.read_bit.val().index()));
        // The protection entry's checks (the entry answers the cycle after its slot).
        self.pe_invalid_q.d.next =
            !self.prot.lookup_in_range.val() | !self.entry.val().get_bit(self.e_valid_bit.val().index());
        self.pe_stale_q.d.next =
            self.entry.val().get_bits::<E_GENERATION_W>(self.e_generation_lsb.val().index())
                != self.p_slot_generation.val();
        self.pe_domain_q.d.next =
            self.entry.val().get_bits::<E_PD_W>(self.e_pd_lsb.val().index()) != self.pd_q.q.val();
        self.pe_vi_q.d.next = !self.entry.val().get_bit(self.e_any_vi_bit.val().index())
            & (self.entry.val().get_bits::<VI_W>(self.e_vi_lsb.val().index()) != self.vi_q.q.val());
        self.pe_rights_q.d.next = (self.write_q.q.val()
            & !self.entry.val().get_bit(self.e_write_bit.val().index()))
            | (!self.write_q.q.val() & !self.entry.val().get_bit(self.e_read_bit.val().index()));
        self.pe_outside_q.d.next = (self.va_q.q.val()
            < bit_cast::<64, START_W>(self.entry.val().get_bits::<START_W>(self.e_start_lsb.val().index())))
            | (self.end_va_q.q.val()
                > bit_cast::<64, END_W>(self.entry.val().get_bits::<END_W>(self.e_end_lsb.val().index())));

        match self.state.q.val() {
            UnitState::Idle => {
                // The request is captured in every idle cycle (nothing reads these registers
                // before a request is taken, and the responses are read with `rsp_valid`
                // only), so only the state waits for the handshake: the registers' enables do
                // not depend on it.
                self.admit_q.d.next = self.req_admit.val();
                self.vi_q.d.next = self.req_vi.val();
                self.pd_q.d.next = self.req_pd.val();
                self.key_slot_q.d.next = self.req_key_slot.val();
                self.va_q.d.next = self.req_va.val();
                self.len_q.d.next = self.req_len.val();
                self.write_q.d.next = self.req_write.val();
                self.shortcut_q.d.next = self.req_shortcut.val();
                self.pa_q.d.next = 0.into();
                self.fault_q.d.next = self.req_va.val();
                self.ticket_q.d.next = 0.into();
                if self.idle.val() & !self.any_command.val() & self.req_valid.val() {
                    if self.req_admit.val() {
                        self.state.d.next = UnitState::AdmitKey;
                    } else {
                        self.state.d.next = UnitState::Lookup;
                    }
                }
            }
            UnitState::AdmitKey => {
                self.state.d.next = UnitState::AdmitKeyWait;
            }
            UnitState::AdmitKeyWait => {
                self.key_generation_q.d.next = self.keys.lookup_generation.val();
                if self.keys.lookup_valid.val() {
                    self.unsealer.start.next = true;
                    self.state.d.next = UnitState::AdmitUnseal;
                } else {
                    self.status_q.d.next = self.shortcut_invalid.val();
                    self.state.d.next = UnitState::Respond;
                }
            }
            UnitState::AdmitUnseal => {
                if self.unsealer.done.val() {
                    self.state.d.next = UnitState::AdmitDecode;
                }
            }
            UnitState::AdmitDecode => {
                self.state.d.next = UnitState::AdmitCheck;
            }
            UnitState::AdmitCheck => {
                // The first failing check, in the model's order, is the status.
                self.state.d.next = UnitState::Respond;
                if self.sc_invalid_q.q.val() {
                    self.status_q.d.next = self.shortcut_invalid.val();
                } else if self.sc_stale_q.q.val() {
                    self.status_q.d.next = self.shortcut_stale.val();
                } else if self.sc_domain_q.q.val() {
                    self.status_q.d.next = self.shortcut_domain.val();
                } else if self.sc_block_q.q.val() {
                    self.status_q.d.next = self.shortcut_block.val();
                } else if self.sc_crosses_q.q.val() {
                    self.status_q.d.next = self.crosses_block.val();
                    self.fault_q.d.next = self.cross_va_q.q.val();
                } else if self.sc_rights_q.q.val() {
                    self.status_q.d.next = self.shortcut_rights.val();
                } else {
                    self.state.d.next = UnitState::AdmitProt;
                }
            }
            UnitState::AdmitProt => {
                self.state.d.next = UnitState::AdmitProtCheck;
            }
            UnitState::AdmitProtCheck => {
                // The first failing check, in the model's order, is the status.
                self.state.d.next = UnitState::Respond;
                if self.pe_invalid_q.q.val() {
                    self.status_q.d.next = self.region_invalid.val();
                } else if self.pe_stale_q.q.val() {
                    self.status_q.d.next = self.region_stale.val();
                } else if self.pe_domain_q.q.val() {
                    self.status_q.d.next = self.region_domain.val();
                } else if self.pe_vi_q.q.val() {
                    self.status_q.d.next = self.region_vi.val();
                } else if self.pe_rights_q.q.val() {
                    self.status_q.d.next = self.region_rights.val();
                } else if self.pe_outside_q.q.val() {
                    self.status_q.d.next = self.out_of_region.val();
                } else {
                    self.status_q.d.next = self.ok.val();
                    self.ticket_q.d.next = self.plain.val();
                }
            }
            UnitState::Lookup => {
                self.state.d.next = UnitState::LookupCompare;
            }
            UnitState::LookupCompare => {
                self.state.d.next = UnitState::LookupCheck;
            }
            UnitState::LookupCheck => {
                if self.iotlb_enable.val() & self.iotlb.hit.val() {
                    self.cache_events.next = self.cache_events.val().replace_bit(1, true);
                    self.state.d.next = UnitState::Respond;
                    if self.write_q.q.val() & !self.iotlb.writable.val() {
                        self.status_q.d.next = self.read_only.val();
                    } else {
                        self.status_q.d.next = self.ok.val();
                        self.pa_q.d.next = (bit_cast::<64, PA_PAGE_W>(self.iotlb.pa_page.val())
                            << self.page_shift.val())
                            | self.page_offset.val();
                    }
                } else {
                    self.cache_events.next = self.cache_events.val().replace_bit(2, true);
                    self.walker.start.next = true;
                    self.state.d.next = UnitState::Walk;
                }
            }
            UnitState::Walk => {
                if self.walker.done.val() {
                    self.status_q.d.next = self.walker.status.val();
                    if self.walker.status.val() == self.ok.val() {
                        self.pa_q.d.next = self.walker.pa.val();
                        self.iotlb.fill.next = self.iotlb_enable.val();
                    }
                    self.state.d.next = UnitState::Respond;
                }
            }
            UnitState::Respond => {
                if self.rsp_ready.val() {
                    self.state.d.next = UnitState::Idle;
                }
            }
            _ => {
                self.state.d.next = UnitState::Idle;
            }
        }
        self.cache_events_q.d.next = self.cache_events.val();
    }
}

/// A translation unit with the table sizes of an [`EngineConfig`], as Verilog (module `top`).
/// Sizes are type parameters of the blocks, so each supported configuration is listed here;
/// others are reported, not silently rounded.
pub fn translate_unit_verilog(cfg: &EngineConfig) -> Result<String, String> {
    let log2 = |v: u32| v.trailing_zeros();
    let key =
        (log2(cfg.iotlb_entries), log2(cfg.line_cache_lines), log2(cfg.prot_entries), log2(cfg.key_slots));
    Ok(match key {
        // EngineConfig::small()
        (4, 2, 4, 2) => crate::verilog::verilog_of(&mut TranslateUnit::<4, 3, 10, 4, 2>::default()),
        // EngineConfig::default()
        (6, 4, 8, 6) => crate::verilog::verilog_of(&mut TranslateUnit::<6, 5, 12, 8, 6>::default()),
        other => {
            return Err(format!(
                "no translation-unit instance for (log2 iotlb, lines, protection, keys) = {other:?}; \
                 add one to translate_unit_verilog"
            ));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_translate_unit_signs_off() {
        let v = translate_unit_verilog(&EngineConfig::small()).unwrap();
        yosys_validate("translate_unit_small", &v).unwrap();
        crate::verilog::verilator_lint("translate_unit_small", &v).unwrap();
    }

    #[test]
    fn default_translate_unit_signs_off() {
        let v = translate_unit_verilog(&EngineConfig::default()).unwrap();
        yosys_validate("translate_unit_default", &v).unwrap();
        crate::verilog::verilator_lint("translate_unit_default", &v).unwrap();
    }

    #[test]
    fn unknown_configurations_are_reported() {
        let cfg = EngineConfig { iotlb_entries: 128, ..EngineConfig::small() };
        assert!(translate_unit_verilog(&cfg).unwrap_err().contains("no translation-unit instance"));
    }
}
