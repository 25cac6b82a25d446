//! viaduct-testbench
