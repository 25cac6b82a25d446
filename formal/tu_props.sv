// Bounded proof of R5 on the translation unit (hw/src/translate_unit.rs, EngineConfig::small()):
// no request is answered Ok unless every check for it passed. Run by formal/prove.sh; the
// property, the assumptions and the abstraction are described in docs/security.md
// ("Formal proof").
//
// Every input of this module is a free input of the solver, chosen anew in every cycle: the
// request and command ports of the unit, the host memory's answers and the page-table entries
// the memory holds. Field positions, flags and status codes come from tu_fields.vh, written
// from viaduct-abi by `viaduct-formal`.
//
// Universally quantified values are free constants (anyconst): a protection slot, its slot
// generation, a key slot, a 4 KiB VA page and the table page and level that shortcuts of that
// slot and generation name for that page. A property stated for "the" tracked slot or page
// therefore holds for every slot and page.
module tu_props (
    clock,
    iotlb_enable, line_cache_enable, watchdog,
    req_valid, req_admit, req_vi, req_pd, req_key_slot, req_va, req_len, req_write, req_shortcut,
    rsp_ready,
    key_commit, key_slot, key_data, key_generation,
    prot_commit, prot_slot, prot_entry,
    inv_valid, inv_all, inv_slot, soft_reset,
    arready, rvalid, rid, rdata_free, rresp, rlast,
    pte_new0, pte_new1, pte_new2, pte_new3
);
`include "tu_fields.vh"

    localparam integer VA_PAGE_W = 64 - PAGE_SHIFT;

    input wire clock;
    input wire iotlb_enable;
    input wire line_cache_enable;
    input wire [31:0] watchdog;
    input wire req_valid;
    input wire req_admit;
    input wire [PE_VI_W-1:0] req_vi;
    input wire [SC_PD_W-1:0] req_pd;
    input wire [KEY_SLOT_W-1:0] req_key_slot;
    input wire [63:0] req_va;
    input wire [31:0] req_len;
    input wire req_write;
    input wire [127:0] req_shortcut;
    input wire rsp_ready;
    input wire key_commit;
    input wire [KEY_SLOT_W-1:0] key_slot;
    input wire [127:0] key_data;
    input wire [SC_KEY_GENERATION_W-1:0] key_generation;
    input wire prot_commit;
    input wire [SC_SLOT_W-1:0] prot_slot;
    input wire [127:0] prot_entry;
    input wire inv_valid;
    input wire inv_all;
    input wire [SC_SLOT_W-1:0] inv_slot;
    input wire soft_reset;
    // Host memory: the AXI4 read slave's handshakes and data are free ...
    input wire arready;
    input wire rvalid;
    input wire [AXI_ID_W-1:0] rid;
    input wire [63:0] rdata_free;
    input wire [1:0] rresp;
    input wire rlast;
    // ... and the tracked page-table entries take these values when memory may change.
    input wire [63:0] pte_new0;
    input wire [63:0] pte_new1;
    input wire [63:0] pte_new2;
    input wire [63:0] pte_new3;

    // ---------------------------------------------------------------- the unit under proof
    wire req_ready, rsp_valid, cmd_ready;
    wire [STATUS_W-1:0] rsp_status;
    wire [63:0] rsp_pa, rsp_fault_va;
    wire [12:0] rsp_bytes;
    wire [127:0] rsp_ticket;
    wire [63:0] cnt_table_reads, cnt_iotlb_hits, cnt_iotlb_misses, cnt_line_hits, cnt_unseal_hits;
    wire arvalid, rready;
    wire [AXI_ID_W-1:0] arid;
    wire [63:0] araddr;
    wire [7:0] arlen;
    wire [2:0] arsize;
    wire [1:0] arburst;
    wire [63:0] rdata;

    // Restrictions for shorter runs (prove.sh options); the full proof has none of them.
`ifdef NO_LINE_CACHE
    wire lce = 1'b0;
