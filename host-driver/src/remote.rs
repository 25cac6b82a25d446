//! The three actors as separate processes (MISSION: different address spaces).
//!
//! - The **board** serves one privileged client, the agent, on its socket: BAR0 accesses,
//!   segments to place in physical memory, VI pages, the doorbell and interrupt eventfds.
//!   Observers (`viaduct status`, `viaduct probe`) may only read registers.
//! - The **agent** serves applications on its socket. The socket only bootstraps (and its
//!   SO_PEERCRED names the process): the agent then hands the application a request queue in
//!   shared memory and two eventfds, and every request travels on that queue, as claim 17
//!   describes. Memory and VI pages come back as file descriptors over the socket, so a
//!   process only ever holds its own. When the socket closes (the process died), the agent
//!   releases everything the process had.

use crate::agent::{Agent, BufferGrant, Registration, RegistrationGrant, ViGrant};
use crate::app::AgentLink;
use crate::device::Device;
use crate::error::{DriverError, Result};
use crate::wire;
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use serde::{Deserialize, Serialize};
use std::os::fd::{AsFd, AsRawFd, OwnedFd, RawFd};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use viaduct_abi::{Level, PhysAddr, ProtectionDomain, Rights, Shortcut, VirtAddr};
use viaduct_model::PageSize;
use viaduct_sim::{Board, Notifier, Segment};

fn eventfd_from(fd: OwnedFd) -> Notifier {
    Notifier::from_fd(fd)
}

fn new_eventfd() -> Result<Notifier> {
    Notifier::new().map_err(|e| DriverError::Device(e.to_string()))
}

fn segment_from(fd: OwnedFd) -> Result<Arc<Segment>> {
    Segment::from_fd(fd).map(Arc::new).map_err(|e| DriverError::Protocol(e.to_string()))
}

// ---------------------------------------------------------------------------------------
// Board protocol

#[derive(Serialize, Deserialize, Debug)]
enum BoardRequest {
    /// First message: "agent" (privileged, one at a time) or "observer" (register reads).
    Hello {
        role: String,
    },
    Read {
        offset: u32,
    },
    Write {
        offset: u32,
        value: u32,
    },
    /// With one fd: the segment.
    MapSegment {
        addr: u64,
    },
    UnmapSegment {
        addr: u64,
    },
    ViPage {
        vi: u32,
    },
    SetViOpen {
        vi: u32,
        open: bool,
    },
    Doorbell,
    /// With one fd: the eventfd.
    SetInterrupt {
        vector: u32,
    },
}

#[derive(Serialize, Deserialize, Debug)]
enum BoardReply {
    Welcome {
        engine: String,
        pid: i32,
    },
    Value(u32),
    Done,
    /// The descriptor follows with the message.
    Descriptor,
    Refused(DriverError),
}

/// Serve the board on `listener` until the process ends.
pub fn serve_board(board: Arc<Board>, listener: OwnedFd) {
    let agent_present = Arc::new(Mutex::new(false));
    loop {
        let Ok(sock) = wire::accept_on(&listener) else { continue };
        let (board, agent_present) = (board.clone(), agent_present.clone());
        std::thread::spawn(move || {
            let me = nix::unistd::Uid::current().as_raw();
            if wire::peer(&sock).map(|(_, uid)| uid != me && uid != 0).unwrap_or(true) {
                let _ =
                    wire::send(&sock, &BoardReply::Refused(DriverError::Denied("another user".into())), &[]);
                return;
            }
            let role = match wire::recv::<BoardRequest>(&sock) {
                Ok(Some((BoardRequest::Hello { role }, _))) => role,
                _ => return,
            };
            let privileged = role == "agent";
            if privileged {
                let mut present = agent_present.lock().expect("lock");
                if *present {
                    let _ = wire::send(
                        &sock,
                        &BoardReply::Refused(DriverError::Denied("an agent is attached".into())),
                        &[],
                    );
                    return;
                }
                *present = true;
            }
            let welcome =
                BoardReply::Welcome { engine: board.engine_kind().into(), pid: std::process::id() as i32 };
            if wire::send(&sock, &welcome, &[]).is_ok() {
                board_session(&board, &sock, privileged);
            }
            if privileged {
                *agent_present.lock().expect("lock") = false;
            }
        });
    }
}

