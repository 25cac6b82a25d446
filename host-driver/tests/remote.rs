//! The board, agent and application protocols over real sockets, shared-memory queues and
//! passed descriptors (the actors run as threads here; `viaduct demo` runs them as
//! processes).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use viaduct_abi::{EngineConfig, Operation, Status};
use viaduct_host::remote::{RemoteDevice, RemoteLink, serve_agent, serve_board};
use viaduct_host::{Agent, AgentConfig, App, Device, DriverError, Registration, wire};
use viaduct_model::PageSize;
use viaduct_sim::{Board, ModelCore, PhysHandle, PhysMemory};

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("viaduct-remote-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A board and an agent serving on sockets in `d`; returns the agent (to inspect it).
fn start(d: &std::path::Path) -> Arc<Mutex<Agent>> {
    let mem = PhysMemory::new();
    let core = ModelCore::with_memory_storage(EngineConfig::small(), PhysHandle(mem.clone())).unwrap();
    let board = Arc::new(Board::start(Box::new(core), mem).unwrap());
    let board_sock = wire::listen_at(&d.join("board.sock")).unwrap();
    std::thread::spawn(move || serve_board(board, board_sock));
    let device: Arc<dyn Device> = Arc::new(RemoteDevice::connect(&d.join("board.sock"), "agent").unwrap());
    assert!(RemoteDevice::connect(&d.join("board.sock"), "agent").is_err(), "one agent at a time");
    let agent = Arc::new(Mutex::new(Agent::new(device, AgentConfig::default()).unwrap()));
    let agent_sock = wire::listen_at(&d.join("agent.sock")).unwrap();
    let a = agent.clone();
    std::thread::spawn(move || serve_agent(a, agent_sock));
    agent
}

#[test]
fn an_application_works_through_the_shared_queue_and_is_cleaned_up_when_it_goes() {
    let d = dir("app");
    let agent = start(&d);
    let link = RemoteLink::connect(&d.join("agent.sock")).unwrap();
    let app = App::new(link.clone());
    let mut vi = app.open_vi().unwrap();
    let buf = app.alloc(64 << 10, PageSize::Size4K).unwrap();
    let data: Vec<u8> = (0..32 << 10).map(|i| (i * 7) as u8).collect();
    buf.write(0, &data).unwrap();
    let r = app.register(&buf, 0, 64 << 10, Registration::default()).unwrap();
    assert_eq!(agent.lock().unwrap().pinned_pages(), 16);
    vi.copy(&r, 0, &r, 32 << 10, 32 << 10, 1).unwrap();
    let c = vi.complete_all(Duration::from_secs(20)).unwrap();
    assert!(c.iter().all(|c| c.status == Status::Ok), "{c:?}");
    assert_eq!(buf.to_vec(32 << 10, 32 << 10).unwrap(), data);
    // Errors cross the process boundary as the same typed errors.
    assert!(matches!(app.register(&buf, 0, 0, Registration::default()), Err(DriverError::BadRange { .. })));
    let bad = Operation::Copy { src: r.at(0, 8).unwrap(), dst: viaduct_abi::BufferRef::default(), len: 8 };
    vi.post(&viaduct_abi::Descriptor::new(bad, 2), &[&r]).unwrap();
    assert_eq!(vi.complete_all(Duration::from_secs(20)).unwrap()[0].status, Status::ShortcutInvalid);

    // The application goes away without cleaning up: the agent takes everything back.
    std::mem::forget(r);
    std::mem::forget(vi);
    std::mem::forget(buf);
    drop(app);
    link.shutdown();
    for _ in 0..200 {
        if agent.lock().unwrap().pinned_pages() == 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(agent.lock().unwrap().pinned_pages(), 0, "the dead process's pages are unpinned");
    let _ = std::fs::remove_dir_all(d);
}
