//! Scanning a card's QR code with the phone's rear camera, where the browser has the
//! Shape Detection API (`BarcodeDetector`); elsewhere the code is typed. The detector is
//! reached through `Reflect`, as web-sys only has it behind unstable flags.

use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::{html::Video, prelude::*, task::spawn_local};
use model::voucher::VoucherCode;
use ui::i18n::use_i18n;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MediaStream, MediaStreamConstraints};

/// How often a frame is looked at: quick enough to feel instant, light on the battery.
const SCAN_EVERY_MS: i32 = 300;

/// Whether this browser can read QR codes from the camera.
pub fn can_scan() -> bool {
    Reflect::has(&window(), &"BarcodeDetector".into()).unwrap_or(false)
}

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

/// `await object.method(arg)`.
async fn call_async(object: &JsValue, method: &str, arg: &JsValue) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(object, &method.into())?.dyn_into()?;
    let promise: Promise = function.call1(object, arg)?.dyn_into()?;
    JsFuture::from(promise).await
}

async fn open_camera() -> Result<MediaStream, JsValue> {
    let constraints = MediaStreamConstraints::new();
    let video = Object::new();
    Reflect::set(&video, &"facingMode".into(), &"environment".into())?;
    constraints.set_video(&video);
    let devices = window().navigator().media_devices()?;
    JsFuture::from(devices.get_user_media_with_constraints(&constraints)?).await?.dyn_into()
}

fn stop_camera(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

fn make_detector() -> Result<JsValue, JsValue> {
    let class: Function = Reflect::get(&window(), &"BarcodeDetector".into())?.dyn_into()?;
    let options = Object::new();
    Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into()))?;
    Reflect::construct(&class, &Array::of1(&options))
}

/// The texts of the QR codes in the video's current frame.
async fn detect(detector: &JsValue, video: &JsValue) -> Vec<String> {
    let Ok(found) = call_async(detector, "detect", video).await else { return vec![] };
    Array::from(&found)
        .iter()
        .filter_map(|code| Reflect::get(&code, &"rawValue".into()).ok().and_then(|v| v.as_string()))
        .collect()
}

/// A "Scan" button that opens the camera until a voucher's QR code is seen, then hands
/// over the code and closes the camera; also closed on "Stop" and on leaving the page.
#[component]
pub fn Scanner(on_code: Callback<VoucherCode>) -> impl IntoView {
    let i18n = use_i18n();
    let video = NodeRef::<Video>::new();
    let stream = StoredValue::new_local(None::<MediaStream>);
    let scanning = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let stop = move || {
        scanning.try_set(false);
        stream.try_update_value(|s| s.take().inspect(stop_camera));
    };
    on_cleanup(move || {
        // The page is gone, and its signals with it: only the camera needs closing.
        stream.try_update_value(|s| s.take().inspect(stop_camera));
    });
    let start = move |_| {
        failed.set(false);
        scanning.set(true);
        spawn_local(async move {
            let camera = match (open_camera().await, make_detector()) {
                (Ok(camera), Ok(detector)) => Some((camera, detector)),
                (Ok(camera), Err(_)) => {
                    stop_camera(&camera);
                    None
                }
                (Err(_), _) => None,
            };
            let Some((camera, detector)) = camera else {
                failed.try_set(true);
                scanning.try_set(false);
                return;
            };
            // "Stop", or another page, while the browser was asking for the camera.
            let element = video.try_get_untracked().flatten();
            let (Some(true), Some(element)) = (scanning.try_get_untracked(), element) else {
                return stop_camera(&camera);
            };
            element.set_src_object(Some(&camera));
            let _ = element.play();
            // Kept for "Stop" and for leaving; closed at once if the page is already gone.
            let mut left = Some(camera);
            stream.try_update_value(|kept| std::mem::swap(kept, &mut left));
            if let Some(left) = left {
                stop_camera(&left);
            }
            while scanning.try_get_untracked() == Some(true) {
                let texts = detect(&detector, &element).await;
                if let Some(code) = texts.iter().find_map(|t| VoucherCode::from_link(t)) {
                    stop();
                    on_code.run(code);
                    break;
                }
                sleep(SCAN_EVERY_MS).await;
            }
        });
    };
    view! {
        <div class="scanner">
            <Show when=move || !scanning.get()
                fallback=move || view! {
                    <button type="button" class="secondary" id="redeem-scan-stop" on:click=move |_| stop()>
                        {i18n.tr("console-scan-stop")}
                    </button>
                }>
                <button type="button" class="secondary" id="redeem-scan" on:click=start>{i18n.tr("console-scan")}</button>
            </Show>
            <video node_ref=video class="scan-video" class:hidden=move || !scanning.get()
                playsinline=true muted=true aria-label=i18n.tr("console-scan-video")></video>
            <Show when=move || failed.get()>
                <p class="notice warning" role="status">{i18n.tr("console-scan-failed")}</p>
            </Show>
        </div>
    }
}
