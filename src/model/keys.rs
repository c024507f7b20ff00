//! Every wire name of every form type in one table, so a path segment is a small number.
//!
//! The table is the concatenation of the form types' own name lists ([`Group::NAMES`]), built
//! at compile time: the names are written once, next to each type's fields. A key is the
//! position of a name's first occurrence, so `name` is the same key in every type that has a
//! `name`. A type whose names are not in the table does not compile: its [`Group::KEYS`] are
//! looked up at compile time.

use super::decode::Group;
use crate::context::decode::DiplomaWire;
use crate::context::{Options, ParameterOverrides};
use crate::model::application::*;
use crate::model::plan::*;
use crate::model::provider::*;
use crate::model::supervisor::*;

/// The name lists of every form type, and of the options read with the same decoder.
const GROUPS: &[&[&str]] = &[
    Application::NAMES,
    Employer::NAMES,
    Employee::NAMES,
    Residence::NAMES,
    VdabIndication::NAMES,
    IndicatedMeasures::NAMES,
    Contract::NAMES,
    RequestedPremiums::NAMES,
    Guidance::NAMES,
    ExternalProvider::NAMES,
    CollegaCoach::NAMES,
    SupportPlan::NAMES,
    Indication::NAMES,
    PlanEmployee::NAMES,
    PlanEmployer::NAMES,
    Team::NAMES,
    TeamMember::NAMES,
    DailyFollowUp::NAMES,
    PlanCollegaCoach::NAMES,
    Backups::NAMES,
    Arrangements::NAMES,
    ActionPoint::NAMES,
    PremiumChange::NAMES,
    Revision::NAMES,
    Signatures::NAMES,
    Signature::NAMES,
    ProviderRegistration::NAMES,
    Organisation::NAMES,
    WorkingArea::NAMES,
    Conditions::NAMES,
    RegistrationStatus::NAMES,
    Supervisor::NAMES,
    Diploma::NAMES,
    ExperiencePeriod::NAMES,
    Competences::NAMES,
    Options::NAMES,
    ParameterOverrides::NAMES,
    DiplomaWire::NAMES,
    #[cfg(test)]
    <super::decode::tests::Node as Group>::NAMES,
];

const COUNT: usize = {
    let (mut count, mut groups) = (0, GROUPS);
    while let [group, rest @ ..] = groups {
        count += group.len();
        groups = rest;
    }
    count
};

const ALL: [&str; COUNT] = {
    let mut all = [""; COUNT];
    let (mut groups, mut names, mut slots): (&[&[&str]], &[&str], &mut [&str]) = (GROUPS, &[], &mut all);
    loop {
        match (names, slots) {
            ([name, names_left @ ..], [slot, slots_left @ ..]) => {
                *slot = name;
                (names, slots) = (names_left, slots_left);
            }
            (_, slots_left) => {
                slots = slots_left;
                let [group, groups_left @ ..] = groups else { break };
                (names, groups) = (group, groups_left);
            }
        }
    }
    all
};

/// The table a key indexes at run time.
static NAMES: [&str; COUNT] = ALL;

/// A field's wire name, as its place in the table of every name: two bytes in a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(u16);

/// Keys are numbers below this; the numbers from it up are list indexes in a path segment.
pub(super) const KEY_LIMIT: u16 = 0x8000;

const _: () = assert!(COUNT < KEY_LIMIT as usize, "more wire names than a path segment can tell apart");

impl Key {
    /// The key of `name`, for compile time: `key!("name")` makes a name no form type has a
    /// compile error, so a rule cannot point at a misspelt field.
    pub(crate) const fn find(name: &str) -> Option<Key> {
        let (mut names, mut at): (&[&str], u16) = (&ALL, 0);
        while let [known, rest @ ..] = names {
            if same(known.as_bytes(), name.as_bytes()) {
                return Some(Key(at));
            }
            (names, at) = (rest, at + 1);
        }
        None
    }

    /// The key `find` gave, for `key!` once it has asserted there is one.
    pub(crate) const fn found(key: Option<Key>) -> Key {
        match key {
            Some(key) => key,
            None => Key(0),
        }
    }

    /// The key of a name read at run time (a caller's path); `None` when no form has it.
    pub fn of(name: &str) -> Option<Key> {
        let at = NAMES.iter().position(|known| *known == name)?;
        u16::try_from(at).ok().map(Key)
    }

    /// The wire name.
    pub fn name(self) -> &'static str {
        NAMES.get(usize::from(self.0)).copied().unwrap_or_default()
    }

    /// The number a path segment stores.
    pub(super) fn number(self) -> u16 {
        self.0
    }

    /// The key a path segment stores; `None` for a number past the table (an index).
    pub(super) fn from_number(number: u16) -> Option<Key> {
        (usize::from(number) < COUNT).then_some(Key(number))
    }
}

const fn same(mut a: &[u8], mut b: &[u8]) -> bool {
    while let ([x, a_rest @ ..], [y, b_rest @ ..]) = (a, b) {
        if *x != *y {
            return false;
        }
        (a, b) = (a_rest, b_rest);
    }
    a.is_empty() && b.is_empty()
}

/// Whether every name in a path pattern (`experience[*].from`, `""` for the whole form) is a
/// field some form has: what `reads!` asserts at compile time of every field a rule reads.
pub(crate) const fn names_fields(pattern: &str) -> bool {
    let mut rest = pattern.as_bytes();
    if rest.is_empty() {
        return true;
    }
    loop {
        let (name, tail) = split_name(rest);
        if !known(name) {
            return false;
        }
        rest = tail;
        while let [b'[', b'*', b']', after @ ..] = rest {
            rest = after;
        }
        match rest {
            [] => return true,
            [b'.', after @ ..] => rest = after,
            _ => return false,
        }
    }
}

/// `bytes` split before the first `.` or `[`.
const fn split_name(bytes: &[u8]) -> (&[u8], &[u8]) {
    let mut len = 0;
    let mut rest = bytes;
    while let [byte, after @ ..] = rest {
        if *byte == b'.' || *byte == b'[' {
            break;
        }
        (len, rest) = (len + 1, after);
    }
    bytes.split_at(len)
}

/// Whether `name` is in the table.
const fn known(name: &[u8]) -> bool {
    let mut names: &[&str] = &ALL;
    while let [known, rest @ ..] = names {
        if same(known.as_bytes(), name) {
            return true;
        }
        names = rest;
    }
    false
}

/// The [`Key`] of a wire name, looked up at compile time.
macro_rules! key {
    ($name:expr) => {
        const {
            let key = $crate::model::keys::Key::find($name);
            assert!(key.is_some(), "a wire name that no form type in model::keys has");
            $crate::model::keys::Key::found(key)
        }
    };
}
pub(crate) use key;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_shared_by_two_types_is_one_key() {
        assert_eq!(Key::of("name"), Some(key!("name")));
        assert_eq!(key!("experience").name(), "experience");
        assert_eq!(Key::of("experiance"), None);
        let names: Vec<&str> = NAMES.iter().filter(|name| **name == "name").copied().collect();
        assert!(names.len() > 1, "the test needs a name that two types share");
    }

    #[test]
    fn every_type_finds_its_names() {
        for group in GROUPS {
            for name in *group {
                assert_eq!(Key::of(name).map(Key::name), Some(*name));
            }
        }
    }
}
