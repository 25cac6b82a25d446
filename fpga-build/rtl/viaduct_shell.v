// The board-independent part of a card build: the engine (`VIADUCT_ENGINE), its stream ports
// tied off or looped back, and its interrupts carried into the bridge's clock domain as one
// pulse per interrupt line. Ports use plain AXI names (s_axil_*, m_axi_*) so the board tops
// never see the engine's rust-hdl `$` names.
//
// Streams: the boards have no network PHY or storage target, so by default the network
// and storage commands the engine sends are accepted and dropped (tready high) and nothing
// arrives on its receive ports (tvalid low). With NET_LOOPBACK = 1 the network transmit
// port feeds the network receive port (R7 bring-up on a bare card); the abort flag (tuser)
// and the VI tag (tid) do not travel, so an aborted frame comes back whole.
`include "viaduct_engine_config.vh"

module viaduct_shell #(
    parameter IRQ_LINES = 16,
    parameter NET_LOOPBACK = 0
) (
    input  wire                               engine_clk,

    // BAR0: AXI4-Lite subordinate, 2 MiB, engine clock.
    input  wire                               s_axil_awvalid,
    output wire                               s_axil_awready,
    input  wire [20:0]                        s_axil_awaddr,
    input  wire                               s_axil_wvalid,
    output wire                               s_axil_wready,
    input  wire [31:0]                        s_axil_wdata,
    input  wire [3:0]                         s_axil_wstrb,
    output wire                               s_axil_bvalid,
    input  wire                               s_axil_bready,
    output wire [1:0]                         s_axil_bresp,
    input  wire                               s_axil_arvalid,
    output wire                               s_axil_arready,
    input  wire [20:0]                        s_axil_araddr,
    output wire                               s_axil_rvalid,
    input  wire                               s_axil_rready,
    output wire [31:0]                        s_axil_rdata,
    output wire [1:0]                         s_axil_rresp,

    // Host memory: AXI4 manager, 64-bit addresses, engine clock. 6-bit IDs: the engine's top ID
    // bit names the requester (data mover or page walker), its read data returns out of order.
    output wire                               m_axi_arvalid,
    input  wire                               m_axi_arready,
    output wire [5:0]                         m_axi_arid,
    output wire [63:0]                        m_axi_araddr,
    output wire [7:0]                         m_axi_arlen,
    output wire [2:0]                         m_axi_arsize,
    output wire [1:0]                         m_axi_arburst,
    input  wire                               m_axi_rvalid,
    output wire                               m_axi_rready,
    input  wire [5:0]                         m_axi_rid,
    input  wire [`VIADUCT_DATA_WIDTH-1:0]     m_axi_rdata,
    input  wire [1:0]                         m_axi_rresp,
    input  wire                               m_axi_rlast,
    output wire                               m_axi_awvalid,
    input  wire                               m_axi_awready,
    output wire [5:0]                         m_axi_awid,
    output wire [63:0]                        m_axi_awaddr,
    output wire [7:0]                         m_axi_awlen,
    output wire [2:0]                         m_axi_awsize,
    output wire [1:0]                         m_axi_awburst,
    output wire                               m_axi_wvalid,
    input  wire                               m_axi_wready,
    output wire [`VIADUCT_DATA_WIDTH-1:0]     m_axi_wdata,
    output wire [`VIADUCT_DATA_WIDTH/8-1:0]   m_axi_wstrb,
    output wire                               m_axi_wlast,
    input  wire                               m_axi_bvalid,
    output wire                               m_axi_bready,
    input  wire [5:0]                         m_axi_bid,
    input  wire [1:0]                         m_axi_bresp,

    // Interrupts, in the bridge's clock domain.
    input  wire                               irq_clk,
    input  wire                               irq_rst,
    output wire [IRQ_LINES-1:0]               irq_set
);

    localparam DW = `VIADUCT_DATA_WIDTH;
    localparam KW = DW / 8;

    initial begin
        if (DW != 64 && DW != 128 && DW != 256 && DW != 512) begin
            $error("viaduct_shell %m: VIADUCT_DATA_WIDTH (%0d) must be 64, 128, 256 or 512", DW);
        end
    end

    wire            net_tx_valid;
    wire            net_tx_ready;
    wire [DW-1:0]   net_tx_data;
    wire [KW-1:0]   net_tx_keep;
    wire            net_tx_last;
    wire            net_tx_abort;
    wire [7:0]      net_tx_vi;
    wire            net_rx_valid;
    wire            net_rx_ready;
    wire [DW-1:0]   net_rx_data;
    wire [KW-1:0]   net_rx_keep;
    wire            net_rx_last;
    wire            sto_cmd_valid;
    wire [DW-1:0]   sto_cmd_data;
    wire [KW-1:0]   sto_cmd_keep;
    wire            sto_cmd_last;
    wire            sto_cmd_abort;
    wire [7:0]      sto_cmd_vi;
    wire            sto_rsp_ready;
    wire            irq_valid;
    wire [10:0]     irq_vector;
    // A measurement for the simulated board, not in the register map: unused on a card.
    wire [63:0]     unseal_hits;

    `VIADUCT_ENGINE u_engine (
        .clock              (engine_clk),
        .s_axil$awvalid     (s_axil_awvalid),
        .s_axil$awready     (s_axil_awready),
        .s_axil$awaddr      (s_axil_awaddr),
        .s_axil$wvalid      (s_axil_wvalid),
        .s_axil$wready      (s_axil_wready),
        .s_axil$wdata       (s_axil_wdata),
        .s_axil$wstrb       (s_axil_wstrb),
        .s_axil$bvalid      (s_axil_bvalid),
        .s_axil$bready      (s_axil_bready),
        .s_axil$bresp       (s_axil_bresp),
        .s_axil$arvalid     (s_axil_arvalid),
        .s_axil$arready     (s_axil_arready),
        .s_axil$araddr      (s_axil_araddr),
        .s_axil$rvalid      (s_axil_rvalid),
        .s_axil$rready      (s_axil_rready),
        .s_axil$rdata       (s_axil_rdata),
        .s_axil$rresp       (s_axil_rresp),
        .m_axi$arvalid      (m_axi_arvalid),
        .m_axi$arready      (m_axi_arready),
        .m_axi$arid         (m_axi_arid),
        .m_axi$araddr       (m_axi_araddr),
        .m_axi$arlen        (m_axi_arlen),
        .m_axi$arsize       (m_axi_arsize),
        .m_axi$arburst      (m_axi_arburst),
        .m_axi$rvalid       (m_axi_rvalid),
        .m_axi$rready       (m_axi_rready),
        .m_axi$rid          (m_axi_rid),
        .m_axi$rdata        (m_axi_rdata),
        .m_axi$rresp        (m_axi_rresp),
        .m_axi$rlast        (m_axi_rlast),
        .m_axi$awvalid      (m_axi_awvalid),
        .m_axi$awready      (m_axi_awready),
        .m_axi$awid         (m_axi_awid),
        .m_axi$awaddr       (m_axi_awaddr),
        .m_axi$awlen        (m_axi_awlen),
        .m_axi$awsize       (m_axi_awsize),
        .m_axi$awburst      (m_axi_awburst),
        .m_axi$wvalid       (m_axi_wvalid),
        .m_axi$wready       (m_axi_wready),
        .m_axi$wdata        (m_axi_wdata),
        .m_axi$wstrb        (m_axi_wstrb),
        .m_axi$wlast        (m_axi_wlast),
        .m_axi$bvalid       (m_axi_bvalid),
        .m_axi$bready       (m_axi_bready),
        .m_axi$bid          (m_axi_bid),
        .m_axi$bresp        (m_axi_bresp),
        .m_axis_net$tvalid  (net_tx_valid),
        .m_axis_net$tready  (net_tx_ready),
        .m_axis_net$tdata   (net_tx_data),
        .m_axis_net$tkeep   (net_tx_keep),
        .m_axis_net$tlast   (net_tx_last),
        .m_axis_net$tuser   (net_tx_abort),
        .m_axis_net$tid     (net_tx_vi),
        .s_axis_net$tvalid  (net_rx_valid),
        .s_axis_net$tready  (net_rx_ready),
        .s_axis_net$tdata   (net_rx_data),
        .s_axis_net$tkeep   (net_rx_keep),
        .s_axis_net$tlast   (net_rx_last),
        .m_axis_sto$tvalid  (sto_cmd_valid),
        .m_axis_sto$tready  (1'b1),
        .m_axis_sto$tdata   (sto_cmd_data),
        .m_axis_sto$tkeep   (sto_cmd_keep),
        .m_axis_sto$tlast   (sto_cmd_last),
        .m_axis_sto$tuser   (sto_cmd_abort),
        .m_axis_sto$tid     (sto_cmd_vi),
        .s_axis_sto$tvalid  (1'b0),
        .s_axis_sto$tready  (sto_rsp_ready),
        .s_axis_sto$tdata   ({DW{1'b0}}),
        .s_axis_sto$tkeep   ({KW{1'b0}}),
        .s_axis_sto$tlast   (1'b0),
        .irq$valid          (irq_valid),
        .irq$vector         (irq_vector),
        .unseal_hits        (unseal_hits)
    );

    generate
    if (NET_LOOPBACK != 0) begin : g_net_loopback
        assign net_rx_valid = net_tx_valid;
        assign net_rx_data = net_tx_data;
        assign net_rx_keep = net_tx_keep;
        assign net_rx_last = net_tx_last;
        assign net_tx_ready = net_rx_ready;
        wire unused_net = &{1'b0, net_tx_abort, net_tx_vi};
    end else begin : g_net_tied
        assign net_rx_valid = 1'b0;
        assign net_rx_data = {DW{1'b0}};
        assign net_rx_keep = {KW{1'b0}};
        assign net_rx_last = 1'b0;
        assign net_tx_ready = 1'b1;
        wire unused_net = &{1'b0, net_tx_valid, net_tx_data, net_tx_keep, net_tx_last, net_tx_abort,
                            net_tx_vi, net_rx_ready};
    end
    endgenerate

    wire unused_sto = &{1'b0, sto_cmd_valid, sto_cmd_data, sto_cmd_keep, sto_cmd_last, sto_cmd_abort,
                        sto_cmd_vi, sto_rsp_ready};
    wire unused_hits = &{1'b0, unseal_hits};

    viaduct_irq_sync #(
        .LINES(IRQ_LINES),
        .VECTOR_WIDTH(11)
    ) u_irq_sync (
        .src_clk    (engine_clk),
        .src_valid  (irq_valid),
        .src_vector (irq_vector),
        .dst_clk    (irq_clk),
        .dst_rst    (irq_rst),
        .dst_set    (irq_set)
    );

endmodule
