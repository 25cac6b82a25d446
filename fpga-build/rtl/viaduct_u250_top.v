// Top level for the Alveo U250 (xcu250-figd2104-2L-e): the engine behind the XDMA IP in AXI
// Bridge mode (Gen3 x16, 512-bit AXI at 250 MHz). The engine runs in its own clock (125 MHz
// by default, from an MMCM on the bridge clock) and reaches the bridge through clock
// converters.
//
//   BAR0 (2 MiB) -> bridge M_AXI_B (AXI4 512) -> width 512->32 -> AXI4 -> AXI4-Lite
//                -> bridge clock -> engine clock -> engine s_axil
//   engine m_axi (AXI4, 64-bit addresses) -> 2**48 window guard -> engine clock -> bridge clock
//                -> width W->512 -> bridge S_AXI_B (addresses passed one to one to the host)
//   engine irq -> one line per vector (mod 16) -> usr_irq_req/usr_irq_ack (MSI-X, or MSI)
`include "viaduct_engine_config.vh"

module viaduct_u250_top #(
    parameter NET_LOOPBACK = 0,
    // Engine clock: the MMCM runs its VCO at 1000 MHz (bridge clock 250 MHz x 4) and divides
    // it by ENGINE_CLK_DIVIDE: 8.0 gives 125 MHz, 5.0 gives 200 MHz.
    parameter real ENGINE_CLK_DIVIDE = 8.0
) (
    input  wire        pcie_refclk_p,
    input  wire        pcie_refclk_n,
    input  wire        pcie_perst_n,
    input  wire [15:0] pci_exp_rxp,
    input  wire [15:0] pci_exp_rxn,
    output wire [15:0] pci_exp_txp,
    output wire [15:0] pci_exp_txn,
    // Link up, engine clock alive (blinks), interrupt sent (flash).
    output wire [2:0]  led
);

    localparam DW = `VIADUCT_DATA_WIDTH;
    localparam BW = 512;
    localparam IRQ_LINES = 16;

    // Reference clock: O feeds the transceivers, ODIV2 (the same 100 MHz with
    // REFCLK_HROW_CK_SEL = 00) the bridge's logic.
    wire sys_clk_gt;
    wire sys_clk;
    IBUFDS_GTE4 #(
        .REFCLK_HROW_CK_SEL(2'b00)
    ) u_refclk_buf (
        .I     (pcie_refclk_p),
        .IB    (pcie_refclk_n),
        .CEB   (1'b0),
        .O     (sys_clk_gt),
        .ODIV2 (sys_clk)
    );

    wire                 axi_clk;
    wire                 axi_aresetn;
    wire                 axi_ctl_aresetn;
    wire                 link_up;
    wire [5:0]           ltssm_state;
    wire                 bridge_interrupt;
    wire [IRQ_LINES-1:0] usr_irq_req;
    wire [IRQ_LINES-1:0] usr_irq_ack;
    wire                 msi_enable;
    wire                 msix_enable;
    wire [2:0]           msi_vector_width;

    // Engine clock and the resets of both domains. The bridge releases axi_aresetn once its
    // clock runs; both domains also wait for the MMCM.
    wire mmcm_fb;
    wire engine_clk_unbuf;
    wire engine_clk;
    wire mmcm_locked;
    wire bridge_rst_n;
    wire engine_rst_n;

    MMCME4_BASE #(
        .CLKIN1_PERIOD    (4.0),
        .CLKFBOUT_MULT_F  (4.0),
        .DIVCLK_DIVIDE    (1),
        .CLKOUT0_DIVIDE_F (ENGINE_CLK_DIVIDE)
    ) u_engine_mmcm (
        .CLKIN1   (axi_clk),
        .CLKFBIN  (mmcm_fb),
        .RST      (!axi_aresetn),
        .PWRDWN   (1'b0),
        .CLKFBOUT (mmcm_fb),
        .CLKOUT0  (engine_clk_unbuf),
        .LOCKED   (mmcm_locked)
    );

    BUFG u_engine_clk_buf (
        .I (engine_clk_unbuf),
        .O (engine_clk)
    );

    viaduct_reset_sync u_rst_bridge (
        .clk    (axi_clk),
        .arst_n (axi_aresetn && mmcm_locked),
        .rst_n  (bridge_rst_n)
    );

    viaduct_reset_sync u_rst_engine (
        .clk    (engine_clk),
        .arst_n (axi_aresetn && mmcm_locked),
        .rst_n  (engine_rst_n)
    );

    // Bridge manager (BAR0 accesses) and subordinate (engine to host), 512 bits.
    wire [3:0]      bar_awid;
    wire [63:0]     bar_awaddr;
    wire [7:0]      bar_awlen;
    wire [2:0]      bar_awsize;
    wire [1:0]      bar_awburst;
    wire [0:0]      bar_awlock;
    wire [3:0]      bar_awcache;
    wire [2:0]      bar_awprot;
    wire            bar_awvalid;
    wire            bar_awready;
    wire [BW-1:0]   bar_wdata;
    wire [BW/8-1:0] bar_wstrb;
    wire            bar_wlast;
    wire            bar_wvalid;
    wire            bar_wready;
    wire [3:0]      bar_bid;
    wire [1:0]      bar_bresp;
    wire            bar_bvalid;
    wire            bar_bready;
    wire [3:0]      bar_arid;
    wire [63:0]     bar_araddr;
    wire [7:0]      bar_arlen;
    wire [2:0]      bar_arsize;
    wire [1:0]      bar_arburst;
    wire [0:0]      bar_arlock;
    wire [3:0]      bar_arcache;
    wire [2:0]      bar_arprot;
    wire            bar_arvalid;
    wire            bar_arready;
    wire [3:0]      bar_rid;
    wire [BW-1:0]   bar_rdata;
    wire [1:0]      bar_rresp;
    wire            bar_rlast;
    wire            bar_rvalid;
    wire            bar_rready;
    wire [63:0]     host_awaddr;
    wire [7:0]      host_awlen;
    wire [2:0]      host_awsize;
    wire [1:0]      host_awburst;
    wire [0:0]      host_awlock;
    wire [3:0]      host_awcache;
    wire [2:0]      host_awprot;
    wire [3:0]      host_awregion;
    wire [3:0]      host_awqos;
    wire            host_awvalid;
    wire            host_awready;
    wire [BW-1:0]   host_wdata;
    wire [BW/8-1:0] host_wstrb;
    wire            host_wlast;
    wire            host_wvalid;
    wire            host_wready;
    wire [1:0]      host_bresp;
    wire            host_bvalid;
    wire            host_bready;
    wire [63:0]     host_araddr;
    wire [7:0]      host_arlen;
    wire [2:0]      host_arsize;
    wire [1:0]      host_arburst;
    wire [0:0]      host_arlock;
    wire [3:0]      host_arcache;
    wire [2:0]      host_arprot;
    wire [3:0]      host_arregion;
    wire [3:0]      host_arqos;
    wire            host_arvalid;
    wire            host_arready;
    wire [BW-1:0]   host_rdata;
    wire [1:0]      host_rresp;
    wire            host_rlast;
    wire            host_rvalid;
    wire            host_rready;
    wire [3:0] host_bid;
    wire [3:0] host_rid;

    viaduct_u250_xdma u_bridge (
        .sys_clk          (sys_clk),
        .sys_clk_gt       (sys_clk_gt),
        .sys_rst_n        (pcie_perst_n),
        .user_lnk_up      (link_up),
        .cfg_ltssm_state  (ltssm_state),
        .pci_exp_txp      (pci_exp_txp),
        .pci_exp_txn      (pci_exp_txn),
        .pci_exp_rxp      (pci_exp_rxp),
        .pci_exp_rxn      (pci_exp_rxn),
        .axi_aclk         (axi_clk),
        .axi_aresetn      (axi_aresetn),
        .axi_ctl_aresetn  (axi_ctl_aresetn),
        .usr_irq_req      (usr_irq_req),
        .usr_irq_ack      (usr_irq_ack),
        .msi_enable       (msi_enable),
        .msix_enable      (msix_enable),
        .msi_vector_width (msi_vector_width),
        .interrupt_out    (bridge_interrupt),
        .m_axib_awid      (bar_awid),
        .m_axib_awaddr    (bar_awaddr),
        .m_axib_awlen     (bar_awlen),
        .m_axib_awsize    (bar_awsize),
        .m_axib_awburst   (bar_awburst),
        .m_axib_awlock    (bar_awlock),
        .m_axib_awcache   (bar_awcache),
        .m_axib_awprot    (bar_awprot),
        .m_axib_awvalid   (bar_awvalid),
        .m_axib_awready   (bar_awready),
        .m_axib_wdata     (bar_wdata),
        .m_axib_wstrb     (bar_wstrb),
        .m_axib_wlast     (bar_wlast),
        .m_axib_wvalid    (bar_wvalid),
        .m_axib_wready    (bar_wready),
        .m_axib_bid       (bar_bid),
        .m_axib_bresp     (bar_bresp),
        .m_axib_bvalid    (bar_bvalid),
        .m_axib_bready    (bar_bready),
        .m_axib_arid      (bar_arid),
        .m_axib_araddr    (bar_araddr),
        .m_axib_arlen     (bar_arlen),
        .m_axib_arsize    (bar_arsize),
        .m_axib_arburst   (bar_arburst),
        .m_axib_arlock    (bar_arlock),
        .m_axib_arcache   (bar_arcache),
        .m_axib_arprot    (bar_arprot),
        .m_axib_arvalid   (bar_arvalid),
        .m_axib_arready   (bar_arready),
        .m_axib_rid       (bar_rid),
        .m_axib_rdata     (bar_rdata),
        .m_axib_rresp     (bar_rresp),
        .m_axib_rlast     (bar_rlast),
        .m_axib_rvalid    (bar_rvalid),
        .m_axib_rready    (bar_rready),
        .s_axib_awid      (4'd0),
        .s_axib_awaddr    (host_awaddr),
        .s_axib_awlen     (host_awlen),
        .s_axib_awsize    (host_awsize),
        .s_axib_awburst   (host_awburst),
        .s_axib_awregion  (host_awregion),
        .s_axib_awvalid   (host_awvalid),
        .s_axib_awready   (host_awready),
        .s_axib_wdata     (host_wdata),
        .s_axib_wstrb     (host_wstrb),
        .s_axib_wlast     (host_wlast),
        .s_axib_wvalid    (host_wvalid),
        .s_axib_wready    (host_wready),
        .s_axib_bid       (host_bid),
        .s_axib_bresp     (host_bresp),
        .s_axib_bvalid    (host_bvalid),
        .s_axib_bready    (host_bready),
        .s_axib_arid      (4'd0),
        .s_axib_araddr    (host_araddr),
        .s_axib_arlen     (host_arlen),
        .s_axib_arsize    (host_arsize),
        .s_axib_arburst   (host_arburst),
        .s_axib_arregion  (host_arregion),
        .s_axib_arvalid   (host_arvalid),
        .s_axib_arready   (host_arready),
        .s_axib_rid       (host_rid),
        .s_axib_rdata     (host_rdata),
        .s_axib_rresp     (host_rresp),
        .s_axib_rlast     (host_rlast),
        .s_axib_rvalid    (host_rvalid),
        .s_axib_rready    (host_rready)
    );

    // The host-side width converter has no ID: the bridge sees one ID, 0. Its lock, cache,
    // protection and QoS outputs have no input on the bridge.
    wire unused_bridge = &{1'b0, ltssm_state, axi_ctl_aresetn, bridge_interrupt, host_bid, host_rid,
                           host_awlock, host_awcache, host_awprot, host_awqos,
                           host_arlock, host_arcache, host_arprot, host_arqos,
                           bar_awaddr[63:32], bar_araddr[63:32]};

    // BAR0 path, step 1: 512 -> 32 bits (splits a wide access into 32-bit ones).
    wire [31:0] bar32_awaddr;
    wire [7:0]  bar32_awlen;
    wire [2:0]  bar32_awsize;
    wire [1:0]  bar32_awburst;
    wire [0:0]  bar32_awlock;
    wire [3:0]  bar32_awcache;
    wire [2:0]  bar32_awprot;
    wire [3:0]  bar32_awregion;
    wire [3:0]  bar32_awqos;
    wire        bar32_awvalid;
    wire        bar32_awready;
    wire [31:0] bar32_wdata;
    wire [3:0]  bar32_wstrb;
    wire        bar32_wlast;
    wire        bar32_wvalid;
    wire        bar32_wready;
    wire [1:0]  bar32_bresp;
    wire        bar32_bvalid;
    wire        bar32_bready;
    wire [31:0] bar32_araddr;
    wire [7:0]  bar32_arlen;
    wire [2:0]  bar32_arsize;
    wire [1:0]  bar32_arburst;
    wire [0:0]  bar32_arlock;
    wire [3:0]  bar32_arcache;
    wire [2:0]  bar32_arprot;
    wire [3:0]  bar32_arregion;
    wire [3:0]  bar32_arqos;
    wire        bar32_arvalid;
    wire        bar32_arready;
    wire [31:0] bar32_rdata;
    wire [1:0]  bar32_rresp;
    wire        bar32_rlast;
    wire        bar32_rvalid;
    wire        bar32_rready;

    viaduct_u250_bar_width u_bar_width (
        .s_axi_aclk     (axi_clk),
        .s_axi_aresetn  (bridge_rst_n),
        .s_axi_awid     (bar_awid),
        .s_axi_awaddr   (bar_awaddr[31:0]),
        .s_axi_awlen    (bar_awlen),
        .s_axi_awsize   (bar_awsize),
        .s_axi_awburst  (bar_awburst),
        .s_axi_awlock   (bar_awlock),
        .s_axi_awcache  (bar_awcache),
        .s_axi_awprot   (bar_awprot),
        .s_axi_awregion (4'd0),
        .s_axi_awqos    (4'd0),
        .s_axi_awvalid  (bar_awvalid),
        .s_axi_awready  (bar_awready),
        .s_axi_wdata    (bar_wdata),
        .s_axi_wstrb    (bar_wstrb),
        .s_axi_wlast    (bar_wlast),
        .s_axi_wvalid   (bar_wvalid),
        .s_axi_wready   (bar_wready),
        .s_axi_bid      (bar_bid),
        .s_axi_bresp    (bar_bresp),
        .s_axi_bvalid   (bar_bvalid),
        .s_axi_bready   (bar_bready),
        .s_axi_arid     (bar_arid),
        .s_axi_araddr   (bar_araddr[31:0]),
        .s_axi_arlen    (bar_arlen),
        .s_axi_arsize   (bar_arsize),
        .s_axi_arburst  (bar_arburst),
        .s_axi_arlock   (bar_arlock),
        .s_axi_arcache  (bar_arcache),
        .s_axi_arprot   (bar_arprot),
        .s_axi_arregion (4'd0),
        .s_axi_arqos    (4'd0),
        .s_axi_arvalid  (bar_arvalid),
        .s_axi_arready  (bar_arready),
        .s_axi_rid      (bar_rid),
        .s_axi_rdata    (bar_rdata),
        .s_axi_rresp    (bar_rresp),
        .s_axi_rlast    (bar_rlast),
        .s_axi_rvalid   (bar_rvalid),
        .s_axi_rready   (bar_rready),
        .m_axi_awaddr   (bar32_awaddr),
        .m_axi_awlen    (bar32_awlen),
        .m_axi_awsize   (bar32_awsize),
        .m_axi_awburst  (bar32_awburst),
        .m_axi_awlock   (bar32_awlock),
        .m_axi_awcache  (bar32_awcache),
        .m_axi_awprot   (bar32_awprot),
        .m_axi_awregion (bar32_awregion),
        .m_axi_awqos    (bar32_awqos),
        .m_axi_awvalid  (bar32_awvalid),
        .m_axi_awready  (bar32_awready),
        .m_axi_wdata    (bar32_wdata),
        .m_axi_wstrb    (bar32_wstrb),
        .m_axi_wlast    (bar32_wlast),
        .m_axi_wvalid   (bar32_wvalid),
        .m_axi_wready   (bar32_wready),
        .m_axi_bresp    (bar32_bresp),
        .m_axi_bvalid   (bar32_bvalid),
        .m_axi_bready   (bar32_bready),
        .m_axi_araddr   (bar32_araddr),
        .m_axi_arlen    (bar32_arlen),
        .m_axi_arsize   (bar32_arsize),
        .m_axi_arburst  (bar32_arburst),
        .m_axi_arlock   (bar32_arlock),
        .m_axi_arcache  (bar32_arcache),
        .m_axi_arprot   (bar32_arprot),
        .m_axi_arregion (bar32_arregion),
        .m_axi_arqos    (bar32_arqos),
        .m_axi_arvalid  (bar32_arvalid),
        .m_axi_arready  (bar32_arready),
        .m_axi_rdata    (bar32_rdata),
        .m_axi_rresp    (bar32_rresp),
        .m_axi_rlast    (bar32_rlast),
        .m_axi_rvalid   (bar32_rvalid),
        .m_axi_rready   (bar32_rready)
    );

    // BAR0 path, step 2: AXI4 -> AXI4-Lite (one beat per access).
    wire [31:0] lite_awaddr;
    wire [2:0]  lite_awprot;
    wire        lite_awvalid;
    wire        lite_awready;
    wire [31:0] lite_wdata;
    wire [3:0]  lite_wstrb;
    wire        lite_wvalid;
    wire        lite_wready;
    wire [1:0]  lite_bresp;
    wire        lite_bvalid;
    wire        lite_bready;
    wire [31:0] lite_araddr;
    wire [2:0]  lite_arprot;
    wire        lite_arvalid;
    wire        lite_arready;
    wire [31:0] lite_rdata;
    wire [1:0]  lite_rresp;
    wire        lite_rvalid;
    wire        lite_rready;

    viaduct_bar_lite u_bar_lite (
        .aclk           (axi_clk),
        .aresetn        (bridge_rst_n),
        .s_axi_awaddr   (bar32_awaddr),
        .s_axi_awlen    (bar32_awlen),
        .s_axi_awsize   (bar32_awsize),
        .s_axi_awburst  (bar32_awburst),
        .s_axi_awlock   (bar32_awlock),
        .s_axi_awcache  (bar32_awcache),
        .s_axi_awprot   (bar32_awprot),
        .s_axi_awregion (bar32_awregion),
        .s_axi_awqos    (bar32_awqos),
        .s_axi_awvalid  (bar32_awvalid),
        .s_axi_awready  (bar32_awready),
        .s_axi_wdata    (bar32_wdata),
        .s_axi_wstrb    (bar32_wstrb),
        .s_axi_wlast    (bar32_wlast),
        .s_axi_wvalid   (bar32_wvalid),
        .s_axi_wready   (bar32_wready),
        .s_axi_bresp    (bar32_bresp),
        .s_axi_bvalid   (bar32_bvalid),
        .s_axi_bready   (bar32_bready),
        .s_axi_araddr   (bar32_araddr),
        .s_axi_arlen    (bar32_arlen),
        .s_axi_arsize   (bar32_arsize),
        .s_axi_arburst  (bar32_arburst),
        .s_axi_arlock   (bar32_arlock),
        .s_axi_arcache  (bar32_arcache),
        .s_axi_arprot   (bar32_arprot),
        .s_axi_arregion (bar32_arregion),
        .s_axi_arqos    (bar32_arqos),
        .s_axi_arvalid  (bar32_arvalid),
        .s_axi_arready  (bar32_arready),
        .s_axi_rdata    (bar32_rdata),
        .s_axi_rresp    (bar32_rresp),
        .s_axi_rlast    (bar32_rlast),
        .s_axi_rvalid   (bar32_rvalid),
        .s_axi_rready   (bar32_rready),
        .m_axi_awaddr   (lite_awaddr),
        .m_axi_awprot   (lite_awprot),
        .m_axi_awvalid  (lite_awvalid),
        .m_axi_awready  (lite_awready),
        .m_axi_wdata    (lite_wdata),
        .m_axi_wstrb    (lite_wstrb),
        .m_axi_wvalid   (lite_wvalid),
        .m_axi_wready   (lite_wready),
        .m_axi_bresp    (lite_bresp),
        .m_axi_bvalid   (lite_bvalid),
        .m_axi_bready   (lite_bready),
        .m_axi_araddr   (lite_araddr),
        .m_axi_arprot   (lite_arprot),
        .m_axi_arvalid  (lite_arvalid),
        .m_axi_arready  (lite_arready),
        .m_axi_rdata    (lite_rdata),
        .m_axi_rresp    (lite_rresp),
        .m_axi_rvalid   (lite_rvalid),
        .m_axi_rready   (lite_rready)
    );

    // BAR0 path, step 3: bridge clock -> engine clock.
    wire [31:0] elite_awaddr;
    wire [2:0]  elite_awprot;
    wire        elite_awvalid;
    wire        elite_awready;
    wire [31:0] elite_wdata;
    wire [3:0]  elite_wstrb;
    wire        elite_wvalid;
    wire        elite_wready;
    wire [1:0]  elite_bresp;
    wire        elite_bvalid;
    wire        elite_bready;
    wire [31:0] elite_araddr;
    wire [2:0]  elite_arprot;
    wire        elite_arvalid;
    wire        elite_arready;
    wire [31:0] elite_rdata;
    wire [1:0]  elite_rresp;
    wire        elite_rvalid;
    wire        elite_rready;

    viaduct_u250_bar_cdc u_bar_cdc (
        .s_axi_aclk    (axi_clk),
        .s_axi_aresetn (bridge_rst_n),
        .s_axi_awaddr  (lite_awaddr),
        .s_axi_awprot  (lite_awprot),
        .s_axi_awvalid (lite_awvalid),
        .s_axi_awready (lite_awready),
        .s_axi_wdata   (lite_wdata),
        .s_axi_wstrb   (lite_wstrb),
        .s_axi_wvalid  (lite_wvalid),
        .s_axi_wready  (lite_wready),
        .s_axi_bresp   (lite_bresp),
        .s_axi_bvalid  (lite_bvalid),
        .s_axi_bready  (lite_bready),
        .s_axi_araddr  (lite_araddr),
        .s_axi_arprot  (lite_arprot),
        .s_axi_arvalid (lite_arvalid),
        .s_axi_arready (lite_arready),
        .s_axi_rdata   (lite_rdata),
        .s_axi_rresp   (lite_rresp),
        .s_axi_rvalid  (lite_rvalid),
        .s_axi_rready  (lite_rready),
        .m_axi_aclk    (engine_clk),
        .m_axi_aresetn (engine_rst_n),
        .m_axi_awaddr  (elite_awaddr),
        .m_axi_awprot  (elite_awprot),
        .m_axi_awvalid (elite_awvalid),
        .m_axi_awready (elite_awready),
        .m_axi_wdata   (elite_wdata),
        .m_axi_wstrb   (elite_wstrb),
        .m_axi_wvalid  (elite_wvalid),
        .m_axi_wready  (elite_wready),
        .m_axi_bresp   (elite_bresp),
        .m_axi_bvalid  (elite_bvalid),
        .m_axi_bready  (elite_bready),
        .m_axi_araddr  (elite_araddr),
        .m_axi_arprot  (elite_arprot),
        .m_axi_arvalid (elite_arvalid),
        .m_axi_arready (elite_arready),
        .m_axi_rdata   (elite_rdata),
        .m_axi_rresp   (elite_rresp),
        .m_axi_rvalid  (elite_rvalid),
        .m_axi_rready  (elite_rready)
    );

    // BAR0 is translated to AXI address 0 (pciebar2axibar_0 = 0): the engine sees the
    // offset into the BAR. Protection bits carry nothing the engine checks.
    wire unused_lite = &{1'b0, elite_awaddr[31:21], elite_araddr[31:21], elite_awprot, elite_arprot};

    // The engine.
    wire            eng_arvalid;
    wire            eng_arready;
    wire [5:0]      eng_arid;
    wire [63:0]     eng_araddr;
    wire [7:0]      eng_arlen;
    wire [2:0]      eng_arsize;
    wire [1:0]      eng_arburst;
    wire            eng_rvalid;
    wire            eng_rready;
    wire [5:0]      eng_rid;
    wire [DW-1:0]   eng_rdata;
    wire [1:0]      eng_rresp;
    wire            eng_rlast;
    wire            eng_awvalid;
    wire            eng_awready;
    wire [5:0]      eng_awid;
    wire [63:0]     eng_awaddr;
    wire [7:0]      eng_awlen;
    wire [2:0]      eng_awsize;
    wire [1:0]      eng_awburst;
    wire            eng_wvalid;
    wire            eng_wready;
    wire [DW-1:0]   eng_wdata;
    wire [DW/8-1:0] eng_wstrb;
    wire            eng_wlast;
    wire            eng_bvalid;
    wire            eng_bready;
    wire [5:0]      eng_bid;
    wire [1:0]      eng_bresp;
    wire [IRQ_LINES-1:0] irq_set;

    viaduct_shell #(
        .IRQ_LINES(IRQ_LINES),
        .NET_LOOPBACK(NET_LOOPBACK)
    ) u_shell (
        .engine_clk     (engine_clk),
        .s_axil_awvalid (elite_awvalid),
        .s_axil_awready (elite_awready),
        .s_axil_awaddr  (elite_awaddr[20:0]),
        .s_axil_wvalid  (elite_wvalid),
        .s_axil_wready  (elite_wready),
        .s_axil_wdata   (elite_wdata),
        .s_axil_wstrb   (elite_wstrb),
        .s_axil_bvalid  (elite_bvalid),
        .s_axil_bready  (elite_bready),
        .s_axil_bresp   (elite_bresp),
        .s_axil_arvalid (elite_arvalid),
        .s_axil_arready (elite_arready),
        .s_axil_araddr  (elite_araddr[20:0]),
        .s_axil_rvalid  (elite_rvalid),
        .s_axil_rready  (elite_rready),
        .s_axil_rdata   (elite_rdata),
        .s_axil_rresp   (elite_rresp),
        .m_axi_arvalid  (eng_arvalid),
        .m_axi_arready  (eng_arready),
        .m_axi_arid     (eng_arid),
        .m_axi_araddr   (eng_araddr),
        .m_axi_arlen    (eng_arlen),
        .m_axi_arsize   (eng_arsize),
        .m_axi_arburst  (eng_arburst),
        .m_axi_rvalid   (eng_rvalid),
        .m_axi_rready   (eng_rready),
        .m_axi_rid      (eng_rid),
        .m_axi_rdata    (eng_rdata),
        .m_axi_rresp    (eng_rresp),
        .m_axi_rlast    (eng_rlast),
        .m_axi_awvalid  (eng_awvalid),
        .m_axi_awready  (eng_awready),
        .m_axi_awid     (eng_awid),
        .m_axi_awaddr   (eng_awaddr),
        .m_axi_awlen    (eng_awlen),
        .m_axi_awsize   (eng_awsize),
        .m_axi_awburst  (eng_awburst),
        .m_axi_wvalid   (eng_wvalid),
        .m_axi_wready   (eng_wready),
        .m_axi_wdata    (eng_wdata),
        .m_axi_wstrb    (eng_wstrb),
        .m_axi_wlast    (eng_wlast),
        .m_axi_bvalid   (eng_bvalid),
        .m_axi_bready   (eng_bready),
        .m_axi_bid      (eng_bid),
        .m_axi_bresp    (eng_bresp),
        .irq_clk        (axi_clk),
        .irq_rst        (!bridge_rst_n),
        .irq_set        (irq_set)
    );

    // Host path, step 1: keep the engine inside the bridge's 48-bit window (the reach of
    // x86-64 IOMMUs with four-level tables); above it the engine gets DECERR.
    wire           win_arvalid;
    wire           win_arready;
    wire [5:0]     win_arid;
    wire [47:0]    win_araddr;
    wire [7:0]     win_arlen;
    wire [2:0]     win_arsize;
    wire [1:0]     win_arburst;
    wire           win_rvalid;
    wire           win_rready;
    wire [5:0]     win_rid;
    wire [DW-1:0]  win_rdata;
    wire [1:0]     win_rresp;
    wire           win_rlast;
    wire           win_awvalid;
    wire           win_awready;
    wire [5:0]     win_awid;
    wire [47:0]    win_awaddr;
    wire [7:0]     win_awlen;
    wire [2:0]     win_awsize;
    wire [1:0]     win_awburst;
    wire           win_wvalid;
    wire           win_wready;
    wire [DW-1:0]  win_wdata;
    wire [DW/8-1:0] win_wstrb;
    wire           win_wlast;
    wire           win_bvalid;
    wire           win_bready;
    wire [5:0]     win_bid;
    wire [1:0]     win_bresp;

    viaduct_host_window #(
        .DATA_WIDTH(DW),
        .ID_WIDTH(6),
        .OUT_ADDR_WIDTH(48)
    ) u_host_window (
        .clk       (engine_clk),
        .rst       (!engine_rst_n),
        .s_arvalid (eng_arvalid),
        .s_arready (eng_arready),
        .s_arid    (eng_arid),
        .s_araddr  (eng_araddr),
        .s_arlen   (eng_arlen),
        .s_arsize  (eng_arsize),
        .s_arburst (eng_arburst),
        .s_rvalid  (eng_rvalid),
        .s_rready  (eng_rready),
        .s_rid     (eng_rid),
        .s_rdata   (eng_rdata),
        .s_rresp   (eng_rresp),
        .s_rlast   (eng_rlast),
        .s_awvalid (eng_awvalid),
        .s_awready (eng_awready),
        .s_awid    (eng_awid),
        .s_awaddr  (eng_awaddr),
        .s_awlen   (eng_awlen),
        .s_awsize  (eng_awsize),
        .s_awburst (eng_awburst),
        .s_wvalid  (eng_wvalid),
        .s_wready  (eng_wready),
        .s_wdata   (eng_wdata),
        .s_wstrb   (eng_wstrb),
        .s_wlast   (eng_wlast),
        .s_bvalid  (eng_bvalid),
        .s_bready  (eng_bready),
        .s_bid     (eng_bid),
        .s_bresp   (eng_bresp),
        .m_arvalid (win_arvalid),
        .m_arready (win_arready),
        .m_arid    (win_arid),
        .m_araddr  (win_araddr),
        .m_arlen   (win_arlen),
        .m_arsize  (win_arsize),
        .m_arburst (win_arburst),
        .m_rvalid  (win_rvalid),
        .m_rready  (win_rready),
        .m_rid     (win_rid),
        .m_rdata   (win_rdata),
        .m_rresp   (win_rresp),
        .m_rlast   (win_rlast),
        .m_awvalid (win_awvalid),
        .m_awready (win_awready),
        .m_awid    (win_awid),
        .m_awaddr  (win_awaddr),
        .m_awlen   (win_awlen),
        .m_awsize  (win_awsize),
        .m_awburst (win_awburst),
        .m_wvalid  (win_wvalid),
        .m_wready  (win_wready),
        .m_wdata   (win_wdata),
        .m_wstrb   (win_wstrb),
        .m_wlast   (win_wlast),
        .m_bvalid  (win_bvalid),
        .m_bready  (win_bready),
        .m_bid     (win_bid),
        .m_bresp   (win_bresp)
    );

    // Host path, step 2: engine clock -> bridge clock. AXI attributes: normal non-cacheable
    // bufferable memory, data, unprivileged (the bridge does not act on them).
    wire [5:0]      hcdc_awid;
    wire [63:0]     hcdc_awaddr;
    wire [7:0]      hcdc_awlen;
    wire [2:0]      hcdc_awsize;
    wire [1:0]      hcdc_awburst;
    wire [0:0]      hcdc_awlock;
    wire [3:0]      hcdc_awcache;
    wire [2:0]      hcdc_awprot;
    wire [3:0]      hcdc_awregion;
    wire [3:0]      hcdc_awqos;
    wire            hcdc_awvalid;
    wire            hcdc_awready;
    wire [DW-1:0]   hcdc_wdata;
    wire [DW/8-1:0] hcdc_wstrb;
    wire            hcdc_wlast;
    wire            hcdc_wvalid;
    wire            hcdc_wready;
    wire [5:0]      hcdc_bid;
    wire [1:0]      hcdc_bresp;
    wire            hcdc_bvalid;
    wire            hcdc_bready;
    wire [5:0]      hcdc_arid;
    wire [63:0]     hcdc_araddr;
    wire [7:0]      hcdc_arlen;
    wire [2:0]      hcdc_arsize;
    wire [1:0]      hcdc_arburst;
    wire [0:0]      hcdc_arlock;
    wire [3:0]      hcdc_arcache;
    wire [2:0]      hcdc_arprot;
    wire [3:0]      hcdc_arregion;
    wire [3:0]      hcdc_arqos;
    wire            hcdc_arvalid;
    wire            hcdc_arready;
    wire [5:0]      hcdc_rid;
    wire [DW-1:0]   hcdc_rdata;
    wire [1:0]      hcdc_rresp;
    wire            hcdc_rlast;
    wire            hcdc_rvalid;
    wire            hcdc_rready;

    viaduct_u250_host_cdc u_host_cdc (
        .s_axi_aclk     (engine_clk),
        .s_axi_aresetn  (engine_rst_n),
        .s_axi_awid     (win_awid),
        .s_axi_awaddr   ({16'd0, win_awaddr}),
        .s_axi_awlen    (win_awlen),
        .s_axi_awsize   (win_awsize),
        .s_axi_awburst  (win_awburst),
        .s_axi_awlock   (1'b0),
        .s_axi_awcache  (4'b0011),
        .s_axi_awprot   (3'b000),
        .s_axi_awregion (4'd0),
        .s_axi_awqos    (4'd0),
        .s_axi_awvalid  (win_awvalid),
        .s_axi_awready  (win_awready),
        .s_axi_wdata    (win_wdata),
        .s_axi_wstrb    (win_wstrb),
        .s_axi_wlast    (win_wlast),
        .s_axi_wvalid   (win_wvalid),
        .s_axi_wready   (win_wready),
        .s_axi_bid      (win_bid),
        .s_axi_bresp    (win_bresp),
        .s_axi_bvalid   (win_bvalid),
        .s_axi_bready   (win_bready),
        .s_axi_arid     (win_arid),
        .s_axi_araddr   ({16'd0, win_araddr}),
        .s_axi_arlen    (win_arlen),
        .s_axi_arsize   (win_arsize),
        .s_axi_arburst  (win_arburst),
        .s_axi_arlock   (1'b0),
        .s_axi_arcache  (4'b0011),
        .s_axi_arprot   (3'b000),
        .s_axi_arregion (4'd0),
        .s_axi_arqos    (4'd0),
        .s_axi_arvalid  (win_arvalid),
        .s_axi_arready  (win_arready),
        .s_axi_rid      (win_rid),
        .s_axi_rdata    (win_rdata),
        .s_axi_rresp    (win_rresp),
        .s_axi_rlast    (win_rlast),
        .s_axi_rvalid   (win_rvalid),
        .s_axi_rready   (win_rready),
        .m_axi_aclk     (axi_clk),
        .m_axi_aresetn  (bridge_rst_n),
        .m_axi_awid     (hcdc_awid),
        .m_axi_awaddr   (hcdc_awaddr),
        .m_axi_awlen    (hcdc_awlen),
        .m_axi_awsize   (hcdc_awsize),
        .m_axi_awburst  (hcdc_awburst),
        .m_axi_awlock   (hcdc_awlock),
        .m_axi_awcache  (hcdc_awcache),
        .m_axi_awprot   (hcdc_awprot),
        .m_axi_awregion (hcdc_awregion),
        .m_axi_awqos    (hcdc_awqos),
        .m_axi_awvalid  (hcdc_awvalid),
        .m_axi_awready  (hcdc_awready),
        .m_axi_wdata    (hcdc_wdata),
        .m_axi_wstrb    (hcdc_wstrb),
        .m_axi_wlast    (hcdc_wlast),
        .m_axi_wvalid   (hcdc_wvalid),
        .m_axi_wready   (hcdc_wready),
        .m_axi_bid      (hcdc_bid),
        .m_axi_bresp    (hcdc_bresp),
        .m_axi_bvalid   (hcdc_bvalid),
        .m_axi_bready   (hcdc_bready),
        .m_axi_arid     (hcdc_arid),
        .m_axi_araddr   (hcdc_araddr),
        .m_axi_arlen    (hcdc_arlen),
        .m_axi_arsize   (hcdc_arsize),
        .m_axi_arburst  (hcdc_arburst),
        .m_axi_arlock   (hcdc_arlock),
        .m_axi_arcache  (hcdc_arcache),
        .m_axi_arprot   (hcdc_arprot),
        .m_axi_arregion (hcdc_arregion),
        .m_axi_arqos    (hcdc_arqos),
        .m_axi_arvalid  (hcdc_arvalid),
        .m_axi_arready  (hcdc_arready),
        .m_axi_rid      (hcdc_rid),
        .m_axi_rdata    (hcdc_rdata),
        .m_axi_rresp    (hcdc_rresp),
        .m_axi_rlast    (hcdc_rlast),
        .m_axi_rvalid   (hcdc_rvalid),
        .m_axi_rready   (hcdc_rready)
    );

    // Host path, step 3: engine width -> 512 bits.
    viaduct_u250_host_width u_host_width (
        .s_axi_aclk     (axi_clk),
        .s_axi_aresetn  (bridge_rst_n),
        .s_axi_awid     (hcdc_awid),
        .s_axi_awaddr   (hcdc_awaddr),
        .s_axi_awlen    (hcdc_awlen),
        .s_axi_awsize   (hcdc_awsize),
        .s_axi_awburst  (hcdc_awburst),
        .s_axi_awlock   (hcdc_awlock),
        .s_axi_awcache  (hcdc_awcache),
        .s_axi_awprot   (hcdc_awprot),
        .s_axi_awregion (hcdc_awregion),
        .s_axi_awqos    (hcdc_awqos),
        .s_axi_awvalid  (hcdc_awvalid),
        .s_axi_awready  (hcdc_awready),
        .s_axi_wdata    (hcdc_wdata),
        .s_axi_wstrb    (hcdc_wstrb),
        .s_axi_wlast    (hcdc_wlast),
        .s_axi_wvalid   (hcdc_wvalid),
        .s_axi_wready   (hcdc_wready),
        .s_axi_bid      (hcdc_bid),
        .s_axi_bresp    (hcdc_bresp),
        .s_axi_bvalid   (hcdc_bvalid),
        .s_axi_bready   (hcdc_bready),
        .s_axi_arid     (hcdc_arid),
        .s_axi_araddr   (hcdc_araddr),
        .s_axi_arlen    (hcdc_arlen),
        .s_axi_arsize   (hcdc_arsize),
        .s_axi_arburst  (hcdc_arburst),
        .s_axi_arlock   (hcdc_arlock),
        .s_axi_arcache  (hcdc_arcache),
        .s_axi_arprot   (hcdc_arprot),
        .s_axi_arregion (hcdc_arregion),
        .s_axi_arqos    (hcdc_arqos),
        .s_axi_arvalid  (hcdc_arvalid),
        .s_axi_arready  (hcdc_arready),
        .s_axi_rid      (hcdc_rid),
        .s_axi_rdata    (hcdc_rdata),
        .s_axi_rresp    (hcdc_rresp),
        .s_axi_rlast    (hcdc_rlast),
        .s_axi_rvalid   (hcdc_rvalid),
        .s_axi_rready   (hcdc_rready),
        .m_axi_awaddr   (host_awaddr),
        .m_axi_awlen    (host_awlen),
        .m_axi_awsize   (host_awsize),
        .m_axi_awburst  (host_awburst),
        .m_axi_awlock   (host_awlock),
        .m_axi_awcache  (host_awcache),
        .m_axi_awprot   (host_awprot),
        .m_axi_awregion (host_awregion),
        .m_axi_awqos    (host_awqos),
        .m_axi_awvalid  (host_awvalid),
        .m_axi_awready  (host_awready),
        .m_axi_wdata    (host_wdata),
        .m_axi_wstrb    (host_wstrb),
        .m_axi_wlast    (host_wlast),
        .m_axi_wvalid   (host_wvalid),
        .m_axi_wready   (host_wready),
        .m_axi_bresp    (host_bresp),
        .m_axi_bvalid   (host_bvalid),
        .m_axi_bready   (host_bready),
        .m_axi_araddr   (host_araddr),
        .m_axi_arlen    (host_arlen),
        .m_axi_arsize   (host_arsize),
        .m_axi_arburst  (host_arburst),
        .m_axi_arlock   (host_arlock),
        .m_axi_arcache  (host_arcache),
        .m_axi_arprot   (host_arprot),
        .m_axi_arregion (host_arregion),
        .m_axi_arqos    (host_arqos),
        .m_axi_arvalid  (host_arvalid),
        .m_axi_arready  (host_arready),
        .m_axi_rdata    (host_rdata),
        .m_axi_rresp    (host_rresp),
        .m_axi_rlast    (host_rlast),
        .m_axi_rvalid   (host_rvalid),
        .m_axi_rready   (host_rready)
    );

    // Interrupts: user interrupt lines, mapped onto MSI-X (or MSI) vectors by the bridge.
    viaduct_irq_usr #(
        .LINES(IRQ_LINES)
    ) u_irq (
        .clk         (axi_clk),
        .rst         (!bridge_rst_n),
        .set         (irq_set),
        .enable      (msix_enable || msi_enable),
        .usr_irq_req (usr_irq_req),
        .usr_irq_ack (usr_irq_ack)
    );

    // The bridge picks the vector of each line itself (its IRQ block registers).
    wire unused_msi = &{1'b0, msi_vector_width};

    // Status LEDs.
    reg [26:0] heartbeat = 27'd0;
    reg [24:0] irq_flash = 25'd0;
    always @(posedge engine_clk) begin
        heartbeat <= heartbeat + 27'd1;
    end
    always @(posedge axi_clk) begin
        if (|(usr_irq_req & usr_irq_ack)) begin
            irq_flash <= {25{1'b1}};
        end else if (irq_flash != 25'd0) begin
            irq_flash <= irq_flash - 25'd1;
        end
    end
    assign led = {irq_flash != 25'd0, heartbeat[26], link_up};

endmodule
