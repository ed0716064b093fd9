//! Dates: `September 3`, `3 September`, `Sept. 3`, `Sep 3rd`, `May 2, 2013`,
//! `September 2010`, bare years (`in 2019`) and weekdays (`on Sunday`).
//!
//! Weekdays are relative (which Sunday depends on when the article was
//! written): they are never compared with absolute dates, only with other
//! weekdays (the same event told "on Friday" and "on Tuesday"). Clock times
//! (`4:30 a.m.`, `4.30am`, `4:47am`, `11am`, `16:45 GMT`, `1353 (1023
//! GMT)`) are dates too, of a time of day, with their zone when one is
//! named.

use std::ops::Range;

use super::{Term, words};
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
    /// The folded word just before the date (`in`, `since`, `on`), past a
    /// word of estimate, as a term: what relation to the event it states.
    /// For a clock time, only a word that bends it (`by`, `until`, `after`):
    /// "struck around 10.30 a.m." is stated as "at about 8 a.m." is.
    pub preposition: Option<Term>,
    /// Whether it dates the saying, not what is said: "officials said on
    /// Wednesday", "announced Monday".
    pub of_statement: bool,
    /// For a clock time: minutes after midnight.
    pub time: Option<u16>,
    /// For a clock time: minutes after midnight as written, before "just
    /// after" or "shortly before" moved `time` a quarter of an hour.
    pub written_time: Option<u16>,
    /// For a clock time written with its seconds ("14:28:04"): those.
    pub second: Option<u8>,
    /// For a clock time told in words with no a.m., p.m. or part of the
    /// day ("at half past eight"): `time` holds it as written, and it may
    /// as well be twelve hours on.
    pub either_half: bool,
    /// For a clock time: the zone named after it (`gmt`, `et`, `local`).
    pub zone: Option<String>,
    /// If it dates the making of a thing ("the aircraft was built in 1976",
    /// "the 1987-built vessel"), the terms of the words that may name the
    /// thing: up to sixteen words before the verb, or two after "-built".
    pub made: Option<Box<[Term]>>,
    /// The terms of the content words before it in its clause (up to eight
    /// words, back to a comma or another figure): what it dates, as
    /// "unloaded from the cargo ship Santa Ilaria" in "... on Tuesday".
    pub context: Box<[Term]>,
    /// If it is a year standing before the thing it dates ("A 1961
    /// Lindqvist GT Spyder", "a 1926 historical drama"), the terms of the
    /// thing's words: up to three after it, to a verb or a stop. Empty
    /// after a preposition ("since 2019 prices have").
    pub thing: Box<[Term]>,
    /// The word of the event it dates, just before it or its preposition,
    /// if a verb's form or someone's deed: `open` in "opened in 1967",
    /// `arrest` in "his arrest in March 2021". Not set for a date of making,
    /// which `made` tells of.
    pub event: Option<Term>,
    /// Whether a word of estimate stands before it ("at around 4.30 a.m.",
    /// "in about 2009"): its time or year is then only near the stated one.
    pub approximate: bool,
    /// Whether it dates a relative clause that describes someone or
    /// something named ("from Derrick Holloway, the property developer who
    /// bought Athletic in 2008"), or is part of a name ("Natura 2000"): not
    /// the time of what the claim tells.
    pub describing: bool,
    /// If it is a year (with or without its month) of a beginning, its
    /// sort: "founded in 2009", "opened in 1991", "took office in 2019",
    /// "began in 2022".
    pub begins: Option<Beginning>,
    /// If it is the year of the last time the like of what its claim tells
    /// happened ("the first total eclipse seen from the town since 1941",
    /// "whose rink last won the national title in 1987", "The last major
    /// bloom on the bay, in 2018", "had not won a title since 2021"), what
    /// was last done.
    pub last_time: Option<Box<LastDone>>,
    /// For a weekday told as its night or as its small hours ("on Tuesday
    /// night", "in the early hours of Wednesday"): which. A night and the
    /// next day's small hours are one time.
    pub night: Option<NightPart>,
}

/// The part of a night a weekday is told by (see [`DateMention::night`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NightPart {
    /// The night that ends the day: "on Tuesday night", "late Tuesday",
    /// "the night of Tuesday".
    Evening,
    /// The small hours that open the day: "in the early hours of
    /// Wednesday", "early Wednesday", "before dawn on Wednesday".
    SmallHours,
}

/// What a year of a last time tells was last done (see
/// [`DateMention::last_time`]), by the words between its "last", "first"
/// or "not" and the year.
#[derive(Debug, Clone, PartialEq)]
pub struct LastDone {
    /// The deed right after "last", if so told: `win` of "last won the
    /// title in 1987".
    pub deed: Option<Term>,
    /// The terms of the content words: `win`, `titl`; `home`, `win` of "the
    /// club's first home win since 2019".
    pub done: Box<[Term]>,
}

/// What a year of a beginning dates (see [`DateMention::begins`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Beginning {
    /// A body or a venture founded: "founded in 2009", "Launched in 2011",
    /// "set up in 1998".
    Founding,
    /// A thing made or opened, or going into service: "built in 1976",
    /// "inaugurated in 1989", "went into commercial operation in 1998",
    /// "has been running since 2001".
    Opening,
    /// A post taken or held, a work kept at: "took office in 2019", "had led
    /// the National Bank since 2020", "has been working at the site since
    /// 2021".
    Office,
    /// A law made or coming into force: "enacted in 2018", "came into force
    /// in June 2018".
    Law,
    /// A work or a state of things begun: "The inquiry began in 2022".
    Start,
}

impl Beginning {
    /// Whether two beginnings may be of one thing: of one sort, or one a
    /// start and the other a founding or an opening ("The investigation
    /// was opened in June 2021" / "The inquiry began in 2022"; not "an
    /// investment strategy launched in 2017" / "The Harbourside solar park,
    /// commissioned in 2021", nor "The strike began in 2023" / "a staffing
    /// law enacted in 2019").
    pub fn may_be_one(self, other: Beginning) -> bool {
        use Beginning::{Founding, Opening, Start};
        let started = |a: Beginning, b: Beginning| a == Start && matches!(b, Founding | Opening);
        self == other || started(self, other) || started(other, self)
    }
}

impl DateMention {
    /// A normalized form: `2013-05-02`, `--09-03`, `2019`, `weekday 7`,
    /// `T04:30` (the zone is left to [`DateMention::compatible`]).
    pub fn key(&self) -> String {
        if let Some(weekday) = self.weekday {
            return format!("weekday {weekday}");
        }
        if let Some(time) = self.time {
            return format!("T{:02}:{:02}", time / 60, time % 60);
        }
        let year = self.year.map_or("-".to_string(), |y| y.to_string());
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year}-{m:02}"),
            _ => year,
        }
    }

    /// Whether the date is absolute (not a weekday), to be compared with
    /// absolute dates; weekdays compare with weekdays.
    pub fn is_absolute(&self) -> bool {
        self.weekday.is_none()
    }

    /// Whether two dates can be the same day: no part stated by both differs,
    /// and they share at least one part. A night and the next day's small
    /// hours are one time ("on Tuesday night" / "in the early hours of
    /// Wednesday").
    pub fn compatible(&self, other: &DateMention) -> bool {
        fn same<T: PartialEq>(a: Option<T>, b: Option<T>) -> Option<bool> {
            Some(a? == b?)
        }
        // An estimate ("around 4.30 a.m.") allows a quarter of an hour either way,
        // or a year.
        let slack = |exact: u16| {
            if self.approximate || other.approximate {
                exact
            } else {
                0
            }
        };
        let near = |a: Option<i32>, b: Option<i32>, by: u16| Some(a?.abs_diff(b?) <= u32::from(by));
        let parts = [
            near(self.year, other.year, slack(1)),
            same(self.month, other.month),
            same(self.day, other.day),
            same(self.weekday, other.weekday).map(|same| same || self.one_night(other)),
            self.minutes_apart_in_zones(other)
                .map(|apart| apart <= slack(15)),
            // Seconds, unless either time is an estimate.
            same(self.second, other.second).filter(|_| slack(1) == 0),
        ];
        let zones_clash = self.zone_shift(other).is_none();
        !parts.contains(&Some(false)) && parts.contains(&Some(true)) && !zones_clash
    }

    /// The shift in minutes that puts this clock time in the other's zone:
    /// none for one zone, or none named; the difference of their offsets
    /// from universal time for two zones of known offsets ("11:20 Moscow
    /// time" is "08:20 GMT"). `None` for two zones named that cannot be
    /// put in one, and where the shift would take a time into another day
    /// ("01:30 Tokyo time" is the day before's 16:30 GMT), whose date its
    /// claim does not shift with it.
    fn zone_shift(&self, other: &DateMention) -> Option<i16> {
        const DAY: i32 = 24 * 60;
        match (self.named_zone(), other.named_zone()) {
            (Some(a), Some(b)) if a != b => {
                let shift = utc_offset(a)? - utc_offset(b)?;
                let within_the_day = |t: u16| (0..DAY).contains(&(i32::from(t) - i32::from(shift)));
                self.time.is_none_or(within_the_day).then_some(shift)
            }
            _ => Some(0),
        }
    }

    /// Whether two clock times are told in zones known to be of other
    /// offsets from universal time ("2:15 a.m. UTC" / "2:15 a.m. CET"; not
    /// "EST" / "ET", which may be one).
    pub fn in_another_zone(&self, other: &DateMention) -> bool {
        let offset = |d: &DateMention| d.named_zone().and_then(utc_offset);
        matches!((offset(self), offset(other)), (Some(a), Some(b)) if a != b)
    }

    /// [`DateMention::minutes_apart`], the times put in one zone first.
    fn minutes_apart_in_zones(&self, other: &DateMention) -> Option<u16> {
        let shift = self.zone_shift(other)?;
        let time = (i32::from(self.time?) - i32::from(shift)) as u16;
        self.minutes_from(time, other)
    }

    /// The minutes between two clock times around the clock, the nearer
    /// half of the day for one that may be either ("at half past eight" is
    /// no time from "8:30 p.m.").
    pub fn minutes_apart(&self, other: &DateMention) -> Option<u16> {
        self.minutes_from(self.time?, other)
    }

    /// [`DateMention::minutes_apart`], with `time` for this date's time.
    fn minutes_from(&self, time: u16, other: &DateMention) -> Option<u16> {
        const DAY: u16 = 24 * 60;
        let around = |a: u16, b: u16| {
            let apart = a.abs_diff(b) % DAY;
            apart.min(DAY - apart)
        };
        let b = other.time?;
        let apart = around(time, b);
        if self.either_half || other.either_half {
            return Some(apart.min(around(time + DAY / 2, b)));
        }
        Some(apart)
    }

    /// Whether one is a weekday's night and the other the next weekday's
    /// small hours.
    fn one_night(&self, other: &DateMention) -> bool {
        let then_small_hours = |night: &DateMention, hours: &DateMention| {
            night.night == Some(NightPart::Evening)
                && hours.night == Some(NightPart::SmallHours)
                && night
                    .weekday
                    .zip(hours.weekday)
                    .is_some_and(|(a, b)| b == a % 7 + 1)
        };
        then_small_hours(self, other) || then_small_hours(other, self)
    }

    /// Whether the two dates name days that cannot be the same: both name a
    /// day (a date of the month or a weekday), and a part both state
    /// differs; not a night and the next day's small hours.
    pub fn another_day(&self, other: &DateMention) -> bool {
        fn differs<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            a.zip(b).is_some_and(|(a, b)| a != b)
        }
        let names_a_day = |d: &DateMention| d.day.is_some() || d.weekday.is_some();
        names_a_day(self)
            && names_a_day(other)
            && (differs(self.year, other.year)
                || differs(self.month, other.month)
                || differs(self.day, other.day)
                || differs(self.weekday, other.weekday) && !self.one_night(other))
    }

    /// Whether the two dates both name one day of the month, in no two
    /// years ("Jan 14" / "Jan. 14, 2026").
    pub fn same_day_named(&self, other: &DateMention) -> bool {
        let same = |a: Option<u8>, b: Option<u8>| a.is_some() && a == b;
        let years_differ = self.year.zip(other.year).is_some_and(|(a, b)| a != b);
        same(self.month, other.month) && same(self.day, other.day) && !years_differ
    }

    /// Whether two dates of events are stated alike, so that different
    /// values contradict: to one precision, in the same relation ("in 2019"
    /// / "in 2018", not "since 2018"), and neither the day of a statement.
    pub fn stated_alike(&self, other: &DateMention) -> bool {
        self.same_precision(other) && self.related_alike(other)
    }

    /// Whether two dates of events, not statements, stand in one relation
    /// to what they date (see [`DateMention::relation`]).
    fn related_alike(&self, other: &DateMention) -> bool {
        self.relation() == other.relation() && !self.of_statement && !other.of_statement
    }

    /// Whether two dates of one year at least are stated alike but one more
    /// closely ("on Aug. 17, 2023" / "in July 2023", "in December 2027" /
    /// "in late 2028"): what both give may differ as the same date told
    /// two ways. Not clock times, which [`DateMention::stated_alike`]
    /// compares alone.
    pub fn stated_alike_but_closer(&self, other: &DateMention) -> bool {
        let closer = |fine: &DateMention, coarse: &DateMention| {
            (coarse.month.is_none() || fine.month.is_some())
                && (coarse.day.is_none() || fine.day.is_some())
                && coarse.weekday.is_none()
        };
        self.year.is_some()
            && other.year.is_some()
            && self.time.is_none()
            && other.time.is_none()
            && !self.same_precision(other)
            && (closer(self, other) || closer(other, self))
            && self.related_alike(other)
    }

    /// Whether two days of statements are stated alike, so that different
    /// values may be one statement's day told two ways ("said on Tuesday" /
    /// "announced on Monday").
    pub fn stated_alike_as_statements(&self, other: &DateMention) -> bool {
        self.of_statement
            && other.of_statement
            && self.same_precision(other)
            && self.day_or_weekday()
    }

    fn day_or_weekday(&self) -> bool {
        self.day.is_some() || self.weekday.is_some()
    }

    /// Whether it is a year alone ("in 2019"), with no month, day or time.
    pub fn is_a_year(&self) -> bool {
        self.year.is_some()
            && self.month.is_none()
            && self.day.is_none()
            && self.time.is_none()
            && self.weekday.is_none()
    }

    /// The word before the date, but the plain "on", "in" and "at" as one,
    /// "of" and "the" as one, of a date naming its event ("the Sarband
    /// earthquake of 2012" / "the 2011 Sarband earthquake", not "on March
    /// 5" / "the March 3 attack"), and "for" too before a day ("scheduled
    /// for May 21" / "will meet on May 28", not "extended for 2023"); one
    /// of its own for a date of making ("built in 1976" / "dates from 1979").
    fn relation(&self) -> Option<&str> {
        // "built in 1976" and "dates from 1979" both date a making.
        if self.made.is_some() {
            return Some("made");
        }
        let a_day = self.day.is_some() || self.weekday.is_some();
        self.preposition.map(|word| match word.as_str() {
            // "late Thursday", "later Thursday" are parts of the day.
            // "Early Friday" is left apart: an event of the small hours
            // is as often told by the night before ("on Thursday night").
            "in" | "at" | "late" | "later" => "on",
            "the" => "of",
            // "will visit every school from 10 March" / "will begin on
            // March 3": the day a thing starts is a day it happens on.
            "for" | "from" if a_day => "on",
            // "shut since Thursday", "missing since Saturday": the day a
            // state began is the day its deed happened on ("closed on
            // Friday", "caught on Friday").
            "since" if a_day => "on",
            // "was found Aug. 12", "released Tuesday": a day right after
            // its deed's verb, as "on" tells it.
            verb if a_day && words::is_past(verb) => "on",
            other => other,
        })
    }

    /// Whether it is a date before a thing it names ("the 2019 law", "the
    /// 2011 Sarband earthquake"), not the time of what a claim tells. A
    /// date after its thing stays one ("the floods of 2009", "the Recovery
    /// Act of 2009").
    pub fn names_its_event(&self) -> bool {
        self.told_after("the")
    }

    /// Whether `word` is its preposition (see [`DateMention::preposition`]):
    /// "since" of "since 2015", "by" of "by Thursday evening".
    pub fn told_after(&self, word: &str) -> bool {
        self.preposition.is_some_and(|p| p.as_str() == word)
    }

    /// The zone named after a clock time, but local time, which is what a
    /// time with no zone tells too. Universal time is GMT by either name
    /// ("2:15 a.m. UTC" / "04:15 GMT" are of one zone).
    pub fn named_zone(&self) -> Option<&str> {
        match self.zone.as_deref()? {
            "local" => None,
            "utc" => Some("gmt"),
            zone => Some(zone),
        }
    }

    /// Whether both state the same parts (so a difference is a real
    /// conflict): two weekdays, or two dates given to one precision.
    fn same_precision(&self, other: &DateMention) -> bool {
        self.year.is_some() == other.year.is_some()
            && self.month.is_some() == other.month.is_some()
            && self.day.is_some() == other.day.is_some()
            && self.time.is_some() == other.time.is_some()
            && (self.named_zone() == other.named_zone()
                || self.named_zone().is_some()
                    && other.named_zone().is_some()
                    && self.zone_shift(other).is_some())
            && self.weekday.is_some() == other.weekday.is_some()
    }
}

/// Events told in the plural after their year ("the 1998 floods", "the
/// 2011 protests"): the year is a date, not a count of them.
const EVENTS_TOLD_IN_PLURAL: &[&str] = &[
    "floods",
    "riots",
    "protests",
    "elections",
    "attacks",
    "bombings",
    "talks",
    "games",
    "olympics",
    "championships",
    "finals",
    "playoffs",
    "fires",
    "wildfires",
    "storms",
    "strikes",
    "uprisings",
    "killings",
    "shootings",
    "earthquakes",
    "rains",
    "sanctions",
    "negotiations",
    "celebrations",
    "hearings",
    "reforms",
    "accords",
    "demonstrations",
    "clashes",
    "polls",
];

