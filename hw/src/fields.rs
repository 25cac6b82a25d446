//! Field positions and widths of the shared layouts, taken from `viaduct-abi` at compile time
//! so the RTL never carries its own copy of a format.

use viaduct_abi::completion::COMPLETION_LAYOUT;
use viaduct_abi::descriptor::DESCRIPTOR_LAYOUT;
use viaduct_abi::layout::{Layout, LayoutField};
use viaduct_abi::pagetable::PTE_LAYOUT;
use viaduct_abi::protection::PROTECTION_ENTRY_LAYOUT;
use viaduct_abi::shortcut::SHORTCUT_PLAINTEXT_LAYOUT;

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The field `name` of `layout`; a missing field stops the build.
pub const fn field(layout: &Layout, name: &str) -> LayoutField {
    let mut i = 0;
    while i < layout.fields.len() {
        if str_eq(layout.fields[i].name, name) {
            return layout.fields[i];
        }
        i += 1;
    }
    panic!("field not in layout")
}

/// Bit position of a field in the 128-bit concatenation `{word1, word0}` of a two-word layout.
pub const fn lsb128(f: LayoutField) -> usize {
    f.word * 64 + f.lsb as usize
}

/// Shortcut plaintext: word 0 is the target word (SPECK y), word 1 the bind word (SPECK x).
pub mod shortcut {
    use super::*;
    pub const LEVEL: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "level");
    pub const READ: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "read");
    pub const WRITE: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "write");
    pub const RESERVED: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "reserved");
    pub const TABLE: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "table");
    pub const SLOT: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "slot");
    pub const VA_BLOCK: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "va_block");
    pub const PD: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "pd");
    pub const KEY_GENERATION: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "key_generation");
    pub const SLOT_GENERATION: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "slot_generation");
    pub const MAGIC: LayoutField = field(&SHORTCUT_PLAINTEXT_LAYOUT, "magic");

    pub const LEVEL_W: usize = LEVEL.width as usize;
    pub const RESERVED_W: usize = RESERVED.width as usize;
    pub const TABLE_W: usize = TABLE.width as usize;
    pub const SLOT_W: usize = SLOT.width as usize;
    pub const VA_BLOCK_W: usize = VA_BLOCK.width as usize;
    pub const PD_W: usize = PD.width as usize;
    pub const KEY_GENERATION_W: usize = KEY_GENERATION.width as usize;
    pub const SLOT_GENERATION_W: usize = SLOT_GENERATION.width as usize;
    pub const MAGIC_W: usize = MAGIC.width as usize;
}

/// Protection-table entry (two words, 128 bits as PROT_DATA0..3).
pub mod protection {
    use super::*;
    pub const START: LayoutField = field(&PROTECTION_ENTRY_LAYOUT, "start");
    pub const PD: LayoutField = field(&PROTECTION_ENTRY_LAYOUT, "pd");
    pub const VALID: LayoutField = field(&PROTECTION_ENTRY_LAYOUT, "valid");
    pub const READ: LayoutField = field(&PROTECTION_ENTRY_LAYOUT, "read");
    pub const WRITE: LayoutField = field(&PROTECTION_ENTRY_LAYOUT, "write");
    pub const ANY_VI: LayoutField = field(&PROTECTION_ENTRY_LAYOUT, "any_vi");
    pub const END: LayoutField = field(&PROTECTION_ENTRY_LAYOUT, "end");
    pub const GENERATION: LayoutField = field(&PROTECTION_ENTRY_LAYOUT, "generation");
    pub const VI: LayoutField = field(&PROTECTION_ENTRY_LAYOUT, "vi");

    pub const START_W: usize = START.width as usize;
    pub const END_W: usize = END.width as usize;
    pub const PD_W: usize = PD.width as usize;
    pub const GENERATION_W: usize = GENERATION.width as usize;
    pub const VI_W: usize = VI.width as usize;
}

/// Page-table entry (one word).
pub mod pte {
    use super::*;
    pub const PRESENT: LayoutField = field(&PTE_LAYOUT, "present");
    pub const WRITABLE: LayoutField = field(&PTE_LAYOUT, "writable");
    pub const HUGE: LayoutField = field(&PTE_LAYOUT, "huge");
    pub const PINNED: LayoutField = field(&PTE_LAYOUT, "pinned");
    pub const ADDRESS: LayoutField = field(&PTE_LAYOUT, "address");
    pub const ADDRESS_W: usize = ADDRESS.width as usize;
}

