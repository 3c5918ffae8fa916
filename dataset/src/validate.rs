//! Validation: JSON text in, a [`Dataset`] or every problem out.
//!
//! The text is read into the format's serde types ([`super::read`]), one
//! role and one dimension at a time, and each is then checked into the typed
//! model: ids, lengths, markup, links, positions, families and pairs. Every
//! problem names the role and dimension it concerns.

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde_json::value::RawValue;

use super::model::{
    Axis, AxisKind, CareerPath, Certification, Dataset, Dimension, DimensionId, Entry, Fact, Facts,
    Family, FamilyId, Move, MoveKind, Occupation, PairNote, Position, Role, RoleId, Text,
};
use super::problem::{Problem, ProblemKind};
use super::read::{
    kind, locate, read, whole_number, AxisKindDoc, DatasetDoc, DimensionDoc, EntryDoc, FactDoc,
    FactsDoc, FamilyDoc, IdOnly, MoveKindDoc, PairDoc, PathDoc, ReadError, RoleDoc,
};

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
    /// A dimension's or a family's label.
    pub const LABEL: (usize, usize) = (1, 60);
    /// A dimension's question.
    pub const QUESTION: (usize, usize) = (10, 160);
    /// The name of an axis end.
    pub const AXIS_END: (usize, usize) = (1, 40);
    /// A curated pair note.
    pub const NOTE: (usize, usize) = (40, 400);
    /// What a role does on one dimension, in a phrase.
    pub const GIST: (usize, usize) = (3, 60);
    /// A role's "choose … if" clause.
    pub const CHOOSE_IF: (usize, usize) = (10, 60);
    /// A certification's name, e.g. "Certified Supply Chain Professional (CSCP)".
    pub const CERTIFICATION: (usize, usize) = (2, 100);
    /// The body that grants a certification, e.g. "ASCM".
    pub const CERTIFICATION_BODY: (usize, usize) = (2, 60);
    /// Why people make a move, in a phrase.
    pub const MOVE_REASON: (usize, usize) = (10, 90);
    /// How many dimensions define a role.
    pub const DEFINES: (usize, usize) = (3, 5);
    /// A fact's value, year, or occupation text.
    pub const FACT: (usize, usize) = (1, 200);
    /// A source link.
    pub const LINK_MAX: usize = 500;
    /// The JSON text as a whole, in bytes.
    pub const JSON_BYTES: usize = 512 * 1024;
}

/// The dataset format version this code reads.
pub const FORMAT_VERSION: i64 = 1;

/// Parses and validates a dataset.
///
/// Returns the dataset, or every problem found (not just the first), each
/// naming the role and dimension it concerns.
pub fn parse_dataset(json: &str) -> Result<Dataset, Vec<Problem>> {
    Checker::new(json).dataset(None)
}

/// Parses roles (and pair notes) that a host page adds to `base`: the same
/// format without `dimensions` and `families`. A role whose id is already in
/// `base` replaces it; others are added after `base`'s roles. Problems are
/// reported exactly as by [`parse_dataset`].
pub fn extend_dataset(base: &Dataset, json: &str) -> Result<Dataset, Vec<Problem>> {
    Checker::new(json).dataset(Some(base))
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

/// Reads the text and collects problems while turning it into the model.
struct Checker<'a> {
    json: &'a str,
    problems: Vec<Problem>,
    role: Option<String>,
    dimension: Option<String>,
}

impl<'a> Checker<'a> {
    fn new(json: &'a str) -> Self {
        Checker {
            json,
            problems: Vec::new(),
            role: None,
            dimension: None,
        }
    }

    fn report(&mut self, kind: ProblemKind) {
        self.problems.push(Problem {
            role: self.role.clone(),
            dimension: self.dimension.clone(),
            kind,
        });
    }

