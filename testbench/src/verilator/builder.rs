//! Builds Verilog into a loadable shared library, with a content-addressed cache.
//!
//! Std-only on purpose, so a `build.rs` can use it (see the module docs of
//! [`crate::verilator`]). Steps, all logged to `build.log`:
//!
//! 1. `verilator --cc --build` compiles the design into the model archive
//!    (`Vmodel__ALL.a` on 5.006, `libVmodel.a` on newer releases).
//! 2. Ports are read from the generated `Vmodel.h` and the C ABI shim is written.
//! 3. Verilator's own makefile compiles the shim and the runtime
//!    (`verilated.cpp`, `verilated_threads.cpp`, `verilated_vcd_c.cpp`, ...)
//!    with exactly the flags of the model, unless it already made `libverilated.a`.
//! 4. `g++ -shared` links everything into `libviaduct_model.so`, exporting
//!    only the shim's `viaduct_*` functions.
//!
//! The result lives in `<out_dir>/<top>-<hash>/`, where the hash covers the
//! Verilog contents, the flags, the Verilator version and the shim ABI, so an
//! unchanged design is never rebuilt. Builds go to a temporary directory that
//! is renamed into place, so a half-finished build is never mistaken for a hit.

use super::error::{Error, Result};
use super::ports::{self, PortInfo};
use super::shim;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Class prefix given to Verilator, so generated file names never depend on
/// the top module's name (rust-hdl's contain `$`).
pub const MODEL_PREFIX: &str = "Vmodel";
/// File name of the built shared library inside the cache entry.
pub const LIBRARY_FILE: &str = "libviaduct_model.so";
const MANIFEST_FILE: &str = "ports.tsv";
const LOG_FILE: &str = "build.log";

/// Verilator arguments always passed. rust-hdl emits 32-bit literals for every
/// width (WIDTH) and one file for many modules (DECLFILENAME); a port named
/// after a C++ keyword (SYMRSVDWORD) is fine because the shim uses Verilator's
/// mangled name.
pub const DEFAULT_ARGS: &[&str] =
    &["-O3", "-Wno-WIDTH", "-Wno-DECLFILENAME", "-Wno-UNUSEDPARAM", "-Wno-SYMRSVDWORD"];
/// Extra C++ flags: position-independent code for the shared library, and
/// hidden symbols so two models (say engine and mutant) can share a process.
const CFLAGS: &[&str] = &["-fPIC", "-fvisibility=hidden"];
/// Optimisation overrides for Verilator's makefile (its defaults are `-Os`).
const MAKE_VARS: &[&str] = &["OPT_FAST=-O2", "OPT_GLOBAL=-O2", "OPT_SLOW=-O1"];

/// Serialises builds within a process: parallel tests asking for the same
/// design then wait for one build instead of compiling it twice.
static BUILD_LOCK: Mutex<()> = Mutex::new(());

#[derive(Clone, Debug)]
enum Source {
    File(PathBuf),
    Text { name: String, text: String },
}

/// Describes one model to build. See the module docs for the steps.
#[derive(Clone, Debug)]
pub struct Builder {
    top: String,
    out_dir: PathBuf,
    sources: Vec<Source>,
    clock: Option<String>,
    trace: bool,
    args: Vec<String>,
    verilator: String,
    keep_objects: bool,
}

/// A built (or cached) model library.
#[derive(Clone, Debug)]
pub struct BuiltModel {
    /// Top module name.
    pub top: String,
    /// Path of the shared library; hand it to `Model::load`.
    pub library: PathBuf,
    /// The cache entry directory (holds `build.log` too).
    pub dir: PathBuf,
    /// Ports discovered at build time.
    pub ports: Vec<PortInfo>,
    /// The clock port `run_cycles` toggles, if the design has it.
    pub clock: Option<String>,
    /// True when nothing had to be compiled.
    pub from_cache: bool,
    /// Wall time spent in [`Builder::build`], including any wait for another
    /// build running in this process.
    pub elapsed: Duration,
}

