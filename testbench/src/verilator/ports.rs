//! Port discovery from Verilator's generated model header.
//!
//! We read the `VL_IN8(&name,msb,lsb);`-style declarations of `<prefix>.h`
//! rather than the Verilog source: Verilator has already resolved parameters,
//! non-ANSI headers and escaped identifiers there, and the names it prints are
//! exactly the C++ members the shim must touch. The Verilog name is recovered
//! by undoing Verilator's mangling (`$` -> `__024`, C++ keywords -> `__SYM__x`).

use super::error::{Error, Result};

/// Direction of a top-level port.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Driven by the testbench.
    Input,
    /// Driven by the design.
    Output,
    /// Bidirectional (`inout`); readable and writable.
    InOut,
}

impl Direction {
    /// Numeric code used in the C ABI and the manifest.
    pub(crate) fn code(self) -> u32 {
        match self {
            Direction::Input => 0,
            Direction::Output => 1,
            Direction::InOut => 2,
        }
    }

    pub(crate) fn from_code(code: u32) -> Option<Self> {
        match code {
            0 => Some(Direction::Input),
            1 => Some(Direction::Output),
            2 => Some(Direction::InOut),
            _ => None,
        }
    }

    /// True when the testbench may drive the port.
    pub fn is_input(self) -> bool {
        matches!(self, Direction::Input | Direction::InOut)
    }
}

/// One port of the top module, as discovered at build time.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PortInfo {
    /// Verilog name (e.g. `bus$data`).
    pub name: String,
    /// Width in bits (>= 1).
    pub width: u32,
    /// Port direction.
    pub direction: Direction,
    /// Name of the C++ member in the Verilated class (e.g. `bus__024data`).
    pub cpp_name: String,
}

impl PortInfo {
    /// Number of 32-bit words that carry a value of this port.
    pub fn words(&self) -> usize {
        words_for(self.width)
    }
}

/// Number of 32-bit words needed for `width` bits.
pub(crate) fn words_for(width: u32) -> usize {
    width.div_ceil(32) as usize
}

/// Parses the port declarations out of Verilator's top-level model header.
pub fn parse_model_header(header: &str) -> Result<Vec<PortInfo>> {
    let mut ports = Vec::new();
    for line in header.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("VL_") else { continue };
        let direction = if rest.starts_with("INOUT") {
            Direction::InOut
        } else if rest.starts_with("IN") {
            Direction::Input
        } else if rest.starts_with("OUT") {
            Direction::Output
        } else {
            continue;
        };
        let bad = || Error::PortDiscovery(format!("unexpected port declaration `{line}`"));
        let open = line.find('(').ok_or_else(bad)?;
        let close = line.rfind(')').ok_or_else(bad)?;
        let args: Vec<&str> = line[open + 1..close].split(',').map(str::trim).collect();
        if args.len() < 3 {
            return Err(bad());
        }
        let cpp_name = args[0].trim_start_matches('&').to_string();
        let msb: u32 = args[1].parse().map_err(|_| bad())?;
        let lsb: u32 = args[2].parse().map_err(|_| bad())?;
        ports.push(PortInfo {
            name: decode_name(&cpp_name),
            width: msb.abs_diff(lsb) + 1,
            direction,
            cpp_name,
        });
    }
    if ports.is_empty() && !header.contains("VerilatedModel") {
        return Err(Error::PortDiscovery("not a Verilator model header".into()));
    }
    Ok(ports)
}

/// Undoes Verilator's identifier mangling: `__SYM__` prefix for C++
/// keywords and `__0HH` for any character that is not valid in C++.
pub fn decode_name(cpp: &str) -> String {
    let cpp = cpp.strip_prefix("__SYM__").unwrap_or(cpp);
    let bytes = cpp.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = bytes
            .get(i..i + 5)
            .filter(|w| w.starts_with(b"__0"))
            .and_then(|w| std::str::from_utf8(&w[3..]).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = escaped {
            out.push(byte);
            i += 5;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Serialises ports as `name\twidth\tdirection\tcpp_name` lines (the cache manifest).
pub(crate) fn to_manifest(ports: &[PortInfo]) -> String {
    ports
        .iter()
        .map(|p| format!("{}\t{}\t{}\t{}\n", p.name, p.width, p.direction.code(), p.cpp_name))
        .collect()
}

/// Inverse of [`to_manifest`].
pub(crate) fn from_manifest(text: &str) -> Result<Vec<PortInfo>> {
    text.lines()
        .filter(|l| !l.is_empty())
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let bad = || Error::PortDiscovery(format!("corrupt port manifest line `{line}`"));
            if f.len() != 4 {
                return Err(bad());
            }
            Ok(PortInfo {
                name: f[0].to_string(),
                width: f[1].parse().map_err(|_| bad())?,
                direction: f[2].parse().ok().and_then(Direction::from_code).ok_or_else(bad)?,
                cpp_name: f[3].to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_verilator_mangling() {
        assert_eq!(decode_name("clock"), "clock");
        assert_eq!(decode_name("bus__024data"), "bus$data");
        assert_eq!(decode_name("a___05Fb"), "a__b");
        assert_eq!(decode_name("weird__02ename"), "weird.name");
        assert_eq!(decode_name("__SYM__delete"), "delete");
        assert_eq!(decode_name("_lead"), "_lead");
        assert_eq!(decode_name("trail_"), "trail_");
        assert_eq!(decode_name("x__0zz"), "x__0zz");
    }

    #[test]
    fn parses_header_declarations() {
        let header = "class Vmodel VL_NOT_FINAL : public VerilatedModel {\n\
            VL_IN8(&clock,0,0);\n    VL_OUT8(&count,7,0);\n    VL_INW(&a,127,0,4);\n\
            VL_OUT64(&sum,63,0);\n    VL_OUT(&__SYM__template,31,0);\n    VL_INOUT16(&io,1,10);\n";
        let ports = parse_model_header(header).unwrap();
        let summary: Vec<_> = ports.iter().map(|p| (p.name.as_str(), p.width, p.direction)).collect();
        assert_eq!(
            summary,
            [
                ("clock", 1, Direction::Input),
                ("count", 8, Direction::Output),
                ("a", 128, Direction::Input),
                ("sum", 64, Direction::Output),
                ("template", 32, Direction::Output),
                ("io", 10, Direction::InOut),
            ]
        );
        assert_eq!(ports[4].cpp_name, "__SYM__template");
        assert_eq!(from_manifest(&to_manifest(&ports)).unwrap(), ports);
    }

    #[test]
    fn rejects_garbage() {
        assert!(parse_model_header("hello").is_err());
        assert!(parse_model_header("VerilatedModel\nVL_IN8(&x,zero,0);").is_err());
    }
}
