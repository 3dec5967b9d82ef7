//! A CDS Hooks service: discovery and a `patient-view` hook answering cards from the FHIR
//! prefetch (Patient, lab Observations by LOINC, medications, conditions).
//!
//! ```text
//! cargo run --example cds_service                         # listens on 127.0.0.1:8080
//! cargo run --example cds_service -- --addr 127.0.0.1:9000
//! curl -s localhost:8080/cds-services
//! curl -s -X POST -H 'Content-Type: application/json' \
//!   --data @examples/fhir/hooks/patient_view.json localhost:8080/cds-services/calcification-patient-view
//! ```
//!
//! Answers: 200 with `{"cards": [...]}`; 412 when the `patient` prefetch is omitted or `null`
//! (the service does not query the FHIR server); 400 with `{"error": ...}` for malformed
//! requests; 413 for bodies over 1 MiB. Not medical advice: cards flag, explain and cite.

#[path = "cds_service/router.rs"]
mod router;

fn main() -> std::process::ExitCode {
    let mut addr = "127.0.0.1:8080".to_owned();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--addr" => match args.next() {
                Some(a) => addr = a,
                None => {
                    eprintln!("error: --addr: expected HOST:PORT");
                    return std::process::ExitCode::from(2);
                }
            },
            other => {
                eprintln!("error: unknown option {other:?}; usage: cds_service [--addr HOST:PORT]");
                return std::process::ExitCode::from(2);
            }
        }
    }
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime starts");
    runtime.block_on(async {
        let listener = match tokio::net::TcpListener::bind(&addr).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: --addr {addr}: {e}");
                return std::process::ExitCode::from(2);
            }
        };
        eprintln!(
            "cds_service listening on http://{}/cds-services",
            listener.local_addr().map_or(addr, |a| a.to_string())
        );
        match axum::serve(listener, router::router()).await {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                std::process::ExitCode::FAILURE
            }
        }
    })
}
