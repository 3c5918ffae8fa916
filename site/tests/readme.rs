//! The README's snippets (and those of `docs/*.md`) are what the generator
//! hands out for the same choices, at the hosted address (`Cargo.toml`'s
//! `homepage`), so a blogger can paste any of them as it stands.
//!
//! A snippet is marked by an HTML comment on the line before its fence, which
//! names its form, the pair and any choices beyond the generator's defaults:
//!
//! ```text
//! <!-- snippet: short operations-manager procurement-manager -->
//! <!-- snippet: short team-leader plant-manager theme=light dimensions=scope,people -->
//! <!-- snippet: frame operations-manager procurement-manager theme=dark -->
//! <!-- snippet: address operations-manager procurement-manager -->
//! <!-- snippet: picture operations-manager procurement-manager -->
//! <!-- snippet: file examples/leptos-app/src/main.rs -->
//! <!-- snippet: excerpt examples/leptos-app/src/main.rs -->
//! ```
//!
//! The forms are the generator's (`site/src/demo/generator.rs`), made with
//! the same functions of `role_compare_site::snippet`. `file` is a copy of
//! a checked file; `excerpt`, a shorter program made of its lines, in order
//! (trimmed). The pairs' words
//! change as the dataset is edited: when a snippet differs, the test prints
//! the expected one in full, to copy into the README between the fences.
//! The pre-rendered snippet (tens of kilobytes of card) is not in the README:
//! the generator hands it out.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use role_compare::builtin::{dataset, page_order, pair_page};
use role_compare::dataset::{DimensionId, RoleId};
use role_compare::summary::PairSummary;
use role_compare::words;
use role_compare::Theme;
use role_compare_site::snippet::{
    embed_snippet, frame_code, frame_path, pair_file, picture_and_link, SnippetInput,
};

/// Where `.github/workflows/pages.yml` publishes `dist/`.
const BASE: &str = "https://role-compare.github.io/role-compare/";
/// What opens a snippet's marker line.
const MARKER: &str = "<!-- snippet: ";
/// The README's length limit, in lines: it is read, not searched.
const MAX_LINES: usize = 300;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README.md")
}

/// A fenced block of the README: its language, its text and the line its
/// fence opens on (1-based), with the marker before it, if any.
struct Fence {
    line: usize,
    language: String,
    marker: Option<String>,
    text: String,
}

/// Every fenced block of `markdown` (``` fences at the start of a line).
fn fences(markdown: &str) -> Vec<Fence> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let Some(language) = lines[index].strip_prefix("```") else {
            index += 1;
            continue;
        };
        let marker = index
            .checked_sub(1)
            .map(|before| lines[before].trim())
            .and_then(|before| before.strip_prefix(MARKER))
            .and_then(|spec| spec.strip_suffix("-->"))
            .map(|spec| spec.trim().to_owned());
        let end = (index + 1..lines.len())
            .find(|&i| lines[i] == "```")
            .unwrap_or_else(|| panic!("README.md:{}: the fence is never closed", index + 1));
        found.push(Fence {
            line: index + 1,
            language: language.trim().to_owned(),
            marker,
            text: lines[index + 1..end].join("\n"),
        });
        index = end + 1;
    }
    found
}

fn role(id: &str) -> Result<RoleId, String> {
    let id = RoleId::parse(id).map_err(|e| format!("role id {id:?}: {e:?}"))?;
    dataset()
        .role(&id)
        .map(|_| id.clone())
        .ok_or_else(|| format!("{id} is not a built-in role"))
}

fn title(id: &RoleId) -> String {
    dataset()
        .role(id)
        .map_or_else(|| id.to_string(), |role| role.title.to_string())
}

