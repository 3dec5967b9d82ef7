//! [`Screen`]: the iterator over a record stream. Sequentially it reads, decodes and
//! evaluates one record at a time; with the `rayon` feature and more than one job it reads
//! the next chunk while the pool decodes and evaluates the current one, and yields the
//! results in input order.

use std::io::{BufRead, BufReader, Read};
use std::sync::Arc;

use super::CohortError;
use super::mapping::{CsvMapping, CsvPlan};
use super::record::{Record, RecordError, Screened, decode_json};
use crate::profile::MAX_PROFILE_BYTES;
use crate::reference::ReferenceStandard;

/// Records per chunk in parallel runs (two chunks are held at a time).
pub const DEFAULT_CHUNK: usize = 4096;

/// How a [`Screen`] runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ScreenOptions {
    /// The reference standard for thresholds.
    pub standard: ReferenceStandard,
    /// Threads: 1 runs in the calling thread; more need the `rayon` feature.
    pub jobs: usize,
    /// Records per chunk when `jobs` > 1.
    pub chunk: usize,
}

impl ScreenOptions {
    /// Sequential screening under `standard`.
    pub fn new(standard: ReferenceStandard) -> Self {
        Self { standard, jobs: 1, chunk: DEFAULT_CHUNK }
    }

    /// Screens with `jobs` threads (a rayon pool of its own; 0 means one per core), in chunks
    /// of [`chunk`](Self::chunk) records; results stay in input order.
    #[cfg(feature = "rayon")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rayon")))]
    pub fn jobs(mut self, jobs: usize) -> Self {
        self.jobs = if jobs == 0 { std::thread::available_parallelism().map_or(1, |n| n.get()) } else { jobs };
        self
    }

    /// Records per chunk in parallel runs (at least 1).
    pub fn chunk(mut self, chunk: usize) -> Self {
        self.chunk = chunk.max(1);
        self
    }
}

/// One record as read, before decoding: its line, its bytes (NDJSON) or fields (CSV), or an
/// error found while reading.
#[derive(Debug, Default)]
struct Raw {
    line: u64,
    bytes: Vec<u8>,
    fields: csv::ByteRecord,
    error: Option<RecordError>,
}

/// Reads raw records.
enum Input<R> {
    Ndjson { reader: BufReader<R>, next_line: u64, failed: bool },
    Csv { reader: Box<csv::Reader<R>>, failed: bool },
}

impl<R: Read> Input<R> {
    /// Reads the next record into `raw`; `false` at the end of the input.
    fn read(&mut self, raw: &mut Raw) -> bool {
        raw.error = None;
        match self {
            Self::Ndjson { reader, next_line, failed } => {
                if *failed {
                    return false;
                }
                let more = read_line(reader, next_line, raw);
                *failed = matches!(raw.error, Some(RecordError::Read { .. }));
                more
            }
            Self::Csv { reader, failed } => {
                if *failed {
                    return false;
                }
                let line = reader.position().line();
                match reader.read_byte_record(&mut raw.fields) {
                    Ok(more) => {
                        raw.line = raw.fields.position().map_or(line, |p| p.line());
                        let size = raw.fields.as_slice().len();
                        if more && size > MAX_PROFILE_BYTES {
                            raw.error = Some(RecordError::TooLarge { line: raw.line, size, limit: MAX_PROFILE_BYTES });
                        }
                        more
                    }
                    Err(e) => {
                        raw.line = e.position().map_or(line, |p| p.line());
                        // Only I/O errors are possible with byte records and flexible rows:
                        // the input cannot be read further.
                        *failed = true;
                        raw.error = Some(RecordError::Read { line: raw.line, message: e.to_string() });
                        true
                    }
                }
            }
        }
    }
}

