//! The only `unsafe` code of the binding: loading the shim library and
//! calling its C ABI (see [`super::shim`] for the C++ side).
//!
//! Soundness rests on two facts checked here: the library reports the shim
//! ABI version we generate, and every pointer/length pair we pass is checked
//! again by the shim (`n` words must match the port, or it returns -2 without
//! touching memory).

use super::error::{Error, Result};
use super::ports::{Direction, PortInfo};
use super::shim::ABI_VERSION;
use std::collections::HashMap;
use std::ffi::{CStr, CString, c_char, c_void};
use std::path::{Path, PathBuf};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

type Handle = *mut c_void;

/// Function pointers copied out of the library; valid while `Library::_lib` lives.
#[derive(Clone, Copy)]
struct Api {
    new: unsafe extern "C" fn() -> Handle,
    delete: unsafe extern "C" fn(Handle),
    eval: unsafe extern "C" fn(Handle),
    set: unsafe extern "C" fn(Handle, u32, *const u32, u32) -> i32,
    get: unsafe extern "C" fn(*const c_void, u32, *mut u32, u32) -> i32,
    clock_cycles: unsafe extern "C" fn(Handle, u64) -> i32,
    trace_open: unsafe extern "C" fn(Handle, *const c_char) -> i32,
    trace_close: unsafe extern "C" fn(Handle),
    time: unsafe extern "C" fn(*const c_void) -> u64,
    finished: unsafe extern "C" fn(*const c_void) -> i32,
}

/// A loaded model library plus the port table it describes.
pub(crate) struct Library {
    api: Api,
    pub(crate) ports: Vec<PortInfo>,
    pub(crate) clock: Option<u32>,
    /// Process-unique id, stamped into every `PortId` made from this library.
    pub(crate) id: u64,
    // Declared last so it is dropped (dlclose) after everything above.
    _lib: libloading::Library,
}

/// Looks up `name` in `lib` as a value of (function pointer) type `T`.
///
/// # Safety
/// `T` must be the exact type of the symbol as defined by the shim.
unsafe fn symbol<T: Copy>(lib: &libloading::Library, path: &Path, name: &str) -> Result<T> {
    // SAFETY: the caller guarantees `T` matches the symbol's definition.
    let sym = unsafe { lib.get::<T>(name.as_bytes()) }
        .map_err(|e| Error::Load { path: path.into(), reason: format!("missing `{name}`: {e}") })?;
    Ok(*sym)
}

impl Library {
    /// Loads a library built by [`super::Builder`], sharing one `Library`
    /// per path so port ids from two instances of one design are interchangeable.
    pub(crate) fn open(path: &Path) -> Result<Arc<Library>> {
        static LOADED: Mutex<Option<HashMap<PathBuf, Weak<Library>>>> = Mutex::new(None);
        let key = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        let mut loaded = LOADED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let loaded = loaded.get_or_insert_with(HashMap::new);
        loaded.retain(|_, lib| lib.strong_count() > 0);
        if let Some(lib) = loaded.get(&key).and_then(Weak::upgrade) {
            return Ok(lib);
        }
        let lib = Library::open_new(path)?;
        loaded.insert(key, Arc::downgrade(&lib));
        Ok(lib)
    }

    fn open_new(path: &Path) -> Result<Arc<Library>> {
        let load_err = |reason: String| Error::Load { path: path.into(), reason };
        // SAFETY: loading runs the library's static constructors, so `path`
        // must be a library made by `Builder` (documented on `Model::load`);
        // those only run Verilator's runtime initialisers. A stale or foreign
        // library is then rejected by the ABI check before anything else runs.
        let lib = unsafe { libloading::Library::new(path) }.map_err(|e| load_err(e.to_string()))?;
        // SAFETY (all `symbol` calls): the types match the signatures in the
        // generated shim (`shim.rs`), versioned by `viaduct_abi_version`.
        let version: unsafe extern "C" fn() -> u32 = unsafe { symbol(&lib, path, "viaduct_abi_version") }?;
        // SAFETY: a no-argument function returning a constant.
        let found = unsafe { version() };
        if found != ABI_VERSION {
            return Err(load_err(format!("shim ABI {found}, expected {ABI_VERSION}; rebuild the model")));
        }
        // SAFETY: each type below is the one `shim.rs` declares for that name.
        let api = unsafe {
            Api {
                new: symbol(&lib, path, "viaduct_new")?,
                delete: symbol(&lib, path, "viaduct_delete")?,
                eval: symbol(&lib, path, "viaduct_eval")?,
                set: symbol(&lib, path, "viaduct_set")?,
                get: symbol(&lib, path, "viaduct_get")?,
                clock_cycles: symbol(&lib, path, "viaduct_clock_cycles")?,
                trace_open: symbol(&lib, path, "viaduct_trace_open")?,
                trace_close: symbol(&lib, path, "viaduct_trace_close")?,
                time: symbol(&lib, path, "viaduct_time")?,
                finished: symbol(&lib, path, "viaduct_finished")?,
            }
        };
        // SAFETY: as above, types taken from `shim.rs`.
        let (count, name, width, dir, clock) = unsafe {
            (
                symbol::<unsafe extern "C" fn() -> u32>(&lib, path, "viaduct_port_count")?,
                symbol::<unsafe extern "C" fn(u32) -> *const c_char>(&lib, path, "viaduct_port_name")?,
                symbol::<unsafe extern "C" fn(u32) -> u32>(&lib, path, "viaduct_port_width")?,
                symbol::<unsafe extern "C" fn(u32) -> u32>(&lib, path, "viaduct_port_dir")?,
                symbol::<unsafe extern "C" fn() -> i32>(&lib, path, "viaduct_clock_port")?,
            )
        };
        let mut ports = Vec::new();
        // SAFETY: these functions only read a static table; out-of-range
        // indices return null/0, and names are static NUL-terminated strings.
        unsafe {
            for i in 0..count() {
                let name_ptr = name(i);
                if name_ptr.is_null() {
                    return Err(load_err(format!("port {i} has no name")));
                }
                let name = CStr::from_ptr(name_ptr).to_string_lossy().into_owned();
                let direction = Direction::from_code(dir(i))
                    .ok_or_else(|| load_err(format!("port {i}: bad direction")))?;
                let width = width(i);
                if width == 0 {
                    return Err(load_err(format!("port `{name}` has width 0")));
                }
                ports.push(PortInfo { cpp_name: String::new(), name, width, direction });
            }
        }
        // SAFETY: returns a constant.
        let clock = u32::try_from(unsafe { clock() }).ok().filter(|&c| (c as usize) < ports.len());
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        Ok(Arc::new(Library { api, ports, clock, id, _lib: lib }))
    }
}