/// What the generator hands out for a marker's choices (`short`, `frame`,
/// `address` or `picture`, two role ids, then `theme=` and `dimensions=` as
/// the form takes them), at [`BASE`].
fn generated(spec: &str) -> Result<String, String> {
    let words_of: Vec<&str> = spec.split_whitespace().collect();
    let [kind, a, b, options @ ..] = words_of.as_slice() else {
        return Err(format!(
            "{spec:?}: expected a form, two role ids and options"
        ));
    };
    let (a, b) = (role(a)?, role(b)?);
    let mut theme = Theme::Auto;
    let mut dimensions: Option<String> = None;
    for option in options {
        match option.split_once('=') {
            Some(("theme", value)) => {
                theme = Theme::ALL
                    .into_iter()
                    .find(|t| t.as_str() == value)
                    .ok_or_else(|| format!("{spec:?}: no theme {value:?}"))?;
            }
            Some(("dimensions", value)) if *kind == "short" => {
                dimensions = Some(value.to_owned());
            }
            _ => return Err(format!("{spec:?}: {option:?} is not a choice of this form")),
        }
    }
    let no_pair = || format!("{spec:?}: {a} and {b} are not a pair");
    // The forms made from the pair's own files follow its page's order.
    let (first, second) = page_order(&a, &b).ok_or_else(no_pair)?;
    let page = format!("{BASE}{}", pair_page(first, second).ok_or_else(no_pair)?);
    match *kind {
        "short" => {
            let only: Option<Vec<DimensionId>> = dimensions.as_deref().map(|list| {
                list.split(',')
                    .filter_map(|id| DimensionId::parse(id).ok())
                    .collect()
            });
            let summary = PairSummary::builtin(&a, &b, only.as_deref());
            Ok(embed_snippet(&SnippetInput {
                script_url: &format!("{BASE}role-compare.js"),
                page_url: &format!("{BASE}index.html"),
                a: (a.as_str(), &title(&a)),
                b: (b.as_str(), &title(&b)),
                theme,
                dimensions: dimensions.as_deref(),
                state: None,
                summary: summary.as_ref(),
                render: role_compare::summary::fallback_html,
            }))
        }
        "frame" => {
            let query = if theme == Theme::Auto {
                String::new()
            } else {
                format!("?theme={}", theme.as_str())
            };
            let src = format!("{BASE}{}{query}", frame_path(first, second).ok_or_else(no_pair)?);
            let pair = words::pair_title(&title(first), &title(second));
            Ok(frame_code(BASE, &src, &pair))
        }
        "address" if options.is_empty() => Ok(page),
        "picture" if options.is_empty() => {
            let summary = PairSummary::builtin(first, second, None).ok_or_else(no_pair)?;
            let picture = format!("{BASE}{}", pair_file(first, second, "og", "png").ok_or_else(no_pair)?);
            Ok(picture_and_link(&page, &picture, &summary))
        }
        _ => Err(format!(
            "{spec:?}: the forms are short, frame, address and picture (with their options), or file <path>"
        )),
    }
}

/// What a marker says its snippet must be.
fn expected(spec: &str) -> Result<String, String> {
    match spec.strip_prefix("file ") {
        Some(path) => std::fs::read_to_string(root().join(path.trim()))
            .map(|text| text.trim_end().to_owned())
            .map_err(|e| format!("{path}: {e}")),
        None => generated(spec),
    }
}

/// Whether every line of `excerpt` is a line of `file` (both trimmed,
/// blank lines aside), in the file's order: the README shows a shorter
/// program made of a checked example's own lines.
fn is_excerpt(excerpt: &str, file: &str) -> bool {
    let mut lines = file.lines().map(str::trim);
    excerpt
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .all(|wanted| lines.any(|line| line == wanted))
}