`else
    wire lce = line_cache_enable;
`endif
`ifdef NO_IOTLB
    wire ite = 1'b0;
`else
    wire ite = iotlb_enable;
`endif
`ifdef TRANSLATION_ONLY
    wire admit = 1'b0;
`elsif ADMISSION_ONLY
    wire admit = 1'b1;
`else
    wire admit = req_admit;
`endif
    // The read slave's handshakes, free or (SIMPLE_BUS) an in-order slave without errors.
    wire bus_arready, bus_rvalid, bus_rlast;
    wire [AXI_ID_W-1:0] bus_rid;
    wire [1:0] bus_rresp;

    top dut (
        .clock(clock),
        .iotlb_enable(ite), .line_cache_enable(lce), .watchdog(watchdog),
        .req_valid(req_valid), .req_ready(req_ready), .req_admit(admit), .req_vi(req_vi),
        .req_pd(req_pd), .req_key_slot(req_key_slot), .req_va(req_va), .req_len(req_len),
        .req_write(req_write), .req_shortcut(req_shortcut),
        .rsp_valid(rsp_valid), .rsp_ready(rsp_ready), .rsp_status(rsp_status), .rsp_pa(rsp_pa),
        .rsp_bytes(rsp_bytes), .rsp_fault_va(rsp_fault_va), .rsp_ticket(rsp_ticket),
        .cmd_ready(cmd_ready),
        .key_commit(key_commit), .key_slot(key_slot), .key_data(key_data),
        .key_generation(key_generation),
        .prot_commit(prot_commit), .prot_slot(prot_slot), .prot_entry(prot_entry),
        .inv_valid(inv_valid), .inv_all(inv_all), .inv_slot(inv_slot), .soft_reset(soft_reset),
        .cnt_table_reads(cnt_table_reads), .cnt_iotlb_hits(cnt_iotlb_hits),
        .cnt_iotlb_misses(cnt_iotlb_misses), .cnt_line_hits(cnt_line_hits),
        .cnt_unseal_hits(cnt_unseal_hits),
        .m_axi$arvalid(arvalid), .m_axi$arready(bus_arready), .m_axi$arid(arid), .m_axi$araddr(araddr),
        .m_axi$arlen(arlen), .m_axi$arsize(arsize), .m_axi$arburst(arburst),
        .m_axi$rvalid(bus_rvalid), .m_axi$rready(rready), .m_axi$rid(bus_rid), .m_axi$rdata(rdata),
        .m_axi$rresp(bus_rresp), .m_axi$rlast(bus_rlast)
    );

    // ---------------------------------------------------------------- tracked constants
    (* anyconst *) reg [SC_SLOT_W-1:0] t_slot;
    (* anyconst *) reg [SC_SLOT_GENERATION_W-1:0] t_generation;
    (* anyconst *) reg [KEY_SLOT_W-1:0] t_key_slot;
    (* anyconst *) reg [VA_PAGE_W-1:0] t_va_page;
    (* anyconst *) reg [SC_TABLE_W-1:0] t_table;
    (* anyconst *) reg [SC_LEVEL_W-1:0] t_level;

    // ---------------------------------------------------------------- commands
    // A strobe is taken only while cmd_ready is high; the first of soft_reset, key_commit,
    // prot_commit, inv_valid wins (the unit's documented interface).
    wire take_soft = cmd_ready & soft_reset;
    wire take_key = cmd_ready & !soft_reset & key_commit;
    wire take_prot = cmd_ready & !soft_reset & !key_commit & prot_commit;
    wire take_inv = cmd_ready & !soft_reset & !key_commit & !prot_commit & inv_valid;

    // Host memory may change only where the agent invalidates behind it: at a command that
    // drops the tracked slot's translations and every cached table line.
    wire mem_may_change = take_soft
        | (take_key & (key_slot < KEY_SLOTS))
        | (take_prot & (prot_slot < PROT_ENTRIES) & (prot_slot == t_slot))
        | (take_inv & (inv_all | (inv_slot == t_slot)));

    // Shadow of what the agent installed: the tracked key slot and protection entry.
    reg key_valid_sh = 1'b0;
    reg [SC_KEY_GENERATION_W-1:0] key_generation_sh = 0;
    reg [127:0] entry_sh = 128'b0;
    always @(posedge clock) begin
        if (take_soft) begin
            key_valid_sh <= 1'b0;
            entry_sh <= 128'b0;
        end
        if (take_key & (key_slot == t_key_slot) & (key_slot < KEY_SLOTS)) begin
            key_valid_sh <= 1'b1;
            key_generation_sh <= key_generation;
        end
        if (take_prot & (prot_slot == t_slot) & (prot_slot < PROT_ENTRIES)) entry_sh <= prot_entry;
    end

    // ---------------------------------------------------------------- the request in flight
    wire req_take = req_valid & req_ready;
    wire rsp_take = rsp_valid & rsp_ready;
    reg pending = 1'b0;
    reg r_admit, r_write;
    reg [PE_VI_W-1:0] r_vi;
    reg [SC_PD_W-1:0] r_pd;
    reg [KEY_SLOT_W-1:0] r_key_slot;
    reg [63:0] r_va;
    reg [31:0] r_len;
    reg [127:0] r_shortcut;
    // For the cover statements: host reads and counters over the request.
    reg [7:0] r_reads = 0;
    reg [63:0] r_iotlb_hits, r_line_hits;
    reg mem_changed = 1'b0;
    always @(posedge clock) begin
        if (req_take) begin
            pending <= 1'b1;
            r_admit <= admit;
            r_write <= req_write;
            r_vi <= req_vi;
            r_pd <= req_pd;
            r_key_slot <= req_key_slot;
            r_va <= req_va;
            r_len <= req_len;
            r_shortcut <= req_shortcut;
            r_reads <= 0;
            r_iotlb_hits <= cnt_iotlb_hits;
            r_line_hits <= cnt_line_hits;
        end else if (rsp_take) begin
            pending <= 1'b0;
        end
        if (arvalid & bus_arready & pending) r_reads <= r_reads + 1;
        if (mem_may_change) mem_changed <= 1'b1;
    end

    // Preconditions of the interface (hw/src/translate_unit.rs):
    // - admission: req_len >= 1 and the range below 2^47 (descriptor decoding answers
    //   BadLength otherwise);
    // - translation: the shortcut is a ticket that an admission returned. The agent binds a
    //   slot generation to one registration, so every ticket of the tracked slot and
    //   generation that is used for the tracked VA page names the same table page and level.
    always @(*) begin
        if (req_take & admit) begin
            assume (req_len != 0);
            assume (({1'b0, req_va} + {33'b0, req_len}) <= 65'h0_0000_8000_0000_0000);
        end
        if (req_take & !admit
            & (req_shortcut[SC_SLOT_LSB +: SC_SLOT_W] == t_slot)
            & (req_shortcut[SC_SLOT_GENERATION_LSB +: SC_SLOT_GENERATION_W] == t_generation)
            & (req_va[63:PAGE_SHIFT] == t_va_page)) begin
            assume (req_shortcut[SC_TABLE_LSB +: SC_TABLE_W] == t_table);
            assume (req_shortcut[SC_LEVEL_LSB +: SC_LEVEL_W] == t_level);
        end
    end

    // ---------------------------------------------------------------- host memory
    // The page-table entries on the tracked page's walk: one per level, at addresses that
    // follow from the table page, the VA and the entries above. Every beat the unit reads
    // at one of those addresses returns that entry; every other beat is free.
    reg [63:0] pte0, pte1, pte2, pte3;  // no initial value: free at the start
    always @(posedge clock) begin
        if (mem_may_change) begin
            pte0 <= pte_new0;
            pte1 <= pte_new1;
            pte2 <= pte_new2;
            pte3 <= pte_new3;
        end
    end

    function [63:0] frame(input [63:0] e);
        frame = e & PTE_ADDR_MASK_VALUE;
    endfunction
    function [63:0] entry_offset(input [1:0] level);
        entry_offset = {55'b0, t_va_page[level * TABLE_INDEX_W +: TABLE_INDEX_W]} * PTE_SIZE;
    endfunction

    wire [63:0] t_table_pa = {24'b0, t_table} << PAGE_SHIFT;
    wire present3 = pte3[PTE_PRESENT_LSB], huge3 = pte3[PTE_HUGE_LSB];
    wire present2 = pte2[PTE_PRESENT_LSB], huge2 = pte2[PTE_HUGE_LSB];
    wire present1 = pte1[PTE_PRESENT_LSB], huge1 = pte1[PTE_HUGE_LSB];
    wire present0 = pte0[PTE_PRESENT_LSB];
    // on_walk_i: the walk reads an entry at level i (level number minus one, as the
    // shortcut's level field); table_i is the table page it reads it from.
    wire on_walk3 = t_level == 3;
    wire on_walk2 = (t_level == 2) | (on_walk3 & present3 & !huge3);
    wire on_walk1 = (t_level == 1) | (on_walk2 & present2 & !huge2);
    wire on_walk0 = (t_level == 0) | (on_walk1 & present1 & !huge1);
    wire [63:0] table3 = t_table_pa;
    wire [63:0] table2 = t_level == 2 ? t_table_pa : frame(pte3);
    wire [63:0] table1 = t_level == 1 ? t_table_pa : frame(pte2);
    wire [63:0] table0 = t_level == 0 ? t_table_pa : frame(pte1);
    wire [63:0] ea3 = table3 + entry_offset(3);
    wire [63:0] ea2 = table2 + entry_offset(2);
    wire [63:0] ea1 = table1 + entry_offset(1);
    wire [63:0] ea0 = table0 + entry_offset(0);

    // Memory is a function: entries of the walk at one address are one entry.
    always @(*) begin
        if (on_walk3 & on_walk2 & (ea3 == ea2)) assume (pte3 == pte2);
        if (on_walk3 & on_walk1 & (ea3 == ea1)) assume (pte3 == pte1);
        if (on_walk3 & on_walk0 & (ea3 == ea0)) assume (pte3 == pte0);
        if (on_walk2 & on_walk1 & (ea2 == ea1)) assume (pte2 == pte1);
        if (on_walk2 & on_walk0 & (ea2 == ea0)) assume (pte2 == pte0);
        if (on_walk1 & on_walk0 & (ea1 == ea0)) assume (pte1 == pte0);
    end

    // The read slave: address of each beat of the read in flight (AXI4 INCR, 8-byte beats),
    // counted as the walker counts them (beats with the read's ID).
    reg rd_active = 1'b0;
    reg [63:0] rd_addr;
    reg [AXI_ID_W-1:0] rd_id;
    reg [7:0] rd_beat, rd_len;
    always @(posedge clock) begin
        if (arvalid & bus_arready) begin
            rd_active <= 1'b1;
            rd_addr <= araddr;
            rd_id <= arid;
            rd_len <= arlen;
            rd_beat <= 0;
        end else if (rd_active & bus_rvalid & (bus_rid == rd_id)) begin
            rd_beat <= rd_beat + 1;
        end
    end
`ifdef SIMPLE_BUS
    reg rd_done = 1'b0;
    always @(posedge clock) begin
        if (arvalid & bus_arready) rd_done <= 1'b0;
        else if (bus_rvalid & bus_rlast) rd_done <= 1'b1;
    end
    assign bus_arready = 1'b1;
    assign bus_rvalid = rvalid & rd_active & !rd_done & !(arvalid & bus_arready);
    assign bus_rid = rd_id;
    assign bus_rlast = rd_beat == rd_len;
    assign bus_rresp = 2'b00;
