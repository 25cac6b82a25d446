//! AXI4 interfaces as rust-hdl interfaces. Port names read role-protocol-channel once the
//! interface is a field named after its role: a field `m_axi` of type [`Axi4ReadMaster`]
//! becomes the Verilog ports `m_axi$arvalid`, `m_axi$rdata`, ... (`$` is rust-hdl's
//! hierarchy separator), so a testbench binds a whole port by its prefix.
//!
//! - [`Axi4ReadMaster`]: the read channels (AR, R), the page walker's and the data mover's
//!   host-memory reads; [`Axi4WriteMaster`]: the write channels (AW, W, B) of the data mover
//!   and the completion writer; [`Axi4Master`]: all five channels, the engine's host port,
//!   where [`crate::read_join`] and [`crate::write_join`] merge them by ID.
//! - [`AxiLiteSlave`]: BAR0 (32-bit registers).
//! - [`AxisMaster`] / [`AxisSlave`]: byte streams (TKEEP marks valid bytes, TLAST ends a
//!   frame); [`AxisFrameMaster`] adds TUSER (abort) and TID (VI) for the network port.
//! - [`IrqMaster`]: one-cycle interrupt messages (vector), like MSI-X.

use rust_hdl::prelude::*;

/// AXI4 burst type INCR.
pub const BURST_INCR: u64 = 1;
/// AXI4 responses: OKAY and EXOKAY are successes, SLVERR and DECERR errors.
pub const RESP_OKAY: u64 = 0;
pub const RESP_EXOKAY: u64 = 1;
pub const RESP_SLVERR: u64 = 2;
pub const RESP_DECERR: u64 = 3;
/// AXI4 read-channel widths used by the translation unit's walker.
pub const ADDR_W: usize = 64;
pub const DATA_W: usize = 64;
pub const ID_W: usize = 4;

/// The manager side of the AXI4 read channels (AR and R).
#[derive(LogicInterface, Default)]
#[join = "Axi4ReadSlave"]
pub struct Axi4ReadMaster<const A: usize, const D: usize, const I: usize> {
    pub arvalid: Signal<Out, Bit>,
    pub arready: Signal<In, Bit>,
    pub arid: Signal<Out, Bits<I>>,
    pub araddr: Signal<Out, Bits<A>>,
    /// Beats minus one.
    pub arlen: Signal<Out, Bits<8>>,
    /// log2 of the bytes per beat.
    pub arsize: Signal<Out, Bits<3>>,
    pub arburst: Signal<Out, Bits<2>>,
    pub rvalid: Signal<In, Bit>,
    pub rready: Signal<Out, Bit>,
    pub rid: Signal<In, Bits<I>>,
    pub rdata: Signal<In, Bits<D>>,
    pub rresp: Signal<In, Bits<2>>,
    pub rlast: Signal<In, Bit>,
}

/// The subordinate side of the AXI4 read channels.
#[derive(LogicInterface, Default)]
#[join = "Axi4ReadMaster"]
pub struct Axi4ReadSlave<const A: usize, const D: usize, const I: usize> {
    pub arvalid: Signal<In, Bit>,
    pub arready: Signal<Out, Bit>,
    pub arid: Signal<In, Bits<I>>,
    pub araddr: Signal<In, Bits<A>>,
    pub arlen: Signal<In, Bits<8>>,
    pub arsize: Signal<In, Bits<3>>,
    pub arburst: Signal<In, Bits<2>>,
    pub rvalid: Signal<Out, Bit>,
    pub rready: Signal<In, Bit>,
    pub rid: Signal<Out, Bits<I>>,
    pub rdata: Signal<Out, Bits<D>>,
    pub rresp: Signal<Out, Bits<2>>,
    pub rlast: Signal<Out, Bit>,
}

/// The walker's host read port.
pub type WalkerReadMaster = Axi4ReadMaster<ADDR_W, DATA_W, ID_W>;

