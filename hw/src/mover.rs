//! Data mover (R5-R8): moves the bytes of one admitted descriptor, chunk by chunk as
//! `viaduct_abi::transfer` cuts them (no chunk crosses a 4 KiB page of any memory buffer),
//! with the reference model's order and failure semantics:
//!
//! - **Planner**: for each chunk, translate and check the source page, then the destination
//!   page, through the translation unit, before a byte of the chunk moves; the first failure
//!   ends the transfer with its status, the chunk's offset as bytes done and its VA.
//! - **Source**: host reads (several bursts in flight, see [`crate::mem_reader`]), the
//!   descriptor's inline bytes, the next network frame, or a storage read command and its
//!   response; the whole chunk lands in the read buffer, and only a chunk that arrived without
//!   error goes on.
//! - **Sink**: the realigner moves the chunk's bytes to the lanes of the destination: host
//!   writes (see [`crate::mem_writer`]), the network frame (packed; TLAST with the last byte,
//!   TUSER when a fault cuts it short after some bytes), or a storage write command with the
//!   chunk's bytes and its response.
//!
//! A chunk is translated only once every earlier chunk is past the points where it can fail
//! (its host writes acknowledged, or for other destinations its source in), as the model
//! translates a chunk only after the one before it moved: a host fault then leaves the
//! caches, the cache counters and host memory as the model leaves them. It also makes copies
//! between overlapping buffers read what the model reads: when a chunk's source is read, every
//! earlier chunk's writes are acknowledged, so no overlap check is needed (a planner that
//! translates ahead would need one again). A network send still reads a chunk while the one
//! before it leaves on the stream; a copy reads a chunk after the one before it is written.
//! Receives, loads and stores also wait for their source or sink (frame end, storage error)
//! before the next chunk. The result is the failure with the smallest offset; no later chunk
//! moves once an earlier one failed.

use crate::axi::{Axi4ReadMaster, Axi4WriteMaster, AxisFrameMaster, AxisSlave};
use crate::block::{array, constant};
use crate::desc_check::INLINE_W;
use crate::fifo::ReadBuffer;
use crate::hdl_block;
use crate::mem_reader::{MOVER_ID_W, MemReader};
use crate::mem_writer::MemWriter;
use crate::packer::StreamPacker;
use crate::realign::Realigner;
use crate::reg_slice::RegSlice;
use rust_hdl::prelude::*;
use viaduct_abi::Status;
use viaduct_abi::stream::{
    STORAGE_COMMAND_SIZE, STORAGE_RESPONSE_SIZE, StorageCommand, StorageOp, StorageResponse,
};

