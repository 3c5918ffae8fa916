//! Parsing and validation: JSON text in, a [`Dataset`] or every problem out.
//!
//! The JSON is first read into loose "raw" structs (a missing or mistyped
//! field becomes a reported problem instead of stopping the parse), then
//! checked field by field into the typed model.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use super::json::{self, whole_number, Value};
use super::model::{
    Axis, Dataset, Dimension, DimensionId, Entry, Fact, Facts, Occupation, PairNote, Position,
    Role, RoleId, Text,
};
use super::problem::{Problem, ProblemKind};

/// Length bounds (in characters) for each kind of text.
pub mod limits {
    /// A dimension description for one role.
    pub const ENTRY: (usize, usize) = (60, 300);
    /// A role's title.
    pub const TITLE: (usize, usize) = (1, 80);
    /// A role's one-sentence summary.
    pub const SUMMARY: (usize, usize) = (20, 300);
    /// A role's "suits you if" line.
    pub const SUITS: (usize, usize) = (20, 200);
    /// A dimension's label.
    pub const LABEL: (usize, usize) = (1, 60);
    /// A dimension's question.
    pub const QUESTION: (usize, usize) = (10, 160);
    /// The name of an axis end.
    pub const AXIS_END: (usize, usize) = (1, 40);
    /// A curated pair note.
    pub const NOTE: (usize, usize) = (40, 400);
    /// A fact's value, year, or occupation text.
    pub const FACT: (usize, usize) = (1, 200);
    /// A source link.
    pub const LINK_MAX: usize = 500;
    /// The JSON text as a whole, in bytes.
    pub const JSON_BYTES: usize = 512 * 1024;
}

/// The dataset format version this code reads.
pub const FORMAT_VERSION: i64 = 1;

#[derive(Default)]
struct RawDataset {
    version: Option<i64>,
    dimensions: Vec<RawDimension>,
    roles: Vec<RawRole>,
    pairs: Vec<RawPair>,
}

#[derive(Default)]
struct RawDimension {
    id: String,
    label: String,
    question: String,
    axis: Option<RawAxis>,
}

#[derive(Default)]
struct RawAxis {
    low: String,
    high: String,
}

#[derive(Default)]
struct RawRole {
    id: String,
    title: String,
    summary: String,
    suits_you_if: String,
    facts: Option<RawFacts>,
    dimensions: BTreeMap<String, RawEntry>,
}

#[derive(Default)]
struct RawEntry {
    text: String,
    position: Option<i64>,
}

#[derive(Default)]
struct RawFacts {
    occupation: Option<RawOccupation>,
    median_pay: Option<RawFact>,
    education: Option<RawFact>,
    outlook: Option<RawFact>,
    jobs: Option<RawFact>,
}

#[derive(Default)]
struct RawOccupation {
    soc: String,
    title: String,
    note: Option<String>,
}

#[derive(Default)]
struct RawFact {
    value: String,
    year: String,
    source: String,
}

#[derive(Default)]
struct RawPair {
    a: String,
    b: String,
    note: String,
}

/// Parses and validates a dataset.
///
/// Returns the dataset, or every problem found (not just the first), each
/// naming the role and dimension it concerns.
pub fn parse_dataset(json: &str) -> Result<Dataset, Vec<Problem>> {
    let mut checker = Checker::default();
    let raw = checker.read(json)?;
    checker.dataset(raw, None)
}

/// Parses roles (and pair notes) that a host page adds to `base`: the same
/// format without `dimensions`. A role whose id is already in `base` replaces
/// it; others are added after `base`'s roles. Problems are reported exactly
/// as by [`parse_dataset`].
pub fn extend_dataset(base: &Dataset, json: &str) -> Result<Dataset, Vec<Problem>> {
    let mut checker = Checker::default();
    let raw = checker.read(json)?;
    checker.dataset(raw, Some(base))
}

/// Items of `base` with each of `new` replacing its `same` match, or appended.
fn replace_or_append<T>(mut base: Vec<T>, new: Vec<T>, same: impl Fn(&T, &T) -> bool) -> Vec<T> {
    for item in new {
        match base.iter_mut().find(|old| same(old, &item)) {
            Some(slot) => *slot = item,
            None => base.push(item),
        }
    }
    base
}

/// Values quoted in dataset problems keep this many characters.
const CLIP: usize = 60;

fn clip(value: &str) -> String {
    super::problem::clip(value, CLIP)
}

/// True when the text holds something that is not plain prose.
fn has_markup(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '<' | '>') || (c.is_control() && c != '\n'))
}

