//! Which issue shows where, decided without touching the DOM: next to its control, at the
//! nearest `data-path` container above it, or in the summary only; and which issues wait
//! until their field is touched or the form submitted.

use crate::model::Path;
use crate::report::{Issue, Severity};
use std::collections::BTreeMap;

/// Where an issue's message sits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Anchor {
    /// Next to the control(s) named with this path.
    Control(Path),
    /// In the container element whose `data-path` is this path.
    Container(Path),
}

impl Anchor {
    /// The path the anchor stands for.
    pub fn path(&self) -> &Path {
        match self {
            Self::Control(path) | Self::Container(path) => path,
        }
    }
}

/// What the user has done so far: issues appear after the field was touched (blur or change),
/// all of them after a submit attempt.
#[derive(Debug, Clone, Default)]
pub(super) struct Shown {
    /// A submit was attempted (or `validate()` was called).
    pub submitted: bool,
    /// Paths of the controls that were touched.
    pub touched: Vec<Path>,
}

impl Shown {
    /// Whether an issue at `path` is shown: a container's issue shows as soon as a control
    /// inside it is touched; a whole-form issue (`[]`) only after submit.
    pub fn shows(&self, path: &Path) -> bool {
        self.submitted || (!path.segments().is_empty() && self.touched.iter().any(|t| t.starts_with(path)))
    }
}

/// The layout of one report.
#[derive(Debug, Default)]
pub(super) struct Plan<'r> {
    /// Messages next to fields, per anchor, in report order.
    pub fields: BTreeMap<Anchor, Vec<&'r Issue>>,
    /// The summary's entries: every error once a submit was attempted, with its anchor when
    /// it has one (the link target).
    pub summary: Vec<(Option<Anchor>, &'r Issue)>,
}

/// Places the report's issues. `controls` are the paths of the visible controls, `containers`
/// the `data-path` values found in the form.
pub(super) fn plan<'r>(issues: &'r [Issue], controls: &[&Path], containers: &[&Path], shown: &Shown) -> Plan<'r> {
    let mut plan = Plan::default();
    for issue in issues {
        let anchor = anchor(&issue.path, controls, containers);
        if shown.submitted && issue.severity == Severity::Error {
            plan.summary.push((anchor.clone(), issue));
        }
        if let Some(anchor) = anchor.filter(|_| shown.shows(&issue.path)) {
            plan.fields.entry(anchor).or_default().push(issue);
        }
    }
    plan
}

/// The control at `path`, else the nearest control or container on the way up to the root.
fn anchor(path: &Path, controls: &[&Path], containers: &[&Path]) -> Option<Anchor> {
    let segments = path.segments();
    (1..=segments.len()).rev().find_map(|len| {
        let prefix = Path::from(segments.get(..len)?.to_vec());
        if controls.contains(&&prefix) {
            Some(Anchor::Control(prefix))
        } else if containers.contains(&&prefix) {
            Some(Anchor::Container(prefix))
        } else {
            None
        }
    })
}
