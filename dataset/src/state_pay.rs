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

use std::collections::BTreeMap;

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
    /// Figures by state code, then by occupation code.
    pay: BTreeMap<String, BTreeMap<String, StatePay>>,
}

/// What a figure BLS marks but does not explain says.
const NOT_RELEASED: &str = "Estimate not released.";

impl PayByState {
    /// Reads the file; Err names the line number and what is wrong (unknown
    /// record kind, wrong field count, a pay line for a state with no state
    /// line, a note code not declared, a state code that is not two ASCII
    /// uppercase letters, a figure that is neither digits, a non-digit BLS
    /// mark, nor empty, a missing release line, duplicate lines).
    pub fn parse(text: &str) -> Result<PayByState, String> {
        let mut release: Option<String> = None;
        let mut notes: BTreeMap<&str, &str> = BTreeMap::new();
        let mut states = Vec::new();
        let mut pay: BTreeMap<String, BTreeMap<String, StatePay>> = BTreeMap::new();
        for (index, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let at = || format!("line {}", index + 1);
            let mut fields = line.split('\t');
            let kind = fields.next().unwrap_or_default();
            let rest: Vec<&str> = fields.collect();
            match (kind, rest.as_slice()) {
                ("release", [name]) => {
                    if release.is_some() {
                        return Err(format!("{}: a second release line", at()));
                    }
                    release = Some((*name).to_owned());
                }
                ("note", [code, note]) => {
                    if code.is_empty() || code.contains(',') {
                        return Err(format!(
                            "{}: note code {code:?} is empty or has a comma",
                            at()
                        ));
                    }
                    if notes.insert(code, note).is_some() {
                        return Err(format!("{}: a second note line for code {code:?}", at()));
                    }
                }
                ("state", [code, name, page]) => {
                    check_code(code).map_err(|e| format!("{}: {e}", at()))?;
                    if pay.insert((*code).to_owned(), BTreeMap::new()).is_some() {
                        return Err(format!("{}: a second state line for {code}", at()));
                    }
                    states.push(State {
                        code: (*code).to_owned(),
                        name: (*name).to_owned(),
                        page: (*page).to_owned(),
                    });
                }
                ("pay", [code, soc, employment, p10, median, p90, codes]) => {
                    check_code(code).map_err(|e| format!("{}: {e}", at()))?;
                    let Some(occupations) = pay.get_mut(*code) else {
                        return Err(format!(
                            "{}: a pay line for state {code}, which no earlier state line declares",
                            at()
                        ));
                    };
                    if occupations.contains_key(*soc) {
                        return Err(format!("{}: a second pay line for {code} {soc}", at()));
                    }
                    // The text a marked figure gets: its line's footnotes.
                    let mut said = String::new();
                    for note in codes.split(',').filter(|c| !c.is_empty()) {
                        let Some(text) = notes.get(note) else {
                            return Err(format!(
                                "{}: note {note:?} has no earlier note line",
                                at()
                            ));
                        };
                        if !said.is_empty() {
                            said.push(' ');
                        }
                        said.push_str(text);
                    }
                    if said.is_empty() {
                        said.push_str(NOT_RELEASED);
                    }
                    let read = |value: &str, name: &str| {
                        figure(value, &said).ok_or_else(|| {
                            format!(
                                "{}: the {name} {value:?} is neither digits, a BLS mark such as \"-\", nor empty",
                                at()
                            )
                        })
                    };
                    let line_pay = StatePay {
                        employment: read(employment, "employment")?,
                        p10: read(p10, "p10")?,
                        median: read(median, "median")?,
                        p90: read(p90, "p90")?,
                    };
                    occupations.insert((*soc).to_owned(), line_pay);
                }
                ("release" | "note" | "state" | "pay", _) => {
                    let wanted = match kind {
                        "release" => 2,
                        "note" => 3,
                        "state" => 4,
                        _ => 8,
                    };
                    return Err(format!(
                        "{}: a {kind} line has {} tab-separated fields; it needs {wanted}",
                        at(),
                        rest.len() + 1
                    ));
                }
                _ => {
                    return Err(format!(
                    "{}: unknown record kind {kind:?} (release, note, state, pay or a # comment)",
                    at()
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
        self.pay.get(code)?.get(soc)
    }
}

/// A state code is two ASCII uppercase letters.
fn check_code(code: &str) -> Result<(), String> {
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!(
            "state code {code:?} is not two ASCII uppercase letters"
        ))
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
            "line 4: unknown record kind \"wage\" (release, note, state, pay or a # comment)"
        );
    }

    #[test]
    fn a_wrong_field_count_is_named() {
        assert_eq!(
            error("pay\tTX\t11-1021\t1\t2\t3\t4"),
            "line 4: a pay line has 7 tab-separated fields; it needs 8"
        );
        assert_eq!(
            error("state\tAL\tAlabama"),
            "line 4: a state line has 3 tab-separated fields; it needs 4"
        );
    }

    #[test]
    fn a_pay_line_needs_a_state_line() {
        assert_eq!(
            error("pay\tCA\t11-1021\t1\t2\t3\t4\t"),
            "line 4: a pay line for state CA, which no earlier state line declares"
        );
    }

    #[test]
    fn a_note_code_must_be_declared() {
        assert_eq!(
            error("pay\tTX\t11-1021\t-\t2\t3\t4\t8,5"),
            "line 4: note \"5\" has no earlier note line"
        );
    }

    #[test]
    fn a_state_code_is_two_uppercase_letters() {
        assert_eq!(
            error("state\tTex\tTexas\tp"),
            "line 4: state code \"Tex\" is not two ASCII uppercase letters"
        );
        assert_eq!(
            error("pay\ttx\t11-1021\t1\t2\t3\t4\t"),
            "line 4: state code \"tx\" is not two ASCII uppercase letters"
        );
    }

    #[test]
    fn a_figure_is_digits_a_mark_or_empty() {
        assert_eq!(
            error("pay\tTX\t11-1021\t1\t2\t12a\t4\t"),
            "line 4: the median \"12a\" is neither digits, a BLS mark such as \"-\", nor empty"
        );
        assert_eq!(
            error("pay\tTX\t11-1021\t 1\t2\t3\t4\t"),
            "line 4: the employment \" 1\" is neither digits, a BLS mark such as \"-\", nor empty"
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
        assert_eq!(
            error("note\t8\tAgain."),
            "line 4: a second note line for code \"8\""
        );
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
        assert!(read.pay.keys().all(|code| read.state(code).is_some()));
    }
}