/// Reads one non-blank NDJSON line (without its line break) into `raw.bytes`, keeping at
/// most [`MAX_PROFILE_BYTES`] + 1 bytes of it.
fn read_line<R: Read>(reader: &mut BufReader<R>, next_line: &mut u64, raw: &mut Raw) -> bool {
    loop {
        raw.bytes.clear();
        raw.line = *next_line;
        let (mut size, mut ended) = (0usize, false);
        loop {
            let buf = match reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    raw.error = Some(RecordError::Read { line: raw.line, message: e.to_string() });
                    return true;
                }
            };
            if buf.is_empty() {
                break;
            }
            let (take, newline) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i, true),
                None => (buf.len(), false),
            };
            let room = (MAX_PROFILE_BYTES + 1).saturating_sub(raw.bytes.len());
            raw.bytes.extend_from_slice(&buf[..take.min(room)]);
            size += take;
            reader.consume(take + usize::from(newline));
            if newline {
                ended = true;
                break;
            }
        }
        if size == 0 && !ended {
            return false;
        }
        *next_line += 1;
        if raw.line == 1 && raw.bytes.starts_with("\u{feff}".as_bytes()) {
            raw.bytes.drain(..3);
            size -= 3;
        }
        if raw.bytes.last() == Some(&b'\r') {
            raw.bytes.pop();
            size -= 1;
        }
        if size > MAX_PROFILE_BYTES {
            raw.error = Some(RecordError::TooLarge { line: raw.line, size, limit: MAX_PROFILE_BYTES });
            return true;
        }
        if !raw.bytes.trim_ascii().is_empty() {
            return true;
        }
    }
}

/// Decodes raw records (shared by the threads).
#[derive(Clone, Debug)]
enum Decoder {
    Ndjson,
    Csv(Arc<CsvPlan>),
}

impl Decoder {
    fn screen(&self, raw: &Raw, standard: ReferenceStandard) -> Record {
        if let Some(error) = &raw.error {
            return Record { line: raw.line, id: None, weight: None, outcome: Err(error.clone()) };
        }
        let (id, weight, profile) = match self {
            Self::Ndjson => decode_json(raw.line, &raw.bytes),
            Self::Csv(plan) => plan.decode(raw.line, &raw.fields),
        };
        Record { line: raw.line, id, weight, outcome: profile.map(|p| Screened::of(&p, standard)) }
    }
}

/// An iterator of one [`Record`] per input record, in input order.
///
/// ```
/// use calcification::cohort::{CsvMapping, Screen, ScreenOptions};
/// use calcification::{Caution, ReferenceStandard};
///
/// let mapping = CsvMapping::from_json(r#"{"id": "SEQN", "columns": {
///     "LBXVIDMS": {"field": "labs.serum_25_hydroxyvitamin_d", "unit": "nmol/L"}}}"#)?;
/// let csv = "SEQN,LBXVIDMS\n1,20.5\n2,\n3,high\n";
/// let records: Vec<_> = Screen::csv(csv.as_bytes(), &mapping, ScreenOptions::new(ReferenceStandard::Iom))?.collect();
/// assert!(records[0].outcome.as_ref().unwrap().sets.fired.contains(Caution::VitaminDDeficiency));
/// assert!(records[1].outcome.as_ref().unwrap().sets.not_assessed.contains(Caution::VitaminDDeficiency));
/// let error = records[2].outcome.as_ref().unwrap_err();
/// assert_eq!(error.to_string(), r#"line 4, column LBXVIDMS: expected a number (labs.serum_25_hydroxyvitamin_d), found "high""#);
/// assert_eq!(records[2].id.as_deref(), Some("3"));
/// # Ok::<(), calcification::cohort::CohortError>(())
/// ```
pub struct Screen<R> {
    input: Input<R>,
    decoder: Decoder,
    options: ScreenOptions,
    raw: Raw,
    done: bool,
    #[cfg(feature = "rayon")]
    parallel: Option<Parallel>,
}

#[cfg(feature = "rayon")]
struct Parallel {
    pool: rayon::ThreadPool,
    /// The chunk read ahead, to be screened next.
    ahead: Vec<Raw>,
    ahead_len: usize,
    /// A spare chunk to read into.
    spare: Vec<Raw>,
    ready: std::collections::VecDeque<Record>,
    results: Vec<Record>,
}

