//! Binding the host models to a Verilated design's ports by role prefix (`m_axi$`,
//! `s_axil$`, `m_axis_net$`, ...): rust-hdl names an interface's signals `<field>$<signal>`.

use super::axi_lite::{LiteInputs, LiteOutputs};
use super::axi_memory::{AddrRequest, ManagerInputs, MemoryOutputs, WriteBeat};
use super::beat::{BeatData, MAX_DATA_BYTES};
use super::stream::StreamBeat;
use crate::verilator::{Error, Model, PortId, Result};

// Ports are read and driven every simulated cycle, so the conversions below work in
// fixed-size buffers on the stack: data ports are at most MAX_DATA_BYTES wide (checked when
// the pins are found), byte-enable masks at most 128 bits.

/// 32-bit words of the widest data port.
const MAX_WORDS: usize = MAX_DATA_BYTES / 4;

fn words_for(p: PortId) -> usize {
    p.width().div_ceil(32) as usize
}

/// Little-endian bytes into the low words of `words` (a short last chunk is zero-extended).
fn bytes_to_words(bytes: &[u8], words: &mut [u32]) {
    for (w, c) in words.iter_mut().zip(bytes.chunks(4)) {
        *w = c.iter().rev().fold(0u32, |w, b| w << 8 | u32::from(*b));
    }
}

/// Little-endian words into `bytes`, as many bytes as it holds.
fn words_to_bytes(words: &[u32], bytes: &mut [u8]) {
    for (c, w) in bytes.chunks_mut(4).zip(words) {
        c.copy_from_slice(&w.to_le_bytes()[..c.len()]);
    }
}

/// Read a data port as `n` little-endian bytes.
fn get_bytes(m: &Model, p: PortId, n: usize) -> Result<BeatData> {
    let mut beat = BeatData::zeroed(n);
    if p.width() > 64 {
        let mut words = [0u32; MAX_WORDS];
        let words = &mut words[..words_for(p)];
        m.get_wide_into(p, words)?;
        words_to_bytes(words, &mut beat);
    } else {
        let k = n.min(8);
        beat[..k].copy_from_slice(&m.get(p)?.to_le_bytes()[..k]);
    }
    Ok(beat)
}

fn set_bytes(m: &mut Model, p: PortId, bytes: &[u8]) -> Result<()> {
    if p.width() > 64 {
        let mut words = [0u32; MAX_WORDS];
        let words = &mut words[..words_for(p)];
        bytes_to_words(bytes, words);
        m.set_wide(p, words)
    } else {
        let mut b = [0u8; 8];
        b[..bytes.len()].copy_from_slice(bytes);
        let v = u64::from_le_bytes(b);
        m.set(p, if p.width() == 64 { v } else { v & ((1 << p.width()) - 1) })
    }
}

/// Read a byte-enable mask (TKEEP, WSTRB) of up to 128 bits.
fn get_mask(m: &Model, p: PortId) -> Result<u128> {
    if p.width() > 64 {
        let mut words = [0u32; 4];
        let words = &mut words[..words_for(p)];
        m.get_wide_into(p, words)?;
        Ok(words.iter().rev().fold(0u128, |acc, &w| acc << 32 | u128::from(w)))
    } else {
        Ok(m.get(p)?.into())
    }
}

/// Drive a byte-enable mask of up to 128 bits.
fn set_mask(m: &mut Model, p: PortId, mask: u128) -> Result<()> {
    if p.width() > 64 {
        let mut words = [0u32; 4];
        for (i, w) in words.iter_mut().enumerate() {
            *w = (mask >> (32 * i)) as u32;
        }
        m.set_wide(p, &words[..words_for(p)])
    } else {
        let value = u64::try_from(mask).map_err(|_| Error::WidthMismatch {
            port: m.ports()[p.index() as usize].name.clone(),
            width: p.width(),
            given: 128 - mask.leading_zeros(),
        })?;
        m.set(p, value)
    }
}

/// The byte count of data port `p`, which the host models can serve up to 1024 bits wide.
fn data_bytes(p: PortId, name: String) -> Result<usize> {
    let bytes = (p.width() / 8) as usize;
    if bytes > MAX_DATA_BYTES {
        return Err(Error::WidthMismatch { port: name, width: p.width(), given: MAX_DATA_BYTES as u32 * 8 });
    }
    Ok(bytes)
}

struct Ports<'a> {
    model: &'a Model,
    prefix: &'a str,
}

impl Ports<'_> {
    fn get(&self, name: &str) -> Result<PortId> {
        self.model.port(&format!("{}{name}", self.prefix))
    }
    fn optional(&self, name: &str) -> Option<PortId> {
        self.get(name).ok()
    }
}

/// The write channels of an AXI4 manager port.
pub struct AxiWritePins {
    awvalid: PortId,
    awready: PortId,
    awid: Option<PortId>,
    awaddr: PortId,
    awlen: PortId,
    awsize: PortId,
    wvalid: PortId,
    wready: PortId,
    wdata: PortId,
    wstrb: PortId,
    wlast: PortId,
    bvalid: PortId,
    bready: PortId,
    bid: Option<PortId>,
    bresp: PortId,
}

