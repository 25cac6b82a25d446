# Plain-Tcl helpers of the Vivado flow: board table, arguments, engine detection, the IP port
# contract (stubs against Vivado's instantiation templates), report parsing and JSON.
# Nothing here calls Vivado, so tclsh runs and tests all of it
# (fpga-build/vivado/tests/lib_test.tcl).

namespace eval viaduct {
    variable here [file dirname [file normalize [info script]]]
    variable root [file dirname [file dirname $here]]
    variable rtl [file join $root fpga-build rtl]

    # Every board the flow builds. bridge_width is the AXI width of the PCIe bridge;
    # pins are the package pins some transceiver ports must land on (checked after
    # placement, so a wrong lane map stops the build instead of making a dead card).
    variable boards [dict create \
        litefury [dict create \
            part xc7a100tfgg484-2L \
            board_part {} \
            family 7series \
            top viaduct_litefury_top \
            xdc litefury.xdc \
            script litefury.tcl \
            bridge_width 128 \
            engine_mhz 125 \
            pins {pci_exp_rxp[0] B10 pci_exp_rxp[1] B8 pci_exp_rxp[2] D11 pci_exp_rxp[3] D9
                  pci_exp_txp[0] B6 pci_exp_txp[1] B4 pci_exp_txp[2] D5 pci_exp_txp[3] D7}] \
        nitefury [dict create \
            part xc7a200tfbg484-3 \
            board_part {} \
            family 7series \
            top viaduct_litefury_top \
            xdc litefury.xdc \
            script litefury.tcl \
            bridge_width 128 \
            engine_mhz 125 \
            pins {pci_exp_rxp[0] B10 pci_exp_rxp[1] B8 pci_exp_rxp[2] D11 pci_exp_rxp[3] D9
                  pci_exp_txp[0] B6 pci_exp_txp[1] B4 pci_exp_txp[2] D5 pci_exp_txp[3] D7}] \
        u250 [dict create \
            part xcu250-figd2104-2L-e \
            board_part xilinx.com:au250:part0:* \
            family usplus \
            top viaduct_u250_top \
            xdc u250.xdc \
            script u250.tcl \
            bridge_width 512 \
            engine_mhz 125 \
            pins {pci_exp_rxp[0] AF2 pci_exp_txp[0] AF7 pci_exp_rxp[7] AN4 pci_exp_txp[7] AN9
                  pci_exp_rxp[8] AP2 pci_exp_txp[8] AP7 pci_exp_rxp[15] BC2 pci_exp_txp[15] BF5}]]

    # The engine's top-level ports (testbench/src/bench.rs states the contract).
    variable engine_ports {
        clock
        s_axil$awvalid s_axil$awready s_axil$awaddr s_axil$wvalid s_axil$wready s_axil$wdata
        s_axil$wstrb s_axil$bvalid s_axil$bready s_axil$bresp s_axil$arvalid s_axil$arready
        s_axil$araddr s_axil$rvalid s_axil$rready s_axil$rdata s_axil$rresp
        m_axi$arvalid m_axi$arready m_axi$arid m_axi$araddr m_axi$arlen m_axi$arsize m_axi$arburst
        m_axi$rvalid m_axi$rready m_axi$rid m_axi$rdata m_axi$rresp m_axi$rlast
        m_axi$awvalid m_axi$awready m_axi$awid m_axi$awaddr m_axi$awlen m_axi$awsize m_axi$awburst
        m_axi$wvalid m_axi$wready m_axi$wdata m_axi$wstrb m_axi$wlast
        m_axi$bvalid m_axi$bready m_axi$bid m_axi$bresp
        m_axis_net$tvalid m_axis_net$tready m_axis_net$tdata m_axis_net$tkeep m_axis_net$tlast
        m_axis_net$tuser m_axis_net$tid
        s_axis_net$tvalid s_axis_net$tready s_axis_net$tdata s_axis_net$tkeep s_axis_net$tlast
        m_axis_sto$tvalid m_axis_sto$tready m_axis_sto$tdata m_axis_sto$tkeep m_axis_sto$tlast
        s_axis_sto$tvalid s_axis_sto$tready s_axis_sto$tdata s_axis_sto$tkeep s_axis_sto$tlast
        irq$valid irq$vector
    }

    # RTL of the wrapper, in the order synthesis reads it.
    variable rtl_files {
        viaduct_reset_sync.v viaduct_irq_sync.v viaduct_irq_usr.v viaduct_irq_msi.v
        viaduct_host_window.v viaduct_shell.v viaduct_litefury_top.v viaduct_u250_top.v
    }
}

proc viaduct::board_names {} {
    variable boards
    return [lsort [dict keys $boards]]
}

proc viaduct::board {name} {
    variable boards
    if {![dict exists $boards $name]} {
        error "unknown board '$name'; known boards: [join [board_names] {, }]"
    }
    return [dict get $boards $name]
}

