//! The registration benchmark (R1): what registering 1, 16 and 64 GiB costs the agent with
//! shortcuts, against building the per-page translation table (an RDMA NIC's MTT: 8 bytes per
//! 4 KiB page, each page translated) for the same region, in the same run; pinning is
//! reported on its own.

use crate::agent::{Agent, AgentConfig, Registration};
use crate::device::{BoardDevice, Device};
use crate::error::{DriverError, Result};
use serde::Serialize;
use std::sync::Arc;
use std::time::{Duration, Instant};
use viaduct_abi::pagetable::{PAGE_SIZE, PageTableEntry};
use viaduct_abi::{EngineConfig, Level, PhysAddr, VirtAddr};
use viaduct_model::{Memory, PageSize};
use viaduct_sim::{Board, ModelCore, PhysHandle, PhysMemory, Segment};

/// The public figure for `ibv_reg_mr`: about 0.3 µs per 4 KiB page.
pub const IBV_REG_MR_US_PER_PAGE: f64 = 0.3;

#[derive(Serialize, Debug, Clone)]
pub struct RegistrationFigures {
    pub gib: u64,
    pub pages: u64,
    pub level: String,
    /// Protection entry and shortcuts.
    pub mint_seconds: f64,
    pub shortcuts: usize,
    /// Marking every page pinned.
    pub pin_seconds: f64,
    /// The per-page table: translate every page and store its 8-byte entry.
    pub per_page_table_seconds: f64,
    /// Engine state the registration needs: one protection entry.
    pub device_bytes: u64,
    /// Device memory of the per-page table.
    pub per_page_table_bytes: u64,
    pub mint_us_per_page: f64,
    pub per_page_table_us_per_page: f64,
    /// Per-page table time over shortcut time.
    pub speedup: f64,
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// Measure one registration of `gib` GiB (4 KiB pages) with shortcuts at `level`.
pub fn registration(gib: u64, level: Level) -> Result<RegistrationFigures> {
    let len = gib << 30;
    let pages = len / PAGE_SIZE;
    let mem = PhysMemory::new();
    let core = ModelCore::with_memory_storage(EngineConfig::small(), PhysHandle(mem.clone()))
        .map_err(|e| DriverError::Device(e.to_string()))?;
    let board = Arc::new(Board::start(Box::new(core), mem).map_err(|e| DriverError::Device(e.to_string()))?);
    let device: Arc<dyn Device> = Arc::new(BoardDevice { board });
    // Tables for `len` of 4 KiB pages: one PT page per 2 MiB, plus the upper levels.
    let table_pool = ((len >> 21) + 64) * PAGE_SIZE;
    let mut agent = Agent::new(
        device,
        AgentConfig { table_pool: table_pool.next_multiple_of(2 << 20), ..Default::default() },
    )?;
    let pd = agent.attach(None)?;
    agent.open_vi(pd)?;
    let buf = agent.alloc_buffer(pd, len, PageSize::Size4K)?;
    let grant = agent.register(pd, buf.va, len, Registration { level, ..Default::default() })?;
    let t = agent.last_registration_timing();

    // The per-page table, built as fast as software can: each leaf table page read once,
    // its 512 entries translated and stored as 8-byte entries in device memory.
    let mtt_bytes = pages * 8;
    let mtt = Segment::create("per-page-table", mtt_bytes.next_multiple_of(PAGE_SIZE))
        .map_err(|e| DriverError::Device(e.to_string()))?;
    let space = agent.table_of(pd).expect("attached");
    let started = Instant::now();
    let mut page = [0u8; PAGE_SIZE as usize];
    let mut entries = [0u8; PAGE_SIZE as usize];
    for block in 0..(len >> 21) {
        let va = VirtAddr(buf.va.0 + (block << 21));
        let table =
            space.table_for(agent.memory(), va, Level::Pt).map_err(|e| DriverError::Device(e.to_string()))?;
        agent.memory().read(table, &mut page).map_err(|e| DriverError::Device(e.to_string()))?;
        for (i, e) in page.chunks_exact(8).enumerate() {
            let pte = PageTableEntry(u64::from_le_bytes(e.try_into().expect("8")));
            entries[i * 8..i * 8 + 8].copy_from_slice(&pte.addr().0.to_le_bytes());
        }
        mtt.write(block * PAGE_SIZE, &entries);
    }
    let mtt_time = started.elapsed();
    // Everything the table held went into the per-page table.
    let mut first = [0u8; 8];
    mtt.read(0, &mut first);
    let first_pa = PhysAddr(u64::from_le_bytes(first));
    if !matches!(space.translate(agent.memory(), buf.va), Ok(viaduct_model::Translation::Mapped { pa, .. }) if pa == first_pa)
    {
        return Err(DriverError::Device("the per-page table does not match the page table".into()));
    }
    let _ = grant;
    let per_page = |d: Duration| secs(d) * 1e6 / pages as f64;
    Ok(RegistrationFigures {
        gib,
        pages,
        level: format!("{level:?}"),
        mint_seconds: secs(t.mint),
        shortcuts: t.shortcuts,
        pin_seconds: secs(t.pin),
        per_page_table_seconds: secs(mtt_time),
        device_bytes: viaduct_abi::protection::PROTECTION_ENTRY_LAYOUT.words as u64 * 8,
        per_page_table_bytes: mtt_bytes,
        mint_us_per_page: per_page(t.mint),
        per_page_table_us_per_page: per_page(mtt_time),
        speedup: secs(mtt_time) / secs(t.mint).max(1e-9),
    })
}