impl Builder {
    /// A build of module `top` whose results are cached under `out_dir`.
    /// The clock defaults to `clock` (rust-hdl's name) and tracing is compiled in.
    pub fn new(top: impl Into<String>, out_dir: impl Into<PathBuf>) -> Self {
        Builder {
            top: top.into(),
            out_dir: out_dir.into(),
            sources: Vec::new(),
            clock: Some("clock".into()),
            trace: true,
            args: Vec::new(),
            verilator: "verilator".into(),
            keep_objects: false,
        }
    }

    /// Adds a Verilog file. Its directory is also put on the include path.
    pub fn source(mut self, path: impl Into<PathBuf>) -> Self {
        self.sources.push(Source::File(path.into()));
        self
    }

    /// Adds Verilog held in memory (e.g. rust-hdl's `generate_verilog` output
    /// or a mutated copy of a file), written as `file_name` in the build directory.
    pub fn source_text(mut self, file_name: impl Into<String>, text: impl Into<String>) -> Self {
        self.sources.push(Source::Text { name: file_name.into(), text: text.into() });
        self
    }

    /// Names the clock port toggled by `tick`/`run_cycles`; `None` for none.
    pub fn clock(mut self, name: Option<&str>) -> Self {
        self.clock = name.map(str::to_string);
        self
    }

    /// Whether to compile VCD tracing support in (`--trace`); default on.
    pub fn trace(mut self, on: bool) -> Self {
        self.trace = on;
        self
    }

    /// Adds a Verilator argument after [`DEFAULT_ARGS`] (e.g. `-Wno-fatal`, `-GWIDTH=8`).
    pub fn arg(mut self, arg: impl Into<String>) -> Self {
        self.args.push(arg.into());
        self
    }

    /// The Verilator executable to run (default `verilator` from `PATH`).
    pub fn verilator(mut self, program: impl Into<String>) -> Self {
        self.verilator = program.into();
        self
    }

    /// Keeps Verilator's object directory (`obj/`) in the cache entry for debugging.
    pub fn keep_objects(mut self, keep: bool) -> Self {
        self.keep_objects = keep;
        self
    }

    /// The cache key of this build: a hash of sources, flags and tool versions.
    pub fn cache_key(&self) -> Result<String> {
        let version = verilator_version(&self.verilator)?;
        Ok(self.key(&version, &self.read_sources()?))
    }

    /// Builds the model, or returns the cached build with the same key.
    pub fn build(&self) -> Result<BuiltModel> {
        let start = Instant::now();
        let version = verilator_version(&self.verilator)?;
        let sources = self.read_sources()?;
        let key = self.key(&version, &sources);
        let dir = self.out_dir.join(format!("{}-{key}", sanitize(&self.top)));
        if let Some(hit) = self.load_cached(&dir, start)? {
            return Ok(hit);
        }
        let _guard = BUILD_LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(hit) = self.load_cached(&dir, start)? {
            return Ok(hit);
        }
        fs::create_dir_all(&self.out_dir)
            .map_err(|e| Error::io(format!("creating {}", self.out_dir.display()), e))?;
        let tmp = self.out_dir.join(format!(".tmp-{}-{key}-{}", std::process::id(), unique()));
        let ports = match self.build_in(&tmp, &sources) {
            Ok(ports) => ports,
            Err(e) => {
                let _ = fs::remove_dir_all(&tmp);
                return Err(e);
            }
        };
        if let Err(e) = fs::rename(&tmp, &dir) {
            // Another process may have finished the same build first; use its result.
            let _ = fs::remove_dir_all(&tmp);
            if !dir.join(MANIFEST_FILE).exists() {
                return Err(Error::io(format!("moving build into {}", dir.display()), e));
            }
        }
        Ok(BuiltModel {
            top: self.top.clone(),
            library: dir.join(LIBRARY_FILE),
            dir,
            clock: self.clock_in(&ports),
            ports,
            from_cache: false,
            elapsed: start.elapsed(),
        })
    }

