# Runs build.tcl in plain tclsh with every Vivado command replaced by a stand-in, so the
# flow's own logic runs on machines without Vivado:
#
#   tclsh fpga-build/vivado/dryrun.tcl <board> <engine.v> <outdir> [key=value ...]
#
# The stand-ins log each call to <outdir>/dryrun.log (one Tcl list per line) and check what
# they can: files read exist, IP parameters come as CONFIG.* pairs, the top module and the
# engine module exist in the Verilog read, the macros name the engine. generate_target
# writes an instantiation template from the wrapper's stub, so the port contract check
# passes unless a test breaks it on purpose:
#   VIADUCT_DRYRUN_DROP_PORT=<ip>:<port>  leave a port out of that IP's template
#   VIADUCT_DRYRUN_WRONG_PIN=<port>       put that transceiver port on the wrong pin
#   VIADUCT_DRYRUN_NO_BOARD=1             no board files installed
#   VIADUCT_DRYRUN_SLACK=<ns>             worst setup slack after routing (default 0.25)
# Nothing here says whether Vivado accepts the IP parameters or meets timing.

namespace eval dryrun {
    variable log {}
    variable ips [dict create]        ;# module -> dict name dir config
    variable verilog {}               ;# files read
    variable locs [dict create]       ;# cell -> site
    variable board {}
    variable stage none
}

proc dryrun::record {args} {
    variable log
    if {$log ne {}} {
        puts $log $args
    }
}

proc dryrun::env {name {default {}}} {
    if {[info exists ::env($name)]} {
        return $::env($name)
    }
    return $default
}

proc dryrun::option {args name {default {}}} {
    set i [lsearch -exact $args $name]
    if {$i < 0} {
        return $default
    }
    return [lindex $args [expr {$i + 1}]]
}

proc dryrun::touch {path {text "dry run: nothing here\n"}} {
    file mkdir [file dirname $path]
    set fh [open $path w]
    puts -nonewline $fh $text
    close $fh
}

