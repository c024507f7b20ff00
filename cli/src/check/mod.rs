//! `maatwerk check`: a reader thread reads the inputs in chunks, the rayon pool judges each
//! chunk's records in parallel, and a writer thread writes the results in input order. At most
//! a few chunks are in flight (bounded channels), so memory stays flat whatever the batch size.

mod input;
mod render;
mod verdict;

use crate::args::{CheckArgs, CheckFormat};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use maatwerk::{Mapping, Options, OptionsError};
use rayon::prelude::*;
use render::{Rendered, Verdict};
use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver};
use std::thread;
use verdict::Judge;

/// The mapping in a file, or why it cannot be used (named for the user, without its content).
fn read_mapping(path: &std::path::Path) -> Result<Mapping, String> {
    let text = std::fs::read_to_string(path).map_err(|error| format!("--mapping {}: {error}", path.display()))?;
    Mapping::from_json(text.trim_start_matches('\u{feff}'))
        .map_err(|error| format!("--mapping {}: {error}", path.display()))
}

/// Runs `check`; the exit status is 0 when every form is valid, 1 when some are not (or are
/// not forms), 2 on a usage or read error.
pub fn run(args: CheckArgs) -> ExitCode {
    if let Some(status) = crate::stdout_closed() {
        return status;
    }
    let mapping = match args.mapping.as_deref().map(read_mapping).transpose() {
        Ok(mapping) => mapping,
        Err(message) => return usage(&message),
    };
    let options = Options { as_of: args.as_of, locale: Some(args.locale.into()), parameters: None, mapping };
    let judge = match Judge::new(args.kind.map(Into::into), options, chrono::Local::now().date_naive()) {
        Ok(judge) => judge,
        Err(error @ OptionsError::Mapping(_)) => return usage(&format!("--mapping: {error}")),
        Err(error) => return usage(&format!("--as-of: {error}")),
    };
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(args.jobs.unwrap_or(0)).build() {
        Ok(pool) => pool,
        Err(error) => return usage(&format!("cannot start the workers: {error}")),
    };
    let format = args.format;
    let (to_workers, from_reader) = sync_channel(1);
    let (to_writer, from_workers) = sync_channel::<Vec<Rendered>>(1);
    let inputs = args.inputs;
    let reader = thread::spawn(move || input::read_all(&inputs, to_workers));
    let writer = thread::spawn(move || write_all(&from_workers, format));
    for chunk in from_reader {
        let rendered: Vec<Rendered> =
            pool.install(|| chunk.into_par_iter().map(|record| render::render(&judge.judge(record), format)).collect());
        if to_writer.send(rendered).is_err() {
            break;
        }
    }
    drop(to_writer);
    match writer.join() {
        Ok(Ok(tally)) => {
            // Everything read was written, so the reader has ended.
            let _ = reader.join();
            tally.status()
        }
        // Otherwise the reader is not waited for: it may be blocked on an input that has not
        // ended, and the process's exit ends it.
        Ok(Err(error)) => crate::output_lost(&error),
        Err(_) => ExitCode::from(2),
    }
}

fn usage(message: &str) -> ExitCode {
    let _ = writeln!(io::stderr(), "maatwerk check: {message}");
    ExitCode::from(2)
}

/// What the batch came to.
#[derive(Default)]
struct Tally {
    valid: u64,
    not_valid: u64,
    unusable: u64,
    by_code: BTreeMap<&'static str, u64>,
}

impl Tally {
    fn count(&mut self, rendered: &Rendered) {
        match rendered.verdict {
            Verdict::Valid => self.valid += 1,
            Verdict::NotValid => self.not_valid += 1,
            Verdict::Unusable => self.unusable += 1,
        }
        for code in &rendered.codes {
            *self.by_code.entry(code.as_str()).or_default() += 1;
        }
    }

    fn status(&self) -> ExitCode {
        ExitCode::from(if self.unusable > 0 {
            2
        } else if self.not_valid > 0 {
            1
        } else {
            0
        })
    }

    /// The people's summary: the counts, then every code with how often it was found, most
    /// frequent first.
    fn summary(&self) -> String {
        let total = self.valid + self.not_valid + self.unusable;
        let mut out = format!(
            "\n{total} form{}: {} valid, {} not valid, {} not checked\n",
            if total == 1 { "" } else { "s" },
            self.valid,
            self.not_valid,
            self.unusable
        );
        let mut codes: Vec<(&str, u64)> = self.by_code.iter().map(|(code, n)| (*code, *n)).collect();
        codes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        if !codes.is_empty() {
            out.push_str("issues by code:\n");
            for (code, n) in codes {
                out.push_str(&format!("{n:>8}  {code}\n"));
            }
        }
        out
    }
}

/// Writes the chunks in the order they come (input order); a progress bar on standard error
/// when that is a terminal, none otherwise.
fn write_all(chunks: &Receiver<Vec<Rendered>>, format: CheckFormat) -> io::Result<Tally> {
    let stdout = io::stdout();
    let progress = progress_bar();
    let watched = !progress.is_hidden();
    let mut out = io::BufWriter::with_capacity(256 * 1024, stdout.lock());
    let mut tally = Tally::default();
    let mut first = true;
    if format == CheckFormat::Json {
        out.write_all(b"[")?;
    }
    for chunk in chunks {
        progress.suspend(|| -> io::Result<()> {
            for rendered in &chunk {
                match format {
                    CheckFormat::Text => out.write_all(rendered.text.as_bytes())?,
                    CheckFormat::Ndjson => {
                        out.write_all(rendered.text.as_bytes())?;
                        out.write_all(b"\n")?;
                    }
                    CheckFormat::Json => {
                        out.write_all(if first { b"\n" } else { b",\n" })?;
                        out.write_all(rendered.text.as_bytes())?;
                    }
                }
                first = false;
                tally.count(rendered);
            }
            // Flushed per chunk when people watch, so lines appear as they are judged.
            if watched {
                out.flush()
            } else {
                Ok(())
            }
        })?;
        progress.inc(chunk.len() as u64);
    }
    progress.finish_and_clear();
    match format {
        CheckFormat::Json => out.write_all(if first { b"]\n" } else { b"\n]\n" })?,
        CheckFormat::Text => out.write_all(tally.summary().as_bytes())?,
        CheckFormat::Ndjson => {}
    }
    out.flush()?;
    Ok(tally)
}

/// A spinner with the count and rate on standard error, drawn only when standard error is a
/// terminal; when standard output is one too, lines are written under it (`suspend`).
fn progress_bar() -> ProgressBar {
    let target = if io::stderr().is_terminal() { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() };
    let bar = ProgressBar::with_draw_target(None, target);
    if let Ok(style) = ProgressStyle::with_template("{spinner} {human_pos} forms checked, {rate} forms/s, {elapsed}") {
        // Whole forms per second: indicatif's own `per_sec` shows four decimals.
        bar.set_style(style.with_key("rate", |state: &ProgressState, out: &mut dyn std::fmt::Write| {
            let _ = write!(out, "{:.0}", state.per_sec());
        }));
    }
    bar
}