    fn clock_in(&self, ports: &[PortInfo]) -> Option<String> {
        self.clock.clone().filter(|c| ports.iter().any(|p| &p.name == c))
    }

    fn load_cached(&self, dir: &Path, start: Instant) -> Result<Option<BuiltModel>> {
        let manifest = dir.join(MANIFEST_FILE);
        let text = match fs::read_to_string(&manifest) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(format!("reading {}", manifest.display()), e)),
        };
        let library = dir.join(LIBRARY_FILE);
        if !library.exists() {
            return Ok(None);
        }
        let ports = ports::from_manifest(&text)?;
        Ok(Some(BuiltModel {
            top: self.top.clone(),
            library,
            dir: dir.to_path_buf(),
            clock: self.clock_in(&ports),
            ports,
            from_cache: true,
            elapsed: start.elapsed(),
        }))
    }

    /// Reads every source as (file name, contents, include directory).
    fn read_sources(&self) -> Result<Vec<(String, String, Option<PathBuf>)>> {
        if self.sources.is_empty() {
            return Err(Error::BuildFailed { step: "setup", log: "no Verilog sources given".into() });
        }
        let mut out: Vec<(String, String, Option<PathBuf>)> = Vec::new();
        for source in &self.sources {
            let (name, text, dir) = match source {
                Source::File(path) => {
                    let text = fs::read_to_string(path)
                        .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
                    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                    (name, text, path.parent().map(Path::to_path_buf))
                }
                Source::Text { name, text } => (name.clone(), text.clone(), None),
            };
            if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
                return Err(Error::BuildFailed {
                    step: "setup",
                    log: format!("bad source file name `{name}`"),
                });
            }
            if out.iter().any(|(n, ..)| *n == name) {
                return Err(Error::BuildFailed { step: "setup", log: format!("two sources named `{name}`") });
            }
            out.push((name, text, dir));
        }
        Ok(out)
    }

    fn key(&self, version: &str, sources: &[(String, String, Option<PathBuf>)]) -> String {
        let mut h = Fnv128::default();
        h.field(format!("abi{} {MODEL_PREFIX} {LIBRARY_FILE}", shim::ABI_VERSION).as_bytes());
        h.field(version.as_bytes());
        h.field(self.top.as_bytes());
        h.field(self.clock.as_deref().unwrap_or("\0none").as_bytes());
        h.field(&[self.trace as u8]);
        h.field(std::env::var("CXX").unwrap_or_default().as_bytes());
        for arg in DEFAULT_ARGS
            .iter()
            .chain(CFLAGS)
            .chain(MAKE_VARS)
            .copied()
            .chain(self.args.iter().map(String::as_str))
        {
            h.field(arg.as_bytes());
        }
        for (name, text, _) in sources {
            h.field(name.as_bytes());
            h.field(text.as_bytes());
        }
        format!("{:032x}", h.0)
    }

    /// Runs the four build steps inside `dir`, returning the discovered ports.
    fn build_in(&self, dir: &Path, sources: &[(String, String, Option<PathBuf>)]) -> Result<Vec<PortInfo>> {
        let src = dir.join("src");
        let obj = dir.join("obj");
        fs::create_dir_all(&src).map_err(|e| Error::io(format!("creating {}", src.display()), e))?;
        let jobs = std::thread::available_parallelism().map_or(1, |n| n.get()).to_string();
        let mut log = String::new();

        // 1. Verilate and compile the model archive.
        let mut cmd = Command::new(&self.verilator);
        cmd.args(["--cc", "--build", "-j", &jobs, "--top-module", &self.top, "--prefix", MODEL_PREFIX]);
        cmd.arg("-Mdir").arg(&obj);
        if self.trace {
            cmd.arg("--trace");
        }
        for flag in CFLAGS {
            cmd.args(["-CFLAGS", flag]);
        }
        for var in MAKE_VARS {
            cmd.args(["-MAKEFLAGS", var]);
        }
        cmd.args(DEFAULT_ARGS).args(&self.args);
        for (name, text, include) in sources {
            let path = src.join(name);
            fs::write(&path, text).map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
            if let Some(include) = include.as_ref().filter(|d| !d.as_os_str().is_empty()) {
                cmd.arg(format!("-I{}", include.display()));
            }
            cmd.arg(&path);
        }
        run("verilator", &mut cmd, &mut log, &self.verilator)?;

        // 2. Discover ports and write the shim.
        let header_path = obj.join(format!("{MODEL_PREFIX}.h"));
        let header = fs::read_to_string(&header_path)
            .map_err(|e| Error::io(format!("reading {}", header_path.display()), e))?;
        let ports = ports::parse_model_header(&header)?;
        let shim_path = obj.join(shim::SHIM_FILE);
        fs::write(&shim_path, shim::generate(MODEL_PREFIX, &ports, self.clock.as_deref()))
            .map_err(|e| Error::io(format!("writing {}", shim_path.display()), e))?;

        // 3. Compile shim and runtime with the makefile's own rules and flags.
        let runtime_archive = obj.join("libverilated.a");
        let mut objects = vec![shim::SHIM_FILE.replace(".cpp", ".o")];
        if !runtime_archive.exists() {
            let classes =
                fs::read_to_string(obj.join(format!("{MODEL_PREFIX}_classes.mk"))).unwrap_or_default();
            objects.extend(global_classes(&classes).into_iter().map(|c| format!("{c}.o")));
        }
        let mut make = Command::new("make");
        make.arg("-C").arg(&obj).args(["-f", &format!("{MODEL_PREFIX}.mk"), "-j", &jobs]);
        make.args(MAKE_VARS).args(&objects);
        run("make", &mut make, &mut log, "make")?;

        // 4. Link the shared library.
        let archive = [format!("{MODEL_PREFIX}__ALL.a"), format!("lib{MODEL_PREFIX}.a")]
            .into_iter()
            .map(|name| obj.join(name))
            .find(|p| p.exists())
            .ok_or_else(|| Error::BuildFailed {
                step: "link",
                log: format!("{log}\nno model archive in obj/"),
            })?;
        let cxx = std::env::var("CXX").unwrap_or_else(|_| "g++".into());
        let mut link = Command::new(&cxx);
        link.arg("-shared").arg("-o").arg(dir.join(LIBRARY_FILE));
        link.args(objects.iter().map(|o| obj.join(o)));
        link.arg("-Wl,--start-group").arg(&archive);
        if runtime_archive.exists() {
            link.arg(&runtime_archive);
        }
        // Export only the shim's C ABI (not even libstdc++ template instances).
        let exports = obj.join("exports.map");
        fs::write(&exports, "{ global: viaduct_*; local: *; };\n")
            .map_err(|e| Error::io("writing exports.map", e))?;
        link.args(["-Wl,--end-group", "-pthread", "-Wl,-z,defs"]);
        link.arg(format!("-Wl,--version-script={}", exports.display()));
        run("link", &mut link, &mut log, &cxx)?;

        fs::write(dir.join(MANIFEST_FILE), ports::to_manifest(&ports))
            .map_err(|e| Error::io("writing the port manifest", e))?;
        fs::write(dir.join(LOG_FILE), &log).map_err(|e| Error::io("writing build.log", e))?;
        if !self.keep_objects {
            let _ = fs::remove_dir_all(&obj);
        }
        Ok(ports)
    }
}

