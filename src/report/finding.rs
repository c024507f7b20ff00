//! What a rule finds, before it is dressed for a reader.

use super::codes::Code;
use crate::json::{Object, ToJson};
use crate::model::Path;
use serde::Serialize;

/// A typed value in an issue's params: never a value the user typed, except dates and
/// numbers the rule derived (a deadline, a count of months).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub enum Param {
    /// A number (months, days, a bound).
    Number(i64),
    /// A text: an ISO date, a rule id, a wire name.
    Text(String),
    /// A list of wire names (e.g. the allowed choices).
    List(Vec<String>),
}

impl From<i64> for Param {
    fn from(n: i64) -> Self {
        Param::Number(n)
    }
}

impl From<u32> for Param {
    fn from(n: u32) -> Self {
        Param::Number(i64::from(n))
    }
}

impl From<usize> for Param {
    fn from(n: usize) -> Self {
        Param::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<&str> for Param {
    fn from(text: &str) -> Self {
        Param::Text(text.to_owned())
    }
}

impl From<String> for Param {
    fn from(text: String) -> Self {
        Param::Text(text)
    }
}

impl From<chrono::NaiveDate> for Param {
    fn from(date: chrono::NaiveDate) -> Self {
        Param::Text(crate::calendar::iso::format(date))
    }
}

impl From<Vec<String>> for Param {
    fn from(list: Vec<String>) -> Self {
        Param::List(list)
    }
}

/// Params of an issue or explanation, by name; kept sorted so the JSON is stable. A finding
/// has two or three at most: a sorted list is smaller and faster than a tree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(Vec<(&'static str, Param)>);

// Kept out of line (`#[inline(never)]`), like the other builders rules call from a hundred
// places or more: inlined, each place carried its own copy (docs/decisions.md: out of line,
// the builders together made the module 8 KB smaller gzipped, at the same speed).
impl Params {
    /// No params.
    #[inline(never)]
    pub fn new() -> Self {
        Self(Vec::new())
    }

    /// Sets `name` to `value`, replacing an earlier value.
    #[inline(never)]
    pub fn insert(&mut self, name: &'static str, value: Param) {
        match self.0.binary_search_by(|(known, _)| known.cmp(&name)) {
            Ok(at) => {
                if let Some(slot) = self.0.get_mut(at) {
                    slot.1 = value;
                }
            }
            Err(at) => self.0.insert(at, (name, value)),
        }
    }

    /// The value of `name`.
    pub fn get(&self, name: &str) -> Option<&Param> {
        self.0.iter().find(|(known, _)| *known == name).map(|(_, value)| value)
    }

    /// The params in the order of their names.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Param)> {
        self.0.iter().map(|(name, value)| (*name, value))
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// One finding of a rule: a code at a path, with its params.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What was found.
    pub code: Code,
    /// Where: the field the user has to change.
    pub path: Path,
    /// Values for the message.
    pub params: Params,
    /// Other fields the finding involves (a cross-field rule), so that validating one of
    /// them also shows it.
    pub related: Vec<Path>,
}

// Kept out of line (`#[inline(never)]`), like the other builders rules call from a hundred
// places or more: inlined, each place carried its own copy (docs/decisions.md: out of line,
// the builders together made the module 8 KB smaller gzipped, at the same speed).
impl Finding {
    /// A finding without params.
    #[inline(never)]
    pub fn new(code: impl Into<Code>, path: Path) -> Self {
        Self { code: code.into(), path, params: Params::new(), related: Vec::new() }
    }

    /// Adds a param.
    #[inline(never)]
    pub fn with(mut self, name: &'static str, value: impl Into<Param>) -> Self {
        self.params.insert(name, value.into());
        self
    }

    /// Adds a field the finding also involves.
    #[inline(never)]
    pub fn also(mut self, path: Path) -> Self {
        self.related.push(path);
        self
    }
}

impl ToJson for Param {
    fn write_json(&self, out: &mut String) {
        match self {
            Param::Number(number) => number.write_json(out),
            Param::Text(text) => text.write_json(out),
            Param::List(list) => list.write_json(out),
        }
    }
}

impl ToJson for Params {
    fn write_json(&self, out: &mut String) {
        let mut object = Object::new(out);
        for (name, value) in self.iter() {
            object.field(name, value);
        }
        object.end();
    }
}

#[cfg(test)]
mod tests {
    use super::{Param, Params};

    #[test]
    fn params_keep_names_sorted_and_one_value_each() {
        let mut params = Params::new();
        params.insert("required", Param::Number(24));
        params.insert("months", Param::Number(18));
        params.insert("months", Param::Number(19));
        let names: Vec<&str> = params.iter().map(|(name, _)| name).collect();
        assert_eq!(names, ["months", "required"]);
        assert_eq!(params.get("months"), Some(&Param::Number(19)));
        assert_eq!(params.get("asOf"), None);
    }
}
