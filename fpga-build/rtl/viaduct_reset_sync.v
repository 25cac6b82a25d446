// Reset synchronizer: asserts asynchronously with arst_n, releases STAGES clock edges
// after arst_n rises, so every flip-flop of the domain leaves reset in the same cycle.
module viaduct_reset_sync #(
    parameter STAGES = 3
) (
    input  wire clk,
    input  wire arst_n,
    output wire rst_n
);

    (* ASYNC_REG = "TRUE" *) reg [STAGES-1:0] stage = {STAGES{1'b0}};

    always @(posedge clk or negedge arst_n) begin
        if (!arst_n) begin
            stage <= {STAGES{1'b0}};
        end else begin
            stage <= {stage[STAGES-2:0], 1'b1};
        end
    end

    assign rst_n = stage[STAGES-1];

endmodule
