//! An item being edited: its category, its texts per language and its sizes, one
//! signal per field, and the way from there to an `ItemEdit` with every problem under
//! the field the server also names.

use leptos::prelude::*;
use model::{
    sportotek::{EquipmentCategory, ItemEdit, ItemText, SizeEdit, SizeKind, StaffItem, StaffSize},
    FieldError, Language,
};

#[derive(Clone, Copy)]
pub struct TextDraft {
    pub name: RwSignal<String>,
    pub description: RwSignal<String>,
}

/// One size row; `key` tells rows apart while some are added and removed, `id` names
/// a saved size.
#[derive(Clone, Copy)]
pub struct SizeDraft {
    pub key: usize,
    pub id: Option<i64>,
    pub label: RwSignal<String>,
    pub kind: RwSignal<SizeKind>,
    pub age_from: RwSignal<String>,
    pub age_to: RwSignal<String>,
}

#[derive(Clone, Copy)]
pub struct ItemDraft {
    pub category: RwSignal<EquipmentCategory>,
    pub sizes: RwSignal<Vec<SizeDraft>>,
    texts: StoredValue<Vec<(Language, TextDraft)>>,
}

impl ItemDraft {
    /// A draft of a saved item, or of a new one with a single "one size".
    pub fn new(item: Option<&StaffItem>) -> ItemDraft {
        let texts = Language::all()
            .map(|l| {
                let text = item.and_then(|i| i.texts.get(&l)).cloned().unwrap_or_default();
                (l, TextDraft { name: RwSignal::new(text.name), description: RwSignal::new(text.description) })
            })
            .collect();
        let draft = ItemDraft {
            category: RwSignal::new(item.map_or(EquipmentCategory::Other, |i| i.category)),
            sizes: RwSignal::new(Vec::new()),
            texts: StoredValue::new(texts),
        };
        match item {
            Some(item) => draft.reset_sizes(&item.sizes),
            None => {
                draft.add_size(None, "", SizeKind::OneSize);
            }
        }
        draft
    }

    pub fn text(self, language: Language) -> TextDraft {
        self.texts.with_value(|all| all.iter().find(|(l, _)| *l == language).map(|(_, t)| *t)).expect("every language")
    }

    /// The sizes as saved: after a save, new rows have their ids.
    pub fn reset_sizes(self, sizes: &[StaffSize]) {
        self.sizes.set(Vec::new());
        for size in sizes {
            let row = self.add_size(Some(size.id), &size.label, size.kind);
            let age = |a: Option<u8>| a.map(|a| a.to_string()).unwrap_or_default();
            row.age_from.set(age(size.age_from));
            row.age_to.set(age(size.age_to));
        }
    }

    pub fn add_size(self, id: Option<i64>, label: &str, kind: SizeKind) -> SizeDraft {
        let key = self.sizes.with_untracked(|rows| rows.iter().map(|r| r.key + 1).max().unwrap_or(0));
        let row = SizeDraft {
            key,
            id,
            label: RwSignal::new(label.to_owned()),
            kind: RwSignal::new(kind),
            age_from: RwSignal::new(String::new()),
            age_to: RwSignal::new(String::new()),
        };
        self.sizes.update(|rows| rows.push(row));
        row
    }

    pub fn remove_size(self, key: usize) {
        self.sizes.update(|rows| rows.retain(|r| r.key != key));
    }

