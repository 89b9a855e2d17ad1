//! The team's server as SixTwo talks to it: checking the address and database name people
//! type (HTTPS only, except on this computer), the paths of the requests, the replication
//! ids of this browser's pull and push, and the `Authorization` header for basic
//! authentication.

use super::hash::{fnv64, hex16};

/// Why an address or database name cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndpointProblem {
    /// Nothing typed.
    Empty,
    /// Not an `http://` or `https://` address with a host.
    NotAddress,
    /// Plain `http://` to another computer: the password and the data would travel unencrypted.
    NotHttps,
    /// A name and password written into the address.
    HasCredentials,
    /// A `?query` or `#fragment` in the address.
    HasQuery,
    /// A database name CouchDB does not accept: lowercase letters first, then lowercase
    /// letters, digits and `_ $ ( ) + - /`, at most 238 characters.
    BadDatabase,
}

/// The longest database name CouchDB accepts.
const MAX_DATABASE_CHARS: usize = 238;

/// Whether `host` (without port) is this computer.
fn is_loopback(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == "localhost" || host == "127.0.0.1" || host == "[::1]"
}

/// Checks a server address and returns it without a trailing slash.
pub fn check_server(url: &str) -> Result<String, EndpointProblem> {
    let url = url.trim();
    if url.is_empty() {
        return Err(EndpointProblem::Empty);
    }
    let lower = url.to_ascii_lowercase();
    let (secure, rest) = if let Some(rest) = lower.strip_prefix("https://") {
        (true, &url[url.len() - rest.len()..])
    } else if let Some(rest) = lower.strip_prefix("http://") {
        (false, &url[url.len() - rest.len()..])
    } else {
        return Err(EndpointProblem::NotAddress);
    };
    if rest.contains('?') || rest.contains('#') {
        return Err(EndpointProblem::HasQuery);
    }
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.contains('@') {
        return Err(EndpointProblem::HasCredentials);
    }
    let host = if authority.starts_with('[') {
        authority
            .split_once(']')
            .map(|(h, _)| format!("{h}]"))
            .unwrap_or_default()
    } else {
        authority.split(':').next().unwrap_or_default().to_string()
    };
    let valid_host = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._[]:".contains(c))
        && !rest.chars().any(char::is_whitespace);
    if !valid_host {
        return Err(EndpointProblem::NotAddress);
    }
    if !secure && !is_loopback(&host) {
        return Err(EndpointProblem::NotHttps);
    }
    Ok(url.trim_end_matches('/').to_string())
}

/// Checks a database name by CouchDB's rule.
pub fn check_database(name: &str) -> Result<(), EndpointProblem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(EndpointProblem::Empty);
    }
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    let rest_ok =
        chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c));
    if first_ok && rest_ok && name.chars().count() <= MAX_DATABASE_CHARS {
        Ok(())
    } else {
        Err(EndpointProblem::BadDatabase)
    }
}

/// `text` with every character outside `A–Z a–z 0–9 - _ . ~` percent-encoded.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A database on a server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// The server's address without a trailing slash.
    pub server: String,
    pub database: String,
}

