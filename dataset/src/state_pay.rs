//! Pay by US state for the built-in roles' occupations: `data/pay-by-state.tsv`,
//! which `scripts/wages.py` writes from BLS's Occupational Employment and
//! Wage Statistics (state estimates, all industries).
//!
//! The file is tab-separated text read without serde, so the same small
//! reader serves the build and the browser. Lines starting with `#` are
//! comments; every other line is a record whose first field is its kind:
//!
//! ```text
//! release  <release>
//! note     <code> <text>
//! state    <code> <name> <page>
//! pay      <state code> <SOC code> <employment> <p10> <median> <p90> <note codes>
//! ```
//!
//! A `note` or `state` line comes before the lines that use it.

/// One state (or DC or territory) of the release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// The two-letter postal code, e.g. "TX".
    pub code: String,
    /// BLS's name for it, e.g. "Texas".
    pub name: String,
    /// BLS's page of its estimates in the release.
    pub page: String,
}

/// One figure as BLS publishes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Figure {
    /// Employment or whole annual dollars, as digits ("103230").
    Value(String),
    /// BLS marks the figure as not released; the text of the line's
    /// footnote(s), or "Estimate not released." if it has none.
    NotReleased(String),
    /// BLS publishes no estimate.
    Missing,
}

/// One occupation's figures in one state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatePay {
    /// Employment.
    pub employment: Figure,
    /// Annual 10th percentile wage.
    pub p10: Figure,
    /// Annual median wage.
    pub median: Figure,
    /// Annual 90th percentile wage.
    pub p90: Figure,
}

/// The pay of one release by state, read from `data/pay-by-state.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayByState {
    /// The release, e.g. "May 2025".
    pub release: String,
    /// The states, in the file's order.
    pub states: Vec<State>,
    /// Each pay line: the state's code, the occupation's code, its figures.
    /// A list searched in order: the browser reads this file too, and a list
    /// is smaller there than a map (a few hundred lines, looked up twice a pick).
    pay: Vec<(String, String, StatePay)>,
}

/// What a figure BLS marks but does not explain says.
const NOT_RELEASED: &str = "Estimate not released.";

impl PayByState {
    /// Reads the file. An error names the line and what is wrong with it: an
    /// unknown kind of line, a wrong number of fields, a state code that is
    /// not two capital letters, a state or note used before (or without)
    /// its line, a figure that is neither digits, a BLS mark nor empty, a
    /// line that repeats another; or no release line at all.
    pub fn parse(text: &str) -> Result<PayByState, String> {
        let mut release: Option<String> = None;
        let mut notes: Vec<(&str, &str)> = Vec::new();
        let mut states: Vec<State> = Vec::new();
        let mut pay = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |what: &str| format!("line {}: {what}", index + 1);
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["release", name] => {
                    if release.replace((*name).to_owned()).is_some() {
                        return Err(bad("a second release line"));
                    }
                }
                ["note", code, note] => {
                    if code.is_empty() || code.contains(',') {
                        return Err(bad("a note code is empty or has a comma"));
                    }
                    if notes.iter().any(|(known, _)| known == code) {
                        return Err(bad(&format!("a second note {code}")));
                    }
                    notes.push((code, note));
                }
                ["state", code, name, page] => {
                    checked(code).map_err(|e| bad(&e))?;
                    if states.iter().any(|state| state.code == *code) {
                        return Err(bad(&format!("a second state line for {code}")));
                    }
                    states.push(State {
                        code: (*code).to_owned(),
                        name: (*name).to_owned(),
                        page: (*page).to_owned(),
                    });
                }
                ["pay", code, soc, employment, p10, median, p90, codes] => {
                    checked(code).map_err(|e| bad(&e))?;
                    if !states.iter().any(|state| state.code == *code) {
                        return Err(bad(&format!("state {code} has no state line before it")));
                    }
                    if pay.iter().any(|(state, of, _)| state == code && of == soc) {
                        return Err(bad(&format!("a second pay line for {code} {soc}")));
                    }
                    // What a marked figure says: its line's footnotes.
                    let mut said = String::new();
                    for note in codes.split(',').filter(|c| !c.is_empty()) {
                        let Some((_, text)) = notes.iter().find(|(known, _)| *known == note) else {
                            return Err(bad(&format!("note {note} has no note line before it")));
                        };
                        if !said.is_empty() {
                            said.push(' ');
                        }
                        said.push_str(text);
                    }
                    if said.is_empty() {
                        said.push_str(NOT_RELEASED);
                    }
                    let read = |value: &str| {
                        figure(value, &said).ok_or_else(|| {
                            bad(&format!(
                                "figure \"{value}\" is neither digits, a BLS mark such as \"-\", nor empty"
                            ))
                        })
                    };
                    let figures = StatePay {
                        employment: read(employment)?,
                        p10: read(p10)?,
                        median: read(median)?,
                        p90: read(p90)?,
                    };
                    pay.push(((*code).to_owned(), (*soc).to_owned(), figures));
                }
                [kind, ..] if ["release", "note", "state", "pay"].contains(kind) => {
                    return Err(bad(&format!(
                        "a {kind} line with the wrong number of fields"
                    )));
                }
                _ => {
                    return Err(bad(
                        "not a line this file has (release, note, state, pay or a # comment)",
                    ))
                }
            }
        }
        let Some(release) = release else {
            return Err("the file has no release line".to_owned());
        };
        Ok(PayByState {
            release,
            states,
            pay,
        })
    }

    /// The state (or DC or territory) with postal code `code` ("TX").
    pub fn state(&self, code: &str) -> Option<&State> {
        self.states.iter().find(|state| state.code == code)
    }

    /// The figures of occupation `soc` ("11-1021") in state `code` ("TX");
    /// None if the file has no line for them.
    pub fn pay(&self, code: &str, soc: &str) -> Option<&StatePay> {
        self.pay
            .iter()
            .find(|(state, of, _)| state == code && of == soc)
            .map(|(_, _, figures)| figures)
    }
}

