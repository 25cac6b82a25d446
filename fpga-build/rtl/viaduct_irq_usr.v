// Drives the XDMA bridge's user interrupt lines (usr_irq_req/usr_irq_ack) from per-line
// events: a line's request rises, stays up until the bridge acknowledges that the message
// left, and drops for at least one cycle (the one after the acknowledge) before it rises
// again.
//
// An event that arrives while its request is up is sent again after the acknowledge: it
// may have happened after the message was built. Nothing is requested while the host has
// neither MSI nor MSI-X enabled; events wait until it does.
module viaduct_irq_usr #(
    parameter LINES = 16
) (
    input  wire             clk,
    input  wire             rst,
    input  wire [LINES-1:0] set,
    input  wire             enable,
    output reg  [LINES-1:0] usr_irq_req = {LINES{1'b0}},
    input  wire [LINES-1:0] usr_irq_ack
);

    reg  [LINES-1:0] pending = {LINES{1'b0}};

    wire [LINES-1:0] raise = enable ? (pending & ~usr_irq_req) : {LINES{1'b0}};
    wire [LINES-1:0] done = usr_irq_req & usr_irq_ack;

    always @(posedge clk) begin
        if (rst) begin
            pending <= {LINES{1'b0}};
            usr_irq_req <= {LINES{1'b0}};
        end else begin
            pending <= (pending & ~raise) | set;
            usr_irq_req <= (usr_irq_req & ~done) | raise;
        end
    end

endmodule
