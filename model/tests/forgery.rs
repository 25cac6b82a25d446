//! R2: forged, random and altered shortcuts are rejected. A million attempts go through the
//! model's admission; the bound is 2^-72 per attempt, so a single acceptance is a bug. The
//! test also measures how far random plaintexts get (each checked field should cut the
//! survivors by its width), which shows the decryption behaves like a random permutation.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeMap;
use viaduct_abi::shortcut::MAGIC_BITS;
use viaduct_abi::*;
use viaduct_model::admission::{AdmissionContext, admit};

const ATTEMPTS: u64 = 1_000_000;

fn seed() -> u64 {
    std::env::var("VIADUCT_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x00f0_46e5)
}

#[test]
fn a_million_forged_or_altered_shortcuts_are_all_rejected() {
    let seed = seed();
    let mut rng = SmallRng::seed_from_u64(seed);
    let key = Key { k0: rng.r#gen(), l0: rng.r#gen() };
    let pd = ProtectionDomain::new(7).unwrap();
    let va = VirtAddr(0x7f00_1234_5000);
    let mut protection = vec![ProtectionEntry::INVALID; 4096];
    let region = ProtectionEntry::new(
        VirtAddr(0x7f00_1200_0000),
        VirtAddr(0x7f00_1240_0000),
        pd,
        Rights::READ_WRITE,
        None,
        3,
    )
    .unwrap();
    let fields =
        ShortcutFields::for_va(PhysAddr(0x4_5678_9000), Level::Pt, va, Rights::READ_WRITE, 12, pd, 5, 3)
            .unwrap();
    protection[12] = region;
    let ctx = AdmissionContext { key: Some((key, 5)), pd, vi: 3, protection: &protection };
    let genuine = fields.seal(key);
    let buf = |shortcut| BufferRef { va, shortcut };
    assert!(admit(&ctx, buf(genuine), 4096, Access::Write).is_ok(), "the genuine shortcut is accepted");

    let mut outcomes: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut accepted = 0u64;
    let mut magic_matches = 0u64;
    for i in 0..ATTEMPTS {
        let candidate = match i % 4 {
            // Uniformly random.
            0 => Shortcut { lo: rng.r#gen(), hi: rng.r#gen() },
            // One to three flipped bits of the genuine shortcut.
            1 | 2 => {
                let mut v = genuine.to_u128();
                for _ in 0..rng.gen_range(1..=3) {
                    v ^= 1u128 << rng.gen_range(0..128);
                }
                if v == genuine.to_u128() {
                    v ^= 1;
                }
                Shortcut::from_u128(v)
            }
            // A shortcut sealed with a different key.
            _ => fields.seal(Key { k0: rng.r#gen(), l0: rng.r#gen() }),
        };
        // Flipped-bit candidates repeat (there are only 128 single flips), so the uniformity
        // statistic uses the independent ones.
        if i % 4 != 1 && i % 4 != 2 && candidate.unseal(key).0 >> 54 == viaduct_abi::shortcut::MAGIC {
            magic_matches += 1;
        }
        match admit(&ctx, buf(candidate), 4096, Access::Write) {
            Ok(_) => accepted += 1,
            Err((status, _)) => *outcomes.entry(status.name()).or_default() += 1,
        }
    }
    println!("forgery: seed {seed:#x}, {ATTEMPTS} attempts, {accepted} accepted (bound 2^-72 per attempt)");
    for (status, n) in &outcomes {
        println!("forgery:   rejected with {status}: {n}");
    }
    assert_eq!(accepted, 0, "a forged shortcut was accepted (replay with VIADUCT_SEED={seed})");

    // Decryptions of non-genuine shortcuts look uniform: about 2^-10 of the independent ones
    // carry the magic.
    let expected = (ATTEMPTS / 2) as f64 / f64::from(1u32 << MAGIC_BITS);
    println!(
        "forgery: {magic_matches} decrypted to the {MAGIC_BITS}-bit magic (expected about {expected:.0})"
    );
    assert!((magic_matches as f64) > expected * 0.8 && (magic_matches as f64) < expected * 1.2);
}
