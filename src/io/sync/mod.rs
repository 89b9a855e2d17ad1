//! Team sync through the CouchDB replication protocol, as pure Rust: the document mapping,
//! revision ids and trees, what this browser remembers, the requests and answers, taking the
//! server's documents in, writing this browser's out, resolving conflicts, the replication
//! state machine and the back-off. The browser glue (requests, timers, online and offline
//! events) lives in `app`; nothing here does input or output.

pub mod backoff;
pub mod diff;
pub mod docs;
pub mod endpoint;
pub mod hash;
pub mod integrate;
pub mod meta;
pub mod protocol;
pub mod push;
pub mod ranks;
pub mod replicator;
pub mod resolve;
pub mod revs;
