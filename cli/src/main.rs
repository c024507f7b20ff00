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
    if let Some(status) = stdout_closed() {
        return status;
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => output_lost(&error),
    }
}

/// Status 2 with a message when the command was started with standard output closed.
///
/// Rust's runtime opens `/dev/null` (read-write) in place of a standard descriptor that is
/// closed when the process starts, so every write would succeed and the answer be lost in
/// silence, with the batch's status as if it had been written. A shell's `>/dev/null` opens
/// it write-only: only the runtime's own stand-in is read-write. Linux tells through /proc;
/// elsewhere a closed output is not told apart.
pub(crate) fn stdout_closed() -> Option<ExitCode> {
    #[cfg(target_os = "linux")]
    {
        let stand_in = std::fs::read_link("/proc/self/fd/1")
            .is_ok_and(|target| target == std::path::Path::new("/dev/null"))
            && std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|info| {
                info.lines()
                    .find_map(|line| line.strip_prefix("flags:"))
                    .and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok())
                    // O_ACCMODE and O_RDWR.
                    .is_some_and(|flags| flags & 3 == 2)
            });
        if stand_in {
            let closed = std::io::Error::new(std::io::ErrorKind::BrokenPipe, "standard output is closed");
            return Some(output_lost(&closed));
        }
    }
    None
}

/// Status 2, and why on standard error: the output could not be written.
pub(crate) fn output_lost(error: &std::io::Error) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "maatwerk: cannot write the output: {error}");
    ExitCode::from(2)
}
