//! Dates: `September 3`, `3 September`, `Sept. 3`, `Sep 3rd`, `May 2, 2013`,
//! `September 2010`, bare years (`in 2019`) and weekdays (`on Sunday`).
//!
//! Weekdays are relative (which Sunday depends on when the article was
//! written): they are kept but never compared as absolute dates. Clock times
//! (`4:45`) are consumed so they are not taken for counts.

use std::ops::Range;

use super::words;
use crate::normalize::{Token, TokenKind};

/// A date as written, with the parts it states.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// The date exactly as written in the original text.
    pub surface: String,
    /// Byte span of the date in the source's original text.
    pub span: Range<usize>,
    /// The year (four digits, 1800 to 2100), if stated.
    pub year: Option<i32>,
    /// The month, 1 (January) to 12, if stated.
    pub month: Option<u8>,
    /// The day of the month, 1 to 31, if stated.
    pub day: Option<u8>,
    /// Monday = 1; set only for weekday mentions, which are relative.
    pub weekday: Option<u8>,
    /// The folded word just before the date (`in`, `since`, `on`): what
    /// relation to the event it states.
    pub preposition: Option<String>,
}

impl DateMention {
    /// A normalized form: `2013-05-02`, `--09-03`, `2019`, `weekday 7`.
    pub fn key(&self) -> String {
        if let Some(weekday) = self.weekday {
            return format!("weekday {weekday}");
        }
        let year = self.year.map_or("-".to_string(), |y| y.to_string());
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year}-{m:02}"),
            _ => year,
        }
    }

    /// Whether the date is absolute (not a weekday) and so may be compared.
    pub fn is_absolute(&self) -> bool {
        self.weekday.is_none()
    }

    /// Whether two dates can be the same day: no part stated by both differs,
    /// and they share at least one part.
    pub fn compatible(&self, other: &DateMention) -> bool {
        fn same<T: PartialEq>(a: Option<T>, b: Option<T>) -> Option<bool> {
            Some(a? == b?)
        }
        let parts = [
            same(self.year, other.year),
            same(self.month, other.month),
            same(self.day, other.day),
            same(self.weekday, other.weekday),
        ];
        !parts.contains(&Some(false)) && parts.contains(&Some(true))
    }

    /// Whether both state the same parts (so a difference is a real conflict).
    pub fn same_precision(&self, other: &DateMention) -> bool {
        self.year.is_some() == other.year.is_some()
            && self.month.is_some() == other.month.is_some()
            && self.day.is_some() == other.day.is_some()
            && self.is_absolute()
            && other.is_absolute()
    }
}

