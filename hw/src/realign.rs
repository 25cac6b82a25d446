//! Byte realigner (R6): moves the bytes of one chunk from the lanes they arrive in (source
//! address modulo the data-path width) to the lanes they leave in (destination address modulo
//! the width), one beat per cycle.
//!
//! A chunk of `len` bytes whose first byte sits in lane `s` of its first input beat leaves in
//! `ceil((t + len) / S)` output beats, its first byte in lane `t`. Output beat `w` is the
//! window `{in[w + p], in[w + p - 1]} >> 8 * (S - r)` of two consecutive input beats, with
//! `r = (t - s) mod S` and `p = 1` when `t < s` (the input leads by a beat: the first input is
//! only held) — so at most two cycles per chunk are spent without moving a beat: the one
//! after `start`, which works out the beat counts and masks from the latched chunk (so no
//! arithmetic sits behind `start`), and holding the first input or flushing the held last
//! one. Strobes mark exactly the chunk's bytes.

use crate::hdl_block;
use rust_hdl::prelude::*;

/// Width of chunk lengths and beat counts (a chunk is at most 4096 bytes).
pub const LEN_W: usize = 16;

/// What the realigner does with the current beat.
#[derive(Copy, Clone, PartialEq, Eq, Debug, LogicState)]
pub enum RealignMode {
    Idle,
    /// Work out the chunk's beat counts and masks from its latched lanes and length.
    Setup,
    /// Take the first input of a leading chunk without output.
    Hold,
    /// Take an input and give an output beat.
    Move,
    /// Give the last output beat from the held input alone.
    Flush,
}

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
        mode: DFF<RealignMode>,
        /// The index of the chunk's last input beat and of its last output beat.
        last_in: DFF<Bits<LEN_W>>,
        last_out: DFF<Bits<LEN_W>>,
        in_cnt: DFF<Bits<LEN_W>>,
        out_cnt: DFF<Bits<LEN_W>>,
        lead: DFF<Bit>,
        shift: DFF<Bits<LEN_W>>,
        first_mask: DFF<Bits<S>>,
        last_mask: DFF<Bits<S>>,
        strb: DFF<Bits<S>>,
        last: DFF<Bit>,
        hold: DFF<Bits<D>>,
        // The chunk, latched at `start`.
        p_s: DFF<Bits<LEN_W>>,
        p_t: DFF<Bits<LEN_W>>,
        p_len: DFF<Bits<LEN_W>>,
        s16: Signal<Local, Bits<LEN_W>>,
        t16: Signal<Local, Bits<LEN_W>>,
        r16: Signal<Local, Bits<LEN_W>>,
        last_lane: Signal<Local, Bits<LEN_W>>,
        took: Signal<Local, Bit>,
        gave: Signal<Local, Bit>,
        /// The handshake of the mode happened: Hold took, Move took and gave, Flush gave.
        adv: Signal<Local, Bit>,
        nx_in: Signal<Local, Bits<LEN_W>>,
        nx_out: Signal<Local, Bits<LEN_W>>,
        nx_lead: Signal<Local, Bit>,
        nx_first: Signal<Local, Bits<S>>,
        nx_last: Signal<Local, Bits<S>>,
        // The next cycle's comparisons, mode, strobes and last flag, worked out from the
        // registers twice: `_s` if the handshake does not happen (or Setup), `_a` if it does.
        // `adv` only picks between them, so no logic sits after the handshake.
        active_s: Signal<Local, Bit>,
        in_eq_out_s: Signal<Local, Bit>,
        in_left_s: Signal<Local, Bit>,
        out_last_s: Signal<Local, Bit>,
        out_any_s: Signal<Local, Bit>,
        mode_s: Signal<Local, RealignMode>,
        strb_s: Signal<Local, Bits<S>>,
        active_a: Signal<Local, Bit>,
        in_eq_out_a: Signal<Local, Bit>,
        in_left_a: Signal<Local, Bit>,
        out_last_a: Signal<Local, Bit>,
        out_any_a: Signal<Local, Bit>,
        mode_a: Signal<Local, RealignMode>,
        strb_a: Signal<Local, Bits<S>>,
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
            self, clock, mode, last_in, last_out, in_cnt, out_cnt, lead, shift, first_mask, last_mask, strb,
            last, hold, p_s, p_t, p_len
        );
        // Outputs: each from registers and the inputs it passes on only, so that handshakes
        // through this block never look circular to a simulator ordering logic by blocks.
        self.busy.next = self.mode.q.val() != RealignMode::Idle;
        self.in_ready.next = (self.mode.q.val() == RealignMode::Hold)
            | ((self.mode.q.val() == RealignMode::Move) & self.out_ready.val());
        self.out_valid.next = ((self.mode.q.val() == RealignMode::Move) & self.in_valid.val())
            | (self.mode.q.val() == RealignMode::Flush);
        self.out_data.next = bit_cast::<D, D2>(
            ((bit_cast::<D2, D>(self.in_data.val()) << self.width.val())
                | bit_cast::<D2, D>(self.hold.q.val()))
                >> self.shift.q.val(),
        );
        self.out_strb.next = self.strb.q.val();
        self.out_last.next = self.last.q.val();

        // Beats taken and given this cycle.
        self.took.next = self.in_valid.val()
            & ((self.mode.q.val() == RealignMode::Hold)
                | ((self.mode.q.val() == RealignMode::Move) & self.out_ready.val()));
        self.gave.next = self.out_ready.val()
            & (((self.mode.q.val() == RealignMode::Move) & self.in_valid.val())
                | (self.mode.q.val() == RealignMode::Flush));
        if self.took.val() {
            self.hold.d.next = self.in_data.val();
        }
        self.adv.next = self.took.val() | self.gave.val();
        // Next counters (a new chunk, or this one advanced).
        if self.start.val() & (self.mode.q.val() == RealignMode::Idle) {
            self.p_s.d.next = bit_cast::<LEN_W, 8>(self.src_lane.val()) & self.lane_mask.val();
            self.p_t.d.next = bit_cast::<LEN_W, 8>(self.dst_lane.val()) & self.lane_mask.val();
            self.p_len.d.next = self.len.val();
        }
        self.s16.next = self.p_s.q.val();
        self.t16.next = self.p_t.q.val();
        self.r16.next = (self.t16.val() + self.lanes.val() - self.s16.val()) & self.lane_mask.val();
        self.last_lane.next = (self.t16.val() + self.p_len.q.val() - 1) & self.lane_mask.val();
        self.nx_in.next = self.in_cnt.q.val();
        self.nx_out.next = self.out_cnt.q.val();
        if self.took.val() {
            self.nx_in.next = self.in_cnt.q.val() + 1;
        }
        if self.gave.val() {
            self.nx_out.next = self.out_cnt.q.val() + 1;
        }
        self.nx_lead.next = self.lead.q.val();
        self.nx_first.next = self.first_mask.q.val();
        self.nx_last.next = self.last_mask.q.val();

        // Without the handshake: the counts stay (or Setup starts the chunk).
        self.active_s.next = self.mode.q.val() != RealignMode::Idle;
        self.in_eq_out_s.next = self.in_cnt.q.val() == self.out_cnt.q.val();
        self.in_left_s.next = self.in_cnt.q.val() <= self.last_in.q.val();
        self.out_last_s.next = self.out_cnt.q.val() == self.last_out.q.val();
        self.out_any_s.next = self.out_cnt.q.val().any();
        if self.mode.q.val() == RealignMode::Setup {
            // ceil((lane + len) / S) beats each way: the last has index (lane + len - 1) / S.
            self.nx_in.next = 0.into();
            self.nx_out.next = 0.into();
            self.last_in.d.next = (self.s16.val() + self.p_len.q.val() - 1) >> self.beat_shift.val();
            self.last_out.d.next = (self.t16.val() + self.p_len.q.val() - 1) >> self.beat_shift.val();
            self.in_eq_out_s.next = true;
            self.in_left_s.next = (self.s16.val() | self.p_len.q.val()).any();
            self.out_last_s.next = (self.t16.val() + self.p_len.q.val()) <= self.lanes.val();
            self.out_any_s.next = false;
            self.nx_lead.next = self.t16.val() < self.s16.val();
            self.nx_first.next = self.ones.val() << self.t16.val();
            self.nx_last.next = self.ones.val() >> (self.lane_mask.val() - self.last_lane.val());
            self.shift.d.next = (self.lanes.val() - self.r16.val()) << 3;
            self.hold.d.next = 0.into();
        }
        // With it (Hold, Move or Flush): Hold and Move take an input, Move and Flush give one.
        self.active_a.next = true;
        self.in_eq_out_a.next = self.in_cnt.q.val() == self.out_cnt.q.val();
        self.in_left_a.next = self.in_cnt.q.val() <= self.last_in.q.val();
        self.out_last_a.next = self.out_cnt.q.val() == self.last_out.q.val();
        self.out_any_a.next = self.out_cnt.q.val().any();
        if self.mode.q.val() == RealignMode::Hold {
            self.in_eq_out_a.next = (self.in_cnt.q.val() + 1) == self.out_cnt.q.val();
        }
        if self.mode.q.val() == RealignMode::Flush {
            self.in_eq_out_a.next = self.in_cnt.q.val() == (self.out_cnt.q.val() + 1);
        }
        if self.mode.q.val() != RealignMode::Flush {
            self.in_left_a.next = self.in_cnt.q.val() < self.last_in.q.val();
        }
        if self.mode.q.val() != RealignMode::Hold {
            self.out_last_a.next = (self.out_cnt.q.val() + 1) == self.last_out.q.val();
            self.out_any_a.next = true;
            self.active_a.next = !self.last.q.val();
        }
        self.in_cnt.d.next = self.nx_in.val();
        self.out_cnt.d.next = self.nx_out.val();
        self.lead.d.next = self.nx_lead.val();
        self.first_mask.d.next = self.nx_first.val();
        self.last_mask.d.next = self.nx_last.val();
        // What the next cycle does: hold the first input of a leading chunk, move a beat while
        // inputs remain, then flush the held one.
        self.mode_s.next = RealignMode::Idle;
        if self.active_s.val() {
            if self.nx_lead.val() & self.in_eq_out_s.val() {
                self.mode_s.next = RealignMode::Hold;
            } else if self.in_left_s.val() {
                self.mode_s.next = RealignMode::Move;
            } else {
                self.mode_s.next = RealignMode::Flush;
            }
        }
        if self.start.val() & (self.mode.q.val() == RealignMode::Idle) {
            self.mode_s.next = RealignMode::Setup;
        }
        self.mode_a.next = RealignMode::Idle;
        if self.active_a.val() {
            if self.nx_lead.val() & self.in_eq_out_a.val() {
                self.mode_a.next = RealignMode::Hold;
            } else if self.in_left_a.val() {
                self.mode_a.next = RealignMode::Move;
            } else {
                self.mode_a.next = RealignMode::Flush;
            }
        }
        // Strobes and last flag of the next output beat.
        self.strb_s.next = self.ones.val();
        if !self.out_any_s.val() {
            self.strb_s.next = self.nx_first.val();
        }
        if self.out_last_s.val() {
            if self.out_any_s.val() {
                self.strb_s.next = self.nx_last.val();
            } else {
                self.strb_s.next = self.nx_first.val() & self.nx_last.val();
            }
        }
        self.strb_a.next = self.ones.val();
        if !self.out_any_a.val() {
            self.strb_a.next = self.nx_first.val();
        }
        if self.out_last_a.val() {
            if self.out_any_a.val() {
                self.strb_a.next = self.nx_last.val();
            } else {
                self.strb_a.next = self.nx_first.val() & self.nx_last.val();
            }
        }
        self.mode.d.next = self.mode_s.val();
        self.strb.d.next = self.strb_s.val();
        self.last.d.next = self.out_last_s.val();
        if self.adv.val() {
            self.mode.d.next = self.mode_a.val();
            self.strb.d.next = self.strb_a.val();
            self.last.d.next = self.out_last_a.val();
        }
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
