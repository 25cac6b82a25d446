# Unit tests of fpga-build/vivado/lib.tcl and of the tables the flow reads, in plain tclsh:
#
#   tclsh fpga-build/vivado/tests/lib_test.tcl <scratch dir>
#
# Prints one line per failed check and "ok: <n> checks"; exits 1 if any check failed.

set here [file dirname [file normalize [info script]]]
source [file join [file dirname $here] lib.tcl]

set scratch [lindex $argv 0]
if {$scratch eq {}} {
    puts stderr "usage: tclsh lib_test.tcl <scratch dir>"
    exit 2
}
file mkdir $scratch

set checks 0
set failures 0

proc check {name condition} {
    incr ::checks
    if {![uplevel 1 [list expr $condition]]} {
        incr ::failures
        puts "FAIL $name"
    }
}

# Runs `script` expecting an error whose message matches the glob `pattern`.
proc check_error {name script pattern} {
    incr ::checks
    if {![catch {uplevel 1 $script} message]} {
        incr ::failures
        puts "FAIL $name: no error"
    } elseif {![string match $pattern $message]} {
        incr ::failures
        puts "FAIL $name: error '$message' does not match '$pattern'"
    }
}

proc write {name text} {
    set path [file join $::scratch $name]
    set fh [open $path w]
    puts -nonewline $fh $text
    close $fh
    return $path
}

set fixture [file join $viaduct::root testbench tests fixtures bench_fixture.v]

# ---------------------------------------------------------------- engine detection
set facts [viaduct::engine_facts $fixture]
check "engine stand-in found" {[dict get $facts top] eq "bench_fixture" && [dict get $facts width] == 256}

# The same ports in rust-hdl's style: non-ANSI, one declaration per line, submodules whose
# names start with the top's, a 64-bit data path.
proc rust_hdl_style {top width {drop {}} {extra_module {}}} {
    set decls {}
    set names {}
    foreach port $viaduct::engine_ports {
        if {$port eq $drop} {
            continue
        }
        lappend names $port
        set range {}
        switch -glob -- $port {
            *wdata - *rdata - *tdata { set range "\[[expr {$width - 1}]:0\] " }
            *wstrb - *tkeep { set range "\[[expr {$width / 8 - 1}]:0\] " }
            *addr { set range {[63:0] } }
        }
        set dir input
        if {[string match {m_*valid} $port] || [string match {*ready} $port]} {
            set dir output
        }
        lappend decls "    $dir wire  $range$port;"
    }
    set text "// m_axi\$wdata in a comment must not count: \[7:0\] m_axi\$wdata\n\n"
    append text "module $top\([join $names ,]\);\n\n    // Module arguments\n[join $decls \n]\n"
    append text "    top\$walker walker(.clock(clock));\nendmodule // $top\n\n"
    append text "module top\$walker(clock);\n    input wire  clock;\nendmodule // top\$walker\n"
    append text $extra_module
    return $text
}

set facts [viaduct::engine_facts [write rusthdl.v [rust_hdl_style top 64]]]
check "rust-hdl style engine found" {[dict get $facts top] eq "top" && [dict get $facts width] == 64}

check_error "a missing port is named" {
    viaduct::engine_facts [write missing.v [rust_hdl_style top 256 irq\$vector]]
} {*top lacks: irq$vector*}

set two [rust_hdl_style top 256 {} [rust_hdl_style other 64]]
check_error "two engines are ambiguous" {viaduct::engine_facts [write two.v $two]} {*several modules*}
set facts [viaduct::engine_facts [file join $scratch two.v] other]
check "engine_top picks one of two" {[dict get $facts top] eq "other" && [dict get $facts width] == 64}

check_error "odd data width refused" {
    viaduct::engine_facts [write odd.v [rust_hdl_style top 96]]
} {*96 bits*}

