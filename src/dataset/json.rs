//! A small, strict JSON reader (RFC 8259) for datasets and host roles.
//!
//! The widget reads JSON only here, so the wasm carries this instead of a
//! general-purpose serialisation framework. Errors give the line and column
//! (1-based, in characters) of the offending character. Nesting is limited so
//! hostile input cannot exhaust the stack.

/// A parsed JSON value. Objects keep their keys in order, duplicates included.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number, as written (its grammar checked). The dataset needs only
    /// whole numbers, which [`whole_number`] reads exactly, so no
    /// floating-point conversion is carried.
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, as key-value pairs in document order.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What kind of value this is, for messages: "text", "a number", ...
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "text",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        }
    }
}

/// Why the text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What was expected or found.
    pub message: &'static str,
}

/// The deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 64;

/// Parses a complete JSON text.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
    };
    parser.skip_whitespace();
    let value = parser.value()?;
    parser.skip_whitespace();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error("unexpected characters after the end of the JSON value"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> JsonError {
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
        JsonError {
            line,
            column,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect_literal(&mut self, literal: &'static str, value: Value) -> Result<Value, JsonError> {
        if self.bytes.get(self.pos..self.pos + literal.len()) == Some(literal.as_bytes()) {
            self.pos += literal.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self) -> Result<Value, JsonError> {
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.expect_literal("true", Value::Bool(true)),
            Some(b'f') => self.expect_literal("false", Value::Bool(false)),
            Some(b'n') => self.expect_literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
            None => Err(self.error("the text ends where a value was expected")),
        }
    }

    fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<Value, JsonError>,
    ) -> Result<Value, JsonError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("nested more than 64 levels deep"));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn object(&mut self) -> Result<Value, JsonError> {
        self.pos += 1; // {
        let mut fields = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a quoted field name"));
            }
            let key = self.string()?;
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return Err(self.error("expected ':' after the field name"));
            }
            self.pos += 1;
            self.skip_whitespace();
            let value = self.value()?;
            fields.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(fields));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }

    fn array(&mut self) -> Result<Value, JsonError> {
        self.pos += 1; // [
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace();
            items.push(self.value()?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            // The run ends at an ASCII byte or the end, so it is a whole UTF-8 slice.
            out.push_str(self.text.get(start..self.pos).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = self.escape()?;
                    out.push(escaped);
                }
                Some(_) => return Err(self.error("control character in text; escape it")),
                None => return Err(self.error("the text ends inside a string")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, JsonError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                        return Err(self.error("unpaired surrogate in \\u escape"));
                    }
                    self.pos += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("unpaired surrogate in \\u escape"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                return char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"));
            }
            _ => return Err(self.error("invalid escape")),
        };
        self.pos += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .and_then(|d| std::str::from_utf8(d).ok());
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(value) if digits.is_some_and(|d| d.bytes().all(|b| b.is_ascii_hexdigit())) => {
                self.pos += 4;
                Ok(value)
            }
            _ => Err(self.error("expected four hex digits after \\u")),
        }
    }

    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("expected a digit")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("expected a digit after '.'"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("expected a digit in the exponent"));
            }
            self.digits();
        }
        self.text
            .get(start..self.pos)
            .map(|n| Value::Number(n.to_owned()))
            .ok_or_else(|| self.error("invalid number"))
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }
}

