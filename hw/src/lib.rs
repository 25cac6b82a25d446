//! viaduct-hw: the engine's RTL in rust-hdl, one block per file. So far the translation unit
//! (R2, R4, R5, R10): SPECK unsealer and write-only key store, protection table, IOTLB,
//! PTE-line cache and page walker behind one request/response interface
//! ([`translate_unit::TranslateUnit`]). Layouts and constants come from `viaduct-abi`.

pub mod axi;
pub mod block;
pub mod desc_check;
pub mod fields;
pub mod fifo;
pub mod generate;
pub mod iotlb;
pub mod key_store;
pub mod line_cache;
pub mod packer;
pub mod protection_table;
pub mod realign;
pub mod scheduler;
pub mod translate_unit;
pub mod unsealer;
pub mod verilog;
pub mod walker;
