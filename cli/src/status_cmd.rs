//! `viaduct status` (counters) and `viaduct probe` (identity and capabilities) of a board.

use crate::common::Failure;
use serde_json::json;
use std::path::Path;
use viaduct_abi::regs::{self, global};
use viaduct_abi::{Counter, EngineConfig};
use viaduct_host::Device;
use viaduct_host::remote::RemoteDevice;

fn observer(dir: &Path) -> Result<RemoteDevice, Failure> {
    let sock = dir.join("board.sock");
    RemoteDevice::connect(&sock, "observer")
        .map_err(|e| Failure::new(1, format!("no board at {}: {e}", sock.display())))
}

/// Every counter, read as software reads it: low word, then the latched high word.
pub fn counters(dev: &dyn Device) -> Result<Vec<(String, u64)>, Failure> {
    Counter::all()
        .map(|c| {
            let lo = dev.read32(regs::counter_offset(c.index()))?;
            let hi = dev.read32(regs::counter_offset(c.index()) + 4)?;
            Ok((c.name(), u64::from(hi) << 32 | u64::from(lo)))
        })
        .collect()
}

pub fn status(dir: &Path, json_out: bool) -> Result<(), Failure> {
    let dev = observer(dir)?;
    let all = counters(&dev)?;
    if json_out {
        let map: serde_json::Map<String, serde_json::Value> =
            all.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        println!("{}", serde_json::to_string_pretty(&json!({ "device": dev.describe(), "counters": map }))?);
    } else {
        println!("{}\n", dev.describe());
        for (name, v) in all.iter().filter(|(_, v)| *v != 0) {
            println!("  {name:<28} {v}");
        }
        let zero = all.iter().filter(|(_, v)| *v == 0).count();
        println!("\n  ({zero} counters are zero)");
    }
    Ok(())
}

pub fn probe_device(dev: &dyn Device, json_out: bool) -> Result<(), Failure> {
    let id = dev.read32(global::ID)?;
    let version = dev.read32(global::VERSION)?;
    let caps = [dev.read32(global::CAPS0)?, dev.read32(global::CAPS1)?, dev.read32(global::CAPS2)?];
    if id != regs::ID_VALUE {
        return Err(Failure::new(
            1,
            format!("{} answers ID {id:#010x}, not a viaduct engine", dev.describe()),
        ));
    }
    let cfg = EngineConfig::from_caps(caps).map_err(|e| Failure::new(1, format!("bad capabilities: {e}")))?;
    if json_out {
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({
                "device": dev.describe(), "id": format!("{id:#010x}"),
                "version": format!("{}.{}", version >> 16, version & 0xffff),
                "vi_count": cfg.vi_count, "queue_depth": cfg.queue_depth, "data_bytes": cfg.data_bytes,
                "iotlb_entries": cfg.iotlb_entries, "line_cache_lines": cfg.line_cache_lines,
                "prot_entries": cfg.prot_entries, "key_slots": cfg.key_slots, "reads_in_flight": cfg.reads_in_flight,
            }))?
        );
    } else {
        println!("{}", dev.describe());
        println!("  identity        VDCT, register map {}.{}", version >> 16, version & 0xffff);
        println!("  VIs             {} x {} descriptors", cfg.vi_count, cfg.queue_depth);
        println!("  data path       {} bits", cfg.data_bytes * 8);
        println!(
            "  IOTLB           {} entries, PTE-line cache {} lines",
            cfg.iotlb_entries, cfg.line_cache_lines
        );
        println!("  protection      {} entries, {} key slots", cfg.prot_entries, cfg.key_slots);
        println!("  reads in flight {}", cfg.reads_in_flight);
    }
    Ok(())
}

pub fn probe(dir: &Path, json_out: bool) -> Result<(), Failure> {
    probe_device(&observer(dir)?, json_out)
}