/// The value of a JSON number literal if it is a whole number (`2`, `-3`,
/// `2.0`, `15e-1` is not but `1.5e1` is), saturated to the `i64` range;
/// `None` when it has a fractional part or is not a number literal.
pub fn whole_number(literal: &str) -> Option<i64> {
    let (negative, unsigned) = match literal.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, literal),
    };
    let (mantissa, exponent_text) = unsigned.split_once(['e', 'E']).unwrap_or((unsigned, "0"));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let exponent_digits = exponent_text.trim_start_matches(['+', '-']);
    if whole.is_empty()
        || !(whole
            .bytes()
            .chain(fraction.bytes())
            .chain(exponent_digits.bytes()))
        .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // Saturates far beyond any exponent that could still matter.
    let exponent = exponent_digits.bytes().fold(0i64, |e, d| {
        e.saturating_mul(10)
            .saturating_add(i64::from(d - b'0'))
            .min(1_000_000)
    });
    let exponent = if exponent_text.starts_with('-') {
        -exponent
    } else {
        exponent
    };
    let digits = format!("{whole}{fraction}");
    let significant = digits.trim_start_matches('0');
    let trimmed = significant.trim_end_matches('0');
    if trimmed.is_empty() {
        return Some(0);
    }
    // value = trimmed x 10^scale
    let trailing_zeros = (significant.len() - trimmed.len()) as i64;
    let scale = exponent - fraction.len() as i64 + trailing_zeros;
    if scale < 0 {
        return None;
    }
    let mut value = trimmed.bytes().fold(0i64, |v, d| {
        v.saturating_mul(10).saturating_add(i64::from(d - b'0'))
    });
    for _ in 0..scale.min(19) {
        value = value.saturating_mul(10);
    }
    Some(if negative {
        value.saturating_neg()
    } else {
        value
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> (usize, usize, &'static str) {
        let e = parse(text).unwrap_err();
        (e.line, e.column, e.message)
    }

    #[test]
    fn whole_numbers_are_read_exactly() {
        for (literal, expected) in [
            ("0", Some(0)),
            ("-0", Some(0)),
            ("3", Some(3)),
            ("-42", Some(-42)),
            ("2.0", Some(2)),
            ("2.000e0", Some(2)),
            ("1.5e1", Some(15)),
            ("150e-2", None),
            ("1500e-2", Some(15)),
            ("0.0e5", Some(0)),
            ("2.5", None),
            ("15e-1", None),
            ("1e-999999999999", None),
            ("1e18", Some(1_000_000_000_000_000_000)),
            ("1e400", Some(i64::MAX)),
            ("-1e400", Some(-i64::MAX)),
            ("99999999999999999999", Some(i64::MAX)),
            ("", None),
            ("abc", None),
            ("1.", Some(1)),
        ] {
            assert_eq!(whole_number(literal), expected, "{literal}");
        }
        // The same as through f64 wherever f64 is exact.
        for n in [-9_007_199_254_740_992i64, -7, 0, 5, 1 << 40] {
            assert_eq!(whole_number(&n.to_string()), Some(n));
            assert_eq!(whole_number(&format!("{n}.0")), Some(n));
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2.5e1, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00", "a": {}} "#).unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number("1".into()),
                        Value::Number("-2.5e1".into()),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null
                    ])
                ),
                ("b".into(), Value::String("x\"\\/\né😀".into())),
                ("a".into(), Value::Object(vec![])),
            ])
        );
    }

    #[test]
    fn errors_point_at_the_offending_character() {
        assert_eq!(err("{\n  \"a\": [,]\n}"), (2, 9, "expected a value"));
        assert_eq!(err("{\"é\": x}"), (1, 7, "expected a value"));
        assert_eq!(err("[1 2]"), (1, 4, "expected ',' or ']'"));
        assert_eq!(
            err("{\"a\" 1}"),
            (1, 6, "expected ':' after the field name")
        );
        assert_eq!(err("\"abc"), (1, 5, "the text ends inside a string"));
        assert_eq!(
            err("\"a\tb\""),
            (1, 3, "control character in text; escape it")
        );
        assert_eq!(
            err("[1] x"),
            (
                1,
                5,
                "unexpected characters after the end of the JSON value"
            )
        );
        assert_eq!(err(""), (1, 1, "the text ends where a value was expected"));
        assert_eq!(
            err("01"),
            (
                1,
                2,
                "unexpected characters after the end of the JSON value"
            )
        );
        assert_eq!(err("[1.]"), (1, 4, "expected a digit after '.'"));
        assert_eq!(
            err("\"\\ud800\""),
            (1, 8, "unpaired surrogate in \\u escape")
        );
        assert_eq!(
            err("\"\\u12G4\""),
            (1, 4, "expected four hex digits after \\u")
        );
        assert_eq!(err("{'a': 1}"), (1, 2, "expected a quoted field name"));
        assert_eq!(err("tru"), (1, 1, "expected a value"));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(err(&deep).2, "nested more than 64 levels deep");
        let ok = format!("{}{}", "[".repeat(64), "]".repeat(64));
        assert!(parse(&ok).is_ok());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::{parse, whole_number};
    use crate::test_support::{config, mutated_dataset, outside_text};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn json_reader_accepts_exactly_what_serde_json_accepts(text in prop_oneof![outside_text(), mutated_dataset()]) {
            let ours = parse(&text).is_ok();
            let reference = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            prop_assert_eq!(ours, reference, "{:?}", text);
        }

        #[test]
        fn whole_numbers_read_as_serde_json_reads_them(
            mantissa in -99_999i64..99_999,
            fraction in proptest::option::of(0u32..1_000),
            exponent in proptest::option::of(-6i32..6),
        ) {
            let mut literal = mantissa.to_string();
            if let Some(fraction) = fraction {
                literal.push_str(&format!(".{fraction:03}"));
            }
            if let Some(exponent) = exponent {
                literal.push_str(&format!("e{exponent}"));
            }
            // Every literal here is exact in f64, so serde_json's value is the reference.
            let value = serde_json::from_str::<serde_json::Value>(&literal).unwrap();
            let float = value.as_f64().unwrap();
            let expected = (float.fract() == 0.0).then_some(float as i64);
            prop_assert_eq!(whole_number(&literal), expected, "{}", literal);
        }
    }
}