/// Finds the dates among `tokens`, marking the tokens they use; the first
/// `dateline` tokens are the claim's dateline (see [`dateline_len`]), whose
/// date is the day of the report.
pub fn extract(
    tokens: &[Token],
    original: &str,
    dateline: usize,
    used: &mut [bool],
) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    // Where the last date ended, its preposition and its event.
    let mut last: Option<(usize, Option<Term>, Option<Term>)> = None;
    // Whether the last date read opens a range of days the next closes.
    let mut closes_a_range = false;
    while i < tokens.len() {
        let ranged = range_day_at(tokens, i, out.last());
        // The day before a range's last opens its span.
        if let Some((_, _, Bound::Last)) = ranged
            && let Some(first) = out.last_mut()
        {
            first.preposition = Some(Term::of("span"));
        }
        let read = (ranged.as_ref()).map(|(end, date, bound)| (*end, date.clone(), Some(*bound)));
        if let Some((end, date, bound)) =
            read.or_else(|| date_at(tokens, i).map(|(e, d)| (e, d, None)))
        {
            let (surface, span) = super::surface(tokens, i..end, original);
            // "Friday's earthquake" dates it as "on Friday" does.
            let possessive = date.weekday.is_some() && tokens[end - 1].is_possessive();
            let (surface, span) = if possessive {
                let span = span.start..span.end - tokens[end - 1].possessive_len(original);
                (original.get(span.clone()).unwrap_or("").to_string(), span)
            } else {
                (surface, span)
            };
            let (made, of_a_record) =
                made(tokens, i, end).map_or((None, false), |(terms, record)| (Some(terms), record));
            // A year's beginning; a record's year ("the previous record of
            // 50.8C set in 2017", "a mark that had stood since 2009") is of
            // none, and any other of making ("built in 1976", "the
            // 1987-built vessel", "dates from 1984") is an opening.
            let begins = (date.year.is_some() && date.day.is_none() && date.weekday.is_none())
                .then(|| {
                    dates_a_beginning(tokens, i)
                        .or_else(|| (made.is_some() && !of_a_record).then_some(Beginning::Opening))
                })
                .flatten();
            // "on Monday, March 3": the day of the month is the weekday's,
            // and so is its event ("began on Monday, Oct. 5").
            let after_a_comma =
                last.filter(|&(at, _, _)| i >= 2 && at == i - 1 && tokens[at].is_punct(','));
            // A range's last day closes it ("10-12 June").
            let bound = bound.or(closes_a_range.then_some(Bound::Last));
            closes_a_range = matches!(bound, Some(Bound::First));
            let preposition = if let Some(bound) = bound {
                Some(Term::of(match bound {
                    Bound::First => "span",
                    Bound::Last => "to",
                }))
            } else if possessive {
                Some(Term::of("on"))
            } else if opens_a_span(tokens, i, end) {
                Some(Term::of("span"))
            } else if let Some(week) = another_week_after(tokens, end)
                .filter(|_| date.weekday.is_some() && date.day.is_none())
            {
                // "on Monday of last week" is stated as "last Monday" is.
                Some(Term::of(week))
            } else {
                preposition(tokens, i).or_else(|| after_a_comma.and_then(|(_, p, _)| p))
            };
            let event = match (&made, possessive) {
                (Some(_), _) => None,
                (None, true) => thing_dated(tokens, end),
                (None, false) => {
                    event_word(tokens, i, date.day.is_some() || date.weekday.is_some())
                        .or_else(|| after_a_comma.and_then(|(_, _, e)| e))
                        .or_else(|| event_after_an_opening_date(tokens, i, end))
                }
            };
            last = Some((end, preposition, event));
            let record = closes_a_record(tokens, i, &date);
            out.push(DateMention {
                surface,
                span,
                preposition,
                approximate: estimate_words(tokens, i) > 0,
                of_statement: of_statement(tokens, i) || end < dateline,
                event,
                made,
                context: with_part_of_day(clause_before(tokens, i), tokens, end),
                thing: thing_after_a_year(tokens, end, &date, preposition),
                // "since 2019, when nurses there struck for 11 days": the
                // year of a record dates what that clause tells.
                describing: in_relative_clause(tokens, i)
                    || names_a_thing(tokens, i, &date)
                    || record && !a_clause_of_its_time_follows(tokens, i + 1),
                begins,
                last_time: last_done(tokens, i, &date),
                night: date.weekday.and(night_part(tokens, i, end)),
                ..date
            });
            used[i..end].iter_mut().for_each(|u| *u = true);
            i = end;
        } else if let Some(clock) = time_at(tokens, i).or_else(|| spoken_time_at(tokens, i)) {
            let ClockTime {
                end,
                minutes,
                second,
                zone_at,
                either_half,
            } = clock;
            let (surface, span) = super::surface(tokens, i..end, original);
            out.push(DateMention {
                surface,
                span,
                preposition: time_relation(tokens, i, end),
                // "at midnight" is as near to "12:01 a.m." as an estimate.
                approximate: estimate_words(tokens, i) > 0
                    || tokens[i..end].iter().any(|t| t.folded == "midnight"),
                of_statement: of_statement(tokens, i),
                time: Some(shifted(minutes, tokens, i)),
                written_time: Some(minutes),
                second,
                either_half,
                zone: zone_at.and_then(|k| zone(tokens, k)),
                context: clause_before(tokens, i),
                event: event_word(tokens, i, true),
                ..empty()
            });
            used[i..end].iter_mut().for_each(|u| *u = true);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Whether token `i` is in a relative clause that holds no figure: "who",
/// "which" or "whose" before it, with no punctuation between (at most a
/// dozen words). A clause with a figure ("which had 300 employees in
/// 2010", "who won in 2019 with 54% of the vote") dates that figure.
fn in_relative_clause(tokens: &[Token], i: usize) -> bool {
    let before = tokens[i.saturating_sub(12)..i]
        .iter()
        .rev()
        .take_while(|t| t.kind != TokenKind::Punct);
    // After the date, up to another verb joined on ("who bought Athletic
    // in 2008 and steered them through two relegations").
    let after = tokens[i..]
        .iter()
        .skip(1)
        .take_while(|t| t.kind != TokenKind::Punct && !matches!(t.folded.as_str(), "and" | "but"));
    // "one" is as often no figure ("in the hands of one family").
    let figure = |t: &&Token| {
        t.kind == TokenKind::Number || t.folded != "one" && words::is_small_number(&t.folded)
    };
    let start = i.saturating_sub(12);
    let opens_the_clause = |k: usize| {
        matches!(tokens[k].folded.as_str(), "who" | "which" | "whose")
            || tokens[k].folded == "that" && k > 0 && a_noun_before_that(&tokens[k - 1])
    };
    let Some(opening) = ((start..i).rev())
        .take_while(|&k| tokens[k].kind != TokenKind::Punct)
        .position(opens_the_clause)
        .or_else(|| reduced_relative_clause(tokens, i))
    else {
        return false;
    };
    !before.take(opening).chain(after).any(|t| figure(&t))
}

/// Whether a "that" after token `t` opens a clause describing it: after a
/// noun ("the piano builder that has been in one family's hands since
/// 1858"), not after a verb ("officials said that it closed in 2019").
fn a_noun_before_that(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.capitalized
        && super::is_content(t.base())
        && !words::SAYING_VERBS.contains(t.base())
}

/// How many words before token `i` a relative clause without its
/// pronoun opens, if `i` is in one: a past participle after a noun that a
/// preposition and a determiner lead ("the church of a village flooded to
/// make way for a reservoir in 1963 have re-emerged", "survivors of the
/// ferry sunk off the coast in 2014 gathered"), in a claim with a verb of
/// its own besides. Not the claim's own verb ("the village flooded in
/// 1963", "Demand for the product collapsed in 2020").
fn reduced_relative_clause(tokens: &[Token], i: usize) -> Option<usize> {
    const LONGEST: usize = 8;
    let word = |k: usize| tokens[k].folded.as_str();
    let determiner =
        |k: usize| matches!(word(k), "a" | "an" | "the") || words::POSSESSIVES.contains(word(k));
    let noun = |k: usize| {
        let t = &tokens[k];
        t.kind == TokenKind::Word && !t.capitalized && super::is_content(t.base())
    };
    let a_verb = |t: &Token| {
        let helping = ["is", "are", "was", "were", "has", "have", "had", "will"];
        super::is_verb_form(t, &helping)
    };
    (1..=LONGEST.min(i)).find(|&back| {
        let k = i - back;
        k >= 3
            && tokens[k..i].iter().all(|t| t.kind != TokenKind::Punct)
            && tokens[k].kind == TokenKind::Word
            && !tokens[k].capitalized
            && words::is_past(word(k))
            && noun(k - 1)
            && determiner(k - 2)
            && words::PREPOSITIONS.contains(word(k - 3))
            && (tokens[..k - 3].iter().any(a_verb) || tokens[i + 1..].iter().any(a_verb))
    })
}

/// What a year tells was last done, if it dates the last time something
/// was done: after "in", told by "last" before it in its sentence, a comma
/// at most between ("The line was last closed in 2011", "Its last major
/// eruption, in 1975", "The last time drivers walked out was in 2019"),
/// not "last" of a period ("last year in 2024") nor "at last"; after
/// "since", a deed not done ("had not won a title since 2021", "not seen
/// since 1989") or done for the first time ("the first total eclipse seen
/// from the town since 1941"; not other records, "the most since 2010",
/// which are of a measure, not of a deed).
fn last_done(tokens: &[Token], i: usize, date: &DateMention) -> Option<Box<LastDone>> {
    let before = |word: &str| i >= 1 && tokens[i - 1].folded == word;
    let mut commas = 0;
    // The words before the year's preposition, nearest first.
    let clause: Vec<&Token> = (tokens[i.saturating_sub(13)..i.saturating_sub(1)]
        .iter()
        .rev())
    .take_while(|t| {
        commas += usize::from(t.is_punct(','));
        t.kind != TokenKind::Punct || t.is_punct(',') && commas <= 1
    })
    .collect();
    let last_at = |k: usize| {
        clause[k].folded == "last"
            && (clause.get(k + 1)).is_none_or(|t| t.folded != "at")
            && (k.checked_sub(1)).is_none_or(|n| !of_a_period(&clause[n].folded))
    };
    let not_done_or_first = |t: &&Token| {
        matches!(t.folded.as_str(), "not" | "never" | "first") || t.folded.ends_with("n't")
    };
    let told = if !date.is_a_year() {
        None
    } else if before("in") {
        (0..clause.len()).find(|&k| last_at(k))
    } else if before("since") {
        (clause.iter())
            .take_while(|t| !t.is_punct(','))
            .position(not_done_or_first)
    } else {
        None
    }?;
    let deed = (clause[told].folded == "last")
        .then(|| told.checked_sub(1).map(|k| super::term(clause[k].base())))
        .flatten();
    let done = (clause[..told].iter().rev())
        .filter(|t| t.kind == TokenKind::Word && super::is_content(t.base()) && t.base() != "time")
        .map(|t| super::term(t.base()))
        .collect();
    Some(Box::new(LastDone { deed, done }))
}

/// Whether a word after "last" makes it of a period ("last year", "last
/// weekend").
fn of_a_period(word: &str) -> bool {
    words::PERIODS_OF_NOW.contains(&word)
        || matches!(word, "night" | "weekend" | "decade" | "century")
}

/// Whether a year after "since" closes a record told before it in its
/// clause ("the first total eclipse to pass over the area since 1936",
/// "the worst flooding since 1998", "for the first time since 2010"): it
/// dates the last time the like happened, not what the claim tells (unless
/// a clause of that time follows it, which it dates).
fn closes_a_record(tokens: &[Token], i: usize, date: &DateMention) -> bool {
    const SUPERLATIVES: &[&str] = &[
        "first",
        "worst",
        "best",
        "most",
        "least",
        "record",
        "biggest",
        "largest",
        "highest",
        "lowest",
        "longest",
        "strongest",
        "heaviest",
        "deadliest",
        "hottest",
        "coldest",
        "wettest",
        "driest",
        "fastest",
        "slowest",
        "greatest",
        "sharpest",
        "steepest",
    ];
    // "since records began in 1884", "since record-keeping began there in
    // 1954".
    let records_began = i >= 4 && tokens[i - 1].folded == "in" && {
        let from = i.saturating_sub(8);
        (tokens[from..i - 1]
            .iter()
            .rposition(|t| t.folded == "since"))
        .is_some_and(|k| {
            let between = &tokens[from + k + 1..i - 1];
            between.iter().any(|t| t.folded.starts_with("record"))
                && (between.iter())
                    .any(|t| matches!(t.folded.as_str(), "began" | "started" | "begun"))
        })
    };
    let since = i >= 1 && tokens[i - 1].folded == "since" || records_began;
    let mut clause = tokens[i.saturating_sub(12)..i.saturating_sub(1)]
        .iter()
        .rev()
        .take_while(|t| t.kind != TokenKind::Punct);
    date.is_a_year() && since && clause.any(|t| SUPERLATIVES.contains(&t.folded.as_str()))
}

/// Whether the words tell of a year before the news: "last year", "last
/// year's", "the previous year", "the last financial year", but not "since
/// last year" or a figure compared with one of a year earlier ("up from
/// 4.9% a year earlier", "well above last year's level", "compared with
/// last year"), which the claim's own figure is not.
pub fn of_an_earlier_year(tokens: &[Token]) -> bool {
    let compared = |k: usize| {
        let before = |j: usize| k.checked_sub(j).map_or("", |j| tokens[j].folded.as_str());
        matches!(
            before(1),
            "since" | "than" | "above" | "below" | "versus" | "vs"
        ) || matches!(before(1), "with" | "to") && matches!(before(2), "compared" | "comparison")
    };
    let year_at = |k: usize| tokens.get(k).is_some_and(|t| t.base() == "year");
    let sort_of_year = |k: usize| {
        (tokens.get(k)).is_some_and(|t| words::SORTS_OF_YEAR.contains(&t.folded.as_str()))
    };
    let earlier = |k: usize| {
        matches!(tokens[k].folded.as_str(), "last" | "previous" | "prior")
            && (year_at(k + 1) || sort_of_year(k + 1) && year_at(k + 2))
            && !compared(k)
            && !sets_a_record(tokens, k)
    };
    (0..tokens.len()).any(earlier)
}

/// Whether the words tell of a day beside the one they date: "on
/// Thursday, a day after the dam gave way", "the previous day", "two days
/// earlier". Their weekday is not the day of every event they tell.
pub fn of_two_days(tokens: &[Token]) -> bool {
    let counted = |t: &Token| {
        matches!(t.folded.as_str(), "a" | "the")
            || t.kind == TokenKind::Number
            || words::is_small_number(&t.folded)
    };
    let relative = |k: usize| {
        let day = matches!(tokens[k].base(), "day" | "days");
        let before = k.checked_sub(1).map(|j| tokens[j].folded.as_str());
        let after = tokens.get(k + 1).map(|t| t.folded.as_str());
        // "Throughout the day after the blast" is the day of it.
        let through = k >= 2 && matches!(tokens[k - 2].folded.as_str(), "throughout" | "during");
        day && (matches!(before, Some("previous" | "next" | "following"))
            || k > 0
                && counted(&tokens[k - 1])
                && !through
                && matches!(after, Some("after" | "before" | "earlier" | "later")))
    };
    (0..tokens.len()).any(relative)
}

/// The tokens of a dateline opening a claim, its dash included, or none:
/// a place in capitals, then any region, date and agency ("SAN TELMO DE
/// LA SIERRA, Mexico, Oct. 12 (Wire) -", "WASHINGTON (AP) -", "KAMLOOPS,
/// British Columbia -"), or a date and an agency with no place ("May 22
/// (Wire) -"). It tells where and when the report was filed, no words of
/// what it reports.
pub fn dateline_len(tokens: &[Token]) -> usize {
    const LONGEST: usize = 16;
    // A dash, or two ("(Reuters) --").
    let is_dash = |t: &Token| t.kind == TokenKind::Punct && t.folded.bytes().all(|b| b == b'-');
    let Some(dash) = tokens.iter().take(LONGEST).position(is_dash) else {
        return 0;
    };
    let past = dash + tokens[dash..].iter().take_while(|t| is_dash(t)).count();
    let of_a_dateline = |t: &Token| match t.kind {
        TokenKind::Word => t.capitalized || super::entities::PARTICLES.contains(&t.folded),
        TokenKind::Number => true,
        TokenKind::Punct => matches!(t.folded.as_str(), "," | "." | "(" | ")"),
    };
    let before = &tokens[..dash];
    let a_place = before
        .first()
        .is_some_and(|t| t.kind == TokenKind::Word && t.all_caps);
    let an_agency =
        before.last().is_some_and(|t| t.is_punct(')')) && before.iter().any(|t| t.is_punct('('));
    // The story goes on after the dash, perhaps with a quotation or a
    // title in quotation marks after a dateline's date or agency ("LAGOS,
    // Dec. 15 (Wire) - "The Last Ferry" …"); not after a name ("FIFA
    // President Gianni Infantino - "the best World Cup ever" - praised").
    // A place alone, in capitals: "KYIV - "We will not surrender," …".
    let dated = || {
        before.iter().any(|t| words::month(&t.folded).is_some())
            || (before.iter()).all(|t| t.kind != TokenKind::Word || t.all_caps)
    };
    let told_on = tokens.get(past).is_some_and(|t| {
        t.kind != TokenKind::Punct
            || matches!(t.folded.as_str(), "\"" | "\u{201c}" | "'" | "\u{2018}")
                && (an_agency || dated())
    });
    if told_on && (a_place || an_agency) && before.iter().all(of_a_dateline) {
        past
    } else {
        0
    }
}

/// Whether the date at tokens `i..end` opens a span that another date
/// closes: "between March 2023 and August 2024", "from Monday to
/// Wednesday". The span's start is stated as no single day is: a day
/// within it does not contradict it.
fn opens_a_span(tokens: &[Token], i: usize, end: usize) -> bool {
    let opened = word_before(tokens, i - estimate_words(tokens, i))
        .is_some_and(|t| matches!(t.folded.as_str(), "between" | "from"));
    opened && closed_after(tokens, end, |k| date_at(tokens, k).is_some())
}

/// Whether a word closing a span stands at token `end`, a date or time
/// that `reads` reading at once after it: "… to Wednesday", "… until 9
/// p.m.".
fn closed_after(tokens: &[Token], end: usize, reads: impl Fn(usize) -> bool) -> bool {
    let closing = tokens.get(end).is_some_and(|t| {
        matches!(
            t.folded.as_str(),
            "and" | "to" | "until" | "till" | "through" | "-"
        )
    });
    closing && reads(end + 1)
}

/// Whether the date at token `i` follows a verb of saying, past "on",
/// "late" or "early", and past whom it was told or how it was said: "said
/// on Wednesday", "announced late Monday", "told the Herald on Sunday",
/// "said in a statement on Friday", "confirmed to People on Friday",
/// "described by French media on Friday"; or follows a statement itself,
/// "in a statement released by the company on Sunday", "at a news
/// conference on Friday". A verb of saying in the passive dates what was
/// said ("The outbreak was declared on 11 November").
fn of_statement(tokens: &[Token], i: usize) -> bool {
    let statement_word = |t: &Token| {
        matches!(
            t.folded.as_str(),
            "statement" | "interview" | "briefing" | "news" | "press" | "conference"
        )
    };
    let between = |t: &Token| {
        t.capitalized
            || matches!(
                t.folded.as_str(),
                "on" | "late"
                    | "early"
                    | "the"
                    | "a"
                    | "an"
                    | "and"
                    | "in"
                    | "at"
                    | "to"
                    | "by"
                    | "released"
                    | "issued"
                    | "published"
            )
            || statement_word(t)
    };
    if tokens[i].is_possessive() {
        return false;
    }
    let before: Vec<&Token> = tokens[..i].iter().rev().take(10).collect();
    let at = before
        .iter()
        .position(|t| !between(t))
        .unwrap_or(before.len());
    // "in a statement released by the company on Sunday morning", "at a
    // news conference on Friday"; not "at the climate conference on
    // Wednesday" nor "at the National Press Club".
    let statement = |(k, t): (usize, &&Token)| match t.folded.as_str() {
        "conference" => before.get(k + 1).is_some_and(|t| statement_word(t)),
        "news" | "press" => false,
        _ => statement_word(t),
    };
    if before[..at].iter().enumerate().any(statement) {
        return true;
    }
    // "a raid described by French media on Friday as the biggest": said
    // by a speaker of a few words, named or not.
    let by = before.iter().take(5).position(|t| t.folded == "by");
    if by.and_then(|k| before.get(k + 1)).is_some_and(|verb| {
        words::SAYING_VERBS.contains(&verb.folded) || verb.folded == "described"
    }) {
        return true;
    }
    let Some(verb) = before.get(at).map(|t| &t.folded) else {
        return false;
    };
    // "was first reported on Sunday" and "police said Friday's bombing"
    // date the event; "reported to police on Sunday" dates the report.
    let told_to = before[..at].iter().any(|t| t.folded == "to");
    // "The outbreak was officially declared on 11 November": a passive
    // tells what was declared, as "declared an outbreak on November 4"
    // does, not who said so; not in a clause describing something ("a
    // ballot whose result was announced on Thursday").
    let mut auxiliary = before
        .iter()
        .skip(at + 1)
        .skip_while(|t| t.folded.ends_with("ly"));
    let passive = auxiliary.next().is_some_and(|t| {
        matches!(
            t.folded.as_str(),
            "was" | "were" | "been" | "is" | "are" | "be" | "being"
        )
    }) && !in_relative_clause(tokens, i);
    words::SAYING_VERBS.contains(verb)
        && (told_to
            || !passive
                && !matches!(
                    verb.as_str(),
                    "reported" | "confirmed" | "claimed" | "revealed"
                ))
}

/// "last" or "next" if the words from token `end` name another week than
/// the story's: "(on Monday) of last week", "(on Friday) next week".
fn another_week_after(tokens: &[Token], end: usize) -> Option<&'static str> {
    let word = |k: usize| tokens.get(end + k).map_or("", |t| t.folded.as_str());
    let of = usize::from(word(0) == "of");
    let which = match word(of) {
        "last" | "previous" => "last",
        "next" => "next",
        _ => return None,
    };
    (word(of + 1) == "week").then_some(which)
}

/// The folded word just before token `i`, if it is a word, past a word of
/// estimate: "at around 4.30 a.m." is stated "at", as "at 2.30 a.m." is.
fn preposition(tokens: &[Token], i: usize) -> Option<Term> {
    let before = i - estimate_words(tokens, i);
    let word = word_before(tokens, before)?;
    let of_a = |nouns: &[&str]| {
        word.folded == "of" && before >= 2 && nouns.contains(&tokens[before - 2].base())
    };
    // "By the end of 2026" dates a part of the year, not an event of it;
    // "in the early hours of Thursday" dates an event on the day.
    let part = of_a(&[
        "end",
        "start",
        "beginning",
        "middle",
        "half",
        "quarter",
        "part",
        "rest",
    ]);
    let time_of_day = of_a(&["hours", "morning", "afternoon", "evening", "night"]);
    // "since the winter of 1956" is since 1956, "in the summer of 2019" in
    // it.
    let season = of_a(&["winter", "spring", "summer", "autumn", "fall"]);
    if part {
        Some(Term::of("part of"))
    } else if season {
        // The word before the season's phrase: before its "the", past
        // words that describe it ("since the unusually cold and wet
        // winter of"), or just before it ("by summer of 2026").
        let noun = before - 2;
        let describing = |t: &Token| {
            t.kind == TokenKind::Word && (super::is_content(t.base()) || t.folded == "and")
        };
        let mut words = (noun.saturating_sub(6)..noun).rev();
        let edge = words.find(|&k| !describing(&tokens[k]));
        let the = |k: usize| tokens[k].folded == "the";
        let opening = edge.map_or(noun, |k| if the(k) { k } else { k + 1 });
        Some(Term::of(
            match word_before(tokens, opening).map(|t| t.folded.as_str()) {
                None | Some("in" | "during" | "over" | "through") => "in",
                Some(other) => other,
            },
        ))
    } else if time_of_day {
        // The word before "the": "in the early hours of" a day is "on" it,
        // "until the morning of" it stays "until".
        let the = (before.saturating_sub(5)..before - 2)
            .rev()
            .find(|&k| tokens[k].folded == "the");
        let ahead = the
            .and_then(|k| word_before(tokens, k))
            .map(|t| t.folded.as_str());
        Some(Term::of(match ahead {
            None | Some("in" | "on" | "during" | "early" | "late") => "on",
            Some(other) => other,
        }))
    } else {
        Some(Term::of(&word.folded))
    }
}

/// The relation to its event of the clock time at tokens `i..end`: only a
/// word that bends it ("by 10.30 a.m.", "until 6 p.m."); "at", a verb
/// ("struck around 10.30 a.m.") or nothing state the event's own time.
///
/// The ends of a span of the day are told one way: "from 7 a.m. to 9
/// p.m.", "between 7 a.m. and 8 p.m." and "from 7 a.m. until 8 p.m." open
/// with "from", and close as the time a thing ends at is told ("closed at
/// 9 p.m."), with no word that bends it; an "until" that closes no span
/// stays one ("the square stays closed until 6 p.m.").
fn time_relation(tokens: &[Token], i: usize, end: usize) -> Option<Term> {
    let bends = |word: &Term| {
        words::DATE_RELATIONS.contains(&word.as_str())
            || word.as_str() == "of" && i >= 2 && tokens[i - 2].folded == "as"
    };
    let word = preposition(tokens, i).filter(bends);
    // The time a thing starts from, opening no span, or is set for, is a
    // time it happens at ("walked off the job from 04:00" / "started at 5
    // a.m.", "scheduled for 6 p.m." / "at 8 p.m."); not "from 7 a.m. to 9
    // p.m.".
    let starts_at = word.is_some_and(|w| matches!(w.as_str(), "from" | "for"))
        && !closed_after(tokens, end, |k| time_at(tokens, k).is_some());
    if starts_at {
        return None;
    }
    // The word that opens the span this time may close.
    let opening = match word.map(Term::as_str) {
        Some("to" | "until" | "till" | "through") => Some("from"),
        // "between 7 a.m. and 8 p.m.": "and" is no relation of its own.
        None => Some("between"),
        _ => None,
    };
    if opening.is_some_and(|opening| closes_a_span(tokens, i, opening)) {
        return None;
    }
    word.map(|word| match word.as_str() {
        "between" => Term::of("from"),
        _ => word,
    })
}

/// Whether the clock time at token `i` closes a span that `opening`
/// ("from", "between") opens with a time just before: "from 7 a.m. until
/// 8 p.m.", "between 7:30 a.m. and 8 p.m.".
fn closes_a_span(tokens: &[Token], i: usize, opening: &str) -> bool {
    let at = i - estimate_words(tokens, i);
    if at < 2 {
        return false;
    }
    let joining = at - 1;
    if opening == "between" && tokens[joining].folded != "and" {
        return false;
    }
    // The opening word, then the first time and its "a.m." or "p.m."
    // up to the joining word.
    let from = joining.saturating_sub(6);
    let Some(k) = tokens[from..joining]
        .iter()
        .rposition(|t| t.folded == opening)
    else {
        return false;
    };
    let first = &tokens[from + k + 1..joining];
    first.first().is_some_and(|t| t.kind == TokenKind::Number)
        && first
            .iter()
            .all(|t| t.kind != TokenKind::Punct || t.is_punct(':'))
}

/// If the date at tokens `i..end` dates a making, after a verb of making
/// and "in" ("was built in 1976", "manufactured in about 1979"), after
/// "dates from" or "dating back to" ("the unit, which dates from 1984"), or joined
/// to one by a hyphen ("the 1987-built vessel"): the terms of the words
/// that may name what was made, and whether it is a record's, set or
/// standing since ("the previous record of 50.8C set in 2017", "a mark
/// that had stood since 2009").
fn made(tokens: &[Token], i: usize, end: usize) -> Option<(Box<[Term]>, bool)> {
    let making = |t: &Token| words::MAKING_VERBS.contains(&t.folded.as_str());
    let terms = |words: &[Token]| -> Box<[Term]> {
        let terms = words
            .iter()
            .filter(|t| t.kind == TokenKind::Word && super::is_content(t.base()))
            .map(|t| super::term(t.base()));
        super::exact(terms.collect())
    };
    let at = i - estimate_words(tokens, i);
    // "was built in 1976", "the unit, which dates from 1984", "a church
    // dating back to 1350".
    let back = |k: usize| at.checked_sub(k).map_or("", |j| tokens[j].folded.as_str());
    let dates = |k: usize| matches!(back(k), "dates" | "dating");
    let verb = match back(1) {
        "in" if at >= 2 && making(&tokens[at - 2]) => Some((at - 2, false)),
        "from" if dates(2) => Some((at - 2, false)),
        "to" if back(2) == "back" && dates(3) => Some((at - 3, false)),
        // "a church that has stood since 1350", "the old mark, which had
        // stood since 2019".
        "since" if matches!(back(2), "stood" | "stands" | "standing") => Some((at - 2, true)),
        _ => record_set_by(tokens, at, end).map(|verb| (verb, true)),
    };
    if let Some((verb, record)) = verb {
        return Some((terms(&tokens[verb.saturating_sub(16)..verb]), record));
    }
    let hyphened = tokens
        .get(end)
        .is_some_and(|t| t.hyphen_before && making(t));
    hyphened.then(|| {
        let after = (end + 1).min(tokens.len())..(end + 3).min(tokens.len());
        (terms(&tokens[after]), false)
    })
}

/// The beginning the year at token `i` dates, if one (see
/// [`DateMention::begins`]): after "in", a verb of beginning ("opened in
/// 1991", "Launched in 2011") or a going into service, force or office
/// ("went into commercial operation in 1998", "took office in 2019");
/// after "since", a tenure's perfect with no figure nor negation between
/// ("has been running since 2001", "had led the National Bank since 2020";
/// not "has risen 30% since 2019", "have not played at a World Cup since
/// 2014" nor "the first total eclipse since 1941").
fn dates_a_beginning(tokens: &[Token], i: usize) -> Option<Beginning> {
    let at = i - estimate_words(tokens, i);
    let back = |k: usize| at.checked_sub(k).map_or("", |j| tokens[j].folded.as_str());
    match back(1) {
        "in" => {
            let into =
                |k: usize| matches!(back(k), "into" | "took" | "taken" | "entered" | "assumed");
            // "went into service", "went into commercial operation".
            let begun_state = into(3) || into(4) && tokens[at - 3].kind == TokenKind::Word;
            match back(2) {
                "up" if back(3) == "set" => Some(Beginning::Founding),
                "service" | "operation" if begun_state => Some(Beginning::Opening),
                "office" | "power" if begun_state => Some(Beginning::Office),
                "force" if begun_state => Some(Beginning::Law),
                verb => words::BEGINNINGS
                    .iter()
                    .find(|(w, _)| *w == verb)
                    .map(|&(_, sort)| sort),
            }
        }
        "since" => {
            let clause: Vec<&str> = (tokens[at.saturating_sub(9)..at - 1].iter().rev())
                .take_while(|t| t.kind == TokenKind::Word)
                .map(|t| t.folded.as_str())
                .collect();
            let perfect = clause
                .iter()
                .position(|w| matches!(*w, "has" | "have" | "had"))?;
            if clause.iter().any(|w| matches!(*w, "not" | "never")) {
                return None;
            }
            (clause[..perfect].iter())
                .find_map(|w| words::TENURES.iter().find(|(t, _)| t == w))
                .map(|&(_, sort)| sort)
        }
        _ => None,
    }
}

/// Whether "when" opens the words just after a date ending at token `end`
/// ("since 2019, when nurses struck", "set in 2023, when officers found"):
/// the date is that clause's time.
fn a_clause_of_its_time_follows(tokens: &[Token], end: usize) -> bool {
    (tokens[end.min(tokens.len())..].iter().take(2)).any(|t| t.folded == "when")
}

/// The index of "set" making a record the date at tokens `at..end` dates: "the
/// previous mark of 56.419 km set by Denmark's Anders Lykke in 2024", "the
/// record set in 2016". A record's word stands before "set" ("record",
/// "mark", "best", "low", "high", "previous"): "a novel set in 1920" sets
/// none. Not when a clause of that time follows ("The previous record was
/// set in 2023, when officers found 1.1 tonnes"): the date is its event's.
fn record_set_by(tokens: &[Token], at: usize, end: usize) -> Option<usize> {
    // A record set on a day of no year, or a new record, is the news: "a
    // world record set on Saturday", "a new UK record set in July 2022".
    let year = (at..end).any(|k| year_at(tokens, k).is_some());
    let from = at.saturating_sub(7);
    let k = from + (tokens[from..at].iter()).rposition(|t| t.folded == "set")?;
    let new = tokens[k.saturating_sub(8)..k]
        .iter()
        .any(|t| t.folded == "new");
    if !year || new {
        return None;
    }
    let clause = &tokens[k + 1..at];
    let plain = clause
        .iter()
        .all(|t| t.kind != TokenKind::Punct || t.is_punct('\''));
    (plain && !a_clause_of_its_time_follows(tokens, end) && sets_a_record(tokens, k + 1))
        .then_some(k)
}

/// Whether the token before `k` is "set" after a record's word within
/// twelve words of its sentence ("the previous record of 45.1C, set in
/// 1994", "The previous temperature record, 45.1C, was set in 2003"): the
/// record then set (see [`record_set_by`]).
fn sets_a_record(tokens: &[Token], k: usize) -> bool {
    const RECORDS: &[&str] = &[
        "record", "records", "mark", "best", "low", "high", "previous",
    ];
    let set = k >= 1 && tokens[k - 1].folded == "set";
    let mut before = tokens[k.saturating_sub(13)..k.saturating_sub(1)]
        .iter()
        .rev()
        .take_while(|t| !(t.is_punct('.') || t.is_punct(';') || t.is_punct(':')));
    set && before.any(|t| RECORDS.contains(&t.folded.as_str()))
}

/// How many words of estimate stand just before token `i`: one for
/// "around", "about", "roughly"; two for "shortly after", "just before"
/// (a time just after another is near it, no bound; see [`shifted`]).
fn estimate_words(tokens: &[Token], i: usize) -> usize {
    let word = |back: usize| {
        i.checked_sub(back)
            .map_or("", |k| tokens[k].folded.as_str())
    };
    if words::ESTIMATES.contains(&word(1)) {
        1
    } else if matches!(word(1), "after" | "before")
        && matches!(word(2), "shortly" | "just" | "soon" | "right")
    {
        2
    } else {
        0
    }
}

fn word_before(tokens: &[Token], i: usize) -> Option<&Token> {
    i.checked_sub(1)
        .and_then(|k| tokens.get(k))
        .filter(|t| t.kind == TokenKind::Word)
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
        of_statement: false,
        time: None,
        written_time: None,
        second: None,
        either_half: false,
        zone: None,
        made: None,
        context: Box::default(),
        thing: Box::default(),
        event: None,
        approximate: false,
        describing: false,
        begins: None,
        last_time: None,
        night: None,
    }
}