/// One model instance (a `VerilatedContext` plus the model) owned by Rust.
///
/// Not `Send`/`Sync` (raw pointer): a Verilated model must not be used from
/// two threads at once, and we do not promise it can move between threads.
pub(crate) struct RawModel {
    handle: NonNull<c_void>,
    lib: Arc<Library>,
}

impl RawModel {
    pub(crate) fn new(lib: Arc<Library>) -> Result<RawModel> {
        // SAFETY: `new` has no preconditions; it returns an owned handle.
        let handle = unsafe { (lib.api.new)() };
        let handle = NonNull::new(handle).ok_or_else(|| Error::Load {
            path: Default::default(),
            reason: "model construction returned null".into(),
        })?;
        Ok(RawModel { handle, lib })
    }

    pub(crate) fn library(&self) -> &Arc<Library> {
        &self.lib
    }

    pub(crate) fn eval(&mut self) {
        // SAFETY: `handle` is live until Drop; `&mut self` excludes other calls.
        unsafe { (self.lib.api.eval)(self.handle.as_ptr()) }
    }

    /// Writes `words` to port `index`. Returns the shim status (0 ok, -1 bad index, -2 bad length).
    pub(crate) fn set(&mut self, index: u32, words: &[u32]) -> i32 {
        let len = u32::try_from(words.len()).unwrap_or(u32::MAX);
        // SAFETY: the shim reads exactly `len` words from `words` and only if
        // `len` equals the port's word count; the handle is live and exclusive.
        unsafe { (self.lib.api.set)(self.handle.as_ptr(), index, words.as_ptr(), len) }
    }

    /// Reads port `index` into `words`. Same status codes as [`RawModel::set`].
    pub(crate) fn get(&self, index: u32, words: &mut [u32]) -> i32 {
        let len = u32::try_from(words.len()).unwrap_or(u32::MAX);
        // SAFETY: the shim writes exactly `len` words and only when `len`
        // matches the port; the model is only read.
        unsafe { (self.lib.api.get)(self.handle.as_ptr(), index, words.as_mut_ptr(), len) }
    }

    /// Runs `n` clock cycles in C++; -1 if the model has no clock.
    pub(crate) fn clock_cycles(&mut self, n: u64) -> i32 {
        // SAFETY: live, exclusive handle.
        unsafe { (self.lib.api.clock_cycles)(self.handle.as_ptr(), n) }
    }

    /// Opens a VCD file; 0 ok, -1 no trace support, -2 already traced, -3 open failed.
    pub(crate) fn trace_open(&mut self, path: &CString) -> i32 {
        // SAFETY: `path` is NUL-terminated and outlives the call (Verilator copies it).
        unsafe { (self.lib.api.trace_open)(self.handle.as_ptr(), path.as_ptr()) }
    }

    pub(crate) fn trace_close(&mut self) {
        // SAFETY: live, exclusive handle; closing twice is a no-op in the shim.
        unsafe { (self.lib.api.trace_close)(self.handle.as_ptr()) }
    }

    pub(crate) fn time(&self) -> u64 {
        // SAFETY: live handle, read only.
        unsafe { (self.lib.api.time)(self.handle.as_ptr()) }
    }

    pub(crate) fn finished(&self) -> bool {
        // SAFETY: live handle, read only.
        unsafe { (self.lib.api.finished)(self.handle.as_ptr()) != 0 }
    }
}

impl Drop for RawModel {
    fn drop(&mut self) {
        // SAFETY: the handle came from `new` and is deleted exactly once; the
        // library stays loaded because `self.lib` is dropped after this.
        unsafe { (self.lib.api.delete)(self.handle.as_ptr()) }
    }
}
