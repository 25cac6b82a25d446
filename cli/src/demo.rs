//! `viaduct demo`: the board, the agent, two applications, a network client and an NBD
//! storage target, each its own process, doing what the claims describe, with every byte
//! checked and everything cleaned up afterwards.

use crate::common::Failure;
use crate::demo_app::{BUFFER, SENT, STORE_OFFSET, STORED, pattern};
use crate::recv_cmd::fnv1a;
use crate::status_cmd::counters;
use serde::Serialize;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};
use viaduct_host::remote::RemoteDevice;

#[derive(Serialize)]
pub struct Step {
    pub name: String,
    pub ok: bool,
    pub detail: String,
}

#[derive(Serialize)]
pub struct Report {
    pub ok: bool,
    pub engine: String,
    pub processes: Vec<String>,
    pub steps: Vec<Step>,
    pub counters: Vec<(String, u64)>,
}

impl Report {
    pub fn table(&self) -> String {
        let mut s = format!("viaduct demo (engine: {})\n\nprocesses:\n", self.engine);
        for p in &self.processes {
            s += &format!("  {p}\n");
        }
        s += &format!("\n{:<50} {:<6} {}\n", "step", "result", "detail");
        for st in &self.steps {
            s += &format!("{:<50} {:<6} {}\n", st.name, if st.ok { "ok" } else { "FAIL" }, st.detail);
        }
        s += "\nengine counters (non-zero)\n";
        for (name, v) in self.counters.iter().filter(|(_, v)| *v != 0) {
            s += &format!("  {name:<28} {v}\n");
        }
        s += &format!("\n{}\n", if self.ok { "all checks passed" } else { "SOME CHECKS FAILED" });
        s
    }
}

/// A child process that is killed and reaped whatever happens.
struct Proc {
    name: String,
    child: Child,
    out: Option<BufReader<ChildStdout>>,
    input: Option<ChildStdin>,
}

impl Proc {
    fn spawn(name: &str, cmd: &mut Command) -> Result<Proc, Failure> {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| Failure::new(crate::common::EXIT_BAD_INPUT, format!("starting {name}: {e}")))?;
        let out = child.stdout.take().map(BufReader::new);
        let input = child.stdin.take();
        Ok(Proc { name: name.into(), child, out, input })
    }

    /// The next line of output (with a deadline).
    fn line(&mut self) -> Result<String, Failure> {
        let mut l = String::new();
        let n = self.out.as_mut().expect("piped").read_line(&mut l)?;
        if n == 0 {
            return Err(Failure::new(1, format!("{} exited early", self.name)));
        }
        Ok(l.trim().to_string())
    }

    fn json(&mut self) -> Result<Value, Failure> {
        let l = self.line()?;
        serde_json::from_str(&l).map_err(|e| Failure::new(1, format!("{}: bad output {l:?}: {e}", self.name)))
    }

    fn send(&mut self, v: &Value) -> Result<(), Failure> {
        let input = self.input.as_mut().expect("piped");
        writeln!(input, "{v}")?;
        input.flush()?;
        Ok(())
    }

    fn terminate(&mut self) {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.terminate();
    }
}

fn free_port() -> Result<u16, Failure> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    line.split_whitespace().find_map(|w| w.strip_prefix(&format!("{key}=")))
}