/// A plain `https://host/...` link without spaces, quotes or angle brackets.
fn is_plain_https_link(link: &str) -> bool {
    let Some(rest) = link.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'));
    let rest_ok = link
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\'' | '\\' | '`'));
    host_ok && rest_ok && link.len() <= limits::LINK_MAX
}

fn is_soc_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 7
        && bytes.get(2) == Some(&b'-')
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 2 || b.is_ascii_digit())
}

/// The fields of one JSON object, taken by name as they are read.
struct Fields(Vec<(String, Value)>);

impl Fields {
    /// Removes and returns the first field called `key`.
    fn take(&mut self, key: &str) -> Option<Value> {
        let index = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(index).1)
    }
}

/// Collects problems while turning raw structs into the model.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    role: Option<String>,
    dimension: Option<String>,
}

impl Checker {
    fn report(&mut self, kind: ProblemKind) {
        self.problems.push(Problem {
            role: self.role.clone(),
            dimension: self.dimension.clone(),
            kind,
        });
    }

    /// Reports that field `key` holds `found` where `expected` belongs.
    fn wrong_type(&mut self, key: &str, expected: &'static str, found: &'static str) {
        self.report(ProblemKind::WrongType {
            field: key.to_owned(),
            expected,
            found,
        });
    }

    /// Checks length and markup of a text field and returns it as model text.
    fn text(&mut self, field: &'static str, value: String, (min, max): (usize, usize)) -> Text {
        let len = value.chars().count();
        if len < min || len > max {
            self.report(ProblemKind::TextLength {
                field,
                len,
                min,
                max,
            });
        }
        if has_markup(&value) {
            self.report(ProblemKind::Markup { field });
        }
        Cow::Owned(value)
    }

    /// Reads JSON text into the raw structs, refusing oversized or malformed input up front.
    fn read(&mut self, json: &str) -> Result<RawDataset, Vec<Problem>> {
        if json.len() > limits::JSON_BYTES {
            let len = json.chars().count();
            return Err(vec![Problem {
                role: None,
                dimension: None,
                kind: ProblemKind::TextLength {
                    field: "the dataset",
                    len,
                    min: 2,
                    max: limits::JSON_BYTES,
                },
            }]);
        }
        let root = json::parse(json).map_err(|err| {
            vec![Problem {
                role: None,
                dimension: None,
                kind: ProblemKind::Json {
                    line: err.line,
                    column: err.column,
                    message: err.message.to_owned(),
                },
            }]
        })?;
        let mut fields = self.fields("the dataset", root);
        let raw = RawDataset {
            version: self.integer(&mut fields, "version"),
            dimensions: self
                .list(&mut fields, "dimensions")
                .into_iter()
                .map(|d| self.raw_dimension(d))
                .collect(),
            roles: self
                .list(&mut fields, "roles")
                .into_iter()
                .map(|r| self.raw_role(r))
                .collect(),
            pairs: self
                .list(&mut fields, "pairs")
                .into_iter()
                .map(|p| self.raw_pair(p))
                .collect(),
        };
        fields.take("$schema");
        self.finish(fields);
        self.role = None;
        self.dimension = None;
        Ok(raw)
    }

    fn raw_dimension(&mut self, value: Value) -> RawDimension {
        let mut fields = self.fields("a dimension", value);
        let id = self.string(&mut fields, "id");
        self.dimension = Some(clip(&id));
        let raw = RawDimension {
            id,
            label: self.string(&mut fields, "label"),
            question: self.string(&mut fields, "question"),
            axis: self.object(&mut fields, "axis").map(|axis| {
                let mut axis = self.fields("axis", axis);
                let raw = RawAxis {
                    low: self.string(&mut axis, "low"),
                    high: self.string(&mut axis, "high"),
                };
                self.finish(axis);
                raw
            }),
        };
        self.finish(fields);
        self.dimension = None;
        raw
    }

    fn raw_role(&mut self, value: Value) -> RawRole {
        let mut fields = self.fields("a role", value);
        let id = self.string(&mut fields, "id");
        self.role = Some(clip(&id));
        let mut raw = RawRole {
            id,
            title: self.string(&mut fields, "title"),
            summary: self.string(&mut fields, "summary"),
            suits_you_if: self.string(&mut fields, "suits_you_if"),
            facts: self
                .object(&mut fields, "facts")
                .map(|facts| self.raw_facts(facts)),
            dimensions: BTreeMap::new(),
        };
        let described = self
            .object(&mut fields, "dimensions")
            .map(|d| self.fields("dimensions", d));
        for (key, entry) in described.map(|d| d.0).unwrap_or_default() {
            self.dimension = Some(clip(&key));
            let mut entry = self.fields("a dimension entry", entry);
            let parsed = RawEntry {
                text: self.string(&mut entry, "text"),
                position: self.integer(&mut entry, "position"),
            };
            self.finish(entry);
            if raw.dimensions.insert(key.clone(), parsed).is_some() {
                self.report(ProblemKind::DuplicateField(clip(&key)));
            }
        }
        self.dimension = None;
        self.finish(fields);
        self.role = None;
        raw
    }

