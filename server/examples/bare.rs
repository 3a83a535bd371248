//! The bare handler `bench/api.sh` measures the API against: every file of a folder
//! served from memory at `/{file name}`, as brotli JSON, with no database, no
//! middleware and nothing computed. Usage: `bare FOLDER PORT`.

use std::{collections::HashMap, sync::Arc};

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{header, StatusCode},
    response::IntoResponse,
    routing::get,
    Router,
};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(folder), Some(port)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: bare FOLDER PORT");
    };
    let mut files = HashMap::new();
    for entry in std::fs::read_dir(&folder)? {
        let entry = entry?;
        files.insert(entry.file_name().to_string_lossy().into_owned(), Bytes::from(std::fs::read(entry.path())?));
    }
    let app = Router::new().route("/{name}", get(serve)).with_state(Arc::new(files));
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port.parse::<u16>()?)).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

async fn serve(State(files): State<Arc<HashMap<String, Bytes>>>, Path(name): Path<String>) -> impl IntoResponse {
    match files.get(&name) {
        Some(body) => ([(header::CONTENT_TYPE, "application/json"), (header::CONTENT_ENCODING, "br")], body.clone())
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
