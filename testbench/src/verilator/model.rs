//! The typed, safe API over a loaded model.

use super::builder::BuiltModel;
use super::error::{Error, Result};
use super::ffi::{Library, RawModel};
use super::ports::{Direction, PortInfo, words_for};
use std::ffi::CString;
use std::path::{Path, PathBuf};

/// Environment variable naming a directory: when set, tests that call
/// [`Model::trace_if_requested`] write `<dir>/<name>.vcd`.
pub const TRACE_ENV: &str = "VIADUCT_TRACE";

/// A resolved port handle: cheap to copy, checked against its model on use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PortId {
    index: u32,
    width: u32,
    direction: Direction,
    /// Identity of the loaded library, to catch ids used on the wrong model.
    library: u64,
}

impl PortId {
    /// Width in bits.
    pub fn width(self) -> u32 {
        self.width
    }

    /// Port direction.
    pub fn direction(self) -> Direction {
        self.direction
    }

    /// Position in [`Model::ports`].
    pub fn index(self) -> u32 {
        self.index
    }
}

/// One instance of a Verilated design.
///
/// Time advances by one unit on every [`eval`](Model::eval); [`tick`](Model::tick)
/// and [`run_cycles`](Model::run_cycles) take two evals (falling, rising edge) per cycle.
pub struct Model {
    raw: RawModel,
    path: PathBuf,
}

impl Model {
    /// Loads the shared library at `path` (built by [`super::Builder`]) and
    /// creates a fresh instance. Loading the same path twice is cheap.
    ///
    /// Only point this at libraries made by the builder: loading any shared
    /// library runs its initialisers before the ABI check can reject it.
    pub fn load(path: impl AsRef<Path>) -> Result<Model> {
        let path = path.as_ref();
        let lib = Library::open(path)?;
        Ok(Model { raw: RawModel::new(lib)?, path: path.to_path_buf() })
    }

    /// Creates another independent instance of the same design.
    pub fn instantiate(&self) -> Result<Model> {
        Ok(Model { raw: RawModel::new(self.raw.library().clone())?, path: self.path.clone() })
    }

    /// The library this model was loaded from.
    pub fn library_path(&self) -> &Path {
        &self.path
    }

    /// All top-level ports.
    pub fn ports(&self) -> &[PortInfo] {
        &self.raw.library().ports
    }

    fn library_id(&self) -> u64 {
        self.raw.library().id
    }

    /// Resolves a port by its Verilog name (e.g. `count`, `bus$data`).
    pub fn port(&self, name: &str) -> Result<PortId> {
        let index = self
            .ports()
            .iter()
            .position(|p| p.name == name)
            .ok_or_else(|| Error::UnknownPort(name.into()))?;
        Ok(self.port_at(index as u32))
    }

    fn port_at(&self, index: u32) -> PortId {
        let p = &self.ports()[index as usize];
        PortId { index, width: p.width, direction: p.direction, library: self.library_id() }
    }

    /// Checks that `port` was resolved on this model's library. A `PortId` carries its
    /// port's width and direction, so the accessors below, called for every port every
    /// simulated cycle, need the port table only to name a port in an error.
    fn check(&self, port: PortId) -> Result<()> {
        if port.library == self.library_id() { Ok(()) } else { Err(Error::ForeignPort { index: port.index }) }
    }

    fn name(&self, port: PortId) -> String {
        self.ports()[port.index as usize].name.clone()
    }

    /// Drives an input with a value that must fit the port's width (ports
    /// wider than 64 bits are zero-extended).
    pub fn set(&mut self, port: PortId, value: u64) -> Result<()> {
        self.check(port)?;
        let needed = 64 - value.leading_zeros();
        if needed > port.width {
            return Err(Error::WidthMismatch { port: self.name(port), width: port.width, given: needed });
        }
        let n = words_for(port.width);
        let low = [value as u32, (value >> 32) as u32];
        // Called for every input every cycle, so no allocation for ports up to 1024 bits
        // (all of an AXI bus); only wider ones pay for one.
        const INLINE_WORDS: usize = 32;
        match n {
            0..=2 => self.set_words(port, &low[..n]),
            3..=INLINE_WORDS => {
                let mut words = [0u32; INLINE_WORDS];
                words[..2].copy_from_slice(&low);
                self.set_words(port, &words[..n])
            }
            _ => {
                let mut words = vec![0u32; n];
                words[..2].copy_from_slice(&low);
                self.set_words(port, &words)
            }
        }
    }

    /// Drives an input of any width from little-endian 32-bit words; exactly
    /// `ceil(width / 32)` words, with no bits set above the width.
    pub fn set_wide(&mut self, port: PortId, words: &[u32]) -> Result<()> {
        self.check(port)?;
        let width = port.width;
        let mismatch = |given| Error::WidthMismatch { port: self.name(port), width, given };
        if words.len() != words_for(width) {
            return Err(mismatch(u32::try_from(words.len() * 32).unwrap_or(u32::MAX)));
        }
        let top_bits = width % 32;
        let last = words.last().copied().unwrap_or(0);
        if top_bits != 0 && last >> top_bits != 0 {
            return Err(mismatch((words.len() as u32 - 1) * 32 + (32 - last.leading_zeros())));
        }
        self.set_words(port, words)
    }