    fn raw_facts(&mut self, value: Value) -> RawFacts {
        let mut fields = self.fields("facts", value);
        let occupation = self.object(&mut fields, "occupation").map(|o| {
            let mut o = self.fields("occupation", o);
            let raw = RawOccupation {
                soc: self.string(&mut o, "soc"),
                title: self.string(&mut o, "title"),
                note: self.optional_string(&mut o, "note"),
            };
            self.finish(o);
            raw
        });
        let mut fact = |checker: &mut Self, key: &'static str| {
            checker.object(&mut fields, key).map(|f| {
                let mut f = checker.fields(key, f);
                let raw = RawFact {
                    value: checker.string(&mut f, "value"),
                    year: checker.string(&mut f, "year"),
                    source: checker.string(&mut f, "source"),
                };
                checker.finish(f);
                raw
            })
        };
        let raw = RawFacts {
            occupation,
            median_pay: fact(self, "median_pay"),
            education: fact(self, "education"),
            outlook: fact(self, "outlook"),
            jobs: fact(self, "jobs"),
        };
        self.finish(fields);
        raw
    }

    fn raw_pair(&mut self, value: Value) -> RawPair {
        let mut fields = self.fields("a pair note", value);
        let raw = RawPair {
            a: self.string(&mut fields, "a"),
            b: self.string(&mut fields, "b"),
            note: self.string(&mut fields, "note"),
        };
        self.finish(fields);
        raw
    }

    /// The fields of an object; anything else is reported and read as empty.
    fn fields(&mut self, what: &'static str, value: Value) -> Fields {
        match value {
            Value::Object(fields) => Fields(fields),
            other => {
                self.wrong_type(what, "an object", other.kind());
                Fields(Vec::new())
            }
        }
    }

    /// Reports the fields nobody took: unknown names, or a name given twice.
    fn finish(&mut self, fields: Fields) {
        for (key, _) in fields.0 {
            self.report(ProblemKind::UnknownField(clip(&key)));
        }
    }

    /// A text field; missing or null reads as empty (and is reported by the length check).
    fn string(&mut self, fields: &mut Fields, key: &'static str) -> String {
        self.optional_string(fields, key).unwrap_or_default()
    }

    fn optional_string(&mut self, fields: &mut Fields, key: &'static str) -> Option<String> {
        match fields.take(key)? {
            Value::String(text) => Some(text),
            Value::Null => None,
            other => {
                self.wrong_type(key, "text", other.kind());
                None
            }
        }
    }

    /// A whole number; a fraction or another type is reported.
    fn integer(&mut self, fields: &mut Fields, key: &'static str) -> Option<i64> {
        match fields.take(key)? {
            Value::Number(literal) => {
                let whole = whole_number(&literal);
                if whole.is_none() {
                    self.wrong_type(key, "a whole number", "a fraction");
                }
                whole
            }
            Value::Null => None,
            other => {
                self.wrong_type(key, "a whole number", other.kind());
                None
            }
        }
    }

    /// An optional object field (null reads as absent).
    fn object(&mut self, fields: &mut Fields, key: &'static str) -> Option<Value> {
        match fields.take(key)? {
            Value::Null => None,
            object @ Value::Object(_) => Some(object),
            other => {
                self.wrong_type(key, "an object", other.kind());
                None
            }
        }
    }

    /// A list field (null or missing reads as empty).
    fn list(&mut self, fields: &mut Fields, key: &'static str) -> Vec<Value> {
        match fields.take(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.wrong_type(key, "a list", other.kind());
                Vec::new()
            }
        }
    }

    /// Checks a whole dataset, or (with `base`) roles and pairs that add to or
    /// replace those of `base`, described over `base`'s dimensions.
    fn dataset(mut self, raw: RawDataset, base: Option<&Dataset>) -> Result<Dataset, Vec<Problem>> {
        match raw.version {
            Some(FORMAT_VERSION) | None => {}
            Some(other) => self.report(ProblemKind::UnsupportedVersion(other)),
        }
        let dimensions: Vec<Dimension> = match base {
            Some(base) => {
                if !raw.dimensions.is_empty() {
                    self.report(ProblemKind::DimensionsInExtension);
                }
                base.dimensions.to_vec()
            }
            None => {
                if raw.dimensions.is_empty() {
                    self.report(ProblemKind::Empty {
                        field: "dimensions",
                    });
                }
                let dimensions: Vec<Dimension> = raw
                    .dimensions
                    .into_iter()
                    .map(|d| self.dimension(d))
                    .collect();
                let mut seen = BTreeSet::new();
                for dimension in &dimensions {
                    if !seen.insert(dimension.id.as_str()) {
                        let value = clip(dimension.id.as_str());
                        self.report(ProblemKind::DuplicateId {
                            field: "dimension id",
                            value,
                        });
                    }
                }
                dimensions
            }
        };
        if raw.roles.is_empty() && (base.is_none() || raw.pairs.is_empty()) {
            self.report(ProblemKind::Empty { field: "roles" });
        }

        let new_roles: Vec<Role> = raw
            .roles
            .into_iter()
            .enumerate()
            .map(|(index, r)| self.role(index, r, &dimensions))
            .collect();
        self.role = None;
        let mut seen = BTreeSet::new();
        for role in &new_roles {
            if !seen.insert(role.id.as_str()) {
                self.report(ProblemKind::DuplicateId {
                    field: "role id",
                    value: clip(role.id.as_str()),
                });
            }
        }
        let roles = match base {
            Some(base) => replace_or_append(base.roles.to_vec(), new_roles, |x, y| x.id == y.id),
            None => new_roles,
        };

        let new_pairs = self.pairs(raw.pairs, &roles);
        let pairs = match base {
            Some(base) => replace_or_append(base.pairs.to_vec(), new_pairs, |x, y| {
                (x.a == y.a && x.b == y.b) || (x.a == y.b && x.b == y.a)
            }),
            None => new_pairs,
        };

        if self.problems.is_empty() {
            Ok(Dataset {
                dimensions: Cow::Owned(dimensions),
                roles: Cow::Owned(roles),
                pairs: Cow::Owned(pairs),
            })
        } else {
            Err(self.problems)
        }
    }

    fn dimension(&mut self, raw: RawDimension) -> Dimension {
        self.role = None;
        self.dimension = Some(clip(&raw.id));
        let id = self.id(
            "dimension id",
            &raw.id,
            DimensionId::parse,
            DimensionId::from_static,
        );
        let label = self.text("label", raw.label, limits::LABEL);
        let question = self.text("question", raw.question, limits::QUESTION);
        let axis = raw.axis.map(|axis| Axis {
            low: self.text("axis low end", axis.low, limits::AXIS_END),
            high: self.text("axis high end", axis.high, limits::AXIS_END),
        });
        self.dimension = None;
        Dimension {
            id,
            label,
            question,
            axis,
        }
    }

    /// Parses an id, reporting a bad one and standing in a placeholder so checking goes on.
    fn id<T, E: ToString>(
        &mut self,
        field: &'static str,
        value: &str,
        parse: impl Fn(&str) -> Result<T, E>,
        placeholder: impl Fn(&'static str) -> T,
    ) -> T {
        parse(value).unwrap_or_else(|err| {
            self.report(ProblemKind::BadId {
                field,
                value: clip(value),
                reason: err.to_string(),
            });
            placeholder("invalid-id")
        })
    }

    fn role(&mut self, index: usize, raw: RawRole, dimensions: &[Dimension]) -> Role {
        self.role = Some(if raw.id.is_empty() {
            format!("#{}", index + 1)
        } else {
            clip(&raw.id)
        });
        self.dimension = None;
        let id = self.id("role id", &raw.id, RoleId::parse, RoleId::from_static);
        let title = self.text("title", raw.title, limits::TITLE);
        let summary = self.text("summary", raw.summary, limits::SUMMARY);
        let suits_you_if = self.text("suits_you_if", raw.suits_you_if, limits::SUITS);
        let facts = raw.facts.map(|facts| self.facts(facts));

        let mut described = raw.dimensions;
        let mut entries = Vec::with_capacity(dimensions.len());
        for dimension in dimensions {
            self.dimension = Some(dimension.id.to_string());
            match described.remove(dimension.id.as_str()) {
                Some(entry) => entries.push(self.entry(entry, dimension)),
                None => {
                    self.report(ProblemKind::MissingDimension);
                    entries.push(Entry {
                        text: Cow::Borrowed(""),
                        position: None,
                    });
                }
            }
        }
        for unknown in described.keys() {
            self.dimension = Some(clip(unknown));
            self.report(ProblemKind::UnknownDimension);
        }
        self.dimension = None;
        Role {
            id,
            title,
            summary,
            suits_you_if,
            facts,
            entries: Cow::Owned(entries),
        }
    }

    fn entry(&mut self, raw: RawEntry, dimension: &Dimension) -> Entry {
        let text = self.text("text", raw.text, limits::ENTRY);
        let position = match (raw.position, &dimension.axis) {
            (Some(p), Some(_)) => {
                let position = u8::try_from(p).ok().and_then(Position::new);
                if position.is_none() {
                    self.report(ProblemKind::PositionOutOfRange(p));
                }
                position
            }
            (None, Some(_)) => {
                self.report(ProblemKind::MissingPosition);
                None
            }
            (Some(_), None) => {
                self.report(ProblemKind::PositionWithoutAxis);
                None
            }
            (None, None) => None,
        };
        Entry { text, position }
    }

    fn facts(&mut self, raw: RawFacts) -> Facts {
        let occupation = raw.occupation.map(|occupation| {
            if !is_soc_code(&occupation.soc) {
                self.report(ProblemKind::BadSocCode(clip(&occupation.soc)));
            }
            Occupation {
                soc: Cow::Owned(occupation.soc),
                title: self.text("occupation title", occupation.title, limits::FACT),
                note: occupation
                    .note
                    .map(|note| self.text("occupation note", note, limits::FACT)),
            }
        });
        Facts {
            occupation,
            median_pay: raw.median_pay.map(|f| self.fact("median_pay", f)),
            education: raw.education.map(|f| self.fact("education", f)),
            outlook: raw.outlook.map(|f| self.fact("outlook", f)),
            jobs: raw.jobs.map(|f| self.fact("jobs", f)),
        }
    }

    fn fact(&mut self, field: &'static str, raw: RawFact) -> Fact {
        if !is_plain_https_link(&raw.source) {
            self.report(ProblemKind::BadLink {
                field,
                value: clip(&raw.source),
            });
        }
        Fact {
            value: self.text(field, raw.value, limits::FACT),
            year: self.text("year", raw.year, limits::FACT),
            source: Cow::Owned(raw.source),
        }
    }

    fn pairs(&mut self, raw: Vec<RawPair>, roles: &[Role]) -> Vec<PairNote> {
        self.role = None;
        self.dimension = None;
        let mut seen = BTreeSet::new();
        let mut pairs = Vec::with_capacity(raw.len());
        for pair in raw {
            for side in [&pair.a, &pair.b] {
                if !roles.iter().any(|role| role.id.as_str() == side) {
                    self.report(ProblemKind::UnknownRoleInPair(clip(side)));
                }
            }
            if pair.a == pair.b {
                self.report(ProblemKind::PairOfSameRole(clip(&pair.a)));
            }
            let key = if pair.a <= pair.b {
                (pair.a.clone(), pair.b.clone())
            } else {
                (pair.b.clone(), pair.a.clone())
            };
            if !seen.insert(key) {
                self.report(ProblemKind::DuplicatePair {
                    a: clip(&pair.a),
                    b: clip(&pair.b),
                });
            }
            let a = self.id("pair role", &pair.a, RoleId::parse, RoleId::from_static);
            let b = self.id("pair role", &pair.b, RoleId::parse, RoleId::from_static);
            let note = self.text("pair note", pair.note, limits::NOTE);
            pairs.push(PairNote { a, b, note });
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_must_be_plain_https() {
        assert!(is_plain_https_link(
            "https://www.bls.gov/ooh/management/x.htm"
        ));
        assert!(is_plain_https_link(
            "https://data.bls.gov/projections/nationalMatrix?queryParams=11-3051&ioType=o"
        ));
        for bad in [
            "http://www.bls.gov/",
            "javascript:alert(1)",
            "https://",
            "https://localhost/",
            "https://bls.gov/a b",
            "https://bls.gov/\"onmouseover=",
            "https://.gov/",
        ] {
            assert!(!is_plain_https_link(bad), "{bad}");
        }
    }

    #[test]
    fn soc_codes_have_two_then_four_digits() {
        assert!(is_soc_code("11-1021"));
        assert!(!is_soc_code("111021"));
        assert!(!is_soc_code("11-10211"));
        assert!(!is_soc_code("1a-1021"));
    }

    #[test]
    fn clip_keeps_messages_short() {
        let long = "x".repeat(100_000);
        assert_eq!(clip(&long).chars().count(), 61);
        assert_eq!(clip("short"), "short");
    }
}
