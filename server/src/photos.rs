//! Photos for the Sportotek's items and the guides: staff upload a JPEG, PNG or WebP
//! file; the server decodes it within limits (a decompression bomb is refused before
//! its pixels are allocated), turns it upright, and writes it anew as JPEG in a few
//! widths. Re-encoding keeps only pixels: no EXIF, no GPS position, no camera serial
//! survives. The widths are served for ever under a name made from the file's content.

use std::io::Cursor;

use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
    http::StatusCode,
};
use image::{imageops::FilterType, DynamicImage, ImageDecoder as _, ImageFormat, ImageReader, Limits};
use model::{sportotek::PHOTO_WIDTHS, FieldError};

use crate::error::{ApiError, Result};

/// A phone's photo is a few megabytes; anything larger is refused unread (413).
pub const PHOTO_BODY_BYTES: usize = 12 * 1024 * 1024;
/// The most pixels a photo may have, and the memory its decoding may take: a phone's
/// 50-megapixel photo passes, a bomb that claims 100 000 × 100 000 does not.
const MAX_SIDE: u32 = 12_000;
const MAX_DECODE_BYTES: u64 = 400 * 1024 * 1024;
/// A photo is at most twice as tall as it is wide once resized.
const MAX_ASPECT: u32 = 2;
const JPEG_QUALITY: u8 = 78;

/// A request body of any type, its rejection our error: too large is 413.
pub struct RawBody(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for RawBody {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self> {
        Bytes::from_request(request, state).await.map(RawBody).map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::TooLarge
            } else {
                ApiError::Malformed
            }
        })
    }
}

/// Why an upload is not a photo we keep.
#[derive(Debug, PartialEq, Eq)]
pub enum PhotoError {
    /// Not a JPEG, PNG or WebP file, or a broken one.
    NotAnImage,
    /// More pixels or memory than the limits allow.
    TooLarge,
}

impl From<PhotoError> for ApiError {
    fn from(error: PhotoError) -> Self {
        let id = match error {
            PhotoError::NotAnImage => "error-photo-not-image",
            PhotoError::TooLarge => "error-photo-too-many-pixels",
        };
        FieldError::new("photo", id).into()
    }
}

/// A photo ready to store: its id (from the uploaded bytes) and each width as JPEG.
pub struct Processed {
    pub id: String,
    pub widths: Vec<(u16, Vec<u8>)>,
}

/// Decodes `bytes` within the limits and re-encodes it in every width of `PHOTO_WIDTHS`
/// (never wider than the original).
pub fn process(bytes: &[u8]) -> Result<Processed, PhotoError> {
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(|_| PhotoError::NotAnImage)?;
    if !matches!(reader.format(), Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) {
        return Err(PhotoError::NotAnImage);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let judge = |error: image::ImageError| match error {
        image::ImageError::Limits(_) => PhotoError::TooLarge,
        _ => PhotoError::NotAnImage,
    };
    let mut decoder = reader.into_decoder().map_err(judge)?;
    let orientation = decoder.orientation().map_err(judge)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(judge)?;
    image.apply_orientation(orientation);
    let image = flattened(image);
    let mut widths = Vec::with_capacity(PHOTO_WIDTHS.len());
    for width in PHOTO_WIDTHS {
        let target = u32::from(width).min(image.width());
        let resized = image.resize(target, target * MAX_ASPECT, FilterType::Triangle);
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
            .encode_image(&resized.to_rgb8())
            .map_err(|_| PhotoError::NotAnImage)?;
        widths.push((width, out));
    }
    let id = crate::hex::hex(&sha_of(bytes)[..8]);
    Ok(Processed { id, widths })
}

fn sha_of(bytes: &[u8]) -> [u8; 32] {
    use sha2::Digest as _;
    sha2::Sha256::digest(bytes).into()
}

/// The image on white: JPEG has no transparency, and black behind a PNG's clear parts
/// would hide a dark item.
fn flattened(image: DynamicImage) -> DynamicImage {
    if !image.color().has_alpha() {
        return image;
    }
    let mut rgba = image.into_rgba8();
    for pixel in rgba.pixels_mut() {
        let alpha = u16::from(pixel[3]);
        for channel in 0..3 {
            let blended = (u16::from(pixel[channel]) * alpha + 255 * (255 - alpha)) / 255;
            pixel[channel] = u8::try_from(blended).unwrap_or(u8::MAX);
        }
        pixel[3] = 255;
    }
    DynamicImage::ImageRgba8(rgba)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbaImage::from_pixel(width, height, image::Rgba([200, 30, 30, 128]));
        let mut out = Vec::new();
        DynamicImage::ImageRgba8(image).write_to(&mut Cursor::new(&mut out), ImageFormat::Png).unwrap();
        out
    }

    #[test]
    fn a_photo_comes_back_as_jpeg_in_every_width_never_wider_than_it_was() {
        let processed = process(&png(400, 300)).unwrap();
        assert_eq!(processed.id.len(), 16);
        let widths: Vec<u32> = processed
            .widths
            .iter()
            .map(|(_, bytes)| {
                assert_eq!(&bytes[..3], &[0xFF, 0xD8, 0xFF], "JPEG");
                image::load_from_memory(bytes).unwrap().width()
            })
            .collect();
        assert_eq!(widths, [160, 320, 400]);
    }

    #[test]
    fn what_is_not_a_photo_is_refused() {
        for bad in [&b"hello"[..], b"%PDF-1.4", &png(10, 10)[..40], b"\xFF\xD8\xFF\xE0 broken jpeg"] {
            assert!(process(bad).is_err(), "{bad:?}");
        }
    }
}
