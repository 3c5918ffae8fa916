//! A picture per pair, `og/<a>-vs-<b>.png` (1200 × 630, what Open Graph and
//! X show when a link is shared): both titles with their figures at a glance,
//! the key differences and the bottom line, drawn natively at build time. The
//! picture is an SVG written here and rendered by resvg with the committed
//! DejaVu Sans (`site/fonts/`, its licence beside it), so every machine draws
//! the same pixels; no browser takes part.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};
use role_compare::summary::PairSummary;

use crate::snippet::{escape_html, pair_file};

/// The picture's width, in px.
pub const WIDTH: u32 = 1200;
/// The picture's height, in px.
pub const HEIGHT: u32 = 630;

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "DejaVu Sans";

/// The card's colours (its light theme).
const FG: &str = "#1a1f2b";
const MUTED: &str = "#4a5263";
const SURFACE: &str = "#f3f5f8";
const ACCENT_A: &str = "#1d5bb8";
const ACCENT_B: &str = "#a8431a";

/// What renders the pictures: the font loaded once.
pub struct Painter {
    options: usvg::Options<'static>,
}

impl Default for Painter {
    fn default() -> Self {
        let mut options = usvg::Options {
            font_family: FAMILY.to_owned(),
            ..usvg::Options::default()
        };
        let fonts = Arc::make_mut(&mut options.fontdb);
        fonts.load_font_data(REGULAR.to_vec());
        fonts.load_font_data(BOLD.to_vec());
        Painter { options }
    }
}

impl Painter {
    /// The PNG of a pair's picture.
    pub fn png(&self, summary: &PairSummary) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(&svg(summary), &self.options).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        // The picture is opaque: RGB, without the alpha channel.
        let rgb: Vec<u8> = pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|pixel| pixel.iter().take(3).copied())
            .collect();
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Best);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(out)
    }
}

/// The words of `text` in lines of at most `width` px at `size` px (DejaVu
/// Sans averages about 0.5 em a character in running text), at most `max` lines, the last
/// ending in "…" when the text is longer.
fn wrap(text: &str, size: f32, width: f32, max: usize) -> Vec<String> {
    let per_line = (width / (size * 0.56)).floor().max(1.0) as usize;
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= per_line => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            while last.chars().count() + 1 > per_line {
                match last.rfind(' ') {
                    Some(space) => last.truncate(space),
                    None => {
                        last.pop();
                    }
                }
            }
            last.push('…');
        }
    }
    lines
}

/// `lines` as one SVG text element from (`x`, `y`), `leading` px apart.
fn text(lines: &[String], x: u32, y: u32, size: u32, leading: u32, attrs: &str) -> String {
    let spans: String = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                "<tspan x=\"{x}\" y=\"{}\">{}</tspan>",
                y + leading * i as u32,
                escape_html(line)
            )
        })
        .collect();
    format!("<text font-size=\"{size}\" {attrs}>{spans}</text>")
}

