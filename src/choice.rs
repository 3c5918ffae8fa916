//! The reader's choice of a pair: picking a role for a side or swapping the
//! sides, what the card announces after, and the roles a picker lists. Plain
//! logic over the app's signals, tested natively.

use std::sync::Arc;

use leptos::prelude::*;

use crate::dataset::{Dataset, RoleId, Text};
use crate::pair::{Pair, Side};
use crate::words;

/// The pair a card shows (in the app's signals) and what the reader's
/// changes to it do: set the pair, say it in the live region, tell the app.
#[derive(Clone)]
pub(crate) struct Choice {
    /// The pair, in the app's signals.
    pub pair: Pair<RwSignal<RoleId>>,
    /// What the polite live region says after the reader's last change.
    pub announced: RwSignal<String>,
    data: Arc<Dataset>,
    on_change: Option<Callback<(RoleId, RoleId)>>,
}

impl Choice {
    /// The choice of a pair of `data`'s roles held in `pair`; `on_change`
    /// hears every change the reader makes.
    /// `announced` is the live region's text, held by whoever may announce
    /// beside the reader's changes (the embed, for a pick made before the
    /// card was live).
    pub fn new(
        data: Arc<Dataset>,
        pair: Pair<RwSignal<RoleId>>,
        on_change: Option<Callback<(RoleId, RoleId)>>,
        announced: RwSignal<String>,
    ) -> Self {
        Choice {
            pair,
            announced,
            data,
            on_change,
        }
    }

    /// The reader picked `id` for `side`.
    pub fn pick(&self, side: Side, id: RoleId) {
        self.pair[side].set(id);
        self.changed();
    }

    /// The reader swapped the two roles.
    pub fn swap(&self) {
        let (a, b) = (self.pair.a.get_untracked(), self.pair.b.get_untracked());
        self.pair.a.set(b);
        self.pair.b.set(a);
        self.changed();
    }

    fn changed(&self) {
        let (a, b) = (self.pair.a.get_untracked(), self.pair.b.get_untracked());
        self.announced.set(announcement(&self.data, &a, &b));
        if let Some(callback) = self.on_change {
            callback.run((a, b));
        }
    }
}

/// What the polite live region says after the reader changes the pair.
pub(crate) fn announcement(data: &Dataset, a: &RoleId, b: &RoleId) -> String {
    if a == b {
        words::both_show(&data.title(a))
    } else {
        words::comparing(&data.title(a), &data.title(b))
    }
}

/// A picker's roles: each family's label and its roles (id and title).
pub(crate) type PickerGroups = Vec<(Text, Vec<(RoleId, Text)>)>;

/// The roles of a picker, grouped under their families' labels in the
/// dataset's order; roles without a known family come last, under "More roles".
pub(crate) fn picker_groups(data: &Dataset) -> PickerGroups {
    let mut groups: PickerGroups = data
        .families
        .iter()
        .map(|family| (family.label.clone(), Vec::new()))
        .collect();
    let mut more = Vec::new();
    for role in data.roles.iter() {
        let entry = (role.id.clone(), role.title.clone());
        let family = role
            .family
            .as_ref()
            .and_then(|id| data.families.iter().position(|f| &f.id == id));
        match family.and_then(|index| groups.get_mut(index)) {
            Some((_, roles)) => roles.push(entry),
            None => more.push(entry),
        }
    }
    if !more.is_empty() {
        groups.push((Text::Borrowed(words::MORE_ROLES), more));
    }
    groups.retain(|(_, roles)| !roles.is_empty());
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::{dataset, roles};

    /// A choice between Team Leader and Plant Manager, and the pairs it reported.
    fn choice() -> (Choice, RwSignal<Vec<(RoleId, RoleId)>>) {
        let heard = RwSignal::new(Vec::new());
        let pair = Pair::new(
            RwSignal::new(roles::TEAM_LEADER),
            RwSignal::new(roles::PLANT_MANAGER),
        );
        let on_change = Callback::new(move |pair| heard.update(|h| h.push(pair)));
        (
            Choice::new(
                Arc::new(dataset().clone()),
                pair,
                Some(on_change),
                RwSignal::new(String::new()),
            ),
            heard,
        )
    }

    #[test]
    fn a_pick_sets_its_side_says_so_and_tells_the_app() {
        Owner::new().with(|| {
            let (choice, heard) = choice();
            choice.pick(Side::B, roles::FLEET_MANAGER);
            assert_eq!(choice.pair.b.get_untracked(), roles::FLEET_MANAGER);
            assert_eq!(
                choice.announced.get_untracked(),
                "Comparing Team Leader with Fleet Manager"
            );
            assert_eq!(
                heard.get_untracked(),
                [(roles::TEAM_LEADER, roles::FLEET_MANAGER)]
            );
            choice.pick(Side::A, roles::FLEET_MANAGER);
            assert_eq!(
                choice.announced.get_untracked(),
                "Both sides show Fleet Manager"
            );
        });
    }

    #[test]
    fn a_swap_exchanges_the_roles() {
        Owner::new().with(|| {
            let (choice, heard) = choice();
            choice.swap();
            assert_eq!(
                (choice.pair.a.get_untracked(), choice.pair.b.get_untracked()),
                (roles::PLANT_MANAGER, roles::TEAM_LEADER)
            );
            assert_eq!(
                heard.get_untracked(),
                [(roles::PLANT_MANAGER, roles::TEAM_LEADER)]
            );
        });
    }

    #[test]
    fn pickers_group_roles_by_family() {
        let groups = picker_groups(dataset());
        let labels: Vec<&str> = groups.iter().map(|(label, _)| label.as_ref()).collect();
        assert_eq!(labels.len(), dataset().families.len());
        assert_eq!(labels[0], dataset().families[0].label);
        let listed: usize = groups.iter().map(|(_, roles)| roles.len()).sum();
        assert_eq!(listed, dataset().roles.len());
        // A role without a family (a host page's) is listed last, not lost.
        let mut data = dataset().clone();
        let mut extra = data.roles[0].clone();
        extra.id = RoleId::parse("store-manager").unwrap();
        extra.family = None;
        data.roles.to_mut().push(extra);
        let groups = picker_groups(&data);
        let (label, roles) = groups.last().unwrap();
        assert_eq!((label.as_ref(), roles.len()), ("More roles", 1));
    }
}