/// The README and the documents it links (`docs/*.md`), by name.
fn documents() -> Vec<(String, String)> {
    let mut found = vec![("README.md".to_owned(), readme())];
    let mut docs: Vec<_> = std::fs::read_dir(root().join("docs"))
        .expect("docs/")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    for path in docs {
        let name = format!(
            "docs/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        found.push((name, std::fs::read_to_string(&path).expect("a document")));
    }
    found
}

#[test]
fn the_readme_snippets_are_what_the_generator_hands_out() {
    let readme = readme();
    assert!(
        fences(&readme)
            .iter()
            .any(|f| f.marker.as_deref().is_some_and(|m| m.starts_with("short "))),
        "the README has no marked short snippet ({MARKER}short <a> <b> -->)"
    );
    let mut stale = Vec::new();
    for (name, text) in documents() {
        for fence in fences(&text).into_iter().filter(|f| f.marker.is_some()) {
            let spec = fence.marker.as_deref().unwrap_or_default();
            let at = format!("{name}:{}", fence.line);
            if let Some(path) = spec.strip_prefix("excerpt ") {
                match std::fs::read_to_string(root().join(path.trim())) {
                    Err(e) => stale.push(format!("{at}: {path}: {e}")),
                    Ok(file) if !is_excerpt(&fence.text, &file) => stale.push(format!(
                        "{at}: the block marked `{spec}` has lines that are not {path}'s, in its order"
                    )),
                    Ok(_) => {}
                }
                continue;
            }
            match expected(spec) {
                Err(why) => stale.push(format!("{at}: {why}")),
                Ok(want) if want != fence.text => stale.push(format!(
                    "{at}: the snippet marked `{spec}` is not what the generator hands out \
                     (or the file holds). Replace the lines between its fences with:\n{want}\n"
                )),
                Ok(_) => {}
            }
        }
    }
    assert!(stale.is_empty(), "\n{}", stale.join("\n"));
}

/// A blogger pastes what the README shows: no block holds a placeholder.
#[test]
fn every_readme_block_can_be_pasted_as_it_stands() {
    let readme = readme();
    let placeholders = [
        "…",
        "...",
        "HOST",
        "PATH/",
        "<a>",
        "<b>",
        "<host",
        "example.org",
    ];
    let mut found = Vec::new();
    for fence in fences(&readme) {
        for placeholder in placeholders {
            if fence.text.contains(placeholder) {
                found.push(format!(
                    "README.md:{} ({}): {placeholder:?}",
                    fence.line, fence.language
                ));
            }
        }
        // Every HTML block is one of the generator's forms, checked above.
        if fence.language == "html" && fence.marker.is_none() {
            found.push(format!(
                "README.md:{}: an HTML block without a `{MARKER}… -->` line before it",
                fence.line
            ));
        }
    }
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}

/// The README names the hosted copy the crate's `homepage` names, and what
/// CI runs (`.ci/run`: `make test`, in a `sh` block), and stays short.
#[test]
fn the_readme_names_the_hosted_copy_and_the_test_command() {
    let readme = readme();
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml");
    assert!(
        manifest.contains(&format!("homepage = \"{BASE}\"")),
        "Cargo.toml's homepage is not {BASE}"
    );
    assert!(readme.contains(BASE), "the README never names {BASE}");
    assert!(
        fences(&readme).iter().any(|f| f.language == "sh"
            && f.text
                .lines()
                .any(|l| l.trim_start().starts_with("make test"))),
        "no `make test` line in a ```sh block"
    );
    let lines = readme.lines().count();
    assert!(
        lines < MAX_LINES,
        "README.md has {lines} lines: keep it under {MAX_LINES}"
    );
}

/// Every relative link of the README (documents, the picture) is a file of the repository.
#[test]
fn the_readme_links_files_that_exist() {
    let readme = readme();
    let mut missing = Vec::new();
    for (at, _) in readme.match_indices("](") {
        let rest = &readme[at + 2..];
        let Some(end) = rest.find(')') else { continue };
        let target = rest[..end].split('#').next().unwrap_or_default();
        if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
            continue;
        }
        if !root().join(target).exists() {
            missing.push(target.to_owned());
        }
    }
    assert!(
        missing.is_empty(),
        "README.md links files that do not exist: {missing:?}"
    );
}

/// The example of `docs/host-roles.md` is a valid set of host roles, read as
/// the embed reads them (`extend_dataset` over the built-in roles).
#[test]
fn the_host_roles_example_is_valid() {
    let doc =
        std::fs::read_to_string(root().join("docs/host-roles.md")).expect("docs/host-roles.md");
    let block = fences(&doc)
        .into_iter()
        .find(|f| f.language == "html")
        .expect("an html block in docs/host-roles.md");
    let open = "<script type=\"application/json\">";
    let start = block.text.find(open).expect("a JSON script") + open.len();
    let end = block.text[start..].find("</script>").expect("its end") + start;
    let extended = role_compare::dataset::extend_dataset(dataset(), &block.text[start..end])
        .unwrap_or_else(|problems| panic!("docs/host-roles.md: {problems:#?}"));
    let store = RoleId::parse("store-manager").unwrap();
    assert!(extended.role(&store).is_some(), "no store-manager");
    for placeholder in ["…", "HOST"] {
        assert!(
            !block.text.contains(placeholder),
            "docs/host-roles.md: {placeholder:?}"
        );
    }
}