/// Finds the dates among `tokens`, marking the tokens they use.
pub fn extract(tokens: &[Token], original: &str, used: &mut [bool]) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((end, date)) = date_at(tokens, i) {
            let (surface, span) = super::surface(tokens, i..end, original);
            let preposition = i
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| t.folded.clone());
            out.push(DateMention {
                surface,
                span,
                preposition,
                ..date
            });
            used[i..end].iter_mut().for_each(|u| *u = true);
            i = end;
        } else if let Some(end) = clock_time_at(tokens, i) {
            used[i..end].iter_mut().for_each(|u| *u = true);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

fn empty() -> DateMention {
    DateMention {
        surface: String::new(),
        span: 0..0,
        year: None,
        month: None,
        day: None,
        weekday: None,
        preposition: None,
    }
}

/// A date starting at token `i`: the index past it and its parts.
fn date_at(tokens: &[Token], i: usize) -> Option<(usize, DateMention)> {
    let token = tokens.get(i)?;
    if token.kind == TokenKind::Word
        && token.capitalized
        && let Some(weekday) = words::weekday(&token.folded)
        && token.folded.len() > 3
    {
        return Some((
            i + 1,
            DateMention {
                weekday: Some(weekday),
                ..empty()
            },
        ));
    }
    if let Some(month) = month_at(tokens, i) {
        return month_first(tokens, i, month);
    }
    if let Some(day) = day_at(tokens, i)
        && let Some(month) = month_at(tokens, i + 1)
    {
        let mut end = i + 2;
        let mut date = DateMention {
            day: Some(day),
            month: Some(month),
            ..empty()
        };
        if let Some(year) = year_at(tokens, end) {
            date.year = Some(year);
            end += 1;
        }
        return Some((end, date));
    }
    let year = year_at(tokens, i)?;
    let counted = tokens.get(i + 1).is_some_and(|next| {
        next.kind == TokenKind::Word && super::numbers::looks_plural(&next.folded)
    });
    let money = i > 0 && tokens.get(i - 1).is_some_and(|t| t.is_punct('$'));
    if counted || money || token.hyphen_before {
        return None;
    }
    Some((
        i + 1,
        DateMention {
            year: Some(year),
            ..empty()
        },
    ))
}

/// `September 3`, `Sept. 3rd, 2025`, `September 2010`, `May 2`.
fn month_first(tokens: &[Token], i: usize, month: u8) -> Option<(usize, DateMention)> {
    let mut end = i + 1;
    if tokens.get(end).is_some_and(|t| t.is_punct('.')) {
        end += 1;
    }
    let mut date = DateMention {
        month: Some(month),
        ..empty()
    };
    if let Some(day) = day_at(tokens, end) {
        date.day = Some(day);
        end += 1;
        let comma = usize::from(tokens.get(end).is_some_and(|t| t.is_punct(',')));
        if let Some(year) = year_at(tokens, end + comma) {
            date.year = Some(year);
            end += comma + 1;
        }
    } else if let Some(year) = year_at(tokens, end) {
        date.year = Some(year);
        end += 1;
    } else if tokens.get(i).is_some_and(|t| t.folded == "may") {
        return None; // "May" alone is too often the verb.
    }
    Some((end, date))
}

/// A capitalized month name or abbreviation at token `i`.
fn month_at(tokens: &[Token], i: usize) -> Option<u8> {
    let token = tokens.get(i)?;
    (token.kind == TokenKind::Word && token.capitalized)
        .then(|| words::month(&token.folded))
        .flatten()
}

/// A day of the month: `3`, `03`, `3rd`.
fn day_at(tokens: &[Token], i: usize) -> Option<u8> {
    let token = tokens.get(i)?;
    if token.kind != TokenKind::Number {
        return None;
    }
    let digits = token
        .folded
        .strip_suffix("st")
        .or_else(|| token.folded.strip_suffix("nd"))
        .or_else(|| token.folded.strip_suffix("rd"))
        .or_else(|| token.folded.strip_suffix("th"))
        .unwrap_or(&token.folded);
    let day: u8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A year from 1800 to 2100 written as four digits.
fn year_at(tokens: &[Token], i: usize) -> Option<i32> {
    let token = tokens.get(i)?;
    if token.kind != TokenKind::Number || token.folded.len() != 4 {
        return None;
    }
    let year: i32 = token.folded.parse().ok()?;
    (1800..=2100).contains(&year).then_some(year)
}

/// `4:45`, `12:41` (with an optional `p.m.`): the index past it.
fn clock_time_at(tokens: &[Token], i: usize) -> Option<usize> {
    let hour = tokens.get(i)?;
    let colon = tokens.get(i + 1)?;
    let minute = tokens.get(i + 2)?;
    let is_time = hour.kind == TokenKind::Number
        && colon.is_punct(':')
        && !colon.space_before
        && minute.kind == TokenKind::Number
        && !minute.space_before
        && minute.folded.len() == 2;
    is_time.then_some(i + 3)
}

#[cfg(test)]
mod tests {
    use crate::extract::tests::facts_of;

    fn keys(text: &str) -> Vec<String> {
        facts_of(text).dates.iter().map(|d| d.key()).collect()
    }

    #[test]
    fn month_day_in_every_common_order() {
        assert_eq!(keys("They meet on September 3 in Beijing."), ["--09-03"]);
        assert_eq!(keys("They meet on 3 September in Beijing."), ["--09-03"]);
        assert_eq!(keys("They meet on Sept. 3 in Beijing."), ["--09-03"]);
        assert_eq!(keys("They meet on Sep 3rd in Beijing."), ["--09-03"]);
        assert_eq!(
            keys("It was announced on May 2, 2013, in Malibu."),
            ["2013-05-02"]
        );
        assert_eq!(
            keys("She stayed from September 2010 to January 2011 there."),
            ["2010-09", "2011-01"]
        );
    }

    #[test]
    fn years_weekdays_and_the_verb_may() {
        assert_eq!(keys("Kim last visited Beijing in 2019."), ["2019"]);
        assert_eq!(keys("He arrived on Sunday with aides."), ["weekday 7"]);
        assert!(keys("Russia may be offering technology to them.").is_empty());
        assert!(keys("They sent 2000 troops to the border.").is_empty());
        assert!(keys("The call is at 4:45 p.m. today.").is_empty());
    }

    #[test]
    fn compatibility_needs_a_shared_part_and_no_clash() {
        let f = facts_of("On September 3, 2025 and on September 3 and in 2024 they met.");
        let [full, day, year] = [&f.dates[0], &f.dates[1], &f.dates[2]];
        assert!(full.compatible(day));
        assert!(!full.compatible(year));
        assert!(!day.compatible(year), "no part in common");
        assert!(!full.same_precision(day));
    }
}
