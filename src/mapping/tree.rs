//! A portal's form, read as leaves at their paths, and the wire's form built from the mapped
//! leaves: what the mapping does to a whole form, or to the value a session sets.

use super::pattern::Step;
use super::spec::scalar;
use super::values::Scalar;
use crate::model::bounds::MAX_LIST_ITEMS;
use crate::model::decode::reader::{Read, Reader, Token};

/// How deep a portal's form is read: a form platform nests panels in panels, but not this deep.
/// Deeper values are left out (the wire's own bound is far lower).
const MAX_PORTAL_DEPTH: usize = 32;

/// Reads the value at the reader's place, handing each leaf to `on` with its path (below
/// `path`): a scalar, or a list or group with nothing in it (which the wire must still get: an
/// empty list of rows is an answer).
// Generic, not `dyn`: it has one caller, and a vtable would also carry the closure's
// `call_once`, a second copy of its body that nothing calls.
pub(crate) fn leaves<'a, F: FnMut(&[Step<'a>], Node)>(
    reader: &mut Reader<'a>,
    path: &mut Vec<Step<'a>>,
    on: &mut F,
) -> Read<()> {
    if path.len() > MAX_PORTAL_DEPTH {
        return reader.skip_value();
    }
    // One call of `on` for the three kinds of leaf: the closure is then inlined once.
    let leaf = match scalar(reader)? {
        Some(value) => Node::Scalar(value),
        None if reader.peek()? == Token::Array => {
            reader.begin_array()?;
            let mut index = 0;
            while reader.next_item(index == 0)? {
                path.push(Step::Index(index));
                leaves(reader, path, on)?;
                path.pop();
                index += 1;
            }
            if index > 0 {
                return Ok(());
            }
            Node::EmptyList
        }
        None => {
            reader.begin_object()?;
            let mut first = true;
            while let Some(key) = reader.next_key(first)? {
                first = false;
                path.push(Step::Key(key));
                leaves(reader, path, on)?;
                path.pop();
            }
            if !first {
                return Ok(());
            }
            Node::EmptyGroup
        }
    };
    on(path, leaf);
    Ok(())
}

/// A form being built on the wire's side.
#[derive(Debug)]
pub(crate) enum Node {
    /// A value that is no list or group; `null` also for nothing yet (a row before the one set).
    Scalar(Scalar),
    /// `[]` as read: a leaf, not yet rows.
    EmptyList,
    /// `{}` as read: a leaf, not yet fields.
    EmptyGroup,
    /// A list's rows.
    List(Vec<Node>),
    /// A group's fields in the order they came.
    Group(Vec<(String, Node)>),
}

impl Default for Node {
    fn default() -> Self {
        Self::Scalar(Scalar::Null)
    }
}

impl Node {
    /// Puts `leaf` (a scalar, or an empty list or group) at `path` below this node; a place
    /// that holds something of another kind is replaced (the later value wins, as a later key
    /// of a JSON object does).
    pub(crate) fn put(&mut self, path: &[Step<'_>], leaf: Node) {
        // A loop down the path, not a call per step: less code.
        let mut node = self;
        for step in path {
            let child = match step {
                Step::Index(index) => {
                    if !matches!(node, Self::List(_)) {
                        *node = Self::List(Vec::new());
                    }
                    let Self::List(rows) = node else { return };
                    // One row past the wire's bound is enough for it to report the list too
                    // long; rows further on would only cost memory.
                    if *index > MAX_LIST_ITEMS {
                        return;
                    }
                    while rows.len() <= *index {
                        rows.push(Node::default());
                    }
                    rows.get_mut(*index)
                }
                // A concrete path has no `[*]`.
                Step::Row => None,
                Step::Key(key) => {
                    if !matches!(node, Self::Group(_)) {
                        *node = Self::Group(Vec::new());
                    }
                    let Self::Group(fields) = node else { return };
                    let at = match fields.iter().position(|(name, _)| **name == **key) {
                        Some(at) => at,
                        None => {
                            fields.push((key.as_ref().to_owned(), Node::default()));
                            fields.len() - 1
                        }
                    };
                    fields.get_mut(at).map(|(_, node)| node)
                }
            };
            let Some(child) = child else { return };
            node = child;
        }
        // An empty list or group never replaces rows or fields already put there.
        if !matches!((&*node, &leaf), (Self::List(_) | Self::Group(_), Self::EmptyList | Self::EmptyGroup)) {
            *node = leaf;
        }
    }

    /// Writes the node as JSON.
    pub(crate) fn write(&self, out: &mut String) {
        match self {
            Self::Scalar(value) => value.write(out),
            Self::EmptyList => out.push_str("[]"),
            Self::EmptyGroup => out.push_str("{}"),
            Self::List(rows) => {
                out.push('[');
                for (at, row) in rows.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    row.write(out);
                }
                out.push(']');
            }
            Self::Group(fields) => {
                out.push('{');
                for (at, (name, node)) in fields.iter().enumerate() {
                    if at > 0 {
                        out.push(',');
                    }
                    crate::json::write_str(name, out);
                    out.push(':');
                    node.write(out);
                }
                out.push('}');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn reads_leaves_and_builds_them_back() {
        let text = r#"{"naam":"A. Peeters","ervaring":[{"van":"2020-01-01","relevant":true},{}],"leeg":[]}"#;
        let mut reader = Reader::new(text);
        let mut root = Node::default();
        leaves(&mut reader, &mut Vec::new(), &mut |path: &[Step<'_>], leaf| root.put(path, leaf)).unwrap();
        let mut out = String::new();
        root.write(&mut out);
        assert_eq!(out, text);
    }
}