fn board_session(board: &Board, sock: &OwnedFd, privileged: bool) {
    while let Ok(Some((req, mut fds))) = wire::recv::<BoardRequest>(sock) {
        let mut out_fds: Vec<OwnedFd> = Vec::new();
        let reply = match (privileged, req) {
            (_, BoardRequest::Read { offset }) => BoardReply::Value(board.bar_read(offset)),
            (false, _) => BoardReply::Refused(DriverError::Denied("observers only read registers".into())),
            (true, BoardRequest::Write { offset, value }) => {
                board.bar_write(offset, value);
                BoardReply::Done
            }
            (true, BoardRequest::MapSegment { addr }) => match fds.pop().map(segment_from) {
                Some(Ok(seg)) => match board.mem.insert(PhysAddr(addr), seg) {
                    Ok(()) => BoardReply::Done,
                    Err(e) => BoardReply::Refused(DriverError::Device(e.to_string())),
                },
                _ => BoardReply::Refused(DriverError::Protocol("a segment descriptor was expected".into())),
            },
            (true, BoardRequest::UnmapSegment { addr }) => match board.mem.remove(PhysAddr(addr)) {
                Some(_) => BoardReply::Done,
                None => BoardReply::Refused(DriverError::Device(format!("no segment at {addr:#x}"))),
            },
            (true, BoardRequest::ViPage { vi }) => match board.vi_page(vi).map(|p| p.dup_fd()) {
                Some(Ok(fd)) => {
                    out_fds.push(fd);
                    BoardReply::Descriptor
                }
                _ => BoardReply::Refused(DriverError::UnknownVi(vi)),
            },
            (true, BoardRequest::SetViOpen { vi, open }) => {
                board.set_vi_open(vi, open);
                BoardReply::Done
            }
            (true, BoardRequest::Doorbell) => match board.doorbell().as_fd().try_clone_to_owned() {
                Ok(fd) => {
                    out_fds.push(fd);
                    BoardReply::Descriptor
                }
                Err(e) => BoardReply::Refused(DriverError::Device(e.to_string())),
            },
            (true, BoardRequest::SetInterrupt { vector }) => match fds.pop() {
                Some(fd) => {
                    board.set_interrupt(vector, Some(Arc::new(eventfd_from(fd))));
                    BoardReply::Done
                }
                None => BoardReply::Refused(DriverError::Protocol("an eventfd was expected".into())),
            },
            (true, BoardRequest::Hello { .. }) => {
                BoardReply::Refused(DriverError::Protocol("hello twice".into()))
            }
        };
        let raw: Vec<RawFd> = out_fds.iter().map(|f| f.as_raw_fd()).collect();
        if wire::send(sock, &reply, &raw).is_err() {
            return;
        }
    }
}

/// A board in another process, as the agent (or an observer) reaches it.
pub struct RemoteDevice {
    sock: Mutex<OwnedFd>,
    engine: String,
    pub board_pid: i32,
}

impl RemoteDevice {
    /// Attach to the board at `path` as `role` ("agent" or "observer").
    pub fn connect(path: &Path, role: &str) -> Result<RemoteDevice> {
        let sock = wire::connect_to(path)?;
        wire::send(&sock, &BoardRequest::Hello { role: role.into() }, &[])?;
        match wire::recv::<BoardReply>(&sock)? {
            Some((BoardReply::Welcome { engine, pid }, _)) => {
                Ok(RemoteDevice { sock: Mutex::new(sock), engine, board_pid: pid })
            }
            Some((BoardReply::Refused(e), _)) => Err(e),
            _ => Err(DriverError::Protocol("the board did not answer".into())),
        }
    }

    fn call(&self, req: BoardRequest, fds: &[RawFd]) -> Result<(BoardReply, Vec<OwnedFd>)> {
        let sock = self.sock.lock().unwrap_or_else(|p| p.into_inner());
        wire::send(&sock, &req, fds)?;
        match wire::recv::<BoardReply>(&sock)? {
            Some((BoardReply::Refused(e), _)) => Err(e),
            Some(r) => Ok(r),
            None => Err(DriverError::Device("the board closed the connection".into())),
        }
    }

