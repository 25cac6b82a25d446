// Top level for the Litefury / Nitefury M.2 card (xc7a100t): the engine behind the 7-series
// AXI PCIe bridge (axi_pcie, Gen2 x4, 128-bit AXI at 125 MHz), everything in the bridge's
// AXI clock.
//
//   BAR0 (2 MiB) -> bridge M_AXI (AXI4 128) -> width 128->32 -> AXI4 -> AXI4-Lite -> engine s_axil
//   engine m_axi (AXI4, 64-bit addresses) -> 4 GiB window guard -> width W->128 -> bridge S_AXI
//   engine irq -> one line per vector (mod 32) -> MSI request interface (up to 32 vectors)
//
// The 7-series bridge has no MSI-X and takes 32-bit AXI addresses that it maps one to one
// onto the low 4 GiB of host addresses; see docs/boards.md.
`include "viaduct_engine_config.vh"

module viaduct_litefury_top #(
    parameter NET_LOOPBACK = 0
) (
    input  wire       pcie_refclk_p,
    input  wire       pcie_refclk_n,
    input  wire       pcie_perst_n,
    output wire       pcie_clkreq_n,
    input  wire [3:0] pci_exp_rxp,
    input  wire [3:0] pci_exp_rxn,
    output wire [3:0] pci_exp_txp,
    output wire [3:0] pci_exp_txn,
    // Active low: link up, clock alive (blinks), MSI enabled, interrupt sent (flash).
    output wire [3:0] led_n
);

    localparam DW = `VIADUCT_DATA_WIDTH;
    localparam BW = 128;
    localparam IRQ_LINES = 32;

    // The card asks for the reference clock all the time.
    assign pcie_clkreq_n = 1'b0;

    wire refclk;
    wire refclk_div2;
    IBUFDS_GTE2 u_refclk_buf (
        .I     (pcie_refclk_p),
        .IB    (pcie_refclk_n),
        .CEB   (1'b0),
        .O     (refclk),
        .ODIV2 (refclk_div2)
    );

    // Clocks and resets. The bridge's AXI reset input is also its PCIe core reset: hold it
    // while PERST# is asserted or the bridge's clock manager is unlocked.
    wire axi_clk;
    wire axi_ctl_clk;
    wire mmcm_lock;
    wire link_up;
    wire bridge_aresetn;
    wire rst_n;
    wire rst = !rst_n;

    viaduct_reset_sync u_rst_bridge (
        .clk    (axi_ctl_clk),
        .arst_n (pcie_perst_n && mmcm_lock),
        .rst_n  (bridge_aresetn)
    );

    viaduct_reset_sync u_rst_axi (
        .clk    (axi_clk),
        .arst_n (pcie_perst_n && mmcm_lock),
        .rst_n  (rst_n)
    );

    // Bridge manager (BAR0 accesses), 128 bits.
    wire [31:0]     bar_awaddr;
    wire [7:0]      bar_awlen;
    wire [2:0]      bar_awsize;
    wire [1:0]      bar_awburst;
    wire [2:0]      bar_awprot;
    wire            bar_awvalid;
    wire            bar_awready;
    wire            bar_awlock;
    wire [3:0]      bar_awcache;
    wire [BW-1:0]   bar_wdata;
    wire [BW/8-1:0] bar_wstrb;
    wire            bar_wlast;
    wire            bar_wvalid;
    wire            bar_wready;
    wire [1:0]      bar_bresp;
    wire            bar_bvalid;
    wire            bar_bready;
    wire [31:0]     bar_araddr;
    wire [7:0]      bar_arlen;
    wire [2:0]      bar_arsize;
    wire [1:0]      bar_arburst;
    wire [2:0]      bar_arprot;
    wire            bar_arvalid;
    wire            bar_arready;
    wire            bar_arlock;
    wire [3:0]      bar_arcache;
    wire [BW-1:0]   bar_rdata;
    wire [1:0]      bar_rresp;
    wire            bar_rlast;
    wire            bar_rvalid;
    wire            bar_rready;

    // Bridge subordinate (engine to host), 128 bits, 32-bit addresses.
    wire [31:0]     host_awaddr;
    wire [7:0]      host_awlen;
    wire [2:0]      host_awsize;
    wire [1:0]      host_awburst;
    wire [3:0]      host_awregion;
    wire            host_awvalid;
    wire            host_awready;
    wire [BW-1:0]   host_wdata;
    wire [BW/8-1:0] host_wstrb;
    wire            host_wlast;
    wire            host_wvalid;
    wire            host_wready;
    wire [3:0]      host_bid;
    wire [1:0]      host_bresp;
    wire            host_bvalid;
    wire            host_bready;
    wire [31:0]     host_araddr;
    wire [7:0]      host_arlen;
    wire [2:0]      host_arsize;
    wire [1:0]      host_arburst;
    wire [3:0]      host_arregion;
    wire            host_arvalid;
    wire            host_arready;
    wire [3:0]      host_rid;
    wire [BW-1:0]   host_rdata;
    wire [1:0]      host_rresp;
    wire            host_rlast;
    wire            host_rvalid;
    wire            host_rready;

    wire       msi_request;
    wire       msi_grant;
    wire       msi_enable;
    wire [4:0] msi_vector_num;
    wire [2:0] msi_vector_width;
    wire       bridge_interrupt;
    wire       ctl_awready;
    wire       ctl_wready;
    wire [1:0] ctl_bresp;
    wire       ctl_bvalid;
    wire       ctl_arready;
    wire [31:0] ctl_rdata;
    wire [1:0] ctl_rresp;
    wire       ctl_rvalid;

    viaduct_lf_pcie u_bridge (
        .axi_aresetn       (bridge_aresetn),
        .user_link_up      (link_up),
        .axi_aclk_out      (axi_clk),
        .axi_ctl_aclk_out  (axi_ctl_clk),
        .mmcm_lock         (mmcm_lock),
        .interrupt_out     (bridge_interrupt),
        .INTX_MSI_Request  (msi_request),
        .INTX_MSI_Grant    (msi_grant),
        .MSI_enable        (msi_enable),
        .MSI_Vector_Num    (msi_vector_num),
        .MSI_Vector_Width  (msi_vector_width),
        // The width converter in front has no ID: the bridge sees one ID, 0.
        .s_axi_awid        (4'd0),
        .s_axi_awaddr      (host_awaddr),
        .s_axi_awlen       (host_awlen),
        .s_axi_awsize      (host_awsize),
        .s_axi_awburst     (host_awburst),
        .s_axi_awregion    (host_awregion),
        .s_axi_awvalid     (host_awvalid),
        .s_axi_awready     (host_awready),
        .s_axi_wdata       (host_wdata),
        .s_axi_wstrb       (host_wstrb),
        .s_axi_wlast       (host_wlast),
        .s_axi_wvalid      (host_wvalid),
        .s_axi_wready      (host_wready),
        .s_axi_bid         (host_bid),
        .s_axi_bresp       (host_bresp),
        .s_axi_bvalid      (host_bvalid),
        .s_axi_bready      (host_bready),
        .s_axi_arid        (4'd0),
        .s_axi_araddr      (host_araddr),
        .s_axi_arlen       (host_arlen),
        .s_axi_arsize      (host_arsize),
        .s_axi_arburst     (host_arburst),
        .s_axi_arregion    (host_arregion),
        .s_axi_arvalid     (host_arvalid),
        .s_axi_arready     (host_arready),
        .s_axi_rid         (host_rid),
        .s_axi_rdata       (host_rdata),
        .s_axi_rresp       (host_rresp),
        .s_axi_rlast       (host_rlast),
        .s_axi_rvalid      (host_rvalid),
        .s_axi_rready      (host_rready),
        .m_axi_awaddr      (bar_awaddr),
        .m_axi_awlen       (bar_awlen),
        .m_axi_awsize      (bar_awsize),
        .m_axi_awburst     (bar_awburst),
        .m_axi_awprot      (bar_awprot),
        .m_axi_awvalid     (bar_awvalid),
        .m_axi_awready     (bar_awready),
        .m_axi_awlock      (bar_awlock),
        .m_axi_awcache     (bar_awcache),
        .m_axi_wdata       (bar_wdata),
        .m_axi_wstrb       (bar_wstrb),
        .m_axi_wlast       (bar_wlast),
        .m_axi_wvalid      (bar_wvalid),
        .m_axi_wready      (bar_wready),
        .m_axi_bresp       (bar_bresp),
        .m_axi_bvalid      (bar_bvalid),
        .m_axi_bready      (bar_bready),
        .m_axi_araddr      (bar_araddr),
        .m_axi_arlen       (bar_arlen),
        .m_axi_arsize      (bar_arsize),
        .m_axi_arburst     (bar_arburst),
        .m_axi_arprot      (bar_arprot),
        .m_axi_arvalid     (bar_arvalid),
        .m_axi_arready     (bar_arready),
        .m_axi_arlock      (bar_arlock),
        .m_axi_arcache     (bar_arcache),
        .m_axi_rdata       (bar_rdata),
        .m_axi_rresp       (bar_rresp),
        .m_axi_rlast       (bar_rlast),
        .m_axi_rvalid      (bar_rvalid),
        .m_axi_rready      (bar_rready),
        .pci_exp_txp       (pci_exp_txp),
        .pci_exp_txn       (pci_exp_txn),
        .pci_exp_rxp       (pci_exp_rxp),
        .pci_exp_rxn       (pci_exp_rxn),
        .REFCLK            (refclk),
        // The bridge's own registers are not needed: BARs and windows are fixed at build time.
        .s_axi_ctl_awaddr  (32'd0),
        .s_axi_ctl_awvalid (1'b0),
        .s_axi_ctl_awready (ctl_awready),
        .s_axi_ctl_wdata   (32'd0),
        .s_axi_ctl_wstrb   (4'd0),
        .s_axi_ctl_wvalid  (1'b0),
        .s_axi_ctl_wready  (ctl_wready),
        .s_axi_ctl_bresp   (ctl_bresp),
        .s_axi_ctl_bvalid  (ctl_bvalid),
        .s_axi_ctl_bready  (1'b1),
        .s_axi_ctl_araddr  (32'd0),
        .s_axi_ctl_arvalid (1'b0),
        .s_axi_ctl_arready (ctl_arready),
        .s_axi_ctl_rdata   (ctl_rdata),
        .s_axi_ctl_rresp   (ctl_rresp),
        .s_axi_ctl_rvalid  (ctl_rvalid),
        .s_axi_ctl_rready  (1'b1)
    );

    wire unused_bridge = &{1'b0, refclk_div2, bridge_interrupt, host_bid, host_rid, ctl_awready, ctl_wready,
                           ctl_bresp, ctl_bvalid, ctl_arready, ctl_rdata, ctl_rresp, ctl_rvalid};

    // BAR0 path, step 1: 128 -> 32 bits (splits a wide access into 32-bit ones).
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

    viaduct_lf_bar_width u_bar_width (
        .s_axi_aclk     (axi_clk),
        .s_axi_aresetn  (rst_n),
        .s_axi_awaddr   (bar_awaddr),
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
        .s_axi_bresp    (bar_bresp),
        .s_axi_bvalid   (bar_bvalid),
        .s_axi_bready   (bar_bready),
        .s_axi_araddr   (bar_araddr),
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
        .aresetn        (rst_n),
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

    // BAR0 is translated to AXI address 0 (PCIEBAR2AXIBAR_0 = 0): the engine sees the
    // offset into the BAR. Protection bits carry nothing the engine checks.
    wire unused_lite = &{1'b0, lite_awaddr[31:21], lite_araddr[31:21], lite_awprot, lite_arprot};

    // The engine and its host-side ports.
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
        .engine_clk     (axi_clk),
        .s_axil_awvalid (lite_awvalid),
        .s_axil_awready (lite_awready),
        .s_axil_awaddr  (lite_awaddr[20:0]),
        .s_axil_wvalid  (lite_wvalid),
        .s_axil_wready  (lite_wready),
        .s_axil_wdata   (lite_wdata),
        .s_axil_wstrb   (lite_wstrb),
        .s_axil_bvalid  (lite_bvalid),
        .s_axil_bready  (lite_bready),
        .s_axil_bresp   (lite_bresp),
        .s_axil_arvalid (lite_arvalid),
        .s_axil_arready (lite_arready),
        .s_axil_araddr  (lite_araddr[20:0]),
        .s_axil_rvalid  (lite_rvalid),
        .s_axil_rready  (lite_rready),
        .s_axil_rdata   (lite_rdata),
        .s_axil_rresp   (lite_rresp),
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
        .irq_rst        (rst),
        .irq_set        (irq_set)
    );

    // Host path, step 1: keep the engine inside the bridge's 32-bit window.
    wire            win_arvalid;
    wire            win_arready;
    wire [5:0]      win_arid;
    wire [31:0]     win_araddr;
    wire [7:0]      win_arlen;
    wire [2:0]      win_arsize;
    wire [1:0]      win_arburst;
    wire            win_rvalid;
    wire            win_rready;
    wire [5:0]      win_rid;
    wire [DW-1:0]   win_rdata;
    wire [1:0]      win_rresp;
    wire            win_rlast;
    wire            win_awvalid;
    wire            win_awready;
    wire [5:0]      win_awid;
    wire [31:0]     win_awaddr;
    wire [7:0]      win_awlen;
    wire [2:0]      win_awsize;
    wire [1:0]      win_awburst;
    wire            win_wvalid;
    wire            win_wready;
    wire [DW-1:0]   win_wdata;
    wire [DW/8-1:0] win_wstrb;
    wire            win_wlast;
    wire            win_bvalid;
    wire            win_bready;
    wire [5:0]      win_bid;
    wire [1:0]      win_bresp;

    viaduct_host_window #(
        .DATA_WIDTH(DW),
        .ID_WIDTH(6),
        .OUT_ADDR_WIDTH(32)
    ) u_host_window (
        .clk       (axi_clk),
        .rst       (rst),
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

    // Host path, step 2: engine width -> 128 bits. AXI attributes: normal non-cacheable
    // bufferable memory, data, unprivileged (the bridge does not act on them).
    wire [0:0] host_awlock;
    wire [3:0] host_awcache;
    wire [2:0] host_awprot;
    wire [3:0] host_awqos;
    wire [0:0] host_arlock;
    wire [3:0] host_arcache;
    wire [2:0] host_arprot;
    wire [3:0] host_arqos;

    viaduct_lf_host_width u_host_width (
        .s_axi_aclk     (axi_clk),
        .s_axi_aresetn  (rst_n),
        .s_axi_awid     (win_awid),
        .s_axi_awaddr   (win_awaddr),
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
        .s_axi_araddr   (win_araddr),
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

    // The bridge's subordinate port has no lock, cache, protection or QoS inputs.
    wire unused_host = &{1'b0, host_awlock, host_awcache, host_awprot, host_awqos,
                         host_arlock, host_arcache, host_arprot, host_arqos};

    // Interrupts: MSI, one vector per line.
    viaduct_irq_msi #(
        .LINES(IRQ_LINES)
    ) u_irq (
        .clk              (axi_clk),
        .rst              (rst),
        .set              (irq_set),
        .msi_enable       (msi_enable),
        .msi_vector_width (msi_vector_width),
        .msi_request      (msi_request),
        .msi_vector_num   (msi_vector_num),
        .msi_grant        (msi_grant)
    );

    // Status LEDs.
    reg [26:0] heartbeat = 27'd0;
    reg [22:0] irq_flash = 23'd0;
    always @(posedge axi_clk) begin
        heartbeat <= heartbeat + 27'd1;
        if (msi_request) begin
            irq_flash <= {23{1'b1}};
        end else if (irq_flash != 23'd0) begin
            irq_flash <= irq_flash - 23'd1;
        end
    end
    assign led_n = ~{irq_flash != 23'd0, msi_enable, heartbeat[26], link_up};

endmodule
