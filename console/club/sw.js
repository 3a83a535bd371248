// The association leaders' service worker (scope /club/). The bundle is precached from
// the list of files the build produced (filled in by public/precache.sh), so the desk
// opens again without signal. Nothing from the API is kept here: the page keeps the
// payments it has not sent yet itself, and staff data is never cached.
const VERSION = "__VERSION__";
const SHELL = `club-${VERSION}`;
const PRECACHE = ["__PRECACHE__", "/icons/icon.svg", "/icons/icon-192.png"];

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
  if (request.mode === "navigate") {
    // Every route of the bundle is the same page: the network's when there is signal.
    event.respondWith(fetch(request).catch(() => caches.match("/club/index.html", { cacheName: SHELL })));
  } else {
    event.respondWith(caches.match(request, { cacheName: SHELL }).then((hit) => hit || fetch(request)));
  }
});
