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
