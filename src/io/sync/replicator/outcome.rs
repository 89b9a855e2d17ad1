//! What the replication state machine tells its driver: the next thing to do, what a cycle
//! did, and why a cycle stopped.

use crate::io::sync::integrate::RemoteDoc;
use crate::io::sync::protocol::{DocRefused, Request};

/// What the driver is to do next.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Send this request and give the answer to [`Replicator::on_response`].
    Send(Request),
    /// Take these documents in (see `integrate`), store the workspace, then call
    /// [`Replicator::on_applied`].
    Apply(Vec<RemoteDoc>),
    /// Work out the documents to write from the stored workspace (see `push::outgoing`, with
    /// `resend_all`) and give them to [`Replicator::on_collected`].
    Collect { resend_all: bool },
    /// The cycle is over.
    Done(CycleReport),
    /// The cycle stopped; nothing half-done is remembered as done.
    Fail(Failure),
}

/// What a cycle did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CycleReport {
    /// Documents taken from the server.
    pub pulled: usize,
    /// Documents written to the server.
    pub pushed: usize,
    /// Documents the server refused, with its reasons.
    pub refused: Vec<DocRefused>,
}

/// Why a cycle stopped.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The server wants a sign-in (401).
    Unauthorized,
    /// The signed-in user may not read or write this database (403).
    Forbidden(String),
    /// The database does not exist (404).
    NoDatabase,
    /// The server answered with an error.
    Server {
        status: u16,
        error: String,
        reason: String,
    },
    /// An answer that does not follow the protocol.
    Protocol(String),
}

impl Failure {
    /// Whether trying again later may work without anyone doing anything.
    pub fn is_temporary(&self) -> bool {
        match self {
            Failure::Server { status, .. } => *status >= 500 || *status == 429 || *status == 408,
            Failure::Protocol(_) => true,
            Failure::Unauthorized | Failure::Forbidden(_) | Failure::NoDatabase => false,
        }
    }
}
