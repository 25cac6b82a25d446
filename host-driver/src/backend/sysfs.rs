//! A card's BAR0 through `/sys/bus/pci/devices/<bdf>/resource0`, mapped with `memmap2`: for
//! register access and diagnostics (`viaduct probe`, `viaduct status`) on hosts without VFIO.
//!
//! It cannot do DMA: nothing maps memory into the IOMMU or pins it, so the engine has no
//! memory to reach, and there are no interrupts. Registration and VIs need VFIO.

use super::mmio::{Mmio32, Window, check};
use crate::device::{Device, RegisterPage};
use crate::error::{DriverError, Result};
use memmap2::{MmapOptions, MmapRaw};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use viaduct_abi::PhysAddr;
use viaduct_abi::regs::{VI_PAGE_STRIDE, vi_page};
use viaduct_sim::{Notifier, Segment};

/// A mapped resource file: 32-bit volatile loads and stores.
pub struct MappedResource {
    map: MmapRaw,
}

impl Mmio32 for MappedResource {
    fn len(&self) -> u64 {
        self.map.len() as u64
    }
    fn read32(&self, offset: u64) -> std::io::Result<u32> {
        check(offset, self.len())?;
        // SAFETY: aligned and inside the mapping; device registers need volatile access.
        Ok(u32::from_le(unsafe {
            std::ptr::read_volatile(self.map.as_ptr().add(offset as usize) as *const u32)
        }))
    }
    fn write32(&self, offset: u64, value: u32) -> std::io::Result<()> {
        check(offset, self.len())?;
        // SAFETY: as in `read32`.
        unsafe {
            std::ptr::write_volatile(self.map.as_mut_ptr().add(offset as usize) as *mut u32, value.to_le())
        };
        Ok(())
    }
}

pub struct SysfsDevice {
    path: PathBuf,
    bar: Arc<MappedResource>,
}

impl SysfsDevice {
    /// Map `resource0` of the card at `sysfs_path`, or any file standing in for it.
    pub fn open(sysfs_path: &Path) -> Result<SysfsDevice> {
        let resource =
            if sysfs_path.is_dir() { sysfs_path.join("resource0") } else { sysfs_path.to_path_buf() };
        let file = std::fs::OpenOptions::new().read(true).write(true).open(&resource).map_err(|e| {
            DriverError::Device(format!(
                "opening {}: {e} (root is needed for resource files)",
                resource.display()
            ))
        })?;
        let map = MmapOptions::new()
            .map_raw(&file)
            .map_err(|e| DriverError::Device(format!("mapping {}: {e}", resource.display())))?;
        Ok(SysfsDevice { path: resource, bar: Arc::new(MappedResource { map }) })
    }

    fn no_dma(what: &str) -> DriverError {
        DriverError::Unsupported(
            what.into(),
            "sysfs resource0 gives register access only (no IOMMU mapping, pinning or interrupts); bind the card to vfio-pci".into(),
        )
    }
}

impl Device for SysfsDevice {
    fn describe(&self) -> String {
        format!("sysfs {}", self.path.display())
    }
    fn read32(&self, offset: u32) -> Result<u32> {
        self.bar.read32(u64::from(offset)).map_err(|e| DriverError::Device(e.to_string()))
    }
    fn write32(&self, offset: u32, value: u32) -> Result<()> {
        self.bar.write32(u64::from(offset), value).map_err(|e| DriverError::Device(e.to_string()))
    }
    fn map_segment(&self, _addr: PhysAddr, _segment: &Arc<Segment>) -> Result<()> {
        Err(Self::no_dma("device memory"))
    }
    fn unmap_segment(&self, _addr: PhysAddr) -> Result<()> {
        Err(Self::no_dma("device memory"))
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
    fn set_interrupt(&self, _vector: u32, _fd: Arc<Notifier>) -> Result<()> {
        Err(Self::no_dma("interrupts"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file standing in for resource0: registers land in it, DMA is refused.
    #[test]
    fn registers_go_to_the_resource_and_dma_is_refused() {
        let path = std::env::temp_dir().join(format!("viaduct-resource0-{}", std::process::id()));
        std::fs::write(&path, vec![0u8; 0x20000]).unwrap();
        let dev = SysfsDevice::open(&path).unwrap();
        dev.write32(0x14, 0x7).unwrap();
        assert_eq!(dev.read32(0x14).unwrap(), 7);
        assert!(dev.read32(0x20000).is_err());
        assert!(dev.read32(0x15).is_err(), "unaligned");
        dev.vi_page(2).unwrap().store32(0, 42);
        assert_eq!(dev.read32(vi_page(2, 0)).unwrap(), 42);
        let seg = Arc::new(Segment::create("t", 4096).unwrap());
        assert!(matches!(dev.map_segment(PhysAddr(0), &seg), Err(DriverError::Unsupported(..))));
        drop(dev);
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(&bytes[0x14..0x18], &7u32.to_le_bytes());
        let _ = std::fs::remove_file(path);
    }
}
