//! viaduct-hw: the engine's RTL in rust-hdl, one block per file. [`engine::Engine`] is the
//! top: BAR0 and the VI table, the scheduler, the translation unit
//! ([`translate_unit::TranslateUnit`]: unsealer, key store, protection table, IOTLB, walker),
//! the data mover and the completion writer. Layouts and constants come from `viaduct-abi`.

pub mod axi;
pub mod bar0;
pub mod block;
pub mod completer;
pub mod counters;
pub mod desc_check;
pub mod engine;
pub mod engine_cache;
pub mod fields;
pub mod fifo;
pub mod generate;
pub mod iotlb;
pub mod key_store;
pub mod line_cache;
pub mod lutram;
pub mod mem_reader;
pub mod mem_writer;
pub mod mover;
pub mod packer;
pub mod protection_table;
pub mod read_join;
pub mod realign;
pub mod reg_slice;
pub mod scheduler;
pub mod translate_unit;
pub mod unsealer;
pub mod verilog;
pub mod vi_table;
pub mod walker;
pub mod watchdog;
pub mod write_join;
