// Black-box stubs of the Xilinx primitives the board tops instantiate (UNISIM), with the
// ports and parameters they use, for Verilator lint and yosys elaboration. Vivado uses its
// own library; these are never read there.
/* verilator lint_off UNUSEDSIGNAL */
/* verilator lint_off UNUSEDPARAM */
/* verilator lint_off UNDRIVEN */
/* verilator lint_off DECLFILENAME */

// 7-series GT reference clock input buffer.
(* blackbox *)
module IBUFDS_GTE2 #(
    parameter CLKCM_CFG = "TRUE",
    parameter CLKRCV_TRST = "TRUE",
    parameter CLKSWING_CFG = 2'b11
) (
    input  wire I,
    input  wire IB,
    input  wire CEB,
    output wire O,
    output wire ODIV2
);
endmodule

// UltraScale+ GT reference clock input buffer.
(* blackbox *)
module IBUFDS_GTE4 #(
    parameter [0:0] REFCLK_EN_TX_PATH = 1'b0,
    parameter [1:0] REFCLK_HROW_CK_SEL = 2'b00,
    parameter [1:0] REFCLK_ICNTL_RX = 2'b00
) (
    input  wire I,
    input  wire IB,
    input  wire CEB,
    output wire O,
    output wire ODIV2
);
endmodule

// UltraScale+ mixed-mode clock manager, base version.
(* blackbox *)
module MMCME4_BASE #(
    parameter BANDWIDTH = "OPTIMIZED",
    parameter real CLKFBOUT_MULT_F = 5.0,
    parameter real CLKIN1_PERIOD = 0.0,
    parameter real CLKOUT0_DIVIDE_F = 1.0,
    parameter integer DIVCLK_DIVIDE = 1
) (
    input  wire CLKIN1,
    input  wire CLKFBIN,
    input  wire RST,
    input  wire PWRDWN,
    output wire CLKFBOUT,
    output wire CLKOUT0,
    output wire LOCKED
);
endmodule

// Global clock buffer.
(* blackbox *)
module BUFG (
    input  wire I,
    output wire O
);
endmodule

/* verilator lint_on DECLFILENAME */
/* verilator lint_on UNDRIVEN */
/* verilator lint_on UNUSEDPARAM */
/* verilator lint_on UNUSEDSIGNAL */
