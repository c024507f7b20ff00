//! What a supervisor's diplomas and experience periods prove, read without reporting anything:
//! SUP-003 and SUP-002 report what is wrong in them, SUP-001 and SUP-002 judge from them. Months
//! are counted as `calendar::months` documents: periods merged so overlaps count once, ongoing
//! periods run to the as-of date, and nothing after the as-of date counts.

use crate::calendar::months::{self, Period};
use crate::context::Context;
use crate::model::keys::key;
use crate::model::{Diploma, ExperiencePeriod, Path, Supervisor};
use crate::rules::fields::{self, parse_date, DateField};

/// One diploma as typed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DiplomaReading<'a> {
    /// The date it was obtained.
    pub obtained: DateField,
    /// Obtained after the as-of date.
    pub in_future: bool,
    /// Its code, when one is typed.
    pub code: Option<&'a str>,
    /// Named by a code or a title.
    pub named: bool,
    /// Its code is on the relevant-diploma list.
    pub listed: bool,
}

/// Reads one diploma.
pub(crate) fn diploma<'a>(diploma: &'a Diploma, ctx: &Context) -> DiplomaReading<'a> {
    let obtained = parse_date(diploma.obtained.as_deref());
    let code = diploma.code.as_deref().filter(|c| !c.trim().is_empty());
    DiplomaReading {
        obtained,
        in_future: obtained.date().is_some_and(|date| date > ctx.as_of),
        code,
        named: code.is_some() || fields::filled(diploma.title.as_deref()),
        listed: code.is_some_and(|c| crate::context::is_listed(&ctx.params.relevant_diplomas, c)),
    }
}

/// One experience period as typed, and what it can count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodReading {
    /// No valid start date: it cannot count until it has one.
    Undated,
    /// It ends before it starts.
    Reversed,
    /// It starts after the as-of date: it does not count yet.
    InFuture,
    /// Its end date is typed but is not a date.
    EndInvalid,
    /// It counts from `from` to `to` (up to the as-of date), as relevant as `relevant` says.
    Counted {
        /// The stretch it counts.
        period: Period,
        /// Whether it is relevant experience, when answered.
        relevant: Option<bool>,
    },
}

/// Reads one period.
pub(crate) fn period(period: &ExperiencePeriod, ctx: &Context) -> PeriodReading {
    let Some(start) = parse_date(period.from.as_deref()).date() else { return PeriodReading::Undated };
    let to = parse_date(period.to.as_deref());
    if to.date().is_some_and(|end| end < start) {
        return PeriodReading::Reversed;
    }
    if start > ctx.as_of {
        return PeriodReading::InFuture;
    }
    if to == DateField::Invalid {
        return PeriodReading::EndInvalid;
    }
    let end = to.date().map_or(ctx.as_of, |end| end.min(ctx.as_of));
    PeriodReading::Counted { period: Period { from: start, to: end }, relevant: period.relevant }
}

/// Where a supervisor stands on the qualification (SUP-001), and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Standing {
    /// A listed diploma, obtained and dated right.
    ByDiploma,
    /// Enough relevant months.
    ByExperience,
    /// A diploma outside the list, which someone must judge; experience alone falls short.
    DiplomaToJudge,
    /// Neither diplomas nor periods given.
    NoEvidence,
    /// Periods whose date or relevance is missing could still make the months.
    Incomplete(Vec<Path>),
    /// Not qualified on the facts given: `short` months to go; `open` the periods still
    /// unanswered (they could not make the months).
    Short {
        /// Months still missing.
        short: u32,
        /// Periods with a missing answer.
        open: Vec<Path>,
    },
}

/// What the diplomas and periods prove together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Evidence {
    /// Relevant months counted.
    pub months: u32,
    /// Whether any period is given.
    pub has_periods: bool,
    /// Whether any diploma is given.
    pub has_diplomas: bool,
    /// The standing.
    pub standing: Standing,
}

/// The evidence of the supervisor at `at`.
pub(crate) fn of(supervisor: &Supervisor, at: &Path, ctx: &Context) -> Evidence {
    let diplomas = supervisor.diplomas.as_deref().unwrap_or_default();
    let periods = supervisor.experience.as_deref().unwrap_or_default();
    let (mut listed, mut unlisted) = (false, false);
    // A plain loop, not a filtered map: one generic copy less in the module.
    for item in diplomas {
        let reading = diploma(item, ctx);
        if !reading.named {
            continue;
        }
        if reading.listed {
            listed |= !reading.in_future && reading.obtained != DateField::Invalid;
        } else {
            unlisted |= !reading.in_future;
        }
    }
    let (mut relevant, mut unanswered, mut unanswered_paths, mut undated_paths) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let list = at.key(key!("experience"));
    for (index, item) in periods.iter().enumerate() {
        match period(item, ctx) {
            PeriodReading::Undated => undated_paths.push(list.index(index).key(key!("from"))),
            PeriodReading::EndInvalid => undated_paths.push(list.index(index).key(key!("to"))),
            PeriodReading::Reversed | PeriodReading::InFuture => {}
            PeriodReading::Counted { period, relevant: Some(true) } => relevant.push(period),
            PeriodReading::Counted { relevant: Some(false), .. } => {}
            PeriodReading::Counted { period, relevant: None } => {
                unanswered.push(period);
                unanswered_paths.push(list.index(index).key(key!("relevant")));
            }
        }
    }
    // The parameter in force on the as-of date (FAQ: "minimaal 2 jaar relevante ervaring").
    let required = ctx.params.experience_months;
    let months = months::total(&relevant).months;
    let (has_periods, has_diplomas) = (!periods.is_empty(), !diplomas.is_empty());
    let standing = if listed {
        Standing::ByDiploma
    } else if months >= required {
        Standing::ByExperience
    } else if unlisted {
        Standing::DiplomaToJudge
    } else if !has_diplomas && !has_periods {
        Standing::NoEvidence
    } else {
        relevant.extend_from_slice(&unanswered);
        let possible = months::total(&relevant).months;
        unanswered_paths.extend_from_slice(&undated_paths);
        if possible >= required || !undated_paths.is_empty() {
            Standing::Incomplete(unanswered_paths)
        } else {
            Standing::Short { short: required.saturating_sub(months), open: unanswered_paths }
        }
    };
    Evidence { months, has_periods, has_diplomas, standing }
}
