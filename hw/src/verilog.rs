//! Verilog generation and sign-off checks for every block: `generate_verilog`, yosys
//! (`yosys_validate`) and Verilator's linter with only the waivers rust-hdl's output needs.

use rust_hdl::prelude::*;
use std::path::Path;
use std::process::Command;

/// Verilator lint waivers, each needed by the shape of rust-hdl's output, not by the design:
/// - `WIDTH`: rust-hdl writes every literal as 32 bits (`32'h0`), whatever the signal width.
/// - `DECLFILENAME`: one file holds every module, and module names (`top$walker`) are not
///   file names.
/// - `UNUSEDPARAM`: `Constant` fields become `localparam`s in every module of a block type,
///   also where one instance does not read them.
pub const LINT_WAIVERS: &[&str] = &["-Wno-WIDTH", "-Wno-DECLFILENAME", "-Wno-UNUSEDPARAM"];

/// The Verilog of a block, its ports connected as top-level ports (module `top`).
pub fn verilog_of<U: Block>(uut: &mut U) -> String {
    uut.connect_all();
    generate_verilog(uut)
}

/// Runs `verilator --lint-only -Wall` with [`LINT_WAIVERS`] on `verilog` (top module `top`).
///
/// `UNOPTFLAT` is not waived, and must not be: rust-hdl writes each block's logic as one
/// `always @(*)`, Verilator orders logic by such blocks (split where statements are
/// independent), and it simulates a loop between blocks wrongly even where no signal depends
/// on itself. So every block output that another block's logic may feed back from is written
/// as a statement of its own, reading registers and the inputs it passes on only.
pub fn verilator_lint(name: &str, verilog: &str) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("viaduct-lint-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join(format!("{name}.v"));
    std::fs::write(&file, verilog).map_err(|e| e.to_string())?;
    let out = Command::new("verilator")
        .args(["--lint-only", "-Wall", "--top-module", "top"])
        .args(LINT_WAIVERS)
        .arg(&file)
        .output()
        .map_err(|e| format!("running verilator: {e}"))?;
    let _ = std::fs::remove_dir_all(&dir);
    if out.status.success() && out.stderr.is_empty() {
        Ok(())
    } else {
        Err(format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

/// `yosys_validate` and the Verilator lint for one block; returns its Verilog.
pub fn sign_off<U: Block>(name: &str, uut: &mut U) -> Result<String, String> {
    let v = verilog_of(uut);
    yosys_validate(name, &v).map_err(|e| format!("yosys: {e:?}"))?;
    verilator_lint(name, &v)?;
    Ok(v)
}

/// Yosys on the flattened netlist: no combinational loop (bit by bit), no signal with several
/// drivers, none used without a driver (`check -assert`).
pub fn combinational_loop_check(name: &str, verilog: &str) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("viaduct-loops-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("top.v"), verilog).map_err(|e| e.to_string())?;
    let out = Command::new("yosys")
        .current_dir(&dir)
        .args([
            "-q",
            "-p",
            "read -vlog95 top.v; hierarchy -check -top top; proc; flatten; opt_clean; check -assert",
        ])
        .output()
        .map_err(|e| format!("running yosys: {e}"))?;
    let _ = std::fs::remove_dir_all(&dir);
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

/// Sign-off of a block made of blocks: [`sign_off`] and the loop check; returns its Verilog.
pub fn sign_off_composed<U: Block>(name: &str, uut: &mut U) -> Result<String, String> {
    let v = verilog_of(uut);
    yosys_validate(name, &v).map_err(|e| format!("yosys: {e:?}"))?;
    combinational_loop_check(name, &v)?;
    verilator_lint(name, &v)?;
    Ok(v)
}

/// Writes `verilog` to `dir/name.v`.
pub fn write_verilog(dir: &Path, name: &str, verilog: &str) -> std::io::Result<std::path::PathBuf> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{name}.v"));
    std::fs::write(&path, verilog)?;
    Ok(path)
}
