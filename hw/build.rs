//! A fingerprint of everything the generated Verilog depends on (this crate's sources, the
//! shared layouts, the locked dependency versions), so generated engines can be cached.

use std::hash::{Hash, Hasher};
use std::path::Path;

fn visit(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            visit(&p, files);
        } else if p.extension().is_some_and(|x| x == "rs") {
            files.push(p);
        }
    }
}

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let root = Path::new(&manifest);
    let mut files = Vec::new();
    for dir in [root.join("src"), root.join("../abi/src")] {
        println!("cargo:rerun-if-changed={}", dir.display());
        visit(&dir, &mut files);
    }
    let lock = root.join("../Cargo.lock");
    println!("cargo:rerun-if-changed={}", lock.display());
    files.push(lock);
    files.sort();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for f in &files {
        f.strip_prefix(root).unwrap_or(f).hash(&mut h);
        std::fs::read(f).unwrap_or_default().hash(&mut h);
    }
    println!("cargo:rustc-env=VIADUCT_HW_FINGERPRINT={:016x}", h.finish());
}
