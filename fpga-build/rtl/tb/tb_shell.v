// Self-checking test of viaduct_shell around an engine (by default the stand-in
// bench_fixture: `+define+VIADUCT_ENGINE=bench_fixture`), with the interrupt side on a clock
// of its own: BAR0 reads and writes reach the engine's registers through the shell's
// AXI4-Lite port, and the interrupt the stand-in raises on a write to 0x8 (vector 5) comes
// out as one pulse on line 5 and nowhere else. Prints PASS or FAIL lines.
`timescale 1ns / 1ps
`include "viaduct_engine_config.vh"

module tb_shell;

    localparam DW = `VIADUCT_DATA_WIDTH;

    reg engine_clk = 1'b0;
    reg irq_clk = 1'b0;
    always #4 engine_clk = !engine_clk;
    always #2.7 irq_clk = !irq_clk;
    reg irq_rst = 1'b1;

    integer errors = 0;

    reg         awvalid = 1'b0;
    wire        awready;
    reg  [20:0] awaddr = 21'd0;
    reg         wvalid = 1'b0;
    wire        wready;
    reg  [31:0] wdata = 32'd0;
    wire        bvalid;
    reg         bready = 1'b0;
    wire [1:0]  bresp;
    reg         arvalid = 1'b0;
    wire        arready;
    reg  [20:0] araddr = 21'd0;
    wire        rvalid;
    reg         rready = 1'b0;
    wire [31:0] rdata;
    wire [1:0]  rresp;
    wire [15:0] irq_set;

    wire          m_arvalid;
    wire [5:0]    m_arid;
    wire [63:0]   m_araddr;
    wire [7:0]    m_arlen;
    wire [2:0]    m_arsize;
    wire [1:0]    m_arburst;
    wire          m_rready;
    wire          m_awvalid;
    wire [5:0]    m_awid;
    wire [63:0]   m_awaddr;
    wire [7:0]    m_awlen;
    wire [2:0]    m_awsize;
    wire [1:0]    m_awburst;
    wire          m_wvalid;
    wire [DW-1:0] m_wdata;
    wire [DW/8-1:0] m_wstrb;
    wire          m_wlast;
    wire          m_bready;

    viaduct_shell #(
        .IRQ_LINES(16)
    ) dut (
        .engine_clk(engine_clk),
        .s_axil_awvalid(awvalid), .s_axil_awready(awready), .s_axil_awaddr(awaddr),
        .s_axil_wvalid(wvalid), .s_axil_wready(wready), .s_axil_wdata(wdata), .s_axil_wstrb(4'hf),
        .s_axil_bvalid(bvalid), .s_axil_bready(bready), .s_axil_bresp(bresp),
        .s_axil_arvalid(arvalid), .s_axil_arready(arready), .s_axil_araddr(araddr),
        .s_axil_rvalid(rvalid), .s_axil_rready(rready), .s_axil_rdata(rdata), .s_axil_rresp(rresp),
        .m_axi_arvalid(m_arvalid), .m_axi_arready(1'b1), .m_axi_arid(m_arid), .m_axi_araddr(m_araddr),
        .m_axi_arlen(m_arlen), .m_axi_arsize(m_arsize), .m_axi_arburst(m_arburst),
        .m_axi_rvalid(1'b0), .m_axi_rready(m_rready), .m_axi_rid(6'd0), .m_axi_rdata({DW{1'b0}}),
        .m_axi_rresp(2'b00), .m_axi_rlast(1'b0),
        .m_axi_awvalid(m_awvalid), .m_axi_awready(1'b1), .m_axi_awid(m_awid), .m_axi_awaddr(m_awaddr),
        .m_axi_awlen(m_awlen), .m_axi_awsize(m_awsize), .m_axi_awburst(m_awburst),
        .m_axi_wvalid(m_wvalid), .m_axi_wready(1'b1), .m_axi_wdata(m_wdata), .m_axi_wstrb(m_wstrb),
        .m_axi_wlast(m_wlast), .m_axi_bvalid(1'b0), .m_axi_bready(m_bready), .m_axi_bid(6'd0),
        .m_axi_bresp(2'b00),
        .irq_clk(irq_clk), .irq_rst(irq_rst), .irq_set(irq_set)
    );

    task bar_write;
        input [20:0] addr;
        input [31:0] data;
        integer t;
        begin
            @(posedge engine_clk);
            awvalid <= 1'b1;
            awaddr <= addr;
            wvalid <= 1'b1;
            wdata <= data;
            bready <= 1'b1;
            t = 0;
            while ((awvalid || wvalid) && t < 100) begin
                @(posedge engine_clk);
                if (awready) awvalid <= 1'b0;
                if (wready) wvalid <= 1'b0;
                t = t + 1;
            end
            while (!bvalid && t < 100) begin
                @(posedge engine_clk);
                t = t + 1;
            end
            @(posedge engine_clk);
            bready <= 1'b0;
            if (t >= 100 || bresp != 2'b00) begin
                $display("FAIL write %h: no OKAY response", addr);
                errors = errors + 1;
            end
        end
    endtask

    task bar_read;
        input  [20:0] addr;
        output [31:0] data;
        integer t;
        begin
            @(posedge engine_clk);
            arvalid <= 1'b1;
            araddr <= addr;
            rready <= 1'b1;
            t = 0;
            @(posedge engine_clk);
            while (!(arvalid && arready) && t < 100) begin
                @(posedge engine_clk);
                t = t + 1;
            end
            arvalid <= 1'b0;
            while (!rvalid && t < 100) begin
                @(posedge engine_clk);
                t = t + 1;
            end
            data = rdata;
            @(posedge engine_clk);
            rready <= 1'b0;
            if (t >= 100) begin
                $display("FAIL read %h: no response", addr);
                errors = errors + 1;
            end
        end
    endtask

    integer pulses [0:15];
    integer i;
    initial begin
        for (i = 0; i < 16; i = i + 1) pulses[i] = 0;
    end
    always @(posedge irq_clk) begin
        for (i = 0; i < 16; i = i + 1) begin
            if (irq_set[i]) pulses[i] = pulses[i] + 1;
        end
    end

    reg [31:0] value;
    initial begin
        repeat (4) @(posedge irq_clk);
        irq_rst <= 1'b0;

        bar_read(21'h0, value);
        if (value !== 32'h56444354) begin
            $display("FAIL ID register: %h, want 56444354 (\"VDCT\")", value);
            errors = errors + 1;
        end
        bar_write(21'h4, 32'hcafef00d);
        bar_read(21'h4, value);
        if (value !== 32'hcafef00d) begin
            $display("FAIL scratch register: %h after writing cafef00d", value);
            errors = errors + 1;
        end
        for (i = 0; i < 16; i = i + 1) begin
            if (pulses[i] != 0) begin
                $display("FAIL line %0d: interrupt before any was raised", i);
                errors = errors + 1;
            end
        end

        // The stand-in raises vector 5 on every write to 0x8.
        bar_write(21'h8, 32'h1);
        repeat (60) @(posedge irq_clk);
        for (i = 0; i < 16; i = i + 1) begin
            if (pulses[i] != (i == 5 ? 1 : 0)) begin
                $display("FAIL line %0d: %0d interrupt pulses, want %0d", i, pulses[i], i == 5 ? 1 : 0);
                errors = errors + 1;
            end
        end

        // The engine's host-memory and stream ports stay quiet.
        if (m_arvalid || m_awvalid || m_wvalid) begin
            $display("FAIL: the stand-in engine started a host access");
            errors = errors + 1;
        end

        if (errors == 0) begin
            $display("PASS tb_shell: BAR0 read and write, one interrupt on line 5 (data path %0d bits)", DW);
        end else begin
            $display("FAIL tb_shell: %0d errors", errors);
        end
        $finish;
    end

    wire unused = &{1'b0, m_arid, m_araddr, m_arlen, m_arsize, m_arburst, m_rready, m_awid, m_awaddr,
                    m_awlen, m_awsize, m_awburst, m_wdata, m_wstrb, m_wlast, m_bready, rresp};

endmodule