    fn done(&self, req: BoardRequest, fds: &[RawFd]) -> Result<()> {
        self.call(req, fds).map(|_| ())
    }

    fn descriptor(&self, req: BoardRequest) -> Result<OwnedFd> {
        self.call(req, &[])?.1.pop().ok_or_else(|| DriverError::Protocol("no descriptor came".into()))
    }
}

impl Device for RemoteDevice {
    fn describe(&self) -> String {
        format!("simulated board ({} engine, pid {})", self.engine, self.board_pid)
    }
    fn read32(&self, offset: u32) -> Result<u32> {
        match self.call(BoardRequest::Read { offset }, &[])?.0 {
            BoardReply::Value(v) => Ok(v),
            other => Err(DriverError::Protocol(format!("unexpected {other:?}"))),
        }
    }
    fn write32(&self, offset: u32, value: u32) -> Result<()> {
        self.done(BoardRequest::Write { offset, value }, &[])
    }
    fn map_segment(&self, addr: PhysAddr, segment: &Arc<Segment>) -> Result<()> {
        self.done(BoardRequest::MapSegment { addr: addr.0 }, &[segment.fd().as_raw_fd()])
    }
    fn unmap_segment(&self, addr: PhysAddr) -> Result<()> {
        self.done(BoardRequest::UnmapSegment { addr: addr.0 }, &[])
    }
    fn vi_page(&self, vi: u32) -> Result<Arc<dyn crate::device::RegisterPage>> {
        Ok(segment_from(self.descriptor(BoardRequest::ViPage { vi })?)?)
    }
    fn set_vi_open(&self, vi: u32, open: bool) -> Result<()> {
        self.done(BoardRequest::SetViOpen { vi, open }, &[])
    }
    fn doorbell(&self) -> Result<Option<Arc<Notifier>>> {
        Ok(Some(Arc::new(eventfd_from(self.descriptor(BoardRequest::Doorbell)?))))
    }
    fn set_interrupt(&self, vector: u32, fd: Arc<Notifier>) -> Result<()> {
        self.done(BoardRequest::SetInterrupt { vector }, &[fd.as_fd().as_raw_fd()])
    }
}

// ---------------------------------------------------------------------------------------
// Application protocol

/// A registration's options on the wire.
#[derive(Serialize, Deserialize, Debug, Clone, Copy)]
struct WireRegistration {
    read: bool,
    write: bool,
    level: u8,
    vi: Option<u32>,
}

impl From<Registration> for WireRegistration {
    fn from(r: Registration) -> Self {
        WireRegistration { read: r.rights.read, write: r.rights.write, level: r.level.number(), vi: r.vi }
    }
}

impl TryFrom<WireRegistration> for Registration {
    type Error = DriverError;
    fn try_from(w: WireRegistration) -> Result<Self> {
        let level = Level::new(w.level).map_err(|e| DriverError::Protocol(e.to_string()))?;
        Ok(Registration { rights: Rights { read: w.read, write: w.write }, level, vi: w.vi })
    }
}

#[derive(Serialize, Deserialize, Debug)]
enum AppRequest {
    AllocBuffer {
        len: u64,
        page_shift: u32,
    },
    FreeBuffer {
        va: u64,
    },
    Register {
        va: u64,
        len: u64,
        opts: WireRegistration,
    },
    Share {
        va: u64,
        len: u64,
        user_pid: i32,
        opts: WireRegistration,
    },
    Deregister {
        id: u32,
    },
    OpenVi,
    CloseVi {
        vi: u32,
    },
    /// What the agent holds (any process may ask).
    Stats,
    RotateKeys,
}

#[derive(Serialize, Deserialize, Debug)]
enum AppReply {
    /// The queue's descriptors follow: queue segment, request eventfd, reply eventfd.
    Welcome {
        pid: i32,
        domain: u16,
    },
    /// One descriptor follows on the socket: the buffer's memory.
    Buffer {
        va: u64,
        len: u64,
        page_shift: u32,
    },
    Registered {
        id: u32,
        va: u64,
        len: u64,
        level: u8,
        shortcuts: Vec<(u64, u64, u64)>,
    },
    /// Four descriptors follow on the socket: page, completion ring, doorbell, interrupt.
    Vi {
        vi: u32,
        cq_log2: u32,
        queue_depth: u32,
    },
    Done,
    Stats(crate::agent::AgentStats),
    Failed(DriverError),
}

