//! The axum router of the `cds_service` example (also included by `tests/cds_service.rs`).
//! The answers themselves are built by `calcification::fhir::hooks`.

use axum::Router;
use axum::body::Bytes;
use axum::extract::DefaultBodyLimit;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use calcification::fhir::hooks::{SERVICE_ID, discovery, patient_view};
use calcification::fhir::today_utc;

/// The largest hook request accepted; larger bodies are answered with 413.
pub const MAX_REQUEST_BYTES: usize = 1 << 20;

fn json(status: StatusCode, value: &serde_json::Value) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], value.to_string()).into_response()
}

/// `GET /cds-services` and `POST /cds-services/calcification-patient-view`, with a body
/// limit of [`MAX_REQUEST_BYTES`].
pub fn router() -> Router {
    Router::new()
        .route("/cds-services", get(|| async { json(StatusCode::OK, &discovery()) }))
        .route(
            &format!("/cds-services/{SERVICE_ID}"),
            post(|body: Bytes| async move {
                match patient_view(&body, &today_utc()) {
                    Ok(cards) => json(StatusCode::OK, &cards),
                    Err(e) => json(StatusCode::from_u16(e.status).unwrap_or(StatusCode::BAD_REQUEST), &e.body()),
                }
            }),
        )
        .layer(DefaultBodyLimit::max(MAX_REQUEST_BYTES))
}
