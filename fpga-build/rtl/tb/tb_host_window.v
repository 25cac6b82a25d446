// Self-checking test of viaduct_host_window (64-bit engine addresses, an OUT-bit bridge window)
// under random traffic: random IDs, lengths, gaps and ready patterns on both sides, a
// quarter of the addresses outside the window, write data that may come before its address.
//
// Checks: the bridge sees exactly the in-window accesses, in order, with their IDs and
// lengths, and every W burst it receives belongs to the address it received in the same
// position; the engine gets one response per access, in order per ID, DECERR for outside
// addresses and the bridge's data and OKAY for the others, with RLAST on the last beat and
// the write response only after the last data beat. Prints PASS or FAIL lines.
`timescale 1ns / 1ps

module tb_host_window;

    parameter SEED = 1;
    parameter N = 300;            // reads, and as many writes
    parameter DW = 64;
    parameter OUT = 32;           // address bits the bridge takes
    localparam [1:0] OKAY = 2'b00;
    localparam [1:0] DECERR = 2'b11;

    reg clk = 1'b0;
    always #4 clk = !clk;
    reg rst = 1'b1;

    integer seed = SEED;
    integer errors = 0;
    integer i;

    // The transactions.
    reg [63:0] rd_addr [0:N-1];
    reg [3:0]  rd_id [0:N-1];
    reg [7:0]  rd_len [0:N-1];
    reg [63:0] wr_addr [0:N-1];
    reg [3:0]  wr_id [0:N-1];
    reg [7:0]  wr_len [0:N-1];
    reg        wr_data_done [0:N-1];
    integer    rd_good [0:N-1];   // indices of in-window reads, in order
    integer    wr_good [0:N-1];
    integer    n_rd_good = 0;
    integer    n_wr_good = 0;

    function [63:0] random_addr;
        input integer unused;
        reg [63:0] a;
        begin
            a = {$random(seed), $random(seed)};
            a[5:0] = 6'd0;
            if (({$random(seed)} % 4) == 0) begin
                a[OUT] = 1'b1;    // outside, plus whatever else is set above the window
            end else begin
                a = a & ((64'd1 << OUT) - 64'd1);
            end
            random_addr = a;
        end
    endfunction

    initial begin
        for (i = 0; i < N; i = i + 1) begin
            rd_addr[i] = random_addr(0);
            rd_id[i] = {$random(seed)} % 4;
            rd_len[i] = {$random(seed)} % 8;
            if (rd_addr[i] >> OUT == 64'd0) begin
                rd_good[n_rd_good] = i;
                n_rd_good = n_rd_good + 1;
            end
            wr_addr[i] = random_addr(0);
            wr_id[i] = {$random(seed)} % 4;
            wr_len[i] = {$random(seed)} % 8;
            wr_data_done[i] = 1'b0;
            if (wr_addr[i] >> OUT == 64'd0) begin
                wr_good[n_wr_good] = i;
                n_wr_good = n_wr_good + 1;
            end
        end
    end

    // DUT.
    wire          s_arvalid;
    wire          s_arready;
    wire [3:0]    s_arid;
    wire [63:0]   s_araddr;
    wire [7:0]    s_arlen;
    wire          s_rvalid;
    reg           s_rready = 1'b0;
    wire [3:0]    s_rid;
    wire [DW-1:0] s_rdata;
    wire [1:0]    s_rresp;
    wire          s_rlast;
    wire          s_awvalid;
    wire          s_awready;
    wire [3:0]    s_awid;
    wire [63:0]   s_awaddr;
    wire [7:0]    s_awlen;
    wire          s_wvalid;
    wire          s_wready;
    wire [DW-1:0] s_wdata;
    wire          s_wlast;
    wire          s_bvalid;
    reg           s_bready = 1'b0;
    wire [3:0]    s_bid;
    wire [1:0]    s_bresp;

    wire          m_arvalid;
    reg           m_arready = 1'b0;
    wire [3:0]    m_arid;
    wire [OUT-1:0] m_araddr;
    wire [7:0]    m_arlen;
    wire [2:0]    m_arsize;
    wire [1:0]    m_arburst;
    reg           m_rvalid = 1'b0;
    wire          m_rready;
    reg  [3:0]    m_rid = 4'd0;
    reg  [DW-1:0] m_rdata = {DW{1'b0}};
    reg           m_rlast = 1'b0;
    wire          m_awvalid;
    reg           m_awready = 1'b0;
    wire [3:0]    m_awid;
    wire [OUT-1:0] m_awaddr;
    wire [7:0]    m_awlen;
    wire [2:0]    m_awsize;
    wire [1:0]    m_awburst;
    wire          m_wvalid;
    reg           m_wready = 1'b0;
    wire [DW-1:0] m_wdata;
    wire [DW/8-1:0] m_wstrb;
    wire          m_wlast;
    reg           m_bvalid = 1'b0;
    wire          m_bready;
    reg  [3:0]    m_bid = 4'd0;

    viaduct_host_window #(
        .DATA_WIDTH(DW),
        .ID_WIDTH(4),
        .OUT_ADDR_WIDTH(OUT)
    ) dut (
        .clk(clk), .rst(rst),
        .s_arvalid(s_arvalid), .s_arready(s_arready), .s_arid(s_arid), .s_araddr(s_araddr),
        .s_arlen(s_arlen), .s_arsize(3'd3), .s_arburst(2'b01),
        .s_rvalid(s_rvalid), .s_rready(s_rready), .s_rid(s_rid), .s_rdata(s_rdata),
        .s_rresp(s_rresp), .s_rlast(s_rlast),
        .s_awvalid(s_awvalid), .s_awready(s_awready), .s_awid(s_awid), .s_awaddr(s_awaddr),
        .s_awlen(s_awlen), .s_awsize(3'd3), .s_awburst(2'b01),
        .s_wvalid(s_wvalid), .s_wready(s_wready), .s_wdata(s_wdata), .s_wstrb({DW/8{1'b1}}),
        .s_wlast(s_wlast),
        .s_bvalid(s_bvalid), .s_bready(s_bready), .s_bid(s_bid), .s_bresp(s_bresp),
        .m_arvalid(m_arvalid), .m_arready(m_arready), .m_arid(m_arid), .m_araddr(m_araddr),
        .m_arlen(m_arlen), .m_arsize(m_arsize), .m_arburst(m_arburst),
        .m_rvalid(m_rvalid), .m_rready(m_rready), .m_rid(m_rid), .m_rdata(m_rdata),
        .m_rresp(OKAY), .m_rlast(m_rlast),
        .m_awvalid(m_awvalid), .m_awready(m_awready), .m_awid(m_awid), .m_awaddr(m_awaddr),
        .m_awlen(m_awlen), .m_awsize(m_awsize), .m_awburst(m_awburst),
        .m_wvalid(m_wvalid), .m_wready(m_wready), .m_wdata(m_wdata), .m_wstrb(m_wstrb),
        .m_wlast(m_wlast),
        .m_bvalid(m_bvalid), .m_bready(m_bready), .m_bid(m_bid), .m_bresp(OKAY)
    );

    // Counters that select what the engine presents change with nonblocking assignments, so
    // the DUT samples the values from before the clock edge.

    // ---------------------------------------------------------------- engine side, reads
    integer ar_k = 0;
    reg     ar_on = 1'b0;
    assign s_arvalid = ar_on && ar_k < N;
    assign s_arid = rd_id[ar_k < N ? ar_k : 0];
    assign s_araddr = rd_addr[ar_k < N ? ar_k : 0];
    assign s_arlen = rd_len[ar_k < N ? ar_k : 0];

    integer rq [0:4*N-1];        // per ID, reads in issue order
    integer rq_head [0:3];
    integer rq_tail [0:3];
    integer r_beat [0:3];
    integer reads_done = 0;
    integer k;

    initial begin
        for (i = 0; i < 4; i = i + 1) begin
            rq_head[i] = 0;
            rq_tail[i] = 0;
            r_beat[i] = 0;
        end
    end

    always @(posedge clk) begin
        if (!rst) begin
            if (s_arvalid && s_arready) begin
                rq[s_arid * N + rq_tail[s_arid]] = ar_k;
                rq_tail[s_arid] = rq_tail[s_arid] + 1;
                ar_k <= ar_k + 1;
                ar_on <= ({$random(seed)} % 3) != 0;
            end else if (!ar_on) begin
                ar_on <= ({$random(seed)} % 2) == 0;
            end
            if (s_rvalid && s_rready) begin
                if (rq_head[s_rid] == rq_tail[s_rid]) begin
                    $display("FAIL read: response with ID %0d, none outstanding", s_rid);
                    errors = errors + 1;
                end else begin
                    k = rq[s_rid * N + rq_head[s_rid]];
                    if (rd_addr[k] >> OUT != 64'd0) begin
                        if (s_rresp != DECERR) begin
                            $display("FAIL read %0d (outside): resp %0d, want DECERR", k, s_rresp);
                            errors = errors + 1;
                        end
                    end else begin
                        if (s_rresp != OKAY || s_rdata != {rd_addr[k][31:0], 24'ha5a5a5, r_beat[s_rid][7:0]}) begin
                            $display("FAIL read %0d beat %0d: resp %0d data %h", k, r_beat[s_rid], s_rresp, s_rdata);
                            errors = errors + 1;
                        end
                    end
                    if (s_rlast != (r_beat[s_rid] == rd_len[k])) begin
                        $display("FAIL read %0d: RLAST %0d at beat %0d of %0d", k, s_rlast, r_beat[s_rid],
                                 rd_len[k] + 1);
                        errors = errors + 1;
                    end
                    if (s_rlast) begin
                        rq_head[s_rid] = rq_head[s_rid] + 1;
                        r_beat[s_rid] = 0;
                        reads_done = reads_done + 1;
                    end else begin
                        r_beat[s_rid] = r_beat[s_rid] + 1;
                    end
                end
            end
            s_rready <= ({$random(seed)} % 4) != 0;
        end
    end

    // ---------------------------------------------------------------- bridge side, reads
    reg [OUT-1:0] brq_addr [0:N-1];
    reg [3:0]  brq_id [0:N-1];
    reg [7:0]  brq_len [0:N-1];
    integer    brq_head = 0;
    integer    brq_tail = 0;
    integer    br_beat = 0;

    always @(posedge clk) begin
        if (!rst) begin
            if (m_arvalid && m_arready) begin
                if (brq_tail >= n_rd_good) begin
                    $display("FAIL bridge read: more reads than in-window ones (%0h)", m_araddr);
                    errors = errors + 1;
                end else begin
                    k = rd_good[brq_tail];
                    if (m_araddr != rd_addr[k][OUT-1:0] || m_arid != rd_id[k] || m_arlen != rd_len[k]) begin
                        $display("FAIL bridge read %0d: got %h id %0d len %0d, want read %0d at %h", brq_tail,
                                 m_araddr, m_arid, m_arlen, k, rd_addr[k]);
                        errors = errors + 1;
                    end
                end
                brq_addr[brq_tail] = m_araddr;
                brq_id[brq_tail] = m_arid;
                brq_len[brq_tail] = m_arlen;
                brq_tail = brq_tail + 1;
            end
            m_arready <= ({$random(seed)} % 5) < 3;

            // Return read data in order, with random gaps.
            if (m_rvalid && m_rready) begin
                if (m_rlast) begin
                    brq_head = brq_head + 1;
                    br_beat = 0;
                end else begin
                    br_beat = br_beat + 1;
                end
            end
            if ((!m_rvalid || m_rready) && brq_head < brq_tail && ({$random(seed)} % 3) != 0) begin
                m_rvalid <= 1'b1;
                m_rid <= brq_id[brq_head];
                m_rdata <= {brq_addr[brq_head][31:0], 24'ha5a5a5, br_beat[7:0]};
                m_rlast <= br_beat == brq_len[brq_head];
            end else if (m_rready) begin
                m_rvalid <= 1'b0;
            end
        end
    end

    // ---------------------------------------------------------------- engine side, writes
    integer aw_k = 0;
    reg     aw_on = 1'b0;
    assign s_awvalid = aw_on && aw_k < N;
    assign s_awid = wr_id[aw_k < N ? aw_k : 0];
    assign s_awaddr = wr_addr[aw_k < N ? aw_k : 0];
    assign s_awlen = wr_len[aw_k < N ? aw_k : 0];

    // Write data runs on its own, in transaction order; it may lead the addresses.
    integer w_k = 0;
    integer w_beat = 0;
    reg     w_on = 1'b0;
    assign s_wvalid = w_on && w_k < N;
    assign s_wdata = {w_k[31:0], 24'd0, w_beat[7:0]};
    assign s_wlast = w_beat == wr_len[w_k < N ? w_k : 0];

    integer bq [0:4*N-1];
    integer bq_head [0:3];
    integer bq_tail [0:3];
    integer writes_done = 0;

    initial begin
        for (i = 0; i < 4; i = i + 1) begin
            bq_head[i] = 0;
            bq_tail[i] = 0;
        end
    end

    always @(posedge clk) begin
        if (!rst) begin
            if (s_awvalid && s_awready) begin
                bq[s_awid * N + bq_tail[s_awid]] = aw_k;
                bq_tail[s_awid] = bq_tail[s_awid] + 1;
                aw_k <= aw_k + 1;
                aw_on <= ({$random(seed)} % 3) != 0;
            end else if (!aw_on) begin
                aw_on <= ({$random(seed)} % 2) == 0;
            end
            if (s_wvalid && s_wready) begin
                if (s_wlast) begin
                    wr_data_done[w_k] = 1'b1;
                    w_k <= w_k + 1;
                    w_beat <= 0;
                end else begin
                    w_beat <= w_beat + 1;
                end
                w_on <= ({$random(seed)} % 4) != 0;
            end else if (!w_on) begin
                w_on <= ({$random(seed)} % 2) == 0;
            end
            if (s_bvalid && s_bready) begin
                if (bq_head[s_bid] == bq_tail[s_bid]) begin
                    $display("FAIL write: response with ID %0d, none outstanding", s_bid);
                    errors = errors + 1;
                end else begin
                    k = bq[s_bid * N + bq_head[s_bid]];
                    bq_head[s_bid] = bq_head[s_bid] + 1;
                    writes_done = writes_done + 1;
                    if (s_bresp != ((wr_addr[k] >> OUT != 64'd0) ? DECERR : OKAY)) begin
                        $display("FAIL write %0d: resp %0d for address %h", k, s_bresp, wr_addr[k]);
                        errors = errors + 1;
                    end
                    if (!wr_data_done[k]) begin
                        $display("FAIL write %0d: response before its last data beat", k);
                        errors = errors + 1;
                    end
                end
            end
            s_bready <= ({$random(seed)} % 4) != 0;
        end
    end

    // ---------------------------------------------------------------- bridge side, writes
    reg [3:0] bwq_id [0:N-1];
    integer   baw_n = 0;          // addresses received
    integer   bw_n = 0;           // data bursts received completely
    integer   bw_beat = 0;
    integer   bb_n = 0;           // responses sent
    integer   b_wait = 0;

    always @(posedge clk) begin
        if (!rst) begin
            if (m_awvalid && m_awready) begin
                if (baw_n >= n_wr_good) begin
                    $display("FAIL bridge write: more writes than in-window ones (%h)", m_awaddr);
                    errors = errors + 1;
                end else begin
                    k = wr_good[baw_n];
                    if (m_awaddr != wr_addr[k][OUT-1:0] || m_awid != wr_id[k] || m_awlen != wr_len[k]) begin
                        $display("FAIL bridge write %0d: got %h id %0d len %0d, want write %0d at %h", baw_n,
                                 m_awaddr, m_awid, m_awlen, k, wr_addr[k]);
                        errors = errors + 1;
                    end
                end
                bwq_id[baw_n] = m_awid;
                baw_n = baw_n + 1;
            end
            m_awready <= ({$random(seed)} % 5) < 3;

            // Data bursts must arrive in the order of the addresses, each one whole.
            if (m_wvalid && m_wready) begin
                if (bw_n >= n_wr_good) begin
                    $display("FAIL bridge write data: beat %h beyond the in-window writes", m_wdata);
                    errors = errors + 1;
                end else begin
                    k = wr_good[bw_n];
                    if (m_wdata != {k[31:0], 24'd0, bw_beat[7:0]} ||
                        m_wlast != (bw_beat == wr_len[k])) begin
                        $display("FAIL bridge write data %0d beat %0d: got %h last %0d, want write %0d",
                                 bw_n, bw_beat, m_wdata, m_wlast, k);
                        errors = errors + 1;
                    end
                end
                if (m_wlast) begin
                    bw_n = bw_n + 1;
                    bw_beat = 0;
                end else begin
                    bw_beat = bw_beat + 1;
                end
            end
            m_wready <= ({$random(seed)} % 5) < 3;

            // A response once both the address and the data of a write are in.
            if (m_bvalid && m_bready) begin
                m_bvalid <= 1'b0;
                bb_n = bb_n + 1;
            end else if (!m_bvalid && bb_n < baw_n && bb_n < bw_n) begin
                if (b_wait == 0) begin
                    m_bvalid <= 1'b1;
                    m_bid <= bwq_id[bb_n];
                    b_wait = {$random(seed)} % 6;
                end else begin
                    b_wait = b_wait - 1;
                end
            end
        end
    end

    integer cycles = 0;
    initial begin
        repeat (4) @(posedge clk);
        rst <= 1'b0;
        while ((reads_done < N || writes_done < N) && cycles < 200000) begin
            @(posedge clk);
            cycles = cycles + 1;
        end
        if (reads_done != N || writes_done != N) begin
            $display("FAIL: stalled after %0d cycles with %0d/%0d reads and %0d/%0d writes done", cycles,
                     reads_done, N, writes_done, N);
            errors = errors + 1;
        end
        if (brq_tail != n_rd_good || baw_n != n_wr_good || bw_n != n_wr_good) begin
            $display("FAIL: the bridge saw %0d reads, %0d writes, %0d bursts; want %0d, %0d, %0d", brq_tail,
                     baw_n, bw_n, n_rd_good, n_wr_good, n_wr_good);
            errors = errors + 1;
        end
        if (errors == 0) begin
            $display("PASS tb_host_window seed %0d: %0d reads (%0d outside), %0d writes (%0d outside), %0d cycles",
                     SEED, N, N - n_rd_good, N, N - n_wr_good, cycles);
        end else begin
            $display("FAIL tb_host_window seed %0d: %0d errors", SEED, errors);
        end
        $finish;
    end

endmodule
