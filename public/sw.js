// Välkommen's service worker. The orientation app's shell is kept from the list of
// files the build produced (filled in by public/precache.sh) once the orientation is
// read; API reads go to the network first and fall back to the saved copy, so what was
// read once opens offline.
const VERSION = "__VERSION__";
const SHELL = `shell-${VERSION}`;
const DATA = "data-v1";
// The activity finder is a download of its own, kept once it has been opened.
const FINDER = "finder-v1";
const PRECACHE = ["__PRECACHE__"];

// The orientation app's shell is kept when the orientation is read: a newcomer whose
// first visit is a shared Sportotek or finder link does not download the orientation's
// wasm besides on weak prepaid data. Installed from an orientation page, or over a
// worker that had kept the shell, the new shell is fetched at once; else on the first
// orientation page this worker sees.
self.addEventListener("install", (event) => {
  event.waitUntil(
    Promise.all([self.clients.matchAll({ type: "window", includeUncontrolled: true }), caches.keys()])
      .then(([clients, keys]) =>
        (clients.some((c) => isOrientation(new URL(c.url).pathname)) || keys.some((k) => k.startsWith("shell-"))) &&
        keepShell())
      .then(() => self.skipWaiting()),
  );
});

function keepShell() {
  return caches.open(SHELL).then((cache) => cache.addAll(PRECACHE));
}

function isOrientation(path) {
  return !isFinder(path) && !isStaffs(path);
}

// The staff console's and the association leaders' pages: never this worker's.
function isStaffs(path) {
  return ["/staff", "/club"].some((p) => path === p || path.startsWith(p + "/"));
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("shell-") && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
      .then(() => self.clients.matchAll({ type: "window" }))
      // A first visit loaded its page and the list of municipalities before this worker
      // was there: keep them now, so a finder page (a Sportotek reservation, say) opens
      // offline next time.
      .then((clients) => Promise.all([
        clients.length > 0 && networkFirst(new Request("/api/municipalities")),
        ...[...new Set(clients.map((c) => new URL(c.url).pathname).filter(isFinder).map(bundleOf))]
          .map((bundle) => finderPage(new Request(bundle.page))),
      ]))
      .catch(() => {}),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // A POST, such as a fritidscheck's balance, is never kept: the voucher page keeps its
  // last answers itself, and opens offline as any finder page does (isFinder).
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Staff pages and their data are never kept on the device; the association leaders'
  // pages (/club/) have a worker of their own.
  if (isStaffs(url.pathname) || url.pathname.startsWith("/api/staff/") || url.pathname.startsWith("/api/auth/")) return;
  if (url.pathname.startsWith("/api/")) {
    event.respondWith(networkFirst(request));
  } else if (request.mode === "navigate" && isFinder(url.pathname)) {
    event.respondWith(finderPage(request));
    event.waitUntil(showDueReminders());
  } else if (request.mode === "navigate") {
    // Online, the server sends the page with its content (its first paint). Offline,
    // every client route is the same shell, and the app decides what to show.
    event.respondWith(fetch(request).catch(() => caches.match("/index.html", { cacheName: SHELL })));
    event.waitUntil(
      showDueReminders().then(() => caches.match("/index.html", { cacheName: SHELL })).then((kept) => kept || keepShell()).catch(() => {}),
    );
  } else if (["/activities/", "/sportotek/", "/voucher/", "/guides/", "/mine/"].some((prefix) => url.pathname.startsWith(prefix))) {
    event.respondWith(caches.open(FINDER).then((cache) => cache.match(request).then((hit) => hit || fetch(request).then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    }))));
  } else {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});

// Reminders, for a person who agreed on "Mine": the page hands over the coming pickups,
// returns and meetings in the reader's words; each is shown once, from the day before,
// whenever the browser wakes this worker (a page of ours opened, or the installed app's
// periodic sync). Nothing comes through a push service.
const REMINDERS = "reminders-v1";
const REMINDERS_KEY = "/reminders.json";

self.addEventListener("message", (event) => {
  let message;
  try { message = JSON.parse(event.data); } catch (error) { return; }
  if (message && message.type === "reminders" && Array.isArray(message.items)) {
    event.waitUntil(keepReminders(message.items).then(showDueReminders));
  } else if (message && message.type === "forget") {
    event.waitUntil(forgetEverything());
  }
});

self.addEventListener("periodicsync", (event) => {
  if (event.tag === "reminders") event.waitUntil(showDueReminders());
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(self.clients.openWindow("/activities/mine"));
});

async function readReminders() {
  const saved = await (await caches.open(REMINDERS)).match(REMINDERS_KEY);
  if (!saved) return { items: [], shown: [] };
  try { return await saved.json(); } catch (error) { return { items: [], shown: [] }; }
}

async function writeReminders(state) {
  await (await caches.open(REMINDERS)).put(REMINDERS_KEY, new Response(JSON.stringify(state), { headers: { "content-type": "application/json" } }));
}