`else
    assign bus_arready = arready;
    assign bus_rvalid = rvalid;
    assign bus_rid = rid;
    assign bus_rlast = rlast;
    assign bus_rresp = rresp;
`endif
    wire [63:0] beat_addr = rd_addr + ({56'b0, rd_beat} << 3);
    assign rdata = !rd_active ? rdata_free
        : (on_walk3 & (beat_addr == ea3)) ? pte3
        : (on_walk2 & (beat_addr == ea2)) ? pte2
        : (on_walk1 & (beat_addr == ea1)) ? pte1
        : (on_walk0 & (beat_addr == ea0)) ? pte0
        : rdata_free;

    // ---------------------------------------------------------------- reference checker
    // The walk's verdict on those entries (viaduct_model::walk): every entry present; PS at
    // PML4 is reserved; the leaf (PT entry, or a PS entry at PD / PDPT with an aligned frame)
    // must be pinned, and writable for a write; the address is the leaf frame plus the VA's
    // offset in it.
    function [63:0] offset_mask(input [1:0] level);
        offset_mask = (64'd1 << (PAGE_SHIFT + level * TABLE_INDEX_W)) - 1;
    endfunction
    function leaf_ok(input [63:0] e, input [1:0] level, input write);
`ifndef MUTANT_CHECKER
        leaf_ok = ((frame(e) & offset_mask(level)) == 0) & e[PTE_PINNED_LSB]
            & (!write | e[PTE_WRITABLE_LSB]);
`else
        // A deliberately wrong expectation (prove.sh --mutant checker): reads too need W.
        leaf_ok = ((frame(e) & offset_mask(level)) == 0) & e[PTE_PINNED_LSB] & e[PTE_WRITABLE_LSB];
`endif
    endfunction
    wire leaf2 = on_walk2 & present2 & huge2;
    wire leaf1 = on_walk1 & present1 & huge1;
    wire leaf0 = on_walk0 & present0;
    wire ok2 = leaf2 & leaf_ok(pte2, 2, r_write);
    wire ok1 = leaf1 & leaf_ok(pte1, 1, r_write);
    wire ok0 = leaf0 & leaf_ok(pte0, 0, r_write);
    wire ref_ok = ok2 | ok1 | ok0;
    wire [63:0] ref_pa = ok2 ? frame(pte2) + (r_va & offset_mask(2))
        : ok1 ? frame(pte1) + (r_va & offset_mask(1))
        : frame(pte0) + (r_va & offset_mask(0));

    // ---------------------------------------------------------------- the property
    wire rsp_ok = rsp_valid & (rsp_status == ST_OK);

    // Admission (req_admit = 1): the ticket is the plaintext the checks passed on.
    wire [127:0] t = rsp_ticket;
    wire [1:0] t_lvl = t[SC_LEVEL_LSB +: SC_LEVEL_W];
    wire [7:0] block_shift = PT_BLOCK_SHIFT + LEVEL_SHIFT_STEP * t_lvl;
    wire [63:0] va_block = {38'b0, t[SC_VA_BLOCK_LSB +: SC_VA_BLOCK_W]};
    wire [63:0] last_va = r_va + {32'b0, r_len} - 1;
    wire [63:0] end_va = r_va + {32'b0, r_len};
    wire [63:0] region_start = {16'b0, entry_sh[PE_START_LSB +: PE_START_W]};
    wire [63:0] region_end = {16'b0, entry_sh[PE_END_LSB +: PE_END_W]};
    wire t_right = r_write ? t[SC_WRITE_LSB] : t[SC_READ_LSB];
    wire e_right = r_write ? entry_sh[PE_WRITE_LSB] : entry_sh[PE_READ_LSB];

    // Translation (req_admit = 0) of the tracked VA page with a ticket of the tracked slot.
    wire tracked_translation = !r_admit
        & (r_shortcut[SC_SLOT_LSB +: SC_SLOT_W] == t_slot)
        & (r_shortcut[SC_SLOT_GENERATION_LSB +: SC_SLOT_GENERATION_W] == t_generation)
        & (r_va[63:PAGE_SHIFT] == t_va_page);

    always @(*) begin
        // Nothing is answered that was not asked.
        if (rsp_valid) no_response_without_request: assert (pending);
        if (pending & rsp_ok & r_admit) begin
            // (a) the plaintext is a shortcut: magic, reserved bits zero, sealed for this
            //     domain under the current generation of the key slot it was unsealed with.
            shortcut_magic: assert (t[SC_MAGIC_LSB +: SC_MAGIC_W] == SC_MAGIC_VALUE);
            shortcut_reserved: assert (t[SC_RESERVED_LSB +: SC_RESERVED_W] == 0);
            shortcut_domain: assert (t[SC_PD_LSB +: SC_PD_W] == r_pd);
            if (r_key_slot == t_key_slot) begin
                key_installed: assert (key_valid_sh);
                key_generation_is_current: assert (t[SC_KEY_GENERATION_LSB +: SC_KEY_GENERATION_W] == key_generation_sh);
            end
            // (c) the whole range lies in the shortcut's VA block; the shortcut gives the right.
            va_in_block: assert ((r_va >> block_shift) == va_block);
            range_in_block: assert ((last_va >> block_shift) == va_block);
            shortcut_right: assert (t_right);
            // (d) the protection entry the shortcut names, as the agent last wrote it.
            if (t[SC_SLOT_LSB +: SC_SLOT_W] == t_slot) begin
                region_slot_exists: assert (t_slot < PROT_ENTRIES);
                region_valid: assert (entry_sh[PE_VALID_LSB]);
                region_generation: assert (
                    entry_sh[PE_GENERATION_LSB +: PE_GENERATION_W]
                    == t[SC_SLOT_GENERATION_LSB +: SC_SLOT_GENERATION_W]);
                region_domain: assert (entry_sh[PE_PD_LSB +: PE_PD_W] == r_pd);
                region_vi: assert (entry_sh[PE_ANY_VI_LSB] | (entry_sh[PE_VI_LSB +: PE_VI_W] == r_vi));
                region_right: assert (e_right);
                region_range: assert ((r_va >= region_start) & (end_va <= region_end));
            end
        end
        // (b) the entries the walk visited allow it, and the address is the leaf's.
        if (pending & rsp_ok & tracked_translation) begin
            walk_allows: assert (ref_ok);
            walk_address: assert (rsp_pa == ref_pa);
        end
    end

    // ---------------------------------------------------------------- reachability
    // Witnesses that the property is not vacuous at the depth run (prove.sh --cover); the
    // deep ones need more cycles than the default depths (prove.sh --deep-covers).
    wire tracked_ok = pending & rsp_ok & tracked_translation;
    always @(*) begin
`ifndef TRANSLATION_ONLY
        cover_admission_ok: cover (pending & rsp_ok & r_admit & (r_key_slot == t_key_slot)
            & (t[SC_SLOT_LSB +: SC_SLOT_W] == t_slot));
`endif
`ifndef ADMISSION_ONLY
        cover_translation_ok: cover (tracked_ok);
`ifdef DEEP_COVERS
        cover_four_level_walk_ok: cover (tracked_ok & (t_level == 3) & (r_reads == 4));
        cover_iotlb_hit_ok: cover (tracked_ok & (cnt_iotlb_hits != r_iotlb_hits));
        cover_ok_after_memory_changed: cover (tracked_ok & mem_changed);
        cover_line_hit_ok: cover (tracked_ok & (cnt_line_hits != r_line_hits) & (r_reads == 0));
`endif
`endif
    end
endmodule
