//! `viaduct bench`: the figures that tell whether viaduct beats what a user would pick
//! instead, each with its baseline measured in the same run, as a table or as JSON.

use crate::common::Failure;
use serde::Serialize;
use serde_json::{Value, json};
use viaduct_abi::Level;
use viaduct_host::bench::{IBV_REG_MR_US_PER_PAGE, registration};

/// A goal with its measured value.
#[derive(Serialize, Clone, Debug)]
pub struct Goal {
    pub name: String,
    pub value: f64,
    pub target: String,
    pub met: bool,
}

pub fn run(quick: bool, json_out: bool) -> Result<bool, Failure> {
    let mut figures = serde_json::Map::new();
    let mut goals = Vec::new();
    let sizes: &[u64] = if quick { &[1, 4] } else { &[1, 16, 64] };
    let mut rows = Vec::new();
    for &gib in sizes {
        let f = registration(gib, Level::Pt)?;
        rows.push(f.clone());
        figures.insert(format!("registration_{gib}gib"), serde_json::to_value(&f)?);
    }
    let worst = rows.iter().map(|f| f.mint_us_per_page).fold(0.0, f64::max);
    goals.push(Goal {
        name: "registration: minting and table work per 4 KiB page (µs)".into(),
        value: worst,
        target: format!("< {IBV_REG_MR_US_PER_PAGE} (ibv_reg_mr)"),
        met: worst < IBV_REG_MR_US_PER_PAGE,
    });
    let device_bytes: Vec<u64> = rows.iter().map(|f| f.device_bytes).collect();
    let independent = device_bytes.windows(2).all(|w| w[0] == w[1]);
    goals.push(Goal {
        name: "device memory for translation per region (bytes), independent of its size".into(),
        value: device_bytes[0] as f64,
        target: "same for every size".into(),
        met: independent,
    });
    let all_met = goals.iter().all(|g| g.met);
    if json_out {
        let mut out = Value::Object(figures);
        out["goals"] = serde_json::to_value(&goals)?;
        out["quick"] = json!(quick);
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!("registration (4 KiB pages, leaf-table shortcuts; per-page table = an RDMA NIC's MTT)\n");
        println!(
            "{:>5} {:>10} {:>10} {:>12} {:>12} {:>12} {:>14} {:>14} {:>9}",
            "GiB", "pages", "shortcuts", "mint s", "pin s", "per-page s", "device B", "per-page B", "speedup"
        );
        for f in &rows {
            println!(
                "{:>5} {:>10} {:>10} {:>12.6} {:>12.4} {:>12.4} {:>14} {:>14} {:>8.0}x",
                f.gib,
                f.pages,
                f.shortcuts,
                f.mint_seconds,
                f.pin_seconds,
                f.per_page_table_seconds,
                f.device_bytes,
                f.per_page_table_bytes,
                f.speedup
            );
        }
        println!("\ngoals");
        for g in &goals {
            println!(
                "  {:<6} {:<75} {:>12.6}  target {}",
                if g.met { "pass" } else { "short" },
                g.name,
                g.value,
                g.target
            );
        }
    }
    Ok(all_met)
}
