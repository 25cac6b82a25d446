//! The Verilog of every block of the translation unit for an [`EngineConfig`], for synthesis
//! and review (`cargo run -p viaduct-hw --bin viaduct-verilog -- <dir> [small|default]`).

use crate::iotlb::Iotlb;
use crate::key_store::KeyStore;
use crate::line_cache::LineCache;
use crate::protection_table::ProtectionTable;
use crate::translate_unit::TranslateUnit;
use crate::unsealer::Unsealer;
use crate::verilog::verilog_of;
use crate::walker::Walker;
use viaduct_abi::EngineConfig;

/// (block name, Verilog with module `top`) for each block, sized for `cfg`.
pub type Blocks = Vec<(&'static str, String)>;

macro_rules! blocks {
    ($i:literal, $lt:literal, $ld:literal, $p:literal, $k:literal) => {
        vec![
            ("key_store", verilog_of(&mut KeyStore::<$k>::default())),
            ("unsealer", verilog_of(&mut Unsealer::default())),
            ("protection_table", verilog_of(&mut ProtectionTable::<$p>::default())),
            ("iotlb", verilog_of(&mut Iotlb::<$i>::default())),
            ("line_cache", verilog_of(&mut LineCache::<$lt, $ld>::default())),
            ("walker", verilog_of(&mut Walker::<$lt, $ld>::default())),
            ("translate_unit", verilog_of(&mut TranslateUnit::<$i, $lt, $ld, $p, $k>::default())),
        ]
    };
}

/// Every block for `cfg`. Table sizes are type parameters, so each supported configuration
/// is listed here (as in [`crate::translate_unit::translate_unit_verilog`]).
pub fn blocks(cfg: &EngineConfig) -> Result<Blocks, String> {
    let log2 = |v: u32| v.trailing_zeros();
    let key =
        (log2(cfg.iotlb_entries), log2(cfg.line_cache_lines), log2(cfg.prot_entries), log2(cfg.key_slots));
    Ok(match key {
        (4, 2, 4, 2) => blocks!(4, 3, 10, 4, 2),
        (6, 4, 8, 6) => blocks!(6, 5, 12, 8, 6),
        other => {
            return Err(format!("no block instances for (log2 iotlb, lines, protection, keys) = {other:?}"));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_hdl::prelude::yosys_validate;

    #[test]
    fn every_block_of_the_default_configuration_signs_off() {
        for (name, v) in blocks(&EngineConfig::default()).unwrap() {
            yosys_validate(&format!("default_{name}"), &v).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            crate::verilog::verilator_lint(&format!("default_{name}"), &v)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}
