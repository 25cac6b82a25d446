//! Completion status codes: one per way a descriptor can end (R5, R9). The byte on the wire
//! maps one to one onto [`Status`], and the driver's error enum maps one to one onto it.

use crate::error::AbiError;

macro_rules! statuses {
    ($( $(#[doc = $doc:literal])* $name:ident = $code:literal, $phase:ident; )*) => {
        /// How a descriptor ended. Codes are grouped by the stage that detects them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        pub enum Status {
            $( $(#[doc = $doc])* $name = $code, )*
        }

        impl Status {
            pub const ALL: &'static [Status] = &[$(Status::$name),*];

            pub const fn from_code(code: u8) -> Result<Status, AbiError> {
                match code {
                    $( $code => Ok(Status::$name), )*
                    other => Err(AbiError::UnknownStatus(other)),
                }
            }
            pub const fn name(self) -> &'static str {
                match self { $( Status::$name => stringify!($name), )* }
            }
            /// One line saying what happened.
            pub const fn describe(self) -> &'static str {
                match self { $( Status::$name => concat!($($doc),*), )* }
            }
            /// When the engine detects it: before any byte moves, or per page during the move.
            pub const fn phase(self) -> Phase {
                match self { $( Status::$name => Phase::$phase, )* }
            }
        }
    };
}

/// The stage of processing at which a status is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Success.
    Done,
    /// Decided from the descriptor, the shortcut and the protection table: nothing moved.
    Admission,
    /// Decided while moving data, page by page: bytes before the faulting page have moved.
    Transfer,
    /// The VI was disabled before the descriptor ran: nothing moved.
    Flush,
}

statuses! {
    /// The operation completed; every byte moved.
    Ok = 0x00, Done;
    /// The opcode is not one the engine knows.
    BadOpcode = 0x01, Admission;
    /// A reserved bit, a flag or a field the opcode does not use is not zero, or inline data is too long.
    BadDescriptor = 0x02, Admission;
    /// The length is zero, or the range wraps or leaves the canonical user address space.
    BadLength = 0x03, Admission;
    /// The shortcut does not decrypt to a well-formed plaintext under the VI's key (forged, altered or stale key).
    ShortcutInvalid = 0x10, Admission;
    /// The shortcut was minted under an older generation of the key.
    ShortcutStale = 0x11, Admission;
    /// The shortcut was minted for another protection domain.
    ShortcutDomain = 0x12, Admission;
    /// The shortcut maps another VA block than the one holding the address.
    ShortcutBlock = 0x13, Admission;
    /// The range runs past the end of the VA block the shortcut maps.
    CrossesBlock = 0x14, Admission;
    /// The shortcut does not carry the right (read or write) the operation needs.
    ShortcutRights = 0x15, Admission;
    /// The shortcut names a protection-table slot that is out of range or not valid.
    RegionInvalid = 0x20, Admission;
    /// The protection-table slot has been reused since the shortcut was minted (deregistered).
    RegionStale = 0x21, Admission;
    /// The protection-table entry belongs to another protection domain.
    RegionDomain = 0x22, Admission;
    /// The protection-table entry does not allow the posting VI.
    RegionVi = 0x23, Admission;
    /// The protection-table entry does not allow the access (read or write).
    RegionRights = 0x24, Admission;
    /// The range is not inside the registered region.
    OutOfRegion = 0x25, Admission;
    /// A page-table entry on the walk is not present.
    NotPresent = 0x30, Transfer;
    /// The page is present but not pinned.
    NotPinned = 0x31, Transfer;
    /// The page is not writable and the operation writes it.
    ReadOnly = 0x32, Transfer;
    /// A page-table entry has a reserved combination (PS at PML4, misaligned large frame).
    BadTableEntry = 0x33, Transfer;
    /// The host answered a read with an error.
    HostReadError = 0x40, Transfer;
    /// The host answered a write with an error.
    HostWriteError = 0x41, Transfer;
    /// The host did not answer within the watchdog time.
    HostTimeout = 0x42, Transfer;
    /// The received frame was longer than the buffer; the buffer holds its first bytes.
    NetRxTruncated = 0x50, Transfer;
    /// The storage target reported an error.
    StorageError = 0x51, Transfer;
    /// The VI was disabled before the descriptor ran.
    Flushed = 0x60, Flush;
}

impl Status {
    pub const fn code(self) -> u8 {
        self as u8
    }
    pub const fn is_ok(self) -> bool {
        matches!(self, Status::Ok)
    }
    /// Position in [`Status::ALL`]: the error counter of this status is `ERROR_COUNTER_BASE + ordinal`.
    pub fn ordinal(self) -> usize {
        Status::ALL.iter().position(|s| *s == self).expect("every status is in ALL")
    }
}

impl core::fmt::Display for Status {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} ({:#04x}): {}", self.name(), self.code(), self.describe())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for s in Status::ALL {
            assert_eq!(Status::from_code(s.code()).unwrap(), *s);
        }
        let mut codes: Vec<u8> = Status::ALL.iter().map(|s| s.code()).collect();
        codes.dedup();
        assert_eq!(codes.len(), Status::ALL.len());
        assert!(Status::from_code(0xff).is_err());
    }
}
