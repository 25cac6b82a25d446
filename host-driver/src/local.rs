//! An application and the agent in one process (tests, and the in-process board): each call
//! acts for the caller's own domain.

use crate::agent::{Agent, BufferGrant, Registration, RegistrationGrant, ViGrant};
use crate::app::AgentLink;
use crate::error::{DriverError, Result};
use std::sync::{Arc, Mutex};
use viaduct_abi::{ProtectionDomain, VirtAddr};
use viaduct_model::PageSize;

pub struct LocalLink {
    agent: Arc<Mutex<Agent>>,
    pd: ProtectionDomain,
}

impl LocalLink {
    /// Attach a new process, identified by `pid`, to `agent`.
    pub fn attach(agent: &Arc<Mutex<Agent>>, pid: i32) -> Result<Arc<LocalLink>> {
        let pd = agent.lock().expect("agent lock").attach(Some(pid))?;
        Ok(Arc::new(LocalLink { agent: agent.clone(), pd }))
    }
    pub fn domain(&self) -> ProtectionDomain {
        self.pd
    }
    fn with<T>(&self, f: impl FnOnce(&mut Agent) -> Result<T>) -> Result<T> {
        f(&mut self.agent.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

impl AgentLink for LocalLink {
    fn alloc_buffer(&self, len: u64, page_size: PageSize) -> Result<BufferGrant> {
        self.with(|a| a.alloc_buffer(self.pd, len, page_size))
    }
    fn free_buffer(&self, va: VirtAddr) -> Result<()> {
        self.with(|a| a.free_buffer(self.pd, va))
    }
    fn register(&self, va: VirtAddr, len: u64, opts: Registration) -> Result<RegistrationGrant> {
        self.with(|a| a.register(self.pd, va, len, opts))
    }
    fn share(&self, va: VirtAddr, len: u64, user_pid: i32, opts: Registration) -> Result<RegistrationGrant> {
        self.with(|a| {
            let user =
                a.domain_of(user_pid).ok_or_else(|| DriverError::Denied(format!("no process {user_pid}")))?;
            a.register_for(self.pd, user, va, len, opts)
        })
    }
    fn deregister(&self, id: u32) -> Result<()> {
        self.with(|a| a.deregister(self.pd, id))
    }
    fn open_vi(&self) -> Result<ViGrant> {
        self.with(|a| a.open_vi(self.pd))
    }
    fn close_vi(&self, vi: u32) -> Result<()> {
        self.with(|a| a.close_vi(self.pd, vi))
    }
    fn rotate_keys(&self) -> Result<()> {
        self.with(|a| a.rotate_keys(self.pd))
    }
}
