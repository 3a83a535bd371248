//! The front door: a public read whose answer is kept in memory (`crate::read_cache`),
//! and a newcomer page as the server filled it (`crate::first_paint`), is answered here,
//! before routing, with what the layers behind the router would add
//! to it done here as well: the metrics count it under the route that made it, the
//! security headers go on it, the articles' and the guides' demand counts it.
//!
//! Behind the door, every request is routed and passes the route's layers: its span,
//! its timeouts, the request id at hand for an error body. A kept answer needs none of
//! them: nothing is logged while it is answered, it cannot time out and it has no error.
//! Skipping them is most of what a kept answer cost beyond the bare handler
//! (`bench/instructions.sh`). The request id is set outside the door, so every answer
//! carries one.

use std::{
    convert::Infallible,
    future::Future,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
};

use axum::{extract::Request, http::Method, response::Response};
use tower::{Layer, Service};

use crate::{around::Around, first_paint, read_cache::ReadCache, static_files::StaticFiles};

/// Answers kept reads before the service it wraps, doing `A`'s work on them.
#[derive(Clone)]
pub struct FrontDoorLayer<A> {
    pub reads: Arc<ReadCache>,
    /// The pages' shells, to know a page the server fills.
    pub files: StaticFiles,
    /// What the layers behind the door do to an answer, outermost first.
    pub around: A,
}

impl<A: Clone, S> Layer<S> for FrontDoorLayer<A> {
    type Service = FrontDoor<A, S>;

    fn layer(&self, inner: S) -> FrontDoor<A, S> {
        FrontDoor { reads: self.reads.clone(), files: self.files.clone(), around: self.around.clone(), inner }
    }
}

#[derive(Clone)]
pub struct FrontDoor<A, S> {
    reads: Arc<ReadCache>,
    files: StaticFiles,
    around: A,
    inner: S,
}

impl<A, S> Service<Request> for FrontDoor<A, S>
where
    A: Around,
    S: Service<Request, Response = Response, Error = Infallible>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Answering<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request) -> Self::Future {
        let Some((mut answer, route)) = self.kept(&request) else {
            return Answering::Behind { inner: self.inner.call(request) };
        };
        // As routing would have: the metrics count the answer under its route.
        if let Some(route) = route {
            request.extensions_mut().insert(route);
        }
        let memo = self.around.before(&mut request);
        self.around.after(memo, &mut answer);
        Answering::Kept { answer: Some(answer) }
    }
}

impl<A, S> FrontDoor<A, S> {
    /// A kept answer of the API's with the route that made it, or a kept page (which the
    /// router's fallback makes, with no route).
    fn kept(&self, request: &Request) -> Option<(Response, Option<axum::extract::MatchedPath>)> {
        if request.method() != Method::GET {
            return None;
        }
        self.reads.kept_answer(request).or_else(|| {
            let page = first_paint::kept(&self.reads, &self.files, request.uri(), request.headers())?;
            Some((page, None))
        })
    }
}

pin_project_lite::pin_project! {
    /// A kept answer, ready; or the answer of the service behind the door.
    #[project = AnsweringProjection]
    pub enum Answering<F> {
        Kept { answer: Option<Response> },
        Behind { #[pin] inner: F },
    }
}

impl<F: Future<Output = Result<Response, Infallible>>> Future for Answering<F> {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.project() {
            AnsweringProjection::Kept { answer } => Poll::Ready(Ok(answer.take().expect("polled after its answer"))),
            AnsweringProjection::Behind { inner } => inner.poll(cx),
        }
    }
}
