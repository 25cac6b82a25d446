//! Writes the Verilog of every translation-unit block: `viaduct-verilog <dir> [small|default]`.

use viaduct_abi::EngineConfig;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "target/verilog".into()));
    let cfg = match args.next().as_deref() {
        None | Some("default") => EngineConfig::default(),
        Some("small") => EngineConfig::small(),
        Some(other) => {
            eprintln!("unknown configuration `{other}` (small or default)");
            std::process::exit(2);
        }
    };
    let blocks = viaduct_hw::generate::blocks(&cfg).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1);
    });
    for (name, verilog) in blocks {
        match viaduct_hw::verilog::write_verilog(&dir, name, &verilog) {
            Ok(path) => println!("{}", path.display()),
            Err(e) => {
                eprintln!("writing {name}: {e}");
                std::process::exit(1);
            }
        }
    }
}
