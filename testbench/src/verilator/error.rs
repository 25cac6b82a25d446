//! The one error type of the binding.
//!
//! Hand-written `Display` (no `thiserror`) so that the builder half of the
//! binding stays std-only and cheap to use from a `build.rs`.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Result alias used throughout [`crate::verilator`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong while building, loading or driving a model.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The `verilator` executable could not be started.
    VerilatorNotFound {
        /// The program name or path that was tried.
        program: String,
    },
    /// Another tool of the C++ build (`make`, `g++`) could not be started.
    ToolNotFound {
        /// The program that was tried.
        tool: String,
        /// The Debian package that provides it.
        package: &'static str,
    },
    /// A build step ran but failed; `log` holds its command line and output.
    BuildFailed {
        /// Which step failed (`verilator`, `make`, `link`).
        step: &'static str,
        /// Command line plus captured stdout/stderr.
        log: String,
    },
    /// A file-system operation failed.
    Io {
        /// What was being done, e.g. `reading fixture.v`.
        context: String,
        /// The underlying error.
        source: io::Error,
    },
    /// Verilator's generated model header could not be understood.
    PortDiscovery(String),
    /// The shared library could not be loaded or is not a viaduct model.
    Load {
        /// The library that was being loaded.
        path: PathBuf,
        /// Why it was rejected.
        reason: String,
    },
    /// No port of that name exists on the model's top module.
    UnknownPort(String),
    /// A value does not fit the port, or a narrow accessor was used on a wide port.
    WidthMismatch {
        /// The port's Verilog name.
        port: String,
        /// The port's width in bits.
        width: u32,
        /// The width (in bits) that was given or asked for.
        given: u32,
    },
    /// An attempt to drive an output port.
    NotAnInput(String),
    /// `tick`/`run_cycles` on a model built without a (matching) clock port.
    NoClock,
    /// A [`PortId`](super::PortId) from a different model was used.
    ForeignPort {
        /// The port index stored in the foreign id.
        index: u32,
    },
    /// VCD tracing could not be started.
    Trace(String),
}

impl Error {
    pub(crate) fn io(context: impl Into<String>, source: io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::VerilatorNotFound { program } => write!(
                f,
                "verilator not found (tried `{program}`): install Debian's `verilator` package \
                 (`apt-get install verilator g++ make`)"
            ),
            Error::ToolNotFound { tool, package } => write!(
                f,
                "`{tool}` not found: install Debian's `{package}` package (`apt-get install {package}`)"
            ),
            Error::BuildFailed { step, log } => write!(f, "verilator build failed at step `{step}`:\n{log}"),
            Error::Io { context, source } => write!(f, "{context}: {source}"),
            Error::PortDiscovery(msg) => write!(f, "could not discover the model's ports: {msg}"),
            Error::Load { path, reason } => write!(f, "cannot load model `{}`: {reason}", path.display()),
            Error::UnknownPort(name) => write!(f, "the model has no port named `{name}`"),
            Error::WidthMismatch { port, width, given } => write!(
                f,
                "port `{port}` is {width} bit(s) wide but {given} bit(s) were given or asked for \
                 (use set_wide/get_wide for ports wider than 64 bits)"
            ),
            Error::NotAnInput(name) => write!(f, "port `{name}` is an output and cannot be driven"),
            Error::NoClock => {
                write!(f, "the model has no clock port (name it with Builder::clock before building)")
            }
            Error::ForeignPort { index } => write!(f, "port id #{index} belongs to a different model"),
            Error::Trace(msg) => write!(f, "cannot trace: {msg}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
