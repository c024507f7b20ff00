//! The command line's grammar (clap): subcommands, their options and the names of the values.

use clap::{Args, Parser, Subcommand, ValueEnum};
use maatwerk::{Kind, Locale};
use std::path::PathBuf;

/// Checks the forms of the Flemish "individueel maatwerk" scheme with the same verdicts as the
/// browser and Node.
#[derive(Debug, Parser)]
#[command(name = "maatwerk", version)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validates forms: JSON files, folders of them, NDJSON files (.ndjson, .jsonl) or NDJSON on
    /// standard input (`-`, the default). A record is a form, or an envelope
    /// `{"kind", "form", "asOf"?, "locale"?, "parameters"?}` whose values win over the options.
    /// Exit status: 0 every form valid, 1 some not valid (or not JSON), 2 a usage or read error.
    Check(CheckArgs),
    /// Prints the rule catalogue.
    Rules {
        /// Language of the texts.
        #[arg(long, value_enum, default_value_t = LocaleArg::Nl)]
        locale: LocaleArg,
        /// `markdown` for people, `json` as the library's `rules(locale)` gives it.
        #[arg(long, value_enum, default_value_t = RulesFormat::Markdown)]
        format: RulesFormat,
    },
    /// Prints the JSON Schema (2020-12) of a form's wire shape.
    Schema {
        /// The form.
        #[arg(value_enum)]
        kind: KindArg,
    },
}

/// The options of `check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The kind of the forms that are not in an envelope.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// The date of the verdicts, YYYY-MM-DD; default today (this machine's local date).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t = LocaleArg::Nl)]
    pub locale: LocaleArg,
    /// A JSON file mapping a portal's form shape to the wire's (the library's `Mapping`, the
    /// same JSON as the package's `options.mapping`): the forms of `--kind` are read in the
    /// portal's shape, and each issue gets its `portalPath`.
    #[arg(long, value_name = "FILE", requires = "kind")]
    pub mapping: Option<PathBuf>,
    /// `text` for people; `json` (one array) or `ndjson` (one line per form, in input order)
    /// with each form's Report as the library gives it.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Worker threads; default one per core.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// JSON files, folders (their .json, .ndjson and .jsonl files, recursively; links to
    /// folders inside them are not followed) or `-`.
    #[arg(value_name = "FILE|DIR|-", default_value = "-")]
    pub inputs: Vec<PathBuf>,
}

/// Output of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Per form valid or not, its issues, and a summary by code.
    Text,
    /// One JSON array of results.
    Json,
    /// One JSON result per line.
    Ndjson,
}

/// Output of `rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// A section per rule.
    Markdown,
    /// The catalogue as JSON.
    Json,
}

/// A form kind as the wire names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// The employer's (or self-employed person's) application.
    #[value(name = "application")]
    Application,
    /// An external service provider's registration.
    #[value(name = "providerRegistration")]
    ProviderRegistration,
    /// The support plan.
    #[value(name = "supportPlan")]
    SupportPlan,
    /// One qualified supervisor.
    #[value(name = "supervisor")]
    Supervisor,
}

impl From<KindArg> for Kind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Application => Kind::Application,
            KindArg::ProviderRegistration => Kind::ProviderRegistration,
            KindArg::SupportPlan => Kind::SupportPlan,
            KindArg::Supervisor => Kind::Supervisor,
        }
    }
}

/// The wire name of a kind, as `--kind` and an envelope's `kind` spell it.
pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Application => "application",
        Kind::ProviderRegistration => "providerRegistration",
        Kind::SupportPlan => "supportPlan",
        Kind::Supervisor => "supervisor",
    }
}

/// A locale as the options name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LocaleArg {
    /// Dutch.
    Nl,
    /// French.
    Fr,
    /// English.
    En,
    /// German.
    De,
}

impl From<LocaleArg> for Locale {
    fn from(locale: LocaleArg) -> Self {
        match locale {
            LocaleArg::Nl => Locale::Nl,
            LocaleArg::Fr => Locale::Fr,
            LocaleArg::En => Locale::En,
            LocaleArg::De => Locale::De,
        }
    }
}
