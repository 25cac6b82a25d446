//! The encoders agree with the layout tables the docs are rendered from.

use viaduct_abi::completion::COMPLETION_LAYOUT;
use viaduct_abi::descriptor::DESCRIPTOR_LAYOUT;
use viaduct_abi::pagetable::{PTE_LAYOUT, flags};
use viaduct_abi::protection::PROTECTION_ENTRY_LAYOUT;
use viaduct_abi::shortcut::SHORTCUT_PLAINTEXT_LAYOUT;
use viaduct_abi::*;

#[test]
fn layouts_are_well_formed() {
    for l in [
        &DESCRIPTOR_LAYOUT,
        &COMPLETION_LAYOUT,
        &SHORTCUT_PLAINTEXT_LAYOUT,
        &PROTECTION_ENTRY_LAYOUT,
        &PTE_LAYOUT,
    ] {
        assert!(l.is_well_formed(), "{}", l.name);
        let covered: u32 = l.fields.iter().map(|f| f.width).sum();
        assert_eq!(covered as usize, 64 * l.words, "{} leaves bits undocumented", l.name);
    }
}

#[test]
fn descriptor_encoder_matches_layout() {
    let src = BufferRef { va: VirtAddr(0x1234_5678), shortcut: Shortcut { lo: 0xaaaa, hi: 0xbbbb } };
    let dst = BufferRef { va: VirtAddr(0x7000_0000), shortcut: Shortcut { lo: 0xcccc, hi: 0xdddd } };
    let raw = Descriptor::new(Operation::Copy { src, dst, len: 9000 }, 0x77).with_interrupt().encode();
    let l = &DESCRIPTOR_LAYOUT;
    let get = |n: &str| l.get(n, &raw.words).unwrap();
    assert_eq!(get("opcode"), Opcode::Copy.code() as u64);
    assert_eq!(get("flags"), 1);
    assert_eq!(get("length"), 9000);
    assert_eq!(get("tag"), 0x77);
    assert_eq!(get("src_va"), 0x1234_5678);
    assert_eq!(get("src_shortcut_lo"), 0xaaaa);
    assert_eq!(get("src_shortcut_hi"), 0xbbbb);
    assert_eq!(get("dst_va"), 0x7000_0000);
    assert_eq!(get("dst_shortcut_lo"), 0xcccc);
    assert_eq!(get("dst_shortcut_hi"), 0xdddd);
    let mut words = raw.words;
    l.set("reserved", &mut words, 1).unwrap();
    assert_eq!(RawDescriptor { words }.decode().unwrap_err().status(), Status::BadDescriptor);
}

#[test]
fn completion_encoder_matches_layout() {
    let c = Completion {
        tag: 5,
        fault_va: VirtAddr(0x4000),
        bytes_done: 100,
        status: Status::ReadOnly,
        opcode: 3,
        sq_index: 0xbeef,
        vi: 0x1ff,
        fault_on_dst: true,
        phase: true,
    };
    let w = c.words();
    let l = &COMPLETION_LAYOUT;
    let get = |n: &str| l.get(n, &w).unwrap();
    assert_eq!(
        [
            get("tag"),
            get("fault_va"),
            get("bytes_done"),
            get("status"),
            get("opcode"),
            get("sq_index"),
            get("vi")
        ],
        [5, 0x4000, 100, Status::ReadOnly.code() as u64, 3, 0xbeef, 0x1ff]
    );
    assert_eq!((get("fault_on_dst"), get("phase"), get("reserved")), (1, 1, 0));
}

#[test]
fn shortcut_plaintext_matches_layout() {
    let f = ShortcutFields::for_va(
        PhysAddr(0xa_bcde_f000),
        Level::Pd,
        VirtAddr(0x5555_4000_0000),
        Rights::WRITE,
        0x9ab,
        ProtectionDomain::new(0x321).unwrap(),
        0x44,
        0x99,
    )
    .unwrap();
    let w = [f.target_word(), f.bind_word()];
    let l = &SHORTCUT_PLAINTEXT_LAYOUT;
    let get = |n: &str| l.get(n, &w).unwrap();
    assert_eq!(get("level"), 1);
    assert_eq!((get("read"), get("write"), get("reserved")), (0, 1, 0));
    assert_eq!(get("table") << 12, 0xa_bcde_f000);
    assert_eq!(get("slot"), 0x9ab);
    assert_eq!(get("va_block"), 0x5555_4000_0000 >> 30);
    assert_eq!((get("pd"), get("key_generation"), get("slot_generation")), (0x321, 0x44, 0x99));
    assert_eq!(get("magic"), viaduct_abi::shortcut::MAGIC);
}

#[test]
fn protection_entry_matches_layout() {
    let e = ProtectionEntry::new(
        VirtAddr(0x10_0000),
        VirtAddr(0x30_0001),
        ProtectionDomain::new(7).unwrap(),
        Rights::READ,
        Some(9),
        3,
    )
    .unwrap();
    let w = e.words();
    let l = &PROTECTION_ENTRY_LAYOUT;
    let get = |n: &str| l.get(n, &w).unwrap();
    assert_eq!([get("start"), get("end"), get("pd"), get("valid")], [0x10_0000, 0x30_0001, 7, 1]);
    assert_eq!([get("read"), get("write"), get("any_vi"), get("vi"), get("generation")], [1, 0, 0, 9, 3]);
}

#[test]
fn pte_flags_match_layout() {
    let l = &PTE_LAYOUT;
    for (name, bit) in [
        ("present", flags::PRESENT),
        ("writable", flags::WRITABLE),
        ("user", flags::USER),
        ("accessed", flags::ACCESSED),
        ("dirty", flags::DIRTY),
        ("huge", flags::HUGE),
        ("pinned", flags::PINNED),
        ("no_execute", flags::NO_EXECUTE),
    ] {
        assert_eq!(l.get(name, &[bit]).unwrap(), 1, "{name}");
    }
    let pte = PageTableEntry::new(PhysAddr(0x000f_ffff_ffff_f000), 0);
    assert_eq!(l.get("address", &[pte.raw()]).unwrap(), 0xff_ffff_ffff);
}
