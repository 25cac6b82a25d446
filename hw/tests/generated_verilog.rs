//! The checked-in Verilog under hw/generated/ is what the RTL in hw/src generates now: people
//! who synthesize without Rust (and the Vivado flow) read those files.

use std::process::Command;

#[test]
fn checked_in_verilog_is_current() {
    let out = Command::new(env!("CARGO_BIN_EXE_viaduct-engine-verilog"))
        .arg("--check")
        .output()
        .expect("running viaduct-engine-verilog");
    assert!(
        out.status.success(),
        "hw/generated/ is stale: run `make verilog` and commit the result.\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
