//! The `assess` example and the library agree: bad input exits 2 with `error: ` and the
//! library's exact message on stderr; every sample profile exits 0 in every output mode.
//!
//! The example is built once with cargo (`cargo build --example assess`, the same command
//! `cargo run --example assess` runs first) and its binary is run directly, to keep the
//! test fast.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use calcification::{MAX_PROFILE_BYTES, Profile};

/// The path of the built `assess` example.
fn assess_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let output = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "assess", "--message-format=json-render-diagnostics"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(output.status.success(), "cargo build --example assess failed");
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "assess")
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo reports the example's executable")
    })
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(assess_binary())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("piped stdin");
        let bytes = bytes.to_vec();
        // The example may stop reading early (too large): a broken pipe is expected then.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        });
    }
    child.wait_with_output().expect("the example finishes")
}

/// A file under the temp dir with a name no other test (or test run) uses.
struct TempProfile(PathBuf);

impl TempProfile {
    fn new(bytes: &[u8]) -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!("calcification-assess-{}-{}.json", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let path = std::env::temp_dir().join(name);
        std::fs::write(&path, bytes).expect("temp dir is writable");
        Self(path)
    }

    fn arg(&self) -> &str {
        self.0.to_str().expect("UTF-8 temp path")
    }
}

impl Drop for TempProfile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A representative subset of `tests/bad_input.rs`: one per kind of problem.
const BAD: &[&[u8]] = &[
    b"",
    br#"{"age_years": }"#,
    b"[]",
    b"{} {}",
    b"{\"sex\": \"\xff\"}",
    br#"{"age_years": "52"}"#,
    br#"{"weight_kg": 70}"#,
    br#"{"medications": ["warfarin"]}"#,
    br#"{"diagnosed_calcifications": ["skeletal"]}"#,
    br#"{"intake": {"magnesium": {"amount": 300, "unit": "[iU]"}}}"#,
    br#"{"intake": {"vitamin_d": {"amount": 2000001, "unit": "[iU]"}}}"#,
    br#"{"age_years": 1e400}"#,
    br#"{"intake": {"calcium": {"unit": "mg"}}}"#,
    br#"{"sex": "male", "reproductive_status": "pregnant"}"#,
];

fn assert_bad_input(output: &Output, library_error: &str, what: &str) {
    assert_eq!(output.status.code(), Some(2), "{what}: exit code; stderr {}", text(&output.stderr));
    assert_eq!(text(&output.stderr), format!("error: {library_error}\n"), "{what}");
    assert!(output.stdout.is_empty(), "{what}: printed {}", text(&output.stdout));
}

#[test]
fn bad_profiles_exit_2_with_the_library_message_from_a_file() {
    for input in BAD {
        let expected = Profile::from_json_slice(input).expect_err("bad input").to_string();
        let file = TempProfile::new(input);
        assert_bad_input(&run(&[file.arg()], None), &expected, &text(input));
        assert_bad_input(&run(&["--json", file.arg()], None), &expected, &text(input));
    }
}

#[test]
fn bad_profiles_exit_2_with_the_library_message_from_stdin() {
    for input in BAD {
        let expected = Profile::from_json_slice(input).expect_err("bad input").to_string();
        assert_bad_input(&run(&["-"], Some(input)), &expected, &text(input));
    }
}

#[test]
fn a_too_large_stdin_exits_2_with_the_too_large_message() {
    let mut doc = br#"{"age_years": 52}"#.to_vec();
    doc.resize(3 * MAX_PROFILE_BYTES, b' ');
    let expected = format!(
        "profile: document too large: expected at most {MAX_PROFILE_BYTES} bytes, found at least {}",
        MAX_PROFILE_BYTES + 1
    );
    assert_bad_input(&run(&["--json", "-"], Some(&doc)), &expected, "3 MiB on stdin");
    // Exactly the limit is still read.
    doc.truncate(MAX_PROFILE_BYTES);
    assert_eq!(run(&["-"], Some(&doc)).status.code(), Some(0));
}

#[test]
fn an_unreadable_file_exits_2() {
    let missing = std::env::temp_dir().join(format!("calcification-assess-{}-missing.json", std::process::id()));
    let output = run(&[missing.to_str().expect("UTF-8 temp path")], None);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("error: profile: could not read input: "), "{stderr}");
    assert!(stderr.contains("missing.json") && stderr.ends_with('\n') && stderr.lines().count() == 1, "{stderr}");
}

#[test]
fn unknown_options_and_bad_option_values_exit_2() {
    for args in [&["--frobnicate"][..], &["--standard", "who"], &["--standard"], &["a.json", "b.json"]] {
        let output = run(args, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = text(&output.stderr);
        assert!(stderr.starts_with("error: ") && stderr.lines().count() == 1, "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    let output = run(&["--frobnicate"], None);
    assert!(text(&output.stderr).starts_with("error: unknown option \"--frobnicate\""));
}

fn sample_profiles() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/profiles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/profiles exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no sample profiles in {}", dir.display());
    files
}

#[test]
fn every_sample_profile_exits_0_in_every_mode() {
    for file in sample_profiles() {
        let path = file.to_str().expect("UTF-8 path");
        assert!(Profile::from_json(&std::fs::read_to_string(&file).expect("readable")).is_ok(), "{path}");
        for args in [
            vec![path],
            vec!["--json", path],
            vec!["--standard", "efsa", path],
            vec!["--json", "--standard", "efsa", path],
        ] {
            let output = run(&args, None);
            assert_eq!(output.status.code(), Some(0), "{args:?}: {}", text(&output.stderr));
            assert!(output.stderr.is_empty(), "{args:?}: {}", text(&output.stderr));
            assert!(!output.stdout.is_empty(), "{args:?}");
            if args.contains(&"--json") {
                let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("--json prints JSON");
                assert!(json.get("findings").is_some(), "{args:?}");
            }
        }
        // The same file on stdin gives the same output.
        let bytes = std::fs::read(&file).expect("readable");
        assert_eq!(run(&["--json", "-"], Some(&bytes)).stdout, run(&["--json", path], None).stdout, "{path}");
    }
}

#[test]
fn the_built_in_sample_and_help_exit_0() {
    for args in [&[][..], &["--json"], &["--standard", "efsa"], &["--help"]] {
        let output = run(args, None);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {}", text(&output.stderr));
    }
}

#[test]
fn cargo_run_works_as_documented() {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "assess", "--", "--json", "examples/profiles/sparse.json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let _: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
}

#[test]
fn the_header_documents_exit_codes_and_reads_through_from_reader() {
    let source = include_str!("../examples/assess.rs");
    let header: String = source.lines().take_while(|l| l.starts_with("//!")).collect::<Vec<_>>().join("\n");
    assert!(header.contains("Exit codes: 0 on success; 2 on bad input"), "{header}");
    // Files and stdin go through the size-limited reader, never read whole first.
    assert!(source.matches("Profile::from_reader(").count() >= 2);
    assert!(!source.contains("read_to_string") && !source.contains("fs::read("));
}