struct Cleanup(PathBuf);
impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn run(engine: &str) -> Result<Report, Failure> {
    let exe = std::env::current_exe()?;
    let dir = std::env::temp_dir().join(format!("viaduct-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let _cleanup = Cleanup(dir.clone());
    let mut steps = Vec::new();
    let mut processes = Vec::new();

    // The storage target: qemu-nbd serving a raw image.
    let image = dir.join("disk.img");
    std::fs::write(&image, vec![0u8; 16 << 20])?;
    let nbd_port = free_port()?;
    let mut nbd = Proc::spawn(
        "qemu-nbd",
        Command::new("qemu-nbd")
            .args(["-f", "raw", "-b", "127.0.0.1", "-p", &nbd_port.to_string(), "-t"])
            .arg(&image),
    )
    .map_err(|e| {
        Failure::new(crate::common::EXIT_BAD_INPUT, format!("{} (install Debian's qemu-utils)", e.message))
    })?;
    wait_for_port(nbd_port)?;
    processes.push(format!(
        "qemu-nbd      pid {:<7} storage target, image {}",
        nbd.child.id(),
        image.display()
    ));

    let mut board = Proc::spawn(
        "board",
        Command::new(&exe)
            .arg("board")
            .arg("--dir")
            .arg(&dir)
            .args(["--engine", engine, "--nbd"])
            .arg(format!("127.0.0.1:{nbd_port}")),
    )?;
    let ready = board.line()?;
    let net = field(&ready, "net").ok_or_else(|| Failure::new(1, format!("board: {ready}")))?.to_string();
    processes.push(format!("board         pid {:<7} {engine} engine, network port {net}", board.child.id()));
    let mut agent = Proc::spawn("agent", Command::new(&exe).arg("agent").arg("--dir").arg(&dir))?;
    agent.line()?;
    processes.push(format!("agent         pid {:<7} keys, tables, pinning", agent.child.id()));
    let mut client = Proc::spawn(
        "client",
        Command::new(&exe).args(["recv", "--addr", &net, "--json", "--bytes", &SENT.to_string()]),
    )?;
    processes.push(format!("net client    pid {:<7} viaduct recv", client.child.id()));

    let mut a = Proc::spawn("process a", Command::new(&exe).args(["demo-app", "a", "--dir"]).arg(&dir))?;
    let a_pid = a.json()?["pid"].as_i64().unwrap_or(0);
    let mut b = Proc::spawn(
        "process b",
        Command::new(&exe).args(["demo-app", "b", "--peer", &a_pid.to_string(), "--dir"]).arg(&dir),
    )?;
    b.json()?;
    processes.push(format!("application a pid {:<7} owns the source buffer", a.child.id()));
    processes.push(format!("application b pid {:<7} shares its buffer with a", b.child.id()));

    let grant = b.json()?;
    a.send(&grant)?;
    loop {
        let v = a.json()?;
        if v.get("done").is_some() {
            break;
        }
        steps.push(step_from(&v));
    }
    b.send(&serde_json::json!("check"))?;
    steps.push(step_from(&b.json()?));

    // What the network client received.
    let got = client.json()?;
    let expect = &pattern(BUFFER)[..SENT as usize];
    let ok = got["bytes"].as_u64() == Some(SENT)
        && got["fnv1a"].as_str() == Some(&format!("{:016x}", fnv1a(expect)));
    steps.push(Step {
        name: "network client received exactly the bytes sent".into(),
        ok,
        detail: format!("{} bytes, fnv1a {}", got["bytes"], got["fnv1a"]),
    });

    // The storage target's image, read back from disk.
    let on_disk = std::fs::read(&image)?;
    let stored = &on_disk[STORE_OFFSET as usize..(STORE_OFFSET + STORED) as usize];
    steps.push(Step {
        name: "disk image holds the stored bytes".into(),
        ok: stored == &pattern(BUFFER)[STORED as usize..2 * STORED as usize],
        detail: format!("{} bytes at offset {:#x} of {}", STORED, STORE_OFFSET, image.display()),
    });

    let observer = RemoteDevice::connect(&dir.join("board.sock"), "observer")?;
    let counters = counters(&observer)?;
    drop(observer);
    a.send(&serde_json::json!("bye"))?;
    for p in [&mut a, &mut b] {
        let status = p.child.wait()?;
        steps.push(Step {
            name: format!("{} exits cleanly", p.name),
            ok: status.success(),
            detail: format!("{status}"),
        });
    }
    client.terminate();
    agent.terminate();
    board.terminate();
    nbd.terminate();
    let leftovers: Vec<String> =
        ["board.sock", "agent.sock"].iter().filter(|f| dir.join(f).exists()).map(|f| f.to_string()).collect();
    steps.push(Step {
        name: "board and agent removed their sockets".into(),
        ok: leftovers.is_empty(),
        detail: if leftovers.is_empty() {
            "nothing left behind".into()
        } else {
            format!("left: {leftovers:?}")
        },
    });
    Ok(Report { ok: steps.iter().all(|s| s.ok), engine: engine.into(), processes, steps, counters })
}

fn step_from(v: &Value) -> Step {
    Step {
        name: v["step"].as_str().unwrap_or("?").into(),
        ok: v["ok"].as_bool().unwrap_or(false),
        detail: v["detail"].as_str().unwrap_or("").into(),
    }
}

fn wait_for_port(port: u16) -> Result<(), Failure> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Err(Failure::new(1, format!("nothing listens on port {port}")))
}
