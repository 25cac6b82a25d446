# viaduct: the usual entry points. Every target first makes sure the tools are installed.
CARGO ?= cargo

.PHONY: all setup test demo docs lint fmt clean

all: test

## setup: install missing Debian packages (verilator, yosys, g++, make, qemu-utils, ...)
setup:
	@scripts/setup.sh

## test: the whole test suite (what CI runs)
test: setup
	$(CARGO) test --workspace --all-targets --no-fail-fast

## demo: the end-to-end demo
demo: setup
	$(CARGO) run --release -q -p viaduct -- demo

## docs: regenerate the register map and format tables in docs/ from viaduct-abi
docs:
	$(CARGO) run -q -p viaduct-abi --bin viaduct-abi-docs

## lint: formatting and clippy, as reviewers expect them
lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

clean:
	$(CARGO) clean

## vivado: bitstream for a PCIe card, BOARD=litefury|nitefury|u250 (needs Vivado on PATH; see docs/boards.md)
BOARD ?= litefury
ENGINE ?= hw/generated/viaduct_engine.v
VIVADO_OUT ?= fpga-build/vivado/out/$(BOARD)
.PHONY: vivado
vivado:
	@case "$(BOARD)" in litefury|nitefury|u250) ;; \
	  *) echo "make vivado: BOARD must be litefury, nitefury or u250 (got '$(BOARD)')" >&2; exit 2;; esac
	@command -v vivado >/dev/null 2>&1 || { echo "make vivado: vivado is not on PATH. Install Vivado \
	(the free edition covers Litefury's xc7a100t) and source its settings64.sh; the CI machines \
	cannot run it, see docs/boards.md" >&2; exit 2; }
	@test -f "$(ENGINE)" || { echo "make vivado: the engine Verilog $(ENGINE) does not exist; \
	point ENGINE= at it" >&2; exit 2; }
	@mkdir -p "$(VIVADO_OUT)"
	cd "$(VIVADO_OUT)" && vivado -mode batch -nojournal -log vivado.log \
	  -source "$(CURDIR)/fpga-build/vivado/build.tcl" \
	  -tclargs "$(BOARD)" "$(abspath $(ENGINE))" "$(abspath $(VIVADO_OUT))" $(VIVADO_ARGS)

## verilog: the engine's Verilog in hw/generated/ (module viaduct_engine; default and small configurations)
.PHONY: verilog synth
verilog:
	$(CARGO) run -q -p viaduct-hw --bin viaduct-engine-verilog

## synth: open-tool synthesis of the default engine (yosys synth_xilinx, 7-series and UltraScale+) and
## of the 64-bit build (the small configuration: synth_xilinx, its area per block, and ECP5 place and
## route for Fmax and a bitstream), then fpga-build/reports/summary.json and docs/synthesis.md. A run
## whose report was made from the same Verilog is not repeated (hours on 2 cores); `make synth
## SYNTH_FORCE=--force` repeats all.
REPORTS ?= fpga-build/reports
SYNTH_FORCE ?=
FLOW = nice python3 fpga-build/flow.py
synth: verilog
	$(FLOW) xilinx $(SYNTH_FORCE) --verilog hw/generated/viaduct_engine.v --top viaduct_engine --family xc7 \
	  --out $(REPORTS)
	$(FLOW) xilinx $(SYNTH_FORCE) --verilog hw/generated/viaduct_engine.v --top viaduct_engine --family xcup \
	  --out $(REPORTS)
	$(FLOW) xilinx $(SYNTH_FORCE) --verilog hw/generated/viaduct_engine_small.v --top viaduct_engine \
	  --family xc7 --tag small --out $(REPORTS)
	$(FLOW) blocks $(SYNTH_FORCE) --verilog hw/generated/viaduct_engine_small.v --top viaduct_engine \
	  --family xc7 --tag small --out $(REPORTS)
	$(FLOW) ecp5 $(SYNTH_FORCE) --verilog hw/generated/viaduct_engine_small.v --top viaduct_engine \
	  --out $(REPORTS)
	$(FLOW) summary --out $(REPORTS)
	$(FLOW) docs --out $(REPORTS) --doc docs/synthesis.md

## soak: the RTL against the model on many seeds of both mixes (SEEDS=n per mix, FIRST=first seed)
SEEDS ?= 200
FIRST ?= 0
.PHONY: soak
soak: setup
	VIADUCT_SOAK_SEEDS=$(SEEDS) VIADUCT_FIRST_SEED=$(FIRST) $(CARGO) test --release -p viaduct-testbench \
	  --test rtl_suite the_engine_equals_the_model_and_covers_the_plan -- --nocapture

## bench: every benchmark figure with its baseline and goals on the default engine (Verilated; under 15
## minutes on 2 cores), plots in docs/bench/; `make bench BENCH_ARGS=--quick` for a run of a minute or two
BENCH_ARGS ?=
.PHONY: bench
bench: setup
	$(CARGO) run --release -q -p viaduct -- bench $(BENCH_ARGS)

## formal: bounded proofs that the translation unit answers Ok only when every check passed, their
## cover statements, and a mutant that must fail (formal/prove.sh; docs/security.md, "Formal proof")
ADMIT_ONLY := --admission-only --abstract-keys --no-line-cache --no-iotlb --simple-bus --depth 70
.PHONY: formal
formal: setup
	formal/prove.sh --translation-only --depth 32
	formal/prove.sh --translation-only --depth 32 --cover --out target/formal/cover-translation
	formal/prove.sh $(ADMIT_ONLY) --skip 64 --out target/formal/proof-admission
	formal/prove.sh $(ADMIT_ONLY) --cover --out target/formal/cover-admission
	formal/prove.sh $(ADMIT_ONLY) --skip 64 --mutant region_vi; test $$? -eq 1
