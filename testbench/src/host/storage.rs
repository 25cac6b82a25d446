//! A storage target on the engine's storage port: it parses each command frame (a 16-byte
//! [`StorageCommand`] header, plus the data of a write), applies it to a
//! [`viaduct_model::StorageTarget`] — the same image type the reference model uses — and
//! answers, in order and after `latency` cycles, with a response frame (an 8-byte
//! [`StorageResponse`] header, plus the data of a successful read).

use super::stream::{StreamFrame, StreamSource};
use std::collections::VecDeque;
use viaduct_abi::stream::{STORAGE_COMMAND_SIZE, StorageCommand, StorageOp, StorageResponse};
use viaduct_model::StorageTarget;

pub struct StorageResponder<S: StorageTarget> {
    pub target: S,
    pub latency: u64,
    /// Every command received, for comparison with the model's storage log.
    pub commands: Vec<StorageCommand>,
    /// Frames that did not parse (the engine broke the framing).
    pub malformed: Vec<StreamFrame>,
    pending: VecDeque<(u64, Vec<u8>)>,
}

impl<S: StorageTarget> StorageResponder<S> {
    pub fn new(target: S, latency: u64) -> Self {
        StorageResponder {
            target,
            latency,
            commands: Vec::new(),
            malformed: Vec::new(),
            pending: VecDeque::new(),
        }
    }

    /// Take a command frame received at `cycle`.
    pub fn command(&mut self, frame: StreamFrame, cycle: u64) {
        let Some(header) = frame.data.get(..STORAGE_COMMAND_SIZE) else {
            self.malformed.push(frame);
            return;
        };
        let Ok(cmd) = StorageCommand::from_bytes(header) else {
            self.malformed.push(frame);
            return;
        };
        let payload = &frame.data[STORAGE_COMMAND_SIZE..];
        let mut response = Vec::new();
        match cmd.op {
            StorageOp::Write if payload.len() == cmd.len as usize && !frame.aborted => {
                let status = u8::from(self.target.write(cmd.offset, payload).is_err());
                response.extend(StorageResponse { status, len: 0 }.to_bytes());
            }
            StorageOp::Read if payload.is_empty() => {
                let mut data = vec![0u8; cmd.len as usize];
                match self.target.read(cmd.offset, &mut data) {
                    Ok(()) => {
                        response.extend(StorageResponse { status: 0, len: cmd.len }.to_bytes());
                        response.extend(data);
                    }
                    Err(code) => response.extend(StorageResponse { status: code.max(1), len: 0 }.to_bytes()),
                }
            }
            _ => {
                self.malformed.push(frame);
                return;
            }
        }
        self.commands.push(cmd);
        self.pending.push_back((cycle + self.latency, response));
    }

    /// Move due responses into the response stream.
    pub fn clock(&mut self, cycle: u64, out: &mut StreamSource) {
        while self.pending.front().is_some_and(|(at, _)| *at <= cycle) {
            let (_, frame) = self.pending.pop_front().expect("checked");
            out.push(frame);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use viaduct_model::MemStorage;

    #[test]
    fn writes_then_reads_back() {
        let mut r = StorageResponder::new(MemStorage::new(8192), 2);
        let mut out = StreamSource::new(8);
        let mut frame = StorageCommand { op: StorageOp::Write, len: 3, offset: 100 }.to_bytes().to_vec();
        frame.extend([7, 8, 9]);
        r.command(StreamFrame { data: frame, aborted: false, id: 0 }, 0);
        let read = StorageCommand { op: StorageOp::Read, len: 3, offset: 100 }.to_bytes().to_vec();
        r.command(StreamFrame { data: read, aborted: false, id: 0 }, 1);
        r.clock(2, &mut out);
        assert_eq!(out.pending(), 1, "the second answer is not due yet");
        r.clock(3, &mut out);
        assert_eq!(out.pending(), 2);
        r.command(StreamFrame { data: vec![1, 2], aborted: false, id: 0 }, 4);
        assert_eq!(r.malformed.len(), 1);
        assert_eq!(r.commands.len(), 2);
    }
}