fn page_size_of(shift: u32) -> Result<PageSize> {
    match shift {
        12 => Ok(PageSize::Size4K),
        21 => Ok(PageSize::Size2M),
        30 => Ok(PageSize::Size1G),
        s => Err(DriverError::Protocol(format!("page shift {s}"))),
    }
}

fn grant_reply(g: RegistrationGrant) -> AppReply {
    AppReply::Registered {
        id: g.id,
        va: g.va.0,
        len: g.len,
        level: g.level.number(),
        shortcuts: g.shortcuts.iter().map(|(va, s)| (va.0, s.lo, s.hi)).collect(),
    }
}

fn grant_from(reply: AppReply) -> Result<RegistrationGrant> {
    match reply {
        AppReply::Registered { id, va, len, level, shortcuts } => Ok(RegistrationGrant {
            id,
            va: VirtAddr(va),
            len,
            level: Level::new(level).map_err(|e| DriverError::Protocol(e.to_string()))?,
            shortcuts: shortcuts
                .into_iter()
                .map(|(va, lo, hi)| (VirtAddr(va), Shortcut { lo, hi }))
                .collect(),
        }),
        AppReply::Failed(e) => Err(e),
        other => Err(DriverError::Protocol(format!("unexpected {other:?}"))),
    }
}

/// The shared request queue: one request and one reply at a time.
///
/// | offset | what |
/// |---|---|
/// | 0 | request sequence number (written last by the application) |
/// | 4 | reply sequence number (written last by the agent) |
/// | 8 | request length |
/// | 12 | reply length |
/// | 4 KiB | request (JSON) |
/// | 4 KiB + 512 KiB | reply (JSON) |
const QUEUE_BYTES: u64 = 1 << 20;
const REQ_AT: u64 = 4096;
const REP_AT: u64 = REQ_AT + (512 << 10);
const AREA: u64 = 512 << 10;

fn put(seg: &Segment, at: u64, len_at: u64, bytes: &[u8]) -> Result<()> {
    if bytes.len() as u64 > AREA - 4096 {
        return Err(DriverError::Protocol("message too long for the queue".into()));
    }
    seg.write(at, bytes);
    seg.store32(len_at, bytes.len() as u32);
    Ok(())
}

fn take(seg: &Segment, at: u64, len_at: u64) -> Vec<u8> {
    let n = (seg.load32(len_at) as u64).min(AREA - 4096) as usize;
    let mut v = vec![0u8; n];
    seg.read(at, &mut v);
    v
}

/// Serve applications on `listener`; each gets its own thread and queue.
pub fn serve_agent(agent: Arc<Mutex<Agent>>, listener: OwnedFd) {
    loop {
        let Ok(sock) = wire::accept_on(&listener) else { continue };
        let agent = agent.clone();
        std::thread::spawn(move || {
            if let Err(e) = app_session(&agent, &sock) {
                eprintln!("viaduct agent: application session ended: {e}");
            }
        });
    }
}

