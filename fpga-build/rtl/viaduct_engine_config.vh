// Which engine the board tops instantiate, and the width of its data path.
//
// Both are macros so one wrapper serves the generated engine and its stand-ins:
//   VIADUCT_ENGINE      module name of the engine (rust-hdl emits `top` unless renamed)
//   VIADUCT_DATA_WIDTH  width of m_axi$wdata and of the stream ports: 64 or 256
// fpga-build/vivado/build.tcl reads both from the engine's Verilog and passes them to
// synth_design (-verilog_define); lint and simulation pass them with -D / +define+.
// The defaults below name the generated engine at its default width.
`ifndef VIADUCT_ENGINE
`define VIADUCT_ENGINE viaduct_engine
`endif
`ifndef VIADUCT_DATA_WIDTH
`define VIADUCT_DATA_WIDTH 256
`endif
