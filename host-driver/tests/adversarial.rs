//! A process trying to reach what is not its own, and a client sending malformed and random
//! requests: every attempt gets a clear error, nothing is pinned or leaked, the victim keeps
//! working and the agent keeps answering.

mod common;
use common::*;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use viaduct_abi::{EngineConfig, Status, VirtAddr};
use viaduct_host::app::AgentLink;
use viaduct_host::remote::{RemoteDevice, RemoteLink, serve_agent, serve_board};
use viaduct_host::{Agent, AgentConfig, App, Device, DriverError, KeyPolicy, Registration, wire};
use viaduct_model::PageSize;
use viaduct_sim::{Board, ModelCore, PhysHandle, PhysMemory};

const WAIT: Duration = Duration::from_secs(20);

#[test]
fn nothing_of_another_process_can_be_taken() {
    for policy in [KeyPolicy::PerVi, KeyPolicy::PerProcess] {
        let w = model_world(EngineConfig::small(), AgentConfig { key_policy: policy, ..Default::default() });
        let (victim, _) = w.app(7001);
        let (thief, thief_link) = w.app(7002);
        let mut vvi = victim.open_vi().unwrap();
        let tvi = thief.open_vi().unwrap();
        let vbuf = victim.alloc(8192, PageSize::Size4K).unwrap();
        vbuf.write(0, &[0x42; 4096]).unwrap();
        let vreg = victim.register(&vbuf, 0, 8192, Registration::default()).unwrap();
        let pinned = w.pinned();

        assert!(matches!(thief_link.deregister(vreg.id()), Err(DriverError::UnknownRegistration(_))));
        assert!(matches!(thief_link.close_vi(vvi.number()), Err(DriverError::UnknownVi(_))));
        assert!(matches!(thief_link.free_buffer(vbuf.va()), Err(DriverError::NotOwned { .. })));
        assert!(matches!(
            thief_link.register(vbuf.va(), 4096, Registration::default()),
            Err(DriverError::NotOwned { .. })
        ));
        let mine = thief.alloc(4096, PageSize::Size4K).unwrap();
        assert!(matches!(
            thief.share(&mine, 0, 4096, 424_242, Registration::default()),
            Err(DriverError::Denied(_))
        ));
        assert!(matches!(
            thief_link.register(
                mine.va(),
                4096,
                Registration { vi: Some(vvi.number()), ..Default::default() }
            ),
            Err(DriverError::UnknownVi(_))
        ));
        assert_eq!(w.pinned(), pinned, "refused requests pin nothing");

        // The victim is unaffected.
        vvi.copy(&vreg, 0, &vreg, 4096, 4096, 1).unwrap();
        let c = vvi.complete_all(WAIT).unwrap();
        assert_eq!(c[0].status, Status::Ok, "{policy:?}");
        assert_eq!(vbuf.to_vec(4096, 4096).unwrap(), vec![0x42; 4096]);
        drop(tvi);
    }
}