/// Chunks between translation and the end of their move.
pub const CHUNKS: usize = 4;

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum MoverState {
    Idle,
    Run,
    /// End a network frame cut short by a fault.
    Close,
    /// Wait until the network frame has left.
    FrameOut,
    /// Drop the rest of a received frame.
    Drain,
    Finish,
    Done,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum PlanState {
    Idle,
    Next,
    Src,
    SrcWait,
    Dst,
    DstWait,
    Push,
    Wait,
    Done,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum SourceState {
    Idle,
    Inline,
    Rx,
    Command,
    ResponseHead,
    ResponseData,
    ResponseDrain,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum SinkState {
    Idle,
    Header,
    Data,
    Response,
    ResponseDrain,
}

/// Byte positions of the storage headers, probed from their encoders in `viaduct-abi`.
struct StorageLayout {
    write_op: u64,
    read_op: u64,
    len_byte: usize,
    offset_byte: usize,
    status_byte: usize,
}

fn first_difference(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).position(|(x, y)| x != y).expect("the probe changed the header")
}

fn storage_layout() -> StorageLayout {
    let cmd = |op, len, offset| StorageCommand { op, len, offset }.to_bytes();
    let base = cmd(StorageOp::Write, 0, 0);
    let len_byte = first_difference(&base, &cmd(StorageOp::Write, 0xff, 0));
    let offset_byte = first_difference(&base, &cmd(StorageOp::Write, 0, 0xff));
    assert_eq!(
        cmd(StorageOp::Write, 0x0403_0201, 0)[len_byte..len_byte + 4],
        [1, 2, 3, 4],
        "len: 4 LE bytes"
    );
    assert_eq!(
        cmd(StorageOp::Write, 0, 0x0807_0605_0403_0201)[offset_byte..offset_byte + 8],
        [1, 2, 3, 4, 5, 6, 7, 8],
        "offset: 8 LE bytes"
    );
    let word = |b: [u8; STORAGE_COMMAND_SIZE]| u64::from_le_bytes(b[..8].try_into().expect("8 bytes"));
    assert!(cmd(StorageOp::Read, 0, 0)[8..].iter().all(|b| *b == 0), "the opcode is in the first word");
    let rsp = |status| StorageResponse { status, len: 0 }.to_bytes();
    let status_byte = first_difference(&rsp(0), &rsp(0xff));
    StorageLayout {
        write_op: word(base),
        read_op: word(cmd(StorageOp::Read, 0, 0)),
        len_byte,
        offset_byte,
        status_byte,
    }
}

fn code(s: Status) -> Constant<Bits<8>> {
    constant(u64::from(s.code()))
}

hdl_block! {
    /// `D` data bits, `S = D / 8` lanes, `L = log2 S`, `D2 = 2 D`; host bursts of at most
    /// `2^MB` bytes; a read buffer of `2^N` beats (`N1 = N + 1`), room for two chunks;
    /// `SC = S + 8` bits for a received beat's keep bits and byte count.
    pub struct Mover<const D: usize, const S: usize, const L: usize, const D2: usize, const MB: usize, const N: usize, const N1: usize, const SC: usize> {
        pub clock: Signal<In, Clock>,
        // The job: an admitted descriptor.
        pub start: Signal<In, Bit>,
        pub src_mem: Signal<In, Bit>,
        pub dst_mem: Signal<In, Bit>,
        pub src_inline: Signal<In, Bit>,
        pub src_net: Signal<In, Bit>,
        pub src_storage: Signal<In, Bit>,
        pub dst_net: Signal<In, Bit>,
        pub dst_storage: Signal<In, Bit>,
        pub pipelined: Signal<In, Bit>,
        pub vi: Signal<In, Bits<8>>,
        pub src_va: Signal<In, Bits<64>>,
        pub dst_va: Signal<In, Bits<64>>,
        /// Admission tickets (unsealed shortcuts) of the buffers.
        pub src_ticket: Signal<In, Bits<128>>,
        pub dst_ticket: Signal<In, Bits<128>>,
        pub len: Signal<In, Bits<32>>,
        pub storage_offset: Signal<In, Bits<64>>,
        pub inline_data: Signal<In, Bits<INLINE_W>>,
        pub busy: Signal<Out, Bit>,
        /// One-cycle pulse with the result.
        pub done: Signal<Out, Bit>,
        pub status: Signal<Out, Bits<8>>,
        pub bytes: Signal<Out, Bits<32>>,
        pub fault_va: Signal<Out, Bits<64>>,
        pub fault_on_dst: Signal<Out, Bit>,
        pub watchdog: Signal<In, Bits<32>>,
        pub reads_in_flight: Signal<In, Bits<8>>,
        // Translation of chunks (request with the ticket, `req_admit` low).
        pub tu_req_valid: Signal<Out, Bit>,
        pub tu_req_ready: Signal<In, Bit>,
        pub tu_req_va: Signal<Out, Bits<64>>,
        pub tu_req_write: Signal<Out, Bit>,
        pub tu_req_ticket: Signal<Out, Bits<128>>,
        pub tu_rsp_valid: Signal<In, Bit>,
        pub tu_rsp_ready: Signal<Out, Bit>,
        pub tu_rsp_status: Signal<In, Bits<8>>,
        pub tu_rsp_pa: Signal<In, Bits<64>>,
        /// Bytes from the translated VA to the end of its page.
        pub tu_rsp_bytes: Signal<In, Bits<{ crate::translate_unit::BYTES_W }>>,
        // Ports.
        pub m_rd: Axi4ReadMaster<64, D, MOVER_ID_W>,
        pub m_wr: Axi4WriteMaster<64, D, S, MOVER_ID_W>,
        pub net_tx: AxisFrameMaster<D, S>,
        pub net_rx: AxisSlave<D, S>,
        pub sto_tx: AxisFrameMaster<D, S>,
        pub sto_rx: AxisSlave<D, S>,
        /// Counter pulses.
        pub frames_sent: Signal<Out, Bit>,
        pub storage_command: Signal<Out, Bit>,
        /// A received beat waits for the receive source (the VI table makes receive
        /// descriptors eligible only then).
        pub rx_avail: Signal<Out, Bit>,
        /// The network receive stream, registered on its way in with each beat's byte count,
        /// so the receive decisions start from registers.
        rx_slice: RegSlice<D, SC>,
        rbuf: ReadBuffer<D, N, N1>,
        reader: MemReader<D, L, MB, N1>,
        writer: MemWriter<D, S, L, MB>,
        realign: Realigner<D, S, D2>,
        net_pack: StreamPacker<D, S>,
        sto_pack: StreamPacker<D, S>,
        state: DFF<MoverState>,
        plan: DFF<PlanState>,
        src: DFF<SourceState>,
        snk: DFF<SinkState>,
        // The sink may start the chunk at `p_snk`, as of a cycle ago: taken only while the sink
        // sat idle in the job's Run (so `p_snk` has not moved) and no failure came in since;
        // an entry's error is final once its source is past it, so nothing else can change.
        snk_go_q: DFF<Bit>,
        j_src_mem: DFF<Bit>,
        j_dst_mem: DFF<Bit>,
        j_src_inline: DFF<Bit>,
        j_src_net: DFF<Bit>,
        j_src_storage: DFF<Bit>,
        j_dst_net: DFF<Bit>,
        j_dst_storage: DFF<Bit>,
        j_pipelined: DFF<Bit>,
        j_vi: DFF<Bits<8>>,
        j_src_va: DFF<Bits<64>>,
        j_dst_va: DFF<Bits<64>>,
        j_src_ticket: DFF<Bits<128>>,
        j_dst_ticket: DFF<Bits<128>>,
        j_len: DFF<Bits<32>>,
        j_storage_offset: DFF<Bits<64>>,
        j_inline: DFF<Bits<INLINE_W>>,
        // The chunk table: planner writes at p_wr; reads are issued at p_ar; sources complete
        // at p_src; the sink moves at p_snk.
        c_off: [DFF<Bits<32>>; CHUNKS] = array(),
        c_len: [DFF<Bits<16>>; CHUNKS] = array(),
        c_src_pa: [DFF<Bits<64>>; CHUNKS] = array(),
        c_dst_pa: [DFF<Bits<64>>; CHUNKS] = array(),
        c_actual: [DFF<Bits<16>>; CHUNKS] = array(),
        c_err: [DFF<Bits<8>>; CHUNKS] = array(),
        p_wr: DFF<Bits<3>>,
        p_ar: DFF<Bits<3>>,
        p_src: DFF<Bits<3>>,
        p_snk: DFF<Bits<3>>,
        /// Chunks before p_ack are written and acknowledged (or left the stream ports).
        p_ack: DFF<Bits<3>>,
        /// p_ar points at a written entry and did not move in the cycle before, so `ar_*_q`
        /// hold that entry.
        ar_fresh: DFF<Bit>,
        /// The reader's failure stop, registered: a recorded failure at or before the chunk at
        /// `p_ar` (read with `ar_fresh`), and a failure recorded in the cycle before (the stop
        /// may not show it yet: no chunk starts then). A failure only moves to smaller offsets.
        stop_ar_q: DFF<Bit>,
        /// The sources' failure report, registered on its way to the merge: its offset,
        /// status and side. No source starts a chunk, and the job does not finish, while one
        /// is on its way; the planner and the reader stop as they will for the failure.
        rep_src_q: DFF<Bit>,
        rep_src_off_q: DFF<Bits<32>>,
        rep_src_status_q: DFF<Bits<8>>,
        rep_src_on_dst_q: DFF<Bit>,
        f_new_q: DFF<Bit>,
        /// The entry at p_ar a cycle old, for the reader (valid while `ar_fresh`).
        ar_pa_q: DFF<Bits<64>>,
        ar_len_q: DFF<Bits<16>>,
        // The failure with the smallest offset so far.
        f_valid: DFF<Bit>,
        f_off: DFF<Bits<32>>,
        f_status: DFF<Bits<8>>,
        f_on_dst: DFF<Bit>,
        plan_off: DFF<Bits<32>>,
        plan_n: DFF<Bits<16>>,
        /// The bytes left and the rooms left in the two pages at plan_off, a cycle old
        /// (`next_half`: plan_off has not moved since), and from them the next chunk's length
        /// before translation, two cycles old (`next_fresh`). Two stages keep the adders and
        /// the comparisons in separate cycles.
        rem: DFF<Bits<32>>,
        src_room: DFF<Bits<16>>,
        dst_room: DFF<Bits<16>>,
        next_half: DFF<Bit>,
        next_n: DFF<Bits<16>>,
        next_fresh: DFF<Bit>,
        /// `plan_off == j_len`, a cycle old: exact while `next_fresh` (plan_off moved two
        /// cycles or more before).
        plan_end_q: DFF<Bit>,
        plan_src_pa: DFF<Bits<64>>,
        plan_dst_pa: DFF<Bits<64>>,
        rx_pos: DFF<Bits<32>>,
        rx_ended: DFF<Bit>,
        truncated: DFF<Bit>,
        s_beat: DFF<Bits<16>>,
        /// The entry at p_src and what the stream sources derive from it, a cycle old
        /// (`src_fresh`: p_src still points at the same written entry). A stream source
        /// starts a chunk only when fresh, and p_src holds until the chunk is in.
        src_fresh: DFF<Bit>,
        s_off: DFF<Bits<32>>,
        s_len: DFF<Bits<16>>,
        rx_chunk_end: DFF<Bits<32>>,
        // Whole beats from the receive position's beat to the chunk end's beat, set as a
        // receive starts and counted down by each full beat taken: the beat's fit is then a
        // zero test rather than a 32-bit compare.
        rx_dist_q: DFF<Bits<32>>,
        rx_dist_zero: Signal<Local, Bit>,
        rx_full_beat: Signal<Local, Bit>,
        inline_end: DFF<Bits<16>>,
        rsp_beats: DFF<Bits<16>>,
        s_err: DFF<Bit>,
        hdr_beat: DFF<Bits<8>>,
        out_status: DFF<Bits<8>>,
        out_bytes: DFF<Bits<32>>,
        out_va: DFF<Bits<64>>,
        out_on_dst: DFF<Bit>,
        // Entries at the pointers.
        e_ar_pa: Signal<Local, Bits<64>>,
        e_ar_len: Signal<Local, Bits<16>>,
        e_ar_off: Signal<Local, Bits<32>>,
        e_src_off: Signal<Local, Bits<32>>,
        e_src_len: Signal<Local, Bits<16>>,
        e_snk_off: Signal<Local, Bits<32>>,
        e_snk_actual: Signal<Local, Bits<16>>,
        e_snk_src_pa: Signal<Local, Bits<64>>,
        e_snk_dst_pa: Signal<Local, Bits<64>>,
        e_snk_err: Signal<Local, Bits<8>>,
        e_last_actual: Signal<Local, Bits<16>>,
        e_last_len: Signal<Local, Bits<16>>,
        // Source completion of the chunk at p_src this cycle.
        src_done: Signal<Local, Bit>,
        src_actual: Signal<Local, Bits<16>>,
        src_errcode: Signal<Local, Bits<8>>,
        // Failure reports of this cycle, merged into f_*.
        n_valid: Signal<Local, Bit>,
        n_take: Signal<Local, Bit>,
        n_off: Signal<Local, Bits<32>>,
        n_status: Signal<Local, Bits<8>>,
        n_on_dst: Signal<Local, Bit>,
        rep_plan: Signal<Local, Bit>,
        rep_plan_dst: Signal<Local, Bit>,
        rep_src: Signal<Local, Bit>,
        rep_src_status: Signal<Local, Bits<8>>,
        rep_sink: Signal<Local, Bit>,
        s_fail: Signal<Local, Bit>,
        stop_ar: Signal<Local, Bit>,
        stop_src: Signal<Local, Bit>,
        stop_snk: Signal<Local, Bit>,
        stop_plan: Signal<Local, Bit>,
        // Planner arithmetic.
        n_next: Signal<Local, Bits<32>>,
        src_short: Signal<Local, Bit>,
        dst_short: Signal<Local, Bit>,
        table_full: Signal<Local, Bit>,
        rx_has_byte: Signal<Local, Bit>,
        // Stream sources.
        /// The bytes of the beat coming in (its last kept lane, plus one), and of the beat
        /// at the slice's output.
        in_count: Signal<Local, Bits<8>>,
        lane_ix: Signal<Local, Bits<8>>,
        keep_count: Signal<Local, Bits<16>>,
        rx_keep: Signal<Local, Bits<S>>,
        rx_ready: Signal<Local, Bit>,
        rx_beat_end: Signal<Local, Bits<32>>,
        rx_base: Signal<Local, Bits<32>>,
        rx_end_base: Signal<Local, Bits<32>>,
        rx_end_lane: Signal<Local, Bits<16>>,
        rx_fits: Signal<Local, Bit>,
        rx_fills: Signal<Local, Bit>,
        header: Signal<Local, Bits<128>>,
        header_data: Signal<Local, Bits<D>>,
        header_strb: Signal<Local, Bits<S>>,
        sink_finished: Signal<Local, Bit>,
        work_done: Signal<Local, Bit>,
        settled: Signal<Local, Bit>,
        lane_mask: Constant<Bits<64>> = constant((1 << L) - 1),
        lane_mask32: Constant<Bits<32>> = constant((1 << L) - 1),
        lanes32: Constant<Bits<32>> = constant(1 << L),
        count_lsb: Constant<Bits<8>> = constant(S as u64),
        beat_shift: Constant<Bits<8>> = constant(L as u64),
        data_shift: Constant<Bits<8>> = constant(L as u64 + 3),
        page: Constant<Bits<32>> = constant(viaduct_abi::pagetable::PAGE_SIZE),
        page_mask: Constant<Bits<64>> = constant(viaduct_abi::pagetable::PAGE_SIZE - 1),
        chunks: Constant<Bits<3>> = constant(CHUNKS as u64),
        chunk_mask: Constant<Bits<3>> = constant(CHUNKS as u64 - 1),
        inline_bytes: Constant<Bits<16>> = constant(INLINE_W as u64 / 8),
        rsp_lane: Constant<Bits<16>> = constant((STORAGE_RESPONSE_SIZE % S) as u64),
        rsp_first_data_beat: Constant<Bits<16>> = constant((STORAGE_RESPONSE_SIZE / S) as u64),
        cmd_lane: Constant<Bits<8>> = constant((STORAGE_COMMAND_SIZE % S) as u64),
        cmd_last_beat: Constant<Bits<8>> = constant((STORAGE_COMMAND_SIZE.div_ceil(S)) as u64 - 1),
        cmd_ones: Constant<Bits<32>> = constant((1 << STORAGE_COMMAND_SIZE) - 1),
        write_op: Constant<Bits<128>> = constant(storage_layout().write_op),
        read_op: Constant<Bits<128>> = constant(storage_layout().read_op),
        len_pos: Constant<Bits<8>> = constant(8 * storage_layout().len_byte as u64),
        offset_pos: Constant<Bits<8>> = constant(8 * storage_layout().offset_byte as u64),
        status_pos: Constant<Bits<16>> = constant(8 * storage_layout().status_byte as u64),
        status_lane: Constant<Bits<8>> = constant(storage_layout().status_byte as u64),
        lanes_minus_one: Constant<Bits<16>> = constant(S as u64 - 1),
        ok: Constant<Bits<8>> = code(Status::Ok),
        host_read_error: Constant<Bits<8>> = code(Status::HostReadError),
        host_write_error: Constant<Bits<8>> = code(Status::HostWriteError),
        host_timeout: Constant<Bits<8>> = code(Status::HostTimeout),
        storage_error: Constant<Bits<8>> = code(Status::StorageError),
        rx_truncated: Constant<Bits<8>> = code(Status::NetRxTruncated),
    }
}

impl<
    const D: usize,
    const S: usize,
    const L: usize,
    const D2: usize,
    const MB: usize,
    const N: usize,
    const N1: usize,
    const SC: usize,
> Mover<D, S, L, D2, MB, N, N1, SC>
{
    /// Checks the relations between the parameters.
    pub fn new() -> Self {
        assert_eq!(D, 8 * S, "Mover: D = 8 S");
        assert_eq!(1 << L, S, "Mover: S = 2^L");
        assert_eq!(D2, 2 * D, "Mover: D2 = 2 D");
        assert_eq!(N1, N + 1, "Mover: N1 = N + 1");
        assert_eq!(SC, S + 8, "Mover: SC = S + 8");
        assert!((L..=12).contains(&MB) && (1 << MB) >> L <= 256, "Mover: bursts of 2^MB bytes fit AXI4");
        let chunk_beats = (viaduct_abi::pagetable::PAGE_SIZE as usize >> L) + 1;
        assert!(1 << N >= 2 * chunk_beats - 2, "Mover: the read buffer holds two chunks");
        let _ = storage_layout();
        Self::default()
    }
}

// rust-hdl's code generator takes no match guards: each state's condition stays inside it.
#[allow(clippy::collapsible_match)]
impl<
    const D: usize,
    const S: usize,
    const L: usize,
    const D2: usize,
    const MB: usize,
    const N: usize,
    const N1: usize,
    const SC: usize,
> Logic for Mover<D, S, L, D2, MB, N, N1, SC>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            plan,
            src,
            snk,
            snk_go_q,
            j_src_mem,
            j_dst_mem,
            j_src_inline,
            j_src_net,
            j_src_storage,
            j_dst_net,
            j_dst_storage,
            j_pipelined,
            j_vi,
            j_src_va,
            j_dst_va,
            j_src_ticket,
            j_dst_ticket,
            j_len,
            j_storage_offset,
            j_inline,
            p_wr,
            p_ar,
            p_src,
            p_snk,
            p_ack,
            ar_fresh,
            stop_ar_q,
            rep_src_q,
            rep_src_off_q,
            rep_src_status_q,
            rep_src_on_dst_q,
            f_new_q,
            ar_pa_q,
            ar_len_q,
            f_valid,
            f_off,
            f_status,
            f_on_dst,
            plan_off,
            plan_n,
            rem,
            src_room,
            dst_room,
            next_half,
            next_n,
            next_fresh,
            plan_end_q,
            plan_src_pa,
            plan_dst_pa,
            rx_pos,
            rx_ended,
            truncated,
            s_beat,
            src_fresh,
            s_off,
            s_len,
            rx_chunk_end,
            rx_dist_q,
            inline_end,
            rsp_beats,
            s_err,
            hdr_beat,
            out_status,
            out_bytes,
            out_va,
            out_on_dst
        );
        self.rbuf.clock.next = self.clock.val();
        self.reader.clock.next = self.clock.val();
        self.writer.clock.next = self.clock.val();
        self.realign.clock.next = self.clock.val();
        self.net_pack.clock.next = self.clock.val();
        self.sto_pack.clock.next = self.clock.val();

        // ---- The chunk table and its entries at each pointer.
        self.e_ar_pa.next = 0.into();
        self.e_ar_len.next = 0.into();
        self.e_ar_off.next = 0.into();
        self.e_src_off.next = 0.into();
        self.e_src_len.next = 0.into();
        self.e_snk_off.next = 0.into();
        self.e_snk_actual.next = 0.into();
        self.e_snk_src_pa.next = 0.into();
        self.e_snk_dst_pa.next = 0.into();
        self.e_snk_err.next = 0.into();
        self.e_last_actual.next = 0.into();
        self.e_last_len.next = 0.into();
        for i in 0..CHUNKS {
            self.c_off[i].clock.next = self.clock.val();
            self.c_len[i].clock.next = self.clock.val();
            self.c_src_pa[i].clock.next = self.clock.val();
            self.c_dst_pa[i].clock.next = self.clock.val();
            self.c_actual[i].clock.next = self.clock.val();
            self.c_err[i].clock.next = self.clock.val();
            self.c_off[i].d.next = self.c_off[i].q.val();
            self.c_len[i].d.next = self.c_len[i].q.val();
            self.c_src_pa[i].d.next = self.c_src_pa[i].q.val();
            self.c_dst_pa[i].d.next = self.c_dst_pa[i].q.val();
            self.c_actual[i].d.next = self.c_actual[i].q.val();
            self.c_err[i].d.next = self.c_err[i].q.val();
            if (self.p_ar.q.val() & self.chunk_mask.val()).index() == i {
                self.e_ar_pa.next = self.c_src_pa[i].q.val();
                self.e_ar_len.next = self.c_len[i].q.val();
                self.e_ar_off.next = self.c_off[i].q.val();
            }
            if (self.p_src.q.val() & self.chunk_mask.val()).index() == i {
                self.e_src_off.next = self.c_off[i].q.val();
                self.e_src_len.next = self.c_len[i].q.val();
            }
            if (self.p_snk.q.val() & self.chunk_mask.val()).index() == i {
                self.e_snk_off.next = self.c_off[i].q.val();
                self.e_snk_actual.next = self.c_actual[i].q.val();
                self.e_snk_src_pa.next = self.c_src_pa[i].q.val();
                self.e_snk_dst_pa.next = self.c_dst_pa[i].q.val();
                self.e_snk_err.next = self.c_err[i].q.val();
            }
            if ((self.p_wr.q.val() - 1) & self.chunk_mask.val()).index() == i {
                self.e_last_actual.next = self.c_actual[i].q.val();
                self.e_last_len.next = self.c_len[i].q.val();
            }
        }
        self.ar_pa_q.d.next = self.e_ar_pa.val();
        self.ar_len_q.d.next = self.e_ar_len.val();
        self.ar_fresh.d.next = (self.p_ar.q.val() != self.p_wr.q.val()) & !self.reader.chunk_issued.val();
        // A stage does not start a chunk at or past the offset of a recorded failure.
        self.stop_ar.next = self.f_valid.q.val() & (self.f_off.q.val() <= self.e_ar_off.val());
        self.stop_ar_q.d.next = self.stop_ar.val();
        // (A stream source starts only while `src_fresh`, when s_off is the entry's offset.)
        self.stop_src.next = self.f_valid.q.val() & (self.f_off.q.val() <= self.s_off.q.val());
        self.stop_snk.next = self.f_valid.q.val() & (self.f_off.q.val() <= self.e_snk_off.val());
        // A sources' report on its way stops the planner and the reader as the recorded failure
        // will (both are past its chunk), so they translate and read what they did before.
        self.stop_plan.next =
            (self.f_valid.q.val() & (self.f_off.q.val() <= self.plan_off.q.val())) | self.rep_src_q.q.val();
        self.src_done.next = false;
        self.src_actual.next = self.e_src_len.val();
        self.src_errcode.next = self.ok.val();
        self.rep_plan.next = false;
        self.rep_plan_dst.next = false;
        self.rep_src.next = false;
        self.rep_src_status.next = self.ok.val();
        self.rep_sink.next = false;
        self.s_fail.next = false;

        // ---- Defaults of the sub-blocks and ports.
        // Outputs to the translation unit and the engine: from registers only, each in a
        // statement of its own (handshakes through blocks must not look circular).
        self.tu_req_valid.next =
            (self.plan.q.val() == PlanState::Src) | (self.plan.q.val() == PlanState::Dst);
        self.tu_req_va.next = self.j_src_va.q.val() + bit_cast::<64, 32>(self.plan_off.q.val());
        if self.plan.q.val() == PlanState::Dst {
            self.tu_req_va.next = self.j_dst_va.q.val() + bit_cast::<64, 32>(self.plan_off.q.val());
        }
        self.tu_req_write.next = self.plan.q.val() == PlanState::Dst;
        self.tu_req_ticket.next = self.j_src_ticket.q.val();
        if self.plan.q.val() == PlanState::Dst {
            self.tu_req_ticket.next = self.j_dst_ticket.q.val();
        }
        self.tu_rsp_ready.next =
            (self.plan.q.val() == PlanState::SrcWait) | (self.plan.q.val() == PlanState::DstWait);
        self.done.next = self.state.q.val() == MoverState::Done;
        self.busy.next = self.state.q.val() != MoverState::Idle;
        self.status.next = self.out_status.q.val();
        self.bytes.next = self.out_bytes.q.val();
        self.fault_va.next = self.out_va.q.val();
        self.fault_on_dst.next = self.out_on_dst.q.val();
        self.reader.abandon.next = self.reader.timeout.val()
            | ((self.state.q.val() == MoverState::Finish) & !self.reader.idle.val());
        self.rbuf.reserve.next = self.reader.reserve.val();
        self.rbuf.reserve_beats.next = self.reader.reserve_beats.val();
        self.rbuf.write.next = self.reader.write.val();
        self.rbuf.write_at.next = self.reader.write_at.val();
        self.rbuf.write_data.next = self.reader.write_data.val();
        self.rbuf.commit.next = self.reader.commit.val();
        self.rbuf.commit_beats.next = self.reader.commit_beats.val();
        self.rbuf.flush.next = false;
        self.reader.buf_free.next = self.rbuf.free.val();
        self.reader.buf_alloc.next = self.rbuf.alloc.val();
        self.reader.watchdog.next = self.watchdog.val();
        self.reader.reads_in_flight.next = self.reads_in_flight.val();
        self.reader.chunk_valid.next = (self.state.q.val() == MoverState::Run)
            & self.j_src_mem.q.val()
            & (self.p_ar.q.val() != self.p_wr.q.val())
            & !self.stop_ar_q.q.val()
            & !self.f_new_q.q.val()
            & !self.rep_src_q.q.val()
            & self.ar_fresh.q.val();
        self.reader.chunk_pa.next = self.ar_pa_q.q.val();
        self.reader.chunk_len.next = self.ar_len_q.q.val();
        Axi4ReadMaster::<64, D, MOVER_ID_W>::link(&mut self.m_rd, &mut self.reader.m_axi);
        Axi4WriteMaster::<64, D, S, MOVER_ID_W>::link(&mut self.m_wr, &mut self.writer.m_axi);
        self.writer.watchdog.next = self.watchdog.val();
        self.writer.start.next = false;
        self.writer.chunk_pa.next = self.e_snk_dst_pa.val();
        self.writer.chunk_len.next = self.e_snk_actual.val();
        self.writer.chunk_off.next = self.e_snk_off.val();
        self.writer.in_valid.next = false;
        self.writer.in_data.next = self.realign.out_data.val();
        self.writer.in_strb.next = self.realign.out_strb.val();
        self.writer.in_last.next = self.realign.out_last.val();
        self.realign.start.next = false;
        self.realign.src_lane.next = bit_cast::<8, 32>(self.e_snk_off.val() & self.lane_mask32.val());
        self.realign.dst_lane.next = bit_cast::<8, 32>(self.e_snk_off.val() & self.lane_mask32.val());
        self.realign.len.next = self.e_snk_actual.val();
        self.realign.in_valid.next = self.rbuf.valid.val();
        self.realign.in_data.next = self.rbuf.data.val();
        self.rbuf.pop.next = self.rbuf.valid.val() & self.realign.in_ready.val();
        self.realign.out_ready.next = false;
        if self.j_src_mem.q.val() {
            self.realign.src_lane.next = bit_cast::<8, 64>(self.e_snk_src_pa.val() & self.lane_mask.val());
        }
        if self.j_src_storage.q.val() {
            self.realign.src_lane.next = bit_cast::<8, 16>(self.rsp_lane.val());
        }
        if self.j_dst_mem.q.val() {
            self.realign.dst_lane.next = bit_cast::<8, 64>(self.e_snk_dst_pa.val() & self.lane_mask.val());
        }
        if self.j_dst_storage.q.val() {
            self.realign.dst_lane.next = self.cmd_lane.val();
        }
        // Network output: the realigned chunks, packed.
        self.net_pack.in_valid.next = false;
        self.net_pack.in_data.next = self.realign.out_data.val();
        self.net_pack.in_strb.next = self.realign.out_strb.val();
        self.net_pack.in_last.next = self.realign.out_last.val()
            & ((self.e_snk_off.val() + bit_cast::<32, 16>(self.e_snk_actual.val())) == self.j_len.q.val());
        self.net_pack.close.next = false;
        self.net_tx.tvalid.next = self.net_pack.tvalid.val();
        self.net_tx.tdata.next = self.net_pack.tdata.val();
        self.net_tx.tkeep.next = self.net_pack.tkeep.val();
        self.net_tx.tlast.next = self.net_pack.tlast.val();
        self.net_tx.tuser.next = self.net_pack.tuser.val();
        self.net_tx.tid.next = self.j_vi.q.val();
        self.net_pack.tready.next = self.net_tx.tready.val();
        // Storage output: command headers, and a write command's bytes.
        self.header.next = self.write_op.val();
        if self.j_src_storage.q.val() {
            self.header.next = self.read_op.val();
        }
        self.header.next = self.header.val()
            | (bit_cast::<128, 16>(self.s_len.q.val()) << self.len_pos.val())
            | (bit_cast::<128, 64>(self.j_storage_offset.q.val() + bit_cast::<64, 32>(self.s_off.q.val()))
                << self.offset_pos.val());
        if self.j_dst_storage.q.val() {
            self.header.next = self.write_op.val()
                | (bit_cast::<128, 16>(self.e_snk_actual.val()) << self.len_pos.val())
                | (bit_cast::<128, 64>(
                    self.j_storage_offset.q.val() + bit_cast::<64, 32>(self.e_snk_off.val()),
                ) << self.offset_pos.val());
        }
        self.header_data.next =
            bit_cast::<D, 128>(self.header.val() >> (self.hdr_beat.q.val() << self.data_shift.val()));
        self.header_strb.next =
            bit_cast::<S, 32>(self.cmd_ones.val() >> (self.hdr_beat.q.val() << self.beat_shift.val()));
        self.sto_pack.in_valid.next = false;
        self.sto_pack.in_data.next = self.header_data.val();
        self.sto_pack.in_strb.next = self.header_strb.val();
        self.sto_pack.in_last.next = false;
        self.sto_pack.close.next = false;
        self.sto_tx.tvalid.next = self.sto_pack.tvalid.val();
        self.sto_tx.tdata.next = self.sto_pack.tdata.val();
        self.sto_tx.tkeep.next = self.sto_pack.tkeep.val();
        self.sto_tx.tlast.next = self.sto_pack.tlast.val();
        self.sto_tx.tuser.next = self.sto_pack.tuser.val();
        self.sto_tx.tid.next = self.j_vi.q.val();
        self.sto_pack.tready.next = self.sto_tx.tready.val();
        // The receive slice: each beat with its byte count (its last kept lane, plus one).
        self.lane_ix.next = 0.into();
        self.in_count.next = 0.into();
        for i in 0..S {
            self.lane_ix.next = self.lane_ix.val() + 1;
            if self.net_rx.tkeep.val().get_bit(i) {
                self.in_count.next = self.lane_ix.val();
            }
        }
        self.rx_slice.clock.next = self.clock.val();
        self.rx_slice.flush.next = false;
        self.rx_slice.in_valid.next = self.net_rx.tvalid.val();
        self.net_rx.tready.next = self.rx_slice.in_ready.val();
        self.rx_slice.in_data.next = self.net_rx.tdata.val();
        self.rx_slice.in_side.next = bit_cast::<SC, S>(self.net_rx.tkeep.val())
            | (bit_cast::<SC, 8>(self.in_count.val()) << self.count_lsb.val());
        self.rx_slice.in_last.next = self.net_rx.tlast.val();
        self.rx_keep.next = self.rx_slice.out_side.val().get_bits::<S>(0);
        self.rx_avail.next = self.rx_slice.out_valid.val();
        self.rx_ready.next = false;
        self.sto_rx.tready.next = false;
        self.frames_sent.next = false;
        self.storage_command.next = false;

        // ---- Planner: translate and check each chunk before any of it moves.
        self.rem.d.next = self.j_len.q.val() - self.plan_off.q.val();
        self.src_room.d.next = bit_cast::<16, 32>(
            self.page.val()
                - bit_cast::<32, 64>(
                    (self.j_src_va.q.val() + bit_cast::<64, 32>(self.plan_off.q.val()))
                        & self.page_mask.val(),
                ),
        );
        self.dst_room.d.next = bit_cast::<16, 32>(
            self.page.val()
                - bit_cast::<32, 64>(
                    (self.j_dst_va.q.val() + bit_cast::<64, 32>(self.plan_off.q.val()))
                        & self.page_mask.val(),
                ),
        );
        self.next_half.d.next = true;
        // The smallest of the bytes left (at most a page) and the rooms left in the pages of
        // the memory buffers, from comparisons made side by side. A room is at most a page,
        // so it is short of min(rem, page) when it is short of both.
        self.n_next.next = self.rem.q.val();
        if self.page.val() < self.rem.q.val() {
            self.n_next.next = self.page.val();
        }
        self.src_short.next = (bit_cast::<32, 16>(self.src_room.q.val()) < self.rem.q.val())
            & (bit_cast::<32, 16>(self.src_room.q.val()) < self.page.val());
        self.dst_short.next = (bit_cast::<32, 16>(self.dst_room.q.val()) < self.rem.q.val())
            & (bit_cast::<32, 16>(self.dst_room.q.val()) < self.page.val());
        if self.j_src_mem.q.val()
            & self.src_short.val()
            & !(self.j_dst_mem.q.val() & (self.dst_room.q.val() < self.src_room.q.val()))
        {
            self.next_n.d.next = self.src_room.q.val();
        } else if self.j_dst_mem.q.val() & self.dst_short.val() {
            self.next_n.d.next = self.dst_room.q.val();
        } else {
            self.next_n.d.next = bit_cast::<16, 32>(self.n_next.val());
        }
        self.next_fresh.d.next = self.next_half.q.val();
        self.plan_end_q.d.next = self.plan_off.q.val() == self.j_len.q.val();
        self.table_full.next = (self.p_wr.q.val() - self.p_ack.q.val()) == self.chunks.val();
        self.rx_has_byte.next = self
            .rx_keep
            .val()
            .get_bit(bit_cast::<8, 32>(self.plan_off.q.val() & self.lane_mask32.val()).index());
        // Every chunk handed on is past the points where it can fail: its host writes are
        // acknowledged (memory destinations), or its source is in (other destinations; a
        // store's sink is waited for in `Wait`). Its failure, if any, is in f_* by then.
        self.settled.next = (self.j_dst_mem.q.val() & (self.p_ack.q.val() == self.p_wr.q.val()))
            | (!self.j_dst_mem.q.val() & (self.p_src.q.val() == self.p_wr.q.val()));
        match self.plan.q.val() {
            PlanState::Next => {
                if (self.plan_end_q.q.val() & self.next_fresh.q.val()) | self.stop_plan.val() {
                    self.plan.d.next = PlanState::Done;
                } else if !self.settled.val() | !self.next_fresh.q.val() {
                    // The model translates a chunk only once every earlier one has moved
                    // without failing: a translation ahead of a failure would show in the
                    // cache counters and the caches, and its write could land.
                    self.plan.d.next = PlanState::Next;
                } else if self.j_src_net.q.val() {
                    // A receive goes on while the frame has bytes.
                    if self.rx_ended.q.val() {
                        self.plan.d.next = PlanState::Done;
                    } else if self.rx_slice.out_valid.val() {
                        if self.rx_has_byte.val() {
                            self.plan_n.d.next = self.next_n.q.val();
                            self.plan.d.next = PlanState::Dst;
                        } else {
                            self.plan.d.next = PlanState::Done;
                        }
                    }
                } else {
                    self.plan_n.d.next = self.next_n.q.val();
                    if self.j_src_mem.q.val() {
                        self.plan.d.next = PlanState::Src;
                    } else if self.j_dst_mem.q.val() {
                        self.plan.d.next = PlanState::Dst;
                    } else {
                        self.plan.d.next = PlanState::Push;
                    }
                }
            }
            PlanState::Src => {
                if self.tu_req_ready.val() {
                    self.plan.d.next = PlanState::SrcWait;
                }
            }
            PlanState::SrcWait => {
                if self.tu_rsp_valid.val() {
                    self.plan_src_pa.d.next = self.tu_rsp_pa.val();
                    // A chunk never runs past the page translated for it.
                    if bit_cast::<16, { crate::translate_unit::BYTES_W }>(self.tu_rsp_bytes.val())
                        < self.plan_n.q.val()
                    {
                        self.plan_n.d.next =
                            bit_cast::<16, { crate::translate_unit::BYTES_W }>(self.tu_rsp_bytes.val());
                    }
                    if self.tu_rsp_status.val() != self.ok.val() {
                        self.rep_plan.next = true;
                        self.plan.d.next = PlanState::Done;
                    } else if self.j_dst_mem.q.val() {
                        self.plan.d.next = PlanState::Dst;
                    } else {
                        self.plan.d.next = PlanState::Push;
                    }
                }
            }
            PlanState::Dst => {
                if self.tu_req_ready.val() {
                    self.plan.d.next = PlanState::DstWait;
                }
            }
            PlanState::DstWait => {
                if self.tu_rsp_valid.val() {
                    self.plan_dst_pa.d.next = self.tu_rsp_pa.val();
                    if bit_cast::<16, { crate::translate_unit::BYTES_W }>(self.tu_rsp_bytes.val())
                        < self.plan_n.q.val()
                    {
                        self.plan_n.d.next =
                            bit_cast::<16, { crate::translate_unit::BYTES_W }>(self.tu_rsp_bytes.val());
                    }
                    if self.tu_rsp_status.val() != self.ok.val() {
                        self.rep_plan.next = true;
                        self.rep_plan_dst.next = true;
                        self.plan.d.next = PlanState::Done;
                    } else {
                        self.plan.d.next = PlanState::Push;
                    }
                }
            }
            PlanState::Push => {
                if self.f_valid.q.val() {
                    // An earlier chunk failed: this one is not moved.
                    self.plan.d.next = PlanState::Done;
                } else if !self.table_full.val() {
                    self.p_wr.d.next = self.p_wr.q.val() + 1;
                    if self.j_pipelined.q.val() {
                        self.next_fresh.d.next = false;
                        self.next_half.d.next = false;
                        self.plan_off.d.next =
                            self.plan_off.q.val() + bit_cast::<32, 16>(self.plan_n.q.val());
                        self.plan.d.next = PlanState::Next;
                    } else {
                        self.plan.d.next = PlanState::Wait;
                    }
                }
            }
            PlanState::Wait => {
                // One chunk at a time: until its source (receive, load) or sink (store) is done.
                if self.f_valid.q.val() {
                    self.plan.d.next = PlanState::Next;
                } else if (self.j_dst_storage.q.val() & (self.p_snk.q.val() == self.p_wr.q.val()))
                    | (!self.j_dst_storage.q.val() & (self.p_src.q.val() == self.p_wr.q.val()))
                {
                    self.next_fresh.d.next = false;
                    self.next_half.d.next = false;
                    self.plan_off.d.next =
                        self.plan_off.q.val() + bit_cast::<32, 16>(self.e_last_actual.val());
                    self.plan.d.next = PlanState::Next;
                    if self.e_last_actual.val() != self.e_last_len.val() {
                        // The frame ended inside the chunk.
                        self.plan.d.next = PlanState::Done;
                    }
                }
            }
            _ => {}
        }
        for i in 0..CHUNKS {
            if (self.plan.q.val() == PlanState::Push)
                & !self.table_full.val()
                & !self.f_valid.q.val()
                & ((self.p_wr.q.val() & self.chunk_mask.val()).index() == i)
            {
                self.c_off[i].d.next = self.plan_off.q.val();
                self.c_len[i].d.next = self.plan_n.q.val();
                self.c_actual[i].d.next = self.plan_n.q.val();
                self.c_src_pa[i].d.next = self.plan_src_pa.q.val();
                self.c_dst_pa[i].d.next = self.plan_dst_pa.q.val();
                self.c_err[i].d.next = self.ok.val();
            }
        }

        // ---- Sources: host reads.
        if self.reader.chunk_issued.val() {
            self.p_ar.d.next = self.p_ar.q.val() + 1;
        }
        if self.reader.chunk_done.val() {
            self.src_done.next = true;
            if self.reader.chunk_error.val() {
                self.src_errcode.next = self.host_read_error.val();
            }
        }
        if self.reader.timeout.val() {
            // The oldest chunk not yet arrived; everything outstanding is forgotten.
            self.rep_src.next = true;
            self.rep_src_status.next = self.host_timeout.val();
        }

        // ---- Sources: inline bytes, network frames, storage responses (into the buffer).
        self.keep_count.next =
            bit_cast::<16, 8>(self.rx_slice.out_side.val().get_bits::<8>(self.count_lsb.val().index()));
        self.rx_base.next = self.rx_pos.q.val() & !self.lane_mask32.val();
        self.rx_beat_end.next = self.rx_base.val() + bit_cast::<32, 16>(self.keep_count.val());
        // Whether the beat ends inside the chunk (or at its end), from the beat's base and the
        // chunk's end compared in parallel with the count of the beat's bytes: both bases are
        // lane-aligned, so only equal bases leave it to the lanes (or a full beat just short of
        // an aligned end).
        self.rx_end_base.next = self.rx_chunk_end.q.val() & !self.lane_mask32.val();
        self.rx_end_lane.next = bit_cast::<16, 32>(self.rx_chunk_end.q.val() & self.lane_mask32.val());
        self.rx_dist_zero.next = !self.rx_dist_q.q.val().any();
        self.rx_full_beat.next = bit_cast::<32, 16>(self.keep_count.val()) == self.lanes32.val();
        self.rx_fits.next = !self.rx_dist_zero.val() | (self.keep_count.val() <= self.rx_end_lane.val());
        self.rx_fills.next = (self.rx_dist_zero.val() & (self.keep_count.val() == self.rx_end_lane.val()))
            | ((self.rx_dist_q.q.val() == 1) & self.rx_full_beat.val() & !self.rx_end_lane.val().any());
        self.s_off.d.next = self.e_src_off.val();
        self.s_len.d.next = self.e_src_len.val();
        self.rx_chunk_end.d.next = self.e_src_off.val() + bit_cast::<32, 16>(self.e_src_len.val());
        self.inline_end.d.next = bit_cast::<16, 32>(
            (self.e_src_off.val() + bit_cast::<32, 16>(self.e_src_len.val()) - 1) >> self.beat_shift.val(),
        );
        self.rsp_beats.d.next = (self.rsp_lane.val() + self.e_src_len.val() + self.lanes_minus_one.val())
            >> self.beat_shift.val();
        self.src_fresh.d.next = (self.p_src.q.val() != self.p_wr.q.val()) & !self.src_done.val();
        match self.src.q.val() {
            SourceState::Idle => {
                if (self.state.q.val() == MoverState::Run)
                    & !self.j_src_mem.q.val()
                    & (self.p_src.q.val() != self.p_wr.q.val())
                    & self.src_fresh.q.val()
                    & !self.stop_src.val()
                    & !self.rep_src_q.q.val()
                {
                    self.s_err.d.next = false;
                    self.hdr_beat.d.next = 0.into();
                    if self.j_src_inline.q.val() {
                        self.s_beat.d.next = bit_cast::<16, 32>(self.s_off.q.val() >> self.beat_shift.val());
                        self.src.d.next = SourceState::Inline;
                    }
                    if self.j_src_net.q.val() {
                        self.rx_dist_q.d.next =
                            (self.rx_end_base.val() - self.rx_base.val()) >> self.beat_shift.val();
                        self.src.d.next = SourceState::Rx;
                    }
                    if self.j_src_storage.q.val() {
                        self.src.d.next = SourceState::Command;
                    }
                }
            }
            SourceState::Inline => {
                if self.rbuf.free.val().any() {
                    self.rbuf.reserve.next = true;
                    self.rbuf.reserve_beats.next = 1.into();
                    self.rbuf.write.next = true;
                    self.rbuf.write_at.next = self.rbuf.alloc.val();
                    self.rbuf.write_data.next = bit_cast::<D, 1024>(
                        bit_cast::<1024, INLINE_W>(self.j_inline.q.val())
                            >> (self.s_beat.q.val() << self.data_shift.val()),
                    );
                    self.rbuf.commit.next = true;
                    self.rbuf.commit_beats.next = 1.into();
                    self.s_beat.d.next = self.s_beat.q.val() + 1;
                    if self.s_beat.q.val() == self.inline_end.q.val() {
                        self.src_done.next = true;
                        self.src.d.next = SourceState::Idle;
                    }
                }
            }
            SourceState::Rx => {
                // The beat holding rx_pos goes in; it is taken from the stream unless the
                // chunk ends inside it and the frame goes on in it.
                if self.rx_slice.out_valid.val() & self.rbuf.free.val().any() {
                    self.rbuf.reserve.next = true;
                    self.rbuf.reserve_beats.next = 1.into();
                    self.rbuf.write.next = true;
                    self.rbuf.write_at.next = self.rbuf.alloc.val();
                    self.rbuf.write_data.next = self.rx_slice.out_data.val();
                    self.rbuf.commit.next = true;
                    self.rbuf.commit_beats.next = 1.into();
                    if self.rx_fits.val() {
                        self.rx_ready.next = true;
                        self.rx_pos.d.next = self.rx_beat_end.val();
                        if self.rx_full_beat.val() {
                            self.rx_dist_q.d.next = self.rx_dist_q.q.val() - 1;
                        }
                        if self.rx_slice.out_last.val() {
                            self.rx_ended.d.next = true;
                            self.src_done.next = true;
                            self.src_actual.next =
                                bit_cast::<16, 32>(self.rx_base.val() - self.s_off.q.val())
                                    + self.keep_count.val();
                            self.src.d.next = SourceState::Idle;
                        } else if self.rx_fills.val() {
                            self.src_done.next = true;
                            self.src.d.next = SourceState::Idle;
                        }
                    } else {
                        self.rx_pos.d.next = self.rx_chunk_end.q.val();
                        self.src_done.next = true;
                        self.src.d.next = SourceState::Idle;
                    }
                }
            }
            SourceState::Command => {
                // A storage read command for the chunk.
                self.sto_pack.in_valid.next = true;
                self.sto_pack.in_last.next = self.hdr_beat.q.val() == self.cmd_last_beat.val();
                if self.sto_pack.in_ready.val() {
                    self.hdr_beat.d.next = self.hdr_beat.q.val() + 1;
                    if self.hdr_beat.q.val() == 0 {
                        self.storage_command.next = true;
                    }
                    if self.hdr_beat.q.val() == self.cmd_last_beat.val() {
                        self.src.d.next = SourceState::ResponseHead;
                    }
                }
            }
            SourceState::ResponseHead => {
                if self.sto_rx.tvalid.val() {
                    self.s_beat.d.next = 0.into();
                    if self.sto_rx.tdata.val().get_bits::<8>(self.status_pos.val().index()).any()
                        | !self.sto_rx.tkeep.val().get_bit(self.status_lane.val().index())
                    {
                        self.s_err.d.next = true;
                        self.src.d.next = SourceState::ResponseDrain;
                    } else {
                        self.src.d.next = SourceState::ResponseData;
                        if self.rsp_first_data_beat.val().any() {
                            // The header fills the first beat.
                            self.sto_rx.tready.next = true;
                            if self.sto_rx.tlast.val() {
                                self.s_fail.next = true;
                                self.src_done.next = true;
                                self.src.d.next = SourceState::Idle;
                            }
                        }
                    }
                }
            }
            SourceState::ResponseData => {
                if self.sto_rx.tvalid.val() & self.rbuf.free.val().any() {
                    self.sto_rx.tready.next = true;
                    self.rbuf.reserve.next = true;
                    self.rbuf.reserve_beats.next = 1.into();
                    self.rbuf.write.next = true;
                    self.rbuf.write_at.next = self.rbuf.alloc.val();
                    self.rbuf.write_data.next = self.sto_rx.tdata.val();
                    self.rbuf.commit.next = true;
                    self.rbuf.commit_beats.next = 1.into();
                    self.s_beat.d.next = self.s_beat.q.val() + 1;
                    if (self.s_beat.q.val() + 1) == self.rsp_beats.q.val() {
                        if self.sto_rx.tlast.val() {
                            self.src_done.next = true;
                            self.src.d.next = SourceState::Idle;
                        } else {
                            self.src.d.next = SourceState::ResponseDrain;
                        }
                    } else if self.sto_rx.tlast.val() {
                        // A response shorter than the command asked for.
                        self.s_fail.next = true;
                        self.src_done.next = true;
                        self.src.d.next = SourceState::Idle;
                    }
                }
            }
            SourceState::ResponseDrain => {
                self.sto_rx.tready.next = true;
                if self.sto_rx.tvalid.val() & self.sto_rx.tlast.val() {
                    self.src_done.next = true;
                    self.src.d.next = SourceState::Idle;
                }
            }
            _ => {
                self.src.d.next = SourceState::Idle;
            }
        }
        if self.j_src_storage.q.val() & self.src_done.val() & (self.s_err.q.val() | self.s_fail.val()) {
            self.src_errcode.next = self.storage_error.val();
        }
        if self.src_done.val() {
            self.p_src.d.next = self.p_src.q.val() + 1;
            if self.src_errcode.val() != self.ok.val() {
                self.rep_src.next = true;
                self.rep_src_status.next = self.src_errcode.val();
            }
        }
        for i in 0..CHUNKS {
            if self.src_done.val() & ((self.p_src.q.val() & self.chunk_mask.val()).index() == i) {
                self.c_actual[i].d.next = self.src_actual.val();
                self.c_err[i].d.next = self.src_errcode.val();
            }
        }

        // ---- Sink: realign the chunk into its destination.
        self.sink_finished.next = (self.snk.q.val() == SinkState::Idle)
            & ((self.p_snk.q.val() == self.p_wr.q.val())
                | self.stop_snk.val()
                | ((self.p_snk.q.val() != self.p_src.q.val()) & (self.e_snk_err.val() != self.ok.val())));
        self.snk_go_q.d.next = (self.state.q.val() == MoverState::Run)
            & (self.snk.q.val() == SinkState::Idle)
            & (self.p_snk.q.val() != self.p_src.q.val())
            & !self.stop_snk.val()
            & (self.e_snk_err.val() == self.ok.val());
        match self.snk.q.val() {
            SinkState::Idle => {
                if self.snk_go_q.q.val()
                    & (self.state.q.val() == MoverState::Run)
                    & !self.f_new_q.q.val()
                    & !self.writer.issuing.val()
                {
                    if self.j_dst_storage.q.val() {
                        self.hdr_beat.d.next = 0.into();
                        self.snk.d.next = SinkState::Header;
                    } else {
                        self.realign.start.next = true;
                        self.writer.start.next = self.j_dst_mem.q.val();
                        self.snk.d.next = SinkState::Data;
                    }
                }
            }
            SinkState::Header => {
                // A storage write command, then its bytes in the same frame.
                self.sto_pack.in_valid.next = true;
                if self.sto_pack.in_ready.val() {
                    self.hdr_beat.d.next = self.hdr_beat.q.val() + 1;
                    if self.hdr_beat.q.val() == 0 {
                        self.storage_command.next = true;
                    }
                    if self.hdr_beat.q.val() == self.cmd_last_beat.val() {
                        self.realign.start.next = true;
                        self.snk.d.next = SinkState::Data;
                    }
                }
            }
            SinkState::Data => {
                if self.j_dst_mem.q.val() {
                    self.writer.in_valid.next = self.realign.out_valid.val();
                    self.realign.out_ready.next = self.writer.in_ready.val();
                }
                if self.j_dst_net.q.val() {
                    self.net_pack.in_valid.next = self.realign.out_valid.val();
                    self.realign.out_ready.next = self.net_pack.in_ready.val();
                }
                if self.j_dst_storage.q.val() {
                    self.sto_pack.in_valid.next = self.realign.out_valid.val();
                    self.sto_pack.in_data.next = self.realign.out_data.val();
                    self.sto_pack.in_strb.next = self.realign.out_strb.val();
                    self.sto_pack.in_last.next = self.realign.out_last.val();
                    self.realign.out_ready.next = self.sto_pack.in_ready.val();
                }
                if !self.realign.busy.val() & !self.writer.issuing.val() {
                    if self.j_dst_storage.q.val() {
                        self.snk.d.next = SinkState::Response;
                    } else {
                        self.p_snk.d.next = self.p_snk.q.val() + 1;
                        self.snk.d.next = SinkState::Idle;
                    }
                }
            }
            SinkState::Response => {
                if self.sto_rx.tvalid.val() {
                    self.sto_rx.tready.next = true;
                    if self.sto_rx.tdata.val().get_bits::<8>(self.status_pos.val().index()).any()
                        | !self.sto_rx.tkeep.val().get_bit(self.status_lane.val().index())
                    {
                        self.rep_sink.next = true;
                    }
                    if self.sto_rx.tlast.val() {
                        self.p_snk.d.next = self.p_snk.q.val() + 1;
                        self.snk.d.next = SinkState::Idle;
                    } else {
                        self.snk.d.next = SinkState::ResponseDrain;
                    }
                }
            }
            SinkState::ResponseDrain => {
                self.sto_rx.tready.next = true;
                if self.sto_rx.tvalid.val() & self.sto_rx.tlast.val() {
                    self.p_snk.d.next = self.p_snk.q.val() + 1;
                    self.snk.d.next = SinkState::Idle;
                }
            }
            _ => {
                self.snk.d.next = SinkState::Idle;
            }
        }

        // Acknowledged chunks: host writes answered, or the chunk left on a stream port.
        if self.j_dst_mem.q.val() {
            if self.writer.chunk_acked.val() {
                self.p_ack.d.next = self.p_ack.q.val() + 1;
            }
        } else {
            self.p_ack.d.next = self.p_snk.d.val();
        }

        // ---- Failures: keep the one with the smallest offset. The stages work on chunks in
        // order (the writer on the oldest, then the sink, the source, the planner on the
        // newest), so of this cycle's reports the first in that order has the smallest
        // offset; only that one is compared with the failure recorded so far (each stage's
        // offset is compared in parallel, before it is known which one reports). The sources'
        // report arrives a cycle late and still keeps its place: the sink never takes a chunk
        // whose source failed, and the planner is always ahead. The fault VA is the offset
        // from the base of the failing side, added when the result goes out.
        self.n_take.next = !self.f_valid.q.val() | (self.plan_off.q.val() < self.f_off.q.val());
        // Host reads and storage-write sources fail on the source, loads on the destination.
        self.rep_src_q.d.next = self.rep_src.val() & (self.state.q.val() == MoverState::Run);
        self.rep_src_off_q.d.next = self.e_src_off.val();
        self.rep_src_status_q.d.next = self.rep_src_status.val();
        self.rep_src_on_dst_q.d.next = self.j_src_storage.q.val();
        self.n_valid.next =
            self.rep_plan.val() | self.rep_src_q.q.val() | self.rep_sink.val() | self.writer.fail.val();
        self.n_off.next = self.plan_off.q.val();
        self.n_status.next = self.tu_rsp_status.val();
        self.n_on_dst.next = self.rep_plan_dst.val();
        if self.rep_src_q.q.val() {
            self.n_off.next = self.rep_src_off_q.q.val();
            self.n_status.next = self.rep_src_status_q.q.val();
            self.n_on_dst.next = self.rep_src_on_dst_q.q.val();
            self.n_take.next = !self.f_valid.q.val() | (self.rep_src_off_q.q.val() < self.f_off.q.val());
        }
        if self.rep_sink.val() {
            self.n_off.next = self.e_snk_off.val();
            self.n_status.next = self.storage_error.val();
            self.n_on_dst.next = false;
            self.n_take.next = !self.f_valid.q.val() | (self.e_snk_off.val() < self.f_off.q.val());
        }
        if self.writer.fail.val() {
            self.n_off.next = self.writer.fail_off.val();
            self.n_status.next = self.host_write_error.val();
            if self.writer.fail_timeout.val() {
                self.n_status.next = self.host_timeout.val();
            }
            self.n_on_dst.next = true;
            self.n_take.next = !self.f_valid.q.val() | (self.writer.fail_off.val() < self.f_off.q.val());
        }
        self.f_new_q.d.next = self.n_valid.val() & self.n_take.val();
        if self.n_valid.val() & self.n_take.val() {
            self.f_valid.d.next = true;
            self.f_off.d.next = self.n_off.val();
            self.f_status.d.next = self.n_status.val();
            self.f_on_dst.d.next = self.n_on_dst.val();
        }

        // ---- The descriptor's course.
        self.work_done.next = (self.plan.q.val() == PlanState::Done)
            & self.sink_finished.val()
            & self.sto_pack.idle.val()
            & (self.src.q.val() == SourceState::Idle)
            & !self.rep_src_q.q.val()
            & self.writer.idle.val()
            & !self.realign.busy.val();
        match self.state.q.val() {
            MoverState::Idle => {
                if self.start.val() {
                    self.j_src_mem.d.next = self.src_mem.val();
                    self.j_dst_mem.d.next = self.dst_mem.val();
                    self.j_src_inline.d.next = self.src_inline.val();
                    self.j_src_net.d.next = self.src_net.val();
                    self.j_src_storage.d.next = self.src_storage.val();
                    self.j_dst_net.d.next = self.dst_net.val();
                    self.j_dst_storage.d.next = self.dst_storage.val();
                    self.j_pipelined.d.next = self.pipelined.val();
                    self.j_vi.d.next = self.vi.val();
                    self.j_src_va.d.next = self.src_va.val();
                    self.j_dst_va.d.next = self.dst_va.val();
                    self.j_src_ticket.d.next = self.src_ticket.val();
                    self.j_dst_ticket.d.next = self.dst_ticket.val();
                    self.j_len.d.next = self.len.val();
                    self.j_storage_offset.d.next = self.storage_offset.val();
                    self.j_inline.d.next = self.inline_data.val();
                    self.p_wr.d.next = 0.into();
                    self.p_ar.d.next = 0.into();
                    self.p_src.d.next = 0.into();
                    self.p_snk.d.next = 0.into();
                    self.p_ack.d.next = 0.into();
                    self.f_valid.d.next = false;
                    self.next_fresh.d.next = false;
                    self.next_half.d.next = false;
                    self.plan_off.d.next = 0.into();
                    self.plan_src_pa.d.next = 0.into();
                    self.plan_dst_pa.d.next = 0.into();
                    self.rx_pos.d.next = 0.into();
                    self.rx_ended.d.next = false;
                    self.truncated.d.next = false;
                    self.plan.d.next = PlanState::Next;
                    self.state.d.next = MoverState::Run;
                }
            }
            MoverState::Run => {
                if self.work_done.val() {
                    self.plan.d.next = PlanState::Idle;
                    if self.j_dst_net.q.val() & self.f_valid.q.val() & self.f_off.q.val().any() {
                        self.state.d.next = MoverState::Close;
                    } else if self.j_dst_net.q.val() {
                        self.state.d.next = MoverState::FrameOut;
                    } else if self.j_src_net.q.val() {
                        // Bytes left in the frame after a complete transfer: truncated. An
                        // empty frame is one beat with no bytes and TLAST: nothing is left.
                        self.truncated.d.next = !self.rx_ended.q.val()
                            & !(self.rx_slice.out_valid.val()
                                & self.rx_slice.out_last.val()
                                & !self.rx_has_byte.val());
                        self.state.d.next = MoverState::Drain;
                    } else {
                        self.state.d.next = MoverState::Finish;
                    }
                }
            }
            MoverState::Close => {
                self.net_pack.close.next = true;
                if self.net_pack.in_ready.val() {
                    self.state.d.next = MoverState::FrameOut;
                }
            }
            MoverState::FrameOut => {
                if self.net_pack.idle.val() {
                    self.frames_sent.next = !self.f_valid.q.val();
                    self.state.d.next = MoverState::Finish;
                }
            }
            MoverState::Drain => {
                self.rx_ready.next = !self.rx_ended.q.val();
                if self.rx_ended.q.val() | (self.rx_slice.out_valid.val() & self.rx_slice.out_last.val()) {
                    self.rx_ended.d.next = true;
                    self.state.d.next = MoverState::Finish;
                }
            }
            MoverState::Finish => {
                // Forget reads still in flight (chunks after a failure, see `reader.abandon`) and
                // what they brought.
                self.rbuf.flush.next = true;
                self.out_status.d.next = self.ok.val();
                self.out_bytes.d.next = self.j_len.q.val();
                self.out_va.d.next = 0.into();
                self.out_on_dst.d.next = false;
                if self.j_src_net.q.val() {
                    self.out_bytes.d.next = self.plan_off.q.val();
                    if self.truncated.q.val() {
                        self.out_status.d.next = self.rx_truncated.val();
                    }
                }
                if self.f_valid.q.val() {
                    self.out_status.d.next = self.f_status.q.val();
                    self.out_bytes.d.next = self.f_off.q.val();
                    self.out_va.d.next = self.j_src_va.q.val() + bit_cast::<64, 32>(self.f_off.q.val());
                    if self.f_on_dst.q.val() {
                        self.out_va.d.next = self.j_dst_va.q.val() + bit_cast::<64, 32>(self.f_off.q.val());
                    }
                    self.out_on_dst.d.next = self.f_on_dst.q.val();
                }
                self.state.d.next = MoverState::Done;
            }
            MoverState::Done => {
                self.state.d.next = MoverState::Idle;
            }
            _ => {
                self.state.d.next = MoverState::Idle;
            }
        }
        self.rx_slice.out_ready.next = self.rx_ready.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_headers_are_found() {
        let l = storage_layout();
        assert_eq!((l.len_byte, l.offset_byte, l.status_byte), (4, 8, 0));
        assert_ne!(l.write_op, l.read_op);
    }

    #[test]
    fn mover_signs_off() {
        crate::verilog::sign_off_composed("mover64", &mut Mover::<64, 8, 3, 128, 9, 10, 11, 16>::new())
            .unwrap();
    }
}
