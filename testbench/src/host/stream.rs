//! AXI4-Stream sources and sinks for the engine's network and storage ports: byte frames cut
//! into beats of the data-path width (TKEEP marks the valid bytes, TLAST the frame's end,
//! TUSER an aborted frame, TID the VI).

use super::beat::{BeatData, lane_on, lanes_below};
use std::collections::VecDeque;

/// One beat on a stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StreamBeat {
    pub data: BeatData,
    /// TKEEP: bit `i` set when data byte `i` belongs to the frame.
    pub keep: u128,
    pub last: bool,
    pub user: bool,
    pub id: u32,
}

/// A frame as a sink collected it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StreamFrame {
    pub data: Vec<u8>,
    pub aborted: bool,
    pub id: u32,
}

/// Feeds frames into the engine, one beat per cycle while the engine is ready.
pub struct StreamSource {
    data_bytes: usize,
    frames: VecDeque<Vec<u8>>,
    offset: usize,
}

impl StreamSource {
    pub fn new(data_bytes: usize) -> Self {
        StreamSource { data_bytes, frames: VecDeque::new(), offset: 0 }
    }
    pub fn push(&mut self, frame: Vec<u8>) {
        self.frames.push_back(frame);
    }
    pub fn pending(&self) -> usize {
        self.frames.len()
    }
    /// The frame being sent and how many of its bytes the current beat carries.
    fn current(&self) -> Option<(&[u8], usize)> {
        let frame = self.frames.front()?;
        Some((frame, (frame.len() - self.offset).min(self.data_bytes)))
    }
    pub fn output(&self) -> Option<StreamBeat> {
        let (frame, n) = self.current()?;
        let mut data = BeatData::zeroed(self.data_bytes);
        data[..n].copy_from_slice(&frame[self.offset..self.offset + n]);
        Some(StreamBeat {
            data,
            keep: lanes_below(n),
            last: self.offset + n >= frame.len(),
            user: false,
            id: 0,
        })
    }
    pub fn clock(&mut self, tready: bool) {
        if let (Some((frame, n)), true) = (self.current(), tready) {
            let last = self.offset + n >= frame.len();
            self.offset += n;
            if last {
                self.frames.pop_front();
                self.offset = 0;
            }
        }
    }
}

/// Collects frames from the engine; `ready_pattern` throttles it (cycle -> ready).
pub struct StreamSink {
    pub frames: Vec<StreamFrame>,
    current: StreamFrame,
    cycle: u64,
    ready_pattern: fn(u64) -> bool,
}

impl StreamSink {
    pub fn new() -> Self {
        Self::throttled(|_| true)
    }
    pub fn throttled(ready_pattern: fn(u64) -> bool) -> Self {
        StreamSink { frames: Vec::new(), current: StreamFrame::default(), cycle: 0, ready_pattern }
    }
    pub fn ready(&self) -> bool {
        (self.ready_pattern)(self.cycle)
    }
    /// Take the beat the engine offered this cycle (if any) and advance.
    pub fn clock(&mut self, beat: Option<&StreamBeat>) {
        if let (Some(b), true) = (beat, self.ready()) {
            let kept = b.data.iter().enumerate().filter(|&(lane, _)| lane_on(b.keep, lane));
            self.current.data.extend(kept.map(|(_, d)| *d));
            self.current.id = b.id;
            if b.last {
                self.current.aborted = b.user;
                self.frames.push(std::mem::take(&mut self.current));
            }
        }
        self.cycle += 1;
    }
}

impl Default for StreamSink {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_survive_a_round_trip_through_beats() {
        let mut src = StreamSource::new(8);
        let mut sink = StreamSink::throttled(|c| c % 3 != 1);
        src.push((0..20).collect());
        src.push(vec![42]);
        for _ in 0..20 {
            let beat = src.output();
            let ready = sink.ready();
            sink.clock(beat.as_ref());
            src.clock(ready);
        }
        assert_eq!(sink.frames.len(), 2);
        assert_eq!(sink.frames[0].data, (0..20).collect::<Vec<u8>>());
        assert_eq!(sink.frames[1].data, vec![42]);
    }
}
