# Checks that Tcl files parse, without running them (Vivado is not needed):
#
#   tclsh fpga-build/vivado/check_tcl.tcl <file.tcl>...
#
# A file must be complete as a whole (`info complete`), and so must every script body
# inside it, recursively: proc bodies and the bodies of if/elseif/else, for, foreach,
# while, switch, catch, try, dict for, namespace eval. A missing bracket or quote inside a
# braced body leaves the file's braces balanced but the body incomplete; this finds it.
# Prints "ok <file>" per good file and "<file>:<line>: ..." per problem; exits 1 on any.

namespace eval check_tcl {
    variable problems {}
}

# Splits a script into its commands: list of {line text}, comments and blank lines left out.
proc check_tcl::commands {script firstline} {
    set result {}
    set buffer {}
    set start 0
    set lineno [expr {$firstline - 1}]
    foreach line [split $script \n] {
        incr lineno
        if {$buffer eq {}} {
            set trimmed [string trim $line]
            if {$trimmed eq {} || [string index $trimmed 0] eq "#"} {
                # A comment ends at the end of its line unless the line ends in a backslash.
                if {[string index $trimmed end] ne "\\"} {
                    continue
                }
            }
            set start $lineno
            set buffer $line
        } else {
            append buffer \n $line
        }
        if {[info complete $buffer] && [string index $buffer end] ne "\\"} {
            if {[string index [string trim $buffer] 0] ne "#"} {
                lappend result [list $start $buffer]
            }
            set buffer {}
        }
    }
    if {$buffer ne {}} {
        lappend result [list $start $buffer incomplete]
    }
    return $result
}

# The script bodies among a command's words: list of {word-index label}.
proc check_tcl::bodies {words} {
    set name [lindex $words 0]
    set n [llength $words]
    set result {}
    switch -- $name {
        proc {
            if {$n == 4} {
                lappend result [list 3 "proc [lindex $words 1]"]
            }
        }
        if {
            set i 1
            while {$i < $n} {
                # condition, optional "then", body
                incr i
                if {[lindex $words $i] eq "then"} {
                    incr i
                }
                lappend result [list $i if]
                incr i
                if {$i >= $n} {
                    break
                }
                set word [lindex $words $i]
                if {$word eq "elseif"} {
                    incr i
                } elseif {$word eq "else"} {
                    lappend result [list [expr {$i + 1}] else]
                    break
                } else {
                    lappend result [list $i else]
                    break
                }
            }
        }
        for {
            if {$n == 5} {
                lappend result {1 for} {3 for} {4 for}
            }
        }
        foreach - while - catch - eval {
            if {$name eq "catch" || $name eq "eval"} {
                lappend result [list 1 $name]
            } else {
                lappend result [list [expr {$n - 1}] $name]
            }
        }
        try {
            lappend result {1 try}
        }
        dict {
            if {[lindex $words 1] in {for map update with}} {
                lappend result [list [expr {$n - 1}] "dict [lindex $words 1]"]
            }
        }
        namespace {
            if {[lindex $words 1] eq "eval" && $n == 4} {
                lappend result [list 3 "namespace eval [lindex $words 2]"]
            }
        }
    }
    return $result
}

# Checks one script; `where` names it in messages.
proc check_tcl::script {path script firstline where} {
    variable problems
    if {![info complete $script]} {
        lappend problems "$path:$firstline: $where: incomplete script (unbalanced brace, bracket or quote)"
    }
    foreach cmd [commands $script $firstline] {
        lassign $cmd line text state
        if {$state eq "incomplete"} {
            lappend problems "$path:$line: $where: command never ends"
            continue
        }
        # Commands that are not proper lists (a quote inside a word) hold no braced bodies
        # this checker could find.
        if {[catch {llength $text}]} {
            continue
        }
        set words [lrange $text 0 end]
        foreach body [bodies $words] {
            lassign $body index label
            if {$index >= [llength $words]} {
                continue
            }
            set sub [lindex $words $index]
            # The body's first line: where the word starts in the command.
            set offset [string first $sub $text]
            set subline $line
            if {$offset >= 0} {
                incr subline [regexp -all \n [string range $text 0 [expr {$offset - 1}]]]
            }
            script $path $sub $subline $label
        }
        # switch bodies come as one list of pattern/body pairs.
        if {[lindex $words 0] eq "switch" && [llength $words] >= 3} {
            set last [lindex $words end]
            if {![catch {llength $last}] && [llength $last] % 2 == 0 && [llength $last] > 1} {
                foreach {pattern action} $last {
                    if {$action ne "-"} {
                        script $path $action $line "switch $pattern"
                    }
                }
            }
        }
    }
}

proc check_tcl::file {path} {
    variable problems
    set before [llength $problems]
    if {[catch {open $path r} fh]} {
        lappend problems "$path: cannot read: $fh"
        return
    }
    set text [read $fh]
    close $fh
    script $path $text 1 file
    if {[llength $problems] == $before} {
        puts "ok $path"
    }
}

if {$argc == 0} {
    puts stderr "usage: tclsh check_tcl.tcl <file.tcl>..."
    exit 2
}
foreach path $argv {
    check_tcl::file $path
}
foreach problem $check_tcl::problems {
    puts stderr $problem
}
exit [expr {[llength $check_tcl::problems] == 0 ? 0 : 1}]
