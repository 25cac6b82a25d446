# Vivado batch flow of viaduct for a PCIe card: bridge IP, wrapper, constraints, synthesis,
# implementation, bitstream and reports, in one non-project run.
#
#   vivado -mode batch -source fpga-build/vivado/build.tcl \
#       -tclargs <board> <engine.v> <outdir> [key=value ...]
#
#   board       litefury | nitefury | u250 (fpga-build/vivado/lib.tcl has the table)
#   engine.v    the engine's Verilog (hw/generated/viaduct_engine.v, or a stand-in with the
#               same ports); its module and data width are read from the file
#   outdir      gets ip/, checkpoints, reports, summary.json and viaduct_<board>.bit/.bin
#   options     engine_top=<module> (if several modules have the engine's ports)
#               jobs=<n> (Vivado threads, default 2)   net_loopback=1 (see viaduct_shell.v)
#               part=<part> (override the board's part)   allow_timing_failure=1
#               stop_after=ips|synth|route (stop early, e.g. to inspect the IP)
#
# The run stops with an error, before the bitstream, if an IP's ports differ from the stub
# the wrapper was linted against (fpga-build/rtl/lint/xilinx_ip_stubs.v), if a transceiver
# lane lands on the wrong package pin, or if timing is not met.

set viaduct_build_dir [file dirname [file normalize [info script]]]
source [file join $viaduct_build_dir lib.tcl]

# create_ip + CONFIG parameters; `config` is a dict CONFIG.<name> -> value.
proc viaduct::make_ip {module ip ipdir config} {
    create_ip -name $ip -vendor xilinx.com -library ip -module_name $module -dir $ipdir
    set_property -dict $config [get_ips $module]
    # Read back what the IP accepted: a value it silently adjusted would not match.
    dict for {key value} $config {
        set actual [get_property $key [get_ips $module]]
        if {[string tolower $actual] ne [string tolower $value]} {
            error "$module: $key is '$actual' after setting '$value'"
        }
    }
    return $module
}

# Generates an IP and checks its ports against the stub of the same name.
proc viaduct::generate_ip {module width} {
    variable rtl
    set ip [get_ips $module]
    generate_target instantiation_template $ip
    set veo [file join [get_property IP_DIR $ip] $module.veo]
    if {![file exists $veo]} {
        error "$module: no instantiation template at $veo"
    }
    set stub [stub_ports [file join $rtl lint xilinx_ip_stubs.v] $module \
        [dict create VIADUCT_DATA_WIDTH $width]]
    lassign [compare_ports $module $stub [veo_ports $veo]] errors warnings
    foreach w $warnings {
        puts "WARNING: viaduct: $w"
    }
    if {$errors ne {}} {
        error "the generated IP does not match the wrapper's stub\
               (fpga-build/rtl/lint/xilinx_ip_stubs.v):\n  [join $errors "\n  "]"
    }
    generate_target all $ip
    synth_ip $ip
}

# After placement: the transceiver ports must sit on the card's pins.
proc viaduct::check_pins {pins} {
    set wrong {}
    dict for {port pin} $pins {
        set actual [get_property PACKAGE_PIN [get_ports $port]]
        if {$actual ne $pin} {
            lappend wrong "$port is on '$actual', the card wires it to $pin"
        }
    }
    if {$wrong ne {}} {
        error "transceiver lanes are on the wrong pins:\n  [join $wrong "\n  "]"
    }
    puts "viaduct: [dict size $pins] transceiver pins checked"
}

proc viaduct::report_all {outdir prefix} {
    report_timing_summary -max_paths 20 -report_unconstrained -file [file join $outdir ${prefix}timing_summary.rpt]
    report_utilization -file [file join $outdir ${prefix}utilization.rpt]
    report_utilization -hierarchical -hierarchical_depth 4 -file [file join $outdir ${prefix}utilization_hier.rpt]
}

