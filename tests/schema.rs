//! The JSON Schema of SixTwo files, generated from the Rust types: the committed schema under
//! `schema/` must equal what the types produce (regenerate with `SIXTWO_BLESS=1`), and the
//! table of known fields used to report unknown ones must match it.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use sixtwo::io::envelope::{EnvelopeSchema, SCHEMA_VERSION};
use sixtwo::io::shape::{self, Shape};
use std::path::PathBuf;

/// The schema of each version is kept under its own name; only the current one is generated.
fn schema_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!(
        "schema/sixtwo-workspace-v{SCHEMA_VERSION}.schema.json"
    ))
}

fn generated() -> Value {
    serde_json::to_value(schemars::schema_for!(EnvelopeSchema)).unwrap_or(Value::Null)
}

#[test]
fn the_committed_schema_matches_the_types() {
    let mut text = serde_json::to_string_pretty(&generated()).unwrap_or_default();
    text.push('\n');
    if std::env::var_os("SIXTWO_BLESS").is_some() {
        std::fs::write(schema_path(), &text).unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    let committed = std::fs::read_to_string(schema_path()).unwrap_or_default();
    assert!(
        committed == text,
        "{} is out of date: the file format changed. If the change is intended (and \
         compatible, or the schema version was bumped), regenerate it with \
         SIXTWO_BLESS=1 cargo test --test schema",
        schema_path().display()
    );
}

/// The properties of the schema definition that `value` (a schema or a `$ref`) points at.
fn properties<'a>(
    schema: &'a Value,
    value: &'a Value,
) -> Option<&'a serde_json::Map<String, Value>> {
    let resolved = resolve(schema, value);
    resolved.get("properties").and_then(Value::as_object)
}

/// Follows `$ref`, `anyOf` (options) and `items` (lists) to the object schema inside.
fn resolve<'a>(schema: &'a Value, value: &'a Value) -> &'a Value {
    if let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/$defs/");
        return resolve(schema, &schema["$defs"][name]);
    }
    if let Some(options) = value.get("anyOf").and_then(Value::as_array) {
        if let Some(object) = options
            .iter()
            .find(|o| o.get("type") != Some(&Value::from("null")))
        {
            return resolve(schema, object);
        }
    }
    if let Some(items) = value.get("items") {
        return resolve(schema, items);
    }
    value
}

/// Compares the shape table with the schema, record by record, recursively.
fn compare(schema: &Value, at: &Value, shape: &Shape, path: &str, mismatches: &mut Vec<String>) {
    let Some(props) = properties(schema, at) else {
        return;
    };
    let mut expected: Vec<&str> = props.keys().map(String::as_str).collect();
    let mut known = shape::keys(shape);
    expected.sort_unstable();
    known.sort_unstable();
    if expected != known {
        mismatches.push(format!(
            "{path}: schema has {expected:?}, table has {known:?}"
        ));
    }
    for (key, value) in props {
        if let Some(child) = shape::child(shape, key) {
            compare(schema, value, child, &format!("{path}.{key}"), mismatches);
        }
    }
}

#[test]
fn the_known_fields_table_matches_the_schema() {
    let schema = generated();
    let mut mismatches = Vec::new();
    compare(
        &schema,
        &schema,
        &shape::ENVELOPE,
        "envelope",
        &mut mismatches,
    );
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}

#[test]
fn the_schema_describes_the_envelope_and_its_records() {
    let schema = generated();
    let defs = schema["$defs"].as_object().map(|d| d.len()).unwrap_or(0);
    assert!(defs >= 20, "every record type has a definition ({defs})");
    assert_eq!(schema["title"], "SixTwo workspace");
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert!(required.contains(&"format") && required.contains(&"workspace"));
}