fn app_session(agent: &Mutex<Agent>, sock: &OwnedFd) -> Result<()> {
    let (pid, uid) = wire::peer(sock)?;
    if uid != nix::unistd::Uid::current().as_raw() && uid != 0 {
        wire::send(sock, &AppReply::Failed(DriverError::Denied("another user".into())), &[])?;
        return Ok(());
    }
    let lock = || agent.lock().unwrap_or_else(|p| p.into_inner());
    let pd = match lock().attach(Some(pid)) {
        Ok(pd) => pd,
        Err(e) => {
            wire::send(sock, &AppReply::Failed(e.clone()), &[])?;
            return Err(e);
        }
    };
    let queue =
        Segment::create("viaduct-requests", QUEUE_BYTES).map_err(|e| DriverError::Device(e.to_string()))?;
    let (req_fd, rep_fd) = (new_eventfd()?, new_eventfd()?);
    let fds = [queue.fd().as_raw_fd(), req_fd.as_fd().as_raw_fd(), rep_fd.as_fd().as_raw_fd()];
    wire::send(sock, &AppReply::Welcome { pid, domain: pd.id() }, &fds)?;
    let mut seen = 0u32;
    let result = loop {
        let mut polls =
            [PollFd::new(req_fd.as_fd(), PollFlags::POLLIN), PollFd::new(sock.as_fd(), PollFlags::POLLIN)];
        if poll(&mut polls, PollTimeout::NONE).is_err() {
            continue;
        }
        let hung_up = polls[1]
            .revents()
            .is_some_and(|r| r.intersects(PollFlags::POLLHUP | PollFlags::POLLIN | PollFlags::POLLERR));
        if hung_up {
            break Ok(());
        }
        req_fd.drain();
        let seq = queue.load32(0);
        if seq == seen {
            continue;
        }
        seen = seq;
        let req: std::result::Result<AppRequest, _> = serde_json::from_slice(&take(&queue, REQ_AT, 8));
        let (reply, out) = match req {
            Ok(req) => handle_app(&mut lock(), pd, req),
            Err(e) => {
                (AppReply::Failed(DriverError::Protocol(format!("malformed request: {e}"))), Vec::new())
            }
        };
        let bytes = serde_json::to_vec(&reply).map_err(|e| DriverError::Protocol(e.to_string()))?;
        put(&queue, REP_AT, 12, &bytes)?;
        if !out.is_empty() {
            let raw: Vec<RawFd> = out.iter().map(|f| f.as_raw_fd()).collect();
            wire::send(sock, &(), &raw)?;
        }
        queue.store32(4, seq);
        rep_fd.notify();
    };
    // The process is gone (or closed its socket): take back everything it had.
    lock().release(pd)?;
    result
}

fn handle_app(agent: &mut Agent, pd: ProtectionDomain, req: AppRequest) -> (AppReply, Vec<OwnedFd>) {
    let dup = |s: &Arc<Segment>| s.dup_fd().map_err(|e| DriverError::Device(e.to_string()));
    let result: Result<(AppReply, Vec<OwnedFd>)> = (|| match req {
        AppRequest::AllocBuffer { len, page_shift } => {
            let g = agent.alloc_buffer(pd, len, page_size_of(page_shift)?)?;
            Ok((
                AppReply::Buffer { va: g.va.0, len: g.len, page_shift: g.page_size.shift() },
                vec![dup(&g.segment)?],
            ))
        }
        AppRequest::FreeBuffer { va } => {
            agent.free_buffer(pd, VirtAddr(va)).map(|()| (AppReply::Done, vec![]))
        }
        AppRequest::Register { va, len, opts } => {
            Ok((grant_reply(agent.register(pd, VirtAddr(va), len, opts.try_into()?)?), vec![]))
        }
        AppRequest::Share { va, len, user_pid, opts } => {
            let user = agent
                .domain_of(user_pid)
                .ok_or_else(|| DriverError::Denied(format!("no process {user_pid}")))?;
            Ok((grant_reply(agent.register_for(pd, user, VirtAddr(va), len, opts.try_into()?)?), vec![]))
        }
        AppRequest::Deregister { id } => agent.deregister(pd, id).map(|()| (AppReply::Done, vec![])),
        AppRequest::OpenVi => {
            let g = agent.open_vi(pd)?;
            let unsupported = || {
                DriverError::Unsupported(
                    "a VI page for another process".into(),
                    "this device's BAR pages cannot be passed as descriptors".into(),
                )
            };
            let page = g
                .page
                .segment()
                .ok_or_else(unsupported)?
                .dup_fd()
                .map_err(|e| DriverError::Device(e.to_string()))?;
            let doorbell = g.doorbell.as_ref().ok_or_else(unsupported)?;
            let fds = vec![
                page,
                dup(&g.cq)?,
                doorbell.as_fd().try_clone_to_owned().map_err(|e| DriverError::Device(e.to_string()))?,
                g.interrupt.as_fd().try_clone_to_owned().map_err(|e| DriverError::Device(e.to_string()))?,
            ];
            Ok((AppReply::Vi { vi: g.vi, cq_log2: g.cq_log2, queue_depth: g.queue_depth }, fds))
        }
        AppRequest::CloseVi { vi } => agent.close_vi(pd, vi).map(|()| (AppReply::Done, vec![])),
        AppRequest::Stats => Ok((AppReply::Stats(agent.stats()), vec![])),
        AppRequest::RotateKeys => agent.rotate_keys(pd).map(|()| (AppReply::Done, vec![])),
    })();
    result.unwrap_or_else(|e| (AppReply::Failed(e), vec![]))
}