async function keepReminders(items) {
  const { shown } = await readReminders();
  const wellFormed = items.filter((i) => i && typeof i.tag === "string" && typeof i.title === "string" && typeof i.body === "string" && /^\d{4}-\d{2}-\d{2}$/.test(i.from) && /^\d{4}-\d{2}-\d{2}$/.test(i.day)).slice(0, 100);
  await writeReminders({ items: wellFormed, shown: (shown || []).filter((tag) => wellFormed.some((i) => i.tag === tag)) });
}

// The phone's own date, as the page wrote the days.
function localDay(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function showDueReminders() {
  if (!self.Notification || Notification.permission !== "granted") return;
  const { items, shown } = await readReminders();
  const today = localDay(new Date());
  const due = items.filter((i) => i.from <= today && today <= i.day && !shown.includes(i.tag));
  for (const item of due) {
    await self.registration.showNotification(item.title, { body: item.body, tag: item.tag, icon: "/icons/icon-192.png", lang: "" });
  }
  if (due.length > 0) await writeReminders({ items, shown: [...shown, ...due.map((i) => i.tag)] });
}

// "Forget everything on this phone": the reminders, and the calendar files kept, which
// carry a code in their address.
async function forgetEverything() {
  await caches.delete(REMINDERS);
  const data = await caches.open(DATA);
  for (const key of await data.keys()) {
    if (new URL(key.url).searchParams.has("code")) await data.delete(key);
  }
  for (const notification of await self.registration.getNotifications()) notification.close();
}

// The network first, revalidating the saved copy by its ETag: a copy that is still
// current comes back as a 304 of a few hundred bytes, not the whole answer again.
async function networkFirst(request) {
  const cache = await caches.open(DATA);
  const saved = await cache.match(request);
  const now = String(Math.floor(Date.now() / 1000));
  try {
    const tag = saved && saved.headers.get("etag");
    let asked = request;
    if (tag) {
      const headers = new Headers(request.headers);
      headers.set("if-none-match", tag);
      asked = new Request(request, { headers });
    }
    const response = await fetch(asked);
    if (response.status === 304 && saved) {
      // Current: kept as saved now, and answered as the network's own (no "saved copy").
      const body = await saved.blob();
      const headers = new Headers(saved.headers);
      headers.set("x-valkommen-saved-at", now);
      headers.set("x-valkommen-revalidated", now);
      await cache.put(request, new Response(body, { status: 200, headers }));
      headers.delete("x-valkommen-saved-at");
      headers.delete("x-valkommen-revalidated");
      return new Response(body, { status: 200, headers });
    }
    if (response.ok) {
      // Keep the answer with the time it was saved, shown as "saved copy" offline.
      const headers = new Headers(response.headers);
      headers.set("x-valkommen-saved-at", now);
      const body = await response.clone().blob();
      await cache.put(request, new Response(body, { status: response.status, headers }));
    }
    return response;
  } catch (error) {
    if (saved) return saved;
    throw error;
  }
}

function isFinder(path) {
  return path === "/activities" || path.startsWith("/activities/");
}

// Five bundles live under /activities: "Mine" comes from /mine/, the Sportotek's pages from /sportotek/, the
// fritidscheck's balance from /voucher/, the refugee guides' from /guides/, the finder's
// from /activities/. Each keeps its own page and files.
function bundleOf(path) {
  for (const name of ["sportotek", "voucher", "guides", "mine"]) {
    const page = `/activities/${name}`;
    if (path === page || path.startsWith(page + "/")) return { page, files: `/${name}/` };
  }
  return { page: "/activities", files: "/activities/" };
}

// The finder's page from the network, kept as its offline copy; the files of earlier
// builds that the new page no longer names are dropped.
async function finderPage(request) {
  const cache = await caches.open(FINDER);
  const bundle = bundleOf(new URL(request.url).pathname);
  const saved = bundle.files + "index.html";
  try {
    const response = await fetch(request);
    if (response.ok) {
      const html = await response.clone().text();
      // Files and wasm-bindgen's snippets (`/mine/snippets/…/inline0.js`).
      const files = new RegExp(bundle.files.replace(/\//g, "\\/") + "(?:[\\w.-]+\\/)*[\\w.-]+\\.(?:js|wasm|css)", "g");
      const current = new Set([...html.matchAll(files)].map((m) => m[0]));
      await cache.put(saved, response.clone());
      for (const key of await cache.keys()) {
        const path = new URL(key.url).pathname;
        if (path.startsWith(bundle.files) && path !== saved && !current.has(path)) await cache.delete(key);
      }
      // Files the page loaded before this worker saw them are fetched once more and kept.
      for (const path of current) {
        if (!(await cache.match(path))) await cache.add(path).catch(() => {});
      }
    }
    return response;
  } catch (error) {
    const copy = await cache.match(saved);
    if (copy) return copy;
    throw error;
  }
}
