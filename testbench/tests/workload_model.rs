//! The random workloads on the reference model: deterministic for a seed (so the RTL can be
//! held to the same outcome), every descriptor completes once, descriptors built to fail a
//! check get that check's status, and the mix reaches a wide set of statuses.

use std::collections::BTreeMap;
use viaduct_testbench::coverage::Coverage;
use viaduct_testbench::targets::ModelTarget;
use viaduct_testbench::workload::{WorkloadConfig, run};

#[test]
fn workloads_are_deterministic_and_meet_their_intent() {
    let mut statuses: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut descriptors = 0;
    for seed in 0..24 {
        let cfg = WorkloadConfig::small(seed);
        let a = run(cfg, &mut ModelTarget::new(cfg.engine)).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        let b = run(cfg, &mut ModelTarget::new(cfg.engine)).unwrap();
        assert!(a.difference(&b, true).is_none(), "seed {seed} is not deterministic");
        for (vi, index, status) in &a.intended {
            assert_eq!(a.completions[*vi][*index].status, *status, "seed {seed} VI {vi} descriptor {index}");
        }
        for c in a.completions.iter().flatten() {
            *statuses.entry(c.status.name()).or_default() += 1;
            descriptors += 1;
        }
    }
    println!("workloads: {descriptors} descriptors, statuses {statuses:?}");
    for must in
        ["Ok", "BadOpcode", "BadDescriptor", "ShortcutInvalid", "NotPinned", "StorageError", "NetRxTruncated"]
    {
        assert!(statuses.contains_key(must), "no {must} in the mix");
    }
}

/// The adversarial mix on the model reaches every bin of the coverage plan: the generator
/// can provoke every behaviour the plan names (the RTL suite runs the same mix).
#[test]
fn the_adversarial_mix_reaches_every_coverage_bin() {
    let mut cov = Coverage::plan();
    let mut seed = 0;
    let mut accesses = 0;
    while seed < 400 && !cov.missing().is_empty() {
        let cfg = WorkloadConfig::adversarial(seed);
        let a = run(cfg, &mut ModelTarget::new(cfg.engine)).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        let b = run(cfg, &mut ModelTarget::new(cfg.engine)).unwrap();
        assert!(a.difference(&b, true).is_none(), "seed {seed} is not deterministic");
        cov.sample(&a);
        assert!(
            a.escapes.is_empty(),
            "seed {seed}: the model touched memory nothing authorized: {:?}",
            &a.escapes[..a.escapes.len().min(3)]
        );
        accesses += a.accesses;
        seed += 1;
    }
    print!("{}", cov.table());
    println!("seeds needed: {seed}; {accesses} host accesses checked by the memory monitor, 0 escapes");
    assert!(cov.missing().is_empty(), "empty bins: {:?}", cov.missing());
}