/// The word of the event the date at token `i` dates (see
/// [`DateMention::event`]); for a day (`of_a_day`), the verb before what it
/// was done to too ("refloated the container ship Hanse Meridian on
/// Thursday"). A year is of background as often ("Such quakes struck the
/// region in 2005"): its event is the word before it.
fn event_word(tokens: &[Token], i: usize, of_a_day: bool) -> Option<Term> {
    deed_word(tokens, i, of_a_day).map(|word| one_deed(tokens, word))
}

/// The word of a deed told in other words: a departure ("left Perth at
/// 7:30 p.m." / "took off at 7.50pm"), an arrival ("touched down at 6:12
/// a.m." / "landed at 6.30am"), a work's release ("released on Oct. 10" /
/// "debuted on Oct. 10"). An opening is a release only of a work ("The
/// musical opened on Oct. 3" / "The album was released on Oct. 10"):
/// "opened its new cancer wing" and "released its annual figures" are
/// two deeds.
fn one_deed(tokens: &[Token], word: Term) -> Term {
    let deed = word.as_str();
    if deed == words::OPENING && names_a_work(tokens) {
        return Term::of(words::RELEASE);
    }
    (words::DEEDS_TOLD_ALIKE.iter())
        .find(|group| group.contains(&deed))
        .map_or(word, |group| Term::of(group[0]))
}