/// `verilator --version`, mapping "not installed" to [`Error::VerilatorNotFound`].
fn verilator_version(program: &str) -> Result<String> {
    let mut log = String::new();
    run("verilator", Command::new(program).arg("--version"), &mut log, program)?;
    Ok(log.lines().skip(1).collect::<Vec<_>>().join("\n"))
}

/// Runs one command, appending its command line and output to `log`.
fn run(step: &'static str, cmd: &mut Command, log: &mut String, program: &str) -> Result<()> {
    let _ = writeln!(log, "$ {cmd:?}");
    let out = cmd.output().map_err(|e| match e.kind() {
        io::ErrorKind::NotFound if step == "verilator" => {
            Error::VerilatorNotFound { program: program.into() }
        }
        io::ErrorKind::NotFound => {
            Error::ToolNotFound { tool: program.into(), package: if step == "make" { "make" } else { "g++" } }
        }
        _ => Error::io(format!("running {program}"), e),
    })?;
    log.push_str(&String::from_utf8_lossy(&out.stdout));
    log.push_str(&String::from_utf8_lossy(&out.stderr));
    if out.status.success() {
        Ok(())
    } else {
        let _ = writeln!(log, "({program} exited with {})", out.status);
        Err(Error::BuildFailed { step, log: log.clone() })
    }
}

