//! Screen a cohort: NDJSON or CSV records in, per-record results and a weighted prevalence
//! table out.
//!
//! ```text
//! cargo run --example cohort -- --mapping examples/cohorts/survey_mapping.json examples/cohorts/survey_extract.csv
//! cargo run --example cohort -- [--mapping MAP.json] [--standard iom|efsa] [--jobs N]
//!     [--out results.ndjson|.csv] [--summary summary.json] [--plot prevalence.svg] INPUT.csv|INPUT.ndjson|-
//! ```
//!
//! - With `--mapping` the input is CSV (a header row, columns as the mapping says); without
//!   it, NDJSON (one bare profile or `{"id", "weight", "profile"}` envelope per line). `-`
//!   reads stdin.
//! - Prints the prevalence table (per caution: assessed, fired, not fired, not assessed, the
//!   weighted share fired among the assessed) on stdout.
//! - `--out` writes one result per input record, in input order: NDJSON (`.ndjson`,
//!   `.jsonl`: id, fired cautions with severity, not-assessed cautions, or the error) or CSV
//!   (`.csv`: one column per caution, `fired` / `no` / `not_assessed`, empty for a bad record).
//! - `--summary` writes the summary JSON (`schemas/cohort-summary.schema.json`); `--plot` a
//!   bar chart of the prevalence per caution as SVG.
//! - `--jobs N` screens with N threads (build with `--features rayon`).
//! - A progress line on stderr when stderr is a terminal.
//!
//! Exit codes: 0 when the run completed (bad records are counted and listed in the summary);
//! 2 when the input or the mapping cannot be used at all, with the error on stderr.
//!
//! Not medical advice: the table counts cautions; it does not diagnose.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;

use calcification::cohort::{CohortError, CsvMapping, Record, Screen, ScreenOptions, Summary};
use calcification::{Caution, ReferenceStandard, Term};

const USAGE: &str = "usage: cohort [--mapping MAP.json] [--standard iom|efsa] [--jobs N] \
                     [--out results.ndjson|.csv] [--summary summary.json] [--plot prevalence.svg] \
                     INPUT.csv|INPUT.ndjson|-";

#[derive(Default)]
struct Options {
    mapping: Option<String>,
    standard: ReferenceStandard,
    jobs: usize,
    out: Option<String>,
    summary: Option<String>,
    plot: Option<String>,
    input: Option<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut o = Options { jobs: 1, ..Options::default() };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name}: expected a value, found none"));
        match arg.as_str() {
            "--mapping" => o.mapping = Some(value("--mapping")?),
            "--standard" => {
                o.standard = value("--standard")?.parse().map_err(|e| format!("--standard: {e}"))?;
            }
            "--jobs" => {
                let v = value("--jobs")?;
                o.jobs = v.parse().map_err(|_| format!("--jobs: expected a whole number, found {v:?}"))?;
            }
            "--out" => o.out = Some(value("--out")?),
            "--summary" => o.summary = Some(value("--summary")?),
            "--plot" => o.plot = Some(value("--plot")?),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg:?}; {USAGE}")),
            _ if o.input.is_some() => return Err(format!("expected one input, found a second: {arg:?}")),
            _ => o.input = Some(arg),
        }
    }
    if o.input.is_none() {
        return Err(format!("expected an input file or -, found none; {USAGE}"));
    }
    Ok(o)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OutFormat {
    Ndjson,
    Csv,
}

fn out_format(path: &str) -> Result<OutFormat, String> {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("ndjson" | "jsonl") => Ok(OutFormat::Ndjson),
        Some("csv") => Ok(OutFormat::Csv),
        _ => Err(format!("--out: expected a file ending in .ndjson, .jsonl or .csv, found {path:?}")),
    }
}

/// Per-record output.
enum Out {
    Ndjson(BufWriter<File>),
    Csv(Box<csv::Writer<File>>),
}

impl Out {
    fn create(path: &str, format: OutFormat) -> Result<Self, String> {
        let file = File::create(path).map_err(|e| format!("--out: {path}: {e}"))?;
        Ok(match format {
            OutFormat::Ndjson => Out::Ndjson(BufWriter::new(file)),
            OutFormat::Csv => {
                let mut w = csv::Writer::from_writer(file);
                let mut header = vec!["line", "id", "weight", "error"];
                header.extend(Caution::all().map(Term::id));
                w.write_record(&header).map_err(|e| format!("--out: {path}: {e}"))?;
                Out::Csv(Box::new(w))
            }
        })
    }

    fn write(&mut self, record: &Record) -> std::io::Result<()> {
        match self {
            Out::Ndjson(w) => {
                serde_json::to_writer(&mut *w, &record.document())?;
                w.write_all(b"\n")
            }
            Out::Csv(w) => {
                let mut row = vec![
                    record.line.to_string(),
                    record.id.clone().unwrap_or_default(),
                    record.weight.map(|w| w.to_string()).unwrap_or_default(),
                ];
                match &record.outcome {
                    Ok(s) => {
                        row.push(String::new());
                        row.extend(Caution::all().map(|c| {
                            if s.sets.fired.contains(c) {
                                "fired"
                            } else if s.sets.not_assessed.contains(c) {
                                "not_assessed"
                            } else {
                                "no"
                            }
                            .to_owned()
                        }));
                    }
                    Err(e) => {
                        row.push(e.to_string());
                        row.extend(Caution::all().map(|_| String::new()));
                    }
                }
                w.write_record(&row).map_err(std::io::Error::other)
            }
        }
    }