/// Whether a sentence names a work: a film, an album, a book.
fn names_a_work(tokens: &[Token]) -> bool {
    (tokens.iter())
        .any(|t| t.kind == TokenKind::Word && words::WORKS.contains(&super::stem(t.base())))
}

/// The word of the event [`event_word`] reads, as written.
fn deed_word(tokens: &[Token], i: usize, of_a_day: bool) -> Option<Term> {
    let mut k = (i - estimate_words(tokens, i)).checked_sub(1)?;
    if !super::is_content(tokens[k].base()) {
        k = k.checked_sub(1)?;
    }
    // "was recaptured early on Wednesday", "released them late on Sunday".
    if matches!(tokens[k].folded.as_str(), "early" | "late") {
        k = k.checked_sub(1)?;
    }
    if OBJECT_PRONOUNS.contains(&tokens[k].folded.as_str()) {
        k = k.checked_sub(1)?;
    }
    // A verb and its particle are one deed: "lifted off in December 2021"
    // dates a liftoff, "walked out on Wednesday" a walkout.
    let verb = |k: usize| {
        let t = &tokens[k];
        t.kind == TokenKind::Word
            && !t.capitalized
            && (words::is_past(&t.folded) || words::PASTS_AS_PRESENTS.contains(&t.folded))
    };
    if words::VERB_PARTICLES.contains(&tokens[k].folded) && k > 0 {
        // "switched it off on Friday".
        let object = usize::from(k > 1 && OBJECT_PRONOUNS.contains(&tokens[k - 1].folded.as_str()));
        if verb(k - 1 - object) {
            let past = &tokens[k - 1 - object].folded;
            let deed = format!("{}{}", super::stem(past), tokens[k].folded);
            return Some(super::term(&deed));
        }
    }
    let word = &tokens[k];
    // A verb's form ("opened"; "bed" and "shed" are none) or a noun that is
    // someone's deed ("his arrest"); not a thing ("the warehouse on
    // Monday"), nor a part of a time ("the end of 2026"), which any plan
    // may have.
    let a_deed = k > 0 && words::POSSESSIVES.contains(&tokens[k - 1].folded);
    // What happened is the event: "the strike happened at 8:40 p.m." dates
    // a strike, as "the bolt struck at 9.15pm" does.
    // The word before "happened", "is scheduled": a thing in lower case.
    let thing = |k: usize| {
        let what = &tokens[k];
        (what.kind == TokenKind::Word && !what.capitalized && super::is_content(what.base()))
            .then(|| super::term(what.base()))
    };
    if matches!(word.folded.as_str(), "happened" | "occurred")
        && let Some(what) = k.checked_sub(1).and_then(thing)
    {
        return Some(what);
    }
    // "The spraying took place on May 9" dates a spraying.
    let took = |k: usize| matches!(tokens[k].folded.as_str(), "took" | "take" | "taken");
    if word.folded == "place" && k >= 2 && took(k - 1) {
        return thing(k - 2);
    }
    // What is planned is the event: "His enthronement is scheduled for
    // June 15" dates an enthronement, as "will be enthroned on June 8"
    // does.
    if (words::PLANNED.contains(&word.folded.as_str()) || word.folded == "set")
        && k >= 2
        && matches!(
            tokens[k - 1].folded.as_str(),
            "is" | "was" | "are" | "were" | "been"
        )
        && let Some(what) = thing(k - 2)
    {
        return Some(what);
    }
    let gathering = of_a_day && words::GATHERINGS.contains(&word.folded.as_str());
    let event = words::is_past(&word.folded) || a_deed || gathering;
    let deed = |word: &Token| {
        (word.kind == TokenKind::Word && !word.capitalized && super::is_content(word.base()))
            .then(|| super::term(word.base()))
    };
    if event {
        return deed(word);
    }
    // A verb and what it was done to: "refloated the container ship Hanse
    // Meridian on Thursday" dates the refloating.
    if !of_a_day {
        return None;
    }
    deed(&tokens[verb_before_its_object(tokens, k)?])
}

/// The terms of the thing a year ending at token `end` stands before (see
/// [`DateMention::thing`]), told after `preposition`.
fn thing_after_a_year(
    tokens: &[Token],
    end: usize,
    date: &DateMention,
    preposition: Option<Term>,
) -> Box<[Term]> {
    const WORDS_OF_THE_THING: usize = 3;
    let related = preposition.is_some_and(|p| {
        words::PREPOSITIONS.contains(p.as_str()) || words::DATE_RELATIONS.contains(&p.as_str())
    });
    let of_the_thing = |t: &&Token| t.kind == TokenKind::Word && !words::is_past(&t.folded);
    let thing: Vec<&Token> = (tokens[end..].iter())
        .take(WORDS_OF_THE_THING)
        .take_while(of_the_thing)
        .collect();
    let named = thing.first().is_some_and(|t| super::is_content(t.base()));
    if !date.is_a_year() || related || !named {
        return Box::default();
    }
    (thing.iter())
        .filter(|t| super::is_content(t.base()))
        .map(|t| super::term(t.base()))
        .collect()
}

/// Pronouns a deed is done to ("released them late on Sunday").
const OBJECT_PRONOUNS: &[&str] = &["them", "him", "her", "it"];

/// The verb's past before its object ending at token `last`: a noun
/// phrase of up to five words, names or words of no function but an
/// article or a possessive ("the container ship Hanse Meridian", "its
/// doors").
fn verb_before_its_object(tokens: &[Token], last: usize) -> Option<usize> {
    const LONGEST: usize = 5;
    let of_the_object = |t: &Token| {
        t.kind == TokenKind::Word
            && (!words::STOPWORDS.contains(t.base())
                || matches!(t.folded.as_str(), "the" | "a" | "an")
                || words::POSSESSIVES.contains(&t.folded))
    };
    let mut k = last;
    for _ in 0..LONGEST {
        if !of_the_object(&tokens[k]) {
            return None;
        }
        k = k.checked_sub(1)?;
        let verb = &tokens[k];
        if verb.kind == TokenKind::Word && !verb.capitalized && words::is_past(&verb.folded) {
            return Some(k);
        }
    }
    None
}

/// The event a date opening its sentence dates, at tokens `i..end`: the
/// verb's past after the comma and a subject of a word or two ("On
/// Wednesday, they signed a deal", "On Friday, the board voted").
fn event_after_an_opening_date(tokens: &[Token], i: usize, end: usize) -> Option<Term> {
    let opens = i == 0 || i == 1 && tokens[0].folded == "on";
    if !opens || !tokens.get(end)?.is_punct(',') {
        return None;
    }
    let verb = (end + 2..tokens.len().min(end + 5)).find(|&k| {
        let t = &tokens[k];
        t.kind == TokenKind::Word && !t.capitalized && words::is_past(&t.folded)
    })?;
    let subject = &tokens[end + 1..verb];
    let plain = |t: &Token| t.kind == TokenKind::Word && !words::is_past(&t.folded);
    (subject.iter().all(plain) && super::is_content(tokens[verb].base()))
        .then(|| super::term(tokens[verb].base()))
}

/// The thing a weekday's possessive ending at token `end` dates: the last
/// word in lower case of the six words after it, numbers among them, up
/// to a word that is not of content, a verb's past or punctuation
/// ("defeat" in "Tuesday's stunning 2-1 home defeat by Luxembourg",
/// "quake" in "Friday's quake killed 12"); a past before a word in lower
/// case describes it ("Monday's delayed vote"), and a word before "the",
/// "a" or a possessive is a verb ("storm" in "Sunday's storm hit the
/// coast").
fn thing_dated(tokens: &[Token], end: usize) -> Option<Term> {
    let lower_content =
        |t: &Token| t.kind == TokenKind::Word && !t.capitalized && super::is_content(t.base());
    let mut things: Vec<&Token> = Vec::new();
    let mut at = end;
    while let Some(t) = tokens.get(at).filter(|_| at < end + 6) {
        let word = t.kind == TokenKind::Word;
        let past = words::is_past(&t.folded);
        let describing = past && tokens.get(at + 1).is_some_and(lower_content);
        if !(word || t.kind == TokenKind::Number)
            || word && (!super::is_content(t.base()) || past && !describing)
        {
            break;
        }
        if word && !t.capitalized {
            things.push(t);
        }
        at += 1;
    }
    let object_follows = tokens.get(at).is_some_and(|t| {
        matches!(t.folded.as_str(), "the" | "a" | "an") || words::POSSESSIVES.contains(&t.folded)
    });
    if object_follows && things.len() >= 2 {
        things.pop();
    }
    things.last().map(|t| super::term(t.base()))
}

/// A time told "shortly after" or "just before" another lies within half
/// an hour on that side of it: the stated time, moved a quarter of an hour
/// that way (the estimate allows a quarter either way).
fn shifted(time: u16, tokens: &[Token], i: usize) -> u16 {
    let shift = match (
        estimate_words(tokens, i),
        i.checked_sub(1).map(|k| tokens[k].folded.as_str()),
    ) {
        (2, Some("after")) => 15,
        (2, Some("before")) => -15,
        _ => 0,
    };
    (i32::from(time) + shift).rem_euclid(24 * 60) as u16
}

/// The terms of the content words of up to eight tokens before token `i`,
/// back to punctuation or a figure (see [`DateMention::context`]).
fn clause_before(tokens: &[Token], i: usize) -> Box<[Term]> {
    let clause = tokens[..i]
        .iter()
        .rev()
        .take(8)
        .take_while(|t| t.kind == TokenKind::Word);
    let terms = clause
        .filter(|t| super::is_content(t.base()))
        .map(|t| super::term(t.base()));
    super::exact(terms.collect())
}

/// The part of a night the date at tokens `i..end` is told by, if any
/// (see [`DateMention::night`]): "night" right after it, "late" or "the
/// night of" right before it (past an "on"); "early", "the early (or
/// small) hours of" or "before dawn" right before it.
fn night_part(tokens: &[Token], i: usize, end: usize) -> Option<NightPart> {
    // The words before it, past an "on": `back(1)` is the nearest.
    let at = i - usize::from(i > 0 && tokens[i - 1].folded == "on");
    let back = |n: usize| {
        at.checked_sub(n)
            .map_or("", |k| super::folded_at(tokens, k))
    };
    // A part of the day after it tells which: "late Tuesday afternoon" is
    // no night, "early Wednesday morning" its small hours still.
    let after = super::folded_at(tokens, end);
    let of_the_day = matches!(
        after,
        "afternoon" | "evening" | "lunchtime" | "midday" | "noon"
    );
    if of_the_day {
        return None;
    }
    let late = back(1) == "late" || (back(2), back(1)) == ("night", "of");
    if after == "night" || late && after != "morning" {
        return Some(NightPart::Evening);
    }
    let of_the_hours =
        back(1) == "of" && back(2) == "hours" && matches!(back(3), "early" | "small");
    let small_hours =
        back(1) == "early" || of_the_hours || (back(2), back(1)) == ("before", "dawn");
    small_hours.then_some(NightPart::SmallHours)
}

/// A date's context with the part of the day right after it, if any:
/// "evening" of "on Tuesday evening", which ties it to "on Monday evening"
/// more than its clause's words do.
fn with_part_of_day(context: Box<[Term]>, tokens: &[Token], end: usize) -> Box<[Term]> {
    let part = tokens.get(end).map(|t| t.folded.as_str());
    match part {
        Some(part @ ("morning" | "afternoon" | "evening" | "night")) => {
            let mut context = context.into_vec();
            context.push(super::term(part));
            super::exact(context)
        }
        _ => context,
    }
}

/// A date starting at token `i`: the index past it and its parts.
fn date_at(tokens: &[Token], i: usize) -> Option<(usize, DateMention)> {
    let token = tokens.get(i)?;
    if token.kind == TokenKind::Word
        && token.capitalized
        && let Some(weekday) = words::weekday(token.base())
        && token.base().len() > 3
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
    // "an 1800 GMT deadline": four digits before a zone tell a time.
    if zone_word(tokens, i + 1).is_some() {
        return None;
    }
    // "the 1500 troops" counts them; "the 1998 floods" names an event.
    let counted = tokens.get(i + 1).is_some_and(|next| {
        next.kind == TokenKind::Word
            && super::numbers::looks_plural(&next.folded)
            && !EVENTS_TOLD_IN_PLURAL.contains(&next.folded.as_str())
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

/// A day of the month at token `i` that a range of days gives with a
/// month named once: its end after a day and month just read ("from April
/// 10 to 12", "May 3-5", `before` being "April 10"), or its start before
/// a day and month ("from 10 to 12 June", "10-12 June", "between 10 and
/// 12 June"). The index past it
/// and the date, of the month (and year) the range names.
fn range_day_at(
    tokens: &[Token],
    i: usize,
    before: Option<&DateMention>,
) -> Option<(usize, DateMention, Bound)> {
    let day = day_at(tokens, i)?;
    // "3rd" stands as a date, or not, on its own; "8 p.m." is a time.
    if tokens[i].folded.ends_with(|c: char| c.is_alphabetic()) || time_at(tokens, i).is_some() {
        return None;
    }
    // Not a count or share: "from May 3 to 5 years", "to 12 new routes",
    // "5 to 12 percent"; a word of content after it names what it counts.
    let counts = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let word = t.kind == TokenKind::Word && !t.capitalized;
            word && (super::is_content(t.base()) || super::numbers::looks_plural(&t.folded))
                || t.is_punct('%')
        })
    };
    let joins = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.hyphen_before && t.kind == TokenKind::Number
                || matches!(t.folded.as_str(), "to" | "through" | "until" | "and")
        })
    };
    let ranged = |month: Option<u8>, year: Option<i32>| DateMention {
        day: Some(day),
        month,
        year,
        ..empty()
    };
    // The end: the day just before ended at the joining word.
    let after = before.filter(|b| b.day.is_some() && b.month.is_some() && b.time.is_none());
    if let Some(b) = after
        && b.span.end <= tokens[i].span.start
        && (tokens[i].hyphen_before && joins(i) && ends_at(tokens, i - 1, b)
            || i >= 2 && joins(i - 1) && !tokens[i - 1].hyphen_before && ends_at(tokens, i - 2, b))
        && month_at(tokens, i + 1).is_none()
        && !counts(i + 1)
        && day > b.day?
    {
        return Some((i + 1, ranged(b.month, b.year), Bound::Last));
    }
    // The start: a day and month follow the joining word.
    let next = if tokens.get(i + 1).is_some_and(|t| t.hyphen_before) {
        i + 1
    } else if joins(i + 1) {
        i + 2
    } else {
        return None;
    };
    let (_, later) = date_at(tokens, next)?;
    (later.day.is_some_and(|d| d > day) && later.month.is_some() && later.weekday.is_none())
        .then(|| (i + 1, ranged(later.month, later.year), Bound::First))
}

/// Which end of a range of days a day is (see [`range_day_at`]).
#[derive(Clone, Copy)]
enum Bound {
    First,
    Last,
}

/// Whether the date `date` ends at token `k`.
fn ends_at(tokens: &[Token], k: usize, date: &DateMention) -> bool {
    tokens.get(k).is_some_and(|t| t.span.end == date.span.end)
}

/// Whether a year alone at token `i` is part of a name, after a
/// capitalized word within the sentence ("the EU's Natura 2000 network",
/// "Euro 2024", "Vision 2030"): it names a thing, and dates no claim. Not
/// after a possessive ("the Board's 2019 review"), a holiday or a season
/// ("Christmas 2019", "Boxing Day 2004", "Spring 2021"), which date.
fn names_a_thing(tokens: &[Token], i: usize, date: &DateMention) -> bool {
    const DATING: &[&str] = &[
        "christmas",
        "easter",
        "ramadan",
        "eid",
        "hanukkah",
        "diwali",
        "thanksgiving",
        "day",
        "eve",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "fiscal",
        "fy",
        "q1",
        "q2",
        "q3",
        "q4",
    ];
    date.is_a_year()
        && i >= 2
        && tokens.get(i - 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.capitalized
                && !t.hyphen_before
                && !t.is_possessive()
                && words::month(&t.folded).is_none()
                && words::weekday(t.base()).is_none()
                && !DATING.contains(&t.folded.as_str())
        })
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
    } else if tokens[i].folded == "may" && !the_month_may(tokens, i) {
        return None; // "May" alone is too often the verb, or a name.
    } else {
        // A month alone ends at its word: "in January." ends a sentence.
        end = i + 1;
    }
    Some((end, date))
}

