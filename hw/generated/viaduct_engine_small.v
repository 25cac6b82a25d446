// viaduct engine, `small` configuration: 4 VIs of 8 descriptors, 64-bit data path,
// 16 IOTLB entries, 4 PTE-line cache lines, 16 protection entries, 4 key slots,
// 4 reads in flight. Top module `viaduct_engine`; clock `clock`, no reset port.
// Generated from the rust-hdl sources in hw/src: do not edit. Regenerate with
// `make verilog` (cargo run -p viaduct-hw --bin viaduct-engine-verilog).



module viaduct_engine(clock,s_axil$awvalid,s_axil$awready,s_axil$awaddr,s_axil$wvalid,s_axil$wready,s_axil$wdata,s_axil$wstrb,s_axil$bvalid,s_axil$bready,s_axil$bresp,s_axil$arvalid,s_axil$arready,s_axil$araddr,s_axil$rvalid,s_axil$rready,s_axil$rdata,s_axil$rresp,m_axi$awvalid,m_axi$awready,m_axi$awid,m_axi$awaddr,m_axi$awlen,m_axi$awsize,m_axi$awburst,m_axi$wvalid,m_axi$wready,m_axi$wdata,m_axi$wstrb,m_axi$wlast,m_axi$bvalid,m_axi$bready,m_axi$bid,m_axi$bresp,m_axi$arvalid,m_axi$arready,m_axi$arid,m_axi$araddr,m_axi$arlen,m_axi$arsize,m_axi$arburst,m_axi$rvalid,m_axi$rready,m_axi$rid,m_axi$rdata,m_axi$rresp,m_axi$rlast,m_axis_net$tvalid,m_axis_net$tready,m_axis_net$tdata,m_axis_net$tkeep,m_axis_net$tlast,m_axis_net$tuser,m_axis_net$tid,s_axis_net$tvalid,s_axis_net$tready,s_axis_net$tdata,s_axis_net$tkeep,s_axis_net$tlast,m_axis_sto$tvalid,m_axis_sto$tready,m_axis_sto$tdata,m_axis_sto$tkeep,m_axis_sto$tlast,m_axis_sto$tuser,m_axis_sto$tid,s_axis_sto$tvalid,s_axis_sto$tready,s_axis_sto$tdata,s_axis_sto$tkeep,s_axis_sto$tlast,irq$valid,irq$vector,unseal_hits);
    
    // Module arguments
    input wire  clock;
    input wire  s_axil$awvalid;
    output wire  s_axil$awready;
    input wire  [20:0] s_axil$awaddr;
    input wire  s_axil$wvalid;
    output wire  s_axil$wready;
    input wire  [31:0] s_axil$wdata;
    input wire  [3:0] s_axil$wstrb;
    output wire  s_axil$bvalid;
    input wire  s_axil$bready;
    output wire  [1:0] s_axil$bresp;
    input wire  s_axil$arvalid;
    output wire  s_axil$arready;
    input wire  [20:0] s_axil$araddr;
    output wire  s_axil$rvalid;
    input wire  s_axil$rready;
    output wire  [31:0] s_axil$rdata;
    output wire  [1:0] s_axil$rresp;
    output reg  m_axi$awvalid;
    input wire  m_axi$awready;
    output reg  [5:0] m_axi$awid;
    output reg  [63:0] m_axi$awaddr;
    output reg  [7:0] m_axi$awlen;
    output reg  [2:0] m_axi$awsize;
    output reg  [1:0] m_axi$awburst;
    output reg  m_axi$wvalid;
    input wire  m_axi$wready;
    output reg  [63:0] m_axi$wdata;
    output reg  [7:0] m_axi$wstrb;
    output reg  m_axi$wlast;
    input wire  m_axi$bvalid;
    output reg  m_axi$bready;
    input wire  [5:0] m_axi$bid;
    input wire  [1:0] m_axi$bresp;
    output reg  m_axi$arvalid;
    input wire  m_axi$arready;
    output reg  [5:0] m_axi$arid;
    output reg  [63:0] m_axi$araddr;
    output reg  [7:0] m_axi$arlen;
    output reg  [2:0] m_axi$arsize;
    output reg  [1:0] m_axi$arburst;
    input wire  m_axi$rvalid;
    output reg  m_axi$rready;
    input wire  [5:0] m_axi$rid;
    input wire  [63:0] m_axi$rdata;
    input wire  [1:0] m_axi$rresp;
    input wire  m_axi$rlast;
    output wire  m_axis_net$tvalid;
    input wire  m_axis_net$tready;
    output wire  [63:0] m_axis_net$tdata;
    output wire  [7:0] m_axis_net$tkeep;
    output wire  m_axis_net$tlast;
    output wire  m_axis_net$tuser;
    output wire  [7:0] m_axis_net$tid;
    input wire  s_axis_net$tvalid;
    output wire  s_axis_net$tready;
    input wire  [63:0] s_axis_net$tdata;
    input wire  [7:0] s_axis_net$tkeep;
    input wire  s_axis_net$tlast;
    output wire  m_axis_sto$tvalid;
    input wire  m_axis_sto$tready;
    output wire  [63:0] m_axis_sto$tdata;
    output wire  [7:0] m_axis_sto$tkeep;
    output wire  m_axis_sto$tlast;
    output wire  m_axis_sto$tuser;
    output wire  [7:0] m_axis_sto$tid;
    input wire  s_axis_sto$tvalid;
    output wire  s_axis_sto$tready;
    input wire  [63:0] s_axis_sto$tdata;
    input wire  [7:0] s_axis_sto$tkeep;
    input wire  s_axis_sto$tlast;
    output reg  irq$valid;
    output reg  [10:0] irq$vector;
    output reg  [63:0] unseal_hits;
    
    // Constant declarations
    localparam  reads_in_flight = 8'h4;
    localparam  p_tag = 16'h0;
    localparam  p_fault_va = 16'h40;
    localparam  p_bytes = 16'h80;
    localparam  p_status = 16'ha0;
    localparam  p_opcode = 16'ha8;
    localparam  p_sq_index = 16'hb0;
    localparam  p_vi = 16'hc0;
    localparam  p_on_dst = 16'hd0;
    localparam  p_phase = 16'hff;
    localparam  irq_flag = 8'h1;
    localparam  one = 256'h1;
    localparam  ok = 8'h0;
    localparam  flushed = 8'h60;
    
    // Enums
    localparam Grant$None = 0;
    localparam Grant$Walker = 1;
    localparam Grant$Mover = 2;
    localparam WriteGrant$None = 0;
    localparam WriteGrant$Mover = 1;
    localparam WriteGrant$Completer = 2;
    localparam SeqState$Idle = 0;
    localparam SeqState$Fetch = 1;
    localparam SeqState$Check = 2;
    localparam SeqState$Decode = 3;
    localparam SeqState$AdmitSrc = 4;
    localparam SeqState$AdmitSrcWait = 5;
    localparam SeqState$AdmitDst = 6;
    localparam SeqState$AdmitDstWait = 7;
    localparam SeqState$Move = 8;
    localparam SeqState$MoveWait = 9;
    localparam SeqState$Complete = 10;
    
    // Stub signals
    reg  bar0$clock;
    wire  bar0$vi_req;
    wire  bar0$vi_write;
    wire  [1:0] bar0$vi_space;
    wire  [7:0] bar0$vi_vi;
    wire  [11:0] bar0$vi_reg;
    wire  [7:0] bar0$vi_slot;
    wire  [3:0] bar0$vi_dword;
    wire  [31:0] bar0$vi_data;
    reg  [31:0] bar0$vi_rdata;
    wire  bar0$cnt_request;
    wire  [7:0] bar0$cnt_index;
    reg  bar0$cnt_valid;
    reg  [63:0] bar0$cnt_value;
    wire  bar0$cnt_key_commit;
    wire  bar0$cnt_invalidate;
    wire  bar0$enable;
    wire  bar0$iotlb_enable;
    wire  bar0$line_cache_enable;
    wire  [31:0] bar0$watchdog;
    reg  bar0$tu_cmd_ready;
    wire  bar0$key_commit;
    wire  [7:0] bar0$key_slot;
    wire  [127:0] bar0$key_data;
    wire  [7:0] bar0$key_generation;
    wire  bar0$prot_commit;
    wire  [11:0] bar0$prot_slot;
    wire  [127:0] bar0$prot_entry;
    wire  bar0$inv_valid;
    wire  bar0$inv_all;
    wire  [11:0] bar0$inv_slot;
    wire  bar0$tu_soft_reset;
    reg  bar0$engine_idle;
    wire  bar0$reset_hold;
    wire  bar0$clear;
    reg  bar0$clear_busy;
    reg  vis$clock;
    reg  vis$reg_req;
    reg  vis$reg_write;
    reg  [1:0] vis$reg_space;
    reg  [7:0] vis$reg_vi;
    reg  [11:0] vis$reg_off;
    reg  [7:0] vis$reg_slot;
    reg  [3:0] vis$reg_dword;
    reg  [31:0] vis$reg_data;
    wire  [31:0] vis$reg_rdata;
    wire  vis$doorbell;
    wire  vis$doorbell_ignored;
    wire  vis$overflow;
    reg  vis$rx_avail;
    wire  [3:0] vis$eligible;
    reg  vis$take;
    reg  [7:0] vis$take_vi;
    wire  [511:0] vis$take_desc;
    wire  vis$take_enabled;
    wire  [11:0] vis$take_pd;
    wire  [7:0] vis$take_key_slot;
    wire  [15:0] vis$take_sq_index;
    reg  [7:0] vis$cpl_vi;
    wire  [63:0] vis$cpl_addr;
    wire  vis$cpl_phase;
    reg  vis$cpl;
    reg  vis$cq_error;
    reg  vis$irq_event;
    reg  [7:0] vis$event_vi;
    wire  vis$irq_valid;
    wire  [10:0] vis$irq_vector;
    reg  vis$clear;
    wire  vis$busy;
    reg  sched$clock;
    reg  [3:0] sched$eligible;
    wire  sched$pick_valid;
    wire  [7:0] sched$pick_vi;
    reg  sched$served;
    reg  [7:0] sched$served_vi;
    reg  sched$reset;
    reg  counters$clock;
    reg  counters$clear;
    reg  counters$completions;
    reg  counters$failures;
    reg  counters$doorbells;
    reg  counters$doorbells_ignored;
    reg  counters$queue_overflows;
    reg  counters$interrupts;
    reg  counters$frames_sent;
    reg  counters$frames_received;
    reg  counters$storage_commands;
    reg  counters$key_commits;
    reg  counters$invalidations;
    reg  [31:0] counters$bytes_add;
    reg  counters$error;
    reg  [7:0] counters$error_status;
    reg  [63:0] counters$table_reads;
    reg  [63:0] counters$iotlb_hits;
    reg  [63:0] counters$iotlb_misses;
    reg  [63:0] counters$line_hits;
    reg  counters$read_request;
    reg  [7:0] counters$read_index;
    wire  counters$read_valid;
    wire  [63:0] counters$read_value;
    reg  check$clock;
    reg  [511:0] check$desc;
    wire  [7:0] check$status;
    wire  check$failed;
    wire  [7:0] check$opcode;
    wire  [7:0] check$flags;
    wire  [31:0] check$len;
    wire  [63:0] check$tag;
    wire  [63:0] check$src_va;
    wire  [127:0] check$src_shortcut;
    wire  [63:0] check$dst_va;
    wire  [127:0] check$dst_shortcut;
    wire  [63:0] check$storage_offset;
    wire  [191:0] check$inline_data;
    wire  check$nop;
    wire  check$src_mem;
    wire  check$dst_mem;
    wire  check$src_inline;
    wire  check$src_net;
    wire  check$src_storage;
    wire  check$dst_net;
    wire  check$dst_storage;
    wire  check$pipelined;
    reg  tu$clock;
    reg  tu$iotlb_enable;
    reg  tu$line_cache_enable;
    reg  [31:0] tu$watchdog;
    reg  tu$req_valid;
    wire  tu$req_ready;
    reg  tu$req_admit;
    reg  [7:0] tu$req_vi;
    reg  [11:0] tu$req_pd;
    reg  [7:0] tu$req_key_slot;
    reg  [63:0] tu$req_va;
    reg  [31:0] tu$req_len;
    reg  tu$req_write;
    reg  [127:0] tu$req_shortcut;
    wire  tu$rsp_valid;
    reg  tu$rsp_ready;
    wire  [7:0] tu$rsp_status;
    wire  [63:0] tu$rsp_pa;
    wire  [12:0] tu$rsp_bytes;
    wire  [63:0] tu$rsp_fault_va;
    wire  [127:0] tu$rsp_ticket;
    wire  tu$cmd_ready;
    reg  tu$key_commit;
    reg  [7:0] tu$key_slot;
    reg  [127:0] tu$key_data;
    reg  [7:0] tu$key_generation;
    reg  tu$prot_commit;
    reg  [11:0] tu$prot_slot;
    reg  [127:0] tu$prot_entry;
    reg  tu$inv_valid;
    reg  tu$inv_all;
    reg  [11:0] tu$inv_slot;
    reg  tu$soft_reset;
    wire  [63:0] tu$cnt_table_reads;
    wire  [63:0] tu$cnt_iotlb_hits;
    wire  [63:0] tu$cnt_iotlb_misses;
    wire  [63:0] tu$cnt_line_hits;
    wire  [63:0] tu$cnt_unseal_hits;
    wire  tu$m_axi$arvalid;
    reg  tu$m_axi$arready;
    wire  [3:0] tu$m_axi$arid;
    wire  [63:0] tu$m_axi$araddr;
    wire  [7:0] tu$m_axi$arlen;
    wire  [2:0] tu$m_axi$arsize;
    wire  [1:0] tu$m_axi$arburst;
    reg  tu$m_axi$rvalid;
    wire  tu$m_axi$rready;
    reg  [3:0] tu$m_axi$rid;
    reg  [63:0] tu$m_axi$rdata;
    reg  [1:0] tu$m_axi$rresp;
    reg  tu$m_axi$rlast;
    reg  mover$clock;
    reg  mover$start;
    reg  mover$src_mem;
    reg  mover$dst_mem;
    reg  mover$src_inline;
    reg  mover$src_net;
    reg  mover$src_storage;
    reg  mover$dst_net;
    reg  mover$dst_storage;
    reg  mover$pipelined;
    reg  [7:0] mover$vi;
    reg  [63:0] mover$src_va;
    reg  [63:0] mover$dst_va;
    reg  [127:0] mover$src_ticket;
    reg  [127:0] mover$dst_ticket;
    reg  [31:0] mover$len;
    reg  [63:0] mover$storage_offset;
    reg  [191:0] mover$inline_data;
    wire  mover$busy;
    wire  mover$done;
    wire  [7:0] mover$status;
    wire  [31:0] mover$bytes;
    wire  [63:0] mover$fault_va;
    wire  mover$fault_on_dst;
    reg  [31:0] mover$watchdog;
    reg  [7:0] mover$reads_in_flight;
    wire  mover$tu_req_valid;
    reg  mover$tu_req_ready;
    wire  [63:0] mover$tu_req_va;
    wire  mover$tu_req_write;
    wire  [127:0] mover$tu_req_ticket;
    reg  mover$tu_rsp_valid;
    wire  mover$tu_rsp_ready;
    reg  [7:0] mover$tu_rsp_status;
    reg  [63:0] mover$tu_rsp_pa;
    reg  [12:0] mover$tu_rsp_bytes;
    wire  mover$m_rd$arvalid;
    reg  mover$m_rd$arready;
    wire  [4:0] mover$m_rd$arid;
    wire  [63:0] mover$m_rd$araddr;
    wire  [7:0] mover$m_rd$arlen;
    wire  [2:0] mover$m_rd$arsize;
    wire  [1:0] mover$m_rd$arburst;
    reg  mover$m_rd$rvalid;
    wire  mover$m_rd$rready;
    reg  [4:0] mover$m_rd$rid;
    reg  [63:0] mover$m_rd$rdata;
    reg  [1:0] mover$m_rd$rresp;
    reg  mover$m_rd$rlast;
    wire  mover$m_wr$awvalid;
    reg  mover$m_wr$awready;
    wire  [4:0] mover$m_wr$awid;
    wire  [63:0] mover$m_wr$awaddr;
    wire  [7:0] mover$m_wr$awlen;
    wire  [2:0] mover$m_wr$awsize;
    wire  [1:0] mover$m_wr$awburst;
    wire  mover$m_wr$wvalid;
    reg  mover$m_wr$wready;
    wire  [63:0] mover$m_wr$wdata;
    wire  [7:0] mover$m_wr$wstrb;
    wire  mover$m_wr$wlast;
    reg  mover$m_wr$bvalid;
    wire  mover$m_wr$bready;
    reg  [4:0] mover$m_wr$bid;
    reg  [1:0] mover$m_wr$bresp;
    wire  mover$frames_sent;
    wire  mover$storage_command;
    wire  mover$rx_avail;
    reg  completer$clock;
    reg  completer$push;
    wire  completer$push_ready;
    reg  [7:0] completer$push_vi;
    reg  [63:0] completer$push_addr;
    reg  [255:0] completer$push_entry;
    reg  completer$push_irq;
    wire  completer$m_axi$awvalid;
    reg  completer$m_axi$awready;
    wire  [4:0] completer$m_axi$awid;
    wire  [63:0] completer$m_axi$awaddr;
    wire  [7:0] completer$m_axi$awlen;
    wire  [2:0] completer$m_axi$awsize;
    wire  [1:0] completer$m_axi$awburst;
    wire  completer$m_axi$wvalid;
    reg  completer$m_axi$wready;
    wire  [63:0] completer$m_axi$wdata;
    wire  [7:0] completer$m_axi$wstrb;
    wire  completer$m_axi$wlast;
    reg  completer$m_axi$bvalid;
    wire  completer$m_axi$bready;
    reg  [4:0] completer$m_axi$bid;
    reg  [1:0] completer$m_axi$bresp;
    reg  [31:0] completer$watchdog;
    wire  completer$cq_error;
    wire  completer$irq_event;
    wire  [7:0] completer$event_vi;
    wire  completer$idle;
    reg  rjoin$clock;
    reg  rjoin$walker$arvalid;
    wire  rjoin$walker$arready;
    reg  [3:0] rjoin$walker$arid;
    reg  [63:0] rjoin$walker$araddr;
    reg  [7:0] rjoin$walker$arlen;
    reg  [2:0] rjoin$walker$arsize;
    reg  [1:0] rjoin$walker$arburst;
    wire  rjoin$walker$rvalid;
    reg  rjoin$walker$rready;
    wire  [3:0] rjoin$walker$rid;
    wire  [63:0] rjoin$walker$rdata;
    wire  [1:0] rjoin$walker$rresp;
    wire  rjoin$walker$rlast;
    reg  rjoin$mover$arvalid;
    wire  rjoin$mover$arready;
    reg  [4:0] rjoin$mover$arid;
    reg  [63:0] rjoin$mover$araddr;
    reg  [7:0] rjoin$mover$arlen;
    reg  [2:0] rjoin$mover$arsize;
    reg  [1:0] rjoin$mover$arburst;
    wire  rjoin$mover$rvalid;
    reg  rjoin$mover$rready;
    wire  [4:0] rjoin$mover$rid;
    wire  [63:0] rjoin$mover$rdata;
    wire  [1:0] rjoin$mover$rresp;
    wire  rjoin$mover$rlast;
    wire  rjoin$m_axi$arvalid;
    reg  rjoin$m_axi$arready;
    wire  [5:0] rjoin$m_axi$arid;
    wire  [63:0] rjoin$m_axi$araddr;
    wire  [7:0] rjoin$m_axi$arlen;
    wire  [2:0] rjoin$m_axi$arsize;
    wire  [1:0] rjoin$m_axi$arburst;
    reg  rjoin$m_axi$rvalid;
    wire  rjoin$m_axi$rready;
    reg  [5:0] rjoin$m_axi$rid;
    reg  [63:0] rjoin$m_axi$rdata;
    reg  [1:0] rjoin$m_axi$rresp;
    reg  rjoin$m_axi$rlast;
    reg  wjoin$clock;
    reg  wjoin$mover$awvalid;
    wire  wjoin$mover$awready;
    reg  [4:0] wjoin$mover$awid;
    reg  [63:0] wjoin$mover$awaddr;
    reg  [7:0] wjoin$mover$awlen;
    reg  [2:0] wjoin$mover$awsize;
    reg  [1:0] wjoin$mover$awburst;
    reg  wjoin$mover$wvalid;
    wire  wjoin$mover$wready;
    reg  [63:0] wjoin$mover$wdata;
    reg  [7:0] wjoin$mover$wstrb;
    reg  wjoin$mover$wlast;
    wire  wjoin$mover$bvalid;
    reg  wjoin$mover$bready;
    wire  [4:0] wjoin$mover$bid;
    wire  [1:0] wjoin$mover$bresp;
    reg  wjoin$completer$awvalid;
    wire  wjoin$completer$awready;
    reg  [4:0] wjoin$completer$awid;
    reg  [63:0] wjoin$completer$awaddr;
    reg  [7:0] wjoin$completer$awlen;
    reg  [2:0] wjoin$completer$awsize;
    reg  [1:0] wjoin$completer$awburst;
    reg  wjoin$completer$wvalid;
    wire  wjoin$completer$wready;
    reg  [63:0] wjoin$completer$wdata;
    reg  [7:0] wjoin$completer$wstrb;
    reg  wjoin$completer$wlast;
    wire  wjoin$completer$bvalid;
    reg  wjoin$completer$bready;
    wire  [4:0] wjoin$completer$bid;
    wire  [1:0] wjoin$completer$bresp;
    wire  wjoin$m_axi$awvalid;
    reg  wjoin$m_axi$awready;
    wire  [5:0] wjoin$m_axi$awid;
    wire  [63:0] wjoin$m_axi$awaddr;
    wire  [7:0] wjoin$m_axi$awlen;
    wire  [2:0] wjoin$m_axi$awsize;
    wire  [1:0] wjoin$m_axi$awburst;
    wire  wjoin$m_axi$wvalid;
    reg  wjoin$m_axi$wready;
    wire  [63:0] wjoin$m_axi$wdata;
    wire  [7:0] wjoin$m_axi$wstrb;
    wire  wjoin$m_axi$wlast;
    reg  wjoin$m_axi$bvalid;
    wire  wjoin$m_axi$bready;
    reg  [5:0] wjoin$m_axi$bid;
    reg  [1:0] wjoin$m_axi$bresp;
    reg  [3:0] seq$d;
    wire  [3:0] seq$q;
    reg  seq$clock;
    reg  [1:0] settle$d;
    wire  [1:0] settle$q;
    reg  settle$clock;
    reg  [7:0] cur_vi$d;
    wire  [7:0] cur_vi$q;
    reg  cur_vi$clock;
    reg  [511:0] desc$d;
    wire  [511:0] desc$q;
    reg  desc$clock;
    reg  d_enabled$d;
    wire  d_enabled$q;
    reg  d_enabled$clock;
    reg  [11:0] d_pd$d;
    wire  [11:0] d_pd$q;
    reg  d_pd$clock;
    reg  [7:0] d_key_slot$d;
    wire  [7:0] d_key_slot$q;
    reg  d_key_slot$clock;
    reg  [15:0] d_sq_index$d;
    wire  [15:0] d_sq_index$q;
    reg  d_sq_index$clock;
    reg  [7:0] r_status$d;
    wire  [7:0] r_status$q;
    reg  r_status$clock;
    reg  [31:0] r_bytes$d;
    wire  [31:0] r_bytes$q;
    reg  r_bytes$clock;
    reg  [63:0] r_va$d;
    wire  [63:0] r_va$q;
    reg  r_va$clock;
    reg  r_on_dst$d;
    wire  r_on_dst$q;
    reg  r_on_dst$clock;
    reg  [127:0] src_ticket$d;
    wire  [127:0] src_ticket$q;
    reg  src_ticket$clock;
    reg  [127:0] dst_ticket$d;
    wire  [127:0] dst_ticket$q;
    reg  dst_ticket$clock;
    
    // Local signals
    reg  [255:0] entry;
    
    // Sub module instances
    viaduct_engine$bar0 bar0(
        .clock(bar0$clock),
        .s_axil$awvalid(s_axil$awvalid),
        .s_axil$awready(s_axil$awready),
        .s_axil$awaddr(s_axil$awaddr),
        .s_axil$wvalid(s_axil$wvalid),
        .s_axil$wready(s_axil$wready),
        .s_axil$wdata(s_axil$wdata),
        .s_axil$wstrb(s_axil$wstrb),
        .s_axil$bvalid(s_axil$bvalid),
        .s_axil$bready(s_axil$bready),
        .s_axil$bresp(s_axil$bresp),
        .s_axil$arvalid(s_axil$arvalid),
        .s_axil$arready(s_axil$arready),
        .s_axil$araddr(s_axil$araddr),
        .s_axil$rvalid(s_axil$rvalid),
        .s_axil$rready(s_axil$rready),
        .s_axil$rdata(s_axil$rdata),
        .s_axil$rresp(s_axil$rresp),
        .vi_req(bar0$vi_req),
        .vi_write(bar0$vi_write),
        .vi_space(bar0$vi_space),
        .vi_vi(bar0$vi_vi),
        .vi_reg(bar0$vi_reg),
        .vi_slot(bar0$vi_slot),
        .vi_dword(bar0$vi_dword),
        .vi_data(bar0$vi_data),
        .vi_rdata(bar0$vi_rdata),
        .cnt_request(bar0$cnt_request),
        .cnt_index(bar0$cnt_index),
        .cnt_valid(bar0$cnt_valid),
        .cnt_value(bar0$cnt_value),
        .cnt_key_commit(bar0$cnt_key_commit),
        .cnt_invalidate(bar0$cnt_invalidate),
        .enable(bar0$enable),
        .iotlb_enable(bar0$iotlb_enable),
        .line_cache_enable(bar0$line_cache_enable),
        .watchdog(bar0$watchdog),
        .tu_cmd_ready(bar0$tu_cmd_ready),
        .key_commit(bar0$key_commit),
        .key_slot(bar0$key_slot),
        .key_data(bar0$key_data),
        .key_generation(bar0$key_generation),
        .prot_commit(bar0$prot_commit),
        .prot_slot(bar0$prot_slot),
        .prot_entry(bar0$prot_entry),
        .inv_valid(bar0$inv_valid),
        .inv_all(bar0$inv_all),
        .inv_slot(bar0$inv_slot),
        .tu_soft_reset(bar0$tu_soft_reset),
        .engine_idle(bar0$engine_idle),
        .reset_hold(bar0$reset_hold),
        .clear(bar0$clear),
        .clear_busy(bar0$clear_busy)
    );
    viaduct_engine$vis vis(
        .clock(vis$clock),
        .reg_req(vis$reg_req),
        .reg_write(vis$reg_write),
        .reg_space(vis$reg_space),
        .reg_vi(vis$reg_vi),
        .reg_off(vis$reg_off),
        .reg_slot(vis$reg_slot),
        .reg_dword(vis$reg_dword),
        .reg_data(vis$reg_data),
        .reg_rdata(vis$reg_rdata),
        .doorbell(vis$doorbell),
        .doorbell_ignored(vis$doorbell_ignored),
        .overflow(vis$overflow),
        .rx_avail(vis$rx_avail),
        .eligible(vis$eligible),
        .take(vis$take),
        .take_vi(vis$take_vi),
        .take_desc(vis$take_desc),
        .take_enabled(vis$take_enabled),
        .take_pd(vis$take_pd),
        .take_key_slot(vis$take_key_slot),
        .take_sq_index(vis$take_sq_index),
        .cpl_vi(vis$cpl_vi),
        .cpl_addr(vis$cpl_addr),
        .cpl_phase(vis$cpl_phase),
        .cpl(vis$cpl),
        .cq_error(vis$cq_error),
        .irq_event(vis$irq_event),
        .event_vi(vis$event_vi),
        .irq_valid(vis$irq_valid),
        .irq_vector(vis$irq_vector),
        .clear(vis$clear),
        .busy(vis$busy)
    );
    viaduct_engine$sched sched(
        .clock(sched$clock),
        .eligible(sched$eligible),
        .pick_valid(sched$pick_valid),
        .pick_vi(sched$pick_vi),
        .served(sched$served),
        .served_vi(sched$served_vi),
        .reset(sched$reset)
    );
    viaduct_engine$counters counters(
        .clock(counters$clock),
        .clear(counters$clear),
        .completions(counters$completions),
        .failures(counters$failures),
        .doorbells(counters$doorbells),
        .doorbells_ignored(counters$doorbells_ignored),
        .queue_overflows(counters$queue_overflows),
        .interrupts(counters$interrupts),
        .frames_sent(counters$frames_sent),
        .frames_received(counters$frames_received),
        .storage_commands(counters$storage_commands),
        .key_commits(counters$key_commits),
        .invalidations(counters$invalidations),
        .bytes_add(counters$bytes_add),
        .error(counters$error),
        .error_status(counters$error_status),
        .table_reads(counters$table_reads),
        .iotlb_hits(counters$iotlb_hits),
        .iotlb_misses(counters$iotlb_misses),
        .line_hits(counters$line_hits),
        .read_request(counters$read_request),
        .read_index(counters$read_index),
        .read_valid(counters$read_valid),
        .read_value(counters$read_value)
    );
    viaduct_engine$check check(
        .clock(check$clock),
        .desc(check$desc),
        .status(check$status),
        .failed(check$failed),
        .opcode(check$opcode),
        .flags(check$flags),
        .len(check$len),
        .tag(check$tag),
        .src_va(check$src_va),
        .src_shortcut(check$src_shortcut),
        .dst_va(check$dst_va),
        .dst_shortcut(check$dst_shortcut),
        .storage_offset(check$storage_offset),
        .inline_data(check$inline_data),
        .nop(check$nop),
        .src_mem(check$src_mem),
        .dst_mem(check$dst_mem),
        .src_inline(check$src_inline),
        .src_net(check$src_net),
        .src_storage(check$src_storage),
        .dst_net(check$dst_net),
        .dst_storage(check$dst_storage),
        .pipelined(check$pipelined)
    );
    viaduct_engine$tu tu(
        .clock(tu$clock),
        .iotlb_enable(tu$iotlb_enable),
        .line_cache_enable(tu$line_cache_enable),
        .watchdog(tu$watchdog),
        .req_valid(tu$req_valid),
        .req_ready(tu$req_ready),
        .req_admit(tu$req_admit),
        .req_vi(tu$req_vi),
        .req_pd(tu$req_pd),
        .req_key_slot(tu$req_key_slot),
        .req_va(tu$req_va),
        .req_len(tu$req_len),
        .req_write(tu$req_write),
        .req_shortcut(tu$req_shortcut),
        .rsp_valid(tu$rsp_valid),
        .rsp_ready(tu$rsp_ready),
        .rsp_status(tu$rsp_status),
        .rsp_pa(tu$rsp_pa),
        .rsp_bytes(tu$rsp_bytes),
        .rsp_fault_va(tu$rsp_fault_va),
        .rsp_ticket(tu$rsp_ticket),
        .cmd_ready(tu$cmd_ready),
        .key_commit(tu$key_commit),
        .key_slot(tu$key_slot),
        .key_data(tu$key_data),
        .key_generation(tu$key_generation),
        .prot_commit(tu$prot_commit),
        .prot_slot(tu$prot_slot),
        .prot_entry(tu$prot_entry),
        .inv_valid(tu$inv_valid),
        .inv_all(tu$inv_all),
        .inv_slot(tu$inv_slot),
        .soft_reset(tu$soft_reset),
        .cnt_table_reads(tu$cnt_table_reads),
        .cnt_iotlb_hits(tu$cnt_iotlb_hits),
        .cnt_iotlb_misses(tu$cnt_iotlb_misses),
        .cnt_line_hits(tu$cnt_line_hits),
        .cnt_unseal_hits(tu$cnt_unseal_hits),
        .m_axi$arvalid(tu$m_axi$arvalid),
        .m_axi$arready(tu$m_axi$arready),
        .m_axi$arid(tu$m_axi$arid),
        .m_axi$araddr(tu$m_axi$araddr),
        .m_axi$arlen(tu$m_axi$arlen),
        .m_axi$arsize(tu$m_axi$arsize),
        .m_axi$arburst(tu$m_axi$arburst),
        .m_axi$rvalid(tu$m_axi$rvalid),
        .m_axi$rready(tu$m_axi$rready),
        .m_axi$rid(tu$m_axi$rid),
        .m_axi$rdata(tu$m_axi$rdata),
        .m_axi$rresp(tu$m_axi$rresp),
        .m_axi$rlast(tu$m_axi$rlast)
    );
    viaduct_engine$mover mover(
        .clock(mover$clock),
        .start(mover$start),
        .src_mem(mover$src_mem),
        .dst_mem(mover$dst_mem),
        .src_inline(mover$src_inline),
        .src_net(mover$src_net),
        .src_storage(mover$src_storage),
        .dst_net(mover$dst_net),
        .dst_storage(mover$dst_storage),
        .pipelined(mover$pipelined),
        .vi(mover$vi),
        .src_va(mover$src_va),
        .dst_va(mover$dst_va),
        .src_ticket(mover$src_ticket),
        .dst_ticket(mover$dst_ticket),
        .len(mover$len),
        .storage_offset(mover$storage_offset),
        .inline_data(mover$inline_data),
        .busy(mover$busy),
        .done(mover$done),
        .status(mover$status),
        .bytes(mover$bytes),
        .fault_va(mover$fault_va),
        .fault_on_dst(mover$fault_on_dst),
        .watchdog(mover$watchdog),
        .reads_in_flight(mover$reads_in_flight),
        .tu_req_valid(mover$tu_req_valid),
        .tu_req_ready(mover$tu_req_ready),
        .tu_req_va(mover$tu_req_va),
        .tu_req_write(mover$tu_req_write),
        .tu_req_ticket(mover$tu_req_ticket),
        .tu_rsp_valid(mover$tu_rsp_valid),
        .tu_rsp_ready(mover$tu_rsp_ready),
        .tu_rsp_status(mover$tu_rsp_status),
        .tu_rsp_pa(mover$tu_rsp_pa),
        .tu_rsp_bytes(mover$tu_rsp_bytes),
        .m_rd$arvalid(mover$m_rd$arvalid),
        .m_rd$arready(mover$m_rd$arready),
        .m_rd$arid(mover$m_rd$arid),
        .m_rd$araddr(mover$m_rd$araddr),
        .m_rd$arlen(mover$m_rd$arlen),
        .m_rd$arsize(mover$m_rd$arsize),
        .m_rd$arburst(mover$m_rd$arburst),
        .m_rd$rvalid(mover$m_rd$rvalid),
        .m_rd$rready(mover$m_rd$rready),
        .m_rd$rid(mover$m_rd$rid),
        .m_rd$rdata(mover$m_rd$rdata),
        .m_rd$rresp(mover$m_rd$rresp),
        .m_rd$rlast(mover$m_rd$rlast),
        .m_wr$awvalid(mover$m_wr$awvalid),
        .m_wr$awready(mover$m_wr$awready),
        .m_wr$awid(mover$m_wr$awid),
        .m_wr$awaddr(mover$m_wr$awaddr),
        .m_wr$awlen(mover$m_wr$awlen),
        .m_wr$awsize(mover$m_wr$awsize),
        .m_wr$awburst(mover$m_wr$awburst),
        .m_wr$wvalid(mover$m_wr$wvalid),
        .m_wr$wready(mover$m_wr$wready),
        .m_wr$wdata(mover$m_wr$wdata),
        .m_wr$wstrb(mover$m_wr$wstrb),
        .m_wr$wlast(mover$m_wr$wlast),
        .m_wr$bvalid(mover$m_wr$bvalid),
        .m_wr$bready(mover$m_wr$bready),
        .m_wr$bid(mover$m_wr$bid),
        .m_wr$bresp(mover$m_wr$bresp),
        .net_tx$tvalid(m_axis_net$tvalid),
        .net_tx$tready(m_axis_net$tready),
        .net_tx$tdata(m_axis_net$tdata),
        .net_tx$tkeep(m_axis_net$tkeep),
        .net_tx$tlast(m_axis_net$tlast),
        .net_tx$tuser(m_axis_net$tuser),
        .net_tx$tid(m_axis_net$tid),
        .net_rx$tvalid(s_axis_net$tvalid),
        .net_rx$tready(s_axis_net$tready),
        .net_rx$tdata(s_axis_net$tdata),
        .net_rx$tkeep(s_axis_net$tkeep),
        .net_rx$tlast(s_axis_net$tlast),
        .sto_tx$tvalid(m_axis_sto$tvalid),
        .sto_tx$tready(m_axis_sto$tready),
        .sto_tx$tdata(m_axis_sto$tdata),
        .sto_tx$tkeep(m_axis_sto$tkeep),
        .sto_tx$tlast(m_axis_sto$tlast),
        .sto_tx$tuser(m_axis_sto$tuser),
        .sto_tx$tid(m_axis_sto$tid),
        .sto_rx$tvalid(s_axis_sto$tvalid),
        .sto_rx$tready(s_axis_sto$tready),
        .sto_rx$tdata(s_axis_sto$tdata),
        .sto_rx$tkeep(s_axis_sto$tkeep),
        .sto_rx$tlast(s_axis_sto$tlast),
        .frames_sent(mover$frames_sent),
        .storage_command(mover$storage_command),
        .rx_avail(mover$rx_avail)
    );
    viaduct_engine$completer completer(
        .clock(completer$clock),
        .push(completer$push),
        .push_ready(completer$push_ready),
        .push_vi(completer$push_vi),
        .push_addr(completer$push_addr),
        .push_entry(completer$push_entry),
        .push_irq(completer$push_irq),
        .m_axi$awvalid(completer$m_axi$awvalid),
        .m_axi$awready(completer$m_axi$awready),
        .m_axi$awid(completer$m_axi$awid),
        .m_axi$awaddr(completer$m_axi$awaddr),
        .m_axi$awlen(completer$m_axi$awlen),
        .m_axi$awsize(completer$m_axi$awsize),
        .m_axi$awburst(completer$m_axi$awburst),
        .m_axi$wvalid(completer$m_axi$wvalid),
        .m_axi$wready(completer$m_axi$wready),
        .m_axi$wdata(completer$m_axi$wdata),
        .m_axi$wstrb(completer$m_axi$wstrb),
        .m_axi$wlast(completer$m_axi$wlast),
        .m_axi$bvalid(completer$m_axi$bvalid),
        .m_axi$bready(completer$m_axi$bready),
        .m_axi$bid(completer$m_axi$bid),
        .m_axi$bresp(completer$m_axi$bresp),
        .watchdog(completer$watchdog),
        .cq_error(completer$cq_error),
        .irq_event(completer$irq_event),
        .event_vi(completer$event_vi),
        .idle(completer$idle)
    );
    viaduct_engine$rjoin rjoin(
        .clock(rjoin$clock),
        .walker$arvalid(rjoin$walker$arvalid),
        .walker$arready(rjoin$walker$arready),
        .walker$arid(rjoin$walker$arid),
        .walker$araddr(rjoin$walker$araddr),
        .walker$arlen(rjoin$walker$arlen),
        .walker$arsize(rjoin$walker$arsize),
        .walker$arburst(rjoin$walker$arburst),
        .walker$rvalid(rjoin$walker$rvalid),
        .walker$rready(rjoin$walker$rready),
        .walker$rid(rjoin$walker$rid),
        .walker$rdata(rjoin$walker$rdata),
        .walker$rresp(rjoin$walker$rresp),
        .walker$rlast(rjoin$walker$rlast),
        .mover$arvalid(rjoin$mover$arvalid),
        .mover$arready(rjoin$mover$arready),
        .mover$arid(rjoin$mover$arid),
        .mover$araddr(rjoin$mover$araddr),
        .mover$arlen(rjoin$mover$arlen),
        .mover$arsize(rjoin$mover$arsize),
        .mover$arburst(rjoin$mover$arburst),
        .mover$rvalid(rjoin$mover$rvalid),
        .mover$rready(rjoin$mover$rready),
        .mover$rid(rjoin$mover$rid),
        .mover$rdata(rjoin$mover$rdata),
        .mover$rresp(rjoin$mover$rresp),
        .mover$rlast(rjoin$mover$rlast),
        .m_axi$arvalid(rjoin$m_axi$arvalid),
        .m_axi$arready(rjoin$m_axi$arready),
        .m_axi$arid(rjoin$m_axi$arid),
        .m_axi$araddr(rjoin$m_axi$araddr),
        .m_axi$arlen(rjoin$m_axi$arlen),
        .m_axi$arsize(rjoin$m_axi$arsize),
        .m_axi$arburst(rjoin$m_axi$arburst),
        .m_axi$rvalid(rjoin$m_axi$rvalid),
        .m_axi$rready(rjoin$m_axi$rready),
        .m_axi$rid(rjoin$m_axi$rid),
        .m_axi$rdata(rjoin$m_axi$rdata),
        .m_axi$rresp(rjoin$m_axi$rresp),
        .m_axi$rlast(rjoin$m_axi$rlast)
    );
    viaduct_engine$wjoin wjoin(
        .clock(wjoin$clock),
        .mover$awvalid(wjoin$mover$awvalid),
        .mover$awready(wjoin$mover$awready),
        .mover$awid(wjoin$mover$awid),
        .mover$awaddr(wjoin$mover$awaddr),
        .mover$awlen(wjoin$mover$awlen),
        .mover$awsize(wjoin$mover$awsize),
        .mover$awburst(wjoin$mover$awburst),
        .mover$wvalid(wjoin$mover$wvalid),
        .mover$wready(wjoin$mover$wready),
        .mover$wdata(wjoin$mover$wdata),
        .mover$wstrb(wjoin$mover$wstrb),
        .mover$wlast(wjoin$mover$wlast),
        .mover$bvalid(wjoin$mover$bvalid),
        .mover$bready(wjoin$mover$bready),
        .mover$bid(wjoin$mover$bid),
        .mover$bresp(wjoin$mover$bresp),
        .completer$awvalid(wjoin$completer$awvalid),
        .completer$awready(wjoin$completer$awready),
        .completer$awid(wjoin$completer$awid),
        .completer$awaddr(wjoin$completer$awaddr),
        .completer$awlen(wjoin$completer$awlen),
        .completer$awsize(wjoin$completer$awsize),
        .completer$awburst(wjoin$completer$awburst),
        .completer$wvalid(wjoin$completer$wvalid),
        .completer$wready(wjoin$completer$wready),
        .completer$wdata(wjoin$completer$wdata),
        .completer$wstrb(wjoin$completer$wstrb),
        .completer$wlast(wjoin$completer$wlast),
        .completer$bvalid(wjoin$completer$bvalid),
        .completer$bready(wjoin$completer$bready),
        .completer$bid(wjoin$completer$bid),
        .completer$bresp(wjoin$completer$bresp),
        .m_axi$awvalid(wjoin$m_axi$awvalid),
        .m_axi$awready(wjoin$m_axi$awready),
        .m_axi$awid(wjoin$m_axi$awid),
        .m_axi$awaddr(wjoin$m_axi$awaddr),
        .m_axi$awlen(wjoin$m_axi$awlen),
        .m_axi$awsize(wjoin$m_axi$awsize),
        .m_axi$awburst(wjoin$m_axi$awburst),
        .m_axi$wvalid(wjoin$m_axi$wvalid),
        .m_axi$wready(wjoin$m_axi$wready),
        .m_axi$wdata(wjoin$m_axi$wdata),
        .m_axi$wstrb(wjoin$m_axi$wstrb),
        .m_axi$wlast(wjoin$m_axi$wlast),
        .m_axi$bvalid(wjoin$m_axi$bvalid),
        .m_axi$bready(wjoin$m_axi$bready),
        .m_axi$bid(wjoin$m_axi$bid),
        .m_axi$bresp(wjoin$m_axi$bresp)
    );
    viaduct_engine$seq seq(
        .d(seq$d),
        .q(seq$q),
        .clock(seq$clock)
    );
    viaduct_engine$settle settle(
        .d(settle$d),
        .q(settle$q),
        .clock(settle$clock)
    );
    viaduct_engine$cur_vi cur_vi(
        .d(cur_vi$d),
        .q(cur_vi$q),
        .clock(cur_vi$clock)
    );
    viaduct_engine$desc desc(
        .d(desc$d),
        .q(desc$q),
        .clock(desc$clock)
    );
    viaduct_engine$d_enabled d_enabled(
        .d(d_enabled$d),
        .q(d_enabled$q),
        .clock(d_enabled$clock)
    );
    viaduct_engine$d_pd d_pd(
        .d(d_pd$d),
        .q(d_pd$q),
        .clock(d_pd$clock)
    );
    viaduct_engine$d_key_slot d_key_slot(
        .d(d_key_slot$d),
        .q(d_key_slot$q),
        .clock(d_key_slot$clock)
    );
    viaduct_engine$d_sq_index d_sq_index(
        .d(d_sq_index$d),
        .q(d_sq_index$q),
        .clock(d_sq_index$clock)
    );
    viaduct_engine$r_status r_status(
        .d(r_status$d),
        .q(r_status$q),
        .clock(r_status$clock)
    );
    viaduct_engine$r_bytes r_bytes(
        .d(r_bytes$d),
        .q(r_bytes$q),
        .clock(r_bytes$clock)
    );
    viaduct_engine$r_va r_va(
        .d(r_va$d),
        .q(r_va$q),
        .clock(r_va$clock)
    );
    viaduct_engine$r_on_dst r_on_dst(
        .d(r_on_dst$d),
        .q(r_on_dst$q),
        .clock(r_on_dst$clock)
    );
    viaduct_engine$src_ticket src_ticket(
        .d(src_ticket$d),
        .q(src_ticket$q),
        .clock(src_ticket$clock)
    );
    viaduct_engine$dst_ticket dst_ticket(
        .d(dst_ticket$d),
        .q(dst_ticket$q),
        .clock(dst_ticket$clock)
    );
    
    // Update code
    always @(*) begin
        seq$clock = clock;
        settle$clock = clock;
        cur_vi$clock = clock;
        desc$clock = clock;
        d_enabled$clock = clock;
        d_pd$clock = clock;
        d_key_slot$clock = clock;
        d_sq_index$clock = clock;
        r_status$clock = clock;
        r_bytes$clock = clock;
        r_va$clock = clock;
        r_on_dst$clock = clock;
        src_ticket$clock = clock;
        dst_ticket$clock = clock;
        seq$d = seq$q;
        settle$d = settle$q;
        cur_vi$d = cur_vi$q;
        desc$d = desc$q;
        d_enabled$d = d_enabled$q;
        d_pd$d = d_pd$q;
        d_key_slot$d = d_key_slot$q;
        d_sq_index$d = d_sq_index$q;
        r_status$d = r_status$q;
        r_bytes$d = r_bytes$q;
        r_va$d = r_va$q;
        r_on_dst$d = r_on_dst$q;
        src_ticket$d = src_ticket$q;
        dst_ticket$d = dst_ticket$q;
        bar0$clock = clock;
        vis$clock = clock;
        sched$clock = clock;
        counters$clock = clock;
        tu$clock = clock;
        mover$clock = clock;
        completer$clock = clock;
        rjoin$clock = clock;
        check$clock = clock;
        wjoin$clock = clock;
        m_axi$arvalid = rjoin$m_axi$arvalid;
        rjoin$m_axi$arready = m_axi$arready;
        m_axi$arid = rjoin$m_axi$arid;
        m_axi$araddr = rjoin$m_axi$araddr;
        m_axi$arlen = rjoin$m_axi$arlen;
        m_axi$arsize = rjoin$m_axi$arsize;
        m_axi$arburst = rjoin$m_axi$arburst;
        rjoin$m_axi$rvalid = m_axi$rvalid;
        m_axi$rready = rjoin$m_axi$rready;
        rjoin$m_axi$rid = m_axi$rid;
        rjoin$m_axi$rdata = m_axi$rdata;
        rjoin$m_axi$rresp = m_axi$rresp;
        rjoin$m_axi$rlast = m_axi$rlast;
        m_axi$awvalid = wjoin$m_axi$awvalid;
        wjoin$m_axi$awready = m_axi$awready;
        m_axi$awid = wjoin$m_axi$awid;
        m_axi$awaddr = wjoin$m_axi$awaddr;
        m_axi$awlen = wjoin$m_axi$awlen;
        m_axi$awsize = wjoin$m_axi$awsize;
        m_axi$awburst = wjoin$m_axi$awburst;
        m_axi$wvalid = wjoin$m_axi$wvalid;
        wjoin$m_axi$wready = m_axi$wready;
        m_axi$wdata = wjoin$m_axi$wdata;
        m_axi$wstrb = wjoin$m_axi$wstrb;
        m_axi$wlast = wjoin$m_axi$wlast;
        wjoin$m_axi$bvalid = m_axi$bvalid;
        m_axi$bready = wjoin$m_axi$bready;
        wjoin$m_axi$bid = m_axi$bid;
        wjoin$m_axi$bresp = m_axi$bresp;
        irq$valid = vis$irq_valid;
        irq$vector = vis$irq_vector;
        unseal_hits = tu$cnt_unseal_hits;
        vis$reg_req = bar0$vi_req;
        vis$reg_write = bar0$vi_write;
        vis$reg_space = bar0$vi_space;
        vis$reg_vi = bar0$vi_vi;
        vis$reg_off = bar0$vi_reg;
        vis$reg_slot = bar0$vi_slot;
        vis$reg_dword = bar0$vi_dword;
        vis$reg_data = bar0$vi_data;
        bar0$vi_rdata = vis$reg_rdata;
        bar0$cnt_value = counters$read_value;
        counters$read_request = bar0$cnt_request;
        counters$read_index = bar0$cnt_index;
        bar0$cnt_valid = counters$read_valid;
        counters$key_commits = bar0$cnt_key_commit;
        counters$invalidations = bar0$cnt_invalidate;
        counters$doorbells = vis$doorbell;
        counters$doorbells_ignored = vis$doorbell_ignored;
        counters$queue_overflows = vis$overflow;
        counters$interrupts = vis$irq_valid;
        counters$frames_sent = mover$frames_sent;
        counters$storage_commands = mover$storage_command;
        counters$table_reads = tu$cnt_table_reads;
        counters$iotlb_hits = tu$cnt_iotlb_hits;
        counters$iotlb_misses = tu$cnt_iotlb_misses;
        counters$line_hits = tu$cnt_line_hits;
        counters$clear = bar0$clear;
        vis$clear = bar0$clear;
        sched$reset = bar0$clear;
        bar0$clear_busy = vis$busy;
        bar0$engine_idle = (seq$q == SeqState$Idle) & ~mover$busy & completer$idle;
        bar0$tu_cmd_ready = tu$cmd_ready;
        tu$iotlb_enable = bar0$iotlb_enable;
        tu$line_cache_enable = bar0$line_cache_enable;
        tu$watchdog = bar0$watchdog;
        tu$key_commit = bar0$key_commit;
        tu$key_slot = bar0$key_slot;
        tu$key_data = bar0$key_data;
        tu$key_generation = bar0$key_generation;
        tu$prot_commit = bar0$prot_commit;
        tu$prot_slot = bar0$prot_slot;
        tu$prot_entry = bar0$prot_entry;
        tu$inv_valid = bar0$inv_valid;
        tu$inv_all = bar0$inv_all;
        tu$inv_slot = bar0$inv_slot;
        tu$soft_reset = bar0$tu_soft_reset;
        vis$rx_avail = mover$rx_avail;
        sched$eligible = vis$eligible;
        sched$served = 1'b0;
        sched$served_vi = sched$pick_vi;
        vis$take = 1'b0;
        vis$take_vi = sched$pick_vi;
        vis$cpl_vi = cur_vi$q;
        vis$cpl = 1'b0;
        vis$cq_error = completer$cq_error;
        vis$irq_event = completer$irq_event;
        vis$event_vi = completer$event_vi;
        check$desc = desc$q;
        tu$req_valid = mover$tu_req_valid | (seq$q == SeqState$AdmitSrc) | (seq$q == SeqState$AdmitDst);
        tu$req_admit = (seq$q == SeqState$AdmitSrc) | (seq$q == SeqState$AdmitDst);
        tu$req_vi = cur_vi$q;
        tu$req_pd = d_pd$q;
        tu$req_key_slot = d_key_slot$q;
        tu$req_va = mover$tu_req_va;
        if (seq$q == SeqState$AdmitSrc) begin
            tu$req_va = check$src_va;
        end
        if (seq$q == SeqState$AdmitDst) begin
            tu$req_va = check$dst_va;
        end
        tu$req_len = check$len;
        tu$req_write = (seq$q == SeqState$AdmitDst) | ((seq$q != SeqState$AdmitSrc) & mover$tu_req_write);
        tu$req_shortcut = mover$tu_req_ticket;
        if (seq$q == SeqState$AdmitSrc) begin
            tu$req_shortcut = check$src_shortcut;
        end
        if (seq$q == SeqState$AdmitDst) begin
            tu$req_shortcut = check$dst_shortcut;
        end
        tu$rsp_ready = mover$tu_rsp_ready | (seq$q == SeqState$AdmitSrcWait) | (seq$q == SeqState$AdmitDstWait);
        mover$tu_req_ready = tu$req_ready;
        mover$tu_rsp_valid = tu$rsp_valid;
        mover$tu_rsp_status = tu$rsp_status;
        mover$tu_rsp_pa = tu$rsp_pa;
        mover$tu_rsp_bytes = tu$rsp_bytes;
        mover$start = 1'b0;
        mover$src_mem = check$src_mem;
        mover$dst_mem = check$dst_mem;
        mover$src_inline = check$src_inline;
        mover$src_net = check$src_net;
        mover$src_storage = check$src_storage;
        mover$dst_net = check$dst_net;
        mover$dst_storage = check$dst_storage;
        mover$pipelined = check$pipelined;
        mover$vi = cur_vi$q;
        mover$src_va = check$src_va;
        mover$dst_va = check$dst_va;
        mover$src_ticket = src_ticket$q;
        mover$dst_ticket = dst_ticket$q;
        mover$len = check$len;
        mover$storage_offset = check$storage_offset;
        mover$inline_data = check$inline_data;
        mover$watchdog = bar0$watchdog;
        mover$reads_in_flight = reads_in_flight;
        completer$watchdog = bar0$watchdog;
        entry = (((check$tag) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << p_tag) | (((r_va$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << p_fault_va) | (((r_bytes$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << p_bytes) | (((r_status$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << p_status) | (((check$opcode) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << p_opcode) | (((d_sq_index$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << p_sq_index) | (((cur_vi$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << p_vi);
        if (r_on_dst$q) begin
            entry = entry | (one << p_on_dst);
        end
        if (vis$cpl_phase) begin
            entry = entry | (one << p_phase);
        end
        completer$push = 1'b0;
        completer$push_vi = cur_vi$q;
        completer$push_addr = vis$cpl_addr;
        completer$push_entry = entry;
        completer$push_irq = |(check$flags & irq_flag);
        counters$completions = 1'b0;
        counters$failures = 1'b0;
        counters$bytes_add = 32'h0;
        counters$error = 1'b0;
        counters$error_status = r_status$q;
        counters$frames_received = 1'b0;
        if (|settle$q) begin
            settle$d = settle$q - 32'h1;
        end
        case (seq$q)
            SeqState$Idle:
                begin
                    if (bar0$enable & ~bar0$reset_hold & sched$pick_valid & ~|settle$q) begin
                        vis$take = 1'b1;
                        sched$served = 1'b1;
                        cur_vi$d = sched$pick_vi;
                        seq$d = SeqState$Fetch;
                    end
                end
            SeqState$Fetch:
                begin
                    desc$d = vis$take_desc;
                    d_enabled$d = vis$take_enabled;
                    d_pd$d = vis$take_pd;
                    d_key_slot$d = vis$take_key_slot;
                    d_sq_index$d = vis$take_sq_index;
                    seq$d = SeqState$Check;
                end
            SeqState$Check:
                begin
                    seq$d = SeqState$Decode;
                end
            SeqState$Decode:
                begin
                    r_bytes$d = 32'h0;
                    r_va$d = 32'h0;
                    r_on_dst$d = 1'b0;
                    r_status$d = check$status;
                    if (~d_enabled$q) begin
                        r_status$d = flushed;
                        seq$d = SeqState$Complete;
                    end
                    else if (check$failed | check$nop) begin
                        seq$d = SeqState$Complete;
                    end
                    else if (check$src_mem) begin
                        seq$d = SeqState$AdmitSrc;
                    end
                    else if (check$dst_mem) begin
                        seq$d = SeqState$AdmitDst;
                    end
                    else begin
                        seq$d = SeqState$Move;
                    end
                end
            SeqState$AdmitSrc:
                begin
                    if (tu$req_ready) begin
                        seq$d = SeqState$AdmitSrcWait;
                    end
                end
            SeqState$AdmitSrcWait:
                begin
                    if (tu$rsp_valid) begin
                        src_ticket$d = tu$rsp_ticket;
                        if (tu$rsp_status != ok) begin
                            r_status$d = tu$rsp_status;
                            r_va$d = tu$rsp_fault_va;
                            seq$d = SeqState$Complete;
                        end
                        else if (check$dst_mem) begin
                            seq$d = SeqState$AdmitDst;
                        end
                        else begin
                            seq$d = SeqState$Move;
                        end
                    end
                end
            SeqState$AdmitDst:
                begin
                    if (tu$req_ready) begin
                        seq$d = SeqState$AdmitDstWait;
                    end
                end
            SeqState$AdmitDstWait:
                begin
                    if (tu$rsp_valid) begin
                        dst_ticket$d = tu$rsp_ticket;
                        if (tu$rsp_status != ok) begin
                            r_status$d = tu$rsp_status;
                            r_va$d = tu$rsp_fault_va;
                            r_on_dst$d = 1'b1;
                            seq$d = SeqState$Complete;
                        end
                        else begin
                            seq$d = SeqState$Move;
                        end
                    end
                end
            SeqState$Move:
                begin
                    mover$start = 1'b1;
                    counters$frames_received = check$src_net;
                    seq$d = SeqState$MoveWait;
                end
            SeqState$MoveWait:
                begin
                    if (mover$done) begin
                        r_status$d = mover$status;
                        r_bytes$d = mover$bytes;
                        r_va$d = mover$fault_va;
                        r_on_dst$d = mover$fault_on_dst;
                        seq$d = SeqState$Complete;
                    end
                end
            SeqState$Complete:
                begin
                    if (completer$push_ready) begin
                        completer$push = 1'b1;
                        vis$cpl = 1'b1;
                        counters$completions = 1'b1;
                        counters$bytes_add = r_bytes$q;
                        counters$failures = r_status$q != ok;
                        counters$error = r_status$q != ok;
                        settle$d = 32'h3;
                        seq$d = SeqState$Idle;
                    end
                end
            default:
                begin
                    seq$d = SeqState$Idle;
                end
        endcase
    end
    
    always @(*) rjoin$walker$arvalid = tu$m_axi$arvalid;
    always @(*) tu$m_axi$arready = rjoin$walker$arready;
    always @(*) rjoin$walker$arid = tu$m_axi$arid;
    always @(*) rjoin$walker$araddr = tu$m_axi$araddr;
    always @(*) rjoin$walker$arlen = tu$m_axi$arlen;
    always @(*) rjoin$walker$arsize = tu$m_axi$arsize;
    always @(*) rjoin$walker$arburst = tu$m_axi$arburst;
    always @(*) tu$m_axi$rvalid = rjoin$walker$rvalid;
    always @(*) rjoin$walker$rready = tu$m_axi$rready;
    always @(*) tu$m_axi$rid = rjoin$walker$rid;
    always @(*) tu$m_axi$rdata = rjoin$walker$rdata;
    always @(*) tu$m_axi$rresp = rjoin$walker$rresp;
    always @(*) tu$m_axi$rlast = rjoin$walker$rlast;
    always @(*) rjoin$mover$arvalid = mover$m_rd$arvalid;
    always @(*) mover$m_rd$arready = rjoin$mover$arready;
    always @(*) rjoin$mover$arid = mover$m_rd$arid;
    always @(*) rjoin$mover$araddr = mover$m_rd$araddr;
    always @(*) rjoin$mover$arlen = mover$m_rd$arlen;
    always @(*) rjoin$mover$arsize = mover$m_rd$arsize;
    always @(*) rjoin$mover$arburst = mover$m_rd$arburst;
    always @(*) mover$m_rd$rvalid = rjoin$mover$rvalid;
    always @(*) rjoin$mover$rready = mover$m_rd$rready;
    always @(*) mover$m_rd$rid = rjoin$mover$rid;
    always @(*) mover$m_rd$rdata = rjoin$mover$rdata;
    always @(*) mover$m_rd$rresp = rjoin$mover$rresp;
    always @(*) mover$m_rd$rlast = rjoin$mover$rlast;
    always @(*) wjoin$mover$awvalid = mover$m_wr$awvalid;
    always @(*) mover$m_wr$awready = wjoin$mover$awready;
    always @(*) wjoin$mover$awid = mover$m_wr$awid;
    always @(*) wjoin$mover$awaddr = mover$m_wr$awaddr;
    always @(*) wjoin$mover$awlen = mover$m_wr$awlen;
    always @(*) wjoin$mover$awsize = mover$m_wr$awsize;
    always @(*) wjoin$mover$awburst = mover$m_wr$awburst;
    always @(*) wjoin$mover$wvalid = mover$m_wr$wvalid;
    always @(*) mover$m_wr$wready = wjoin$mover$wready;
    always @(*) wjoin$mover$wdata = mover$m_wr$wdata;
    always @(*) wjoin$mover$wstrb = mover$m_wr$wstrb;
    always @(*) wjoin$mover$wlast = mover$m_wr$wlast;
    always @(*) mover$m_wr$bvalid = wjoin$mover$bvalid;
    always @(*) wjoin$mover$bready = mover$m_wr$bready;
    always @(*) mover$m_wr$bid = wjoin$mover$bid;
    always @(*) mover$m_wr$bresp = wjoin$mover$bresp;
    always @(*) wjoin$completer$awvalid = completer$m_axi$awvalid;
    always @(*) completer$m_axi$awready = wjoin$completer$awready;
    always @(*) wjoin$completer$awid = completer$m_axi$awid;
    always @(*) wjoin$completer$awaddr = completer$m_axi$awaddr;
    always @(*) wjoin$completer$awlen = completer$m_axi$awlen;
    always @(*) wjoin$completer$awsize = completer$m_axi$awsize;
    always @(*) wjoin$completer$awburst = completer$m_axi$awburst;
    always @(*) wjoin$completer$wvalid = completer$m_axi$wvalid;
    always @(*) completer$m_axi$wready = wjoin$completer$wready;
    always @(*) wjoin$completer$wdata = completer$m_axi$wdata;
    always @(*) wjoin$completer$wstrb = completer$m_axi$wstrb;
    always @(*) wjoin$completer$wlast = completer$m_axi$wlast;
    always @(*) completer$m_axi$bvalid = wjoin$completer$bvalid;
    always @(*) wjoin$completer$bready = completer$m_axi$bready;
    always @(*) completer$m_axi$bid = wjoin$completer$bid;
    always @(*) completer$m_axi$bresp = wjoin$completer$bresp;
endmodule // viaduct_engine


module viaduct_engine$bar0(clock,s_axil$awvalid,s_axil$awready,s_axil$awaddr,s_axil$wvalid,s_axil$wready,s_axil$wdata,s_axil$wstrb,s_axil$bvalid,s_axil$bready,s_axil$bresp,s_axil$arvalid,s_axil$arready,s_axil$araddr,s_axil$rvalid,s_axil$rready,s_axil$rdata,s_axil$rresp,vi_req,vi_write,vi_space,vi_vi,vi_reg,vi_slot,vi_dword,vi_data,vi_rdata,cnt_request,cnt_index,cnt_valid,cnt_value,cnt_key_commit,cnt_invalidate,enable,iotlb_enable,line_cache_enable,watchdog,tu_cmd_ready,key_commit,key_slot,key_data,key_generation,prot_commit,prot_slot,prot_entry,inv_valid,inv_all,inv_slot,tu_soft_reset,engine_idle,reset_hold,clear,clear_busy);
    
    // Module arguments
    input wire  clock;
    input wire  s_axil$awvalid;
    output reg  s_axil$awready;
    input wire  [20:0] s_axil$awaddr;
    input wire  s_axil$wvalid;
    output reg  s_axil$wready;
    input wire  [31:0] s_axil$wdata;
    input wire  [3:0] s_axil$wstrb;
    output reg  s_axil$bvalid;
    input wire  s_axil$bready;
    output reg  [1:0] s_axil$bresp;
    input wire  s_axil$arvalid;
    output reg  s_axil$arready;
    input wire  [20:0] s_axil$araddr;
    output reg  s_axil$rvalid;
    input wire  s_axil$rready;
    output reg  [31:0] s_axil$rdata;
    output reg  [1:0] s_axil$rresp;
    output reg  vi_req;
    output reg  vi_write;
    output reg  [1:0] vi_space;
    output reg  [7:0] vi_vi;
    output reg  [11:0] vi_reg;
    output reg  [7:0] vi_slot;
    output reg  [3:0] vi_dword;
    output reg  [31:0] vi_data;
    input wire  [31:0] vi_rdata;
    output reg  cnt_request;
    output reg  [7:0] cnt_index;
    input wire  cnt_valid;
    input wire  [63:0] cnt_value;
    output reg  cnt_key_commit;
    output reg  cnt_invalidate;
    output reg  enable;
    output reg  iotlb_enable;
    output reg  line_cache_enable;
    output reg  [31:0] watchdog;
    input wire  tu_cmd_ready;
    output reg  key_commit;
    output reg  [7:0] key_slot;
    output reg  [127:0] key_data;
    output reg  [7:0] key_generation;
    output reg  prot_commit;
    output reg  [11:0] prot_slot;
    output reg  [127:0] prot_entry;
    output reg  inv_valid;
    output reg  inv_all;
    output reg  [11:0] inv_slot;
    output reg  tu_soft_reset;
    input wire  engine_idle;
    output reg  reset_hold;
    output reg  clear;
    input wire  clear_busy;
    
    // Constant declarations
    localparam  vi_count = 21'h4;
    localparam  queue_depth = 21'h8;
    localparam  key_slots = 9'b100;
    localparam  prot_entries = 13'b10000;
    localparam  counters_base = 21'h100;
    localparam  counters_end = 21'h248;
    localparam  config_base = 21'h1000;
    localparam  config_end = 21'h5000;
    localparam  config_shift = 8'h6;
    localparam  config_mask = 21'h3f;
    localparam  page_base = 21'h10000;
    localparam  page_end = 21'h110000;
    localparam  page_shift = 8'hc;
    localparam  page_mask = 21'hfff;
    localparam  window = 21'h800;
    localparam  slot_shift = 8'h6;
    localparam  dword_mask = 21'hf;
    localparam  r_id = 21'h0;
    localparam  r_version = 21'h4;
    localparam  r_caps0 = 21'h8;
    localparam  r_caps1 = 21'hc;
    localparam  r_caps2 = 21'h10;
    localparam  r_control = 21'h14;
    localparam  r_soft_reset = 21'h18;
    localparam  r_status = 21'h1c;
    localparam  r_key_select = 21'h20;
    localparam  r_key_data0 = 21'h24;
    localparam  r_key_data3 = 21'h30;
    localparam  r_key_commit = 21'h34;
    localparam  r_key_state = 21'h38;
    localparam  r_prot_index = 21'h40;
    localparam  r_prot_data0 = 21'h44;
    localparam  r_prot_data3 = 21'h50;
    localparam  r_prot_commit = 21'h54;
    localparam  r_invalidate = 21'h58;
    localparam  r_watchdog = 21'h5c;
    localparam  id_value = 32'h56444354;
    localparam  version_value = 32'h10000;
    localparam  caps0 = 32'h80004;
    localparam  caps1 = 32'h2040408;
    localparam  caps2 = 32'h29060204;
    localparam  control_mask = 32'h7;
    localparam  control_reset = 3'b110;
    localparam  watchdog_reset = 32'h10000;
    localparam  word_ones = 128'hffffffff;
    localparam  word_shift = 8'h5;
    localparam  key_valid_flag = 9'b100000000;
    localparam  idle_value = 32'h1;
    localparam  space_config = 2'b0;
    localparam  space_page = 2'b1;
    localparam  space_window = 2'b10;
    localparam  enable_bit = 8'h0;
    localparam  iotlb_bit = 8'h1;
    localparam  line_bit = 8'h2;
    localparam  reset_bit = 8'h0;
    localparam  key_valid_bit = 8'h1f;
    localparam  key_gen_lsb = 8'h0;
    localparam  commit_gen_lsb = 8'h0;
    localparam  key_select_lsb = 8'h0;
    localparam  prot_index_lsb = 8'h0;
    localparam  prot_write_bit = 8'h0;
    localparam  prot_read_bit = 8'h1;
    localparam  inv_all_bit = 8'h1f;
    localparam  inv_slot_lsb = 8'h0;
    
    // Enums
    localparam Bar0State$Idle = 0;
    localparam Bar0State$Decode = 1;
    localparam Bar0State$Write = 2;
    localparam Bar0State$ReadPrep = 3;
    localparam Bar0State$Read = 4;
    localparam Bar0State$ReadVi = 5;
    localparam Bar0State$ReadCounter = 6;
    localparam Bar0State$Command = 7;
    localparam Bar0State$ProtRead = 8;
    localparam Bar0State$ResetDrain = 9;
    localparam Bar0State$ResetCommand = 10;
    localparam Bar0State$ResetClear = 11;
    localparam Bar0State$ResetWait = 12;
    localparam Bar0State$WriteResp = 13;
    localparam Bar0State$ReadResp = 14;
    localparam Command$None = 0;
    localparam Command$Key = 1;
    localparam Command$Prot = 2;
    localparam Command$Invalidate = 3;
    
    // Stub signals
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  is_write$d;
    wire  is_write$q;
    reg  is_write$clock;
    reg  d_is_counter$d;
    wire  d_is_counter$q;
    reg  d_is_counter$clock;
    reg  d_is_global$d;
    wire  d_is_global$q;
    reg  d_is_global$clock;
    reg  d_is_vi$d;
    wire  d_is_vi$q;
    reg  d_is_vi$clock;
    reg  [1:0] d_space$d;
    wire  [1:0] d_space$q;
    reg  d_space$clock;
    reg  [7:0] d_vi$d;
    wire  [7:0] d_vi$q;
    reg  d_vi$clock;
    reg  [11:0] d_reg$d;
    wire  [11:0] d_reg$q;
    reg  d_reg$clock;
    reg  [7:0] d_slot$d;
    wire  [7:0] d_slot$q;
    reg  d_slot$clock;
    reg  [3:0] d_dword$d;
    wire  [3:0] d_dword$q;
    reg  d_dword$clock;
    reg  [1:0] command$d;
    wire  [1:0] command$q;
    reg  command$clock;
    reg  [20:0] addr$d;
    wire  [20:0] addr$q;
    reg  addr$clock;
    reg  [31:0] wdata$d;
    wire  [31:0] wdata$q;
    reg  wdata$clock;
    reg  whole$d;
    wire  whole$q;
    reg  whole$clock;
    reg  have_aw$d;
    wire  have_aw$q;
    reg  have_aw$clock;
    reg  have_w$d;
    wire  have_w$q;
    reg  have_w$clock;
    reg  [31:0] rdata$d;
    wire  [31:0] rdata$q;
    reg  rdata$clock;
    reg  [2:0] control$d;
    wire  [2:0] control$q;
    reg  control$clock;
    reg  [31:0] watchdog_q$d;
    wire  [31:0] watchdog_q$q;
    reg  watchdog_q$clock;
    reg  [7:0] key_select$d;
    wire  [7:0] key_select$q;
    reg  key_select$clock;
    reg  [127:0] key_staging$d;
    wire  [127:0] key_staging$q;
    reg  key_staging$clock;
    reg  [11:0] prot_index$d;
    wire  [11:0] prot_index$q;
    reg  prot_index$clock;
    reg  [127:0] prot_staging$d;
    wire  [127:0] prot_staging$q;
    reg  prot_staging$clock;
    reg  prot_read_after$d;
    wire  prot_read_after$q;
    reg  prot_read_after$clock;
    reg  [31:0] latch$d;
    wire  [31:0] latch$q;
    reg  latch$clock;
    reg  [16:0] at_q$d;
    wire  [16:0] at_q$q;
    reg  at_q$clock;
    reg  [31:0] global_q$d;
    wire  [31:0] global_q$q;
    reg  global_q$clock;
    reg  [8:0] key_state$0$d;
    wire  [8:0] key_state$0$q;
    reg  key_state$0$clock;
    reg  [8:0] key_state$1$d;
    wire  [8:0] key_state$1$q;
    reg  key_state$1$clock;
    reg  [8:0] key_state$2$d;
    wire  [8:0] key_state$2$q;
    reg  key_state$2$clock;
    reg  [8:0] key_state$3$d;
    wire  [8:0] key_state$3$q;
    reg  key_state$3$clock;
    reg  [3:0] prot_shadow$read_address;
    reg  prot_shadow$read_clock;
    wire  [127:0] prot_shadow$read_data;
    reg  [3:0] prot_shadow$write_address;
    reg  prot_shadow$write_clock;
    reg  [127:0] prot_shadow$write_data;
    reg  prot_shadow$write_enable;
    reg  [15:0] prot_valid$d;
    wire  [15:0] prot_valid$q;
    reg  prot_valid$clock;
    
    // Local signals
    reg  [20:0] a;
    reg  is_counter;
    reg  is_global;
    reg  is_vi;
    reg  [1:0] space;
    reg  [20:0] vi;
    reg  [20:0] page_reg;
    reg  [20:0] slot;
    reg  key_in_range;
    reg  prot_in_range;
    reg  [8:0] key_state_now;
    reg  [31:0] global_read;
    reg  [16:0] at;
    reg  [1:0] key_word;
    reg  [1:0] prot_word;
    reg  [7:0] key_lane;
    reg  [7:0] word_lane;
    
    // Sub module instances
    viaduct_engine$bar0$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    viaduct_engine$bar0$is_write is_write(
        .d(is_write$d),
        .q(is_write$q),
        .clock(is_write$clock)
    );
    viaduct_engine$bar0$d_is_counter d_is_counter(
        .d(d_is_counter$d),
        .q(d_is_counter$q),
        .clock(d_is_counter$clock)
    );
    viaduct_engine$bar0$d_is_global d_is_global(
        .d(d_is_global$d),
        .q(d_is_global$q),
        .clock(d_is_global$clock)
    );
    viaduct_engine$bar0$d_is_vi d_is_vi(
        .d(d_is_vi$d),
        .q(d_is_vi$q),
        .clock(d_is_vi$clock)
    );
    viaduct_engine$bar0$d_space d_space(
        .d(d_space$d),
        .q(d_space$q),
        .clock(d_space$clock)
    );
    viaduct_engine$bar0$d_vi d_vi(
        .d(d_vi$d),
        .q(d_vi$q),
        .clock(d_vi$clock)
    );
    viaduct_engine$bar0$d_reg d_reg(
        .d(d_reg$d),
        .q(d_reg$q),
        .clock(d_reg$clock)
    );
    viaduct_engine$bar0$d_slot d_slot(
        .d(d_slot$d),
        .q(d_slot$q),
        .clock(d_slot$clock)
    );
    viaduct_engine$bar0$d_dword d_dword(
        .d(d_dword$d),
        .q(d_dword$q),
        .clock(d_dword$clock)
    );
    viaduct_engine$bar0$command command(
        .d(command$d),
        .q(command$q),
        .clock(command$clock)
    );
    viaduct_engine$bar0$addr addr(
        .d(addr$d),
        .q(addr$q),
        .clock(addr$clock)
    );
    viaduct_engine$bar0$wdata wdata(
        .d(wdata$d),
        .q(wdata$q),
        .clock(wdata$clock)
    );
    viaduct_engine$bar0$whole whole(
        .d(whole$d),
        .q(whole$q),
        .clock(whole$clock)
    );
    viaduct_engine$bar0$have_aw have_aw(
        .d(have_aw$d),
        .q(have_aw$q),
        .clock(have_aw$clock)
    );
    viaduct_engine$bar0$have_w have_w(
        .d(have_w$d),
        .q(have_w$q),
        .clock(have_w$clock)
    );
    viaduct_engine$bar0$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    viaduct_engine$bar0$control control(
        .d(control$d),
        .q(control$q),
        .clock(control$clock)
    );
    viaduct_engine$bar0$watchdog_q watchdog_q(
        .d(watchdog_q$d),
        .q(watchdog_q$q),
        .clock(watchdog_q$clock)
    );
    viaduct_engine$bar0$key_select key_select(
        .d(key_select$d),
        .q(key_select$q),
        .clock(key_select$clock)
    );
    viaduct_engine$bar0$key_staging key_staging(
        .d(key_staging$d),
        .q(key_staging$q),
        .clock(key_staging$clock)
    );
    viaduct_engine$bar0$prot_index prot_index(
        .d(prot_index$d),
        .q(prot_index$q),
        .clock(prot_index$clock)
    );
    viaduct_engine$bar0$prot_staging prot_staging(
        .d(prot_staging$d),
        .q(prot_staging$q),
        .clock(prot_staging$clock)
    );
    viaduct_engine$bar0$prot_read_after prot_read_after(
        .d(prot_read_after$d),
        .q(prot_read_after$q),
        .clock(prot_read_after$clock)
    );
    viaduct_engine$bar0$latch latch(
        .d(latch$d),
        .q(latch$q),
        .clock(latch$clock)
    );
    viaduct_engine$bar0$at_q at_q(
        .d(at_q$d),
        .q(at_q$q),
        .clock(at_q$clock)
    );
    viaduct_engine$bar0$global_q global_q(
        .d(global_q$d),
        .q(global_q$q),
        .clock(global_q$clock)
    );
    viaduct_engine$bar0$key_state$0 key_state$0(
        .d(key_state$0$d),
        .q(key_state$0$q),
        .clock(key_state$0$clock)
    );
    viaduct_engine$bar0$key_state$1 key_state$1(
        .d(key_state$1$d),
        .q(key_state$1$q),
        .clock(key_state$1$clock)
    );
    viaduct_engine$bar0$key_state$2 key_state$2(
        .d(key_state$2$d),
        .q(key_state$2$q),
        .clock(key_state$2$clock)
    );
    viaduct_engine$bar0$key_state$3 key_state$3(
        .d(key_state$3$d),
        .q(key_state$3$q),
        .clock(key_state$3$clock)
    );
    viaduct_engine$bar0$prot_shadow prot_shadow(
        .read_address(prot_shadow$read_address),
        .read_clock(prot_shadow$read_clock),
        .read_data(prot_shadow$read_data),
        .write_address(prot_shadow$write_address),
        .write_clock(prot_shadow$write_clock),
        .write_data(prot_shadow$write_data),
        .write_enable(prot_shadow$write_enable)
    );
    viaduct_engine$bar0$prot_valid prot_valid(
        .d(prot_valid$d),
        .q(prot_valid$q),
        .clock(prot_valid$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        is_write$clock = clock;
        d_is_counter$clock = clock;
        d_is_global$clock = clock;
        d_is_vi$clock = clock;
        d_space$clock = clock;
        d_vi$clock = clock;
        d_reg$clock = clock;
        d_slot$clock = clock;
        d_dword$clock = clock;
        command$clock = clock;
        addr$clock = clock;
        wdata$clock = clock;
        whole$clock = clock;
        have_aw$clock = clock;
        have_w$clock = clock;
        rdata$clock = clock;
        control$clock = clock;
        watchdog_q$clock = clock;
        key_select$clock = clock;
        key_staging$clock = clock;
        prot_index$clock = clock;
        prot_staging$clock = clock;
        prot_read_after$clock = clock;
        latch$clock = clock;
        at_q$clock = clock;
        global_q$clock = clock;
        prot_valid$clock = clock;
        state$d = state$q;
        is_write$d = is_write$q;
        d_is_counter$d = d_is_counter$q;
        d_is_global$d = d_is_global$q;
        d_is_vi$d = d_is_vi$q;
        d_space$d = d_space$q;
        d_vi$d = d_vi$q;
        d_reg$d = d_reg$q;
        d_slot$d = d_slot$q;
        d_dword$d = d_dword$q;
        command$d = command$q;
        addr$d = addr$q;
        wdata$d = wdata$q;
        whole$d = whole$q;
        have_aw$d = have_aw$q;
        have_w$d = have_w$q;
        rdata$d = rdata$q;
        control$d = control$q;
        watchdog_q$d = watchdog_q$q;
        key_select$d = key_select$q;
        key_staging$d = key_staging$q;
        prot_index$d = prot_index$q;
        prot_staging$d = prot_staging$q;
        prot_read_after$d = prot_read_after$q;
        latch$d = latch$q;
        at_q$d = at_q$q;
        global_q$d = global_q$q;
        prot_valid$d = prot_valid$q;
        prot_shadow$read_clock = clock;
        prot_shadow$write_clock = clock;
        prot_shadow$read_address = ((prot_index$q) & 4'hf);
        prot_shadow$write_address = ((prot_index$q) & 4'hf);
        prot_shadow$write_data = prot_staging$q;
        prot_shadow$write_enable = 1'b0;
        a = addr$q;
        is_counter = 1'b0;
        is_global = 1'b0;
        is_vi = 1'b0;
        space = 32'h0;
        vi = 32'h0;
        page_reg = 32'h0;
        slot = 32'h0;
        if (|(a & 32'h3)) begin
        end
        else if (a < config_base) begin
            if ((a >= counters_base) & (a < counters_end)) begin
                is_counter = 1'b1;
            end
            else begin
                is_global = 1'b1;
            end
        end
        else if (a < config_end) begin
            vi = (a - config_base) >> config_shift;
            page_reg = a & config_mask;
            space = space_config;
            is_vi = vi < vi_count;
        end
        else if ((a >= page_base) & (a < page_end)) begin
            vi = (a - page_base) >> page_shift;
            page_reg = a & page_mask;
            is_vi = vi < vi_count;
            space = space_page;
            if (page_reg >= window) begin
                space = space_window;
                slot = (page_reg - window) >> slot_shift;
                if (slot >= queue_depth) begin
                    is_vi = 1'b0;
                end
            end
        end
        vi_req = ((state$q == Bar0State$Write) & d_is_vi$q & whole$q) | ((state$q == Bar0State$Read) & d_is_vi$q);
        vi_write = state$q == Bar0State$Write;
        vi_space = d_space$q;
        vi_vi = d_vi$q;
        vi_reg = d_reg$q;
        vi_slot = d_slot$q;
        vi_dword = d_dword$q;
        vi_data = wdata$q;
        cnt_request = (state$q == Bar0State$Read) & d_is_counter$q & ~addr$q[32'h2];
        cnt_index = (((addr$q - counters_base) >> 32'h3) & 8'hff);
        cnt_key_commit = (state$q == Bar0State$Command) & (command$q == Command$Key) & tu_cmd_ready;
        cnt_invalidate = (state$q == Bar0State$Command) & ((command$q == Command$Key) | (command$q == Command$Invalidate)) & tu_cmd_ready;
        key_in_range = ((key_select$q) & 9'h1ff) < key_slots;
        prot_in_range = ((prot_index$q) & 13'h1fff) < prot_entries;
        key_state_now = 32'h0;
        key_state$0$clock = clock;
        key_state$0$d = key_state$0$q;
        if (key_select$q == 0) begin
            key_state_now = key_state$0$q;
        end
        key_state$1$clock = clock;
        key_state$1$d = key_state$1$q;
        if (key_select$q == 1) begin
            key_state_now = key_state$1$q;
        end
        key_state$2$clock = clock;
        key_state$2$d = key_state$2$q;
        if (key_select$q == 2) begin
            key_state_now = key_state$2$q;
        end
        key_state$3$clock = clock;
        key_state$3$d = key_state$3$q;
        if (key_select$q == 3) begin
            key_state_now = key_state$3$q;
        end
        key_word = (((a - r_key_data0) >> 32'h2) & 2'h3);
        prot_word = (((a - r_prot_data0) >> 32'h2) & 2'h3);
        key_lane = ((key_word) & 8'hff) << word_shift;
        word_lane = ((prot_word) & 8'hff) << word_shift;
        at = 32'h0;
        at = (at & ~(1 << (32'h0)) | ((a == r_id) << (32'h0)));
        at = (at & ~(1 << (32'h1)) | ((a == r_version) << (32'h1)));
        at = (at & ~(1 << (32'h2)) | ((a == r_caps0) << (32'h2)));
        at = (at & ~(1 << (32'h3)) | ((a == r_caps1) << (32'h3)));
        at = (at & ~(1 << (32'h4)) | ((a == r_caps2) << (32'h4)));
        at = (at & ~(1 << (32'h5)) | ((a == r_control) << (32'h5)));
        at = (at & ~(1 << (32'h6)) | ((a == r_soft_reset) << (32'h6)));
        at = (at & ~(1 << (32'h7)) | ((a == r_status) << (32'h7)));
        at = (at & ~(1 << (32'h8)) | ((a == r_key_select) << (32'h8)));
        at = (at & ~(1 << (32'h9)) | (((a >= r_key_data0) & (a <= r_key_data3)) << (32'h9)));
        at = (at & ~(1 << (32'ha)) | ((a == r_key_commit) << (32'ha)));
        at = (at & ~(1 << (32'hb)) | ((a == r_key_state) << (32'hb)));
        at = (at & ~(1 << (32'hc)) | ((a == r_prot_index) << (32'hc)));
        at = (at & ~(1 << (32'hd)) | (((a >= r_prot_data0) & (a <= r_prot_data3)) << (32'hd)));
        at = (at & ~(1 << (32'he)) | ((a == r_prot_commit) << (32'he)));
        at = (at & ~(1 << (32'hf)) | ((a == r_invalidate) << (32'hf)));
        at = (at & ~(1 << (32'h10)) | ((a == r_watchdog) << (32'h10)));
        at_q$d = at;
        global_read = 32'h0;
        if (at_q$q[32'h0]) begin
            global_read = global_read | id_value;
        end
        if (at_q$q[32'h1]) begin
            global_read = global_read | version_value;
        end
        if (at_q$q[32'h2]) begin
            global_read = global_read | caps0;
        end
        if (at_q$q[32'h3]) begin
            global_read = global_read | caps1;
        end
        if (at_q$q[32'h4]) begin
            global_read = global_read | caps2;
        end
        if (at_q$q[32'h5]) begin
            global_read = global_read | ((control$q) & 32'hffffffff);
        end
        if (at_q$q[32'h7] & engine_idle) begin
            global_read = global_read | idle_value;
        end
        if (at_q$q[32'h8]) begin
            global_read = global_read | (((key_select$q) & 32'hffffffff) << key_select_lsb);
        end
        if (at_q$q[32'hb] & key_in_range) begin
            global_read = global_read | (((key_state_now[(32'h0)+:(8)]) & 32'hffffffff) << key_gen_lsb) | (((key_state_now[(32'h8)+:(1)]) & 32'hffffffff) << key_valid_bit);
        end
        if (at_q$q[32'hc]) begin
            global_read = global_read | (((prot_index$q) & 32'hffffffff) << prot_index_lsb);
        end
        if (at_q$q[32'hd]) begin
            global_read = global_read | ((prot_staging$q >> word_lane) & 32'hffffffff);
        end
        if (at_q$q[32'h10]) begin
            global_read = global_read | watchdog_q$q;
        end
        global_q$d = global_read;
        enable = control$q[enable_bit];
        iotlb_enable = control$q[iotlb_bit];
        line_cache_enable = control$q[line_bit];
        watchdog = watchdog_q$q;
        key_commit = (state$q == Bar0State$Command) & (command$q == Command$Key);
        key_slot = key_select$q;
        key_data = key_staging$q;
        key_generation = wdata$q[(commit_gen_lsb)+:(8)];
        prot_commit = (state$q == Bar0State$Command) & (command$q == Command$Prot);
        prot_slot = prot_index$q;
        prot_entry = prot_staging$q;
        inv_valid = (state$q == Bar0State$Command) & (command$q == Command$Invalidate);
        inv_all = wdata$q[inv_all_bit];
        inv_slot = wdata$q[(inv_slot_lsb)+:(12)];
        tu_soft_reset = state$q == Bar0State$ResetCommand;
        reset_hold = (state$q == Bar0State$ResetDrain) | (state$q == Bar0State$ResetCommand) | (state$q == Bar0State$ResetClear) | (state$q == Bar0State$ResetWait);
        clear = state$q == Bar0State$ResetClear;
        s_axil$awready = (state$q == Bar0State$Idle) & ~have_aw$q;
        s_axil$wready = (state$q == Bar0State$Idle) & ~have_w$q;
        s_axil$arready = (state$q == Bar0State$Idle) & ~have_aw$q & ~have_w$q;
        s_axil$bvalid = state$q == Bar0State$WriteResp;
        s_axil$bresp = 32'h0;
        s_axil$rvalid = state$q == Bar0State$ReadResp;
        s_axil$rdata = rdata$q;
        s_axil$rresp = 32'h0;
        case (state$q)
            Bar0State$Idle:
                begin
                    if (s_axil$awvalid & ~have_aw$q) begin
                        have_aw$d = 1'b1;
                        addr$d = s_axil$awaddr;
                    end
                    if (s_axil$wvalid & ~have_w$q) begin
                        have_w$d = 1'b1;
                        wdata$d = s_axil$wdata;
                        whole$d = &s_axil$wstrb;
                    end
                    if (have_aw$q & have_w$q) begin
                        have_aw$d = 1'b0;
                        have_w$d = 1'b0;
                        is_write$d = 1'b1;
                        state$d = Bar0State$Decode;
                    end
                    else if (s_axil$arvalid & ~have_aw$q & ~have_w$q) begin
                        addr$d = s_axil$araddr;
                        is_write$d = 1'b0;
                        state$d = Bar0State$Decode;
                    end
                end
            Bar0State$Decode:
                begin
                    d_is_counter$d = is_counter;
                    d_is_global$d = is_global;
                    d_is_vi$d = is_vi;
                    d_space$d = space;
                    d_vi$d = ((vi) & 8'hff);
                    d_reg$d = ((page_reg) & 12'hfff);
                    d_slot$d = ((slot) & 8'hff);
                    d_dword$d = (((page_reg >> 32'h2) & dword_mask) & 4'hf);
                    state$d = Bar0State$ReadPrep;
                    if (is_write$q) begin
                        state$d = Bar0State$Write;
                    end
                end
            Bar0State$Write:
                begin
                    state$d = Bar0State$WriteResp;
                    if (d_is_global$q & whole$q) begin
                        if (at_q$q[32'h5]) begin
                            control$d = ((wdata$q & control_mask) & 3'h7);
                        end
                        if (at_q$q[32'h6] & wdata$q[reset_bit]) begin
                            state$d = Bar0State$ResetDrain;
                        end
                        if (at_q$q[32'h8]) begin
                            key_select$d = wdata$q[(key_select_lsb)+:(8)];
                        end
                        if (at_q$q[32'h9]) begin
                            key_staging$d = (key_staging$q & ~(word_ones << key_lane)) | (((wdata$q) & 128'hffffffffffffffffffffffffffffffff) << key_lane);
                        end
                        if (at_q$q[32'ha]) begin
                            if (key_in_range) begin
                                command$d = Command$Key;
                                state$d = Bar0State$Command;
                            end
                            else begin
                                key_staging$d = 32'h0;
                            end
                        end
                        if (at_q$q[32'hc]) begin
                            prot_index$d = wdata$q[(prot_index_lsb)+:(12)];
                        end
                        if (at_q$q[32'hd]) begin
                            prot_staging$d = (prot_staging$q & ~(word_ones << word_lane)) | (((wdata$q) & 128'hffffffffffffffffffffffffffffffff) << word_lane);
                        end
                        if (at_q$q[32'he] & prot_in_range) begin
                            prot_read_after$d = wdata$q[prot_read_bit];
                            if (wdata$q[prot_write_bit]) begin
                                command$d = Command$Prot;
                                state$d = Bar0State$Command;
                            end
                            else if (wdata$q[prot_read_bit]) begin
                                state$d = Bar0State$ProtRead;
                            end
                        end
                        if (at_q$q[32'hf]) begin
                            command$d = Command$Invalidate;
                            state$d = Bar0State$Command;
                        end
                        if (at_q$q[32'h10]) begin
                            watchdog_q$d = wdata$q;
                        end
                    end
                end
            Bar0State$Command:
                begin
                    if (tu_cmd_ready) begin
                        state$d = Bar0State$WriteResp;
                        if (command$q == Command$Key) begin
                            key_staging$d = 32'h0;
                            if (key_select$q == 0) begin
                                key_state$0$d = ((key_generation) & 9'h1ff) | key_valid_flag;
                            end
                            if (key_select$q == 1) begin
                                key_state$1$d = ((key_generation) & 9'h1ff) | key_valid_flag;
                            end
                            if (key_select$q == 2) begin
                                key_state$2$d = ((key_generation) & 9'h1ff) | key_valid_flag;
                            end
                            if (key_select$q == 3) begin
                                key_state$3$d = ((key_generation) & 9'h1ff) | key_valid_flag;
                            end
                        end
                        if (command$q == Command$Prot) begin
                            prot_shadow$write_enable = 1'b1;
                            prot_valid$d = (prot_valid$q & ~(1 << (prot_index$q)) | ((1'b1) << (prot_index$q)));
                            if (prot_read_after$q) begin
                                state$d = Bar0State$ProtRead;
                            end
                        end
                    end
                end
            Bar0State$ProtRead:
                begin
                    prot_staging$d = 32'h0;
                    if (prot_valid$q[prot_index$q]) begin
                        prot_staging$d = prot_shadow$read_data;
                    end
                    state$d = Bar0State$WriteResp;
                end
            Bar0State$ReadPrep:
                begin
                    state$d = Bar0State$Read;
                end
            Bar0State$Read:
                begin
                    state$d = Bar0State$ReadResp;
                    rdata$d = 32'h0;
                    if (d_is_global$q) begin
                        rdata$d = global_q$q;
                    end
                    if (d_is_counter$q) begin
                        rdata$d = latch$q;
                        if (~a[32'h2]) begin
                            state$d = Bar0State$ReadCounter;
                        end
                    end
                    if (d_is_vi$q) begin
                        state$d = Bar0State$ReadVi;
                    end
                end
            Bar0State$ReadCounter:
                begin
                    if (cnt_valid) begin
                        rdata$d = ((cnt_value) & 32'hffffffff);
                        latch$d = ((cnt_value >> 32'h20) & 32'hffffffff);
                        state$d = Bar0State$ReadResp;
                    end
                end
            Bar0State$ReadVi:
                begin
                    rdata$d = vi_rdata;
                    state$d = Bar0State$ReadResp;
                end
            Bar0State$ResetDrain:
                begin
                    if (engine_idle) begin
                        state$d = Bar0State$ResetCommand;
                    end
                end
            Bar0State$ResetCommand:
                begin
                    if (tu_cmd_ready) begin
                        state$d = Bar0State$ResetClear;
                    end
                end
            Bar0State$ResetClear:
                begin
                    control$d = control_reset;
                    watchdog_q$d = watchdog_reset;
                    key_select$d = 32'h0;
                    key_staging$d = 32'h0;
                    prot_index$d = 32'h0;
                    prot_staging$d = 32'h0;
                    latch$d = 32'h0;
                    prot_valid$d = 32'h0;
                    key_state$0$d = 32'h0;
                    key_state$1$d = 32'h0;
                    key_state$2$d = 32'h0;
                    key_state$3$d = 32'h0;
                    state$d = Bar0State$ResetWait;
                end
            Bar0State$ResetWait:
                begin
                    if (~clear_busy & tu_cmd_ready) begin
                        state$d = Bar0State$WriteResp;
                    end
                end
            Bar0State$WriteResp:
                begin
                    if (s_axil$bready) begin
                        state$d = Bar0State$Idle;
                    end
                end
            Bar0State$ReadResp:
                begin
                    if (s_axil$rready) begin
                        state$d = Bar0State$Idle;
                    end
                end
            default:
                begin
                    state$d = Bar0State$Idle;
                end
        endcase
    end
    
endmodule // viaduct_engine$bar0


module viaduct_engine$bar0$addr(d,q,clock);
    
    // Module arguments
    input wire  [20:0] d;
    output reg  [20:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 21'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$addr


module viaduct_engine$bar0$at_q(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$at_q


module viaduct_engine$bar0$command(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam Command$None = 0;
    localparam Command$Key = 1;
    localparam Command$Prot = 2;
    localparam Command$Invalidate = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$command


module viaduct_engine$bar0$control(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 3'b110;
    
    // Stub signals
    reg  [2:0] dff$d;
    wire  [2:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    viaduct_engine$bar0$control$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // viaduct_engine$bar0$control


module viaduct_engine$bar0$control$dff(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$control$dff


module viaduct_engine$bar0$d_dword(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$d_dword


module viaduct_engine$bar0$d_is_counter(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$d_is_counter


module viaduct_engine$bar0$d_is_global(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$d_is_global


module viaduct_engine$bar0$d_is_vi(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$d_is_vi


module viaduct_engine$bar0$d_reg(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$d_reg


module viaduct_engine$bar0$d_slot(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$d_slot


module viaduct_engine$bar0$d_space(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$d_space


module viaduct_engine$bar0$d_vi(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$d_vi


module viaduct_engine$bar0$global_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$global_q


module viaduct_engine$bar0$have_aw(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$have_aw


module viaduct_engine$bar0$have_w(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$have_w


module viaduct_engine$bar0$is_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$is_write


module viaduct_engine$bar0$key_select(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$key_select


module viaduct_engine$bar0$key_staging(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$key_staging


module viaduct_engine$bar0$key_state$0(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$key_state$0


module viaduct_engine$bar0$key_state$1(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$key_state$1


module viaduct_engine$bar0$key_state$2(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$key_state$2


module viaduct_engine$bar0$key_state$3(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$key_state$3


module viaduct_engine$bar0$latch(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$latch


module viaduct_engine$bar0$prot_index(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$prot_index


module viaduct_engine$bar0$prot_read_after(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$prot_read_after


module viaduct_engine$bar0$prot_shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [127:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [127:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[127:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$bar0$prot_shadow


module viaduct_engine$bar0$prot_staging(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$prot_staging


module viaduct_engine$bar0$prot_valid(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$prot_valid


module viaduct_engine$bar0$rdata(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$rdata


module viaduct_engine$bar0$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam Bar0State$Idle = 0;
    localparam Bar0State$Decode = 1;
    localparam Bar0State$Write = 2;
    localparam Bar0State$ReadPrep = 3;
    localparam Bar0State$Read = 4;
    localparam Bar0State$ReadVi = 5;
    localparam Bar0State$ReadCounter = 6;
    localparam Bar0State$Command = 7;
    localparam Bar0State$ProtRead = 8;
    localparam Bar0State$ResetDrain = 9;
    localparam Bar0State$ResetCommand = 10;
    localparam Bar0State$ResetClear = 11;
    localparam Bar0State$ResetWait = 12;
    localparam Bar0State$WriteResp = 13;
    localparam Bar0State$ReadResp = 14;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$state


module viaduct_engine$bar0$watchdog_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 32'h10000;
    
    // Stub signals
    reg  [31:0] dff$d;
    wire  [31:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    viaduct_engine$bar0$watchdog_q$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // viaduct_engine$bar0$watchdog_q


module viaduct_engine$bar0$watchdog_q$dff(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$watchdog_q$dff


module viaduct_engine$bar0$wdata(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$wdata


module viaduct_engine$bar0$whole(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$bar0$whole


module viaduct_engine$check(clock,desc,status,failed,opcode,flags,len,tag,src_va,src_shortcut,dst_va,dst_shortcut,storage_offset,inline_data,nop,src_mem,dst_mem,src_inline,src_net,src_storage,dst_net,dst_storage,pipelined);
    
    // Module arguments
    input wire  clock;
    input wire  [511:0] desc;
    output reg  [7:0] status;
    output reg  failed;
    output reg  [7:0] opcode;
    output reg  [7:0] flags;
    output reg  [31:0] len;
    output reg  [63:0] tag;
    output reg  [63:0] src_va;
    output reg  [127:0] src_shortcut;
    output reg  [63:0] dst_va;
    output reg  [127:0] dst_shortcut;
    output reg  [63:0] storage_offset;
    output reg  [191:0] inline_data;
    output reg  nop;
    output reg  src_mem;
    output reg  dst_mem;
    output reg  src_inline;
    output reg  src_net;
    output reg  src_storage;
    output reg  dst_net;
    output reg  dst_storage;
    output reg  pipelined;
    
    // Constant declarations
    localparam  r_src_mem = 8'h0;
    localparam  r_dst_mem = 8'h1;
    localparam  r_src_inline = 8'h2;
    localparam  r_src_net = 8'h3;
    localparam  r_src_storage = 8'h4;
    localparam  r_dst_net = 8'h5;
    localparam  r_dst_storage = 8'h6;
    localparam  r_pipelined = 8'h7;
    localparam  r_offset_in_src = 8'h8;
    localparam  r_nop = 8'h9;
    localparam  code_table = 64'h6050403020100;
    localparam  unused_table = 64'h18c01ce00000fc;
    localparam  role_table = 128'h1120041000a00a1008600830200;
    localparam  opcode_lsb = 16'h0;
    localparam  flags_lsb = 16'h8;
    localparam  reserved_lsb = 16'h10;
    localparam  length_lsb = 16'h20;
    localparam  tag_lsb = 16'h40;
    localparam  src_va_lsb = 16'h80;
    localparam  src_sc_lsb = 16'hc0;
    localparam  dst_va_lsb = 16'h140;
    localparam  dst_sc_lsb = 16'h180;
    localparam  unknown_flags = 8'hfe;
    localparam  inline_max = 32'h18;
    localparam  va_limit = 64'h800000000000;
    localparam  ok = 8'h0;
    localparam  bad_opcode = 8'h1;
    localparam  bad_descriptor = 8'h2;
    localparam  bad_length = 8'h3;
    
    // Stub signals
    reg  [15:0] role_q$d;
    wire  [15:0] role_q$q;
    reg  role_q$clock;
    reg  known_q$d;
    wire  known_q$q;
    reg  known_q$clock;
    reg  reserved_q$d;
    wire  reserved_q$q;
    reg  reserved_q$clock;
    reg  [7:0] nonzero_q$d;
    wire  [7:0] nonzero_q$q;
    reg  nonzero_q$clock;
    reg  [7:0] unused_q$d;
    wire  [7:0] unused_q$q;
    reg  unused_q$clock;
    reg  len_zero_q$d;
    wire  len_zero_q$q;
    reg  len_zero_q$clock;
    reg  inline_long_q$d;
    wire  inline_long_q$q;
    reg  inline_long_q$clock;
    reg  inline_tail_q$d;
    wire  inline_tail_q$q;
    reg  inline_tail_q$clock;
    reg  src_range_q$d;
    wire  src_range_q$q;
    reg  src_range_q$clock;
    reg  dst_range_q$d;
    wire  dst_range_q$q;
    reg  dst_range_q$clock;
    reg  src_wraps_q$d;
    wire  src_wraps_q$q;
    reg  src_wraps_q$clock;
    reg  dst_wraps_q$d;
    wire  dst_wraps_q$q;
    reg  dst_wraps_q$clock;
    
    // Local signals
    reg  [15:0] role;
    reg  known;
    reg  [7:0] unused;
    reg  [7:0] nonzero;
    reg  inline_tail;
    reg  [4:0] byte_at;
    reg  storage_wraps;
    
    // Sub module instances
    viaduct_engine$check$role_q role_q(
        .d(role_q$d),
        .q(role_q$q),
        .clock(role_q$clock)
    );
    viaduct_engine$check$known_q known_q(
        .d(known_q$d),
        .q(known_q$q),
        .clock(known_q$clock)
    );
    viaduct_engine$check$reserved_q reserved_q(
        .d(reserved_q$d),
        .q(reserved_q$q),
        .clock(reserved_q$clock)
    );
    viaduct_engine$check$nonzero_q nonzero_q(
        .d(nonzero_q$d),
        .q(nonzero_q$q),
        .clock(nonzero_q$clock)
    );
    viaduct_engine$check$unused_q unused_q(
        .d(unused_q$d),
        .q(unused_q$q),
        .clock(unused_q$clock)
    );
    viaduct_engine$check$len_zero_q len_zero_q(
        .d(len_zero_q$d),
        .q(len_zero_q$q),
        .clock(len_zero_q$clock)
    );
    viaduct_engine$check$inline_long_q inline_long_q(
        .d(inline_long_q$d),
        .q(inline_long_q$q),
        .clock(inline_long_q$clock)
    );
    viaduct_engine$check$inline_tail_q inline_tail_q(
        .d(inline_tail_q$d),
        .q(inline_tail_q$q),
        .clock(inline_tail_q$clock)
    );
    viaduct_engine$check$src_range_q src_range_q(
        .d(src_range_q$d),
        .q(src_range_q$q),
        .clock(src_range_q$clock)
    );
    viaduct_engine$check$dst_range_q dst_range_q(
        .d(dst_range_q$d),
        .q(dst_range_q$q),
        .clock(dst_range_q$clock)
    );
    viaduct_engine$check$src_wraps_q src_wraps_q(
        .d(src_wraps_q$d),
        .q(src_wraps_q$q),
        .clock(src_wraps_q$clock)
    );
    viaduct_engine$check$dst_wraps_q dst_wraps_q(
        .d(dst_wraps_q$d),
        .q(dst_wraps_q$q),
        .clock(dst_wraps_q$clock)
    );
    
    // Update code
    always @(*) begin
        role_q$clock = clock;
        known_q$clock = clock;
        reserved_q$clock = clock;
        nonzero_q$clock = clock;
        unused_q$clock = clock;
        len_zero_q$clock = clock;
        inline_long_q$clock = clock;
        inline_tail_q$clock = clock;
        src_range_q$clock = clock;
        dst_range_q$clock = clock;
        src_wraps_q$clock = clock;
        dst_wraps_q$clock = clock;
        role_q$d = role_q$q;
        known_q$d = known_q$q;
        reserved_q$d = reserved_q$q;
        nonzero_q$d = nonzero_q$q;
        unused_q$d = unused_q$q;
        len_zero_q$d = len_zero_q$q;
        inline_long_q$d = inline_long_q$q;
        inline_tail_q$d = inline_tail_q$q;
        src_range_q$d = src_range_q$q;
        dst_range_q$d = dst_range_q$q;
        src_wraps_q$d = src_wraps_q$q;
        dst_wraps_q$d = dst_wraps_q$q;
        opcode = desc[(opcode_lsb)+:(8)];
        flags = desc[(flags_lsb)+:(8)];
        len = desc[(length_lsb)+:(32)];
        tag = desc[(tag_lsb)+:(64)];
        src_va = desc[(src_va_lsb)+:(64)];
        src_shortcut = desc[(src_sc_lsb)+:(128)];
        dst_va = desc[(dst_va_lsb)+:(64)];
        dst_shortcut = desc[(dst_sc_lsb)+:(128)];
        inline_data = desc[(src_va_lsb)+:(192)];
        role = 32'h0;
        known = 1'b0;
        unused = 32'h0;
        if (opcode == code_table[(0 * 32'h8)+:(8)]) begin
            known = 1'b1;
            role = role_table[(0 * 32'h10)+:(16)];
            unused = unused_table[(0 * 32'h8)+:(8)];
        end
        if (opcode == code_table[(1 * 32'h8)+:(8)]) begin
            known = 1'b1;
            role = role_table[(1 * 32'h10)+:(16)];
            unused = unused_table[(1 * 32'h8)+:(8)];
        end
        if (opcode == code_table[(2 * 32'h8)+:(8)]) begin
            known = 1'b1;
            role = role_table[(2 * 32'h10)+:(16)];
            unused = unused_table[(2 * 32'h8)+:(8)];
        end
        if (opcode == code_table[(3 * 32'h8)+:(8)]) begin
            known = 1'b1;
            role = role_table[(3 * 32'h10)+:(16)];
            unused = unused_table[(3 * 32'h8)+:(8)];
        end
        if (opcode == code_table[(4 * 32'h8)+:(8)]) begin
            known = 1'b1;
            role = role_table[(4 * 32'h10)+:(16)];
            unused = unused_table[(4 * 32'h8)+:(8)];
        end
        if (opcode == code_table[(5 * 32'h8)+:(8)]) begin
            known = 1'b1;
            role = role_table[(5 * 32'h10)+:(16)];
            unused = unused_table[(5 * 32'h8)+:(8)];
        end
        if (opcode == code_table[(6 * 32'h8)+:(8)]) begin
            known = 1'b1;
            role = role_table[(6 * 32'h10)+:(16)];
            unused = unused_table[(6 * 32'h8)+:(8)];
        end
        role_q$d = role;
        known_q$d = known;
        reserved_q$d = |desc[(reserved_lsb)+:(16)] | |(flags & unknown_flags);
        unused_q$d = unused;
        nonzero = 32'h0;
        nonzero = (nonzero & ~(1 << (0)) | ((|desc[(0 * 32'h40)+:(64)]) << (0)));
        nonzero = (nonzero & ~(1 << (1)) | ((|desc[(1 * 32'h40)+:(64)]) << (1)));
        nonzero = (nonzero & ~(1 << (2)) | ((|desc[(2 * 32'h40)+:(64)]) << (2)));
        nonzero = (nonzero & ~(1 << (3)) | ((|desc[(3 * 32'h40)+:(64)]) << (3)));
        nonzero = (nonzero & ~(1 << (4)) | ((|desc[(4 * 32'h40)+:(64)]) << (4)));
        nonzero = (nonzero & ~(1 << (5)) | ((|desc[(5 * 32'h40)+:(64)]) << (5)));
        nonzero = (nonzero & ~(1 << (6)) | ((|desc[(6 * 32'h40)+:(64)]) << (6)));
        nonzero = (nonzero & ~(1 << (7)) | ((|desc[(7 * 32'h40)+:(64)]) << (7)));
        nonzero_q$d = nonzero;
        len_zero_q$d = ~|len;
        inline_long_q$d = len > inline_max;
        inline_tail = 1'b0;
        byte_at = 32'h0;
        if (|inline_data[(0 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(1 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(2 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(3 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(4 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(5 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(6 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(7 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(8 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(9 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(10 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(11 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(12 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(13 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(14 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(15 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(16 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(17 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(18 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(19 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(20 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(21 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(22 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        if (|inline_data[(23 * 32'h8)+:(8)] & (len[(32'h0)+:(5)] <= byte_at)) begin
            inline_tail = 1'b1;
        end
        byte_at = byte_at + 32'h1;
        inline_tail_q$d = inline_tail & ~|len[(32'h5)+:(27)];
        src_range_q$d = (src_va >= va_limit) | ((src_va + ((len) & 64'hffffffffffffffff)) > va_limit);
        dst_range_q$d = (dst_va >= va_limit) | ((dst_va + ((len) & 64'hffffffffffffffff)) > va_limit);
        src_wraps_q$d = (src_va + ((len) & 64'hffffffffffffffff)) < src_va;
        dst_wraps_q$d = (dst_va + ((len) & 64'hffffffffffffffff)) < dst_va;
        nop = role_q$q[r_nop];
        src_mem = role_q$q[r_src_mem];
        dst_mem = role_q$q[r_dst_mem];
        src_inline = role_q$q[r_src_inline];
        src_net = role_q$q[r_src_net];
        src_storage = role_q$q[r_src_storage];
        dst_net = role_q$q[r_dst_net];
        dst_storage = role_q$q[r_dst_storage];
        pipelined = role_q$q[r_pipelined];
        storage_offset = dst_va;
        storage_wraps = dst_wraps_q$q;
        if (role_q$q[r_offset_in_src]) begin
            storage_offset = src_va;
            storage_wraps = src_wraps_q$q;
        end
        failed = ~known_q$q | reserved_q$q | |(nonzero_q$q & unused_q$q) | (nop & ~len_zero_q$q) | (~nop & ((src_inline & (inline_long_q$q | inline_tail_q$q)) | len_zero_q$q | (src_mem & src_range_q$q) | (dst_mem & dst_range_q$q) | ((src_storage | dst_storage) & storage_wraps)));
        status = ok;
        if (~known_q$q) begin
            status = bad_opcode;
        end
        else if (reserved_q$q | |(nonzero_q$q & unused_q$q)) begin
            status = bad_descriptor;
        end
        else if (nop) begin
            if (~len_zero_q$q) begin
                status = bad_length;
            end
        end
        else if (src_inline & (inline_long_q$q | inline_tail_q$q)) begin
            status = bad_descriptor;
        end
        else if (len_zero_q$q | (src_mem & src_range_q$q) | (dst_mem & dst_range_q$q) | ((src_storage | dst_storage) & storage_wraps)) begin
            status = bad_length;
        end
    end
    
endmodule // viaduct_engine$check


module viaduct_engine$check$dst_range_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$dst_range_q


module viaduct_engine$check$dst_wraps_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$dst_wraps_q


module viaduct_engine$check$inline_long_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$inline_long_q


module viaduct_engine$check$inline_tail_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$inline_tail_q


module viaduct_engine$check$known_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$known_q


module viaduct_engine$check$len_zero_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$len_zero_q


module viaduct_engine$check$nonzero_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$nonzero_q


module viaduct_engine$check$reserved_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$reserved_q


module viaduct_engine$check$role_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$role_q


module viaduct_engine$check$src_range_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$src_range_q


module viaduct_engine$check$src_wraps_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$src_wraps_q


module viaduct_engine$check$unused_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$check$unused_q


module viaduct_engine$completer(clock,push,push_ready,push_vi,push_addr,push_entry,push_irq,m_axi$awvalid,m_axi$awready,m_axi$awid,m_axi$awaddr,m_axi$awlen,m_axi$awsize,m_axi$awburst,m_axi$wvalid,m_axi$wready,m_axi$wdata,m_axi$wstrb,m_axi$wlast,m_axi$bvalid,m_axi$bready,m_axi$bid,m_axi$bresp,watchdog,cq_error,irq_event,event_vi,idle);
    
    // Module arguments
    input wire  clock;
    input wire  push;
    output reg  push_ready;
    input wire  [7:0] push_vi;
    input wire  [63:0] push_addr;
    input wire  [255:0] push_entry;
    input wire  push_irq;
    output reg  m_axi$awvalid;
    input wire  m_axi$awready;
    output reg  [4:0] m_axi$awid;
    output reg  [63:0] m_axi$awaddr;
    output reg  [7:0] m_axi$awlen;
    output reg  [2:0] m_axi$awsize;
    output reg  [1:0] m_axi$awburst;
    output reg  m_axi$wvalid;
    input wire  m_axi$wready;
    output reg  [63:0] m_axi$wdata;
    output reg  [7:0] m_axi$wstrb;
    output reg  m_axi$wlast;
    input wire  m_axi$bvalid;
    output reg  m_axi$bready;
    input wire  [4:0] m_axi$bid;
    input wire  [1:0] m_axi$bresp;
    input wire  [31:0] watchdog;
    output reg  cq_error;
    output reg  irq_event;
    output reg  [7:0] event_vi;
    output reg  idle;
    
    // Constant declarations
    localparam  last_beat = 8'h3;
    localparam  lane_mask = 64'h0;
    localparam  entry_ones = 128'hffffffff;
    localparam  data_shift = 8'h6;
    localparam  depth = 3'b100;
    localparam  size = 3'b11;
    localparam  incr = 2'b1;
    localparam  slresp = 2'b10;
    localparam  epoch_bit = 8'h4;
    
    // Stub signals
    reg  [7:0] q_vi$0$d;
    wire  [7:0] q_vi$0$q;
    reg  q_vi$0$clock;
    reg  [7:0] q_vi$1$d;
    wire  [7:0] q_vi$1$q;
    reg  q_vi$1$clock;
    reg  [7:0] q_vi$2$d;
    wire  [7:0] q_vi$2$q;
    reg  q_vi$2$clock;
    reg  [7:0] q_vi$3$d;
    wire  [7:0] q_vi$3$q;
    reg  q_vi$3$clock;
    reg  [63:0] q_addr$0$d;
    wire  [63:0] q_addr$0$q;
    reg  q_addr$0$clock;
    reg  [63:0] q_addr$1$d;
    wire  [63:0] q_addr$1$q;
    reg  q_addr$1$clock;
    reg  [63:0] q_addr$2$d;
    wire  [63:0] q_addr$2$q;
    reg  q_addr$2$clock;
    reg  [63:0] q_addr$3$d;
    wire  [63:0] q_addr$3$q;
    reg  q_addr$3$clock;
    reg  [255:0] q_entry$0$d;
    wire  [255:0] q_entry$0$q;
    reg  q_entry$0$clock;
    reg  [255:0] q_entry$1$d;
    wire  [255:0] q_entry$1$q;
    reg  q_entry$1$clock;
    reg  [255:0] q_entry$2$d;
    wire  [255:0] q_entry$2$q;
    reg  q_entry$2$clock;
    reg  [255:0] q_entry$3$d;
    wire  [255:0] q_entry$3$q;
    reg  q_entry$3$clock;
    reg  [3:0] q_irq$d;
    wire  [3:0] q_irq$q;
    reg  q_irq$clock;
    reg  [3:0] done$d;
    wire  [3:0] done$q;
    reg  done$clock;
    reg  [3:0] err$d;
    wire  [3:0] err$q;
    reg  err$clock;
    reg  [2:0] wr$d;
    wire  [2:0] wr$q;
    reg  wr$clock;
    reg  [2:0] iss$d;
    wire  [2:0] iss$q;
    reg  iss$clock;
    reg  [2:0] ret$d;
    wire  [2:0] ret$q;
    reg  ret$clock;
    reg  aw_sent$d;
    wire  aw_sent$q;
    reg  aw_sent$clock;
    reg  [7:0] beat$d;
    wire  [7:0] beat$q;
    reg  beat$clock;
    reg  epoch$d;
    wire  epoch$q;
    reg  epoch$clock;
    reg  wd$clock;
    reg  [31:0] wd$limit;
    reg  wd$count;
    reg  wd$restart;
    reg  wd$after_progress;
    wire  wd$expired;
    
    // Local signals
    reg  [1:0] iss_slot;
    reg  [1:0] ret_slot;
    reg  [1:0] wr_slot;
    reg  [63:0] cur_addr;
    reg  [255:0] cur_entry;
    reg  [7:0] head_vi;
    reg  [63:0] lane;
    reg  [1023:0] placed;
    reg  [127:0] strobes;
    reg  b_ok;
    reg  [1:0] b_slot;
    reg  [3:0] done_n;
    reg  [3:0] err_n;
    reg  issuing;
    reg  can_push;
    
    // Sub module instances
    viaduct_engine$completer$q_vi$0 q_vi$0(
        .d(q_vi$0$d),
        .q(q_vi$0$q),
        .clock(q_vi$0$clock)
    );
    viaduct_engine$completer$q_vi$1 q_vi$1(
        .d(q_vi$1$d),
        .q(q_vi$1$q),
        .clock(q_vi$1$clock)
    );
    viaduct_engine$completer$q_vi$2 q_vi$2(
        .d(q_vi$2$d),
        .q(q_vi$2$q),
        .clock(q_vi$2$clock)
    );
    viaduct_engine$completer$q_vi$3 q_vi$3(
        .d(q_vi$3$d),
        .q(q_vi$3$q),
        .clock(q_vi$3$clock)
    );
    viaduct_engine$completer$q_addr$0 q_addr$0(
        .d(q_addr$0$d),
        .q(q_addr$0$q),
        .clock(q_addr$0$clock)
    );
    viaduct_engine$completer$q_addr$1 q_addr$1(
        .d(q_addr$1$d),
        .q(q_addr$1$q),
        .clock(q_addr$1$clock)
    );
    viaduct_engine$completer$q_addr$2 q_addr$2(
        .d(q_addr$2$d),
        .q(q_addr$2$q),
        .clock(q_addr$2$clock)
    );
    viaduct_engine$completer$q_addr$3 q_addr$3(
        .d(q_addr$3$d),
        .q(q_addr$3$q),
        .clock(q_addr$3$clock)
    );
    viaduct_engine$completer$q_entry$0 q_entry$0(
        .d(q_entry$0$d),
        .q(q_entry$0$q),
        .clock(q_entry$0$clock)
    );
    viaduct_engine$completer$q_entry$1 q_entry$1(
        .d(q_entry$1$d),
        .q(q_entry$1$q),
        .clock(q_entry$1$clock)
    );
    viaduct_engine$completer$q_entry$2 q_entry$2(
        .d(q_entry$2$d),
        .q(q_entry$2$q),
        .clock(q_entry$2$clock)
    );
    viaduct_engine$completer$q_entry$3 q_entry$3(
        .d(q_entry$3$d),
        .q(q_entry$3$q),
        .clock(q_entry$3$clock)
    );
    viaduct_engine$completer$q_irq q_irq(
        .d(q_irq$d),
        .q(q_irq$q),
        .clock(q_irq$clock)
    );
    viaduct_engine$completer$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    viaduct_engine$completer$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    viaduct_engine$completer$wr wr(
        .d(wr$d),
        .q(wr$q),
        .clock(wr$clock)
    );
    viaduct_engine$completer$iss iss(
        .d(iss$d),
        .q(iss$q),
        .clock(iss$clock)
    );
    viaduct_engine$completer$ret ret(
        .d(ret$d),
        .q(ret$q),
        .clock(ret$clock)
    );
    viaduct_engine$completer$aw_sent aw_sent(
        .d(aw_sent$d),
        .q(aw_sent$q),
        .clock(aw_sent$clock)
    );
    viaduct_engine$completer$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    viaduct_engine$completer$epoch epoch(
        .d(epoch$d),
        .q(epoch$q),
        .clock(epoch$clock)
    );
    viaduct_engine$completer$wd wd(
        .clock(wd$clock),
        .limit(wd$limit),
        .count(wd$count),
        .restart(wd$restart),
        .after_progress(wd$after_progress),
        .expired(wd$expired)
    );
    
    // Update code
    always @(*) begin
        q_irq$clock = clock;
        done$clock = clock;
        err$clock = clock;
        wr$clock = clock;
        iss$clock = clock;
        ret$clock = clock;
        aw_sent$clock = clock;
        beat$clock = clock;
        epoch$clock = clock;
        q_irq$d = q_irq$q;
        done$d = done$q;
        err$d = err$q;
        wr$d = wr$q;
        iss$d = iss$q;
        ret$d = ret$q;
        aw_sent$d = aw_sent$q;
        beat$d = beat$q;
        epoch$d = epoch$q;
        wr_slot = ((wr$q) & 2'h3);
        iss_slot = ((iss$q) & 2'h3);
        ret_slot = ((ret$q) & 2'h3);
        push_ready = (wr$q - ret$q) != depth;
        can_push = (wr$q - ret$q) != depth;
        cur_addr = 32'h0;
        cur_entry = 32'h0;
        head_vi = 32'h0;
        q_vi$0$clock = clock;
        q_addr$0$clock = clock;
        q_entry$0$clock = clock;
        q_vi$0$d = q_vi$0$q;
        q_addr$0$d = q_addr$0$q;
        q_entry$0$d = q_entry$0$q;
        if (push & can_push & (wr_slot == 0)) begin
            q_vi$0$d = push_vi;
            q_addr$0$d = push_addr;
            q_entry$0$d = push_entry;
        end
        if (iss_slot == 0) begin
            cur_addr = q_addr$0$q;
            cur_entry = q_entry$0$q;
        end
        if (ret_slot == 0) begin
            head_vi = q_vi$0$q;
        end
        q_vi$1$clock = clock;
        q_addr$1$clock = clock;
        q_entry$1$clock = clock;
        q_vi$1$d = q_vi$1$q;
        q_addr$1$d = q_addr$1$q;
        q_entry$1$d = q_entry$1$q;
        if (push & can_push & (wr_slot == 1)) begin
            q_vi$1$d = push_vi;
            q_addr$1$d = push_addr;
            q_entry$1$d = push_entry;
        end
        if (iss_slot == 1) begin
            cur_addr = q_addr$1$q;
            cur_entry = q_entry$1$q;
        end
        if (ret_slot == 1) begin
            head_vi = q_vi$1$q;
        end
        q_vi$2$clock = clock;
        q_addr$2$clock = clock;
        q_entry$2$clock = clock;
        q_vi$2$d = q_vi$2$q;
        q_addr$2$d = q_addr$2$q;
        q_entry$2$d = q_entry$2$q;
        if (push & can_push & (wr_slot == 2)) begin
            q_vi$2$d = push_vi;
            q_addr$2$d = push_addr;
            q_entry$2$d = push_entry;
        end
        if (iss_slot == 2) begin
            cur_addr = q_addr$2$q;
            cur_entry = q_entry$2$q;
        end
        if (ret_slot == 2) begin
            head_vi = q_vi$2$q;
        end
        q_vi$3$clock = clock;
        q_addr$3$clock = clock;
        q_entry$3$clock = clock;
        q_vi$3$d = q_vi$3$q;
        q_addr$3$d = q_addr$3$q;
        q_entry$3$d = q_entry$3$q;
        if (push & can_push & (wr_slot == 3)) begin
            q_vi$3$d = push_vi;
            q_addr$3$d = push_addr;
            q_entry$3$d = push_entry;
        end
        if (iss_slot == 3) begin
            cur_addr = q_addr$3$q;
            cur_entry = q_entry$3$q;
        end
        if (ret_slot == 3) begin
            head_vi = q_vi$3$q;
        end
        done_n = done$q;
        err_n = err$q;
        if (push & can_push) begin
            wr$d = wr$q + 32'h1;
            q_irq$d = (q_irq$q & ~(1 << (wr_slot)) | ((push_irq) << (wr_slot)));
            done_n = (done_n & ~(1 << (wr_slot)) | ((1'b0) << (wr_slot)));
            err_n = (err_n & ~(1 << (wr_slot)) | ((1'b0) << (wr_slot)));
        end
        issuing = iss$q != wr$q;
        lane = cur_addr & lane_mask;
        placed = (((cur_entry) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << (lane << 32'h3)) >> (((beat$q) & 16'hffff) << data_shift);
        strobes = (entry_ones << lane) >> (((beat$q) & 16'hffff) << size);
        m_axi$awvalid = (iss$q != wr$q) & ~aw_sent$q;
        m_axi$awaddr = cur_addr;
        m_axi$awlen = last_beat;
        m_axi$awsize = size;
        m_axi$awburst = incr;
        m_axi$awid = ((iss_slot) & 5'h1f) | (((epoch$q) & 5'h1f) << 32'h4);
        if (issuing & ~aw_sent$q & m_axi$awready) begin
            aw_sent$d = 1'b1;
        end
        m_axi$wvalid = (iss$q != wr$q) & aw_sent$q;
        m_axi$wdata = ((placed) & 64'hffffffffffffffff);
        m_axi$wstrb = ((strobes) & 8'hff);
        m_axi$wlast = beat$q == last_beat;
        if (issuing & aw_sent$q & m_axi$wready) begin
            beat$d = beat$q + 32'h1;
            if (beat$q == last_beat) begin
                beat$d = 32'h0;
                aw_sent$d = 1'b0;
                iss$d = iss$q + 32'h1;
            end
        end
        m_axi$bready = 1'b1;
        b_slot = ((m_axi$bid) & 2'h3);
        b_ok = m_axi$bvalid & (m_axi$bid[epoch_bit] == epoch$q);
        if (b_ok) begin
            done_n = (done_n & ~(1 << (b_slot)) | ((1'b1) << (b_slot)));
            err_n = (err_n & ~(1 << (b_slot)) | ((m_axi$bresp >= slresp) << (b_slot)));
        end
        cq_error = (ret$q != iss$q) & done$q[((ret$q) & 2'h3)] & err$q[((ret$q) & 2'h3)];
        irq_event = (ret$q != iss$q) & done$q[((ret$q) & 2'h3)] & q_irq$q[((ret$q) & 2'h3)];
        event_vi = head_vi;
        if ((ret$q != iss$q) & done$q[ret_slot]) begin
            ret$d = ret$q + 32'h1;
        end
        wd$clock = clock;
        wd$limit = watchdog;
        wd$after_progress = 1'b0;
        wd$count = 1'b1;
        wd$restart = b_ok | (ret$q == iss$q) | wd$expired;
        if (wd$expired) begin
            epoch$d = ~epoch$q;
            done_n = (done_n & ~(1 << (ret_slot)) | ((1'b1) << (ret_slot)));
            err_n = (err_n & ~(1 << (ret_slot)) | ((1'b1) << (ret_slot)));
        end
        done$d = done_n;
        err$d = err_n;
        idle = wr$q == ret$q;
    end
    
endmodule // viaduct_engine$completer


module viaduct_engine$completer$aw_sent(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$aw_sent


module viaduct_engine$completer$beat(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$beat


module viaduct_engine$completer$done(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$done


module viaduct_engine$completer$epoch(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$epoch


module viaduct_engine$completer$err(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$err


module viaduct_engine$completer$iss(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$iss


module viaduct_engine$completer$q_addr$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_addr$0


module viaduct_engine$completer$q_addr$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_addr$1


module viaduct_engine$completer$q_addr$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_addr$2


module viaduct_engine$completer$q_addr$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_addr$3


module viaduct_engine$completer$q_entry$0(d,q,clock);
    
    // Module arguments
    input wire  [255:0] d;
    output reg  [255:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 256'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_entry$0


module viaduct_engine$completer$q_entry$1(d,q,clock);
    
    // Module arguments
    input wire  [255:0] d;
    output reg  [255:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 256'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_entry$1


module viaduct_engine$completer$q_entry$2(d,q,clock);
    
    // Module arguments
    input wire  [255:0] d;
    output reg  [255:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 256'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_entry$2


module viaduct_engine$completer$q_entry$3(d,q,clock);
    
    // Module arguments
    input wire  [255:0] d;
    output reg  [255:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 256'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_entry$3


module viaduct_engine$completer$q_irq(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_irq


module viaduct_engine$completer$q_vi$0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_vi$0


module viaduct_engine$completer$q_vi$1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_vi$1


module viaduct_engine$completer$q_vi$2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_vi$2


module viaduct_engine$completer$q_vi$3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$q_vi$3


module viaduct_engine$completer$ret(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$ret


module viaduct_engine$completer$wd(clock,limit,count,restart,after_progress,expired);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] limit;
    input wire  count;
    input wire  restart;
    input wire  after_progress;
    output reg  expired;
    
    // Stub signals
    reg  [31:0] cycles$d;
    wire  [31:0] cycles$q;
    reg  cycles$clock;
    reg  reached$d;
    wire  reached$q;
    reg  reached$clock;
    reg  limit_zero$d;
    wire  limit_zero$q;
    reg  limit_zero$clock;
    
    // Sub module instances
    viaduct_engine$completer$wd$cycles cycles(
        .d(cycles$d),
        .q(cycles$q),
        .clock(cycles$clock)
    );
    viaduct_engine$completer$wd$reached reached(
        .d(reached$d),
        .q(reached$q),
        .clock(reached$clock)
    );
    viaduct_engine$completer$wd$limit_zero limit_zero(
        .d(limit_zero$d),
        .q(limit_zero$q),
        .clock(limit_zero$clock)
    );
    
    // Update code
    always @(*) begin
        cycles$clock = clock;
        reached$clock = clock;
        limit_zero$clock = clock;
        cycles$d = cycles$q;
        reached$d = reached$q;
        limit_zero$d = limit_zero$q;
        limit_zero$d = limit == 32'h0;
        expired = reached$q;
        reached$d = cycles$q >= limit;
        if (after_progress) begin
            expired = limit_zero$q;
            cycles$d = 32'h0;
            reached$d = limit == 32'h0;
        end
        if (count) begin
            cycles$d = cycles$q + 32'h1;
            reached$d = (((cycles$q) & 33'h1ffffffff) + 32'h1) >= ((limit) & 33'h1ffffffff);
            if (after_progress) begin
                cycles$d = 32'h1;
                reached$d = limit < 32'h2;
            end
        end
        if (restart) begin
            cycles$d = 32'h0;
            reached$d = limit == 32'h0;
        end
    end
    
endmodule // viaduct_engine$completer$wd


module viaduct_engine$completer$wd$cycles(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$wd$cycles


module viaduct_engine$completer$wd$limit_zero(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$wd$limit_zero


module viaduct_engine$completer$wd$reached(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$wd$reached


module viaduct_engine$completer$wr(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$completer$wr


module viaduct_engine$counters(clock,clear,completions,failures,doorbells,doorbells_ignored,queue_overflows,interrupts,frames_sent,frames_received,storage_commands,key_commits,invalidations,bytes_add,error,error_status,table_reads,iotlb_hits,iotlb_misses,line_hits,read_request,read_index,read_valid,read_value);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  completions;
    input wire  failures;
    input wire  doorbells;
    input wire  doorbells_ignored;
    input wire  queue_overflows;
    input wire  interrupts;
    input wire  frames_sent;
    input wire  frames_received;
    input wire  storage_commands;
    input wire  key_commits;
    input wire  invalidations;
    input wire  [31:0] bytes_add;
    input wire  error;
    input wire  [7:0] error_status;
    input wire  [63:0] table_reads;
    input wire  [63:0] iotlb_hits;
    input wire  [63:0] iotlb_misses;
    input wire  [63:0] line_hits;
    input wire  read_request;
    input wire  [7:0] read_index;
    output reg  read_valid;
    output reg  [63:0] read_value;
    
    // Constant declarations
    localparam  codes = 200'h60515042414033323130252423222120151413121110030201;
    localparam  error_base = 8'h10;
    localparam  count = 8'h29;
    localparam  last_entry = 6'b101000;
    localparam  i_completions = 8'h0;
    localparam  i_failures = 8'h1;
    localparam  i_bytes = 8'h2;
    localparam  i_doorbells = 8'h3;
    localparam  i_doorbells_ignored = 8'h4;
    localparam  i_queue_overflows = 8'h5;
    localparam  i_table_reads = 8'h6;
    localparam  i_iotlb_hits = 8'h7;
    localparam  i_iotlb_misses = 8'h8;
    localparam  i_line_hits = 8'h9;
    localparam  i_interrupts = 8'ha;
    localparam  i_frames_sent = 8'hb;
    localparam  i_frames_received = 8'hc;
    localparam  i_storage_commands = 8'hd;
    localparam  i_key_commits = 8'he;
    localparam  i_invalidations = 8'hf;
    
    // Stub signals
    reg  [63:0] events_q$d;
    wire  [63:0] events_q$q;
    reg  events_q$clock;
    reg  [31:0] bytes_q$d;
    wire  [31:0] bytes_q$q;
    reg  bytes_q$clock;
    reg  clear_q$d;
    wire  clear_q$q;
    reg  clear_q$clock;
    reg  [63:0] c_bytes$d;
    wire  [63:0] c_bytes$q;
    reg  c_bytes$clock;
    reg  ram$clock;
    reg  ram$write_enable;
    reg  [5:0] ram$write_address;
    reg  [63:0] ram$write_data;
    reg  [5:0] ram$read_address;
    wire  [63:0] ram$read_data;
    reg  [5:0] pending$0$d;
    wire  [5:0] pending$0$q;
    reg  pending$0$clock;
    reg  [5:0] pending$1$d;
    wire  [5:0] pending$1$q;
    reg  pending$1$clock;
    reg  [5:0] pending$2$d;
    wire  [5:0] pending$2$q;
    reg  pending$2$clock;
    reg  [5:0] pending$3$d;
    wire  [5:0] pending$3$q;
    reg  pending$3$clock;
    reg  [5:0] pending$4$d;
    wire  [5:0] pending$4$q;
    reg  pending$4$clock;
    reg  [5:0] pending$5$d;
    wire  [5:0] pending$5$q;
    reg  pending$5$clock;
    reg  [5:0] pending$6$d;
    wire  [5:0] pending$6$q;
    reg  pending$6$clock;
    reg  [5:0] pending$7$d;
    wire  [5:0] pending$7$q;
    reg  pending$7$clock;
    reg  [5:0] pending$8$d;
    wire  [5:0] pending$8$q;
    reg  pending$8$clock;
    reg  [5:0] pending$9$d;
    wire  [5:0] pending$9$q;
    reg  pending$9$clock;
    reg  [5:0] pending$10$d;
    wire  [5:0] pending$10$q;
    reg  pending$10$clock;
    reg  [5:0] pending$11$d;
    wire  [5:0] pending$11$q;
    reg  pending$11$clock;
    reg  [5:0] pending$12$d;
    wire  [5:0] pending$12$q;
    reg  pending$12$clock;
    reg  [5:0] pending$13$d;
    wire  [5:0] pending$13$q;
    reg  pending$13$clock;
    reg  [5:0] pending$14$d;
    wire  [5:0] pending$14$q;
    reg  pending$14$clock;
    reg  [5:0] pending$15$d;
    wire  [5:0] pending$15$q;
    reg  pending$15$clock;
    reg  [5:0] pending$16$d;
    wire  [5:0] pending$16$q;
    reg  pending$16$clock;
    reg  [5:0] pending$17$d;
    wire  [5:0] pending$17$q;
    reg  pending$17$clock;
    reg  [5:0] pending$18$d;
    wire  [5:0] pending$18$q;
    reg  pending$18$clock;
    reg  [5:0] pending$19$d;
    wire  [5:0] pending$19$q;
    reg  pending$19$clock;
    reg  [5:0] pending$20$d;
    wire  [5:0] pending$20$q;
    reg  pending$20$clock;
    reg  [5:0] pending$21$d;
    wire  [5:0] pending$21$q;
    reg  pending$21$clock;
    reg  [5:0] pending$22$d;
    wire  [5:0] pending$22$q;
    reg  pending$22$clock;
    reg  [5:0] pending$23$d;
    wire  [5:0] pending$23$q;
    reg  pending$23$clock;
    reg  [5:0] pending$24$d;
    wire  [5:0] pending$24$q;
    reg  pending$24$clock;
    reg  [5:0] pending$25$d;
    wire  [5:0] pending$25$q;
    reg  pending$25$clock;
    reg  [5:0] pending$26$d;
    wire  [5:0] pending$26$q;
    reg  pending$26$clock;
    reg  [5:0] pending$27$d;
    wire  [5:0] pending$27$q;
    reg  pending$27$clock;
    reg  [5:0] pending$28$d;
    wire  [5:0] pending$28$q;
    reg  pending$28$clock;
    reg  [5:0] pending$29$d;
    wire  [5:0] pending$29$q;
    reg  pending$29$clock;
    reg  [5:0] pending$30$d;
    wire  [5:0] pending$30$q;
    reg  pending$30$clock;
    reg  [5:0] pending$31$d;
    wire  [5:0] pending$31$q;
    reg  pending$31$clock;
    reg  [5:0] pending$32$d;
    wire  [5:0] pending$32$q;
    reg  pending$32$clock;
    reg  [5:0] pending$33$d;
    wire  [5:0] pending$33$q;
    reg  pending$33$clock;
    reg  [5:0] pending$34$d;
    wire  [5:0] pending$34$q;
    reg  pending$34$clock;
    reg  [5:0] pending$35$d;
    wire  [5:0] pending$35$q;
    reg  pending$35$clock;
    reg  [5:0] pending$36$d;
    wire  [5:0] pending$36$q;
    reg  pending$36$clock;
    reg  [5:0] pending$37$d;
    wire  [5:0] pending$37$q;
    reg  pending$37$clock;
    reg  [5:0] pending$38$d;
    wire  [5:0] pending$38$q;
    reg  pending$38$clock;
    reg  [5:0] pending$39$d;
    wire  [5:0] pending$39$q;
    reg  pending$39$clock;
    reg  [5:0] pending$40$d;
    wire  [5:0] pending$40$q;
    reg  pending$40$clock;
    reg  [63:0] valid$d;
    wire  [63:0] valid$q;
    reg  valid$clock;
    reg  [5:0] walk$d;
    wire  [5:0] walk$q;
    reg  walk$clock;
    reg  [5:0] adding$d;
    wire  [5:0] adding$q;
    reg  adding$clock;
    reg  [5:0] adding_pending$d;
    wire  [5:0] adding_pending$q;
    reg  adding_pending$clock;
    reg  adding_valid$d;
    wire  adding_valid$q;
    reg  adding_valid$clock;
    reg  reading$d;
    wire  reading$q;
    reg  reading$clock;
    reg  [7:0] index$d;
    wire  [7:0] index$q;
    reg  index$clock;
    reg  direct$d;
    wire  direct$q;
    reg  direct$clock;
    reg  answer_valid$d;
    wire  answer_valid$q;
    reg  answer_valid$clock;
    reg  [63:0] answer$d;
    wire  [63:0] answer$q;
    reg  answer$clock;
    
    // Local signals
    reg  answer_now;
    reg  [63:0] answer_value;
    reg  [63:0] events;
    reg  [24:0] error_events;
    reg  [63:0] walk_base;
    reg  [63:0] walk_count;
    reg  [7:0] ix;
    
    // Sub module instances
    viaduct_engine$counters$events_q events_q(
        .d(events_q$d),
        .q(events_q$q),
        .clock(events_q$clock)
    );
    viaduct_engine$counters$bytes_q bytes_q(
        .d(bytes_q$d),
        .q(bytes_q$q),
        .clock(bytes_q$clock)
    );
    viaduct_engine$counters$clear_q clear_q(
        .d(clear_q$d),
        .q(clear_q$q),
        .clock(clear_q$clock)
    );
    viaduct_engine$counters$c_bytes c_bytes(
        .d(c_bytes$d),
        .q(c_bytes$q),
        .clock(c_bytes$clock)
    );
    viaduct_engine$counters$ram ram(
        .clock(ram$clock),
        .write_enable(ram$write_enable),
        .write_address(ram$write_address),
        .write_data(ram$write_data),
        .read_address(ram$read_address),
        .read_data(ram$read_data)
    );
    viaduct_engine$counters$pending$0 pending$0(
        .d(pending$0$d),
        .q(pending$0$q),
        .clock(pending$0$clock)
    );
    viaduct_engine$counters$pending$1 pending$1(
        .d(pending$1$d),
        .q(pending$1$q),
        .clock(pending$1$clock)
    );
    viaduct_engine$counters$pending$2 pending$2(
        .d(pending$2$d),
        .q(pending$2$q),
        .clock(pending$2$clock)
    );
    viaduct_engine$counters$pending$3 pending$3(
        .d(pending$3$d),
        .q(pending$3$q),
        .clock(pending$3$clock)
    );
    viaduct_engine$counters$pending$4 pending$4(
        .d(pending$4$d),
        .q(pending$4$q),
        .clock(pending$4$clock)
    );
    viaduct_engine$counters$pending$5 pending$5(
        .d(pending$5$d),
        .q(pending$5$q),
        .clock(pending$5$clock)
    );
    viaduct_engine$counters$pending$6 pending$6(
        .d(pending$6$d),
        .q(pending$6$q),
        .clock(pending$6$clock)
    );
    viaduct_engine$counters$pending$7 pending$7(
        .d(pending$7$d),
        .q(pending$7$q),
        .clock(pending$7$clock)
    );
    viaduct_engine$counters$pending$8 pending$8(
        .d(pending$8$d),
        .q(pending$8$q),
        .clock(pending$8$clock)
    );
    viaduct_engine$counters$pending$9 pending$9(
        .d(pending$9$d),
        .q(pending$9$q),
        .clock(pending$9$clock)
    );
    viaduct_engine$counters$pending$10 pending$10(
        .d(pending$10$d),
        .q(pending$10$q),
        .clock(pending$10$clock)
    );
    viaduct_engine$counters$pending$11 pending$11(
        .d(pending$11$d),
        .q(pending$11$q),
        .clock(pending$11$clock)
    );
    viaduct_engine$counters$pending$12 pending$12(
        .d(pending$12$d),
        .q(pending$12$q),
        .clock(pending$12$clock)
    );
    viaduct_engine$counters$pending$13 pending$13(
        .d(pending$13$d),
        .q(pending$13$q),
        .clock(pending$13$clock)
    );
    viaduct_engine$counters$pending$14 pending$14(
        .d(pending$14$d),
        .q(pending$14$q),
        .clock(pending$14$clock)
    );
    viaduct_engine$counters$pending$15 pending$15(
        .d(pending$15$d),
        .q(pending$15$q),
        .clock(pending$15$clock)
    );
    viaduct_engine$counters$pending$16 pending$16(
        .d(pending$16$d),
        .q(pending$16$q),
        .clock(pending$16$clock)
    );
    viaduct_engine$counters$pending$17 pending$17(
        .d(pending$17$d),
        .q(pending$17$q),
        .clock(pending$17$clock)
    );
    viaduct_engine$counters$pending$18 pending$18(
        .d(pending$18$d),
        .q(pending$18$q),
        .clock(pending$18$clock)
    );
    viaduct_engine$counters$pending$19 pending$19(
        .d(pending$19$d),
        .q(pending$19$q),
        .clock(pending$19$clock)
    );
    viaduct_engine$counters$pending$20 pending$20(
        .d(pending$20$d),
        .q(pending$20$q),
        .clock(pending$20$clock)
    );
    viaduct_engine$counters$pending$21 pending$21(
        .d(pending$21$d),
        .q(pending$21$q),
        .clock(pending$21$clock)
    );
    viaduct_engine$counters$pending$22 pending$22(
        .d(pending$22$d),
        .q(pending$22$q),
        .clock(pending$22$clock)
    );
    viaduct_engine$counters$pending$23 pending$23(
        .d(pending$23$d),
        .q(pending$23$q),
        .clock(pending$23$clock)
    );
    viaduct_engine$counters$pending$24 pending$24(
        .d(pending$24$d),
        .q(pending$24$q),
        .clock(pending$24$clock)
    );
    viaduct_engine$counters$pending$25 pending$25(
        .d(pending$25$d),
        .q(pending$25$q),
        .clock(pending$25$clock)
    );
    viaduct_engine$counters$pending$26 pending$26(
        .d(pending$26$d),
        .q(pending$26$q),
        .clock(pending$26$clock)
    );
    viaduct_engine$counters$pending$27 pending$27(
        .d(pending$27$d),
        .q(pending$27$q),
        .clock(pending$27$clock)
    );
    viaduct_engine$counters$pending$28 pending$28(
        .d(pending$28$d),
        .q(pending$28$q),
        .clock(pending$28$clock)
    );
    viaduct_engine$counters$pending$29 pending$29(
        .d(pending$29$d),
        .q(pending$29$q),
        .clock(pending$29$clock)
    );
    viaduct_engine$counters$pending$30 pending$30(
        .d(pending$30$d),
        .q(pending$30$q),
        .clock(pending$30$clock)
    );
    viaduct_engine$counters$pending$31 pending$31(
        .d(pending$31$d),
        .q(pending$31$q),
        .clock(pending$31$clock)
    );
    viaduct_engine$counters$pending$32 pending$32(
        .d(pending$32$d),
        .q(pending$32$q),
        .clock(pending$32$clock)
    );
    viaduct_engine$counters$pending$33 pending$33(
        .d(pending$33$d),
        .q(pending$33$q),
        .clock(pending$33$clock)
    );
    viaduct_engine$counters$pending$34 pending$34(
        .d(pending$34$d),
        .q(pending$34$q),
        .clock(pending$34$clock)
    );
    viaduct_engine$counters$pending$35 pending$35(
        .d(pending$35$d),
        .q(pending$35$q),
        .clock(pending$35$clock)
    );
    viaduct_engine$counters$pending$36 pending$36(
        .d(pending$36$d),
        .q(pending$36$q),
        .clock(pending$36$clock)
    );
    viaduct_engine$counters$pending$37 pending$37(
        .d(pending$37$d),
        .q(pending$37$q),
        .clock(pending$37$clock)
    );
    viaduct_engine$counters$pending$38 pending$38(
        .d(pending$38$d),
        .q(pending$38$q),
        .clock(pending$38$clock)
    );
    viaduct_engine$counters$pending$39 pending$39(
        .d(pending$39$d),
        .q(pending$39$q),
        .clock(pending$39$clock)
    );
    viaduct_engine$counters$pending$40 pending$40(
        .d(pending$40$d),
        .q(pending$40$q),
        .clock(pending$40$clock)
    );
    viaduct_engine$counters$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    viaduct_engine$counters$walk walk(
        .d(walk$d),
        .q(walk$q),
        .clock(walk$clock)
    );
    viaduct_engine$counters$adding adding(
        .d(adding$d),
        .q(adding$q),
        .clock(adding$clock)
    );
    viaduct_engine$counters$adding_pending adding_pending(
        .d(adding_pending$d),
        .q(adding_pending$q),
        .clock(adding_pending$clock)
    );
    viaduct_engine$counters$adding_valid adding_valid(
        .d(adding_valid$d),
        .q(adding_valid$q),
        .clock(adding_valid$clock)
    );
    viaduct_engine$counters$reading reading(
        .d(reading$d),
        .q(reading$q),
        .clock(reading$clock)
    );
    viaduct_engine$counters$index index(
        .d(index$d),
        .q(index$q),
        .clock(index$clock)
    );
    viaduct_engine$counters$direct direct(
        .d(direct$d),
        .q(direct$q),
        .clock(direct$clock)
    );
    viaduct_engine$counters$answer_valid answer_valid(
        .d(answer_valid$d),
        .q(answer_valid$q),
        .clock(answer_valid$clock)
    );
    viaduct_engine$counters$answer answer(
        .d(answer$d),
        .q(answer$q),
        .clock(answer$clock)
    );
    
    // Update code
    always @(*) begin
        events_q$clock = clock;
        bytes_q$clock = clock;
        clear_q$clock = clock;
        c_bytes$clock = clock;
        valid$clock = clock;
        walk$clock = clock;
        adding$clock = clock;
        adding_pending$clock = clock;
        adding_valid$clock = clock;
        reading$clock = clock;
        index$clock = clock;
        direct$clock = clock;
        answer_valid$clock = clock;
        answer$clock = clock;
        events_q$d = events_q$q;
        bytes_q$d = bytes_q$q;
        clear_q$d = clear_q$q;
        c_bytes$d = c_bytes$q;
        valid$d = valid$q;
        walk$d = walk$q;
        adding$d = adding$q;
        adding_pending$d = adding_pending$q;
        adding_valid$d = adding_valid$q;
        reading$d = reading$q;
        index$d = index$q;
        direct$d = direct$q;
        answer_valid$d = answer_valid$q;
        answer$d = answer$q;
        ram$clock = clock;
        bytes_q$d = bytes_add;
        clear_q$d = clear;
        c_bytes$d = c_bytes$q + ((bytes_q$q) & 64'hffffffffffffffff);
        error_events = 32'h0;
        error_events = (error_events & ~(1 << (0)) | ((error & (error_status == codes[(0 * 32'h8)+:(8)])) << (0)));
        error_events = (error_events & ~(1 << (1)) | ((error & (error_status == codes[(1 * 32'h8)+:(8)])) << (1)));
        error_events = (error_events & ~(1 << (2)) | ((error & (error_status == codes[(2 * 32'h8)+:(8)])) << (2)));
        error_events = (error_events & ~(1 << (3)) | ((error & (error_status == codes[(3 * 32'h8)+:(8)])) << (3)));
        error_events = (error_events & ~(1 << (4)) | ((error & (error_status == codes[(4 * 32'h8)+:(8)])) << (4)));
        error_events = (error_events & ~(1 << (5)) | ((error & (error_status == codes[(5 * 32'h8)+:(8)])) << (5)));
        error_events = (error_events & ~(1 << (6)) | ((error & (error_status == codes[(6 * 32'h8)+:(8)])) << (6)));
        error_events = (error_events & ~(1 << (7)) | ((error & (error_status == codes[(7 * 32'h8)+:(8)])) << (7)));
        error_events = (error_events & ~(1 << (8)) | ((error & (error_status == codes[(8 * 32'h8)+:(8)])) << (8)));
        error_events = (error_events & ~(1 << (9)) | ((error & (error_status == codes[(9 * 32'h8)+:(8)])) << (9)));
        error_events = (error_events & ~(1 << (10)) | ((error & (error_status == codes[(10 * 32'h8)+:(8)])) << (10)));
        error_events = (error_events & ~(1 << (11)) | ((error & (error_status == codes[(11 * 32'h8)+:(8)])) << (11)));
        error_events = (error_events & ~(1 << (12)) | ((error & (error_status == codes[(12 * 32'h8)+:(8)])) << (12)));
        error_events = (error_events & ~(1 << (13)) | ((error & (error_status == codes[(13 * 32'h8)+:(8)])) << (13)));
        error_events = (error_events & ~(1 << (14)) | ((error & (error_status == codes[(14 * 32'h8)+:(8)])) << (14)));
        error_events = (error_events & ~(1 << (15)) | ((error & (error_status == codes[(15 * 32'h8)+:(8)])) << (15)));
        error_events = (error_events & ~(1 << (16)) | ((error & (error_status == codes[(16 * 32'h8)+:(8)])) << (16)));
        error_events = (error_events & ~(1 << (17)) | ((error & (error_status == codes[(17 * 32'h8)+:(8)])) << (17)));
        error_events = (error_events & ~(1 << (18)) | ((error & (error_status == codes[(18 * 32'h8)+:(8)])) << (18)));
        error_events = (error_events & ~(1 << (19)) | ((error & (error_status == codes[(19 * 32'h8)+:(8)])) << (19)));
        error_events = (error_events & ~(1 << (20)) | ((error & (error_status == codes[(20 * 32'h8)+:(8)])) << (20)));
        error_events = (error_events & ~(1 << (21)) | ((error & (error_status == codes[(21 * 32'h8)+:(8)])) << (21)));
        error_events = (error_events & ~(1 << (22)) | ((error & (error_status == codes[(22 * 32'h8)+:(8)])) << (22)));
        error_events = (error_events & ~(1 << (23)) | ((error & (error_status == codes[(23 * 32'h8)+:(8)])) << (23)));
        error_events = (error_events & ~(1 << (24)) | ((error & (error_status == codes[(24 * 32'h8)+:(8)])) << (24)));
        events = ((error_events) & 64'hffffffffffffffff) << error_base;
        events = (events & ~(1 << (i_completions)) | ((completions) << (i_completions)));
        events = (events & ~(1 << (i_failures)) | ((failures) << (i_failures)));
        events = (events & ~(1 << (i_doorbells)) | ((doorbells) << (i_doorbells)));
        events = (events & ~(1 << (i_doorbells_ignored)) | ((doorbells_ignored) << (i_doorbells_ignored)));
        events = (events & ~(1 << (i_queue_overflows)) | ((queue_overflows) << (i_queue_overflows)));
        events = (events & ~(1 << (i_interrupts)) | ((interrupts) << (i_interrupts)));
        events = (events & ~(1 << (i_frames_sent)) | ((frames_sent) << (i_frames_sent)));
        events = (events & ~(1 << (i_frames_received)) | ((frames_received) << (i_frames_received)));
        events = (events & ~(1 << (i_storage_commands)) | ((storage_commands) << (i_storage_commands)));
        events = (events & ~(1 << (i_key_commits)) | ((key_commits) << (i_key_commits)));
        events = (events & ~(1 << (i_invalidations)) | ((invalidations) << (i_invalidations)));
        events_q$d = events;
        adding_pending$d = 32'h0;
        ix = 32'h0;
        pending$0$clock = clock;
        pending$0$d = pending$0$q;
        if (events_q$q[0]) begin
            pending$0$d = pending$0$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$0$q;
            if (events_q$q[0]) begin
                adding_pending$d = pending$0$q + 32'h1;
            end
            pending$0$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$0$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$1$clock = clock;
        pending$1$d = pending$1$q;
        if (events_q$q[1]) begin
            pending$1$d = pending$1$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$1$q;
            if (events_q$q[1]) begin
                adding_pending$d = pending$1$q + 32'h1;
            end
            pending$1$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$1$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$2$clock = clock;
        pending$2$d = pending$2$q;
        if (events_q$q[2]) begin
            pending$2$d = pending$2$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$2$q;
            if (events_q$q[2]) begin
                adding_pending$d = pending$2$q + 32'h1;
            end
            pending$2$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$2$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$3$clock = clock;
        pending$3$d = pending$3$q;
        if (events_q$q[3]) begin
            pending$3$d = pending$3$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$3$q;
            if (events_q$q[3]) begin
                adding_pending$d = pending$3$q + 32'h1;
            end
            pending$3$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$3$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$4$clock = clock;
        pending$4$d = pending$4$q;
        if (events_q$q[4]) begin
            pending$4$d = pending$4$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$4$q;
            if (events_q$q[4]) begin
                adding_pending$d = pending$4$q + 32'h1;
            end
            pending$4$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$4$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$5$clock = clock;
        pending$5$d = pending$5$q;
        if (events_q$q[5]) begin
            pending$5$d = pending$5$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$5$q;
            if (events_q$q[5]) begin
                adding_pending$d = pending$5$q + 32'h1;
            end
            pending$5$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$5$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$6$clock = clock;
        pending$6$d = pending$6$q;
        if (events_q$q[6]) begin
            pending$6$d = pending$6$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$6$q;
            if (events_q$q[6]) begin
                adding_pending$d = pending$6$q + 32'h1;
            end
            pending$6$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$6$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$7$clock = clock;
        pending$7$d = pending$7$q;
        if (events_q$q[7]) begin
            pending$7$d = pending$7$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$7$q;
            if (events_q$q[7]) begin
                adding_pending$d = pending$7$q + 32'h1;
            end
            pending$7$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$7$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$8$clock = clock;
        pending$8$d = pending$8$q;
        if (events_q$q[8]) begin
            pending$8$d = pending$8$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$8$q;
            if (events_q$q[8]) begin
                adding_pending$d = pending$8$q + 32'h1;
            end
            pending$8$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$8$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$9$clock = clock;
        pending$9$d = pending$9$q;
        if (events_q$q[9]) begin
            pending$9$d = pending$9$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$9$q;
            if (events_q$q[9]) begin
                adding_pending$d = pending$9$q + 32'h1;
            end
            pending$9$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$9$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$10$clock = clock;
        pending$10$d = pending$10$q;
        if (events_q$q[10]) begin
            pending$10$d = pending$10$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$10$q;
            if (events_q$q[10]) begin
                adding_pending$d = pending$10$q + 32'h1;
            end
            pending$10$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$10$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$11$clock = clock;
        pending$11$d = pending$11$q;
        if (events_q$q[11]) begin
            pending$11$d = pending$11$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$11$q;
            if (events_q$q[11]) begin
                adding_pending$d = pending$11$q + 32'h1;
            end
            pending$11$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$11$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$12$clock = clock;
        pending$12$d = pending$12$q;
        if (events_q$q[12]) begin
            pending$12$d = pending$12$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$12$q;
            if (events_q$q[12]) begin
                adding_pending$d = pending$12$q + 32'h1;
            end
            pending$12$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$12$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$13$clock = clock;
        pending$13$d = pending$13$q;
        if (events_q$q[13]) begin
            pending$13$d = pending$13$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$13$q;
            if (events_q$q[13]) begin
                adding_pending$d = pending$13$q + 32'h1;
            end
            pending$13$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$13$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$14$clock = clock;
        pending$14$d = pending$14$q;
        if (events_q$q[14]) begin
            pending$14$d = pending$14$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$14$q;
            if (events_q$q[14]) begin
                adding_pending$d = pending$14$q + 32'h1;
            end
            pending$14$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$14$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$15$clock = clock;
        pending$15$d = pending$15$q;
        if (events_q$q[15]) begin
            pending$15$d = pending$15$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$15$q;
            if (events_q$q[15]) begin
                adding_pending$d = pending$15$q + 32'h1;
            end
            pending$15$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$15$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$16$clock = clock;
        pending$16$d = pending$16$q;
        if (events_q$q[16]) begin
            pending$16$d = pending$16$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$16$q;
            if (events_q$q[16]) begin
                adding_pending$d = pending$16$q + 32'h1;
            end
            pending$16$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$16$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$17$clock = clock;
        pending$17$d = pending$17$q;
        if (events_q$q[17]) begin
            pending$17$d = pending$17$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$17$q;
            if (events_q$q[17]) begin
                adding_pending$d = pending$17$q + 32'h1;
            end
            pending$17$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$17$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$18$clock = clock;
        pending$18$d = pending$18$q;
        if (events_q$q[18]) begin
            pending$18$d = pending$18$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$18$q;
            if (events_q$q[18]) begin
                adding_pending$d = pending$18$q + 32'h1;
            end
            pending$18$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$18$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$19$clock = clock;
        pending$19$d = pending$19$q;
        if (events_q$q[19]) begin
            pending$19$d = pending$19$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$19$q;
            if (events_q$q[19]) begin
                adding_pending$d = pending$19$q + 32'h1;
            end
            pending$19$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$19$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$20$clock = clock;
        pending$20$d = pending$20$q;
        if (events_q$q[20]) begin
            pending$20$d = pending$20$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$20$q;
            if (events_q$q[20]) begin
                adding_pending$d = pending$20$q + 32'h1;
            end
            pending$20$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$20$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$21$clock = clock;
        pending$21$d = pending$21$q;
        if (events_q$q[21]) begin
            pending$21$d = pending$21$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$21$q;
            if (events_q$q[21]) begin
                adding_pending$d = pending$21$q + 32'h1;
            end
            pending$21$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$21$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$22$clock = clock;
        pending$22$d = pending$22$q;
        if (events_q$q[22]) begin
            pending$22$d = pending$22$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$22$q;
            if (events_q$q[22]) begin
                adding_pending$d = pending$22$q + 32'h1;
            end
            pending$22$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$22$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$23$clock = clock;
        pending$23$d = pending$23$q;
        if (events_q$q[23]) begin
            pending$23$d = pending$23$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$23$q;
            if (events_q$q[23]) begin
                adding_pending$d = pending$23$q + 32'h1;
            end
            pending$23$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$23$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$24$clock = clock;
        pending$24$d = pending$24$q;
        if (events_q$q[24]) begin
            pending$24$d = pending$24$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$24$q;
            if (events_q$q[24]) begin
                adding_pending$d = pending$24$q + 32'h1;
            end
            pending$24$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$24$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$25$clock = clock;
        pending$25$d = pending$25$q;
        if (events_q$q[25]) begin
            pending$25$d = pending$25$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$25$q;
            if (events_q$q[25]) begin
                adding_pending$d = pending$25$q + 32'h1;
            end
            pending$25$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$25$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$26$clock = clock;
        pending$26$d = pending$26$q;
        if (events_q$q[26]) begin
            pending$26$d = pending$26$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$26$q;
            if (events_q$q[26]) begin
                adding_pending$d = pending$26$q + 32'h1;
            end
            pending$26$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$26$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$27$clock = clock;
        pending$27$d = pending$27$q;
        if (events_q$q[27]) begin
            pending$27$d = pending$27$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$27$q;
            if (events_q$q[27]) begin
                adding_pending$d = pending$27$q + 32'h1;
            end
            pending$27$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$27$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$28$clock = clock;
        pending$28$d = pending$28$q;
        if (events_q$q[28]) begin
            pending$28$d = pending$28$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$28$q;
            if (events_q$q[28]) begin
                adding_pending$d = pending$28$q + 32'h1;
            end
            pending$28$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$28$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$29$clock = clock;
        pending$29$d = pending$29$q;
        if (events_q$q[29]) begin
            pending$29$d = pending$29$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$29$q;
            if (events_q$q[29]) begin
                adding_pending$d = pending$29$q + 32'h1;
            end
            pending$29$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$29$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$30$clock = clock;
        pending$30$d = pending$30$q;
        if (events_q$q[30]) begin
            pending$30$d = pending$30$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$30$q;
            if (events_q$q[30]) begin
                adding_pending$d = pending$30$q + 32'h1;
            end
            pending$30$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$30$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$31$clock = clock;
        pending$31$d = pending$31$q;
        if (events_q$q[31]) begin
            pending$31$d = pending$31$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$31$q;
            if (events_q$q[31]) begin
                adding_pending$d = pending$31$q + 32'h1;
            end
            pending$31$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$31$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$32$clock = clock;
        pending$32$d = pending$32$q;
        if (events_q$q[32]) begin
            pending$32$d = pending$32$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$32$q;
            if (events_q$q[32]) begin
                adding_pending$d = pending$32$q + 32'h1;
            end
            pending$32$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$32$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$33$clock = clock;
        pending$33$d = pending$33$q;
        if (events_q$q[33]) begin
            pending$33$d = pending$33$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$33$q;
            if (events_q$q[33]) begin
                adding_pending$d = pending$33$q + 32'h1;
            end
            pending$33$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$33$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$34$clock = clock;
        pending$34$d = pending$34$q;
        if (events_q$q[34]) begin
            pending$34$d = pending$34$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$34$q;
            if (events_q$q[34]) begin
                adding_pending$d = pending$34$q + 32'h1;
            end
            pending$34$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$34$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$35$clock = clock;
        pending$35$d = pending$35$q;
        if (events_q$q[35]) begin
            pending$35$d = pending$35$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$35$q;
            if (events_q$q[35]) begin
                adding_pending$d = pending$35$q + 32'h1;
            end
            pending$35$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$35$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$36$clock = clock;
        pending$36$d = pending$36$q;
        if (events_q$q[36]) begin
            pending$36$d = pending$36$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$36$q;
            if (events_q$q[36]) begin
                adding_pending$d = pending$36$q + 32'h1;
            end
            pending$36$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$36$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$37$clock = clock;
        pending$37$d = pending$37$q;
        if (events_q$q[37]) begin
            pending$37$d = pending$37$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$37$q;
            if (events_q$q[37]) begin
                adding_pending$d = pending$37$q + 32'h1;
            end
            pending$37$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$37$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$38$clock = clock;
        pending$38$d = pending$38$q;
        if (events_q$q[38]) begin
            pending$38$d = pending$38$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$38$q;
            if (events_q$q[38]) begin
                adding_pending$d = pending$38$q + 32'h1;
            end
            pending$38$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$38$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$39$clock = clock;
        pending$39$d = pending$39$q;
        if (events_q$q[39]) begin
            pending$39$d = pending$39$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$39$q;
            if (events_q$q[39]) begin
                adding_pending$d = pending$39$q + 32'h1;
            end
            pending$39$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$39$d = 32'h0;
        end
        ix = ix + 32'h1;
        pending$40$clock = clock;
        pending$40$d = pending$40$q;
        if (events_q$q[40]) begin
            pending$40$d = pending$40$q + 32'h1;
        end
        if (((walk$q) & 8'hff) == ix) begin
            adding_pending$d = pending$40$q;
            if (events_q$q[40]) begin
                adding_pending$d = pending$40$q + 32'h1;
            end
            pending$40$d = 32'h0;
        end
        if (clear_q$q) begin
            pending$40$d = 32'h0;
        end
        ix = ix + 32'h1;
        ram$read_address = walk$q;
        adding_valid$d = valid$q[walk$q];
        walk_base = 32'h0;
        if (adding_valid$q) begin
            walk_base = ram$read_data;
        end
        walk_count = walk_base + ((adding_pending$q) & 64'hffffffffffffffff);
        ram$write_enable = 1'b1;
        ram$write_address = adding$q;
        ram$write_data = walk_count;
        valid$d = (valid$q & ~(1 << (adding$q)) | ((1'b1) << (adding$q)));
        adding$d = walk$q;
        walk$d = walk$q + 32'h1;
        if (walk$q == last_entry) begin
            walk$d = 32'h0;
        end
        if (clear_q$q) begin
            c_bytes$d = 32'h0;
            valid$d = 32'h0;
            adding_pending$d = 32'h0;
            adding_valid$d = 1'b0;
        end
        answer_now = reading$q & (direct$q | (((adding$q) & 8'hff) == index$q));
        answer_valid$d = answer_now;
        read_valid = answer_valid$q;
        read_value = answer$q;
        if (answer_now) begin
            reading$d = 1'b0;
        end
        if (read_request & ~reading$q) begin
            reading$d = 1'b1;
            index$d = read_index;
            direct$d = (read_index == i_bytes) | (read_index == i_table_reads) | (read_index == i_iotlb_hits) | (read_index == i_iotlb_misses) | (read_index == i_line_hits) | (read_index >= count);
        end
        answer_value = walk_count;
        if (index$q == i_bytes) begin
            answer_value = c_bytes$q;
        end
        if (index$q == i_table_reads) begin
            answer_value = table_reads;
        end
        if (index$q == i_iotlb_hits) begin
            answer_value = iotlb_hits;
        end
        if (index$q == i_iotlb_misses) begin
            answer_value = iotlb_misses;
        end
        if (index$q == i_line_hits) begin
            answer_value = line_hits;
        end
        if (index$q >= count) begin
            answer_value = 32'h0;
        end
        answer$d = answer_value;
    end
    
endmodule // viaduct_engine$counters


module viaduct_engine$counters$adding(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$adding


module viaduct_engine$counters$adding_pending(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$adding_pending


module viaduct_engine$counters$adding_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$adding_valid


module viaduct_engine$counters$answer(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$answer


module viaduct_engine$counters$answer_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$answer_valid


module viaduct_engine$counters$bytes_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$bytes_q


module viaduct_engine$counters$c_bytes(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$c_bytes


module viaduct_engine$counters$clear_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$clear_q


module viaduct_engine$counters$direct(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$direct


module viaduct_engine$counters$events_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$events_q


module viaduct_engine$counters$index(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$index


module viaduct_engine$counters$pending$0(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$0


module viaduct_engine$counters$pending$1(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$1


module viaduct_engine$counters$pending$10(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$10


module viaduct_engine$counters$pending$11(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$11


module viaduct_engine$counters$pending$12(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$12


module viaduct_engine$counters$pending$13(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$13


module viaduct_engine$counters$pending$14(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$14


module viaduct_engine$counters$pending$15(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$15


module viaduct_engine$counters$pending$16(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$16


module viaduct_engine$counters$pending$17(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$17


module viaduct_engine$counters$pending$18(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$18


module viaduct_engine$counters$pending$19(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$19


module viaduct_engine$counters$pending$2(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$2


module viaduct_engine$counters$pending$20(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$20


module viaduct_engine$counters$pending$21(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$21


module viaduct_engine$counters$pending$22(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$22


module viaduct_engine$counters$pending$23(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$23


module viaduct_engine$counters$pending$24(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$24


module viaduct_engine$counters$pending$25(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$25


module viaduct_engine$counters$pending$26(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$26


module viaduct_engine$counters$pending$27(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$27


module viaduct_engine$counters$pending$28(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$28


module viaduct_engine$counters$pending$29(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$29


module viaduct_engine$counters$pending$3(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$3


module viaduct_engine$counters$pending$30(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$30


module viaduct_engine$counters$pending$31(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$31


module viaduct_engine$counters$pending$32(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$32


module viaduct_engine$counters$pending$33(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$33


module viaduct_engine$counters$pending$34(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$34


module viaduct_engine$counters$pending$35(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$35


module viaduct_engine$counters$pending$36(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$36


module viaduct_engine$counters$pending$37(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$37


module viaduct_engine$counters$pending$38(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$38


module viaduct_engine$counters$pending$39(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$39


module viaduct_engine$counters$pending$4(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$4


module viaduct_engine$counters$pending$40(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$40


module viaduct_engine$counters$pending$5(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$5


module viaduct_engine$counters$pending$6(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$6


module viaduct_engine$counters$pending$7(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$7


module viaduct_engine$counters$pending$8(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$8


module viaduct_engine$counters$pending$9(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$pending$9


module viaduct_engine$counters$ram(clock,write_enable,write_address,write_data,read_address,read_data);
    
    // Module arguments
    input wire  clock;
    input wire  write_enable;
    input wire  [5:0] write_address;
    input wire  [63:0] write_data;
    input wire  [5:0] read_address;
    output reg  [63:0] read_data;
    
    // Update code (custom)
    reg [63:0] mem[63:0];
    reg [5:0] address;
    
    always @(posedge clock) begin
       if (write_enable) mem[write_address] <= write_data;
       address <= read_address;
    end
    
    always @(*) read_data = mem[address];
endmodule // viaduct_engine$counters$ram


module viaduct_engine$counters$reading(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$reading


module viaduct_engine$counters$valid(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$valid


module viaduct_engine$counters$walk(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$counters$walk


module viaduct_engine$cur_vi(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$cur_vi


module viaduct_engine$d_enabled(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$d_enabled


module viaduct_engine$d_key_slot(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$d_key_slot


module viaduct_engine$d_pd(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$d_pd


module viaduct_engine$d_sq_index(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$d_sq_index


module viaduct_engine$desc(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$desc


module viaduct_engine$dst_ticket(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$dst_ticket


module viaduct_engine$mover(clock,start,src_mem,dst_mem,src_inline,src_net,src_storage,dst_net,dst_storage,pipelined,vi,src_va,dst_va,src_ticket,dst_ticket,len,storage_offset,inline_data,busy,done,status,bytes,fault_va,fault_on_dst,watchdog,reads_in_flight,tu_req_valid,tu_req_ready,tu_req_va,tu_req_write,tu_req_ticket,tu_rsp_valid,tu_rsp_ready,tu_rsp_status,tu_rsp_pa,tu_rsp_bytes,m_rd$arvalid,m_rd$arready,m_rd$arid,m_rd$araddr,m_rd$arlen,m_rd$arsize,m_rd$arburst,m_rd$rvalid,m_rd$rready,m_rd$rid,m_rd$rdata,m_rd$rresp,m_rd$rlast,m_wr$awvalid,m_wr$awready,m_wr$awid,m_wr$awaddr,m_wr$awlen,m_wr$awsize,m_wr$awburst,m_wr$wvalid,m_wr$wready,m_wr$wdata,m_wr$wstrb,m_wr$wlast,m_wr$bvalid,m_wr$bready,m_wr$bid,m_wr$bresp,net_tx$tvalid,net_tx$tready,net_tx$tdata,net_tx$tkeep,net_tx$tlast,net_tx$tuser,net_tx$tid,net_rx$tvalid,net_rx$tready,net_rx$tdata,net_rx$tkeep,net_rx$tlast,sto_tx$tvalid,sto_tx$tready,sto_tx$tdata,sto_tx$tkeep,sto_tx$tlast,sto_tx$tuser,sto_tx$tid,sto_rx$tvalid,sto_rx$tready,sto_rx$tdata,sto_rx$tkeep,sto_rx$tlast,frames_sent,storage_command,rx_avail);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  src_mem;
    input wire  dst_mem;
    input wire  src_inline;
    input wire  src_net;
    input wire  src_storage;
    input wire  dst_net;
    input wire  dst_storage;
    input wire  pipelined;
    input wire  [7:0] vi;
    input wire  [63:0] src_va;
    input wire  [63:0] dst_va;
    input wire  [127:0] src_ticket;
    input wire  [127:0] dst_ticket;
    input wire  [31:0] len;
    input wire  [63:0] storage_offset;
    input wire  [191:0] inline_data;
    output reg  busy;
    output reg  done;
    output reg  [7:0] status;
    output reg  [31:0] bytes;
    output reg  [63:0] fault_va;
    output reg  fault_on_dst;
    input wire  [31:0] watchdog;
    input wire  [7:0] reads_in_flight;
    output reg  tu_req_valid;
    input wire  tu_req_ready;
    output reg  [63:0] tu_req_va;
    output reg  tu_req_write;
    output reg  [127:0] tu_req_ticket;
    input wire  tu_rsp_valid;
    output reg  tu_rsp_ready;
    input wire  [7:0] tu_rsp_status;
    input wire  [63:0] tu_rsp_pa;
    input wire  [12:0] tu_rsp_bytes;
    output wire  m_rd$arvalid;
    input wire  m_rd$arready;
    output wire  [4:0] m_rd$arid;
    output wire  [63:0] m_rd$araddr;
    output wire  [7:0] m_rd$arlen;
    output wire  [2:0] m_rd$arsize;
    output wire  [1:0] m_rd$arburst;
    input wire  m_rd$rvalid;
    output wire  m_rd$rready;
    input wire  [4:0] m_rd$rid;
    input wire  [63:0] m_rd$rdata;
    input wire  [1:0] m_rd$rresp;
    input wire  m_rd$rlast;
    output wire  m_wr$awvalid;
    input wire  m_wr$awready;
    output wire  [4:0] m_wr$awid;
    output wire  [63:0] m_wr$awaddr;
    output wire  [7:0] m_wr$awlen;
    output wire  [2:0] m_wr$awsize;
    output wire  [1:0] m_wr$awburst;
    output wire  m_wr$wvalid;
    input wire  m_wr$wready;
    output wire  [63:0] m_wr$wdata;
    output wire  [7:0] m_wr$wstrb;
    output wire  m_wr$wlast;
    input wire  m_wr$bvalid;
    output wire  m_wr$bready;
    input wire  [4:0] m_wr$bid;
    input wire  [1:0] m_wr$bresp;
    output reg  net_tx$tvalid;
    input wire  net_tx$tready;
    output reg  [63:0] net_tx$tdata;
    output reg  [7:0] net_tx$tkeep;
    output reg  net_tx$tlast;
    output reg  net_tx$tuser;
    output reg  [7:0] net_tx$tid;
    input wire  net_rx$tvalid;
    output reg  net_rx$tready;
    input wire  [63:0] net_rx$tdata;
    input wire  [7:0] net_rx$tkeep;
    input wire  net_rx$tlast;
    output reg  sto_tx$tvalid;
    input wire  sto_tx$tready;
    output reg  [63:0] sto_tx$tdata;
    output reg  [7:0] sto_tx$tkeep;
    output reg  sto_tx$tlast;
    output reg  sto_tx$tuser;
    output reg  [7:0] sto_tx$tid;
    input wire  sto_rx$tvalid;
    output reg  sto_rx$tready;
    input wire  [63:0] sto_rx$tdata;
    input wire  [7:0] sto_rx$tkeep;
    input wire  sto_rx$tlast;
    output reg  frames_sent;
    output reg  storage_command;
    output reg  rx_avail;
    
    // Constant declarations
    localparam  lane_mask = 64'h7;
    localparam  lane_mask32 = 32'h7;
    localparam  lanes32 = 32'h8;
    localparam  count_lsb = 8'h8;
    localparam  beat_shift = 8'h3;
    localparam  data_shift = 8'h6;
    localparam  page = 32'h1000;
    localparam  page_mask = 64'hfff;
    localparam  chunks = 3'b100;
    localparam  chunk_mask = 3'b11;
    localparam  inline_bytes = 16'h18;
    localparam  rsp_lane = 16'h0;
    localparam  rsp_first_data_beat = 16'h1;
    localparam  cmd_lane = 8'h0;
    localparam  cmd_last_beat = 8'h1;
    localparam  cmd_ones = 32'hffff;
    localparam  write_op = 128'h1;
    localparam  read_op = 128'h2;
    localparam  len_pos = 8'h20;
    localparam  offset_pos = 8'h40;
    localparam  status_pos = 16'h0;
    localparam  status_lane = 8'h0;
    localparam  lanes_minus_one = 16'h7;
    localparam  ok = 8'h0;
    localparam  host_read_error = 8'h40;
    localparam  host_write_error = 8'h41;
    localparam  host_timeout = 8'h42;
    localparam  storage_error = 8'h51;
    localparam  rx_truncated = 8'h50;
    
    // Enums
    localparam RealignMode$Idle = 0;
    localparam RealignMode$Setup = 1;
    localparam RealignMode$Hold = 2;
    localparam RealignMode$Move = 3;
    localparam RealignMode$Flush = 4;
    localparam MoverState$Idle = 0;
    localparam MoverState$Run = 1;
    localparam MoverState$Close = 2;
    localparam MoverState$FrameOut = 3;
    localparam MoverState$Drain = 4;
    localparam MoverState$Finish = 5;
    localparam MoverState$Done = 6;
    localparam PlanState$Idle = 0;
    localparam PlanState$Next = 1;
    localparam PlanState$Src = 2;
    localparam PlanState$SrcWait = 3;
    localparam PlanState$Dst = 4;
    localparam PlanState$DstWait = 5;
    localparam PlanState$Push = 6;
    localparam PlanState$Wait = 7;
    localparam PlanState$Done = 8;
    localparam SourceState$Idle = 0;
    localparam SourceState$Inline = 1;
    localparam SourceState$Rx = 2;
    localparam SourceState$Command = 3;
    localparam SourceState$ResponseHead = 4;
    localparam SourceState$ResponseData = 5;
    localparam SourceState$ResponseDrain = 6;
    localparam SinkState$Idle = 0;
    localparam SinkState$Header = 1;
    localparam SinkState$Data = 2;
    localparam SinkState$Response = 3;
    localparam SinkState$ResponseDrain = 4;
    
    // Stub signals
    reg  rx_slice$clock;
    reg  rx_slice$in_valid;
    wire  rx_slice$in_ready;
    reg  [63:0] rx_slice$in_data;
    reg  [15:0] rx_slice$in_side;
    reg  rx_slice$in_last;
    wire  rx_slice$out_valid;
    reg  rx_slice$out_ready;
    wire  [63:0] rx_slice$out_data;
    wire  [15:0] rx_slice$out_side;
    wire  rx_slice$out_last;
    reg  rx_slice$flush;
    reg  rbuf$clock;
    wire  [10:0] rbuf$free;
    wire  [10:0] rbuf$alloc;
    reg  rbuf$reserve;
    reg  [10:0] rbuf$reserve_beats;
    reg  rbuf$write;
    reg  [10:0] rbuf$write_at;
    reg  [63:0] rbuf$write_data;
    reg  rbuf$commit;
    reg  [10:0] rbuf$commit_beats;
    wire  rbuf$valid;
    wire  [63:0] rbuf$data;
    reg  rbuf$pop;
    reg  rbuf$flush;
    reg  reader$clock;
    reg  reader$chunk_valid;
    reg  [63:0] reader$chunk_pa;
    reg  [15:0] reader$chunk_len;
    wire  reader$chunk_issued;
    wire  reader$chunk_done;
    wire  reader$chunk_error;
    wire  reader$timeout;
    reg  reader$abandon;
    wire  reader$idle;
    reg  [31:0] reader$watchdog;
    reg  [7:0] reader$reads_in_flight;
    reg  [10:0] reader$buf_free;
    reg  [10:0] reader$buf_alloc;
    wire  reader$reserve;
    wire  [10:0] reader$reserve_beats;
    wire  reader$write;
    wire  [10:0] reader$write_at;
    wire  [63:0] reader$write_data;
    wire  reader$commit;
    wire  [10:0] reader$commit_beats;
    reg  writer$clock;
    reg  writer$start;
    reg  [63:0] writer$chunk_pa;
    reg  [15:0] writer$chunk_len;
    reg  [31:0] writer$chunk_off;
    wire  writer$issuing;
    reg  writer$in_valid;
    wire  writer$in_ready;
    reg  [63:0] writer$in_data;
    reg  [7:0] writer$in_strb;
    reg  writer$in_last;
    wire  writer$fail;
    wire  [31:0] writer$fail_off;
    wire  writer$fail_timeout;
    wire  writer$chunk_acked;
    wire  writer$idle;
    reg  [31:0] writer$watchdog;
    reg  realign$clock;
    reg  realign$start;
    reg  [7:0] realign$src_lane;
    reg  [7:0] realign$dst_lane;
    reg  [15:0] realign$len;
    wire  realign$busy;
    reg  realign$in_valid;
    wire  realign$in_ready;
    reg  [63:0] realign$in_data;
    wire  realign$out_valid;
    reg  realign$out_ready;
    wire  [63:0] realign$out_data;
    wire  [7:0] realign$out_strb;
    wire  realign$out_last;
    reg  net_pack$clock;
    reg  net_pack$in_valid;
    wire  net_pack$in_ready;
    reg  [63:0] net_pack$in_data;
    reg  [7:0] net_pack$in_strb;
    reg  net_pack$in_last;
    reg  net_pack$close;
    wire  net_pack$tvalid;
    reg  net_pack$tready;
    wire  [63:0] net_pack$tdata;
    wire  [7:0] net_pack$tkeep;
    wire  net_pack$tlast;
    wire  net_pack$tuser;
    wire  net_pack$idle;
    reg  sto_pack$clock;
    reg  sto_pack$in_valid;
    wire  sto_pack$in_ready;
    reg  [63:0] sto_pack$in_data;
    reg  [7:0] sto_pack$in_strb;
    reg  sto_pack$in_last;
    reg  sto_pack$close;
    wire  sto_pack$tvalid;
    reg  sto_pack$tready;
    wire  [63:0] sto_pack$tdata;
    wire  [7:0] sto_pack$tkeep;
    wire  sto_pack$tlast;
    wire  sto_pack$tuser;
    wire  sto_pack$idle;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [3:0] plan$d;
    wire  [3:0] plan$q;
    reg  plan$clock;
    reg  [2:0] src$d;
    wire  [2:0] src$q;
    reg  src$clock;
    reg  [2:0] snk$d;
    wire  [2:0] snk$q;
    reg  snk$clock;
    reg  snk_go_q$d;
    wire  snk_go_q$q;
    reg  snk_go_q$clock;
    reg  j_src_mem$d;
    wire  j_src_mem$q;
    reg  j_src_mem$clock;
    reg  j_dst_mem$d;
    wire  j_dst_mem$q;
    reg  j_dst_mem$clock;
    reg  j_src_inline$d;
    wire  j_src_inline$q;
    reg  j_src_inline$clock;
    reg  j_src_net$d;
    wire  j_src_net$q;
    reg  j_src_net$clock;
    reg  j_src_storage$d;
    wire  j_src_storage$q;
    reg  j_src_storage$clock;
    reg  j_dst_net$d;
    wire  j_dst_net$q;
    reg  j_dst_net$clock;
    reg  j_dst_storage$d;
    wire  j_dst_storage$q;
    reg  j_dst_storage$clock;
    reg  j_pipelined$d;
    wire  j_pipelined$q;
    reg  j_pipelined$clock;
    reg  [7:0] j_vi$d;
    wire  [7:0] j_vi$q;
    reg  j_vi$clock;
    reg  [63:0] j_src_va$d;
    wire  [63:0] j_src_va$q;
    reg  j_src_va$clock;
    reg  [63:0] j_dst_va$d;
    wire  [63:0] j_dst_va$q;
    reg  j_dst_va$clock;
    reg  [127:0] j_src_ticket$d;
    wire  [127:0] j_src_ticket$q;
    reg  j_src_ticket$clock;
    reg  [127:0] j_dst_ticket$d;
    wire  [127:0] j_dst_ticket$q;
    reg  j_dst_ticket$clock;
    reg  [31:0] j_len$d;
    wire  [31:0] j_len$q;
    reg  j_len$clock;
    reg  [63:0] j_storage_offset$d;
    wire  [63:0] j_storage_offset$q;
    reg  j_storage_offset$clock;
    reg  [191:0] j_inline$d;
    wire  [191:0] j_inline$q;
    reg  j_inline$clock;
    reg  [31:0] c_off$0$d;
    wire  [31:0] c_off$0$q;
    reg  c_off$0$clock;
    reg  [31:0] c_off$1$d;
    wire  [31:0] c_off$1$q;
    reg  c_off$1$clock;
    reg  [31:0] c_off$2$d;
    wire  [31:0] c_off$2$q;
    reg  c_off$2$clock;
    reg  [31:0] c_off$3$d;
    wire  [31:0] c_off$3$q;
    reg  c_off$3$clock;
    reg  [15:0] c_len$0$d;
    wire  [15:0] c_len$0$q;
    reg  c_len$0$clock;
    reg  [15:0] c_len$1$d;
    wire  [15:0] c_len$1$q;
    reg  c_len$1$clock;
    reg  [15:0] c_len$2$d;
    wire  [15:0] c_len$2$q;
    reg  c_len$2$clock;
    reg  [15:0] c_len$3$d;
    wire  [15:0] c_len$3$q;
    reg  c_len$3$clock;
    reg  [63:0] c_src_pa$0$d;
    wire  [63:0] c_src_pa$0$q;
    reg  c_src_pa$0$clock;
    reg  [63:0] c_src_pa$1$d;
    wire  [63:0] c_src_pa$1$q;
    reg  c_src_pa$1$clock;
    reg  [63:0] c_src_pa$2$d;
    wire  [63:0] c_src_pa$2$q;
    reg  c_src_pa$2$clock;
    reg  [63:0] c_src_pa$3$d;
    wire  [63:0] c_src_pa$3$q;
    reg  c_src_pa$3$clock;
    reg  [63:0] c_dst_pa$0$d;
    wire  [63:0] c_dst_pa$0$q;
    reg  c_dst_pa$0$clock;
    reg  [63:0] c_dst_pa$1$d;
    wire  [63:0] c_dst_pa$1$q;
    reg  c_dst_pa$1$clock;
    reg  [63:0] c_dst_pa$2$d;
    wire  [63:0] c_dst_pa$2$q;
    reg  c_dst_pa$2$clock;
    reg  [63:0] c_dst_pa$3$d;
    wire  [63:0] c_dst_pa$3$q;
    reg  c_dst_pa$3$clock;
    reg  [15:0] c_actual$0$d;
    wire  [15:0] c_actual$0$q;
    reg  c_actual$0$clock;
    reg  [15:0] c_actual$1$d;
    wire  [15:0] c_actual$1$q;
    reg  c_actual$1$clock;
    reg  [15:0] c_actual$2$d;
    wire  [15:0] c_actual$2$q;
    reg  c_actual$2$clock;
    reg  [15:0] c_actual$3$d;
    wire  [15:0] c_actual$3$q;
    reg  c_actual$3$clock;
    reg  [7:0] c_err$0$d;
    wire  [7:0] c_err$0$q;
    reg  c_err$0$clock;
    reg  [7:0] c_err$1$d;
    wire  [7:0] c_err$1$q;
    reg  c_err$1$clock;
    reg  [7:0] c_err$2$d;
    wire  [7:0] c_err$2$q;
    reg  c_err$2$clock;
    reg  [7:0] c_err$3$d;
    wire  [7:0] c_err$3$q;
    reg  c_err$3$clock;
    reg  [2:0] p_wr$d;
    wire  [2:0] p_wr$q;
    reg  p_wr$clock;
    reg  [2:0] p_ar$d;
    wire  [2:0] p_ar$q;
    reg  p_ar$clock;
    reg  [2:0] p_src$d;
    wire  [2:0] p_src$q;
    reg  p_src$clock;
    reg  [2:0] p_snk$d;
    wire  [2:0] p_snk$q;
    reg  p_snk$clock;
    reg  [2:0] p_ack$d;
    wire  [2:0] p_ack$q;
    reg  p_ack$clock;
    reg  ar_fresh$d;
    wire  ar_fresh$q;
    reg  ar_fresh$clock;
    reg  stop_ar_q$d;
    wire  stop_ar_q$q;
    reg  stop_ar_q$clock;
    reg  rep_src_q$d;
    wire  rep_src_q$q;
    reg  rep_src_q$clock;
    reg  [31:0] rep_src_off_q$d;
    wire  [31:0] rep_src_off_q$q;
    reg  rep_src_off_q$clock;
    reg  [7:0] rep_src_status_q$d;
    wire  [7:0] rep_src_status_q$q;
    reg  rep_src_status_q$clock;
    reg  rep_src_on_dst_q$d;
    wire  rep_src_on_dst_q$q;
    reg  rep_src_on_dst_q$clock;
    reg  f_new_q$d;
    wire  f_new_q$q;
    reg  f_new_q$clock;
    reg  [63:0] ar_pa_q$d;
    wire  [63:0] ar_pa_q$q;
    reg  ar_pa_q$clock;
    reg  [15:0] ar_len_q$d;
    wire  [15:0] ar_len_q$q;
    reg  ar_len_q$clock;
    reg  f_valid$d;
    wire  f_valid$q;
    reg  f_valid$clock;
    reg  [31:0] f_off$d;
    wire  [31:0] f_off$q;
    reg  f_off$clock;
    reg  [7:0] f_status$d;
    wire  [7:0] f_status$q;
    reg  f_status$clock;
    reg  f_on_dst$d;
    wire  f_on_dst$q;
    reg  f_on_dst$clock;
    reg  [31:0] plan_off$d;
    wire  [31:0] plan_off$q;
    reg  plan_off$clock;
    reg  [15:0] plan_n$d;
    wire  [15:0] plan_n$q;
    reg  plan_n$clock;
    reg  [31:0] rem$d;
    wire  [31:0] rem$q;
    reg  rem$clock;
    reg  [15:0] src_room$d;
    wire  [15:0] src_room$q;
    reg  src_room$clock;
    reg  [15:0] dst_room$d;
    wire  [15:0] dst_room$q;
    reg  dst_room$clock;
    reg  next_half$d;
    wire  next_half$q;
    reg  next_half$clock;
    reg  [15:0] next_n$d;
    wire  [15:0] next_n$q;
    reg  next_n$clock;
    reg  next_fresh$d;
    wire  next_fresh$q;
    reg  next_fresh$clock;
    reg  plan_end_q$d;
    wire  plan_end_q$q;
    reg  plan_end_q$clock;
    reg  [63:0] plan_src_pa$d;
    wire  [63:0] plan_src_pa$q;
    reg  plan_src_pa$clock;
    reg  [63:0] plan_dst_pa$d;
    wire  [63:0] plan_dst_pa$q;
    reg  plan_dst_pa$clock;
    reg  [31:0] rx_pos$d;
    wire  [31:0] rx_pos$q;
    reg  rx_pos$clock;
    reg  rx_ended$d;
    wire  rx_ended$q;
    reg  rx_ended$clock;
    reg  truncated$d;
    wire  truncated$q;
    reg  truncated$clock;
    reg  [15:0] s_beat$d;
    wire  [15:0] s_beat$q;
    reg  s_beat$clock;
    reg  src_fresh$d;
    wire  src_fresh$q;
    reg  src_fresh$clock;
    reg  [31:0] s_off$d;
    wire  [31:0] s_off$q;
    reg  s_off$clock;
    reg  [15:0] s_len$d;
    wire  [15:0] s_len$q;
    reg  s_len$clock;
    reg  [31:0] rx_chunk_end$d;
    wire  [31:0] rx_chunk_end$q;
    reg  rx_chunk_end$clock;
    reg  [31:0] rx_dist_q$d;
    wire  [31:0] rx_dist_q$q;
    reg  rx_dist_q$clock;
    reg  [15:0] inline_end$d;
    wire  [15:0] inline_end$q;
    reg  inline_end$clock;
    reg  [15:0] rsp_beats$d;
    wire  [15:0] rsp_beats$q;
    reg  rsp_beats$clock;
    reg  s_err$d;
    wire  s_err$q;
    reg  s_err$clock;
    reg  [7:0] hdr_beat$d;
    wire  [7:0] hdr_beat$q;
    reg  hdr_beat$clock;
    reg  [7:0] out_status$d;
    wire  [7:0] out_status$q;
    reg  out_status$clock;
    reg  [31:0] out_bytes$d;
    wire  [31:0] out_bytes$q;
    reg  out_bytes$clock;
    reg  [63:0] out_va$d;
    wire  [63:0] out_va$q;
    reg  out_va$clock;
    reg  out_on_dst$d;
    wire  out_on_dst$q;
    reg  out_on_dst$clock;
    
    // Local signals
    reg  rx_dist_zero;
    reg  rx_full_beat;
    reg  [63:0] e_ar_pa;
    reg  [15:0] e_ar_len;
    reg  [31:0] e_ar_off;
    reg  [31:0] e_src_off;
    reg  [15:0] e_src_len;
    reg  [31:0] e_snk_off;
    reg  [15:0] e_snk_actual;
    reg  [63:0] e_snk_src_pa;
    reg  [63:0] e_snk_dst_pa;
    reg  [7:0] e_snk_err;
    reg  [15:0] e_last_actual;
    reg  [15:0] e_last_len;
    reg  src_done;
    reg  [15:0] src_actual;
    reg  [7:0] src_errcode;
    reg  n_valid;
    reg  n_take;
    reg  [31:0] n_off;
    reg  [7:0] n_status;
    reg  n_on_dst;
    reg  rep_plan;
    reg  rep_plan_dst;
    reg  rep_src;
    reg  [7:0] rep_src_status;
    reg  rep_sink;
    reg  s_fail;
    reg  stop_ar;
    reg  stop_src;
    reg  stop_snk;
    reg  stop_plan;
    reg  [31:0] n_next;
    reg  src_short;
    reg  dst_short;
    reg  table_full;
    reg  rx_has_byte;
    reg  [7:0] in_count;
    reg  [7:0] lane_ix;
    reg  [15:0] keep_count;
    reg  [7:0] rx_keep;
    reg  rx_ready;
    reg  [31:0] rx_beat_end;
    reg  [31:0] rx_base;
    reg  [31:0] rx_end_base;
    reg  [15:0] rx_end_lane;
    reg  rx_fits;
    reg  rx_fills;
    reg  [127:0] header;
    reg  [63:0] header_data;
    reg  [7:0] header_strb;
    reg  sink_finished;
    reg  work_done;
    reg  settled;
    
    // Sub module instances
    viaduct_engine$mover$rx_slice rx_slice(
        .clock(rx_slice$clock),
        .in_valid(rx_slice$in_valid),
        .in_ready(rx_slice$in_ready),
        .in_data(rx_slice$in_data),
        .in_side(rx_slice$in_side),
        .in_last(rx_slice$in_last),
        .out_valid(rx_slice$out_valid),
        .out_ready(rx_slice$out_ready),
        .out_data(rx_slice$out_data),
        .out_side(rx_slice$out_side),
        .out_last(rx_slice$out_last),
        .flush(rx_slice$flush)
    );
    viaduct_engine$mover$rbuf rbuf(
        .clock(rbuf$clock),
        .free(rbuf$free),
        .alloc(rbuf$alloc),
        .reserve(rbuf$reserve),
        .reserve_beats(rbuf$reserve_beats),
        .write(rbuf$write),
        .write_at(rbuf$write_at),
        .write_data(rbuf$write_data),
        .commit(rbuf$commit),
        .commit_beats(rbuf$commit_beats),
        .valid(rbuf$valid),
        .data(rbuf$data),
        .pop(rbuf$pop),
        .flush(rbuf$flush)
    );
    viaduct_engine$mover$reader reader(
        .clock(reader$clock),
        .chunk_valid(reader$chunk_valid),
        .chunk_pa(reader$chunk_pa),
        .chunk_len(reader$chunk_len),
        .chunk_issued(reader$chunk_issued),
        .chunk_done(reader$chunk_done),
        .chunk_error(reader$chunk_error),
        .timeout(reader$timeout),
        .abandon(reader$abandon),
        .idle(reader$idle),
        .watchdog(reader$watchdog),
        .reads_in_flight(reader$reads_in_flight),
        .buf_free(reader$buf_free),
        .buf_alloc(reader$buf_alloc),
        .reserve(reader$reserve),
        .reserve_beats(reader$reserve_beats),
        .write(reader$write),
        .write_at(reader$write_at),
        .write_data(reader$write_data),
        .commit(reader$commit),
        .commit_beats(reader$commit_beats),
        .m_axi$arvalid(m_rd$arvalid),
        .m_axi$arready(m_rd$arready),
        .m_axi$arid(m_rd$arid),
        .m_axi$araddr(m_rd$araddr),
        .m_axi$arlen(m_rd$arlen),
        .m_axi$arsize(m_rd$arsize),
        .m_axi$arburst(m_rd$arburst),
        .m_axi$rvalid(m_rd$rvalid),
        .m_axi$rready(m_rd$rready),
        .m_axi$rid(m_rd$rid),
        .m_axi$rdata(m_rd$rdata),
        .m_axi$rresp(m_rd$rresp),
        .m_axi$rlast(m_rd$rlast)
    );
    viaduct_engine$mover$writer writer(
        .clock(writer$clock),
        .start(writer$start),
        .chunk_pa(writer$chunk_pa),
        .chunk_len(writer$chunk_len),
        .chunk_off(writer$chunk_off),
        .issuing(writer$issuing),
        .in_valid(writer$in_valid),
        .in_ready(writer$in_ready),
        .in_data(writer$in_data),
        .in_strb(writer$in_strb),
        .in_last(writer$in_last),
        .fail(writer$fail),
        .fail_off(writer$fail_off),
        .fail_timeout(writer$fail_timeout),
        .chunk_acked(writer$chunk_acked),
        .idle(writer$idle),
        .watchdog(writer$watchdog),
        .m_axi$awvalid(m_wr$awvalid),
        .m_axi$awready(m_wr$awready),
        .m_axi$awid(m_wr$awid),
        .m_axi$awaddr(m_wr$awaddr),
        .m_axi$awlen(m_wr$awlen),
        .m_axi$awsize(m_wr$awsize),
        .m_axi$awburst(m_wr$awburst),
        .m_axi$wvalid(m_wr$wvalid),
        .m_axi$wready(m_wr$wready),
        .m_axi$wdata(m_wr$wdata),
        .m_axi$wstrb(m_wr$wstrb),
        .m_axi$wlast(m_wr$wlast),
        .m_axi$bvalid(m_wr$bvalid),
        .m_axi$bready(m_wr$bready),
        .m_axi$bid(m_wr$bid),
        .m_axi$bresp(m_wr$bresp)
    );
    viaduct_engine$mover$realign realign(
        .clock(realign$clock),
        .start(realign$start),
        .src_lane(realign$src_lane),
        .dst_lane(realign$dst_lane),
        .len(realign$len),
        .busy(realign$busy),
        .in_valid(realign$in_valid),
        .in_ready(realign$in_ready),
        .in_data(realign$in_data),
        .out_valid(realign$out_valid),
        .out_ready(realign$out_ready),
        .out_data(realign$out_data),
        .out_strb(realign$out_strb),
        .out_last(realign$out_last)
    );
    viaduct_engine$mover$net_pack net_pack(
        .clock(net_pack$clock),
        .in_valid(net_pack$in_valid),
        .in_ready(net_pack$in_ready),
        .in_data(net_pack$in_data),
        .in_strb(net_pack$in_strb),
        .in_last(net_pack$in_last),
        .close(net_pack$close),
        .tvalid(net_pack$tvalid),
        .tready(net_pack$tready),
        .tdata(net_pack$tdata),
        .tkeep(net_pack$tkeep),
        .tlast(net_pack$tlast),
        .tuser(net_pack$tuser),
        .idle(net_pack$idle)
    );
    viaduct_engine$mover$sto_pack sto_pack(
        .clock(sto_pack$clock),
        .in_valid(sto_pack$in_valid),
        .in_ready(sto_pack$in_ready),
        .in_data(sto_pack$in_data),
        .in_strb(sto_pack$in_strb),
        .in_last(sto_pack$in_last),
        .close(sto_pack$close),
        .tvalid(sto_pack$tvalid),
        .tready(sto_pack$tready),
        .tdata(sto_pack$tdata),
        .tkeep(sto_pack$tkeep),
        .tlast(sto_pack$tlast),
        .tuser(sto_pack$tuser),
        .idle(sto_pack$idle)
    );
    viaduct_engine$mover$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    viaduct_engine$mover$plan plan(
        .d(plan$d),
        .q(plan$q),
        .clock(plan$clock)
    );
    viaduct_engine$mover$src src(
        .d(src$d),
        .q(src$q),
        .clock(src$clock)
    );
    viaduct_engine$mover$snk snk(
        .d(snk$d),
        .q(snk$q),
        .clock(snk$clock)
    );
    viaduct_engine$mover$snk_go_q snk_go_q(
        .d(snk_go_q$d),
        .q(snk_go_q$q),
        .clock(snk_go_q$clock)
    );
    viaduct_engine$mover$j_src_mem j_src_mem(
        .d(j_src_mem$d),
        .q(j_src_mem$q),
        .clock(j_src_mem$clock)
    );
    viaduct_engine$mover$j_dst_mem j_dst_mem(
        .d(j_dst_mem$d),
        .q(j_dst_mem$q),
        .clock(j_dst_mem$clock)
    );
    viaduct_engine$mover$j_src_inline j_src_inline(
        .d(j_src_inline$d),
        .q(j_src_inline$q),
        .clock(j_src_inline$clock)
    );
    viaduct_engine$mover$j_src_net j_src_net(
        .d(j_src_net$d),
        .q(j_src_net$q),
        .clock(j_src_net$clock)
    );
    viaduct_engine$mover$j_src_storage j_src_storage(
        .d(j_src_storage$d),
        .q(j_src_storage$q),
        .clock(j_src_storage$clock)
    );
    viaduct_engine$mover$j_dst_net j_dst_net(
        .d(j_dst_net$d),
        .q(j_dst_net$q),
        .clock(j_dst_net$clock)
    );
    viaduct_engine$mover$j_dst_storage j_dst_storage(
        .d(j_dst_storage$d),
        .q(j_dst_storage$q),
        .clock(j_dst_storage$clock)
    );
    viaduct_engine$mover$j_pipelined j_pipelined(
        .d(j_pipelined$d),
        .q(j_pipelined$q),
        .clock(j_pipelined$clock)
    );
    viaduct_engine$mover$j_vi j_vi(
        .d(j_vi$d),
        .q(j_vi$q),
        .clock(j_vi$clock)
    );
    viaduct_engine$mover$j_src_va j_src_va(
        .d(j_src_va$d),
        .q(j_src_va$q),
        .clock(j_src_va$clock)
    );
    viaduct_engine$mover$j_dst_va j_dst_va(
        .d(j_dst_va$d),
        .q(j_dst_va$q),
        .clock(j_dst_va$clock)
    );
    viaduct_engine$mover$j_src_ticket j_src_ticket(
        .d(j_src_ticket$d),
        .q(j_src_ticket$q),
        .clock(j_src_ticket$clock)
    );
    viaduct_engine$mover$j_dst_ticket j_dst_ticket(
        .d(j_dst_ticket$d),
        .q(j_dst_ticket$q),
        .clock(j_dst_ticket$clock)
    );
    viaduct_engine$mover$j_len j_len(
        .d(j_len$d),
        .q(j_len$q),
        .clock(j_len$clock)
    );
    viaduct_engine$mover$j_storage_offset j_storage_offset(
        .d(j_storage_offset$d),
        .q(j_storage_offset$q),
        .clock(j_storage_offset$clock)
    );
    viaduct_engine$mover$j_inline j_inline(
        .d(j_inline$d),
        .q(j_inline$q),
        .clock(j_inline$clock)
    );
    viaduct_engine$mover$c_off$0 c_off$0(
        .d(c_off$0$d),
        .q(c_off$0$q),
        .clock(c_off$0$clock)
    );
    viaduct_engine$mover$c_off$1 c_off$1(
        .d(c_off$1$d),
        .q(c_off$1$q),
        .clock(c_off$1$clock)
    );
    viaduct_engine$mover$c_off$2 c_off$2(
        .d(c_off$2$d),
        .q(c_off$2$q),
        .clock(c_off$2$clock)
    );
    viaduct_engine$mover$c_off$3 c_off$3(
        .d(c_off$3$d),
        .q(c_off$3$q),
        .clock(c_off$3$clock)
    );
    viaduct_engine$mover$c_len$0 c_len$0(
        .d(c_len$0$d),
        .q(c_len$0$q),
        .clock(c_len$0$clock)
    );
    viaduct_engine$mover$c_len$1 c_len$1(
        .d(c_len$1$d),
        .q(c_len$1$q),
        .clock(c_len$1$clock)
    );
    viaduct_engine$mover$c_len$2 c_len$2(
        .d(c_len$2$d),
        .q(c_len$2$q),
        .clock(c_len$2$clock)
    );
    viaduct_engine$mover$c_len$3 c_len$3(
        .d(c_len$3$d),
        .q(c_len$3$q),
        .clock(c_len$3$clock)
    );
    viaduct_engine$mover$c_src_pa$0 c_src_pa$0(
        .d(c_src_pa$0$d),
        .q(c_src_pa$0$q),
        .clock(c_src_pa$0$clock)
    );
    viaduct_engine$mover$c_src_pa$1 c_src_pa$1(
        .d(c_src_pa$1$d),
        .q(c_src_pa$1$q),
        .clock(c_src_pa$1$clock)
    );
    viaduct_engine$mover$c_src_pa$2 c_src_pa$2(
        .d(c_src_pa$2$d),
        .q(c_src_pa$2$q),
        .clock(c_src_pa$2$clock)
    );
    viaduct_engine$mover$c_src_pa$3 c_src_pa$3(
        .d(c_src_pa$3$d),
        .q(c_src_pa$3$q),
        .clock(c_src_pa$3$clock)
    );
    viaduct_engine$mover$c_dst_pa$0 c_dst_pa$0(
        .d(c_dst_pa$0$d),
        .q(c_dst_pa$0$q),
        .clock(c_dst_pa$0$clock)
    );
    viaduct_engine$mover$c_dst_pa$1 c_dst_pa$1(
        .d(c_dst_pa$1$d),
        .q(c_dst_pa$1$q),
        .clock(c_dst_pa$1$clock)
    );
    viaduct_engine$mover$c_dst_pa$2 c_dst_pa$2(
        .d(c_dst_pa$2$d),
        .q(c_dst_pa$2$q),
        .clock(c_dst_pa$2$clock)
    );
    viaduct_engine$mover$c_dst_pa$3 c_dst_pa$3(
        .d(c_dst_pa$3$d),
        .q(c_dst_pa$3$q),
        .clock(c_dst_pa$3$clock)
    );
    viaduct_engine$mover$c_actual$0 c_actual$0(
        .d(c_actual$0$d),
        .q(c_actual$0$q),
        .clock(c_actual$0$clock)
    );
    viaduct_engine$mover$c_actual$1 c_actual$1(
        .d(c_actual$1$d),
        .q(c_actual$1$q),
        .clock(c_actual$1$clock)
    );
    viaduct_engine$mover$c_actual$2 c_actual$2(
        .d(c_actual$2$d),
        .q(c_actual$2$q),
        .clock(c_actual$2$clock)
    );
    viaduct_engine$mover$c_actual$3 c_actual$3(
        .d(c_actual$3$d),
        .q(c_actual$3$q),
        .clock(c_actual$3$clock)
    );
    viaduct_engine$mover$c_err$0 c_err$0(
        .d(c_err$0$d),
        .q(c_err$0$q),
        .clock(c_err$0$clock)
    );
    viaduct_engine$mover$c_err$1 c_err$1(
        .d(c_err$1$d),
        .q(c_err$1$q),
        .clock(c_err$1$clock)
    );
    viaduct_engine$mover$c_err$2 c_err$2(
        .d(c_err$2$d),
        .q(c_err$2$q),
        .clock(c_err$2$clock)
    );
    viaduct_engine$mover$c_err$3 c_err$3(
        .d(c_err$3$d),
        .q(c_err$3$q),
        .clock(c_err$3$clock)
    );
    viaduct_engine$mover$p_wr p_wr(
        .d(p_wr$d),
        .q(p_wr$q),
        .clock(p_wr$clock)
    );
    viaduct_engine$mover$p_ar p_ar(
        .d(p_ar$d),
        .q(p_ar$q),
        .clock(p_ar$clock)
    );
    viaduct_engine$mover$p_src p_src(
        .d(p_src$d),
        .q(p_src$q),
        .clock(p_src$clock)
    );
    viaduct_engine$mover$p_snk p_snk(
        .d(p_snk$d),
        .q(p_snk$q),
        .clock(p_snk$clock)
    );
    viaduct_engine$mover$p_ack p_ack(
        .d(p_ack$d),
        .q(p_ack$q),
        .clock(p_ack$clock)
    );
    viaduct_engine$mover$ar_fresh ar_fresh(
        .d(ar_fresh$d),
        .q(ar_fresh$q),
        .clock(ar_fresh$clock)
    );
    viaduct_engine$mover$stop_ar_q stop_ar_q(
        .d(stop_ar_q$d),
        .q(stop_ar_q$q),
        .clock(stop_ar_q$clock)
    );
    viaduct_engine$mover$rep_src_q rep_src_q(
        .d(rep_src_q$d),
        .q(rep_src_q$q),
        .clock(rep_src_q$clock)
    );
    viaduct_engine$mover$rep_src_off_q rep_src_off_q(
        .d(rep_src_off_q$d),
        .q(rep_src_off_q$q),
        .clock(rep_src_off_q$clock)
    );
    viaduct_engine$mover$rep_src_status_q rep_src_status_q(
        .d(rep_src_status_q$d),
        .q(rep_src_status_q$q),
        .clock(rep_src_status_q$clock)
    );
    viaduct_engine$mover$rep_src_on_dst_q rep_src_on_dst_q(
        .d(rep_src_on_dst_q$d),
        .q(rep_src_on_dst_q$q),
        .clock(rep_src_on_dst_q$clock)
    );
    viaduct_engine$mover$f_new_q f_new_q(
        .d(f_new_q$d),
        .q(f_new_q$q),
        .clock(f_new_q$clock)
    );
    viaduct_engine$mover$ar_pa_q ar_pa_q(
        .d(ar_pa_q$d),
        .q(ar_pa_q$q),
        .clock(ar_pa_q$clock)
    );
    viaduct_engine$mover$ar_len_q ar_len_q(
        .d(ar_len_q$d),
        .q(ar_len_q$q),
        .clock(ar_len_q$clock)
    );
    viaduct_engine$mover$f_valid f_valid(
        .d(f_valid$d),
        .q(f_valid$q),
        .clock(f_valid$clock)
    );
    viaduct_engine$mover$f_off f_off(
        .d(f_off$d),
        .q(f_off$q),
        .clock(f_off$clock)
    );
    viaduct_engine$mover$f_status f_status(
        .d(f_status$d),
        .q(f_status$q),
        .clock(f_status$clock)
    );
    viaduct_engine$mover$f_on_dst f_on_dst(
        .d(f_on_dst$d),
        .q(f_on_dst$q),
        .clock(f_on_dst$clock)
    );
    viaduct_engine$mover$plan_off plan_off(
        .d(plan_off$d),
        .q(plan_off$q),
        .clock(plan_off$clock)
    );
    viaduct_engine$mover$plan_n plan_n(
        .d(plan_n$d),
        .q(plan_n$q),
        .clock(plan_n$clock)
    );
    viaduct_engine$mover$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    viaduct_engine$mover$src_room src_room(
        .d(src_room$d),
        .q(src_room$q),
        .clock(src_room$clock)
    );
    viaduct_engine$mover$dst_room dst_room(
        .d(dst_room$d),
        .q(dst_room$q),
        .clock(dst_room$clock)
    );
    viaduct_engine$mover$next_half next_half(
        .d(next_half$d),
        .q(next_half$q),
        .clock(next_half$clock)
    );
    viaduct_engine$mover$next_n next_n(
        .d(next_n$d),
        .q(next_n$q),
        .clock(next_n$clock)
    );
    viaduct_engine$mover$next_fresh next_fresh(
        .d(next_fresh$d),
        .q(next_fresh$q),
        .clock(next_fresh$clock)
    );
    viaduct_engine$mover$plan_end_q plan_end_q(
        .d(plan_end_q$d),
        .q(plan_end_q$q),
        .clock(plan_end_q$clock)
    );
    viaduct_engine$mover$plan_src_pa plan_src_pa(
        .d(plan_src_pa$d),
        .q(plan_src_pa$q),
        .clock(plan_src_pa$clock)
    );
    viaduct_engine$mover$plan_dst_pa plan_dst_pa(
        .d(plan_dst_pa$d),
        .q(plan_dst_pa$q),
        .clock(plan_dst_pa$clock)
    );
    viaduct_engine$mover$rx_pos rx_pos(
        .d(rx_pos$d),
        .q(rx_pos$q),
        .clock(rx_pos$clock)
    );
    viaduct_engine$mover$rx_ended rx_ended(
        .d(rx_ended$d),
        .q(rx_ended$q),
        .clock(rx_ended$clock)
    );
    viaduct_engine$mover$truncated truncated(
        .d(truncated$d),
        .q(truncated$q),
        .clock(truncated$clock)
    );
    viaduct_engine$mover$s_beat s_beat(
        .d(s_beat$d),
        .q(s_beat$q),
        .clock(s_beat$clock)
    );
    viaduct_engine$mover$src_fresh src_fresh(
        .d(src_fresh$d),
        .q(src_fresh$q),
        .clock(src_fresh$clock)
    );
    viaduct_engine$mover$s_off s_off(
        .d(s_off$d),
        .q(s_off$q),
        .clock(s_off$clock)
    );
    viaduct_engine$mover$s_len s_len(
        .d(s_len$d),
        .q(s_len$q),
        .clock(s_len$clock)
    );
    viaduct_engine$mover$rx_chunk_end rx_chunk_end(
        .d(rx_chunk_end$d),
        .q(rx_chunk_end$q),
        .clock(rx_chunk_end$clock)
    );
    viaduct_engine$mover$rx_dist_q rx_dist_q(
        .d(rx_dist_q$d),
        .q(rx_dist_q$q),
        .clock(rx_dist_q$clock)
    );
    viaduct_engine$mover$inline_end inline_end(
        .d(inline_end$d),
        .q(inline_end$q),
        .clock(inline_end$clock)
    );
    viaduct_engine$mover$rsp_beats rsp_beats(
        .d(rsp_beats$d),
        .q(rsp_beats$q),
        .clock(rsp_beats$clock)
    );
    viaduct_engine$mover$s_err s_err(
        .d(s_err$d),
        .q(s_err$q),
        .clock(s_err$clock)
    );
    viaduct_engine$mover$hdr_beat hdr_beat(
        .d(hdr_beat$d),
        .q(hdr_beat$q),
        .clock(hdr_beat$clock)
    );
    viaduct_engine$mover$out_status out_status(
        .d(out_status$d),
        .q(out_status$q),
        .clock(out_status$clock)
    );
    viaduct_engine$mover$out_bytes out_bytes(
        .d(out_bytes$d),
        .q(out_bytes$q),
        .clock(out_bytes$clock)
    );
    viaduct_engine$mover$out_va out_va(
        .d(out_va$d),
        .q(out_va$q),
        .clock(out_va$clock)
    );
    viaduct_engine$mover$out_on_dst out_on_dst(
        .d(out_on_dst$d),
        .q(out_on_dst$q),
        .clock(out_on_dst$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        plan$clock = clock;
        src$clock = clock;
        snk$clock = clock;
        snk_go_q$clock = clock;
        j_src_mem$clock = clock;
        j_dst_mem$clock = clock;
        j_src_inline$clock = clock;
        j_src_net$clock = clock;
        j_src_storage$clock = clock;
        j_dst_net$clock = clock;
        j_dst_storage$clock = clock;
        j_pipelined$clock = clock;
        j_vi$clock = clock;
        j_src_va$clock = clock;
        j_dst_va$clock = clock;
        j_src_ticket$clock = clock;
        j_dst_ticket$clock = clock;
        j_len$clock = clock;
        j_storage_offset$clock = clock;
        j_inline$clock = clock;
        p_wr$clock = clock;
        p_ar$clock = clock;
        p_src$clock = clock;
        p_snk$clock = clock;
        p_ack$clock = clock;
        ar_fresh$clock = clock;
        stop_ar_q$clock = clock;
        rep_src_q$clock = clock;
        rep_src_off_q$clock = clock;
        rep_src_status_q$clock = clock;
        rep_src_on_dst_q$clock = clock;
        f_new_q$clock = clock;
        ar_pa_q$clock = clock;
        ar_len_q$clock = clock;
        f_valid$clock = clock;
        f_off$clock = clock;
        f_status$clock = clock;
        f_on_dst$clock = clock;
        plan_off$clock = clock;
        plan_n$clock = clock;
        rem$clock = clock;
        src_room$clock = clock;
        dst_room$clock = clock;
        next_half$clock = clock;
        next_n$clock = clock;
        next_fresh$clock = clock;
        plan_end_q$clock = clock;
        plan_src_pa$clock = clock;
        plan_dst_pa$clock = clock;
        rx_pos$clock = clock;
        rx_ended$clock = clock;
        truncated$clock = clock;
        s_beat$clock = clock;
        src_fresh$clock = clock;
        s_off$clock = clock;
        s_len$clock = clock;
        rx_chunk_end$clock = clock;
        rx_dist_q$clock = clock;
        inline_end$clock = clock;
        rsp_beats$clock = clock;
        s_err$clock = clock;
        hdr_beat$clock = clock;
        out_status$clock = clock;
        out_bytes$clock = clock;
        out_va$clock = clock;
        out_on_dst$clock = clock;
        state$d = state$q;
        plan$d = plan$q;
        src$d = src$q;
        snk$d = snk$q;
        snk_go_q$d = snk_go_q$q;
        j_src_mem$d = j_src_mem$q;
        j_dst_mem$d = j_dst_mem$q;
        j_src_inline$d = j_src_inline$q;
        j_src_net$d = j_src_net$q;
        j_src_storage$d = j_src_storage$q;
        j_dst_net$d = j_dst_net$q;
        j_dst_storage$d = j_dst_storage$q;
        j_pipelined$d = j_pipelined$q;
        j_vi$d = j_vi$q;
        j_src_va$d = j_src_va$q;
        j_dst_va$d = j_dst_va$q;
        j_src_ticket$d = j_src_ticket$q;
        j_dst_ticket$d = j_dst_ticket$q;
        j_len$d = j_len$q;
        j_storage_offset$d = j_storage_offset$q;
        j_inline$d = j_inline$q;
        p_wr$d = p_wr$q;
        p_ar$d = p_ar$q;
        p_src$d = p_src$q;
        p_snk$d = p_snk$q;
        p_ack$d = p_ack$q;
        ar_fresh$d = ar_fresh$q;
        stop_ar_q$d = stop_ar_q$q;
        rep_src_q$d = rep_src_q$q;
        rep_src_off_q$d = rep_src_off_q$q;
        rep_src_status_q$d = rep_src_status_q$q;
        rep_src_on_dst_q$d = rep_src_on_dst_q$q;
        f_new_q$d = f_new_q$q;
        ar_pa_q$d = ar_pa_q$q;
        ar_len_q$d = ar_len_q$q;
        f_valid$d = f_valid$q;
        f_off$d = f_off$q;
        f_status$d = f_status$q;
        f_on_dst$d = f_on_dst$q;
        plan_off$d = plan_off$q;
        plan_n$d = plan_n$q;
        rem$d = rem$q;
        src_room$d = src_room$q;
        dst_room$d = dst_room$q;
        next_half$d = next_half$q;
        next_n$d = next_n$q;
        next_fresh$d = next_fresh$q;
        plan_end_q$d = plan_end_q$q;
        plan_src_pa$d = plan_src_pa$q;
        plan_dst_pa$d = plan_dst_pa$q;
        rx_pos$d = rx_pos$q;
        rx_ended$d = rx_ended$q;
        truncated$d = truncated$q;
        s_beat$d = s_beat$q;
        src_fresh$d = src_fresh$q;
        s_off$d = s_off$q;
        s_len$d = s_len$q;
        rx_chunk_end$d = rx_chunk_end$q;
        rx_dist_q$d = rx_dist_q$q;
        inline_end$d = inline_end$q;
        rsp_beats$d = rsp_beats$q;
        s_err$d = s_err$q;
        hdr_beat$d = hdr_beat$q;
        out_status$d = out_status$q;
        out_bytes$d = out_bytes$q;
        out_va$d = out_va$q;
        out_on_dst$d = out_on_dst$q;
        rbuf$clock = clock;
        reader$clock = clock;
        writer$clock = clock;
        realign$clock = clock;
        net_pack$clock = clock;
        sto_pack$clock = clock;
        e_ar_pa = 32'h0;
        e_ar_len = 32'h0;
        e_ar_off = 32'h0;
        e_src_off = 32'h0;
        e_src_len = 32'h0;
        e_snk_off = 32'h0;
        e_snk_actual = 32'h0;
        e_snk_src_pa = 32'h0;
        e_snk_dst_pa = 32'h0;
        e_snk_err = 32'h0;
        e_last_actual = 32'h0;
        e_last_len = 32'h0;
        c_off$0$clock = clock;
        c_len$0$clock = clock;
        c_src_pa$0$clock = clock;
        c_dst_pa$0$clock = clock;
        c_actual$0$clock = clock;
        c_err$0$clock = clock;
        c_off$0$d = c_off$0$q;
        c_len$0$d = c_len$0$q;
        c_src_pa$0$d = c_src_pa$0$q;
        c_dst_pa$0$d = c_dst_pa$0$q;
        c_actual$0$d = c_actual$0$q;
        c_err$0$d = c_err$0$q;
        if ((p_ar$q & chunk_mask) == 0) begin
            e_ar_pa = c_src_pa$0$q;
            e_ar_len = c_len$0$q;
            e_ar_off = c_off$0$q;
        end
        if ((p_src$q & chunk_mask) == 0) begin
            e_src_off = c_off$0$q;
            e_src_len = c_len$0$q;
        end
        if ((p_snk$q & chunk_mask) == 0) begin
            e_snk_off = c_off$0$q;
            e_snk_actual = c_actual$0$q;
            e_snk_src_pa = c_src_pa$0$q;
            e_snk_dst_pa = c_dst_pa$0$q;
            e_snk_err = c_err$0$q;
        end
        if (((p_wr$q - 32'h1) & chunk_mask) == 0) begin
            e_last_actual = c_actual$0$q;
            e_last_len = c_len$0$q;
        end
        c_off$1$clock = clock;
        c_len$1$clock = clock;
        c_src_pa$1$clock = clock;
        c_dst_pa$1$clock = clock;
        c_actual$1$clock = clock;
        c_err$1$clock = clock;
        c_off$1$d = c_off$1$q;
        c_len$1$d = c_len$1$q;
        c_src_pa$1$d = c_src_pa$1$q;
        c_dst_pa$1$d = c_dst_pa$1$q;
        c_actual$1$d = c_actual$1$q;
        c_err$1$d = c_err$1$q;
        if ((p_ar$q & chunk_mask) == 1) begin
            e_ar_pa = c_src_pa$1$q;
            e_ar_len = c_len$1$q;
            e_ar_off = c_off$1$q;
        end
        if ((p_src$q & chunk_mask) == 1) begin
            e_src_off = c_off$1$q;
            e_src_len = c_len$1$q;
        end
        if ((p_snk$q & chunk_mask) == 1) begin
            e_snk_off = c_off$1$q;
            e_snk_actual = c_actual$1$q;
            e_snk_src_pa = c_src_pa$1$q;
            e_snk_dst_pa = c_dst_pa$1$q;
            e_snk_err = c_err$1$q;
        end
        if (((p_wr$q - 32'h1) & chunk_mask) == 1) begin
            e_last_actual = c_actual$1$q;
            e_last_len = c_len$1$q;
        end
        c_off$2$clock = clock;
        c_len$2$clock = clock;
        c_src_pa$2$clock = clock;
        c_dst_pa$2$clock = clock;
        c_actual$2$clock = clock;
        c_err$2$clock = clock;
        c_off$2$d = c_off$2$q;
        c_len$2$d = c_len$2$q;
        c_src_pa$2$d = c_src_pa$2$q;
        c_dst_pa$2$d = c_dst_pa$2$q;
        c_actual$2$d = c_actual$2$q;
        c_err$2$d = c_err$2$q;
        if ((p_ar$q & chunk_mask) == 2) begin
            e_ar_pa = c_src_pa$2$q;
            e_ar_len = c_len$2$q;
            e_ar_off = c_off$2$q;
        end
        if ((p_src$q & chunk_mask) == 2) begin
            e_src_off = c_off$2$q;
            e_src_len = c_len$2$q;
        end
        if ((p_snk$q & chunk_mask) == 2) begin
            e_snk_off = c_off$2$q;
            e_snk_actual = c_actual$2$q;
            e_snk_src_pa = c_src_pa$2$q;
            e_snk_dst_pa = c_dst_pa$2$q;
            e_snk_err = c_err$2$q;
        end
        if (((p_wr$q - 32'h1) & chunk_mask) == 2) begin
            e_last_actual = c_actual$2$q;
            e_last_len = c_len$2$q;
        end
        c_off$3$clock = clock;
        c_len$3$clock = clock;
        c_src_pa$3$clock = clock;
        c_dst_pa$3$clock = clock;
        c_actual$3$clock = clock;
        c_err$3$clock = clock;
        c_off$3$d = c_off$3$q;
        c_len$3$d = c_len$3$q;
        c_src_pa$3$d = c_src_pa$3$q;
        c_dst_pa$3$d = c_dst_pa$3$q;
        c_actual$3$d = c_actual$3$q;
        c_err$3$d = c_err$3$q;
        if ((p_ar$q & chunk_mask) == 3) begin
            e_ar_pa = c_src_pa$3$q;
            e_ar_len = c_len$3$q;
            e_ar_off = c_off$3$q;
        end
        if ((p_src$q & chunk_mask) == 3) begin
            e_src_off = c_off$3$q;
            e_src_len = c_len$3$q;
        end
        if ((p_snk$q & chunk_mask) == 3) begin
            e_snk_off = c_off$3$q;
            e_snk_actual = c_actual$3$q;
            e_snk_src_pa = c_src_pa$3$q;
            e_snk_dst_pa = c_dst_pa$3$q;
            e_snk_err = c_err$3$q;
        end
        if (((p_wr$q - 32'h1) & chunk_mask) == 3) begin
            e_last_actual = c_actual$3$q;
            e_last_len = c_len$3$q;
        end
        ar_pa_q$d = e_ar_pa;
        ar_len_q$d = e_ar_len;
        ar_fresh$d = (p_ar$q != p_wr$q) & ~reader$chunk_issued;
        stop_ar = f_valid$q & (f_off$q <= e_ar_off);
        stop_ar_q$d = stop_ar;
        stop_src = f_valid$q & (f_off$q <= s_off$q);
        stop_snk = f_valid$q & (f_off$q <= e_snk_off);
        stop_plan = (f_valid$q & (f_off$q <= plan_off$q)) | rep_src_q$q;
        src_done = 1'b0;
        src_actual = e_src_len;
        src_errcode = ok;
        rep_plan = 1'b0;
        rep_plan_dst = 1'b0;
        rep_src = 1'b0;
        rep_src_status = ok;
        rep_sink = 1'b0;
        s_fail = 1'b0;
        tu_req_valid = (plan$q == PlanState$Src) | (plan$q == PlanState$Dst);
        tu_req_va = j_src_va$q + ((plan_off$q) & 64'hffffffffffffffff);
        if (plan$q == PlanState$Dst) begin
            tu_req_va = j_dst_va$q + ((plan_off$q) & 64'hffffffffffffffff);
        end
        tu_req_write = plan$q == PlanState$Dst;
        tu_req_ticket = j_src_ticket$q;
        if (plan$q == PlanState$Dst) begin
            tu_req_ticket = j_dst_ticket$q;
        end
        tu_rsp_ready = (plan$q == PlanState$SrcWait) | (plan$q == PlanState$DstWait);
        done = state$q == MoverState$Done;
        busy = state$q != MoverState$Idle;
        status = out_status$q;
        bytes = out_bytes$q;
        fault_va = out_va$q;
        fault_on_dst = out_on_dst$q;
        reader$abandon = reader$timeout | ((state$q == MoverState$Finish) & ~reader$idle);
        rbuf$reserve = reader$reserve;
        rbuf$reserve_beats = reader$reserve_beats;
        rbuf$write = reader$write;
        rbuf$write_at = reader$write_at;
        rbuf$write_data = reader$write_data;
        rbuf$commit = reader$commit;
        rbuf$commit_beats = reader$commit_beats;
        rbuf$flush = 1'b0;
        reader$buf_free = rbuf$free;
        reader$buf_alloc = rbuf$alloc;
        reader$watchdog = watchdog;
        reader$reads_in_flight = reads_in_flight;
        reader$chunk_valid = (state$q == MoverState$Run) & j_src_mem$q & (p_ar$q != p_wr$q) & ~stop_ar_q$q & ~f_new_q$q & ~rep_src_q$q & ar_fresh$q;
        reader$chunk_pa = ar_pa_q$q;
        reader$chunk_len = ar_len_q$q;
        writer$watchdog = watchdog;
        writer$start = 1'b0;
        writer$chunk_pa = e_snk_dst_pa;
        writer$chunk_len = e_snk_actual;
        writer$chunk_off = e_snk_off;
        writer$in_valid = 1'b0;
        writer$in_data = realign$out_data;
        writer$in_strb = realign$out_strb;
        writer$in_last = realign$out_last;
        realign$start = 1'b0;
        realign$src_lane = ((e_snk_off & lane_mask32) & 8'hff);
        realign$dst_lane = ((e_snk_off & lane_mask32) & 8'hff);
        realign$len = e_snk_actual;
        realign$in_valid = rbuf$valid;
        realign$in_data = rbuf$data;
        rbuf$pop = rbuf$valid & realign$in_ready;
        realign$out_ready = 1'b0;
        if (j_src_mem$q) begin
            realign$src_lane = ((e_snk_src_pa & lane_mask) & 8'hff);
        end
        if (j_src_storage$q) begin
            realign$src_lane = ((rsp_lane) & 8'hff);
        end
        if (j_dst_mem$q) begin
            realign$dst_lane = ((e_snk_dst_pa & lane_mask) & 8'hff);
        end
        if (j_dst_storage$q) begin
            realign$dst_lane = cmd_lane;
        end
        net_pack$in_valid = 1'b0;
        net_pack$in_data = realign$out_data;
        net_pack$in_strb = realign$out_strb;
        net_pack$in_last = realign$out_last & ((e_snk_off + ((e_snk_actual) & 32'hffffffff)) == j_len$q);
        net_pack$close = 1'b0;
        net_tx$tvalid = net_pack$tvalid;
        net_tx$tdata = net_pack$tdata;
        net_tx$tkeep = net_pack$tkeep;
        net_tx$tlast = net_pack$tlast;
        net_tx$tuser = net_pack$tuser;
        net_tx$tid = j_vi$q;
        net_pack$tready = net_tx$tready;
        header = write_op;
        if (j_src_storage$q) begin
            header = read_op;
        end
        header = header | (((s_len$q) & 128'hffffffffffffffffffffffffffffffff) << len_pos) | (((j_storage_offset$q + ((s_off$q) & 64'hffffffffffffffff)) & 128'hffffffffffffffffffffffffffffffff) << offset_pos);
        if (j_dst_storage$q) begin
            header = write_op | (((e_snk_actual) & 128'hffffffffffffffffffffffffffffffff) << len_pos) | (((j_storage_offset$q + ((e_snk_off) & 64'hffffffffffffffff)) & 128'hffffffffffffffffffffffffffffffff) << offset_pos);
        end
        header_data = ((header >> (hdr_beat$q << data_shift)) & 64'hffffffffffffffff);
        header_strb = ((cmd_ones >> (hdr_beat$q << beat_shift)) & 8'hff);
        sto_pack$in_valid = 1'b0;
        sto_pack$in_data = header_data;
        sto_pack$in_strb = header_strb;
        sto_pack$in_last = 1'b0;
        sto_pack$close = 1'b0;
        sto_tx$tvalid = sto_pack$tvalid;
        sto_tx$tdata = sto_pack$tdata;
        sto_tx$tkeep = sto_pack$tkeep;
        sto_tx$tlast = sto_pack$tlast;
        sto_tx$tuser = sto_pack$tuser;
        sto_tx$tid = j_vi$q;
        sto_pack$tready = sto_tx$tready;
        lane_ix = 32'h0;
        in_count = 32'h0;
        lane_ix = lane_ix + 32'h1;
        if (net_rx$tkeep[0]) begin
            in_count = lane_ix;
        end
        lane_ix = lane_ix + 32'h1;
        if (net_rx$tkeep[1]) begin
            in_count = lane_ix;
        end
        lane_ix = lane_ix + 32'h1;
        if (net_rx$tkeep[2]) begin
            in_count = lane_ix;
        end
        lane_ix = lane_ix + 32'h1;
        if (net_rx$tkeep[3]) begin
            in_count = lane_ix;
        end
        lane_ix = lane_ix + 32'h1;
        if (net_rx$tkeep[4]) begin
            in_count = lane_ix;
        end
        lane_ix = lane_ix + 32'h1;
        if (net_rx$tkeep[5]) begin
            in_count = lane_ix;
        end
        lane_ix = lane_ix + 32'h1;
        if (net_rx$tkeep[6]) begin
            in_count = lane_ix;
        end
        lane_ix = lane_ix + 32'h1;
        if (net_rx$tkeep[7]) begin
            in_count = lane_ix;
        end
        rx_slice$clock = clock;
        rx_slice$flush = 1'b0;
        rx_slice$in_valid = net_rx$tvalid;
        net_rx$tready = rx_slice$in_ready;
        rx_slice$in_data = net_rx$tdata;
        rx_slice$in_side = ((net_rx$tkeep) & 16'hffff) | (((in_count) & 16'hffff) << count_lsb);
        rx_slice$in_last = net_rx$tlast;
        rx_keep = rx_slice$out_side[(32'h0)+:(8)];
        rx_avail = rx_slice$out_valid;
        rx_ready = 1'b0;
        sto_rx$tready = 1'b0;
        frames_sent = 1'b0;
        storage_command = 1'b0;
        rem$d = j_len$q - plan_off$q;
        src_room$d = ((page - (((j_src_va$q + ((plan_off$q) & 64'hffffffffffffffff)) & page_mask) & 32'hffffffff)) & 16'hffff);
        dst_room$d = ((page - (((j_dst_va$q + ((plan_off$q) & 64'hffffffffffffffff)) & page_mask) & 32'hffffffff)) & 16'hffff);
        next_half$d = 1'b1;
        n_next = rem$q;
        if (page < rem$q) begin
            n_next = page;
        end
        src_short = (((src_room$q) & 32'hffffffff) < rem$q) & (((src_room$q) & 32'hffffffff) < page);
        dst_short = (((dst_room$q) & 32'hffffffff) < rem$q) & (((dst_room$q) & 32'hffffffff) < page);
        if (j_src_mem$q & src_short & ~(j_dst_mem$q & (dst_room$q < src_room$q))) begin
            next_n$d = src_room$q;
        end
        else if (j_dst_mem$q & dst_short) begin
            next_n$d = dst_room$q;
        end
        else begin
            next_n$d = ((n_next) & 16'hffff);
        end
        next_fresh$d = next_half$q;
        plan_end_q$d = plan_off$q == j_len$q;
        table_full = (p_wr$q - p_ack$q) == chunks;
        rx_has_byte = rx_keep[((plan_off$q & lane_mask32) & 8'hff)];
        settled = (j_dst_mem$q & (p_ack$q == p_wr$q)) | (~j_dst_mem$q & (p_src$q == p_wr$q));
        case (plan$q)
            PlanState$Next:
                begin
                    if ((plan_end_q$q & next_fresh$q) | stop_plan) begin
                        plan$d = PlanState$Done;
                    end
                    else if (~settled | ~next_fresh$q) begin
                        plan$d = PlanState$Next;
                    end
                    else if (j_src_net$q) begin
                        if (rx_ended$q) begin
                            plan$d = PlanState$Done;
                        end
                        else if (rx_slice$out_valid) begin
                            if (rx_has_byte) begin
                                plan_n$d = next_n$q;
                                plan$d = PlanState$Dst;
                            end
                            else begin
                                plan$d = PlanState$Done;
                            end
                        end
                    end
                    else begin
                        plan_n$d = next_n$q;
                        if (j_src_mem$q) begin
                            plan$d = PlanState$Src;
                        end
                        else if (j_dst_mem$q) begin
                            plan$d = PlanState$Dst;
                        end
                        else begin
                            plan$d = PlanState$Push;
                        end
                    end
                end
            PlanState$Src:
                begin
                    if (tu_req_ready) begin
                        plan$d = PlanState$SrcWait;
                    end
                end
            PlanState$SrcWait:
                begin
                    if (tu_rsp_valid) begin
                        plan_src_pa$d = tu_rsp_pa;
                        if (((tu_rsp_bytes) & 16'hffff) < plan_n$q) begin
                            plan_n$d = ((tu_rsp_bytes) & 16'hffff);
                        end
                        if (tu_rsp_status != ok) begin
                            rep_plan = 1'b1;
                            plan$d = PlanState$Done;
                        end
                        else if (j_dst_mem$q) begin
                            plan$d = PlanState$Dst;
                        end
                        else begin
                            plan$d = PlanState$Push;
                        end
                    end
                end
            PlanState$Dst:
                begin
                    if (tu_req_ready) begin
                        plan$d = PlanState$DstWait;
                    end
                end
            PlanState$DstWait:
                begin
                    if (tu_rsp_valid) begin
                        plan_dst_pa$d = tu_rsp_pa;
                        if (((tu_rsp_bytes) & 16'hffff) < plan_n$q) begin
                            plan_n$d = ((tu_rsp_bytes) & 16'hffff);
                        end
                        if (tu_rsp_status != ok) begin
                            rep_plan = 1'b1;
                            rep_plan_dst = 1'b1;
                            plan$d = PlanState$Done;
                        end
                        else begin
                            plan$d = PlanState$Push;
                        end
                    end
                end
            PlanState$Push:
                begin
                    if (f_valid$q) begin
                        plan$d = PlanState$Done;
                    end
                    else if (~table_full) begin
                        p_wr$d = p_wr$q + 32'h1;
                        if (j_pipelined$q) begin
                            next_fresh$d = 1'b0;
                            next_half$d = 1'b0;
                            plan_off$d = plan_off$q + ((plan_n$q) & 32'hffffffff);
                            plan$d = PlanState$Next;
                        end
                        else begin
                            plan$d = PlanState$Wait;
                        end
                    end
                end
            PlanState$Wait:
                begin
                    if (f_valid$q) begin
                        plan$d = PlanState$Next;
                    end
                    else if ((j_dst_storage$q & (p_snk$q == p_wr$q)) | (~j_dst_storage$q & (p_src$q == p_wr$q))) begin
                        next_fresh$d = 1'b0;
                        next_half$d = 1'b0;
                        plan_off$d = plan_off$q + ((e_last_actual) & 32'hffffffff);
                        plan$d = PlanState$Next;
                        if (e_last_actual != e_last_len) begin
                            plan$d = PlanState$Done;
                        end
                    end
                end
            default:
                begin
                end
        endcase
        if ((plan$q == PlanState$Push) & ~table_full & ~f_valid$q & ((p_wr$q & chunk_mask) == 0)) begin
            c_off$0$d = plan_off$q;
            c_len$0$d = plan_n$q;
            c_actual$0$d = plan_n$q;
            c_src_pa$0$d = plan_src_pa$q;
            c_dst_pa$0$d = plan_dst_pa$q;
            c_err$0$d = ok;
        end
        if ((plan$q == PlanState$Push) & ~table_full & ~f_valid$q & ((p_wr$q & chunk_mask) == 1)) begin
            c_off$1$d = plan_off$q;
            c_len$1$d = plan_n$q;
            c_actual$1$d = plan_n$q;
            c_src_pa$1$d = plan_src_pa$q;
            c_dst_pa$1$d = plan_dst_pa$q;
            c_err$1$d = ok;
        end
        if ((plan$q == PlanState$Push) & ~table_full & ~f_valid$q & ((p_wr$q & chunk_mask) == 2)) begin
            c_off$2$d = plan_off$q;
            c_len$2$d = plan_n$q;
            c_actual$2$d = plan_n$q;
            c_src_pa$2$d = plan_src_pa$q;
            c_dst_pa$2$d = plan_dst_pa$q;
            c_err$2$d = ok;
        end
        if ((plan$q == PlanState$Push) & ~table_full & ~f_valid$q & ((p_wr$q & chunk_mask) == 3)) begin
            c_off$3$d = plan_off$q;
            c_len$3$d = plan_n$q;
            c_actual$3$d = plan_n$q;
            c_src_pa$3$d = plan_src_pa$q;
            c_dst_pa$3$d = plan_dst_pa$q;
            c_err$3$d = ok;
        end
        if (reader$chunk_issued) begin
            p_ar$d = p_ar$q + 32'h1;
        end
        if (reader$chunk_done) begin
            src_done = 1'b1;
            if (reader$chunk_error) begin
                src_errcode = host_read_error;
            end
        end
        if (reader$timeout) begin
            rep_src = 1'b1;
            rep_src_status = host_timeout;
        end
        keep_count = ((rx_slice$out_side[(count_lsb)+:(8)]) & 16'hffff);
        rx_base = rx_pos$q & ~lane_mask32;
        rx_beat_end = rx_base + ((keep_count) & 32'hffffffff);
        rx_end_base = rx_chunk_end$q & ~lane_mask32;
        rx_end_lane = ((rx_chunk_end$q & lane_mask32) & 16'hffff);
        rx_dist_zero = ~|rx_dist_q$q;
        rx_full_beat = ((keep_count) & 32'hffffffff) == lanes32;
        rx_fits = ~rx_dist_zero | (keep_count <= rx_end_lane);
        rx_fills = (rx_dist_zero & (keep_count == rx_end_lane)) | ((rx_dist_q$q == 32'h1) & rx_full_beat & ~|rx_end_lane);
        s_off$d = e_src_off;
        s_len$d = e_src_len;
        rx_chunk_end$d = e_src_off + ((e_src_len) & 32'hffffffff);
        inline_end$d = (((e_src_off + ((e_src_len) & 32'hffffffff) - 32'h1) >> beat_shift) & 16'hffff);
        rsp_beats$d = (rsp_lane + e_src_len + lanes_minus_one) >> beat_shift;
        src_fresh$d = (p_src$q != p_wr$q) & ~src_done;
        case (src$q)
            SourceState$Idle:
                begin
                    if ((state$q == MoverState$Run) & ~j_src_mem$q & (p_src$q != p_wr$q) & src_fresh$q & ~stop_src & ~rep_src_q$q) begin
                        s_err$d = 1'b0;
                        hdr_beat$d = 32'h0;
                        if (j_src_inline$q) begin
                            s_beat$d = ((s_off$q >> beat_shift) & 16'hffff);
                            src$d = SourceState$Inline;
                        end
                        if (j_src_net$q) begin
                            rx_dist_q$d = (rx_end_base - rx_base) >> beat_shift;
                            src$d = SourceState$Rx;
                        end
                        if (j_src_storage$q) begin
                            src$d = SourceState$Command;
                        end
                    end
                end
            SourceState$Inline:
                begin
                    if (|rbuf$free) begin
                        rbuf$reserve = 1'b1;
                        rbuf$reserve_beats = 32'h1;
                        rbuf$write = 1'b1;
                        rbuf$write_at = rbuf$alloc;
                        rbuf$write_data = ((((j_inline$q) & 1024'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) >> (s_beat$q << data_shift)) & 64'hffffffffffffffff);
                        rbuf$commit = 1'b1;
                        rbuf$commit_beats = 32'h1;
                        s_beat$d = s_beat$q + 32'h1;
                        if (s_beat$q == inline_end$q) begin
                            src_done = 1'b1;
                            src$d = SourceState$Idle;
                        end
                    end
                end
            SourceState$Rx:
                begin
                    if (rx_slice$out_valid & |rbuf$free) begin
                        rbuf$reserve = 1'b1;
                        rbuf$reserve_beats = 32'h1;
                        rbuf$write = 1'b1;
                        rbuf$write_at = rbuf$alloc;
                        rbuf$write_data = rx_slice$out_data;
                        rbuf$commit = 1'b1;
                        rbuf$commit_beats = 32'h1;
                        if (rx_fits) begin
                            rx_ready = 1'b1;
                            rx_pos$d = rx_beat_end;
                            if (rx_full_beat) begin
                                rx_dist_q$d = rx_dist_q$q - 32'h1;
                            end
                            if (rx_slice$out_last) begin
                                rx_ended$d = 1'b1;
                                src_done = 1'b1;
                                src_actual = ((rx_base - s_off$q) & 16'hffff) + keep_count;
                                src$d = SourceState$Idle;
                            end
                            else if (rx_fills) begin
                                src_done = 1'b1;
                                src$d = SourceState$Idle;
                            end
                        end
                        else begin
                            rx_pos$d = rx_chunk_end$q;
                            src_done = 1'b1;
                            src$d = SourceState$Idle;
                        end
                    end
                end
            SourceState$Command:
                begin
                    sto_pack$in_valid = 1'b1;
                    sto_pack$in_last = hdr_beat$q == cmd_last_beat;
                    if (sto_pack$in_ready) begin
                        hdr_beat$d = hdr_beat$q + 32'h1;
                        if (hdr_beat$q == 32'h0) begin
                            storage_command = 1'b1;
                        end
                        if (hdr_beat$q == cmd_last_beat) begin
                            src$d = SourceState$ResponseHead;
                        end
                    end
                end
            SourceState$ResponseHead:
                begin
                    if (sto_rx$tvalid) begin
                        s_beat$d = 32'h0;
                        if (|sto_rx$tdata[(status_pos)+:(8)] | ~sto_rx$tkeep[status_lane]) begin
                            s_err$d = 1'b1;
                            src$d = SourceState$ResponseDrain;
                        end
                        else begin
                            src$d = SourceState$ResponseData;
                            if (|rsp_first_data_beat) begin
                                sto_rx$tready = 1'b1;
                                if (sto_rx$tlast) begin
                                    s_fail = 1'b1;
                                    src_done = 1'b1;
                                    src$d = SourceState$Idle;
                                end
                            end
                        end
                    end
                end
            SourceState$ResponseData:
                begin
                    if (sto_rx$tvalid & |rbuf$free) begin
                        sto_rx$tready = 1'b1;
                        rbuf$reserve = 1'b1;
                        rbuf$reserve_beats = 32'h1;
                        rbuf$write = 1'b1;
                        rbuf$write_at = rbuf$alloc;
                        rbuf$write_data = sto_rx$tdata;
                        rbuf$commit = 1'b1;
                        rbuf$commit_beats = 32'h1;
                        s_beat$d = s_beat$q + 32'h1;
                        if ((s_beat$q + 32'h1) == rsp_beats$q) begin
                            if (sto_rx$tlast) begin
                                src_done = 1'b1;
                                src$d = SourceState$Idle;
                            end
                            else begin
                                src$d = SourceState$ResponseDrain;
                            end
                        end
                        else if (sto_rx$tlast) begin
                            s_fail = 1'b1;
                            src_done = 1'b1;
                            src$d = SourceState$Idle;
                        end
                    end
                end
            SourceState$ResponseDrain:
                begin
                    sto_rx$tready = 1'b1;
                    if (sto_rx$tvalid & sto_rx$tlast) begin
                        src_done = 1'b1;
                        src$d = SourceState$Idle;
                    end
                end
            default:
                begin
                    src$d = SourceState$Idle;
                end
        endcase
        if (j_src_storage$q & src_done & (s_err$q | s_fail)) begin
            src_errcode = storage_error;
        end
        if (src_done) begin
            p_src$d = p_src$q + 32'h1;
            if (src_errcode != ok) begin
                rep_src = 1'b1;
                rep_src_status = src_errcode;
            end
        end
        if (src_done & ((p_src$q & chunk_mask) == 0)) begin
            c_actual$0$d = src_actual;
            c_err$0$d = src_errcode;
        end
        if (src_done & ((p_src$q & chunk_mask) == 1)) begin
            c_actual$1$d = src_actual;
            c_err$1$d = src_errcode;
        end
        if (src_done & ((p_src$q & chunk_mask) == 2)) begin
            c_actual$2$d = src_actual;
            c_err$2$d = src_errcode;
        end
        if (src_done & ((p_src$q & chunk_mask) == 3)) begin
            c_actual$3$d = src_actual;
            c_err$3$d = src_errcode;
        end
        sink_finished = (snk$q == SinkState$Idle) & ((p_snk$q == p_wr$q) | stop_snk | ((p_snk$q != p_src$q) & (e_snk_err != ok)));
        snk_go_q$d = (state$q == MoverState$Run) & (snk$q == SinkState$Idle) & (p_snk$q != p_src$q) & ~stop_snk & (e_snk_err == ok);
        case (snk$q)
            SinkState$Idle:
                begin
                    if (snk_go_q$q & (state$q == MoverState$Run) & ~f_new_q$q & ~writer$issuing) begin
                        if (j_dst_storage$q) begin
                            hdr_beat$d = 32'h0;
                            snk$d = SinkState$Header;
                        end
                        else begin
                            realign$start = 1'b1;
                            writer$start = j_dst_mem$q;
                            snk$d = SinkState$Data;
                        end
                    end
                end
            SinkState$Header:
                begin
                    sto_pack$in_valid = 1'b1;
                    if (sto_pack$in_ready) begin
                        hdr_beat$d = hdr_beat$q + 32'h1;
                        if (hdr_beat$q == 32'h0) begin
                            storage_command = 1'b1;
                        end
                        if (hdr_beat$q == cmd_last_beat) begin
                            realign$start = 1'b1;
                            snk$d = SinkState$Data;
                        end
                    end
                end
            SinkState$Data:
                begin
                    if (j_dst_mem$q) begin
                        writer$in_valid = realign$out_valid;
                        realign$out_ready = writer$in_ready;
                    end
                    if (j_dst_net$q) begin
                        net_pack$in_valid = realign$out_valid;
                        realign$out_ready = net_pack$in_ready;
                    end
                    if (j_dst_storage$q) begin
                        sto_pack$in_valid = realign$out_valid;
                        sto_pack$in_data = realign$out_data;
                        sto_pack$in_strb = realign$out_strb;
                        sto_pack$in_last = realign$out_last;
                        realign$out_ready = sto_pack$in_ready;
                    end
                    if (~realign$busy & ~writer$issuing) begin
                        if (j_dst_storage$q) begin
                            snk$d = SinkState$Response;
                        end
                        else begin
                            p_snk$d = p_snk$q + 32'h1;
                            snk$d = SinkState$Idle;
                        end
                    end
                end
            SinkState$Response:
                begin
                    if (sto_rx$tvalid) begin
                        sto_rx$tready = 1'b1;
                        if (|sto_rx$tdata[(status_pos)+:(8)] | ~sto_rx$tkeep[status_lane]) begin
                            rep_sink = 1'b1;
                        end
                        if (sto_rx$tlast) begin
                            p_snk$d = p_snk$q + 32'h1;
                            snk$d = SinkState$Idle;
                        end
                        else begin
                            snk$d = SinkState$ResponseDrain;
                        end
                    end
                end
            SinkState$ResponseDrain:
                begin
                    sto_rx$tready = 1'b1;
                    if (sto_rx$tvalid & sto_rx$tlast) begin
                        p_snk$d = p_snk$q + 32'h1;
                        snk$d = SinkState$Idle;
                    end
                end
            default:
                begin
                    snk$d = SinkState$Idle;
                end
        endcase
        if (j_dst_mem$q) begin
            if (writer$chunk_acked) begin
                p_ack$d = p_ack$q + 32'h1;
            end
        end
        else begin
            p_ack$d = p_snk$d;
        end
        n_take = ~f_valid$q | (plan_off$q < f_off$q);
        rep_src_q$d = rep_src & (state$q == MoverState$Run);
        rep_src_off_q$d = e_src_off;
        rep_src_status_q$d = rep_src_status;
        rep_src_on_dst_q$d = j_src_storage$q;
        n_valid = rep_plan | rep_src_q$q | rep_sink | writer$fail;
        n_off = plan_off$q;
        n_status = tu_rsp_status;
        n_on_dst = rep_plan_dst;
        if (rep_src_q$q) begin
            n_off = rep_src_off_q$q;
            n_status = rep_src_status_q$q;
            n_on_dst = rep_src_on_dst_q$q;
            n_take = ~f_valid$q | (rep_src_off_q$q < f_off$q);
        end
        if (rep_sink) begin
            n_off = e_snk_off;
            n_status = storage_error;
            n_on_dst = 1'b0;
            n_take = ~f_valid$q | (e_snk_off < f_off$q);
        end
        if (writer$fail) begin
            n_off = writer$fail_off;
            n_status = host_write_error;
            if (writer$fail_timeout) begin
                n_status = host_timeout;
            end
            n_on_dst = 1'b1;
            n_take = ~f_valid$q | (writer$fail_off < f_off$q);
        end
        f_new_q$d = n_valid & n_take;
        if (n_valid & n_take) begin
            f_valid$d = 1'b1;
            f_off$d = n_off;
            f_status$d = n_status;
            f_on_dst$d = n_on_dst;
        end
        work_done = (plan$q == PlanState$Done) & sink_finished & sto_pack$idle & (src$q == SourceState$Idle) & ~rep_src_q$q & writer$idle & ~realign$busy;
        case (state$q)
            MoverState$Idle:
                begin
                    if (start) begin
                        j_src_mem$d = src_mem;
                        j_dst_mem$d = dst_mem;
                        j_src_inline$d = src_inline;
                        j_src_net$d = src_net;
                        j_src_storage$d = src_storage;
                        j_dst_net$d = dst_net;
                        j_dst_storage$d = dst_storage;
                        j_pipelined$d = pipelined;
                        j_vi$d = vi;
                        j_src_va$d = src_va;
                        j_dst_va$d = dst_va;
                        j_src_ticket$d = src_ticket;
                        j_dst_ticket$d = dst_ticket;
                        j_len$d = len;
                        j_storage_offset$d = storage_offset;
                        j_inline$d = inline_data;
                        p_wr$d = 32'h0;
                        p_ar$d = 32'h0;
                        p_src$d = 32'h0;
                        p_snk$d = 32'h0;
                        p_ack$d = 32'h0;
                        f_valid$d = 1'b0;
                        next_fresh$d = 1'b0;
                        next_half$d = 1'b0;
                        plan_off$d = 32'h0;
                        plan_src_pa$d = 32'h0;
                        plan_dst_pa$d = 32'h0;
                        rx_pos$d = 32'h0;
                        rx_ended$d = 1'b0;
                        truncated$d = 1'b0;
                        plan$d = PlanState$Next;
                        state$d = MoverState$Run;
                    end
                end
            MoverState$Run:
                begin
                    if (work_done) begin
                        plan$d = PlanState$Idle;
                        if (j_dst_net$q & f_valid$q & |f_off$q) begin
                            state$d = MoverState$Close;
                        end
                        else if (j_dst_net$q) begin
                            state$d = MoverState$FrameOut;
                        end
                        else if (j_src_net$q) begin
                            truncated$d = ~rx_ended$q & ~(rx_slice$out_valid & rx_slice$out_last & ~rx_has_byte);
                            state$d = MoverState$Drain;
                        end
                        else begin
                            state$d = MoverState$Finish;
                        end
                    end
                end
            MoverState$Close:
                begin
                    net_pack$close = 1'b1;
                    if (net_pack$in_ready) begin
                        state$d = MoverState$FrameOut;
                    end
                end
            MoverState$FrameOut:
                begin
                    if (net_pack$idle) begin
                        frames_sent = ~f_valid$q;
                        state$d = MoverState$Finish;
                    end
                end
            MoverState$Drain:
                begin
                    rx_ready = ~rx_ended$q;
                    if (rx_ended$q | (rx_slice$out_valid & rx_slice$out_last)) begin
                        rx_ended$d = 1'b1;
                        state$d = MoverState$Finish;
                    end
                end
            MoverState$Finish:
                begin
                    rbuf$flush = 1'b1;
                    out_status$d = ok;
                    out_bytes$d = j_len$q;
                    out_va$d = 32'h0;
                    out_on_dst$d = 1'b0;
                    if (j_src_net$q) begin
                        out_bytes$d = plan_off$q;
                        if (truncated$q) begin
                            out_status$d = rx_truncated;
                        end
                    end
                    if (f_valid$q) begin
                        out_status$d = f_status$q;
                        out_bytes$d = f_off$q;
                        out_va$d = j_src_va$q + ((f_off$q) & 64'hffffffffffffffff);
                        if (f_on_dst$q) begin
                            out_va$d = j_dst_va$q + ((f_off$q) & 64'hffffffffffffffff);
                        end
                        out_on_dst$d = f_on_dst$q;
                    end
                    state$d = MoverState$Done;
                end
            MoverState$Done:
                begin
                    state$d = MoverState$Idle;
                end
            default:
                begin
                    state$d = MoverState$Idle;
                end
        endcase
        rx_slice$out_ready = rx_ready;
    end
    
endmodule // viaduct_engine$mover


module viaduct_engine$mover$ar_fresh(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$ar_fresh


module viaduct_engine$mover$ar_len_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$ar_len_q


module viaduct_engine$mover$ar_pa_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$ar_pa_q


module viaduct_engine$mover$c_actual$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_actual$0


module viaduct_engine$mover$c_actual$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_actual$1


module viaduct_engine$mover$c_actual$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_actual$2


module viaduct_engine$mover$c_actual$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_actual$3


module viaduct_engine$mover$c_dst_pa$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_dst_pa$0


module viaduct_engine$mover$c_dst_pa$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_dst_pa$1


module viaduct_engine$mover$c_dst_pa$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_dst_pa$2


module viaduct_engine$mover$c_dst_pa$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_dst_pa$3


module viaduct_engine$mover$c_err$0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_err$0


module viaduct_engine$mover$c_err$1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_err$1


module viaduct_engine$mover$c_err$2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_err$2


module viaduct_engine$mover$c_err$3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_err$3


module viaduct_engine$mover$c_len$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_len$0


module viaduct_engine$mover$c_len$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_len$1


module viaduct_engine$mover$c_len$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_len$2


module viaduct_engine$mover$c_len$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_len$3


module viaduct_engine$mover$c_off$0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_off$0


module viaduct_engine$mover$c_off$1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_off$1


module viaduct_engine$mover$c_off$2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_off$2


module viaduct_engine$mover$c_off$3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_off$3


module viaduct_engine$mover$c_src_pa$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_src_pa$0


module viaduct_engine$mover$c_src_pa$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_src_pa$1


module viaduct_engine$mover$c_src_pa$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_src_pa$2


module viaduct_engine$mover$c_src_pa$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$c_src_pa$3


module viaduct_engine$mover$dst_room(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$dst_room


module viaduct_engine$mover$f_new_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$f_new_q


module viaduct_engine$mover$f_off(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$f_off


module viaduct_engine$mover$f_on_dst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$f_on_dst


module viaduct_engine$mover$f_status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$f_status


module viaduct_engine$mover$f_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$f_valid


module viaduct_engine$mover$hdr_beat(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$hdr_beat


module viaduct_engine$mover$inline_end(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$inline_end


module viaduct_engine$mover$j_dst_mem(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_dst_mem


module viaduct_engine$mover$j_dst_net(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_dst_net


module viaduct_engine$mover$j_dst_storage(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_dst_storage


module viaduct_engine$mover$j_dst_ticket(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_dst_ticket


module viaduct_engine$mover$j_dst_va(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_dst_va


module viaduct_engine$mover$j_inline(d,q,clock);
    
    // Module arguments
    input wire  [191:0] d;
    output reg  [191:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 192'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_inline


module viaduct_engine$mover$j_len(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_len


module viaduct_engine$mover$j_pipelined(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_pipelined


module viaduct_engine$mover$j_src_inline(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_src_inline


module viaduct_engine$mover$j_src_mem(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_src_mem


module viaduct_engine$mover$j_src_net(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_src_net


module viaduct_engine$mover$j_src_storage(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_src_storage


module viaduct_engine$mover$j_src_ticket(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_src_ticket


module viaduct_engine$mover$j_src_va(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_src_va


module viaduct_engine$mover$j_storage_offset(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_storage_offset


module viaduct_engine$mover$j_vi(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$j_vi


module viaduct_engine$mover$net_pack(clock,in_valid,in_ready,in_data,in_strb,in_last,close,tvalid,tready,tdata,tkeep,tlast,tuser,idle);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    input wire  [7:0] in_strb;
    input wire  in_last;
    input wire  close;
    output reg  tvalid;
    input wire  tready;
    output reg  [63:0] tdata;
    output reg  [7:0] tkeep;
    output reg  tlast;
    output reg  tuser;
    output reg  idle;
    
    // Constant declarations
    localparam  lane_masks$0 = 64'hff;
    localparam  lane_masks$1 = 64'hff00;
    localparam  lane_masks$2 = 64'hff0000;
    localparam  lane_masks$3 = 64'hff000000;
    localparam  lane_masks$4 = 64'hff00000000;
    localparam  lane_masks$5 = 64'hff0000000000;
    localparam  lane_masks$6 = 64'hff000000000000;
    localparam  lane_masks$7 = 64'hff00000000000000;
    localparam  top_lane = 8'h7;
    
    // Stub signals
    reg  [63:0] data$d;
    wire  [63:0] data$q;
    reg  data$clock;
    reg  [7:0] keep$d;
    wire  [7:0] keep$q;
    reg  keep$clock;
    reg  last$d;
    wire  last$q;
    reg  last$clock;
    reg  abort$d;
    wire  abort$q;
    reg  abort$clock;
    
    // Local signals
    reg  complete;
    reg  accept;
    reg  [63:0] base_data;
    reg  [7:0] base_keep;
    reg  [63:0] byte_mask;
    
    // Sub module instances
    viaduct_engine$mover$net_pack$data data(
        .d(data$d),
        .q(data$q),
        .clock(data$clock)
    );
    viaduct_engine$mover$net_pack$keep keep(
        .d(keep$d),
        .q(keep$q),
        .clock(keep$clock)
    );
    viaduct_engine$mover$net_pack$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    viaduct_engine$mover$net_pack$abort abort(
        .d(abort$d),
        .q(abort$q),
        .clock(abort$clock)
    );
    
    // Update code
    always @(*) begin
        data$clock = clock;
        keep$clock = clock;
        last$clock = clock;
        abort$clock = clock;
        data$d = data$q;
        keep$d = keep$q;
        last$d = last$q;
        abort$d = abort$q;
        tvalid = keep$q[top_lane] | last$q;
        tdata = data$q;
        tkeep = keep$q;
        tlast = last$q;
        tuser = abort$q;
        in_ready = ~(keep$q[top_lane] | last$q) | tready;
        idle = ~|keep$q & ~last$q;
        complete = keep$q[top_lane] | last$q;
        accept = ~complete | tready;
        base_data = data$q;
        base_keep = keep$q;
        if (complete & tready) begin
            base_data = 32'h0;
            base_keep = 32'h0;
            last$d = 1'b0;
            abort$d = 1'b0;
        end
        byte_mask = 32'h0;
        if (in_strb[0]) begin
            byte_mask = byte_mask | lane_masks$0;
        end
        if (in_strb[1]) begin
            byte_mask = byte_mask | lane_masks$1;
        end
        if (in_strb[2]) begin
            byte_mask = byte_mask | lane_masks$2;
        end
        if (in_strb[3]) begin
            byte_mask = byte_mask | lane_masks$3;
        end
        if (in_strb[4]) begin
            byte_mask = byte_mask | lane_masks$4;
        end
        if (in_strb[5]) begin
            byte_mask = byte_mask | lane_masks$5;
        end
        if (in_strb[6]) begin
            byte_mask = byte_mask | lane_masks$6;
        end
        if (in_strb[7]) begin
            byte_mask = byte_mask | lane_masks$7;
        end
        data$d = base_data;
        keep$d = base_keep;
        if (in_valid & accept) begin
            data$d = (base_data & ~byte_mask) | (in_data & byte_mask);
            keep$d = base_keep | in_strb;
            last$d = in_last;
        end
        else if (close & accept) begin
            last$d = 1'b1;
            abort$d = 1'b1;
        end
    end
    
endmodule // viaduct_engine$mover$net_pack


module viaduct_engine$mover$net_pack$abort(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$net_pack$abort


module viaduct_engine$mover$net_pack$data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$net_pack$data


module viaduct_engine$mover$net_pack$keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$net_pack$keep


module viaduct_engine$mover$net_pack$last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$net_pack$last


module viaduct_engine$mover$next_fresh(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$next_fresh


module viaduct_engine$mover$next_half(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$next_half


module viaduct_engine$mover$next_n(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$next_n


module viaduct_engine$mover$out_bytes(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$out_bytes


module viaduct_engine$mover$out_on_dst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$out_on_dst


module viaduct_engine$mover$out_status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$out_status


module viaduct_engine$mover$out_va(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$out_va


module viaduct_engine$mover$p_ack(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$p_ack


module viaduct_engine$mover$p_ar(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$p_ar


module viaduct_engine$mover$p_snk(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$p_snk


module viaduct_engine$mover$p_src(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$p_src


module viaduct_engine$mover$p_wr(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$p_wr


module viaduct_engine$mover$plan(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam PlanState$Idle = 0;
    localparam PlanState$Next = 1;
    localparam PlanState$Src = 2;
    localparam PlanState$SrcWait = 3;
    localparam PlanState$Dst = 4;
    localparam PlanState$DstWait = 5;
    localparam PlanState$Push = 6;
    localparam PlanState$Wait = 7;
    localparam PlanState$Done = 8;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$plan


module viaduct_engine$mover$plan_dst_pa(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$plan_dst_pa


module viaduct_engine$mover$plan_end_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$plan_end_q


module viaduct_engine$mover$plan_n(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$plan_n


module viaduct_engine$mover$plan_off(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$plan_off


module viaduct_engine$mover$plan_src_pa(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$plan_src_pa


module viaduct_engine$mover$rbuf(clock,free,alloc,reserve,reserve_beats,write,write_at,write_data,commit,commit_beats,valid,data,pop,flush);
    
    // Module arguments
    input wire  clock;
    output reg  [10:0] free;
    output reg  [10:0] alloc;
    input wire  reserve;
    input wire  [10:0] reserve_beats;
    input wire  write;
    input wire  [10:0] write_at;
    input wire  [63:0] write_data;
    input wire  commit;
    input wire  [10:0] commit_beats;
    output reg  valid;
    output reg  [63:0] data;
    input wire  pop;
    input wire  flush;
    
    // Constant declarations
    localparam  size = 11'b10000000000;
    
    // Stub signals
    reg  [9:0] ram$read_address;
    reg  ram$read_clock;
    wire  [63:0] ram$read_data;
    reg  [9:0] ram$write_address;
    reg  ram$write_clock;
    reg  [63:0] ram$write_data;
    reg  ram$write_enable;
    reg  [10:0] alloc_q$d;
    wire  [10:0] alloc_q$q;
    reg  alloc_q$clock;
    reg  [10:0] committed$d;
    wire  [10:0] committed$q;
    reg  committed$clock;
    reg  avail$d;
    wire  avail$q;
    reg  avail$clock;
    reg  [10:0] rd$d;
    wire  [10:0] rd$q;
    reg  rd$clock;
    reg  [10:0] rd_inc$d;
    wire  [10:0] rd_inc$q;
    reg  rd_inc$clock;
    reg  [63:0] out$0$d;
    wire  [63:0] out$0$q;
    reg  out$0$clock;
    reg  [63:0] out$1$d;
    wire  [63:0] out$1$q;
    reg  out$1$clock;
    reg  out_wr$d;
    wire  out_wr$q;
    reg  out_wr$clock;
    reg  out_rd$d;
    wire  out_rd$q;
    reg  out_rd$clock;
    reg  [1:0] out_count$d;
    wire  [1:0] out_count$q;
    reg  out_count$clock;
    reg  [10:0] free_q$d;
    wire  [10:0] free_q$q;
    reg  free_q$clock;
    
    // Local signals
    reg  [10:0] rd_next;
    reg  load;
    reg  take;
    
    // Sub module instances
    viaduct_engine$mover$rbuf$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    viaduct_engine$mover$rbuf$alloc_q alloc_q(
        .d(alloc_q$d),
        .q(alloc_q$q),
        .clock(alloc_q$clock)
    );
    viaduct_engine$mover$rbuf$committed committed(
        .d(committed$d),
        .q(committed$q),
        .clock(committed$clock)
    );
    viaduct_engine$mover$rbuf$avail avail(
        .d(avail$d),
        .q(avail$q),
        .clock(avail$clock)
    );
    viaduct_engine$mover$rbuf$rd rd(
        .d(rd$d),
        .q(rd$q),
        .clock(rd$clock)
    );
    viaduct_engine$mover$rbuf$rd_inc rd_inc(
        .d(rd_inc$d),
        .q(rd_inc$q),
        .clock(rd_inc$clock)
    );
    viaduct_engine$mover$rbuf$out$0 out$0(
        .d(out$0$d),
        .q(out$0$q),
        .clock(out$0$clock)
    );
    viaduct_engine$mover$rbuf$out$1 out$1(
        .d(out$1$d),
        .q(out$1$q),
        .clock(out$1$clock)
    );
    viaduct_engine$mover$rbuf$out_wr out_wr(
        .d(out_wr$d),
        .q(out_wr$q),
        .clock(out_wr$clock)
    );
    viaduct_engine$mover$rbuf$out_rd out_rd(
        .d(out_rd$d),
        .q(out_rd$q),
        .clock(out_rd$clock)
    );
    viaduct_engine$mover$rbuf$out_count out_count(
        .d(out_count$d),
        .q(out_count$q),
        .clock(out_count$clock)
    );
    viaduct_engine$mover$rbuf$free_q free_q(
        .d(free_q$d),
        .q(free_q$q),
        .clock(free_q$clock)
    );
    
    // Update code
    always @(*) begin
        alloc_q$clock = clock;
        committed$clock = clock;
        avail$clock = clock;
        rd$clock = clock;
        rd_inc$clock = clock;
        out_wr$clock = clock;
        out_rd$clock = clock;
        out_count$clock = clock;
        free_q$clock = clock;
        alloc_q$d = alloc_q$q;
        committed$d = committed$q;
        avail$d = avail$q;
        rd$d = rd$q;
        rd_inc$d = rd_inc$q;
        out_wr$d = out_wr$q;
        out_rd$d = out_rd$q;
        out_count$d = out_count$q;
        free_q$d = free_q$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        load = avail$q & (out_count$q != 32'h2);
        take = pop & |out_count$q;
        rd_next = rd$q;
        avail$d = rd$q != committed$q;
        if (load) begin
            rd_next = rd_inc$q;
            rd_inc$d = rd_inc$q + 32'h1;
            avail$d = rd_inc$q != committed$q;
        end
        out$0$clock = clock;
        out$0$d = out$0$q;
        if (load & (out_wr$q == (0 == 32'h1))) begin
            out$0$d = ram$read_data;
        end
        out$1$clock = clock;
        out$1$d = out$1$q;
        if (load & (out_wr$q == (1 == 32'h1))) begin
            out$1$d = ram$read_data;
        end
        if (load) begin
            out_wr$d = ~out_wr$q;
        end
        if (take) begin
            out_rd$d = ~out_rd$q;
        end
        out_count$d = out_count$q;
        if (load & ~take) begin
            out_count$d = out_count$q + 32'h1;
        end
        if (~load & take) begin
            out_count$d = out_count$q - 32'h1;
        end
        ram$read_address = ((rd_next) & 10'h3ff);
        ram$write_address = ((write_at) & 10'h3ff);
        ram$write_data = write_data;
        ram$write_enable = write & ~flush;
        free_q$d = free_q$q;
        if (take) begin
            free_q$d = free_q$q + 32'h1;
        end
        if (reserve) begin
            alloc_q$d = alloc_q$q + reserve_beats;
            free_q$d = free_q$q - reserve_beats;
            if (take) begin
                free_q$d = free_q$q + 32'h1 - reserve_beats;
            end
        end
        if (commit) begin
            committed$d = committed$q + commit_beats;
        end
        rd$d = rd_next;
        if (flush) begin
            alloc_q$d = 32'h0;
            committed$d = 32'h0;
            avail$d = 1'b0;
            rd$d = 32'h0;
            rd_inc$d = 32'h1;
            out_wr$d = 1'b0;
            out_rd$d = 1'b0;
            out_count$d = 32'h0;
            free_q$d = size;
        end
        valid = |out_count$q;
        data = out$0$q;
        if (out_rd$q) begin
            data = out$1$q;
        end
        alloc = alloc_q$q;
        free = free_q$q;
    end
    
endmodule // viaduct_engine$mover$rbuf


module viaduct_engine$mover$rbuf$alloc_q(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$alloc_q


module viaduct_engine$mover$rbuf$avail(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$avail


module viaduct_engine$mover$rbuf$committed(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$committed


module viaduct_engine$mover$rbuf$free_q(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 11'b10000000000;
    
    // Stub signals
    reg  [10:0] dff$d;
    wire  [10:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    viaduct_engine$mover$rbuf$free_q$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // viaduct_engine$mover$rbuf$free_q


module viaduct_engine$mover$rbuf$free_q$dff(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$free_q$dff


module viaduct_engine$mover$rbuf$out$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$out$0


module viaduct_engine$mover$rbuf$out$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$out$1


module viaduct_engine$mover$rbuf$out_count(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$out_count


module viaduct_engine$mover$rbuf$out_rd(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$out_rd


module viaduct_engine$mover$rbuf$out_wr(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$out_wr


module viaduct_engine$mover$rbuf$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$mover$rbuf$ram


module viaduct_engine$mover$rbuf$rd(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$rd


module viaduct_engine$mover$rbuf$rd_inc(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 11'b1;
    
    // Stub signals
    reg  [10:0] dff$d;
    wire  [10:0] dff$q;
    reg  dff$clock;
    
    // Sub module instances
    viaduct_engine$mover$rbuf$rd_inc$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // viaduct_engine$mover$rbuf$rd_inc


module viaduct_engine$mover$rbuf$rd_inc$dff(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rbuf$rd_inc$dff


module viaduct_engine$mover$reader(clock,chunk_valid,chunk_pa,chunk_len,chunk_issued,chunk_done,chunk_error,timeout,abandon,idle,watchdog,reads_in_flight,buf_free,buf_alloc,reserve,reserve_beats,write,write_at,write_data,commit,commit_beats,m_axi$arvalid,m_axi$arready,m_axi$arid,m_axi$araddr,m_axi$arlen,m_axi$arsize,m_axi$arburst,m_axi$rvalid,m_axi$rready,m_axi$rid,m_axi$rdata,m_axi$rresp,m_axi$rlast);
    
    // Module arguments
    input wire  clock;
    input wire  chunk_valid;
    input wire  [63:0] chunk_pa;
    input wire  [15:0] chunk_len;
    output reg  chunk_issued;
    output reg  chunk_done;
    output reg  chunk_error;
    output reg  timeout;
    input wire  abandon;
    output reg  idle;
    input wire  [31:0] watchdog;
    input wire  [7:0] reads_in_flight;
    input wire  [10:0] buf_free;
    input wire  [10:0] buf_alloc;
    output reg  reserve;
    output reg  [10:0] reserve_beats;
    output reg  write;
    output reg  [10:0] write_at;
    output reg  [63:0] write_data;
    output reg  commit;
    output reg  [10:0] commit_beats;
    output reg  m_axi$arvalid;
    input wire  m_axi$arready;
    output reg  [4:0] m_axi$arid;
    output reg  [63:0] m_axi$araddr;
    output reg  [7:0] m_axi$arlen;
    output reg  [2:0] m_axi$arsize;
    output reg  [1:0] m_axi$arburst;
    input wire  m_axi$rvalid;
    output reg  m_axi$rready;
    input wire  [4:0] m_axi$rid;
    input wire  [63:0] m_axi$rdata;
    input wire  [1:0] m_axi$rresp;
    input wire  m_axi$rlast;
    
    // Constant declarations
    localparam  burst_bytes = 16'h200;
    localparam  burst_mask = 64'h1ff;
    localparam  lane_mask = 64'h7;
    localparam  lanes_minus_one = 16'h7;
    localparam  beat_shift = 8'h3;
    localparam  size = 3'b11;
    localparam  incr = 2'b1;
    localparam  slots = 5'b10000;
    localparam  slresp = 2'b10;
    localparam  epoch_bit = 8'h4;
    
    // Stub signals
    reg  mid_chunk$d;
    wire  mid_chunk$q;
    reg  mid_chunk$clock;
    reg  [63:0] next_addr$d;
    wire  [63:0] next_addr$q;
    reg  next_addr$clock;
    reg  [15:0] left$d;
    wire  [15:0] left$q;
    reg  left$clock;
    reg  nb_fresh$d;
    wire  nb_fresh$q;
    reg  nb_fresh$clock;
    reg  room_ok_q$d;
    wire  room_ok_q$q;
    reg  room_ok_q$clock;
    reg  [63:0] nb_addr$d;
    wire  [63:0] nb_addr$q;
    reg  nb_addr$clock;
    reg  [15:0] nb_left$d;
    wire  [15:0] nb_left$q;
    reg  nb_left$clock;
    reg  [15:0] nb_bytes$d;
    wire  [15:0] nb_bytes$q;
    reg  nb_bytes$clock;
    reg  [15:0] nb_beats$d;
    wire  [15:0] nb_beats$q;
    reg  nb_beats$clock;
    reg  nb_last$d;
    wire  nb_last$q;
    reg  nb_last$clock;
    reg  ar_pending$d;
    wire  ar_pending$q;
    reg  ar_pending$clock;
    reg  [63:0] ar_addr$d;
    wire  [63:0] ar_addr$q;
    reg  ar_addr$clock;
    reg  [7:0] ar_len$d;
    wire  [7:0] ar_len$q;
    reg  ar_len$clock;
    reg  [4:0] ar_id$d;
    wire  [4:0] ar_id$q;
    reg  ar_id$clock;
    reg  epoch$d;
    wire  epoch$q;
    reg  epoch$clock;
    reg  [4:0] iseq$d;
    wire  [4:0] iseq$q;
    reg  iseq$clock;
    reg  [4:0] rseq$d;
    wire  [4:0] rseq$q;
    reg  rseq$clock;
    reg  [10:0] base$0$d;
    wire  [10:0] base$0$q;
    reg  base$0$clock;
    reg  [10:0] base$1$d;
    wire  [10:0] base$1$q;
    reg  base$1$clock;
    reg  [10:0] base$2$d;
    wire  [10:0] base$2$q;
    reg  base$2$clock;
    reg  [10:0] base$3$d;
    wire  [10:0] base$3$q;
    reg  base$3$clock;
    reg  [10:0] base$4$d;
    wire  [10:0] base$4$q;
    reg  base$4$clock;
    reg  [10:0] base$5$d;
    wire  [10:0] base$5$q;
    reg  base$5$clock;
    reg  [10:0] base$6$d;
    wire  [10:0] base$6$q;
    reg  base$6$clock;
    reg  [10:0] base$7$d;
    wire  [10:0] base$7$q;
    reg  base$7$clock;
    reg  [10:0] base$8$d;
    wire  [10:0] base$8$q;
    reg  base$8$clock;
    reg  [10:0] base$9$d;
    wire  [10:0] base$9$q;
    reg  base$9$clock;
    reg  [10:0] base$10$d;
    wire  [10:0] base$10$q;
    reg  base$10$clock;
    reg  [10:0] base$11$d;
    wire  [10:0] base$11$q;
    reg  base$11$clock;
    reg  [10:0] base$12$d;
    wire  [10:0] base$12$q;
    reg  base$12$clock;
    reg  [10:0] base$13$d;
    wire  [10:0] base$13$q;
    reg  base$13$clock;
    reg  [10:0] base$14$d;
    wire  [10:0] base$14$q;
    reg  base$14$clock;
    reg  [10:0] base$15$d;
    wire  [10:0] base$15$q;
    reg  base$15$clock;
    reg  [8:0] beats$0$d;
    wire  [8:0] beats$0$q;
    reg  beats$0$clock;
    reg  [8:0] beats$1$d;
    wire  [8:0] beats$1$q;
    reg  beats$1$clock;
    reg  [8:0] beats$2$d;
    wire  [8:0] beats$2$q;
    reg  beats$2$clock;
    reg  [8:0] beats$3$d;
    wire  [8:0] beats$3$q;
    reg  beats$3$clock;
    reg  [8:0] beats$4$d;
    wire  [8:0] beats$4$q;
    reg  beats$4$clock;
    reg  [8:0] beats$5$d;
    wire  [8:0] beats$5$q;
    reg  beats$5$clock;
    reg  [8:0] beats$6$d;
    wire  [8:0] beats$6$q;
    reg  beats$6$clock;
    reg  [8:0] beats$7$d;
    wire  [8:0] beats$7$q;
    reg  beats$7$clock;
    reg  [8:0] beats$8$d;
    wire  [8:0] beats$8$q;
    reg  beats$8$clock;
    reg  [8:0] beats$9$d;
    wire  [8:0] beats$9$q;
    reg  beats$9$clock;
    reg  [8:0] beats$10$d;
    wire  [8:0] beats$10$q;
    reg  beats$10$clock;
    reg  [8:0] beats$11$d;
    wire  [8:0] beats$11$q;
    reg  beats$11$clock;
    reg  [8:0] beats$12$d;
    wire  [8:0] beats$12$q;
    reg  beats$12$clock;
    reg  [8:0] beats$13$d;
    wire  [8:0] beats$13$q;
    reg  beats$13$clock;
    reg  [8:0] beats$14$d;
    wire  [8:0] beats$14$q;
    reg  beats$14$clock;
    reg  [8:0] beats$15$d;
    wire  [8:0] beats$15$q;
    reg  beats$15$clock;
    reg  [8:0] cnt$0$d;
    wire  [8:0] cnt$0$q;
    reg  cnt$0$clock;
    reg  [8:0] cnt$1$d;
    wire  [8:0] cnt$1$q;
    reg  cnt$1$clock;
    reg  [8:0] cnt$2$d;
    wire  [8:0] cnt$2$q;
    reg  cnt$2$clock;
    reg  [8:0] cnt$3$d;
    wire  [8:0] cnt$3$q;
    reg  cnt$3$clock;
    reg  [8:0] cnt$4$d;
    wire  [8:0] cnt$4$q;
    reg  cnt$4$clock;
    reg  [8:0] cnt$5$d;
    wire  [8:0] cnt$5$q;
    reg  cnt$5$clock;
    reg  [8:0] cnt$6$d;
    wire  [8:0] cnt$6$q;
    reg  cnt$6$clock;
    reg  [8:0] cnt$7$d;
    wire  [8:0] cnt$7$q;
    reg  cnt$7$clock;
    reg  [8:0] cnt$8$d;
    wire  [8:0] cnt$8$q;
    reg  cnt$8$clock;
    reg  [8:0] cnt$9$d;
    wire  [8:0] cnt$9$q;
    reg  cnt$9$clock;
    reg  [8:0] cnt$10$d;
    wire  [8:0] cnt$10$q;
    reg  cnt$10$clock;
    reg  [8:0] cnt$11$d;
    wire  [8:0] cnt$11$q;
    reg  cnt$11$clock;
    reg  [8:0] cnt$12$d;
    wire  [8:0] cnt$12$q;
    reg  cnt$12$clock;
    reg  [8:0] cnt$13$d;
    wire  [8:0] cnt$13$q;
    reg  cnt$13$clock;
    reg  [8:0] cnt$14$d;
    wire  [8:0] cnt$14$q;
    reg  cnt$14$clock;
    reg  [8:0] cnt$15$d;
    wire  [8:0] cnt$15$q;
    reg  cnt$15$clock;
    reg  [15:0] active$d;
    wire  [15:0] active$q;
    reg  active$clock;
    reg  [15:0] done$d;
    wire  [15:0] done$q;
    reg  done$clock;
    reg  [15:0] err$d;
    wire  [15:0] err$q;
    reg  err$clock;
    reg  [15:0] ends_chunk$d;
    wire  [15:0] ends_chunk$q;
    reg  ends_chunk$clock;
    reg  [15:0] due$d;
    wire  [15:0] due$q;
    reg  due$clock;
    reg  [15:0] due_last$d;
    wire  [15:0] due_last$q;
    reg  due_last$clock;
    reg  chunk_err$d;
    wire  chunk_err$q;
    reg  chunk_err$clock;
    reg  wd$clock;
    reg  [31:0] wd$limit;
    reg  wd$count;
    reg  wd$restart;
    reg  wd$after_progress;
    wire  wd$expired;
    reg  slot_free_q$d;
    wire  slot_free_q$q;
    reg  slot_free_q$clock;
    
    // Local signals
    reg  [63:0] addr;
    reg  [15:0] rem;
    reg  [15:0] room;
    reg  room_short;
    reg  [4:0] outstanding;
    reg  [4:0] limit;
    reg  issue;
    reg  [3:0] r_slot;
    reg  r_ok;
    reg  [10:0] r_base;
    reg  [8:0] r_cnt;
    reg  r_take;
    reg  r_end;
    reg  [3:0] head;
    reg  [8:0] head_beats_out;
    reg  retire;
    reg  progress;
    reg  [3:0] i_slot;
    reg  [15:0] active_n;
    reg  [15:0] done_n;
    reg  [15:0] err_n;
    reg  [15:0] due_n;
    reg  [15:0] due_last_n;
    
    // Sub module instances
    viaduct_engine$mover$reader$mid_chunk mid_chunk(
        .d(mid_chunk$d),
        .q(mid_chunk$q),
        .clock(mid_chunk$clock)
    );
    viaduct_engine$mover$reader$next_addr next_addr(
        .d(next_addr$d),
        .q(next_addr$q),
        .clock(next_addr$clock)
    );
    viaduct_engine$mover$reader$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    viaduct_engine$mover$reader$nb_fresh nb_fresh(
        .d(nb_fresh$d),
        .q(nb_fresh$q),
        .clock(nb_fresh$clock)
    );
    viaduct_engine$mover$reader$room_ok_q room_ok_q(
        .d(room_ok_q$d),
        .q(room_ok_q$q),
        .clock(room_ok_q$clock)
    );
    viaduct_engine$mover$reader$nb_addr nb_addr(
        .d(nb_addr$d),
        .q(nb_addr$q),
        .clock(nb_addr$clock)
    );
    viaduct_engine$mover$reader$nb_left nb_left(
        .d(nb_left$d),
        .q(nb_left$q),
        .clock(nb_left$clock)
    );
    viaduct_engine$mover$reader$nb_bytes nb_bytes(
        .d(nb_bytes$d),
        .q(nb_bytes$q),
        .clock(nb_bytes$clock)
    );
    viaduct_engine$mover$reader$nb_beats nb_beats(
        .d(nb_beats$d),
        .q(nb_beats$q),
        .clock(nb_beats$clock)
    );
    viaduct_engine$mover$reader$nb_last nb_last(
        .d(nb_last$d),
        .q(nb_last$q),
        .clock(nb_last$clock)
    );
    viaduct_engine$mover$reader$ar_pending ar_pending(
        .d(ar_pending$d),
        .q(ar_pending$q),
        .clock(ar_pending$clock)
    );
    viaduct_engine$mover$reader$ar_addr ar_addr(
        .d(ar_addr$d),
        .q(ar_addr$q),
        .clock(ar_addr$clock)
    );
    viaduct_engine$mover$reader$ar_len ar_len(
        .d(ar_len$d),
        .q(ar_len$q),
        .clock(ar_len$clock)
    );
    viaduct_engine$mover$reader$ar_id ar_id(
        .d(ar_id$d),
        .q(ar_id$q),
        .clock(ar_id$clock)
    );
    viaduct_engine$mover$reader$epoch epoch(
        .d(epoch$d),
        .q(epoch$q),
        .clock(epoch$clock)
    );
    viaduct_engine$mover$reader$iseq iseq(
        .d(iseq$d),
        .q(iseq$q),
        .clock(iseq$clock)
    );
    viaduct_engine$mover$reader$rseq rseq(
        .d(rseq$d),
        .q(rseq$q),
        .clock(rseq$clock)
    );
    viaduct_engine$mover$reader$base$0 base$0(
        .d(base$0$d),
        .q(base$0$q),
        .clock(base$0$clock)
    );
    viaduct_engine$mover$reader$base$1 base$1(
        .d(base$1$d),
        .q(base$1$q),
        .clock(base$1$clock)
    );
    viaduct_engine$mover$reader$base$2 base$2(
        .d(base$2$d),
        .q(base$2$q),
        .clock(base$2$clock)
    );
    viaduct_engine$mover$reader$base$3 base$3(
        .d(base$3$d),
        .q(base$3$q),
        .clock(base$3$clock)
    );
    viaduct_engine$mover$reader$base$4 base$4(
        .d(base$4$d),
        .q(base$4$q),
        .clock(base$4$clock)
    );
    viaduct_engine$mover$reader$base$5 base$5(
        .d(base$5$d),
        .q(base$5$q),
        .clock(base$5$clock)
    );
    viaduct_engine$mover$reader$base$6 base$6(
        .d(base$6$d),
        .q(base$6$q),
        .clock(base$6$clock)
    );
    viaduct_engine$mover$reader$base$7 base$7(
        .d(base$7$d),
        .q(base$7$q),
        .clock(base$7$clock)
    );
    viaduct_engine$mover$reader$base$8 base$8(
        .d(base$8$d),
        .q(base$8$q),
        .clock(base$8$clock)
    );
    viaduct_engine$mover$reader$base$9 base$9(
        .d(base$9$d),
        .q(base$9$q),
        .clock(base$9$clock)
    );
    viaduct_engine$mover$reader$base$10 base$10(
        .d(base$10$d),
        .q(base$10$q),
        .clock(base$10$clock)
    );
    viaduct_engine$mover$reader$base$11 base$11(
        .d(base$11$d),
        .q(base$11$q),
        .clock(base$11$clock)
    );
    viaduct_engine$mover$reader$base$12 base$12(
        .d(base$12$d),
        .q(base$12$q),
        .clock(base$12$clock)
    );
    viaduct_engine$mover$reader$base$13 base$13(
        .d(base$13$d),
        .q(base$13$q),
        .clock(base$13$clock)
    );
    viaduct_engine$mover$reader$base$14 base$14(
        .d(base$14$d),
        .q(base$14$q),
        .clock(base$14$clock)
    );
    viaduct_engine$mover$reader$base$15 base$15(
        .d(base$15$d),
        .q(base$15$q),
        .clock(base$15$clock)
    );
    viaduct_engine$mover$reader$beats$0 beats$0(
        .d(beats$0$d),
        .q(beats$0$q),
        .clock(beats$0$clock)
    );
    viaduct_engine$mover$reader$beats$1 beats$1(
        .d(beats$1$d),
        .q(beats$1$q),
        .clock(beats$1$clock)
    );
    viaduct_engine$mover$reader$beats$2 beats$2(
        .d(beats$2$d),
        .q(beats$2$q),
        .clock(beats$2$clock)
    );
    viaduct_engine$mover$reader$beats$3 beats$3(
        .d(beats$3$d),
        .q(beats$3$q),
        .clock(beats$3$clock)
    );
    viaduct_engine$mover$reader$beats$4 beats$4(
        .d(beats$4$d),
        .q(beats$4$q),
        .clock(beats$4$clock)
    );
    viaduct_engine$mover$reader$beats$5 beats$5(
        .d(beats$5$d),
        .q(beats$5$q),
        .clock(beats$5$clock)
    );
    viaduct_engine$mover$reader$beats$6 beats$6(
        .d(beats$6$d),
        .q(beats$6$q),
        .clock(beats$6$clock)
    );
    viaduct_engine$mover$reader$beats$7 beats$7(
        .d(beats$7$d),
        .q(beats$7$q),
        .clock(beats$7$clock)
    );
    viaduct_engine$mover$reader$beats$8 beats$8(
        .d(beats$8$d),
        .q(beats$8$q),
        .clock(beats$8$clock)
    );
    viaduct_engine$mover$reader$beats$9 beats$9(
        .d(beats$9$d),
        .q(beats$9$q),
        .clock(beats$9$clock)
    );
    viaduct_engine$mover$reader$beats$10 beats$10(
        .d(beats$10$d),
        .q(beats$10$q),
        .clock(beats$10$clock)
    );
    viaduct_engine$mover$reader$beats$11 beats$11(
        .d(beats$11$d),
        .q(beats$11$q),
        .clock(beats$11$clock)
    );
    viaduct_engine$mover$reader$beats$12 beats$12(
        .d(beats$12$d),
        .q(beats$12$q),
        .clock(beats$12$clock)
    );
    viaduct_engine$mover$reader$beats$13 beats$13(
        .d(beats$13$d),
        .q(beats$13$q),
        .clock(beats$13$clock)
    );
    viaduct_engine$mover$reader$beats$14 beats$14(
        .d(beats$14$d),
        .q(beats$14$q),
        .clock(beats$14$clock)
    );
    viaduct_engine$mover$reader$beats$15 beats$15(
        .d(beats$15$d),
        .q(beats$15$q),
        .clock(beats$15$clock)
    );
    viaduct_engine$mover$reader$cnt$0 cnt$0(
        .d(cnt$0$d),
        .q(cnt$0$q),
        .clock(cnt$0$clock)
    );
    viaduct_engine$mover$reader$cnt$1 cnt$1(
        .d(cnt$1$d),
        .q(cnt$1$q),
        .clock(cnt$1$clock)
    );
    viaduct_engine$mover$reader$cnt$2 cnt$2(
        .d(cnt$2$d),
        .q(cnt$2$q),
        .clock(cnt$2$clock)
    );
    viaduct_engine$mover$reader$cnt$3 cnt$3(
        .d(cnt$3$d),
        .q(cnt$3$q),
        .clock(cnt$3$clock)
    );
    viaduct_engine$mover$reader$cnt$4 cnt$4(
        .d(cnt$4$d),
        .q(cnt$4$q),
        .clock(cnt$4$clock)
    );
    viaduct_engine$mover$reader$cnt$5 cnt$5(
        .d(cnt$5$d),
        .q(cnt$5$q),
        .clock(cnt$5$clock)
    );
    viaduct_engine$mover$reader$cnt$6 cnt$6(
        .d(cnt$6$d),
        .q(cnt$6$q),
        .clock(cnt$6$clock)
    );
    viaduct_engine$mover$reader$cnt$7 cnt$7(
        .d(cnt$7$d),
        .q(cnt$7$q),
        .clock(cnt$7$clock)
    );
    viaduct_engine$mover$reader$cnt$8 cnt$8(
        .d(cnt$8$d),
        .q(cnt$8$q),
        .clock(cnt$8$clock)
    );
    viaduct_engine$mover$reader$cnt$9 cnt$9(
        .d(cnt$9$d),
        .q(cnt$9$q),
        .clock(cnt$9$clock)
    );
    viaduct_engine$mover$reader$cnt$10 cnt$10(
        .d(cnt$10$d),
        .q(cnt$10$q),
        .clock(cnt$10$clock)
    );
    viaduct_engine$mover$reader$cnt$11 cnt$11(
        .d(cnt$11$d),
        .q(cnt$11$q),
        .clock(cnt$11$clock)
    );
    viaduct_engine$mover$reader$cnt$12 cnt$12(
        .d(cnt$12$d),
        .q(cnt$12$q),
        .clock(cnt$12$clock)
    );
    viaduct_engine$mover$reader$cnt$13 cnt$13(
        .d(cnt$13$d),
        .q(cnt$13$q),
        .clock(cnt$13$clock)
    );
    viaduct_engine$mover$reader$cnt$14 cnt$14(
        .d(cnt$14$d),
        .q(cnt$14$q),
        .clock(cnt$14$clock)
    );
    viaduct_engine$mover$reader$cnt$15 cnt$15(
        .d(cnt$15$d),
        .q(cnt$15$q),
        .clock(cnt$15$clock)
    );
    viaduct_engine$mover$reader$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    viaduct_engine$mover$reader$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    viaduct_engine$mover$reader$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    viaduct_engine$mover$reader$ends_chunk ends_chunk(
        .d(ends_chunk$d),
        .q(ends_chunk$q),
        .clock(ends_chunk$clock)
    );
    viaduct_engine$mover$reader$due due(
        .d(due$d),
        .q(due$q),
        .clock(due$clock)
    );
    viaduct_engine$mover$reader$due_last due_last(
        .d(due_last$d),
        .q(due_last$q),
        .clock(due_last$clock)
    );
    viaduct_engine$mover$reader$chunk_err chunk_err(
        .d(chunk_err$d),
        .q(chunk_err$q),
        .clock(chunk_err$clock)
    );
    viaduct_engine$mover$reader$wd wd(
        .clock(wd$clock),
        .limit(wd$limit),
        .count(wd$count),
        .restart(wd$restart),
        .after_progress(wd$after_progress),
        .expired(wd$expired)
    );
    viaduct_engine$mover$reader$slot_free_q slot_free_q(
        .d(slot_free_q$d),
        .q(slot_free_q$q),
        .clock(slot_free_q$clock)
    );
    
    // Update code
    always @(*) begin
        mid_chunk$clock = clock;
        next_addr$clock = clock;
        left$clock = clock;
        nb_fresh$clock = clock;
        room_ok_q$clock = clock;
        nb_addr$clock = clock;
        nb_left$clock = clock;
        nb_bytes$clock = clock;
        nb_beats$clock = clock;
        nb_last$clock = clock;
        ar_pending$clock = clock;
        ar_addr$clock = clock;
        ar_len$clock = clock;
        ar_id$clock = clock;
        epoch$clock = clock;
        iseq$clock = clock;
        rseq$clock = clock;
        active$clock = clock;
        done$clock = clock;
        err$clock = clock;
        ends_chunk$clock = clock;
        due$clock = clock;
        due_last$clock = clock;
        chunk_err$clock = clock;
        slot_free_q$clock = clock;
        mid_chunk$d = mid_chunk$q;
        next_addr$d = next_addr$q;
        left$d = left$q;
        nb_fresh$d = nb_fresh$q;
        room_ok_q$d = room_ok_q$q;
        nb_addr$d = nb_addr$q;
        nb_left$d = nb_left$q;
        nb_bytes$d = nb_bytes$q;
        nb_beats$d = nb_beats$q;
        nb_last$d = nb_last$q;
        ar_pending$d = ar_pending$q;
        ar_addr$d = ar_addr$q;
        ar_len$d = ar_len$q;
        ar_id$d = ar_id$q;
        epoch$d = epoch$q;
        iseq$d = iseq$q;
        rseq$d = rseq$q;
        active$d = active$q;
        done$d = done$q;
        err$d = err$q;
        ends_chunk$d = ends_chunk$q;
        due$d = due$q;
        due_last$d = due_last$q;
        chunk_err$d = chunk_err$q;
        slot_free_q$d = slot_free_q$q;
        addr = chunk_pa;
        rem = chunk_len;
        if (mid_chunk$q) begin
            addr = next_addr$q;
            rem = left$q;
        end
        room = burst_bytes - ((addr & burst_mask) & 16'hffff);
        room_short = room < rem;
        nb_bytes$d = rem;
        nb_beats$d = (((addr & lane_mask) & 16'hffff) + rem + lanes_minus_one) >> beat_shift;
        if (room_short) begin
            nb_bytes$d = room;
            nb_beats$d = (((~addr & burst_mask) >> beat_shift) & 16'hffff) + 32'h1;
        end
        nb_last$d = ~room_short;
        outstanding = iseq$q - rseq$q;
        limit = slots;
        if (((slots) & 8'hff) > reads_in_flight) begin
            limit = ((reads_in_flight) & 5'h1f);
        end
        slot_free_q$d = outstanding < limit;
        nb_addr$d = addr;
        nb_left$d = rem;
        issue = chunk_valid & nb_fresh$q & ~ar_pending$q & ~abandon & slot_free_q$q & room_ok_q$q;
        nb_fresh$d = chunk_valid & ~issue;
        room_ok_q$d = chunk_valid & nb_fresh$q & ~issue & (((buf_free) & 16'hffff) >= nb_beats$q);
        i_slot = ((iseq$q) & 4'hf);
        reserve = issue;
        reserve_beats = ((nb_beats$q) & 11'h7ff);
        chunk_issued = 1'b0;
        if (issue) begin
            ar_pending$d = 1'b1;
            ar_addr$d = nb_addr$q;
            ar_len$d = ((nb_beats$q - 32'h1) & 8'hff);
            ar_id$d = ((i_slot) & 5'h1f) | (((epoch$q) & 5'h1f) << 32'h4);
            iseq$d = iseq$q + 32'h1;
            next_addr$d = nb_addr$q + ((nb_bytes$q) & 64'hffffffffffffffff);
            left$d = nb_left$q - nb_bytes$q;
            mid_chunk$d = ~nb_last$q;
            chunk_issued = nb_last$q;
        end
        m_axi$arvalid = ar_pending$q;
        m_axi$araddr = ar_addr$q;
        m_axi$arlen = ar_len$q;
        m_axi$arid = ar_id$q;
        m_axi$arsize = size;
        m_axi$arburst = incr;
        if (ar_pending$q & m_axi$arready) begin
            ar_pending$d = 1'b0;
        end
        m_axi$rready = 1'b1;
        r_slot = ((m_axi$rid) & 4'hf);
        r_ok = m_axi$rvalid & (m_axi$rid[epoch_bit] == epoch$q) & active$q[r_slot];
        r_base = 32'h0;
        r_cnt = 32'h0;
        head = ((rseq$q) & 4'hf);
        head_beats_out = 32'h0;
        base$0$clock = clock;
        beats$0$clock = clock;
        cnt$0$clock = clock;
        base$0$d = base$0$q;
        beats$0$d = beats$0$q;
        cnt$0$d = cnt$0$q;
        if (r_slot == 0) begin
            r_base = base$0$q;
            r_cnt = cnt$0$q;
        end
        if (((rseq$q) & 4'hf) == 0) begin
            head_beats_out = beats$0$q;
        end
        base$1$clock = clock;
        beats$1$clock = clock;
        cnt$1$clock = clock;
        base$1$d = base$1$q;
        beats$1$d = beats$1$q;
        cnt$1$d = cnt$1$q;
        if (r_slot == 1) begin
            r_base = base$1$q;
            r_cnt = cnt$1$q;
        end
        if (((rseq$q) & 4'hf) == 1) begin
            head_beats_out = beats$1$q;
        end
        base$2$clock = clock;
        beats$2$clock = clock;
        cnt$2$clock = clock;
        base$2$d = base$2$q;
        beats$2$d = beats$2$q;
        cnt$2$d = cnt$2$q;
        if (r_slot == 2) begin
            r_base = base$2$q;
            r_cnt = cnt$2$q;
        end
        if (((rseq$q) & 4'hf) == 2) begin
            head_beats_out = beats$2$q;
        end
        base$3$clock = clock;
        beats$3$clock = clock;
        cnt$3$clock = clock;
        base$3$d = base$3$q;
        beats$3$d = beats$3$q;
        cnt$3$d = cnt$3$q;
        if (r_slot == 3) begin
            r_base = base$3$q;
            r_cnt = cnt$3$q;
        end
        if (((rseq$q) & 4'hf) == 3) begin
            head_beats_out = beats$3$q;
        end
        base$4$clock = clock;
        beats$4$clock = clock;
        cnt$4$clock = clock;
        base$4$d = base$4$q;
        beats$4$d = beats$4$q;
        cnt$4$d = cnt$4$q;
        if (r_slot == 4) begin
            r_base = base$4$q;
            r_cnt = cnt$4$q;
        end
        if (((rseq$q) & 4'hf) == 4) begin
            head_beats_out = beats$4$q;
        end
        base$5$clock = clock;
        beats$5$clock = clock;
        cnt$5$clock = clock;
        base$5$d = base$5$q;
        beats$5$d = beats$5$q;
        cnt$5$d = cnt$5$q;
        if (r_slot == 5) begin
            r_base = base$5$q;
            r_cnt = cnt$5$q;
        end
        if (((rseq$q) & 4'hf) == 5) begin
            head_beats_out = beats$5$q;
        end
        base$6$clock = clock;
        beats$6$clock = clock;
        cnt$6$clock = clock;
        base$6$d = base$6$q;
        beats$6$d = beats$6$q;
        cnt$6$d = cnt$6$q;
        if (r_slot == 6) begin
            r_base = base$6$q;
            r_cnt = cnt$6$q;
        end
        if (((rseq$q) & 4'hf) == 6) begin
            head_beats_out = beats$6$q;
        end
        base$7$clock = clock;
        beats$7$clock = clock;
        cnt$7$clock = clock;
        base$7$d = base$7$q;
        beats$7$d = beats$7$q;
        cnt$7$d = cnt$7$q;
        if (r_slot == 7) begin
            r_base = base$7$q;
            r_cnt = cnt$7$q;
        end
        if (((rseq$q) & 4'hf) == 7) begin
            head_beats_out = beats$7$q;
        end
        base$8$clock = clock;
        beats$8$clock = clock;
        cnt$8$clock = clock;
        base$8$d = base$8$q;
        beats$8$d = beats$8$q;
        cnt$8$d = cnt$8$q;
        if (r_slot == 8) begin
            r_base = base$8$q;
            r_cnt = cnt$8$q;
        end
        if (((rseq$q) & 4'hf) == 8) begin
            head_beats_out = beats$8$q;
        end
        base$9$clock = clock;
        beats$9$clock = clock;
        cnt$9$clock = clock;
        base$9$d = base$9$q;
        beats$9$d = beats$9$q;
        cnt$9$d = cnt$9$q;
        if (r_slot == 9) begin
            r_base = base$9$q;
            r_cnt = cnt$9$q;
        end
        if (((rseq$q) & 4'hf) == 9) begin
            head_beats_out = beats$9$q;
        end
        base$10$clock = clock;
        beats$10$clock = clock;
        cnt$10$clock = clock;
        base$10$d = base$10$q;
        beats$10$d = beats$10$q;
        cnt$10$d = cnt$10$q;
        if (r_slot == 10) begin
            r_base = base$10$q;
            r_cnt = cnt$10$q;
        end
        if (((rseq$q) & 4'hf) == 10) begin
            head_beats_out = beats$10$q;
        end
        base$11$clock = clock;
        beats$11$clock = clock;
        cnt$11$clock = clock;
        base$11$d = base$11$q;
        beats$11$d = beats$11$q;
        cnt$11$d = cnt$11$q;
        if (r_slot == 11) begin
            r_base = base$11$q;
            r_cnt = cnt$11$q;
        end
        if (((rseq$q) & 4'hf) == 11) begin
            head_beats_out = beats$11$q;
        end
        base$12$clock = clock;
        beats$12$clock = clock;
        cnt$12$clock = clock;
        base$12$d = base$12$q;
        beats$12$d = beats$12$q;
        cnt$12$d = cnt$12$q;
        if (r_slot == 12) begin
            r_base = base$12$q;
            r_cnt = cnt$12$q;
        end
        if (((rseq$q) & 4'hf) == 12) begin
            head_beats_out = beats$12$q;
        end
        base$13$clock = clock;
        beats$13$clock = clock;
        cnt$13$clock = clock;
        base$13$d = base$13$q;
        beats$13$d = beats$13$q;
        cnt$13$d = cnt$13$q;
        if (r_slot == 13) begin
            r_base = base$13$q;
            r_cnt = cnt$13$q;
        end
        if (((rseq$q) & 4'hf) == 13) begin
            head_beats_out = beats$13$q;
        end
        base$14$clock = clock;
        beats$14$clock = clock;
        cnt$14$clock = clock;
        base$14$d = base$14$q;
        beats$14$d = beats$14$q;
        cnt$14$d = cnt$14$q;
        if (r_slot == 14) begin
            r_base = base$14$q;
            r_cnt = cnt$14$q;
        end
        if (((rseq$q) & 4'hf) == 14) begin
            head_beats_out = beats$14$q;
        end
        base$15$clock = clock;
        beats$15$clock = clock;
        cnt$15$clock = clock;
        base$15$d = base$15$q;
        beats$15$d = beats$15$q;
        cnt$15$d = cnt$15$q;
        if (r_slot == 15) begin
            r_base = base$15$q;
            r_cnt = cnt$15$q;
        end
        if (((rseq$q) & 4'hf) == 15) begin
            head_beats_out = beats$15$q;
        end
        r_take = r_ok & due$q[r_slot];
        r_end = due_last$q[r_slot];
        write = r_take;
        write_at = r_base + ((r_cnt) & 11'h7ff);
        write_data = m_axi$rdata;
        due_n = due$q;
        due_last_n = due_last$q;
        if (r_take & (r_slot == 0)) begin
            cnt$0$d = cnt$0$q + 32'h1;
            due_n = (due_n & ~(1 << (0)) | (((cnt$0$q + 32'h1) < beats$0$q) << (0)));
            due_last_n = (due_last_n & ~(1 << (0)) | (((cnt$0$q + 32'h2) == beats$0$q) << (0)));
        end
        if (issue & (i_slot == 0)) begin
            base$0$d = buf_alloc;
            beats$0$d = ((nb_beats$q) & 9'h1ff);
            cnt$0$d = 32'h0;
            due_n = (due_n & ~(1 << (0)) | ((|((nb_beats$q) & 9'h1ff)) << (0)));
            due_last_n = (due_last_n & ~(1 << (0)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (0)));
        end
        if (r_take & (r_slot == 1)) begin
            cnt$1$d = cnt$1$q + 32'h1;
            due_n = (due_n & ~(1 << (1)) | (((cnt$1$q + 32'h1) < beats$1$q) << (1)));
            due_last_n = (due_last_n & ~(1 << (1)) | (((cnt$1$q + 32'h2) == beats$1$q) << (1)));
        end
        if (issue & (i_slot == 1)) begin
            base$1$d = buf_alloc;
            beats$1$d = ((nb_beats$q) & 9'h1ff);
            cnt$1$d = 32'h0;
            due_n = (due_n & ~(1 << (1)) | ((|((nb_beats$q) & 9'h1ff)) << (1)));
            due_last_n = (due_last_n & ~(1 << (1)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (1)));
        end
        if (r_take & (r_slot == 2)) begin
            cnt$2$d = cnt$2$q + 32'h1;
            due_n = (due_n & ~(1 << (2)) | (((cnt$2$q + 32'h1) < beats$2$q) << (2)));
            due_last_n = (due_last_n & ~(1 << (2)) | (((cnt$2$q + 32'h2) == beats$2$q) << (2)));
        end
        if (issue & (i_slot == 2)) begin
            base$2$d = buf_alloc;
            beats$2$d = ((nb_beats$q) & 9'h1ff);
            cnt$2$d = 32'h0;
            due_n = (due_n & ~(1 << (2)) | ((|((nb_beats$q) & 9'h1ff)) << (2)));
            due_last_n = (due_last_n & ~(1 << (2)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (2)));
        end
        if (r_take & (r_slot == 3)) begin
            cnt$3$d = cnt$3$q + 32'h1;
            due_n = (due_n & ~(1 << (3)) | (((cnt$3$q + 32'h1) < beats$3$q) << (3)));
            due_last_n = (due_last_n & ~(1 << (3)) | (((cnt$3$q + 32'h2) == beats$3$q) << (3)));
        end
        if (issue & (i_slot == 3)) begin
            base$3$d = buf_alloc;
            beats$3$d = ((nb_beats$q) & 9'h1ff);
            cnt$3$d = 32'h0;
            due_n = (due_n & ~(1 << (3)) | ((|((nb_beats$q) & 9'h1ff)) << (3)));
            due_last_n = (due_last_n & ~(1 << (3)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (3)));
        end
        if (r_take & (r_slot == 4)) begin
            cnt$4$d = cnt$4$q + 32'h1;
            due_n = (due_n & ~(1 << (4)) | (((cnt$4$q + 32'h1) < beats$4$q) << (4)));
            due_last_n = (due_last_n & ~(1 << (4)) | (((cnt$4$q + 32'h2) == beats$4$q) << (4)));
        end
        if (issue & (i_slot == 4)) begin
            base$4$d = buf_alloc;
            beats$4$d = ((nb_beats$q) & 9'h1ff);
            cnt$4$d = 32'h0;
            due_n = (due_n & ~(1 << (4)) | ((|((nb_beats$q) & 9'h1ff)) << (4)));
            due_last_n = (due_last_n & ~(1 << (4)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (4)));
        end
        if (r_take & (r_slot == 5)) begin
            cnt$5$d = cnt$5$q + 32'h1;
            due_n = (due_n & ~(1 << (5)) | (((cnt$5$q + 32'h1) < beats$5$q) << (5)));
            due_last_n = (due_last_n & ~(1 << (5)) | (((cnt$5$q + 32'h2) == beats$5$q) << (5)));
        end
        if (issue & (i_slot == 5)) begin
            base$5$d = buf_alloc;
            beats$5$d = ((nb_beats$q) & 9'h1ff);
            cnt$5$d = 32'h0;
            due_n = (due_n & ~(1 << (5)) | ((|((nb_beats$q) & 9'h1ff)) << (5)));
            due_last_n = (due_last_n & ~(1 << (5)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (5)));
        end
        if (r_take & (r_slot == 6)) begin
            cnt$6$d = cnt$6$q + 32'h1;
            due_n = (due_n & ~(1 << (6)) | (((cnt$6$q + 32'h1) < beats$6$q) << (6)));
            due_last_n = (due_last_n & ~(1 << (6)) | (((cnt$6$q + 32'h2) == beats$6$q) << (6)));
        end
        if (issue & (i_slot == 6)) begin
            base$6$d = buf_alloc;
            beats$6$d = ((nb_beats$q) & 9'h1ff);
            cnt$6$d = 32'h0;
            due_n = (due_n & ~(1 << (6)) | ((|((nb_beats$q) & 9'h1ff)) << (6)));
            due_last_n = (due_last_n & ~(1 << (6)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (6)));
        end
        if (r_take & (r_slot == 7)) begin
            cnt$7$d = cnt$7$q + 32'h1;
            due_n = (due_n & ~(1 << (7)) | (((cnt$7$q + 32'h1) < beats$7$q) << (7)));
            due_last_n = (due_last_n & ~(1 << (7)) | (((cnt$7$q + 32'h2) == beats$7$q) << (7)));
        end
        if (issue & (i_slot == 7)) begin
            base$7$d = buf_alloc;
            beats$7$d = ((nb_beats$q) & 9'h1ff);
            cnt$7$d = 32'h0;
            due_n = (due_n & ~(1 << (7)) | ((|((nb_beats$q) & 9'h1ff)) << (7)));
            due_last_n = (due_last_n & ~(1 << (7)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (7)));
        end
        if (r_take & (r_slot == 8)) begin
            cnt$8$d = cnt$8$q + 32'h1;
            due_n = (due_n & ~(1 << (8)) | (((cnt$8$q + 32'h1) < beats$8$q) << (8)));
            due_last_n = (due_last_n & ~(1 << (8)) | (((cnt$8$q + 32'h2) == beats$8$q) << (8)));
        end
        if (issue & (i_slot == 8)) begin
            base$8$d = buf_alloc;
            beats$8$d = ((nb_beats$q) & 9'h1ff);
            cnt$8$d = 32'h0;
            due_n = (due_n & ~(1 << (8)) | ((|((nb_beats$q) & 9'h1ff)) << (8)));
            due_last_n = (due_last_n & ~(1 << (8)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (8)));
        end
        if (r_take & (r_slot == 9)) begin
            cnt$9$d = cnt$9$q + 32'h1;
            due_n = (due_n & ~(1 << (9)) | (((cnt$9$q + 32'h1) < beats$9$q) << (9)));
            due_last_n = (due_last_n & ~(1 << (9)) | (((cnt$9$q + 32'h2) == beats$9$q) << (9)));
        end
        if (issue & (i_slot == 9)) begin
            base$9$d = buf_alloc;
            beats$9$d = ((nb_beats$q) & 9'h1ff);
            cnt$9$d = 32'h0;
            due_n = (due_n & ~(1 << (9)) | ((|((nb_beats$q) & 9'h1ff)) << (9)));
            due_last_n = (due_last_n & ~(1 << (9)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (9)));
        end
        if (r_take & (r_slot == 10)) begin
            cnt$10$d = cnt$10$q + 32'h1;
            due_n = (due_n & ~(1 << (10)) | (((cnt$10$q + 32'h1) < beats$10$q) << (10)));
            due_last_n = (due_last_n & ~(1 << (10)) | (((cnt$10$q + 32'h2) == beats$10$q) << (10)));
        end
        if (issue & (i_slot == 10)) begin
            base$10$d = buf_alloc;
            beats$10$d = ((nb_beats$q) & 9'h1ff);
            cnt$10$d = 32'h0;
            due_n = (due_n & ~(1 << (10)) | ((|((nb_beats$q) & 9'h1ff)) << (10)));
            due_last_n = (due_last_n & ~(1 << (10)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (10)));
        end
        if (r_take & (r_slot == 11)) begin
            cnt$11$d = cnt$11$q + 32'h1;
            due_n = (due_n & ~(1 << (11)) | (((cnt$11$q + 32'h1) < beats$11$q) << (11)));
            due_last_n = (due_last_n & ~(1 << (11)) | (((cnt$11$q + 32'h2) == beats$11$q) << (11)));
        end
        if (issue & (i_slot == 11)) begin
            base$11$d = buf_alloc;
            beats$11$d = ((nb_beats$q) & 9'h1ff);
            cnt$11$d = 32'h0;
            due_n = (due_n & ~(1 << (11)) | ((|((nb_beats$q) & 9'h1ff)) << (11)));
            due_last_n = (due_last_n & ~(1 << (11)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (11)));
        end
        if (r_take & (r_slot == 12)) begin
            cnt$12$d = cnt$12$q + 32'h1;
            due_n = (due_n & ~(1 << (12)) | (((cnt$12$q + 32'h1) < beats$12$q) << (12)));
            due_last_n = (due_last_n & ~(1 << (12)) | (((cnt$12$q + 32'h2) == beats$12$q) << (12)));
        end
        if (issue & (i_slot == 12)) begin
            base$12$d = buf_alloc;
            beats$12$d = ((nb_beats$q) & 9'h1ff);
            cnt$12$d = 32'h0;
            due_n = (due_n & ~(1 << (12)) | ((|((nb_beats$q) & 9'h1ff)) << (12)));
            due_last_n = (due_last_n & ~(1 << (12)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (12)));
        end
        if (r_take & (r_slot == 13)) begin
            cnt$13$d = cnt$13$q + 32'h1;
            due_n = (due_n & ~(1 << (13)) | (((cnt$13$q + 32'h1) < beats$13$q) << (13)));
            due_last_n = (due_last_n & ~(1 << (13)) | (((cnt$13$q + 32'h2) == beats$13$q) << (13)));
        end
        if (issue & (i_slot == 13)) begin
            base$13$d = buf_alloc;
            beats$13$d = ((nb_beats$q) & 9'h1ff);
            cnt$13$d = 32'h0;
            due_n = (due_n & ~(1 << (13)) | ((|((nb_beats$q) & 9'h1ff)) << (13)));
            due_last_n = (due_last_n & ~(1 << (13)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (13)));
        end
        if (r_take & (r_slot == 14)) begin
            cnt$14$d = cnt$14$q + 32'h1;
            due_n = (due_n & ~(1 << (14)) | (((cnt$14$q + 32'h1) < beats$14$q) << (14)));
            due_last_n = (due_last_n & ~(1 << (14)) | (((cnt$14$q + 32'h2) == beats$14$q) << (14)));
        end
        if (issue & (i_slot == 14)) begin
            base$14$d = buf_alloc;
            beats$14$d = ((nb_beats$q) & 9'h1ff);
            cnt$14$d = 32'h0;
            due_n = (due_n & ~(1 << (14)) | ((|((nb_beats$q) & 9'h1ff)) << (14)));
            due_last_n = (due_last_n & ~(1 << (14)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (14)));
        end
        if (r_take & (r_slot == 15)) begin
            cnt$15$d = cnt$15$q + 32'h1;
            due_n = (due_n & ~(1 << (15)) | (((cnt$15$q + 32'h1) < beats$15$q) << (15)));
            due_last_n = (due_last_n & ~(1 << (15)) | (((cnt$15$q + 32'h2) == beats$15$q) << (15)));
        end
        if (issue & (i_slot == 15)) begin
            base$15$d = buf_alloc;
            beats$15$d = ((nb_beats$q) & 9'h1ff);
            cnt$15$d = 32'h0;
            due_n = (due_n & ~(1 << (15)) | ((|((nb_beats$q) & 9'h1ff)) << (15)));
            due_last_n = (due_last_n & ~(1 << (15)) | ((((nb_beats$q) & 9'h1ff) == 32'h1) << (15)));
        end
        due$d = due_n;
        due_last$d = due_last_n;
        active_n = active$q;
        done_n = done$q;
        err_n = err$q;
        if (r_take) begin
            if ((m_axi$rresp >= slresp) | (m_axi$rlast != r_end)) begin
                err_n = (err_n & ~(1 << (r_slot)) | ((1'b1) << (r_slot)));
            end
            if (m_axi$rlast | r_end) begin
                done_n = (done_n & ~(1 << (r_slot)) | ((1'b1) << (r_slot)));
            end
        end
        commit = (iseq$q != rseq$q) & done$q[((rseq$q) & 4'hf)];
        commit_beats = ((head_beats_out) & 11'h7ff);
        chunk_done = (iseq$q != rseq$q) & done$q[((rseq$q) & 4'hf)] & ends_chunk$q[((rseq$q) & 4'hf)];
        chunk_error = chunk_err$q | err$q[((rseq$q) & 4'hf)];
        timeout = wd$expired;
        idle = (iseq$q == rseq$q) & ~ar_pending$q;
        retire = (outstanding != 32'h0) & done$q[head];
        if (retire) begin
            rseq$d = rseq$q + 32'h1;
            chunk_err$d = chunk_err$q | err$q[head];
            active_n = (active_n & ~(1 << (head)) | ((1'b0) << (head)));
            if (ends_chunk$q[head]) begin
                chunk_err$d = 1'b0;
            end
        end
        if (issue) begin
            active_n = (active_n & ~(1 << (i_slot)) | ((1'b1) << (i_slot)));
            done_n = (done_n & ~(1 << (i_slot)) | ((1'b0) << (i_slot)));
            err_n = (err_n & ~(1 << (i_slot)) | ((1'b0) << (i_slot)));
            ends_chunk$d = (ends_chunk$q & ~(1 << (i_slot)) | ((nb_last$q) << (i_slot)));
        end
        active$d = active_n;
        done$d = done_n;
        err$d = err_n;
        progress = r_take | (ar_pending$q & m_axi$arready);
        wd$clock = clock;
        wd$limit = watchdog;
        wd$after_progress = 1'b0;
        wd$count = 1'b1;
        wd$restart = progress | ((outstanding == 32'h0) & ~ar_pending$q) | wd$expired | abandon;
        if (abandon) begin
            epoch$d = ~epoch$q;
            rseq$d = iseq$q;
            active$d = 32'h0;
            ar_pending$d = 1'b0;
            mid_chunk$d = 1'b0;
            nb_fresh$d = 1'b0;
            room_ok_q$d = 1'b0;
            chunk_err$d = 1'b0;
        end
    end
    
endmodule // viaduct_engine$mover$reader


module viaduct_engine$mover$reader$active(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$active


module viaduct_engine$mover$reader$ar_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$ar_addr


module viaduct_engine$mover$reader$ar_id(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$ar_id


module viaduct_engine$mover$reader$ar_len(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$ar_len


module viaduct_engine$mover$reader$ar_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$ar_pending


module viaduct_engine$mover$reader$base$0(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$0


module viaduct_engine$mover$reader$base$1(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$1


module viaduct_engine$mover$reader$base$10(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$10


module viaduct_engine$mover$reader$base$11(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$11


module viaduct_engine$mover$reader$base$12(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$12


module viaduct_engine$mover$reader$base$13(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$13


module viaduct_engine$mover$reader$base$14(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$14


module viaduct_engine$mover$reader$base$15(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$15


module viaduct_engine$mover$reader$base$2(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$2


module viaduct_engine$mover$reader$base$3(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$3


module viaduct_engine$mover$reader$base$4(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$4


module viaduct_engine$mover$reader$base$5(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$5


module viaduct_engine$mover$reader$base$6(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$6


module viaduct_engine$mover$reader$base$7(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$7


module viaduct_engine$mover$reader$base$8(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$8


module viaduct_engine$mover$reader$base$9(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$base$9


module viaduct_engine$mover$reader$beats$0(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$0


module viaduct_engine$mover$reader$beats$1(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$1


module viaduct_engine$mover$reader$beats$10(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$10


module viaduct_engine$mover$reader$beats$11(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$11


module viaduct_engine$mover$reader$beats$12(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$12


module viaduct_engine$mover$reader$beats$13(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$13


module viaduct_engine$mover$reader$beats$14(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$14


module viaduct_engine$mover$reader$beats$15(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$15


module viaduct_engine$mover$reader$beats$2(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$2


module viaduct_engine$mover$reader$beats$3(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$3


module viaduct_engine$mover$reader$beats$4(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$4


module viaduct_engine$mover$reader$beats$5(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$5


module viaduct_engine$mover$reader$beats$6(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$6


module viaduct_engine$mover$reader$beats$7(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$7


module viaduct_engine$mover$reader$beats$8(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$8


module viaduct_engine$mover$reader$beats$9(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$beats$9


module viaduct_engine$mover$reader$chunk_err(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$chunk_err


module viaduct_engine$mover$reader$cnt$0(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$0


module viaduct_engine$mover$reader$cnt$1(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$1


module viaduct_engine$mover$reader$cnt$10(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$10


module viaduct_engine$mover$reader$cnt$11(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$11


module viaduct_engine$mover$reader$cnt$12(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$12


module viaduct_engine$mover$reader$cnt$13(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$13


module viaduct_engine$mover$reader$cnt$14(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$14


module viaduct_engine$mover$reader$cnt$15(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$15


module viaduct_engine$mover$reader$cnt$2(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$2


module viaduct_engine$mover$reader$cnt$3(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$3


module viaduct_engine$mover$reader$cnt$4(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$4


module viaduct_engine$mover$reader$cnt$5(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$5


module viaduct_engine$mover$reader$cnt$6(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$6


module viaduct_engine$mover$reader$cnt$7(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$7


module viaduct_engine$mover$reader$cnt$8(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$8


module viaduct_engine$mover$reader$cnt$9(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$cnt$9


module viaduct_engine$mover$reader$done(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$done


module viaduct_engine$mover$reader$due(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$due


module viaduct_engine$mover$reader$due_last(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$due_last


module viaduct_engine$mover$reader$ends_chunk(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$ends_chunk


module viaduct_engine$mover$reader$epoch(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$epoch


module viaduct_engine$mover$reader$err(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$err


module viaduct_engine$mover$reader$iseq(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$iseq


module viaduct_engine$mover$reader$left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$left


module viaduct_engine$mover$reader$mid_chunk(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$mid_chunk


module viaduct_engine$mover$reader$nb_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$nb_addr


module viaduct_engine$mover$reader$nb_beats(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$nb_beats


module viaduct_engine$mover$reader$nb_bytes(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$nb_bytes


module viaduct_engine$mover$reader$nb_fresh(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$nb_fresh


module viaduct_engine$mover$reader$nb_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$nb_last


module viaduct_engine$mover$reader$nb_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$nb_left


module viaduct_engine$mover$reader$next_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$next_addr


module viaduct_engine$mover$reader$room_ok_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$room_ok_q


module viaduct_engine$mover$reader$rseq(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$rseq


module viaduct_engine$mover$reader$slot_free_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$slot_free_q


module viaduct_engine$mover$reader$wd(clock,limit,count,restart,after_progress,expired);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] limit;
    input wire  count;
    input wire  restart;
    input wire  after_progress;
    output reg  expired;
    
    // Stub signals
    reg  [31:0] cycles$d;
    wire  [31:0] cycles$q;
    reg  cycles$clock;
    reg  reached$d;
    wire  reached$q;
    reg  reached$clock;
    reg  limit_zero$d;
    wire  limit_zero$q;
    reg  limit_zero$clock;
    
    // Sub module instances
    viaduct_engine$mover$reader$wd$cycles cycles(
        .d(cycles$d),
        .q(cycles$q),
        .clock(cycles$clock)
    );
    viaduct_engine$mover$reader$wd$reached reached(
        .d(reached$d),
        .q(reached$q),
        .clock(reached$clock)
    );
    viaduct_engine$mover$reader$wd$limit_zero limit_zero(
        .d(limit_zero$d),
        .q(limit_zero$q),
        .clock(limit_zero$clock)
    );
    
    // Update code
    always @(*) begin
        cycles$clock = clock;
        reached$clock = clock;
        limit_zero$clock = clock;
        cycles$d = cycles$q;
        reached$d = reached$q;
        limit_zero$d = limit_zero$q;
        limit_zero$d = limit == 32'h0;
        expired = reached$q;
        reached$d = cycles$q >= limit;
        if (after_progress) begin
            expired = limit_zero$q;
            cycles$d = 32'h0;
            reached$d = limit == 32'h0;
        end
        if (count) begin
            cycles$d = cycles$q + 32'h1;
            reached$d = (((cycles$q) & 33'h1ffffffff) + 32'h1) >= ((limit) & 33'h1ffffffff);
            if (after_progress) begin
                cycles$d = 32'h1;
                reached$d = limit < 32'h2;
            end
        end
        if (restart) begin
            cycles$d = 32'h0;
            reached$d = limit == 32'h0;
        end
    end
    
endmodule // viaduct_engine$mover$reader$wd


module viaduct_engine$mover$reader$wd$cycles(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$wd$cycles


module viaduct_engine$mover$reader$wd$limit_zero(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$wd$limit_zero


module viaduct_engine$mover$reader$wd$reached(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$reader$wd$reached


module viaduct_engine$mover$realign(clock,start,src_lane,dst_lane,len,busy,in_valid,in_ready,in_data,out_valid,out_ready,out_data,out_strb,out_last);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [7:0] src_lane;
    input wire  [7:0] dst_lane;
    input wire  [15:0] len;
    output reg  busy;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [63:0] out_data;
    output reg  [7:0] out_strb;
    output reg  out_last;
    
    // Constant declarations
    localparam  ones = 8'hff;
    localparam  lanes = 16'h8;
    localparam  lane_mask = 16'h7;
    localparam  beat_shift = 16'h3;
    localparam  width = 16'h40;
    
    // Enums
    localparam RealignMode$Idle = 0;
    localparam RealignMode$Setup = 1;
    localparam RealignMode$Hold = 2;
    localparam RealignMode$Move = 3;
    localparam RealignMode$Flush = 4;
    
    // Stub signals
    reg  [2:0] mode$d;
    wire  [2:0] mode$q;
    reg  mode$clock;
    reg  [15:0] last_in$d;
    wire  [15:0] last_in$q;
    reg  last_in$clock;
    reg  [15:0] last_out$d;
    wire  [15:0] last_out$q;
    reg  last_out$clock;
    reg  [15:0] in_cnt$d;
    wire  [15:0] in_cnt$q;
    reg  in_cnt$clock;
    reg  [15:0] out_cnt$d;
    wire  [15:0] out_cnt$q;
    reg  out_cnt$clock;
    reg  lead$d;
    wire  lead$q;
    reg  lead$clock;
    reg  [15:0] shift$d;
    wire  [15:0] shift$q;
    reg  shift$clock;
    reg  [7:0] first_mask$d;
    wire  [7:0] first_mask$q;
    reg  first_mask$clock;
    reg  [7:0] last_mask$d;
    wire  [7:0] last_mask$q;
    reg  last_mask$clock;
    reg  [7:0] strb$d;
    wire  [7:0] strb$q;
    reg  strb$clock;
    reg  last$d;
    wire  last$q;
    reg  last$clock;
    reg  [63:0] hold$d;
    wire  [63:0] hold$q;
    reg  hold$clock;
    reg  [15:0] p_s$d;
    wire  [15:0] p_s$q;
    reg  p_s$clock;
    reg  [15:0] p_t$d;
    wire  [15:0] p_t$q;
    reg  p_t$clock;
    reg  [15:0] p_len$d;
    wire  [15:0] p_len$q;
    reg  p_len$clock;
    
    // Local signals
    reg  [15:0] s16;
    reg  [15:0] t16;
    reg  [15:0] r16;
    reg  [15:0] last_lane;
    reg  took;
    reg  gave;
    reg  adv;
    reg  [15:0] nx_in;
    reg  [15:0] nx_out;
    reg  nx_lead;
    reg  [7:0] nx_first;
    reg  [7:0] nx_last;
    reg  active_s;
    reg  in_eq_out_s;
    reg  in_left_s;
    reg  out_last_s;
    reg  out_any_s;
    reg  [2:0] mode_s;
    reg  [7:0] strb_s;
    reg  active_a;
    reg  in_eq_out_a;
    reg  in_left_a;
    reg  out_last_a;
    reg  out_any_a;
    reg  [2:0] mode_a;
    reg  [7:0] strb_a;
    
    // Sub module instances
    viaduct_engine$mover$realign$mode mode(
        .d(mode$d),
        .q(mode$q),
        .clock(mode$clock)
    );
    viaduct_engine$mover$realign$last_in last_in(
        .d(last_in$d),
        .q(last_in$q),
        .clock(last_in$clock)
    );
    viaduct_engine$mover$realign$last_out last_out(
        .d(last_out$d),
        .q(last_out$q),
        .clock(last_out$clock)
    );
    viaduct_engine$mover$realign$in_cnt in_cnt(
        .d(in_cnt$d),
        .q(in_cnt$q),
        .clock(in_cnt$clock)
    );
    viaduct_engine$mover$realign$out_cnt out_cnt(
        .d(out_cnt$d),
        .q(out_cnt$q),
        .clock(out_cnt$clock)
    );
    viaduct_engine$mover$realign$lead lead(
        .d(lead$d),
        .q(lead$q),
        .clock(lead$clock)
    );
    viaduct_engine$mover$realign$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    viaduct_engine$mover$realign$first_mask first_mask(
        .d(first_mask$d),
        .q(first_mask$q),
        .clock(first_mask$clock)
    );
    viaduct_engine$mover$realign$last_mask last_mask(
        .d(last_mask$d),
        .q(last_mask$q),
        .clock(last_mask$clock)
    );
    viaduct_engine$mover$realign$strb strb(
        .d(strb$d),
        .q(strb$q),
        .clock(strb$clock)
    );
    viaduct_engine$mover$realign$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    viaduct_engine$mover$realign$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    viaduct_engine$mover$realign$p_s p_s(
        .d(p_s$d),
        .q(p_s$q),
        .clock(p_s$clock)
    );
    viaduct_engine$mover$realign$p_t p_t(
        .d(p_t$d),
        .q(p_t$q),
        .clock(p_t$clock)
    );
    viaduct_engine$mover$realign$p_len p_len(
        .d(p_len$d),
        .q(p_len$q),
        .clock(p_len$clock)
    );
    
    // Update code
    always @(*) begin
        mode$clock = clock;
        last_in$clock = clock;
        last_out$clock = clock;
        in_cnt$clock = clock;
        out_cnt$clock = clock;
        lead$clock = clock;
        shift$clock = clock;
        first_mask$clock = clock;
        last_mask$clock = clock;
        strb$clock = clock;
        last$clock = clock;
        hold$clock = clock;
        p_s$clock = clock;
        p_t$clock = clock;
        p_len$clock = clock;
        mode$d = mode$q;
        last_in$d = last_in$q;
        last_out$d = last_out$q;
        in_cnt$d = in_cnt$q;
        out_cnt$d = out_cnt$q;
        lead$d = lead$q;
        shift$d = shift$q;
        first_mask$d = first_mask$q;
        last_mask$d = last_mask$q;
        strb$d = strb$q;
        last$d = last$q;
        hold$d = hold$q;
        p_s$d = p_s$q;
        p_t$d = p_t$q;
        p_len$d = p_len$q;
        busy = mode$q != RealignMode$Idle;
        in_ready = (mode$q == RealignMode$Hold) | ((mode$q == RealignMode$Move) & out_ready);
        out_valid = ((mode$q == RealignMode$Move) & in_valid) | (mode$q == RealignMode$Flush);
        out_data = ((((((in_data) & 128'hffffffffffffffffffffffffffffffff) << width) | ((hold$q) & 128'hffffffffffffffffffffffffffffffff)) >> shift$q) & 64'hffffffffffffffff);
        out_strb = strb$q;
        out_last = last$q;
        took = in_valid & ((mode$q == RealignMode$Hold) | ((mode$q == RealignMode$Move) & out_ready));
        gave = out_ready & (((mode$q == RealignMode$Move) & in_valid) | (mode$q == RealignMode$Flush));
        if (took) begin
            hold$d = in_data;
        end
        adv = took | gave;
        if (start & (mode$q == RealignMode$Idle)) begin
            p_s$d = ((src_lane) & 16'hffff) & lane_mask;
            p_t$d = ((dst_lane) & 16'hffff) & lane_mask;
            p_len$d = len;
        end
        s16 = p_s$q;
        t16 = p_t$q;
        r16 = (t16 + lanes - s16) & lane_mask;
        last_lane = (t16 + p_len$q - 32'h1) & lane_mask;
        nx_in = in_cnt$q;
        nx_out = out_cnt$q;
        if (took) begin
            nx_in = in_cnt$q + 32'h1;
        end
        if (gave) begin
            nx_out = out_cnt$q + 32'h1;
        end
        nx_lead = lead$q;
        nx_first = first_mask$q;
        nx_last = last_mask$q;
        active_s = mode$q != RealignMode$Idle;
        in_eq_out_s = in_cnt$q == out_cnt$q;
        in_left_s = in_cnt$q <= last_in$q;
        out_last_s = out_cnt$q == last_out$q;
        out_any_s = |out_cnt$q;
        if (mode$q == RealignMode$Setup) begin
            nx_in = 32'h0;
            nx_out = 32'h0;
            last_in$d = (s16 + p_len$q - 32'h1) >> beat_shift;
            last_out$d = (t16 + p_len$q - 32'h1) >> beat_shift;
            in_eq_out_s = 1'b1;
            in_left_s = |(s16 | p_len$q);
            out_last_s = (t16 + p_len$q) <= lanes;
            out_any_s = 1'b0;
            nx_lead = t16 < s16;
            nx_first = ones << t16;
            nx_last = ones >> (lane_mask - last_lane);
            shift$d = (lanes - r16) << 32'h3;
            hold$d = 32'h0;
        end
        active_a = 1'b1;
        in_eq_out_a = in_cnt$q == out_cnt$q;
        in_left_a = in_cnt$q <= last_in$q;
        out_last_a = out_cnt$q == last_out$q;
        out_any_a = |out_cnt$q;
        if (mode$q == RealignMode$Hold) begin
            in_eq_out_a = (in_cnt$q + 32'h1) == out_cnt$q;
        end
        if (mode$q == RealignMode$Flush) begin
            in_eq_out_a = in_cnt$q == (out_cnt$q + 32'h1);
        end
        if (mode$q != RealignMode$Flush) begin
            in_left_a = in_cnt$q < last_in$q;
        end
        if (mode$q != RealignMode$Hold) begin
            out_last_a = (out_cnt$q + 32'h1) == last_out$q;
            out_any_a = 1'b1;
            active_a = ~last$q;
        end
        in_cnt$d = nx_in;
        out_cnt$d = nx_out;
        lead$d = nx_lead;
        first_mask$d = nx_first;
        last_mask$d = nx_last;
        mode_s = RealignMode$Idle;
        if (active_s) begin
            if (nx_lead & in_eq_out_s) begin
                mode_s = RealignMode$Hold;
            end
            else if (in_left_s) begin
                mode_s = RealignMode$Move;
            end
            else begin
                mode_s = RealignMode$Flush;
            end
        end
        if (start & (mode$q == RealignMode$Idle)) begin
            mode_s = RealignMode$Setup;
        end
        mode_a = RealignMode$Idle;
        if (active_a) begin
            if (nx_lead & in_eq_out_a) begin
                mode_a = RealignMode$Hold;
            end
            else if (in_left_a) begin
                mode_a = RealignMode$Move;
            end
            else begin
                mode_a = RealignMode$Flush;
            end
        end
        strb_s = ones;
        if (~out_any_s) begin
            strb_s = nx_first;
        end
        if (out_last_s) begin
            if (out_any_s) begin
                strb_s = nx_last;
            end
            else begin
                strb_s = nx_first & nx_last;
            end
        end
        strb_a = ones;
        if (~out_any_a) begin
            strb_a = nx_first;
        end
        if (out_last_a) begin
            if (out_any_a) begin
                strb_a = nx_last;
            end
            else begin
                strb_a = nx_first & nx_last;
            end
        end
        mode$d = mode_s;
        strb$d = strb_s;
        last$d = out_last_s;
        if (adv) begin
            mode$d = mode_a;
            strb$d = strb_a;
            last$d = out_last_a;
        end
    end
    
endmodule // viaduct_engine$mover$realign


module viaduct_engine$mover$realign$first_mask(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$first_mask


module viaduct_engine$mover$realign$hold(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$hold


module viaduct_engine$mover$realign$in_cnt(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$in_cnt


module viaduct_engine$mover$realign$last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$last


module viaduct_engine$mover$realign$last_in(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$last_in


module viaduct_engine$mover$realign$last_mask(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$last_mask


module viaduct_engine$mover$realign$last_out(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$last_out


module viaduct_engine$mover$realign$lead(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$lead


module viaduct_engine$mover$realign$mode(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam RealignMode$Idle = 0;
    localparam RealignMode$Setup = 1;
    localparam RealignMode$Hold = 2;
    localparam RealignMode$Move = 3;
    localparam RealignMode$Flush = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$mode


module viaduct_engine$mover$realign$out_cnt(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$out_cnt


module viaduct_engine$mover$realign$p_len(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$p_len


module viaduct_engine$mover$realign$p_s(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$p_s


module viaduct_engine$mover$realign$p_t(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$p_t


module viaduct_engine$mover$realign$shift(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$shift


module viaduct_engine$mover$realign$strb(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$realign$strb


module viaduct_engine$mover$rem(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rem


module viaduct_engine$mover$rep_src_off_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rep_src_off_q


module viaduct_engine$mover$rep_src_on_dst_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rep_src_on_dst_q


module viaduct_engine$mover$rep_src_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rep_src_q


module viaduct_engine$mover$rep_src_status_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rep_src_status_q


module viaduct_engine$mover$rsp_beats(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rsp_beats


module viaduct_engine$mover$rx_chunk_end(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_chunk_end


module viaduct_engine$mover$rx_dist_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_dist_q


module viaduct_engine$mover$rx_ended(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_ended


module viaduct_engine$mover$rx_pos(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_pos


module viaduct_engine$mover$rx_slice(clock,in_valid,in_ready,in_data,in_side,in_last,out_valid,out_ready,out_data,out_side,out_last,flush);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    input wire  [15:0] in_side;
    input wire  in_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [63:0] out_data;
    output reg  [15:0] out_side;
    output reg  out_last;
    input wire  flush;
    
    // Stub signals
    reg  o_valid$d;
    wire  o_valid$q;
    reg  o_valid$clock;
    reg  [63:0] o_data$d;
    wire  [63:0] o_data$q;
    reg  o_data$clock;
    reg  [15:0] o_side$d;
    wire  [15:0] o_side$q;
    reg  o_side$clock;
    reg  o_last$d;
    wire  o_last$q;
    reg  o_last$clock;
    reg  s_valid$d;
    wire  s_valid$q;
    reg  s_valid$clock;
    reg  [63:0] s_data$d;
    wire  [63:0] s_data$q;
    reg  s_data$clock;
    reg  [15:0] s_side$d;
    wire  [15:0] s_side$q;
    reg  s_side$clock;
    reg  s_last$d;
    wire  s_last$q;
    reg  s_last$clock;
    
    // Sub module instances
    viaduct_engine$mover$rx_slice$o_valid o_valid(
        .d(o_valid$d),
        .q(o_valid$q),
        .clock(o_valid$clock)
    );
    viaduct_engine$mover$rx_slice$o_data o_data(
        .d(o_data$d),
        .q(o_data$q),
        .clock(o_data$clock)
    );
    viaduct_engine$mover$rx_slice$o_side o_side(
        .d(o_side$d),
        .q(o_side$q),
        .clock(o_side$clock)
    );
    viaduct_engine$mover$rx_slice$o_last o_last(
        .d(o_last$d),
        .q(o_last$q),
        .clock(o_last$clock)
    );
    viaduct_engine$mover$rx_slice$s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    viaduct_engine$mover$rx_slice$s_data s_data(
        .d(s_data$d),
        .q(s_data$q),
        .clock(s_data$clock)
    );
    viaduct_engine$mover$rx_slice$s_side s_side(
        .d(s_side$d),
        .q(s_side$q),
        .clock(s_side$clock)
    );
    viaduct_engine$mover$rx_slice$s_last s_last(
        .d(s_last$d),
        .q(s_last$q),
        .clock(s_last$clock)
    );
    
    // Update code
    always @(*) begin
        o_valid$clock = clock;
        o_data$clock = clock;
        o_side$clock = clock;
        o_last$clock = clock;
        s_valid$clock = clock;
        s_data$clock = clock;
        s_side$clock = clock;
        s_last$clock = clock;
        o_valid$d = o_valid$q;
        o_data$d = o_data$q;
        o_side$d = o_side$q;
        o_last$d = o_last$q;
        s_valid$d = s_valid$q;
        s_data$d = s_data$q;
        s_side$d = s_side$q;
        s_last$d = s_last$q;
        in_ready = ~s_valid$q;
        out_valid = o_valid$q;
        out_data = o_data$q;
        out_side = o_side$q;
        out_last = o_last$q;
        if (~o_valid$q | out_ready) begin
            o_valid$d = s_valid$q | in_valid;
            s_valid$d = 1'b0;
            if (s_valid$q) begin
                o_data$d = s_data$q;
                o_side$d = s_side$q;
                o_last$d = s_last$q;
            end
            else begin
                o_data$d = in_data;
                o_side$d = in_side;
                o_last$d = in_last;
            end
        end
        else if (in_valid & ~s_valid$q) begin
            s_valid$d = 1'b1;
        end
        if (~s_valid$q) begin
            s_data$d = in_data;
            s_side$d = in_side;
            s_last$d = in_last;
        end
        if (flush) begin
            o_valid$d = 1'b0;
            s_valid$d = 1'b0;
        end
    end
    
endmodule // viaduct_engine$mover$rx_slice


module viaduct_engine$mover$rx_slice$o_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_slice$o_data


module viaduct_engine$mover$rx_slice$o_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_slice$o_last


module viaduct_engine$mover$rx_slice$o_side(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_slice$o_side


module viaduct_engine$mover$rx_slice$o_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_slice$o_valid


module viaduct_engine$mover$rx_slice$s_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_slice$s_data


module viaduct_engine$mover$rx_slice$s_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_slice$s_last


module viaduct_engine$mover$rx_slice$s_side(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_slice$s_side


module viaduct_engine$mover$rx_slice$s_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$rx_slice$s_valid


module viaduct_engine$mover$s_beat(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$s_beat


module viaduct_engine$mover$s_err(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$s_err


module viaduct_engine$mover$s_len(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$s_len


module viaduct_engine$mover$s_off(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$s_off


module viaduct_engine$mover$snk(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam SinkState$Idle = 0;
    localparam SinkState$Header = 1;
    localparam SinkState$Data = 2;
    localparam SinkState$Response = 3;
    localparam SinkState$ResponseDrain = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$snk


module viaduct_engine$mover$snk_go_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$snk_go_q


module viaduct_engine$mover$src(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam SourceState$Idle = 0;
    localparam SourceState$Inline = 1;
    localparam SourceState$Rx = 2;
    localparam SourceState$Command = 3;
    localparam SourceState$ResponseHead = 4;
    localparam SourceState$ResponseData = 5;
    localparam SourceState$ResponseDrain = 6;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$src


module viaduct_engine$mover$src_fresh(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$src_fresh


module viaduct_engine$mover$src_room(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$src_room


module viaduct_engine$mover$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam MoverState$Idle = 0;
    localparam MoverState$Run = 1;
    localparam MoverState$Close = 2;
    localparam MoverState$FrameOut = 3;
    localparam MoverState$Drain = 4;
    localparam MoverState$Finish = 5;
    localparam MoverState$Done = 6;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$state


module viaduct_engine$mover$sto_pack(clock,in_valid,in_ready,in_data,in_strb,in_last,close,tvalid,tready,tdata,tkeep,tlast,tuser,idle);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    input wire  [7:0] in_strb;
    input wire  in_last;
    input wire  close;
    output reg  tvalid;
    input wire  tready;
    output reg  [63:0] tdata;
    output reg  [7:0] tkeep;
    output reg  tlast;
    output reg  tuser;
    output reg  idle;
    
    // Constant declarations
    localparam  lane_masks$0 = 64'hff;
    localparam  lane_masks$1 = 64'hff00;
    localparam  lane_masks$2 = 64'hff0000;
    localparam  lane_masks$3 = 64'hff000000;
    localparam  lane_masks$4 = 64'hff00000000;
    localparam  lane_masks$5 = 64'hff0000000000;
    localparam  lane_masks$6 = 64'hff000000000000;
    localparam  lane_masks$7 = 64'hff00000000000000;
    localparam  top_lane = 8'h7;
    
    // Stub signals
    reg  [63:0] data$d;
    wire  [63:0] data$q;
    reg  data$clock;
    reg  [7:0] keep$d;
    wire  [7:0] keep$q;
    reg  keep$clock;
    reg  last$d;
    wire  last$q;
    reg  last$clock;
    reg  abort$d;
    wire  abort$q;
    reg  abort$clock;
    
    // Local signals
    reg  complete;
    reg  accept;
    reg  [63:0] base_data;
    reg  [7:0] base_keep;
    reg  [63:0] byte_mask;
    
    // Sub module instances
    viaduct_engine$mover$sto_pack$data data(
        .d(data$d),
        .q(data$q),
        .clock(data$clock)
    );
    viaduct_engine$mover$sto_pack$keep keep(
        .d(keep$d),
        .q(keep$q),
        .clock(keep$clock)
    );
    viaduct_engine$mover$sto_pack$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    viaduct_engine$mover$sto_pack$abort abort(
        .d(abort$d),
        .q(abort$q),
        .clock(abort$clock)
    );
    
    // Update code
    always @(*) begin
        data$clock = clock;
        keep$clock = clock;
        last$clock = clock;
        abort$clock = clock;
        data$d = data$q;
        keep$d = keep$q;
        last$d = last$q;
        abort$d = abort$q;
        tvalid = keep$q[top_lane] | last$q;
        tdata = data$q;
        tkeep = keep$q;
        tlast = last$q;
        tuser = abort$q;
        in_ready = ~(keep$q[top_lane] | last$q) | tready;
        idle = ~|keep$q & ~last$q;
        complete = keep$q[top_lane] | last$q;
        accept = ~complete | tready;
        base_data = data$q;
        base_keep = keep$q;
        if (complete & tready) begin
            base_data = 32'h0;
            base_keep = 32'h0;
            last$d = 1'b0;
            abort$d = 1'b0;
        end
        byte_mask = 32'h0;
        if (in_strb[0]) begin
            byte_mask = byte_mask | lane_masks$0;
        end
        if (in_strb[1]) begin
            byte_mask = byte_mask | lane_masks$1;
        end
        if (in_strb[2]) begin
            byte_mask = byte_mask | lane_masks$2;
        end
        if (in_strb[3]) begin
            byte_mask = byte_mask | lane_masks$3;
        end
        if (in_strb[4]) begin
            byte_mask = byte_mask | lane_masks$4;
        end
        if (in_strb[5]) begin
            byte_mask = byte_mask | lane_masks$5;
        end
        if (in_strb[6]) begin
            byte_mask = byte_mask | lane_masks$6;
        end
        if (in_strb[7]) begin
            byte_mask = byte_mask | lane_masks$7;
        end
        data$d = base_data;
        keep$d = base_keep;
        if (in_valid & accept) begin
            data$d = (base_data & ~byte_mask) | (in_data & byte_mask);
            keep$d = base_keep | in_strb;
            last$d = in_last;
        end
        else if (close & accept) begin
            last$d = 1'b1;
            abort$d = 1'b1;
        end
    end
    
endmodule // viaduct_engine$mover$sto_pack


module viaduct_engine$mover$sto_pack$abort(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$sto_pack$abort


module viaduct_engine$mover$sto_pack$data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$sto_pack$data


module viaduct_engine$mover$sto_pack$keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$sto_pack$keep


module viaduct_engine$mover$sto_pack$last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$sto_pack$last


module viaduct_engine$mover$stop_ar_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$stop_ar_q


module viaduct_engine$mover$truncated(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$truncated


module viaduct_engine$mover$writer(clock,start,chunk_pa,chunk_len,chunk_off,issuing,in_valid,in_ready,in_data,in_strb,in_last,fail,fail_off,fail_timeout,chunk_acked,idle,watchdog,m_axi$awvalid,m_axi$awready,m_axi$awid,m_axi$awaddr,m_axi$awlen,m_axi$awsize,m_axi$awburst,m_axi$wvalid,m_axi$wready,m_axi$wdata,m_axi$wstrb,m_axi$wlast,m_axi$bvalid,m_axi$bready,m_axi$bid,m_axi$bresp);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [63:0] chunk_pa;
    input wire  [15:0] chunk_len;
    input wire  [31:0] chunk_off;
    output reg  issuing;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    input wire  [7:0] in_strb;
    input wire  in_last;
    output reg  fail;
    output reg  [31:0] fail_off;
    output reg  fail_timeout;
    output reg  chunk_acked;
    output reg  idle;
    input wire  [31:0] watchdog;
    output reg  m_axi$awvalid;
    input wire  m_axi$awready;
    output reg  [4:0] m_axi$awid;
    output reg  [63:0] m_axi$awaddr;
    output reg  [7:0] m_axi$awlen;
    output reg  [2:0] m_axi$awsize;
    output reg  [1:0] m_axi$awburst;
    output reg  m_axi$wvalid;
    input wire  m_axi$wready;
    output reg  [63:0] m_axi$wdata;
    output reg  [7:0] m_axi$wstrb;
    output reg  m_axi$wlast;
    input wire  m_axi$bvalid;
    output reg  m_axi$bready;
    input wire  [4:0] m_axi$bid;
    input wire  [1:0] m_axi$bresp;
    
    // Constant declarations
    localparam  burst_bytes = 16'h200;
    localparam  burst_mask = 64'h1ff;
    localparam  lane_mask = 64'h7;
    localparam  burst_beats_minus_one = 16'h3f;
    localparam  lanes_minus_one = 16'h7;
    localparam  beat_shift = 8'h3;
    localparam  size = 3'b11;
    localparam  incr = 2'b1;
    localparam  slots = 5'b10000;
    localparam  slresp = 2'b10;
    localparam  epoch_bit = 8'h4;
    
    // Stub signals
    reg  active_chunk$d;
    wire  active_chunk$q;
    reg  active_chunk$clock;
    reg  [31:0] c_off$d;
    wire  [31:0] c_off$q;
    reg  c_off$clock;
    reg  [15:0] burst_left$d;
    wire  [15:0] burst_left$q;
    reg  burst_left$clock;
    reg  [63:0] next_addr$d;
    wire  [63:0] next_addr$q;
    reg  next_addr$clock;
    reg  [15:0] left$d;
    wire  [15:0] left$q;
    reg  left$clock;
    reg  plan_valid$d;
    wire  plan_valid$q;
    reg  plan_valid$clock;
    reg  [15:0] plan_bytes$d;
    wire  [15:0] plan_bytes$q;
    reg  plan_bytes$clock;
    reg  [7:0] plan_len$d;
    wire  [7:0] plan_len$q;
    reg  plan_len$clock;
    reg  plan_last$d;
    wire  plan_last$q;
    reg  plan_last$clock;
    reg  aw_pending$d;
    wire  aw_pending$q;
    reg  aw_pending$clock;
    reg  [63:0] aw_addr$d;
    wire  [63:0] aw_addr$q;
    reg  aw_addr$clock;
    reg  [7:0] aw_len$d;
    wire  [7:0] aw_len$q;
    reg  aw_len$clock;
    reg  [4:0] aw_id$d;
    wire  [4:0] aw_id$q;
    reg  aw_id$clock;
    reg  epoch$d;
    wire  epoch$q;
    reg  epoch$clock;
    reg  [4:0] iseq$d;
    wire  [4:0] iseq$q;
    reg  iseq$clock;
    reg  [4:0] rseq$d;
    wire  [4:0] rseq$q;
    reg  rseq$clock;
    reg  [31:0] offs$0$d;
    wire  [31:0] offs$0$q;
    reg  offs$0$clock;
    reg  [31:0] offs$1$d;
    wire  [31:0] offs$1$q;
    reg  offs$1$clock;
    reg  [31:0] offs$2$d;
    wire  [31:0] offs$2$q;
    reg  offs$2$clock;
    reg  [31:0] offs$3$d;
    wire  [31:0] offs$3$q;
    reg  offs$3$clock;
    reg  [31:0] offs$4$d;
    wire  [31:0] offs$4$q;
    reg  offs$4$clock;
    reg  [31:0] offs$5$d;
    wire  [31:0] offs$5$q;
    reg  offs$5$clock;
    reg  [31:0] offs$6$d;
    wire  [31:0] offs$6$q;
    reg  offs$6$clock;
    reg  [31:0] offs$7$d;
    wire  [31:0] offs$7$q;
    reg  offs$7$clock;
    reg  [31:0] offs$8$d;
    wire  [31:0] offs$8$q;
    reg  offs$8$clock;
    reg  [31:0] offs$9$d;
    wire  [31:0] offs$9$q;
    reg  offs$9$clock;
    reg  [31:0] offs$10$d;
    wire  [31:0] offs$10$q;
    reg  offs$10$clock;
    reg  [31:0] offs$11$d;
    wire  [31:0] offs$11$q;
    reg  offs$11$clock;
    reg  [31:0] offs$12$d;
    wire  [31:0] offs$12$q;
    reg  offs$12$clock;
    reg  [31:0] offs$13$d;
    wire  [31:0] offs$13$q;
    reg  offs$13$clock;
    reg  [31:0] offs$14$d;
    wire  [31:0] offs$14$q;
    reg  offs$14$clock;
    reg  [31:0] offs$15$d;
    wire  [31:0] offs$15$q;
    reg  offs$15$clock;
    reg  [15:0] active$d;
    wire  [15:0] active$q;
    reg  active$clock;
    reg  [15:0] done$d;
    wire  [15:0] done$q;
    reg  done$clock;
    reg  [15:0] err$d;
    wire  [15:0] err$q;
    reg  err$clock;
    reg  wd$clock;
    reg  [31:0] wd$limit;
    reg  wd$count;
    reg  wd$restart;
    reg  wd$after_progress;
    wire  wd$expired;
    reg  slot_free_q$d;
    wire  slot_free_q$q;
    reg  slot_free_q$clock;
    reg  fail_q$d;
    wire  fail_q$q;
    reg  fail_q$clock;
    reg  acked_q$d;
    wire  acked_q$q;
    reg  acked_q$clock;
    reg  [15:0] ends_chunk$d;
    wire  [15:0] ends_chunk$q;
    reg  ends_chunk$clock;
    reg  [31:0] fail_off_q$d;
    wire  [31:0] fail_off_q$q;
    reg  fail_off_q$clock;
    reg  fail_timeout_q$d;
    wire  fail_timeout_q$q;
    reg  fail_timeout_q$clock;
    reg  w_slice$clock;
    reg  w_slice$in_valid;
    wire  w_slice$in_ready;
    reg  [63:0] w_slice$in_data;
    reg  [7:0] w_slice$in_side;
    reg  w_slice$in_last;
    wire  w_slice$out_valid;
    reg  w_slice$out_ready;
    wire  [63:0] w_slice$out_data;
    wire  [7:0] w_slice$out_side;
    wire  w_slice$out_last;
    reg  w_slice$flush;
    
    // Local signals
    reg  [15:0] room;
    reg  room_short;
    reg  [4:0] outstanding;
    reg  issue;
    reg  [3:0] i_slot;
    reg  [3:0] b_slot;
    reg  b_ok;
    reg  [3:0] head;
    reg  [31:0] head_off;
    reg  retire;
    reg  progress;
    reg  timeout;
    reg  [15:0] active_n;
    reg  [15:0] done_n;
    reg  [15:0] err_n;
    
    // Sub module instances
    viaduct_engine$mover$writer$active_chunk active_chunk(
        .d(active_chunk$d),
        .q(active_chunk$q),
        .clock(active_chunk$clock)
    );
    viaduct_engine$mover$writer$c_off c_off(
        .d(c_off$d),
        .q(c_off$q),
        .clock(c_off$clock)
    );
    viaduct_engine$mover$writer$burst_left burst_left(
        .d(burst_left$d),
        .q(burst_left$q),
        .clock(burst_left$clock)
    );
    viaduct_engine$mover$writer$next_addr next_addr(
        .d(next_addr$d),
        .q(next_addr$q),
        .clock(next_addr$clock)
    );
    viaduct_engine$mover$writer$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    viaduct_engine$mover$writer$plan_valid plan_valid(
        .d(plan_valid$d),
        .q(plan_valid$q),
        .clock(plan_valid$clock)
    );
    viaduct_engine$mover$writer$plan_bytes plan_bytes(
        .d(plan_bytes$d),
        .q(plan_bytes$q),
        .clock(plan_bytes$clock)
    );
    viaduct_engine$mover$writer$plan_len plan_len(
        .d(plan_len$d),
        .q(plan_len$q),
        .clock(plan_len$clock)
    );
    viaduct_engine$mover$writer$plan_last plan_last(
        .d(plan_last$d),
        .q(plan_last$q),
        .clock(plan_last$clock)
    );
    viaduct_engine$mover$writer$aw_pending aw_pending(
        .d(aw_pending$d),
        .q(aw_pending$q),
        .clock(aw_pending$clock)
    );
    viaduct_engine$mover$writer$aw_addr aw_addr(
        .d(aw_addr$d),
        .q(aw_addr$q),
        .clock(aw_addr$clock)
    );
    viaduct_engine$mover$writer$aw_len aw_len(
        .d(aw_len$d),
        .q(aw_len$q),
        .clock(aw_len$clock)
    );
    viaduct_engine$mover$writer$aw_id aw_id(
        .d(aw_id$d),
        .q(aw_id$q),
        .clock(aw_id$clock)
    );
    viaduct_engine$mover$writer$epoch epoch(
        .d(epoch$d),
        .q(epoch$q),
        .clock(epoch$clock)
    );
    viaduct_engine$mover$writer$iseq iseq(
        .d(iseq$d),
        .q(iseq$q),
        .clock(iseq$clock)
    );
    viaduct_engine$mover$writer$rseq rseq(
        .d(rseq$d),
        .q(rseq$q),
        .clock(rseq$clock)
    );
    viaduct_engine$mover$writer$offs$0 offs$0(
        .d(offs$0$d),
        .q(offs$0$q),
        .clock(offs$0$clock)
    );
    viaduct_engine$mover$writer$offs$1 offs$1(
        .d(offs$1$d),
        .q(offs$1$q),
        .clock(offs$1$clock)
    );
    viaduct_engine$mover$writer$offs$2 offs$2(
        .d(offs$2$d),
        .q(offs$2$q),
        .clock(offs$2$clock)
    );
    viaduct_engine$mover$writer$offs$3 offs$3(
        .d(offs$3$d),
        .q(offs$3$q),
        .clock(offs$3$clock)
    );
    viaduct_engine$mover$writer$offs$4 offs$4(
        .d(offs$4$d),
        .q(offs$4$q),
        .clock(offs$4$clock)
    );
    viaduct_engine$mover$writer$offs$5 offs$5(
        .d(offs$5$d),
        .q(offs$5$q),
        .clock(offs$5$clock)
    );
    viaduct_engine$mover$writer$offs$6 offs$6(
        .d(offs$6$d),
        .q(offs$6$q),
        .clock(offs$6$clock)
    );
    viaduct_engine$mover$writer$offs$7 offs$7(
        .d(offs$7$d),
        .q(offs$7$q),
        .clock(offs$7$clock)
    );
    viaduct_engine$mover$writer$offs$8 offs$8(
        .d(offs$8$d),
        .q(offs$8$q),
        .clock(offs$8$clock)
    );
    viaduct_engine$mover$writer$offs$9 offs$9(
        .d(offs$9$d),
        .q(offs$9$q),
        .clock(offs$9$clock)
    );
    viaduct_engine$mover$writer$offs$10 offs$10(
        .d(offs$10$d),
        .q(offs$10$q),
        .clock(offs$10$clock)
    );
    viaduct_engine$mover$writer$offs$11 offs$11(
        .d(offs$11$d),
        .q(offs$11$q),
        .clock(offs$11$clock)
    );
    viaduct_engine$mover$writer$offs$12 offs$12(
        .d(offs$12$d),
        .q(offs$12$q),
        .clock(offs$12$clock)
    );
    viaduct_engine$mover$writer$offs$13 offs$13(
        .d(offs$13$d),
        .q(offs$13$q),
        .clock(offs$13$clock)
    );
    viaduct_engine$mover$writer$offs$14 offs$14(
        .d(offs$14$d),
        .q(offs$14$q),
        .clock(offs$14$clock)
    );
    viaduct_engine$mover$writer$offs$15 offs$15(
        .d(offs$15$d),
        .q(offs$15$q),
        .clock(offs$15$clock)
    );
    viaduct_engine$mover$writer$active active(
        .d(active$d),
        .q(active$q),
        .clock(active$clock)
    );
    viaduct_engine$mover$writer$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    viaduct_engine$mover$writer$err err(
        .d(err$d),
        .q(err$q),
        .clock(err$clock)
    );
    viaduct_engine$mover$writer$wd wd(
        .clock(wd$clock),
        .limit(wd$limit),
        .count(wd$count),
        .restart(wd$restart),
        .after_progress(wd$after_progress),
        .expired(wd$expired)
    );
    viaduct_engine$mover$writer$slot_free_q slot_free_q(
        .d(slot_free_q$d),
        .q(slot_free_q$q),
        .clock(slot_free_q$clock)
    );
    viaduct_engine$mover$writer$fail_q fail_q(
        .d(fail_q$d),
        .q(fail_q$q),
        .clock(fail_q$clock)
    );
    viaduct_engine$mover$writer$acked_q acked_q(
        .d(acked_q$d),
        .q(acked_q$q),
        .clock(acked_q$clock)
    );
    viaduct_engine$mover$writer$ends_chunk ends_chunk(
        .d(ends_chunk$d),
        .q(ends_chunk$q),
        .clock(ends_chunk$clock)
    );
    viaduct_engine$mover$writer$fail_off_q fail_off_q(
        .d(fail_off_q$d),
        .q(fail_off_q$q),
        .clock(fail_off_q$clock)
    );
    viaduct_engine$mover$writer$fail_timeout_q fail_timeout_q(
        .d(fail_timeout_q$d),
        .q(fail_timeout_q$q),
        .clock(fail_timeout_q$clock)
    );
    viaduct_engine$mover$writer$w_slice w_slice(
        .clock(w_slice$clock),
        .in_valid(w_slice$in_valid),
        .in_ready(w_slice$in_ready),
        .in_data(w_slice$in_data),
        .in_side(w_slice$in_side),
        .in_last(w_slice$in_last),
        .out_valid(w_slice$out_valid),
        .out_ready(w_slice$out_ready),
        .out_data(w_slice$out_data),
        .out_side(w_slice$out_side),
        .out_last(w_slice$out_last),
        .flush(w_slice$flush)
    );
    
    // Update code
    always @(*) begin
        active_chunk$clock = clock;
        burst_left$clock = clock;
        c_off$clock = clock;
        next_addr$clock = clock;
        left$clock = clock;
        plan_valid$clock = clock;
        plan_bytes$clock = clock;
        plan_len$clock = clock;
        plan_last$clock = clock;
        aw_pending$clock = clock;
        aw_addr$clock = clock;
        aw_len$clock = clock;
        aw_id$clock = clock;
        epoch$clock = clock;
        iseq$clock = clock;
        rseq$clock = clock;
        active$clock = clock;
        done$clock = clock;
        err$clock = clock;
        slot_free_q$clock = clock;
        fail_q$clock = clock;
        fail_off_q$clock = clock;
        fail_timeout_q$clock = clock;
        acked_q$clock = clock;
        ends_chunk$clock = clock;
        active_chunk$d = active_chunk$q;
        burst_left$d = burst_left$q;
        c_off$d = c_off$q;
        next_addr$d = next_addr$q;
        left$d = left$q;
        plan_valid$d = plan_valid$q;
        plan_bytes$d = plan_bytes$q;
        plan_len$d = plan_len$q;
        plan_last$d = plan_last$q;
        aw_pending$d = aw_pending$q;
        aw_addr$d = aw_addr$q;
        aw_len$d = aw_len$q;
        aw_id$d = aw_id$q;
        epoch$d = epoch$q;
        iseq$d = iseq$q;
        rseq$d = rseq$q;
        active$d = active$q;
        done$d = done$q;
        err$d = err$q;
        slot_free_q$d = slot_free_q$q;
        fail_q$d = fail_q$q;
        fail_off_q$d = fail_off_q$q;
        fail_timeout_q$d = fail_timeout_q$q;
        acked_q$d = acked_q$q;
        ends_chunk$d = ends_chunk$q;
        room = burst_bytes - ((next_addr$q & burst_mask) & 16'hffff);
        room_short = room < left$q;
        plan_valid$d = active_chunk$q;
        plan_bytes$d = left$q;
        plan_len$d = (((((next_addr$q & lane_mask) & 16'hffff) + left$q - 32'h1) >> beat_shift) & 8'hff);
        plan_last$d = ~room_short;
        if (room_short) begin
            plan_bytes$d = room;
            plan_len$d = (((~next_addr$q & burst_mask) >> beat_shift) & 8'hff);
        end
        outstanding = iseq$q - rseq$q;
        slot_free_q$d = outstanding < slots;
        issue = active_chunk$q & plan_valid$q & ~aw_pending$q & slot_free_q$q;
        i_slot = ((iseq$q) & 4'hf);
        if (issue) begin
            aw_pending$d = 1'b1;
            aw_addr$d = next_addr$q;
            aw_len$d = plan_len$q;
            aw_id$d = ((i_slot) & 5'h1f) | (((epoch$q) & 5'h1f) << 32'h4);
            iseq$d = iseq$q + 32'h1;
            next_addr$d = next_addr$q + ((plan_bytes$q) & 64'hffffffffffffffff);
            left$d = left$q - plan_bytes$q;
            plan_valid$d = 1'b0;
            if (plan_last$q) begin
                active_chunk$d = 1'b0;
            end
        end
        if (start & ~active_chunk$q) begin
            active_chunk$d = 1'b1;
            c_off$d = chunk_off;
            burst_left$d = (((~chunk_pa & burst_mask) >> beat_shift) & 16'hffff);
            next_addr$d = chunk_pa;
            left$d = chunk_len;
            plan_valid$d = 1'b0;
        end
        issuing = active_chunk$q;
        m_axi$awvalid = aw_pending$q;
        m_axi$awaddr = aw_addr$q;
        m_axi$awlen = aw_len$q;
        m_axi$awid = aw_id$q;
        m_axi$awsize = size;
        m_axi$awburst = incr;
        if (aw_pending$q & m_axi$awready) begin
            aw_pending$d = 1'b0;
        end
        w_slice$clock = clock;
        w_slice$flush = 1'b0;
        w_slice$in_valid = in_valid;
        w_slice$in_data = in_data;
        w_slice$in_side = in_strb;
        w_slice$in_last = in_last | ~|burst_left$q;
        if (in_valid & w_slice$in_ready) begin
            burst_left$d = burst_left$q - 32'h1;
            if (~|burst_left$q) begin
                burst_left$d = burst_beats_minus_one;
            end
        end
        in_ready = w_slice$in_ready;
        m_axi$wvalid = w_slice$out_valid;
        m_axi$wdata = w_slice$out_data;
        m_axi$wstrb = w_slice$out_side;
        m_axi$wlast = w_slice$out_last;
        w_slice$out_ready = m_axi$wready;
        fail = fail_q$q;
        chunk_acked = acked_q$q;
        fail_off = fail_off_q$q;
        fail_timeout = fail_timeout_q$q;
        idle = (iseq$q == rseq$q) & ~aw_pending$q & ~active_chunk$q;
        m_axi$bready = 1'b1;
        b_slot = ((m_axi$bid) & 4'hf);
        b_ok = m_axi$bvalid & (m_axi$bid[epoch_bit] == epoch$q) & active$q[b_slot];
        head = ((rseq$q) & 4'hf);
        head_off = 32'h0;
        offs$0$clock = clock;
        offs$0$d = offs$0$q;
        if (issue & (i_slot == 0)) begin
            offs$0$d = c_off$q;
        end
        if (head == 0) begin
            head_off = offs$0$q;
        end
        offs$1$clock = clock;
        offs$1$d = offs$1$q;
        if (issue & (i_slot == 1)) begin
            offs$1$d = c_off$q;
        end
        if (head == 1) begin
            head_off = offs$1$q;
        end
        offs$2$clock = clock;
        offs$2$d = offs$2$q;
        if (issue & (i_slot == 2)) begin
            offs$2$d = c_off$q;
        end
        if (head == 2) begin
            head_off = offs$2$q;
        end
        offs$3$clock = clock;
        offs$3$d = offs$3$q;
        if (issue & (i_slot == 3)) begin
            offs$3$d = c_off$q;
        end
        if (head == 3) begin
            head_off = offs$3$q;
        end
        offs$4$clock = clock;
        offs$4$d = offs$4$q;
        if (issue & (i_slot == 4)) begin
            offs$4$d = c_off$q;
        end
        if (head == 4) begin
            head_off = offs$4$q;
        end
        offs$5$clock = clock;
        offs$5$d = offs$5$q;
        if (issue & (i_slot == 5)) begin
            offs$5$d = c_off$q;
        end
        if (head == 5) begin
            head_off = offs$5$q;
        end
        offs$6$clock = clock;
        offs$6$d = offs$6$q;
        if (issue & (i_slot == 6)) begin
            offs$6$d = c_off$q;
        end
        if (head == 6) begin
            head_off = offs$6$q;
        end
        offs$7$clock = clock;
        offs$7$d = offs$7$q;
        if (issue & (i_slot == 7)) begin
            offs$7$d = c_off$q;
        end
        if (head == 7) begin
            head_off = offs$7$q;
        end
        offs$8$clock = clock;
        offs$8$d = offs$8$q;
        if (issue & (i_slot == 8)) begin
            offs$8$d = c_off$q;
        end
        if (head == 8) begin
            head_off = offs$8$q;
        end
        offs$9$clock = clock;
        offs$9$d = offs$9$q;
        if (issue & (i_slot == 9)) begin
            offs$9$d = c_off$q;
        end
        if (head == 9) begin
            head_off = offs$9$q;
        end
        offs$10$clock = clock;
        offs$10$d = offs$10$q;
        if (issue & (i_slot == 10)) begin
            offs$10$d = c_off$q;
        end
        if (head == 10) begin
            head_off = offs$10$q;
        end
        offs$11$clock = clock;
        offs$11$d = offs$11$q;
        if (issue & (i_slot == 11)) begin
            offs$11$d = c_off$q;
        end
        if (head == 11) begin
            head_off = offs$11$q;
        end
        offs$12$clock = clock;
        offs$12$d = offs$12$q;
        if (issue & (i_slot == 12)) begin
            offs$12$d = c_off$q;
        end
        if (head == 12) begin
            head_off = offs$12$q;
        end
        offs$13$clock = clock;
        offs$13$d = offs$13$q;
        if (issue & (i_slot == 13)) begin
            offs$13$d = c_off$q;
        end
        if (head == 13) begin
            head_off = offs$13$q;
        end
        offs$14$clock = clock;
        offs$14$d = offs$14$q;
        if (issue & (i_slot == 14)) begin
            offs$14$d = c_off$q;
        end
        if (head == 14) begin
            head_off = offs$14$q;
        end
        offs$15$clock = clock;
        offs$15$d = offs$15$q;
        if (issue & (i_slot == 15)) begin
            offs$15$d = c_off$q;
        end
        if (head == 15) begin
            head_off = offs$15$q;
        end
        active_n = active$q;
        done_n = done$q;
        err_n = err$q;
        if (b_ok) begin
            done_n = (done_n & ~(1 << (b_slot)) | ((1'b1) << (b_slot)));
            err_n = (err_n & ~(1 << (b_slot)) | ((m_axi$bresp >= slresp) << (b_slot)));
        end
        retire = (outstanding != 32'h0) & done$q[head];
        fail_q$d = 1'b0;
        acked_q$d = 1'b0;
        fail_off_q$d = head_off;
        fail_timeout_q$d = 1'b0;
        if (retire) begin
            rseq$d = rseq$q + 32'h1;
            active_n = (active_n & ~(1 << (head)) | ((1'b0) << (head)));
            fail_q$d = err$q[head];
            acked_q$d = ends_chunk$q[head];
        end
        if (issue) begin
            ends_chunk$d = (ends_chunk$q & ~(1 << (i_slot)) | ((plan_last$q) << (i_slot)));
            active_n = (active_n & ~(1 << (i_slot)) | ((1'b1) << (i_slot)));
            done_n = (done_n & ~(1 << (i_slot)) | ((1'b0) << (i_slot)));
            err_n = (err_n & ~(1 << (i_slot)) | ((1'b0) << (i_slot)));
        end
        active$d = active_n;
        done$d = done_n;
        err$d = err_n;
        progress = (aw_pending$q & m_axi$awready) | (w_slice$out_valid & m_axi$wready) | b_ok;
        wd$clock = clock;
        wd$limit = watchdog;
        wd$after_progress = 1'b0;
        wd$count = 1'b1;
        wd$restart = progress | ((outstanding == 32'h0) & ~aw_pending$q) | wd$expired;
        timeout = wd$expired;
        if (timeout) begin
            fail_q$d = 1'b1;
            fail_timeout_q$d = 1'b1;
            if (outstanding == 32'h0) begin
                fail_off_q$d = c_off$q;
            end
            epoch$d = ~epoch$q;
            rseq$d = iseq$q;
            active$d = 32'h0;
            aw_pending$d = 1'b0;
            active_chunk$d = 1'b0;
            plan_valid$d = 1'b0;
        end
    end
    
endmodule // viaduct_engine$mover$writer


module viaduct_engine$mover$writer$acked_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$acked_q


module viaduct_engine$mover$writer$active(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$active


module viaduct_engine$mover$writer$active_chunk(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$active_chunk


module viaduct_engine$mover$writer$aw_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$aw_addr


module viaduct_engine$mover$writer$aw_id(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$aw_id


module viaduct_engine$mover$writer$aw_len(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$aw_len


module viaduct_engine$mover$writer$aw_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$aw_pending


module viaduct_engine$mover$writer$burst_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$burst_left


module viaduct_engine$mover$writer$c_off(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$c_off


module viaduct_engine$mover$writer$done(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$done


module viaduct_engine$mover$writer$ends_chunk(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$ends_chunk


module viaduct_engine$mover$writer$epoch(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$epoch


module viaduct_engine$mover$writer$err(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$err


module viaduct_engine$mover$writer$fail_off_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$fail_off_q


module viaduct_engine$mover$writer$fail_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$fail_q


module viaduct_engine$mover$writer$fail_timeout_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$fail_timeout_q


module viaduct_engine$mover$writer$iseq(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$iseq


module viaduct_engine$mover$writer$left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$left


module viaduct_engine$mover$writer$next_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$next_addr


module viaduct_engine$mover$writer$offs$0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$0


module viaduct_engine$mover$writer$offs$1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$1


module viaduct_engine$mover$writer$offs$10(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$10


module viaduct_engine$mover$writer$offs$11(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$11


module viaduct_engine$mover$writer$offs$12(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$12


module viaduct_engine$mover$writer$offs$13(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$13


module viaduct_engine$mover$writer$offs$14(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$14


module viaduct_engine$mover$writer$offs$15(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$15


module viaduct_engine$mover$writer$offs$2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$2


module viaduct_engine$mover$writer$offs$3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$3


module viaduct_engine$mover$writer$offs$4(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$4


module viaduct_engine$mover$writer$offs$5(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$5


module viaduct_engine$mover$writer$offs$6(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$6


module viaduct_engine$mover$writer$offs$7(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$7


module viaduct_engine$mover$writer$offs$8(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$8


module viaduct_engine$mover$writer$offs$9(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$offs$9


module viaduct_engine$mover$writer$plan_bytes(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$plan_bytes


module viaduct_engine$mover$writer$plan_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$plan_last


module viaduct_engine$mover$writer$plan_len(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$plan_len


module viaduct_engine$mover$writer$plan_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$plan_valid


module viaduct_engine$mover$writer$rseq(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$rseq


module viaduct_engine$mover$writer$slot_free_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$slot_free_q


module viaduct_engine$mover$writer$w_slice(clock,in_valid,in_ready,in_data,in_side,in_last,out_valid,out_ready,out_data,out_side,out_last,flush);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    input wire  [7:0] in_side;
    input wire  in_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [63:0] out_data;
    output reg  [7:0] out_side;
    output reg  out_last;
    input wire  flush;
    
    // Stub signals
    reg  o_valid$d;
    wire  o_valid$q;
    reg  o_valid$clock;
    reg  [63:0] o_data$d;
    wire  [63:0] o_data$q;
    reg  o_data$clock;
    reg  [7:0] o_side$d;
    wire  [7:0] o_side$q;
    reg  o_side$clock;
    reg  o_last$d;
    wire  o_last$q;
    reg  o_last$clock;
    reg  s_valid$d;
    wire  s_valid$q;
    reg  s_valid$clock;
    reg  [63:0] s_data$d;
    wire  [63:0] s_data$q;
    reg  s_data$clock;
    reg  [7:0] s_side$d;
    wire  [7:0] s_side$q;
    reg  s_side$clock;
    reg  s_last$d;
    wire  s_last$q;
    reg  s_last$clock;
    
    // Sub module instances
    viaduct_engine$mover$writer$w_slice$o_valid o_valid(
        .d(o_valid$d),
        .q(o_valid$q),
        .clock(o_valid$clock)
    );
    viaduct_engine$mover$writer$w_slice$o_data o_data(
        .d(o_data$d),
        .q(o_data$q),
        .clock(o_data$clock)
    );
    viaduct_engine$mover$writer$w_slice$o_side o_side(
        .d(o_side$d),
        .q(o_side$q),
        .clock(o_side$clock)
    );
    viaduct_engine$mover$writer$w_slice$o_last o_last(
        .d(o_last$d),
        .q(o_last$q),
        .clock(o_last$clock)
    );
    viaduct_engine$mover$writer$w_slice$s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    viaduct_engine$mover$writer$w_slice$s_data s_data(
        .d(s_data$d),
        .q(s_data$q),
        .clock(s_data$clock)
    );
    viaduct_engine$mover$writer$w_slice$s_side s_side(
        .d(s_side$d),
        .q(s_side$q),
        .clock(s_side$clock)
    );
    viaduct_engine$mover$writer$w_slice$s_last s_last(
        .d(s_last$d),
        .q(s_last$q),
        .clock(s_last$clock)
    );
    
    // Update code
    always @(*) begin
        o_valid$clock = clock;
        o_data$clock = clock;
        o_side$clock = clock;
        o_last$clock = clock;
        s_valid$clock = clock;
        s_data$clock = clock;
        s_side$clock = clock;
        s_last$clock = clock;
        o_valid$d = o_valid$q;
        o_data$d = o_data$q;
        o_side$d = o_side$q;
        o_last$d = o_last$q;
        s_valid$d = s_valid$q;
        s_data$d = s_data$q;
        s_side$d = s_side$q;
        s_last$d = s_last$q;
        in_ready = ~s_valid$q;
        out_valid = o_valid$q;
        out_data = o_data$q;
        out_side = o_side$q;
        out_last = o_last$q;
        if (~o_valid$q | out_ready) begin
            o_valid$d = s_valid$q | in_valid;
            s_valid$d = 1'b0;
            if (s_valid$q) begin
                o_data$d = s_data$q;
                o_side$d = s_side$q;
                o_last$d = s_last$q;
            end
            else begin
                o_data$d = in_data;
                o_side$d = in_side;
                o_last$d = in_last;
            end
        end
        else if (in_valid & ~s_valid$q) begin
            s_valid$d = 1'b1;
        end
        if (~s_valid$q) begin
            s_data$d = in_data;
            s_side$d = in_side;
            s_last$d = in_last;
        end
        if (flush) begin
            o_valid$d = 1'b0;
            s_valid$d = 1'b0;
        end
    end
    
endmodule // viaduct_engine$mover$writer$w_slice


module viaduct_engine$mover$writer$w_slice$o_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$w_slice$o_data


module viaduct_engine$mover$writer$w_slice$o_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$w_slice$o_last


module viaduct_engine$mover$writer$w_slice$o_side(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$w_slice$o_side


module viaduct_engine$mover$writer$w_slice$o_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$w_slice$o_valid


module viaduct_engine$mover$writer$w_slice$s_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$w_slice$s_data


module viaduct_engine$mover$writer$w_slice$s_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$w_slice$s_last


module viaduct_engine$mover$writer$w_slice$s_side(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$w_slice$s_side


module viaduct_engine$mover$writer$w_slice$s_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$w_slice$s_valid


module viaduct_engine$mover$writer$wd(clock,limit,count,restart,after_progress,expired);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] limit;
    input wire  count;
    input wire  restart;
    input wire  after_progress;
    output reg  expired;
    
    // Stub signals
    reg  [31:0] cycles$d;
    wire  [31:0] cycles$q;
    reg  cycles$clock;
    reg  reached$d;
    wire  reached$q;
    reg  reached$clock;
    reg  limit_zero$d;
    wire  limit_zero$q;
    reg  limit_zero$clock;
    
    // Sub module instances
    viaduct_engine$mover$writer$wd$cycles cycles(
        .d(cycles$d),
        .q(cycles$q),
        .clock(cycles$clock)
    );
    viaduct_engine$mover$writer$wd$reached reached(
        .d(reached$d),
        .q(reached$q),
        .clock(reached$clock)
    );
    viaduct_engine$mover$writer$wd$limit_zero limit_zero(
        .d(limit_zero$d),
        .q(limit_zero$q),
        .clock(limit_zero$clock)
    );
    
    // Update code
    always @(*) begin
        cycles$clock = clock;
        reached$clock = clock;
        limit_zero$clock = clock;
        cycles$d = cycles$q;
        reached$d = reached$q;
        limit_zero$d = limit_zero$q;
        limit_zero$d = limit == 32'h0;
        expired = reached$q;
        reached$d = cycles$q >= limit;
        if (after_progress) begin
            expired = limit_zero$q;
            cycles$d = 32'h0;
            reached$d = limit == 32'h0;
        end
        if (count) begin
            cycles$d = cycles$q + 32'h1;
            reached$d = (((cycles$q) & 33'h1ffffffff) + 32'h1) >= ((limit) & 33'h1ffffffff);
            if (after_progress) begin
                cycles$d = 32'h1;
                reached$d = limit < 32'h2;
            end
        end
        if (restart) begin
            cycles$d = 32'h0;
            reached$d = limit == 32'h0;
        end
    end
    
endmodule // viaduct_engine$mover$writer$wd


module viaduct_engine$mover$writer$wd$cycles(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$wd$cycles


module viaduct_engine$mover$writer$wd$limit_zero(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$wd$limit_zero


module viaduct_engine$mover$writer$wd$reached(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$mover$writer$wd$reached


module viaduct_engine$r_bytes(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$r_bytes


module viaduct_engine$r_on_dst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$r_on_dst


module viaduct_engine$r_status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$r_status


module viaduct_engine$r_va(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$r_va


module viaduct_engine$rjoin(clock,walker$arvalid,walker$arready,walker$arid,walker$araddr,walker$arlen,walker$arsize,walker$arburst,walker$rvalid,walker$rready,walker$rid,walker$rdata,walker$rresp,walker$rlast,mover$arvalid,mover$arready,mover$arid,mover$araddr,mover$arlen,mover$arsize,mover$arburst,mover$rvalid,mover$rready,mover$rid,mover$rdata,mover$rresp,mover$rlast,m_axi$arvalid,m_axi$arready,m_axi$arid,m_axi$araddr,m_axi$arlen,m_axi$arsize,m_axi$arburst,m_axi$rvalid,m_axi$rready,m_axi$rid,m_axi$rdata,m_axi$rresp,m_axi$rlast);
    
    // Module arguments
    input wire  clock;
    input wire  walker$arvalid;
    output reg  walker$arready;
    input wire  [3:0] walker$arid;
    input wire  [63:0] walker$araddr;
    input wire  [7:0] walker$arlen;
    input wire  [2:0] walker$arsize;
    input wire  [1:0] walker$arburst;
    output reg  walker$rvalid;
    input wire  walker$rready;
    output reg  [3:0] walker$rid;
    output reg  [63:0] walker$rdata;
    output reg  [1:0] walker$rresp;
    output reg  walker$rlast;
    input wire  mover$arvalid;
    output reg  mover$arready;
    input wire  [4:0] mover$arid;
    input wire  [63:0] mover$araddr;
    input wire  [7:0] mover$arlen;
    input wire  [2:0] mover$arsize;
    input wire  [1:0] mover$arburst;
    output reg  mover$rvalid;
    input wire  mover$rready;
    output reg  [4:0] mover$rid;
    output reg  [63:0] mover$rdata;
    output reg  [1:0] mover$rresp;
    output reg  mover$rlast;
    output reg  m_axi$arvalid;
    input wire  m_axi$arready;
    output reg  [5:0] m_axi$arid;
    output reg  [63:0] m_axi$araddr;
    output reg  [7:0] m_axi$arlen;
    output reg  [2:0] m_axi$arsize;
    output reg  [1:0] m_axi$arburst;
    input wire  m_axi$rvalid;
    output reg  m_axi$rready;
    input wire  [5:0] m_axi$rid;
    input wire  [63:0] m_axi$rdata;
    input wire  [1:0] m_axi$rresp;
    input wire  m_axi$rlast;
    
    // Constant declarations
    localparam  beat_shift = 3'b11;
    localparam  last_sub = 8'h0;
    localparam  lane_mask = 64'h0;
    localparam  mover_bit = 6'b100000;
    localparam  mover_bit_index = 8'h5;
    
    // Enums
    localparam Grant$None = 0;
    localparam Grant$Walker = 1;
    localparam Grant$Mover = 2;
    
    // Stub signals
    reg  w_valid$d;
    wire  w_valid$q;
    reg  w_valid$clock;
    reg  [63:0] w_addr$d;
    wire  [63:0] w_addr$q;
    reg  w_addr$clock;
    reg  [7:0] w_len$d;
    wire  [7:0] w_len$q;
    reg  w_len$clock;
    reg  [2:0] w_size$d;
    wire  [2:0] w_size$q;
    reg  w_size$clock;
    reg  [1:0] w_burst$d;
    wire  [1:0] w_burst$q;
    reg  w_burst$clock;
    reg  [5:0] w_id$d;
    wire  [5:0] w_id$q;
    reg  w_id$clock;
    reg  w_line$d;
    wire  w_line$q;
    reg  w_line$clock;
    reg  m_valid$d;
    wire  m_valid$q;
    reg  m_valid$clock;
    reg  [63:0] m_addr$d;
    wire  [63:0] m_addr$q;
    reg  m_addr$clock;
    reg  [7:0] m_len$d;
    wire  [7:0] m_len$q;
    reg  m_len$clock;
    reg  [2:0] m_size$d;
    wire  [2:0] m_size$q;
    reg  m_size$clock;
    reg  [1:0] m_burst$d;
    wire  [1:0] m_burst$q;
    reg  m_burst$clock;
    reg  [5:0] m_id$d;
    wire  [5:0] m_id$q;
    reg  m_id$clock;
    reg  [1:0] hold$d;
    wire  [1:0] hold$q;
    reg  hold$clock;
    reg  line$d;
    wire  line$q;
    reg  line$clock;
    reg  [7:0] lane$d;
    wire  [7:0] lane$q;
    reg  lane$clock;
    reg  split$d;
    wire  split$q;
    reg  split$clock;
    reg  [7:0] sub$d;
    wire  [7:0] sub$q;
    reg  sub$clock;
    reg  [63:0] wide_beat$d;
    wire  [63:0] wide_beat$q;
    reg  wide_beat$clock;
    reg  beat_last$d;
    wire  beat_last$q;
    reg  beat_last$clock;
    reg  [1:0] beat_resp$d;
    wire  [1:0] beat_resp$q;
    reg  beat_resp$clock;
    reg  [3:0] beat_id$d;
    wire  [3:0] beat_id$q;
    reg  beat_id$clock;
    reg  r_slice$clock;
    reg  r_slice$in_valid;
    wire  r_slice$in_ready;
    reg  [63:0] r_slice$in_data;
    reg  [7:0] r_slice$in_side;
    reg  r_slice$in_last;
    wire  r_slice$out_valid;
    reg  r_slice$out_ready;
    wire  [63:0] r_slice$out_data;
    wire  [7:0] r_slice$out_side;
    wire  r_slice$out_last;
    reg  r_slice$flush;
    
    // Local signals
    reg  [1:0] grant;
    reg  r_valid;
    reg  [5:0] r_id;
    reg  [63:0] r_data;
    reg  [1:0] r_resp;
    reg  r_last;
    
    // Sub module instances
    viaduct_engine$rjoin$w_valid w_valid(
        .d(w_valid$d),
        .q(w_valid$q),
        .clock(w_valid$clock)
    );
    viaduct_engine$rjoin$w_addr w_addr(
        .d(w_addr$d),
        .q(w_addr$q),
        .clock(w_addr$clock)
    );
    viaduct_engine$rjoin$w_len w_len(
        .d(w_len$d),
        .q(w_len$q),
        .clock(w_len$clock)
    );
    viaduct_engine$rjoin$w_size w_size(
        .d(w_size$d),
        .q(w_size$q),
        .clock(w_size$clock)
    );
    viaduct_engine$rjoin$w_burst w_burst(
        .d(w_burst$d),
        .q(w_burst$q),
        .clock(w_burst$clock)
    );
    viaduct_engine$rjoin$w_id w_id(
        .d(w_id$d),
        .q(w_id$q),
        .clock(w_id$clock)
    );
    viaduct_engine$rjoin$w_line w_line(
        .d(w_line$d),
        .q(w_line$q),
        .clock(w_line$clock)
    );
    viaduct_engine$rjoin$m_valid m_valid(
        .d(m_valid$d),
        .q(m_valid$q),
        .clock(m_valid$clock)
    );
    viaduct_engine$rjoin$m_addr m_addr(
        .d(m_addr$d),
        .q(m_addr$q),
        .clock(m_addr$clock)
    );
    viaduct_engine$rjoin$m_len m_len(
        .d(m_len$d),
        .q(m_len$q),
        .clock(m_len$clock)
    );
    viaduct_engine$rjoin$m_size m_size(
        .d(m_size$d),
        .q(m_size$q),
        .clock(m_size$clock)
    );
    viaduct_engine$rjoin$m_burst m_burst(
        .d(m_burst$d),
        .q(m_burst$q),
        .clock(m_burst$clock)
    );
    viaduct_engine$rjoin$m_id m_id(
        .d(m_id$d),
        .q(m_id$q),
        .clock(m_id$clock)
    );
    viaduct_engine$rjoin$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    viaduct_engine$rjoin$line line(
        .d(line$d),
        .q(line$q),
        .clock(line$clock)
    );
    viaduct_engine$rjoin$lane lane(
        .d(lane$d),
        .q(lane$q),
        .clock(lane$clock)
    );
    viaduct_engine$rjoin$split split(
        .d(split$d),
        .q(split$q),
        .clock(split$clock)
    );
    viaduct_engine$rjoin$sub sub(
        .d(sub$d),
        .q(sub$q),
        .clock(sub$clock)
    );
    viaduct_engine$rjoin$wide_beat wide_beat(
        .d(wide_beat$d),
        .q(wide_beat$q),
        .clock(wide_beat$clock)
    );
    viaduct_engine$rjoin$beat_last beat_last(
        .d(beat_last$d),
        .q(beat_last$q),
        .clock(beat_last$clock)
    );
    viaduct_engine$rjoin$beat_resp beat_resp(
        .d(beat_resp$d),
        .q(beat_resp$q),
        .clock(beat_resp$clock)
    );
    viaduct_engine$rjoin$beat_id beat_id(
        .d(beat_id$d),
        .q(beat_id$q),
        .clock(beat_id$clock)
    );
    viaduct_engine$rjoin$r_slice r_slice(
        .clock(r_slice$clock),
        .in_valid(r_slice$in_valid),
        .in_ready(r_slice$in_ready),
        .in_data(r_slice$in_data),
        .in_side(r_slice$in_side),
        .in_last(r_slice$in_last),
        .out_valid(r_slice$out_valid),
        .out_ready(r_slice$out_ready),
        .out_data(r_slice$out_data),
        .out_side(r_slice$out_side),
        .out_last(r_slice$out_last),
        .flush(r_slice$flush)
    );
    
    // Update code
    always @(*) begin
        w_valid$clock = clock;
        w_addr$clock = clock;
        w_len$clock = clock;
        w_size$clock = clock;
        w_burst$clock = clock;
        w_id$clock = clock;
        w_line$clock = clock;
        m_valid$clock = clock;
        m_addr$clock = clock;
        m_len$clock = clock;
        m_size$clock = clock;
        m_burst$clock = clock;
        m_id$clock = clock;
        hold$clock = clock;
        line$clock = clock;
        lane$clock = clock;
        split$clock = clock;
        sub$clock = clock;
        wide_beat$clock = clock;
        beat_last$clock = clock;
        beat_resp$clock = clock;
        beat_id$clock = clock;
        w_valid$d = w_valid$q;
        w_addr$d = w_addr$q;
        w_len$d = w_len$q;
        w_size$d = w_size$q;
        w_burst$d = w_burst$q;
        w_id$d = w_id$q;
        w_line$d = w_line$q;
        m_valid$d = m_valid$q;
        m_addr$d = m_addr$q;
        m_len$d = m_len$q;
        m_size$d = m_size$q;
        m_burst$d = m_burst$q;
        m_id$d = m_id$q;
        hold$d = hold$q;
        line$d = line$q;
        lane$d = lane$q;
        split$d = split$q;
        sub$d = sub$q;
        wide_beat$d = wide_beat$q;
        beat_last$d = beat_last$q;
        beat_resp$d = beat_resp$q;
        beat_id$d = beat_id$q;
        walker$arready = ~w_valid$q;
        mover$arready = ~m_valid$q;
        m_axi$arvalid = (hold$q != Grant$None) | ((hold$q == Grant$None) & (w_valid$q | m_valid$q));
        m_axi$arid = m_id$q;
        m_axi$araddr = m_addr$q;
        m_axi$arlen = m_len$q;
        m_axi$arsize = m_size$q;
        m_axi$arburst = m_burst$q;
        if ((hold$q == Grant$Walker) | ((hold$q == Grant$None) & w_valid$q)) begin
            m_axi$arid = w_id$q;
            m_axi$araddr = w_addr$q;
            m_axi$arlen = w_len$q;
            m_axi$arsize = w_size$q;
            m_axi$arburst = w_burst$q;
        end
        if (walker$arvalid & ~w_valid$q) begin
            w_valid$d = 1'b1;
            w_addr$d = walker$araddr;
            w_len$d = walker$arlen;
            w_size$d = walker$arsize;
            w_burst$d = walker$arburst;
            w_id$d = ((walker$arid) & 6'h3f);
            w_line$d = |walker$arlen;
            if (|walker$arlen) begin
                w_len$d = ((((((walker$arlen) & 16'hffff) + 32'h1) << 32'h3) >> beat_shift) & 8'hff) - 32'h1;
                w_size$d = beat_shift;
            end
        end
        if (mover$arvalid & ~m_valid$q) begin
            m_valid$d = 1'b1;
            m_addr$d = mover$araddr;
            m_len$d = mover$arlen;
            m_size$d = mover$arsize;
            m_burst$d = mover$arburst;
            m_id$d = ((mover$arid) & 6'h3f) | mover_bit;
        end
        grant = hold$q;
        if (hold$q == Grant$None) begin
            if (w_valid$q) begin
                grant = Grant$Walker;
            end
            else if (m_valid$q) begin
                grant = Grant$Mover;
            end
        end
        hold$d = grant;
        if (m_axi$arready) begin
            hold$d = Grant$None;
            if (grant == Grant$Walker) begin
                w_valid$d = 1'b0;
                line$d = w_line$q;
                lane$d = (((w_addr$q >> 32'h3) & lane_mask) & 8'hff);
            end
            if (grant == Grant$Mover) begin
                m_valid$d = 1'b0;
            end
        end
        r_slice$clock = clock;
        r_slice$flush = 1'b0;
        r_slice$in_valid = m_axi$rvalid;
        m_axi$rready = r_slice$in_ready;
        r_slice$in_data = m_axi$rdata;
        r_slice$in_side = (((m_axi$rid) & 8'hff) << 32'h2) | ((m_axi$rresp) & 8'hff);
        r_slice$in_last = m_axi$rlast;
        r_valid = r_slice$out_valid;
        r_id = ((r_slice$out_side >> 32'h2) & 6'h3f);
        r_data = r_slice$out_data;
        r_resp = ((r_slice$out_side) & 2'h3);
        r_last = r_slice$out_last;
        mover$rvalid = r_valid & r_id[mover_bit_index];
        mover$rid = ((r_id) & 5'h1f);
        mover$rdata = r_data;
        mover$rresp = r_resp;
        mover$rlast = r_last;
        walker$rvalid = split$q | (~line$q & r_valid & ~r_id[mover_bit_index]);
        walker$rdata = ((r_data >> (((lane$q) & 16'hffff) << 32'h6)) & 64'hffffffffffffffff);
        if (split$q) begin
            walker$rdata = ((wide_beat$q >> (((sub$q) & 16'hffff) << 32'h6)) & 64'hffffffffffffffff);
        end
        walker$rid = ((r_id) & 4'hf);
        if (split$q) begin
            walker$rid = beat_id$q;
        end
        walker$rresp = r_resp;
        if (split$q) begin
            walker$rresp = beat_resp$q;
        end
        walker$rlast = r_last;
        if (split$q) begin
            walker$rlast = beat_last$q & (sub$q == last_sub);
        end
        r_slice$out_ready = walker$rready;
        if (r_id[mover_bit_index]) begin
            r_slice$out_ready = mover$rready;
        end
        else if (line$q) begin
            r_slice$out_ready = ~split$q;
        end
        if (r_valid & ~r_id[mover_bit_index] & line$q & ~split$q) begin
            split$d = 1'b1;
            sub$d = 32'h0;
            wide_beat$d = r_data;
            beat_last$d = r_last;
            beat_resp$d = r_resp;
            beat_id$d = ((r_id) & 4'hf);
        end
        if (split$q & walker$rready) begin
            sub$d = sub$q + 32'h1;
            if (sub$q == last_sub) begin
                split$d = 1'b0;
            end
        end
    end
    
endmodule // viaduct_engine$rjoin


module viaduct_engine$rjoin$beat_id(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$beat_id


module viaduct_engine$rjoin$beat_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$beat_last


module viaduct_engine$rjoin$beat_resp(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$beat_resp


module viaduct_engine$rjoin$hold(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam Grant$None = 0;
    localparam Grant$Walker = 1;
    localparam Grant$Mover = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$hold


module viaduct_engine$rjoin$lane(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$lane


module viaduct_engine$rjoin$line(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$line


module viaduct_engine$rjoin$m_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$m_addr


module viaduct_engine$rjoin$m_burst(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$m_burst


module viaduct_engine$rjoin$m_id(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$m_id


module viaduct_engine$rjoin$m_len(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$m_len


module viaduct_engine$rjoin$m_size(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$m_size


module viaduct_engine$rjoin$m_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$m_valid


module viaduct_engine$rjoin$r_slice(clock,in_valid,in_ready,in_data,in_side,in_last,out_valid,out_ready,out_data,out_side,out_last,flush);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    input wire  [7:0] in_side;
    input wire  in_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [63:0] out_data;
    output reg  [7:0] out_side;
    output reg  out_last;
    input wire  flush;
    
    // Stub signals
    reg  o_valid$d;
    wire  o_valid$q;
    reg  o_valid$clock;
    reg  [63:0] o_data$d;
    wire  [63:0] o_data$q;
    reg  o_data$clock;
    reg  [7:0] o_side$d;
    wire  [7:0] o_side$q;
    reg  o_side$clock;
    reg  o_last$d;
    wire  o_last$q;
    reg  o_last$clock;
    reg  s_valid$d;
    wire  s_valid$q;
    reg  s_valid$clock;
    reg  [63:0] s_data$d;
    wire  [63:0] s_data$q;
    reg  s_data$clock;
    reg  [7:0] s_side$d;
    wire  [7:0] s_side$q;
    reg  s_side$clock;
    reg  s_last$d;
    wire  s_last$q;
    reg  s_last$clock;
    
    // Sub module instances
    viaduct_engine$rjoin$r_slice$o_valid o_valid(
        .d(o_valid$d),
        .q(o_valid$q),
        .clock(o_valid$clock)
    );
    viaduct_engine$rjoin$r_slice$o_data o_data(
        .d(o_data$d),
        .q(o_data$q),
        .clock(o_data$clock)
    );
    viaduct_engine$rjoin$r_slice$o_side o_side(
        .d(o_side$d),
        .q(o_side$q),
        .clock(o_side$clock)
    );
    viaduct_engine$rjoin$r_slice$o_last o_last(
        .d(o_last$d),
        .q(o_last$q),
        .clock(o_last$clock)
    );
    viaduct_engine$rjoin$r_slice$s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    viaduct_engine$rjoin$r_slice$s_data s_data(
        .d(s_data$d),
        .q(s_data$q),
        .clock(s_data$clock)
    );
    viaduct_engine$rjoin$r_slice$s_side s_side(
        .d(s_side$d),
        .q(s_side$q),
        .clock(s_side$clock)
    );
    viaduct_engine$rjoin$r_slice$s_last s_last(
        .d(s_last$d),
        .q(s_last$q),
        .clock(s_last$clock)
    );
    
    // Update code
    always @(*) begin
        o_valid$clock = clock;
        o_data$clock = clock;
        o_side$clock = clock;
        o_last$clock = clock;
        s_valid$clock = clock;
        s_data$clock = clock;
        s_side$clock = clock;
        s_last$clock = clock;
        o_valid$d = o_valid$q;
        o_data$d = o_data$q;
        o_side$d = o_side$q;
        o_last$d = o_last$q;
        s_valid$d = s_valid$q;
        s_data$d = s_data$q;
        s_side$d = s_side$q;
        s_last$d = s_last$q;
        in_ready = ~s_valid$q;
        out_valid = o_valid$q;
        out_data = o_data$q;
        out_side = o_side$q;
        out_last = o_last$q;
        if (~o_valid$q | out_ready) begin
            o_valid$d = s_valid$q | in_valid;
            s_valid$d = 1'b0;
            if (s_valid$q) begin
                o_data$d = s_data$q;
                o_side$d = s_side$q;
                o_last$d = s_last$q;
            end
            else begin
                o_data$d = in_data;
                o_side$d = in_side;
                o_last$d = in_last;
            end
        end
        else if (in_valid & ~s_valid$q) begin
            s_valid$d = 1'b1;
        end
        if (~s_valid$q) begin
            s_data$d = in_data;
            s_side$d = in_side;
            s_last$d = in_last;
        end
        if (flush) begin
            o_valid$d = 1'b0;
            s_valid$d = 1'b0;
        end
    end
    
endmodule // viaduct_engine$rjoin$r_slice


module viaduct_engine$rjoin$r_slice$o_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$r_slice$o_data


module viaduct_engine$rjoin$r_slice$o_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$r_slice$o_last


module viaduct_engine$rjoin$r_slice$o_side(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$r_slice$o_side


module viaduct_engine$rjoin$r_slice$o_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$r_slice$o_valid


module viaduct_engine$rjoin$r_slice$s_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$r_slice$s_data


module viaduct_engine$rjoin$r_slice$s_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$r_slice$s_last


module viaduct_engine$rjoin$r_slice$s_side(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$r_slice$s_side


module viaduct_engine$rjoin$r_slice$s_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$r_slice$s_valid


module viaduct_engine$rjoin$split(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$split


module viaduct_engine$rjoin$sub(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$sub


module viaduct_engine$rjoin$w_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$w_addr


module viaduct_engine$rjoin$w_burst(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$w_burst


module viaduct_engine$rjoin$w_id(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$w_id


module viaduct_engine$rjoin$w_len(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$w_len


module viaduct_engine$rjoin$w_line(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$w_line


module viaduct_engine$rjoin$w_size(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$w_size


module viaduct_engine$rjoin$w_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$w_valid


module viaduct_engine$rjoin$wide_beat(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$rjoin$wide_beat


module viaduct_engine$sched(clock,eligible,pick_valid,pick_vi,served,served_vi,reset);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] eligible;
    output reg  pick_valid;
    output reg  [7:0] pick_vi;
    input wire  served;
    input wire  [7:0] served_vi;
    input wire  reset;
    
    // Constant declarations
    localparam  ones = 4'hf;
    localparam  one = 4'h1;
    localparam  last = 8'h3;
    
    // Stub signals
    reg  [7:0] next$d;
    wire  [7:0] next$q;
    reg  next$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  [7:0] vi_q$d;
    wire  [7:0] vi_q$q;
    reg  vi_q$clock;
    
    // Local signals
    reg  [3:0] at_or_after;
    reg  [3:0] candidates;
    reg  [3:0] lowest;
    reg  [7:0] index;
    reg  [7:0] pos;
    
    // Sub module instances
    viaduct_engine$sched$next next(
        .d(next$d),
        .q(next$q),
        .clock(next$clock)
    );
    viaduct_engine$sched$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    viaduct_engine$sched$vi_q vi_q(
        .d(vi_q$d),
        .q(vi_q$q),
        .clock(vi_q$clock)
    );
    
    // Update code
    always @(*) begin
        next$clock = clock;
        valid_q$clock = clock;
        vi_q$clock = clock;
        next$d = next$q;
        valid_q$d = valid_q$q;
        vi_q$d = vi_q$q;
        at_or_after = eligible & (ones << next$q);
        candidates = eligible;
        if (|at_or_after) begin
            candidates = at_or_after;
        end
        lowest = candidates & (~candidates + one);
        index = 32'h0;
        pos = 32'h0;
        if (lowest[0]) begin
            index = index | pos;
        end
        pos = pos + 32'h1;
        if (lowest[1]) begin
            index = index | pos;
        end
        pos = pos + 32'h1;
        if (lowest[2]) begin
            index = index | pos;
        end
        pos = pos + 32'h1;
        if (lowest[3]) begin
            index = index | pos;
        end
        pos = pos + 32'h1;
        valid_q$d = |eligible;
        vi_q$d = index;
        pick_valid = valid_q$q;
        pick_vi = vi_q$q;
        if (served) begin
            next$d = served_vi + 32'h1;
            if (served_vi == last) begin
                next$d = 32'h0;
            end
        end
        if (reset) begin
            next$d = 32'h0;
        end
    end
    
endmodule // viaduct_engine$sched


module viaduct_engine$sched$next(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$sched$next


module viaduct_engine$sched$valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$sched$valid_q


module viaduct_engine$sched$vi_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$sched$vi_q


module viaduct_engine$seq(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam SeqState$Idle = 0;
    localparam SeqState$Fetch = 1;
    localparam SeqState$Check = 2;
    localparam SeqState$Decode = 3;
    localparam SeqState$AdmitSrc = 4;
    localparam SeqState$AdmitSrcWait = 5;
    localparam SeqState$AdmitDst = 6;
    localparam SeqState$AdmitDstWait = 7;
    localparam SeqState$Move = 8;
    localparam SeqState$MoveWait = 9;
    localparam SeqState$Complete = 10;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$seq


module viaduct_engine$settle(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$settle


module viaduct_engine$src_ticket(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$src_ticket


module viaduct_engine$tu(clock,iotlb_enable,line_cache_enable,watchdog,req_valid,req_ready,req_admit,req_vi,req_pd,req_key_slot,req_va,req_len,req_write,req_shortcut,rsp_valid,rsp_ready,rsp_status,rsp_pa,rsp_bytes,rsp_fault_va,rsp_ticket,cmd_ready,key_commit,key_slot,key_data,key_generation,prot_commit,prot_slot,prot_entry,inv_valid,inv_all,inv_slot,soft_reset,cnt_table_reads,cnt_iotlb_hits,cnt_iotlb_misses,cnt_line_hits,cnt_unseal_hits,m_axi$arvalid,m_axi$arready,m_axi$arid,m_axi$araddr,m_axi$arlen,m_axi$arsize,m_axi$arburst,m_axi$rvalid,m_axi$rready,m_axi$rid,m_axi$rdata,m_axi$rresp,m_axi$rlast);
    
    // Module arguments
    input wire  clock;
    input wire  iotlb_enable;
    input wire  line_cache_enable;
    input wire  [31:0] watchdog;
    input wire  req_valid;
    output reg  req_ready;
    input wire  req_admit;
    input wire  [7:0] req_vi;
    input wire  [11:0] req_pd;
    input wire  [7:0] req_key_slot;
    input wire  [63:0] req_va;
    input wire  [31:0] req_len;
    input wire  req_write;
    input wire  [127:0] req_shortcut;
    output reg  rsp_valid;
    input wire  rsp_ready;
    output reg  [7:0] rsp_status;
    output reg  [63:0] rsp_pa;
    output reg  [12:0] rsp_bytes;
    output reg  [63:0] rsp_fault_va;
    output reg  [127:0] rsp_ticket;
    output reg  cmd_ready;
    input wire  key_commit;
    input wire  [7:0] key_slot;
    input wire  [127:0] key_data;
    input wire  [7:0] key_generation;
    input wire  prot_commit;
    input wire  [11:0] prot_slot;
    input wire  [127:0] prot_entry;
    input wire  inv_valid;
    input wire  inv_all;
    input wire  [11:0] inv_slot;
    input wire  soft_reset;
    output reg  [63:0] cnt_table_reads;
    output reg  [63:0] cnt_iotlb_hits;
    output reg  [63:0] cnt_iotlb_misses;
    output reg  [63:0] cnt_line_hits;
    output reg  [63:0] cnt_unseal_hits;
    output wire  m_axi$arvalid;
    input wire  m_axi$arready;
    output wire  [3:0] m_axi$arid;
    output wire  [63:0] m_axi$araddr;
    output wire  [7:0] m_axi$arlen;
    output wire  [2:0] m_axi$arsize;
    output wire  [1:0] m_axi$arburst;
    input wire  m_axi$rvalid;
    output wire  m_axi$rready;
    input wire  [3:0] m_axi$rid;
    input wire  [63:0] m_axi$rdata;
    input wire  [1:0] m_axi$rresp;
    input wire  m_axi$rlast;
    
    // Constant declarations
    localparam  level_lsb = 8'h0;
    localparam  read_bit = 8'h2;
    localparam  write_bit = 8'h3;
    localparam  reserved_lsb = 8'h4;
    localparam  table_mask = 64'hffffffffff000;
    localparam  slot_lsb = 8'h34;
    localparam  va_block_lsb = 8'h40;
    localparam  pd_lsb = 8'h5a;
    localparam  key_generation_lsb = 8'h66;
    localparam  slot_generation_lsb = 8'h6e;
    localparam  magic_lsb = 8'h76;
    localparam  magic = 10'b1010110101;
    localparam  shift_pt = 8'h15;
    localparam  shift_pd = 8'h1e;
    localparam  shift_pdpt = 8'h27;
    localparam  shift_pml4 = 8'h30;
    localparam  page_shift = 8'hc;
    localparam  page_mask = 64'hfff;
    localparam  page_size = 13'b1000000000000;
    localparam  e_start_lsb = 8'h0;
    localparam  e_pd_lsb = 8'h30;
    localparam  e_valid_bit = 8'h3c;
    localparam  e_read_bit = 8'h3d;
    localparam  e_write_bit = 8'h3e;
    localparam  e_any_vi_bit = 8'h3f;
    localparam  e_end_lsb = 8'h40;
    localparam  e_generation_lsb = 8'h70;
    localparam  e_vi_lsb = 8'h78;
    localparam  key_slots = 9'b100;
    localparam  prot_entries = 13'b10000;
    localparam  ok = 8'h0;
    localparam  shortcut_invalid = 8'h10;
    localparam  shortcut_stale = 8'h11;
    localparam  shortcut_domain = 8'h12;
    localparam  shortcut_block = 8'h13;
    localparam  crosses_block = 8'h14;
    localparam  shortcut_rights = 8'h15;
    localparam  region_invalid = 8'h20;
    localparam  region_stale = 8'h21;
    localparam  region_domain = 8'h22;
    localparam  region_vi = 8'h23;
    localparam  region_rights = 8'h24;
    localparam  out_of_region = 8'h25;
    localparam  read_only = 8'h32;
    
    // Enums
    localparam UnitState$Idle = 0;
    localparam UnitState$AdmitKey = 1;
    localparam UnitState$AdmitKeyWait = 2;
    localparam UnitState$AdmitUnseal = 3;
    localparam UnitState$AdmitDecode = 4;
    localparam UnitState$AdmitCheck = 5;
    localparam UnitState$AdmitProt = 6;
    localparam UnitState$AdmitProtCheck = 7;
    localparam UnitState$Lookup = 8;
    localparam UnitState$LookupCompare = 9;
    localparam UnitState$LookupCheck = 10;
    localparam UnitState$Walk = 11;
    localparam UnitState$Respond = 12;
    
    // Stub signals
    reg  keys$clock;
    reg  keys$commit;
    reg  [7:0] keys$commit_slot;
    reg  [127:0] keys$commit_key;
    reg  [7:0] keys$commit_generation;
    reg  keys$clear;
    wire  keys$busy;
    reg  [7:0] keys$lookup_slot;
    wire  keys$lookup_valid;
    wire  [7:0] keys$lookup_generation;
    wire  [63:0] keys$lookup_l;
    wire  [63:0] keys$lookup_k;
    reg  unsealer$clock;
    reg  unsealer$start;
    reg  [127:0] unsealer$sealed;
    reg  [7:0] unsealer$key_slot;
    reg  unsealer$flush;
    wire  unsealer$cache_hit;
    reg  [63:0] unsealer$key_l;
    reg  [63:0] unsealer$key_k;
    wire  unsealer$busy;
    wire  unsealer$done;
    wire  [127:0] unsealer$plain;
    reg  prot$clock;
    reg  prot$commit;
    reg  [11:0] prot$commit_slot;
    reg  [127:0] prot$commit_entry;
    reg  prot$clear;
    wire  prot$busy;
    reg  [11:0] prot$lookup_slot;
    wire  [127:0] prot$lookup_entry;
    wire  prot$lookup_in_range;
    reg  iotlb$clock;
    reg  [51:0] iotlb$lookup_va_page;
    reg  [11:0] iotlb$lookup_slot;
    reg  [7:0] iotlb$lookup_generation;
    wire  iotlb$hit;
    wire  [39:0] iotlb$pa_page;
    wire  iotlb$writable;
    reg  iotlb$fill;
    reg  [51:0] iotlb$fill_va_page;
    reg  [11:0] iotlb$fill_slot;
    reg  [7:0] iotlb$fill_generation;
    reg  [39:0] iotlb$fill_pa_page;
    reg  iotlb$fill_writable;
    reg  iotlb$inv_all;
    reg  iotlb$inv_slot_valid;
    reg  [11:0] iotlb$inv_slot;
    wire  iotlb$busy;
    reg  walker$clock;
    reg  walker$start;
    reg  [63:0] walker$table_pa;
    reg  [1:0] walker$level;
    reg  [63:0] walker$va;
    reg  walker$write;
    reg  walker$line_cache_enable;
    reg  [31:0] walker$watchdog;
    reg  walker$inv_all;
    wire  walker$busy;
    wire  walker$done;
    wire  [7:0] walker$status;
    wire  [63:0] walker$pa;
    wire  walker$writable;
    wire  walker$table_read;
    wire  walker$line_hit;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  admit_q$d;
    wire  admit_q$q;
    reg  admit_q$clock;
    reg  [7:0] vi_q$d;
    wire  [7:0] vi_q$q;
    reg  vi_q$clock;
    reg  [11:0] pd_q$d;
    wire  [11:0] pd_q$q;
    reg  pd_q$clock;
    reg  [7:0] key_slot_q$d;
    wire  [7:0] key_slot_q$q;
    reg  key_slot_q$clock;
    reg  [63:0] va_q$d;
    wire  [63:0] va_q$q;
    reg  va_q$clock;
    reg  [31:0] len_q$d;
    wire  [31:0] len_q$q;
    reg  len_q$clock;
    reg  write_q$d;
    wire  write_q$q;
    reg  write_q$clock;
    reg  [127:0] shortcut_q$d;
    wire  [127:0] shortcut_q$q;
    reg  shortcut_q$clock;
    reg  [7:0] key_generation_q$d;
    wire  [7:0] key_generation_q$q;
    reg  key_generation_q$clock;
    reg  [7:0] status_q$d;
    wire  [7:0] status_q$q;
    reg  status_q$clock;
    reg  [63:0] pa_q$d;
    wire  [63:0] pa_q$q;
    reg  pa_q$clock;
    reg  [63:0] fault_q$d;
    wire  [63:0] fault_q$q;
    reg  fault_q$clock;
    reg  [12:0] bytes_q$d;
    wire  [12:0] bytes_q$q;
    reg  bytes_q$clock;
    reg  [127:0] ticket_q$d;
    wire  [127:0] ticket_q$q;
    reg  ticket_q$clock;
    reg  [63:0] last_va_q$d;
    wire  [63:0] last_va_q$q;
    reg  last_va_q$clock;
    reg  [63:0] end_va_q$d;
    wire  [63:0] end_va_q$q;
    reg  end_va_q$clock;
    reg  sc_invalid_q$d;
    wire  sc_invalid_q$q;
    reg  sc_invalid_q$clock;
    reg  sc_stale_q$d;
    wire  sc_stale_q$q;
    reg  sc_stale_q$clock;
    reg  sc_domain_q$d;
    wire  sc_domain_q$q;
    reg  sc_domain_q$clock;
    reg  sc_block_q$d;
    wire  sc_block_q$q;
    reg  sc_block_q$clock;
    reg  sc_crosses_q$d;
    wire  sc_crosses_q$q;
    reg  sc_crosses_q$clock;
    reg  sc_rights_q$d;
    wire  sc_rights_q$q;
    reg  sc_rights_q$clock;
    reg  [63:0] cross_va_q$d;
    wire  [63:0] cross_va_q$q;
    reg  cross_va_q$clock;
    reg  pe_invalid_q$d;
    wire  pe_invalid_q$q;
    reg  pe_invalid_q$clock;
    reg  pe_stale_q$d;
    wire  pe_stale_q$q;
    reg  pe_stale_q$clock;
    reg  pe_domain_q$d;
    wire  pe_domain_q$q;
    reg  pe_domain_q$clock;
    reg  pe_vi_q$d;
    wire  pe_vi_q$q;
    reg  pe_vi_q$clock;
    reg  pe_rights_q$d;
    wire  pe_rights_q$q;
    reg  pe_rights_q$clock;
    reg  pe_outside_q$d;
    wire  pe_outside_q$q;
    reg  pe_outside_q$clock;
    reg  [3:0] cache_events_q$d;
    wire  [3:0] cache_events_q$q;
    reg  cache_events_q$clock;
    reg  [63:0] table_reads$d;
    wire  [63:0] table_reads$q;
    reg  table_reads$clock;
    reg  [63:0] iotlb_hits$d;
    wire  [63:0] iotlb_hits$q;
    reg  iotlb_hits$clock;
    reg  [63:0] iotlb_misses$d;
    wire  [63:0] iotlb_misses$q;
    reg  iotlb_misses$clock;
    reg  [63:0] line_hits$d;
    wire  [63:0] line_hits$q;
    reg  line_hits$clock;
    reg  [63:0] unseal_hits$d;
    wire  [63:0] unseal_hits$q;
    reg  unseal_hits$clock;
    reg  [3:0] block_ne_q$d;
    wire  [3:0] block_ne_q$q;
    reg  block_ne_q$clock;
    reg  [3:0] crosses_ne_q$d;
    wire  [3:0] crosses_ne_q$q;
    reg  crosses_ne_q$clock;
    reg  [1:0] level_q$d;
    wire  [1:0] level_q$q;
    reg  level_q$clock;
    reg  busy_q$d;
    wire  busy_q$q;
    reg  busy_q$clock;
    reg  powered_q$d;
    wire  powered_q$q;
    reg  powered_q$clock;
    reg  [1:0] settle_q$d;
    wire  [1:0] settle_q$q;
    reg  settle_q$clock;
    reg  iotlb_inv_all_q$d;
    wire  iotlb_inv_all_q$q;
    reg  iotlb_inv_all_q$clock;
    reg  iotlb_inv_slot_valid_q$d;
    wire  iotlb_inv_slot_valid_q$q;
    reg  iotlb_inv_slot_valid_q$clock;
    reg  [11:0] iotlb_inv_slot_q$d;
    wire  [11:0] iotlb_inv_slot_q$q;
    reg  iotlb_inv_slot_q$clock;
    
    // Local signals
    reg  [3:0] cache_events;
    reg  [127:0] plain;
    reg  [1:0] p_level;
    reg  [11:0] p_slot;
    reg  [63:0] p_va_block;
    reg  [7:0] p_slot_generation;
    reg  [63:0] next_block_va;
    reg  [51:0] va_page;
    reg  [63:0] page_offset;
    reg  [127:0] entry;
    reg  any_command;
    reg  idle;
    
    // Sub module instances
    viaduct_engine$tu$keys keys(
        .clock(keys$clock),
        .commit(keys$commit),
        .commit_slot(keys$commit_slot),
        .commit_key(keys$commit_key),
        .commit_generation(keys$commit_generation),
        .clear(keys$clear),
        .busy(keys$busy),
        .lookup_slot(keys$lookup_slot),
        .lookup_valid(keys$lookup_valid),
        .lookup_generation(keys$lookup_generation),
        .lookup_l(keys$lookup_l),
        .lookup_k(keys$lookup_k)
    );
    viaduct_engine$tu$unsealer unsealer(
        .clock(unsealer$clock),
        .start(unsealer$start),
        .sealed(unsealer$sealed),
        .key_slot(unsealer$key_slot),
        .flush(unsealer$flush),
        .cache_hit(unsealer$cache_hit),
        .key_l(unsealer$key_l),
        .key_k(unsealer$key_k),
        .busy(unsealer$busy),
        .done(unsealer$done),
        .plain(unsealer$plain)
    );
    viaduct_engine$tu$prot prot(
        .clock(prot$clock),
        .commit(prot$commit),
        .commit_slot(prot$commit_slot),
        .commit_entry(prot$commit_entry),
        .clear(prot$clear),
        .busy(prot$busy),
        .lookup_slot(prot$lookup_slot),
        .lookup_entry(prot$lookup_entry),
        .lookup_in_range(prot$lookup_in_range)
    );
    viaduct_engine$tu$iotlb iotlb(
        .clock(iotlb$clock),
        .lookup_va_page(iotlb$lookup_va_page),
        .lookup_slot(iotlb$lookup_slot),
        .lookup_generation(iotlb$lookup_generation),
        .hit(iotlb$hit),
        .pa_page(iotlb$pa_page),
        .writable(iotlb$writable),
        .fill(iotlb$fill),
        .fill_va_page(iotlb$fill_va_page),
        .fill_slot(iotlb$fill_slot),
        .fill_generation(iotlb$fill_generation),
        .fill_pa_page(iotlb$fill_pa_page),
        .fill_writable(iotlb$fill_writable),
        .inv_all(iotlb$inv_all),
        .inv_slot_valid(iotlb$inv_slot_valid),
        .inv_slot(iotlb$inv_slot),
        .busy(iotlb$busy)
    );
    viaduct_engine$tu$walker walker(
        .clock(walker$clock),
        .start(walker$start),
        .table_pa(walker$table_pa),
        .level(walker$level),
        .va(walker$va),
        .write(walker$write),
        .line_cache_enable(walker$line_cache_enable),
        .watchdog(walker$watchdog),
        .inv_all(walker$inv_all),
        .busy(walker$busy),
        .done(walker$done),
        .status(walker$status),
        .pa(walker$pa),
        .writable(walker$writable),
        .table_read(walker$table_read),
        .line_hit(walker$line_hit),
        .m_axi$arvalid(m_axi$arvalid),
        .m_axi$arready(m_axi$arready),
        .m_axi$arid(m_axi$arid),
        .m_axi$araddr(m_axi$araddr),
        .m_axi$arlen(m_axi$arlen),
        .m_axi$arsize(m_axi$arsize),
        .m_axi$arburst(m_axi$arburst),
        .m_axi$rvalid(m_axi$rvalid),
        .m_axi$rready(m_axi$rready),
        .m_axi$rid(m_axi$rid),
        .m_axi$rdata(m_axi$rdata),
        .m_axi$rresp(m_axi$rresp),
        .m_axi$rlast(m_axi$rlast)
    );
    viaduct_engine$tu$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    viaduct_engine$tu$admit_q admit_q(
        .d(admit_q$d),
        .q(admit_q$q),
        .clock(admit_q$clock)
    );
    viaduct_engine$tu$vi_q vi_q(
        .d(vi_q$d),
        .q(vi_q$q),
        .clock(vi_q$clock)
    );
    viaduct_engine$tu$pd_q pd_q(
        .d(pd_q$d),
        .q(pd_q$q),
        .clock(pd_q$clock)
    );
    viaduct_engine$tu$key_slot_q key_slot_q(
        .d(key_slot_q$d),
        .q(key_slot_q$q),
        .clock(key_slot_q$clock)
    );
    viaduct_engine$tu$va_q va_q(
        .d(va_q$d),
        .q(va_q$q),
        .clock(va_q$clock)
    );
    viaduct_engine$tu$len_q len_q(
        .d(len_q$d),
        .q(len_q$q),
        .clock(len_q$clock)
    );
    viaduct_engine$tu$write_q write_q(
        .d(write_q$d),
        .q(write_q$q),
        .clock(write_q$clock)
    );
    viaduct_engine$tu$shortcut_q shortcut_q(
        .d(shortcut_q$d),
        .q(shortcut_q$q),
        .clock(shortcut_q$clock)
    );
    viaduct_engine$tu$key_generation_q key_generation_q(
        .d(key_generation_q$d),
        .q(key_generation_q$q),
        .clock(key_generation_q$clock)
    );
    viaduct_engine$tu$status_q status_q(
        .d(status_q$d),
        .q(status_q$q),
        .clock(status_q$clock)
    );
    viaduct_engine$tu$pa_q pa_q(
        .d(pa_q$d),
        .q(pa_q$q),
        .clock(pa_q$clock)
    );
    viaduct_engine$tu$fault_q fault_q(
        .d(fault_q$d),
        .q(fault_q$q),
        .clock(fault_q$clock)
    );
    viaduct_engine$tu$bytes_q bytes_q(
        .d(bytes_q$d),
        .q(bytes_q$q),
        .clock(bytes_q$clock)
    );
    viaduct_engine$tu$ticket_q ticket_q(
        .d(ticket_q$d),
        .q(ticket_q$q),
        .clock(ticket_q$clock)
    );
    viaduct_engine$tu$last_va_q last_va_q(
        .d(last_va_q$d),
        .q(last_va_q$q),
        .clock(last_va_q$clock)
    );
    viaduct_engine$tu$end_va_q end_va_q(
        .d(end_va_q$d),
        .q(end_va_q$q),
        .clock(end_va_q$clock)
    );
    viaduct_engine$tu$sc_invalid_q sc_invalid_q(
        .d(sc_invalid_q$d),
        .q(sc_invalid_q$q),
        .clock(sc_invalid_q$clock)
    );
    viaduct_engine$tu$sc_stale_q sc_stale_q(
        .d(sc_stale_q$d),
        .q(sc_stale_q$q),
        .clock(sc_stale_q$clock)
    );
    viaduct_engine$tu$sc_domain_q sc_domain_q(
        .d(sc_domain_q$d),
        .q(sc_domain_q$q),
        .clock(sc_domain_q$clock)
    );
    viaduct_engine$tu$sc_block_q sc_block_q(
        .d(sc_block_q$d),
        .q(sc_block_q$q),
        .clock(sc_block_q$clock)
    );
    viaduct_engine$tu$sc_crosses_q sc_crosses_q(
        .d(sc_crosses_q$d),
        .q(sc_crosses_q$q),
        .clock(sc_crosses_q$clock)
    );
    viaduct_engine$tu$sc_rights_q sc_rights_q(
        .d(sc_rights_q$d),
        .q(sc_rights_q$q),
        .clock(sc_rights_q$clock)
    );
    viaduct_engine$tu$cross_va_q cross_va_q(
        .d(cross_va_q$d),
        .q(cross_va_q$q),
        .clock(cross_va_q$clock)
    );
    viaduct_engine$tu$pe_invalid_q pe_invalid_q(
        .d(pe_invalid_q$d),
        .q(pe_invalid_q$q),
        .clock(pe_invalid_q$clock)
    );
    viaduct_engine$tu$pe_stale_q pe_stale_q(
        .d(pe_stale_q$d),
        .q(pe_stale_q$q),
        .clock(pe_stale_q$clock)
    );
    viaduct_engine$tu$pe_domain_q pe_domain_q(
        .d(pe_domain_q$d),
        .q(pe_domain_q$q),
        .clock(pe_domain_q$clock)
    );
    viaduct_engine$tu$pe_vi_q pe_vi_q(
        .d(pe_vi_q$d),
        .q(pe_vi_q$q),
        .clock(pe_vi_q$clock)
    );
    viaduct_engine$tu$pe_rights_q pe_rights_q(
        .d(pe_rights_q$d),
        .q(pe_rights_q$q),
        .clock(pe_rights_q$clock)
    );
    viaduct_engine$tu$pe_outside_q pe_outside_q(
        .d(pe_outside_q$d),
        .q(pe_outside_q$q),
        .clock(pe_outside_q$clock)
    );
    viaduct_engine$tu$cache_events_q cache_events_q(
        .d(cache_events_q$d),
        .q(cache_events_q$q),
        .clock(cache_events_q$clock)
    );
    viaduct_engine$tu$table_reads table_reads(
        .d(table_reads$d),
        .q(table_reads$q),
        .clock(table_reads$clock)
    );
    viaduct_engine$tu$iotlb_hits iotlb_hits(
        .d(iotlb_hits$d),
        .q(iotlb_hits$q),
        .clock(iotlb_hits$clock)
    );
    viaduct_engine$tu$iotlb_misses iotlb_misses(
        .d(iotlb_misses$d),
        .q(iotlb_misses$q),
        .clock(iotlb_misses$clock)
    );
    viaduct_engine$tu$line_hits line_hits(
        .d(line_hits$d),
        .q(line_hits$q),
        .clock(line_hits$clock)
    );
    viaduct_engine$tu$unseal_hits unseal_hits(
        .d(unseal_hits$d),
        .q(unseal_hits$q),
        .clock(unseal_hits$clock)
    );
    viaduct_engine$tu$block_ne_q block_ne_q(
        .d(block_ne_q$d),
        .q(block_ne_q$q),
        .clock(block_ne_q$clock)
    );
    viaduct_engine$tu$crosses_ne_q crosses_ne_q(
        .d(crosses_ne_q$d),
        .q(crosses_ne_q$q),
        .clock(crosses_ne_q$clock)
    );
    viaduct_engine$tu$level_q level_q(
        .d(level_q$d),
        .q(level_q$q),
        .clock(level_q$clock)
    );
    viaduct_engine$tu$busy_q busy_q(
        .d(busy_q$d),
        .q(busy_q$q),
        .clock(busy_q$clock)
    );
    viaduct_engine$tu$powered_q powered_q(
        .d(powered_q$d),
        .q(powered_q$q),
        .clock(powered_q$clock)
    );
    viaduct_engine$tu$settle_q settle_q(
        .d(settle_q$d),
        .q(settle_q$q),
        .clock(settle_q$clock)
    );
    viaduct_engine$tu$iotlb_inv_all_q iotlb_inv_all_q(
        .d(iotlb_inv_all_q$d),
        .q(iotlb_inv_all_q$q),
        .clock(iotlb_inv_all_q$clock)
    );
    viaduct_engine$tu$iotlb_inv_slot_valid_q iotlb_inv_slot_valid_q(
        .d(iotlb_inv_slot_valid_q$d),
        .q(iotlb_inv_slot_valid_q$q),
        .clock(iotlb_inv_slot_valid_q$clock)
    );
    viaduct_engine$tu$iotlb_inv_slot_q iotlb_inv_slot_q(
        .d(iotlb_inv_slot_q$d),
        .q(iotlb_inv_slot_q$q),
        .clock(iotlb_inv_slot_q$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        admit_q$clock = clock;
        vi_q$clock = clock;
        pd_q$clock = clock;
        key_slot_q$clock = clock;
        va_q$clock = clock;
        len_q$clock = clock;
        write_q$clock = clock;
        shortcut_q$clock = clock;
        key_generation_q$clock = clock;
        status_q$clock = clock;
        pa_q$clock = clock;
        fault_q$clock = clock;
        bytes_q$clock = clock;
        ticket_q$clock = clock;
        last_va_q$clock = clock;
        end_va_q$clock = clock;
        sc_invalid_q$clock = clock;
        sc_stale_q$clock = clock;
        sc_domain_q$clock = clock;
        sc_block_q$clock = clock;
        sc_crosses_q$clock = clock;
        block_ne_q$clock = clock;
        crosses_ne_q$clock = clock;
        level_q$clock = clock;
        sc_rights_q$clock = clock;
        cross_va_q$clock = clock;
        pe_invalid_q$clock = clock;
        pe_stale_q$clock = clock;
        pe_domain_q$clock = clock;
        pe_vi_q$clock = clock;
        pe_rights_q$clock = clock;
        pe_outside_q$clock = clock;
        cache_events_q$clock = clock;
        table_reads$clock = clock;
        iotlb_hits$clock = clock;
        iotlb_misses$clock = clock;
        line_hits$clock = clock;
        unseal_hits$clock = clock;
        busy_q$clock = clock;
        powered_q$clock = clock;
        settle_q$clock = clock;
        iotlb_inv_all_q$clock = clock;
        iotlb_inv_slot_valid_q$clock = clock;
        iotlb_inv_slot_q$clock = clock;
        state$d = state$q;
        admit_q$d = admit_q$q;
        vi_q$d = vi_q$q;
        pd_q$d = pd_q$q;
        key_slot_q$d = key_slot_q$q;
        va_q$d = va_q$q;
        len_q$d = len_q$q;
        write_q$d = write_q$q;
        shortcut_q$d = shortcut_q$q;
        key_generation_q$d = key_generation_q$q;
        status_q$d = status_q$q;
        pa_q$d = pa_q$q;
        fault_q$d = fault_q$q;
        bytes_q$d = bytes_q$q;
        ticket_q$d = ticket_q$q;
        last_va_q$d = last_va_q$q;
        end_va_q$d = end_va_q$q;
        sc_invalid_q$d = sc_invalid_q$q;
        sc_stale_q$d = sc_stale_q$q;
        sc_domain_q$d = sc_domain_q$q;
        sc_block_q$d = sc_block_q$q;
        sc_crosses_q$d = sc_crosses_q$q;
        block_ne_q$d = block_ne_q$q;
        crosses_ne_q$d = crosses_ne_q$q;
        level_q$d = level_q$q;
        sc_rights_q$d = sc_rights_q$q;
        cross_va_q$d = cross_va_q$q;
        pe_invalid_q$d = pe_invalid_q$q;
        pe_stale_q$d = pe_stale_q$q;
        pe_domain_q$d = pe_domain_q$q;
        pe_vi_q$d = pe_vi_q$q;
        pe_rights_q$d = pe_rights_q$q;
        pe_outside_q$d = pe_outside_q$q;
        cache_events_q$d = cache_events_q$q;
        table_reads$d = table_reads$q;
        iotlb_hits$d = iotlb_hits$q;
        iotlb_misses$d = iotlb_misses$q;
        line_hits$d = line_hits$q;
        unseal_hits$d = unseal_hits$q;
        busy_q$d = busy_q$q;
        powered_q$d = powered_q$q;
        settle_q$d = settle_q$q;
        iotlb_inv_all_q$d = iotlb_inv_all_q$q;
        iotlb_inv_slot_valid_q$d = iotlb_inv_slot_valid_q$q;
        iotlb_inv_slot_q$d = iotlb_inv_slot_q$q;
        keys$clock = clock;
        unsealer$clock = clock;
        prot$clock = clock;
        iotlb$clock = clock;
        walker$clock = clock;
        plain = shortcut_q$q;
        if (admit_q$q) begin
            plain = unsealer$plain;
        end
        p_level = plain[(level_lsb)+:(2)];
        p_slot = plain[(slot_lsb)+:(12)];
        p_va_block = ((plain[(va_block_lsb)+:(26)]) & 64'hffffffffffffffff);
        p_slot_generation = plain[(slot_generation_lsb)+:(8)];
        block_ne_q$d = ((((va_q$q >> shift_pml4) != p_va_block)) & 4'hf) << 32'h3 | ((((va_q$q >> shift_pdpt) != p_va_block)) & 4'hf) << 32'h2 | ((((va_q$q >> shift_pd) != p_va_block)) & 4'hf) << 32'h1 | ((((va_q$q >> shift_pt) != p_va_block)) & 4'hf);
        crosses_ne_q$d = ((((last_va_q$q >> shift_pml4) != p_va_block)) & 4'hf) << 32'h3 | ((((last_va_q$q >> shift_pdpt) != p_va_block)) & 4'hf) << 32'h2 | ((((last_va_q$q >> shift_pd) != p_va_block)) & 4'hf) << 32'h1 | ((((last_va_q$q >> shift_pt) != p_va_block)) & 4'hf);
        level_q$d = p_level;
        next_block_va = (p_va_block + 32'h1) << shift_pt;
        if (p_level == 32'h1) begin
            next_block_va = (p_va_block + 32'h1) << shift_pd;
        end
        if (p_level == 32'h2) begin
            next_block_va = (p_va_block + 32'h1) << shift_pdpt;
        end
        if (p_level == 32'h3) begin
            next_block_va = (p_va_block + 32'h1) << shift_pml4;
        end
        last_va_q$d = (va_q$q + ((len_q$q) & 64'hffffffffffffffff)) - 32'h1;
        end_va_q$d = va_q$q + ((len_q$q) & 64'hffffffffffffffff);
        va_page = ((va_q$q >> page_shift) & 52'hfffffffffffff);
        page_offset = va_q$q & page_mask;
        entry = prot$lookup_entry;
        keys$commit = 1'b0;
        keys$commit_slot = key_slot;
        keys$commit_key = key_data;
        keys$commit_generation = key_generation;
        keys$clear = 1'b0;
        keys$lookup_slot = key_slot_q$q;
        unsealer$start = 1'b0;
        unsealer$flush = 1'b0;
        unsealer$key_slot = key_slot_q$q;
        unsealer$sealed = shortcut_q$q;
        unsealer$key_l = keys$lookup_l;
        unsealer$key_k = keys$lookup_k;
        prot$commit = 1'b0;
        prot$commit_slot = prot_slot;
        prot$commit_entry = prot_entry;
        prot$clear = 1'b0;
        prot$lookup_slot = p_slot;
        iotlb$lookup_va_page = va_page;
        iotlb$lookup_slot = p_slot;
        iotlb$lookup_generation = p_slot_generation;
        iotlb$fill = 1'b0;
        iotlb$fill_va_page = va_page;
        iotlb$fill_slot = p_slot;
        iotlb$fill_generation = p_slot_generation;
        iotlb$fill_pa_page = ((walker$pa >> page_shift) & 40'hffffffffff);
        iotlb$fill_writable = walker$writable;
        iotlb$inv_all = iotlb_inv_all_q$q;
        iotlb$inv_slot_valid = iotlb_inv_slot_valid_q$q;
        iotlb$inv_slot = iotlb_inv_slot_q$q;
        walker$start = 1'b0;
        walker$table_pa = plain[(32'h0)+:(64)] & table_mask;
        walker$level = p_level;
        walker$va = va_q$q;
        walker$write = write_q$q;
        walker$line_cache_enable = line_cache_enable;
        walker$watchdog = watchdog;
        walker$inv_all = 1'b0;
        if (cache_events_q$q[32'h0]) begin
            table_reads$d = table_reads$q + 32'h1;
        end
        if (cache_events_q$q[32'h1]) begin
            iotlb_hits$d = iotlb_hits$q + 32'h1;
        end
        if (cache_events_q$q[32'h2]) begin
            iotlb_misses$d = iotlb_misses$q + 32'h1;
        end
        if (cache_events_q$q[32'h3]) begin
            line_hits$d = line_hits$q + 32'h1;
        end
        cache_events = 32'h0;
        cache_events = (cache_events & ~(1 << (32'h0)) | ((walker$table_read) << (32'h0)));
        cache_events = (cache_events & ~(1 << (32'h3)) | ((walker$line_hit) << (32'h3)));
        cnt_table_reads = table_reads$q;
        cnt_iotlb_hits = iotlb_hits$q;
        cnt_iotlb_misses = iotlb_misses$q;
        cnt_line_hits = line_hits$q;
        if (unsealer$cache_hit) begin
            unseal_hits$d = unseal_hits$q + 32'h1;
        end
        cnt_unseal_hits = unseal_hits$q;
        busy_q$d = keys$busy | unsealer$busy | prot$busy | iotlb$busy | walker$busy;
        any_command = key_commit | prot_commit | inv_valid | soft_reset;
        if (settle_q$q != 32'h0) begin
            settle_q$d = settle_q$q - 32'h1;
        end
        powered_q$d = 1'b1;
        idle = (state$q == UnitState$Idle) & powered_q$q & ~busy_q$q & (settle_q$q == 32'h0);
        cmd_ready = idle;
        req_ready = idle & ~any_command;
        rsp_valid = state$q == UnitState$Respond;
        rsp_status = status_q$q;
        rsp_pa = pa_q$q;
        bytes_q$d = page_size - ((page_offset) & 13'h1fff);
        rsp_bytes = bytes_q$q;
        rsp_fault_va = fault_q$q;
        rsp_ticket = ticket_q$q;
        iotlb_inv_all_q$d = 1'b0;
        iotlb_inv_slot_valid_q$d = 1'b0;
        iotlb_inv_slot_q$d = prot_slot;
        if (idle & any_command) begin
            settle_q$d = 32'h3;
        end
        if (idle) begin
            if (soft_reset) begin
                keys$clear = 1'b1;
                unsealer$flush = 1'b1;
                prot$clear = 1'b1;
                iotlb_inv_all_q$d = 1'b1;
                walker$inv_all = 1'b1;
                table_reads$d = 32'h0;
                iotlb_hits$d = 32'h0;
                iotlb_misses$d = 32'h0;
                line_hits$d = 32'h0;
                unseal_hits$d = 32'h0;
            end
            else if (key_commit) begin
                keys$commit = 1'b1;
                if (((key_slot) & 9'h1ff) < key_slots) begin
                    unsealer$flush = 1'b1;
                    iotlb_inv_all_q$d = 1'b1;
                    walker$inv_all = 1'b1;
                end
            end
            else if (prot_commit) begin
                prot$commit = 1'b1;
                if (((prot_slot) & 13'h1fff) < prot_entries) begin
                    iotlb_inv_slot_valid_q$d = 1'b1;
                    walker$inv_all = 1'b1;
                end
            end
            else if (inv_valid) begin
                iotlb_inv_all_q$d = inv_all;
                iotlb_inv_slot_valid_q$d = ~inv_all;
                iotlb_inv_slot_q$d = inv_slot;
                walker$inv_all = 1'b1;
            end
        end
        cross_va_q$d = next_block_va;
        sc_invalid_q$d = (plain[(magic_lsb)+:(10)] != magic) | |plain[(reserved_lsb)+:(8)];
        sc_stale_q$d = plain[(key_generation_lsb)+:(8)] != key_generation_q$q;
        sc_domain_q$d = plain[(pd_lsb)+:(12)] != pd_q$q;
        sc_block_q$d = block_ne_q$q[32'h0];
        sc_crosses_q$d = crosses_ne_q$q[32'h0];
        if (level_q$q == 32'h1) begin
            sc_block_q$d = block_ne_q$q[32'h1];
            sc_crosses_q$d = crosses_ne_q$q[32'h1];
        end
        if (level_q$q == 32'h2) begin
            sc_block_q$d = block_ne_q$q[32'h2];
            sc_crosses_q$d = crosses_ne_q$q[32'h2];
        end
        if (level_q$q == 32'h3) begin
            sc_block_q$d = block_ne_q$q[32'h3];
            sc_crosses_q$d = crosses_ne_q$q[32'h3];
        end
        sc_rights_q$d = (write_q$q & ~plain[write_bit]) | (~write_q$q & ~plain[read_bit]);
        pe_invalid_q$d = ~prot$lookup_in_range | ~entry[e_valid_bit];
        pe_stale_q$d = entry[(e_generation_lsb)+:(8)] != p_slot_generation;
        pe_domain_q$d = entry[(e_pd_lsb)+:(12)] != pd_q$q;
        pe_vi_q$d = ~entry[e_any_vi_bit] & (entry[(e_vi_lsb)+:(8)] != vi_q$q);
        pe_rights_q$d = (write_q$q & ~entry[e_write_bit]) | (~write_q$q & ~entry[e_read_bit]);
        pe_outside_q$d = (va_q$q < ((entry[(e_start_lsb)+:(48)]) & 64'hffffffffffffffff)) | (end_va_q$q > ((entry[(e_end_lsb)+:(48)]) & 64'hffffffffffffffff));
        case (state$q)
            UnitState$Idle:
                begin
                    admit_q$d = req_admit;
                    vi_q$d = req_vi;
                    pd_q$d = req_pd;
                    key_slot_q$d = req_key_slot;
                    va_q$d = req_va;
                    len_q$d = req_len;
                    write_q$d = req_write;
                    shortcut_q$d = req_shortcut;
                    pa_q$d = 32'h0;
                    fault_q$d = req_va;
                    ticket_q$d = 32'h0;
                    if (idle & ~any_command & req_valid) begin
                        if (req_admit) begin
                            state$d = UnitState$AdmitKey;
                        end
                        else begin
                            state$d = UnitState$Lookup;
                        end
                    end
                end
            UnitState$AdmitKey:
                begin
                    state$d = UnitState$AdmitKeyWait;
                end
            UnitState$AdmitKeyWait:
                begin
                    key_generation_q$d = keys$lookup_generation;
                    if (keys$lookup_valid) begin
                        unsealer$start = 1'b1;
                        state$d = UnitState$AdmitUnseal;
                    end
                    else begin
                        status_q$d = shortcut_invalid;
                        state$d = UnitState$Respond;
                    end
                end
            UnitState$AdmitUnseal:
                begin
                    if (unsealer$done) begin
                        state$d = UnitState$AdmitDecode;
                    end
                end
            UnitState$AdmitDecode:
                begin
                    state$d = UnitState$AdmitCheck;
                end
            UnitState$AdmitCheck:
                begin
                    state$d = UnitState$Respond;
                    if (sc_invalid_q$q) begin
                        status_q$d = shortcut_invalid;
                    end
                    else if (sc_stale_q$q) begin
                        status_q$d = shortcut_stale;
                    end
                    else if (sc_domain_q$q) begin
                        status_q$d = shortcut_domain;
                    end
                    else if (sc_block_q$q) begin
                        status_q$d = shortcut_block;
                    end
                    else if (sc_crosses_q$q) begin
                        status_q$d = crosses_block;
                        fault_q$d = cross_va_q$q;
                    end
                    else if (sc_rights_q$q) begin
                        status_q$d = shortcut_rights;
                    end
                    else begin
                        state$d = UnitState$AdmitProt;
                    end
                end
            UnitState$AdmitProt:
                begin
                    state$d = UnitState$AdmitProtCheck;
                end
            UnitState$AdmitProtCheck:
                begin
                    state$d = UnitState$Respond;
                    if (pe_invalid_q$q) begin
                        status_q$d = region_invalid;
                    end
                    else if (pe_stale_q$q) begin
                        status_q$d = region_stale;
                    end
                    else if (pe_domain_q$q) begin
                        status_q$d = region_domain;
                    end
                    else if (pe_vi_q$q) begin
                        status_q$d = region_vi;
                    end
                    else if (pe_rights_q$q) begin
                        status_q$d = region_rights;
                    end
                    else if (pe_outside_q$q) begin
                        status_q$d = out_of_region;
                    end
                    else begin
                        status_q$d = ok;
                        ticket_q$d = plain;
                    end
                end
            UnitState$Lookup:
                begin
                    state$d = UnitState$LookupCompare;
                end
            UnitState$LookupCompare:
                begin
                    state$d = UnitState$LookupCheck;
                end
            UnitState$LookupCheck:
                begin
                    if (iotlb_enable & iotlb$hit) begin
                        cache_events = (cache_events & ~(1 << (32'h1)) | ((1'b1) << (32'h1)));
                        state$d = UnitState$Respond;
                        if (write_q$q & ~iotlb$writable) begin
                            status_q$d = read_only;
                        end
                        else begin
                            status_q$d = ok;
                            pa_q$d = (((iotlb$pa_page) & 64'hffffffffffffffff) << page_shift) | page_offset;
                        end
                    end
                    else begin
                        cache_events = (cache_events & ~(1 << (32'h2)) | ((1'b1) << (32'h2)));
                        walker$start = 1'b1;
                        state$d = UnitState$Walk;
                    end
                end
            UnitState$Walk:
                begin
                    if (walker$done) begin
                        status_q$d = walker$status;
                        if (walker$status == ok) begin
                            pa_q$d = walker$pa;
                            iotlb$fill = iotlb_enable;
                        end
                        state$d = UnitState$Respond;
                    end
                end
            UnitState$Respond:
                begin
                    if (rsp_ready) begin
                        state$d = UnitState$Idle;
                    end
                end
            default:
                begin
                    state$d = UnitState$Idle;
                end
        endcase
        cache_events_q$d = cache_events;
    end
    
endmodule // viaduct_engine$tu


module viaduct_engine$tu$admit_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$admit_q


module viaduct_engine$tu$block_ne_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$block_ne_q


module viaduct_engine$tu$busy_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$busy_q


module viaduct_engine$tu$bytes_q(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$bytes_q


module viaduct_engine$tu$cache_events_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$cache_events_q


module viaduct_engine$tu$cross_va_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$cross_va_q


module viaduct_engine$tu$crosses_ne_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$crosses_ne_q


module viaduct_engine$tu$end_va_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$end_va_q


module viaduct_engine$tu$fault_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$fault_q


module viaduct_engine$tu$iotlb(clock,lookup_va_page,lookup_slot,lookup_generation,hit,pa_page,writable,fill,fill_va_page,fill_slot,fill_generation,fill_pa_page,fill_writable,inv_all,inv_slot_valid,inv_slot,busy);
    
    // Module arguments
    input wire  clock;
    input wire  [51:0] lookup_va_page;
    input wire  [11:0] lookup_slot;
    input wire  [7:0] lookup_generation;
    output reg  hit;
    output reg  [39:0] pa_page;
    output reg  writable;
    input wire  fill;
    input wire  [51:0] fill_va_page;
    input wire  [11:0] fill_slot;
    input wire  [7:0] fill_generation;
    input wire  [39:0] fill_pa_page;
    input wire  fill_writable;
    input wire  inv_all;
    input wire  inv_slot_valid;
    input wire  [11:0] inv_slot;
    output reg  busy;
    
    // Constant declarations
    localparam  entries = 17'b10000;
    localparam  valid_bit = 8'h71;
    localparam  slot_lsb = 8'h65;
    localparam  gen_lsb = 8'h5d;
    localparam  va_lsb = 8'h29;
    localparam  pa_lsb = 8'h1;
    localparam  valid_mask = 114'h20000000000000000000000000000;
    
    // Enums
    localparam IotlbState$Scan = 0;
    localparam IotlbState$Idle = 1;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [113:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [113:0] ram$write_data;
    reg  ram$write_enable;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  [51:0] key_va_page$d;
    wire  [51:0] key_va_page$q;
    reg  key_va_page$clock;
    reg  [11:0] key_slot$d;
    wire  [11:0] key_slot$q;
    reg  key_slot$clock;
    reg  [7:0] key_generation$d;
    wire  [7:0] key_generation$q;
    reg  key_generation$clock;
    reg  scan_one_slot$d;
    wire  scan_one_slot$q;
    reg  scan_one_slot$clock;
    reg  [11:0] scan_slot$d;
    wire  [11:0] scan_slot$q;
    reg  scan_slot$clock;
    reg  [16:0] counter$d;
    wire  [16:0] counter$q;
    reg  counter$clock;
    reg  [16:0] prev$d;
    wire  [16:0] prev$q;
    reg  prev$clock;
    reg  prev_valid$d;
    wire  prev_valid$q;
    reg  prev_valid$clock;
    reg  hit_q$d;
    wire  hit_q$q;
    reg  hit_q$clock;
    reg  [39:0] pa_page_q$d;
    wire  [39:0] pa_page_q$q;
    reg  pa_page_q$clock;
    reg  writable_q$d;
    wire  writable_q$q;
    reg  writable_q$clock;
    
    // Local signals
    reg  [113:0] entry;
    reg  entry_valid;
    reg  [11:0] entry_slot;
    
    // Sub module instances
    viaduct_engine$tu$iotlb$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    viaduct_engine$tu$iotlb$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    viaduct_engine$tu$iotlb$key_va_page key_va_page(
        .d(key_va_page$d),
        .q(key_va_page$q),
        .clock(key_va_page$clock)
    );
    viaduct_engine$tu$iotlb$key_slot key_slot(
        .d(key_slot$d),
        .q(key_slot$q),
        .clock(key_slot$clock)
    );
    viaduct_engine$tu$iotlb$key_generation key_generation(
        .d(key_generation$d),
        .q(key_generation$q),
        .clock(key_generation$clock)
    );
    viaduct_engine$tu$iotlb$scan_one_slot scan_one_slot(
        .d(scan_one_slot$d),
        .q(scan_one_slot$q),
        .clock(scan_one_slot$clock)
    );
    viaduct_engine$tu$iotlb$scan_slot scan_slot(
        .d(scan_slot$d),
        .q(scan_slot$q),
        .clock(scan_slot$clock)
    );
    viaduct_engine$tu$iotlb$counter counter(
        .d(counter$d),
        .q(counter$q),
        .clock(counter$clock)
    );
    viaduct_engine$tu$iotlb$prev prev(
        .d(prev$d),
        .q(prev$q),
        .clock(prev$clock)
    );
    viaduct_engine$tu$iotlb$prev_valid prev_valid(
        .d(prev_valid$d),
        .q(prev_valid$q),
        .clock(prev_valid$clock)
    );
    viaduct_engine$tu$iotlb$hit_q hit_q(
        .d(hit_q$d),
        .q(hit_q$q),
        .clock(hit_q$clock)
    );
    viaduct_engine$tu$iotlb$pa_page_q pa_page_q(
        .d(pa_page_q$d),
        .q(pa_page_q$q),
        .clock(pa_page_q$clock)
    );
    viaduct_engine$tu$iotlb$writable_q writable_q(
        .d(writable_q$d),
        .q(writable_q$q),
        .clock(writable_q$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        key_va_page$clock = clock;
        key_slot$clock = clock;
        key_generation$clock = clock;
        scan_one_slot$clock = clock;
        scan_slot$clock = clock;
        counter$clock = clock;
        prev$clock = clock;
        prev_valid$clock = clock;
        hit_q$clock = clock;
        pa_page_q$clock = clock;
        writable_q$clock = clock;
        state$d = state$q;
        key_va_page$d = key_va_page$q;
        key_slot$d = key_slot$q;
        key_generation$d = key_generation$q;
        scan_one_slot$d = scan_one_slot$q;
        scan_slot$d = scan_slot$q;
        counter$d = counter$q;
        prev$d = prev$q;
        prev_valid$d = prev_valid$q;
        hit_q$d = hit_q$q;
        pa_page_q$d = pa_page_q$q;
        writable_q$d = writable_q$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        ram$read_address = ((lookup_va_page ^ ((lookup_slot) & 52'hfffffffffffff)) & 4'hf);
        key_va_page$d = lookup_va_page;
        key_slot$d = lookup_slot;
        key_generation$d = lookup_generation;
        entry = ram$read_data;
        entry_valid = entry[valid_bit];
        entry_slot = entry[(slot_lsb)+:(12)];
        hit = hit_q$q;
        pa_page = pa_page_q$q;
        writable = writable_q$q;
        hit_q$d = entry_valid & (entry_slot == key_slot$q) & (entry[(gen_lsb)+:(8)] == key_generation$q) & (entry[(va_lsb)+:(52)] == key_va_page$q);
        pa_page_q$d = entry[(pa_lsb)+:(40)];
        writable_q$d = entry[32'h0];
        ram$write_address = ((fill_va_page ^ ((fill_slot) & 52'hfffffffffffff)) & 4'hf);
        ram$write_data = valid_mask | (((fill_slot) & 114'h3ffffffffffffffffffffffffffff) << slot_lsb) | (((fill_generation) & 114'h3ffffffffffffffffffffffffffff) << gen_lsb) | (((fill_va_page) & 114'h3ffffffffffffffffffffffffffff) << va_lsb) | (((fill_pa_page) & 114'h3ffffffffffffffffffffffffffff) << pa_lsb) | ((fill_writable) & 114'h3ffffffffffffffffffffffffffff);
        ram$write_enable = 1'b0;
        busy = state$q != IotlbState$Idle;
        case (state$q)
            IotlbState$Scan:
                begin
                    ram$read_address = ((counter$q) & 4'hf);
                    ram$write_address = ((prev$q) & 4'hf);
                    ram$write_data = 32'h0;
                    if (prev_valid$q & (~scan_one_slot$q | (entry_slot == scan_slot$q))) begin
                        ram$write_enable = 1'b1;
                    end
                    if (counter$q == entries) begin
                        prev_valid$d = 1'b0;
                        if (~prev_valid$q) begin
                            state$d = IotlbState$Idle;
                        end
                    end
                    else begin
                        prev$d = counter$q;
                        prev_valid$d = 1'b1;
                        counter$d = counter$q + 32'h1;
                    end
                end
            IotlbState$Idle:
                begin
                    counter$d = 32'h0;
                    prev_valid$d = 1'b0;
                    if (inv_all | inv_slot_valid) begin
                        scan_one_slot$d = ~inv_all;
                        scan_slot$d = inv_slot;
                        state$d = IotlbState$Scan;
                    end
                    else if (fill) begin
                        ram$write_enable = 1'b1;
                    end
                end
            default:
                begin
                    state$d = IotlbState$Scan;
                end
        endcase
    end
    
endmodule // viaduct_engine$tu$iotlb


module viaduct_engine$tu$iotlb$counter(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$counter


module viaduct_engine$tu$iotlb$hit_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$hit_q


module viaduct_engine$tu$iotlb$key_generation(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$key_generation


module viaduct_engine$tu$iotlb$key_slot(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$key_slot


module viaduct_engine$tu$iotlb$key_va_page(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$key_va_page


module viaduct_engine$tu$iotlb$pa_page_q(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$pa_page_q


module viaduct_engine$tu$iotlb$prev(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$prev


module viaduct_engine$tu$iotlb$prev_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$prev_valid


module viaduct_engine$tu$iotlb$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [113:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [113:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[113:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$tu$iotlb$ram


module viaduct_engine$tu$iotlb$scan_one_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$scan_one_slot


module viaduct_engine$tu$iotlb$scan_slot(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$scan_slot


module viaduct_engine$tu$iotlb$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam IotlbState$Scan = 0;
    localparam IotlbState$Idle = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$state


module viaduct_engine$tu$iotlb$writable_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb$writable_q


module viaduct_engine$tu$iotlb_hits(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb_hits


module viaduct_engine$tu$iotlb_inv_all_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb_inv_all_q


module viaduct_engine$tu$iotlb_inv_slot_q(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb_inv_slot_q


module viaduct_engine$tu$iotlb_inv_slot_valid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb_inv_slot_valid_q


module viaduct_engine$tu$iotlb_misses(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$iotlb_misses


module viaduct_engine$tu$key_generation_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$key_generation_q


module viaduct_engine$tu$key_slot_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$key_slot_q


module viaduct_engine$tu$keys(clock,commit,commit_slot,commit_key,commit_generation,clear,busy,lookup_slot,lookup_valid,lookup_generation,lookup_l,lookup_k);
    
    // Module arguments
    input wire  clock;
    input wire  commit;
    input wire  [7:0] commit_slot;
    input wire  [127:0] commit_key;
    input wire  [7:0] commit_generation;
    input wire  clear;
    output reg  busy;
    input wire  [7:0] lookup_slot;
    output reg  lookup_valid;
    output reg  [7:0] lookup_generation;
    output reg  [63:0] lookup_l;
    output reg  [63:0] lookup_k;
    
    // Constant declarations
    localparam  slots = 9'b100;
    localparam  valid_bit = 8'h88;
    localparam  valid_mask = 137'h10000000000000000000000000000000000;
    localparam  last_round = 6'b11110;
    localparam  alpha = 8'h8;
    localparam  alpha_c = 8'h38;
    localparam  beta = 8'h3;
    localparam  beta_c = 8'h3d;
    
    // Enums
    localparam KeyStoreState$Clear = 0;
    localparam KeyStoreState$Idle = 1;
    localparam KeyStoreState$Schedule = 2;
    
    // Stub signals
    reg  [1:0] ram$read_address;
    reg  ram$read_clock;
    wire  [136:0] ram$read_data;
    reg  [1:0] ram$write_address;
    reg  ram$write_clock;
    reg  [136:0] ram$write_data;
    reg  ram$write_enable;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [63:0] l$d;
    wire  [63:0] l$q;
    reg  l$clock;
    reg  [63:0] k$d;
    wire  [63:0] k$q;
    reg  k$clock;
    reg  [5:0] round$d;
    wire  [5:0] round$q;
    reg  round$clock;
    reg  [7:0] slot$d;
    wire  [7:0] slot$q;
    reg  slot$clock;
    reg  [7:0] generation$d;
    wire  [7:0] generation$q;
    reg  generation$clock;
    reg  [8:0] counter$d;
    wire  [8:0] counter$q;
    reg  counter$clock;
    reg  lookup_in_range$d;
    wire  lookup_in_range$q;
    reg  lookup_in_range$clock;
    
    // Local signals
    reg  [63:0] next_l;
    reg  [63:0] next_k;
    
    // Sub module instances
    viaduct_engine$tu$keys$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    viaduct_engine$tu$keys$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    viaduct_engine$tu$keys$l l(
        .d(l$d),
        .q(l$q),
        .clock(l$clock)
    );
    viaduct_engine$tu$keys$k k(
        .d(k$d),
        .q(k$q),
        .clock(k$clock)
    );
    viaduct_engine$tu$keys$round round(
        .d(round$d),
        .q(round$q),
        .clock(round$clock)
    );
    viaduct_engine$tu$keys$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    viaduct_engine$tu$keys$generation generation(
        .d(generation$d),
        .q(generation$q),
        .clock(generation$clock)
    );
    viaduct_engine$tu$keys$counter counter(
        .d(counter$d),
        .q(counter$q),
        .clock(counter$clock)
    );
    viaduct_engine$tu$keys$lookup_in_range lookup_in_range(
        .d(lookup_in_range$d),
        .q(lookup_in_range$q),
        .clock(lookup_in_range$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        l$clock = clock;
        k$clock = clock;
        round$clock = clock;
        slot$clock = clock;
        generation$clock = clock;
        counter$clock = clock;
        lookup_in_range$clock = clock;
        state$d = state$q;
        l$d = l$q;
        k$d = k$q;
        round$d = round$q;
        slot$d = slot$q;
        generation$d = generation$q;
        counter$d = counter$q;
        lookup_in_range$d = lookup_in_range$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        ram$read_address = ((lookup_slot) & 2'h3);
        ram$write_address = ((counter$q) & 2'h3);
        ram$write_data = 32'h0;
        ram$write_enable = 1'b0;
        lookup_in_range$d = ((lookup_slot) & 9'h1ff) < slots;
        lookup_valid = lookup_in_range$q & ram$read_data[valid_bit];
        lookup_generation = ram$read_data[(32'h80)+:(8)];
        lookup_l = ram$read_data[(32'h40)+:(64)];
        lookup_k = ram$read_data[(32'h0)+:(64)];
        next_l = (((l$q >> alpha) | (l$q << alpha_c)) + k$q) ^ ((round$q) & 64'hffffffffffffffff);
        next_k = ((k$q << beta) | (k$q >> beta_c)) ^ next_l;
        busy = state$q != KeyStoreState$Idle;
        case (state$q)
            KeyStoreState$Clear:
                begin
                    ram$write_enable = 1'b1;
                    counter$d = counter$q + 32'h1;
                    if ((counter$q + 32'h1) == slots) begin
                        state$d = KeyStoreState$Idle;
                    end
                end
            KeyStoreState$Idle:
                begin
                    counter$d = 32'h0;
                    if (clear) begin
                        state$d = KeyStoreState$Clear;
                    end
                    else if (commit & (((commit_slot) & 9'h1ff) < slots)) begin
                        l$d = commit_key[(32'h40)+:(64)];
                        k$d = commit_key[(32'h0)+:(64)];
                        round$d = 32'h0;
                        slot$d = commit_slot;
                        generation$d = commit_generation;
                        state$d = KeyStoreState$Schedule;
                    end
                end
            KeyStoreState$Schedule:
                begin
                    l$d = next_l;
                    k$d = next_k;
                    round$d = round$q + 32'h1;
                    if (round$q == last_round) begin
                        ram$write_address = ((slot$q) & 2'h3);
                        ram$write_data = valid_mask | (((generation$q) & 137'h1ffffffffffffffffffffffffffffffffff) << 32'h80) | (((next_l) & 137'h1ffffffffffffffffffffffffffffffffff) << 32'h40) | ((next_k) & 137'h1ffffffffffffffffffffffffffffffffff);
                        ram$write_enable = 1'b1;
                        state$d = KeyStoreState$Idle;
                    end
                end
            default:
                begin
                    state$d = KeyStoreState$Clear;
                end
        endcase
    end
    
endmodule // viaduct_engine$tu$keys


module viaduct_engine$tu$keys$counter(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$keys$counter


module viaduct_engine$tu$keys$generation(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$keys$generation


module viaduct_engine$tu$keys$k(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$keys$k


module viaduct_engine$tu$keys$l(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$keys$l


module viaduct_engine$tu$keys$lookup_in_range(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$keys$lookup_in_range


module viaduct_engine$tu$keys$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [1:0] read_address;
    input wire  read_clock;
    output reg  [136:0] read_data;
    input wire  [1:0] write_address;
    input wire  write_clock;
    input wire  [136:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[136:0] mem[3:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$tu$keys$ram


module viaduct_engine$tu$keys$round(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$keys$round


module viaduct_engine$tu$keys$slot(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$keys$slot


module viaduct_engine$tu$keys$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam KeyStoreState$Clear = 0;
    localparam KeyStoreState$Idle = 1;
    localparam KeyStoreState$Schedule = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$keys$state


module viaduct_engine$tu$last_va_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$last_va_q


module viaduct_engine$tu$len_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$len_q


module viaduct_engine$tu$level_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$level_q


module viaduct_engine$tu$line_hits(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$line_hits


module viaduct_engine$tu$pa_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$pa_q


module viaduct_engine$tu$pd_q(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$pd_q


module viaduct_engine$tu$pe_domain_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$pe_domain_q


module viaduct_engine$tu$pe_invalid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$pe_invalid_q


module viaduct_engine$tu$pe_outside_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$pe_outside_q


module viaduct_engine$tu$pe_rights_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$pe_rights_q


module viaduct_engine$tu$pe_stale_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$pe_stale_q


module viaduct_engine$tu$pe_vi_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$pe_vi_q


module viaduct_engine$tu$powered_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$powered_q


module viaduct_engine$tu$prot(clock,commit,commit_slot,commit_entry,clear,busy,lookup_slot,lookup_entry,lookup_in_range);
    
    // Module arguments
    input wire  clock;
    input wire  commit;
    input wire  [11:0] commit_slot;
    input wire  [127:0] commit_entry;
    input wire  clear;
    output reg  busy;
    input wire  [11:0] lookup_slot;
    output reg  [127:0] lookup_entry;
    output reg  lookup_in_range;
    
    // Constant declarations
    localparam  entries = 13'b10000;
    
    // Enums
    localparam ProtectionState$Clear = 0;
    localparam ProtectionState$Idle = 1;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [127:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [127:0] ram$write_data;
    reg  ram$write_enable;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  [12:0] counter$d;
    wire  [12:0] counter$q;
    reg  counter$clock;
    reg  in_range$d;
    wire  in_range$q;
    reg  in_range$clock;
    
    // Sub module instances
    viaduct_engine$tu$prot$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    viaduct_engine$tu$prot$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    viaduct_engine$tu$prot$counter counter(
        .d(counter$d),
        .q(counter$q),
        .clock(counter$clock)
    );
    viaduct_engine$tu$prot$in_range in_range(
        .d(in_range$d),
        .q(in_range$q),
        .clock(in_range$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        counter$clock = clock;
        in_range$clock = clock;
        state$d = state$q;
        counter$d = counter$q;
        in_range$d = in_range$q;
        ram$read_clock = clock;
        ram$write_clock = clock;
        ram$read_address = ((lookup_slot) & 4'hf);
        in_range$d = ((lookup_slot) & 13'h1fff) < entries;
        lookup_entry = ram$read_data;
        lookup_in_range = in_range$q;
        ram$write_address = ((counter$q) & 4'hf);
        ram$write_data = 32'h0;
        ram$write_enable = 1'b0;
        busy = state$q != ProtectionState$Idle;
        case (state$q)
            ProtectionState$Clear:
                begin
                    ram$write_enable = 1'b1;
                    counter$d = counter$q + 32'h1;
                    if ((counter$q + 32'h1) == entries) begin
                        state$d = ProtectionState$Idle;
                    end
                end
            ProtectionState$Idle:
                begin
                    counter$d = 32'h0;
                    if (clear) begin
                        state$d = ProtectionState$Clear;
                    end
                    else if (commit & (((commit_slot) & 13'h1fff) < entries)) begin
                        ram$write_address = ((commit_slot) & 4'hf);
                        ram$write_data = commit_entry;
                        ram$write_enable = 1'b1;
                    end
                end
            default:
                begin
                    state$d = ProtectionState$Clear;
                end
        endcase
    end
    
endmodule // viaduct_engine$tu$prot


module viaduct_engine$tu$prot$counter(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$prot$counter


module viaduct_engine$tu$prot$in_range(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$prot$in_range


module viaduct_engine$tu$prot$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [127:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [127:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[127:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$tu$prot$ram


module viaduct_engine$tu$prot$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam ProtectionState$Clear = 0;
    localparam ProtectionState$Idle = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$prot$state


module viaduct_engine$tu$sc_block_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$sc_block_q


module viaduct_engine$tu$sc_crosses_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$sc_crosses_q


module viaduct_engine$tu$sc_domain_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$sc_domain_q


module viaduct_engine$tu$sc_invalid_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$sc_invalid_q


module viaduct_engine$tu$sc_rights_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$sc_rights_q


module viaduct_engine$tu$sc_stale_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$sc_stale_q


module viaduct_engine$tu$settle_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$settle_q


module viaduct_engine$tu$shortcut_q(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$shortcut_q


module viaduct_engine$tu$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam UnitState$Idle = 0;
    localparam UnitState$AdmitKey = 1;
    localparam UnitState$AdmitKeyWait = 2;
    localparam UnitState$AdmitUnseal = 3;
    localparam UnitState$AdmitDecode = 4;
    localparam UnitState$AdmitCheck = 5;
    localparam UnitState$AdmitProt = 6;
    localparam UnitState$AdmitProtCheck = 7;
    localparam UnitState$Lookup = 8;
    localparam UnitState$LookupCompare = 9;
    localparam UnitState$LookupCheck = 10;
    localparam UnitState$Walk = 11;
    localparam UnitState$Respond = 12;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$state


module viaduct_engine$tu$status_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$status_q


module viaduct_engine$tu$table_reads(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$table_reads


module viaduct_engine$tu$ticket_q(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$ticket_q


module viaduct_engine$tu$unseal_hits(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unseal_hits


module viaduct_engine$tu$unsealer(clock,start,sealed,key_slot,flush,cache_hit,key_l,key_k,busy,done,plain);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [127:0] sealed;
    input wire  [7:0] key_slot;
    input wire  flush;
    output reg  cache_hit;
    input wire  [63:0] key_l;
    input wire  [63:0] key_k;
    output reg  busy;
    output reg  done;
    output reg  [127:0] plain;
    
    // Constant declarations
    localparam  last_round = 6'b11111;
    localparam  alpha = 8'h8;
    localparam  alpha_c = 8'h38;
    localparam  beta = 8'h3;
    localparam  beta_c = 8'h3d;
    
    // Enums
    localparam UnsealerState$Idle = 0;
    localparam UnsealerState$Lookup = 1;
    localparam UnsealerState$Compare = 2;
    localparam UnsealerState$Run = 3;
    
    // Stub signals
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [63:0] x$d;
    wire  [63:0] x$q;
    reg  x$clock;
    reg  [63:0] y$d;
    wire  [63:0] y$q;
    reg  y$clock;
    reg  [63:0] l$d;
    wire  [63:0] l$q;
    reg  l$clock;
    reg  [63:0] k$d;
    wire  [63:0] k$q;
    reg  k$clock;
    reg  [5:0] round$d;
    wire  [5:0] round$q;
    reg  round$clock;
    reg  done_q$d;
    wire  done_q$q;
    reg  done_q$clock;
    reg  hit_q$d;
    wire  hit_q$q;
    reg  hit_q$clock;
    reg  [127:0] sealed_q$d;
    wire  [127:0] sealed_q$q;
    reg  sealed_q$clock;
    reg  [7:0] slot_q$d;
    wire  [7:0] slot_q$q;
    reg  slot_q$clock;
    reg  [1:0] index_q$d;
    wire  [1:0] index_q$q;
    reg  index_q$clock;
    reg  [4:0] tag_eq_q$d;
    wire  [4:0] tag_eq_q$q;
    reg  tag_eq_q$clock;
    reg  [3:0] valid$d;
    wire  [3:0] valid$q;
    reg  valid$clock;
    reg  [1:0] cache$read_address;
    reg  cache$read_clock;
    wire  [263:0] cache$read_data;
    reg  [1:0] cache$write_address;
    reg  cache$write_clock;
    reg  [263:0] cache$write_data;
    reg  cache$write_enable;
    
    // Local signals
    reg  [1:0] index;
    reg  [263:0] tag;
    reg  [63:0] block_t;
    reg  [63:0] block_y;
    reg  [63:0] block_s;
    reg  [63:0] block_x;
    reg  [63:0] sched_t;
    reg  [63:0] sched_k;
    reg  [63:0] sched_s;
    reg  [63:0] sched_l;
    
    // Sub module instances
    viaduct_engine$tu$unsealer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    viaduct_engine$tu$unsealer$x x(
        .d(x$d),
        .q(x$q),
        .clock(x$clock)
    );
    viaduct_engine$tu$unsealer$y y(
        .d(y$d),
        .q(y$q),
        .clock(y$clock)
    );
    viaduct_engine$tu$unsealer$l l(
        .d(l$d),
        .q(l$q),
        .clock(l$clock)
    );
    viaduct_engine$tu$unsealer$k k(
        .d(k$d),
        .q(k$q),
        .clock(k$clock)
    );
    viaduct_engine$tu$unsealer$round round(
        .d(round$d),
        .q(round$q),
        .clock(round$clock)
    );
    viaduct_engine$tu$unsealer$done_q done_q(
        .d(done_q$d),
        .q(done_q$q),
        .clock(done_q$clock)
    );
    viaduct_engine$tu$unsealer$hit_q hit_q(
        .d(hit_q$d),
        .q(hit_q$q),
        .clock(hit_q$clock)
    );
    viaduct_engine$tu$unsealer$sealed_q sealed_q(
        .d(sealed_q$d),
        .q(sealed_q$q),
        .clock(sealed_q$clock)
    );
    viaduct_engine$tu$unsealer$slot_q slot_q(
        .d(slot_q$d),
        .q(slot_q$q),
        .clock(slot_q$clock)
    );
    viaduct_engine$tu$unsealer$index_q index_q(
        .d(index_q$d),
        .q(index_q$q),
        .clock(index_q$clock)
    );
    viaduct_engine$tu$unsealer$tag_eq_q tag_eq_q(
        .d(tag_eq_q$d),
        .q(tag_eq_q$q),
        .clock(tag_eq_q$clock)
    );
    viaduct_engine$tu$unsealer$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    viaduct_engine$tu$unsealer$cache cache(
        .read_address(cache$read_address),
        .read_clock(cache$read_clock),
        .read_data(cache$read_data),
        .write_address(cache$write_address),
        .write_clock(cache$write_clock),
        .write_data(cache$write_data),
        .write_enable(cache$write_enable)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        x$clock = clock;
        y$clock = clock;
        l$clock = clock;
        k$clock = clock;
        round$clock = clock;
        done_q$clock = clock;
        hit_q$clock = clock;
        sealed_q$clock = clock;
        slot_q$clock = clock;
        index_q$clock = clock;
        tag_eq_q$clock = clock;
        valid$clock = clock;
        state$d = state$q;
        x$d = x$q;
        y$d = y$q;
        l$d = l$q;
        k$d = k$q;
        round$d = round$q;
        done_q$d = done_q$q;
        hit_q$d = hit_q$q;
        sealed_q$d = sealed_q$q;
        slot_q$d = slot_q$q;
        index_q$d = index_q$q;
        tag_eq_q$d = tag_eq_q$q;
        valid$d = valid$q;
        cache$read_clock = clock;
        cache$write_clock = clock;
        index = ((sealed) & 2'h3) ^ ((key_slot) & 2'h3);
        cache$read_address = index;
        tag = (((slot_q$q) & 264'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h100) | (((sealed_q$q) & 264'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80);
        tag_eq_q$d = (((cache$read_data[(32'h100)+:(8)] == tag[(32'h100)+:(8)])) & 5'h1f) << 32'h4 | (((cache$read_data[(32'he0)+:(32)] == tag[(32'he0)+:(32)])) & 5'h1f) << 32'h3 | (((cache$read_data[(32'hc0)+:(32)] == tag[(32'hc0)+:(32)])) & 5'h1f) << 32'h2 | (((cache$read_data[(32'ha0)+:(32)] == tag[(32'ha0)+:(32)])) & 5'h1f) << 32'h1 | (((cache$read_data[(32'h80)+:(32)] == tag[(32'h80)+:(32)])) & 5'h1f);
        cache$write_address = index_q$q;
        cache$write_enable = 1'b0;
        cache_hit = hit_q$q;
        hit_q$d = 1'b0;
        block_t = y$q ^ x$q;
        block_y = (block_t >> beta) | (block_t << beta_c);
        block_s = (x$q ^ k$q) - block_y;
        block_x = (block_s << alpha) | (block_s >> alpha_c);
        sched_t = k$q ^ l$q;
        sched_k = (sched_t >> beta) | (sched_t << beta_c);
        sched_s = (l$q ^ ((round$q - 32'h1) & 64'hffffffffffffffff)) - sched_k;
        sched_l = (sched_s << alpha) | (sched_s >> alpha_c);
        cache$write_data = tag | (((block_x) & 264'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | ((block_y) & 264'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        busy = state$q != UnsealerState$Idle;
        done = done_q$q;
        done_q$d = 1'b0;
        plain = (((x$q) & 128'hffffffffffffffffffffffffffffffff) << 32'h40) | ((y$q) & 128'hffffffffffffffffffffffffffffffff);
        case (state$q)
            UnsealerState$Idle:
                begin
                    if (flush) begin
                        valid$d = 32'h0;
                    end
                    else if (start) begin
                        x$d = sealed[(32'h40)+:(64)];
                        y$d = sealed[(32'h0)+:(64)];
                        l$d = key_l;
                        k$d = key_k;
                        round$d = last_round;
                        sealed_q$d = sealed;
                        slot_q$d = key_slot;
                        index_q$d = index;
                        state$d = UnsealerState$Lookup;
                    end
                end
            UnsealerState$Lookup:
                begin
                    state$d = UnsealerState$Compare;
                end
            UnsealerState$Compare:
                begin
                    if (valid$q[index_q$q] & &tag_eq_q$q) begin
                        x$d = cache$read_data[(32'h40)+:(64)];
                        y$d = cache$read_data[(32'h0)+:(64)];
                        done_q$d = 1'b1;
                        hit_q$d = 1'b1;
                        state$d = UnsealerState$Idle;
                    end
                    else begin
                        state$d = UnsealerState$Run;
                    end
                end
            UnsealerState$Run:
                begin
                    x$d = block_x;
                    y$d = block_y;
                    l$d = sched_l;
                    k$d = sched_k;
                    round$d = round$q - 32'h1;
                    if (round$q == 32'h0) begin
                        done_q$d = 1'b1;
                        cache$write_enable = 1'b1;
                        valid$d = (valid$q & ~(1 << (index_q$q)) | ((1'b1) << (index_q$q)));
                        state$d = UnsealerState$Idle;
                    end
                end
            default:
                begin
                    state$d = UnsealerState$Idle;
                end
        endcase
    end
    
endmodule // viaduct_engine$tu$unsealer


module viaduct_engine$tu$unsealer$cache(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [1:0] read_address;
    input wire  read_clock;
    output reg  [263:0] read_data;
    input wire  [1:0] write_address;
    input wire  write_clock;
    input wire  [263:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[263:0] mem[3:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$tu$unsealer$cache


module viaduct_engine$tu$unsealer$done_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$done_q


module viaduct_engine$tu$unsealer$hit_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$hit_q


module viaduct_engine$tu$unsealer$index_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$index_q


module viaduct_engine$tu$unsealer$k(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$k


module viaduct_engine$tu$unsealer$l(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$l


module viaduct_engine$tu$unsealer$round(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$round


module viaduct_engine$tu$unsealer$sealed_q(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$sealed_q


module viaduct_engine$tu$unsealer$slot_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$slot_q


module viaduct_engine$tu$unsealer$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam UnsealerState$Idle = 0;
    localparam UnsealerState$Lookup = 1;
    localparam UnsealerState$Compare = 2;
    localparam UnsealerState$Run = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$state


module viaduct_engine$tu$unsealer$tag_eq_q(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$tag_eq_q


module viaduct_engine$tu$unsealer$valid(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$valid


module viaduct_engine$tu$unsealer$x(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$x


module viaduct_engine$tu$unsealer$y(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$unsealer$y


module viaduct_engine$tu$va_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$va_q


module viaduct_engine$tu$vi_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$vi_q


module viaduct_engine$tu$walker(clock,start,table_pa,level,va,write,line_cache_enable,watchdog,inv_all,busy,done,status,pa,writable,table_read,line_hit,m_axi$arvalid,m_axi$arready,m_axi$arid,m_axi$araddr,m_axi$arlen,m_axi$arsize,m_axi$arburst,m_axi$rvalid,m_axi$rready,m_axi$rid,m_axi$rdata,m_axi$rresp,m_axi$rlast);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [63:0] table_pa;
    input wire  [1:0] level;
    input wire  [63:0] va;
    input wire  write;
    input wire  line_cache_enable;
    input wire  [31:0] watchdog;
    input wire  inv_all;
    output reg  busy;
    output reg  done;
    output reg  [7:0] status;
    output reg  [63:0] pa;
    output reg  writable;
    output reg  table_read;
    output reg  line_hit;
    output reg  m_axi$arvalid;
    input wire  m_axi$arready;
    output reg  [3:0] m_axi$arid;
    output reg  [63:0] m_axi$araddr;
    output reg  [7:0] m_axi$arlen;
    output reg  [2:0] m_axi$arsize;
    output reg  [1:0] m_axi$arburst;
    input wire  m_axi$rvalid;
    output reg  m_axi$rready;
    input wire  [3:0] m_axi$rid;
    input wire  [63:0] m_axi$rdata;
    input wire  [1:0] m_axi$rresp;
    input wire  m_axi$rlast;
    
    // Constant declarations
    localparam  one = 64'h1;
    localparam  page_shift = 8'hc;
    localparam  line_shift = 8'h9;
    localparam  addr_mask = 64'hffffffffff000;
    localparam  line_mask = 64'hfffffffffffffe00;
    localparam  line_len = 8'h3f;
    localparam  beat_size = 3'b11;
    localparam  burst_incr = 2'b1;
    localparam  resp_slverr = 2'b10;
    localparam  present_bit = 8'h0;
    localparam  writable_bit = 8'h1;
    localparam  huge_bit = 8'h7;
    localparam  pinned_bit = 8'h9;
    localparam  ok = 8'h0;
    localparam  not_present = 8'h30;
    localparam  not_pinned = 8'h31;
    localparam  read_only = 8'h32;
    localparam  bad_entry = 8'h33;
    localparam  host_read_error = 8'h40;
    localparam  host_timeout = 8'h42;
    
    // Enums
    localparam WalkerState$Idle = 0;
    localparam WalkerState$Entry = 1;
    localparam WalkerState$TagWait = 2;
    localparam WalkerState$TagCheck = 3;
    localparam WalkerState$DataWait = 4;
    localparam WalkerState$IssueAr = 5;
    localparam WalkerState$WaitR = 6;
    localparam WalkerState$Decode = 7;
    localparam WalkerState$Done = 8;
    
    // Stub signals
    reg  cache$clock;
    reg  [1:0] cache$level;
    reg  [42:0] cache$lookup_line;
    wire  cache$hit;
    wire  cache$bank;
    reg  [42:0] cache$read_line;
    reg  cache$read_bank;
    reg  [5:0] cache$read_entry;
    wire  [63:0] cache$data;
    reg  cache$write;
    reg  [42:0] cache$write_line;
    reg  cache$write_bank;
    reg  [5:0] cache$write_entry;
    reg  [63:0] cache$write_data;
    reg  cache$commit;
    reg  cache$inv_all;
    wire  cache$busy;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [63:0] table_q$d;
    wire  [63:0] table_q$q;
    reg  table_q$clock;
    reg  [1:0] level_q$d;
    wire  [1:0] level_q$q;
    reg  level_q$clock;
    reg  [63:0] va_q$d;
    wire  [63:0] va_q$q;
    reg  va_q$clock;
    reg  write_q$d;
    wire  write_q$q;
    reg  write_q$clock;
    reg  lce_q$d;
    wire  lce_q$q;
    reg  lce_q$clock;
    reg  [63:0] ea_q$d;
    wire  [63:0] ea_q$q;
    reg  ea_q$clock;
    reg  [63:0] entry_q$d;
    wire  [63:0] entry_q$q;
    reg  entry_q$clock;
    reg  bank_q$d;
    wire  bank_q$q;
    reg  bank_q$clock;
    reg  tag_hit_q$d;
    wire  tag_hit_q$q;
    reg  tag_hit_q$clock;
    reg  [7:0] beat_q$d;
    wire  [7:0] beat_q$q;
    reg  beat_q$clock;
    reg  err_q$d;
    wire  err_q$q;
    reg  err_q$clock;
    reg  wd$clock;
    reg  [31:0] wd$limit;
    reg  wd$count;
    reg  wd$restart;
    reg  wd$after_progress;
    wire  wd$expired;
    reg  beat_seen_q$d;
    wire  beat_seen_q$q;
    reg  beat_seen_q$clock;
    reg  [3:0] id_q$d;
    wire  [3:0] id_q$q;
    reg  id_q$clock;
    reg  [7:0] status_q$d;
    wire  [7:0] status_q$q;
    reg  status_q$clock;
    reg  [63:0] pa_q$d;
    wire  [63:0] pa_q$q;
    reg  pa_q$clock;
    reg  writable_q$d;
    wire  writable_q$q;
    reg  writable_q$clock;
    
    // Local signals
    reg  [7:0] shift;
    reg  [63:0] ea;
    reg  [63:0] frame;
    reg  [63:0] offset_mask;
    reg  [5:0] entry_index;
    
    // Sub module instances
    viaduct_engine$tu$walker$cache cache(
        .clock(cache$clock),
        .level(cache$level),
        .lookup_line(cache$lookup_line),
        .hit(cache$hit),
        .bank(cache$bank),
        .read_line(cache$read_line),
        .read_bank(cache$read_bank),
        .read_entry(cache$read_entry),
        .data(cache$data),
        .write(cache$write),
        .write_line(cache$write_line),
        .write_bank(cache$write_bank),
        .write_entry(cache$write_entry),
        .write_data(cache$write_data),
        .commit(cache$commit),
        .inv_all(cache$inv_all),
        .busy(cache$busy)
    );
    viaduct_engine$tu$walker$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    viaduct_engine$tu$walker$table_q table_q(
        .d(table_q$d),
        .q(table_q$q),
        .clock(table_q$clock)
    );
    viaduct_engine$tu$walker$level_q level_q(
        .d(level_q$d),
        .q(level_q$q),
        .clock(level_q$clock)
    );
    viaduct_engine$tu$walker$va_q va_q(
        .d(va_q$d),
        .q(va_q$q),
        .clock(va_q$clock)
    );
    viaduct_engine$tu$walker$write_q write_q(
        .d(write_q$d),
        .q(write_q$q),
        .clock(write_q$clock)
    );
    viaduct_engine$tu$walker$lce_q lce_q(
        .d(lce_q$d),
        .q(lce_q$q),
        .clock(lce_q$clock)
    );
    viaduct_engine$tu$walker$ea_q ea_q(
        .d(ea_q$d),
        .q(ea_q$q),
        .clock(ea_q$clock)
    );
    viaduct_engine$tu$walker$entry_q entry_q(
        .d(entry_q$d),
        .q(entry_q$q),
        .clock(entry_q$clock)
    );
    viaduct_engine$tu$walker$bank_q bank_q(
        .d(bank_q$d),
        .q(bank_q$q),
        .clock(bank_q$clock)
    );
    viaduct_engine$tu$walker$tag_hit_q tag_hit_q(
        .d(tag_hit_q$d),
        .q(tag_hit_q$q),
        .clock(tag_hit_q$clock)
    );
    viaduct_engine$tu$walker$beat_q beat_q(
        .d(beat_q$d),
        .q(beat_q$q),
        .clock(beat_q$clock)
    );
    viaduct_engine$tu$walker$err_q err_q(
        .d(err_q$d),
        .q(err_q$q),
        .clock(err_q$clock)
    );
    viaduct_engine$tu$walker$wd wd(
        .clock(wd$clock),
        .limit(wd$limit),
        .count(wd$count),
        .restart(wd$restart),
        .after_progress(wd$after_progress),
        .expired(wd$expired)
    );
    viaduct_engine$tu$walker$beat_seen_q beat_seen_q(
        .d(beat_seen_q$d),
        .q(beat_seen_q$q),
        .clock(beat_seen_q$clock)
    );
    viaduct_engine$tu$walker$id_q id_q(
        .d(id_q$d),
        .q(id_q$q),
        .clock(id_q$clock)
    );
    viaduct_engine$tu$walker$status_q status_q(
        .d(status_q$d),
        .q(status_q$q),
        .clock(status_q$clock)
    );
    viaduct_engine$tu$walker$pa_q pa_q(
        .d(pa_q$d),
        .q(pa_q$q),
        .clock(pa_q$clock)
    );
    viaduct_engine$tu$walker$writable_q writable_q(
        .d(writable_q$d),
        .q(writable_q$q),
        .clock(writable_q$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        table_q$clock = clock;
        level_q$clock = clock;
        va_q$clock = clock;
        write_q$clock = clock;
        lce_q$clock = clock;
        ea_q$clock = clock;
        entry_q$clock = clock;
        bank_q$clock = clock;
        tag_hit_q$clock = clock;
        beat_q$clock = clock;
        err_q$clock = clock;
        beat_seen_q$clock = clock;
        id_q$clock = clock;
        status_q$clock = clock;
        pa_q$clock = clock;
        writable_q$clock = clock;
        state$d = state$q;
        table_q$d = table_q$q;
        level_q$d = level_q$q;
        va_q$d = va_q$q;
        write_q$d = write_q$q;
        lce_q$d = lce_q$q;
        ea_q$d = ea_q$q;
        entry_q$d = entry_q$q;
        bank_q$d = bank_q$q;
        tag_hit_q$d = tag_hit_q$q;
        beat_q$d = beat_q$q;
        err_q$d = err_q$q;
        beat_seen_q$d = beat_seen_q$q;
        id_q$d = id_q$q;
        status_q$d = status_q$q;
        pa_q$d = pa_q$q;
        writable_q$d = writable_q$q;
        beat_seen_q$d = 1'b0;
        cache$clock = clock;
        cache$level = level_q$q;
        shift = (((level_q$q) & 8'hff) << 32'h3) + ((level_q$q) & 8'hff) + page_shift;
        ea = table_q$q + (((((va_q$q >> shift) & 9'h1ff)) & 64'hffffffffffffffff) << 32'h3);
        frame = entry_q$q & addr_mask;
        offset_mask = (one << shift) - 32'h1;
        entry_index = ((ea_q$q >> 32'h3) & 6'h3f);
        cache$lookup_line = ((ea >> line_shift) & 43'h7ffffffffff);
        cache$read_line = ((ea_q$q >> line_shift) & 43'h7ffffffffff);
        cache$read_bank = cache$bank;
        cache$read_entry = entry_index;
        cache$write = 1'b0;
        cache$write_line = ((ea_q$q >> line_shift) & 43'h7ffffffffff);
        cache$write_bank = bank_q$q;
        cache$write_entry = ((beat_q$q) & 6'h3f);
        cache$write_data = m_axi$rdata;
        cache$commit = 1'b0;
        cache$inv_all = inv_all & (state$q == WalkerState$Idle);
        m_axi$arvalid = 1'b0;
        m_axi$arid = id_q$q;
        m_axi$araddr = ea_q$q;
        m_axi$arlen = 32'h0;
        m_axi$arsize = beat_size;
        m_axi$arburst = burst_incr;
        m_axi$rready = 1'b1;
        if (lce_q$q) begin
            m_axi$araddr = ea_q$q & line_mask;
            m_axi$arlen = line_len;
        end
        busy = (state$q != WalkerState$Idle) | cache$busy;
        done = 1'b0;
        status = status_q$q;
        pa = pa_q$q;
        writable = writable_q$q;
        table_read = 1'b0;
        line_hit = 1'b0;
        wd$clock = clock;
        wd$limit = watchdog;
        wd$count = 1'b0;
        wd$restart = 1'b0;
        wd$after_progress = 1'b0;
        case (state$q)
            WalkerState$Idle:
                begin
                    if (start & ~cache$busy) begin
                        table_q$d = table_pa;
                        level_q$d = level;
                        va_q$d = va;
                        write_q$d = write;
                        lce_q$d = line_cache_enable;
                        state$d = WalkerState$Entry;
                    end
                end
            WalkerState$Entry:
                begin
                    ea_q$d = ea;
                    wd$restart = 1'b1;
                    beat_q$d = 32'h0;
                    err_q$d = 1'b0;
                    if (lce_q$q) begin
                        state$d = WalkerState$TagWait;
                    end
                    else begin
                        table_read = 1'b1;
                        state$d = WalkerState$IssueAr;
                    end
                end
            WalkerState$TagWait:
                begin
                    tag_hit_q$d = cache$hit;
                    bank_q$d = ~cache$bank;
                    state$d = WalkerState$TagCheck;
                end
            WalkerState$TagCheck:
                begin
                    if (tag_hit_q$q) begin
                        line_hit = 1'b1;
                        state$d = WalkerState$DataWait;
                    end
                    else begin
                        table_read = 1'b1;
                        state$d = WalkerState$IssueAr;
                    end
                end
            WalkerState$DataWait:
                begin
                    entry_q$d = cache$data;
                    state$d = WalkerState$Decode;
                end
            WalkerState$IssueAr:
                begin
                    m_axi$arvalid = 1'b1;
                    wd$count = 1'b1;
                    if (m_axi$arready) begin
                        wd$restart = 1'b1;
                        state$d = WalkerState$WaitR;
                    end
                    else if (wd$expired) begin
                        id_q$d = id_q$q + 32'h1;
                        status_q$d = host_timeout;
                        state$d = WalkerState$Done;
                    end
                end
            WalkerState$WaitR:
                begin
                    wd$count = 1'b1;
                    wd$after_progress = beat_seen_q$q;
                    if (m_axi$rvalid & (m_axi$rid == id_q$q)) begin
                        beat_seen_q$d = 1'b1;
                        beat_q$d = beat_q$q + 32'h1;
                        cache$write = lce_q$q;
                        if (~lce_q$q | (((beat_q$q) & 6'h3f) == entry_index)) begin
                            entry_q$d = m_axi$rdata;
                        end
                        if (m_axi$rresp >= resp_slverr) begin
                            err_q$d = 1'b1;
                        end
                        if (m_axi$rlast != (beat_q$q == m_axi$arlen)) begin
                            id_q$d = id_q$q + 32'h1;
                            status_q$d = host_read_error;
                            state$d = WalkerState$Done;
                        end
                        else if (m_axi$rlast) begin
                            if (err_q$q | (m_axi$rresp >= resp_slverr)) begin
                                status_q$d = host_read_error;
                                state$d = WalkerState$Done;
                            end
                            else begin
                                cache$commit = lce_q$q;
                                state$d = WalkerState$Decode;
                            end
                        end
                    end
                    else if (wd$expired) begin
                        id_q$d = id_q$q + 32'h1;
                        status_q$d = host_timeout;
                        state$d = WalkerState$Done;
                    end
                end
            WalkerState$Decode:
                begin
                    state$d = WalkerState$Done;
                    if (~entry_q$q[present_bit]) begin
                        status_q$d = not_present;
                    end
                    else if ((level_q$q == 32'h3) & entry_q$q[huge_bit]) begin
                        status_q$d = bad_entry;
                    end
                    else if ((level_q$q == 32'h0) | entry_q$q[huge_bit]) begin
                        if ((frame & offset_mask) != 32'h0) begin
                            status_q$d = bad_entry;
                        end
                        else if (~entry_q$q[pinned_bit]) begin
                            status_q$d = not_pinned;
                        end
                        else if (write_q$q & ~entry_q$q[writable_bit]) begin
                            status_q$d = read_only;
                        end
                        else begin
                            status_q$d = ok;
                            pa_q$d = frame + (va_q$q & offset_mask);
                            writable_q$d = entry_q$q[writable_bit];
                        end
                    end
                    else begin
                        table_q$d = frame;
                        level_q$d = level_q$q - 32'h1;
                        state$d = WalkerState$Entry;
                    end
                end
            WalkerState$Done:
                begin
                    done = 1'b1;
                    state$d = WalkerState$Idle;
                end
            default:
                begin
                    state$d = WalkerState$Idle;
                end
        endcase
    end
    
endmodule // viaduct_engine$tu$walker


module viaduct_engine$tu$walker$bank_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$bank_q


module viaduct_engine$tu$walker$beat_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$beat_q


module viaduct_engine$tu$walker$beat_seen_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$beat_seen_q


module viaduct_engine$tu$walker$cache(clock,level,lookup_line,hit,bank,read_line,read_bank,read_entry,data,write,write_line,write_bank,write_entry,write_data,commit,inv_all,busy);
    
    // Module arguments
    input wire  clock;
    input wire  [1:0] level;
    input wire  [42:0] lookup_line;
    output reg  hit;
    output reg  bank;
    input wire  [42:0] read_line;
    input wire  read_bank;
    input wire  [5:0] read_entry;
    output reg  [63:0] data;
    input wire  write;
    input wire  [42:0] write_line;
    input wire  write_bank;
    input wire  [5:0] write_entry;
    input wire  [63:0] write_data;
    input wire  commit;
    input wire  inv_all;
    output reg  busy;
    
    // Constant declarations
    localparam  entries = 14'b1000;
    localparam  pt_mask = 3'b11;
    localparam  upper_base = 3'b11;
    localparam  valid_bit = 8'h2c;
    localparam  bank_bit = 8'h2b;
    localparam  valid_mask = 45'h100000000000;
    localparam  bank_shift = 8'h6;
    localparam  index_shift = 8'h7;
    
    // Enums
    localparam LineCacheState$Clear = 0;
    localparam LineCacheState$Idle = 1;
    
    // Stub signals
    reg  [2:0] tags$read_address;
    reg  tags$read_clock;
    wire  [44:0] tags$read_data;
    reg  [2:0] tags$write_address;
    reg  tags$write_clock;
    reg  [44:0] tags$write_data;
    reg  tags$write_enable;
    reg  [9:0] lines$read_address;
    reg  lines$read_clock;
    wire  [63:0] lines$read_data;
    reg  [9:0] lines$write_address;
    reg  lines$write_clock;
    reg  [63:0] lines$write_data;
    reg  lines$write_enable;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  [42:0] key_line$d;
    wire  [42:0] key_line$q;
    reg  key_line$clock;
    reg  [13:0] counter$d;
    wire  [13:0] counter$q;
    reg  counter$clock;
    
    // Local signals
    reg  [2:0] lookup_index;
    reg  [2:0] read_index;
    reg  [2:0] write_index;
    
    // Sub module instances
    viaduct_engine$tu$walker$cache$tags tags(
        .read_address(tags$read_address),
        .read_clock(tags$read_clock),
        .read_data(tags$read_data),
        .write_address(tags$write_address),
        .write_clock(tags$write_clock),
        .write_data(tags$write_data),
        .write_enable(tags$write_enable)
    );
    viaduct_engine$tu$walker$cache$lines lines(
        .read_address(lines$read_address),
        .read_clock(lines$read_clock),
        .read_data(lines$read_data),
        .write_address(lines$write_address),
        .write_clock(lines$write_clock),
        .write_data(lines$write_data),
        .write_enable(lines$write_enable)
    );
    viaduct_engine$tu$walker$cache$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    viaduct_engine$tu$walker$cache$key_line key_line(
        .d(key_line$d),
        .q(key_line$q),
        .clock(key_line$clock)
    );
    viaduct_engine$tu$walker$cache$counter counter(
        .d(counter$d),
        .q(counter$q),
        .clock(counter$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        key_line$clock = clock;
        counter$clock = clock;
        state$d = state$q;
        key_line$d = key_line$q;
        counter$d = counter$q;
        tags$read_clock = clock;
        tags$write_clock = clock;
        lines$read_clock = clock;
        lines$write_clock = clock;
        lookup_index = ((lookup_line) & 3'h7) & pt_mask;
        read_index = ((read_line) & 3'h7) & pt_mask;
        write_index = ((write_line) & 3'h7) & pt_mask;
        if (level != 32'h0) begin
            lookup_index = upper_base + ((level) & 3'h7);
            read_index = upper_base + ((level) & 3'h7);
            write_index = upper_base + ((level) & 3'h7);
        end
        tags$read_address = lookup_index;
        key_line$d = lookup_line;
        hit = tags$read_data[valid_bit] & (tags$read_data[(32'h0)+:(43)] == key_line$q);
        bank = tags$read_data[bank_bit];
        lines$read_address = (((read_index) & 10'h3ff) << index_shift) | (((read_bank) & 10'h3ff) << bank_shift) | ((read_entry) & 10'h3ff);
        data = lines$read_data;
        lines$write_address = (((write_index) & 10'h3ff) << index_shift) | (((write_bank) & 10'h3ff) << bank_shift) | ((write_entry) & 10'h3ff);
        lines$write_data = write_data;
        lines$write_enable = write;
        tags$write_address = write_index;
        tags$write_data = valid_mask | (((write_bank) & 45'h1fffffffffff) << bank_bit) | ((write_line) & 45'h1fffffffffff);
        tags$write_enable = 1'b0;
        busy = state$q != LineCacheState$Idle;
        case (state$q)
            LineCacheState$Clear:
                begin
                    tags$write_address = ((counter$q) & 3'h7);
                    tags$write_data = 32'h0;
                    tags$write_enable = 1'b1;
                    counter$d = counter$q + 32'h1;
                    if ((counter$q + 32'h1) == entries) begin
                        state$d = LineCacheState$Idle;
                    end
                end
            LineCacheState$Idle:
                begin
                    counter$d = 32'h0;
                    if (inv_all) begin
                        state$d = LineCacheState$Clear;
                    end
                    else if (commit) begin
                        tags$write_enable = 1'b1;
                    end
                end
            default:
                begin
                    state$d = LineCacheState$Clear;
                end
        endcase
    end
    
endmodule // viaduct_engine$tu$walker$cache


module viaduct_engine$tu$walker$cache$counter(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$cache$counter


module viaduct_engine$tu$walker$cache$key_line(d,q,clock);
    
    // Module arguments
    input wire  [42:0] d;
    output reg  [42:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 43'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$cache$key_line


module viaduct_engine$tu$walker$cache$lines(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$tu$walker$cache$lines


module viaduct_engine$tu$walker$cache$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam LineCacheState$Clear = 0;
    localparam LineCacheState$Idle = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$cache$state


module viaduct_engine$tu$walker$cache$tags(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [2:0] read_address;
    input wire  read_clock;
    output reg  [44:0] read_data;
    input wire  [2:0] write_address;
    input wire  write_clock;
    input wire  [44:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[44:0] mem[7:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$tu$walker$cache$tags


module viaduct_engine$tu$walker$ea_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$ea_q


module viaduct_engine$tu$walker$entry_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$entry_q


module viaduct_engine$tu$walker$err_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$err_q


module viaduct_engine$tu$walker$id_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$id_q


module viaduct_engine$tu$walker$lce_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$lce_q


module viaduct_engine$tu$walker$level_q(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$level_q


module viaduct_engine$tu$walker$pa_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$pa_q


module viaduct_engine$tu$walker$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam WalkerState$Idle = 0;
    localparam WalkerState$Entry = 1;
    localparam WalkerState$TagWait = 2;
    localparam WalkerState$TagCheck = 3;
    localparam WalkerState$DataWait = 4;
    localparam WalkerState$IssueAr = 5;
    localparam WalkerState$WaitR = 6;
    localparam WalkerState$Decode = 7;
    localparam WalkerState$Done = 8;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$state


module viaduct_engine$tu$walker$status_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$status_q


module viaduct_engine$tu$walker$table_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$table_q


module viaduct_engine$tu$walker$tag_hit_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$tag_hit_q


module viaduct_engine$tu$walker$va_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$va_q


module viaduct_engine$tu$walker$wd(clock,limit,count,restart,after_progress,expired);
    
    // Module arguments
    input wire  clock;
    input wire  [31:0] limit;
    input wire  count;
    input wire  restart;
    input wire  after_progress;
    output reg  expired;
    
    // Stub signals
    reg  [31:0] cycles$d;
    wire  [31:0] cycles$q;
    reg  cycles$clock;
    reg  reached$d;
    wire  reached$q;
    reg  reached$clock;
    reg  limit_zero$d;
    wire  limit_zero$q;
    reg  limit_zero$clock;
    
    // Sub module instances
    viaduct_engine$tu$walker$wd$cycles cycles(
        .d(cycles$d),
        .q(cycles$q),
        .clock(cycles$clock)
    );
    viaduct_engine$tu$walker$wd$reached reached(
        .d(reached$d),
        .q(reached$q),
        .clock(reached$clock)
    );
    viaduct_engine$tu$walker$wd$limit_zero limit_zero(
        .d(limit_zero$d),
        .q(limit_zero$q),
        .clock(limit_zero$clock)
    );
    
    // Update code
    always @(*) begin
        cycles$clock = clock;
        reached$clock = clock;
        limit_zero$clock = clock;
        cycles$d = cycles$q;
        reached$d = reached$q;
        limit_zero$d = limit_zero$q;
        limit_zero$d = limit == 32'h0;
        expired = reached$q;
        reached$d = cycles$q >= limit;
        if (after_progress) begin
            expired = limit_zero$q;
            cycles$d = 32'h0;
            reached$d = limit == 32'h0;
        end
        if (count) begin
            cycles$d = cycles$q + 32'h1;
            reached$d = (((cycles$q) & 33'h1ffffffff) + 32'h1) >= ((limit) & 33'h1ffffffff);
            if (after_progress) begin
                cycles$d = 32'h1;
                reached$d = limit < 32'h2;
            end
        end
        if (restart) begin
            cycles$d = 32'h0;
            reached$d = limit == 32'h0;
        end
    end
    
endmodule // viaduct_engine$tu$walker$wd


module viaduct_engine$tu$walker$wd$cycles(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$wd$cycles


module viaduct_engine$tu$walker$wd$limit_zero(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$wd$limit_zero


module viaduct_engine$tu$walker$wd$reached(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$wd$reached


module viaduct_engine$tu$walker$writable_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$writable_q


module viaduct_engine$tu$walker$write_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$walker$write_q


module viaduct_engine$tu$write_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$tu$write_q


module viaduct_engine$vis(clock,reg_req,reg_write,reg_space,reg_vi,reg_off,reg_slot,reg_dword,reg_data,reg_rdata,doorbell,doorbell_ignored,overflow,rx_avail,eligible,take,take_vi,take_desc,take_enabled,take_pd,take_key_slot,take_sq_index,cpl_vi,cpl_addr,cpl_phase,cpl,cq_error,irq_event,event_vi,irq_valid,irq_vector,clear,busy);
    
    // Module arguments
    input wire  clock;
    input wire  reg_req;
    input wire  reg_write;
    input wire  [1:0] reg_space;
    input wire  [7:0] reg_vi;
    input wire  [11:0] reg_off;
    input wire  [7:0] reg_slot;
    input wire  [3:0] reg_dword;
    input wire  [31:0] reg_data;
    output reg  [31:0] reg_rdata;
    output reg  doorbell;
    output reg  doorbell_ignored;
    output reg  overflow;
    input wire  rx_avail;
    output reg  [3:0] eligible;
    input wire  take;
    input wire  [7:0] take_vi;
    output reg  [511:0] take_desc;
    output reg  take_enabled;
    output reg  [11:0] take_pd;
    output reg  [7:0] take_key_slot;
    output reg  [15:0] take_sq_index;
    input wire  [7:0] cpl_vi;
    output reg  [63:0] cpl_addr;
    output reg  cpl_phase;
    input wire  cpl;
    input wire  cq_error;
    input wire  irq_event;
    input wire  [7:0] event_vi;
    output reg  irq_valid;
    output reg  [10:0] irq_vector;
    input wire  clear;
    output reg  busy;
    
    // Constant declarations
    localparam  space_config = 2'b0;
    localparam  space_page = 2'b1;
    localparam  space_window = 2'b10;
    localparam  depth = 8'h8;
    localparam  slot_bits = 8'h3;
    localparam  index_ones = 16'hffff;
    localparam  one32 = 32'h1;
    localparam  low_half = 64'hffffffff;
    localparam  high_half = 64'hffffffff00000000;
    localparam  depth16 = 16'h8;
    localparam  slot_mask = 16'h7;
    localparam  cq_log2_max = 5'b1111;
    localparam  entry_shift = 8'h5;
    localparam  net_recv = 8'h4;
    localparam  opcode_dword = 4'h0;
    localparam  opcode_lsb = 8'h0;
    localparam  config_regs$0 = 12'h0;
    localparam  config_regs$1 = 12'h4;
    localparam  config_regs$2 = 12'h8;
    localparam  config_regs$3 = 12'hc;
    localparam  config_regs$4 = 12'h10;
    localparam  config_regs$5 = 12'h14;
    localparam  config_regs$6 = 12'h18;
    localparam  config_regs$7 = 12'h1c;
    localparam  page_regs$0 = 12'h0;
    localparam  page_regs$1 = 12'h4;
    localparam  page_regs$2 = 12'h8;
    localparam  page_regs$3 = 12'hc;
    localparam  page_regs$4 = 12'h10;
    localparam  page_regs$5 = 12'h14;
    localparam  page_regs$6 = 12'h18;
    localparam  r_reset = 12'h20;
    localparam  r_sq_tail = 12'h0;
    localparam  r_cq_head = 12'h8;
    localparam  f_enable = 8'h0;
    localparam  f_irq_enable = 8'h1;
    localparam  f_pd = 8'h0;
    localparam  f_key_slot = 8'h0;
    localparam  f_cq_log2 = 8'h0;
    localparam  f_count = 8'h0;
    localparam  f_timer = 8'h10;
    localparam  f_vector = 8'h0;
    localparam  f_reset = 8'h0;
    localparam  f_index = 8'h0;
    localparam  f_cq_index = 8'h0;
    localparam  f_phase = 8'h10;
    localparam  f_enabled = 8'h0;
    localparam  f_overflow = 8'h1;
    localparam  f_cq_full = 8'h2;
    localparam  f_cq_error = 8'h3;
    localparam  f_sq_depth = 8'h0;
    localparam  f_info_log2 = 8'h10;
    localparam  f_page_pd = 8'h0;
    localparam  ram_last = 5'b11111;
    
    // Stub signals
    reg  [1:0] ctrl$0$d;
    wire  [1:0] ctrl$0$q;
    reg  ctrl$0$clock;
    reg  [1:0] ctrl$1$d;
    wire  [1:0] ctrl$1$q;
    reg  ctrl$1$clock;
    reg  [1:0] ctrl$2$d;
    wire  [1:0] ctrl$2$q;
    reg  ctrl$2$clock;
    reg  [1:0] ctrl$3$d;
    wire  [1:0] ctrl$3$q;
    reg  ctrl$3$clock;
    reg  [11:0] pd$0$d;
    wire  [11:0] pd$0$q;
    reg  pd$0$clock;
    reg  [11:0] pd$1$d;
    wire  [11:0] pd$1$q;
    reg  pd$1$clock;
    reg  [11:0] pd$2$d;
    wire  [11:0] pd$2$q;
    reg  pd$2$clock;
    reg  [11:0] pd$3$d;
    wire  [11:0] pd$3$q;
    reg  pd$3$clock;
    reg  [7:0] key_slot$0$d;
    wire  [7:0] key_slot$0$q;
    reg  key_slot$0$clock;
    reg  [7:0] key_slot$1$d;
    wire  [7:0] key_slot$1$q;
    reg  key_slot$1$clock;
    reg  [7:0] key_slot$2$d;
    wire  [7:0] key_slot$2$q;
    reg  key_slot$2$clock;
    reg  [7:0] key_slot$3$d;
    wire  [7:0] key_slot$3$q;
    reg  key_slot$3$clock;
    reg  [4:0] cq_log2$0$d;
    wire  [4:0] cq_log2$0$q;
    reg  cq_log2$0$clock;
    reg  [4:0] cq_log2$1$d;
    wire  [4:0] cq_log2$1$q;
    reg  cq_log2$1$clock;
    reg  [4:0] cq_log2$2$d;
    wire  [4:0] cq_log2$2$q;
    reg  cq_log2$2$clock;
    reg  [4:0] cq_log2$3$d;
    wire  [4:0] cq_log2$3$q;
    reg  cq_log2$3$clock;
    reg  [63:0] cq_base$0$d;
    wire  [63:0] cq_base$0$q;
    reg  cq_base$0$clock;
    reg  [63:0] cq_base$1$d;
    wire  [63:0] cq_base$1$q;
    reg  cq_base$1$clock;
    reg  [63:0] cq_base$2$d;
    wire  [63:0] cq_base$2$q;
    reg  cq_base$2$clock;
    reg  [63:0] cq_base$3$d;
    wire  [63:0] cq_base$3$q;
    reg  cq_base$3$clock;
    reg  [31:0] irq_mod$0$d;
    wire  [31:0] irq_mod$0$q;
    reg  irq_mod$0$clock;
    reg  [31:0] irq_mod$1$d;
    wire  [31:0] irq_mod$1$q;
    reg  irq_mod$1$clock;
    reg  [31:0] irq_mod$2$d;
    wire  [31:0] irq_mod$2$q;
    reg  irq_mod$2$clock;
    reg  [31:0] irq_mod$3$d;
    wire  [31:0] irq_mod$3$q;
    reg  irq_mod$3$clock;
    reg  [10:0] irq_vec$0$d;
    wire  [10:0] irq_vec$0$q;
    reg  irq_vec$0$clock;
    reg  [10:0] irq_vec$1$d;
    wire  [10:0] irq_vec$1$q;
    reg  irq_vec$1$clock;
    reg  [10:0] irq_vec$2$d;
    wire  [10:0] irq_vec$2$q;
    reg  irq_vec$2$clock;
    reg  [10:0] irq_vec$3$d;
    wire  [10:0] irq_vec$3$q;
    reg  irq_vec$3$clock;
    reg  [15:0] sq_head$0$d;
    wire  [15:0] sq_head$0$q;
    reg  sq_head$0$clock;
    reg  [15:0] sq_head$1$d;
    wire  [15:0] sq_head$1$q;
    reg  sq_head$1$clock;
    reg  [15:0] sq_head$2$d;
    wire  [15:0] sq_head$2$q;
    reg  sq_head$2$clock;
    reg  [15:0] sq_head$3$d;
    wire  [15:0] sq_head$3$q;
    reg  sq_head$3$clock;
    reg  [15:0] sq_tail$0$d;
    wire  [15:0] sq_tail$0$q;
    reg  sq_tail$0$clock;
    reg  [15:0] sq_tail$1$d;
    wire  [15:0] sq_tail$1$q;
    reg  sq_tail$1$clock;
    reg  [15:0] sq_tail$2$d;
    wire  [15:0] sq_tail$2$q;
    reg  sq_tail$2$clock;
    reg  [15:0] sq_tail$3$d;
    wire  [15:0] sq_tail$3$q;
    reg  sq_tail$3$clock;
    reg  [15:0] cq_head$0$d;
    wire  [15:0] cq_head$0$q;
    reg  cq_head$0$clock;
    reg  [15:0] cq_head$1$d;
    wire  [15:0] cq_head$1$q;
    reg  cq_head$1$clock;
    reg  [15:0] cq_head$2$d;
    wire  [15:0] cq_head$2$q;
    reg  cq_head$2$clock;
    reg  [15:0] cq_head$3$d;
    wire  [15:0] cq_head$3$q;
    reg  cq_head$3$clock;
    reg  [15:0] cq_tail$0$d;
    wire  [15:0] cq_tail$0$q;
    reg  cq_tail$0$clock;
    reg  [15:0] cq_tail$1$d;
    wire  [15:0] cq_tail$1$q;
    reg  cq_tail$1$clock;
    reg  [15:0] cq_tail$2$d;
    wire  [15:0] cq_tail$2$q;
    reg  cq_tail$2$clock;
    reg  [15:0] cq_tail$3$d;
    wire  [15:0] cq_tail$3$q;
    reg  cq_tail$3$clock;
    reg  [1:0] sticky$0$d;
    wire  [1:0] sticky$0$q;
    reg  sticky$0$clock;
    reg  [1:0] sticky$1$d;
    wire  [1:0] sticky$1$q;
    reg  sticky$1$clock;
    reg  [1:0] sticky$2$d;
    wire  [1:0] sticky$2$q;
    reg  sticky$2$clock;
    reg  [1:0] sticky$3$d;
    wire  [1:0] sticky$3$q;
    reg  sticky$3$clock;
    reg  [15:0] irq_pending$0$d;
    wire  [15:0] irq_pending$0$q;
    reg  irq_pending$0$clock;
    reg  [15:0] irq_pending$1$d;
    wire  [15:0] irq_pending$1$q;
    reg  irq_pending$1$clock;
    reg  [15:0] irq_pending$2$d;
    wire  [15:0] irq_pending$2$q;
    reg  irq_pending$2$clock;
    reg  [15:0] irq_pending$3$d;
    wire  [15:0] irq_pending$3$q;
    reg  irq_pending$3$clock;
    reg  [15:0] irq_timer$0$d;
    wire  [15:0] irq_timer$0$q;
    reg  irq_timer$0$clock;
    reg  [15:0] irq_timer$1$d;
    wire  [15:0] irq_timer$1$q;
    reg  irq_timer$1$clock;
    reg  [15:0] irq_timer$2$d;
    wire  [15:0] irq_timer$2$q;
    reg  irq_timer$2$clock;
    reg  [15:0] irq_timer$3$d;
    wire  [15:0] irq_timer$3$q;
    reg  irq_timer$3$clock;
    reg  [7:0] recv$0$d;
    wire  [7:0] recv$0$q;
    reg  recv$0$clock;
    reg  [7:0] recv$1$d;
    wire  [7:0] recv$1$q;
    reg  recv$1$clock;
    reg  [7:0] recv$2$d;
    wire  [7:0] recv$2$q;
    reg  recv$2$clock;
    reg  [7:0] recv$3$d;
    wire  [7:0] recv$3$q;
    reg  recv$3$clock;
    reg  [4:0] desc$0$read_address;
    reg  desc$0$read_clock;
    wire  [31:0] desc$0$read_data;
    reg  [4:0] desc$0$write_address;
    reg  desc$0$write_clock;
    reg  [31:0] desc$0$write_data;
    reg  desc$0$write_enable;
    reg  [4:0] desc$1$read_address;
    reg  desc$1$read_clock;
    wire  [31:0] desc$1$read_data;
    reg  [4:0] desc$1$write_address;
    reg  desc$1$write_clock;
    reg  [31:0] desc$1$write_data;
    reg  desc$1$write_enable;
    reg  [4:0] desc$2$read_address;
    reg  desc$2$read_clock;
    wire  [31:0] desc$2$read_data;
    reg  [4:0] desc$2$write_address;
    reg  desc$2$write_clock;
    reg  [31:0] desc$2$write_data;
    reg  desc$2$write_enable;
    reg  [4:0] desc$3$read_address;
    reg  desc$3$read_clock;
    wire  [31:0] desc$3$read_data;
    reg  [4:0] desc$3$write_address;
    reg  desc$3$write_clock;
    reg  [31:0] desc$3$write_data;
    reg  desc$3$write_enable;
    reg  [4:0] desc$4$read_address;
    reg  desc$4$read_clock;
    wire  [31:0] desc$4$read_data;
    reg  [4:0] desc$4$write_address;
    reg  desc$4$write_clock;
    reg  [31:0] desc$4$write_data;
    reg  desc$4$write_enable;
    reg  [4:0] desc$5$read_address;
    reg  desc$5$read_clock;
    wire  [31:0] desc$5$read_data;
    reg  [4:0] desc$5$write_address;
    reg  desc$5$write_clock;
    reg  [31:0] desc$5$write_data;
    reg  desc$5$write_enable;
    reg  [4:0] desc$6$read_address;
    reg  desc$6$read_clock;
    wire  [31:0] desc$6$read_data;
    reg  [4:0] desc$6$write_address;
    reg  desc$6$write_clock;
    reg  [31:0] desc$6$write_data;
    reg  desc$6$write_enable;
    reg  [4:0] desc$7$read_address;
    reg  desc$7$read_clock;
    wire  [31:0] desc$7$read_data;
    reg  [4:0] desc$7$write_address;
    reg  desc$7$write_clock;
    reg  [31:0] desc$7$write_data;
    reg  desc$7$write_enable;
    reg  [4:0] desc$8$read_address;
    reg  desc$8$read_clock;
    wire  [31:0] desc$8$read_data;
    reg  [4:0] desc$8$write_address;
    reg  desc$8$write_clock;
    reg  [31:0] desc$8$write_data;
    reg  desc$8$write_enable;
    reg  [4:0] desc$9$read_address;
    reg  desc$9$read_clock;
    wire  [31:0] desc$9$read_data;
    reg  [4:0] desc$9$write_address;
    reg  desc$9$write_clock;
    reg  [31:0] desc$9$write_data;
    reg  desc$9$write_enable;
    reg  [4:0] desc$10$read_address;
    reg  desc$10$read_clock;
    wire  [31:0] desc$10$read_data;
    reg  [4:0] desc$10$write_address;
    reg  desc$10$write_clock;
    reg  [31:0] desc$10$write_data;
    reg  desc$10$write_enable;
    reg  [4:0] desc$11$read_address;
    reg  desc$11$read_clock;
    wire  [31:0] desc$11$read_data;
    reg  [4:0] desc$11$write_address;
    reg  desc$11$write_clock;
    reg  [31:0] desc$11$write_data;
    reg  desc$11$write_enable;
    reg  [4:0] desc$12$read_address;
    reg  desc$12$read_clock;
    wire  [31:0] desc$12$read_data;
    reg  [4:0] desc$12$write_address;
    reg  desc$12$write_clock;
    reg  [31:0] desc$12$write_data;
    reg  desc$12$write_enable;
    reg  [4:0] desc$13$read_address;
    reg  desc$13$read_clock;
    wire  [31:0] desc$13$read_data;
    reg  [4:0] desc$13$write_address;
    reg  desc$13$write_clock;
    reg  [31:0] desc$13$write_data;
    reg  desc$13$write_enable;
    reg  [4:0] desc$14$read_address;
    reg  desc$14$read_clock;
    wire  [31:0] desc$14$read_data;
    reg  [4:0] desc$14$write_address;
    reg  desc$14$write_clock;
    reg  [31:0] desc$14$write_data;
    reg  desc$14$write_enable;
    reg  [4:0] desc$15$read_address;
    reg  desc$15$read_clock;
    wire  [31:0] desc$15$read_data;
    reg  [4:0] desc$15$write_address;
    reg  desc$15$write_clock;
    reg  [31:0] desc$15$write_data;
    reg  desc$15$write_enable;
    reg  [3:0] irq_req$d;
    wire  [3:0] irq_req$q;
    reg  irq_req$clock;
    reg  [31:0] rdata$d;
    wire  [31:0] rdata$q;
    reg  rdata$clock;
    reg  [63:0] cpl_addr_q$d;
    wire  [63:0] cpl_addr_q$q;
    reg  cpl_addr_q$clock;
    reg  s_full_q$d;
    wire  s_full_q$q;
    reg  s_full_q$clock;
    reg  [3:0] cq_room$d;
    wire  [3:0] cq_room$q;
    reg  cq_room$clock;
    reg  [3:0] elig_q$d;
    wire  [3:0] elig_q$q;
    reg  elig_q$clock;
    reg  [3:0] ev_err_q$d;
    wire  [3:0] ev_err_q$q;
    reg  ev_err_q$clock;
    reg  [3:0] ev_irq_q$d;
    wire  [3:0] ev_irq_q$q;
    reg  ev_irq_q$clock;
    reg  s_phase_q$d;
    wire  s_phase_q$q;
    reg  s_phase_q$clock;
    reg  cpl_phase_q$d;
    wire  cpl_phase_q$q;
    reg  cpl_phase_q$clock;
    reg  take_enabled_q$d;
    wire  take_enabled_q$q;
    reg  take_enabled_q$clock;
    reg  [11:0] take_pd_q$d;
    wire  [11:0] take_pd_q$q;
    reg  take_pd_q$clock;
    reg  [7:0] take_key_slot_q$d;
    wire  [7:0] take_key_slot_q$q;
    reg  take_key_slot_q$clock;
    reg  [15:0] take_sq_index_q$d;
    wire  [15:0] take_sq_index_q$q;
    reg  take_sq_index_q$clock;
    reg  clearing$d;
    wire  clearing$q;
    reg  clearing$clock;
    reg  [4:0] clear_addr$d;
    wire  [4:0] clear_addr$q;
    reg  clear_addr$clock;
    reg  [1:0] s_ctrl$d;
    wire  [1:0] s_ctrl$q;
    reg  s_ctrl$clock;
    reg  [11:0] s_pd$d;
    wire  [11:0] s_pd$q;
    reg  s_pd$clock;
    reg  [7:0] s_key_slot$d;
    wire  [7:0] s_key_slot$q;
    reg  s_key_slot$clock;
    reg  [4:0] s_cq_log2$d;
    wire  [4:0] s_cq_log2$q;
    reg  s_cq_log2$clock;
    reg  [63:0] s_cq_base$d;
    wire  [63:0] s_cq_base$q;
    reg  s_cq_base$clock;
    reg  [31:0] s_irq_mod$d;
    wire  [31:0] s_irq_mod$q;
    reg  s_irq_mod$clock;
    reg  [10:0] s_irq_vec$d;
    wire  [10:0] s_irq_vec$q;
    reg  s_irq_vec$clock;
    reg  [15:0] s_sq_head$d;
    wire  [15:0] s_sq_head$q;
    reg  s_sq_head$clock;
    reg  [15:0] s_sq_tail$d;
    wire  [15:0] s_sq_tail$q;
    reg  s_sq_tail$clock;
    reg  [15:0] s_cq_head$d;
    wire  [15:0] s_cq_head$q;
    reg  s_cq_head$clock;
    reg  [15:0] s_cq_tail$d;
    wire  [15:0] s_cq_tail$q;
    reg  s_cq_tail$clock;
    reg  [1:0] s_sticky$d;
    wire  [1:0] s_sticky$q;
    reg  s_sticky$clock;
    reg  [14:0] rd_at_q$d;
    wire  [14:0] rd_at_q$q;
    reg  rd_at_q$clock;
    reg  doorbell_q$d;
    wire  doorbell_q$q;
    reg  doorbell_q$clock;
    reg  db_q$d;
    wire  db_q$q;
    reg  db_q$clock;
    reg  [7:0] db_vi_q$d;
    wire  [7:0] db_vi_q$q;
    reg  db_vi_q$clock;
    reg  [15:0] db_tail_q$d;
    wire  [15:0] db_tail_q$q;
    reg  db_tail_q$clock;
    reg  [15:0] db_head_q$d;
    wire  [15:0] db_head_q$q;
    reg  db_head_q$clock;
    reg  db_disabled_q$d;
    wire  db_disabled_q$q;
    reg  db_disabled_q$clock;
    reg  ignored_q$d;
    wire  ignored_q$q;
    reg  ignored_q$clock;
    reg  overflow_q$d;
    wire  overflow_q$q;
    reg  overflow_q$clock;
    reg  [3:0] cq_full_q$d;
    wire  [3:0] cq_full_q$q;
    reg  cq_full_q$clock;
    reg  [9:0] wr_at_q$d;
    wire  [9:0] wr_at_q$q;
    reg  wr_at_q$clock;
    reg  [3:0] wr_vi_q$d;
    wire  [3:0] wr_vi_q$q;
    reg  wr_vi_q$clock;
    reg  [31:0] wr_data_q$d;
    wire  [31:0] wr_data_q$q;
    reg  wr_data_q$clock;
    
    // Local signals
    reg  [3:0] ev_err;
    reg  [3:0] ev_irq;
    reg  [3:0] resetting;
    reg  [3:0] cq_room_now;
    reg  s_full;
    reg  [31:0] read_word;
    reg  [14:0] rd_at;
    reg  s_phase;
    reg  [15:0] take_head;
    reg  [4:0] c_shift;
    reg  [63:0] c_base;
    reg  [15:0] c_tail;
    reg  [4:0] e_shift;
    reg  o_irq_found;
    reg  db_over;
    reg  [4:0] shift;
    reg  [3:0] elig;
    reg  irq_found;
    reg  [3:0] irq_next;
    reg  [15:0] doorbell_tail;
    reg  write_cfg;
    reg  [9:0] wr_at;
    reg  [3:0] wr_vi;
    reg  write_page;
    reg  write_window;
    reg  [15:0] word_pos;
    reg  [31:0] word;
    
    // Sub module instances
    viaduct_engine$vis$ctrl$0 ctrl$0(
        .d(ctrl$0$d),
        .q(ctrl$0$q),
        .clock(ctrl$0$clock)
    );
    viaduct_engine$vis$ctrl$1 ctrl$1(
        .d(ctrl$1$d),
        .q(ctrl$1$q),
        .clock(ctrl$1$clock)
    );
    viaduct_engine$vis$ctrl$2 ctrl$2(
        .d(ctrl$2$d),
        .q(ctrl$2$q),
        .clock(ctrl$2$clock)
    );
    viaduct_engine$vis$ctrl$3 ctrl$3(
        .d(ctrl$3$d),
        .q(ctrl$3$q),
        .clock(ctrl$3$clock)
    );
    viaduct_engine$vis$pd$0 pd$0(
        .d(pd$0$d),
        .q(pd$0$q),
        .clock(pd$0$clock)
    );
    viaduct_engine$vis$pd$1 pd$1(
        .d(pd$1$d),
        .q(pd$1$q),
        .clock(pd$1$clock)
    );
    viaduct_engine$vis$pd$2 pd$2(
        .d(pd$2$d),
        .q(pd$2$q),
        .clock(pd$2$clock)
    );
    viaduct_engine$vis$pd$3 pd$3(
        .d(pd$3$d),
        .q(pd$3$q),
        .clock(pd$3$clock)
    );
    viaduct_engine$vis$key_slot$0 key_slot$0(
        .d(key_slot$0$d),
        .q(key_slot$0$q),
        .clock(key_slot$0$clock)
    );
    viaduct_engine$vis$key_slot$1 key_slot$1(
        .d(key_slot$1$d),
        .q(key_slot$1$q),
        .clock(key_slot$1$clock)
    );
    viaduct_engine$vis$key_slot$2 key_slot$2(
        .d(key_slot$2$d),
        .q(key_slot$2$q),
        .clock(key_slot$2$clock)
    );
    viaduct_engine$vis$key_slot$3 key_slot$3(
        .d(key_slot$3$d),
        .q(key_slot$3$q),
        .clock(key_slot$3$clock)
    );
    viaduct_engine$vis$cq_log2$0 cq_log2$0(
        .d(cq_log2$0$d),
        .q(cq_log2$0$q),
        .clock(cq_log2$0$clock)
    );
    viaduct_engine$vis$cq_log2$1 cq_log2$1(
        .d(cq_log2$1$d),
        .q(cq_log2$1$q),
        .clock(cq_log2$1$clock)
    );
    viaduct_engine$vis$cq_log2$2 cq_log2$2(
        .d(cq_log2$2$d),
        .q(cq_log2$2$q),
        .clock(cq_log2$2$clock)
    );
    viaduct_engine$vis$cq_log2$3 cq_log2$3(
        .d(cq_log2$3$d),
        .q(cq_log2$3$q),
        .clock(cq_log2$3$clock)
    );
    viaduct_engine$vis$cq_base$0 cq_base$0(
        .d(cq_base$0$d),
        .q(cq_base$0$q),
        .clock(cq_base$0$clock)
    );
    viaduct_engine$vis$cq_base$1 cq_base$1(
        .d(cq_base$1$d),
        .q(cq_base$1$q),
        .clock(cq_base$1$clock)
    );
    viaduct_engine$vis$cq_base$2 cq_base$2(
        .d(cq_base$2$d),
        .q(cq_base$2$q),
        .clock(cq_base$2$clock)
    );
    viaduct_engine$vis$cq_base$3 cq_base$3(
        .d(cq_base$3$d),
        .q(cq_base$3$q),
        .clock(cq_base$3$clock)
    );
    viaduct_engine$vis$irq_mod$0 irq_mod$0(
        .d(irq_mod$0$d),
        .q(irq_mod$0$q),
        .clock(irq_mod$0$clock)
    );
    viaduct_engine$vis$irq_mod$1 irq_mod$1(
        .d(irq_mod$1$d),
        .q(irq_mod$1$q),
        .clock(irq_mod$1$clock)
    );
    viaduct_engine$vis$irq_mod$2 irq_mod$2(
        .d(irq_mod$2$d),
        .q(irq_mod$2$q),
        .clock(irq_mod$2$clock)
    );
    viaduct_engine$vis$irq_mod$3 irq_mod$3(
        .d(irq_mod$3$d),
        .q(irq_mod$3$q),
        .clock(irq_mod$3$clock)
    );
    viaduct_engine$vis$irq_vec$0 irq_vec$0(
        .d(irq_vec$0$d),
        .q(irq_vec$0$q),
        .clock(irq_vec$0$clock)
    );
    viaduct_engine$vis$irq_vec$1 irq_vec$1(
        .d(irq_vec$1$d),
        .q(irq_vec$1$q),
        .clock(irq_vec$1$clock)
    );
    viaduct_engine$vis$irq_vec$2 irq_vec$2(
        .d(irq_vec$2$d),
        .q(irq_vec$2$q),
        .clock(irq_vec$2$clock)
    );
    viaduct_engine$vis$irq_vec$3 irq_vec$3(
        .d(irq_vec$3$d),
        .q(irq_vec$3$q),
        .clock(irq_vec$3$clock)
    );
    viaduct_engine$vis$sq_head$0 sq_head$0(
        .d(sq_head$0$d),
        .q(sq_head$0$q),
        .clock(sq_head$0$clock)
    );
    viaduct_engine$vis$sq_head$1 sq_head$1(
        .d(sq_head$1$d),
        .q(sq_head$1$q),
        .clock(sq_head$1$clock)
    );
    viaduct_engine$vis$sq_head$2 sq_head$2(
        .d(sq_head$2$d),
        .q(sq_head$2$q),
        .clock(sq_head$2$clock)
    );
    viaduct_engine$vis$sq_head$3 sq_head$3(
        .d(sq_head$3$d),
        .q(sq_head$3$q),
        .clock(sq_head$3$clock)
    );
    viaduct_engine$vis$sq_tail$0 sq_tail$0(
        .d(sq_tail$0$d),
        .q(sq_tail$0$q),
        .clock(sq_tail$0$clock)
    );
    viaduct_engine$vis$sq_tail$1 sq_tail$1(
        .d(sq_tail$1$d),
        .q(sq_tail$1$q),
        .clock(sq_tail$1$clock)
    );
    viaduct_engine$vis$sq_tail$2 sq_tail$2(
        .d(sq_tail$2$d),
        .q(sq_tail$2$q),
        .clock(sq_tail$2$clock)
    );
    viaduct_engine$vis$sq_tail$3 sq_tail$3(
        .d(sq_tail$3$d),
        .q(sq_tail$3$q),
        .clock(sq_tail$3$clock)
    );
    viaduct_engine$vis$cq_head$0 cq_head$0(
        .d(cq_head$0$d),
        .q(cq_head$0$q),
        .clock(cq_head$0$clock)
    );
    viaduct_engine$vis$cq_head$1 cq_head$1(
        .d(cq_head$1$d),
        .q(cq_head$1$q),
        .clock(cq_head$1$clock)
    );
    viaduct_engine$vis$cq_head$2 cq_head$2(
        .d(cq_head$2$d),
        .q(cq_head$2$q),
        .clock(cq_head$2$clock)
    );
    viaduct_engine$vis$cq_head$3 cq_head$3(
        .d(cq_head$3$d),
        .q(cq_head$3$q),
        .clock(cq_head$3$clock)
    );
    viaduct_engine$vis$cq_tail$0 cq_tail$0(
        .d(cq_tail$0$d),
        .q(cq_tail$0$q),
        .clock(cq_tail$0$clock)
    );
    viaduct_engine$vis$cq_tail$1 cq_tail$1(
        .d(cq_tail$1$d),
        .q(cq_tail$1$q),
        .clock(cq_tail$1$clock)
    );
    viaduct_engine$vis$cq_tail$2 cq_tail$2(
        .d(cq_tail$2$d),
        .q(cq_tail$2$q),
        .clock(cq_tail$2$clock)
    );
    viaduct_engine$vis$cq_tail$3 cq_tail$3(
        .d(cq_tail$3$d),
        .q(cq_tail$3$q),
        .clock(cq_tail$3$clock)
    );
    viaduct_engine$vis$sticky$0 sticky$0(
        .d(sticky$0$d),
        .q(sticky$0$q),
        .clock(sticky$0$clock)
    );
    viaduct_engine$vis$sticky$1 sticky$1(
        .d(sticky$1$d),
        .q(sticky$1$q),
        .clock(sticky$1$clock)
    );
    viaduct_engine$vis$sticky$2 sticky$2(
        .d(sticky$2$d),
        .q(sticky$2$q),
        .clock(sticky$2$clock)
    );
    viaduct_engine$vis$sticky$3 sticky$3(
        .d(sticky$3$d),
        .q(sticky$3$q),
        .clock(sticky$3$clock)
    );
    viaduct_engine$vis$irq_pending$0 irq_pending$0(
        .d(irq_pending$0$d),
        .q(irq_pending$0$q),
        .clock(irq_pending$0$clock)
    );
    viaduct_engine$vis$irq_pending$1 irq_pending$1(
        .d(irq_pending$1$d),
        .q(irq_pending$1$q),
        .clock(irq_pending$1$clock)
    );
    viaduct_engine$vis$irq_pending$2 irq_pending$2(
        .d(irq_pending$2$d),
        .q(irq_pending$2$q),
        .clock(irq_pending$2$clock)
    );
    viaduct_engine$vis$irq_pending$3 irq_pending$3(
        .d(irq_pending$3$d),
        .q(irq_pending$3$q),
        .clock(irq_pending$3$clock)
    );
    viaduct_engine$vis$irq_timer$0 irq_timer$0(
        .d(irq_timer$0$d),
        .q(irq_timer$0$q),
        .clock(irq_timer$0$clock)
    );
    viaduct_engine$vis$irq_timer$1 irq_timer$1(
        .d(irq_timer$1$d),
        .q(irq_timer$1$q),
        .clock(irq_timer$1$clock)
    );
    viaduct_engine$vis$irq_timer$2 irq_timer$2(
        .d(irq_timer$2$d),
        .q(irq_timer$2$q),
        .clock(irq_timer$2$clock)
    );
    viaduct_engine$vis$irq_timer$3 irq_timer$3(
        .d(irq_timer$3$d),
        .q(irq_timer$3$q),
        .clock(irq_timer$3$clock)
    );
    viaduct_engine$vis$recv$0 recv$0(
        .d(recv$0$d),
        .q(recv$0$q),
        .clock(recv$0$clock)
    );
    viaduct_engine$vis$recv$1 recv$1(
        .d(recv$1$d),
        .q(recv$1$q),
        .clock(recv$1$clock)
    );
    viaduct_engine$vis$recv$2 recv$2(
        .d(recv$2$d),
        .q(recv$2$q),
        .clock(recv$2$clock)
    );
    viaduct_engine$vis$recv$3 recv$3(
        .d(recv$3$d),
        .q(recv$3$q),
        .clock(recv$3$clock)
    );
    viaduct_engine$vis$desc$0 desc$0(
        .read_address(desc$0$read_address),
        .read_clock(desc$0$read_clock),
        .read_data(desc$0$read_data),
        .write_address(desc$0$write_address),
        .write_clock(desc$0$write_clock),
        .write_data(desc$0$write_data),
        .write_enable(desc$0$write_enable)
    );
    viaduct_engine$vis$desc$1 desc$1(
        .read_address(desc$1$read_address),
        .read_clock(desc$1$read_clock),
        .read_data(desc$1$read_data),
        .write_address(desc$1$write_address),
        .write_clock(desc$1$write_clock),
        .write_data(desc$1$write_data),
        .write_enable(desc$1$write_enable)
    );
    viaduct_engine$vis$desc$2 desc$2(
        .read_address(desc$2$read_address),
        .read_clock(desc$2$read_clock),
        .read_data(desc$2$read_data),
        .write_address(desc$2$write_address),
        .write_clock(desc$2$write_clock),
        .write_data(desc$2$write_data),
        .write_enable(desc$2$write_enable)
    );
    viaduct_engine$vis$desc$3 desc$3(
        .read_address(desc$3$read_address),
        .read_clock(desc$3$read_clock),
        .read_data(desc$3$read_data),
        .write_address(desc$3$write_address),
        .write_clock(desc$3$write_clock),
        .write_data(desc$3$write_data),
        .write_enable(desc$3$write_enable)
    );
    viaduct_engine$vis$desc$4 desc$4(
        .read_address(desc$4$read_address),
        .read_clock(desc$4$read_clock),
        .read_data(desc$4$read_data),
        .write_address(desc$4$write_address),
        .write_clock(desc$4$write_clock),
        .write_data(desc$4$write_data),
        .write_enable(desc$4$write_enable)
    );
    viaduct_engine$vis$desc$5 desc$5(
        .read_address(desc$5$read_address),
        .read_clock(desc$5$read_clock),
        .read_data(desc$5$read_data),
        .write_address(desc$5$write_address),
        .write_clock(desc$5$write_clock),
        .write_data(desc$5$write_data),
        .write_enable(desc$5$write_enable)
    );
    viaduct_engine$vis$desc$6 desc$6(
        .read_address(desc$6$read_address),
        .read_clock(desc$6$read_clock),
        .read_data(desc$6$read_data),
        .write_address(desc$6$write_address),
        .write_clock(desc$6$write_clock),
        .write_data(desc$6$write_data),
        .write_enable(desc$6$write_enable)
    );
    viaduct_engine$vis$desc$7 desc$7(
        .read_address(desc$7$read_address),
        .read_clock(desc$7$read_clock),
        .read_data(desc$7$read_data),
        .write_address(desc$7$write_address),
        .write_clock(desc$7$write_clock),
        .write_data(desc$7$write_data),
        .write_enable(desc$7$write_enable)
    );
    viaduct_engine$vis$desc$8 desc$8(
        .read_address(desc$8$read_address),
        .read_clock(desc$8$read_clock),
        .read_data(desc$8$read_data),
        .write_address(desc$8$write_address),
        .write_clock(desc$8$write_clock),
        .write_data(desc$8$write_data),
        .write_enable(desc$8$write_enable)
    );
    viaduct_engine$vis$desc$9 desc$9(
        .read_address(desc$9$read_address),
        .read_clock(desc$9$read_clock),
        .read_data(desc$9$read_data),
        .write_address(desc$9$write_address),
        .write_clock(desc$9$write_clock),
        .write_data(desc$9$write_data),
        .write_enable(desc$9$write_enable)
    );
    viaduct_engine$vis$desc$10 desc$10(
        .read_address(desc$10$read_address),
        .read_clock(desc$10$read_clock),
        .read_data(desc$10$read_data),
        .write_address(desc$10$write_address),
        .write_clock(desc$10$write_clock),
        .write_data(desc$10$write_data),
        .write_enable(desc$10$write_enable)
    );
    viaduct_engine$vis$desc$11 desc$11(
        .read_address(desc$11$read_address),
        .read_clock(desc$11$read_clock),
        .read_data(desc$11$read_data),
        .write_address(desc$11$write_address),
        .write_clock(desc$11$write_clock),
        .write_data(desc$11$write_data),
        .write_enable(desc$11$write_enable)
    );
    viaduct_engine$vis$desc$12 desc$12(
        .read_address(desc$12$read_address),
        .read_clock(desc$12$read_clock),
        .read_data(desc$12$read_data),
        .write_address(desc$12$write_address),
        .write_clock(desc$12$write_clock),
        .write_data(desc$12$write_data),
        .write_enable(desc$12$write_enable)
    );
    viaduct_engine$vis$desc$13 desc$13(
        .read_address(desc$13$read_address),
        .read_clock(desc$13$read_clock),
        .read_data(desc$13$read_data),
        .write_address(desc$13$write_address),
        .write_clock(desc$13$write_clock),
        .write_data(desc$13$write_data),
        .write_enable(desc$13$write_enable)
    );
    viaduct_engine$vis$desc$14 desc$14(
        .read_address(desc$14$read_address),
        .read_clock(desc$14$read_clock),
        .read_data(desc$14$read_data),
        .write_address(desc$14$write_address),
        .write_clock(desc$14$write_clock),
        .write_data(desc$14$write_data),
        .write_enable(desc$14$write_enable)
    );
    viaduct_engine$vis$desc$15 desc$15(
        .read_address(desc$15$read_address),
        .read_clock(desc$15$read_clock),
        .read_data(desc$15$read_data),
        .write_address(desc$15$write_address),
        .write_clock(desc$15$write_clock),
        .write_data(desc$15$write_data),
        .write_enable(desc$15$write_enable)
    );
    viaduct_engine$vis$irq_req irq_req(
        .d(irq_req$d),
        .q(irq_req$q),
        .clock(irq_req$clock)
    );
    viaduct_engine$vis$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    viaduct_engine$vis$cpl_addr_q cpl_addr_q(
        .d(cpl_addr_q$d),
        .q(cpl_addr_q$q),
        .clock(cpl_addr_q$clock)
    );
    viaduct_engine$vis$s_full_q s_full_q(
        .d(s_full_q$d),
        .q(s_full_q$q),
        .clock(s_full_q$clock)
    );
    viaduct_engine$vis$cq_room cq_room(
        .d(cq_room$d),
        .q(cq_room$q),
        .clock(cq_room$clock)
    );
    viaduct_engine$vis$elig_q elig_q(
        .d(elig_q$d),
        .q(elig_q$q),
        .clock(elig_q$clock)
    );
    viaduct_engine$vis$ev_err_q ev_err_q(
        .d(ev_err_q$d),
        .q(ev_err_q$q),
        .clock(ev_err_q$clock)
    );
    viaduct_engine$vis$ev_irq_q ev_irq_q(
        .d(ev_irq_q$d),
        .q(ev_irq_q$q),
        .clock(ev_irq_q$clock)
    );
    viaduct_engine$vis$s_phase_q s_phase_q(
        .d(s_phase_q$d),
        .q(s_phase_q$q),
        .clock(s_phase_q$clock)
    );
    viaduct_engine$vis$cpl_phase_q cpl_phase_q(
        .d(cpl_phase_q$d),
        .q(cpl_phase_q$q),
        .clock(cpl_phase_q$clock)
    );
    viaduct_engine$vis$take_enabled_q take_enabled_q(
        .d(take_enabled_q$d),
        .q(take_enabled_q$q),
        .clock(take_enabled_q$clock)
    );
    viaduct_engine$vis$take_pd_q take_pd_q(
        .d(take_pd_q$d),
        .q(take_pd_q$q),
        .clock(take_pd_q$clock)
    );
    viaduct_engine$vis$take_key_slot_q take_key_slot_q(
        .d(take_key_slot_q$d),
        .q(take_key_slot_q$q),
        .clock(take_key_slot_q$clock)
    );
    viaduct_engine$vis$take_sq_index_q take_sq_index_q(
        .d(take_sq_index_q$d),
        .q(take_sq_index_q$q),
        .clock(take_sq_index_q$clock)
    );
    viaduct_engine$vis$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    viaduct_engine$vis$clear_addr clear_addr(
        .d(clear_addr$d),
        .q(clear_addr$q),
        .clock(clear_addr$clock)
    );
    viaduct_engine$vis$s_ctrl s_ctrl(
        .d(s_ctrl$d),
        .q(s_ctrl$q),
        .clock(s_ctrl$clock)
    );
    viaduct_engine$vis$s_pd s_pd(
        .d(s_pd$d),
        .q(s_pd$q),
        .clock(s_pd$clock)
    );
    viaduct_engine$vis$s_key_slot s_key_slot(
        .d(s_key_slot$d),
        .q(s_key_slot$q),
        .clock(s_key_slot$clock)
    );
    viaduct_engine$vis$s_cq_log2 s_cq_log2(
        .d(s_cq_log2$d),
        .q(s_cq_log2$q),
        .clock(s_cq_log2$clock)
    );
    viaduct_engine$vis$s_cq_base s_cq_base(
        .d(s_cq_base$d),
        .q(s_cq_base$q),
        .clock(s_cq_base$clock)
    );
    viaduct_engine$vis$s_irq_mod s_irq_mod(
        .d(s_irq_mod$d),
        .q(s_irq_mod$q),
        .clock(s_irq_mod$clock)
    );
    viaduct_engine$vis$s_irq_vec s_irq_vec(
        .d(s_irq_vec$d),
        .q(s_irq_vec$q),
        .clock(s_irq_vec$clock)
    );
    viaduct_engine$vis$s_sq_head s_sq_head(
        .d(s_sq_head$d),
        .q(s_sq_head$q),
        .clock(s_sq_head$clock)
    );
    viaduct_engine$vis$s_sq_tail s_sq_tail(
        .d(s_sq_tail$d),
        .q(s_sq_tail$q),
        .clock(s_sq_tail$clock)
    );
    viaduct_engine$vis$s_cq_head s_cq_head(
        .d(s_cq_head$d),
        .q(s_cq_head$q),
        .clock(s_cq_head$clock)
    );
    viaduct_engine$vis$s_cq_tail s_cq_tail(
        .d(s_cq_tail$d),
        .q(s_cq_tail$q),
        .clock(s_cq_tail$clock)
    );
    viaduct_engine$vis$s_sticky s_sticky(
        .d(s_sticky$d),
        .q(s_sticky$q),
        .clock(s_sticky$clock)
    );
    viaduct_engine$vis$rd_at_q rd_at_q(
        .d(rd_at_q$d),
        .q(rd_at_q$q),
        .clock(rd_at_q$clock)
    );
    viaduct_engine$vis$doorbell_q doorbell_q(
        .d(doorbell_q$d),
        .q(doorbell_q$q),
        .clock(doorbell_q$clock)
    );
    viaduct_engine$vis$db_q db_q(
        .d(db_q$d),
        .q(db_q$q),
        .clock(db_q$clock)
    );
    viaduct_engine$vis$db_vi_q db_vi_q(
        .d(db_vi_q$d),
        .q(db_vi_q$q),
        .clock(db_vi_q$clock)
    );
    viaduct_engine$vis$db_tail_q db_tail_q(
        .d(db_tail_q$d),
        .q(db_tail_q$q),
        .clock(db_tail_q$clock)
    );
    viaduct_engine$vis$db_head_q db_head_q(
        .d(db_head_q$d),
        .q(db_head_q$q),
        .clock(db_head_q$clock)
    );
    viaduct_engine$vis$db_disabled_q db_disabled_q(
        .d(db_disabled_q$d),
        .q(db_disabled_q$q),
        .clock(db_disabled_q$clock)
    );
    viaduct_engine$vis$ignored_q ignored_q(
        .d(ignored_q$d),
        .q(ignored_q$q),
        .clock(ignored_q$clock)
    );
    viaduct_engine$vis$overflow_q overflow_q(
        .d(overflow_q$d),
        .q(overflow_q$q),
        .clock(overflow_q$clock)
    );
    viaduct_engine$vis$cq_full_q cq_full_q(
        .d(cq_full_q$d),
        .q(cq_full_q$q),
        .clock(cq_full_q$clock)
    );
    viaduct_engine$vis$wr_at_q wr_at_q(
        .d(wr_at_q$d),
        .q(wr_at_q$q),
        .clock(wr_at_q$clock)
    );
    viaduct_engine$vis$wr_vi_q wr_vi_q(
        .d(wr_vi_q$d),
        .q(wr_vi_q$q),
        .clock(wr_vi_q$clock)
    );
    viaduct_engine$vis$wr_data_q wr_data_q(
        .d(wr_data_q$d),
        .q(wr_data_q$q),
        .clock(wr_data_q$clock)
    );
    
    // Update code
    always @(*) begin
        irq_req$clock = clock;
        rdata$clock = clock;
        rd_at_q$clock = clock;
        wr_at_q$clock = clock;
        wr_vi_q$clock = clock;
        wr_data_q$clock = clock;
        cq_room$clock = clock;
        cq_full_q$clock = clock;
        elig_q$clock = clock;
        ev_err_q$clock = clock;
        ev_irq_q$clock = clock;
        cpl_addr_q$clock = clock;
        s_full_q$clock = clock;
        s_phase_q$clock = clock;
        s_ctrl$clock = clock;
        s_pd$clock = clock;
        s_key_slot$clock = clock;
        s_cq_log2$clock = clock;
        s_cq_base$clock = clock;
        s_irq_mod$clock = clock;
        s_irq_vec$clock = clock;
        s_sq_head$clock = clock;
        s_sq_tail$clock = clock;
        s_cq_head$clock = clock;
        s_cq_tail$clock = clock;
        s_sticky$clock = clock;
        cpl_phase_q$clock = clock;
        take_enabled_q$clock = clock;
        take_pd_q$clock = clock;
        take_key_slot_q$clock = clock;
        take_sq_index_q$clock = clock;
        clearing$clock = clock;
        clear_addr$clock = clock;
        doorbell_q$clock = clock;
        db_q$clock = clock;
        db_vi_q$clock = clock;
        db_tail_q$clock = clock;
        db_disabled_q$clock = clock;
        db_head_q$clock = clock;
        ignored_q$clock = clock;
        overflow_q$clock = clock;
        irq_req$d = irq_req$q;
        rdata$d = rdata$q;
        rd_at_q$d = rd_at_q$q;
        wr_at_q$d = wr_at_q$q;
        wr_vi_q$d = wr_vi_q$q;
        wr_data_q$d = wr_data_q$q;
        cq_room$d = cq_room$q;
        cq_full_q$d = cq_full_q$q;
        elig_q$d = elig_q$q;
        ev_err_q$d = ev_err_q$q;
        ev_irq_q$d = ev_irq_q$q;
        cpl_addr_q$d = cpl_addr_q$q;
        s_full_q$d = s_full_q$q;
        s_phase_q$d = s_phase_q$q;
        s_ctrl$d = s_ctrl$q;
        s_pd$d = s_pd$q;
        s_key_slot$d = s_key_slot$q;
        s_cq_log2$d = s_cq_log2$q;
        s_cq_base$d = s_cq_base$q;
        s_irq_mod$d = s_irq_mod$q;
        s_irq_vec$d = s_irq_vec$q;
        s_sq_head$d = s_sq_head$q;
        s_sq_tail$d = s_sq_tail$q;
        s_cq_head$d = s_cq_head$q;
        s_cq_tail$d = s_cq_tail$q;
        s_sticky$d = s_sticky$q;
        cpl_phase_q$d = cpl_phase_q$q;
        take_enabled_q$d = take_enabled_q$q;
        take_pd_q$d = take_pd_q$q;
        take_key_slot_q$d = take_key_slot_q$q;
        take_sq_index_q$d = take_sq_index_q$q;
        clearing$d = clearing$q;
        clear_addr$d = clear_addr$q;
        doorbell_q$d = doorbell_q$q;
        db_q$d = db_q$q;
        db_vi_q$d = db_vi_q$q;
        db_tail_q$d = db_tail_q$q;
        db_disabled_q$d = db_disabled_q$q;
        db_head_q$d = db_head_q$q;
        ignored_q$d = ignored_q$q;
        overflow_q$d = overflow_q$q;
        write_cfg = reg_req & reg_write & (reg_space == space_config);
        write_page = reg_req & reg_write & (reg_space == space_page);
        write_window = reg_req & reg_write & (reg_space == space_window) & (reg_slot < depth);
        doorbell_tail = reg_data[(f_index)+:(16)];
        wr_at = 32'h0;
        if (write_cfg & (reg_off == config_regs$0)) begin
            wr_at = (wr_at & ~(1 << (0)) | ((1'b1) << (0)));
        end
        if (write_cfg & (reg_off == config_regs$1)) begin
            wr_at = (wr_at & ~(1 << (1)) | ((1'b1) << (1)));
        end
        if (write_cfg & (reg_off == config_regs$2)) begin
            wr_at = (wr_at & ~(1 << (2)) | ((1'b1) << (2)));
        end
        if (write_cfg & (reg_off == config_regs$3)) begin
            wr_at = (wr_at & ~(1 << (3)) | ((1'b1) << (3)));
        end
        if (write_cfg & (reg_off == config_regs$4)) begin
            wr_at = (wr_at & ~(1 << (4)) | ((1'b1) << (4)));
        end
        if (write_cfg & (reg_off == config_regs$5)) begin
            wr_at = (wr_at & ~(1 << (5)) | ((1'b1) << (5)));
        end
        if (write_cfg & (reg_off == config_regs$6)) begin
            wr_at = (wr_at & ~(1 << (6)) | ((1'b1) << (6)));
        end
        if (write_cfg & (reg_off == config_regs$7)) begin
            wr_at = (wr_at & ~(1 << (7)) | ((1'b1) << (7)));
        end
        if (write_cfg & (reg_off == r_reset) & reg_data[f_reset]) begin
            wr_at = (wr_at & ~(1 << (32'h8)) | ((1'b1) << (32'h8)));
        end
        if (write_page & (reg_off == r_cq_head)) begin
            wr_at = (wr_at & ~(1 << (32'h9)) | ((1'b1) << (32'h9)));
        end
        wr_at_q$d = wr_at;
        wr_data_q$d = reg_data;
        doorbell = doorbell_q$q;
        doorbell_ignored = ignored_q$q;
        overflow = overflow_q$q;
        reg_rdata = rdata$q;
        take_enabled = take_enabled_q$q;
        take_pd = take_pd_q$q;
        take_key_slot = take_key_slot_q$q;
        take_sq_index = take_sq_index_q$q;
        busy = clearing$q;
        doorbell_q$d = 1'b0;
        db_q$d = 1'b0;
        db_vi_q$d = reg_vi;
        db_tail_q$d = doorbell_tail;
        db_head_q$d = 32'h0;
        db_over = (db_tail_q$q - db_head_q$q) > depth16;
        ignored_q$d = 1'b0;
        overflow_q$d = 1'b0;
        s_ctrl$d = 32'h0;
        s_pd$d = 32'h0;
        s_key_slot$d = 32'h0;
        s_cq_log2$d = 32'h0;
        s_cq_base$d = 32'h0;
        s_irq_mod$d = 32'h0;
        s_irq_vec$d = 32'h0;
        s_sq_head$d = 32'h0;
        s_sq_tail$d = 32'h0;
        s_cq_head$d = 32'h0;
        s_cq_tail$d = 32'h0;
        s_sticky$d = 32'h0;
        s_full = 1'b0;
        s_phase = 1'b0;
        take_head = 32'h0;
        irq_next = irq_req$q;
        ev_err = 32'h0;
        ev_irq = 32'h0;
        resetting = 32'h0;
        wr_vi = 32'h0;
        ctrl$0$clock = clock;
        pd$0$clock = clock;
        key_slot$0$clock = clock;
        cq_log2$0$clock = clock;
        cq_base$0$clock = clock;
        irq_mod$0$clock = clock;
        irq_vec$0$clock = clock;
        sq_head$0$clock = clock;
        sq_tail$0$clock = clock;
        cq_head$0$clock = clock;
        cq_tail$0$clock = clock;
        sticky$0$clock = clock;
        irq_pending$0$clock = clock;
        irq_timer$0$clock = clock;
        recv$0$clock = clock;
        ctrl$0$d = ctrl$0$q;
        pd$0$d = pd$0$q;
        key_slot$0$d = key_slot$0$q;
        cq_log2$0$d = cq_log2$0$q;
        cq_base$0$d = cq_base$0$q;
        irq_mod$0$d = irq_mod$0$q;
        irq_vec$0$d = irq_vec$0$q;
        sq_head$0$d = sq_head$0$q;
        sq_tail$0$d = sq_tail$0$q;
        cq_head$0$d = cq_head$0$q;
        cq_tail$0$d = cq_tail$0$q;
        sticky$0$d = sticky$0$q;
        irq_pending$0$d = irq_pending$0$q;
        irq_timer$0$d = irq_timer$0$q;
        recv$0$d = recv$0$q;
        shift = cq_log2$0$q;
        if (shift > cq_log2_max) begin
            shift = cq_log2_max;
        end
        if (reg_vi == 0) begin
            wr_vi = (wr_vi & ~(1 << (0)) | ((1'b1) << (0)));
            s_ctrl$d = ctrl$0$q;
            s_pd$d = pd$0$q;
            s_key_slot$d = key_slot$0$q;
            s_cq_log2$d = cq_log2$0$q;
            s_cq_base$d = cq_base$0$q;
            s_irq_mod$d = irq_mod$0$q;
            s_irq_vec$d = irq_vec$0$q;
            s_sq_head$d = sq_head$0$q;
            db_head_q$d = sq_head$0$q;
            s_sq_tail$d = sq_tail$0$q;
            s_cq_head$d = cq_head$0$q;
            s_cq_tail$d = cq_tail$0$q;
            s_sticky$d = sticky$0$q;
            s_full = cq_full_q$q[0];
            s_phase = ~|((cq_tail$0$q >> shift) & 32'h1);
            if (wr_vi_q$q[0]) begin
                if (wr_at_q$q[32'h0]) begin
                    ctrl$0$d = (((wr_data_q$q[(f_enable)+:(1)]) & 2'h3)) | (((wr_data_q$q[(f_irq_enable)+:(1)]) & 2'h3) << 32'h1);
                end
                if (wr_at_q$q[32'h1]) begin
                    pd$0$d = wr_data_q$q[(f_pd)+:(12)];
                end
                if (wr_at_q$q[32'h2]) begin
                    key_slot$0$d = wr_data_q$q[(f_key_slot)+:(8)];
                end
                if (wr_at_q$q[32'h3]) begin
                    cq_log2$0$d = wr_data_q$q[(f_cq_log2)+:(5)];
                end
                if (wr_at_q$q[32'h4]) begin
                    cq_base$0$d = (cq_base$0$q & high_half) | ((wr_data_q$q) & 64'hffffffffffffffff);
                end
                if (wr_at_q$q[32'h5]) begin
                    cq_base$0$d = (cq_base$0$q & low_half) | (((wr_data_q$q) & 64'hffffffffffffffff) << 32'h20);
                end
                if (wr_at_q$q[32'h6]) begin
                    irq_mod$0$d = wr_data_q$q;
                end
                if (wr_at_q$q[32'h7]) begin
                    irq_vec$0$d = wr_data_q$q[(f_vector)+:(11)];
                end
                if (wr_at_q$q[32'h8] & ~ctrl$0$q[f_enable]) begin
                    sq_head$0$d = 32'h0;
                    sq_tail$0$d = 32'h0;
                    cq_head$0$d = 32'h0;
                    cq_tail$0$d = 32'h0;
                    sticky$0$d = 32'h0;
                    irq_pending$0$d = 32'h0;
                    irq_timer$0$d = 32'h0;
                    resetting = (resetting & ~(1 << (0)) | ((1'b1) << (0)));
                end
                if (wr_at_q$q[32'h9]) begin
                    cq_head$0$d = wr_data_q$q[(f_cq_index)+:(16)];
                end
            end
            if (write_page & (reg_off == r_sq_tail)) begin
                db_q$d = 1'b1;
                db_disabled_q$d = ~ctrl$0$q[f_enable];
            end
            if (write_window & (reg_dword == opcode_dword)) begin
                recv$0$d = (recv$0$q & ~(1 << (reg_slot)) | ((reg_data[(opcode_lsb)+:(8)] == net_recv) << (reg_slot)));
            end
        end
        if (db_q$q & (db_vi_q$q == 0)) begin
            if (db_disabled_q$q) begin
                ignored_q$d = 1'b1;
            end
            else if (db_over) begin
                sticky$0$d = sticky$0$q | 32'h1;
                overflow_q$d = 1'b1;
            end
            else begin
                sq_tail$0$d = db_tail_q$q;
                doorbell_q$d = 1'b1;
            end
        end
        if (take_vi == 0) begin
            take_head = sq_head$0$q;
            if (take) begin
                sq_head$0$d = sq_head$0$q + 32'h1;
                take_enabled_q$d = ctrl$0$q[f_enable];
                take_pd_q$d = pd$0$q;
                take_key_slot_q$d = key_slot$0$q;
                take_sq_index_q$d = sq_head$0$q;
            end
        end
        if (cpl & (cpl_vi == 0)) begin
            cq_tail$0$d = cq_tail$0$q + 32'h1;
        end
        if (|irq_timer$0$q) begin
            irq_timer$0$d = irq_timer$0$q - 32'h1;
            if (irq_timer$0$q == 32'h1) begin
                irq_pending$0$d = 32'h0;
                if (|irq_pending$0$q) begin
                    irq_next = (irq_next & ~(1 << (0)) | ((1'b1) << (0)));
                end
            end
        end
        if (event_vi == 0) begin
            ev_err = (ev_err & ~(1 << (0)) | ((cq_error) << (0)));
            ev_irq = (ev_irq & ~(1 << (0)) | ((irq_event & ctrl$0$q[f_irq_enable]) << (0)));
        end
        if (ev_err_q$q[0] & ~resetting[0]) begin
            sticky$0$d = sticky$0$d | 32'h2;
        end
        if (ev_irq_q$q[0] & ~resetting[0]) begin
            if ((irq_pending$0$q + 32'h1) >= irq_mod$0$q[(f_count)+:(16)]) begin
                irq_pending$0$d = 32'h0;
                irq_timer$0$d = 32'h0;
                irq_next = (irq_next & ~(1 << (0)) | ((1'b1) << (0)));
            end
            else begin
                irq_pending$0$d = irq_pending$0$q + 32'h1;
                if (~|irq_pending$0$q) begin
                    irq_timer$0$d = irq_mod$0$q[(f_timer)+:(16)];
                end
            end
        end
        ctrl$1$clock = clock;
        pd$1$clock = clock;
        key_slot$1$clock = clock;
        cq_log2$1$clock = clock;
        cq_base$1$clock = clock;
        irq_mod$1$clock = clock;
        irq_vec$1$clock = clock;
        sq_head$1$clock = clock;
        sq_tail$1$clock = clock;
        cq_head$1$clock = clock;
        cq_tail$1$clock = clock;
        sticky$1$clock = clock;
        irq_pending$1$clock = clock;
        irq_timer$1$clock = clock;
        recv$1$clock = clock;
        ctrl$1$d = ctrl$1$q;
        pd$1$d = pd$1$q;
        key_slot$1$d = key_slot$1$q;
        cq_log2$1$d = cq_log2$1$q;
        cq_base$1$d = cq_base$1$q;
        irq_mod$1$d = irq_mod$1$q;
        irq_vec$1$d = irq_vec$1$q;
        sq_head$1$d = sq_head$1$q;
        sq_tail$1$d = sq_tail$1$q;
        cq_head$1$d = cq_head$1$q;
        cq_tail$1$d = cq_tail$1$q;
        sticky$1$d = sticky$1$q;
        irq_pending$1$d = irq_pending$1$q;
        irq_timer$1$d = irq_timer$1$q;
        recv$1$d = recv$1$q;
        shift = cq_log2$1$q;
        if (shift > cq_log2_max) begin
            shift = cq_log2_max;
        end
        if (reg_vi == 1) begin
            wr_vi = (wr_vi & ~(1 << (1)) | ((1'b1) << (1)));
            s_ctrl$d = ctrl$1$q;
            s_pd$d = pd$1$q;
            s_key_slot$d = key_slot$1$q;
            s_cq_log2$d = cq_log2$1$q;
            s_cq_base$d = cq_base$1$q;
            s_irq_mod$d = irq_mod$1$q;
            s_irq_vec$d = irq_vec$1$q;
            s_sq_head$d = sq_head$1$q;
            db_head_q$d = sq_head$1$q;
            s_sq_tail$d = sq_tail$1$q;
            s_cq_head$d = cq_head$1$q;
            s_cq_tail$d = cq_tail$1$q;
            s_sticky$d = sticky$1$q;
            s_full = cq_full_q$q[1];
            s_phase = ~|((cq_tail$1$q >> shift) & 32'h1);
            if (wr_vi_q$q[1]) begin
                if (wr_at_q$q[32'h0]) begin
                    ctrl$1$d = (((wr_data_q$q[(f_enable)+:(1)]) & 2'h3)) | (((wr_data_q$q[(f_irq_enable)+:(1)]) & 2'h3) << 32'h1);
                end
                if (wr_at_q$q[32'h1]) begin
                    pd$1$d = wr_data_q$q[(f_pd)+:(12)];
                end
                if (wr_at_q$q[32'h2]) begin
                    key_slot$1$d = wr_data_q$q[(f_key_slot)+:(8)];
                end
                if (wr_at_q$q[32'h3]) begin
                    cq_log2$1$d = wr_data_q$q[(f_cq_log2)+:(5)];
                end
                if (wr_at_q$q[32'h4]) begin
                    cq_base$1$d = (cq_base$1$q & high_half) | ((wr_data_q$q) & 64'hffffffffffffffff);
                end
                if (wr_at_q$q[32'h5]) begin
                    cq_base$1$d = (cq_base$1$q & low_half) | (((wr_data_q$q) & 64'hffffffffffffffff) << 32'h20);
                end
                if (wr_at_q$q[32'h6]) begin
                    irq_mod$1$d = wr_data_q$q;
                end
                if (wr_at_q$q[32'h7]) begin
                    irq_vec$1$d = wr_data_q$q[(f_vector)+:(11)];
                end
                if (wr_at_q$q[32'h8] & ~ctrl$1$q[f_enable]) begin
                    sq_head$1$d = 32'h0;
                    sq_tail$1$d = 32'h0;
                    cq_head$1$d = 32'h0;
                    cq_tail$1$d = 32'h0;
                    sticky$1$d = 32'h0;
                    irq_pending$1$d = 32'h0;
                    irq_timer$1$d = 32'h0;
                    resetting = (resetting & ~(1 << (1)) | ((1'b1) << (1)));
                end
                if (wr_at_q$q[32'h9]) begin
                    cq_head$1$d = wr_data_q$q[(f_cq_index)+:(16)];
                end
            end
            if (write_page & (reg_off == r_sq_tail)) begin
                db_q$d = 1'b1;
                db_disabled_q$d = ~ctrl$1$q[f_enable];
            end
            if (write_window & (reg_dword == opcode_dword)) begin
                recv$1$d = (recv$1$q & ~(1 << (reg_slot)) | ((reg_data[(opcode_lsb)+:(8)] == net_recv) << (reg_slot)));
            end
        end
        if (db_q$q & (db_vi_q$q == 1)) begin
            if (db_disabled_q$q) begin
                ignored_q$d = 1'b1;
            end
            else if (db_over) begin
                sticky$1$d = sticky$1$q | 32'h1;
                overflow_q$d = 1'b1;
            end
            else begin
                sq_tail$1$d = db_tail_q$q;
                doorbell_q$d = 1'b1;
            end
        end
        if (take_vi == 1) begin
            take_head = sq_head$1$q;
            if (take) begin
                sq_head$1$d = sq_head$1$q + 32'h1;
                take_enabled_q$d = ctrl$1$q[f_enable];
                take_pd_q$d = pd$1$q;
                take_key_slot_q$d = key_slot$1$q;
                take_sq_index_q$d = sq_head$1$q;
            end
        end
        if (cpl & (cpl_vi == 1)) begin
            cq_tail$1$d = cq_tail$1$q + 32'h1;
        end
        if (|irq_timer$1$q) begin
            irq_timer$1$d = irq_timer$1$q - 32'h1;
            if (irq_timer$1$q == 32'h1) begin
                irq_pending$1$d = 32'h0;
                if (|irq_pending$1$q) begin
                    irq_next = (irq_next & ~(1 << (1)) | ((1'b1) << (1)));
                end
            end
        end
        if (event_vi == 1) begin
            ev_err = (ev_err & ~(1 << (1)) | ((cq_error) << (1)));
            ev_irq = (ev_irq & ~(1 << (1)) | ((irq_event & ctrl$1$q[f_irq_enable]) << (1)));
        end
        if (ev_err_q$q[1] & ~resetting[1]) begin
            sticky$1$d = sticky$1$d | 32'h2;
        end
        if (ev_irq_q$q[1] & ~resetting[1]) begin
            if ((irq_pending$1$q + 32'h1) >= irq_mod$1$q[(f_count)+:(16)]) begin
                irq_pending$1$d = 32'h0;
                irq_timer$1$d = 32'h0;
                irq_next = (irq_next & ~(1 << (1)) | ((1'b1) << (1)));
            end
            else begin
                irq_pending$1$d = irq_pending$1$q + 32'h1;
                if (~|irq_pending$1$q) begin
                    irq_timer$1$d = irq_mod$1$q[(f_timer)+:(16)];
                end
            end
        end
        ctrl$2$clock = clock;
        pd$2$clock = clock;
        key_slot$2$clock = clock;
        cq_log2$2$clock = clock;
        cq_base$2$clock = clock;
        irq_mod$2$clock = clock;
        irq_vec$2$clock = clock;
        sq_head$2$clock = clock;
        sq_tail$2$clock = clock;
        cq_head$2$clock = clock;
        cq_tail$2$clock = clock;
        sticky$2$clock = clock;
        irq_pending$2$clock = clock;
        irq_timer$2$clock = clock;
        recv$2$clock = clock;
        ctrl$2$d = ctrl$2$q;
        pd$2$d = pd$2$q;
        key_slot$2$d = key_slot$2$q;
        cq_log2$2$d = cq_log2$2$q;
        cq_base$2$d = cq_base$2$q;
        irq_mod$2$d = irq_mod$2$q;
        irq_vec$2$d = irq_vec$2$q;
        sq_head$2$d = sq_head$2$q;
        sq_tail$2$d = sq_tail$2$q;
        cq_head$2$d = cq_head$2$q;
        cq_tail$2$d = cq_tail$2$q;
        sticky$2$d = sticky$2$q;
        irq_pending$2$d = irq_pending$2$q;
        irq_timer$2$d = irq_timer$2$q;
        recv$2$d = recv$2$q;
        shift = cq_log2$2$q;
        if (shift > cq_log2_max) begin
            shift = cq_log2_max;
        end
        if (reg_vi == 2) begin
            wr_vi = (wr_vi & ~(1 << (2)) | ((1'b1) << (2)));
            s_ctrl$d = ctrl$2$q;
            s_pd$d = pd$2$q;
            s_key_slot$d = key_slot$2$q;
            s_cq_log2$d = cq_log2$2$q;
            s_cq_base$d = cq_base$2$q;
            s_irq_mod$d = irq_mod$2$q;
            s_irq_vec$d = irq_vec$2$q;
            s_sq_head$d = sq_head$2$q;
            db_head_q$d = sq_head$2$q;
            s_sq_tail$d = sq_tail$2$q;
            s_cq_head$d = cq_head$2$q;
            s_cq_tail$d = cq_tail$2$q;
            s_sticky$d = sticky$2$q;
            s_full = cq_full_q$q[2];
            s_phase = ~|((cq_tail$2$q >> shift) & 32'h1);
            if (wr_vi_q$q[2]) begin
                if (wr_at_q$q[32'h0]) begin
                    ctrl$2$d = (((wr_data_q$q[(f_enable)+:(1)]) & 2'h3)) | (((wr_data_q$q[(f_irq_enable)+:(1)]) & 2'h3) << 32'h1);
                end
                if (wr_at_q$q[32'h1]) begin
                    pd$2$d = wr_data_q$q[(f_pd)+:(12)];
                end
                if (wr_at_q$q[32'h2]) begin
                    key_slot$2$d = wr_data_q$q[(f_key_slot)+:(8)];
                end
                if (wr_at_q$q[32'h3]) begin
                    cq_log2$2$d = wr_data_q$q[(f_cq_log2)+:(5)];
                end
                if (wr_at_q$q[32'h4]) begin
                    cq_base$2$d = (cq_base$2$q & high_half) | ((wr_data_q$q) & 64'hffffffffffffffff);
                end
                if (wr_at_q$q[32'h5]) begin
                    cq_base$2$d = (cq_base$2$q & low_half) | (((wr_data_q$q) & 64'hffffffffffffffff) << 32'h20);
                end
                if (wr_at_q$q[32'h6]) begin
                    irq_mod$2$d = wr_data_q$q;
                end
                if (wr_at_q$q[32'h7]) begin
                    irq_vec$2$d = wr_data_q$q[(f_vector)+:(11)];
                end
                if (wr_at_q$q[32'h8] & ~ctrl$2$q[f_enable]) begin
                    sq_head$2$d = 32'h0;
                    sq_tail$2$d = 32'h0;
                    cq_head$2$d = 32'h0;
                    cq_tail$2$d = 32'h0;
                    sticky$2$d = 32'h0;
                    irq_pending$2$d = 32'h0;
                    irq_timer$2$d = 32'h0;
                    resetting = (resetting & ~(1 << (2)) | ((1'b1) << (2)));
                end
                if (wr_at_q$q[32'h9]) begin
                    cq_head$2$d = wr_data_q$q[(f_cq_index)+:(16)];
                end
            end
            if (write_page & (reg_off == r_sq_tail)) begin
                db_q$d = 1'b1;
                db_disabled_q$d = ~ctrl$2$q[f_enable];
            end
            if (write_window & (reg_dword == opcode_dword)) begin
                recv$2$d = (recv$2$q & ~(1 << (reg_slot)) | ((reg_data[(opcode_lsb)+:(8)] == net_recv) << (reg_slot)));
            end
        end
        if (db_q$q & (db_vi_q$q == 2)) begin
            if (db_disabled_q$q) begin
                ignored_q$d = 1'b1;
            end
            else if (db_over) begin
                sticky$2$d = sticky$2$q | 32'h1;
                overflow_q$d = 1'b1;
            end
            else begin
                sq_tail$2$d = db_tail_q$q;
                doorbell_q$d = 1'b1;
            end
        end
        if (take_vi == 2) begin
            take_head = sq_head$2$q;
            if (take) begin
                sq_head$2$d = sq_head$2$q + 32'h1;
                take_enabled_q$d = ctrl$2$q[f_enable];
                take_pd_q$d = pd$2$q;
                take_key_slot_q$d = key_slot$2$q;
                take_sq_index_q$d = sq_head$2$q;
            end
        end
        if (cpl & (cpl_vi == 2)) begin
            cq_tail$2$d = cq_tail$2$q + 32'h1;
        end
        if (|irq_timer$2$q) begin
            irq_timer$2$d = irq_timer$2$q - 32'h1;
            if (irq_timer$2$q == 32'h1) begin
                irq_pending$2$d = 32'h0;
                if (|irq_pending$2$q) begin
                    irq_next = (irq_next & ~(1 << (2)) | ((1'b1) << (2)));
                end
            end
        end
        if (event_vi == 2) begin
            ev_err = (ev_err & ~(1 << (2)) | ((cq_error) << (2)));
            ev_irq = (ev_irq & ~(1 << (2)) | ((irq_event & ctrl$2$q[f_irq_enable]) << (2)));
        end
        if (ev_err_q$q[2] & ~resetting[2]) begin
            sticky$2$d = sticky$2$d | 32'h2;
        end
        if (ev_irq_q$q[2] & ~resetting[2]) begin
            if ((irq_pending$2$q + 32'h1) >= irq_mod$2$q[(f_count)+:(16)]) begin
                irq_pending$2$d = 32'h0;
                irq_timer$2$d = 32'h0;
                irq_next = (irq_next & ~(1 << (2)) | ((1'b1) << (2)));
            end
            else begin
                irq_pending$2$d = irq_pending$2$q + 32'h1;
                if (~|irq_pending$2$q) begin
                    irq_timer$2$d = irq_mod$2$q[(f_timer)+:(16)];
                end
            end
        end
        ctrl$3$clock = clock;
        pd$3$clock = clock;
        key_slot$3$clock = clock;
        cq_log2$3$clock = clock;
        cq_base$3$clock = clock;
        irq_mod$3$clock = clock;
        irq_vec$3$clock = clock;
        sq_head$3$clock = clock;
        sq_tail$3$clock = clock;
        cq_head$3$clock = clock;
        cq_tail$3$clock = clock;
        sticky$3$clock = clock;
        irq_pending$3$clock = clock;
        irq_timer$3$clock = clock;
        recv$3$clock = clock;
        ctrl$3$d = ctrl$3$q;
        pd$3$d = pd$3$q;
        key_slot$3$d = key_slot$3$q;
        cq_log2$3$d = cq_log2$3$q;
        cq_base$3$d = cq_base$3$q;
        irq_mod$3$d = irq_mod$3$q;
        irq_vec$3$d = irq_vec$3$q;
        sq_head$3$d = sq_head$3$q;
        sq_tail$3$d = sq_tail$3$q;
        cq_head$3$d = cq_head$3$q;
        cq_tail$3$d = cq_tail$3$q;
        sticky$3$d = sticky$3$q;
        irq_pending$3$d = irq_pending$3$q;
        irq_timer$3$d = irq_timer$3$q;
        recv$3$d = recv$3$q;
        shift = cq_log2$3$q;
        if (shift > cq_log2_max) begin
            shift = cq_log2_max;
        end
        if (reg_vi == 3) begin
            wr_vi = (wr_vi & ~(1 << (3)) | ((1'b1) << (3)));
            s_ctrl$d = ctrl$3$q;
            s_pd$d = pd$3$q;
            s_key_slot$d = key_slot$3$q;
            s_cq_log2$d = cq_log2$3$q;
            s_cq_base$d = cq_base$3$q;
            s_irq_mod$d = irq_mod$3$q;
            s_irq_vec$d = irq_vec$3$q;
            s_sq_head$d = sq_head$3$q;
            db_head_q$d = sq_head$3$q;
            s_sq_tail$d = sq_tail$3$q;
            s_cq_head$d = cq_head$3$q;
            s_cq_tail$d = cq_tail$3$q;
            s_sticky$d = sticky$3$q;
            s_full = cq_full_q$q[3];
            s_phase = ~|((cq_tail$3$q >> shift) & 32'h1);
            if (wr_vi_q$q[3]) begin
                if (wr_at_q$q[32'h0]) begin
                    ctrl$3$d = (((wr_data_q$q[(f_enable)+:(1)]) & 2'h3)) | (((wr_data_q$q[(f_irq_enable)+:(1)]) & 2'h3) << 32'h1);
                end
                if (wr_at_q$q[32'h1]) begin
                    pd$3$d = wr_data_q$q[(f_pd)+:(12)];
                end
                if (wr_at_q$q[32'h2]) begin
                    key_slot$3$d = wr_data_q$q[(f_key_slot)+:(8)];
                end
                if (wr_at_q$q[32'h3]) begin
                    cq_log2$3$d = wr_data_q$q[(f_cq_log2)+:(5)];
                end
                if (wr_at_q$q[32'h4]) begin
                    cq_base$3$d = (cq_base$3$q & high_half) | ((wr_data_q$q) & 64'hffffffffffffffff);
                end
                if (wr_at_q$q[32'h5]) begin
                    cq_base$3$d = (cq_base$3$q & low_half) | (((wr_data_q$q) & 64'hffffffffffffffff) << 32'h20);
                end
                if (wr_at_q$q[32'h6]) begin
                    irq_mod$3$d = wr_data_q$q;
                end
                if (wr_at_q$q[32'h7]) begin
                    irq_vec$3$d = wr_data_q$q[(f_vector)+:(11)];
                end
                if (wr_at_q$q[32'h8] & ~ctrl$3$q[f_enable]) begin
                    sq_head$3$d = 32'h0;
                    sq_tail$3$d = 32'h0;
                    cq_head$3$d = 32'h0;
                    cq_tail$3$d = 32'h0;
                    sticky$3$d = 32'h0;
                    irq_pending$3$d = 32'h0;
                    irq_timer$3$d = 32'h0;
                    resetting = (resetting & ~(1 << (3)) | ((1'b1) << (3)));
                end
                if (wr_at_q$q[32'h9]) begin
                    cq_head$3$d = wr_data_q$q[(f_cq_index)+:(16)];
                end
            end
            if (write_page & (reg_off == r_sq_tail)) begin
                db_q$d = 1'b1;
                db_disabled_q$d = ~ctrl$3$q[f_enable];
            end
            if (write_window & (reg_dword == opcode_dword)) begin
                recv$3$d = (recv$3$q & ~(1 << (reg_slot)) | ((reg_data[(opcode_lsb)+:(8)] == net_recv) << (reg_slot)));
            end
        end
        if (db_q$q & (db_vi_q$q == 3)) begin
            if (db_disabled_q$q) begin
                ignored_q$d = 1'b1;
            end
            else if (db_over) begin
                sticky$3$d = sticky$3$q | 32'h1;
                overflow_q$d = 1'b1;
            end
            else begin
                sq_tail$3$d = db_tail_q$q;
                doorbell_q$d = 1'b1;
            end
        end
        if (take_vi == 3) begin
            take_head = sq_head$3$q;
            if (take) begin
                sq_head$3$d = sq_head$3$q + 32'h1;
                take_enabled_q$d = ctrl$3$q[f_enable];
                take_pd_q$d = pd$3$q;
                take_key_slot_q$d = key_slot$3$q;
                take_sq_index_q$d = sq_head$3$q;
            end
        end
        if (cpl & (cpl_vi == 3)) begin
            cq_tail$3$d = cq_tail$3$q + 32'h1;
        end
        if (|irq_timer$3$q) begin
            irq_timer$3$d = irq_timer$3$q - 32'h1;
            if (irq_timer$3$q == 32'h1) begin
                irq_pending$3$d = 32'h0;
                if (|irq_pending$3$q) begin
                    irq_next = (irq_next & ~(1 << (3)) | ((1'b1) << (3)));
                end
            end
        end
        if (event_vi == 3) begin
            ev_err = (ev_err & ~(1 << (3)) | ((cq_error) << (3)));
            ev_irq = (ev_irq & ~(1 << (3)) | ((irq_event & ctrl$3$q[f_irq_enable]) << (3)));
        end
        if (ev_err_q$q[3] & ~resetting[3]) begin
            sticky$3$d = sticky$3$d | 32'h2;
        end
        if (ev_irq_q$q[3] & ~resetting[3]) begin
            if ((irq_pending$3$q + 32'h1) >= irq_mod$3$q[(f_count)+:(16)]) begin
                irq_pending$3$d = 32'h0;
                irq_timer$3$d = 32'h0;
                irq_next = (irq_next & ~(1 << (3)) | ((1'b1) << (3)));
            end
            else begin
                irq_pending$3$d = irq_pending$3$q + 32'h1;
                if (~|irq_pending$3$q) begin
                    irq_timer$3$d = irq_mod$3$q[(f_timer)+:(16)];
                end
            end
        end
        ev_err_q$d = ev_err;
        wr_vi_q$d = wr_vi;
        ev_irq_q$d = ev_irq;
        irq_found = 1'b0;
        if (irq_req$q[0] & ~irq_found) begin
            irq_found = 1'b1;
            irq_next = (irq_next & ~(1 << (0)) | ((1'b0) << (0)));
        end
        if (irq_req$q[1] & ~irq_found) begin
            irq_found = 1'b1;
            irq_next = (irq_next & ~(1 << (1)) | ((1'b0) << (1)));
        end
        if (irq_req$q[2] & ~irq_found) begin
            irq_found = 1'b1;
            irq_next = (irq_next & ~(1 << (2)) | ((1'b0) << (2)));
        end
        if (irq_req$q[3] & ~irq_found) begin
            irq_found = 1'b1;
            irq_next = (irq_next & ~(1 << (3)) | ((1'b0) << (3)));
        end
        irq_req$d = irq_next;
        o_irq_found = 1'b0;
        irq_valid = |irq_req$q;
        irq_vector = 32'h0;
        if (irq_req$q[0] & ~o_irq_found) begin
            o_irq_found = 1'b1;
            irq_vector = irq_vec$0$q;
        end
        if (irq_req$q[1] & ~o_irq_found) begin
            o_irq_found = 1'b1;
            irq_vector = irq_vec$1$q;
        end
        if (irq_req$q[2] & ~o_irq_found) begin
            o_irq_found = 1'b1;
            irq_vector = irq_vec$2$q;
        end
        if (irq_req$q[3] & ~o_irq_found) begin
            o_irq_found = 1'b1;
            irq_vector = irq_vec$3$q;
        end
        elig = 32'h0;
        cq_room_now = 32'h0;
        e_shift = cq_log2$0$q;
        if (cq_log2$0$q > cq_log2_max) begin
            e_shift = cq_log2_max;
        end
        cq_room_now = (cq_room_now & ~(1 << (0)) | ((~|((cq_tail$0$q - cq_head$0$q) >> e_shift)) << (0)));
        elig = (elig & ~(1 << (0)) | (((sq_tail$0$q != sq_head$0$q) & cq_room$q[0] & ~(ctrl$0$q[f_enable] & recv$0$q[(sq_head$0$q & slot_mask)] & ~rx_avail)) << (0)));
        e_shift = cq_log2$1$q;
        if (cq_log2$1$q > cq_log2_max) begin
            e_shift = cq_log2_max;
        end
        cq_room_now = (cq_room_now & ~(1 << (1)) | ((~|((cq_tail$1$q - cq_head$1$q) >> e_shift)) << (1)));
        elig = (elig & ~(1 << (1)) | (((sq_tail$1$q != sq_head$1$q) & cq_room$q[1] & ~(ctrl$1$q[f_enable] & recv$1$q[(sq_head$1$q & slot_mask)] & ~rx_avail)) << (1)));
        e_shift = cq_log2$2$q;
        if (cq_log2$2$q > cq_log2_max) begin
            e_shift = cq_log2_max;
        end
        cq_room_now = (cq_room_now & ~(1 << (2)) | ((~|((cq_tail$2$q - cq_head$2$q) >> e_shift)) << (2)));
        elig = (elig & ~(1 << (2)) | (((sq_tail$2$q != sq_head$2$q) & cq_room$q[2] & ~(ctrl$2$q[f_enable] & recv$2$q[(sq_head$2$q & slot_mask)] & ~rx_avail)) << (2)));
        e_shift = cq_log2$3$q;
        if (cq_log2$3$q > cq_log2_max) begin
            e_shift = cq_log2_max;
        end
        cq_room_now = (cq_room_now & ~(1 << (3)) | ((~|((cq_tail$3$q - cq_head$3$q) >> e_shift)) << (3)));
        elig = (elig & ~(1 << (3)) | (((sq_tail$3$q != sq_head$3$q) & cq_room$q[3] & ~(ctrl$3$q[f_enable] & recv$3$q[(sq_head$3$q & slot_mask)] & ~rx_avail)) << (3)));
        eligible = elig_q$q;
        elig_q$d = elig;
        cq_room$d = cq_room_now;
        cq_full_q$d = ~cq_room_now;
        if ((reg_req & reg_write) | |wr_at_q$q | clear) begin
            cq_room$d = 32'h0;
            elig_q$d = 32'h0;
        end
        c_shift = 32'h0;
        c_base = 32'h0;
        c_tail = 32'h0;
        if (cpl_vi == 0) begin
            c_shift = cq_log2$0$q;
            if (cq_log2$0$q > cq_log2_max) begin
                c_shift = cq_log2_max;
            end
            c_base = cq_base$0$q;
            c_tail = cq_tail$0$q;
        end
        if (cpl_vi == 1) begin
            c_shift = cq_log2$1$q;
            if (cq_log2$1$q > cq_log2_max) begin
                c_shift = cq_log2_max;
            end
            c_base = cq_base$1$q;
            c_tail = cq_tail$1$q;
        end
        if (cpl_vi == 2) begin
            c_shift = cq_log2$2$q;
            if (cq_log2$2$q > cq_log2_max) begin
                c_shift = cq_log2_max;
            end
            c_base = cq_base$2$q;
            c_tail = cq_tail$2$q;
        end
        if (cpl_vi == 3) begin
            c_shift = cq_log2$3$q;
            if (cq_log2$3$q > cq_log2_max) begin
                c_shift = cq_log2_max;
            end
            c_base = cq_base$3$q;
            c_tail = cq_tail$3$q;
        end
        cpl_addr = cpl_addr_q$q;
        cpl_phase = cpl_phase_q$q;
        cpl_addr_q$d = c_base + (((c_tail & ~(index_ones << c_shift)) & 64'hffffffffffffffff) << entry_shift);
        cpl_phase_q$d = ~|((c_tail >> c_shift) & 32'h1);
        s_full_q$d = s_full;
        s_phase_q$d = s_phase;
        rd_at = 32'h0;
        if ((reg_space == space_config) & (reg_off == config_regs$0)) begin
            rd_at = (rd_at & ~(1 << (0)) | ((1'b1) << (0)));
        end
        if ((reg_space == space_config) & (reg_off == config_regs$1)) begin
            rd_at = (rd_at & ~(1 << (1)) | ((1'b1) << (1)));
        end
        if ((reg_space == space_config) & (reg_off == config_regs$2)) begin
            rd_at = (rd_at & ~(1 << (2)) | ((1'b1) << (2)));
        end
        if ((reg_space == space_config) & (reg_off == config_regs$3)) begin
            rd_at = (rd_at & ~(1 << (3)) | ((1'b1) << (3)));
        end
        if ((reg_space == space_config) & (reg_off == config_regs$4)) begin
            rd_at = (rd_at & ~(1 << (4)) | ((1'b1) << (4)));
        end
        if ((reg_space == space_config) & (reg_off == config_regs$5)) begin
            rd_at = (rd_at & ~(1 << (5)) | ((1'b1) << (5)));
        end
        if ((reg_space == space_config) & (reg_off == config_regs$6)) begin
            rd_at = (rd_at & ~(1 << (6)) | ((1'b1) << (6)));
        end
        if ((reg_space == space_config) & (reg_off == config_regs$7)) begin
            rd_at = (rd_at & ~(1 << (7)) | ((1'b1) << (7)));
        end
        if ((reg_space == space_page) & (reg_off == page_regs$0)) begin
            rd_at = (rd_at & ~(1 << (0 + 32'h8)) | ((1'b1) << (0 + 32'h8)));
        end
        if ((reg_space == space_page) & (reg_off == page_regs$1)) begin
            rd_at = (rd_at & ~(1 << (1 + 32'h8)) | ((1'b1) << (1 + 32'h8)));
        end
        if ((reg_space == space_page) & (reg_off == page_regs$2)) begin
            rd_at = (rd_at & ~(1 << (2 + 32'h8)) | ((1'b1) << (2 + 32'h8)));
        end
        if ((reg_space == space_page) & (reg_off == page_regs$3)) begin
            rd_at = (rd_at & ~(1 << (3 + 32'h8)) | ((1'b1) << (3 + 32'h8)));
        end
        if ((reg_space == space_page) & (reg_off == page_regs$4)) begin
            rd_at = (rd_at & ~(1 << (4 + 32'h8)) | ((1'b1) << (4 + 32'h8)));
        end
        if ((reg_space == space_page) & (reg_off == page_regs$5)) begin
            rd_at = (rd_at & ~(1 << (5 + 32'h8)) | ((1'b1) << (5 + 32'h8)));
        end
        if ((reg_space == space_page) & (reg_off == page_regs$6)) begin
            rd_at = (rd_at & ~(1 << (6 + 32'h8)) | ((1'b1) << (6 + 32'h8)));
        end
        rd_at_q$d = rd_at;
        read_word = 32'h0;
        if (rd_at_q$q[32'h0]) begin
            read_word = read_word | ((((s_ctrl$q[(32'h0)+:(1)]) & 32'hffffffff) << f_enable) | (((s_ctrl$q[(32'h1)+:(1)]) & 32'hffffffff) << f_irq_enable));
        end
        if (rd_at_q$q[32'h1]) begin
            read_word = read_word | (((s_pd$q) & 32'hffffffff) << f_pd);
        end
        if (rd_at_q$q[32'h2]) begin
            read_word = read_word | (((s_key_slot$q) & 32'hffffffff) << f_key_slot);
        end
        if (rd_at_q$q[32'h3]) begin
            read_word = read_word | (((s_cq_log2$q) & 32'hffffffff) << f_cq_log2);
        end
        if (rd_at_q$q[32'h4]) begin
            read_word = read_word | (((s_cq_base$q) & 32'hffffffff));
        end
        if (rd_at_q$q[32'h5]) begin
            read_word = read_word | (((s_cq_base$q >> 32'h20) & 32'hffffffff));
        end
        if (rd_at_q$q[32'h6]) begin
            read_word = read_word | (s_irq_mod$q);
        end
        if (rd_at_q$q[32'h7]) begin
            read_word = read_word | (((s_irq_vec$q) & 32'hffffffff) << f_vector);
        end
        if (rd_at_q$q[32'h8]) begin
            read_word = read_word | (((s_sq_tail$q) & 32'hffffffff) << f_index);
        end
        if (rd_at_q$q[32'h9]) begin
            read_word = read_word | (((s_sq_head$q) & 32'hffffffff) << f_index);
        end
        if (rd_at_q$q[32'ha]) begin
            read_word = read_word | (((s_cq_head$q) & 32'hffffffff) << f_cq_index);
        end
        if (rd_at_q$q[32'hb]) begin
            read_word = read_word | (((s_cq_tail$q) & 32'hffffffff) << f_cq_index);
            if (s_phase_q$q) begin
                read_word = read_word | (one32 << f_phase);
            end
        end
        if (rd_at_q$q[32'hc]) begin
            read_word = read_word | ((((s_ctrl$q[(32'h0)+:(1)]) & 32'hffffffff) << f_enabled) | (((s_sticky$q[(32'h0)+:(1)]) & 32'hffffffff) << f_overflow) | (((s_sticky$q[(32'h1)+:(1)]) & 32'hffffffff) << f_cq_error));
            if (s_full_q$q) begin
                read_word = read_word | (one32 << f_cq_full);
            end
        end
        if (rd_at_q$q[32'hd]) begin
            read_word = read_word | (((s_pd$q) & 32'hffffffff) << f_page_pd);
        end
        if (rd_at_q$q[32'he]) begin
            read_word = read_word | ((((depth16) & 32'hffffffff) << f_sq_depth) | (((s_cq_log2$q) & 32'hffffffff) << f_info_log2));
        end
        rdata$d = read_word;
        take_desc = 32'h0;
        word_pos = 32'h0;
        desc$0$read_clock = clock;
        desc$0$write_clock = clock;
        desc$0$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$0$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$0$write_data = reg_data;
        desc$0$write_enable = write_window & (reg_dword == 0);
        if (clearing$q) begin
            desc$0$write_address = clear_addr$q;
            desc$0$write_data = 32'h0;
            desc$0$write_enable = 1'b1;
        end
        word = desc$0$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$1$read_clock = clock;
        desc$1$write_clock = clock;
        desc$1$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$1$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$1$write_data = reg_data;
        desc$1$write_enable = write_window & (reg_dword == 1);
        if (clearing$q) begin
            desc$1$write_address = clear_addr$q;
            desc$1$write_data = 32'h0;
            desc$1$write_enable = 1'b1;
        end
        word = desc$1$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$2$read_clock = clock;
        desc$2$write_clock = clock;
        desc$2$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$2$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$2$write_data = reg_data;
        desc$2$write_enable = write_window & (reg_dword == 2);
        if (clearing$q) begin
            desc$2$write_address = clear_addr$q;
            desc$2$write_data = 32'h0;
            desc$2$write_enable = 1'b1;
        end
        word = desc$2$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$3$read_clock = clock;
        desc$3$write_clock = clock;
        desc$3$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$3$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$3$write_data = reg_data;
        desc$3$write_enable = write_window & (reg_dword == 3);
        if (clearing$q) begin
            desc$3$write_address = clear_addr$q;
            desc$3$write_data = 32'h0;
            desc$3$write_enable = 1'b1;
        end
        word = desc$3$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$4$read_clock = clock;
        desc$4$write_clock = clock;
        desc$4$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$4$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$4$write_data = reg_data;
        desc$4$write_enable = write_window & (reg_dword == 4);
        if (clearing$q) begin
            desc$4$write_address = clear_addr$q;
            desc$4$write_data = 32'h0;
            desc$4$write_enable = 1'b1;
        end
        word = desc$4$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$5$read_clock = clock;
        desc$5$write_clock = clock;
        desc$5$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$5$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$5$write_data = reg_data;
        desc$5$write_enable = write_window & (reg_dword == 5);
        if (clearing$q) begin
            desc$5$write_address = clear_addr$q;
            desc$5$write_data = 32'h0;
            desc$5$write_enable = 1'b1;
        end
        word = desc$5$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$6$read_clock = clock;
        desc$6$write_clock = clock;
        desc$6$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$6$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$6$write_data = reg_data;
        desc$6$write_enable = write_window & (reg_dword == 6);
        if (clearing$q) begin
            desc$6$write_address = clear_addr$q;
            desc$6$write_data = 32'h0;
            desc$6$write_enable = 1'b1;
        end
        word = desc$6$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$7$read_clock = clock;
        desc$7$write_clock = clock;
        desc$7$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$7$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$7$write_data = reg_data;
        desc$7$write_enable = write_window & (reg_dword == 7);
        if (clearing$q) begin
            desc$7$write_address = clear_addr$q;
            desc$7$write_data = 32'h0;
            desc$7$write_enable = 1'b1;
        end
        word = desc$7$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$8$read_clock = clock;
        desc$8$write_clock = clock;
        desc$8$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$8$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$8$write_data = reg_data;
        desc$8$write_enable = write_window & (reg_dword == 8);
        if (clearing$q) begin
            desc$8$write_address = clear_addr$q;
            desc$8$write_data = 32'h0;
            desc$8$write_enable = 1'b1;
        end
        word = desc$8$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$9$read_clock = clock;
        desc$9$write_clock = clock;
        desc$9$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$9$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$9$write_data = reg_data;
        desc$9$write_enable = write_window & (reg_dword == 9);
        if (clearing$q) begin
            desc$9$write_address = clear_addr$q;
            desc$9$write_data = 32'h0;
            desc$9$write_enable = 1'b1;
        end
        word = desc$9$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$10$read_clock = clock;
        desc$10$write_clock = clock;
        desc$10$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$10$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$10$write_data = reg_data;
        desc$10$write_enable = write_window & (reg_dword == 10);
        if (clearing$q) begin
            desc$10$write_address = clear_addr$q;
            desc$10$write_data = 32'h0;
            desc$10$write_enable = 1'b1;
        end
        word = desc$10$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$11$read_clock = clock;
        desc$11$write_clock = clock;
        desc$11$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$11$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$11$write_data = reg_data;
        desc$11$write_enable = write_window & (reg_dword == 11);
        if (clearing$q) begin
            desc$11$write_address = clear_addr$q;
            desc$11$write_data = 32'h0;
            desc$11$write_enable = 1'b1;
        end
        word = desc$11$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$12$read_clock = clock;
        desc$12$write_clock = clock;
        desc$12$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$12$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$12$write_data = reg_data;
        desc$12$write_enable = write_window & (reg_dword == 12);
        if (clearing$q) begin
            desc$12$write_address = clear_addr$q;
            desc$12$write_data = 32'h0;
            desc$12$write_enable = 1'b1;
        end
        word = desc$12$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$13$read_clock = clock;
        desc$13$write_clock = clock;
        desc$13$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$13$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$13$write_data = reg_data;
        desc$13$write_enable = write_window & (reg_dword == 13);
        if (clearing$q) begin
            desc$13$write_address = clear_addr$q;
            desc$13$write_data = 32'h0;
            desc$13$write_enable = 1'b1;
        end
        word = desc$13$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$14$read_clock = clock;
        desc$14$write_clock = clock;
        desc$14$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$14$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$14$write_data = reg_data;
        desc$14$write_enable = write_window & (reg_dword == 14);
        if (clearing$q) begin
            desc$14$write_address = clear_addr$q;
            desc$14$write_data = 32'h0;
            desc$14$write_enable = 1'b1;
        end
        word = desc$14$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        desc$15$read_clock = clock;
        desc$15$write_clock = clock;
        desc$15$read_address = (((take_vi) & 5'h1f) << slot_bits) | ((take_head & slot_mask) & 5'h1f);
        desc$15$write_address = (((reg_vi) & 5'h1f) << slot_bits) | ((reg_slot) & 5'h1f);
        desc$15$write_data = reg_data;
        desc$15$write_enable = write_window & (reg_dword == 15);
        if (clearing$q) begin
            desc$15$write_address = clear_addr$q;
            desc$15$write_data = 32'h0;
            desc$15$write_enable = 1'b1;
        end
        word = desc$15$read_data;
        take_desc = take_desc | (((word) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << word_pos);
        word_pos = word_pos + 32'h20;
        if (clear) begin
            clearing$d = 1'b1;
            clear_addr$d = 32'h0;
            irq_req$d = 32'h0;
            ctrl$0$d = 32'h0;
            pd$0$d = 32'h0;
            key_slot$0$d = 32'h0;
            cq_log2$0$d = 32'h0;
            cq_base$0$d = 32'h0;
            irq_mod$0$d = 32'h0;
            irq_vec$0$d = 32'h0;
            sq_head$0$d = 32'h0;
            sq_tail$0$d = 32'h0;
            cq_head$0$d = 32'h0;
            cq_tail$0$d = 32'h0;
            sticky$0$d = 32'h0;
            irq_pending$0$d = 32'h0;
            irq_timer$0$d = 32'h0;
            recv$0$d = 32'h0;
            ctrl$1$d = 32'h0;
            pd$1$d = 32'h0;
            key_slot$1$d = 32'h0;
            cq_log2$1$d = 32'h0;
            cq_base$1$d = 32'h0;
            irq_mod$1$d = 32'h0;
            irq_vec$1$d = 32'h0;
            sq_head$1$d = 32'h0;
            sq_tail$1$d = 32'h0;
            cq_head$1$d = 32'h0;
            cq_tail$1$d = 32'h0;
            sticky$1$d = 32'h0;
            irq_pending$1$d = 32'h0;
            irq_timer$1$d = 32'h0;
            recv$1$d = 32'h0;
            ctrl$2$d = 32'h0;
            pd$2$d = 32'h0;
            key_slot$2$d = 32'h0;
            cq_log2$2$d = 32'h0;
            cq_base$2$d = 32'h0;
            irq_mod$2$d = 32'h0;
            irq_vec$2$d = 32'h0;
            sq_head$2$d = 32'h0;
            sq_tail$2$d = 32'h0;
            cq_head$2$d = 32'h0;
            cq_tail$2$d = 32'h0;
            sticky$2$d = 32'h0;
            irq_pending$2$d = 32'h0;
            irq_timer$2$d = 32'h0;
            recv$2$d = 32'h0;
            ctrl$3$d = 32'h0;
            pd$3$d = 32'h0;
            key_slot$3$d = 32'h0;
            cq_log2$3$d = 32'h0;
            cq_base$3$d = 32'h0;
            irq_mod$3$d = 32'h0;
            irq_vec$3$d = 32'h0;
            sq_head$3$d = 32'h0;
            sq_tail$3$d = 32'h0;
            cq_head$3$d = 32'h0;
            cq_tail$3$d = 32'h0;
            sticky$3$d = 32'h0;
            irq_pending$3$d = 32'h0;
            irq_timer$3$d = 32'h0;
            recv$3$d = 32'h0;
        end
        if (clearing$q) begin
            clear_addr$d = clear_addr$q + 32'h1;
            if (clear_addr$q == ram_last) begin
                clearing$d = 1'b0;
            end
        end
    end
    
endmodule // viaduct_engine$vis


module viaduct_engine$vis$clear_addr(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$clear_addr


module viaduct_engine$vis$clearing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$clearing


module viaduct_engine$vis$cpl_addr_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cpl_addr_q


module viaduct_engine$vis$cpl_phase_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cpl_phase_q


module viaduct_engine$vis$cq_base$0(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_base$0


module viaduct_engine$vis$cq_base$1(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_base$1


module viaduct_engine$vis$cq_base$2(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_base$2


module viaduct_engine$vis$cq_base$3(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_base$3


module viaduct_engine$vis$cq_full_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_full_q


module viaduct_engine$vis$cq_head$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_head$0


module viaduct_engine$vis$cq_head$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_head$1


module viaduct_engine$vis$cq_head$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_head$2


module viaduct_engine$vis$cq_head$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_head$3


module viaduct_engine$vis$cq_log2$0(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_log2$0


module viaduct_engine$vis$cq_log2$1(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_log2$1


module viaduct_engine$vis$cq_log2$2(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_log2$2


module viaduct_engine$vis$cq_log2$3(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_log2$3


module viaduct_engine$vis$cq_room(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_room


module viaduct_engine$vis$cq_tail$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_tail$0


module viaduct_engine$vis$cq_tail$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_tail$1


module viaduct_engine$vis$cq_tail$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_tail$2


module viaduct_engine$vis$cq_tail$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$cq_tail$3


module viaduct_engine$vis$ctrl$0(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$ctrl$0


module viaduct_engine$vis$ctrl$1(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$ctrl$1


module viaduct_engine$vis$ctrl$2(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$ctrl$2


module viaduct_engine$vis$ctrl$3(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$ctrl$3


module viaduct_engine$vis$db_disabled_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$db_disabled_q


module viaduct_engine$vis$db_head_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$db_head_q


module viaduct_engine$vis$db_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$db_q


module viaduct_engine$vis$db_tail_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$db_tail_q


module viaduct_engine$vis$db_vi_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$db_vi_q


module viaduct_engine$vis$desc$0(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$0


module viaduct_engine$vis$desc$1(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$1


module viaduct_engine$vis$desc$10(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$10


module viaduct_engine$vis$desc$11(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$11


module viaduct_engine$vis$desc$12(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$12


module viaduct_engine$vis$desc$13(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$13


module viaduct_engine$vis$desc$14(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$14


module viaduct_engine$vis$desc$15(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$15


module viaduct_engine$vis$desc$2(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$2


module viaduct_engine$vis$desc$3(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$3


module viaduct_engine$vis$desc$4(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$4


module viaduct_engine$vis$desc$5(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$5


module viaduct_engine$vis$desc$6(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$6


module viaduct_engine$vis$desc$7(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$7


module viaduct_engine$vis$desc$8(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$8


module viaduct_engine$vis$desc$9(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // viaduct_engine$vis$desc$9


module viaduct_engine$vis$doorbell_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$doorbell_q


module viaduct_engine$vis$elig_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$elig_q


module viaduct_engine$vis$ev_err_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$ev_err_q


module viaduct_engine$vis$ev_irq_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$ev_irq_q


module viaduct_engine$vis$ignored_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$ignored_q


module viaduct_engine$vis$irq_mod$0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_mod$0


module viaduct_engine$vis$irq_mod$1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_mod$1


module viaduct_engine$vis$irq_mod$2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_mod$2


module viaduct_engine$vis$irq_mod$3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_mod$3


module viaduct_engine$vis$irq_pending$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_pending$0


module viaduct_engine$vis$irq_pending$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_pending$1


module viaduct_engine$vis$irq_pending$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_pending$2


module viaduct_engine$vis$irq_pending$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_pending$3


module viaduct_engine$vis$irq_req(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_req


module viaduct_engine$vis$irq_timer$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_timer$0


module viaduct_engine$vis$irq_timer$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_timer$1


module viaduct_engine$vis$irq_timer$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_timer$2


module viaduct_engine$vis$irq_timer$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_timer$3


module viaduct_engine$vis$irq_vec$0(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_vec$0


module viaduct_engine$vis$irq_vec$1(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_vec$1


module viaduct_engine$vis$irq_vec$2(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_vec$2


module viaduct_engine$vis$irq_vec$3(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$irq_vec$3


module viaduct_engine$vis$key_slot$0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$key_slot$0


module viaduct_engine$vis$key_slot$1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$key_slot$1


module viaduct_engine$vis$key_slot$2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$key_slot$2


module viaduct_engine$vis$key_slot$3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$key_slot$3


module viaduct_engine$vis$overflow_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$overflow_q


module viaduct_engine$vis$pd$0(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$pd$0


module viaduct_engine$vis$pd$1(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$pd$1


module viaduct_engine$vis$pd$2(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$pd$2


module viaduct_engine$vis$pd$3(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$pd$3


module viaduct_engine$vis$rd_at_q(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$rd_at_q


module viaduct_engine$vis$rdata(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$rdata


module viaduct_engine$vis$recv$0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$recv$0


module viaduct_engine$vis$recv$1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$recv$1


module viaduct_engine$vis$recv$2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$recv$2


module viaduct_engine$vis$recv$3(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$recv$3


module viaduct_engine$vis$s_cq_base(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_cq_base


module viaduct_engine$vis$s_cq_head(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_cq_head


module viaduct_engine$vis$s_cq_log2(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_cq_log2


module viaduct_engine$vis$s_cq_tail(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_cq_tail


module viaduct_engine$vis$s_ctrl(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_ctrl


module viaduct_engine$vis$s_full_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_full_q


module viaduct_engine$vis$s_irq_mod(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_irq_mod


module viaduct_engine$vis$s_irq_vec(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_irq_vec


module viaduct_engine$vis$s_key_slot(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_key_slot


module viaduct_engine$vis$s_pd(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_pd


module viaduct_engine$vis$s_phase_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_phase_q


module viaduct_engine$vis$s_sq_head(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_sq_head


module viaduct_engine$vis$s_sq_tail(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_sq_tail


module viaduct_engine$vis$s_sticky(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$s_sticky


module viaduct_engine$vis$sq_head$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sq_head$0


module viaduct_engine$vis$sq_head$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sq_head$1


module viaduct_engine$vis$sq_head$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sq_head$2


module viaduct_engine$vis$sq_head$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sq_head$3


module viaduct_engine$vis$sq_tail$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sq_tail$0


module viaduct_engine$vis$sq_tail$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sq_tail$1


module viaduct_engine$vis$sq_tail$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sq_tail$2


module viaduct_engine$vis$sq_tail$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sq_tail$3


module viaduct_engine$vis$sticky$0(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sticky$0


module viaduct_engine$vis$sticky$1(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sticky$1


module viaduct_engine$vis$sticky$2(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sticky$2


module viaduct_engine$vis$sticky$3(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$sticky$3


module viaduct_engine$vis$take_enabled_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$take_enabled_q


module viaduct_engine$vis$take_key_slot_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$take_key_slot_q


module viaduct_engine$vis$take_pd_q(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$take_pd_q


module viaduct_engine$vis$take_sq_index_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$take_sq_index_q


module viaduct_engine$vis$wr_at_q(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$wr_at_q


module viaduct_engine$vis$wr_data_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$wr_data_q


module viaduct_engine$vis$wr_vi_q(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$vis$wr_vi_q


module viaduct_engine$wjoin(clock,mover$awvalid,mover$awready,mover$awid,mover$awaddr,mover$awlen,mover$awsize,mover$awburst,mover$wvalid,mover$wready,mover$wdata,mover$wstrb,mover$wlast,mover$bvalid,mover$bready,mover$bid,mover$bresp,completer$awvalid,completer$awready,completer$awid,completer$awaddr,completer$awlen,completer$awsize,completer$awburst,completer$wvalid,completer$wready,completer$wdata,completer$wstrb,completer$wlast,completer$bvalid,completer$bready,completer$bid,completer$bresp,m_axi$awvalid,m_axi$awready,m_axi$awid,m_axi$awaddr,m_axi$awlen,m_axi$awsize,m_axi$awburst,m_axi$wvalid,m_axi$wready,m_axi$wdata,m_axi$wstrb,m_axi$wlast,m_axi$bvalid,m_axi$bready,m_axi$bid,m_axi$bresp);
    
    // Module arguments
    input wire  clock;
    input wire  mover$awvalid;
    output reg  mover$awready;
    input wire  [4:0] mover$awid;
    input wire  [63:0] mover$awaddr;
    input wire  [7:0] mover$awlen;
    input wire  [2:0] mover$awsize;
    input wire  [1:0] mover$awburst;
    input wire  mover$wvalid;
    output reg  mover$wready;
    input wire  [63:0] mover$wdata;
    input wire  [7:0] mover$wstrb;
    input wire  mover$wlast;
    output reg  mover$bvalid;
    input wire  mover$bready;
    output reg  [4:0] mover$bid;
    output reg  [1:0] mover$bresp;
    input wire  completer$awvalid;
    output reg  completer$awready;
    input wire  [4:0] completer$awid;
    input wire  [63:0] completer$awaddr;
    input wire  [7:0] completer$awlen;
    input wire  [2:0] completer$awsize;
    input wire  [1:0] completer$awburst;
    input wire  completer$wvalid;
    output reg  completer$wready;
    input wire  [63:0] completer$wdata;
    input wire  [7:0] completer$wstrb;
    input wire  completer$wlast;
    output reg  completer$bvalid;
    input wire  completer$bready;
    output reg  [4:0] completer$bid;
    output reg  [1:0] completer$bresp;
    output reg  m_axi$awvalid;
    input wire  m_axi$awready;
    output reg  [5:0] m_axi$awid;
    output reg  [63:0] m_axi$awaddr;
    output reg  [7:0] m_axi$awlen;
    output reg  [2:0] m_axi$awsize;
    output reg  [1:0] m_axi$awburst;
    output reg  m_axi$wvalid;
    input wire  m_axi$wready;
    output reg  [63:0] m_axi$wdata;
    output reg  [7:0] m_axi$wstrb;
    output reg  m_axi$wlast;
    input wire  m_axi$bvalid;
    output reg  m_axi$bready;
    input wire  [5:0] m_axi$bid;
    input wire  [1:0] m_axi$bresp;
    
    // Constant declarations
    localparam  depth = 3'b100;
    localparam  completer_bit = 6'b100000;
    localparam  completer_bit_index = 8'h5;
    localparam  index_mask = 3'b11;
    
    // Enums
    localparam WriteGrant$None = 0;
    localparam WriteGrant$Mover = 1;
    localparam WriteGrant$Completer = 2;
    
    // Stub signals
    reg  m_valid$d;
    wire  m_valid$q;
    reg  m_valid$clock;
    reg  [63:0] m_addr$d;
    wire  [63:0] m_addr$q;
    reg  m_addr$clock;
    reg  [7:0] m_len$d;
    wire  [7:0] m_len$q;
    reg  m_len$clock;
    reg  [2:0] m_size$d;
    wire  [2:0] m_size$q;
    reg  m_size$clock;
    reg  [1:0] m_burst$d;
    wire  [1:0] m_burst$q;
    reg  m_burst$clock;
    reg  [5:0] m_id$d;
    wire  [5:0] m_id$q;
    reg  m_id$clock;
    reg  c_valid$d;
    wire  c_valid$q;
    reg  c_valid$clock;
    reg  [63:0] c_addr$d;
    wire  [63:0] c_addr$q;
    reg  c_addr$clock;
    reg  [7:0] c_len$d;
    wire  [7:0] c_len$q;
    reg  c_len$clock;
    reg  [2:0] c_size$d;
    wire  [2:0] c_size$q;
    reg  c_size$clock;
    reg  [1:0] c_burst$d;
    wire  [1:0] c_burst$q;
    reg  c_burst$clock;
    reg  [5:0] c_id$d;
    wire  [5:0] c_id$q;
    reg  c_id$clock;
    reg  [1:0] hold$d;
    wire  [1:0] hold$q;
    reg  hold$clock;
    reg  order$0$d;
    wire  order$0$q;
    reg  order$0$clock;
    reg  order$1$d;
    wire  order$1$q;
    reg  order$1$clock;
    reg  order$2$d;
    wire  order$2$q;
    reg  order$2$clock;
    reg  order$3$d;
    wire  order$3$q;
    reg  order$3$clock;
    reg  [2:0] wr$d;
    wire  [2:0] wr$q;
    reg  wr$clock;
    reg  [2:0] rd$d;
    wire  [2:0] rd$q;
    reg  rd$clock;
    reg  w_slice$clock;
    reg  w_slice$in_valid;
    wire  w_slice$in_ready;
    reg  [63:0] w_slice$in_data;
    reg  [7:0] w_slice$in_side;
    reg  w_slice$in_last;
    wire  w_slice$out_valid;
    reg  w_slice$out_ready;
    wire  [63:0] w_slice$out_data;
    wire  [7:0] w_slice$out_side;
    wire  w_slice$out_last;
    reg  w_slice$flush;
    
    // Local signals
    reg  [1:0] grant;
    reg  head_out;
    reg  head_ready;
    reg  head;
    reg  w_fire;
    
    // Sub module instances
    viaduct_engine$wjoin$m_valid m_valid(
        .d(m_valid$d),
        .q(m_valid$q),
        .clock(m_valid$clock)
    );
    viaduct_engine$wjoin$m_addr m_addr(
        .d(m_addr$d),
        .q(m_addr$q),
        .clock(m_addr$clock)
    );
    viaduct_engine$wjoin$m_len m_len(
        .d(m_len$d),
        .q(m_len$q),
        .clock(m_len$clock)
    );
    viaduct_engine$wjoin$m_size m_size(
        .d(m_size$d),
        .q(m_size$q),
        .clock(m_size$clock)
    );
    viaduct_engine$wjoin$m_burst m_burst(
        .d(m_burst$d),
        .q(m_burst$q),
        .clock(m_burst$clock)
    );
    viaduct_engine$wjoin$m_id m_id(
        .d(m_id$d),
        .q(m_id$q),
        .clock(m_id$clock)
    );
    viaduct_engine$wjoin$c_valid c_valid(
        .d(c_valid$d),
        .q(c_valid$q),
        .clock(c_valid$clock)
    );
    viaduct_engine$wjoin$c_addr c_addr(
        .d(c_addr$d),
        .q(c_addr$q),
        .clock(c_addr$clock)
    );
    viaduct_engine$wjoin$c_len c_len(
        .d(c_len$d),
        .q(c_len$q),
        .clock(c_len$clock)
    );
    viaduct_engine$wjoin$c_size c_size(
        .d(c_size$d),
        .q(c_size$q),
        .clock(c_size$clock)
    );
    viaduct_engine$wjoin$c_burst c_burst(
        .d(c_burst$d),
        .q(c_burst$q),
        .clock(c_burst$clock)
    );
    viaduct_engine$wjoin$c_id c_id(
        .d(c_id$d),
        .q(c_id$q),
        .clock(c_id$clock)
    );
    viaduct_engine$wjoin$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    viaduct_engine$wjoin$order$0 order$0(
        .d(order$0$d),
        .q(order$0$q),
        .clock(order$0$clock)
    );
    viaduct_engine$wjoin$order$1 order$1(
        .d(order$1$d),
        .q(order$1$q),
        .clock(order$1$clock)
    );
    viaduct_engine$wjoin$order$2 order$2(
        .d(order$2$d),
        .q(order$2$q),
        .clock(order$2$clock)
    );
    viaduct_engine$wjoin$order$3 order$3(
        .d(order$3$d),
        .q(order$3$q),
        .clock(order$3$clock)
    );
    viaduct_engine$wjoin$wr wr(
        .d(wr$d),
        .q(wr$q),
        .clock(wr$clock)
    );
    viaduct_engine$wjoin$rd rd(
        .d(rd$d),
        .q(rd$q),
        .clock(rd$clock)
    );
    viaduct_engine$wjoin$w_slice w_slice(
        .clock(w_slice$clock),
        .in_valid(w_slice$in_valid),
        .in_ready(w_slice$in_ready),
        .in_data(w_slice$in_data),
        .in_side(w_slice$in_side),
        .in_last(w_slice$in_last),
        .out_valid(w_slice$out_valid),
        .out_ready(w_slice$out_ready),
        .out_data(w_slice$out_data),
        .out_side(w_slice$out_side),
        .out_last(w_slice$out_last),
        .flush(w_slice$flush)
    );
    
    // Update code
    always @(*) begin
        m_valid$clock = clock;
        m_addr$clock = clock;
        m_len$clock = clock;
        m_size$clock = clock;
        m_burst$clock = clock;
        m_id$clock = clock;
        c_valid$clock = clock;
        c_addr$clock = clock;
        c_len$clock = clock;
        c_size$clock = clock;
        c_burst$clock = clock;
        c_id$clock = clock;
        hold$clock = clock;
        wr$clock = clock;
        rd$clock = clock;
        m_valid$d = m_valid$q;
        m_addr$d = m_addr$q;
        m_len$d = m_len$q;
        m_size$d = m_size$q;
        m_burst$d = m_burst$q;
        m_id$d = m_id$q;
        c_valid$d = c_valid$q;
        c_addr$d = c_addr$q;
        c_len$d = c_len$q;
        c_size$d = c_size$q;
        c_burst$d = c_burst$q;
        c_id$d = c_id$q;
        hold$d = hold$q;
        wr$d = wr$q;
        rd$d = rd$q;
        mover$awready = ~m_valid$q;
        completer$awready = ~c_valid$q;
        m_axi$awvalid = (hold$q != WriteGrant$None) | ((hold$q == WriteGrant$None) & ((wr$q - rd$q) != depth) & (c_valid$q | m_valid$q));
        m_axi$awid = m_id$q;
        m_axi$awaddr = m_addr$q;
        m_axi$awlen = m_len$q;
        m_axi$awsize = m_size$q;
        m_axi$awburst = m_burst$q;
        if ((hold$q == WriteGrant$Completer) | ((hold$q == WriteGrant$None) & c_valid$q)) begin
            m_axi$awid = c_id$q;
            m_axi$awaddr = c_addr$q;
            m_axi$awlen = c_len$q;
            m_axi$awsize = c_size$q;
            m_axi$awburst = c_burst$q;
        end
        if (mover$awvalid & ~m_valid$q) begin
            m_valid$d = 1'b1;
            m_addr$d = mover$awaddr;
            m_len$d = mover$awlen;
            m_size$d = mover$awsize;
            m_burst$d = mover$awburst;
            m_id$d = ((mover$awid) & 6'h3f);
        end
        if (completer$awvalid & ~c_valid$q) begin
            c_valid$d = 1'b1;
            c_addr$d = completer$awaddr;
            c_len$d = completer$awlen;
            c_size$d = completer$awsize;
            c_burst$d = completer$awburst;
            c_id$d = ((completer$awid) & 6'h3f) | completer_bit;
        end
        grant = hold$q;
        if ((hold$q == WriteGrant$None) & ((wr$q - rd$q) != depth)) begin
            if (c_valid$q) begin
                grant = WriteGrant$Completer;
            end
            else if (m_valid$q) begin
                grant = WriteGrant$Mover;
            end
        end
        hold$d = grant;
        if ((grant != WriteGrant$None) & m_axi$awready) begin
            hold$d = WriteGrant$None;
            wr$d = wr$q + 32'h1;
            if (grant == WriteGrant$Completer) begin
                c_valid$d = 1'b0;
            end
            else begin
                m_valid$d = 1'b0;
            end
        end
        order$0$clock = clock;
        order$0$d = order$0$q;
        if ((grant != WriteGrant$None) & m_axi$awready & ((wr$q & index_mask) == 0)) begin
            order$0$d = grant == WriteGrant$Completer;
        end
        order$1$clock = clock;
        order$1$d = order$1$q;
        if ((grant != WriteGrant$None) & m_axi$awready & ((wr$q & index_mask) == 1)) begin
            order$1$d = grant == WriteGrant$Completer;
        end
        order$2$clock = clock;
        order$2$d = order$2$q;
        if ((grant != WriteGrant$None) & m_axi$awready & ((wr$q & index_mask) == 2)) begin
            order$2$d = grant == WriteGrant$Completer;
        end
        order$3$clock = clock;
        order$3$d = order$3$q;
        if ((grant != WriteGrant$None) & m_axi$awready & ((wr$q & index_mask) == 3)) begin
            order$3$d = grant == WriteGrant$Completer;
        end
        head_out = 1'b0;
        head_ready = 1'b0;
        head = 1'b0;
        if ((rd$q & index_mask) == 0) begin
            head_out = order$0$q;
            head_ready = order$0$q;
            head = order$0$q;
        end
        if ((rd$q & index_mask) == 1) begin
            head_out = order$1$q;
            head_ready = order$1$q;
            head = order$1$q;
        end
        if ((rd$q & index_mask) == 2) begin
            head_out = order$2$q;
            head_ready = order$2$q;
            head = order$2$q;
        end
        if ((rd$q & index_mask) == 3) begin
            head_out = order$3$q;
            head_ready = order$3$q;
            head = order$3$q;
        end
        w_slice$clock = clock;
        w_slice$flush = 1'b0;
        w_slice$in_valid = (wr$q != rd$q) & ((head_out & completer$wvalid) | (~head_out & mover$wvalid));
        w_slice$in_data = mover$wdata;
        w_slice$in_side = mover$wstrb;
        w_slice$in_last = mover$wlast;
        if (head_out) begin
            w_slice$in_data = completer$wdata;
            w_slice$in_side = completer$wstrb;
            w_slice$in_last = completer$wlast;
        end
        mover$wready = (wr$q != rd$q) & ~head_ready & w_slice$in_ready;
        completer$wready = (wr$q != rd$q) & head_ready & w_slice$in_ready;
        w_fire = (wr$q != rd$q) & w_slice$in_ready & ((head & completer$wvalid & completer$wlast) | (~head & mover$wvalid & mover$wlast));
        m_axi$wvalid = w_slice$out_valid;
        m_axi$wdata = w_slice$out_data;
        m_axi$wstrb = w_slice$out_side;
        m_axi$wlast = w_slice$out_last;
        w_slice$out_ready = m_axi$wready;
        if (w_fire) begin
            rd$d = rd$q + 32'h1;
        end
        mover$bvalid = m_axi$bvalid & ~m_axi$bid[completer_bit_index];
        completer$bvalid = m_axi$bvalid & m_axi$bid[completer_bit_index];
        mover$bid = ((m_axi$bid) & 5'h1f);
        completer$bid = ((m_axi$bid) & 5'h1f);
        mover$bresp = m_axi$bresp;
        completer$bresp = m_axi$bresp;
        m_axi$bready = mover$bready;
        if (m_axi$bid[completer_bit_index]) begin
            m_axi$bready = completer$bready;
        end
    end
    
endmodule // viaduct_engine$wjoin


module viaduct_engine$wjoin$c_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$c_addr


module viaduct_engine$wjoin$c_burst(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$c_burst


module viaduct_engine$wjoin$c_id(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$c_id


module viaduct_engine$wjoin$c_len(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$c_len


module viaduct_engine$wjoin$c_size(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$c_size


module viaduct_engine$wjoin$c_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$c_valid


module viaduct_engine$wjoin$hold(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam WriteGrant$None = 0;
    localparam WriteGrant$Mover = 1;
    localparam WriteGrant$Completer = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$hold


module viaduct_engine$wjoin$m_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$m_addr


module viaduct_engine$wjoin$m_burst(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$m_burst


module viaduct_engine$wjoin$m_id(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$m_id


module viaduct_engine$wjoin$m_len(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$m_len


module viaduct_engine$wjoin$m_size(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$m_size


module viaduct_engine$wjoin$m_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$m_valid


module viaduct_engine$wjoin$order$0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$order$0


module viaduct_engine$wjoin$order$1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$order$1


module viaduct_engine$wjoin$order$2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$order$2


module viaduct_engine$wjoin$order$3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$order$3


module viaduct_engine$wjoin$rd(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$rd


module viaduct_engine$wjoin$w_slice(clock,in_valid,in_ready,in_data,in_side,in_last,out_valid,out_ready,out_data,out_side,out_last,flush);
    
    // Module arguments
    input wire  clock;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [63:0] in_data;
    input wire  [7:0] in_side;
    input wire  in_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [63:0] out_data;
    output reg  [7:0] out_side;
    output reg  out_last;
    input wire  flush;
    
    // Stub signals
    reg  o_valid$d;
    wire  o_valid$q;
    reg  o_valid$clock;
    reg  [63:0] o_data$d;
    wire  [63:0] o_data$q;
    reg  o_data$clock;
    reg  [7:0] o_side$d;
    wire  [7:0] o_side$q;
    reg  o_side$clock;
    reg  o_last$d;
    wire  o_last$q;
    reg  o_last$clock;
    reg  s_valid$d;
    wire  s_valid$q;
    reg  s_valid$clock;
    reg  [63:0] s_data$d;
    wire  [63:0] s_data$q;
    reg  s_data$clock;
    reg  [7:0] s_side$d;
    wire  [7:0] s_side$q;
    reg  s_side$clock;
    reg  s_last$d;
    wire  s_last$q;
    reg  s_last$clock;
    
    // Sub module instances
    viaduct_engine$wjoin$w_slice$o_valid o_valid(
        .d(o_valid$d),
        .q(o_valid$q),
        .clock(o_valid$clock)
    );
    viaduct_engine$wjoin$w_slice$o_data o_data(
        .d(o_data$d),
        .q(o_data$q),
        .clock(o_data$clock)
    );
    viaduct_engine$wjoin$w_slice$o_side o_side(
        .d(o_side$d),
        .q(o_side$q),
        .clock(o_side$clock)
    );
    viaduct_engine$wjoin$w_slice$o_last o_last(
        .d(o_last$d),
        .q(o_last$q),
        .clock(o_last$clock)
    );
    viaduct_engine$wjoin$w_slice$s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    viaduct_engine$wjoin$w_slice$s_data s_data(
        .d(s_data$d),
        .q(s_data$q),
        .clock(s_data$clock)
    );
    viaduct_engine$wjoin$w_slice$s_side s_side(
        .d(s_side$d),
        .q(s_side$q),
        .clock(s_side$clock)
    );
    viaduct_engine$wjoin$w_slice$s_last s_last(
        .d(s_last$d),
        .q(s_last$q),
        .clock(s_last$clock)
    );
    
    // Update code
    always @(*) begin
        o_valid$clock = clock;
        o_data$clock = clock;
        o_side$clock = clock;
        o_last$clock = clock;
        s_valid$clock = clock;
        s_data$clock = clock;
        s_side$clock = clock;
        s_last$clock = clock;
        o_valid$d = o_valid$q;
        o_data$d = o_data$q;
        o_side$d = o_side$q;
        o_last$d = o_last$q;
        s_valid$d = s_valid$q;
        s_data$d = s_data$q;
        s_side$d = s_side$q;
        s_last$d = s_last$q;
        in_ready = ~s_valid$q;
        out_valid = o_valid$q;
        out_data = o_data$q;
        out_side = o_side$q;
        out_last = o_last$q;
        if (~o_valid$q | out_ready) begin
            o_valid$d = s_valid$q | in_valid;
            s_valid$d = 1'b0;
            if (s_valid$q) begin
                o_data$d = s_data$q;
                o_side$d = s_side$q;
                o_last$d = s_last$q;
            end
            else begin
                o_data$d = in_data;
                o_side$d = in_side;
                o_last$d = in_last;
            end
        end
        else if (in_valid & ~s_valid$q) begin
            s_valid$d = 1'b1;
        end
        if (~s_valid$q) begin
            s_data$d = in_data;
            s_side$d = in_side;
            s_last$d = in_last;
        end
        if (flush) begin
            o_valid$d = 1'b0;
            s_valid$d = 1'b0;
        end
    end
    
endmodule // viaduct_engine$wjoin$w_slice


module viaduct_engine$wjoin$w_slice$o_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$w_slice$o_data


module viaduct_engine$wjoin$w_slice$o_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$w_slice$o_last


module viaduct_engine$wjoin$w_slice$o_side(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$w_slice$o_side


module viaduct_engine$wjoin$w_slice$o_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$w_slice$o_valid


module viaduct_engine$wjoin$w_slice$s_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$w_slice$s_data


module viaduct_engine$wjoin$w_slice$s_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$w_slice$s_last


module viaduct_engine$wjoin$w_slice$s_side(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$w_slice$s_side


module viaduct_engine$wjoin$w_slice$s_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$w_slice$s_valid


module viaduct_engine$wjoin$wr(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // viaduct_engine$wjoin$wr
