//! `maatwerk`: the back office's command line. It checks batches of forms with the library's
//! verdicts (`check`), prints the rule catalogue (`rules`) and the JSON Schema of a form's wire
//! shape (`schema`). Every verdict comes from the library's public API; no rule lives here.

mod args;
mod check;
mod rules;
mod schema;

use args::{Cli, Command};
use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(check_args) => check::run(check_args),
        Command::Rules { locale, format } => print(&rules::render(locale.into(), format)),
        Command::Schema { kind } => print(&schema::render(kind.into())),
    }
}

/// Prints a whole answer; a failed write (a closed pipe) is a read/write error, status 2.
fn print(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(2),
    }
}