/// Whether "May" alone at token `i` is the month: after a word of time
/// ("for milk supplied in May", "since May", "by the end of May", "last
/// May"); not a name before a deed after "since" or "until" ("since May
/// announced her resignation").
fn the_month_may(tokens: &[Token], i: usize) -> bool {
    let before = i.checked_sub(1).map_or("", |k| tokens[k].folded.as_str());
    let deed_after = tokens.get(i + 1).is_some_and(|t| {
        t.kind == TokenKind::Word
            && !t.capitalized
            && (t.folded.ends_with("ed") || words::DEEDS_OF_A_PERSON.contains(&t.folded.as_str()))
    });
    match before {
        "since" | "until" | "till" => !deed_after,
        "in" | "by" | "from" | "of" | "through" | "during" | "last" | "next" | "this" | "early"
        | "late" | "mid" => true,
        _ => false,
    }
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
    as_year(tokens.get(i)?)
}

/// The year a token writes, from 1800 to 2100 in four digits.
pub(super) fn as_year(token: &Token) -> Option<i32> {
    if token.kind != TokenKind::Number || token.folded.len() != 4 {
        return None;
    }
    let year: i32 = token.folded.parse().ok()?;
    (1800..=2100).contains(&year).then_some(year)
}

/// Whether a date starts at token `i` ("2019", "May 3", "Sunday").
pub(super) fn starts_a_date(tokens: &[Token], i: usize) -> bool {
    date_at(tokens, i).is_some()
}

/// A clock time as read: the index past it, minutes after midnight (as
/// written, if it may be either half of the day), its seconds if written,
/// where a zone word stands, if one does, and whether it may be of the
/// morning or the evening.
struct ClockTime {
    end: usize,
    minutes: u16,
    second: Option<u8>,
    zone_at: Option<usize>,
    either_half: bool,
}

/// A clock time at token `i`: `4:45`, `4:30 a.m.`, `4.30am`, `4:47am`, `11am`,
/// `3 p.m.`, `16:45 GMT`; four digits only with a zone (`1023 GMT`) or before
/// one in brackets (`1353 (1023 GMT)`). Digits with neither a.m. nor p.m.
/// are of a 24-hour clock ("landed at 8:40" / "at 20:40").
fn time_at(tokens: &[Token], i: usize) -> Option<ClockTime> {
    let token = tokens.get(i)?;
    if token.kind != TokenKind::Number {
        return None;
    }
    // The minutes of "2:03:14" are no hour of their own.
    if i > 0 && super::glued_colon(tokens, i - 1) {
        return None;
    }
    let digits = token.folded.trim_end_matches(char::is_alphabetic);
    let mut glued = &token.folded[digits.len()..];
    let four_digits = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit());
    // The minutes after a colon, and what is glued to them ("4:47am").
    let minutes_after_colon = tokens
        .get(i + 2)
        .filter(|t| t.kind == TokenKind::Number && glued.is_empty())
        .filter(|_| super::glued_colon(tokens, i + 1))
        .and_then(|t| Some((t.folded.get(..2)?, t.folded.get(2..)?)))
        .filter(|(minute, _)| minute.bytes().all(|b| b.is_ascii_digit()));
    let (hour, minute, mut end): (u16, u16, usize) =
        if let Some((minute, after)) = minutes_after_colon {
            glued = after;
            (digits.parse().ok()?, minute.parse().ok()?, i + 3)
        } else if let Some((h, m)) = digits.split_once('.') {
            if m.len() != 2 {
                return None;
            }
            (h.parse().ok()?, m.parse().ok()?, i + 1)
        } else if four_digits && glued.is_empty() {
            let zoned = zone_word(tokens, i + 1).is_some()
                || tokens.get(i + 1).is_some_and(|t| t.is_punct('('))
                    && tokens
                        .get(i + 2)
                        .is_some_and(|t| t.kind == TokenKind::Number && t.folded.len() == 4)
                    && zone_word(tokens, i + 3).is_some();
            if !zoned {
                return None;
            }
            (digits[..2].parse().ok()?, digits[2..].parse().ok()?, i + 1)
        } else {
            (digits.parse().ok()?, 0, i + 1)
        };
    // With its seconds, an hour of one digit tells how long a race took,
    // "2:03:14" (a figure; see `numbers`), as a clock's hour of two digits
    // tells a moment, "14:28:04", "02:14:27"; a.m., p.m. or a zone says
    // so of either ("9:28:04 a.m.", "9:28:04 GMT").
    let mut second = None;
    if let Some((past, seconds)) = super::seconds_after(tokens, end) {
        let moment = digits.len() == 2
            || zone_word(tokens, past).is_some()
            || meridiem_at(tokens, past).is_some();
        if !moment {
            return None;
        }
        end = past;
        second = Some(seconds as u8);
    }
    // "finished 1:12 ahead" is a gap, minutes and seconds (see `numbers`).
    let plain = meridiem_at(tokens, end).is_none() && zone_word(tokens, end).is_none();
    if glued.is_empty() && end == i + 3 && plain && super::a_gap(tokens, i, end) {
        return None;
    }
    let meridiem = match glued {
        "am" | "pm" => Some(glued == "pm"),
        "" => meridiem_at(tokens, end).map(|(pm, past)| {
            end = past;
            pm
        }),
        _ => return None,
    };
    // "7:30 in the evening" is 7:30 p.m.
    let part_of_day = || part_of_day_after(tokens, end, hour).filter(|_| (1..=12).contains(&hour));
    // "at" before the hour, past a word of estimate ("at about 6.15"),
    // unless after a level held: "the euro traded at 1.08 in the morning",
    // "temperatures stood at 9 in the evening".
    let at = (i - estimate_words(tokens, i))
        .checked_sub(1)
        .filter(|&at| tokens[at].folded == "at");
    let level_at = at.is_some_and(|at| {
        at.checked_sub(1)
            .is_some_and(|k| LEVELS.contains(&tokens[k].folded.as_str()))
    });
    // "shortly after 8 in the morning", "until 9 in the evening".
    let after_a_word_of_time = at.is_some()
        || i.checked_sub(1).is_some_and(|k| {
            matches!(
                tokens[k].folded.as_str(),
                "after" | "before" | "until" | "till" | "since"
            )
        });
    let phrase_ends = tokens.get(end).is_some_and(|t| t.folded == "in")
        && tokens.get(end + 3).is_none_or(|t| {
            t.kind != TokenKind::Word || words::STOPWORDS.contains(t.folded.as_str())
        });
    // A clock's face, or the part of the day ending its phrase after an
    // hour with its minutes on a five-minute mark ("at about 6.15 in the
    // morning") or after "at" or a word of time ("at 6 in the morning",
    // "until 9 in the evening"); not "killed 6 in the morning raid", "rose
    // 6.15 in the morning trade".
    let dotted = digits.contains('.') && minute % 5 == 0;
    let told_by_the_part = phrase_ends && part_of_day().is_some();
    let clock = end > i + 1
        || four_digits
        || (dotted || after_a_word_of_time) && !level_at && told_by_the_part
        || digits.contains('.') && glued.is_empty() && names_a_departure(tokens, i, end);
    if meridiem.is_none() && !clock || hour > 23 || minute > 59 {
        return None;
    }
    // "at 9 in the evening" is told to its last word.
    let to_its_last_word = meridiem.is_none() && told_by_the_part;
    let meridiem = meridiem.or_else(part_of_day);
    if to_its_last_word {
        end += 3;
    }
    let hour = match meridiem {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(pm) => hour % 12 + if pm { 12 } else { 0 },
        None => hour,
    };
    let (end, zone_at) = zoned(tokens, end);
    Some(ClockTime {
        end,
        minutes: hour * 60 + minute,
        second,
        zone_at,
        either_half: false,
    })
}

/// Whether the figure at tokens `i..end` names a train, bus, ferry or
/// flight by its time of departure: "the 14.25 service from Leeds", "the
/// 12.45 from York", "the 14.25 Leeds to London service".
fn names_a_departure(tokens: &[Token], i: usize, end: usize) -> bool {
    const SERVICES: &[&str] = &[
        "service",
        "train",
        "departure",
        "flight",
        "ferry",
        "bus",
        "coach",
        "sailing",
        "express",
    ];
    let service = |t: &Token| SERVICES.contains(&t.base());
    let after_the = i > 0 && tokens[i - 1].folded == "the";
    let next = tokens.get(end);
    let named_after = next.is_some_and(|t| {
        service(t)
            || matches!(t.folded.as_str(), "from" | "to")
            || t.capitalized && tokens[end..].iter().take(5).any(service)
    });
    after_the && named_after
}

/// Verbs of a level reached or held, before "at" a figure: "stood at 9",
/// "traded at 1.08".
const LEVELS: &[&str] = &[
    "stood", "stand", "stands", "standing", "traded", "trading", "trades", "trade", "was", "were",
    "is", "are", "remained", "remains", "hovered", "settled",
];

/// Where a clock time ending at token `end` ends with the zone word after
/// it, if any, and where that word stands.
fn zoned(tokens: &[Token], end: usize) -> (usize, Option<usize>) {
    let zone_at = zone_word(tokens, end).map(|_| end);
    (end + usize::from(zone_at.is_some()), zone_at)
}

/// A clock time told in words at token `i`, as [`time_at`] gives one:
/// `noon`, `midday`, `midnight` (`12 noon`) after a word of time or "a"
/// ("at noon", "until midnight", "a noon Mass"; not "Christmas Eve
/// midnight Mass", "midday prayers", "high noon"), and a quarter or a half
/// hour from an hour after a word of time (`at a quarter past five`, `by
/// half past 10 p.m.`, `until a quarter to six in the evening`; not "rose
/// by a quarter to 12 billion euros"), which may be either half of the day
/// unless a.m., p.m. or the part of the day follows.
fn spoken_time_at(tokens: &[Token], i: usize) -> Option<ClockTime> {
    let word = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.kind == TokenKind::Word && !t.capitalized)
            .map(|t| t.folded.as_str())
    };
    // After a relation ("until", "by"), "at", "near", "toward(s)" or an
    // estimate ("around midnight", "shortly after midnight"); capitalized
    // or not ("At midnight, …").
    let of_time = |at: usize| {
        let before = word_before(tokens, at).map(|t| t.folded.as_str());
        before.is_some_and(|w| {
            words::DATE_RELATIONS.contains(&w) || matches!(w, "at" | "near" | "toward" | "towards")
        }) || estimate_words(tokens, at) > 0
    };
    let twelve = tokens[i].folded == "12";
    let named = tokens.get(i + usize::from(twelve)).and_then(named_hour);
    if let Some(hour) = named {
        let a = word_before(tokens, i).is_some_and(|t| t.folded == "a");
        return (of_time(i) || a)
            .then(|| spoken_time(tokens, i + 1 + usize::from(twelve), hour * 60, false));
    }
    let start = if word(i) == Some("a") { i + 1 } else { i };
    if !of_time(i) {
        return None;
    }
    let (minutes, hour_at): (i32, usize) = match (word(start), word(start + 1)) {
        (Some("quarter"), Some("past")) => (15, start + 2),
        (Some("quarter"), Some("to")) => (-15, start + 2),
        (Some("half"), Some("past")) if start == i => (30, start + 2),
        _ if start == i => minutes_to_the_hour(tokens, i)?,
        _ => return None,
    };
    let hour_token = tokens.get(hour_at)?;
    // "a quarter past midnight", "five minutes to noon": a named hour is
    // of its own half of the day.
    if let Some(named) = named_hour(hour_token) {
        let time = (i32::from(named) * 60 + minutes).rem_euclid(24 * 60) as u16;
        return Some(spoken_time(tokens, hour_at + 1, time, false));
    }
    let hour = match hour_token.kind {
        TokenKind::Number => hour_token.folded.parse().ok()?,
        _ => words::small_number(&hour_token.folded)?,
    };
    // "a quarter to 12 billion euros", "a quarter to one third", "from a
    // quarter to two-fifths" count.
    // "from 20 minutes to 3 hours" is a span.
    let counts = tokens.get(hour_at + 1).is_some_and(|t| {
        t.kind == TokenKind::Number
            || words::is_number_word(t.base())
            || t.folded == "percent"
            || t.is_punct('-')
            || t.kind == TokenKind::Word && !t.space_before
            || words::SPANS_OF_TIME.contains(&t.folded.as_str())
    });
    if !(1..=12).contains(&hour) || counts {
        return None;
    }
    let mut end = hour_at + 1;
    let pm = match meridiem_at(tokens, end) {
        Some((pm, past)) => {
            end = past;
            Some(pm)
        }
        // "a quarter to six in the evening", "… in the morning"
        None => part_of_day_after(tokens, end, hour as u16),
    };
    let hour = hour % 12 + if pm == Some(true) { 12 } else { 0 };
    let time = (hour as i32 * 60 + minutes).rem_euclid(24 * 60) as u16;
    Some(spoken_time(tokens, end, time, pm.is_none()))
}

/// A clock time told in words, `minutes` after midnight, ending at token
/// `end` or past the zone named there.
fn spoken_time(tokens: &[Token], end: usize, minutes: u16, either_half: bool) -> ClockTime {
    let (end, zone_at) = zoned(tokens, end);
    ClockTime {
        end,
        minutes,
        second: None,
        zone_at,
        either_half,
    }
}

/// The minutes past an hour (or, less than zero, to it) told in words at
/// token `i`, and the token of the hour: "20 minutes past 3", "ten
/// minutes to six".
fn minutes_to_the_hour(tokens: &[Token], i: usize) -> Option<(i32, usize)> {
    let count = tokens.get(i)?;
    let minutes: i32 = match count.kind {
        TokenKind::Number => count.folded.parse().ok()?,
        _ => i32::try_from(words::small_number(&count.folded)?).ok()?,
    };
    let word = |k: usize| tokens.get(k).map_or("", |t| t.folded.as_str());
    let side = match (word(i + 1), word(i + 2)) {
        ("minutes" | "minute", "past") => 1,
        ("minutes" | "minute", "to") => -1,
        _ => return None,
    };
    (1..60)
        .contains(&minutes)
        .then_some((side * minutes, i + 3))
}

/// Whether the clock hour `hour` (1 to 12) is after noon, as the part of
/// the day from token `end` tells, if one does: "in the afternoon", "in
/// the evening", "Tuesday evening" (p.m.), "in the morning", "Tuesday
/// morning" (a.m.), "Tuesday night" or "in the night" (p.m. from six,
/// a.m. before).
fn part_of_day_after(tokens: &[Token], end: usize, hour: u16) -> Option<bool> {
    let word = |k: usize| tokens.get(k).map(|t| t.folded.as_str());
    let part = if word(end) == Some("in") && word(end + 1) == Some("the") {
        word(end + 2)?
    } else if tokens
        .get(end)
        .is_some_and(|t| t.capitalized && words::weekday(&t.folded).is_some())
    {
        word(end + 1)?
    } else {
        return None;
    };
    match part {
        "afternoon" | "evening" => Some(true),
        "morning" => Some(false),
        "night" => Some((6..12).contains(&hour)),
        _ => None,
    }
}

/// The hour a word names: noon or midday, midnight (not capitalized, as
/// in a name).
fn named_hour(token: &Token) -> Option<u16> {
    if token.capitalized {
        return None;
    }
    match token.folded.as_str() {
        "noon" | "midday" => Some(12),
        "midnight" => Some(0),
        _ => None,
    }
}

/// `am`, `a.m.`, `a. m.` (and `pm`) at token `i`: whether it is p.m., and
/// the index past it.
fn meridiem_at(tokens: &[Token], i: usize) -> Option<(bool, usize)> {
    let token = tokens.get(i)?;
    match token.folded.as_str() {
        "am" | "pm" => Some((token.folded == "pm", i + 1)),
        "a" | "p"
            if tokens.get(i + 1).is_some_and(|t| t.is_punct('.'))
                && tokens.get(i + 2).is_some_and(|t| t.folded == "m") =>
        {
            let dot = tokens.get(i + 3).is_some_and(|t| t.is_punct('.'));
            Some((token.folded == "p", i + 3 + usize::from(dot)))
        }
        _ => None,
    }
}

/// A time zone's word at token `i` (`GMT`, `ET`, `local` time, or a
/// place's, capitalized: `UK` time, `Moscow` time, `Eastern` time; not a
/// word that opens a sentence, "at 3 p.m. Half time came").
fn zone_word(tokens: &[Token], i: usize) -> Option<&str> {
    let token = tokens.get(i)?;
    let word = token.folded.as_str();
    let before_time = tokens.get(i + 1).is_some_and(|t| t.folded == "time");
    let a_place = token.capitalized && !words::BEFORE_TIME.contains(word);
    // "at 9:50 a.m. Eastern," as "Eastern time"; not "Central Park".
    let in_a_name = tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && t.capitalized);
    let american = token.capitalized && !in_a_name && us_zone(word).is_some();
    let named = token.kind == TokenKind::Word
        && (words::CLOCK_WORDS.contains(word) && !matches!(word, "am" | "pm")
            || before_time && (word == "local" || a_place)
            || american);
    named.then_some(word)
}

