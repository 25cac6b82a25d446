//! AXI4 interfaces as rust-hdl interfaces. Port names read role-protocol-channel once the
//! interface is a field named after its role: a field `m_axi` of type [`Axi4ReadMaster`]
//! becomes the Verilog ports `m_axi$arvalid`, `m_axi$rdata`, ... (`$` is rust-hdl's
//! hierarchy separator), so a testbench binds a whole port by its prefix.
//!
//! Only the read channels (AR, R) exist so far: they are the page walker's host-memory port.
//! The write channels, AXI4-Lite and AXI4-Stream go in this file too, and an arbiter can
//! join several [`Axi4ReadMaster`]s onto one host port because every transaction carries an ID.

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