check_error "no engine at all" {
    viaduct::engine_facts [file join $viaduct::root testbench tests fixtures fixture.v]
} {no module * has the engine's ports*}

# ---------------------------------------------------------------- stubs and templates
set stubs [file join $viaduct::rtl lint xilinx_ip_stubs.v]
set ports [viaduct::stub_ports $stubs viaduct_u250_host_width {VIADUCT_DATA_WIDTH 64}]
check "stub widths follow the engine width" {
    [dict get $ports s_axi_wdata] eq {input 64} && [dict get $ports s_axi_wstrb] eq {input 8} &&
    [dict get $ports m_axi_wdata] eq {output 512} && [dict get $ports s_axi_awlock] eq {input 1}
}
check "converter manager side has no ID" {![dict exists $ports m_axi_awid] && [dict exists $ports s_axi_awid]}
set ports [viaduct::stub_ports $stubs viaduct_lf_pcie {VIADUCT_DATA_WIDTH 256}]
check "7-series bridge ports" {
    [dict get $ports INTX_MSI_Request] eq {input 1} && [dict get $ports MSI_Vector_Num] eq {input 5} &&
    [dict get $ports pci_exp_rxp] eq {input 4} && [dict get $ports s_axi_wdata] eq {input 128} &&
    ![dict exists $ports s_axi_ctl_awprot]
}
check_error "unknown stub" {viaduct::stub_ports $stubs no_such_ip {}} {no stub for module no_such_ip*}

# A template in the layout Vivado writes (<ip>.veo).
set veo [write sample.veo {
// IP VLNV: xilinx.com:ip:axi_dwidth_converter:2.1
//----------- Begin Cut here for INSTANTIATION Template ---// INST_TAG
sample your_instance_name (
  .s_axi_aclk(s_axi_aclk),          // input wire s_axi_aclk
  .s_axi_awid(s_axi_awid),          // input wire [3 : 0] s_axi_awid
  .s_axi_awlock(s_axi_awlock),      // input wire [0 : 0] s_axi_awlock
  .m_axi_wdata(m_axi_wdata),        // output wire [511 : 0] m_axi_wdata
  .m_axi_rready(m_axi_rready)       // output wire m_axi_rready
);
// INST_TAG_END ------ End INSTANTIATION Template ---------
}]
set ip [viaduct::veo_ports $veo]
check "template parsed" {
    [dict size $ip] == 5 && [dict get $ip s_axi_awid] eq {input 4} && [dict get $ip s_axi_awlock] eq {input 1} &&
    [dict get $ip m_axi_wdata] eq {output 512} && [dict get $ip m_axi_rready] eq {output 1}
}

set stub [dict create a {input 4} b {output 1} c {input 8}]
lassign [viaduct::compare_ports m $stub $stub] errors warnings
check "identical ports agree" {$errors eq {} && $warnings eq {}}
lassign [viaduct::compare_ports m $stub [dict create a {input 4} b {output 1}]] errors warnings
check "a stub port missing from the IP is an error" {[llength $errors] == 1 && [string match *'c'* $errors]}
lassign [viaduct::compare_ports m $stub [dict create a {output 4} b {output 1} c {input 16}]] errors warnings
check "direction and width differences are errors" {[llength $errors] == 2}
lassign [viaduct::compare_ports m $stub [dict merge $stub {d {output 2}}]] errors warnings
check "an unused IP output is a warning" {$errors eq {} && [llength $warnings] == 1}
lassign [viaduct::compare_ports m $stub [dict merge $stub {e {input 1}}]] errors warnings
check "an open IP input is an error" {[llength $errors] == 1 && [string match *'e'* $errors]}

# ---------------------------------------------------------------- reports and JSON
set u [viaduct::parse_utilization {
+-------------------------+-------+-------+------------+-----------+-------+
|        Site Type        |  Used | Fixed | Prohibited | Available | Util% |
+-------------------------+-------+-------+------------+-----------+-------+
| Slice LUTs              | 14203 |     0 |          0 |     63400 | 22.40 |
|   LUT as Logic          | 13001 |     0 |          0 |     63400 | 20.51 |
| Slice Registers         | 17122 |     0 |          0 |    126800 | 13.50 |
| Block RAM Tile          |  22.5 |     0 |          0 |       135 | 16.67 |
| DSPs                    |     4 |     0 |          0 |       240 |  1.67 |
}]
check "7-series utilization" {$u eq {lut 14203 ff 17122 bram 22.5 dsp 4}}
set u [viaduct::parse_utilization {
| CLB LUTs*               | 98000 |     0 |          0 |   1728000 |  5.67 |
| CLB Registers           | 120000 |    0 |          0 |   3456000 |  3.47 |
| Block RAM Tile          |  80 |     0 |          0 |      2688 |  2.98 |
}]
check "UltraScale+ utilization, DSPs absent" {$u eq {lut 98000 ff 120000 bram 80 dsp null}}

set j [viaduct::json [dict create n 12 x -0.25 s "a \"q\" \\ b" t true z 0042]]
check "JSON encoding" {$j eq "\{\n  \"n\": 12,\n  \"x\": -0.25,\n  \"s\": \"a \\\"q\\\" \\\\ b\",\n  \"t\": true,\n  \"z\": \"0042\"\n\}\n"}

# ---------------------------------------------------------------- arguments
set cfg [viaduct::parse_args [list u250 $fixture out jobs=8 net_loopback=1]]
check "arguments" {[dict get $cfg board] eq "u250" && [dict get $cfg jobs] == 8 &&
                   [dict get $cfg net_loopback] == 1 && [file pathtype [dict get $cfg outdir]] eq "absolute"}
check_error "too few arguments" {viaduct::parse_args {litefury}} {expected <board> <engine.v> <outdir>*}
check_error "unknown option" {viaduct::parse_args [list litefury $fixture out speed=11]} {unknown option 'speed'*}
check_error "non-integer option" {viaduct::parse_args [list litefury $fixture out jobs=many]} {option jobs must be an integer*}
check_error "missing engine" {viaduct::parse_args {litefury /no/such/engine.v out}} {*does not exist*}
check_error "unknown board" {viaduct::parse_args [list zcu102 $fixture out]} {unknown board 'zcu102'*}

# ---------------------------------------------------------------- tables against files
# Every IP the tops instantiate has a stub and is created by the board scripts, and every
# IP the scripts create has a stub.
set fh [open $stubs r]
set stub_text [read $fh]
close $fh
set stub_modules {}
foreach m [viaduct::modules $stub_text] {
    lappend stub_modules [lindex $m 0]
}
set created {}
foreach script [glob [file join $viaduct::here boards *.tcl]] {
    set fh [open $script r]
    set text [read $fh]
    close $fh
    foreach {- module} [regexp -all -inline {viaduct::make_ip\s+([A-Za-z0-9_]+)} $text] {
        lappend created $module
    }
}
foreach module [lsort -unique $created] {
    check "IP $module has a stub" {$module in $stub_modules}
}
foreach module $stub_modules {
    check "stub $module is created by a board script" {$module in $created}
}

foreach board [viaduct::board_names] {
    set info [viaduct::board $board]
    check "$board: constraints exist" {[file isfile [file join $viaduct::here constraints [dict get $info xdc]]]}
    check "$board: IP script exists" {[file isfile [file join $viaduct::here boards [dict get $info script]]]}
    set top_file [file join $viaduct::rtl [dict get $info top].v]
    check "$board: top exists" {[file isfile $top_file]}
    set fh [open $top_file r]
    set top_text [read $fh]
    close $fh
    dict for {port pin} [dict get $info pins] {
        regexp {^([A-Za-z_0-9]+)\[(\d+)\]$} $port -> name index
        check "$board: $port is a port of the top" {[regexp "\\\[(\\d+):0\\\]\\s+$name\\M" $top_text -> msb] && $index <= $msb}
    }
    foreach module [regexp -all -inline {\mviaduct_(?:lf|u250|bar)_[a-z0-9_]+(?=\s+u_)} $top_text] {
        check "$board: [dict get $info top] instantiates $module, which has a stub" {$module in $stub_modules}
    }
}

puts "ok: [expr {$checks - $failures}] of $checks checks passed"
exit [expr {$failures == 0 ? 0 : 1}]
