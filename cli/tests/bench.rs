//! `viaduct bench --quick --json`: one key per figure and a `goals` array of
//! `{name, value, target, met}`.

use std::process::Command;

#[test]
fn bench_json_has_figures_and_goals() {
    let out =
        Command::new(env!("CARGO_BIN_EXE_viaduct")).args(["bench", "--quick", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &v["registration_1gib"];
    assert_eq!(r["pages"], 262_144);
    assert_eq!(r["shortcuts"], 512);
    assert_eq!(r["per_page_table_bytes"], 2 << 20);
    assert!(r["mint_seconds"].as_f64().unwrap() > 0.0);
    let goals = v["goals"].as_array().unwrap();
    assert!(!goals.is_empty());
    for g in goals {
        assert!(
            g["name"].is_string()
                && g["value"].is_number()
                && g["target"].is_string()
                && g["met"].is_boolean()
        );
    }
}

/// `viaduct attack --json` reports the campaign's counts under the documented keys.
#[test]
fn attack_json_has_the_campaign_keys() {
    let out = Command::new(env!("CARGO_BIN_EXE_viaduct"))
        .args(["attack", "--cases", "2000", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["cases", "faults", "escapes", "hangs", "missing_or_doubled", "status_mismatches"] {
        assert!(v[key].is_u64(), "{key}");
    }
    assert!(v["cases"].as_u64().unwrap() >= 2000);
    assert!(v["faults"].as_u64().unwrap() > 0);
    assert_eq!(v["escapes"], 0);
}