    /// Reads `part` of the text as `T`, reporting where and why it does not fit.
    fn read<T: serde::Deserialize<'a>>(&mut self, part: &'a str) -> Option<T> {
        match read(self.json, part) {
            Ok(value) => Some(value),
            Err(err) => {
                self.report_read(err);
                None
            }
        }
    }

    /// Reads `part`, well-formed JSON that should be an object (`what`), as `T`.
    fn read_object<T: serde::Deserialize<'a>>(
        &mut self,
        what: &str,
        part: &'a RawValue,
    ) -> Option<T> {
        match kind(part) {
            "an object" => self.read(part.get()),
            _ => {
                self.wrong_value(part, what, "an object");
                None
            }
        }
    }

    fn report_read(&mut self, err: ReadError) {
        let ReadError {
            malformed,
            line,
            column,
            message,
        } = err;
        let message = super::problem::clip(&message, 160);
        self.report(if malformed {
            ProblemKind::Json {
                line,
                column,
                message,
            }
        } else {
            ProblemKind::Format {
                line,
                column,
                message,
            }
        });
    }

    /// Reports `raw` (a value of the wrong kind) as not what `field` needs.
    fn wrong_value(&mut self, raw: &RawValue, field: &str, expected: &str) {
        let (line, column) = locate(self.json, raw.get());
        let found = match kind(raw) {
            "a number" => "a fraction",
            other => other,
        };
        self.report(ProblemKind::Format {
            line,
            column,
            message: format!("\"{field}\" should be {expected}, not {found}"),
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

    /// Reports a repeated id among `ids`.
    fn unique<'i>(&mut self, field: &'static str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.report(ProblemKind::DuplicateId {
                    field,
                    value: clip(id),
                });
            }
        }
    }

    /// Checks a whole dataset, or (with `base`) roles and pairs that add to or
    /// replace those of `base`, described over `base`'s dimensions.
    fn dataset(mut self, base: Option<&Dataset>) -> Result<Dataset, Vec<Problem>> {
        if self.json.len() > limits::JSON_BYTES {
            let len = self.json.chars().count();
            self.report(ProblemKind::TextLength {
                field: "the dataset",
                len,
                min: 2,
                max: limits::JSON_BYTES,
            });
            return Err(self.problems);
        }
        // Well-formed JSON first (malformed text is reported as such), then the format.
        let Some(whole) = self.read::<&RawValue>(self.json) else {
            return Err(self.problems);
        };
        let Some(doc) = self.read_object::<DatasetDoc>("the dataset", whole) else {
            return Err(self.problems);
        };
        if let Some(version) = doc.version {
            match whole_number(version.get()) {
                Some(FORMAT_VERSION) => {}
                Some(other) => self.report(ProblemKind::UnsupportedVersion(other)),
                None => self.wrong_value(version, "version", "a whole number"),
            }
        }

        let (families, dimensions) = match base {
            Some(base) => {
                for (field, given) in [
                    ("families", doc.families.is_some()),
                    ("dimensions", doc.dimensions.is_some()),
                ] {
                    if given {
                        self.report(ProblemKind::NotInExtension { field });
                    }
                }
                (base.families.to_vec(), base.dimensions.to_vec())
            }
            None => {
                let families = self.families(doc.families.unwrap_or_default());
                let dimensions = self.dimensions(doc.dimensions.unwrap_or_default());
                (families, dimensions)
            }
        };

        let raw_roles = doc.roles.unwrap_or_default();
        let raw_pairs = doc.pairs.unwrap_or_default();
        if raw_roles.is_empty() && (base.is_none() || raw_pairs.is_empty()) {
            self.report(ProblemKind::Empty { field: "roles" });
        }
        // Roles that could not be read still count as named for the pair notes.
        let mut unread = Vec::new();
        let new_roles: Vec<Role> = raw_roles
            .into_iter()
            .enumerate()
            .filter_map(|(index, raw)| {
                let role = self.role(index, raw, &families, &dimensions);
                if role.is_none() {
                    unread.extend(self.peek_id(raw));
                }
                role
            })
            .collect();
        self.role = None;
        self.unique("role id", new_roles.iter().map(|r| r.id.as_str()));
        let roles = match base {
            Some(base) => replace_or_append(base.roles.to_vec(), new_roles, |x, y| x.id == y.id),
            None => new_roles,
        };

        self.moves_lead_somewhere(&roles);
        let mut named: Vec<&str> = roles.iter().map(|r| r.id.as_str()).collect();
        named.extend(unread.iter().map(String::as_str));
        let new_pairs = self.pairs(raw_pairs, &named, &dimensions);
        let pairs = match base {
            Some(base) => replace_or_append(base.pairs.to_vec(), new_pairs, |x, y| {
                (x.a == y.a && x.b == y.b) || (x.a == y.b && x.b == y.a)
            }),
            None => new_pairs,
        };

        if self.problems.is_empty() {
            Ok(Dataset {
                families: Cow::Owned(families),
                dimensions: Cow::Owned(dimensions),
                roles: Cow::Owned(roles),
                pairs: Cow::Owned(pairs),
            })
        } else {
            Err(self.problems)
        }
    }

    fn families(&mut self, docs: Vec<FamilyDoc>) -> Vec<Family> {
        let families: Vec<Family> = docs
            .into_iter()
            .map(|doc| Family {
                id: self.id("family id", &doc.id, FamilyId::parse, FamilyId::from_static),
                label: self.text("family label", doc.label, limits::LABEL),
            })
            .collect();
        self.unique("family id", families.iter().map(|f| f.id.as_str()));
        families
    }

    fn dimensions(&mut self, raws: Vec<&'a RawValue>) -> Vec<Dimension> {
        if raws.is_empty() {
            self.report(ProblemKind::Empty {
                field: "dimensions",
            });
        }
        let dimensions: Vec<Dimension> = raws
            .into_iter()
            .filter_map(|raw| {
                self.dimension = self.peek_id(raw);
                let doc = self.read_object::<DimensionDoc>("a dimension", raw);
                let dimension = doc.map(|doc| self.dimension(doc));
                self.dimension = None;
                dimension
            })
            .collect();
        self.unique("dimension id", dimensions.iter().map(|d| d.id.as_str()));
        dimensions
    }

    /// The `id` of a raw object, shortened for messages, if it has a readable one.
    fn peek_id(&self, raw: &'a RawValue) -> Option<String> {
        read::<IdOnly>(self.json, raw.get())
            .ok()
            .and_then(|doc| doc.id)
            .filter(|id| !id.is_empty())
            .map(|id| clip(&id))
    }

    fn dimension(&mut self, doc: DimensionDoc) -> Dimension {
        let id = self.id(
            "dimension id",
            &doc.id,
            DimensionId::parse,
            DimensionId::from_static,
        );
        let label = self.text("label", doc.label, limits::LABEL);
        let question = self.text("question", doc.question, limits::QUESTION);
        let axis = doc.axis.map(|axis| Axis {
            low: self.text("axis low end", axis.low, limits::AXIS_END),
            high: self.text("axis high end", axis.high, limits::AXIS_END),
            kind: match axis.kind {
                AxisKindDoc::Scale => AxisKind::Scale,
                AxisKindDoc::Lean => AxisKind::Lean,
            },
        });
        Dimension {
            id,
            label,
            question,
            axis,
        }
    }

    fn role(
        &mut self,
        index: usize,
        raw: &'a RawValue,
        families: &[Family],
        dimensions: &[Dimension],
    ) -> Option<Role> {
        self.role = Some(
            self.peek_id(raw)
                .unwrap_or_else(|| format!("#{}", index + 1)),
        );
        self.dimension = None;
        let doc = self.read_object::<RoleDoc>("a role", raw)?;
        let id = self.id("role id", &doc.id, RoleId::parse, RoleId::from_static);
        let title = self.text("title", doc.title, limits::TITLE);
        let family = doc.family.map(|family| {
            let id = self.id("family", &family, FamilyId::parse, FamilyId::from_static);
            if !families.iter().any(|f| f.id == id) {
                self.report(ProblemKind::UnknownFamily(clip(&family)));
            }
            id
        });
        let summary = self.text("summary", doc.summary, limits::SUMMARY);
        let suits_you_if = self.text("suits_you_if", doc.suits_you_if, limits::SUITS);
        let choose_if = doc
            .choose_if
            .map(|clause| self.text("choose_if", clause, limits::CHOOSE_IF));
        let facts = doc.facts.map(|facts| self.facts(facts));

        let mut described = doc.dimensions.0;
        let mut entries = Vec::with_capacity(dimensions.len());
        // Entries with a problem of their own: no second report about them.
        let mut faulty = Vec::with_capacity(dimensions.len());
        for dimension in dimensions {
            let problems = self.problems.len();
            self.dimension = Some(dimension.id.to_string());
            let mut matching = described
                .iter()
                .filter(|(key, _)| key == dimension.id.as_str());
            let (first, repeated) = (matching.next().map(|(_, raw)| *raw), matching.count());
            if repeated > 0 {
                self.report(ProblemKind::DuplicateField(dimension.id.to_string()));
            }
            let entry = match first {
                Some(raw) => self.entry(raw, dimension),
                None => {
                    self.report(ProblemKind::MissingDimension);
                    None
                }
            };
            entries.push(entry.unwrap_or(Entry {
                text: Cow::Borrowed(""),
                gist: None,
                position: None,
            }));
            faulty.push(self.problems.len() > problems);
        }
        described.retain(|(key, _)| !dimensions.iter().any(|d| d.id.as_str() == key));
        for (unknown, _) in described {
            self.dimension = Some(clip(&unknown));
            self.report(ProblemKind::UnknownDimension);
        }
        self.dimension = None;
        let defines = self.defines(
            doc.defines.unwrap_or_default(),
            dimensions,
            &entries,
            &faulty,
        );
        let path = doc.path.map(|path| self.path(path));
        Some(Role {
            id,
            title,
            family,
            summary,
            suits_you_if,
            facts,
            defines: Cow::Owned(defines),
            choose_if,
            entries: Cow::Owned(entries),
            path,
        })
    }

    /// Dimension ids a pair note lists, each known to the dataset.
    fn pair_dimensions(&mut self, ids: &[String], dimensions: &[Dimension]) -> Vec<DimensionId> {
        ids.iter()
            .map(|id| {
                if !dimensions.iter().any(|d| d.id.as_str() == id) {
                    self.report(ProblemKind::UnknownDimensionInPair(clip(id)));
                }
                self.id(
                    "pair dimension",
                    id,
                    DimensionId::parse,
                    DimensionId::from_static,
                )
            })
            .collect()
    }

    /// A role's certifications and moves, each text checked; where the moves
    /// lead is checked once every role is known ([`Self::moves_lead_somewhere`]).
    fn path(&mut self, doc: PathDoc) -> CareerPath {
        let certifications = doc
            .certifications
            .into_iter()
            .map(|c| Certification {
                name: self.text("certification name", c.name, limits::CERTIFICATION),
                body: self.text("certification body", c.body, limits::CERTIFICATION_BODY),
            })
            .collect();
        let moves = doc
            .moves
            .into_iter()
            .map(|m| Move {
                to: self.id("move target", &m.to, RoleId::parse, RoleId::from_static),
                kind: match m.kind {
                    MoveKindDoc::Up => MoveKind::Up,
                    MoveKindDoc::Sideways => MoveKind::Sideways,
                    MoveKindDoc::Change => MoveKind::Change,
                },
                reason: self.text("move reason", m.reason, limits::MOVE_REASON),
            })
            .collect();
        CareerPath {
            certifications: Cow::Owned(certifications),
            moves: Cow::Owned(moves),
        }
    }

    /// Every move leads to a known role other than its own, and no chain of
    /// step-ups comes back to where it started.
    fn moves_lead_somewhere(&mut self, roles: &[Role]) {
        for role in roles {
            let Some(path) = &role.path else { continue };
            self.role = Some(role.id.to_string());
            for m in path.moves.iter() {
                if m.to == role.id || !roles.iter().any(|r| r.id == m.to) {
                    self.report(ProblemKind::UnknownRoleInMove(clip(m.to.as_str())));
                }
            }
        }
        self.role = None;
        // A step-up cycle: from some role, following only step-ups, that role again.
        let ups = |id: &RoleId| -> Vec<RoleId> {
            roles
                .iter()
                .find(|r| &r.id == id)
                .and_then(|r| r.path.as_ref())
                .map(|p| {
                    p.moves
                        .iter()
                        .filter(|m| m.kind == MoveKind::Up)
                        .map(|m| m.to.clone())
                        .collect()
                })
                .unwrap_or_default()
        };
        // One report for a cycle, named after the first role found on it.
        'roles: for start in roles {
            let mut seen: Vec<RoleId> = Vec::new();
            let mut frontier = ups(&start.id);
            while let Some(next) = frontier.pop() {
                if next == start.id {
                    self.role = Some(start.id.to_string());
                    self.report(ProblemKind::StepUpCycle);
                    self.role = None;
                    break 'roles;
                }
                if !seen.contains(&next) {
                    frontier.extend(ups(&next));
                    seen.push(next);
                }
            }
        }
    }

    /// A role's defining dimensions: none, or 3 to 5 distinct dimensions with
    /// an axis on which the role has a position.
    fn defines(
        &mut self,
        ids: Vec<String>,
        dimensions: &[Dimension],
        entries: &[Entry],
        faulty: &[bool],
    ) -> Vec<DimensionId> {
        let (min, max) = limits::DEFINES;
        if !ids.is_empty() && !(min..=max).contains(&ids.len()) {
            self.report(ProblemKind::DefiningCount(ids.len()));
        }
        self.unique("defining dimension", ids.iter().map(String::as_str));
        let mut defines = Vec::with_capacity(ids.len());
        for id in ids {
            let found = dimensions
                .iter()
                .zip(entries.iter().zip(faulty))
                .find(|(d, _)| d.id.as_str() == id);
            let reason = match found {
                None => Some("is not defined in \"dimensions\""),
                Some((dimension, _)) if dimension.axis.is_none() => Some("has no axis"),
                Some((_, (entry, faulty))) if entry.position.is_none() => {
                    (!faulty).then_some("has no position for this role")
                }
                Some((dimension, _)) => {
                    defines.push(dimension.id.clone());
                    None
                }
            };
            if let Some(reason) = reason {
                self.report(ProblemKind::BadDefining {
                    value: clip(&id),
                    reason,
                });
            }
        }
        defines
    }

    fn entry(&mut self, raw: &'a RawValue, dimension: &Dimension) -> Option<Entry> {
        let doc = self.read_object::<EntryDoc>("a dimension entry", raw)?;
        let text = self.text("text", doc.text, limits::ENTRY);
        let gist = doc.gist.map(|gist| self.text("gist", gist, limits::GIST));
        let position = match (doc.position, &dimension.axis) {
            (Some(raw), Some(_)) => self.position(raw),
            (None, Some(_)) => {
                self.report(ProblemKind::MissingPosition);
                None
            }
            // Null (no position) is what a dimension without an axis has anyway.
            (Some(raw), None) if raw.get() == "null" => None,
            (Some(_), None) => {
                self.report(ProblemKind::PositionWithoutAxis);
                None
            }
            (None, None) => None,
        };
        Some(Entry {
            text,
            gist,
            position,
        })
    }

    /// A position: a whole number from 1 to 5, or `null` for "not a defining part of this role".
    fn position(&mut self, raw: &'a RawValue) -> Option<Position> {
        if raw.get() == "null" {
            return None;
        }
        match whole_number(raw.get()) {
            Some(p) => {
                let position = u8::try_from(p).ok().and_then(Position::new);
                if position.is_none() {
                    self.report(ProblemKind::PositionOutOfRange(p));
                }
                position
            }
            None => {
                self.wrong_value(raw, "position", "a whole number from 1 to 5, or null");
                None
            }
        }
    }

    fn facts(&mut self, doc: FactsDoc) -> Facts {
        let occupation = doc.occupation.map(|occupation| {
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
            median_pay: doc.median_pay.map(|f| self.fact("median_pay", f)),
            pay_range: doc.pay_range.map(|f| self.fact("pay_range", f)),
            education: doc.education.map(|f| self.fact("education", f)),
            outlook: doc.outlook.map(|f| self.fact("outlook", f)),
            jobs: doc.jobs.map(|f| self.fact("jobs", f)),
        }
    }

    fn fact(&mut self, field: &'static str, doc: FactDoc) -> Fact {
        if !is_plain_https_link(&doc.source) {
            self.report(ProblemKind::BadLink {
                field,
                value: clip(&doc.source),
            });
        }
        Fact {
            value: self.text(field, doc.value, limits::FACT),
            year: self.text("year", doc.year, limits::FACT),
            source: Cow::Owned(doc.source),
        }
    }

    /// Checks pair notes against the ids of the roles they may name.
    fn pairs(
        &mut self,
        docs: Vec<PairDoc>,
        roles: &[&str],
        dimensions: &[Dimension],
    ) -> Vec<PairNote> {
        self.role = None;
        self.dimension = None;
        let mut seen = BTreeSet::new();
        let mut pairs = Vec::with_capacity(docs.len());
        for pair in docs {
            for side in [&pair.a, &pair.b] {
                if !roles.contains(&side.as_str()) {
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
            let alike = self.pair_dimensions(&pair.alike, dimensions);
            let first = self.pair_dimensions(&pair.first, dimensions);
            pairs.push(PairNote {
                a,
                b,
                note,
                alike: Cow::Owned(alike),
                first: Cow::Owned(first),
            });
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
