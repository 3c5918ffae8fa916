//! Facts for machines: the JSON-LD of a pair's page, a schema.org `WebPage`
//! about two `Occupation`s, each with its official category, its median pay
//! (with the year and the source) and the education it asks for, where the
//! dataset has them sourced.

use role_compare::dataset::{Fact, Role};
use serde_json::{json, Map, Value};

/// The `<script type="application/ld+json">` text of a pair's page.
pub struct PageFacts<'a> {
    /// The page's title.
    pub name: &'a str,
    /// Its description.
    pub description: &'a str,
    /// Its canonical address.
    pub url: &'a str,
    /// Its picture's address.
    pub image: &'a str,
}

/// The JSON-LD of a pair's page, as text safe inside a `script` element.
pub fn page_json_ld(page: &PageFacts<'_>, a: &Role, b: &Role) -> String {
    let value = json!({
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": page.name,
        "description": page.description,
        "url": page.url,
        "image": page.image,
        "about": [occupation(a), occupation(b)],
    });
    // Nothing in the text may end the script element early.
    value.to_string().replace("</", "<\\/")
}

/// One role as a schema.org `Occupation`.
fn occupation(role: &Role) -> Value {
    let mut out = Map::new();
    out.insert("@type".into(), "Occupation".into());
    out.insert("name".into(), role.title.to_string().into());
    out.insert("description".into(), role.summary.to_string().into());
    let facts = role.facts.as_ref();
    if let Some(occupation) = facts.and_then(|f| f.occupation.as_ref()) {
        out.insert(
            "occupationalCategory".into(),
            json!({
                "@type": "CategoryCode",
                "codeValue": occupation.soc.to_string(),
                "name": occupation.title.to_string(),
                "inCodeSet": {
                    "@type": "CategoryCodeSet",
                    "name": "US Standard Occupational Classification",
                    "url": "https://www.bls.gov/soc/",
                },
            }),
        );
    }
    if let Some(pay) = facts.and_then(|f| f.median_pay.as_ref()) {
        let mut salary = json!({
            "@type": "MonetaryAmountDistribution",
            "name": format!("Median annual pay, {}", pay.year),
            "description": format!("{} ({}; source: {})", pay.value, pay.year, pay.source),
            "currency": "USD",
            "duration": "P1Y",
            "url": pay.source.to_string(),
        });
        if let (Some(median), Some(fields)) = (dollars(&pay.value), salary.as_object_mut()) {
            fields.insert("median".into(), median.into());
        }
        out.insert("estimatedSalary".into(), salary);
    }
    if let Some(education) = facts.and_then(|f| f.education.as_ref()) {
        out.insert("educationRequirements".into(), credential(education));
        // BLS's entry requirement names the related work experience after the degree.
        if let Some((_, experience)) = education.value.split_once(", ") {
            if experience.contains("experience") {
                out.insert(
                    "experienceRequirements".into(),
                    json!({
                        "@type": "OccupationalExperienceRequirements",
                        "description": format!("{experience} ({}; source: {})", education.year, education.source),
                    }),
                );
            }
        }
    }
    let certifications: Vec<Value> = role
        .path
        .iter()
        .flat_map(|p| p.certifications.iter())
        .map(|c| {
            json!({
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": "certification",
                "name": c.name.to_string(),
                "recognizedBy": { "@type": "Organization", "name": c.body.to_string() },
            })
        })
        .collect();
    if !certifications.is_empty() {
        out.insert("qualifications".into(), certifications.into());
    }
    Value::Object(out)
}

/// The education a role asks for, with its year and source.
fn credential(education: &Fact) -> Value {
    json!({
        "@type": "EducationalOccupationalCredential",
        "credentialCategory": education.value.to_string(),
        "description": format!("{} ({}; source: {})", education.value, education.year, education.source),
        "url": education.source.to_string(),
    })
}

/// The whole dollars a figure starts with: "$98,890 (whole group)" is 98890.
fn dollars(value: &str) -> Option<u64> {
    let digits: String = value
        .strip_prefix('$')?
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_occupation_states_education_experience_and_certifications() {
        let data = role_compare::builtin::dataset();
        let role = |id: &str| {
            data.role(&role_compare::RoleId::parse(id).unwrap())
                .unwrap()
        };
        let plant = occupation(role("production-manager"));
        assert_eq!(
            plant["experienceRequirements"]["description"]
                .as_str()
                .unwrap()
                .split(" (")
                .next(),
            Some("5 years or more of related work experience")
        );
        assert!(plant["qualifications"]
            .as_array()
            .unwrap()
            .iter()
            .all(|q| q["recognizedBy"]["name"]
                .as_str()
                .is_some_and(|b| !b.is_empty())));
        // No certification commonly asked: no empty list.
        assert!(occupation(role("chief-operating-officer"))
            .get("qualifications")
            .is_none());
    }

    #[test]
    fn figures_read_as_whole_dollars() {
        assert_eq!(dollars("$102,950"), Some(102_950));
        assert_eq!(dollars("$98,890 (whole group)"), Some(98_890));
        assert_eq!(dollars("about 100k"), None);
    }
}
