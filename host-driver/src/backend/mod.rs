//! Device backends for real cards: VFIO (registers, DMA through the IOMMU, MSI-X) and sysfs
//! `resource0` (registers only). The simulated board's backends are
//! [`crate::device::BoardDevice`] and [`crate::remote::RemoteDevice`].

pub mod mmio;
pub mod sysfs;
pub mod vfio;