    fn finish(self) -> std::io::Result<()> {
        match self {
            Out::Ndjson(mut w) => w.flush(),
            Out::Csv(mut w) => w.flush(),
        }
    }
}

fn open_input(path: &str) -> Result<Box<dyn Read + Send>, String> {
    if path == "-" {
        return Ok(Box::new(std::io::stdin()));
    }
    File::open(path).map(|f| Box::new(f) as Box<dyn Read + Send>).map_err(|e| format!("{path}: {e}"))
}

fn screen(o: &Options) -> Result<Screen<Box<dyn Read + Send>>, String> {
    let input_path = o.input.as_deref().expect("checked");
    #[cfg_attr(not(feature = "rayon"), allow(unused_mut))]
    let mut options = ScreenOptions::new(o.standard);
    if o.jobs != 1 {
        #[cfg(feature = "rayon")]
        {
            options = options.jobs(o.jobs);
        }
        #[cfg(not(feature = "rayon"))]
        return Err(format!(
            "--jobs: expected 1 (this build has no rayon feature: add --features rayon), found {}",
            o.jobs
        ));
    }
    let error = |e: CohortError| e.to_string();
    match &o.mapping {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("--mapping: {path}: {e}"))?;
            let mapping = CsvMapping::from_json(&text).map_err(|e| format!("{path}: {e}"))?;
            Screen::csv(open_input(input_path)?, &mapping, options).map_err(|e| format!("{input_path}: {e}"))
        }
        None if input_path.ends_with(".csv") => {
            Err(format!("{input_path}: a CSV input needs --mapping MAP.json (which column is which field)"))
        }
        None => Screen::ndjson(open_input(input_path)?, options).map_err(error),
    }
}

fn run(o: &Options) -> Result<Summary, String> {
    let format = o.out.as_deref().map(out_format).transpose()?;
    let screen = screen(o)?;
    let mut out = match (&o.out, format) {
        (Some(path), Some(format)) => Some(Out::create(path, format)?),
        _ => None,
    };
    let progress = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} records screened ({per_sec}, {elapsed})")
                .expect("a valid template"),
        );
        bar
    });
    let mut summary = Summary::new(o.standard);
    for record in screen {
        summary.add(&record);
        if let Some(out) = out.as_mut() {
            out.write(&record).map_err(|e| format!("--out: {e}"))?;
        }
        if let Some(bar) = &progress
            && summary.records().is_multiple_of(1024)
        {
            bar.set_position(summary.records());
        }
    }
    if let Some(bar) = progress {
        bar.set_position(summary.records());
        bar.finish();
    }
    if let Some(out) = out {
        out.finish().map_err(|e| format!("--out: {e}"))?;
    }
    if let Some(path) = &o.summary {
        std::fs::write(path, summary.to_json_pretty()).map_err(|e| format!("--summary: {path}: {e}"))?;
    }
    if let Some(path) = &o.plot {
        plot(&summary, path).map_err(|e| format!("--plot: {path}: {e}"))?;
    }
    Ok(summary)
}

/// A horizontal bar per caution assessed at least once: its prevalence in percent.
fn plot(summary: &Summary, path: &str) -> Result<(), Box<dyn std::error::Error>> {
    use plotters::prelude::*;
    let document = summary.document();
    let rows: Vec<_> = document.cautions.iter().filter_map(|c| c.prevalence.map(|p| (c, p))).collect();
    let (width, row_height, label_width, bar_width) = (900u32, 22u32, 340i32, 460f64);
    let height = 60 + row_height * rows.len() as u32;
    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    root.fill(&WHITE)?;
    let how = if document.weighted { "weighted" } else { "unweighted" };
    let title = format!("Prevalence per caution ({how}, {} records screened)", document.screened);
    root.draw(&Text::new(title, (10, 10), ("sans-serif", 16).into_font()))?;
    for (i, (c, p)) in rows.iter().enumerate() {
        let y = 40 + (i as u32 * row_height) as i32;
        let color = match c.severity.id() {
            "critical" => RGBColor(178, 34, 34),
            "warning" => RGBColor(230, 145, 30),
            _ => RGBColor(70, 110, 170),
        };
        root.draw(&Text::new(c.caution.id().to_owned(), (10, y + 3), ("sans-serif", 12).into_font()))?;
        let end = label_width + (p * bar_width).round() as i32;
        root.draw(&Rectangle::new([(label_width, y), (end.max(label_width + 1), y + 16)], color.filled()))?;
        root.draw(&Text::new(format!("{:.1}%", p * 100.0), (end + 6, y + 3), ("sans-serif", 12).into_font()))?;
    }
    root.present()?;
    Ok(())
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) if message == USAGE => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(summary) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) ends the output quietly.
            let _ = stdout.write_all(summary.table().as_bytes());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