impl Endpoint {
    /// The full address of `path` (which starts with `/`) on the server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server)
    }

    /// The path of the database itself.
    pub fn db_path(&self) -> String {
        format!("/{}", percent_encode(&self.database))
    }

    /// The path of a document of the database, `_local/…` documents included.
    pub fn doc_path(&self, id: &str) -> String {
        match id.strip_prefix("_local/") {
            Some(local) => format!("{}/_local/{}", self.db_path(), percent_encode(local)),
            None => format!("{}/{}", self.db_path(), percent_encode(id)),
        }
    }

    /// The replication id of this browser's `direction` ("pull" or "push"), from its
    /// instance id and the database: the name of the checkpoint documents.
    pub fn replication_id(&self, instance: &str, direction: &str) -> String {
        let hash = fnv64(&[
            instance.as_bytes(),
            self.server.as_bytes(),
            self.database.as_bytes(),
            direction.as_bytes(),
        ]);
        format!("sixtwo-{direction}-{}", hex16(hash))
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (k, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if k <= chunk.len() {
                out.push(char::from(BASE64[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The `Authorization` header for basic authentication (UTF-8 name and password).
pub fn basic_auth(user: &str, password: &str) -> String {
    format!("Basic {}", base64(format!("{user}:{password}").as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_is_required_except_on_this_computer() {
        assert_eq!(
            check_server(" https://couch.example.org/ "),
            Ok("https://couch.example.org".into())
        );
        assert_eq!(
            check_server("https://example.org/couchdb"),
            Ok("https://example.org/couchdb".into())
        );
        assert_eq!(
            check_server("http://127.0.0.1:5984"),
            Ok("http://127.0.0.1:5984".into())
        );
        assert_eq!(
            check_server("http://localhost:5984/"),
            Ok("http://localhost:5984".into())
        );
        assert_eq!(
            check_server("http://[::1]:5984"),
            Ok("http://[::1]:5984".into())
        );
        assert_eq!(
            check_server("http://couch.example.org"),
            Err(EndpointProblem::NotHttps)
        );
        assert_eq!(
            check_server("http://192.168.1.5:5984"),
            Err(EndpointProblem::NotHttps)
        );
        assert_eq!(
            check_server("http://localhost.evil.org"),
            Err(EndpointProblem::NotHttps)
        );
        assert_eq!(check_server(""), Err(EndpointProblem::Empty));
        assert_eq!(
            check_server("ftp://example.org"),
            Err(EndpointProblem::NotAddress)
        );
        assert_eq!(check_server("https://"), Err(EndpointProblem::NotAddress));
        assert_eq!(
            check_server("https://bob:secret@example.org"),
            Err(EndpointProblem::HasCredentials)
        );
        assert_eq!(
            check_server("https://example.org/?x=1"),
            Err(EndpointProblem::HasQuery)
        );
    }

    #[test]
    fn database_names_follow_couchdbs_rule() {
        for good in ["acme", "acme-objectives", "team/2026", "a_b$c(d)+e"] {
            assert_eq!(check_database(good), Ok(()), "{good}");
        }
        for bad in ["", "Acme", "1acme", "_users", "acme objectives", "ACME"] {
            assert!(check_database(bad).is_err(), "{bad}");
        }
        assert!(check_database(&"a".repeat(239)).is_err());
    }

    #[test]
    fn paths_encode_names_and_ids() {
        let endpoint = Endpoint {
            server: "https://example.org/couch".into(),
            database: "team/2026".into(),
        };
        assert_eq!(endpoint.db_path(), "/team%2F2026");
        assert_eq!(
            endpoint.doc_path("objective:2f-1"),
            "/team%2F2026/objective%3A2f-1"
        );
        assert_eq!(
            endpoint.doc_path("_local/sixtwo-pull-1"),
            "/team%2F2026/_local/sixtwo-pull-1"
        );
        assert_eq!(
            endpoint.url("/_session"),
            "https://example.org/couch/_session"
        );
    }

    #[test]
    fn replication_ids_differ_by_direction_instance_and_database() {
        let endpoint = Endpoint {
            server: "https://example.org".into(),
            database: "acme".into(),
        };
        let pull = endpoint.replication_id("i1", "pull");
        assert!(pull.starts_with("sixtwo-pull-"));
        assert_ne!(pull, endpoint.replication_id("i1", "push"));
        assert_ne!(pull, endpoint.replication_id("i2", "pull"));
        assert_eq!(pull, endpoint.replication_id("i1", "pull"));
    }

    #[test]
    fn basic_authentication_is_base64_of_name_and_password() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(
            basic_auth("Aladdin", "open sesame"),
            "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
        // UTF-8, as browsers and CouchDB read it.
        assert_eq!(
            basic_auth("张", "密"),
            format!("Basic {}", base64("张:密".as_bytes()))
        );
    }
}
