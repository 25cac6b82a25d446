//! Admission of one buffer of a descriptor (R2, R4, R5): unseal the shortcut with the VI's
//! key and check it, then check the protection-table entry it names. The order of the checks
//! is the order of the status table; the first failure decides the status.

use viaduct_abi::shortcut::va_block;
use viaduct_abi::{
    Access, BufferRef, Key, ProtectionDomain, ProtectionEntry, ShortcutFields, Status, VirtAddr,
};

/// What admission needs to know about the posting VI and the engine's tables.
#[derive(Clone, Copy, Debug)]
pub struct AdmissionContext<'a> {
    /// The key and generation of the VI's key slot, or `None` if no key is installed.
    pub key: Option<(Key, u8)>,
    /// The VI's protection domain.
    pub pd: ProtectionDomain,
    /// The VI's index.
    pub vi: u32,
    pub protection: &'a [ProtectionEntry],
}

/// Admit `[buf.va, buf.va + len)` for `access`; `len >= 1` and the range is in user space
/// (descriptor decoding checked that). On failure returns the status and the VA to report:
/// the buffer's VA, or for `CrossesBlock` the first VA past the shortcut's block.
pub fn admit(
    ctx: &AdmissionContext<'_>,
    buf: BufferRef,
    len: u64,
    access: Access,
) -> Result<ShortcutFields, (Status, VirtAddr)> {
    let fail = |s| (s, buf.va);
    let (key, key_generation) = ctx.key.ok_or(fail(Status::ShortcutInvalid))?;
    let (bind, target) = buf.shortcut.unseal(key);
    let f = ShortcutFields::from_plaintext(bind, target).map_err(|_| fail(Status::ShortcutInvalid))?;
    if f.key_generation != key_generation {
        return Err(fail(Status::ShortcutStale));
    }
    if f.pd != ctx.pd {
        return Err(fail(Status::ShortcutDomain));
    }
    if f.va_block != va_block(buf.va, f.level) {
        return Err(fail(Status::ShortcutBlock));
    }
    if va_block(VirtAddr(buf.va.0 + len - 1), f.level) != f.va_block {
        return Err((Status::CrossesBlock, VirtAddr((f.va_block + 1) << f.level.block_shift())));
    }
    if !f.rights.allows(access) {
        return Err(fail(Status::ShortcutRights));
    }
    let entry = ctx.protection.get(f.slot as usize).filter(|e| e.valid).ok_or(fail(Status::RegionInvalid))?;
    if entry.generation != f.slot_generation {
        return Err(fail(Status::RegionStale));
    }
    if entry.pd != ctx.pd {
        return Err(fail(Status::RegionDomain));
    }
    if ctx.vi > u32::from(u8::MAX) || !entry.allows_vi(ctx.vi as u8) {
        return Err(fail(Status::RegionVi));
    }
    if !entry.allows(access) {
        return Err(fail(Status::RegionRights));
    }
    if !entry.contains(buf.va, len) {
        return Err(fail(Status::OutOfRegion));
    }
    Ok(f)
}