# ---------------------------------------------------------------- project and IP
proc create_project {args} {
    dryrun::record create_project {*}$args
    if {[lsearch -exact $args -in_memory] < 0 || [lsearch -exact $args -part] < 0} {
        error "dry run: create_project expects -in_memory -part <part>"
    }
}
proc current_project {args} {
    dryrun::record current_project {*}$args
    return project:in_memory
}
proc set_param {args} {
    dryrun::record set_param {*}$args
}
proc version {args} {
    return dryrun
}
proc get_board_parts {args} {
    dryrun::record get_board_parts {*}$args
    if {[dryrun::env VIADUCT_DRYRUN_NO_BOARD] ne {}} {
        return {}
    }
    set pattern [lindex $args end]
    return [list [string map {* 1.3} $pattern] [string map {* 1.1} $pattern]]
}
proc create_ip {args} {
    dryrun::record create_ip {*}$args
    set name [dryrun::option $args -name]
    set module [dryrun::option $args -module_name]
    set dir [dryrun::option $args -dir]
    if {$name eq {} || $module eq {} || $dir eq {}} {
        error "dry run: create_ip needs -name, -module_name and -dir"
    }
    if {[dryrun::option $args -vendor] ne "xilinx.com" || [dryrun::option $args -library] ne "ip"} {
        error "dry run: create_ip of $module: expected -vendor xilinx.com -library ip"
    }
    if {[dict exists $dryrun::ips $module]} {
        error "dry run: IP $module created twice"
    }
    file mkdir [file join $dir $module]
    dict set dryrun::ips $module [dict create name $name dir [file join $dir $module] config {}]
}
proc get_ips {args} {
    set module [lindex $args end]
    if {![dict exists $dryrun::ips $module]} {
        error "dry run: no IP $module"
    }
    return ip:$module
}
proc set_property {args} {
    dryrun::record set_property {*}$args
    if {[lindex $args 0] eq "-dict"} {
        lassign $args - config object
        if {[llength $config] % 2 != 0} {
            error "dry run: set_property -dict with an odd-length list on $object"
        }
        if {[string match ip:* $object]} {
            set module [string range $object 3 end]
            dict for {key value} $config {
                if {![string match CONFIG.* $key] || $value eq {}} {
                    error "dry run: $module: '$key' '$value' is not a CONFIG.<name> <value> pair"
                }
                dict set dryrun::ips $module config $key $value
            }
        }
        return
    }
    lassign $args key value object
    if {$key eq "LOC" && [string match cell:* $object]} {
        dict set dryrun::locs $object $value
    }
}
proc reset_property {args} {
    dryrun::record reset_property {*}$args
    lassign $args key object
    if {$key eq "LOC"} {
        dict unset dryrun::locs $object
    }
}
proc get_property {key object} {
    if {[string match ip:* $object]} {
        set module [string range $object 3 end]
        if {$key eq "IP_DIR"} {
            return [dict get $dryrun::ips $module dir]
        }
        return [dict get $dryrun::ips $module config $key]
    }
    if {[string match port:* $object] && $key eq "PACKAGE_PIN"} {
        set port [string range $object 5 end]
        set pins [dict get [viaduct::board $dryrun::board] pins]
        if {$port eq [dryrun::env VIADUCT_DRYRUN_WRONG_PIN]} {
            return A1
        }
        if {[dict exists $pins $port]} {
            return [dict get $pins $port]
        }
        return {}
    }
    if {[string match path:* $object] && $key eq "SLACK"} {
        if {[string match *min* $object]} {
            return 0.05
        }
        return [dryrun::env VIADUCT_DRYRUN_SLACK 0.25]
    }
    error "dry run: get_property $key of $object"
}
proc generate_target {what object} {
    dryrun::record generate_target $what $object
    set module [string range $object 3 end]
    if {$what ne "instantiation_template"} {
        return
    }
    # The template Vivado would write, made from the wrapper's stub.
    set stub [viaduct::stub_ports [file join $viaduct::rtl lint xilinx_ip_stubs.v] $module \
        [dict create VIADUCT_DATA_WIDTH $dryrun::data_width]]
    set drop [split [dryrun::env VIADUCT_DRYRUN_DROP_PORT] :]
    set lines [list "// dry run template of $module" "$module your_instance_name ("]
    dict for {name info} $stub {
        if {[lindex $drop 0] eq $module && [lindex $drop 1] eq $name} {
            continue
        }
        lassign $info dir w
        set range [expr {$w > 1 ? "\[[expr {$w - 1}] : 0\] " : ""}]
        lappend lines "  .$name\($name\),  // $dir wire $range$name"
    }
    lappend lines ");"
    dryrun::touch [file join [dict get $dryrun::ips $module dir] $module.veo] [join $lines \n]\n
}
proc synth_ip {object} {
    dryrun::record synth_ip $object
}

