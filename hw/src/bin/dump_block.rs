fn main() {
    let v = viaduct_hw::engine::engine_verilog(&viaduct_abi::EngineConfig::small()).unwrap();
    print!("{v}");
}