/// The offset from universal time, in minutes, of a zone whose name
/// tells it the year round: its letters (GMT, CEST, EDT, JST) or a city of
/// one offset ("Moscow time"). None for a zone on summer time part of the
/// year ("ET", "Paris time": which offset depends on the day), nor for
/// letters of several zones ("IST", India's, Ireland's or Israel's; "CST",
/// America's or China's).
fn utc_offset(zone: &str) -> Option<i16> {
    Some(match zone {
        "gmt" | "utc" => 0,
        "bst" | "cet" => 60,
        "cest" | "eet" => 120,
        "jst" => 540,
        "aest" => 600,
        "aedt" => 660,
        "nzst" => 720,
        "nzdt" => 780,
        "est" | "cdt" => -300,
        "edt" => -240,
        "mdt" => -360,
        "mst" | "pdt" => -420,
        "pst" => -480,
        "moscow" | "istanbul" | "ankara" | "riyadh" | "nairobi" => 180,
        "tehran" => 210,
        "dubai" => 240,
        "bangkok" | "jakarta" => 420,
        "beijing" | "singapore" | "manila" | "taipei" => 480,
        "tokyo" | "seoul" => 540,
        _ => return None,
    })
}

/// The zone named at token `k`: "Eastern time" is ET, as the US zones'
/// other names are their letters.
fn zone(tokens: &[Token], k: usize) -> Option<String> {
    let word = zone_word(tokens, k)?;
    Some(us_zone(word).unwrap_or(word).to_string())
}

