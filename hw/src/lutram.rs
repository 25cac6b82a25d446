//! Small RAM of `2^N` words with one write port and one read port whose address is
//! registered: a read shows, the cycle after its address, the word as written up to and
//! including that clock edge. rust-hdl's `RAM` registers the data instead, so its read misses
//! the write of the same edge.
//!
//! Registering the address keeps the read data a function of registers only, so a parent may
//! compute addresses from the data in the same `always` block without a combinational loop.
//! It maps to LUT RAM (Xilinx `RAM64M`, ECP5 `DPR16X4`) or a block RAM in write-first mode.
//! Contents start undefined: users keep their own valid bits.

use rust_hdl::prelude::*;
use std::collections::BTreeMap;

#[derive(LogicBlock, Default)]
pub struct LutRam<D: Synth, const N: usize> {
    pub clock: Signal<In, Clock>,
    /// Writes `write_data` at `write_address` on the clock edge when high.
    pub write_enable: Signal<In, Bit>,
    pub write_address: Signal<In, Bits<N>>,
    pub write_data: Signal<In, D>,
    /// `read_data` is the word at the previous cycle's `read_address`.
    pub read_address: Signal<In, Bits<N>>,
    pub read_data: Signal<Out, D>,
    _state: Box<(BTreeMap<Bits<N>, D>, Bits<N>)>,
}

impl<D: Synth, const N: usize> Logic for LutRam<D, N> {
    fn update(&mut self) {
        let (words, address) = &mut *self._state;
        if self.clock.pos_edge() {
            if self.write_enable.val() {
                words.insert(self.write_address.val(), self.write_data.val());
            }
            *address = self.read_address.val();
        }
        self.read_data.next = words.get(address).copied().unwrap_or_default();
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
reg [{msb}:0] mem[{last}:0];
reg [{amsb}:0] address;

always @(posedge clock) begin
   if (write_enable) mem[write_address] <= write_data;
   address <= read_address;
end

always @(*) read_data = mem[address];
",
            msb = D::BITS - 1,
            last = (1usize << N) - 1,
            amsb = N - 1,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lut_ram_signs_off() {
        crate::verilog::sign_off("lutram", &mut LutRam::<Bits<64>, 6>::default()).unwrap();
    }
}
