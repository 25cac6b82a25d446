//! The engine's network port bridged to TCP on loopback (R7): every client connected to the
//! bridge receives the bytes of every frame the engine sends (aborted frames are dropped,
//! and frames sent before the first client connects wait for it); bytes a client sends
//! become frames for NET_RECV (one frame per read, at most 64 KiB).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use viaduct_abi::stream::NetFrame;

#[derive(Default)]
struct Shared {
    clients: Vec<TcpStream>,
    backlog: Vec<u8>,
    sent_bytes: u64,
}

#[derive(Clone)]
pub struct NetBridge {
    shared: Arc<Mutex<Shared>>,
    pub addr: SocketAddr,
}

/// Frames that arrive before any client are kept up to this many bytes.
const BACKLOG_LIMIT: usize = 256 << 20;

impl NetBridge {
    /// Listen on `127.0.0.1:port` (0: any free port); `rx` receives incoming frames.
    pub fn start(port: u16, rx: impl Fn(Vec<u8>) + Send + Sync + 'static) -> std::io::Result<NetBridge> {
        let listener = TcpListener::bind(("127.0.0.1", port))?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Mutex::new(Shared::default()));
        let rx = Arc::new(rx);
        let s = shared.clone();
        std::thread::Builder::new().name("viaduct-net".into()).spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = stream.set_nodelay(true);
                if let Ok(mut reader) = stream.try_clone() {
                    let rx = rx.clone();
                    std::thread::spawn(move || {
                        let mut buf = vec![0u8; 64 << 10];
                        while let Ok(n) = reader.read(&mut buf) {
                            if n == 0 {
                                break;
                            }
                            rx(buf[..n].to_vec());
                        }
                    });
                }
                let mut sh = s.lock().unwrap_or_else(|p| p.into_inner());
                let mut stream = stream;
                let backlog = std::mem::take(&mut sh.backlog);
                if stream.write_all(&backlog).is_ok() {
                    sh.clients.push(stream);
                }
            }
        })?;
        Ok(NetBridge { shared, addr })
    }

    /// Deliver a frame the engine sent.
    pub fn send(&self, frame: &NetFrame) {
        if frame.aborted {
            return;
        }
        let mut sh = self.shared.lock().unwrap_or_else(|p| p.into_inner());
        sh.sent_bytes += frame.data.len() as u64;
        if sh.clients.is_empty() {
            if sh.backlog.len() + frame.data.len() <= BACKLOG_LIMIT {
                sh.backlog.extend_from_slice(&frame.data);
            }
            return;
        }
        sh.clients.retain_mut(|c| c.write_all(&frame.data).is_ok());
    }

    pub fn sent_bytes(&self) -> u64 {
        self.shared.lock().unwrap_or_else(|p| p.into_inner()).sent_bytes
    }

    /// Close every client connection (they see end of stream).
    pub fn close_clients(&self) {
        let mut sh = self.shared.lock().unwrap_or_else(|p| p.into_inner());
        for c in sh.clients.drain(..) {
            let _ = c.shutdown(std::net::Shutdown::Both);
        }
    }
}
