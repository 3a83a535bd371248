//! Middleware that costs a request nothing beyond its own work.
//!
//! axum's `from_fn` clones the whole stack of services under it, boxes that clone and
//! boxes its own future, for every request: with five of them, most of a kept answer's
//! allocations were those clones and boxes (`bench/instructions.sh`). The layers that
//! only look at the request on its way in and change the answer on its way out
//! ([`Around`]) need none of it: [`AroundLayer`] calls the service it wraps at once and
//! finishes in that service's own future, unboxed.

use std::{
    future::Future,
    pin::Pin,
    task::{ready, Context, Poll},
};

use axum::{extract::Request, response::Response};
use tower::{Layer, Service};

/// What a layer does before a request goes in and after its answer comes out.
pub trait Around: Clone {
    /// What [`Around::after`] needs from the request, taken before it goes in.
    type Memo;

    fn before(&self, request: &mut Request) -> Self::Memo;

    /// Any body: the answer is read and changed by its status and headers only.
    fn after<B>(&self, memo: Self::Memo, response: &mut Response<B>);
}

/// Two layers' work as one, the first outermost: its `before` runs first and its `after`
/// last, as [`AroundLayer`]s of each, one inside the other, would run them. The front
/// door (`crate::front_door`) does with it what the layers behind it would do.
impl<A: Around, Z: Around> Around for (A, Z) {
    type Memo = (A::Memo, Z::Memo);

    fn before(&self, request: &mut Request) -> Self::Memo {
        let outer = self.0.before(request);
        (outer, self.1.before(request))
    }

    fn after<B>(&self, (outer, inner): Self::Memo, response: &mut Response<B>) {
        self.1.after(inner, response);
        self.0.after(outer, response);
    }
}

/// Wraps every service it is given in `A`'s work.
#[derive(Debug, Clone)]
pub struct AroundLayer<A>(pub A);

impl<A: Clone, S> Layer<S> for AroundLayer<A> {
    type Service = AroundService<A, S>;

    fn layer(&self, inner: S) -> AroundService<A, S> {
        AroundService { around: self.0.clone(), inner }
    }
}

#[derive(Debug, Clone)]
pub struct AroundService<A, S> {
    around: A,
    inner: S,
}

impl<A, S, B> Service<Request> for AroundService<A, S>
where
    A: Around,
    S: Service<Request, Response = Response<B>>,
{
    type Response = Response<B>;
    type Error = S::Error;
    type Future = AroundFuture<A, A::Memo, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request) -> Self::Future {
        let memo = self.around.before(&mut request);
        AroundFuture { inner: self.inner.call(request), after: Some((self.around.clone(), memo)) }
    }
}

pin_project_lite::pin_project! {
    /// The wrapped service's future, and what is done with its answer.
    pub struct AroundFuture<A, M, F> {
        #[pin]
        inner: F,
        after: Option<(A, M)>,
    }
}

impl<A, F, B, E> Future for AroundFuture<A, A::Memo, F>
where
    A: Around,
    F: Future<Output = Result<Response<B>, E>>,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut response = ready!(this.inner.poll(cx))?;
        if let Some((around, memo)) = this.after.take() {
            around.after(memo, &mut response);
        }
        Poll::Ready(Ok(response))
    }
}

#[cfg(test)]
mod tests {
    use std::convert::Infallible;

    use axum::{body::Body, http::HeaderValue};
    use tower::ServiceExt as _;

    use super::*;

    /// Notes the request's path on the way in, writes it into the answer on the way out.
    #[derive(Clone)]
    struct EchoPath;

    impl Around for EchoPath {
        type Memo = String;

        fn before(&self, request: &mut Request) -> String {
            request.headers_mut().insert("x-seen", HeaderValue::from_static("yes"));
            request.uri().path().to_owned()
        }

        fn after<B>(&self, path: String, response: &mut Response<B>) {
            response.headers_mut().insert("x-path", HeaderValue::from_str(&path).unwrap());
        }
    }

    #[tokio::test]
    async fn the_request_is_seen_before_the_service_and_the_answer_after_it() {
        let service = AroundLayer(EchoPath).layer(tower::service_fn(|request: Request| async move {
            // What `before` did to the request reaches the service.
            let seen = request.headers().get("x-seen").cloned();
            let mut response = Response::new(Body::empty());
            if let Some(seen) = seen {
                response.headers_mut().insert("x-inner-saw", seen);
            }
            Ok::<_, Infallible>(response)
        }));
        let request = Request::builder().uri("/a/b?c=d").body(Body::empty()).unwrap();
        let response = service.oneshot(request).await.unwrap();
        assert_eq!(response.headers()["x-inner-saw"], "yes");
        assert_eq!(response.headers()["x-path"], "/a/b");
    }

    /// Notes its name on the way in and out.
    #[derive(Clone)]
    struct Note(&'static str);

    impl Around for Note {
        type Memo = ();

        fn before(&self, request: &mut Request) {
            append(request.headers_mut(), "x-in", self.0);
        }

        fn after<B>(&self, (): (), response: &mut Response<B>) {
            append(response.headers_mut(), "x-out", self.0);
        }
    }

    fn append(headers: &mut axum::http::HeaderMap, name: &'static str, note: &str) {
        let before = headers.get(name).map_or(String::new(), |v| v.to_str().unwrap().to_owned());
        headers.insert(name, HeaderValue::from_str(&format!("{before}{note}")).unwrap());
    }

    #[tokio::test]
    async fn two_as_one_run_as_the_first_wrapped_around_the_second() {
        let answer = |request: Request| async move {
            let mut response = Response::new(Body::empty());
            response.headers_mut().insert("x-in", request.headers()["x-in"].clone());
            Ok::<_, Infallible>(response)
        };
        let nested = AroundLayer(Note("a")).layer(AroundLayer(Note("b")).layer(tower::service_fn(answer)));
        let paired = AroundLayer((Note("a"), Note("b"))).layer(tower::service_fn(answer));
        for service in
            [nested.oneshot(Request::new(Body::empty())).await, paired.oneshot(Request::new(Body::empty())).await]
        {
            let response = service.unwrap();
            assert_eq!(
                (&response.headers()["x-in"], &response.headers()["x-out"]),
                (&"ab".parse::<HeaderValue>().unwrap(), &"ba".parse::<HeaderValue>().unwrap())
            );
        }
    }

    #[tokio::test]
    async fn an_error_from_the_service_passes_through_untouched() {
        let service = AroundLayer(EchoPath)
            .layer(tower::service_fn(|_: Request| async { Err::<Response, _>("the service failed") }));
        let request = Request::builder().uri("/").body(Body::empty()).unwrap();
        assert_eq!(service.oneshot(request).await.unwrap_err(), "the service failed");
    }
}
