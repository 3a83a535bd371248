//! Structured logs. Request spans carry the method, the matched route and the request id,
//! never the path itself, a query string, a body or an address: nothing that could
//! identify a reader. A path can hold a booking's code or a calendar feed's secret.

use axum::extract::{MatchedPath, Request};
use tracing_subscriber::{fmt::MakeWriter, EnvFilter};

/// How log lines are written: text for a person at a terminal, JSON for a log collector
/// (journald, Loki, Elasticsearch) that would otherwise have to parse the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

/// Logs to standard output, at the levels `RUST_LOG` asks for or ours.
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    // Colours for a person at a terminal, not escape codes in journald or a file.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let _ = tracing::subscriber::set_global_default(subscriber(format, filter, ansi, std::io::stdout));
}

/// The subscriber `init` installs, writing to `writer`: tests read what it writes.
pub fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    ansi: bool,
    writer: W,
) -> Box<dyn tracing::Subscriber + Send + Sync>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let text = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).with_ansi(ansi).with_writer(writer);
    match format {
        LogFormat::Text if ansi => Box::new(text.finish()),
        // The same `name=value` pairs, written straight: the default writer styles each
        // name even with no colours to show, which was a tenth of a kept answer's work
        // (`bench/instructions.sh`), since every request's span writes its fields.
        LogFormat::Text => Box::new(text.fmt_fields(plain_fields()).finish()),
        // Every span from the request's down, so each line has the request id whichever
        // handler span is innermost.
        LogFormat::Json => Box::new(text.json().with_current_span(false).with_span_list(true).finish()),
    }
}

/// The span of one request: its method, the route it matched as declared
/// (`/api/guides/bookings/{code}/calendar.ics`), or `static` for the app's files, and its
/// id (`crate::request_id`), so every line logged while serving it can be found by it.
pub fn request_span(request: &Request) -> tracing::Span {
    let route = request.extensions().get::<MatchedPath>().map_or("static", MatchedPath::as_str);
    let request_id = crate::request_id::of(request.headers()).unwrap_or_default();
    tracing::info_span!("request", method = %request.method(), route = %route, request_id = %request_id)
}

/// Fields as `name=value`, the message as it is, separated by spaces.
fn plain_fields() -> impl for<'w> tracing_subscriber::fmt::FormatFields<'w> {
    tracing_subscriber::field::MakeExt::delimited(
        tracing_subscriber::fmt::format::debug_fn(|writer, field, value| match field.name() {
            "message" => write!(writer, "{value:?}"),
            name => write!(writer, "{name}={value:?}"),
        }),
        " ",
    )
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    #[derive(Clone, Default)]
    struct Lines(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Lines {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn logged_in_a_handler(format: LogFormat) -> String {
        let lines = Lines::default();
        let writer = lines.clone();
        let subscriber = subscriber(format, EnvFilter::new("info"), false, move || writer.clone());
        tracing::subscriber::with_default(subscriber, || {
            let request = Request::builder().uri("/x").header("x-request-id", "req-42").body(axum::body::Body::empty());
            let _request = request_span(&request.unwrap()).entered();
            let _handler = tracing::info_span!("redeem").entered();
            tracing::warn!("the database is unavailable");
        });
        let written = lines.0.lock().unwrap().clone();
        String::from_utf8(written).unwrap()
    }

    #[test]
    fn a_line_logged_deep_in_a_request_carries_its_id_as_text_and_as_json() {
        let text = logged_in_a_handler(LogFormat::Text);
        assert!(text.contains("request_id=req-42") && text.contains("the database is unavailable"), "{text}");
        assert!(text.contains("request{method=GET route=static request_id=req-42}:redeem:"), "{text}");
        assert!(!text.contains('\x1b'), "no escape codes in a file or the journal: {text:?}");
        let json = logged_in_a_handler(LogFormat::Json);
        let line: serde_json::Value = serde_json::from_str(json.trim()).expect("one JSON line");
        assert_eq!(line["fields"]["message"], "the database is unavailable", "{json}");
        assert_eq!(line["spans"][0]["request_id"], "req-42", "{json}");
        assert_eq!(line["spans"][1]["name"], "redeem", "{json}");
    }
}