proc viaduct::main {argv} {
    variable rtl
    variable rtl_files
    variable here

    set cfg [parse_args $argv]
    set board [dict get $cfg board]
    set info [board $board]
    set outdir [dict get $cfg outdir]
    set part [dict get $info part]
    if {[dict get $cfg part] ne {}} {
        set part [dict get $cfg part]
    }
    set facts [engine_facts [dict get $cfg engine] [dict get $cfg engine_top]]
    set engine_top [dict get $facts top]
    set width [dict get $facts width]
    if {[dict get $cfg data_width] ne {} && [dict get $cfg data_width] != $width} {
        error "data_width=[dict get $cfg data_width] but m_axi\$wdata of $engine_top is $width bits"
    }
    set top [dict get $info top]
    puts "viaduct: board $board, part $part, top $top"
    puts "viaduct: engine $engine_top ($width-bit data path) from [dict get $cfg engine]"
    puts "viaduct: output in $outdir"

    file mkdir $outdir
    set ipdir [file join $outdir ip]
    file delete -force $ipdir
    file mkdir $ipdir

    set_param general.maxThreads [dict get $cfg jobs]
    create_project -in_memory -part $part
    set_property target_language Verilog [current_project]
    set board_part [dict get $info board_part]
    if {$board_part ne {}} {
        set found [lsort -dictionary [get_board_parts -quiet $board_part]]
        if {$found eq {}} {
            error "the board files for $board ($board_part) are not installed; add them from\
                   Vivado's board store (Tools > Vivado Store > Boards) or the vendor's package"
        }
        set_property board_part [lindex $found end] [current_project]
        puts "viaduct: board part [lindex $found end]"
    }

    # IP: created by the board's script, checked against the stubs, synthesized out of
    # context.
    source [file join $here boards [dict get $info script]]
    set ips [viaduct::board::create_ips $ipdir $width]
    foreach ip $ips {
        generate_ip $ip $width
    }
    if {[dict get $cfg stop_after] eq "ips"} {
        puts "viaduct: stopped after the IP (stop_after=ips)"
        return
    }

    # Wrapper (this board's top only) and engine.
    foreach f $rtl_files {
        if {[string match *_top.v $f] && $f ne "$top.v"} {
            continue
        }
        read_verilog [file join $rtl $f]
    }
    read_verilog [dict get $cfg engine]
    read_xdc [file join $here constraints [dict get $info xdc]]

    synth_design -top $top -part $part -include_dirs [list $rtl] \
        -verilog_define [list VIADUCT_ENGINE=$engine_top VIADUCT_DATA_WIDTH=$width] \
        -generic NET_LOOPBACK=[dict get $cfg net_loopback]
    write_checkpoint -force [file join $outdir post_synth.dcp]
    report_utilization -file [file join $outdir synth_utilization.rpt]
    viaduct::board::post_synth
    if {[dict get $cfg stop_after] eq "synth"} {
        puts "viaduct: stopped after synthesis (stop_after=synth)"
        return
    }

    opt_design
    place_design
    check_pins [dict get $info pins]
    phys_opt_design
    route_design
    write_checkpoint -force [file join $outdir post_route.dcp]

    report_all $outdir {}
    report_drc -file [file join $outdir drc.rpt]
    report_io -file [file join $outdir io.rpt]
    report_clock_utilization -file [file join $outdir clock_utilization.rpt]
    report_cdc -file [file join $outdir cdc.rpt]
    report_power -file [file join $outdir power.rpt]

    # Numbers for docs and CI dashboards: the whole design and the engine alone.
    set total [parse_utilization [report_utilization -return_string]]
    set engine [parse_utilization [report_utilization -return_string \
        -cells [get_cells u_shell/u_engine]]]
    set wns [get_property SLACK [get_timing_paths -delay_type max -max_paths 1]]
    set whs [get_property SLACK [get_timing_paths -delay_type min -max_paths 1]]
    if {$wns eq {}} {
        set wns null
    }
    if {$whs eq {}} {
        set whs null
    }
    set met [expr {$wns ne "null" && $whs ne "null" && $wns >= 0 && $whs >= 0}]
    set summary [dict create board $board part $part vivado [version -short] \
        engine_top $engine_top data_width $width engine_mhz [dict get $info engine_mhz] \
        lut [dict get $total lut] ff [dict get $total ff] bram [dict get $total bram] \
        dsp [dict get $total dsp] engine_lut [dict get $engine lut] engine_ff [dict get $engine ff] \
        engine_bram [dict get $engine bram] engine_dsp [dict get $engine dsp] \
        wns_ns $wns whs_ns $whs timing_met [expr {$met ? "true" : "false"}]]
    set fh [open [file join $outdir summary.json] w]
    puts -nonewline $fh [json $summary]
    close $fh
    puts "viaduct: [json $summary]"

    if {!$met && ![dict get $cfg allow_timing_failure]} {
        error "timing not met (WNS $wns ns, WHS $whs ns); see [file join $outdir timing_summary.rpt]\
               (allow_timing_failure=1 writes the bitstream anyway)"
    }
    if {[dict get $cfg stop_after] eq "route"} {
        puts "viaduct: stopped after routing (stop_after=route)"
        return
    }
    write_bitstream -force -bin_file [file join $outdir viaduct_$board.bit]
    puts "viaduct: wrote [file join $outdir viaduct_$board.bit]"
}

if {[catch {viaduct::main $argv} message]} {
    puts stderr "ERROR: viaduct build: $message"
    exit 1
}
exit 0
