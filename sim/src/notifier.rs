//! An eventfd: how doorbells and interrupts are signalled between processes.

use nix::sys::eventfd::{EfdFlags, EventFd};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};

#[derive(Debug)]
pub struct Notifier(OwnedFd);

impl Notifier {
    pub fn new() -> std::io::Result<Notifier> {
        let fd = EventFd::from_flags(EfdFlags::EFD_CLOEXEC | EfdFlags::EFD_NONBLOCK)?;
        Ok(Notifier(OwnedFd::from(fd)))
    }
    /// An eventfd received from another process.
    pub fn from_fd(fd: OwnedFd) -> Notifier {
        Notifier(fd)
    }
    /// Signal (adds one to the counter).
    pub fn notify(&self) {
        let _ = nix::unistd::write(&self.0, &1u64.to_ne_bytes());
    }
    /// Clear pending signals; returns how many there were.
    pub fn drain(&self) -> u64 {
        let mut b = [0u8; 8];
        match nix::unistd::read(std::os::fd::AsRawFd::as_raw_fd(&self.0), &mut b) {
            Ok(8) => u64::from_ne_bytes(b),
            _ => 0,
        }
    }
    pub fn try_clone(&self) -> std::io::Result<OwnedFd> {
        self.0.try_clone()
    }
}

impl AsFd for Notifier {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.0.as_fd()
    }
}
