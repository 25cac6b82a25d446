// Abstract key store for the admission proof (prove.sh --abstract-keys): replaces the
// generated `top$keys` (hw/src/key_store.rs, 4 slots in EngineConfig::small()) with a block
// that keeps the port contract the translation unit relies on, without the 31-cycle key
// schedule, so that an admission can be answered within a short bound:
//   - busy at power-up and after each accepted commit or clear, for any number (>= 1) of
//     cycles;
//   - a commit (while idle, slot below the slot count) installs the slot as valid with its
//     generation when it finishes; a clear empties every slot; slots past the count ignore
//     commits and look up as not installed;
//   - a lookup answers the next cycle: valid and generation of the slot; the key material
//     (which only the abstract unsealer reads, and ignores) is free.
module top$keys(clock,commit,commit_slot,commit_key,commit_generation,clear,busy,lookup_slot,lookup_valid,lookup_generation,lookup_l,lookup_k);
    input wire clock;
    input wire commit;
    input wire [7:0] commit_slot;
    input wire [127:0] commit_key;
    input wire [7:0] commit_generation;
    input wire clear;
    output reg busy;
    input wire [7:0] lookup_slot;
    output reg lookup_valid;
    output reg [7:0] lookup_generation;
    output reg [63:0] lookup_l;
    output reg [63:0] lookup_k;

`include "tu_fields.vh"
    // The slot registers below are written out for the 4 slots of EngineConfig::small().
    localparam integer SLOTS = KEY_SLOTS;
    generate if (SLOTS != 4) begin : slots_check
        initial $error("key_store_abstract.v is written for 4 key slots");
    end endgenerate

    (* anyseq *) wire finish;
    (* anyseq *) wire [63:0] any_l;
    (* anyseq *) wire [63:0] any_k;

    reg busy_q = 1'b1;      // power-up: clearing
    reg installing = 1'b0;
    reg [1:0] slot_q;
    reg [7:0] generation_q;
    reg [SLOTS-1:0] valid = 0;
    reg [7:0] generation0, generation1, generation2, generation3;
    reg in_range_q = 1'b0;
    reg [1:0] lookup_q;

    always @(posedge clock) begin
        in_range_q <= lookup_slot < SLOTS;
        lookup_q <= lookup_slot[1:0];
        if (busy_q) begin
            if (finish) begin
                busy_q <= 1'b0;
                installing <= 1'b0;
                if (installing) begin
                    valid[slot_q] <= 1'b1;
                    case (slot_q)
                        2'd0: generation0 <= generation_q;
                        2'd1: generation1 <= generation_q;
                        2'd2: generation2 <= generation_q;
                        2'd3: generation3 <= generation_q;
                    endcase
                end
            end
        end else if (clear) begin
            busy_q <= 1'b1;
            valid <= 0;
        end else if (commit && commit_slot < SLOTS) begin
            busy_q <= 1'b1;
            installing <= 1'b1;
            slot_q <= commit_slot[1:0];
            generation_q <= commit_generation;
        end
    end

    always @(*) begin
        busy = busy_q;
        lookup_valid = in_range_q & valid[lookup_q];
        case (lookup_q)
            2'd0: lookup_generation = generation0;
            2'd1: lookup_generation = generation1;
            2'd2: lookup_generation = generation2;
            default: lookup_generation = generation3;
        endcase
        lookup_l = any_l;
        lookup_k = any_k;
    end
endmodule
