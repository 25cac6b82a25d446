//! A minimal NBD client (fixed-newstyle handshake, simple replies): the storage target behind
//! the engine's storage port, such as `qemu-nbd` serving a disk image (R8).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Mutex;
use thiserror::Error;
use viaduct_model::StorageTarget;

const NBDMAGIC: u64 = 0x4e42_444d_4147_4943;
const IHAVEOPT: u64 = 0x4948_4156_454f_5054;
const FLAG_FIXED_NEWSTYLE: u16 = 1;
const FLAG_NO_ZEROES: u16 = 2;
const OPT_EXPORT_NAME: u32 = 1;
const REQUEST_MAGIC: u32 = 0x2560_9513;
const SIMPLE_REPLY_MAGIC: u32 = 0x6744_6698;
const CMD_READ: u16 = 0;
const CMD_WRITE: u16 = 1;
const CMD_DISC: u16 = 2;
const CMD_FLUSH: u16 = 3;

#[derive(Debug, Error)]
pub enum NbdError {
    #[error("NBD connection: {0}")]
    Io(#[from] std::io::Error),
    #[error("NBD server: {0}")]
    Protocol(String),
}

pub struct NbdClient {
    stream: Mutex<TcpStream>,
    size: u64,
    handle: Mutex<u64>,
}

fn be64(s: &mut TcpStream) -> std::io::Result<u64> {
    let mut b = [0u8; 8];
    s.read_exact(&mut b)?;
    Ok(u64::from_be_bytes(b))
}

impl NbdClient {
    /// Connect to `addr` and open `export` (qemu-nbd's default export is "").
    pub fn connect(addr: &str, export: &str) -> Result<NbdClient, NbdError> {
        let mut s = TcpStream::connect(addr)?;
        s.set_nodelay(true)?;
        if be64(&mut s)? != NBDMAGIC || be64(&mut s)? != IHAVEOPT {
            return Err(NbdError::Protocol("not a newstyle NBD server".into()));
        }
        let mut f = [0u8; 2];
        s.read_exact(&mut f)?;
        let server = u16::from_be_bytes(f);
        if server & FLAG_FIXED_NEWSTYLE == 0 {
            return Err(NbdError::Protocol("the server is not fixed-newstyle".into()));
        }
        let no_zeroes = server & FLAG_NO_ZEROES != 0;
        let client = u32::from(FLAG_FIXED_NEWSTYLE) | if no_zeroes { u32::from(FLAG_NO_ZEROES) } else { 0 };
        s.write_all(&client.to_be_bytes())?;
        let mut opt = Vec::new();
        opt.extend(IHAVEOPT.to_be_bytes());
        opt.extend(OPT_EXPORT_NAME.to_be_bytes());
        opt.extend((export.len() as u32).to_be_bytes());
        opt.extend(export.as_bytes());
        s.write_all(&opt)?;
        let size = be64(&mut s)?;
        let mut flags = [0u8; 2];
        s.read_exact(&mut flags)?;
        if !no_zeroes {
            let mut z = [0u8; 124];
            s.read_exact(&mut z)?;
        }
        Ok(NbdClient { stream: Mutex::new(s), size, handle: Mutex::new(0) })
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    fn command(
        &self,
        kind: u16,
        offset: u64,
        len: u32,
        data: Option<&[u8]>,
        out: Option<&mut [u8]>,
    ) -> Result<u32, NbdError> {
        let mut s = self.stream.lock().unwrap_or_else(|p| p.into_inner());
        let handle = {
            let mut h = self.handle.lock().unwrap_or_else(|p| p.into_inner());
            *h += 1;
            *h
        };
        let mut req = Vec::with_capacity(28 + data.map_or(0, <[u8]>::len));
        req.extend(REQUEST_MAGIC.to_be_bytes());
        req.extend(0u16.to_be_bytes());
        req.extend(kind.to_be_bytes());
        req.extend(handle.to_be_bytes());
        req.extend(offset.to_be_bytes());
        req.extend(len.to_be_bytes());
        if let Some(d) = data {
            req.extend(d);
        }
        s.write_all(&req)?;
        if kind == CMD_DISC {
            return Ok(0);
        }
        let mut rep = [0u8; 16];
        s.read_exact(&mut rep)?;
        let magic = u32::from_be_bytes(rep[0..4].try_into().expect("4"));
        let error = u32::from_be_bytes(rep[4..8].try_into().expect("4"));
        let got = u64::from_be_bytes(rep[8..16].try_into().expect("8"));
        if magic != SIMPLE_REPLY_MAGIC || got != handle {
            return Err(NbdError::Protocol(format!("unexpected reply (magic {magic:#x}, handle {got})")));
        }
        if error == 0
            && let Some(buf) = out
        {
            s.read_exact(buf)?;
        }
        Ok(error)
    }

    pub fn flush(&self) -> Result<u32, NbdError> {
        self.command(CMD_FLUSH, 0, 0, None, None)
    }

    pub fn disconnect(&self) {
        let _ = self.command(CMD_DISC, 0, 0, None, None);
    }

    fn in_range(&self, offset: u64, len: usize) -> bool {
        offset.checked_add(len as u64).is_some_and(|end| end <= self.size)
    }
}

/// NBD errors are errno values; anything that is not success ends the descriptor with
/// `StorageError`.
impl StorageTarget for NbdClient {
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), u8> {
        if !self.in_range(offset, data.len()) {
            return Err(22);
        }
        match self.command(CMD_WRITE, offset, data.len() as u32, Some(data), None) {
            Ok(0) => Ok(()),
            Ok(e) => Err(e.clamp(1, 255) as u8),
            Err(_) => Err(5),
        }
    }
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), u8> {
        if !self.in_range(offset, buf.len()) {
            return Err(22);
        }
        match self.command(CMD_READ, offset, buf.len() as u32, None, Some(buf)) {
            Ok(0) => Ok(()),
            Ok(e) => Err(e.clamp(1, 255) as u8),
            Err(_) => Err(5),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::{Child, Command, Stdio};

    /// qemu-nbd serving a fresh image on a free port; killed on drop.
    struct Server(Child, std::path::PathBuf);
    impl Drop for Server {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
            let _ = std::fs::remove_file(&self.1);
        }
    }

    fn free_port() -> u16 {
        std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
    }

    #[test]
    fn reads_and_writes_through_qemu_nbd() {
        let image = std::env::temp_dir().join(format!("viaduct-nbd-test-{}.img", std::process::id()));
        std::fs::write(&image, vec![0u8; 1 << 20]).unwrap();
        let port = free_port();
        let child = Command::new("qemu-nbd")
            .args(["-f", "raw", "-b", "127.0.0.1", "-p", &port.to_string(), "-t"])
            .arg(&image)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("qemu-nbd (Debian package qemu-utils) must be installed");
        let _server = Server(child, image.clone());
        let mut client = None;
        for _ in 0..100 {
            match NbdClient::connect(&format!("127.0.0.1:{port}"), "") {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(_) => std::thread::sleep(std::time::Duration::from_millis(50)),
            }
        }
        let mut c = client.expect("qemu-nbd came up");
        assert_eq!(c.size(), 1 << 20);
        c.write(4096 + 3, b"stored on the target").unwrap();
        let mut back = [0u8; 20];
        c.read(4096 + 3, &mut back).unwrap();
        assert_eq!(&back, b"stored on the target");
        assert_eq!(c.flush().unwrap(), 0);
        assert_eq!(c.write((1 << 20) - 4, &[0; 8]), Err(22), "past the end of the image");
        c.disconnect();
        let on_disk = std::fs::read(&image).unwrap();
        assert_eq!(&on_disk[4099..4119], b"stored on the target");
    }
}