/// Descriptor (eight words; as a 512-bit value, word `i` in bits `64 i + 63 .. 64 i`).
pub mod descriptor {
    use super::*;
    pub const OPCODE: LayoutField = field(&DESCRIPTOR_LAYOUT, "opcode");
    pub const FLAGS: LayoutField = field(&DESCRIPTOR_LAYOUT, "flags");
    pub const RESERVED: LayoutField = field(&DESCRIPTOR_LAYOUT, "reserved");
    pub const LENGTH: LayoutField = field(&DESCRIPTOR_LAYOUT, "length");
    pub const TAG: LayoutField = field(&DESCRIPTOR_LAYOUT, "tag");
    pub const SRC_VA: LayoutField = field(&DESCRIPTOR_LAYOUT, "src_va");
    pub const SRC_SHORTCUT_LO: LayoutField = field(&DESCRIPTOR_LAYOUT, "src_shortcut_lo");
    pub const SRC_SHORTCUT_HI: LayoutField = field(&DESCRIPTOR_LAYOUT, "src_shortcut_hi");
    pub const DST_VA: LayoutField = field(&DESCRIPTOR_LAYOUT, "dst_va");
    pub const DST_SHORTCUT_LO: LayoutField = field(&DESCRIPTOR_LAYOUT, "dst_shortcut_lo");
    pub const DST_SHORTCUT_HI: LayoutField = field(&DESCRIPTOR_LAYOUT, "dst_shortcut_hi");

    /// Position of a field in the descriptor as one value.
    pub const fn pos(f: LayoutField) -> usize {
        f.word * 64 + f.lsb as usize
    }
}

/// Completion entry (four words; as a 256-bit value, word `i` in bits `64 i + 63 .. 64 i`).
pub mod completion {
    use super::*;
    pub const TAG: LayoutField = field(&COMPLETION_LAYOUT, "tag");
    pub const FAULT_VA: LayoutField = field(&COMPLETION_LAYOUT, "fault_va");
    pub const BYTES_DONE: LayoutField = field(&COMPLETION_LAYOUT, "bytes_done");
    pub const STATUS: LayoutField = field(&COMPLETION_LAYOUT, "status");
    pub const OPCODE: LayoutField = field(&COMPLETION_LAYOUT, "opcode");
    pub const SQ_INDEX: LayoutField = field(&COMPLETION_LAYOUT, "sq_index");
    pub const VI: LayoutField = field(&COMPLETION_LAYOUT, "vi");
    pub const FAULT_ON_DST: LayoutField = field(&COMPLETION_LAYOUT, "fault_on_dst");
    pub const PHASE: LayoutField = field(&COMPLETION_LAYOUT, "phase");

    pub const fn pos(f: LayoutField) -> usize {
        f.word * 64 + f.lsb as usize
    }
}

/// Widths the translation unit derives from the formats.
pub const VA_W: usize = 64;
/// Bits of a 4 KiB page number of a 64-bit VA.
pub const VA_PAGE_W: usize = VA_W - viaduct_abi::pagetable::PAGE_SHIFT as usize;
/// Physical page numbers: the PTE address field.
pub const PA_PAGE_W: usize = pte::ADDRESS_W;
/// log2 of the PTE line (512 bytes): the unit of a line-cache fill.
pub const LINE_SHIFT: usize = viaduct_abi::config::PTE_LINE_BYTES.trailing_zeros() as usize;
/// log2 of the entries in a PTE line.
pub const LINE_ENTRIES_LOG2: usize = viaduct_abi::config::PTE_LINE_ENTRIES.trailing_zeros() as usize;
/// Bits of a line address (physical address >> LINE_SHIFT) of a 52-bit physical address.
pub const LINE_ADDR_W: usize = viaduct_abi::addr::PHYS_ADDR_BITS as usize - LINE_SHIFT;
/// Bits of a status code.
pub const STATUS_W: usize = 8;

const _: () = {
    assert!(shortcut::TABLE.lsb as usize == viaduct_abi::pagetable::PAGE_SHIFT as usize);
    assert!(pte::ADDRESS.lsb as usize == viaduct_abi::pagetable::PAGE_SHIFT as usize);
    assert!(shortcut::TABLE_W == pte::ADDRESS_W);
    // The walker takes the table address from word 0 of the plaintext.
    assert!(shortcut::TABLE.word == 0);
    assert!(1 << LINE_ENTRIES_LOG2 == viaduct_abi::config::PTE_LINE_ENTRIES);
    assert!(viaduct_abi::pagetable::PTE_SIZE == 8);
    // Shortcuts are {hi, lo} in two consecutive words, inline data fills words 2-4.
    assert!(descriptor::SRC_SHORTCUT_HI.word == descriptor::SRC_SHORTCUT_LO.word + 1);
    assert!(descriptor::DST_SHORTCUT_HI.word == descriptor::DST_SHORTCUT_LO.word + 1);
    assert!(descriptor::SRC_SHORTCUT_LO.word == descriptor::SRC_VA.word + 1);
    assert!(descriptor::SRC_VA.word * 8 + viaduct_abi::descriptor::INLINE_MAX <= descriptor::DST_VA.word * 8);
    assert!(descriptor::OPCODE.width == 8 && descriptor::LENGTH.width == 32);
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_match_the_layout_accessors() {
        assert_eq!(shortcut::SLOT.lsb, 52);
        assert_eq!(shortcut::MAGIC.word, 1);
        assert_eq!(lsb128(shortcut::MAGIC), 64 + 54);
        assert_eq!(protection::VI.word, 1);
        assert_eq!(pte::PINNED.lsb, 9);
        assert_eq!(LINE_SHIFT, 9);
        assert_eq!(LINE_ADDR_W, 43);
    }
}
