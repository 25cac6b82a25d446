// Carries the engine's interrupt pulses (irq$valid with an 11-bit vector) into the bridge's
// clock domain as one pulse per interrupt line; the line is the vector modulo LINES.
//
// Each line is a four-phase req/ack handshake, so the two clocks may be unrelated (U250) or
// the same (Litefury). An interrupt is never lost: one that arrives while its line is
// already in flight is remembered and sent again once the handshake completes. Two
// interrupts on one line may merge into one message, which is what MSI and MSI-X allow:
// the handler reads the completion queues anyway. Requirement R9: every completion that
// asked for an interrupt is followed by a message on its line.
module viaduct_irq_sync #(
    parameter LINES = 16,
    parameter VECTOR_WIDTH = 11
) (
    // Engine side.
    input  wire                    src_clk,
    input  wire                    src_valid,
    input  wire [VECTOR_WIDTH-1:0] src_vector,
    // Bridge side: dst_set has one single-cycle pulse per line event.
    input  wire                    dst_clk,
    input  wire                    dst_rst,
    output reg  [LINES-1:0]        dst_set = {LINES{1'b0}}
);

    localparam LINE_BITS = $clog2(LINES);

    initial begin
        if ((1 << LINE_BITS) != LINES || LINE_BITS > VECTOR_WIDTH) begin
            $error("viaduct_irq_sync %m: LINES (%0d) must be a power of two of at most 2**VECTOR_WIDTH",
                   LINES);
        end
    end

    // Engine side. The engine has no reset port, so this side starts from its initial
    // values and never resets; a bridge reset only costs a spurious interrupt.
    reg  [LINES-1:0] req = {LINES{1'b0}};
    reg  [LINES-1:0] again = {LINES{1'b0}};
    (* ASYNC_REG = "TRUE" *) reg [LINES-1:0] ack_meta = {LINES{1'b0}};
    (* ASYNC_REG = "TRUE" *) reg [LINES-1:0] ack_sync = {LINES{1'b0}};

    wire [LINE_BITS-1:0] line = src_vector[LINE_BITS-1:0];
    // The vector's upper bits select nothing: vectors that differ only there share a line.
    wire unused_vector = &{1'b0, src_vector};
    wire [LINES-1:0] event_lines = src_valid ? ({{(LINES-1){1'b0}}, 1'b1} << line) : {LINES{1'b0}};
    // Idle: the previous handshake has finished on both sides.
    wire [LINES-1:0] idle = ~req & ~ack_sync;

    always @(posedge src_clk) begin
        ack_meta <= ack;
        ack_sync <= ack_meta;
        // Raise a request when idle and something is waiting; drop it once acknowledged.
        req <= (idle & (event_lines | again)) | (req & ~ack_sync);
        // Events during a handshake wait for the next one.
        again <= ~idle & (again | event_lines);
    end

    // Bridge side.
    (* ASYNC_REG = "TRUE" *) reg [LINES-1:0] req_meta = {LINES{1'b0}};
    (* ASYNC_REG = "TRUE" *) reg [LINES-1:0] req_sync = {LINES{1'b0}};
    reg [LINES-1:0] ack = {LINES{1'b0}};

    always @(posedge dst_clk) begin
        req_meta <= req;
        req_sync <= req_meta;
        if (dst_rst) begin
            ack <= {LINES{1'b0}};
            dst_set <= {LINES{1'b0}};
        end else begin
            dst_set <= req_sync & ~ack;
            ack <= req_sync;
        end
    end

endmodule
