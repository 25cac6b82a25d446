//! Generated engines kept on disk. rust-hdl takes a minute or more to write the Verilog of a
//! whole engine, and the result depends only on this crate's sources and the configuration,
//! so each (sources, configuration) pair is generated once per machine.

use std::path::PathBuf;
use viaduct_abi::EngineConfig;

/// Fingerprint of the RTL sources this crate was built from.
pub const FINGERPRINT: &str = env!("VIADUCT_HW_FINGERPRINT");

/// Where viaduct keeps built artefacts: `$VIADUCT_CACHE_DIR`, else `$XDG_CACHE_HOME/viaduct`,
/// else `~/.cache/viaduct`, else the temporary directory.
pub fn cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("VIADUCT_CACHE_DIR") {
        return PathBuf::from(d);
    }
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("viaduct")
}

/// [`crate::engine::engine_verilog`], from the cache when these sources already generated
/// this configuration. A cache that cannot be written only costs time.
pub fn engine_verilog_cached(cfg: &EngineConfig) -> Result<String, String> {
    let cfg = cfg.validate().map_err(|e| e.to_string())?;
    let name = format!("engine-{FINGERPRINT}-{:016x}.v", {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        cfg.hash(&mut h);
        h.finish()
    });
    let dir = cache_root().join("verilog");
    let path = dir.join(&name);
    if let Ok(v) = std::fs::read_to_string(&path) {
        return Ok(v);
    }
    let v = crate::engine::engine_verilog(&cfg)?;
    // Written aside and renamed, so a reader never sees half a file.
    let tmp = dir.join(format!(".{name}.{}", std::process::id()));
    if std::fs::create_dir_all(&dir).is_ok() && std::fs::write(&tmp, &v).is_ok() {
        let _ = std::fs::rename(&tmp, &path);
    }
    let _ = std::fs::remove_file(&tmp);
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_engine_is_the_generated_one() {
        let dir = std::env::temp_dir().join(format!("viaduct-cache-test-{}", std::process::id()));
        // SAFETY: this crate's tests do not read the environment concurrently with this one
        // except through cache_root, which tolerates either value.
        unsafe { std::env::set_var("VIADUCT_CACHE_DIR", &dir) };
        let cfg = EngineConfig::small();
        let first = engine_verilog_cached(&cfg).unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.join("verilog")).unwrap().flatten().collect();
        assert_eq!(files.len(), 1, "one file, no leftovers");
        assert_eq!(engine_verilog_cached(&cfg).unwrap(), first);
        assert_eq!(crate::engine::engine_verilog(&cfg).unwrap(), first);
        unsafe { std::env::remove_var("VIADUCT_CACHE_DIR") };
        let _ = std::fs::remove_dir_all(&dir);
    }
}