/// `code` if it is two capital letters (a postal code), or why not.
fn checked(code: &str) -> Result<(), String> {
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!("state code \"{code}\" is not two capital letters"))
    }
}

/// A figure from its field: digits, a BLS mark (punctuation only, such as
/// "-"), which becomes `NotReleased(said)`, or empty; None for anything else.
fn figure(value: &str, said: &str) -> Option<Figure> {
    if value.is_empty() {
        Some(Figure::Missing)
    } else if value.bytes().all(|b| b.is_ascii_digit()) {
        Some(Figure::Value(value.to_owned()))
    } else if value.bytes().all(|b| b.is_ascii_punctuation()) {
        Some(Figure::NotReleased(said.to_owned()))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# a sample\n\
        release\tMay 2025\n\
        note\t8\tEstimate not released.\n\
        note\t5\tThis wage is high.\n\
        state\tAL\tAlabama\thttps://example.org/al\n\
        state\tTX\tTexas\thttps://example.org/tx\n\
        pay\tAL\t11-1021\t30170\t55160\t111790\t243600\t\n\
        pay\tTX\t11-1021\t-\t46190\t\t264620\t8\n\
        pay\tTX\t11-1011\t640\t#\t1\t2\t8,5\n\
        pay\tTX\t13-1020\t*\t1\t2\t3\t\n";

    /// The error of `text`: the sample's first lines with `line` added.
    fn error(line: &str) -> String {
        let text = format!(
            "release\tMay 2025\nnote\t8\tEstimate not released.\nstate\tTX\tTexas\tp\n{line}\n"
        );
        match PayByState::parse(&text) {
            Ok(parsed) => panic!("{line:?} was read: {parsed:?}"),
            Err(error) => error,
        }
    }

    #[test]
    fn a_sample_is_read() {
        let read = PayByState::parse(SAMPLE).unwrap();
        assert_eq!(read.release, "May 2025");
        assert_eq!(read.states.len(), 2);
        assert_eq!(
            read.state("TX"),
            Some(&State {
                code: "TX".into(),
                name: "Texas".into(),
                page: "https://example.org/tx".into(),
            })
        );
        assert_eq!(read.state("CA"), None);
        assert_eq!(
            read.pay("AL", "11-1021"),
            Some(&StatePay {
                employment: Figure::Value("30170".into()),
                p10: Figure::Value("55160".into()),
                median: Figure::Value("111790".into()),
                p90: Figure::Value("243600".into()),
            })
        );
        assert_eq!(
            read.pay("TX", "11-1021"),
            Some(&StatePay {
                employment: Figure::NotReleased("Estimate not released.".into()),
                p10: Figure::Value("46190".into()),
                median: Figure::Missing,
                p90: Figure::Value("264620".into()),
            })
        );
        // Several notes are joined; a mark with no note says "not released".
        assert_eq!(
            read.pay("TX", "11-1011").unwrap().p10,
            Figure::NotReleased("Estimate not released. This wage is high.".into())
        );
        assert_eq!(
            read.pay("TX", "13-1020").unwrap().employment,
            Figure::NotReleased("Estimate not released.".into())
        );
        assert_eq!(read.pay("AL", "11-1011"), None);
        assert_eq!(read.pay("CA", "11-1021"), None);
    }

    #[test]
    fn an_unknown_record_kind_is_named() {
        assert_eq!(
            error("wage\tTX\t1"),
            "line 4: not a line this file has (release, note, state, pay or a # comment)"
        );
    }

    #[test]
    fn a_wrong_field_count_is_named() {
        assert_eq!(
            error("pay\tTX\t11-1021\t1\t2\t3\t4"),
            "line 4: a pay line with the wrong number of fields"
        );
        assert_eq!(
            error("state\tAL\tAlabama"),
            "line 4: a state line with the wrong number of fields"
        );
    }

    #[test]
    fn a_pay_line_needs_a_state_line() {
        assert_eq!(
            error("pay\tCA\t11-1021\t1\t2\t3\t4\t"),
            "line 4: state CA has no state line before it"
        );
    }

    #[test]
    fn a_note_code_must_be_declared() {
        assert_eq!(
            error("pay\tTX\t11-1021\t-\t2\t3\t4\t8,5"),
            "line 4: note 5 has no note line before it"
        );
    }

    #[test]
    fn a_state_code_is_two_uppercase_letters() {
        assert_eq!(
            error("state\tTex\tTexas\tp"),
            "line 4: state code \"Tex\" is not two capital letters"
        );
        assert_eq!(
            error("pay\ttx\t11-1021\t1\t2\t3\t4\t"),
            "line 4: state code \"tx\" is not two capital letters"
        );
    }

    #[test]
    fn a_figure_is_digits_a_mark_or_empty() {
        assert_eq!(
            error("pay\tTX\t11-1021\t1\t2\t12a\t4\t"),
            "line 4: figure \"12a\" is neither digits, a BLS mark such as \"-\", nor empty"
        );
        assert_eq!(
            error("pay\tTX\t11-1021\t 1\t2\t3\t4\t"),
            "line 4: figure \" 1\" is neither digits, a BLS mark such as \"-\", nor empty"
        );
    }

    #[test]
    fn the_release_line_is_required() {
        assert_eq!(
            PayByState::parse("state\tTX\tTexas\tp\n").unwrap_err(),
            "the file has no release line"
        );
    }

    #[test]
    fn duplicate_lines_are_named() {
        assert_eq!(error("release\tMay 2024"), "line 4: a second release line");
        assert_eq!(error("note\t8\tAgain."), "line 4: a second note 8");
        assert_eq!(
            error("state\tTX\tTexas\tp"),
            "line 4: a second state line for TX"
        );
        assert_eq!(
            error("pay\tTX\t11-1021\t1\t2\t3\t4\t\npay\tTX\t11-1021\t1\t2\t3\t4\t"),
            "line 5: a second pay line for TX 11-1021"
        );
    }

    #[test]
    fn the_committed_file_is_read() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/pay-by-state.tsv"
        ));
        let read = PayByState::parse(text).unwrap();
        assert_eq!(read.release, "May 2025");
        assert_eq!(read.states.len(), 54);
        assert_eq!(read.state("TX").unwrap().name, "Texas");
        assert_eq!(
            read.state("TX").unwrap().page,
            "https://www.bls.gov/oes/2025/may/oes_tx.htm"
        );
        assert_eq!(
            read.pay("NJ", "11-1021").unwrap().median,
            Figure::Value("173690".into())
        );
        assert_eq!(
            read.pay("PR", "11-1021").unwrap().median,
            Figure::Value("73570".into())
        );
        // Every pay line names a state the file declares (the reader checks
        // it too), and the map holds no state without a state line.
        for line in text.lines().filter(|l| l.starts_with("pay\t")) {
            let code = line.split('\t').nth(1).unwrap();
            assert!(read.state(code).is_some(), "{line}");
        }
        assert!(read
            .pay
            .iter()
            .all(|(code, _, _)| read.state(code).is_some()));
    }
}
