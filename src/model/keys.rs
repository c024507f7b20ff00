//! Every wire name of every form type in one table, so a path segment is a small number.
//!
//! The table is one literal list of every name, so it depends on nothing; a type whose names
//! are not in it does not compile, since its keys (`SHAPE.keys`) are looked up at compile time,
//! and a test holds the list against the types. A key is a name's position, so `name` is the same key
//! in every type that has a `name`.

/// Every wire name of every form type and of the options, each once. A test holds it against the
/// types' own keys (`SHAPE.keys`): every name a type has is here, and every name here
/// is some type's. Literal, so that this table depends on nothing and every type can take its
/// keys from it.
const ALL: [&str; 119] = [
    "employer",
    "employee",
    "selfEmployed",
    "vdabIndication",
    "contract",
    "applicationDate",
    "requestedPremiums",
    "guidance",
    "vopRunning",
    "partTimeWithOtherEmployers",
    "employeeInvolvedInChoice",
    "name",
    "kbo",
    "type",
    "inDifficulty",
    "establishmentCountry",
    "establishmentPostcode",
    "insz",
    "residence",
    "workLimitationRecognised",
    "country",
    "postcode",
    "date",
    "validUntil",
    "measures",
    "loonpremie",
    "start",
    "end",
    "begeleidingspremie",
    "ondersteuningspremie",
    "ondersteuningspremiePercentage",
    "ondersteuningspremieYears",
    "organisation",
    "internalSupervisor",
    "qualificationProofAttached",
    "externalProvider",
    "collegaCoach",
    "registrationNumber",
    "sameEmployer",
    "guidanceIndicated",
    "indication",
    "planDate",
    "employmentStart",
    "supervisor",
    "responsiblePerson",
    "team",
    "backups",
    "arrangements",
    "actionPoints",
    "premiumChanges",
    "revisions",
    "signatures",
    "employeeInvolvement",
    "regime",
    "members",
    "explanation",
    "role",
    "moment",
    "digital",
    "isEmployee",
    "isSupervisor",
    "dailyFollowUp",
    "coach",
    "reachableEveryWorkingDay",
    "reachableBy",
    "onSiteWithinWorkingDays",
    "followUpIntervalDays",
    "followUpMode",
    "lastOnSiteRequest",
    "onSiteVisit",
    "description",
    "owner",
    "followUpDate",
    "summary",
    "signed",
    "procedure",
    "workingArea",
    "supervisors",
    "conditions",
    "registration",
    "consortium",
    "appliesOnBehalfOfMunicipalities",
    "provinces",
    "municipalities",
    "segmentRestriction",
    "specialisation",
    "qualityRegistration",
    "targetGroupExperience",
    "capacityEstimate",
    "intervisionCommitment",
    "registeredOn",
    "lastGuidanceOn",
    "responsible",
    "diplomas",
    "experience",
    "competences",
    "providerRegistrationNumber",
    "employedByApplicant",
    "code",
    "title",
    "obtained",
    "from",
    "to",
    "relevant",
    "workingTogether",
    "communicating",
    "personCentred",
    "tailoredAdvice",
    "asOf",
    "locale",
    "parameters",
    "mapping",
    "planFirstMonths",
    "flemishCommunityDayOff",
    "relevantDiplomas",
    "applicationDuringEmploymentFrom",
    "experienceMonths",
    "onSiteWorkingDays",
    "followUpDays",
];

/// The table a key indexes at run time.
static NAMES: [&str; COUNT] = ALL;

/// How many names there are.
const COUNT: usize = ALL.len();

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

/// The table, for the test that holds it against the types' own name lists.
#[cfg(test)]
pub(crate) fn names() -> &'static [&'static str] {
    &NAMES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_one_key_and_a_misspelt_one_none() {
        assert_eq!(Key::of("name"), Some(key!("name")));
        assert_eq!(key!("experience").name(), "experience");
        assert_eq!(Key::of("experiance"), None);
        let mut sorted = NAMES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), NAMES.len(), "a name is listed twice");
    }

    #[test]
    fn read_patterns_name_fields() {
        assert!(names_fields("experience[*].from"));
        assert!(names_fields("supervisors[*].experience[*].relevant"));
        assert!(names_fields(""));
        assert!(!names_fields("experiance"));
        assert!(!names_fields("experience[0].from"));
        assert!(!names_fields("experience."));
        assert!(!names_fields(".experience"));
    }
}
