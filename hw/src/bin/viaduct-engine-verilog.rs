//! Writes the engine's Verilog (top module `viaduct_engine`) for people who synthesize without
//! Rust, and checks that the checked-in copies are current.
//!
//! ```text
//! viaduct-engine-verilog                    write hw/generated/viaduct_engine.v (default
//!                                           configuration) and viaduct_engine_small.v
//! viaduct-engine-verilog --check            compare those files with what this build generates
//! viaduct-engine-verilog CONFIG FILE        one configuration to FILE (`-` for stdout)
//! ```
//!
//! CONFIG is `default`, `small` (the small configuration of the tests) or `wide64` (the
//! default configuration with a 64-bit data path, 16 VIs: the ECP5 timing build).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use viaduct_abi::EngineConfig;
use viaduct_hw::engine::{GENERATED_PATH, TOP_MODULE, engine_verilog, rename_top};

/// The command that rewrites the checked-in files, named in their header and in errors.
const REGENERATE: &str = "make verilog";

/// (name, configuration, file under hw/ that is checked in, or None).
fn configs() -> [(&'static str, EngineConfig, Option<&'static str>); 3] {
    [
        ("default", EngineConfig::default(), Some(GENERATED_PATH)),
        ("small", EngineConfig::small(), Some("generated/viaduct_engine_small.v")),
        ("wide64", EngineConfig { vi_count: 16, data_bytes: 8, ..EngineConfig::default() }, None),
    ]
}

fn header(name: &str, cfg: &EngineConfig) -> String {
    format!(
        "// viaduct engine, `{name}` configuration: {} VIs of {} descriptors, {}-bit data path,\n\
         // {} IOTLB entries, {} PTE-line cache lines, {} protection entries, {} key slots,\n\
         // {} reads in flight. Top module `{TOP_MODULE}`; clock `clock`, no reset port.\n\
         // Generated from the rust-hdl sources in hw/src: do not edit. Regenerate with\n\
         // `{REGENERATE}` (cargo run -p viaduct-hw --bin viaduct-engine-verilog).\n\n",
        cfg.vi_count,
        cfg.queue_depth,
        cfg.data_bytes * 8,
        cfg.iotlb_entries,
        cfg.line_cache_lines,
        cfg.prot_entries,
        cfg.key_slots,
        cfg.reads_in_flight,
    )
}

/// The Verilog of one configuration with its header, top module `viaduct_engine`.
fn generate(name: &str, cfg: &EngineConfig) -> Result<String, String> {
    let v = engine_verilog(cfg).map_err(|e| format!("configuration `{name}`: {e}"))?;
    Ok(header(name, cfg) + &rename_top(&v, TOP_MODULE))
}

fn hw_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

/// The first line where `a` and `b` differ (1-based), for the error message.
fn first_difference(a: &str, b: &str) -> usize {
    a.lines().zip(b.lines()).position(|(x, y)| x != y).unwrap_or(a.lines().count().min(b.lines().count())) + 1
}

fn run(args: &[String]) -> Result<(), String> {
    let checked_in = configs().into_iter().filter_map(|(n, c, f)| f.map(|f| (n, c, hw_dir().join(f))));
    match args {
        [] => {
            for (name, cfg, path) in checked_in {
                write(&path, &generate(name, &cfg)?)?;
                println!("{}", path.display());
            }
            Ok(())
        }
        [flag] if flag == "--check" => {
            let mut stale = Vec::new();
            for (name, cfg, path) in checked_in {
                let fresh = generate(name, &cfg)?;
                match std::fs::read_to_string(&path) {
                    Ok(old) if old == fresh => println!("{} is current", path.display()),
                    Ok(old) => stale.push(format!(
                        "{} differs from the RTL from line {} on",
                        path.display(),
                        first_difference(&old, &fresh)
                    )),
                    Err(e) => stale.push(format!("{}: {e}", path.display())),
                }
            }
            if stale.is_empty() {
                Ok(())
            } else {
                Err(format!("{}\nrun `{REGENERATE}` and commit the result", stale.join("\n")))
            }
        }
        [name, out] => {
            let (name, cfg, _) = configs().into_iter().find(|(n, _, _)| n == name).ok_or_else(|| {
                let names: Vec<_> = configs().iter().map(|(n, _, _)| *n).collect();
                format!("unknown configuration `{name}` (one of {})", names.join(", "))
            })?;
            let v = generate(name, &cfg)?;
            if out == "-" {
                print!("{v}");
                Ok(())
            } else {
                write(Path::new(out), &v)
            }
        }
        _ => Err("usage: viaduct-engine-verilog [--check | CONFIG FILE]".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("viaduct-engine-verilog: {e}");
            ExitCode::FAILURE
        }
    }
}
