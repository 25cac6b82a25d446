//! `viaduct probe` through the sysfs backend, on a file standing in for a card's resource0,
//! and a clear error for a card that is not there.

use std::process::Command;
use viaduct_abi::EngineConfig;
use viaduct_abi::regs::{self, global};

const EXE: &str = env!("CARGO_BIN_EXE_viaduct");

#[test]
fn probe_reads_identity_and_capabilities_from_resource0() {
    let path = std::env::temp_dir().join(format!("viaduct-probe-{}", std::process::id()));
    let mut bar = vec![0u8; 0x20000];
    let cfg = EngineConfig::default();
    let mut put = |off: u32, v: u32| bar[off as usize..off as usize + 4].copy_from_slice(&v.to_le_bytes());
    put(global::ID, regs::ID_VALUE);
    put(global::VERSION, regs::VERSION_VALUE);
    for (r, v) in [global::CAPS0, global::CAPS1, global::CAPS2].into_iter().zip(cfg.caps()) {
        put(r, v);
    }
    std::fs::write(&path, &bar).unwrap();
    let out = Command::new(EXE).args(["probe", "--json", "--sysfs"]).arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["vi_count"], 64);
    assert_eq!(v["data_bytes"], 32);
    // A region that does not identify as the engine.
    std::fs::write(&path, vec![0u8; 0x20000]).unwrap();
    let out = Command::new(EXE).args(["probe", "--sysfs"]).arg(&path).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a viaduct engine"));
    let _ = std::fs::remove_file(&path);
    let out =
        Command::new(EXE).args(["probe", "--vfio", "/sys/bus/pci/devices/0000:ff:1f.7"]).output().unwrap();
    assert!(!out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).is_empty());
}

/// `viaduct selftest` on a simulated board: identity, a register written and read back, and a
/// DMA loopback verified byte for byte, on the model and on the Verilated engine.
#[test]
fn selftest_passes_on_both_engines() {
    for engine in ["model", "verilator"] {
        let out = Command::new(env!("CARGO_BIN_EXE_viaduct"))
            .args(["selftest", "--json", "--engine", engine])
            .output()
            .unwrap();
        assert!(out.status.success(), "{engine}: {}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["ok"], true, "{v:#}");
        assert_eq!(v["checks"].as_array().unwrap().len(), 3, "{v:#}");
    }
}

/// Over VFIO, a path that is not a bound card is a clear error, not a panic.
#[test]
fn selftest_over_vfio_without_a_card_is_a_clear_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_viaduct"))
        .args(["selftest", "--vfio", "/sys/bus/pci/devices/0000:ff:1f.7"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("VFIO") && !err.contains("panicked"), "{err}");
}
