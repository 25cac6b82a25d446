//! `viaduct run` on the example workloads (each outcome must match the reference model's
//! prediction and the file's expectations), and bad input: exit status 2 with a message that
//! names the problem.

use std::process::Command;

const EXE: &str = env!("CARGO_BIN_EXE_viaduct");

#[test]
fn every_example_workload_runs_as_predicted() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../sim/workloads");
    let mut ran = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            // The Verilated engine (the default) on two of them, the model on the rest.
            let engine = if ran < 2 { "verilator" } else { "model" };
            let out = Command::new(EXE)
                .arg("run")
                .arg(&path)
                .args(["--json", "--engine", engine])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}: {}", path.display(), String::from_utf8_lossy(&out.stderr));
            let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(report["ok"], true);
            assert!(!report["ops"].as_array().unwrap().is_empty());
            ran += 1;
        }
    }
    assert!(ran >= 4);
}

fn bad(yaml: &str) -> (i32, String) {
    let path = std::env::temp_dir().join(format!("viaduct-bad-{}-{}.yaml", std::process::id(), yaml.len()));
    std::fs::write(&path, yaml).unwrap();
    let out = Command::new(EXE).arg("run").arg(&path).args(["--engine", "model"]).output().unwrap();
    let _ = std::fs::remove_file(&path);
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn bad_workloads_are_refused_with_status_2() {
    let cases = [
        ("processes: []\nsteps: []\nbogus: 1\n", "unknown field `bogus`"),
        ("processes: [ {name: p, buffers: [ {name: x, size: 4MB} ]} ]\nsteps: []\n", "not a size"),
        ("processes: []\nsteps:\n  - post: { process: ghost, ops: [] }\n", "unknown process"),
        (
            "processes: [ {name: p} ]\nsteps:\n  - post: { process: p, ops: [ {op: teleport} ] }\n",
            "unknown op",
        ),
        (
            "processes: [ {name: p} ]\nsteps:\n  - post: { process: p, ops: [ {op: nop, expect: Fine} ] }\n",
            "unknown status",
        ),
        (
            "processes: [ {name: p, buffers: [ {name: x, size: 4096, page_size: 8KiB} ]} ]\nsteps: []\n",
            "page_size",
        ),
        ("processes: [\n", "while parsing"),
    ];
    for (yaml, says) in cases {
        let (code, err) = bad(yaml);
        assert_eq!(code, 2, "{yaml}: {err}");
        assert!(err.contains(says), "{yaml}: {err}");
    }
    let out = Command::new(EXE).args(["run", "/nonexistent/workload.yaml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
