//! Byte realigner (R6): moves the bytes of one chunk from the lanes they arrive in (source
//! address modulo the data-path width) to the lanes they leave in (destination address modulo
//! the width), one beat per cycle.
//!
//! A chunk of `len` bytes whose first byte sits in lane `s` of its first input beat leaves in
//! `ceil((t + len) / S)` output beats, its first byte in lane `t`. Output beat `w` is the
//! window `{in[w + p], in[w + p - 1]} >> 8 * (S - r)` of two consecutive input beats, with
//! `r = (t - s) mod S` and `p = 1` when `t < s` (the input leads by a beat: the first input is
//! only held) — so at most one cycle per chunk is spent without moving a beat (holding the
//! first input, or flushing the held last one). Strobes mark exactly the chunk's bytes.

use crate::hdl_block;
use rust_hdl::prelude::*;

/// Width of chunk lengths and beat counts (a chunk is at most 4096 bytes).
pub const LEN_W: usize = 16;

hdl_block! {
    /// `D` data bits, `S = D / 8` lanes, `D2 = 2 * D`.
    pub struct Realigner<const D: usize, const S: usize, const D2: usize> {
        pub clock: Signal<In, Clock>,
        /// Start a chunk (taken while `busy` is low).
        pub start: Signal<In, Bit>,
        pub src_lane: Signal<In, Bits<8>>,
        pub dst_lane: Signal<In, Bits<8>>,
        /// Bytes of the chunk, at least 1.
        pub len: Signal<In, Bits<LEN_W>>,
        pub busy: Signal<Out, Bit>,
        /// Input beats: exactly `ceil((s + len) / S)` are taken.
        pub in_valid: Signal<In, Bit>,
        pub in_ready: Signal<Out, Bit>,
        pub in_data: Signal<In, Bits<D>>,
        pub out_valid: Signal<Out, Bit>,
        pub out_ready: Signal<In, Bit>,
        pub out_data: Signal<Out, Bits<D>>,
        pub out_strb: Signal<Out, Bits<S>>,
        /// Last beat of the chunk.
        pub out_last: Signal<Out, Bit>,
        /// Index of the output beat within the chunk.
        pub out_index: Signal<Out, Bits<LEN_W>>,
        active: DFF<Bit>,
        n_in: DFF<Bits<LEN_W>>,
        n_out: DFF<Bits<LEN_W>>,
        in_cnt: DFF<Bits<LEN_W>>,
        out_cnt: DFF<Bits<LEN_W>>,
        lead: DFF<Bit>,
        shift: DFF<Bits<LEN_W>>,
        first_mask: DFF<Bits<S>>,
        last_mask: DFF<Bits<S>>,
        hold: DFF<Bits<D>>,
        s16: Signal<Local, Bits<LEN_W>>,
        t16: Signal<Local, Bits<LEN_W>>,
        r16: Signal<Local, Bits<LEN_W>>,
        last_lane: Signal<Local, Bits<LEN_W>>,
        need: Signal<Local, Bits<LEN_W>>,
        cur: Signal<Local, Bits<D>>,
        cat: Signal<Local, Bits<D2>>,
        ones: Constant<Bits<S>> = Constant::new(Bits::<S>::mask()),
        lanes: Constant<Bits<LEN_W>> = crate::block::constant(S as u64),
        lane_mask: Constant<Bits<LEN_W>> = crate::block::constant(S as u64 - 1),
        beat_shift: Constant<Bits<LEN_W>> = crate::block::constant(S.trailing_zeros() as u64),
        width: Constant<Bits<LEN_W>> = crate::block::constant(D as u64),
    }
}

impl<const D: usize, const S: usize, const D2: usize> Logic for Realigner<D, S, D2> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, active, n_in, n_out, in_cnt, out_cnt, lead, shift, first_mask, last_mask, hold
        );
        // Set-up values of a new chunk.
        self.s16.next = bit_cast::<LEN_W, 8>(self.src_lane.val()) & self.lane_mask.val();
        self.t16.next = bit_cast::<LEN_W, 8>(self.dst_lane.val()) & self.lane_mask.val();
        self.r16.next = (self.t16.val() + self.lanes.val() - self.s16.val()) & self.lane_mask.val();
        self.last_lane.next = (self.t16.val() + self.len.val() - 1) & self.lane_mask.val();
        if self.start.val() & !self.active.q.val() {
            self.active.d.next = true;
            self.n_in.d.next =
                (self.s16.val() + self.len.val() + self.lane_mask.val()) >> self.beat_shift.val();
            self.n_out.d.next =
                (self.t16.val() + self.len.val() + self.lane_mask.val()) >> self.beat_shift.val();
            self.lead.d.next = self.t16.val() < self.s16.val();
            self.shift.d.next = (self.lanes.val() - self.r16.val()) << 3;
            self.first_mask.d.next = self.ones.val() << self.t16.val();
            self.last_mask.d.next = self.ones.val() >> (self.lane_mask.val() - self.last_lane.val());
            self.in_cnt.d.next = 0.into();
            self.out_cnt.d.next = 0.into();
            self.hold.d.next = 0.into();
        }

        // One output beat per cycle: from the arriving input and the held one, or (flush) from
        // the held one alone; the first input of a leading chunk is only held.
        self.need.next = self.out_cnt.q.val();
        if self.lead.q.val() {
            self.need.next = self.out_cnt.q.val() + 1;
        }
        self.in_ready.next = false;
        self.out_valid.next = false;
        self.cur.next = self.in_data.val();
        if self.active.q.val() {
            if self.in_cnt.q.val() < self.need.val() {
                self.in_ready.next = true;
                if self.in_valid.val() {
                    self.hold.d.next = self.in_data.val();
                    self.in_cnt.d.next = self.in_cnt.q.val() + 1;
                }
            } else if self.in_cnt.q.val() < self.n_in.q.val() {
                self.in_ready.next = self.out_ready.val();
                self.out_valid.next = self.in_valid.val();
                if self.in_valid.val() & self.out_ready.val() {
                    self.hold.d.next = self.in_data.val();
                    self.in_cnt.d.next = self.in_cnt.q.val() + 1;
                }
            } else {
                self.out_valid.next = true;
                self.cur.next = 0.into();
            }
        }
        self.cat.next =
            (bit_cast::<D2, D>(self.cur.val()) << self.width.val()) | bit_cast::<D2, D>(self.hold.q.val());
        self.out_data.next = bit_cast::<D, D2>(self.cat.val() >> self.shift.q.val());
        self.out_last.next = self.out_cnt.q.val() == (self.n_out.q.val() - 1);
        self.out_index.next = self.out_cnt.q.val();
        self.out_strb.next = self.ones.val();
        if self.out_cnt.q.val() == 0 {
            self.out_strb.next = self.out_strb.val() & self.first_mask.q.val();
        }
        if self.out_last.val() {
            self.out_strb.next = self.out_strb.val() & self.last_mask.q.val();
        }
        if self.out_valid.val() & self.out_ready.val() {
            self.out_cnt.d.next = self.out_cnt.q.val() + 1;
            if self.out_last.val() {
                self.active.d.next = false;
            }
        }
        self.busy.next = self.active.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn realigner_signs_off() {
        crate::verilog::sign_off("realign64", &mut Realigner::<64, 8, 128>::default()).unwrap();
        crate::verilog::sign_off("realign512", &mut Realigner::<512, 64, 1024>::default()).unwrap();
    }
}