/// Runtime classes (`verilated`, `verilated_threads`, ...) the model needs,
/// read from `VM_GLOBAL_FAST`/`VM_GLOBAL_SLOW` in `<prefix>_classes.mk`.
fn global_classes(classes_mk: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_list = false;
    for line in classes_mk.lines() {
        let line = line.trim();
        if line.starts_with("VM_GLOBAL_FAST") || line.starts_with("VM_GLOBAL_SLOW") {
            in_list = line.ends_with('\\');
            continue;
        }
        if in_list {
            in_list = line.ends_with('\\');
            let name = line.trim_end_matches('\\').trim();
            if !name.is_empty() {
                out.push(name.to_string());
            }
        }
    }
    if out.is_empty() {
        out = ["verilated", "verilated_threads"].map(String::from).to_vec();
    }
    out
}

/// File-name-safe version of a module name (`top$fixture` -> `top_fixture`).
fn sanitize(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).take(48).collect()
}

fn unique() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// FNV-1a, 128-bit: a stable hash (unlike `DefaultHasher`) for cache keys.
struct Fnv128(u128);

impl Default for Fnv128 {
    fn default() -> Self {
        Fnv128(0x6c62272e07bb014262b821756295c58d)
    }
}

impl Fnv128 {
    /// Hashes a length-prefixed field, so field boundaries are unambiguous.
    fn field(&mut self, bytes: &[u8]) {
        for &b in (bytes.len() as u64).to_le_bytes().iter().chain(bytes) {
            self.0 ^= u128::from(b);
            self.0 = self.0.wrapping_mul(0x0000000001000000000000000000013B);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_global_classes() {
        let mk = "VM_GLOBAL_FAST += \\\n\tverilated \\\n\tverilated_vcd_c \\\n\tverilated_threads \\\n\n\
                  VM_GLOBAL_SLOW += \\\n\n\n# x\n";
        assert_eq!(global_classes(mk), ["verilated", "verilated_vcd_c", "verilated_threads"]);
        assert_eq!(global_classes(""), ["verilated", "verilated_threads"]);
    }

    #[test]
    fn key_depends_on_contents_and_flags() {
        let b = Builder::new("top", "/tmp").source_text("a.v", "module top; endmodule");
        let src = b.read_sources().unwrap();
        let k1 = b.key("5.006", &src);
        assert_eq!(k1, b.key("5.006", &src));
        assert_ne!(k1, b.key("5.020", &src));
        assert_ne!(k1, b.clone().arg("-Wno-fatal").key("5.006", &src));
        assert_ne!(k1, b.clone().trace(false).key("5.006", &src));
        let other = vec![("a.v".to_string(), "module top;  endmodule".to_string(), None)];
        assert_ne!(k1, b.key("5.006", &other));
    }

    #[test]
    fn sanitizes_names() {
        assert_eq!(sanitize("top$fixture"), "top_fixture");
    }
}
