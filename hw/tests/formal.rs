//! The bounded proof of `formal/` (docs/security.md, "Formal proof"), at the depth the test
//! suite affords: the translation unit answers a translation Ok only when the page-table
//! entries its walk read allow it, and the same flow fails on a unit with a check removed and
//! on a wrong expectation, so the proof is not vacuous. `make formal` runs the deeper proofs
//! and the admission proof.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

/// Cycles from power-up: the first translation can be answered Ok at cycle 27.
const DEPTH: &str = "30";

/// The solver runs one at a time: the machines have two cores.
static SOLVER: Mutex<()> = Mutex::new(());

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Runs `formal/prove.sh` with `args` into `target/formal/test-<name>`; (exit code, output).
fn prove(name: &str, args: &[&str]) -> (i32, String) {
    let _one = SOLVER.lock().unwrap_or_else(|e| e.into_inner());
    let root = root();
    let out_dir = root.join("target/formal").join(format!("test-{name}"));
    let out = Command::new("bash")
        .arg(root.join("formal/prove.sh"))
        .args(args)
        .arg("--out")
        .arg(&out_dir)
        .env("VIADUCT_FORMAL_GEN", env!("CARGO_BIN_EXE_viaduct-formal"))
        .output()
        .expect("running formal/prove.sh");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn translations_are_ok_only_when_the_walked_entries_allow_them() {
    let (code, out) = prove("translation", &["--translation-only", "--depth", DEPTH]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Status: PASSED"), "{out}");
}

#[test]
fn a_translation_ok_is_reachable_within_the_depth() {
    let (code, out) = prove("cover", &["--translation-only", "--cover", "--depth", DEPTH]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Reached cover statement at cover_translation_ok"), "{out}");
}

#[test]
fn a_walker_that_ignores_the_pinned_bit_is_caught() {
    let (code, out) = prove("mutant-pinned", &["--translation-only", "--mutant", "pinned", "--depth", DEPTH]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Status: FAILED") && out.contains("walk_allows"), "{out}");
    assert!(out.contains("trace.vcd"), "{out}");
}

#[test]
fn a_wrong_expectation_is_caught() {
    let (code, out) =
        prove("mutant-checker", &["--translation-only", "--mutant", "checker", "--depth", DEPTH]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Status: FAILED"), "{out}");
}