/// The letters of a US zone's name ("eastern" -> "et").
fn us_zone(name: &str) -> Option<&'static str> {
    match name {
        "eastern" => Some("et"),
        "central" => Some("ct"),
        "mountain" => Some("mt"),
        "pacific" => Some("pt"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::Beginning;
    use crate::extract::tests::facts_of;

    fn keys(text: &str) -> Vec<String> {
        facts_of(text).dates.iter().map(|d| d.key()).collect()
    }

    /// The word of the event the first date of `text` dates.
    fn event(text: &str) -> Option<String> {
        facts_of(text).dates[0]
            .event
            .map(|t| t.as_str().to_string())
    }

    #[test]
    fn a_range_of_days_names_its_month_once() {
        let dates = |text: &str| -> Vec<(String, String)> {
            (facts_of(text).dates.iter())
                .map(|d| {
                    (
                        d.key(),
                        d.preposition.map_or("", |p| p.as_str()).to_string(),
                    )
                })
                .collect()
        };
        let span = |first: &str, last: &str| {
            vec![
                (first.to_string(), "span".to_string()),
                (last.to_string(), "to".to_string()),
            ]
        };
        for (text, first, last) in [
            (
                "The fair runs from April 10 to 12 in Paris.",
                "--04-10",
                "--04-12",
            ),
            (
                "The fair runs from April 9 to April 11 in Paris.",
                "--04-09",
                "--04-11",
            ),
            ("The fair runs May 3-5 in Paris.", "--05-03", "--05-05"),
            (
                "The fair runs from 10 to 12 June in Paris.",
                "--06-10",
                "--06-12",
            ),
            ("The fair ran 10-12 June in Paris.", "--06-10", "--06-12"),
            ("The fair ran between 10 and 12 June.", "--06-10", "--06-12"),
        ] {
            assert_eq!(dates(text), span(first, last), "{text}");
        }
        // A count or a share after "to" is none of its days, nor a time.
        assert_eq!(keys("He was jailed from May 3 to 5 years."), ["--05-03"]);
        assert_eq!(
            keys("Service will expand from April 10 to 12 new routes."),
            ["--04-10"]
        );
        assert_eq!(
            keys("Polls were open from 7 a.m. May 3 to 8 p.m. May 4."),
            ["T07:00", "--05-03", "T20:00", "--05-04"]
        );
        assert_eq!(keys("Sales rose 5 to 12 percent on June 3."), ["--06-03"]);
        assert_eq!(
            keys("It opened on April 10 and 12 people were hurt."),
            ["--04-10"]
        );
    }

    #[test]
    fn a_past_after_a_noun_of_a_phrase_describes_it() {
        let describing = |text: &str| facts_of(text).dates[0].describing;
        assert!(describing(
            "The houses of a village flooded for a reservoir in 1963 have re-emerged."
        ));
        assert!(!describing("Demand for the product collapsed in 2020."));
        // "that" after a noun opens such a clause; not after a verb.
        assert!(describing(
            "Hellwig, the piano builder that has been in the hands of one family since 1858, \
             is selling a stake."
        ));
        assert!(!describing(
            "Officials reported that the plant closed in 2019."
        ));
        assert!(!describing(
            "The firm confirms that the plant closed in 2019."
        ));
        assert!(!describing("Prices of the shares climbed in 2021."));
    }

    #[test]
    fn a_year_before_a_thing_holds_its_words() {
        let thing = |text: &str| facts_of(text).dates[0].thing.to_vec();
        let terms = |words: &[&str]| -> Vec<crate::extract::Term> {
            words.iter().map(|w| crate::extract::term(w)).collect()
        };
        assert_eq!(
            thing("A 1961 Lindqvist GT Spyder sold."),
            terms(&["lindqvist", "gt", "spyder"])
        );
        // To a verb or a stop; none after a preposition.
        assert_eq!(thing("A 2019 report found it unsafe."), terms(&["report"]));
        assert_eq!(
            thing("A 1926 drama, long lost, was found."),
            terms(&["drama"])
        );
        assert!(thing("The tower was finished in 1961 Lindqvist recalled.").is_empty());
    }

    #[test]
    fn a_year_after_a_name_is_part_of_it() {
        let describing = |text: &str| {
            let dates = facts_of(text).dates;
            assert_eq!(dates.len(), 1, "{text}");
            dates[0].describing
        };
        assert!(describing("The site is in the EU's Natura 2000 network."));
        assert!(describing("Tickets for Euro 2024 sold out."));
        for dating in [
            "It opened at Christmas 2019 in Paris.",
            "In 2019 the site was closed.",
            "The Board's 2019 review found delays.",
            "Boats were lost in the Boxing Day 2004 storm.",
        ] {
            assert!(!describing(dating), "{dating}");
        }
    }

    #[test]
    fn the_year_a_record_was_set_dates_its_making() {
        let made = |text: &str| {
            let dates = facts_of(text).dates;
            assert_eq!(dates.len(), 1, "{text}");
            dates[0].made.is_some()
        };
        for record in [
            "He beat the previous mark of 56.419 km set by Denmark's Anders Lykke in 2024.",
            "It broke the previous low of minus 10.2 feet set in October 2022.",
            "The old mark of 1,203 kg, which had stood since 2019, fell.",
            "They beat the previous distance record, set in 2016 by a German team.",
            "The previous temperature record, 45.1C, was set in 2003, during a heatwave.",
        ] {
            assert!(made(record), "{record}");
        }
        for other in [
            "Erik Lund cleared 6.28m, a pole vault world record set on Saturday.",
            "Coningsby hit 40.9C, a new UK temperature record set in July 2022.",
            "The novel is set in 1920.",
            "The previous record was set in 2023, when officers found 1.1 tonnes.",
        ] {
            assert!(!made(other), "{other}");
        }
        let record = facts_of("He beat the 56.491km record set last year by Anders Lykke.");
        assert!(
            !record.of_an_earlier_year,
            "a record's year, not the claim's"
        );
    }

    #[test]
    fn a_year_before_events_in_the_plural_names_them() {
        assert_eq!(keys("In the 1998 floods, 3,000 residents left."), ["1998"]);
        assert_eq!(keys("The 2011 protests toppled him."), ["2011"]);
        assert!(keys("The 1500 troops arrived on time.").is_empty());
    }

    #[test]
    fn a_year_closing_a_record_dates_the_last_time() {
        let describing = |text: &str| {
            let dates = facts_of(text).dates;
            let year = dates.iter().find(|d| d.is_a_year()).expect(text);
            year.describing
        };
        for record in [
            "Crowds watched the eclipse, the first to pass over the area since 1936.",
            "It was the worst flooding in the city since 1998.",
            "The team won the title for the first time since 2010.",
            "This autumn was the wettest since records began in 1884.",
            "The gauge fell to its lowest reading since record-keeping began there in 1954.",
        ] {
            assert!(describing(record), "{record}");
        }
        for dating in [
            "Prices have risen by 40 percent since 2015.",
            "It is the first walkout at the hospital since 2019, when nurses struck for 11 days.",
            "The first vaccines arrived in 2021.",
        ] {
            assert!(!describing(dating), "{dating}");
        }
    }

    #[test]
    fn a_year_of_a_deed_last_done_is_a_last_time() {
        let last_time = |text: &str| {
            let dates = facts_of(text).dates;
            let year = dates.iter().find(|d| d.is_a_year()).expect(text);
            year.last_time.is_some()
        };
        for last in [
            "The line was last closed in 2011.",
            "Its last major eruption, in 1975, killed 12 people.",
            "The last time drivers walked out was in 2019.",
            "The club, who last won the League Cup in 2006, lost again.",
            "It was the first total eclipse seen from the town since 1941.",
            "It is the first walkout at the hospital since 2019, when nurses struck for 11 days.",
            "The frog had not been seen since 1989.",
            "He hasn't won a title since 2021.",
        ] {
            assert!(last_time(last), "{last}");
        }
        for other in [
            "Sales fell sharply last year, in 2024.",
            "At last, in 2020, the bridge opened.",
            "Entries rose to 16 teams, the most since 2010.",
            "Prices have risen by 40 percent since 2015.",
            "The first vaccines arrived in 2021.",
            "He joined the club in 2019 and has not left since.",
        ] {
            assert!(!last_time(other), "{other}");
        }
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
        let built = &facts_of("The 1987-built vessel sank on Tuesday.").dates[0];
        assert_eq!(
            built.made.as_deref().map(|terms| terms.len()),
            Some(2),
            "a year joined to 'built' dates the making of what follows"
        );
        let last = &facts_of("It was last inspected in January.").dates[0];
        assert_eq!(last.surface, "January", "the full stop ends the sentence");
    }

    #[test]
    fn years_weekdays_and_the_verb_may() {
        assert_eq!(keys("Kim last visited Beijing in 2019."), ["2019"]);
        assert_eq!(keys("He arrived on Sunday with aides."), ["weekday 7"]);
        assert!(keys("Russia may be offering technology to them.").is_empty());
        // "May" alone is the month after a word of time, not a name's.
        assert_eq!(keys("It pays more for milk supplied in May."), ["--05"]);
        assert_eq!(keys("Prices have risen since May."), ["--05"]);
        assert!(keys("May said the plan would change.").is_empty());
        assert!(keys("It was a defeat in May's cabinet.").is_empty());
        assert!(keys("The party has been split since May announced her exit.").is_empty());
        assert!(keys("The party has been split since May took office.").is_empty());
        assert!(keys("They sent 2000 troops to the border.").is_empty());
        assert!(keys("They sent 1353 troops (1023 of them reservists).").is_empty());
        assert_eq!(keys("They face an 1800 GMT deadline."), ["T18:00"]);
    }

    #[test]
    fn clock_times_in_every_common_form() {
        assert_eq!(keys("The call is at 4:45 p.m. today."), ["T16:45"]);
        assert_eq!(
            keys("They struck at 4.30am on Monday."),
            ["T04:30", "weekday 1"]
        );
        assert_eq!(
            keys("He died about 11am on Friday."),
            ["T11:00", "weekday 5"]
        );
        assert_eq!(keys("It was called at 3 p.m. to help."), ["T15:00"]);
        assert_eq!(keys("The volcano blew at 4:47pm."), ["T16:47"]);
        assert!(keys("The score was 4:475 at the end.").is_empty());
        assert_eq!(keys("At 12am the gates shut."), ["T00:00"]);
        assert_eq!(
            keys("At around 4:30 a. m. local time (11.30 p. m. ET) they rammed it."),
            ["T04:30", "T23:30"]
        );
        assert_eq!(
            keys("It hit at 1353 (1023 GMT) on Sunday."),
            ["T13:53", "T10:23", "weekday 7"]
        );
        let f = facts_of("It hit at 1023 GMT and again at 10:23 ET.");
        assert_eq!(f.dates[0].zone.as_deref(), Some("gmt"));
        assert!(!f.dates[0].compatible(&f.dates[1]), "other zones");
        let f = facts_of("They met at 4:30 a.m. local time, or at 4.30am.");
        assert!(f.dates[0].compatible(&f.dates[1]));
        let f = facts_of("It froze at 2:15 a.m. UTC, or at 02:15 GMT.");
        assert_eq!(f.dates[0].named_zone(), f.dates[1].named_zone(), "one zone");
        assert!(!f.dates[0].in_another_zone(&f.dates[1]));
        let f = facts_of("It froze at 2:15 a.m. UTC, or at 2:15 a.m. CET.");
        assert!(f.dates[0].in_another_zone(&f.dates[1]));
        let f = facts_of("It froze at 2:15 a.m. EST, or at 2:15 a.m. ET.");
        assert!(!f.dates[0].in_another_zone(&f.dates[1]), "ET may be EST");
        let f = facts_of("It erupted at 4.17 a.m. local time, or at 6.17 a.m.");
        assert!(
            f.dates[0].stated_alike(&f.dates[1]),
            "local time is a time with no zone"
        );
        // A place's time is a zone of its own: "local time" there may be
        // any other, so the two are not stated alike.
        let f = facts_of("It kicked off at 21:45 local time, or 7.45pm UK time.");
        assert_eq!(f.dates[1].zone.as_deref(), Some("uk"));
        assert!(!f.dates[0].stated_alike(&f.dates[1]));
        let f = facts_of("Polls close at 9 a.m. Eastern time, or 10 a.m. ET.");
        assert_eq!(f.dates[0].zone, f.dates[1].zone);
        assert!(f.dates[0].stated_alike(&f.dates[1]));
        // A US zone's name alone, after a time; not a name it opens.
        let f = facts_of("Staff left at 9:50 a.m. Eastern, and 8:50 a.m. Central in Chicago.");
        let zones: Vec<Option<&str>> = f.dates.iter().map(|d| d.zone.as_deref()).collect();
        assert_eq!(zones, [Some("et"), Some("ct")]);
        let park = facts_of("By 3 p.m. Central Park was full.");
        assert_eq!(park.dates[0].zone, None);
        let f = facts_of("It began at 7.45pm UK time, or 8.45pm UK time.");
        assert!(f.dates[0].stated_alike(&f.dates[1]));
        assert!(!f.dates[0].compatible(&f.dates[1]));
        assert_eq!(keys("By 6 p.m. Time magazine had it."), ["T18:00"]);
        assert_eq!(
            facts_of("By 6 p.m. Time magazine had it.").dates[0].zone,
            None
        );
        assert!(keys("I am 11 and he is 13 am I right.").is_empty());
        assert!(keys("At 14 pm the pm spoke.").is_empty());
        assert!(keys("The river reached 5.04 meters.").is_empty());
        // The part of the day tells a clock time with no a.m. or p.m.
        assert_eq!(
            keys("The slope collapsed at about 6.15 in the morning."),
            ["T06:15"]
        );
        assert_eq!(keys("They left at 9 in the evening."), ["T21:00"]);
        let f = facts_of("They left at 9 in the evening, police said.");
        assert_eq!(f.dates[0].surface, "9 in the evening");
        assert_eq!(
            keys("Convoys arrived shortly after 8 in the morning."),
            keys("Convoys arrived shortly after 8 a.m.")
        );
        assert_eq!(keys("Roads stay shut until 9 in the evening."), ["T21:00"]);
        assert!(keys("Shares rose after 8 in the morning session.").is_empty());
        assert_eq!(keys("It was 7.30 in the evening when it hit."), ["T19:30"]);
        assert!(keys("Police killed 6 in the morning raid.").is_empty());
        assert!(keys("Shares rose 6.15 in the morning trade.").is_empty());
        // A level reached at a time of day is no time.
        assert!(keys("The euro traded at 1.08 in the morning.").is_empty());
        assert!(keys("Temperatures stood at 9 in the evening.").is_empty());
        assert!(keys("The toll stood at about 10 in the morning.").is_empty());
        assert_eq!(keys("It struck at around 9 in the evening."), ["T21:00"]);
        // A peak is at a time of the day.
        assert_eq!(keys("Demand peaked at 6 in the evening."), ["T18:00"]);
        assert!(keys("Codes 1ä34 and 12é4 GMT are no times.").is_empty());
    }

    #[test]
    fn a_clock_time_with_no_half_of_the_day_may_be_either() {
        let times = |text: &str| facts_of(text).dates;
        let evening = &times("The meeting ended at 8:30 p.m. on Monday.")[0];
        let morning = &times("The meeting ended at 8:30 a.m. on Monday.")[0];
        let d = &times("The meeting ended at half past eight on Monday.")[0];
        assert!(d.either_half);
        assert!(d.compatible(evening) && d.compatible(morning));
        assert_eq!(d.minutes_apart(evening), Some(0));
        // Told, or in digits, of a 24-hour clock: one half only.
        for one in [
            "The meeting ended at half past eight in the morning on Monday.",
            "The meeting ended at half past eight a.m. on Monday.",
            "The meeting ended at 8:30 on Monday.",
            "The meeting ended at 08:30 on Monday.",
            "The meeting ended at 8:30 GMT on Monday.",
        ] {
            let d = &times(one)[0];
            assert!(!d.either_half && !d.compatible(evening), "{one}");
        }
        for told in [
            "The meeting ended at 8:30 in the evening on Monday.",
            "The meeting ended at 8:30 Monday night, officials said.",
            "The meeting ended at half past eight Monday evening.",
        ] {
            let d = &times(told)[0];
            assert!(!d.either_half && d.compatible(evening) && !d.compatible(morning));
        }
        let late = &times("The shots rang out at 2:30 Monday night.")[0];
        assert_eq!(late.time, Some(150));
        let d = &times("The meeting ended at 20:30 on Monday.")[0];
        assert!(!d.either_half && d.compatible(evening) && !d.compatible(morning));
        // Still a time of its own: a quarter of an hour off is another.
        let d = &times("The meeting ended at a quarter to nine on Monday.")[0];
        assert_eq!(d.minutes_apart(evening), Some(15));
        assert!(!d.compatible(evening));
        // Minutes are counted around the clock: five to midnight is near
        // midnight.
        let d = &times("It took effect at about 11:55 p.m. or at midnight.");
        assert_eq!(d[0].minutes_apart(&d[1]), Some(5));
        assert!(d[0].compatible(&d[1]));
    }

    #[test]
    fn the_ends_of_a_span_of_the_day_are_told_one_way() {
        let relations = |text: &str| -> Vec<Option<String>> {
            let dates = facts_of(text).dates;
            let relation = |d: &super::DateMention| d.relation().map(str::to_string);
            dates.iter().map(relation).collect()
        };
        let span = [Some("from".to_string()), None];
        for text in [
            "The ban applies from 7 a.m. to 9 p.m. every day.",
            "The ban applies between 7 a.m. and 8 p.m. every day.",
            "The ban applies from 7 a.m. until 8 p.m. every day.",
            "The ban applies between 7:30 a.m. and about 8 p.m. every day.",
        ] {
            assert_eq!(relations(text), span, "{text}");
        }
        let told = |text: &str| facts_of(text).dates;
        let (a, b) = (
            told("The ban applies from 7 a.m. to 9 p.m. every day."),
            told("The ban applies between 7 a.m. and 8 p.m. every day."),
        );
        assert!(a[1].stated_alike(&b[1]) && !a[1].compatible(&b[1]));
        // A closing is the time a thing ends at.
        let closed = told("Polling stations closed at 9 p.m. on the day.");
        assert!(b[1].stated_alike(&closed[0]) && !b[1].compatible(&closed[0]));
        // Not a time after "and" with no "between" before it, nor an
        // "until" that closes no span; a "from" that opens none is the
        // time a thing starts at.
        assert_eq!(
            relations("Shops open at 7 a.m. and 8 p.m. is when they close."),
            [None, None]
        );
        assert_eq!(
            relations(
                "The bridge is closed from 6 a.m., while the finish area will be closed until \
                 6 p.m."
            ),
            [None, Some("until".to_string())]
        );
    }

    #[test]
    fn a_clock_with_seconds_tells_a_moment_by_its_hour_of_two_digits() {
        assert_eq!(keys("The quake struck at 14:28:04 local time."), ["T14:28"]);
        assert_eq!(keys("It was felt from 02:14:27 GMT."), ["T02:14"]);
        assert_eq!(keys("The first shock came 10:17:23 GMT."), ["T10:17"]);
        // An hour of one digit is a race's time, a figure for `numbers`,
        // unless a.m., p.m. or a zone follows; its minutes and seconds are
        // no clock time either.
        assert!(keys("Kiptoo won the marathon in 2:03:14 on a cool day.").is_empty());
        assert!(keys("He crossed the line after 2:01:09 of running.").is_empty());
        assert_eq!(
            keys("Police were called 21:03:10 on Saturday."),
            ["T21:03", "weekday 6"]
        );
        assert_eq!(
            keys("It came at 9:28:04 a.m. on Monday."),
            ["T09:28", "weekday 1"]
        );
        // Seconds tell moments apart.
        let f = facts_of("It struck at 14:28:04 local time, or at 14:28:40 local time.");
        assert!(!f.dates[0].compatible(&f.dates[1]));
        let f = facts_of("It struck at 14:28:04 local time, or at 14:28 local time.");
        assert!(f.dates[0].compatible(&f.dates[1]));
    }

    #[test]
    fn a_dateline_with_no_place_dates_the_report() {
        let f = facts_of("May 22 (Wire) - The parliament on Thursday approved a plan.");
        assert!(f.dates[0].of_statement);
        assert!(!f.dates[1].of_statement);
        assert!(!facts_of("May 22 (a Friday) - the day it began.").dates[0].of_statement);
    }

    #[test]
    fn a_departure_is_named_by_its_time() {
        assert_eq!(keys("The 14.25 service from Leeds was held."), ["T14:25"]);
        assert_eq!(keys("They boarded the 07.10 to York."), ["T07:10"]);
        assert_eq!(
            keys("Passengers on the 14.25 Leeds to London service waited."),
            ["T14:25"]
        );
        assert!(
            keys("The shares rose to 14.25 on Monday.")
                .iter()
                .all(|k| !k.starts_with('T'))
        );
        assert!(keys("The 1.25 million fine was paid.").is_empty());
    }

    #[test]
    fn clock_times_told_in_words() {
        assert_eq!(keys("A requiem Mass began at noon."), ["T12:00"]);
        assert_eq!(keys("They held a noon Mass."), ["T12:00"]);
        assert_eq!(
            keys("Flights stop from midnight on Friday."),
            ["T00:00", "weekday 5"]
        );
        assert_eq!(keys("The dam broke at a quarter past five."), ["T05:15"]);
        assert_eq!(
            keys("It ended at half past 10 p.m. local time."),
            ["T22:30"]
        );
        assert_eq!(
            keys("They left at a quarter to six in the evening."),
            ["T17:45"]
        );
        let f = facts_of("The dam broke at a quarter past five, after midnight.");
        assert_eq!(f.dates[0].surface, "a quarter past five");
        assert!(f.numbers.is_empty(), "the hour is no count");
        let f = facts_of("The bomb went off at 20 minutes past 3, police said.");
        assert_eq!(f.dates[0].surface, "20 minutes past 3");
        assert!(f.numbers.is_empty(), "the minutes are no span");
        assert_eq!(
            keys("The train left at ten minutes to six in the evening."),
            ["T17:50"]
        );
        assert_eq!(
            keys("It took effect at five minutes to midnight."),
            ["T23:55"]
        );
        assert_eq!(keys("They met at a quarter past noon."), ["T12:15"]);
        // A span from minutes to hours is no clock.
        assert!(keys("Waits grew from 20 minutes to 3 hours.").is_empty());
        // A zone after the hour is the time's.
        let f = facts_of("The truce took effect at noon GMT.");
        assert_eq!(f.dates[0].zone.as_deref(), Some("gmt"));
        // Midnight is as near to a minute past as an estimate.
        let f = facts_of("It took effect at midnight, or at 12:01 a.m. on Monday.");
        assert!(f.dates[0].compatible(&f.dates[1]));
        // Not a clock: a quarter of a figure, a name, a word of a thing.
        assert!(keys("A quarter of the five teams left.").is_empty());
        assert!(keys("In the first half past results were poor.").is_empty());
        assert!(keys("Orders rose by a quarter to 12 billion euros.").is_empty());
        assert!(keys("Exports fell by a quarter to 8 percent.").is_empty());
        assert!(keys("Support grew from a quarter to two-fifths of voters.").is_empty());
        assert!(keys("Midnight Oil played in Sydney.").is_empty());
        assert!(keys("The pope led the Christmas Eve midnight Mass.").is_empty());
        assert!(keys("Gunmen fired during midday prayers.").is_empty());
        assert!(keys("It was high noon in the town.").is_empty());
        // A capitalized word of time, and "12 noon".
        assert_eq!(keys("At midnight, the guns fell silent."), ["T00:00"]);
        let f = facts_of("The truce began at 12 noon.");
        assert_eq!(f.dates[0].surface, "12 noon");
        assert!(f.numbers.is_empty(), "12 is the noon's");
        let f = facts_of("It exploded at noon, or at 12:15 p.m.");
        assert!(!f.dates[0].compatible(&f.dates[1]), "noon is exact");
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

    #[test]
    fn times_in_two_known_zones_are_put_in_one() {
        let time = |text: &str| facts_of(text).dates[0].clone();
        let moscow = time("They landed at 11:20 Moscow time.");
        assert!(moscow.compatible(&time("They landed at 08:20 GMT.")));
        assert!(!moscow.compatible(&time("They landed at 09:20 GMT.")));
        assert!(moscow.same_precision(&time("They landed at 09:20 GMT.")));
        // Not across midnight: the date would shift too.
        let tokyo = time("It struck at 01:30 Tokyo time.");
        assert!(!tokyo.compatible(&time("It struck at 16:30 GMT.")));
        assert!(!tokyo.same_precision(&time("It struck at 16:30 GMT.")));
        // A zone of two offsets or several, or an unknown one, is not put
        // in one.
        let eastern = time("Polls closed at 8 p.m. ET.");
        assert!(!eastern.compatible(&time("Polls closed at 0100 GMT.")));
        assert!(!time("It hit at 9 a.m. IST.").compatible(&time("It hit at 0330 GMT.")));
    }

    #[test]
    fn a_date_opening_its_sentence_dates_the_verb_after_its_subject() {
        assert_eq!(
            event("On Wednesday, they signed a deal to buy the place."),
            event("Under the deal, signed on Thursday, the staff hold most shares.")
        );
        assert_eq!(
            event("On Friday, the board voted to close the plant.").as_deref(),
            Some("vote")
        );
        // Not a statement's verb, nor one past a longer subject.
        assert_eq!(event("On Friday, police said the man had fled."), None);
        assert_eq!(
            event("On Monday, the company's new chief executive officer announced cuts."),
            None
        );
    }

    #[test]
    fn a_date_something_is_planned_for_dates_that_thing() {
        let planned = event("His enthronement is scheduled for June 15 at the cathedral.");
        assert!(planned.is_some());
        assert_eq!(
            planned,
            event("He will be formally enthroned on Sunday, June 8.")
        );
        assert_eq!(
            event("The vote was set for Tuesday.").as_deref(),
            Some("vote")
        );
        // Not a name.
        assert_eq!(event("The trial of Kessler is due on Friday."), None);
        assert_eq!(event("Kessler is due on Friday."), None);
    }

    #[test]
    fn a_weekday_of_another_week_is_stated_as_last_or_next() {
        let first = |text: &str| facts_of(text).dates[0].clone();
        let last = first("The trial opened last Monday.");
        let of_last_week = first("The trial opened on Monday of last week.");
        assert_eq!(of_last_week.preposition, last.preposition);
        assert_eq!(last.preposition.map(super::Term::as_str), Some("last"));
        assert!(!of_last_week.stated_alike(&first("The jury ruled on Thursday.")));
        let next = first("The hearing resumes on Friday next week.");
        assert_eq!(next.preposition.map(super::Term::as_str), Some("next"));
        assert_eq!(
            next.preposition,
            first("It resumes next Friday.").preposition
        );
        // "this week" is the story's.
        let this = first("The hearing resumes on Friday this week.");
        assert!(this.stated_alike(&first("The jury ruled on Thursday.")));
    }

    #[test]
    fn a_season_of_a_year_is_told_as_the_year() {
        let prep = |text: &str| {
            let date = &facts_of(text).dates[0];
            date.preposition.map(|p| p.as_str().to_string())
        };
        let since = prep("It froze for the first time since the winter of 1956.");
        assert_eq!(since.as_deref(), Some("since"));
        assert_eq!(since, prep("It froze for the first time since 1963."));
        for during in [
            "The lake froze in the winter of 1963.",
            "The lake froze during the harsh winter of 1963.",
            "The summer of 2019 was the hottest.",
        ] {
            assert_eq!(prep(during).as_deref(), Some("in"), "{during}");
        }
        let long =
            prep("It froze for the first time since the unusually cold and wet winter of 1963.");
        assert_eq!(long.as_deref(), Some("since"));
        for by in [
            "The work will be done by summer of 2026.",
            "The work will be done by late summer of 2026.",
        ] {
            assert_eq!(prep(by).as_deref(), Some("by"), "{by}");
        }
    }

    #[test]
    fn a_weekday_owning_its_event_dates_it() {
        assert_eq!(keys("Sunday’s storm hit the coast."), ["weekday 7"]);
        let storm = &facts_of("Sunday's storm hit the coast.").dates[0];
        assert_eq!(
            (storm.surface.as_str(), storm.span.clone()),
            ("Sunday", 0..6)
        );
        assert_eq!(storm.preposition.map(super::Term::as_str), Some("on"));
        // It dates the thing it owns, however it is told.
        let thing = |text: &str| {
            facts_of(text).dates[0]
                .event
                .map(|t| t.as_str().to_string())
        };
        assert_eq!(
            thing("Sunday's storm hit the coast.").as_deref(),
            Some("storm")
        );
        let after = &facts_of("He was sacked after Monday's stunning home defeat by Malta.");
        assert_eq!(
            after.dates[0].preposition.map(super::Term::as_str),
            Some("on")
        );
        assert_eq!(
            thing("He was sacked after Monday's stunning home defeat by Malta."),
            thing("Tuesday's defeat was the worst.")
        );
        assert!(thing("Tuesday's defeat was the worst.").is_some());
        let quake = super::super::term("earthquake");
        assert_eq!(
            thing("Friday's quake killed 12.").as_deref(),
            Some(quake.as_str())
        );
        assert_eq!(
            thing("Monday's delayed vote was held.").as_deref(),
            Some("vote")
        );
    }

    /// Whether each date of `text` is the day of a statement.
    fn of_statement_flags(text: &str) -> Vec<bool> {
        facts_of(text)
            .dates
            .iter()
            .map(|d| d.of_statement)
            .collect()
    }

    #[test]
    fn a_date_after_a_verb_of_saying_dates_the_statement() {
        let dates = of_statement_flags;
        assert_eq!(
            dates("Floods hit on Tuesday, officials said on Wednesday."),
            [false, true]
        );
        assert_eq!(
            dates("The firm announced late Monday it would sell."),
            [true]
        );
        assert_eq!(dates("He said the floods hit on Tuesday."), [false]);
        assert_eq!(dates("The blaze was first reported on Sunday."), [false]);
        assert_eq!(dates("Police said Friday's bombing killed 12."), [false]);
        assert_eq!(
            dates("The pilot was unhurt, he told the Daily Courier on Sunday."),
            [true]
        );
        assert_eq!(
            dates("The plant will close, the firm said in a statement on Friday."),
            [true]
        );
        assert_eq!(dates("He said Smith arrived on Monday."), [false]);
        assert_eq!(
            dates(
                "\"Nothing else matters,\" he said in a statement released by Carpat Petrol on Sunday."
            ),
            [true]
        );
        assert_eq!(
            dates("In a statement on Friday, the firm said it would sell."),
            [true]
        );
        assert_eq!(
            dates("The hostages were released by the rebels on Friday."),
            [false]
        );
        assert_eq!(
            dates("It was a raid described by French media on Friday as the biggest."),
            [true]
        );
        assert_eq!(dates("It was announced by the ministry on Friday."), [true]);
        // A passive tells what was declared, as its active with an object
        // does; not in a clause describing something.
        assert_eq!(
            dates("The outbreak was officially declared on 11 November."),
            [false]
        );
        assert_eq!(
            dates("The authority declared an outbreak on November 4."),
            [false]
        );
        assert_eq!(
            dates("It was backed in a ballot whose result was announced on Thursday."),
            [true]
        );
        assert_eq!(
            dates("The authority declared on Tuesday it would act."),
            [true]
        );
        assert_eq!(dates("The winner will be announced on Friday."), [false]);
        assert_eq!(
            dates("Delegates at the UN climate conference on Wednesday agreed to a deal."),
            [false]
        );
        assert_eq!(
            dates("The minister spoke at a news conference on Friday in the capital."),
            [true]
        );
        assert_eq!(
            dates(
                "Her agent confirmed to the Daily Courier and Radio Nova on Friday that she left."
            ),
            [true]
        );
    }

    #[test]
    fn dates_after_on_in_at_or_for_are_stated_alike() {
        let date = |text: &str| facts_of(text).dates[0].clone();
        let meet = date("The committee will next meet on May 28 in the capital.");
        assert!(meet.stated_alike(&date("Its next meeting is scheduled for May 21 there.")));
        // The day a state began is the day of its deed; not so a year
        // (a career's or a company's several starts).
        let shut = date("Seventeen beaches have been shut since Thursday.");
        assert!(shut.stated_alike(&date("Officials closed 11 beaches on Friday.")));
        let year = date("He has led the bank since 2020.");
        assert!(!year.stated_alike(&date("He took office in 2019.")));
        // A day right after its deed's verb is the day it happened on; a
        // year after a verb is no day.
        let found = date("The stone was found Aug. 12 in the mine.");
        assert!(found.stated_alike(&date("The stone was unearthed on 14 August.")));
        let released = date("The ruling, released Tuesday, is final.");
        assert!(released.stated_alike(&date("The ruling was delivered on Thursday.")));
        let built = date("It was a ship launched 1912 in Belfast.");
        assert!(!built.stated_alike(&date("It sank in 1915.")));
        // The day a thing starts from is a day it happens on; a day after a
        // weekday is the weekday's.
        let starts = |text: &str| facts_of(text).dates.last().cloned().unwrap();
        let begins = starts("The campaign will begin on Monday, March 3, in schools.");
        assert!(begins.stated_alike(&date("Teams will visit every school from 10 March.")));
        let walked = date("Handlers walked off the job from 04:00 after talks failed.");
        assert!(walked.stated_alike(&date("The strike started at 5 a.m. at the airport.")));
        assert!(!walked.stated_alike(&date("The strike will go on until 5 a.m. on Sunday.")));
        let set = date("The vote is scheduled for 6 p.m. in the hall.");
        assert!(set.stated_alike(&date("The vote will be held at 8 p.m. in the hall.")));
        // Late in a day is on it; early in one may be the night before.
        let contact = date("The boat last made contact late Thursday, police said.");
        assert!(contact.stated_alike(&date("It was last heard from on Wednesday evening.")));
        assert!(contact.stated_alike(&date("He was freed later Friday, police said.")));
        let night = date("She checked into the clinic on Thursday night.");
        assert!(!night.stated_alike(&date("Early Friday morning, she checked into the clinic.")));
        let sold = date("It was sold between March 2023 and August 2024.");
        assert!(sold.stated_alike(&date("It was sold from January 2023 until August 2024.")));
        assert!(!sold.stated_alike(&date("It was first sold in January 2023.")));
        let walkout = date("Controllers walked out between Monday and Wednesday.");
        assert!(!walkout.stated_alike(&date("Controllers walked out on Tuesday.")));
        let year = date("The export ban took effect in 2021 in the province.");
        assert!(!year.stated_alike(&date("The export ban was extended for 2023 there.")));
        // A date naming its event, before or after it, is no time of the
        // claim's verb ("arrested on March 5" / "the March 3 attack").
        let quake = date("The valley was hit by the 2011 Sarband earthquake.");
        assert!(quake.stated_alike(&date(
            "It never recovered from the Sarband earthquake of 2012."
        )));
        assert!(!quake.stated_alike(&date("An earthquake hit the valley in 2012.")));
        assert!(!quake.stated_alike(&date("The dam is to be finished by the end of 2012.")));
    }

    #[test]
    fn a_datelines_date_is_the_day_of_the_report() {
        let dates = of_statement_flags;
        assert_eq!(
            dates("KARACHI, June 4 (Wire) - The heatwave began on May 31."),
            [true, false]
        );
        assert_eq!(
            dates("BHIWANDRA, India, July 14 (Wire) - It fell on Monday."),
            [true, false]
        );
        assert_eq!(dates("PARIS, Oct. 3 - Talks resumed."), [true]);
        assert_eq!(
            dates("HALVERSON, Okla., April 30 (Wire) - It struck on Tuesday."),
            [true, false],
            "a state's abbreviation"
        );
        assert_eq!(
            dates("SANTA CRUZ DE LA SIERRA, Bolivia, Oct. 12 (Wire) - It fell on Monday."),
            [true, false],
            "a place of many words"
        );
        assert_eq!(dates("On June 4 (a Thursday) it rained."), [false, false]);
        assert_eq!(
            dates("UN envoys met June 4 - a Thursday - in Geneva."),
            [false, false]
        );
    }

    #[test]
    fn a_dateline_ends_at_its_dash() {
        let len = |text: &str| super::dateline_len(&crate::normalize::tokens(text, 0));
        assert_eq!(len("WASHINGTON (AP) - The Senate voted."), 5);
        assert_eq!(
            len("KAMLOOPS, British Columbia - Crews fought the fire."),
            5
        );
        assert_eq!(len("PARIS, Oct. 3 - Talks resumed."), 6);
        assert_eq!(len("May 22 (Wire) - The parliament met."), 6);
        assert_eq!(len("NAIROBI (Reuters) -- Police fired tear gas."), 6);
        assert_eq!(len("NAIROBI, Kenya \u{2014} Police fired tear gas."), 4);
        // The story may open with a quotation mark.
        assert_eq!(len("OSLO, May 2 (Wire) - \"The Tide,\" a play, opened."), 8);
        assert_eq!(
            len("OSLO, May 2 (Wire) - \u{201c}We won,\u{201d} she said."),
            8
        );
        assert_eq!(len("OSLO, May 2 - \"The Tide,\" a play, opened."), 5);
        assert_eq!(len("OSLO (Wire) - \"The Tide,\" a play, opened."), 5);
        assert_eq!(len("KYIV - \"We will not surrender,\" he said."), 2);
        // Not a name and a quotation between dashes.
        let aside =
            "FIFA President Gianni Infantino - \"the best World Cup ever\" - praised Qatar.";
        assert_eq!(len(aside), 0);
        assert_eq!(len("The Senate voted - narrowly - on Monday."), 0);
        assert_eq!(len("UN envoys met June 4 - a Thursday - in Geneva."), 0);
        assert_eq!(len("May 22 (a Friday) - the day it began."), 0);
    }

    #[test]
    fn an_estimated_time_or_year_is_near_the_stated_one() {
        let time = |at: &str| {
            facts_of(&format!(
                "The old block on the east side fell {at}, witnesses said."
            ))
            .dates[0]
                .clone()
        };
        let [around, near, far, exact] = [
            time("at around 4.30 a.m."),
            time("at 4.40 a.m."),
            time("at 2.30 a.m."),
            time("at 4.45 a.m."),
        ];
        assert!(around.approximate && !near.approximate);
        assert_eq!(around.preposition, near.preposition, "stated 'at' both");
        assert_eq!(
            around.preposition,
            time("struck around 4.40 a.m.").preposition
        );
        assert_ne!(around.preposition, time("by 4.30 a.m.").preposition);
        let shortly = time("shortly after 4.30 a.m.");
        assert!(shortly.approximate && shortly.stated_alike(&around));
        assert!(shortly.compatible(&time("at 4.55 a.m.")) && shortly.compatible(&near));
        assert!(
            !shortly.compatible(&time("at 4.20 a.m.")),
            "after, not before"
        );
        assert!(time("just before 4.30 a.m.").compatible(&time("at 4.10 a.m.")));
        assert_ne!(around.preposition, time("after 4.30 a.m.").preposition);
        assert_ne!(around.preposition, time("as of 4.30 a.m.").preposition);
        let year = |text: &str| facts_of(text).dates[0].clone();
        assert!(
            year("The mill was first built in about 2009 by the firm.")
                .stated_alike(&year("The mill was first built in 2012 by the firm."))
        );
        assert!(around.compatible(&near));
        assert!(!around.compatible(&far));
        assert!(!near.compatible(&exact), "exact times must agree exactly");
        let f = facts_of("It was built in about 2009, in 2010 or in 2012.");
        assert!(f.dates[0].compatible(&f.dates[1]));
        assert!(!f.dates[0].compatible(&f.dates[2]));
        assert!(!f.dates[1].compatible(&f.dates[2]));
    }

    #[test]
    fn a_day_after_a_time_of_day_of_it_is_a_day_on_which() {
        let date = |text: &str| facts_of(text).dates[0].clone();
        let wednesday = date("A blast hit the plant on Wednesday.");
        for text in [
            "A blast hit the plant in the early hours of Thursday.",
            "A blast hit the plant on the night of Thursday.",
        ] {
            assert!(date(text).stated_alike(&wednesday), "{text}");
        }
        // Until a day is not on it.
        assert!(!date("They searched until the morning of Thursday.").stated_alike(&wednesday));
        // A part of a year is not the year.
        let end = date("Cuts will be done by the end of 2026.");
        assert!(!end.stated_alike(&date("Cuts will be done by 2027.")));
    }

    #[test]
    fn a_claim_of_two_days_tells_of_a_day_beside_its_own() {
        let two_days = |text: &str| facts_of(text).of_two_days;
        assert!(two_days(
            "Rescuers arrived on Thursday, a day after the dam gave way."
        ));
        assert!(two_days("Talks had collapsed the previous day."));
        assert!(!two_days(
            "Relatives waited throughout the day after a blast early on Thursday."
        ));
        assert!(!two_days(
            "Crowds grew during the day after the storm passed on Sunday."
        ));
    }

    #[test]
    fn a_year_knows_the_beginning_it_dates() {
        let begins = |text: &str| facts_of(text).dates[0].begins;
        for (text, sort) in [
            (
                "Korvex, founded in 2017, grew rapidly.",
                Beginning::Founding,
            ),
            (
                "Launched in 2011 as a regional operator, Aegis grew.",
                Beginning::Founding,
            ),
            (
                "The firm was set up in 1998 by two brothers.",
                Beginning::Founding,
            ),
            ("The bridge was opened in 1991.", Beginning::Opening),
            (
                "The structure, inaugurated in 1989, carries 40,000 cars.",
                Beginning::Opening,
            ),
            ("The 1987-built vessel sank.", Beginning::Opening),
            (
                "The reactor went into commercial operation in 1998.",
                Beginning::Opening,
            ),
            ("The unit has been running since 2001.", Beginning::Opening),
            (
                "Chkhartishvili, who took office in 2019, resigned.",
                Beginning::Office,
            ),
            (
                "The 54-year-old, who had led the National Bank since 2020, quit.",
                Beginning::Office,
            ),
            ("The inquiry began in 2022.", Beginning::Start),
            ("The rules came into force in June 2018.", Beginning::Law),
            (
                "A staffing law enacted in 2019 was ignored.",
                Beginning::Law,
            ),
            (
                "The team, which has been working at the site since 2021, found it.",
                Beginning::Office,
            ),
        ] {
            assert_eq!(begins(text), Some(sort), "{text}");
        }
        for text in [
            // A record's year, a change, a negation, a last time.
            "It beat the previous record of 50.8C set in 2017.",
            "The mark had stood since 2009.",
            "Prices have risen 30% since 2019.",
            "Greece have not played at a World Cup since 2014.",
            "It was the first total eclipse seen from the town since 1941.",
            "Thousands of migrants arrived in 2021.",
            // A day is no year of a beginning.
            "The bridge was opened on March 3, 1991.",
            "The bridge was opened on Monday.",
        ] {
            assert_eq!(begins(text), None, "{text}");
        }
    }

    #[test]
    fn beginnings_of_one_sort_or_a_start_may_be_one() {
        use Beginning::{Founding, Law, Office, Opening, Start};
        assert!(Founding.may_be_one(Founding));
        assert!(
            Opening.may_be_one(Start),
            "an investigation opened, an inquiry begun"
        );
        assert!(
            !Founding.may_be_one(Opening),
            "a strategy launched, a park commissioned"
        );
        assert!(!Office.may_be_one(Start), "a post taken is no work begun");
        assert!(
            !Office.may_be_one(Founding),
            "a job held since is no founding"
        );
        assert!(!Law.may_be_one(Start), "a law enacted, a strike begun");
    }

    #[test]
    fn a_date_knows_the_word_of_its_event() {
        assert_eq!(event("The mine opened in 1967.").as_deref(), Some("open"));
        assert!(event("Sandberg died in 1904.").is_some(), "a short past");
        assert_eq!(
            event("The strike happened at 8:40 p.m.").as_deref(),
            Some("strike"),
            "what happened is the event"
        );
        assert_eq!(
            event("The bolt struck at 9.15pm.").as_deref(),
            Some("strike")
        );
        assert_eq!(
            event("He denied it after his arrest in March 2022.").as_deref(),
            Some("arrest")
        );
        assert_eq!(event("They will cut jobs by the end of 2026."), None);
        assert_eq!(
            event("Crews went back to the warehouse on Wednesday."),
            None
        );
        assert_eq!(event("The aircraft was built in 1976."), None, "a making");
        // A verb before what it was done to, and what took place.
        assert_eq!(
            event("Tugs refloated the stricken tanker Ocean Pearl on Thursday.").as_deref(),
            event("The tanker was refloated on Wednesday.").as_deref()
        );
        assert!(event("Tugs refloated the stricken tanker on Thursday.").is_some());
        assert_eq!(
            event("The spraying took place on May 9.").as_deref(),
            Some("spray")
        );
        assert_eq!(event("He visited friends in the capital on Monday."), None);
        assert_eq!(event("It was the hottest summer in 2019."), None);
        // Irregular pasts, and a word of the time of day between.
        assert_eq!(
            event("The crocodile was caught on Thursday morning.").as_deref(),
            event("It was recaptured early on Wednesday.").as_deref()
        );
        assert_eq!(event("He fled late on Sunday.").as_deref(), Some("flee"));
        // A gathering is dated as a deed is, not a year of one.
        assert_eq!(
            event("The decision, made at a board meeting on Saturday, was unanimous.").as_deref(),
            event("Its board met on Sunday and voted to replace her.").as_deref()
        );
        assert!(event("The hearing on Friday was adjourned.").is_some());
        assert_eq!(event("It was the first meeting in 2019."), None);
        assert_eq!(
            event("Rebels released them late on Sunday.").as_deref(),
            event("They were released on Monday.").as_deref()
        );
        // A verb and its particle are one deed, of one word or two.
        assert_eq!(
            event("The probe lifted off in December 2021.").as_deref(),
            Some("launch")
        );
        assert_eq!(
            event("It was launched in December 2020.").as_deref(),
            Some("launch")
        );
        assert_eq!(
            event("Staff switched it off on Friday.").as_deref(),
            event("The tower was switched off on Friday.").as_deref()
        );
        assert_eq!(
            event("Nurses walked out on Wednesday.").as_deref(),
            Some("strike"),
            "a walkout is a strike"
        );
        assert!(event("He stepped down in 2020.").is_some());
        // A past like its present, before a particle; a shutdown is a
        // switching off.
        assert_eq!(
            event("The tower was shut down on Wednesday.").as_deref(),
            event("The tower was switched off on Friday.").as_deref()
        );
        assert!(event("The tower was shut down on Wednesday.").is_some());
        assert!(event("Output stepped up in 2020.").is_some());
        assert_ne!(
            event("He stepped down in 2020.").as_deref(),
            event("Output stepped up in 2020.").as_deref()
        );
        // Leaving and taking off are one departure; touching down and
        // landing one arrival.
        let left = event("The flight left Perth at 7:30 p.m. on Tuesday.");
        assert_eq!(left.as_deref(), Some("depart"));
        assert_eq!(left, event("The jet took off at 7.50pm on Tuesday."));
        let landed = event("It landed at 6.30am.");
        assert_eq!(landed.as_deref(), Some("arriv"));
        assert_eq!(landed, event("It touched down at 6:12 a.m."));
        // A work's opening, release and debut are one.
        let opened = event("The musical opened on Oct. 3 in Leeds.");
        assert_eq!(opened.as_deref(), Some("releas"));
        assert_eq!(opened, event("The album was released on Oct. 10."));
        assert_eq!(opened, event("Swift released Midnights on Oct. 21."));
        assert_eq!(opened, event("The film debuted on Oct. 10."));
        // Not another thing's opening.
        let wing = event("The hospital opened its new cancer wing on Monday.");
        assert_ne!(
            wing,
            event("The hospital released its annual figures on Tuesday.")
        );
        assert_eq!(wing.as_deref(), Some("open"));
        // A date after a weekday and a comma is the weekday's, its event too.
        let began = facts_of("The walkout began on Monday, Oct. 5, at dawn.");
        assert_eq!(began.dates.len(), 2);
        assert_eq!(began.dates[1].event, began.dates[0].event);
        assert!(began.dates[1].event.is_some());
    }

    #[test]
    fn a_night_and_the_next_small_hours_are_one_time() {
        let day = |text: &str| facts_of(text).dates[0].clone();
        let night = day("It fell to minus 21C on Tuesday night.");
        assert_eq!(night.night, Some(super::NightPart::Evening));
        let hours = day("It fell to -18C in the early hours of Wednesday.");
        assert_eq!(hours.night, Some(super::NightPart::SmallHours));
        assert!(night.compatible(&hours) && hours.compatible(&night));
        assert!(!night.another_day(&hours) && !hours.another_day(&night));
        // Told other ways: late on a day, early on the next, before dawn.
        for (evening, small) in [
            (
                "The fire broke out late on Sunday.",
                "It began early Monday.",
            ),
            (
                "The fire broke out on the night of Sunday.",
                "It began before dawn on Monday.",
            ),
            (
                "The fire broke out late Sunday.",
                "It began in the small hours of Monday.",
            ),
        ] {
            assert!(day(evening).compatible(&day(small)), "{evening} / {small}");
        }
        // Not the night before, nor two days, nor a day told without its
        // part of the night.
        let before = day("It fell to -18C in the early hours of Monday.");
        assert!(!night.compatible(&before) && night.another_day(&before));
        let wednesday = day("It fell to minus 21C on Wednesday night.");
        let tuesday_hours = day("It fell to -18C in the early hours of Tuesday.");
        assert!(!wednesday.compatible(&tuesday_hours) && wednesday.another_day(&tuesday_hours));
        let later = day("It fell to -18C in the early hours of Thursday.");
        assert!(!night.compatible(&later) && night.another_day(&later));
        let plain = day("It fell to -18C on Wednesday.");
        assert!(!night.compatible(&plain) && night.another_day(&plain));
        assert!(day("It opened on Tuesday evening.").night.is_none());
        assert!(
            day("Talks ran into the final hours of Wednesday.")
                .night
                .is_none()
        );
        // A part of the day after it tells which.
        assert!(
            day("The fire broke out late Tuesday afternoon.")
                .night
                .is_none()
        );
        assert!(
            day("The fire broke out late Tuesday morning.")
                .night
                .is_none()
        );
        assert!(day("It began early Wednesday evening.").night.is_none());
        let morning = day("It began early Wednesday morning.");
        assert_eq!(morning.night, Some(super::NightPart::SmallHours));
        // The week goes round: Sunday's night and Monday's small hours.
        let sunday = day("Police were called on Sunday night.");
        assert!(sunday.compatible(&day("Police were called early on Monday.")));
    }

    #[test]
    fn last_year_tells_of_an_earlier_year() {
        let earlier = |text: &str| facts_of(text).of_an_earlier_year;
        assert!(earlier(
            "Last year, fires burned more than 2.8 million hectares."
        ));
        assert!(earlier(
            "The fires of the previous year burned 2.8 million hectares."
        ));
        assert!(earlier(
            "It beat last year's record of 2.8 million hectares."
        ));
        assert!(!earlier(
            "Fires have burned 1.1 million hectares this year."
        ));
        assert!(!earlier(
            "Unemployment rose to 5.2%, up from 4.9% a year earlier."
        ));
        assert!(!earlier("It was the worst storm since last year."));
        assert!(!earlier(
            "Farmers had threshed 68 percent of the area, well above last year's level."
        ));
        assert!(!earlier("Sales rose 4 percent compared with last year."));
        assert!(earlier("Sales rose 4 percent last year."));
        assert!(earlier(
            "Figures show a 9 per cent drop in sales in the last financial year."
        ));
        assert!(!earlier("Sales fell 9 per cent in the last quarter."));
    }
}