/// The picture as SVG.
fn svg(summary: &PairSummary) -> String {
    let mut body = String::new();
    // Both roles side by side: the title and the figures at a glance.
    let column = 510.0;
    for (i, (role, accent)) in summary.roles.iter().zip([ACCENT_A, ACCENT_B]).enumerate() {
        let x = 60 + 570 * i as u32;
        let title = wrap(&role.title, 40.0, column, 2);
        let title_lines = title.len() as u32;
        body.push_str(&text(
            &title,
            x + 24,
            96,
            40,
            46,
            &format!("font-weight=\"bold\" fill=\"{FG}\""),
        ));
        let mut figures: Vec<String> = role
            .figures
            .iter()
            .flat_map(|(label, value)| wrap(&format!("{label}: {value}"), 24.0, column - 24.0, 2))
            .take(3)
            .collect();
        if figures.is_empty() {
            figures.push("No official figure checked".to_owned());
        }
        body.push_str(&text(
            &figures,
            x + 24,
            96 + 46 * title_lines + 6,
            24,
            32,
            &format!("fill=\"{MUTED}\""),
        ));
        // The role's colour beside its title and figures, as on the card.
        let bar = 46 * title_lines + 32 * figures.len() as u32 + 8;
        body.push_str(&format!(
            "<rect x=\"{x}\" y=\"56\" width=\"6\" height=\"{bar}\" fill=\"{accent}\"/>"
        ));
    }
    // The key differences and the bottom line.
    body.push_str(&format!(
        "<rect x=\"0\" y=\"250\" width=\"{WIDTH}\" height=\"{}\" fill=\"{SURFACE}\"/>",
        HEIGHT - 250
    ));
    body.push_str(&text(
        &["Key differences".to_owned()],
        60,
        298,
        26,
        0,
        &format!("font-weight=\"bold\" fill=\"{FG}\""),
    ));
    let mut y = 340;
    // Two key differences and the bottom line.
    let mut points: Vec<(String, bool)> = summary
        .differences
        .iter()
        .take(2)
        .map(|s| (s.clone(), false))
        .collect();
    points.push((summary.bottom_line_text(), true));
    for (point, bottom) in points {
        // The bottom line (bold, so wider) may take a third line.
        let lines = if bottom {
            wrap(&point, 23.0, 1000.0, 3)
        } else {
            wrap(&point, 23.0, 1060.0, 2)
        };
        // The last line's baseline stays clear of the footer.
        if y + 30 * (lines.len() as u32).saturating_sub(1) > HEIGHT - 60 {
            break;
        }
        let weight = if bottom { "font-weight=\"bold\" " } else { "" };
        body.push_str(&format!(
            "<circle cx=\"68\" cy=\"{}\" r=\"4\" fill=\"{MUTED}\"/>",
            y - 8
        ));
        body.push_str(&text(
            &lines,
            84,
            y,
            23,
            30,
            &format!("{weight}fill=\"{FG}\""),
        ));
        y += 30 * lines.len() as u32 + 14;
    }
    body.push_str(&text(
        &[format!(
            "{}: operations and supply-chain roles compared",
            summary.title
        )],
        60,
        HEIGHT - 28,
        18,
        0,
        &format!("fill=\"{MUTED}\""),
    ));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FAMILY}\">\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#ffffff\"/>{body}</svg>"
    )
}

/// Every pair's picture: its path below the site's root
/// (`og/<a>-vs-<b>.png`) and its PNG, rendered on every core.
pub fn pictures() -> Result<Vec<(String, Vec<u8>)>, String> {
    let pairs = role_compare::builtin::pairs();
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = pairs.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = pairs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let painter = Painter::default();
                    part.iter()
                        .map(|(a, b)| {
                            let path = pair_file(&a.id, &b.id, "og", "png")
                                .ok_or_else(|| format!("no picture for {} and {}", a.id, b.id))?;
                            let summary =
                                PairSummary::builtin(&a.id, &b.id, None).ok_or_else(|| {
                                    format!("{} and {} cannot be compared", a.id, b.id)
                                })?;
                            Ok((path, painter.png(&summary)?))
                        })
                        .collect::<Result<Vec<_>, String>>()
                })
            })
            .collect();
        let mut all = Vec::with_capacity(pairs.len());
        for worker in workers {
            all.extend(
                worker
                    .join()
                    .map_err(|_| "a picture's thread failed".to_owned())??,
            );
        }
        Ok(all)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_within_its_lines() {
        let lines = wrap(
            "one two three four five six seven eight nine ten",
            10.0,
            60.0,
            2,
        );
        assert_eq!(lines, ["one two", "three…"]);
        assert!(lines.iter().all(|l| l.chars().count() <= 10));
        assert_eq!(wrap("short", 10.0, 560.0, 2), ["short"]);
    }

    /// Writes one pair's picture to `target/og-sample.png` (to look at it).
    #[test]
    fn a_picture_is_a_1200_by_630_png() {
        use role_compare::builtin::roles;
        let summary = PairSummary::builtin(
            &roles::OPERATIONS_MANAGER,
            &roles::PROCUREMENT_MANAGER,
            None,
        )
        .unwrap();
        let png = Painter::default().png(&summary).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(&png[12..16], b"IHDR");
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), WIDTH);
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), HEIGHT);
        std::fs::write(std::env::temp_dir().join("og-sample.png"), &png).unwrap();
    }
}
