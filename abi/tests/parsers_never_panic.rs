//! Random bytes into every parser and constructor: a typed error or a value, never a panic.

use proptest::prelude::*;
use viaduct_abi::stream::{StorageCommand, StorageResponse};
use viaduct_abi::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn raw_descriptors(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
        match RawDescriptor::from_bytes(&bytes) {
            Ok(raw) => {
                if let Ok(d) = raw.decode() {
                    // Whatever decodes re-encodes to the same words.
                    prop_assert_eq!(d.encode(), raw);
                }
            }
            Err(e) => prop_assert_eq!(e, AbiError::WrongSize { need: 64, got: bytes.len() }),
        }
    }

    #[test]
    fn descriptor_words(words in proptest::array::uniform8(any::<u64>()), opcode in 0u8..8) {
        let mut words = words;
        words[0] = (words[0] & !0xff) | opcode as u64;
        let raw = RawDescriptor { words };
        if let Ok(d) = raw.decode() { prop_assert_eq!(d.encode(), raw); }
    }

    #[test]
    fn completions(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
        if let Ok(c) = Completion::from_bytes(&bytes) {
            prop_assert_eq!(&c.to_bytes()[..], &bytes[..]);
        }
        let _ = Completion::phase_of(&bytes);
    }

    #[test]
    fn shortcut_plaintexts(bind in any::<u64>(), target in any::<u64>()) {
        if let Ok(f) = ShortcutFields::from_plaintext(bind, target) {
            prop_assert_eq!((f.bind_word(), f.target_word()), (bind, target));
        }
    }

    #[test]
    fn shortcut_constructor(table in any::<u64>(), level in 0u8..6, va in any::<u64>(), slot in any::<u16>(), pd in any::<u16>()) {
        let level = match Level::new(level) { Ok(l) => l, Err(_) => return Ok(()) };
        if let Ok(pd) = ProtectionDomain::new(pd) {
            let _ = ShortcutFields::for_va(PhysAddr(table), level, VirtAddr(va), Rights::READ, slot, pd, 0, 0);
        }
    }

    #[test]
    fn protection_entries(w0 in any::<u64>(), w1 in any::<u64>(), start in any::<u64>(), end in any::<u64>()) {
        let e = ProtectionEntry::from_words([w0, w1]);
        prop_assert_eq!(ProtectionEntry::from_words(e.words()), e);
        let _ = ProtectionEntry::new(VirtAddr(start), VirtAddr(end), ProtectionDomain::default(), Rights::READ, None, 0);
    }

    #[test]
    fn stream_headers(bytes in proptest::collection::vec(any::<u8>(), 0..20)) {
        if let Ok(c) = StorageCommand::from_bytes(&bytes) { prop_assert_eq!(&c.to_bytes()[..], &bytes[..]); }
        if let Ok(r) = StorageResponse::from_bytes(&bytes) { prop_assert_eq!(&r.to_bytes()[..], &bytes[..]); }
    }

    #[test]
    fn config_from_caps(c0 in any::<u32>(), c1 in any::<u32>(), c2 in any::<u32>()) {
        if let Ok(c) = EngineConfig::from_caps([c0, c1, c2]) { prop_assert!(c.validate().is_ok()); }
    }

    #[test]
    fn register_decode(offset in any::<u32>(), vis in 1u32..300, depth in 0u32..64) {
        let _ = viaduct_abi::regs::decode(offset, vis, depth);
    }

    #[test]
    fn codes(b in any::<u8>()) {
        let _ = Status::from_code(b);
        let _ = Opcode::from_code(b);
        let _ = Level::new(b);
    }
}
