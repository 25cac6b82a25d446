//! Block-level Verilator tests of the translation unit's parts: the SPECK unsealer against the
//! designers' published test vector and the key store's schedule against `viaduct-abi`.

use std::path::PathBuf;
use viaduct_abi::speck::{self, Key, ROUNDS};
use viaduct_hw::key_store::KeyStore;
use viaduct_hw::unsealer::Unsealer;
use viaduct_hw::verilog::verilog_of;
use viaduct_testbench::verilator::{Builder, Model};

fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("verilator-cache")
}

fn build(name: &str, verilog: String) -> Model {
    let built = Builder::new("top", cache_dir())
        .source_text(format!("{name}.v"), verilog)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut m = built.load().unwrap();
    m.trace_if_requested(name).unwrap();
    m
}

fn words128(v: u128) -> [u32; 4] {
    [v as u32, (v >> 32) as u32, (v >> 64) as u32, (v >> 96) as u32]
}

fn u128_of(w: &[u32]) -> u128 {
    w.iter().rev().fold(0u128, |acc, &x| acc << 32 | u128::from(x))
}

/// The key schedule's state after `ROUNDS - 1` rounds: `(l31, k31)`, k31 the last round key.
fn final_schedule_state(key: Key) -> (u64, u64) {
    let (mut l, mut k) = (key.l0, key.k0);
    for i in 0..ROUNDS - 1 {
        (l, k) = speck::round(l, k, i as u64);
    }
    assert_eq!(k, speck::round_keys(key)[ROUNDS - 1]);
    (l, k)
}

/// Runs one unsealing; returns (plaintext, cycles from start to done).
fn unseal(m: &mut Model, sealed: u128, (l, k): (u64, u64)) -> (u128, u32) {
    let p = |n: &str| m.port(n).unwrap();
    let (start, sealed_p, key_l, key_k, done, plain) =
        (p("start"), p("sealed"), p("key_l"), p("key_k"), p("done"), p("plain"));
    m.set_wide(sealed_p, &words128(sealed)).unwrap();
    m.set(key_l, l).unwrap();
    m.set(key_k, k).unwrap();
    m.set(start, 1).unwrap();
    m.tick().unwrap();
    m.set(start, 0).unwrap();
    for cycles in 1..100 {
        m.tick().unwrap();
        if m.get(done).unwrap() == 1 {
            return (u128_of(&m.get_wide(plain).unwrap()), cycles);
        }
    }
    panic!("unsealer never finished");
}

#[test]
fn unsealer_decrypts_the_published_speck_128_128_vector() {
    let mut m = build("unsealer", verilog_of(&mut Unsealer::default()));
    // Beaulieu et al., "The SIMON and SPECK Families of Lightweight Block Ciphers", Appendix C.
    let key = Key { l0: 0x0f0e0d0c0b0a0908, k0: 0x0706050403020100 };
    let (px, py) = (0x6c61766975716520u64, 0x7469206564616d20u64);
    let (cx, cy) = (0xa65d985179783265u64, 0x7860fedf5c570d18u64);
    assert_eq!(speck::encrypt(key, px, py), (cx, cy), "reference cipher agrees with the paper");
    let (plain, cycles) = unseal(&mut m, (cx as u128) << 64 | cy as u128, final_schedule_state(key));
    assert_eq!(plain, (px as u128) << 64 | py as u128, "plaintext x (127:64), y (63:0)");
    println!("unsealer: {cycles} cycles from start to done");
    // A round a cycle, after the cache's read and its tag compare (a miss costs those two).
    assert!(cycles <= ROUNDS as u32 + 2, "{cycles} cycles");
    // More keys and blocks against the software cipher.
    let mut s = 0x1234_5678_9abc_def0u64;
    let mut next = || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    for _ in 0..20 {
        let key = Key { k0: next(), l0: next() };
        let (x, y) = (next(), next());
        let (cx, cy) = speck::encrypt(key, x, y);
        let (plain, _) = unseal(&mut m, (cx as u128) << 64 | cy as u128, final_schedule_state(key));
        assert_eq!(plain, (x as u128) << 64 | y as u128);
    }
}

