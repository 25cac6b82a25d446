//! `viaduct recv`: a network client of the board (R7): it connects to the board's network
//! port and reports what it received.

use crate::common::Failure;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// FNV-1a, to compare byte streams across processes.
pub fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

pub fn run(addr: &str, bytes: Option<u64>, out: Option<&std::path::Path>, json: bool) -> Result<(), Failure> {
    let mut s =
        TcpStream::connect(addr).map_err(|e| Failure::new(1, format!("connecting to {addr}: {e}")))?;
    let start = Instant::now();
    let mut got = Vec::new();
    let mut buf = vec![0u8; 64 << 10];
    s.set_read_timeout(Some(Duration::from_millis(200)))?;
    loop {
        if bytes.is_some_and(|n| got.len() as u64 >= n) {
            break;
        }
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                if bytes.is_none() || start.elapsed() > Duration::from_secs(120) {
                    break;
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
    if let Some(path) = out {
        std::fs::File::create(path)?.write_all(&got)?;
    }
    if json {
        println!("{{\"bytes\": {}, \"fnv1a\": \"{:016x}\"}}", got.len(), fnv1a(&got));
    } else {
        println!("received {} bytes, fnv1a {:016x}", got.len(), fnv1a(&got));
    }
    Ok(())
}
