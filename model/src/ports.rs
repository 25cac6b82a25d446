//! What sits behind the engine's stream ports in the model: a network (frames in and out)
//! and a storage target (a byte-addressed image).

use std::collections::VecDeque;
use viaduct_abi::stream::{NetFrame, StorageCommand};

/// A storage target the storage port talks to.
pub trait StorageTarget {
    /// Write `data` at byte `offset`; `Err(code)` is the target's non-zero status.
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), u8>;
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), u8>;
}

impl<T: StorageTarget + ?Sized> StorageTarget for Box<T> {
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), u8> {
        (**self).write(offset, data)
    }
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), u8> {
        (**self).read(offset, buf)
    }
}

/// An in-memory disk image of fixed size; accesses past its end fail with status 1.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemStorage {
    pub image: Vec<u8>,
}

impl MemStorage {
    pub fn new(bytes: usize) -> Self {
        MemStorage { image: vec![0; bytes] }
    }
    fn range(&self, offset: u64, len: usize) -> Result<std::ops::Range<usize>, u8> {
        let start = usize::try_from(offset).map_err(|_| 1u8)?;
        let end = start.checked_add(len).ok_or(1u8)?;
        if end > self.image.len() { Err(1) } else { Ok(start..end) }
    }
}

impl StorageTarget for MemStorage {
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), u8> {
        let r = self.range(offset, data.len())?;
        self.image[r].copy_from_slice(data);
        Ok(())
    }
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), u8> {
        let r = self.range(offset, buf.len())?;
        buf.copy_from_slice(&self.image[r]);
        Ok(())
    }
}

/// The network seen from the engine: frames waiting to be received, frames sent.
#[derive(Clone, Debug, Default)]
pub struct Network {
    pub rx: VecDeque<Vec<u8>>,
    pub tx: Vec<NetFrame>,
}

/// The storage port's traffic, for comparison with the RTL's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StorageLog {
    pub commands: Vec<StorageCommand>,
}
