//! Messages between processes: JSON over SOCK_SEQPACKET Unix sockets (one message per
//! packet), with file descriptors (memory segments, eventfds) passed alongside as
//! SCM_RIGHTS, and the peer's credentials read with SO_PEERCRED.

use crate::error::{DriverError, Result};
use nix::sys::socket::{
    AddressFamily, Backlog, ControlMessage, ControlMessageOwned, MsgFlags, SockFlag, SockType, UnixAddr,
    accept, bind, connect, getsockopt, listen, recvmsg, sendmsg, socket, sockopt,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::io::{IoSlice, IoSliceMut};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::path::Path;

/// Largest message accepted.
pub const MAX_MESSAGE: usize = 1 << 20;
const MAX_FDS: usize = 8;

fn io(what: &str, e: impl std::fmt::Display) -> DriverError {
    DriverError::Protocol(format!("{what}: {e}"))
}

/// A listening socket at `path` (replacing a stale socket file), readable by its owner only.
pub fn listen_at(path: &Path) -> Result<OwnedFd> {
    let _ = std::fs::remove_file(path);
    let fd = socket(AddressFamily::Unix, SockType::SeqPacket, SockFlag::SOCK_CLOEXEC, None)
        .map_err(|e| io("socket", e))?;
    let addr = UnixAddr::new(path).map_err(|e| io("socket path", e))?;
    bind(fd.as_raw_fd(), &addr).map_err(|e| io(&format!("bind {}", path.display()), e))?;
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    listen(&fd, Backlog::new(16).expect("valid backlog")).map_err(|e| io("listen", e))?;
    Ok(fd)
}

pub fn accept_on(listener: &OwnedFd) -> Result<OwnedFd> {
    let fd = accept(listener.as_raw_fd()).map_err(|e| io("accept", e))?;
    // SAFETY: accept returned a new descriptor that we now own.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

pub fn connect_to(path: &Path) -> Result<OwnedFd> {
    let fd = socket(AddressFamily::Unix, SockType::SeqPacket, SockFlag::SOCK_CLOEXEC, None)
        .map_err(|e| io("socket", e))?;
    let addr = UnixAddr::new(path).map_err(|e| io("socket path", e))?;
    connect(fd.as_raw_fd(), &addr).map_err(|e| io(&format!("connect to {}", path.display()), e))?;
    Ok(fd)
}

/// The peer's pid and uid.
pub fn peer(sock: &OwnedFd) -> Result<(i32, u32)> {
    let c = getsockopt(sock, sockopt::PeerCredentials).map_err(|e| io("SO_PEERCRED", e))?;
    Ok((c.pid(), c.uid()))
}

pub fn send<T: Serialize>(sock: &OwnedFd, msg: &T, fds: &[RawFd]) -> Result<()> {
    let bytes = serde_json::to_vec(msg).map_err(|e| io("encode", e))?;
    let iov = [IoSlice::new(&bytes)];
    let cmsg = [ControlMessage::ScmRights(fds)];
    let cmsgs: &[ControlMessage] = if fds.is_empty() { &[] } else { &cmsg };
    sendmsg::<()>(sock.as_raw_fd(), &iov, cmsgs, MsgFlags::MSG_NOSIGNAL, None).map_err(|e| io("send", e))?;
    Ok(())
}

/// The next message and the descriptors that came with it; `Ok(None)` when the peer closed.
pub fn recv<T: DeserializeOwned>(sock: &OwnedFd) -> Result<Option<(T, Vec<OwnedFd>)>> {
    let mut buf = vec![0u8; MAX_MESSAGE];
    let mut space = nix::cmsg_space!([RawFd; MAX_FDS]);
    let (n, fds) = {
        let mut iov = [IoSliceMut::new(&mut buf)];
        let msg = recvmsg::<()>(sock.as_raw_fd(), &mut iov, Some(&mut space), MsgFlags::MSG_CMSG_CLOEXEC)
            .map_err(|e| io("receive", e))?;
        let mut fds = Vec::new();
        for c in msg.cmsgs().map_err(|e| io("control message", e))? {
            if let ControlMessageOwned::ScmRights(raw) = c {
                // SAFETY: the kernel just installed these descriptors for us.
                fds.extend(raw.into_iter().map(|fd| unsafe { OwnedFd::from_raw_fd(fd) }));
            }
        }
        if msg.flags.contains(MsgFlags::MSG_TRUNC) {
            return Err(DriverError::Protocol("message too long".into()));
        }
        (msg.bytes, fds)
    };
    if n == 0 {
        return Ok(None);
    }
    let msg = serde_json::from_slice(&buf[..n]).map_err(|e| io("malformed message", e))?;
    Ok(Some((msg, fds)))
}
