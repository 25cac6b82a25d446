//! A card bound to `vfio-pci`, through `pci-driver`: BAR0 mapped, device memory made
//! reachable through the IOMMU (a mapping there is what pins it), MSI-X vectors on eventfds.
//!
//! On a card the engine walks a device-visible copy of each process's table whose leaves
//! hold IOVAs: the agent's tables live in its own segments at IOVAs it chooses, so this is
//! what [`crate::agent::Agent`] builds anyway. VI pages are windows of BAR0 in the agent's
//! process: handing one to another process needs a kernel helper that maps a single BAR page
//! (as RDMA drivers map their doorbell pages), so on VFIO the applications run inside the
//! agent's process (as `viaduct selftest` does).

use super::mmio::{Mmio32, PciRegionMmio, Window, check};
use crate::device::{Device, RegisterPage};
use crate::error::{DriverError, Result};
use pci_driver::backends::vfio::VfioPciDevice;
use pci_driver::device::PciDevice;
use pci_driver::regions::{MappedOwningPciRegion, PciRegion, Permissions};
use std::collections::BTreeMap;
use std::os::fd::{AsFd, AsRawFd};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use viaduct_abi::PhysAddr;
use viaduct_abi::regs::{BAR0_SIZE, VI_PAGE_STRIDE, vi_page};
use viaduct_sim::{Notifier, Segment};

pub struct VfioDevice {
    path: PathBuf,
    device: VfioPciDevice,
    bar: Arc<dyn Mmio32>,
    mappings: Mutex<BTreeMap<u64, (usize, Arc<Segment>)>>,
    vectors: Mutex<Vec<Option<Arc<Notifier>>>>,
}

fn io(what: &str, path: &Path, e: std::io::Error) -> DriverError {
    DriverError::Device(format!("{what} {}: {e}", path.display()))
}

impl VfioDevice {
    /// Open the card at `sysfs_path` (such as `/sys/bus/pci/devices/0000:01:00.0`), which must
    /// be bound to `vfio-pci`, and map its BAR0.
    pub fn open(sysfs_path: &Path) -> Result<VfioDevice> {
        if !Path::new("/dev/vfio").exists() {
            return Err(DriverError::Unsupported(
                "VFIO".into(),
                "no /dev/vfio on this machine: load vfio-pci and bind the card to it (see docs/boards.md)"
                    .into(),
            ));
        }
        let device = VfioPciDevice::open(sysfs_path).map_err(|e| io("opening", sysfs_path, e))?;
        let bar0 = device
            .bar(0)
            .ok_or_else(|| DriverError::Device(format!("{} has no BAR0", sysfs_path.display())))?;
        if bar0.len() < BAR0_SIZE {
            return Err(DriverError::Device(format!(
                "BAR0 is {:#x} bytes, the register map needs {BAR0_SIZE:#x}",
                bar0.len()
            )));
        }
        let mapped: MappedOwningPciRegion =
            bar0.map(.., Permissions::ReadWrite).map_err(|e| io("mapping BAR0 of", sysfs_path, e))?;
        Ok(VfioDevice {
            path: sysfs_path.to_path_buf(),
            device,
            bar: Arc::new(PciRegionMmio(mapped)),
            mappings: Mutex::new(BTreeMap::new()),
            vectors: Mutex::new(Vec::new()),
        })
    }
}

impl Device for VfioDevice {
    fn describe(&self) -> String {
        format!("vfio {}", self.path.display())
    }
    fn read32(&self, offset: u32) -> Result<u32> {
        check(u64::from(offset), self.bar.len())
            .and_then(|()| self.bar.read32(u64::from(offset)))
            .map_err(|e| io("BAR0 read of", &self.path, e))
    }
    fn write32(&self, offset: u32, value: u32) -> Result<()> {
        check(u64::from(offset), self.bar.len())
            .and_then(|()| self.bar.write32(u64::from(offset), value))
            .map_err(|e| io("BAR0 write of", &self.path, e))
    }
    fn map_segment(&self, addr: PhysAddr, segment: &Arc<Segment>) -> Result<()> {
        // SAFETY: the segment's mapping stays alive while it is in `mappings`, which holds it
        // until `unmap_segment` removes the IOMMU mapping first.
        unsafe {
            self.device.iommu().map(addr.0, segment.len() as usize, segment.as_ptr(), Permissions::ReadWrite)
        }
        .map_err(|e| io("IOMMU map for", &self.path, e))?;
        self.mappings.lock().expect("lock").insert(addr.0, (segment.len() as usize, segment.clone()));
        Ok(())
    }
    fn unmap_segment(&self, addr: PhysAddr) -> Result<()> {
        let mut m = self.mappings.lock().expect("lock");
        let (len, _) =
            m.get(&addr.0).ok_or_else(|| DriverError::Device(format!("nothing mapped at {addr}")))?;
        self.device.iommu().unmap(addr.0, *len).map_err(|e| io("IOMMU unmap for", &self.path, e))?;
        m.remove(&addr.0);
        Ok(())
    }
    fn vi_page(&self, vi: u32) -> Result<Arc<dyn RegisterPage>> {
        Ok(Arc::new(Window {
            mmio: self.bar.clone(),
            base: u64::from(vi_page(vi, 0)),
            len: u64::from(VI_PAGE_STRIDE),
        }))
    }
    fn set_vi_open(&self, _vi: u32, _open: bool) -> Result<()> {
        Ok(())
    }
    fn doorbell(&self) -> Result<Option<Arc<Notifier>>> {
        Ok(None)
    }
    fn set_interrupt(&self, vector: u32, fd: Arc<Notifier>) -> Result<()> {
        let mut v = self.vectors.lock().expect("lock");
        if v.len() <= vector as usize {
            v.resize(vector as usize + 1, None);
        }
        v[vector as usize] = Some(fd);
        // MSI-X is enabled with the whole table of eventfds at once; unused vectors get -1.
        let fds: Vec<i32> = v.iter().map(|f| f.as_ref().map_or(-1, |f| f.as_fd().as_raw_fd())).collect();
        let interrupts = self.device.interrupts();
        let msix = interrupts.msi_x();
        if fds.len() > msix.max() {
            return Err(DriverError::Device(format!(
                "the card has {} MSI-X vectors, vector {vector} asked",
                msix.max()
            )));
        }
        msix.enable(&fds).map_err(|e| io("enabling MSI-X of", &self.path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_card_is_a_clear_error() {
        let err =
            VfioDevice::open(Path::new("/sys/bus/pci/devices/0000:ff:1f.7")).err().expect("no such card");
        let msg = err.to_string();
        assert!(msg.contains("VFIO") || msg.contains("0000:ff:1f.7"), "{msg}");
    }
}