# ---------------------------------------------------------------- sources and synthesis
proc read_verilog {args} {
    dryrun::record read_verilog {*}$args
    set path [lindex $args end]
    if {![file isfile $path]} {
        error "dry run: read_verilog: $path does not exist"
    }
    lappend dryrun::verilog $path
}
proc read_xdc {path} {
    dryrun::record read_xdc $path
    if {![file isfile $path]} {
        error "dry run: read_xdc: $path does not exist"
    }
}
proc synth_design {args} {
    dryrun::record synth_design {*}$args
    set top [dryrun::option $args -top]
    set defines [dryrun::option $args -verilog_define]
    set modules {}
    foreach path $dryrun::verilog {
        set fh [open $path r]
        set text [read $fh]
        close $fh
        foreach m [viaduct::modules $text] {
            lappend modules [lindex $m 0]
        }
    }
    if {$top ni $modules} {
        error "dry run: synth_design -top $top, but no Verilog read defines it"
    }
    foreach define $defines {
        if {[regexp {^VIADUCT_ENGINE=(.*)$} $define -> engine] && $engine ni $modules} {
            error "dry run: VIADUCT_ENGINE=$engine, but no Verilog read defines it"
        }
    }
    # Every IP the top instantiates must have been created.
    set fh [open [file join $viaduct::rtl lint xilinx_ip_stubs.v] r]
    set stubs [read $fh]
    close $fh
    set fh [open [file join $viaduct::rtl $top.v] r]
    set text [read $fh]
    close $fh
    foreach m [viaduct::modules $stubs] {
        set ip [lindex $m 0]
        if {[regexp "\\m$ip\\s+u_" $text] && ![dict exists $dryrun::ips $ip]} {
            error "dry run: $top instantiates $ip, which no create_ip made"
        }
    }
    set dryrun::stage synth
}
proc get_cells {args} {
    set filter [dryrun::option $args -filter]
    if {[string match *GTPE2_CHANNEL* $filter]} {
        set cells {}
        foreach lane {2 0 3 1} {
            lappend cells "cell:u_bridge/inst/pcie_7x_i/gt_top_i/pipe_wrapper_i/pipe_lane\[$lane\].gt_wrapper_i/gtp_channel.gtpe2_channel_i"
        }
        foreach cell $cells {
            dict set dryrun::locs $cell GTPE2_CHANNEL_X0Y[expr {4 + [lsearch $cells $cell]}]
        }
        return $cells
    }
    if {$filter ne {}} {
        return {}
    }
    return cell:[lindex $args end]
}
proc get_ports {name} {
    return port:$name
}
proc get_timing_paths {args} {
    return path:[dryrun::option $args -delay_type]
}

# ---------------------------------------------------------------- implementation, reports
foreach command {opt_design place_design phys_opt_design route_design} {
    proc $command {args} "dryrun::record $command {*}\$args"
}
proc write_checkpoint {args} {
    dryrun::record write_checkpoint {*}$args
    dryrun::touch [lindex $args end]
}
proc write_bitstream {args} {
    dryrun::record write_bitstream {*}$args
    dryrun::touch [lindex $args end]
    if {[lsearch -exact $args -bin_file] >= 0} {
        dryrun::touch [file rootname [lindex $args end]].bin
    }
}
foreach command {report_timing_summary report_drc report_io report_clock_utilization report_cdc report_power} {
    proc $command {args} "
        dryrun::record $command {*}\$args
        dryrun::touch \[dryrun::option \$args -file\]
    "
}
proc report_utilization {args} {
    dryrun::record report_utilization {*}$args
    set file [dryrun::option $args -file]
    if {$file ne {}} {
        dryrun::touch $file
        return
    }
    # A table in Vivado's layout, so the parser in lib.tcl runs.
    set engine [expr {[lsearch -exact $args -cells] >= 0}]
    set lut [expr {$engine ? 9000 : 21000}]
    return "| Site Type | Used | Fixed | Prohibited | Available | Util% |\n\
            | Slice LUTs | $lut | 0 | 0 | 63400 | 33.12 |\n\
            | Slice Registers | [expr {$lut + 5000}] | 0 | 0 | 126800 | 20.5 |\n\
            | Block RAM Tile | 12.5 | 0 | 0 | 135 | 9.26 |\n\
            | DSPs | 0 | 0 | 0 | 240 | 0.00 |\n"
}

# ---------------------------------------------------------------- run build.tcl
if {$argc < 3} {
    puts stderr "usage: tclsh dryrun.tcl <board> <engine.v> <outdir> \[key=value ...\]"
    exit 2
}
set dryrun_here [file dirname [file normalize [info script]]]
source [file join $dryrun_here lib.tcl]
set dryrun::board [lindex $argv 0]
file mkdir [lindex $argv 2]
set dryrun::log [open [file join [lindex $argv 2] dryrun.log] w]
fconfigure $dryrun::log -buffering line
# The engine's width, for the templates of the converters that carry it.
if {[catch {viaduct::engine_facts [lindex $argv 1]} facts]} {
    set dryrun::data_width 256
} else {
    set dryrun::data_width [dict get $facts width]
}
source [file join $dryrun_here build.tcl]
