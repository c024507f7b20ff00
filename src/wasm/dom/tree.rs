//! Builds the nested wire object from `(path, value)` pairs: keys make objects, indexes make
//! arrays, the same shape a portal would send.

use crate::model::bounds::{MAX_DEPTH, MAX_LIST_ITEMS};
use crate::model::Segment;
use serde_json::{Map, Value};

/// Paths longer than this are skipped: no form nests so deep, and the walk stays shallow.
const MAX_SEGMENTS: usize = 2 * MAX_DEPTH;

/// Puts `value` at `path` below `root`. A `None` value still creates the objects and lists
/// on the way, so an added row whose fields are all empty is an empty item the rules see
/// (and report as incomplete), not a missing one.
pub(super) fn put(root: &mut Value, path: &[Segment], value: Option<Value>) {
    if path.len() > MAX_SEGMENTS {
        return;
    }
    step(root, path, value);
}

fn step(slot: &mut Value, path: &[Segment], value: Option<Value>) {
    let Some((first, rest)) = path.split_first() else {
        if let Some(value) = value {
            *slot = value;
        }
        return;
    };
    match first {
        Segment::Key(key) => {
            if slot.is_null() {
                *slot = Value::Object(Map::new());
            }
            let Value::Object(map) = slot else { return };
            if rest.is_empty() && value.is_none() {
                return;
            }
            step(map.entry(key.to_string()).or_insert(Value::Null), rest, value);
        }
        Segment::Index(index) => {
            if *index >= MAX_LIST_ITEMS {
                return;
            }
            if slot.is_null() {
                *slot = Value::Array(Vec::new());
            }
            let Value::Array(items) = slot else { return };
            if rest.is_empty() && value.is_none() {
                return;
            }
            while items.len() <= *index {
                items.push(Value::Null);
            }
            if let Some(item) = items.get_mut(*index) {
                step(item, rest, value);
            }
        }
    }
}
