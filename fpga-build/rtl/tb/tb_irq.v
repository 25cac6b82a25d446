// Self-checking test of the interrupt path with unrelated clocks: viaduct_irq_sync feeding
// viaduct_irq_usr (XDMA user interrupts) and viaduct_irq_msi (7-series MSI), under random
// interrupt traffic and random bridge latencies.
//
// Checks: every interrupt is followed by a message on its line (none lost), also when a
// second interrupt lands in the middle of the first one's handshake; a user interrupt
// request stays up until acknowledged and is low for a cycle before rising again; an MSI
// request is a one-cycle pulse whose vector holds until the grant, with no second request
// before it and no vector beyond those enabled; no message while the host has interrupts
// disabled.
// Prints PASS or FAIL lines; `iverilog -g2005 -I.. -o tb tb_irq.v ../viaduct_irq_*.v`.
`timescale 1ns / 1ps

module tb_irq;

    parameter SEED = 1;
    parameter CYCLES = 8000;
    parameter PAIRS = 200;
    parameter ABORTS = 20;
    parameter SRC_HALF = 4.0;   // engine clock 125 MHz
    parameter DST_HALF = 2.0;   // bridge clock 250 MHz

    reg src_clk = 1'b0;
    reg dst_clk = 1'b0;
    always #(SRC_HALF) src_clk = !src_clk;
    always #(DST_HALF) dst_clk = !dst_clk;

    integer seed = SEED;
    integer errors = 0;
    integer i;

    reg dst_rst = 1'b1;

    // Interrupt traffic, shared by both paths.
    reg        irq_valid = 1'b0;
    reg [10:0] irq_vector = 11'd0;
    reg        traffic = 1'b1;
    reg        fire = 1'b0;          // directed interrupt, when traffic is off
    reg [10:0] fire_vector = 11'd0;
    integer    events16 [0:15];
    integer    events32 [0:31];
    realtime   last_event16 [0:15];
    realtime   last_event32 [0:31];

    initial begin
        for (i = 0; i < 32; i = i + 1) begin
            events32[i] = 0;
            last_event32[i] = -1.0;
            if (i < 16) begin
                events16[i] = 0;
                last_event16[i] = -1.0;
            end
        end
    end

    always @(posedge src_clk) begin
        // Bursts: mostly quiet, sometimes an interrupt every cycle on few lines.
        if (traffic && ($random(seed) & 7) == 0) begin
            irq_valid <= 1'b1;
            irq_vector <= (($random(seed) & 3) == 0) ? ($random(seed) & 11'h7ff) : ($random(seed) & 11'h3);
        end else if (fire) begin
            irq_valid <= 1'b1;
            irq_vector <= fire_vector;
            fire <= 1'b0;
        end else begin
            irq_valid <= 1'b0;
        end
        if (irq_valid) begin
            events16[irq_vector[3:0]] = events16[irq_vector[3:0]] + 1;
            last_event16[irq_vector[3:0]] = $realtime;
            events32[irq_vector[4:0]] = events32[irq_vector[4:0]] + 1;
            last_event32[irq_vector[4:0]] = $realtime;
        end
    end

    // Path 1: user interrupt lines with an acknowledging bridge model.
    wire [15:0] set16;
    wire [15:0] usr_irq_req;
    reg  [15:0] usr_irq_ack = 16'd0;
    reg         usr_enable = 1'b1;
    integer     ack_wait [0:15];
    integer     rises16 [0:15];
    realtime    last_rise16 [0:15];
    reg  [15:0] req_q = 16'd0;
    reg  [15:0] ack_q = 16'd0;
    reg         usr_enable_q = 1'b1;   // what the DUT saw when it raised a request

    viaduct_irq_sync #(.LINES(16)) u_sync16 (
        .src_clk(src_clk), .src_valid(irq_valid), .src_vector(irq_vector),
        .dst_clk(dst_clk), .dst_rst(dst_rst), .dst_set(set16)
    );

    viaduct_irq_usr #(.LINES(16)) u_usr (
        .clk(dst_clk), .rst(dst_rst), .set(set16), .enable(usr_enable),
        .usr_irq_req(usr_irq_req), .usr_irq_ack(usr_irq_ack)
    );

    initial begin
        for (i = 0; i < 16; i = i + 1) begin
            ack_wait[i] = -1;
            rises16[i] = 0;
            last_rise16[i] = -1.0;
        end
    end

    always @(posedge dst_clk) begin
        for (i = 0; i < 16; i = i + 1) begin
            // Protocol: a request drops only right after its acknowledge, and rests a cycle.
            if (req_q[i] && !usr_irq_req[i] && !ack_q[i]) begin
                $display("FAIL usr line %0d: request dropped without acknowledge at %0t", i, $time);
                errors = errors + 1;
            end
            if (!req_q[i] && usr_irq_req[i]) begin
                if (ack_q[i]) begin
                    $display("FAIL usr line %0d: request rose the cycle after its acknowledge", i);
                    errors = errors + 1;
                end
                if (!usr_enable_q) begin
                    $display("FAIL usr line %0d: request while interrupts are disabled", i);
                    errors = errors + 1;
                end
                rises16[i] = rises16[i] + 1;
                last_rise16[i] = $realtime;
            end
        end
        req_q <= usr_irq_req;
        ack_q <= usr_irq_ack;
        usr_enable_q <= usr_enable;
        // The bridge acknowledges each request after 1..24 cycles, with a one-cycle pulse.
        for (i = 0; i < 16; i = i + 1) begin
            usr_irq_ack[i] <= 1'b0;
            if (usr_irq_req[i] && !usr_irq_ack[i]) begin
                if (ack_wait[i] < 0) begin
                    ack_wait[i] = 1 + ($random(seed) & 15) + ($random(seed) & 7);
                end else if (ack_wait[i] == 0) begin
                    usr_irq_ack[i] <= 1'b1;
                    ack_wait[i] = -1;
                end else begin
                    ack_wait[i] = ack_wait[i] - 1;
                end
            end
        end
    end

    // Path 2: MSI requests with a granting bridge model.
    wire [31:0] set32;
    wire        msi_request;
    wire [4:0]  msi_vector_num;
    reg         msi_grant = 1'b0;
    reg         msi_enable = 1'b1;
    reg  [2:0]  msi_width = 3'd5;
    integer     grant_wait = -1;
    reg         msi_waiting = 1'b0;
    reg  [4:0]  msi_vector_held = 5'd0;
    integer     msis [0:31];
    realtime    last_msi [0:31];

    viaduct_irq_sync #(.LINES(32)) u_sync32 (
        .src_clk(src_clk), .src_valid(irq_valid), .src_vector(irq_vector),
        .dst_clk(dst_clk), .dst_rst(dst_rst), .dst_set(set32)
    );

    viaduct_irq_msi #(.LINES(32)) u_msi (
        .clk(dst_clk), .rst(dst_rst), .set(set32), .msi_enable(msi_enable),
        .msi_vector_width(msi_width), .msi_request(msi_request),
        .msi_vector_num(msi_vector_num), .msi_grant(msi_grant)
    );

    initial begin
        for (i = 0; i < 32; i = i + 1) begin
            msis[i] = 0;
            last_msi[i] = -1.0;
        end
    end

    reg       msi_request_q = 1'b0;
    reg       msi_enable_q = 1'b1;
    reg [2:0] msi_width_q = 3'd5;
    always @(posedge dst_clk) begin
        msi_request_q <= msi_request;
        msi_enable_q <= msi_enable;
        msi_width_q <= msi_width;
        msi_grant <= 1'b0;
        if (msi_request) begin
            if (msi_request_q) begin
                $display("FAIL msi: request held high for two cycles at %0t", $time);
                errors = errors + 1;
            end
            if (msi_waiting) begin
                $display("FAIL msi: new request before the grant of the previous one at %0t", $time);
                errors = errors + 1;
            end
            if (!msi_enable_q) begin
                $display("FAIL msi: request while MSI is disabled at %0t", $time);
                errors = errors + 1;
            end
            if (msi_vector_num >= (5'd1 << msi_width_q) && msi_width_q < 3'd5) begin
                $display("FAIL msi: vector %0d beyond the %0d enabled", msi_vector_num, 1 << msi_width_q);
                errors = errors + 1;
            end
            msi_waiting <= 1'b1;
            msi_vector_held <= msi_vector_num;
            grant_wait = 2 + ($random(seed) & 31);
        end else if (msi_waiting) begin
            if (msi_vector_num != msi_vector_held) begin
                $display("FAIL msi: vector changed before the grant at %0t", $time);
                errors = errors + 1;
            end
            if (!msi_enable) begin
                // The host switched MSI off: this bridge drops the request, no message.
                msi_waiting <= 1'b0;
                grant_wait = -1;
            end else if (grant_wait == 0) begin
                // A message counts once it is sent.
                msi_grant <= 1'b1;
                msi_waiting <= 1'b0;
                grant_wait = -1;
                msis[msi_vector_held] = msis[msi_vector_held] + 1;
                last_msi[msi_vector_held] = $realtime;
            end else begin
                grant_wait = grant_wait - 1;
            end
        end
    end

    integer line;
    integer total;
    initial begin
        repeat (5) @(posedge dst_clk);
        dst_rst <= 1'b0;

        // Phase 1: traffic with everything enabled.
        repeat (CYCLES / 2) @(posedge src_clk);

        // Phase 2: the host disables both interrupt kinds for a while; events must wait.
        @(posedge dst_clk);
        usr_enable <= 1'b0;
        msi_enable <= 1'b0;
        repeat (2000) @(posedge src_clk);
        @(posedge dst_clk);
        usr_enable <= 1'b1;
        msi_enable <= 1'b1;
        repeat (CYCLES / 2) @(posedge src_clk);

        // Quiet: let every handshake finish, then check that nothing was lost.
        traffic <= 1'b0;
        repeat (3000) @(posedge dst_clk);

        for (line = 0; line < 16; line = line + 1) begin
            if (events16[line] > 0 && !(last_rise16[line] > last_event16[line])) begin
                $display("FAIL usr line %0d: last interrupt at %0t never followed by a request (last at %0t)",
                         line, last_event16[line], last_rise16[line]);
                errors = errors + 1;
            end
            if (events16[line] == 0 && rises16[line] != 0) begin
                $display("FAIL usr line %0d: %0d requests without any interrupt", line, rises16[line]);
                errors = errors + 1;
            end
        end
        for (line = 0; line < 32; line = line + 1) begin
            if (events32[line] > 0 && !(last_msi[line] > last_event32[line])) begin
                $display("FAIL msi vector %0d: last interrupt at %0t never followed by a message", line,
                         last_event32[line]);
                errors = errors + 1;
            end
            if (events32[line] == 0 && msis[line] != 0) begin
                $display("FAIL msi vector %0d: %0d messages without any interrupt", line, msis[line]);
                errors = errors + 1;
            end
        end
        if (usr_irq_req != 16'd0 || msi_waiting) begin
            $display("FAIL: requests still open after the quiet period");
            errors = errors + 1;
        end

        // Phase 3: the host grants 4 MSI vectors: lines fold onto them.
        msi_width <= 3'd2;
        traffic <= 1'b1;
        repeat (4000) @(posedge src_clk);
        traffic <= 1'b0;
        repeat (2000) @(posedge dst_clk);
        // The vector range is checked at every request (monitor above).

        // Phase 4: pairs of interrupts on one line, the second one 1..24 engine cycles
        // after the first, so it often lands while the first is still in its handshake.
        msi_width <= 3'd5;
        repeat (PAIRS) begin
            line = $random(seed) & 31;
            @(posedge src_clk);
            fire_vector <= {$random(seed)} % 64 * 32 + line;
            fire <= 1'b1;
            repeat (1 + ({$random(seed)} % 24)) @(posedge src_clk);
            fire_vector <= {$random(seed)} % 64 * 32 + line;
            fire <= 1'b1;
            repeat (3) @(posedge src_clk);
            repeat (150) @(posedge dst_clk);
            if (!(last_rise16[line % 16] > last_event16[line % 16])) begin
                $display("FAIL usr line %0d: interrupt at %0t lost", line % 16, last_event16[line % 16]);
                errors = errors + 1;
            end
            if (!(last_msi[line] > last_event32[line])) begin
                $display("FAIL msi vector %0d: interrupt at %0t lost", line, last_event32[line]);
                errors = errors + 1;
            end
        end

        // Phase 5: MSI switched off between a request and its grant; the message must be
        // requested again once MSI is back.
        repeat (ABORTS) begin
            line = $random(seed) & 31;
            @(posedge src_clk);
            fire_vector <= line;
            fire <= 1'b1;
            @(posedge msi_request);
            @(posedge dst_clk);
            msi_enable <= 1'b0;
            repeat (40) @(posedge dst_clk);
            msi_enable <= 1'b1;
            repeat (150) @(posedge dst_clk);
            if (!(last_msi[line] > last_event32[line])) begin
                $display("FAIL msi vector %0d: request cut short by MSI off never sent again", line);
                errors = errors + 1;
            end
        end

        if (errors == 0) begin
            total = 0;
            for (line = 0; line < 32; line = line + 1) begin
                total = total + events32[line];
            end
            $display("PASS tb_irq seed %0d: %0d interrupt events", SEED, total);
        end else begin
            $display("FAIL tb_irq seed %0d: %0d errors", SEED, errors);
        end
        $finish;
    end

endmodule
