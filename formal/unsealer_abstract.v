// Abstract unsealer for the bounded proof: replaces the generated `top$unsealer` (SPECK
// 128/128 and its cache of plaintexts) with a block that keeps only the port contract the
// translation unit relies on (see hw/src/unsealer.rs):
//   - `start` while idle (and no `flush`) makes it busy;
//   - it finishes after any number of cycles (at least one, as the real cache hit), or never;
//   - on finishing, `done` pulses for one cycle and `plain` holds its answer from then until
//     the next start.
// The answer is a free value: the proof holds for whatever the cipher decrypts to, so it says
// nothing about the cipher itself (hw/src/unsealer.rs and abi/src/speck.rs are tested against
// the SPECK test vectors and the reference model).
module top$unsealer(clock,start,sealed,key_slot,flush,cache_hit,key_l,key_k,busy,done,plain);
    input wire clock;
    input wire start;
    input wire [127:0] sealed;
    input wire [7:0] key_slot;
    input wire flush;
    output reg cache_hit;
    input wire [63:0] key_l;
    input wire [63:0] key_k;
    output reg busy;
    output reg done;
    output reg [127:0] plain;

    (* anyseq *) wire finish;
    (* anyseq *) wire any_hit;
    (* anyseq *) wire [127:0] any_plain;

    reg running = 1'b0;
    reg done_q = 1'b0;
    reg hit_q = 1'b0;
    reg [127:0] plain_q;

    always @(posedge clock) begin
        done_q <= 1'b0;
        hit_q <= 1'b0;
        if (!running) begin
            if (!flush && start) running <= 1'b1;
        end else if (finish) begin
            running <= 1'b0;
            done_q <= 1'b1;
            hit_q <= any_hit;
            plain_q <= any_plain;
        end
    end

    always @(*) begin
        busy = running;
        done = done_q;
        cache_hit = hit_q;
        plain = plain_q;
    end
endmodule
