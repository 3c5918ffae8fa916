//! Property tests of the public dataset API: any text, and the shipped
//! dataset with a random cut, reads as a dataset or as a list of problems,
//! and never panics. 1,000 cases each. (The properties of private parsing,
//! attributes and themes, live beside their code.)
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use role_compare::builtin::dataset;
use role_compare::dataset::extend_dataset;
use role_compare::{parse_dataset, RoleId};

use role_compare::dataset::testing::{config, mutated};

/// The shipped dataset, which the built-in one is read from.
const SHIPPED: &str = include_str!("../data/roles.json");

proptest! {
    #![proptest_config(config())]

    #[test]
    fn ids_parse_exactly_or_say_why(value in prop_oneof![any::<String>(), "[a-z0-9-]{0,70}"]) {
        match RoleId::parse(&value) {
            Ok(id) => {
                prop_assert_eq!(id.as_str(), value.as_str());
                prop_assert!(value.len() <= 64 && !value.starts_with('-') && !value.contains("--"));
            }
            Err(reason) => prop_assert!(!reason.to_string().is_empty()),
        }
    }

    #[test]
    fn arbitrary_text_is_not_a_dataset(text in any::<String>()) {
        prop_assert!(parse_dataset(&text).is_err());
    }

    #[test]
    fn mutated_datasets_parse_or_list_problems(text in mutated(SHIPPED)) {
        match parse_dataset(&text) {
            Ok(data) => prop_assert_eq!(data.dimensions.len(), 15),
            Err(problems) => prop_assert!(!problems.is_empty()),
        }
    }

    #[test]
    fn host_roles_extend_or_list_problems(text in mutated(SHIPPED)) {
        // The shipped file as host data always has dimensions, so it must be refused.
        prop_assert!(extend_dataset(dataset(), &text).is_err());
    }
}