    fn set_words(&mut self, port: PortId, words: &[u32]) -> Result<()> {
        self.check(port)?;
        if !port.direction.is_input() {
            return Err(Error::NotAnInput(self.name(port)));
        }
        match self.raw.set(port.index, words) {
            0 => Ok(()),
            _ => Err(Error::ForeignPort { index: port.index }),
        }
    }

    /// Reads a port of at most 64 bits.
    pub fn get(&self, port: PortId) -> Result<u64> {
        self.check(port)?;
        if port.width > 64 {
            return Err(Error::WidthMismatch { port: self.name(port), width: port.width, given: 64 });
        }
        let mut words = [0u32; 2];
        let words = &mut words[..words_for(port.width)];
        match self.raw.get(port.index, words) {
            0 => Ok(words.iter().rev().fold(0, |acc, &w| (acc << 32) | u64::from(w))),
            _ => Err(Error::ForeignPort { index: port.index }),
        }
    }

    /// Reads a port of any width as little-endian 32-bit words.
    pub fn get_wide(&self, port: PortId) -> Result<Vec<u32>> {
        self.check(port)?;
        let mut words = vec![0u32; words_for(port.width)];
        self.get_wide_into(port, &mut words)?;
        Ok(words)
    }

    /// Reads a port of any width into `words` (little-endian 32-bit words, exactly
    /// `ceil(width / 32)` of them), without allocating.
    pub fn get_wide_into(&self, port: PortId, words: &mut [u32]) -> Result<()> {
        self.check(port)?;
        if words.len() != words_for(port.width) {
            let given = u32::try_from(words.len() * 32).unwrap_or(u32::MAX);
            return Err(Error::WidthMismatch { port: self.name(port), width: port.width, given });
        }
        match self.raw.get(port.index, words) {
            0 => Ok(()),
            _ => Err(Error::ForeignPort { index: port.index }),
        }
    }

    /// Evaluates the design after inputs changed (one time step).
    pub fn eval(&mut self) {
        self.raw.eval();
    }

    fn clock(&self) -> Result<u32> {
        self.raw.library().clock.ok_or(Error::NoClock)
    }

    /// One full clock cycle from Rust: clock low + eval, clock high + eval.
    pub fn tick(&mut self) -> Result<()> {
        let clock = self.clock()?;
        self.raw.set(clock, &[0]);
        self.raw.eval();
        self.raw.set(clock, &[1]);
        self.raw.eval();
        Ok(())
    }

    /// The first half of a cycle without its own eval: the clock goes low, and the next
    /// [`eval`](Model::eval) (after the inputs of the new cycle are set) settles both at once.
    /// Safe for designs with no logic on the falling edge, such as rust-hdl's.
    pub fn clock_low(&mut self) -> Result<()> {
        let clock = self.clock()?;
        self.raw.set(clock, &[0]);
        Ok(())
    }

    /// The rising edge: clock high and eval.
    pub fn clock_high(&mut self) -> Result<()> {
        let clock = self.clock()?;
        self.raw.set(clock, &[1]);
        self.raw.eval();
        Ok(())
    }

    /// `n` clock cycles in a C++ loop (same edges as [`tick`](Model::tick), no FFI per cycle).
    pub fn run_cycles(&mut self, n: u64) -> Result<()> {
        match self.raw.clock_cycles(n) {
            0 => Ok(()),
            _ => Err(Error::NoClock),
        }
    }

    /// Starts writing a VCD (GTKWave-readable) of every signal to `path`,
    /// creating parent directories. One trace per model; it is flushed and
    /// closed by [`trace_close`](Model::trace_close) or on drop.
    pub fn trace(&mut self, path: impl AsRef<Path>) -> Result<()> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
        }
        let c_path = CString::new(path.as_os_str().as_encoded_bytes())
            .map_err(|_| Error::Trace("path contains a NUL byte".into()))?;
        match self.raw.trace_open(&c_path) {
            0 => Ok(()),
            -1 => Err(Error::Trace("model was built without tracing (Builder::trace(true))".into())),
            -2 => Err(Error::Trace("model is already being traced".into())),
            _ => Err(Error::Trace(format!("cannot open {}", path.display()))),
        }
    }

    /// Traces to `$VIADUCT_TRACE/<name>.vcd` when that variable is set;
    /// returns the file used. Call it at the start of a test.
    pub fn trace_if_requested(&mut self, name: &str) -> Result<Option<PathBuf>> {
        let Some(dir) = std::env::var_os(TRACE_ENV).filter(|d| !d.is_empty()) else { return Ok(None) };
        let file: String =
            name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
        let path = PathBuf::from(dir).join(format!("{file}.vcd"));
        self.trace(&path)?;
        Ok(Some(path))
    }

    /// Flushes and closes the VCD file, if any.
    pub fn trace_close(&mut self) {
        self.raw.trace_close();
    }

    /// Current simulation time (number of evals so far).
    pub fn time(&self) -> u64 {
        self.raw.time()
    }

    /// True once the design executed `$finish`.
    pub fn finished(&self) -> bool {
        self.raw.finished()
    }
}

impl BuiltModel {
    /// Loads a fresh instance of this build.
    pub fn load(&self) -> Result<Model> {
        Model::load(&self.library)
    }
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model").field("library", &self.path).field("time", &self.time()).finish()
    }
}