    /// What was typed, as the API takes it, or every problem under its field. A
    /// language whose name and description are both empty is left out.
    pub fn read(self) -> Result<ItemEdit, Vec<FieldError>> {
        let mut typed = Vec::new();
        let texts = self.texts.with_value(|all| {
            all.iter()
                .map(|(language, t)| {
                    let text = ItemText {
                        name: t.name.with_untracked(|n| n.trim().to_owned()),
                        description: t.description.with_untracked(|d| d.trim().to_owned()),
                    };
                    (*language, text)
                })
                .filter(|(language, text)| *language == Language::SOURCE || *text != ItemText::default())
                .collect()
        });
        let sizes = self.sizes.with_untracked(|rows| {
            rows.iter()
                .enumerate()
                .map(|(i, row)| SizeEdit {
                    id: row.id,
                    label: row.label.with_untracked(|l| l.trim().to_owned()),
                    kind: row.kind.get_untracked(),
                    age_from: age(row.age_from, &format!("sizes.{i}.age_from"), &mut typed),
                    age_to: age(row.age_to, &format!("sizes.{i}.age_to"), &mut typed),
                })
                .collect()
        });
        let edit = ItemEdit { category: self.category.get_untracked(), texts, sizes };
        let rules: Vec<FieldError> =
            edit.problems().into_iter().filter(|p| !typed.iter().any(|t| t.field == p.field)).collect();
        typed.extend(rules);
        if typed.is_empty() {
            Ok(edit)
        } else {
            Err(typed)
        }
    }
}

/// An age typed in a size row: empty is none.
fn age(signal: RwSignal<String>, field: &str, typed: &mut Vec<FieldError>) -> Option<u8> {
    let raw = signal.with_untracked(|s| s.trim().to_owned());
    if raw.is_empty() {
        return None;
    }
    raw.parse().map_or_else(
        |_| {
            typed.push(FieldError::new(field, "console-error-whole-number"));
            None
        },
        Some,
    )
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use model::sportotek::StaffCopy;

    use super::*;

    fn skates() -> StaffItem {
        let size = |id, label: &str, ages: (Option<u8>, Option<u8>)| StaffSize {
            id,
            label: label.into(),
            kind: SizeKind::Shoe,
            age_from: ages.0,
            age_to: ages.1,
            copies: Vec::<StaffCopy>::new(),
        };
        StaffItem {
            id: 7,
            category: EquipmentCategory::Skates,
            texts: BTreeMap::from([
                (Language::Sv, ItemText { name: "Hockeyskridskor".into(), description: "Med skydd.".into() }),
                (Language::Ar, ItemText { name: "زلاجات هوكي".into(), description: String::new() }),
            ]),
            translations: vec![],
            photo: None,
            sizes: vec![size(70, "32", (Some(7), Some(9))), size(71, "36", (None, None))],
            updated_at: 0,
            demo: true,
        }
    }

    #[test]
    fn a_saved_item_reads_back_as_it_was() {
        let item = skates();
        let edit = ItemDraft::new(Some(&item)).read().unwrap();
        assert_eq!(edit.category, EquipmentCategory::Skates);
        assert_eq!(edit.texts, item.texts, "languages without text are left out");
        let sizes: Vec<_> = edit.sizes.iter().map(|s| (s.id, s.label.as_str(), s.age_from, s.age_to)).collect();
        assert_eq!(sizes, [(Some(70), "32", Some(7), Some(9)), (Some(71), "36", None, None)]);
    }

    #[test]
    fn a_new_item_needs_a_swedish_name_and_a_size_label() {
        let fields: Vec<String> = ItemDraft::new(None).read().unwrap_err().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["texts.sv.name", "sizes.0.label"]);
    }

    #[test]
    fn an_age_that_is_not_a_whole_number_is_named_once_under_its_field() {
        let draft = ItemDraft::new(Some(&skates()));
        let rows = draft.sizes.get_untracked();
        rows[0].age_from.set("sju".into());
        rows[1].age_to.set(" 12 ".into());
        let problems = draft.read().unwrap_err();
        assert_eq!(problems, vec![FieldError::new("sizes.0.age_from", "console-error-whole-number")]);
    }

    #[test]
    fn a_removed_size_is_left_out_and_a_repeated_label_is_named() {
        let draft = ItemDraft::new(Some(&skates()));
        let added = draft.add_size(None, "36", SizeKind::Shoe);
        let problems = draft.read().unwrap_err();
        assert_eq!(problems, vec![FieldError::new("sizes.2.label", "error-sportotek-size-repeated")]);
        draft.remove_size(added.key);
        draft.remove_size(draft.sizes.get_untracked()[0].key);
        let labels: Vec<String> = draft.read().unwrap().sizes.into_iter().map(|s| s.label).collect();
        assert_eq!(labels, ["36"]);
    }
}
