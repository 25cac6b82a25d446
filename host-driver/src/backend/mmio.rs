//! 32-bit register access to a mapped BAR, and windows onto it (BAR0, one VI's page).

use crate::device::RegisterPage;
use std::io;
use std::sync::Arc;

/// A region of device registers reached with 32-bit loads and stores.
pub trait Mmio32: Send + Sync {
    fn len(&self) -> u64;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn read32(&self, offset: u64) -> io::Result<u32>;
    fn write32(&self, offset: u64, value: u32) -> io::Result<()>;
}

/// Any `pci-driver` region (a VFIO BAR, mapped or not; a memory-backed region in tests).
pub struct PciRegionMmio<R>(pub R);

impl<R: pci_driver::regions::PciRegion> Mmio32 for PciRegionMmio<R> {
    fn len(&self) -> u64 {
        self.0.len()
    }
    fn read32(&self, offset: u64) -> io::Result<u32> {
        self.0.read_le_u32(offset)
    }
    fn write32(&self, offset: u64, value: u32) -> io::Result<()> {
        self.0.write_le_u32(offset, value)
    }
}

/// A page of registers at `base` in a BAR: what a VI's owner gets on a card.
pub struct Window {
    pub mmio: Arc<dyn Mmio32>,
    pub base: u64,
    pub len: u64,
}

impl RegisterPage for Window {
    /// A failed load reads as all ones, as a PCIe read of a vanished device does.
    fn load32(&self, offset: u64) -> u32 {
        if offset + 4 > self.len {
            return u32::MAX;
        }
        self.mmio.read32(self.base + offset).unwrap_or(u32::MAX)
    }
    fn store32(&self, offset: u64, value: u32) {
        if offset + 4 <= self.len {
            let _ = self.mmio.write32(self.base + offset, value);
        }
    }
}

/// Check an access to a window of `len` bytes.
pub fn check(offset: u64, len: u64) -> io::Result<()> {
    if !offset.is_multiple_of(4) || offset + 4 > len {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("register offset {offset:#x} outside {len:#x} bytes"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use pci_driver::regions::PciMemoryRegion;

    #[test]
    fn a_window_reaches_its_page_only() {
        let mut bar = vec![0u8; 0x3000];
        let mmio: Arc<dyn Mmio32> = Arc::new(PciRegionMmio(PciMemoryRegion::new_mut(unsafe {
            // SAFETY: the vector outlives the region in this test.
            std::slice::from_raw_parts_mut(bar.as_mut_ptr(), bar.len())
        })));
        let w = Window { mmio: mmio.clone(), base: 0x1000, len: 0x1000 };
        w.store32(8, 0xabcd_1234);
        assert_eq!(mmio.read32(0x1008).unwrap(), 0xabcd_1234);
        assert_eq!(w.load32(8), 0xabcd_1234);
        w.store32(0x1000, 7);
        assert_eq!(mmio.read32(0x2000).unwrap(), 0, "nothing past the window");
        assert_eq!(w.load32(0x1000), u32::MAX);
        assert!(mmio.read32(0x3000).is_err());
        drop(w);
        drop(mmio);
        assert_eq!(&bar[0x1008..0x100c], &0xabcd_1234u32.to_le_bytes());
    }
}