/// An AXI4 manager port of the design, served by an [`super::AxiMemory`].
pub struct AxiMemoryPins {
    arvalid: PortId,
    arready: PortId,
    arid: Option<PortId>,
    araddr: PortId,
    arlen: PortId,
    arsize: PortId,
    rvalid: PortId,
    rready: PortId,
    rid: Option<PortId>,
    rdata: PortId,
    rresp: PortId,
    rlast: PortId,
    write: Option<AxiWritePins>,
    data_bytes: usize,
}

impl AxiMemoryPins {
    /// Find the port's signals; the write channels are optional (a read-only manager).
    pub fn find(model: &Model, prefix: &str) -> Result<Self> {
        let p = Ports { model, prefix };
        let rdata = p.get("rdata")?;
        let write = match p.optional("awvalid") {
            Some(awvalid) => Some(AxiWritePins {
                awvalid,
                awready: p.get("awready")?,
                awid: p.optional("awid"),
                awaddr: p.get("awaddr")?,
                awlen: p.get("awlen")?,
                awsize: p.get("awsize")?,
                wvalid: p.get("wvalid")?,
                wready: p.get("wready")?,
                wdata: p.get("wdata")?,
                wstrb: p.get("wstrb")?,
                wlast: p.get("wlast")?,
                bvalid: p.get("bvalid")?,
                bready: p.get("bready")?,
                bid: p.optional("bid"),
                bresp: p.get("bresp")?,
            }),
            None => None,
        };
        Ok(AxiMemoryPins {
            arvalid: p.get("arvalid")?,
            arready: p.get("arready")?,
            arid: p.optional("arid"),
            araddr: p.get("araddr")?,
            arlen: p.get("arlen")?,
            arsize: p.get("arsize")?,
            rvalid: p.get("rvalid")?,
            rready: p.get("rready")?,
            rid: p.optional("rid"),
            rdata,
            rresp: p.get("rresp")?,
            rlast: p.get("rlast")?,
            write,
            data_bytes: data_bytes(rdata, format!("{prefix}rdata"))?,
        })
    }

    pub fn data_bytes(&self) -> usize {
        self.data_bytes
    }

    /// Put the memory's outputs on the design's inputs.
    pub fn drive(&self, m: &mut Model, o: &MemoryOutputs) -> Result<()> {
        m.set(self.arready, o.arready.into())?;
        m.set(self.rvalid, o.r.is_some().into())?;
        if let Some(r) = &o.r {
            if let Some(id) = self.rid {
                m.set(id, r.id.into())?;
            }
            set_bytes(m, self.rdata, &r.data)?;
            m.set(self.rresp, r.resp.into())?;
            m.set(self.rlast, r.last.into())?;
        }
        if let Some(w) = &self.write {
            m.set(w.awready, o.awready.into())?;
            m.set(w.wready, o.wready.into())?;
            m.set(w.bvalid, o.b.is_some().into())?;
            if let Some((id, resp)) = o.b {
                if let Some(bid) = w.bid {
                    m.set(bid, id.into())?;
                }
                m.set(w.bresp, resp.into())?;
            }
        }
        Ok(())
    }

    /// Read what the design drives (after `eval`).
    pub fn sample(&self, m: &Model) -> Result<ManagerInputs> {
        let id = |p: Option<PortId>| -> Result<u32> {
            Ok(match p {
                Some(p) => m.get(p)? as u32,
                None => 0,
            })
        };
        let ar = (m.get(self.arvalid)? != 0).then(|| -> Result<AddrRequest> {
            Ok(AddrRequest {
                id: id(self.arid)?,
                addr: m.get(self.araddr)?,
                len: m.get(self.arlen)? as u8,
                size: m.get(self.arsize)? as u8,
            })
        });
        let mut inputs =
            ManagerInputs { ar: ar.transpose()?, rready: m.get(self.rready)? != 0, ..Default::default() };
        if let Some(w) = &self.write {
            if m.get(w.awvalid)? != 0 {
                inputs.aw = Some(AddrRequest {
                    id: id(w.awid)?,
                    addr: m.get(w.awaddr)?,
                    len: m.get(w.awlen)? as u8,
                    size: m.get(w.awsize)? as u8,
                });
            }
            if m.get(w.wvalid)? != 0 {
                inputs.w = Some(WriteBeat {
                    data: get_bytes(m, w.wdata, self.data_bytes)?,
                    strobe: get_mask(m, w.wstrb)?,
                    last: m.get(w.wlast)? != 0,
                });
            }
            inputs.bready = m.get(w.bready)? != 0;
        }
        Ok(inputs)
    }
}

/// The design's AXI4-Lite subordinate port (BAR0), driven by an [`super::AxiLiteMaster`].
pub struct AxiLitePins {
    awvalid: PortId,
    awready: PortId,
    awaddr: PortId,
    wvalid: PortId,
    wready: PortId,
    wdata: PortId,
    wstrb: PortId,
    bvalid: PortId,
    bready: PortId,
    bresp: PortId,
    arvalid: PortId,
    arready: PortId,
    araddr: PortId,
    rvalid: PortId,
    rready: PortId,
    rdata: PortId,
    rresp: PortId,
}

