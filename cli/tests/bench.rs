//! `viaduct bench --json`: one key per figure and a `goals` array of `{name, value, target,
//! met}`. The test runs the hidden `--tiny` size (the small 64-bit engine, the fewest points):
//! the same code as `--quick` and the full run, in less time.

use std::process::Command;

#[test]
fn bench_json_has_figures_and_goals() {
    let plots = std::env::temp_dir().join(format!("viaduct-bench-plots-{}", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_viaduct"))
        .args(["bench", "--tiny", "--json", "--plots"])
        .arg(&plots)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &v["registration_1gib"];
    assert_eq!(r["pages"], 262_144);
    assert_eq!(r["shortcuts"], 512);
    assert_eq!(r["per_page_table_bytes"], 2 << 20);
    assert!(r["mint_seconds"].as_f64().unwrap() > 0.0);
    for key in ["translation_cost", "throughput", "descriptor_rate", "latency", "device_memory"] {
        assert!(!v[key].as_array().unwrap_or(&vec![]).is_empty(), "{key}");
    }
    // The root shortcut walks all four levels; the leaf shortcut reads one entry per page.
    let tc = v["translation_cost"].as_array().unwrap();
    let random_off = |level: &str| {
        tc.iter()
            .find(|c| c["level"] == level && c["access"] == "random" && c["iotlb"] == false)
            .unwrap()["reads_per_page"]
            .as_f64()
            .unwrap()
    };
    assert_eq!(random_off("Pt"), 1.0);
    assert_eq!(random_off("Pml4"), 4.0);
    for t in v["throughput"].as_array().unwrap() {
        let f = t["fraction_of_peak"].as_f64().unwrap();
        assert!(f > 0.0 && f <= 1.0, "{t}");
    }
    let s = &v["sim_speed"];
    for key in [
        "verilator_busy_cycles_per_second",
        "verilator_idle_cycles_per_second",
        "rust_hdl_idle_cycles_per_second",
    ] {
        assert!(s[key].as_f64().unwrap() > 0.0, "{key}");
    }
    assert!(v["run"]["load_average_start"].is_string());
    let goals = v["goals"].as_array().unwrap();
    assert!(goals.len() >= 9);
    for g in goals {
        assert!(
            g["name"].is_string()
                && g["value"].is_number()
                && g["target"].is_string()
                && g["met"].is_boolean()
        );
    }
    for svg in ["throughput.svg", "descriptor_rate.svg", "translation.svg"] {
        let text = std::fs::read_to_string(plots.join(svg)).unwrap();
        assert!(text.contains("<svg"), "{svg}");
    }
    let _ = std::fs::remove_dir_all(&plots);
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
