//! A segment of the board's physical memory: a memfd, mapped shared. The board maps every
//! segment; a process is handed the file descriptors of its own segments only, so it can map
//! its buffers at their virtual addresses and nothing else.

use memmap2::{MmapOptions, MmapRaw};
use nix::sys::memfd::{MemFdCreateFlag, memfd_create};
use std::ffi::CString;
use std::fs::File;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum SegmentError {
    #[error("creating a {len}-byte memory segment: {source}")]
    Create { len: u64, source: std::io::Error },
    #[error("mapping a memory segment: {0}")]
    Map(std::io::Error),
    #[error("segment length {0} is not a positive multiple of 4096")]
    BadLength(u64),
}

/// One memfd-backed piece of memory.
pub struct Segment {
    file: File,
    map: MmapRaw,
    len: u64,
}

impl std::fmt::Debug for Segment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Segment({} bytes)", self.len)
    }
}

impl Segment {
    /// A new zero-filled segment of `len` bytes (sparse until touched).
    pub fn create(name: &str, len: u64) -> Result<Segment, SegmentError> {
        if len == 0 || !len.is_multiple_of(4096) {
            return Err(SegmentError::BadLength(len));
        }
        let cname = CString::new(name.replace('\0', "_")).expect("no NUL after replacement");
        let fd = memfd_create(&cname, MemFdCreateFlag::MFD_CLOEXEC)
            .map_err(|e| SegmentError::Create { len, source: e.into() })?;
        let file = File::from(fd);
        file.set_len(len).map_err(|source| SegmentError::Create { len, source })?;
        Self::from_file(file)
    }

    /// Map a segment received from another process.
    pub fn from_fd(fd: OwnedFd) -> Result<Segment, SegmentError> {
        Self::from_file(File::from(fd))
    }

    fn from_file(file: File) -> Result<Segment, SegmentError> {
        let len = file.metadata().map_err(SegmentError::Map)?.len();
        if len == 0 || len % 4096 != 0 {
            return Err(SegmentError::BadLength(len));
        }
        let map = MmapOptions::new().len(len as usize).map_raw(&file).map_err(SegmentError::Map)?;
        Ok(Segment { file, map, len })
    }

    pub fn len(&self) -> u64 {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn fd(&self) -> BorrowedFd<'_> {
        self.file.as_fd()
    }
    /// A duplicate descriptor, to send to another process.
    pub fn dup_fd(&self) -> std::io::Result<OwnedFd> {
        self.file.as_fd().try_clone_to_owned()
    }
    pub fn as_ptr(&self) -> *mut u8 {
        self.map.as_mut_ptr()
    }

    /// Copy out `buf.len()` bytes at `offset`. The engine and software may touch the same
    /// bytes at once, as they do over PCIe; each byte is read whole.
    pub fn read(&self, offset: u64, buf: &mut [u8]) -> bool {
        if offset.checked_add(buf.len() as u64).is_none_or(|end| end > self.len) {
            return false;
        }
        // SAFETY: the range is inside the mapping, which lives as long as `self`.
        unsafe {
            std::ptr::copy_nonoverlapping(self.map.as_ptr().add(offset as usize), buf.as_mut_ptr(), buf.len())
        };
        true
    }

    pub fn write(&self, offset: u64, data: &[u8]) -> bool {
        if offset.checked_add(data.len() as u64).is_none_or(|end| end > self.len) {
            return false;
        }
        // SAFETY: as in `read`; the mapping is shared and writable.
        unsafe {
            std::ptr::copy_nonoverlapping(
                data.as_ptr(),
                self.map.as_mut_ptr().add(offset as usize),
                data.len(),
            )
        };
        true
    }

    /// 32-bit little-endian load with acquire ordering (for registers shared with a process).
    pub fn load32(&self, offset: u64) -> u32 {
        assert!(offset.is_multiple_of(4) && offset + 4 <= self.len, "register offset {offset:#x}");
        // SAFETY: aligned, in range, and only ever accessed as atomics or plain bytes.
        let a = unsafe { &*(self.map.as_ptr().add(offset as usize) as *const std::sync::atomic::AtomicU32) };
        u32::from_le(a.load(std::sync::atomic::Ordering::Acquire))
    }

    pub fn store32(&self, offset: u64, value: u32) {
        assert!(offset.is_multiple_of(4) && offset + 4 <= self.len, "register offset {offset:#x}");
        // SAFETY: as in `load32`.
        let a = unsafe { &*(self.map.as_ptr().add(offset as usize) as *const std::sync::atomic::AtomicU32) };
        a.store(value.to_le(), std::sync::atomic::Ordering::Release);
    }
}

// SAFETY: the mapping is plain shared memory; all access goes through copies or atomics.
unsafe impl Send for Segment {}
unsafe impl Sync for Segment {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_received_descriptor_sees_the_same_bytes() {
        let a = Segment::create("test", 8192).unwrap();
        assert!(a.write(4000, b"shared"));
        let b = Segment::from_fd(a.dup_fd().unwrap()).unwrap();
        let mut buf = [0u8; 6];
        assert!(b.read(4000, &mut buf));
        assert_eq!(&buf, b"shared");
        assert!(!b.read(8190, &mut buf), "out of range");
        b.store32(16, 0xabcd);
        assert_eq!(a.load32(16), 0xabcd);
        assert!(matches!(Segment::create("bad", 100), Err(SegmentError::BadLength(100))));
    }
}
