//! The generated docs in `docs/` must match the tables of this crate.

#[test]
fn generated_docs_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs");
    for (name, text) in viaduct_abi::docs::generated_docs() {
        let on_disk = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            on_disk == text,
            "docs/{name} is out of date: run `cargo run -p viaduct-abi --bin viaduct-abi-docs`"
        );
    }
}
