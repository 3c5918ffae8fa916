//! Writes the pre-rendered pages, the frame pages, the oEmbed files and the
//! pairs' pictures into a built `dist/`:
//! `role-compare-prerender <dist> <base url>`. The base URL is the address the
//! site is published at (canonical links, the sitemap); `make build` passes
//! its `BASE_URL` setting.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;

    let mut args = std::env::args().skip(1);
    let (Some(dist), Some(base_url)) = (args.next(), args.next()) else {
        eprintln!("usage: role-compare-prerender <dist> <base url ending in />");
        std::process::exit(2);
    };
    if !(base_url.starts_with("http://") || base_url.starts_with("https://"))
        || !base_url.ends_with('/')
    {
        eprintln!(
            "role-compare-prerender: the base URL must be absolute and end in /, not {base_url:?}"
        );
        std::process::exit(2);
    }
    let dist = PathBuf::from(dist);
    let result = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("cannot read {}/index.html: {e}", dist.display()))
        .and_then(|index| role_compare_site::pages::site(&base_url, &index))
        .and_then(|files| {
            for file in &files {
                if let Some(folder) = dist.join(&file.path).parent() {
                    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
                }
                std::fs::write(dist.join(&file.path), &file.text)
                    .map_err(|e| format!("cannot write {}: {e}", file.path))?;
            }
            let pictures = role_compare_site::picture::pictures()?;
            for (path, png) in &pictures {
                if let Some(folder) = dist.join(path).parent() {
                    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
                }
                std::fs::write(dist.join(path), png)
                    .map_err(|e| format!("cannot write {path}: {e}"))?;
            }
            Ok(files.len() + pictures.len())
        });
    match result {
        Ok(count) => println!(
            "role-compare-prerender: wrote {count} files into {}",
            dist.display()
        ),
        Err(message) => {
            eprintln!("role-compare-prerender: {message}");
            std::process::exit(1);
        }
    }
}

/// The pages are written natively.
#[cfg(target_arch = "wasm32")]
fn main() {}
