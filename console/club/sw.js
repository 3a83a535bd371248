// The association leaders' service worker (scope /club/), for both of their bundles.
// The desk (sign-in and redeem) is precached from the list of files its build produced
// (filled in by public/precache.sh), so it opens again without signal. The office
// (/club/account, /club/activities: the association's account and activities) is kept
// once seen, not downloaded ahead: a first visit on weak signal pays for the desk alone.
// Nothing from the API is kept here: the page keeps the payments it has not sent yet
// itself, and staff data is never cached.
const VERSION = "__VERSION__";
const SHELL = `club-${VERSION}`;
const PRECACHE = ["__PRECACHE__", "/icons/icon-192.png"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("club-") && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;
  // The office's routes, as the server tells them apart (`static_files::bundle_page`).
  const office = ["/club/account", "/club/activities"].some((p) => url.pathname === p || url.pathname.startsWith(p + "/"));
  if (request.mode === "navigate") {
    // The network's page when there is signal; else the phone's copy of the bundle that
    // draws the route. The desk answers an office page never seen with a page that says
    // it needs the signal.
    const page = office ? "/club/office/index.html" : "/club/index.html";
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (office && response.ok) event.waitUntil(keep(page, response.clone()));
          return response;
        })
        .catch(() =>
          caches.match(page, { cacheName: SHELL })
            .then((hit) => hit || caches.match("/club/index.html", { cacheName: SHELL }))),
    );
  } else {
    event.respondWith(
      caches.match(request, { cacheName: SHELL }).then((hit) => hit || fetch(request).then((response) => {
        if (url.pathname.startsWith("/club/office/") && response.ok) event.waitUntil(keep(request, response.clone()));
        return response;
      })),
    );
  }
});

function keep(key, response) {
  return caches.open(SHELL).then((cache) => cache.put(key, response));
}
