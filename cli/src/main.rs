//! `viaduct`: the command-line program.

mod agent_cmd;
mod attack_cmd;
mod bench_cmd;
mod board_cmd;
mod common;
mod demo;
mod demo_app;
mod recv_cmd;
mod run_cmd;
mod selftest_cmd;
mod status_cmd;

use clap::{Parser, Subcommand, ValueEnum};
use common::{Failure, default_dir};
use std::path::PathBuf;
use std::process::ExitCode;
use viaduct_abi::EngineConfig;

#[derive(Parser)]
#[command(name = "viaduct", version, about = "viaduct: user-level DMA with shortcut address translation")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Engine {
    Model,
    Verilator,
}

impl Engine {
    fn name(self) -> &'static str {
        match self {
            Engine::Model => "model",
            Engine::Verilator => "verilator",
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Config {
    Default,
    Small,
}

impl Config {
    fn config(self) -> EngineConfig {
        match self {
            Config::Default => EngineConfig::default(),
            Config::Small => EngineConfig::small(),
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum KeyPolicyArg {
    /// A key slot per VI.
    Vi,
    /// One key slot per process, shared by its VIs.
    Process,
}

#[derive(Subcommand)]
enum Command {
    /// Run the end-to-end demo: board, agent, two applications, a network client and an NBD
    /// storage target as separate processes; every byte is verified.
    Demo {
        #[arg(long)]
        json: bool,
        /// The board's engine: the Verilated RTL (built once, then cached) or the reference
        /// model.
        #[arg(long, value_enum, default_value = "verilator")]
        engine: Engine,
    },
    /// Run the simulated board (the engine, its memory and stream bridges) until SIGTERM.
    Board {
        #[arg(long, default_value_os_t = default_dir())]
        dir: PathBuf,
        #[arg(long, value_enum, default_value = "verilator")]
        engine: Engine,
        #[arg(long, value_enum, default_value = "default")]
        config: Config,
        /// TCP port of the network bridge on 127.0.0.1 (0: any free port).
        #[arg(long, default_value_t = 0)]
        net_port: u16,
        /// An NBD server (such as qemu-nbd) for the storage port; default: 64 MiB in memory.
        #[arg(long)]
        nbd: Option<String>,
    },
    /// Run the agent for the board in DIR until SIGTERM.
    Agent {
        #[arg(long, default_value_os_t = default_dir())]
        dir: PathBuf,
        #[arg(long, value_enum, default_value = "vi")]
        key_policy: KeyPolicyArg,
    },
    /// Receive what the engine sends on its network port.
    Recv {
        /// The board's network bridge, HOST:PORT.
        #[arg(long)]
        addr: String,
        /// Stop after this many bytes.
        #[arg(long)]
        bytes: Option<u64>,
        /// Write the bytes to this file.
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Run a YAML workload on a board; each outcome is checked against the reference model's
    /// prediction and the outcome the file expects.
    Run {
        workload: PathBuf,
        #[arg(long, value_enum, default_value = "verilator")]
        engine: Engine,
        #[arg(long)]
        json: bool,
    },
    /// The adversarial campaign: forged and misused shortcuts, revocations, table changes,
    /// host faults; counts escapes, hangs, missing or doubled completions and status
    /// mismatches against the reference model.
    Attack {
        /// Descriptors to try (at least).
        #[arg(long, default_value_t = 100_000)]
        cases: u64,
        /// First seed.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// The engine under attack: the reference model (fast: about 10 million cases an
        /// hour) or the Verilated RTL (slower, the real thing).
        #[arg(long, value_enum, default_value = "model")]
        engine: Engine,
        #[arg(long)]
        json: bool,
    },
    /// Benchmarks against their baselines, measured in the same run.
    Bench {
        /// Smaller sizes and the 4-VI 256-bit engine, for a run of a minute or two.
        #[arg(long)]
        quick: bool,
        /// The test suite's run: the small 64-bit engine, the fewest points.
        #[arg(long, hide = true)]
        tiny: bool,
        #[arg(long)]
        json: bool,
        /// Write the plots (SVG) here; a full run writes them to docs/bench unless told.
        #[arg(long)]
        plots: Option<PathBuf>,
    },
    /// Counters of a board.
    Status {
        #[arg(long, default_value_os_t = default_dir())]
        dir: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Identity and capabilities of a simulated board, or of a card (through VFIO, or its
    /// sysfs resource0 file).
    Probe {
        #[arg(long, default_value_os_t = default_dir())]
        dir: PathBuf,
        /// A card bound to vfio-pci, by sysfs path (/sys/bus/pci/devices/0000:01:00.0).
        #[arg(long, conflicts_with = "sysfs")]
        vfio: Option<PathBuf>,
        /// A card's BAR0 through sysfs (its device directory or resource0 file).
        #[arg(long)]
        sysfs: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Identity, a register read and write, and a DMA loopback of a registered buffer: on a
    /// card bound to vfio-pci, or on a simulated board in this process.
    Selftest {
        /// A card bound to vfio-pci, by sysfs path (/sys/bus/pci/devices/0000:01:00.0).
        #[arg(long)]
        vfio: Option<PathBuf>,
        /// Without --vfio: the simulated board's engine.
        #[arg(long, value_enum, default_value = "verilator")]
        engine: Engine,
        #[arg(long, value_enum, default_value = "small")]
        config: Config,
        #[arg(long)]
        json: bool,
    },
    /// One of the demo's application processes.
    #[command(hide = true)]
    DemoApp {
        role: String,
        #[arg(long)]
        dir: PathBuf,
        #[arg(long)]
        peer: Option<i32>,
    },
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Demo { json, engine } => {
            let report = demo::run(engine.name())?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                print!("{}", report.table());
            }
            if report.ok { Ok(()) } else { Err(Failure::new(1, "the demo found a mismatch")) }
        }
        Command::Board { dir, engine, config, net_port, nbd } => board_cmd::run(board_cmd::BoardOptions {
            dir: &dir,
            engine: engine.name(),
            config: match config {
                Config::Default => EngineConfig::default(),
                Config::Small => EngineConfig::small(),
            },
            net_port,
            nbd: nbd.as_deref(),
        }),
        Command::Agent { dir, key_policy } => agent_cmd::run(
            &dir,
            match key_policy {
                KeyPolicyArg::Vi => viaduct_host::KeyPolicy::PerVi,
                KeyPolicyArg::Process => viaduct_host::KeyPolicy::PerProcess,
            },
        ),
        Command::Recv { addr, bytes, out, json } => recv_cmd::run(&addr, bytes, out.as_deref(), json),
        Command::Run { workload, engine, json } => {
            if run_cmd::run(&workload, engine.name(), json)? {
                Ok(())
            } else {
                Err(Failure::new(1, "outcomes differ from the prediction"))
            }
        }
        Command::Attack { cases, seed, engine, json } => {
            if attack_cmd::run(cases, seed, engine.name(), json)? {
                Ok(())
            } else {
                Err(Failure::new(1, "the campaign found a problem"))
            }
        }
        Command::Bench { quick, tiny, json, plots } => {
            let size = match (tiny, quick) {
                (true, _) => bench_cmd::Size::Tiny,
                (_, true) => bench_cmd::Size::Quick,
                _ => bench_cmd::Size::Full,
            };
            let plots =
                plots.or_else(|| (size == bench_cmd::Size::Full).then(|| PathBuf::from("docs/bench")));
            bench_cmd::run(bench_cmd::Options { size, json, plots })?;
            Ok(())
        }
        Command::Status { dir, json } => status_cmd::status(&dir, json),
        Command::Selftest { vfio, engine, config, json } => {
            let target = match &vfio {
                Some(p) => selftest_cmd::Target::Vfio(p),
                None => selftest_cmd::Target::Board { engine: engine.name(), config: config.config() },
            };
            if selftest_cmd::run(target, json)? {
                Ok(())
            } else {
                Err(Failure::new(1, "the selftest failed"))
            }
        }
        Command::Probe { dir, vfio, sysfs, json } => match (vfio, sysfs) {
            (Some(p), _) => {
                status_cmd::probe_device(&viaduct_host::backend::vfio::VfioDevice::open(&p)?, json)
            }
            (_, Some(p)) => {
                status_cmd::probe_device(&viaduct_host::backend::sysfs::SysfsDevice::open(&p)?, json)
            }
            _ => status_cmd::probe(&dir, json),
        },
        Command::DemoApp { role, dir, peer } => demo_app::run(&role, &dir, peer),
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("viaduct: {}", f.message);
            ExitCode::from(if f.code == 0 { 1 } else { f.code })
        }
    }
}