impl AxiLitePins {
    pub fn find(model: &Model, prefix: &str) -> Result<Self> {
        let p = Ports { model, prefix };
        Ok(AxiLitePins {
            awvalid: p.get("awvalid")?,
            awready: p.get("awready")?,
            awaddr: p.get("awaddr")?,
            wvalid: p.get("wvalid")?,
            wready: p.get("wready")?,
            wdata: p.get("wdata")?,
            wstrb: p.get("wstrb")?,
            bvalid: p.get("bvalid")?,
            bready: p.get("bready")?,
            bresp: p.get("bresp")?,
            arvalid: p.get("arvalid")?,
            arready: p.get("arready")?,
            araddr: p.get("araddr")?,
            rvalid: p.get("rvalid")?,
            rready: p.get("rready")?,
            rdata: p.get("rdata")?,
            rresp: p.get("rresp")?,
        })
    }

    pub fn drive(&self, m: &mut Model, o: &LiteOutputs) -> Result<()> {
        m.set(self.awvalid, o.aw.is_some().into())?;
        m.set(self.awaddr, o.aw.unwrap_or(0).into())?;
        m.set(self.wvalid, o.w.is_some().into())?;
        m.set(self.wdata, o.w.unwrap_or(0).into())?;
        m.set(self.wstrb, 0xf)?;
        m.set(self.bready, o.bready.into())?;
        m.set(self.arvalid, o.ar.is_some().into())?;
        m.set(self.araddr, o.ar.unwrap_or(0).into())?;
        m.set(self.rready, o.rready.into())
    }

    pub fn sample(&self, m: &Model) -> Result<LiteInputs> {
        Ok(LiteInputs {
            awready: m.get(self.awready)? != 0,
            wready: m.get(self.wready)? != 0,
            b: if m.get(self.bvalid)? != 0 { Some(m.get(self.bresp)? as u8) } else { None },
            arready: m.get(self.arready)? != 0,
            r: if m.get(self.rvalid)? != 0 {
                Some((m.get(self.rdata)? as u32, m.get(self.rresp)? as u8))
            } else {
                None
            },
        })
    }
}

/// An AXI4-Stream port of the design (either direction).
pub struct StreamPins {
    tvalid: PortId,
    tready: PortId,
    tdata: PortId,
    tkeep: PortId,
    tlast: PortId,
    tuser: Option<PortId>,
    tid: Option<PortId>,
    data_bytes: usize,
}

impl StreamPins {
    pub fn find(model: &Model, prefix: &str) -> Result<Self> {
        let p = Ports { model, prefix };
        let tdata = p.get("tdata")?;
        Ok(StreamPins {
            tvalid: p.get("tvalid")?,
            tready: p.get("tready")?,
            tdata,
            tkeep: p.get("tkeep")?,
            tlast: p.get("tlast")?,
            tuser: p.optional("tuser"),
            tid: p.optional("tid"),
            data_bytes: data_bytes(tdata, format!("{prefix}tdata"))?,
        })
    }

    /// The design sends on this port: sample its beat (after `eval`).
    pub fn sample_beat(&self, m: &Model) -> Result<Option<StreamBeat>> {
        if m.get(self.tvalid)? == 0 {
            return Ok(None);
        }
        Ok(Some(StreamBeat {
            data: get_bytes(m, self.tdata, self.data_bytes)?,
            keep: get_mask(m, self.tkeep)?,
            last: m.get(self.tlast)? != 0,
            user: match self.tuser {
                Some(p) => m.get(p)? != 0,
                None => false,
            },
            id: match self.tid {
                Some(p) => m.get(p)? as u32,
                None => 0,
            },
        }))
    }

    /// Tell the design whether its beat is taken this cycle.
    pub fn drive_ready(&self, m: &mut Model, ready: bool) -> Result<()> {
        m.set(self.tready, ready.into())
    }

    /// The design receives on this port: offer `beat`.
    pub fn drive_beat(&self, m: &mut Model, beat: Option<&StreamBeat>) -> Result<()> {
        m.set(self.tvalid, beat.is_some().into())?;
        if let Some(b) = beat {
            set_bytes(m, self.tdata, &b.data)?;
            set_mask(m, self.tkeep, b.keep)?;
            m.set(self.tlast, b.last.into())?;
        }
        Ok(())
    }

    pub fn sample_ready(&self, m: &Model) -> Result<bool> {
        Ok(m.get(self.tready)? != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_word_conversions_are_little_endian() {
        let bytes: Vec<u8> = (1..=7).collect();
        let mut words = [0u32; 2];
        bytes_to_words(&bytes, &mut words);
        assert_eq!(words, [0x0403_0201, 0x0007_0605]);
        let mut back = [0u8; 6];
        words_to_bytes(&[0x0403_0201, 0x0807_0605], &mut back);
        assert_eq!(back, [1, 2, 3, 4, 5, 6]);
    }
}