proc viaduct::usage {} {
    return "usage: vivado -mode batch -source fpga-build/vivado/build.tcl -tclargs\
            <board> <engine.v> <outdir> \[key=value ...\]\n\
            boards: [join [board_names] {, }]\n\
            options: engine_top=<module> data_width=<bits> jobs=<n> net_loopback=0|1\
            part=<part> allow_timing_failure=0|1 stop_after=ips|synth|route"
}

# <board> <engine.v> <outdir> [key=value ...] -> dict with board, engine, outdir and options.
proc viaduct::parse_args {argv} {
    if {[llength $argv] < 3} {
        error "expected <board> <engine.v> <outdir>, got [llength $argv] arguments\n[usage]"
    }
    lassign $argv board engine outdir
    board $board
    if {![file isfile $engine]} {
        error "engine Verilog '$engine' does not exist"
    }
    set cfg [dict create board $board engine [file normalize $engine] outdir [file normalize $outdir] \
        engine_top {} data_width {} jobs 2 net_loopback 0 part {} allow_timing_failure 0 stop_after {}]
    foreach opt [lrange $argv 3 end] {
        if {![regexp {^([a-z_]+)=(.*)$} $opt -> key value]} {
            error "option '$opt' is not key=value\n[usage]"
        }
        if {![dict exists $cfg $key] || $key in {board engine outdir}} {
            error "unknown option '$key'\n[usage]"
        }
        dict set cfg $key $value
    }
    foreach key {jobs net_loopback allow_timing_failure} {
        if {![string is integer -strict [dict get $cfg $key]]} {
            error "option $key must be an integer, got '[dict get $cfg $key]'"
        }
    }
    if {[dict get $cfg stop_after] ni {{} ips synth route}} {
        error "stop_after must be ips, synth or route"
    }
    return $cfg
}

# Regular expression matching `name` as a whole Verilog identifier ($ is part of a name).
proc viaduct::ident_re {name} {
    return "(?:^|\[^A-Za-z0-9_\$\])[string map {$ \\$} $name](?!\[A-Za-z0-9_\$\])"
}

# The modules of a Verilog file: list of {name text} pairs.
proc viaduct::modules {text} {
    set result {}
    set pos 0
    while {[regexp -indices -start $pos {\mmodule\s+([A-Za-z_][A-Za-z0-9_$]*)} $text whole name]} {
        set end [string first endmodule $text [lindex $whole 1]]
        if {$end < 0} {
            set end [string length $text]
        }
        lappend result [list [string range $text {*}$name] [string range $text [lindex $whole 0] $end]]
        set pos [expr {$end + 1}]
    }
    return $result
}

# Finds the engine in a Verilog file: the module that has every engine port. Returns a dict
# {top width} with width = the width of m_axi$wdata. `top` may name the module to use.
proc viaduct::engine_facts {path {top {}}} {
    variable engine_ports
    set fh [open $path r]
    set text [read $fh]
    close $fh
    # Comments could mention port names; drop them first.
    regsub -all {//[^\n]*} $text {} text
    regsub -all {/\*.*?\*/} $text {} text
    set found {}
    set near {}
    foreach m [modules $text] {
        lassign $m name body
        if {$top ne {} && $name ne $top} {
            continue
        }
        set missing {}
        foreach port $engine_ports {
            if {![regexp [ident_re $port] $body]} {
                lappend missing $port
            }
        }
        if {$missing eq {}} {
            lappend found $name $body
        } elseif {[llength $missing] * 2 < [llength $engine_ports]} {
            # Close enough to be meant as the engine: say what it lacks.
            lappend near $name $missing
        }
    }
    if {[llength $found] == 0} {
        set msg "no module in $path has the engine's ports"
        if {$top ne {}} {
            set msg "module '$top' in $path does not have the engine's ports"
        }
        foreach {name missing} $near {
            append msg "\n  $name lacks: [join [lrange $missing 0 9] { }]"
            if {[llength $missing] > 10} {
                append msg " (and [expr {[llength $missing] - 10}] more)"
            }
        }
        error $msg
    }
    if {[llength $found] > 2} {
        error "several modules in $path have the engine's ports ([join [dict keys $found] {, }]);\
               choose one with engine_top=<module>"
    }
    lassign $found name body
    set wdata [string map {$ \\$} {m_axi$wdata}]
    if {![regexp "\\\[\\s*(\\d+)\\s*:\\s*0\\s*\\\]\\s*$wdata\\M" $body -> msb]} {
        error "cannot read the width of m_axi\$wdata in module $name of $path"
    }
    set width [expr {$msb + 1}]
    if {$width ni {64 128 256 512}} {
        error "module $name: m_axi\$wdata is $width bits; the boards take 64, 128, 256 or 512"
    }
    return [dict create top $name width $width]
}

# Ports of a black-box stub in fpga-build/rtl/lint/xilinx_ip_stubs.v (one port per line,
# ANSI style): dict name -> {direction width}. `defines` maps macro names to values.
proc viaduct::stub_ports {path module defines} {
    set fh [open $path r]
    set text [read $fh]
    close $fh
    set body {}
    foreach m [modules $text] {
        if {[lindex $m 0] eq $module} {
            set body [lindex $m 1]
        }
    }
    if {$body eq {}} {
        error "no stub for module $module in $path"
    }
    set macros {}
    dict for {name value} $defines {
        lappend macros "`$name" $value
    }
    set ports [dict create]
    foreach line [split $body \n] {
        if {![regexp {^\s*(input|output|inout)\s+(?:wire\s+|reg\s+)?(?:\[([^:\]]+):([^\]]+)\]\s*)?([A-Za-z_][A-Za-z0-9_]*)\s*,?\s*$} \
                $line -> dir msb lsb name]} {
            continue
        }
        set width 1
        if {$msb ne {}} {
            set width [expr "([string map $macros $msb]) - ([string map $macros $lsb]) + 1"]
        }
        dict set ports $name [list $dir $width]
    }
    return $ports
}

