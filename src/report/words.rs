//! Words: a claim cut into pieces for display, with the words that differ
//! from another source's claim marked (a word diff, via `similar`) or the
//! fact of a finding marked. Text is sanitized here, before any renderer
//! sees it.

use similar::{ChangeTag, TextDiff};

use super::ShownFinding;
use super::style::{Role, sanitize};
use crate::reconcile::{Category, Kind};

/// A run of text with one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub role: Role,
}

/// `text` with the words that `other` lacks marked `role` (`Deleted` for the
/// first source of a finding, `Inserted` for the others).
pub fn diff(text: &str, other: &str, role: Role) -> Vec<Piece> {
    let [old, new] = if role == Role::Deleted {
        diff_both(text, other)
    } else {
        diff_both(other, text)
    };
    if role == Role::Deleted { old } else { new }
}

/// Both sides of one word diff: `old` with the words `new` lacks marked
/// deleted, and `new` with the words `old` lacks marked inserted.
fn diff_both(old: &str, new: &str) -> [Vec<Piece>; 2] {
    let (old, new) = (sanitize(old), sanitize(new));
    let diff = TextDiff::from_words(old.as_str(), new.as_str());
    let side = |mine: ChangeTag, role: Role| {
        let pieces = diff.iter_all_changes().filter_map(|c| {
            let role = match c.tag() {
                ChangeTag::Equal => Role::Plain,
                tag if tag != mine => return None,
                // Whitespace alone is never worth marking.
                _ if c.value().trim().is_empty() => Role::Plain,
                _ => role,
            };
            let text = c.value().to_string();
            Some(Piece { text, role })
        });
        merge(pieces)
    };
    [
        side(ChangeTag::Delete, Role::Deleted),
        side(ChangeTag::Insert, Role::Inserted),
    ]
}

/// `text` with the `value` that starts at character `at` marked as the fact.
pub fn fact(text: &str, value: Option<&str>, at: Option<usize>) -> Vec<Piece> {
    let (Some(value), Some(at)) = (value, at) else {
        return vec![Piece {
            text: sanitize(text),
            role: Role::Plain,
        }];
    };
    let len = value.chars().count();
    let before: String = text.chars().take(at).collect();
    let middle: String = text.chars().skip(at).take(len).collect();
    let after: String = text.chars().skip(at + len).collect();
    let pieces = [
        (before, Role::Plain),
        (middle, Role::Fact),
        (after, Role::Plain),
    ]
    .into_iter()
    .map(|(text, role)| Piece {
        text: sanitize(&text),
        role,
    });
    merge(pieces)
}

/// How each evidence's claim is shown: for a conflict or matched claims, the
/// words that differ from the first source's claim; otherwise the fact.
pub fn claim_pieces(finding: &ShownFinding) -> Vec<Vec<Piece>> {
    let compared = finding.kind == Kind::Conflict || finding.category == Category::Claim;
    let facts = || {
        (finding.evidence.iter())
            .map(|e| fact(&e.text, e.value.as_deref(), e.value_at))
            .collect()
    };
    let (Some(first), Some(second)) = (finding.evidence.first(), finding.evidence.get(1)) else {
        return facts();
    };
    if !compared || first.text == second.text {
        return facts();
    }
    // The first two sides come from one diff; each further source is
    // compared with the first.
    let [old, new] = diff_both(&first.text, &second.text);
    let further =
        (finding.evidence[2..].iter()).map(|e| diff(&e.text, &first.text, Role::Inserted));
    [old, new].into_iter().chain(further).collect()
}

/// Joins neighbouring pieces of one role and drops empty ones.
fn merge(pieces: impl IntoIterator<Item = Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for piece in pieces.into_iter().filter(|p| !p.text.is_empty()) {
        match out.last_mut() {
            Some(last) if last.role == piece.role => last.text.push_str(&piece.text),
            _ => out.push(piece),
        }
    }
    // A space between two changed runs belongs to the run, so that
    // "[-a b-]" reads as one change rather than "[-a-] [-b-]".
    let mut i = 1;
    while i + 1 < out.len() {
        let between_changes = out[i].role == Role::Plain
            && out[i].text.trim().is_empty()
            && out[i - 1].role == out[i + 1].role
            && out[i - 1].role != Role::Plain;
        if between_changes {
            let space = out.remove(i).text;
            let next = out.remove(i).text;
            out[i - 1].text.push_str(&space);
            out[i - 1].text.push_str(&next);
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(pieces: &[Piece]) -> Vec<(&str, Role)> {
        pieces
            .iter()
            .filter(|p| p.role != Role::Plain)
            .map(|p| (p.text.as_str(), p.role))
            .collect()
    }

    #[test]
    fn words_only_one_side_has_are_marked() {
        let a = "Iranian President Masoud Pezeshkian will attend.";
        let b = "Iranian President Masoud Pezashkian will attend.";
        assert_eq!(
            marked(&diff(a, b, Role::Deleted)),
            [("Pezeshkian", Role::Deleted)]
        );
        assert_eq!(
            marked(&diff(b, a, Role::Inserted)),
            [("Pezashkian", Role::Inserted)]
        );
        let text: String = diff(a, b, Role::Deleted)
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(text, a, "nothing of the claim is lost");
    }

    #[test]
    fn neighbouring_changes_read_as_one() {
        let pieces = diff(
            "a grand military parade",
            "a major military parade",
            Role::Inserted,
        );
        assert_eq!(marked(&pieces), [("grand", Role::Inserted)]);
        let pieces = diff("one two three four", "one five six four", Role::Deleted);
        assert_eq!(marked(&pieces), [("two three", Role::Deleted)]);
    }

    #[test]
    fn the_fact_is_marked_at_its_place() {
        let pieces = fact(
            "Leaders include Robert Fico, the PM.",
            Some("Robert Fico"),
            Some(16),
        );
        assert_eq!(marked(&pieces), [("Robert Fico", Role::Fact)]);
        let escaped = fact("a\u{1b}[31m b", None, None);
        assert_eq!(escaped[0].text, "a b");
    }
}
