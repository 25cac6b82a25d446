//! The adversarial campaign as CI runs it: at least 100,000 adversarial descriptors and
//! 10,000 injected host faults against the reference model, and a campaign on the Verilated
//! RTL; nothing escapes, hangs, goes missing or doubles, and every status is the model's.

use serde_json::Value;
use std::process::Command;

fn attack(args: &[&str]) -> Value {
    let out =
        Command::new(env!("CARGO_BIN_EXE_viaduct")).arg("attack").args(args).arg("--json").output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    println!("{}", serde_json::to_string(&v).unwrap());
    assert!(out.status.success(), "the campaign found a problem: {v:#}");
    for key in ["escapes", "hangs", "missing_or_doubled", "status_mismatches"] {
        assert_eq!(v[key], 0, "{key}: {v:#}");
    }
    v
}

#[test]
fn a_hundred_thousand_cases_and_ten_thousand_faults_move_nothing_unauthorized() {
    let v = attack(&["--cases", "110000", "--engine", "model"]);
    assert!(v["cases"].as_u64().unwrap() >= 100_000);
    assert!(v["faults"].as_u64().unwrap() >= 10_000, "{v:#}");
    assert!(v["host_accesses_checked"].as_u64().unwrap() > 0);
}

#[test]
fn the_campaign_on_the_verilated_engine() {
    let v = attack(&["--cases", "1500", "--engine", "verilator"]);
    assert!(v["cases"].as_u64().unwrap() >= 1500);
    assert!(v["faults"].as_u64().unwrap() > 100, "{v:#}");
}
