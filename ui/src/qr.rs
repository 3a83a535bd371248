//! A QR code as one SVG path: the `qrcode` crate makes the matrix, and each run of dark
//! modules in a row becomes one rectangle, so a card's code is a few hundred bytes of
//! markup and no image library comes into the bundle.

use std::fmt::Write;

use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};

/// Light modules around the code, as the standard asks, so phones find its edges.
pub const QUIET_ZONE: usize = 4;

/// The path of the dark modules of a `width` × `width` matrix (row by row), one unit per
/// module, drawn from (0, 0).
pub fn svg_path(width: usize, dark: &[bool]) -> String {
    let mut path = String::new();
    for (y, row) in dark.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] {
                let run = row[x..].iter().take_while(|d| **d).count();
                let _ = write!(path, "M{x} {y}h{run}v1h-{run}z");
                x += run;
            } else {
                x += 1;
            }
        }
    }
    path
}

/// The modules of `text` as a QR code with medium error correction (a card survives a
/// crease), or `None` for a text too long for any QR code.
pub fn matrix(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
    let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    Some((code.width(), dark))
}

/// `text` as a QR code, black on white, scaled by its container.
#[component]
pub fn QrImage(text: String, #[prop(into)] label: String) -> impl IntoView {
    matrix(&text).map(|(width, dark)| {
        let side = width + 2 * QUIET_ZONE;
        let view_box = format!("-{QUIET_ZONE} -{QUIET_ZONE} {side} {side}");
        view! {
            <svg class="qr" viewBox=view_box role="img" aria-label=label shape-rendering="crispEdges"
                xmlns="http://www.w3.org/2000/svg">
                <rect x=format!("-{QUIET_ZONE}") y=format!("-{QUIET_ZONE}") width=side height=side fill="#fff" />
                <path d=svg_path(width, &dark) fill="#000" />
            </svg>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paints the path's rectangles on a white image, quiet zone and all, `scale` pixels
    /// a module, as a printer would.
    fn paint(width: usize, path: &str, scale: usize) -> (usize, Vec<u8>) {
        let side = (width + 2 * QUIET_ZONE) * scale;
        let mut pixels = vec![255_u8; side * side];
        for rectangle in path.split('M').filter(|r| !r.is_empty()) {
            let numbers: Vec<usize> = rectangle
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect();
            let (x, y, run) = (numbers[0] + QUIET_ZONE, numbers[1] + QUIET_ZONE, numbers[2]);
            for py in y * scale..(y + 1) * scale {
                for px in x * scale..(x + run) * scale {
                    pixels[py * side + px] = 0;
                }
            }
        }
        (side, pixels)
    }

    #[test]
    fn a_printed_card_code_reads_back_as_its_link() {
        let link = "https://valkommen.example/activities/voucher#7KQ2M9XD4TRFHJ";
        let (width, dark) = matrix(link).unwrap();
        let (side, pixels) = paint(width, &svg_path(width, &dark), 4);
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code found");
        let (_, content) = grids[0].decode().expect("the code decodes");
        assert_eq!(content, link);
    }

    #[test]
    fn each_run_of_dark_modules_in_a_row_becomes_one_rectangle() {
        let dark = [
            true, true, false, //
            false, false, false, //
            true, false, true,
        ];
        assert_eq!(svg_path(3, &dark), "M0 0h2v1h-2zM0 2h1v1h-1zM2 2h1v1h-1z");
    }

    #[test]
    fn an_all_light_matrix_draws_nothing() {
        assert_eq!(svg_path(2, &[false; 4]), "");
        assert_eq!(svg_path(0, &[]), "");
    }

    #[test]
    fn a_voucher_link_makes_a_code_with_its_three_finder_patterns() {
        let (width, dark) = matrix("https://granviken.example/activities/voucher#7KQ2M9XD4TRFHJ").unwrap();
        assert_eq!(dark.len(), width * width);
        assert!((25..=41).contains(&width), "a small version: {width}");
        let path = svg_path(width, &dark);
        // The top rows of the finder patterns: seven dark modules at the start and the end.
        assert!(path.starts_with("M0 0h7v1h-7z"), "{}", &path[..40]);
        assert!(path.contains(&format!("M{} 0h7v1h-7z", width - 7)));
        assert!(path.contains(&format!("M0 {}h7v1h-7z", width - 7)));
        // Every module drawn is a dark one: the path's area is the dark count.
        let area: usize = path
            .split('h')
            .skip(1)
            .step_by(2)
            .map(|run| run.split('v').next().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(area, dark.iter().filter(|d| **d).count());
    }

    #[test]
    fn a_text_too_long_for_any_code_gives_none() {
        assert!(matrix(&"x".repeat(4000)).is_none());
    }
}
