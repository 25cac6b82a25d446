// Passes the engine's host-memory accesses that fall inside the bridge's AXI window (the
// low 2**OUT_ADDR_WIDTH bytes) and answers the others itself with DECERR, so an address
// the bridge cannot carry is never truncated into a different host address.
//
// The 7-series bridge takes 32-bit AXI addresses and maps them one to one onto the low
// 4 GiB of host (IOMMU) addresses; the engine issues 64-bit ones. An access outside the
// window waits until every forwarded access of its direction has completed, then gets its
// error response, so responses keep the order AXI requires. With OUT_ADDR_WIDTH = 64 the
// module is wires only. Requirement R5: a failed access moves no byte and ends in an error
// the engine reports.
module viaduct_host_window #(
    parameter DATA_WIDTH = 256,
    parameter ID_WIDTH = 4,
    parameter OUT_ADDR_WIDTH = 32
) (
    input  wire                      clk,
    input  wire                      rst,

    // From the engine (AXI4 manager, 64-bit addresses).
    input  wire                      s_arvalid,
    output wire                      s_arready,
    input  wire [ID_WIDTH-1:0]       s_arid,
    input  wire [63:0]               s_araddr,
    input  wire [7:0]                s_arlen,
    input  wire [2:0]                s_arsize,
    input  wire [1:0]                s_arburst,
    output wire                      s_rvalid,
    input  wire                      s_rready,
    output wire [ID_WIDTH-1:0]       s_rid,
    output wire [DATA_WIDTH-1:0]     s_rdata,
    output wire [1:0]                s_rresp,
    output wire                      s_rlast,
    input  wire                      s_awvalid,
    output wire                      s_awready,
    input  wire [ID_WIDTH-1:0]       s_awid,
    input  wire [63:0]               s_awaddr,
    input  wire [7:0]                s_awlen,
    input  wire [2:0]                s_awsize,
    input  wire [1:0]                s_awburst,
    input  wire                      s_wvalid,
    output wire                      s_wready,
    input  wire [DATA_WIDTH-1:0]     s_wdata,
    input  wire [DATA_WIDTH/8-1:0]   s_wstrb,
    input  wire                      s_wlast,
    output wire                      s_bvalid,
    input  wire                      s_bready,
    output wire [ID_WIDTH-1:0]       s_bid,
    output wire [1:0]                s_bresp,

    // To the bridge.
    output wire                      m_arvalid,
    input  wire                      m_arready,
    output wire [ID_WIDTH-1:0]       m_arid,
    output wire [OUT_ADDR_WIDTH-1:0] m_araddr,
    output wire [7:0]                m_arlen,
    output wire [2:0]                m_arsize,
    output wire [1:0]                m_arburst,
    input  wire                      m_rvalid,
    output wire                      m_rready,
    input  wire [ID_WIDTH-1:0]       m_rid,
    input  wire [DATA_WIDTH-1:0]     m_rdata,
    input  wire [1:0]                m_rresp,
    input  wire                      m_rlast,
    output wire                      m_awvalid,
    input  wire                      m_awready,
    output wire [ID_WIDTH-1:0]       m_awid,
    output wire [OUT_ADDR_WIDTH-1:0] m_awaddr,
    output wire [7:0]                m_awlen,
    output wire [2:0]                m_awsize,
    output wire [1:0]                m_awburst,
    output wire                      m_wvalid,
    input  wire                      m_wready,
    output wire [DATA_WIDTH-1:0]     m_wdata,
    output wire [DATA_WIDTH/8-1:0]   m_wstrb,
    output wire                      m_wlast,
    input  wire                      m_bvalid,
    output wire                      m_bready,
    input  wire [ID_WIDTH-1:0]       m_bid,
    input  wire [1:0]                m_bresp
);

    initial begin
        if (OUT_ADDR_WIDTH < 12 || OUT_ADDR_WIDTH > 64) begin
            $error("viaduct_host_window %m: OUT_ADDR_WIDTH (%0d) must be 12..64", OUT_ADDR_WIDTH);
        end
    end

    assign m_arid = s_arid;
    assign m_araddr = s_araddr[OUT_ADDR_WIDTH-1:0];
    assign m_arlen = s_arlen;
    assign m_arsize = s_arsize;
    assign m_arburst = s_arburst;
    assign m_awid = s_awid;
    assign m_awaddr = s_awaddr[OUT_ADDR_WIDTH-1:0];
    assign m_awlen = s_awlen;
    assign m_awsize = s_awsize;
    assign m_awburst = s_awburst;
    assign m_wdata = s_wdata;
    assign m_wstrb = s_wstrb;
    assign m_wlast = s_wlast;

    generate
    if (OUT_ADDR_WIDTH == 64) begin : g_wide
        // The bridge carries every address: nothing to guard. clk and rst are unused here.
        wire unused = &{1'b0, clk, rst};
        assign m_arvalid = s_arvalid;
        assign s_arready = m_arready;
        assign s_rvalid = m_rvalid;
        assign m_rready = s_rready;
        assign s_rid = m_rid;
        assign s_rdata = m_rdata;
        assign s_rresp = m_rresp;
        assign s_rlast = m_rlast;
        assign m_awvalid = s_awvalid;
        assign s_awready = m_awready;
        assign m_wvalid = s_wvalid;
        assign s_wready = m_wready;
        assign s_bvalid = m_bvalid;
        assign m_bready = s_bready;
        assign s_bid = m_bid;
        assign s_bresp = m_bresp;
    end else begin : g_guard
        localparam [1:0] DECERR = 2'b11;
        localparam [7:0] FULL = 8'hff;

        // Reads.
        wire ar_outside = |s_araddr[63:OUT_ADDR_WIDTH];
        reg  [7:0]          rd_open = 8'd0;     // forwarded, last beat not yet returned
        reg                 rerr = 1'b0;        // answering an outside read
        reg  [ID_WIDTH-1:0] rerr_id = {ID_WIDTH{1'b0}};
        reg  [7:0]          rerr_left = 8'd0;   // beats after the current one

        assign m_arvalid = s_arvalid && !ar_outside && !rerr && rd_open != FULL;
        assign s_arready = ar_outside ? (!rerr && rd_open == 8'd0)
                                      : (m_arready && !rerr && rd_open != FULL);
        wire ar_fwd = m_arvalid && m_arready;
        wire ar_err = s_arvalid && s_arready && ar_outside;
        wire r_done = m_rvalid && m_rready && m_rlast;

        assign s_rvalid = rerr || m_rvalid;
        assign s_rid = rerr ? rerr_id : m_rid;
        assign s_rdata = rerr ? {DATA_WIDTH{1'b0}} : m_rdata;
        assign s_rresp = rerr ? DECERR : m_rresp;
        assign s_rlast = rerr ? (rerr_left == 8'd0) : m_rlast;
        assign m_rready = !rerr && s_rready;

        always @(posedge clk) begin
            if (rst) begin
                rd_open <= 8'd0;
                rerr <= 1'b0;
            end else begin
                rd_open <= rd_open + {7'd0, ar_fwd} - {7'd0, r_done};
                if (ar_err) begin
                    rerr <= 1'b1;
                    rerr_id <= s_arid;
                    rerr_left <= s_arlen;
                end else if (rerr && s_rready) begin
                    if (rerr_left == 8'd0) begin
                        rerr <= 1'b0;
                    end
                    rerr_left <= rerr_left - 8'd1;
                end
            end
        end

        // Writes. W beats follow their AW: they reach the bridge only for an address that
        // was (or, at the head of the AW channel, is about to be) forwarded.
        wire aw_outside = |s_awaddr[63:OUT_ADDR_WIDTH];
        reg  [7:0]          wr_open = 8'd0;     // forwarded, response not yet returned
        // Forwarded addresses minus forwarded W bursts; -1 while the burst of the address
        // waiting at the input has gone ahead of it.
        reg  signed [9:0]   w_credit = 10'sd0;
        reg                 werr_data = 1'b0;   // swallowing the data of an outside write
        reg                 werr_resp = 1'b0;   // its error response is due
        reg  [ID_WIDTH-1:0] werr_id = {ID_WIDTH{1'b0}};
        wire                werr = werr_data || werr_resp;

        assign m_awvalid = s_awvalid && !aw_outside && !werr && wr_open != FULL;
        assign s_awready = aw_outside ? (!werr && wr_open == 8'd0)
                                      : (m_awready && !werr && wr_open != FULL);
        wire aw_fwd = m_awvalid && m_awready;
        wire aw_err = s_awvalid && s_awready && aw_outside;

        wire w_to_bridge = !werr_data &&
            (w_credit > 10'sd0 || (w_credit == 10'sd0 && s_awvalid && !aw_outside && !werr));
        assign m_wvalid = s_wvalid && w_to_bridge;
        assign s_wready = werr_data || (w_to_bridge && m_wready);
        wire w_fwd_last = m_wvalid && m_wready && m_wlast;

        assign s_bvalid = werr_resp || m_bvalid;
        assign s_bid = werr_resp ? werr_id : m_bid;
        assign s_bresp = werr_resp ? DECERR : m_bresp;
        assign m_bready = !werr_resp && s_bready;

        always @(posedge clk) begin
            if (rst) begin
                wr_open <= 8'd0;
                w_credit <= 10'sd0;
                werr_data <= 1'b0;
                werr_resp <= 1'b0;
            end else begin
                wr_open <= wr_open + {7'd0, aw_fwd} - {7'd0, m_bvalid && m_bready};
                w_credit <= w_credit + (aw_fwd ? 10'sd1 : 10'sd0) - (w_fwd_last ? 10'sd1 : 10'sd0);
                if (aw_err) begin
                    werr_data <= 1'b1;
                    werr_id <= s_awid;
                end else if (werr_data && s_wvalid && s_wlast) begin
                    werr_data <= 1'b0;
                    werr_resp <= 1'b1;
                end else if (werr_resp && s_bready) begin
                    werr_resp <= 1'b0;
                end
            end
        end
    end
    endgenerate

endmodule