/// The manager side of the AXI4 write channels (AW, W, B); `S` = `D / 8` strobe bits.
#[derive(LogicInterface, Default)]
#[join = "Axi4WriteSlave"]
pub struct Axi4WriteMaster<const A: usize, const D: usize, const S: usize, const I: usize> {
    pub awvalid: Signal<Out, Bit>,
    pub awready: Signal<In, Bit>,
    pub awid: Signal<Out, Bits<I>>,
    pub awaddr: Signal<Out, Bits<A>>,
    /// Beats minus one.
    pub awlen: Signal<Out, Bits<8>>,
    /// log2 of the bytes per beat.
    pub awsize: Signal<Out, Bits<3>>,
    pub awburst: Signal<Out, Bits<2>>,
    pub wvalid: Signal<Out, Bit>,
    pub wready: Signal<In, Bit>,
    pub wdata: Signal<Out, Bits<D>>,
    pub wstrb: Signal<Out, Bits<S>>,
    pub wlast: Signal<Out, Bit>,
    pub bvalid: Signal<In, Bit>,
    pub bready: Signal<Out, Bit>,
    pub bid: Signal<In, Bits<I>>,
    pub bresp: Signal<In, Bits<2>>,
}

/// The subordinate side of the AXI4 write channels.
#[derive(LogicInterface, Default)]
#[join = "Axi4WriteMaster"]
pub struct Axi4WriteSlave<const A: usize, const D: usize, const S: usize, const I: usize> {
    pub awvalid: Signal<In, Bit>,
    pub awready: Signal<Out, Bit>,
    pub awid: Signal<In, Bits<I>>,
    pub awaddr: Signal<In, Bits<A>>,
    pub awlen: Signal<In, Bits<8>>,
    pub awsize: Signal<In, Bits<3>>,
    pub awburst: Signal<In, Bits<2>>,
    pub wvalid: Signal<In, Bit>,
    pub wready: Signal<Out, Bit>,
    pub wdata: Signal<In, Bits<D>>,
    pub wstrb: Signal<In, Bits<S>>,
    pub wlast: Signal<In, Bit>,
    pub bvalid: Signal<Out, Bit>,
    pub bready: Signal<In, Bit>,
    pub bid: Signal<Out, Bits<I>>,
    pub bresp: Signal<Out, Bits<2>>,
}

/// A full AXI4 manager port: all five channels, one interface so that a testbench binds it
/// by one prefix (`m_axi$...`).
#[derive(LogicInterface, Default)]
#[join = "Axi4Slave"]
pub struct Axi4Master<const A: usize, const D: usize, const S: usize, const I: usize> {
    pub awvalid: Signal<Out, Bit>,
    pub awready: Signal<In, Bit>,
    pub awid: Signal<Out, Bits<I>>,
    pub awaddr: Signal<Out, Bits<A>>,
    pub awlen: Signal<Out, Bits<8>>,
    pub awsize: Signal<Out, Bits<3>>,
    pub awburst: Signal<Out, Bits<2>>,
    pub wvalid: Signal<Out, Bit>,
    pub wready: Signal<In, Bit>,
    pub wdata: Signal<Out, Bits<D>>,
    pub wstrb: Signal<Out, Bits<S>>,
    pub wlast: Signal<Out, Bit>,
    pub bvalid: Signal<In, Bit>,
    pub bready: Signal<Out, Bit>,
    pub bid: Signal<In, Bits<I>>,
    pub bresp: Signal<In, Bits<2>>,
    pub arvalid: Signal<Out, Bit>,
    pub arready: Signal<In, Bit>,
    pub arid: Signal<Out, Bits<I>>,
    pub araddr: Signal<Out, Bits<A>>,
    pub arlen: Signal<Out, Bits<8>>,
    pub arsize: Signal<Out, Bits<3>>,
    pub arburst: Signal<Out, Bits<2>>,
    pub rvalid: Signal<In, Bit>,
    pub rready: Signal<Out, Bit>,
    pub rid: Signal<In, Bits<I>>,
    pub rdata: Signal<In, Bits<D>>,
    pub rresp: Signal<In, Bits<2>>,
    pub rlast: Signal<In, Bit>,
}

