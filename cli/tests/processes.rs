//! The actors as real processes: the demo end to end, and the lifecycle promises of the
//! board — an application killed mid-transfer has its pages unpinned and its VI closed, a
//! killed agent leaves the board serving everyone else.

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use viaduct_host::remote::RemoteLink;

const EXE: &str = env!("CARGO_BIN_EXE_viaduct");

struct Proc(Child, BufReader<std::process::ChildStdout>);

impl Proc {
    fn start(args: &[&str], dir: &Path) -> Proc {
        let mut c = Command::new(EXE)
            .args(args)
            .arg("--dir")
            .arg(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let out = BufReader::new(c.stdout.take().unwrap());
        Proc(c, out)
    }
    fn line(&mut self) -> String {
        let mut l = String::new();
        self.1.read_line(&mut l).unwrap();
        l
    }
    fn json(&mut self) -> Value {
        serde_json::from_str(&self.line()).unwrap()
    }
    fn say(&mut self, s: &str) {
        let i = self.0.stdin.as_mut().unwrap();
        writeln!(i, "\"{s}\"").unwrap();
        i.flush().unwrap();
    }
    fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.kill();
    }
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("viaduct-proc-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn the_demo_passes_and_leaves_nothing_behind() {
    let out = Command::new(EXE).args(["demo", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["ok"], Value::Bool(true), "{report:#}");
    let steps = report["steps"].as_array().unwrap();
    assert!(steps.len() >= 12);
    assert!(steps.iter().any(|s| s["name"].as_str().unwrap().contains("forged")));
}

#[test]
fn a_killed_application_is_cleaned_up_and_a_killed_agent_leaves_the_board_serving() {
    let dir = temp("kill");
    let mut board = Proc::start(&["board", "--engine", "model", "--config", "small"], &dir);
    assert!(board.line().contains("ready"));
    let mut agent = Proc::start(&["agent"], &dir);
    assert!(agent.line().contains("ready"));
    let observer = RemoteLink::connect(&dir.join("agent.sock")).unwrap();
    let baseline = observer.stats().unwrap();

    let mut worker = Proc::start(&["demo-app", "worker"], &dir);
    worker.json();
    assert_eq!(worker.json()["ready"], Value::Bool(true));
    let mut load = Proc::start(&["demo-app", "load"], &dir);
    load.json();
    assert_eq!(load.json()["ready"], Value::Bool(true));
    let busy = observer.stats().unwrap();
    assert_eq!(busy.pinned_pages, baseline.pinned_pages + 256 + 1024);
    std::thread::sleep(Duration::from_millis(200));

    // Kill the loaded application in the middle of its transfers.
    load.kill();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut after = observer.stats().unwrap();
    while after.pinned_pages != baseline.pinned_pages + 256 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        after = observer.stats().unwrap();
    }
    assert_eq!(after.pinned_pages, baseline.pinned_pages + 256, "the dead process's pages are unpinned");
    assert_eq!(after.open_vis, busy.open_vis - 1, "its VI is closed");
    worker.say("go");
    assert_eq!(worker.json()["ok"], Value::Bool(true), "the survivor is served");

    // Kill the agent: the board keeps serving the VIs that exist.
    agent.kill();
    for _ in 0..3 {
        worker.say("go");
        assert_eq!(worker.json()["ok"], Value::Bool(true), "served without an agent");
    }
    drop(worker);
    board.kill();
    let _ = std::fs::remove_dir_all(dir);
}
