//! The CDS Hooks service over real HTTP on loopback: the example's router is started on
//! 127.0.0.1:0 and called with reqwest (every request with a timeout). Discovery, cards,
//! 412 for a missing Patient prefetch, 400 for malformed requests, 413 for large bodies,
//! and a bounded load test (2,000 requests, 32 in flight) that asserts no 5xx and prints
//! throughput and p99 latency (recorded in BENCHMARKS.md, never asserted).
#![cfg(feature = "fhir")]

#[path = "../examples/cds_service/router.rs"]
#[allow(dead_code)]
mod router;

use std::time::{Duration, Instant};

use serde_json::{Value, json};

const REQUEST: &str = include_str!("../examples/fhir/hooks/patient_view.json");

async fn start() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router::router()).await.unwrap() });
    format!("http://{addr}")
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap()
}

async fn post(client: &reqwest::Client, base: &str, body: String) -> (u16, Value) {
    let response = client
        .post(format!("{base}/cds-services/calcification-patient-view"))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

fn request() -> Value {
    serde_json::from_str(REQUEST).unwrap()
}

#[tokio::test]
async fn discovery_lists_the_service_with_prefetch_templates() {
    let base = start().await;
    let d: Value = client().get(format!("{base}/cds-services")).send().await.unwrap().json().await.unwrap();
    let service = &d["services"][0];
    assert_eq!(service["hook"], "patient-view");
    assert_eq!(service["id"], "calcification-patient-view");
    assert!(service["description"].as_str().is_some_and(|s| !s.is_empty()));
    assert_eq!(service["prefetch"]["patient"], "Patient/{{context.patientId}}");
    let observations = service["prefetch"]["observations"].as_str().unwrap();
    for code in ["17861-6", "2000-8", "62292-8", "82810-3"] {
        assert!(observations.contains(&format!("http://loinc.org|{code}")), "{observations}");
    }
    assert!(service["prefetch"]["conditions"].as_str().unwrap().starts_with("Condition?patient="));
}

#[tokio::test]
async fn the_hook_answers_cards_from_the_prefetch() {
    let base = start().await;
    let (status, body) = post(&client(), &base, REQUEST.to_owned()).await;
    assert_eq!(status, 200, "{body}");
    let cards = body["cards"].as_array().unwrap();
    // 10.9 mg/dL is mild hypercalcemia: a warning (CMDT bands, Knowledge v2 item 9).
    let hypercalcemia = cards.iter().find(|c| c["source"]["topic"]["code"] == "hypercalcemia").expect("a card");
    assert_eq!(hypercalcemia["indicator"], "warning");
    assert!(cards.iter().all(|c| c["uuid"].as_str().is_some()));
    let last = cards.last().unwrap();
    assert!(last["summary"].as_str().unwrap().contains("could not be assessed"));
    // `medication_requests` is null in the request: asked, nothing found.
    assert!(last["detail"].as_str().unwrap().contains("`medication_requests` (none found)"), "{last}");
}

#[tokio::test]
async fn omitted_and_null_optional_prefetch_both_mean_not_reported() {
    let base = start().await;
    let mut omitted = request();
    omitted["prefetch"].as_object_mut().unwrap().remove("observations");
    let mut null = request();
    null["prefetch"]["observations"] = Value::Null;
    let (s1, omitted) = post(&client(), &base, omitted.to_string()).await;
    let (s2, null) = post(&client(), &base, null.to_string()).await;
    assert_eq!((s1, s2), (200, 200));
    // Without the labs the hypercalcemia card is gone either way.
    for body in [&omitted, &null] {
        assert!(body["cards"].as_array().unwrap().iter().all(|c| c["source"]["topic"]["code"] != "hypercalcemia"));
    }
    assert!(omitted.to_string().contains("`observations` (not supplied)"));
    assert!(null.to_string().contains("`observations` (none found)"));
}

#[tokio::test]
async fn a_missing_patient_is_412() {
    let base = start().await;
    let mut omitted = request();
    omitted["prefetch"].as_object_mut().unwrap().remove("patient");
    let (status, body) = post(&client(), &base, omitted.to_string()).await;
    assert_eq!(status, 412, "{body}");
    assert!(body["error"].as_str().unwrap().starts_with("prefetch.patient: omitted"));
    let mut null = request();
    null["prefetch"]["patient"] = Value::Null;
    assert_eq!(post(&client(), &base, null.to_string()).await.0, 412);
}

#[tokio::test]
async fn malformed_requests_are_400_with_a_json_error() {
    let base = start().await;
    let mut wrong_hook = request();
    wrong_hook["hook"] = json!("order-sign");
    let mut no_patient_id = request();
    no_patient_id["context"].as_object_mut().unwrap().remove("patientId");
    let mut bad_prefetch = request();
    bad_prefetch["prefetch"]["conditions"] = json!({"entry": []});
    let cases = [
        ("{not json".to_owned(), "request body: expected JSON"),
        ("[]".to_owned(), "$: expected a hook request object"),
        (wrong_hook.to_string(), "hook: expected \"patient-view\", found \"order-sign\""),
        (no_patient_id.to_string(), "context.patientId: expected a string"),
        (bad_prefetch.to_string(), "prefetch: "),
    ];
    for (body, expected) in cases {
        let (status, answer) = post(&client(), &base, body).await;
        assert_eq!(status, 400, "{answer}");
        let error = answer["error"].as_str().unwrap_or_else(|| panic!("no JSON error: {answer}"));
        assert!(error.starts_with(expected), "{error}");
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_413() {
    let base = start().await;
    let mut big = request();
    big["padding"] = Value::String("x".repeat(router::MAX_REQUEST_BYTES));
    let (status, _) = post(&client(), &base, big.to_string()).await;
    assert_eq!(status, 413);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load_2000_requests_32_in_flight_without_5xx() {
    const REQUESTS: usize = 2_000;
    const IN_FLIGHT: usize = 32;
    let base = start().await;
    let client = client();
    let started = Instant::now();
    let mut latencies = Vec::with_capacity(REQUESTS);
    let mut statuses = Vec::with_capacity(REQUESTS);
    let mut tasks = tokio::task::JoinSet::new();
    let mut sent = 0;
    while sent < REQUESTS || !tasks.is_empty() {
        while sent < REQUESTS && tasks.len() < IN_FLIGHT {
            let (client, base) = (client.clone(), base.clone());
            tasks.spawn(async move {
                let t = Instant::now();
                let (status, _) = post(&client, &base, REQUEST.to_owned()).await;
                (status, t.elapsed())
            });
            sent += 1;
        }
        if let Some(done) = tasks.join_next().await {
            let (status, latency) = done.unwrap();
            statuses.push(status);
            latencies.push(latency);
        }
    }
    let elapsed = started.elapsed();
    assert_eq!(statuses.len(), REQUESTS);
    assert!(statuses.iter().all(|&s| s < 500), "5xx answers: {}", statuses.iter().filter(|&&s| s >= 500).count());
    assert!(statuses.iter().all(|&s| s == 200));
    latencies.sort();
    let p = |q: f64| latencies[((latencies.len() as f64 * q).ceil() as usize).min(latencies.len()) - 1];
    println!(
        "cds_service load: {REQUESTS} requests, {IN_FLIGHT} in flight, {:.0} requests/s, p50 {:.2} ms, p99 {:.2} ms",
        REQUESTS as f64 / elapsed.as_secs_f64(),
        p(0.50).as_secs_f64() * 1e3,
        p(0.99).as_secs_f64() * 1e3
    );
}
