//! A form of any kind, as the engine reaches it. What differs per kind is the type a form
//! decodes into and its rules; the engine's machinery (running the rules, a session's change,
//! the validator's calls) reaches both through [`Judged`], a trait object, so it is compiled
//! once and not once per kind. Each kind gives only the few small methods of [`Judged`].

use super::due::{due, Selected};
use super::Form;
use crate::context::Context;
use crate::model::decode::{self, InputError, ItemLimit, ListItem, Set, SetError, ShapeProblem, Slot, Text};
use crate::model::Path;
use crate::model::{Application, Kind, ProviderRegistration, Supervisor, SupportPlan};
use crate::rules::outcome::Outcome;
use crate::rules::rule::{Check, Input, RuleHead};

/// A decoded form of whatever kind, with its kind's rules.
pub(crate) trait Judged {
    /// How many rules the form's kind has.
    fn rule_count(&self) -> usize;
    /// The rule at `index` in report order, without its check.
    fn head(&self, index: usize) -> Option<RuleHead>;
    /// Runs the checks on this form of the rules that are [`due`] (each rule's outcome at its
    /// index in `outcomes`); whether any rule judges the tally instead. One call for all the
    /// rules: the loop is this kind's own, and what it calls is written once.
    fn check_rules(
        &self,
        dropped: &[ShapeProblem],
        ctx: &Context,
        outcomes: &mut [Outcome],
        selected: Selected<'_>,
    ) -> bool;
    /// The form as the decoder's traversals reach it, with its shape's kind: reading, setting
    /// and the form-wide bound are written once over it (below), and this is all each kind
    /// adds to them.
    fn root(&mut self) -> (Slot<'_>, decode::Kind);
}

impl dyn Judged + '_ {
    /// Reads `text` into this form (empty): the problems found and the list items read.
    pub(crate) fn read(&mut self, text: Text<'_>) -> Result<(Vec<ShapeProblem>, usize), InputError> {
        decode::read_with(text, self.root().0)
    }

    /// Sets what `path` names from `text` (a session's change).
    pub(crate) fn set(&mut self, path: &Path, text: Text<'_>) -> Result<Set, SetError> {
        let (root, kind) = self.root();
        decode::set_in(root, kind, path, text)
    }

    /// Leaves out the list items past the form-wide bound (see `decode::limit_form_items`).
    pub(crate) fn limit_items(&mut self, problems: &mut Vec<ShapeProblem>) -> ItemLimit {
        decode::limit_root(self.root().0, problems)
    }

    /// Puts back the items [`Self::limit_items`] left out.
    pub(crate) fn restore_items(&mut self, cut: ItemLimit) {
        decode::restore_root(self.root().0, cut);
    }
}

impl<F: Form> Judged for F {
    fn rule_count(&self) -> usize {
        F::rules().len()
    }

    fn head(&self, index: usize) -> Option<RuleHead> {
        F::rules().get(index).map(|rule| rule.head())
    }

    fn check_rules(
        &self,
        dropped: &[ShapeProblem],
        ctx: &Context,
        outcomes: &mut [Outcome],
        selected: Selected<'_>,
    ) -> bool {
        let mut tallied = false;
        for (index, (rule, outcome)) in F::rules().iter().zip(outcomes).enumerate() {
            match rule.check {
                Check::Tally(_) => tallied = true,
                Check::Form(check) => {
                    if due(&rule.head(), index, selected, ctx, outcome) {
                        check(&Input { form: self, dropped }, ctx, outcome);
                    }
                }
            }
        }
        tallied
    }

    fn root(&mut self) -> (Slot<'_>, decode::Kind) {
        (ListItem::item(self), F::KIND)
    }
}

/// A form of one of the four kinds, held by value: a validation reads into it without an
/// allocation of its own, and a session keeps it.
#[derive(Debug, Clone)]
pub(crate) enum AnyForm {
    Application(Application),
    ProviderRegistration(ProviderRegistration),
    SupportPlan(SupportPlan),
    Supervisor(Supervisor),
}

impl AnyForm {
    /// The empty form of `kind`, which a read fills.
    fn empty(kind: Kind) -> Self {
        match kind {
            Kind::Application => Self::Application(Application::default()),
            Kind::ProviderRegistration => Self::ProviderRegistration(ProviderRegistration::default()),
            Kind::SupportPlan => Self::SupportPlan(SupportPlan::default()),
            Kind::Supervisor => Self::Supervisor(Supervisor::default()),
        }
    }

    /// A form of `kind` read from `text`, every list item kept, with the problems found and
    /// the list items it holds. Text that was not read is an empty form with one problem.
    pub(crate) fn read(kind: Kind, text: Text<'_>) -> Result<(Self, Vec<ShapeProblem>, usize), InputError> {
        let mut form = Self::empty(kind);
        let (problems, items) = form.get_mut().read(text)?;
        Ok((form, problems, items))
    }

    /// The form's kind.
    pub(crate) fn kind(&self) -> Kind {
        match self {
            Self::Application(_) => Kind::Application,
            Self::ProviderRegistration(_) => Kind::ProviderRegistration,
            Self::SupportPlan(_) => Kind::SupportPlan,
            Self::Supervisor(_) => Kind::Supervisor,
        }
    }

    /// The form, for the engine to judge.
    pub(crate) fn get(&self) -> &dyn Judged {
        match self {
            Self::Application(form) => form,
            Self::ProviderRegistration(form) => form,
            Self::SupportPlan(form) => form,
            Self::Supervisor(form) => form,
        }
    }

    /// The form, for the decoder to read or set.
    pub(crate) fn get_mut(&mut self) -> &mut dyn Judged {
        match self {
            Self::Application(form) => form,
            Self::ProviderRegistration(form) => form,
            Self::SupportPlan(form) => form,
            Self::Supervisor(form) => form,
        }
    }
}