/// The subordinate side of a full AXI4 port.
#[derive(LogicInterface, Default)]
#[join = "Axi4Master"]
pub struct Axi4Slave<const A: usize, const D: usize, const S: usize, const I: usize> {
    pub awvalid: Signal<In, Bit>,
    pub awready: Signal<Out, Bit>,
    pub awid: Signal<In, Bits<I>>,
    pub awaddr: Signal<In, Bits<A>>,
    pub awlen: Signal<In, Bits<8>>,
    pub awsize: Signal<In, Bits<3>>,
    pub awburst: Signal<In, Bits<2>>,
    pub wvalid: Signal<In, Bit>,
    pub wready: Signal<Out, Bit>,
    pub wdata: Signal<In, Bits<D>>,
    pub wstrb: Signal<In, Bits<S>>,
    pub wlast: Signal<In, Bit>,
    pub bvalid: Signal<Out, Bit>,
    pub bready: Signal<In, Bit>,
    pub bid: Signal<Out, Bits<I>>,
    pub bresp: Signal<Out, Bits<2>>,
    pub arvalid: Signal<In, Bit>,
    pub arready: Signal<Out, Bit>,
    pub arid: Signal<In, Bits<I>>,
    pub araddr: Signal<In, Bits<A>>,
    pub arlen: Signal<In, Bits<8>>,
    pub arsize: Signal<In, Bits<3>>,
    pub arburst: Signal<In, Bits<2>>,
    pub rvalid: Signal<Out, Bit>,
    pub rready: Signal<In, Bit>,
    pub rid: Signal<Out, Bits<I>>,
    pub rdata: Signal<Out, Bits<D>>,
    pub rresp: Signal<Out, Bits<2>>,
    pub rlast: Signal<Out, Bit>,
}

/// AXI4-Lite subordinate with 32-bit data (BAR0); `A` address bits.
#[derive(LogicInterface, Default)]
#[join = "AxiLiteMaster"]
pub struct AxiLiteSlave<const A: usize> {
    pub awvalid: Signal<In, Bit>,
    pub awready: Signal<Out, Bit>,
    pub awaddr: Signal<In, Bits<A>>,
    pub wvalid: Signal<In, Bit>,
    pub wready: Signal<Out, Bit>,
    pub wdata: Signal<In, Bits<32>>,
    pub wstrb: Signal<In, Bits<4>>,
    pub bvalid: Signal<Out, Bit>,
    pub bready: Signal<In, Bit>,
    pub bresp: Signal<Out, Bits<2>>,
    pub arvalid: Signal<In, Bit>,
    pub arready: Signal<Out, Bit>,
    pub araddr: Signal<In, Bits<A>>,
    pub rvalid: Signal<Out, Bit>,
    pub rready: Signal<In, Bit>,
    pub rdata: Signal<Out, Bits<32>>,
    pub rresp: Signal<Out, Bits<2>>,
}

/// AXI4-Lite manager.
#[derive(LogicInterface, Default)]
#[join = "AxiLiteSlave"]
pub struct AxiLiteMaster<const A: usize> {
    pub awvalid: Signal<Out, Bit>,
    pub awready: Signal<In, Bit>,
    pub awaddr: Signal<Out, Bits<A>>,
    pub wvalid: Signal<Out, Bit>,
    pub wready: Signal<In, Bit>,
    pub wdata: Signal<Out, Bits<32>>,
    pub wstrb: Signal<Out, Bits<4>>,
    pub bvalid: Signal<In, Bit>,
    pub bready: Signal<Out, Bit>,
    pub bresp: Signal<In, Bits<2>>,
    pub arvalid: Signal<Out, Bit>,
    pub arready: Signal<In, Bit>,
    pub araddr: Signal<Out, Bits<A>>,
    pub rvalid: Signal<In, Bit>,
    pub rready: Signal<Out, Bit>,
    pub rdata: Signal<In, Bits<32>>,
    pub rresp: Signal<In, Bits<2>>,
}