# Ports of an IP from its instantiation template (<ip>.veo): dict name -> {direction width}.
proc viaduct::veo_ports {path} {
    set fh [open $path r]
    set text [read $fh]
    close $fh
    set ports [dict create]
    foreach line [split $text \n] {
        if {[regexp {^\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*\(.*//\s*(input|output|inout)\s+(?:wire\s+)?(?:\[\s*(\d+)\s*:\s*(\d+)\s*\]\s*)?([A-Za-z_][A-Za-z0-9_]*)} \
                $line -> pin dir msb lsb name]} {
            set width 1
            if {$msb ne {}} {
                set width [expr {abs($msb - $lsb) + 1}]
            }
            dict set ports $pin [list $dir $width]
        }
    }
    return $ports
}

# Differences between the stub the wrapper was linted against and the IP Vivado generated.
# Returns {errors warnings}: a port of the stub missing from the IP, a direction or width
# that differs, or an IP input the wrapper leaves open is an error; an IP output the wrapper
# does not use is a warning.
proc viaduct::compare_ports {module stub ip} {
    set errors {}
    set warnings {}
    dict for {name info} $stub {
        lassign $info dir width
        if {![dict exists $ip $name]} {
            lappend errors "$module: the wrapper connects '$name' ($dir, $width bits) but the IP has no such port"
            continue
        }
        lassign [dict get $ip $name] ip_dir ip_width
        if {$ip_dir ne $dir} {
            lappend errors "$module: '$name' is an $ip_dir of the IP, the wrapper expects an $dir"
        }
        if {$ip_width != $width} {
            lappend errors "$module: '$name' is $ip_width bits in the IP, $width bits in the wrapper"
        }
    }
    dict for {name info} $ip {
        if {![dict exists $stub $name]} {
            lassign $info dir width
            if {$dir eq "output"} {
                lappend warnings "$module: IP output '$name' ($width bits) is not used by the wrapper"
            } else {
                lappend errors "$module: IP $dir '$name' ($width bits) is not connected by the wrapper"
            }
        }
    }
    return [list $errors $warnings]
}

# Totals from a `report_utilization` text: dict lut ff bram dsp (7-series and UltraScale
# table names). BRAM counts 36 Kb tiles, so it may end in .5.
proc viaduct::parse_utilization {text} {
    set result [dict create]
    foreach {key pattern} {
        lut  {\|\s*(?:Slice|CLB) LUTs\*?\s*\|\s*([0-9.]+)\s*\|}
        ff   {\|\s*(?:Slice|CLB) Registers\s*\|\s*([0-9.]+)\s*\|}
        bram {\|\s*Block RAM Tile\s*\|\s*([0-9.]+)\s*\|}
        dsp  {\|\s*DSPs\s*\|\s*([0-9.]+)\s*\|}
    } {
        if {[regexp $pattern $text -> value]} {
            dict set result $key $value
        } else {
            dict set result $key null
        }
    }
    return $result
}

# A flat dict as a JSON object: integers and decimals stay numbers, `null`, `true` and
# `false` stay literals, everything else becomes a string.
proc viaduct::json {d} {
    set items {}
    dict for {key value} $d {
        if {$value in {null true false} ||
            [regexp {^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$} $value]} {
            set encoded $value
        } else {
            set encoded "\"[string map [list \\ \\\\ \" \\\" \n \\n \r \\r \t \\t] $value]\""
        }
        lappend items "  \"$key\": $encoded"
    }
    return "\{\n[join $items ",\n"]\n\}\n"
}