impl<R: Read + Send> Screen<R> {
    /// Screens NDJSON: one bare profile or envelope per line.
    ///
    /// # Errors
    /// [`CohortError::Io`] if the thread pool cannot be started.
    pub fn ndjson(reader: R, options: ScreenOptions) -> Result<Self, CohortError> {
        let input = Input::Ndjson { reader: BufReader::with_capacity(1 << 16, reader), next_line: 1, failed: false };
        Self::start(input, Decoder::Ndjson, options)
    }

    /// Screens CSV with a header row, through `mapping`. The header is read here.
    ///
    /// # Errors
    /// [`CohortError::Mapping`] for a mapped column not in the header, [`CohortError::Header`]
    /// for an unusable header, [`CohortError::Io`] if the input cannot be read.
    pub fn csv(reader: R, mapping: &CsvMapping, options: ScreenOptions) -> Result<Self, CohortError> {
        let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(reader);
        let header = reader.byte_headers().map_err(|e| CohortError::Io { message: e.to_string() })?.clone();
        if header.is_empty() {
            return Err(CohortError::Header { message: "expected a header row, found an empty input".into() });
        }
        let plan = mapping.plan(&header)?;
        Self::start(Input::Csv { reader: Box::new(reader), failed: false }, Decoder::Csv(Arc::new(plan)), options)
    }

    fn start(input: Input<R>, decoder: Decoder, options: ScreenOptions) -> Result<Self, CohortError> {
        #[cfg(feature = "rayon")]
        let parallel = if options.jobs > 1 {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(options.jobs)
                .build()
                .map_err(|e| CohortError::Io { message: format!("could not start {} threads: {e}", options.jobs) })?;
            Some(Parallel {
                pool,
                ahead: Vec::new(),
                ahead_len: 0,
                spare: Vec::new(),
                ready: Default::default(),
                results: Vec::new(),
            })
        } else {
            None
        };
        #[cfg_attr(not(feature = "rayon"), allow(unused_mut))]
        let mut screen = Self {
            input,
            decoder,
            options,
            raw: Raw::default(),
            done: false,
            #[cfg(feature = "rayon")]
            parallel,
        };
        #[cfg(feature = "rayon")]
        if let Some(p) = screen.parallel.as_mut() {
            p.ahead_len = fill(&mut screen.input, &mut p.ahead, options.chunk);
            screen.done = p.ahead_len == 0;
        }
        Ok(screen)
    }
}

/// Reads up to `n` records into `chunk` (reusing its buffers); how many were read.
#[cfg(feature = "rayon")]
fn fill<R: Read>(input: &mut Input<R>, chunk: &mut Vec<Raw>, n: usize) -> usize {
    if chunk.len() < n {
        chunk.resize_with(n, Raw::default);
    }
    let mut count = 0;
    while count < n && input.read(&mut chunk[count]) {
        count += 1;
    }
    count
}

impl<R: Read + Send> Iterator for Screen<R> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        #[cfg(feature = "rayon")]
        if let Some(p) = self.parallel.as_mut() {
            use rayon::prelude::*;
            if let Some(record) = p.ready.pop_front() {
                return Some(record);
            }
            if self.done {
                return None;
            }
            let (decoder, standard, chunk) = (&self.decoder, self.options.standard, self.options.chunk);
            let (current, input, spare, results) =
                (&p.ahead[..p.ahead_len], &mut self.input, &mut p.spare, &mut p.results);
            // Read the next chunk while the pool screens this one.
            let (next_len, ()) = p.pool.install(|| {
                rayon::join(
                    || fill(input, spare, chunk),
                    || current.par_iter().map(|raw| decoder.screen(raw, standard)).collect_into_vec(results),
                )
            });
            std::mem::swap(&mut p.ahead, &mut p.spare);
            p.ahead_len = next_len;
            self.done = next_len == 0;
            p.ready.extend(p.results.drain(..));
            return p.ready.pop_front();
        }
        if self.done || !self.input.read(&mut self.raw) {
            self.done = true;
            return None;
        }
        Some(self.decoder.screen(&self.raw, self.options.standard))
    }
}
