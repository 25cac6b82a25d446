// Drives the MSI request interface of the 7-series AXI PCIe bridge (INTX_MSI_Request,
// MSI_Vector_Num, INTX_MSI_Grant) from per-line events: one request pulse per message,
// the vector held until the grant, lines served round-robin.
//
// The vector is the line folded into the number of vectors the host enabled
// (MSI_Vector_Width: 0 = 1 vector ... 5 = 32). A line is cleared when its message is
// requested, so an event during the wait for the grant sends one more message. Nothing
// is requested while MSI is disabled; events wait until the host enables it.
module viaduct_irq_msi #(
    parameter LINES = 32
) (
    input  wire             clk,
    input  wire             rst,
    input  wire [LINES-1:0] set,
    input  wire             msi_enable,
    input  wire [2:0]       msi_vector_width,
    output reg              msi_request = 1'b0,
    output reg  [4:0]       msi_vector_num = 5'd0,
    input  wire             msi_grant
);

    localparam LINE_BITS = $clog2(LINES);

    initial begin
        if ((1 << LINE_BITS) != LINES || LINES > 32) begin
            $error("viaduct_irq_msi %m: LINES (%0d) must be a power of two of at most 32", LINES);
        end
    end

    localparam [4:0] LINE_MASK = 5'h1f >> (5 - LINE_BITS);

    reg [LINES-1:0] pending = {LINES{1'b0}};
    // Lines are numbered in 5 bits whatever LINES is, like the vectors they become.
    reg [4:0]       scan = 5'd0;
    reg [4:0]       sent = 5'd0;
    reg             waiting = 1'b0;

    wire [2:0] width = msi_vector_width > 3'd5 ? 3'd5 : msi_vector_width;
    wire [4:0] enabled_mask = (5'd1 << width) - 5'd1;
    wire       issue = !waiting && msi_enable && pending[scan[LINE_BITS-1:0]];
    // MSI switched off before the grant: the message may not have left, so the line
    // goes back to pending and the next request starts from a clean edge.
    wire       abort = waiting && !msi_grant && !msi_enable;
    wire [LINES-1:0] one = {{(LINES-1){1'b0}}, 1'b1};

    always @(posedge clk) begin
        if (rst) begin
            pending <= {LINES{1'b0}};
            scan <= 5'd0;
            sent <= 5'd0;
            waiting <= 1'b0;
            msi_request <= 1'b0;
            msi_vector_num <= 5'd0;
        end else begin
            msi_request <= issue;
            pending <= (pending & ~(issue ? (one << scan) : {LINES{1'b0}}))
                     | (abort ? (one << sent) : {LINES{1'b0}})
                     | set;
            if (issue) begin
                msi_vector_num <= scan & enabled_mask;
                sent <= scan;
                waiting <= 1'b1;
            end else if (waiting && (msi_grant || abort)) begin
                waiting <= 1'b0;
            end
            if (!waiting) begin
                scan <= (scan + 5'd1) & LINE_MASK;
            end
        end
    end

endmodule
