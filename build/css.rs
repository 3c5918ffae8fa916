//! Shrinks the card's stylesheet before it is compiled into the wasm: drops
//! comments and the whitespace that carries no meaning. Used by `build.rs`;
//! the source in `style/` keeps its comments and layout.

/// `css` without comments, with runs of whitespace cut to one space and none
/// around `{`, `}`, `;` and `,`. Quoted strings are copied as they are.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut previous = '\0';
                for c in chars.by_ref() {
                    if previous == '*' && c == '/' {
                        break;
                    }
                    previous = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            _ => {
                let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
                if pending_space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
                if c == '"' || c == '\'' {
                    let quote = c;
                    let mut escaped = false;
                    for c in chars.by_ref() {
                        out.push(c);
                        if escaped {
                            escaped = false;
                        } else if c == '\\' {
                            escaped = true;
                        } else if c == quote {
                            break;
                        }
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::minify;

    #[test]
    fn drops_comments_and_needless_whitespace() {
        let css = "/* a */\n.a ,\n.b  > .c {\n  color : red;  /* b */\n  font-family: \"Segoe  UI\", x;\n}\n@container c (min-width: 5px) {\n  .a:hover { top: 0 }\n}\n";
        assert_eq!(
            minify(css),
            ".a,.b > .c{color : red;font-family: \"Segoe  UI\",x;}@container c (min-width: 5px){.a:hover{top: 0}}"
        );
    }

    #[test]
    fn keeps_strings_and_descendant_selectors() {
        assert_eq!(
            minify("a  :hover {content: '/* x */ ;'}"),
            "a :hover{content: '/* x */ ;'}"
        );
        assert_eq!(minify(r#"a{content:"\"}"}"#), r#"a{content:"\"}"}"#);
    }

    /// The shipped sheet changes only in comments and whitespace.
    #[test]
    fn the_card_sheet_keeps_every_token() {
        let source = include_str!("../style/role-compare.css");
        let minified = minify(source);
        assert!(
            minified.len() * 10 < source.len() * 8,
            "{} of {}",
            minified.len(),
            source.len()
        );
        let mut without_comments = String::new();
        let mut rest = source;
        while let Some((before, after)) = rest.split_once("/*") {
            without_comments.push_str(before);
            rest = after.split_once("*/").map_or("", |(_, after)| after);
        }
        without_comments.push_str(rest);
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(squeeze(&minified), squeeze(&without_comments));
        assert_eq!(minified.matches('{').count(), minified.matches('}').count());
    }
}