#[test]
fn unsealer_cache_answers_a_shortcut_again_until_flushed() {
    let mut m = build("unsealer_cache", verilog_of(&mut Unsealer::default()));
    let key = Key::from_u128(0x1111_2222_3333_4444_5555_6666_7777_8888);
    let other = Key::from_u128(0x9999);
    let (x, y) = (0x0123_4567_89ab_cdefu64, 0xfedc_ba98_7654_3210u64);
    let (cx, cy) = speck::encrypt(key, x, y);
    let sealed = (cx as u128) << 64 | cy as u128;
    let expect = (x as u128) << 64 | y as u128;
    let (slot, flush, hit) =
        (m.port("key_slot").unwrap(), m.port("flush").unwrap(), m.port("cache_hit").unwrap());
    m.set(slot, 2).unwrap();
    let (plain, cold) = unseal(&mut m, sealed, final_schedule_state(key));
    assert_eq!((plain, m.get(hit).unwrap()), (expect, 0));
    // Again: from the cache, even with another key on the inputs (the store's key is only
    // read on a miss): this is why every key commit flushes it.
    let (plain, warm) = unseal(&mut m, sealed, final_schedule_state(other));
    assert_eq!((plain, m.get(hit).unwrap()), (expect, 1));
    println!("unsealer: {cold} cycles cold, {warm} from the cache");
    assert!(warm < 4 && cold > 32);
    // Another slot is another tag.
    m.set(slot, 1).unwrap();
    let (a, b) = speck::decrypt(other, cx, cy);
    let with_other = (a as u128) << 64 | b as u128;
    let (plain, _) = unseal(&mut m, sealed, final_schedule_state(other));
    assert_eq!((plain, m.get(hit).unwrap()), (with_other, 0));
    // Flushed: computed again with the current key.
    m.set(slot, 2).unwrap();
    m.set(flush, 1).unwrap();
    m.tick().unwrap();
    m.set(flush, 0).unwrap();
    let (plain, _) = unseal(&mut m, sealed, final_schedule_state(other));
    assert_eq!((plain, m.get(hit).unwrap()), (with_other, 0));
}

#[test]
fn key_store_keeps_the_final_schedule_state_and_generation_per_slot() {
    let mut m = build("key_store", verilog_of(&mut KeyStore::<2>::default()));
    let p = |m: &Model, n: &str| m.port(n).unwrap();
    let (commit, slot, key_p, generation, busy) = (
        p(&m, "commit"),
        p(&m, "commit_slot"),
        p(&m, "commit_key"),
        p(&m, "commit_generation"),
        p(&m, "busy"),
    );
    let (lookup, valid, lgen, ll, lk) = (
        p(&m, "lookup_slot"),
        p(&m, "lookup_valid"),
        p(&m, "lookup_generation"),
        p(&m, "lookup_l"),
        p(&m, "lookup_k"),
    );
    let wait_idle = |m: &mut Model| {
        for _ in 0..100 {
            if m.get(busy).unwrap() == 0 {
                return;
            }
            m.tick().unwrap();
        }
        panic!("key store stays busy");
    };
    m.eval();
    wait_idle(&mut m);
    let keys =
        [Key::from_u128(0x0f0e0d0c0b0a0908_0706050403020100), Key::from_u128(0xfeed_f00d_1234 << 40 | 77)];
    for (i, key) in keys.iter().enumerate() {
        m.set(slot, i as u64 * 3).unwrap(); // slots 0 and 3
        m.set_wide(key_p, &words128(key.to_u128())).unwrap();
        m.set(generation, 10 + i as u64).unwrap();
        m.set(commit, 1).unwrap();
        m.tick().unwrap();
        m.set(commit, 0).unwrap();
        wait_idle(&mut m);
    }
    // A commit to a slot past the store's size is ignored.
    m.set(slot, 4).unwrap();
    m.set(commit, 1).unwrap();
    m.tick().unwrap();
    m.set(commit, 0).unwrap();
    assert_eq!(m.get(busy).unwrap(), 0, "out-of-range commit ignored");
    for (s, expect) in
        [(0u64, Some((keys[0], 10u64))), (1, None), (3, Some((keys[1], 11))), (4, None), (200, None)]
    {
        m.set(lookup, s).unwrap();
        m.tick().unwrap();
        match expect {
            Some((key, g)) => {
                let (l, k) = final_schedule_state(key);
                assert_eq!(m.get(valid).unwrap(), 1, "slot {s}");
                assert_eq!(m.get(lgen).unwrap(), g, "slot {s}");
                assert_eq!((m.get(ll).unwrap(), m.get(lk).unwrap()), (l, k), "slot {s}");
            }
            None => assert_eq!(m.get(valid).unwrap(), 0, "slot {s}"),
        }
    }
    // Clear empties every slot.
    m.set(p(&m, "clear"), 1).unwrap();
    m.tick().unwrap();
    m.set(p(&m, "clear"), 0).unwrap();
    wait_idle(&mut m);
    m.set(lookup, 0).unwrap();
    m.tick().unwrap();
    assert_eq!(m.get(valid).unwrap(), 0, "cleared");
}