/// An application's link to an agent in another process.
pub struct RemoteLink {
    sock: OwnedFd,
    queue: Segment,
    req_fd: Notifier,
    rep_fd: Notifier,
    seq: Mutex<u32>,
    pub pid: i32,
    pub domain: u16,
}

/// How long an application waits for the agent to answer.
pub const AGENT_TIMEOUT: Duration = Duration::from_secs(30);

impl RemoteLink {
    pub fn connect(path: &Path) -> Result<Arc<RemoteLink>> {
        let sock = wire::connect_to(path)?;
        match wire::recv::<AppReply>(&sock)? {
            Some((AppReply::Welcome { pid, domain }, fds)) if fds.len() == 3 => {
                let mut fds = fds.into_iter();
                let queue = Segment::from_fd(fds.next().expect("3"))
                    .map_err(|e| DriverError::Protocol(e.to_string()))?;
                let req_fd = eventfd_from(fds.next().expect("3"));
                let rep_fd = eventfd_from(fds.next().expect("3"));
                Ok(Arc::new(RemoteLink { sock, queue, req_fd, rep_fd, seq: Mutex::new(0), pid, domain }))
            }
            Some((AppReply::Failed(e), _)) => Err(e),
            _ => Err(DriverError::Protocol("the agent did not welcome us".into())),
        }
    }

    /// One request on the shared queue; descriptors in the answer come over the socket.
    fn call(&self, req: &AppRequest, expect_fds: usize) -> Result<(AppReply, Vec<OwnedFd>)> {
        let mut seq = self.seq.lock().unwrap_or_else(|p| p.into_inner());
        let bytes = serde_json::to_vec(req).map_err(|e| DriverError::Protocol(e.to_string()))?;
        put(&self.queue, REQ_AT, 8, &bytes)?;
        *seq = seq.wrapping_add(1);
        self.queue.store32(0, *seq);
        self.req_fd.notify();
        let deadline = std::time::Instant::now() + AGENT_TIMEOUT;
        while self.queue.load32(4) != *seq {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return Err(DriverError::Protocol("the agent did not answer".into()));
            }
            let mut fds = [PollFd::new(self.rep_fd.as_fd(), PollFlags::POLLIN)];
            let _ = poll(
                &mut fds,
                PollTimeout::try_from(left.min(Duration::from_millis(100))).unwrap_or(PollTimeout::ZERO),
            );
            self.rep_fd.drain();
        }
        let reply: AppReply = serde_json::from_slice(&take(&self.queue, REP_AT, 12))
            .map_err(|e| DriverError::Protocol(e.to_string()))?;
        let fds = match reply {
            AppReply::Failed(_) => Vec::new(),
            _ if expect_fds > 0 => match wire::recv::<()>(&self.sock)? {
                Some(((), fds)) if fds.len() == expect_fds => fds,
                _ => return Err(DriverError::Protocol("descriptors missing from the answer".into())),
            },
            _ => Vec::new(),
        };
        Ok((reply, fds))
    }

    /// Send `bytes` as a request exactly as they are and return the agent's answer as JSON
    /// text: for testing the agent against malformed or hostile requests.
    pub fn call_raw(&self, bytes: &[u8]) -> Result<String> {
        let mut seq = self.seq.lock().unwrap_or_else(|p| p.into_inner());
        put(&self.queue, REQ_AT, 8, bytes)?;
        *seq = seq.wrapping_add(1);
        self.queue.store32(0, *seq);
        self.req_fd.notify();
        let deadline = std::time::Instant::now() + AGENT_TIMEOUT;
        while self.queue.load32(4) != *seq {
            if std::time::Instant::now() > deadline {
                return Err(DriverError::Protocol("the agent did not answer".into()));
            }
            let mut fds = [PollFd::new(self.rep_fd.as_fd(), PollFlags::POLLIN)];
            let _ = poll(&mut fds, PollTimeout::from(100u8));
            self.rep_fd.drain();
        }
        let reply = String::from_utf8_lossy(&take(&self.queue, REP_AT, 12)).into_owned();
        // Descriptors that came with a successful answer are received and closed.
        if !reply.contains("Failed") && (reply.contains("\"Buffer\"") || reply.contains("\"Vi\"")) {
            let _ = wire::recv::<()>(&self.sock);
        }
        Ok(reply)
    }

    /// End the session as a process exit would: the agent takes back everything this
    /// process had.
    pub fn shutdown(&self) {
        let _ = nix::sys::socket::shutdown(self.sock.as_raw_fd(), nix::sys::socket::Shutdown::Both);
    }

    /// What the agent holds.
    pub fn stats(&self) -> Result<crate::agent::AgentStats> {
        match self.call(&AppRequest::Stats, 0)?.0 {
            AppReply::Stats(s) => Ok(s),
            AppReply::Failed(e) => Err(e),
            other => Err(DriverError::Protocol(format!("unexpected {other:?}"))),
        }
    }

    fn done(&self, req: &AppRequest) -> Result<()> {
        match self.call(req, 0)?.0 {
            AppReply::Done => Ok(()),
            AppReply::Failed(e) => Err(e),
            other => Err(DriverError::Protocol(format!("unexpected {other:?}"))),
        }
    }
}

