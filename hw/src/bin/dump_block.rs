//! Prints the Verilog of one block (module `top`) or of the small engine, for looking at one
//! block's synthesis alone: `dump_block [counters|engine-small]`.
use viaduct_hw::verilog::verilog_of;

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "engine-small".into());
    let v = match which.as_str() {
        "counters" => verilog_of(&mut viaduct_hw::counters::CounterBank::default()),
        "engine-small" => viaduct_hw::engine::engine_verilog(&viaduct_abi::EngineConfig::small())
            .unwrap_or_else(|e| panic!("{e}")),
        other => {
            eprintln!("dump_block: unknown block {other:?} (counters, engine-small)");
            std::process::exit(2)
        }
    };
    print!("{v}");
}
