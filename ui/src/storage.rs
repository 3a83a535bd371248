//! The phone's `localStorage`: the language choice and what was read, for offline use.
//! Failures (private mode, a full store) are ignored: the app works without it.

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok()?
}

pub fn set(key: &str, value: &str) {
    if let Some(storage) = local() {
        let _ = storage.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}

/// Everything stored, for "forget everything on this phone".
pub fn clear() {
    if let Some(storage) = local() {
        let _ = storage.clear();
    }
}

/// Every stored value whose key starts with `prefix`.
pub fn values_with_prefix(prefix: &str) -> Vec<String> {
    let Some(storage) = local() else { return vec![] };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .filter_map(|key| storage.get_item(&key).ok().flatten())
        .collect()
}