impl AgentLink for RemoteLink {
    fn alloc_buffer(&self, len: u64, page_size: PageSize) -> Result<BufferGrant> {
        match self.call(&AppRequest::AllocBuffer { len, page_shift: page_size.shift() }, 1)? {
            (AppReply::Buffer { va, len, page_shift }, mut fds) => Ok(BufferGrant {
                va: VirtAddr(va),
                len,
                page_size: page_size_of(page_shift)?,
                segment: segment_from(fds.pop().expect("one descriptor"))?,
            }),
            (AppReply::Failed(e), _) => Err(e),
            (other, _) => Err(DriverError::Protocol(format!("unexpected {other:?}"))),
        }
    }
    fn free_buffer(&self, va: VirtAddr) -> Result<()> {
        self.done(&AppRequest::FreeBuffer { va: va.0 })
    }
    fn register(&self, va: VirtAddr, len: u64, opts: Registration) -> Result<RegistrationGrant> {
        grant_from(self.call(&AppRequest::Register { va: va.0, len, opts: opts.into() }, 0)?.0)
    }
    fn share(&self, va: VirtAddr, len: u64, user_pid: i32, opts: Registration) -> Result<RegistrationGrant> {
        grant_from(self.call(&AppRequest::Share { va: va.0, len, user_pid, opts: opts.into() }, 0)?.0)
    }
    fn deregister(&self, id: u32) -> Result<()> {
        self.done(&AppRequest::Deregister { id })
    }
    fn open_vi(&self) -> Result<ViGrant> {
        match self.call(&AppRequest::OpenVi, 4)? {
            (AppReply::Vi { vi, cq_log2, queue_depth }, fds) => {
                let mut fds = fds.into_iter();
                Ok(ViGrant {
                    vi,
                    page: segment_from(fds.next().expect("4"))?,
                    cq: segment_from(fds.next().expect("4"))?,
                    cq_log2,
                    queue_depth,
                    doorbell: Some(Arc::new(eventfd_from(fds.next().expect("4")))),
                    interrupt: Arc::new(eventfd_from(fds.next().expect("4"))),
                })
            }
            (AppReply::Failed(e), _) => Err(e),
            (other, _) => Err(DriverError::Protocol(format!("unexpected {other:?}"))),
        }
    }
    fn close_vi(&self, vi: u32) -> Result<()> {
        self.done(&AppRequest::CloseVi { vi })
    }
    fn rotate_keys(&self) -> Result<()> {
        self.done(&AppRequest::RotateKeys)
    }
}
