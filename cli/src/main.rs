//! `viaduct`: the command-line program.

mod demo;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "viaduct", version, about = "viaduct: user-level DMA with shortcut address translation")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the end-to-end demo: registration, a cross-process copy, a send to a TCP client,
    /// a store and load, and refused attacks; every byte is verified.
    Demo {
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Demo { json } => {
            let report = match demo::run() {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("viaduct demo: {e}");
                    return ExitCode::from(1);
                }
            };
            if json {
                println!("{}", serde_json::to_string_pretty(&report).expect("report serializes"));
            } else {
                print!("{}", report.table());
            }
            if report.ok { ExitCode::SUCCESS } else { ExitCode::from(1) }
        }
    }
}
