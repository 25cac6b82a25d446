//! The seam between the host software and a device: BAR0 registers, device-visible memory in
//! segments, VI pages for applications, a doorbell and interrupts. Backends: the simulated
//! board (in process, or a separate process through [`crate::remote`]), VFIO, and sysfs
//! `resource0` for register access only.

use crate::error::{DriverError, Result};
use std::sync::Arc;
use viaduct_abi::PhysAddr;
use viaduct_sim::{Notifier, Segment};

/// A page of device registers as an application reaches it: a VI's page of BAR0. On the
/// simulated board it is shared memory the board watches; on a card it is the BAR itself.
pub trait RegisterPage: Send + Sync {
    fn load32(&self, offset: u64) -> u32;
    fn store32(&self, offset: u64, value: u32);
    /// The memory segment behind the page, when it can be handed to another process.
    fn segment(&self) -> Option<&Segment> {
        None
    }
}

impl RegisterPage for Segment {
    fn load32(&self, offset: u64) -> u32 {
        Segment::load32(self, offset)
    }
    fn store32(&self, offset: u64, value: u32) {
        Segment::store32(self, offset, value)
    }
    fn segment(&self) -> Option<&Segment> {
        Some(self)
    }
}

/// A device as the agent drives it.
pub trait Device: Send + Sync {
    /// A short name for messages ("board (model)", "vfio 0000:01:00.0", ...).
    fn describe(&self) -> String;
    fn read32(&self, offset: u32) -> Result<u32>;
    fn write32(&self, offset: u32, value: u32) -> Result<()>;
    /// Make `segment` reachable by the engine at device address `addr` (this pins it).
    fn map_segment(&self, addr: PhysAddr, segment: &Arc<Segment>) -> Result<()>;
    fn unmap_segment(&self, addr: PhysAddr) -> Result<()>;
    /// The register page of VI `vi`, for the one process that owns the VI.
    fn vi_page(&self, vi: u32) -> Result<Arc<dyn RegisterPage>>;
    /// Mark VI `vi` open (its page is live) or closed.
    fn set_vi_open(&self, vi: u32, open: bool) -> Result<()>;
    /// The eventfd an application writes after posting, where the device needs one (the
    /// simulated board); on a card the doorbell is the `SQ_TAIL` write itself.
    fn doorbell(&self) -> Result<Option<Arc<Notifier>>>;
    /// Interrupt vector `vector` signals `fd`.
    fn set_interrupt(&self, vector: u32, fd: Arc<Notifier>) -> Result<()>;
}

/// The simulated board, in this process.
pub struct BoardDevice {
    pub board: Arc<viaduct_sim::Board>,
}

impl Device for BoardDevice {
    fn describe(&self) -> String {
        format!("simulated board ({} engine, in process)", self.board.engine_kind())
    }
    fn read32(&self, offset: u32) -> Result<u32> {
        Ok(self.board.bar_read(offset))
    }
    fn write32(&self, offset: u32, value: u32) -> Result<()> {
        self.board.bar_write(offset, value);
        Ok(())
    }
    fn map_segment(&self, addr: PhysAddr, segment: &Arc<Segment>) -> Result<()> {
        self.board.mem.insert(addr, segment.clone()).map_err(|e| DriverError::Device(e.to_string()))
    }
    fn unmap_segment(&self, addr: PhysAddr) -> Result<()> {
        self.board
            .mem
            .remove(addr)
            .map(|_| ())
            .ok_or_else(|| DriverError::Device(format!("no segment at {addr}")))
    }
    fn vi_page(&self, vi: u32) -> Result<Arc<dyn RegisterPage>> {
        self.board.vi_page(vi).map(|p| p as Arc<dyn RegisterPage>).ok_or(DriverError::UnknownVi(vi))
    }
    fn set_vi_open(&self, vi: u32, open: bool) -> Result<()> {
        self.board.set_vi_open(vi, open);
        Ok(())
    }
    fn doorbell(&self) -> Result<Option<Arc<Notifier>>> {
        Ok(Some(self.board.doorbell()))
    }
    fn set_interrupt(&self, vector: u32, fd: Arc<Notifier>) -> Result<()> {
        self.board.set_interrupt(vector, Some(fd));
        Ok(())
    }
}
