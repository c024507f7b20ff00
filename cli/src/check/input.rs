//! Reading the inputs as records, in order and in chunks: a JSON file is one record, an NDJSON
//! file or standard input one record per non-blank line. Nothing is held beyond the chunk being
//! filled, so memory stays flat whatever the batch size.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::SyncSender;
use std::sync::Arc;

/// The largest record read: the library refuses a form over 1 MB, and an envelope adds its
/// options; a longer line is reported without being held.
pub const MAX_RECORD_BYTES: usize = 2 * 1024 * 1024;
/// A chunk is sent when it holds this many records...
const CHUNK_RECORDS: usize = 512;
/// ... or this many bytes.
const CHUNK_BYTES: usize = 2 * 1024 * 1024;

/// One form as read, before it is judged.
#[derive(Debug)]
pub struct Record {
    /// The file (or `-`) it comes from.
    pub source: Arc<str>,
    /// Its line, 1-based, when the source is NDJSON.
    pub line: Option<u64>,
    /// Its text, or why there is none.
    pub body: Result<String, Unread>,
}

/// Why a record has no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// The file or folder could not be read (the operating system's reason).
    Io(String),
    /// The bytes are not UTF-8, so not JSON.
    NotUtf8,
    /// Longer than [`MAX_RECORD_BYTES`].
    TooLong,
}

/// Fills chunks of records and sends each, in input order, to the workers.
struct Chunks {
    to_workers: SyncSender<Vec<Record>>,
    chunk: Vec<Record>,
    bytes: usize,
}

/// The workers stopped (the output was closed): reading stops too.
struct Stopped;

impl Chunks {
    fn push(&mut self, record: Record) -> Result<(), Stopped> {
        self.bytes += record.body.as_ref().map_or(0, String::len);
        self.chunk.push(record);
        if self.chunk.len() >= CHUNK_RECORDS || self.bytes >= CHUNK_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), Stopped> {
        if self.chunk.is_empty() {
            return Ok(());
        }
        self.bytes = 0;
        let chunk = std::mem::replace(&mut self.chunk, Vec::with_capacity(CHUNK_RECORDS));
        self.to_workers.send(chunk).map_err(|_| Stopped)
    }
}

/// Reads every input in order and sends its records in chunks; returns when all are sent or
/// the workers stopped.
pub fn read_all(inputs: &[PathBuf], to_workers: SyncSender<Vec<Record>>) {
    let mut chunks = Chunks { to_workers, chunk: Vec::with_capacity(CHUNK_RECORDS), bytes: 0 };
    let read = inputs.iter().try_for_each(|input| read_input(input, &mut chunks));
    if read.is_ok() {
        let _ = chunks.flush();
    }
}

fn read_input(input: &Path, chunks: &mut Chunks) -> Result<(), Stopped> {
    if input.as_os_str() == "-" {
        return read_lines(io::stdin().lock(), Arc::from("-"), chunks);
    }
    let source: Arc<str> = Arc::from(input.to_string_lossy().as_ref());
    match std::fs::metadata(input) {
        Ok(meta) if meta.is_dir() => read_dir(input, chunks),
        Ok(_) => read_file(input, source, chunks),
        Err(error) => chunks.push(unreadable(source, &error)),
    }
}

/// A folder's forms: its `.json`, `.ndjson` and `.jsonl` files and those of its folders, by
/// name, so a batch reads the same way on every machine. A link to a folder inside it is not
/// followed (a link to a file is): a folder that links to itself or to a folder above it would
/// otherwise be read without end. A folder named on the command line is read even when the
/// name is a link.
fn read_dir(dir: &Path, chunks: &mut Chunks) -> Result<(), Stopped> {
    let entries = match std::fs::read_dir(dir).and_then(|entries| entries.collect::<io::Result<Vec<_>>>()) {
        Ok(entries) => entries,
        Err(error) => return chunks.push(unreadable(Arc::from(dir.to_string_lossy().as_ref()), &error)),
    };
    let mut paths: Vec<(PathBuf, bool)> =
        entries.into_iter().map(|entry| (entry.path(), entry.file_type().is_ok_and(|kind| kind.is_dir()))).collect();
    paths.sort();
    for (path, is_dir) in paths {
        if is_dir {
            read_dir(&path, chunks)?;
        } else if path.is_dir() {
            // A link to a folder: not followed (see above).
        } else if is_ndjson(&path) || path.extension().is_some_and(|ext| ext == "json") {
            read_file(&path, Arc::from(path.to_string_lossy().as_ref()), chunks)?;
        }
    }
    Ok(())
}

fn is_ndjson(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "ndjson" || ext == "jsonl")
}

fn read_file(path: &Path, source: Arc<str>, chunks: &mut Chunks) -> Result<(), Stopped> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(error) => return chunks.push(unreadable(source, &error)),
    };
    if is_ndjson(path) {
        return read_lines(BufReader::new(file), source, chunks);
    }
    let mut bytes = Vec::new();
    let body = match file.take(MAX_RECORD_BYTES as u64 + 1).read_to_end(&mut bytes) {
        Err(error) => Err(Unread::Io(error.to_string())),
        Ok(_) if bytes.len() > MAX_RECORD_BYTES => Err(Unread::TooLong),
        Ok(_) => utf8(bytes),
    };
    chunks.push(Record { source, line: None, body })
}

/// NDJSON: a record per non-blank line, numbered as the file numbers them.
fn read_lines(mut reader: impl BufRead, source: Arc<str>, chunks: &mut Chunks) -> Result<(), Stopped> {
    let mut number = 0u64;
    loop {
        number += 1;
        let mut bytes = Vec::new();
        let read = (&mut reader).take(MAX_RECORD_BYTES as u64 + 1).read_until(b'\n', &mut bytes);
        let body = match read {
            Ok(0) => return Ok(()),
            Err(error) => {
                // The rest of the stream cannot be trusted to line up: report it and stop.
                return chunks.push(Record { source, line: Some(number), body: Err(Unread::Io(error.to_string())) });
            }
            Ok(_) if bytes.len() > MAX_RECORD_BYTES && bytes.last() != Some(&b'\n') => {
                if skip_line(&mut reader).is_err() {
                    return chunks.push(Record { source, line: Some(number), body: Err(Unread::TooLong) });
                }
                Err(Unread::TooLong)
            }
            Ok(_) => {
                if number == 1 && bytes.starts_with(BOM) {
                    bytes.drain(..BOM.len());
                }
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                String::from_utf8(bytes).map_err(|_| Unread::NotUtf8)
            }
        };
        chunks.push(Record { source: Arc::clone(&source), line: Some(number), body })?;
    }
}

/// The UTF-8 byte order mark, which some editors write at the start of a file: no part of the
/// JSON, so it is skipped at the start of a file or a stream.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// A whole file's text, without a byte order mark at its start.
fn utf8(mut bytes: Vec<u8>) -> Result<String, Unread> {
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    String::from_utf8(bytes).map_err(|_| Unread::NotUtf8)
}

/// Reads past the end of an over-long line without keeping it.
fn skip_line(reader: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|&byte| byte == b'\n') {
            Some(end) => {
                reader.consume(end + 1);
                return Ok(());
            }
            None => {
                let length = buffer.len();
                reader.consume(length);
            }
        }
    }
}

fn unreadable(source: Arc<str>, error: &io::Error) -> Record {
    Record { source, line: None, body: Err(Unread::Io(error.to_string())) }
}
