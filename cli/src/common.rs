//! What the subcommands share: the run directory, waiting for signals, errors.

use std::path::PathBuf;

/// Exit status for bad input (YAML, arguments) and missing tools.
pub const EXIT_BAD_INPUT: u8 = 2;

/// The default directory for the board's and agent's sockets.
pub fn default_dir() -> PathBuf {
    match std::env::var_os("XDG_RUNTIME_DIR") {
        Some(d) => PathBuf::from(d).join("viaduct"),
        None => std::env::temp_dir().join(format!("viaduct-{}", nix::unistd::Uid::current())),
    }
}

/// Block SIGINT and SIGTERM in this thread (and the threads it starts), to be taken by
/// [`wait_for_signal`] so the process can clean up.
pub fn block_signals() -> nix::sys::signal::SigSet {
    use nix::sys::signal::{SigSet, Signal};
    let mut set = SigSet::empty();
    set.add(Signal::SIGINT);
    set.add(Signal::SIGTERM);
    let _ = set.thread_block();
    set
}

pub fn wait_for_signal(set: &nix::sys::signal::SigSet) {
    let _ = set.wait();
}

/// A message and exit status for a failed command.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        Failure { code, message: message.into() }
    }
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::new(1, e.to_string())
    }
}