/// AXI4-Stream source of byte frames: `D` data bits, `S = D / 8` keep bits.
#[derive(LogicInterface, Default)]
#[join = "AxisSlave"]
pub struct AxisMaster<const D: usize, const S: usize> {
    pub tvalid: Signal<Out, Bit>,
    pub tready: Signal<In, Bit>,
    pub tdata: Signal<Out, Bits<D>>,
    pub tkeep: Signal<Out, Bits<S>>,
    pub tlast: Signal<Out, Bit>,
}

/// AXI4-Stream sink of byte frames.
#[derive(LogicInterface, Default)]
#[join = "AxisMaster"]
pub struct AxisSlave<const D: usize, const S: usize> {
    pub tvalid: Signal<In, Bit>,
    pub tready: Signal<Out, Bit>,
    pub tdata: Signal<In, Bits<D>>,
    pub tkeep: Signal<In, Bits<S>>,
    pub tlast: Signal<In, Bit>,
}

/// Width of TID on the network port: a VI number.
pub const TID_W: usize = 8;

/// AXI4-Stream source of network frames: TUSER = 1 on the last beat marks a frame cut short
/// by a fault (the receiver drops it), TID carries the sending VI.
#[derive(LogicInterface, Default)]
pub struct AxisFrameMaster<const D: usize, const S: usize> {
    pub tvalid: Signal<Out, Bit>,
    pub tready: Signal<In, Bit>,
    pub tdata: Signal<Out, Bits<D>>,
    pub tkeep: Signal<Out, Bits<S>>,
    pub tlast: Signal<Out, Bit>,
    pub tuser: Signal<Out, Bit>,
    pub tid: Signal<Out, Bits<TID_W>>,
}

/// Width of an interrupt vector (VI_IRQ_VECTOR.VECTOR).
pub const VECTOR_W: usize = viaduct_abi::regs::vi_cfg::VI_IRQ_VECTOR::VECTOR.width as usize;

/// Interrupt messages: `valid` high for one cycle per interrupt, with its `vector`.
#[derive(LogicInterface, Default)]
pub struct IrqMaster {
    pub valid: Signal<Out, Bit>,
    pub vector: Signal<Out, Bits<VECTOR_W>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pass-through block: a slave port wired to a master port, so both interfaces elaborate.
    #[derive(LogicBlock, Default)]
    struct Loopback {
        pub m_axi: Axi4ReadMaster<64, 64, 4>,
        pub s_axi: Axi4ReadSlave<64, 64, 4>,
    }

    impl Logic for Loopback {
        #[hdl_gen]
        fn update(&mut self) {
            self.m_axi.arvalid.next = self.s_axi.arvalid.val();
            self.s_axi.arready.next = self.m_axi.arready.val();
            self.m_axi.arid.next = self.s_axi.arid.val();
            self.m_axi.araddr.next = self.s_axi.araddr.val();
            self.m_axi.arlen.next = self.s_axi.arlen.val();
            self.m_axi.arsize.next = self.s_axi.arsize.val();
            self.m_axi.arburst.next = self.s_axi.arburst.val();
            self.s_axi.rvalid.next = self.m_axi.rvalid.val();
            self.m_axi.rready.next = self.s_axi.rready.val();
            self.s_axi.rid.next = self.m_axi.rid.val();
            self.s_axi.rdata.next = self.m_axi.rdata.val();
            self.s_axi.rresp.next = self.m_axi.rresp.val();
            self.s_axi.rlast.next = self.m_axi.rlast.val();
        }
    }

    #[test]
    fn read_channels_elaborate_with_role_prefixed_names() {
        let mut uut = Loopback::default();
        uut.connect_all();
        let v = generate_verilog(&uut);
        for port in ["m_axi$arvalid", "m_axi$rlast", "s_axi$araddr", "s_axi$rresp"] {
            assert!(v.contains(port), "{port} missing");
        }
        yosys_validate("axi_loopback", &v).unwrap();
    }
}
