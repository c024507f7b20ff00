//! What the registration's rules read of its groups, without reporting anything: the
//! organisation, the working area and the registration already granted, each with its path. An
//! absent group reads as an empty one, so a rule asks for its fields as for any missing field.

use crate::model::decode::ShapeKind;
use crate::model::provider::{Organisation, ProviderRegistration, WorkingArea};
use crate::rules::support::*;

/// The organisation that applies, and its path.
pub(super) fn organisation(form: &ProviderRegistration) -> (&Organisation, Path) {
    static EMPTY: Organisation =
        Organisation { name: None, kbo: None, kind: None, consortium: None, applies_on_behalf_of_municipalities: None };
    (form.organisation.as_ref().unwrap_or(&EMPTY), at(&[key!("organisation")]))
}

/// The working area, and its path.
pub(super) fn working_area(form: &ProviderRegistration) -> (&WorkingArea, Path) {
    static EMPTY: WorkingArea =
        WorkingArea { provinces: None, municipalities: None, segment_restriction: None, specialisation: None };
    (form.working_area.as_ref().unwrap_or(&EMPTY), at(&[key!("workingArea")]))
}

/// Whether decoding dropped a value in the list or group at `path`, at it or under it: a list
/// whose items were all of the wrong type is one problem each (`form.wrong_type`), not also an
/// empty list. A list cut at its bound keeps what it holds, so that is no dropped value.
pub(super) fn dropped_within(dropped: &[ShapeProblem], path: &Path) -> bool {
    dropped.iter().any(|problem| {
        !matches!(problem.kind, ShapeKind::TooManyItems | ShapeKind::TooManyItemsInForm)
            && (problem.path.starts_with(path) || path.starts_with(&problem.path))
            && !problem.path.segments().is_empty()
    })
}

/// Where the day the registration took effect is typed.
pub(super) fn registered_path() -> Path {
    at(&[key!("registration"), key!("registeredOn")])
}

/// Where the day of the last guidance is typed.
pub(super) fn guided_path() -> Path {
    at(&[key!("registration"), key!("lastGuidanceOn")])
}

/// Runs one rule of the family over a form typed as JSON, as a rule's unit tests do.
#[cfg(test)]
pub(super) mod testing {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use crate::model::decode;
    use crate::model::provider::ProviderRegistration;
    use crate::rules::rule::Input;
    use crate::rules::support::*;

    /// The findings (`code at path`) and the verdict (status and missing paths) of `rule` on
    /// the form `json`, as of `as_of`.
    pub(crate) fn run(rule: &Rule<ProviderRegistration>, json: &str, as_of: &str) -> Run {
        let decoded = decode::from_json::<ProviderRegistration>(json).unwrap();
        let ctx = Context::new(crate::calendar::iso::parse(as_of).unwrap());
        let mut out = Outcome::default();
        let Check::Form(check) = rule.check else { unreachable!("a registration's rules judge the form") };
        check(&Input { form: &decoded.form, dropped: &decoded.problems }, &ctx, &mut out);
        Run { out }
    }

    fn params(params: &crate::report::Params) -> String {
        use crate::report::Param;
        let shown: Vec<String> = params
            .iter()
            .map(|(name, value)| match value {
                Param::Number(n) => format!("{name}={n}"),
                Param::Text(text) => format!("{name}={text}"),
                Param::List(list) => format!("{name}=[{}]", list.join(",")),
            })
            .collect();
        if shown.is_empty() {
            String::new()
        } else {
            format!(" {{{}}}", shown.join(", "))
        }
    }

    /// What a rule found.
    pub(crate) struct Run {
        pub out: Outcome,
    }

    impl Run {
        /// Each finding as `code at path`, then its params as `{name=value, ...}`, in the order
        /// found.
        pub fn found(&self) -> Vec<String> {
            self.out
                .findings
                .iter()
                .map(|f| format!("{} at {}{}", f.code.as_str(), f.path, params(&f.params)))
                .collect()
        }

        /// The one verdict's status, or `None` when the rule judged nothing.
        pub fn status(&self) -> Option<Status> {
            assert!(self.out.verdicts.len() <= 1, "one verdict at most");
            self.out.verdicts.first().map(|verdict| verdict.status)
        }

        /// The facts the verdict still lacks.
        pub fn missing(&self) -> Vec<String> {
            self.out.verdicts.iter().flat_map(|verdict| verdict.missing.iter().map(ToString::to_string)).collect()
        }
    }
}