fn remote_world(name: &str) -> (std::path::PathBuf, Arc<Mutex<Agent>>) {
    let d = std::env::temp_dir().join(format!("viaduct-adv-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    let mem = PhysMemory::new();
    let core = ModelCore::with_memory_storage(EngineConfig::small(), PhysHandle(mem.clone())).unwrap();
    let board = Arc::new(Board::start(Box::new(core), mem).unwrap());
    let bs = wire::listen_at(&d.join("board.sock")).unwrap();
    std::thread::spawn(move || serve_board(board, bs));
    let device: Arc<dyn Device> = Arc::new(RemoteDevice::connect(&d.join("board.sock"), "agent").unwrap());
    let agent = Arc::new(Mutex::new(Agent::new(device, AgentConfig::default()).unwrap()));
    let s = wire::listen_at(&d.join("agent.sock")).unwrap();
    let a = agent.clone();
    std::thread::spawn(move || serve_agent(a, s));
    (d, agent)
}

#[test]
fn observers_cannot_write_and_a_second_agent_is_refused() {
    let (d, _agent) = remote_world("observer");
    let obs = RemoteDevice::connect(&d.join("board.sock"), "observer").unwrap();
    assert!(obs.read32(0).is_ok());
    assert!(matches!(obs.write32(viaduct_abi::regs::global::CONTROL, 0), Err(DriverError::Denied(_))));
    assert!(RemoteDevice::connect(&d.join("board.sock"), "agent").is_err());
    let _ = std::fs::remove_dir_all(d);
}

#[test]
fn malformed_and_random_requests_get_errors_and_leak_nothing() {
    let (d, agent) = remote_world("fuzz");
    let link = RemoteLink::connect(&d.join("agent.sock")).unwrap();
    let seed: u64 = std::env::var("VIADUCT_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(11);
    let mut rng = SmallRng::seed_from_u64(seed);
    let kinds = [
        "AllocBuffer",
        "FreeBuffer",
        "Register",
        "Share",
        "Deregister",
        "OpenVi",
        "CloseVi",
        "Stats",
        "RotateKeys",
        "Bogus",
    ];
    let mut failed = 0;
    for i in 0..1500 {
        let msg: Vec<u8> = match i % 3 {
            // Random bytes.
            0 => (0..rng.gen_range(0..200)).map(|_| rng.r#gen()).collect(),
            // Well-formed JSON with random fields.
            _ => {
                let kind = kinds[rng.gen_range(0..kinds.len())];
                let n = |rng: &mut SmallRng| -> u64 {
                    match rng.gen_range(0..4) {
                        0 => 0,
                        1 => rng.gen_range(0..1 << 20),
                        2 => u64::MAX - rng.gen_range(0..4096),
                        _ => rng.r#gen(),
                    }
                };
                let opts = format!(
                    r#"{{"read":{},"write":{},"level":{},"vi":{}}}"#,
                    rng.gen_bool(0.5),
                    rng.gen_bool(0.5),
                    rng.gen_range(0..7),
                    if rng.gen_bool(0.5) { "null".to_string() } else { rng.gen_range(0..300).to_string() }
                );
                let body = match kind {
                    "AllocBuffer" => format!(
                        r#"{{"len":{},"page_shift":{}}}"#,
                        n(&mut rng) % (1 << 34),
                        [12, 21, 30, 13][rng.gen_range(0..4)]
                    ),
                    "FreeBuffer" => format!(r#"{{"va":{}}}"#, n(&mut rng)),
                    "Register" => format!(r#"{{"va":{},"len":{},"opts":{opts}}}"#, n(&mut rng), n(&mut rng)),
                    "Share" => format!(
                        r#"{{"va":{},"len":{},"user_pid":{},"opts":{opts}}}"#,
                        n(&mut rng),
                        n(&mut rng),
                        rng.gen_range(-5..70000)
                    ),
                    "Deregister" => format!(r#"{{"id":{}}}"#, rng.gen_range(0..5000)),
                    "CloseVi" => format!(r#"{{"vi":{}}}"#, rng.gen_range(0..300)),
                    _ => "null".into(),
                };
                if body == "null" { format!(r#""{kind}""#) } else { format!(r#"{{"{kind}":{body}}}"#) }
                    .into_bytes()
            }
        };
        let reply = link
            .call_raw(&msg)
            .unwrap_or_else(|e| panic!("seed {seed} request {i}: the agent stopped answering: {e}"));
        if reply.contains("Failed") {
            failed += 1;
        }
    }
    assert!(failed > 500, "most random requests are refused ({failed})");
    // The agent still serves a well-behaved client, and the fuzzing client's departure
    // returns everything it may have obtained.
    link.shutdown();
    let good = RemoteLink::connect(&d.join("agent.sock")).unwrap();
    let app = App::new(good.clone());
    let _vi = app.open_vi().unwrap();
    let buf = app.alloc(4096, PageSize::Size4K).unwrap();
    let r = app.register(&buf, 0, 4096, Registration::default()).unwrap();
    for _ in 0..100 {
        if agent.lock().unwrap().stats().processes == 1 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let stats = agent.lock().unwrap().stats();
    assert_eq!(stats.processes, 1, "the fuzzing process was released");
    assert_eq!(stats.pinned_pages, 1);
    assert_eq!(stats.registrations, 1);
    drop(r);
    assert_eq!(good.stats().unwrap().pinned_pages, 0);
    let _ = VirtAddr(0);
    let _ = std::fs::remove_dir_all(d);
}
