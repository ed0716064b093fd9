//! Numbers: digits (`1,200`, `6.1`, `3bn`, `80th`), words (`twenty-six`,
//! `a dozen`, `tens of thousands`), scales (`1.2 million`), percentages,
//! money and ranges (`10 to 12`, `10-12`), each as an interval with its
//! exactness (`around 26`, `more than 20`, `up to 12`), plus what it counts:
//! the head noun after it (`26 world leaders` -> `leader`).

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::words::{self, Hedge};
use super::{folded_at, is_content, stem};
use crate::normalize::{Token, TokenKind};

/// What sort of figure a quantity is; only figures of one sort compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum QuantityKind {
    /// A number of things: `26 world leaders`, `a dozen`.
    Count,
    /// A rank or position: `80th`, `third`.
    Ordinal,
    /// A percentage (`45%`, `45 per cent`), valued in percent, not as a fraction.
    Percent,
    /// An amount of money: a figure with a currency word or symbol.
    Money,
    /// The result of two sides, a match's score or a vote's split (`4-1`,
    /// `a 3-2 verdict`), valued as its greater side times a thousand plus
    /// its lesser: only the same split agrees.
    Score,
}

/// How exactly a figure is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exactness {
    /// One plain value with no hedge: `26`.
    Exact,
    /// `around 26`, `nearly 30`.
    Approximate,
    /// `more than 20`, `at least 12`.
    AtLeast,
    /// `up to 12`, `fewer than 5`.
    AtMost,
    /// `10 to 12`.
    Range,
    /// `dozens`, `tens of thousands`.
    Vague,
}

/// A figure as written, with the interval of values it allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The figure as written, with any hedge and the noun it counts (`more than 20 people`).
    pub surface: String,
    /// Byte span of the figure, hedge and unit in the source's original text.
    pub span: Range<usize>,
    /// What sort of figure it is; only figures of the same kind are compared.
    pub kind: QuantityKind,
    /// The least value the figure allows, after hedges and unit conversion.
    pub low: f64,
    /// The greatest value the figure allows (infinite for `more than`).
    pub high: f64,
    /// How exactly the figure is stated (plain, hedged, a range or vague).
    pub exactness: Exactness,
    /// The value as written, before any hedge.
    pub stated: f64,
    /// Stem of the noun it counts (`leader`, `kill`, `anniversari`), or `age`.
    pub unit: Option<String>,
    /// Currency code for money (`usd`).
    pub currency: Option<Box<str>>,
    /// Stemmed content words near the figure.
    pub context: Box<[super::Term]>,
    /// The outcome (an index into `words::OUTCOMES`: deaths, injuries…)
    /// named nearest the figure, if any: in "killing at least 38 people and
    /// injuring 400", the 38 are deaths.
    pub outcome: Option<u8>,
    /// For an amount of money, the share of a whole it states, if any:
    /// `cash` in "$281 million in cash", `part` in "$281 million of the
    /// purchase price", `each` in "$31 a share". A share and a whole are
    /// different amounts. For a percentage, `whole` where it is told as a
    /// share of one ("6 percent of its turnover").
    pub share: Option<&'static str>,
    /// How many of its base unit the unit it was written in is (1852 for
    /// nautical miles of metres; 1 for a figure written in its base unit or
    /// in none): figures of one measure written in two units were
    /// converted, and so rounded, by one of the writers.
    pub written_factor: f32,
    /// Whether it counts some of a figure before it ("Fourteen people,
    /// including three children"): a part within, not one to add.
    pub within: bool,
    /// Whether it is a margin, the amount by which one thing beats or
    /// changes ("won by seven wickets", "rose by 12", "shares fell 4.1
    /// percent"): no count of what it names ("had taken 11 wickets"), nor
    /// a share of a whole.
    pub margin: bool,
    /// For a score, whether it is one of the play ("led 3-1", "at 5-5";
    /// see [`of_the_play`]): one moment of a match, not its outcome to set
    /// against another sentence's.
    pub in_play: bool,
    /// For an age, whether it stands for the person, told of before ("The
    /// 24-year-old improved…", "the 23-year-old fourth seed"): how a story
    /// names the one it is about once it has named them.
    pub by_age_alone: bool,
    /// What narrows what the figure counts or measures, if anything (most
    /// figures have nothing: boxed apart, it costs them one pointer).
    pub narrowed: Option<Box<Narrowed>>,
}

/// The words that narrow what a figure counts or measures: whose, from
/// where, of which kind, of what.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Narrowed {
    /// For an age, the folded name parts of whose age it is: `duncan`,
    /// `rait` in "36-year-old Duncan Rait" or "Duncan Rait, 36," (set once
    /// the claim's names are known, by `name_ages`).
    pub subject: Box<[String]>,
    /// The place a distance is measured from, folded: `harlow` in "40
    /// kilometres (25 miles) north of the town of Harlow".
    pub reference: Option<Box<str>>,
    /// Names that narrow what a count counts, folded: `intel`, `atom` in
    /// "384 Intel Atom processors". Counts of differently named things
    /// ("Atom" / "Xeon" processors) are different facts.
    pub names: Box<[Box<str>]>,
    /// For a hyphenated measure, stems of the words it describes: `stay`
    /// in "a 90-day stay". Measures of different things ("a 90-day stay" /
    /// "a 30-day program") are different facts.
    pub measured: Box<[super::Term]>,
    /// For a length, the extent it gives, from a word beside it: `length`
    /// in "623 feet long", `distance` in "about 2 km downstream"; for a
    /// span of time, `lasting` where it is how long a deed lasted ("took 16
    /// hours").
    pub extent: Option<&'static str>,
    /// The span of time it is a rate over, if any: `day` in "450,000
    /// passengers a day", `year` in "2 million tonnes annually"; or the
    /// measure it is a rate per: `litre` in "50 micrograms per litre",
    /// `share` in "$42 a share". A rate and a total are different facts,
    /// as are rates per two measures.
    pub rate: Option<&'static str>,
    /// For an age, the stem of the noun of whom it is told, if one:
    /// `man` in "a 62-year-old Japanese man", `engin` in "the engineer,
    /// 57,"; none in "The 36-year-old, arrested…".
    pub whom: Option<super::Term>,
    /// For a percentage of change, which way and of what (see [`Change`]).
    pub change: Option<Change>,
}

/// The change a percentage tells, as the words beside it give it: which
/// way, and what changes ("sales fell 4.5%", "turnover grew by 6%", "a 9
/// per cent drop in sales", "a 6.5% pay rise").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// Whether the thing rose (or fell).
    pub rising: bool,
    /// The canonical stem of what changes: `sale` of "sales" and of
    /// "revenue", `share` of "shares" and of "stock".
    pub of: super::Term,
}

impl Quantity {
    /// Whether two figures allow a common value. Two approximations (or two
    /// lower or upper bounds) agree only when their stated values are close
    /// (within 5%, or when written in two units within the rounding of the
    /// coarser up to 10%: "about 150" and "about 200" differ; or one a
    /// round figure of millions of one digit, within 10%: "roughly £3m"
    /// and "about £3.2 million" agree); an
    /// approximation allows 5% either way around an exact figure or an
    /// interval. Two ranges written in one unit agree only when their ends
    /// do.
    pub fn compatible(&self, other: &Quantity) -> bool {
        // A whole degree is a reading rounded ("49C" / "48.8C"); not a
        // half degree, nor a small figure, often a change ("1.5C warmer" /
        // "2C warmer").
        let whole_degree = |q: &Quantity, other: &Quantity| {
            q.unit.as_deref() == Some("celsius")
                && other.unit == q.unit
                && q.exactness == Exactness::Exact
                && q.stated.fract() == 0.0
                && q.stated.abs() >= 10.0
                && (other.stated - q.stated).abs() < 0.5
        };
        if whole_degree(self, other) || whole_degree(other, self) {
            return true;
        }
        // Two ranges written in one unit state their ends: they agree only
        // when the ends do ("aged 68 to 71" / "aged 69 to 71"). Converted
        // (degrees Fahrenheit are read in Celsius), they agree where they
        // meet, as any two intervals do.
        if self.exactness == Exactness::Range
            && other.exactness == Exactness::Range
            && self.written_factor == other.written_factor
            && self.unit.as_deref() != Some("celsius")
        {
            return self.low == other.low && self.high == other.high;
        }
        // Two approximations, or two bounds of one sort ("at least 38" and
        // "at least 41" killed), state a figure each: they agree only when
        // the figures are close.
        let hedged = matches!(
            self.exactness,
            Exactness::Approximate | Exactness::AtLeast | Exactness::AtMost
        );
        if hedged && self.exactness == other.exactness {
            let (a, b) = (self.stated, other.stated);
            // Degrees have no zero to take a share of: one reading within
            // the other's rounding agrees with it ("about 38 degrees
            // Fahrenheit", 1.8C to 4.9C, is "around 3C"; "about 2C warmer"
            // is not "around 3C warmer").
            let degrees = self.unit.as_deref() == Some("celsius")
                && other.unit == self.unit
                && self.exactness == Exactness::Approximate;
            let within = |x: f64, q: &Quantity| q.low <= x && x <= q.high;
            if degrees {
                return within(a, other) || within(b, self);
            }
            // Written in two units, one was converted, and may be rounded
            // to its last digit, up to a tenth ("about 1.5 nautical miles"
            // / "nearly 3km"; not "about 27,300 nautical miles" / "some
            // 46,000 kilometres").
            let written = |q: &Quantity| half_last_digit(q.stated / f64::from(q.written_factor));
            let close = if self.written_factor == other.written_factor {
                0.05
            } else {
                written(self).max(written(other)).clamp(0.05, 0.1)
            };
            // A round figure of millions of one significant digit
            // ("roughly £3m") is rounded coarser: the other may be up to a
            // tenth off ("about £3.2 million"; not "about 2.8km" of "about
            // 3km", nor "about 1,080" of "some 1,000").
            let millions = |x: f64| round_step(x).is_some_and(|step| step >= 1e6);
            let round = millions(a) || millions(b);
            let close = if self.exactness == Exactness::Approximate && round {
                close.max(0.1)
            } else {
                close
            };
            return (a - b).abs() <= close * a.abs().max(b.abs())
                || self.exactness == Exactness::AtLeast
                    && round_step(a.min(b)).is_some_and(|step| a.max(b) < a.min(b) + step);
        }
        // Exact measures written in one unit, neither converted, differ by
        // less than half the last decimal of the one written to fewer
        // places: "42.2 km" is "42.195 km", but "56.419 km" is not
        // "56.491km". Degrees Fahrenheit are converted by more than a
        // factor, and spans of time keep the rounding of their seconds.
        if self.exactness == Exactness::Exact
            && other.exactness == Exactness::Exact
            && self.unit == other.unit
            && self.measures_a_thing()
            && self.unit.as_deref() != Some("celsius")
            && self.written_factor == other.written_factor
        {
            let written = |q: &Quantity| q.stated / f64::from(q.written_factor);
            let (a, b) = (written(self), written(other));
            return (a - b).abs() < half_last_decimal(a).max(half_last_decimal(b)) * (1.0 - 1e-9);
        }
        // A relative tolerance for rounding, from finite bounds only ("more
        // than 20" has no upper bound, and must not tolerate everything).
        let scale = [self.low, self.high, other.low, other.high]
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(1.0_f64, |m, v| m.max(v.abs()));
        let slack = 1e-9 * scale;
        let (own, others) = (self.rounding_beside(other), other.rounding_beside(self));
        self.low - own <= other.high + others + slack
            && other.low - others <= self.high + own + slack
    }

    /// How far an exact measure written in the unit it is held in may be
    /// off by its rounding, beside one converted into it from another unit
    /// (feet, or kilometres, into metres): half its last decimal ("the
    /// 130-metre vessels" / "426 feet long", 129.8 m). A converted figure's
    /// interval already holds its own rounding.
    fn rounding_beside(&self, converted: &Quantity) -> f64 {
        let unconverted = |q: &Quantity| q.written_factor == 1.0;
        if self.exactness == Exactness::Exact
            && unconverted(self)
            && !unconverted(converted)
            && self.measures_a_thing()
        {
            half_last_decimal(self.stated)
        } else {
            0.0
        }
    }

    /// Whether it counts ten or more, or spans ten minutes or more (spans
    /// of minutes are held in hours): a figure that says enough of what
    /// it tells to tie two claims stating it alike ("19 crew", "in 38
    /// minutes").
    pub fn ten_or_more(&self) -> bool {
        let per_unit = if self.unit.as_deref() == Some("hour") {
            60.0
        } else {
            1.0
        };
        self.low * per_unit >= 10.0
    }

    /// Whether it is a winner's lead ("won with a majority of 4,215"),
    /// which is counted in votes.
    pub fn is_majority(&self) -> bool {
        self.unit.as_deref() == Some(MAJORITY)
    }

    /// Whether it is an age ("Tom Bell, 32,", "a 36-year-old"), of the past
    /// ("as a 15-year-old") or of a thing ("the 150-year-old business")
    /// too.
    pub fn is_age(&self) -> bool {
        self.unit
            .as_deref()
            .is_some_and(|u| u == "age" || u.starts_with("age "))
    }

    /// Whether it is a bound: "up to 1.5 metres", "more than 100".
    pub fn is_bound(&self) -> bool {
        matches!(self.exactness, Exactness::AtLeast | Exactness::AtMost)
    }

    /// Whether it is a range of ages, a group's ("245 spellers aged 8 to
    /// 15"): no one's age ("Tobias Lindqvist, 14").
    pub fn is_ages_of_a_group(&self) -> bool {
        self.is_age() && self.exactness == Exactness::Range
    }

    /// Whether it is a person's age now: not one of the past, nor a
    /// thing's.
    pub fn is_age_now(&self) -> bool {
        self.unit.as_deref() == Some("age")
    }

    /// Whether it measures (a span of time, a length, a weight, an area, a
    /// temperature, a speed) rather than counts.
    pub fn measures(&self) -> bool {
        let span_of_time =
            (self.unit.as_deref()).is_some_and(|u| words::SPANS_OF_TIME.contains(&u));
        span_of_time || self.measures_a_thing()
    }

    /// Whether it measures a thing (a length, a weight, an area, a
    /// temperature, a speed, a power, a volume), not a span of time.
    pub fn measures_a_thing(&self) -> bool {
        self.unit.as_deref().is_some_and(is_base_unit_of_a_thing)
    }

    /// Whether it names no one in particular: nothing ("nine"), "people",
    /// or what befell them ("nine hurt", "24 killed").
    pub fn names_no_one(&self) -> bool {
        (self.unit.as_deref()).is_none_or(|unit| unit == "peopl" || names_an_outcome(unit))
    }

    /// Whether it counts people, or names nothing it counts.
    pub fn counts_people(&self) -> bool {
        self.unit.as_deref().is_none_or(counts_people)
    }

    /// Whether it counts people of any sort ("four people", "two users",
    /// "73 members"), or names nothing it counts.
    pub fn counts_persons(&self) -> bool {
        self.unit.as_deref().is_none_or(counts_persons)
    }

    /// Whether two figures count the same kind of thing, so that different
    /// values are a conflict rather than two different facts.
    pub fn counts_same_thing(&self, other: &Quantity) -> bool {
        if self.kind != other.kind || self.rate() != other.rate() {
            return false;
        }
        match self.kind {
            QuantityKind::Money => self.currency == other.currency && self.share == other.share,
            // Shares that make up a whole together, told beside other words
            // ("shareholders will own 58%" / "investors will hold 42
            // percent"), are its two sides; beside the same words ("turnout
            // was 45 percent" / "55 percent") one share told two ways.
            QuantityKind::Percent => {
                let whole = (self.stated + other.stated - 100.0).abs() <= 0.01;
                let same_words = self.context.iter().all(|t| other.context.contains(t))
                    && other.context.iter().all(|t| self.context.contains(t));
                // A change ("shares fell 4.1 percent") is no share of a
                // whole ("about 6 percent of its turnover").
                let change_and_share = |x: &Quantity, y: &Quantity| x.margin && y.share.is_some();
                self.context_overlaps(other)
                    && (!whole || self.stated == other.stated || same_words)
                    && !change_and_share(self, other)
                    && !change_and_share(other, self)
            }
            // A match's result is one fact; scores of its play ("led
            // 3-1", "strapped at 2-2") are moments of it, each its own. A
            // vote is no match ("voted 412 to 90" / "a 3-1 win"; see
            // `split_sort`).
            QuantityKind::Score => {
                let sorts = [self.unit.as_deref(), other.unit.as_deref()];
                let vote_and_match =
                    sorts.contains(&Some("vote")) && sorts.contains(&Some("match"));
                !self.in_play && !other.in_play && !vote_and_match
            }
            QuantityKind::Count | QuantityKind::Ordinal => match (&self.unit, &other.unit) {
                // "30 miles north of Leeds" and "300 km north of London"
                // measure from different places.
                (Some(a), Some(b)) if same_unit(a, b) => {
                    self.is_ages_of_a_group() == other.is_ages_of_a_group()
                        && self.outcome == other.outcome
                        && self.margin == other.margin
                        && (self.reference().is_none()
                            || other.reference().is_none()
                            || self.reference() == other.reference())
                        && self.may_be_of_one_subject(other)
                        && !self.names_differ(other)
                        && self.may_measure_one_thing(other)
                        && !self.extents_differ(other)
                }
                // "83 dead" and "the death toll rose to 78": one outcome,
                // counted in people or unnamed.
                // A part within a figure ("including three children") is
                // compared only with a count of its own unit.
                (a, b) => {
                    let of_people = |u: &Option<String>| u.as_deref().is_none_or(counts_people);
                    // Two parts of a whole neither names, told beside one
                    // word ("12 of them were back in full training" /
                    // "Fifteen of them are back in full training").
                    let parts_alike = self.within
                        && other.within
                        && a.is_none()
                        && b.is_none()
                        && self.context_overlaps(other);
                    self.kind == QuantityKind::Count
                        && (!self.within
                            && !other.within
                            && self.outcome.is_some()
                            && self.outcome == other.outcome
                            && of_people(a)
                            && of_people(b)
                            || parts_alike)
                }
            },
        }
    }

    /// Whether the ages of two figures may be one person's: unless both
    /// name whose age they give and the names share no part, spelled alike
    /// or as a variant ("Rait" / "Raite").
    fn may_be_of_one_subject(&self, other: &Quantity) -> bool {
        self.subject().is_empty()
            || other.subject().is_empty()
            || self.subject().iter().any(|p| {
                other
                    .subject()
                    .iter()
                    .any(|q| crate::align::parts_variant(p, q))
            })
    }

    /// Of whom an age is told (see [`Narrowed::whom`]).
    pub fn whom(&self) -> Option<super::Term> {
        self.narrowed.as_deref().and_then(|n| n.whom)
    }

    /// Whose age it is (see [`Narrowed::subject`]).
    pub fn subject(&self) -> &[String] {
        self.narrowed.as_deref().map_or(&[], |n| &n.subject)
    }

    /// The place a distance is measured from (see [`Narrowed::reference`]).
    pub fn reference(&self) -> Option<&str> {
        self.narrowed
            .as_deref()
            .and_then(|n| n.reference.as_deref())
    }

    /// Names that narrow what a count counts (see [`Narrowed::names`]).
    pub fn names(&self) -> &[Box<str>] {
        self.narrowed.as_deref().map_or(&[], |n| &n.names)
    }

    /// What a hyphenated measure describes (see [`Narrowed::measured`]).
    pub fn measured(&self) -> &[super::Term] {
        self.narrowed.as_deref().map_or(&[], |n| &n.measured)
    }

    /// Whether each figure names something the other does not: "384 Intel
    /// Atom processors" and "64 Intel Xeon processors".
    fn names_differ(&self, other: &Quantity) -> bool {
        let lacks = |x: &Quantity, y: &Quantity| x.names().iter().any(|n| !y.names().contains(n));
        lacks(self, other) && lacks(other, self)
    }

    /// Whether two hyphenated measures may describe one thing: unless both
    /// say what they describe and share no word of it ("a 90-day
    /// court-mandated stay" / "a 30-day program").
    fn may_measure_one_thing(&self, other: &Quantity) -> bool {
        self.measured().is_empty()
            || other.measured().is_empty()
            || self.measured().iter().any(|w| other.measured().contains(w))
    }

    /// Whether two lengths say which extent they give, and give different
    /// ones: "a ship about 623 feet long" and "anchored about 2 km
    /// downstream".
    fn extents_differ(&self, other: &Quantity) -> bool {
        // A radius is a distance from its centre ("within 3 km" / "up to 5
        // km away").
        let of_distance = |e: &'static str| if e == "radius" { "distance" } else { e };
        matches!((self.extent(), other.extent()),
            (Some(a), Some(b)) if of_distance(a) != of_distance(b))
    }

    /// The span of time or the measure it is a rate over, if any (see
    /// [`Narrowed::rate`]).
    pub fn rate(&self) -> Option<&'static str> {
        self.narrowed.as_deref().and_then(|n| n.rate)
    }

    /// The extent a length gives, if a word beside it says, or `lasting`
    /// for how long a deed lasted (see [`Narrowed::extent`]).
    pub fn extent(&self) -> Option<&'static str> {
        self.narrowed.as_deref().and_then(|n| n.extent)
    }

    /// For a percentage of change, which way and of what, if its words
    /// tell both.
    pub fn change(&self) -> Option<Change> {
        self.narrowed.as_deref().and_then(|n| n.change)
    }

    /// Whether two figures are changes of one thing one way (see
    /// [`Change`]).
    pub fn changes_alike(&self, other: &Quantity) -> bool {
        self.change().is_some() && self.change() == other.change()
    }

    /// Whether a word near one figure is near the other too.
    pub fn context_overlaps(&self, other: &Quantity) -> bool {
        self.context.iter().any(|w| other.context.contains(w))
    }

    /// The figure's central value, for display and sorting.
    pub fn value(&self) -> f64 {
        if self.high.is_finite() {
            (self.low + self.high) / 2.0
        } else {
            self.low
        }
    }
}

/// Whether the figure at tokens `start..end` is introduced as some of a
/// figure before it: "including three children", "among them three
/// officers", "of whom three were children", "two of whom were disguised",
/// "the other three men", "the remaining 40 passengers".
fn within_a_figure(tokens: &[Token], start: usize, end: usize) -> bool {
    let before = |back: usize| {
        start
            .checked_sub(back)
            .map_or("", |k| tokens[k].folded.as_str())
    };
    let after = |k: usize| tokens.get(end + k).map_or("", |t| t.folded.as_str());
    matches!(before(1), "including" | "other" | "remaining")
        || matches!(before(2), "among" | "of") && matches!(before(1), "them" | "whom")
        || after(0) == "of" && matches!(after(1), "them" | "whom")
}

/// Whether the figure at tokens `start..end` (its unit included) counts
/// what is left of something: "their remaining two games", "their three
/// games remaining", "with only three laps left", "who have two games
/// remaining", "with 10 minutes to go", "five minutes from the end" or
/// "from time". What
/// is left after a figure is so only after "with" or "have" (or, for
/// "remaining", a possessive): "20 people left the building" did not
/// stay, nor are "the 200 residents remaining in the village" some of a
/// count; and "left" before a word of content is a deed ("with 2,000
/// people left homeless").
fn left_over(tokens: &[Token], start: usize, end: usize) -> bool {
    let after = |k: usize| tokens.get(end + k).map_or("", |t| t.folded.as_str());
    let before = |k: usize| {
        start
            .checked_sub(k)
            .map_or("", |j| tokens[j].folded.as_str())
    };
    let possessive = |k: usize| words::POSSESSIVES.contains(before(k));
    if before(1) == "remaining" && possessive(2) {
        return true;
    }
    let adverb = usize::from(matches!(before(1), "only" | "just" | "still"));
    let with = matches!(before(1 + adverb), "with" | "have" | "has" | "had");
    // "their three games remaining", not "the 200 residents remaining".
    let owned = possessive(1);
    let left = after(0) == "left"
        && tokens
            .get(end + 1)
            .is_none_or(|t| t.kind != TokenKind::Word || !super::is_content(t.base()));
    let to_go = after(0) == "to" && matches!(after(1), "go" | "play");
    // Time left to play: "25 minutes from time", "five minutes before the
    // end" (not "50 metres from the end of the runway").
    let of_play = end > 0
        && matches!(
            tokens[end - 1].base(),
            "minute" | "minutes" | "lap" | "laps"
        );
    let to_the_end = of_play
        && (after(0) == "from" && after(1) == "time"
            || matches!(after(0), "from" | "before")
                && after(1) == "the"
                && matches!(after(2), "end" | "finish" | "whistle"));
    (with || owned) && after(0) == "remaining" || with && (left || to_go) || to_the_end
}

/// If a figure is a round floor of a hundred or more, of one significant
/// digit ("more than 3,000"), the step to the next such floor (1,000): it
/// gives an order of size, not a count, so a greater floor below the next
/// step ("at least 3,400", not "more than 4,000") keeps within it.
fn round_step(value: f64) -> Option<f64> {
    if value < 100.0 || value.fract() != 0.0 || value > 1e15 {
        return None;
    }
    let (mut digits, mut step) = (value as u64, 1.0);
    while digits % 10 == 0 {
        digits /= 10;
        step *= 10.0;
    }
    (digits < 10).then_some(step)
}

/// Whether a unit counts people: `people`, `victims`, or an outcome that
/// befalls them (`dead`, `injured`).
fn counts_people(unit: &str) -> bool {
    same_unit(unit, "peopl") || words::PERSONS.contains(unit) || names_an_outcome(unit)
}

/// Whether a unit stem is a word of what befell people ("hurt" of "nine
/// hurt"; see [`words::OUTCOMES`]).
fn names_an_outcome(unit: &str) -> bool {
    (words::OUTCOMES.iter()).any(|group| group.iter().any(|g| stem_is(unit, g)))
}

/// Whether a unit stem counts people of any sort: people at large, or of
/// a role ("passengers", "users", "members").
pub fn counts_persons(unit: &str) -> bool {
    counts_people(unit) || words::ROLES.contains(unit)
}

/// Whether two unit stems name the same kind of thing.
pub fn same_unit(a: &str, b: &str) -> bool {
    a == b
        || super::paraphrase(a).is_some_and(|p| super::paraphrase(b) == Some(p))
        || synonym_groups(a).any(|group| synonym_groups(b).any(|other| other == group))
}

/// The groups of [`words::SYNONYMS`] a stem is in, as [`stem_is`] reads
/// an entry: the stem itself, or it less an ending of a letter or two
/// that leaves five letters at least.
fn synonym_groups(stem: &str) -> impl Iterator<Item = usize> {
    static GROUPS: OnceLock<FxHashMap<&'static str, Vec<usize>>> = OnceLock::new();
    let groups = GROUPS.get_or_init(|| {
        let mut map: FxHashMap<&'static str, Vec<usize>> = FxHashMap::default();
        for (n, group) in words::SYNONYMS.iter().enumerate() {
            for word in group.iter() {
                map.entry(word).or_default().push(n);
            }
        }
        map
    });
    let whole = groups.get(stem).into_iter().flatten();
    let cut = (1..=2)
        .filter_map(move |less| stem.get(..stem.len().checked_sub(less)?))
        .filter(|entry| entry.len() >= 5)
        .flat_map(|entry| groups.get(entry).into_iter().flatten());
    whole.chain(cut).copied()
}

/// Finds the figures among `tokens` not already `used`, marking the ones they use.
pub fn extract(tokens: &[Token], original: &str, used: &mut [bool]) -> Vec<Quantity> {
    let title_case = super::entities::is_title_case(tokens);
    let mut out = Vec::new();
    // The tokens of each figure, with what it counts.
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if used[i] {
            i += 1;
            continue;
        }
        // "three quarters of a million": the figure is the million's.
        if share_before(tokens, i + 3).is_some_and(|(_, words)| words == 3) {
            i += 3;
            continue;
        }
        // "Flight 1282", and a number word capitalized in a name ("beat
        // Denmark's Helix Five three games to one").
        let numeral = tokens[i].kind == TokenKind::Number
            || tokens[i].kind == TokenKind::Word && tokens[i].capitalized;
        // (Read only of a figure: most capitalized words are none.)
        let identifier = || !title_case && numeral && names_before(tokens, i);
        // "50.8C" is in degrees; "5c" is cents, left unread.
        let cents = tokens[i].kind == TokenKind::Number && tokens[i].text(original).ends_with('c');
        let Some(mut figure) = figure_at(tokens, i).filter(|_| !cents && !identifier()) else {
            i += 1;
            continue;
        };
        let share = share_before(tokens, i);
        if let Some((share, _)) = share {
            (figure.low, figure.high) = (figure.low * share, figure.high * share);
        }
        let suffix = tokens[i]
            .folded
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        // "minus 38 degrees Celsius"; a sign glued to degrees, "-20C",
        // "-4 degrees" (not a range's dash, "10-20C", nor "-0.5%", which
        // a verb of falling may tell as "0.5%").
        let minus = share.is_none() && i > 0 && {
            let sign = &tokens[i - 1];
            let glued_sign = sign.is_punct('-')
                && !tokens[i].space_before
                && (i == 1 || sign.space_before || tokens[i - 2].kind == TokenKind::Punct);
            let degrees = suffix == "c"
                || fahrenheit_glued(tokens, suffix)
                || degree_sign(tokens, figure.end)
                || matches!(folded_at(tokens, figure.end), "degrees" | "degree");
            sign.folded == "minus" || glued_sign && degrees
        };
        let before = i - share.map_or(usize::from(minus), |(_, words)| words);
        let (start, hedge) = hedge_before(tokens, before, figure.currency_before);
        // "1.5m people" counts millions, "fell 200m" measures metres.
        let millions = suffix == "m"
            && figure.kind != QuantityKind::Money
            && tokens
                .get(figure.end)
                .is_some_and(|t| counts_many(t.base()));
        if millions {
            (figure.low, figure.high) = (figure.low * 1e6, figure.high * 1e6);
        }
        let glued = if let Some(unit) = figure.on_a_clock {
            Some(unit.to_string())
        } else {
            (tokens[i].kind == TokenKind::Number && figure.kind != QuantityKind::Money && !millions)
                .then(|| {
                    (fahrenheit_glued(tokens, suffix).then(|| "fahrenheit".to_string()))
                        .or_else(|| glued_unit(suffix))
                })
                .flatten()
        };
        let named_before = unit_before(tokens, start, figure.end);
        let named_words = named_before.as_ref().map_or(0, |(_, words)| *words);
        let mut counted = match named_before {
            Some((unit, _)) => Counted::bare(Some(unit), figure.end),
            None => unit_after(tokens, &figure, glued, title_case),
        };
        if counted.unit.is_none() {
            counted.unit = (age_at_a_deed(tokens, start).map(str::to_string))
                .or_else(|| whole_told_first(tokens, start))
                .or_else(|| estimated_at(tokens, start))
                .or_else(|| size_of_a_group(tokens, start))
                .or_else(|| a_majority(tokens, start));
        }
        if counted.unit.is_none()
            && let Some(scale) = spaced_scale(tokens, original, counted.end)
        {
            // The letter is the figure's, no name of its own.
            used[counted.end] = true;
            counted.unit = Some(scale.to_string());
            counted.end += 1;
        }
        let (unit, unit_end) = temperature_scale(tokens, counted.unit, counted.end);
        let unit = qualified(tokens, unit, unit_end);
        let unit = employed_as_workers(tokens, start, unit);
        let (unit, mut unit_end) = per_hour(tokens, unit, unit_end);
        // "10ft 6in", "5 feet 11 inches": one length.
        let inches = (unit.as_deref() == Some("foot"))
            .then(|| inches_after(tokens, unit_end))
            .flatten();
        if let Some((inches, end)) = inches {
            figure.low += inches / 12.0;
            figure.high += inches / 12.0;
            used[unit_end..end].iter_mut().for_each(|u| *u = true);
            unit_end = end;
        }
        // "an hour and a half", "two miles and a quarter": the part after
        // the unit.
        let part_after = (figure.exactness == Exactness::Exact
            && figure.low == figure.high
            && unit.as_deref().is_some_and(|u| ONE_OF_A_UNIT.contains(&u)))
        .then(|| part_after_a_unit(tokens, start, unit_end, figure.low))
        .flatten();
        if let Some((end, value)) = part_after {
            (figure.low, figure.high) = (value, value);
            used[unit_end..end].iter_mut().for_each(|u| *u = true);
            unit_end = end;
        }
        // "2 hours 3 minutes 41 seconds": one span, in hours.
        let smaller_spans = (figure.exactness == Exactness::Exact && figure.low == figure.high)
            .then(|| smaller_spans_after(tokens, unit_end, unit.as_deref()?))
            .flatten();
        if let Some((more, rounded, end)) = smaller_spans {
            figure.low += more - rounded;
            figure.high += more + rounded;
            used[unit_end..end].iter_mut().for_each(|u| *u = true);
            unit_end = end;
        }
        // The scale's word is the figure's ("51 degrees Celsius"), no name.
        let scale_word = counted.end..unit_end;
        let kind = figure.kind;
        // A span rounded to its last part is stated at its middle.
        let rounded = figure.on_a_clock.is_some() || smaller_spans.is_some();
        let stated = if rounded {
            (figure.low + figure.high) / 2.0
        } else {
            figure.low
        };
        let (low, high, exactness) = bend(figure.low, figure.high, figure.exactness, hedge);
        // A fraction rounds its share, by a tenth of it or two points: "a
        // third" is 30 to 36 percent, "half" 45 to 55, "a tenth" 8 to 12,
        // "nearly a fifth" 16 to 22; a bound stays one ("more than half").
        let bound = matches!(exactness, Exactness::AtLeast | Exactness::AtMost);
        let (low, high, exactness) = if figure.fraction && !bound {
            let slack = |v: f64| (0.1 * v).max(2.0);
            (low - slack(low), high + slack(high), Exactness::Range)
        } else {
            (low, high, exactness)
        };
        // Below zero, a bound of a side keeps its side: "below minus 20
        // degrees" is colder than minus 20, "above minus 10" warmer than
        // minus 10. Other bounds are of the cold's size: "up to minus 50"
        // is as cold as minus 50, "at least minus 20" colder than it.
        let of_a_side =
            hedge.is_some() && matches!(tokens[start].folded.as_str(), "below" | "under" | "above");
        let (low, high, stated) = match (minus, exactness) {
            (false, _) => (low, high, stated),
            (true, Exactness::AtMost) if of_a_side => (f64::NEG_INFINITY, -high, -stated),
            (true, Exactness::AtLeast) if of_a_side => (-low, f64::INFINITY, -stated),
            (true, _) => (-high, -low, -stated),
        };
        // Fahrenheit in Celsius, give or take its rounding: 124 degrees
        // Fahrenheit are 51 Celsius, a rise "by 2.7 degrees" is one of 1.5.
        let (unit, low, high, stated) = if unit.as_deref() == Some("fahrenheit") {
            // A change: "rose by 2.7 degrees", "10 degrees Fahrenheit
            // warmer than usual".
            let change = start > 0 && tokens[start - 1].folded == "by"
                || matches!(
                    folded_at(tokens, unit_end),
                    "warmer" | "cooler" | "hotter" | "colder" | "higher" | "lower"
                );
            let offset = if change { 0.0 } else { 32.0 };
            let celsius = |f: f64| (f - offset) * 5.0 / 9.0;
            let unit = Some("celsius".to_string());
            (
                unit,
                celsius(low) - 0.5,
                celsius(high) + 0.5,
                celsius(stated),
            )
        } else {
            (unit, low, high, stated)
        };
        let end = figure.end;
        let shown_from = start - named_words;
        let rate = rate_after(tokens, end)
            .or_else(|| rate_after(tokens, unit_end.max(end)))
            .or_else(|| rate_before(tokens, start).map(|rate| (rate, 0)));
        // "450,000 passengers a day" is shown with its rate.
        let shown_to = rate.map_or(0, |(_, past)| past).max(unit_end).max(end);
        let (surface, span) = super::surface(tokens, shown_from..shown_to, original);
        let context = context_words(tokens, start, unit_end.max(end));
        let unit = unit.or_else(|| is_age(tokens, start, figure.end).then(|| "age".to_string()));
        // "turned professional as a 15-year-old": an age of the past, not
        // one to set against the person's age now; but "was named locally
        // as a 62-year-old British woman" says who someone is.
        let naming = |k: usize| {
            matches!(
                tokens[k].folded.as_str(),
                "named" | "identified" | "described" | "listed"
            )
        };
        let named_as = start >= 3
            && (naming(start - 3)
                || start >= 4 && tokens[start - 3].folded.ends_with("ly") && naming(start - 4));
        let as_a = start >= 2
            && tokens[start - 2].folded == "as"
            && matches!(tokens[start - 1].folded.as_str(), "a" | "an")
            && !named_as;
        let unit = match unit {
            Some(age) if age == "age" && as_a => Some("age then".to_string()),
            unit => unit,
        };
        let noun_at = (unit.as_deref() == Some("age"))
            .then(|| age_noun_at(tokens, start, unit_end.max(end)))
            .flatten();
        let whom = noun_at.map(|k| super::term(tokens[k].base()));
        // "the 150-year-old business": the age of a thing, no person's.
        let unit = match (unit, noun_at) {
            (Some(age), Some(k)) if age == "age" && k >= end && of_a_thing(tokens, k) => {
                Some("age of a thing".to_string())
            }
            (unit, _) => unit,
        };
        // Outcomes befall people: "a 6.1-magnitude quake, killing 38",
        // "fell 150 metres to his death" or "Tom Bell, 32," measure no deaths;
        // "two climbers killed" are deaths.
        let outcome = outcome_near(tokens, start, end, unit_end.max(end))
            .filter(|_| unit.as_deref().is_none_or(counts_persons));
        // A split's unit says only whether it is plainly a vote's or a
        // match's.
        let unit = if kind == QuantityKind::Score {
            split_sort(tokens, start, end).map(str::to_string)
        } else {
            unit
        };
        // Minutes are hours to the second, not rounded in another unit.
        let of_minutes = unit.as_deref() == Some("minute");
        let (unit, factor) = to_base_unit(unit);
        // "trains run every four minutes": how often, not how long.
        let every = start > 0 && tokens[start - 1].folded == "every";
        let unit = match unit {
            Some(span) if every && words::SPANS_OF_TIME.contains(&span.as_str()) => {
                Some(format!("every {span}"))
            }
            unit => unit,
        };
        // "with two games remaining": what is left, not what was played.
        let unit = match unit {
            Some(counted) if left_over(tokens, start, unit_end.max(end)) => {
                Some(format!("{counted} left"))
            }
            unit => unit,
        };
        // "six other buses of the same model", "three more men", "another
        // 15 vehicles", "the other three men", "the remaining 12 workers",
        // "Pranoto and three fellow residents": others than some told of,
        // no count of them all ("all 42 buses in its fleet"). What befell
        // others ("three killed and at least 12 other people hurt") is a
        // whole count of it all the same.
        let others = match folded_at(tokens, end) {
            "other" | "fellow" => true,
            "more" => folded_at(tokens, end + 1) != "than",
            // "the remaining 12 workers" (not "their remaining three games",
            // what is left of theirs).
            _ => match start.checked_sub(1).map(|k| tokens[k].folded.as_str()) {
                Some("another" | "other") => true,
                Some("remaining") => start >= 2 && tokens[start - 2].folded == "the",
                _ => false,
            },
        };
        let unit = match unit {
            Some(counted) if others && outcome.is_none() => Some(format!("other {counted}")),
            unit => unit,
        };
        let length = unit.as_deref() == Some("metre");
        let reference = length
            .then(|| reference_after(tokens, unit_end.max(end)))
            .flatten();
        let extent = length
            .then(|| extent_beside(tokens, start, unit_end.max(end)))
            .flatten()
            .or_else(|| lasting(tokens, start, unit.as_deref()).then_some("lasting"));
        let margin = is_margin(tokens, start, unit.as_deref())
            || kind == QuantityKind::Percent && percent_change(tokens, start, end);
        let change = (kind == QuantityKind::Percent && margin)
            .then(|| change_told(tokens, start, end))
            .flatten();
        // "lost nearly 9 percent of its value" is a change all the same.
        let share = match kind {
            QuantityKind::Money => money_share(tokens, end, unit_end.max(end)),
            QuantityKind::Percent if !margin => percent_of_a_whole(tokens, unit_end.max(end)),
            _ => None,
        };
        // A figure in other units is rounded in them: "34 miles" is "55 km".
        // Feet and inches are rounded to the half inch. A hedged figure's
        // interval already holds its rounding ("about 17,000 feet").
        let rounding = if factor == 1.0 || of_minutes || exactness == Exactness::Approximate {
            1.0
        } else if inches.is_some() {
            1.0 + 0.5 / (stated * 12.0).max(1.0)
        } else {
            conversion_slack(stated)
        };
        let by_age_alone =
            unit.as_deref() == Some("age") && start > 0 && tokens[start - 1].folded == "the";
        let quantity = Quantity {
            surface,
            span,
            kind,
            low: low * factor / rounding,
            high: high * factor * rounding,
            exactness,
            stated: stated * factor,
            unit,
            currency: figure.currency.map(Into::into),
            context: super::exact(context),
            outcome: outcome.map(|o| o as u8),
            share,
            written_factor: factor as f32,
            within: within_a_figure(tokens, start, end),
            margin,
            in_play: kind == QuantityKind::Score && of_the_play(tokens, start, end),
            by_age_alone,
            narrowed: (reference.is_some()
                || extent.is_some()
                || rate.is_some()
                || !counted.names.is_empty()
                || !counted.measured.is_empty()
                || whom.is_some()
                || change.is_some())
            .then(|| {
                Box::new(Narrowed {
                    subject: Box::default(),
                    reference: reference.map(Into::into),
                    names: super::exact(counted.names),
                    measured: super::exact(counted.measured),
                    extent,
                    rate: rate.map(|(span, _)| span),
                    whom,
                    change,
                })
            }),
        };
        // "about 60 metres (200 feet)": a figure in brackets right after
        // another of the same measure only restates it; not one after a
        // name between ("Kipruto (2:02:16) beat Kiplagat (2:02:55)").
        let in_brackets = start > 0
            && tokens[start - 1].is_punct('(')
            && spans.last().is_some_and(|last| last.end + 1 == start);
        let restated = in_brackets
            && out.last().is_some_and(|q: &Quantity| {
                q.unit.is_some()
                    && q.unit == quantity.unit
                    && (q.stated - quantity.stated).abs() <= 0.1 * q.stated.abs()
            });
        if !restated || kind != QuantityKind::Count {
            out.push(quantity);
            spans.push(start..unit_end.max(end));
        }
        used[start..figure.end].iter_mut().for_each(|u| *u = true);
        used[scale_word].iter_mut().for_each(|u| *u = true);
        i = figure.end;
    }
    share_units_of_changes(tokens, &mut out, &spans);
    share_units_of_a_contrast(tokens, &mut out, &spans);
    out
}

/// A bare count that ends a clause after a verb counts what a count of
/// the clauses before it does: "secured 48 seats in the 120-seat
/// parliament, while the Civic Alliance won 41" (41 seats), "the Greens
/// gained 12". Not a number a noun names ("resigned on move 61"), nor one
/// of an outcome.
fn share_units_of_a_contrast(tokens: &[Token], out: &mut [Quantity], spans: &[Range<usize>]) {
    // A verb's past ("won", "gained"; and short ones `words::is_past`
    // leaves out), or one of holding now ("has").
    let a_verb = |t: &Token| {
        let short = [
            "had", "got", "gave", "saw", "hit", "has", "have", "wins", "takes", "gets", "holds",
            "keeps",
        ];
        super::is_verb_form(t, &short)
    };
    let bare = |q: &Quantity| {
        q.kind == QuantityKind::Count
            && q.unit.is_none()
            && q.outcome.is_none()
            && !q.within
            && q.exactness == Exactness::Exact
    };
    for k in 1..out.len() {
        let at = &spans[k];
        let ends_a_clause = tokens
            .get(at.end)
            .is_none_or(|t| t.kind == TokenKind::Punct && !t.is_punct('-') && !t.is_punct('('));
        let after_a_verb = at.start > 0 && a_verb(&tokens[at.start - 1]);
        if !ends_a_clause || !after_a_verb || !bare(&out[k]) {
            continue;
        }
        // The clauses joined: a comma, "while" or "and" between.
        let clauses_apart = |from: usize| {
            tokens[from..at.start]
                .iter()
                .any(|t| t.is_punct(',') || t.folded == "while" || t.folded == "and")
        };
        let unit = (0..k).rev().find_map(|j| {
            let q = &out[j];
            (q.kind == QuantityKind::Count
                && !q.within
                && !q.measures()
                && clauses_apart(spans[j].end))
            .then(|| q.unit.clone())
            .flatten()
        });
        if let Some(unit) = unit {
            out[k].unit = Some(unit);
        }
    }
}

/// The two counts of a change share what they count, named once: "shrink
/// from 151 seats to 100" (100 seats), "rose from 12 to 15 members" (12
/// members). Measures are left as they are: their units convert.
fn share_units_of_changes(tokens: &[Token], out: &mut [Quantity], spans: &[Range<usize>]) {
    for k in 1..out.len() {
        let (from, to) = (&spans[k - 1], &spans[k]);
        let change = from.start > 0
            && tokens[from.start - 1].folded == "from"
            && folded_at(tokens, from.end) == "to"
            && to.start == from.end + 1;
        let counts = |q: &Quantity| q.kind == QuantityKind::Count && !q.measures();
        if !change || !counts(&out[k - 1]) || !counts(&out[k]) {
            continue;
        }
        let (first, second) = out.split_at_mut(k);
        let (p, q) = (&mut first[k - 1], &mut second[0]);
        match (&p.unit, &q.unit) {
            (Some(unit), None) => q.unit = Some(unit.clone()),
            (None, Some(unit)) => p.unit = Some(unit.clone()),
            _ => {}
        }
    }
}

/// The place a distance is measured from, in the words from `from` on (just
/// past the distance): "(25 miles) north of the town of Harlow", "from
/// Paris". It is the first name within a few words, up to any punctuation,
/// after a direction and "of", or after "from"; its key is folded as a
/// name's (`Mt Cook` is `mount cook`).
fn reference_after(tokens: &[Token], from: usize) -> Option<String> {
    let mut k = from;
    if tokens.get(k).is_some_and(|t| t.is_punct('(')) {
        k += 1 + tokens[k..].iter().take(8).position(|t| t.is_punct(')'))?;
    }
    let directions = tokens[k.min(tokens.len())..]
        .iter()
        .take_while(|t| words::DIRECTIONS.contains(&t.folded))
        .count();
    k += directions;
    let linked = match tokens.get(k).map(|t| t.folded.as_str()) {
        Some("of") => directions > 0,
        Some("from") => true,
        _ => false,
    };
    if !linked {
        return None;
    }
    let start = k
        + 1
        + tokens[k + 1..]
            .iter()
            .take(4)
            .take_while(|t| t.kind != TokenKind::Punct)
            .position(|t| t.kind == TokenKind::Word && t.capitalized)?;
    let name: Vec<&str> = tokens[start..]
        .iter()
        .take_while(|t| t.kind == TokenKind::Word && t.capitalized)
        .map(super::entities::name_part)
        .collect();
    Some(name.join(" "))
}

/// The share of a whole an amount names in the words after it (from `end`,
/// just past its figure, or `from`, past what it counts): a price of each
/// one ("a share", "per person", "apiece"), which is not a total; "in cash"
/// or "in stock" alone (not "in cash and stock"), or an "all-cash" or
/// "cash" deal; or "of the purchase price".
fn money_share(tokens: &[Token], end: usize, from: usize) -> Option<&'static str> {
    let word = |k: usize| folded_at(tokens, k);
    // "a share", "per person", not "a few weeks ago" or "a record".
    let each = match word(end) {
        "a" | "an" | "per" => tokens.get(end + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && is_content(t.base())
                && !matches!(t.base(), "few" | "total" | "record" | "further")
        }),
        "apiece" | "each" => true,
        _ => false,
    };
    if each {
        return Some("each");
    }
    let means = |w: &str| match w {
        "cash" => Some("cash"),
        "stock" | "stocks" | "shares" | "equity" => Some("stock"),
        _ => None,
    };
    // "a $2.37 billion all-cash deal", "a $900 million cash offer" (its
    // "cash" may be read as what the amount counts): the whole paid in
    // cash, as "for $2.73 billion in cash".
    let cash_deal = |k: usize| {
        word(k) == "cash" && matches!(word(k + 1), "deal" | "offer" | "bid" | "takeover")
    };
    let all_cash = word(from) == "all" && (word(from + 1) == "cash" || word(from + 2) == "cash");
    if all_cash || cash_deal(end) || cash_deal(from) {
        return Some("cash");
    }
    match word(from) {
        "in" => {
            let share = means(word(from + 1))?;
            // "in cash and stock", "in cash and gifts": all of it, in two
            // forms; not "in cash and $10 million in stock".
            let other_form = |w: &str| {
                means(w).is_some_and(|m| m != share)
                    || matches!(w, "gifts" | "goods" | "kind" | "bonds" | "debt" | "assets")
            };
            let both = word(from + 2) == "and" && other_form(word(from + 3));
            (!both).then_some(share)
        }
        "of" => {
            let whole = (from + 1..from + 4)
                .map(word)
                .any(|w| matches!(w, "price" | "total" | "sum" | "consideration" | "deal"));
            whole.then_some("part")
        }
        _ => None,
    }
}

/// Gives each age the name it is given for, from the entities of its
/// claim: the name after it, past capitalized words and nouns of what
/// someone is only (a title, a demonym, a place: "36-year-old Englishman
/// Duncan Rait", "The 43-year-old Wenlow teacher Carys Mendel", but nobody
/// in "a 36-year-old Australian man"), or the name before it when it stands
/// between commas ("Duncan Rait, 36,").
pub(super) fn name_ages(numbers: &mut [Quantity], entities: &[super::Mention], original: &str) {
    let text = |from: usize, to: usize| original.get(from..to).unwrap_or("");
    // Capitalized words, and nouns of what someone is ("The 43-year-old
    // Wenlow teacher Carys Mendel"): the name is the last after them.
    let capitalized = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.trim_end_matches('.').chars().all(char::is_alphabetic)
    };
    let describing = |between: &str| {
        between
            .split_whitespace()
            .all(|w| capitalized(w) || words::DESCRIBING_NOUNS.contains(w.to_lowercase().as_str()))
    };
    for age in numbers.iter_mut().filter(|q| q.is_age()) {
        let named = || entities.iter().filter(|m| !m.implied);
        let after = named().rfind(|m| {
            m.span.start >= age.span.end && describing(text(age.span.end, m.span.start))
        });
        let closed = text(age.span.end, original.len())
            .trim_start()
            .starts_with([',', '.']);
        let before = named().rfind(|m| {
            closed && m.span.end <= age.span.start && text(m.span.end, age.span.start).trim() == ","
        });
        if let Some(name) = after.or(before) {
            age.narrowed.get_or_insert_default().subject = name.parts.clone();
        }
    }
}

/// Whether the figure starting at token `start`, counting `unit`, follows
/// "by" after a verb of winning or changing in its clause ("won the first
/// Test by seven wickets", "the toll rose by 12"), or after a noun of
/// winning if it counts what results are told in ("handing victory to
/// her by 17 votes"); not after a verb of doing ("backed by 73 members").
fn is_margin(tokens: &[Token], start: usize, unit: Option<&str>) -> bool {
    if start == 0 || tokens[start - 1].folded != "by" {
        return false;
    }
    let of_a_result = unit.is_some_and(|u| words::RESULT_UNITS.contains(u));
    tokens[..start - 1]
        .iter()
        .rev()
        .take(8)
        .take_while(|t| t.kind != TokenKind::Punct)
        .any(|t| {
            words::MARGIN_VERBS.contains(&t.folded)
                || of_a_result && words::MARGIN_NOUNS.contains(&t.folded)
        })
}

/// Whether a percentage ending at token `after` is told as a share of a
/// whole ("6 percent of its annual turnover"): `whole`.
fn percent_of_a_whole(tokens: &[Token], after: usize) -> Option<&'static str> {
    let whole = folded_at(tokens, after) == "of"
        && tokens
            .get(after + 1)
            .is_some_and(|t| t.kind != TokenKind::Number);
    whole.then_some("whole")
}

/// Whether a percentage at tokens `start..end` is told as a change, right
/// after a verb of changing or a word of its way, "by" between or not
/// ("shares fell 4.1 percent", "plunged by 17%", "sales were down 4.5%")
/// or before a noun of one, a word of what changes between ("a
/// 4.9% increase in fares", "a 6.5% pay rise"). "Up" of a verb that
/// makes a share ("makes up roughly 80% of samples") is no change.
fn percent_change(tokens: &[Token], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map_or("", |k| folded_at(tokens, k));
    let verb = start.checked_sub(2).map_or("", |k| folded_at(tokens, k));
    let change_at = |k: usize| words::CHANGE_NOUNS.contains(folded_at(tokens, k));
    let word_between = tokens
        .get(end)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalized);
    let up_or_down = matches!(before, "up" | "down");
    let way = |word: &str| way_of(word).is_some();
    words::MARGIN_VERBS.contains(before)
        || up_or_down && !words::MAKING_UP.contains(&verb)
        || !up_or_down && way(before)
        || before == "by" && way(verb)
        || change_at(end)
        || word_between && change_at(end + 1)
}

/// Which way a word of change goes: rising ("rose", "up", "an increase")
/// or falling ("plunged", "down", "a drop"); none for a word of no change.
fn way_of(word: &str) -> Option<bool> {
    if words::RISING.contains(word) {
        Some(true)
    } else if words::FALLING.contains(word) {
        Some(false)
    } else {
        None
    }
}

/// The change a percentage at tokens `start..end` tells (see [`Change`]):
/// after a word of its way, what comes before that word ("Its shares fell
/// 11 percent", "turnover grew by 6%", "sales were down 4.5%"); before a
/// noun of change, the word between ("a 6.5% pay rise") or what the noun is
/// of ("a 4.9% increase in regulated rail fares").
fn change_told(tokens: &[Token], start: usize, end: usize) -> Option<Change> {
    change_after_its_word(tokens, start).or_else(|| change_before_its_noun(tokens, end))
}

/// The change of a percentage starting at token `start` after a word of
/// its way, "by" between or not: of the nearest word of content before
/// that word, past words that help a verb ("have risen") and a phrase
/// after what changes ("rail fares in England will rise by 4.6%").
fn change_after_its_word(tokens: &[Token], start: usize) -> Option<Change> {
    let mut at = start.checked_sub(1)?;
    if tokens[at].folded == "by" {
        at = at.checked_sub(1)?;
    }
    let rising = way_of(&tokens[at].folded)?;
    let mut k = at;
    for _ in 0..8 {
        k = k.checked_sub(1)?;
        let token = &tokens[k];
        let word = token.folded.as_str();
        if token.kind != TokenKind::Word {
            return None;
        }
        if words::HELPING_VERBS.contains(word) || word.ends_with("ly") {
            continue;
        }
        // A phrase after what changes: "admissions for flu", "fares in
        // England", "the price of oil"; but the homicides of "the number
        // of homicides".
        if let Some(p) = opening_preposition(tokens, k) {
            let counted = p >= 1 && words::QUANTITY_NOUNS.contains(&tokens[p - 1].folded);
            if !(tokens[p].folded == "of" && counted) {
                k = p;
                continue;
            }
        }
        // A sentence's first word is capitalized as any other
        // ("Turnover rose 9 percent").
        let first = k == 0 || tokens[k - 1].kind == TokenKind::Punct;
        let of = if first {
            super::is_content(token.base()).then(|| changing(token))
        } else {
            what_changes(token)
        };
        return Some(Change { rising, of: of? });
    }
    None
}

/// The preposition opening the phrase that ends at token `k`, five words
/// back at most, past a name's other words, a word that points and, before
/// a name, words of content that tell what it is ("in England", "for flu",
/// "at the unit", "in New South Wales", "in British toymaker Pipperwick
/// Group"), if one; not past a word of no content ("Shares rose across
/// Europe on Monday and BP jumped").
fn opening_preposition(tokens: &[Token], k: usize) -> Option<usize> {
    let mut j = k;
    let name = tokens[k].capitalized;
    for _ in 0..5 {
        j = j.checked_sub(1)?;
        let token = &tokens[j];
        if words::PHRASE_PREPOSITIONS.contains(&token.folded) {
            return Some(j);
        }
        let describes = name
            && token.kind == TokenKind::Word
            && !token.capitalized
            && super::is_content(token.base());
        let within =
            token.capitalized && name || describes || words::DETERMINERS.contains(&token.folded);
        if !within {
            return None;
        }
    }
    None
}

/// The change of a percentage ending at token `end` before a noun of
/// change: of the word between ("a 6.5% pay rise"; not a word of when,
/// "a 3% annual rise"), or of the last word of what the noun is "in" or
/// "of" ("a 9 per cent drop in sales", "a 4.9% increase in regulated rail
/// fares", "a 5% rise in the number of visitors").
fn change_before_its_noun(tokens: &[Token], end: usize) -> Option<Change> {
    let noun_at = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| way_of(&t.folded).filter(|_| words::CHANGE_NOUNS.contains(&t.folded)))
    };
    let (at, rising, between) = match noun_at(end) {
        Some(rising) => (end, rising, None),
        None => (end + 1, noun_at(end + 1)?, Some(&tokens[end])),
    };
    let of = match folded_at(tokens, at + 1) {
        "in" | "of" => head_of_phrase(tokens, at + 2),
        _ => None,
    };
    let told_between =
        between.filter(|t| t.kind == TokenKind::Word && rate_word(&t.folded).is_none());
    let of = of.or_else(|| what_changes(told_between?))?;
    Some(Change { rising, of })
}

/// The canonical stem of what a word names, if it is a word of content
/// and no name.
fn what_changes(token: &Token) -> Option<super::Term> {
    (token.kind == TokenKind::Word && super::is_content(token.base()) && !token.capitalized)
        .then(|| changing(token))
}

/// The canonical stem of a word, as what changes.
fn changing(token: &Token) -> super::Term {
    super::Term::of(&super::canonical_term(stem(token.base())))
}

/// The last word of the noun phrase starting at token `start`, past a
/// word that points ("the", "its") and through "number of": `fare` of
/// "regulated rail fares from March".
fn head_of_phrase(tokens: &[Token], start: usize) -> Option<super::Term> {
    let mut k = start;
    while tokens
        .get(k)
        .is_some_and(|t| words::DETERMINERS.contains(&t.folded))
    {
        k += 1;
    }
    let mut head = None;
    while let Some(token) = tokens
        .get(k)
        .filter(|t| t.kind == TokenKind::Word && !t.capitalized && super::is_content(t.base()))
    {
        head = Some(token);
        k += 1;
    }
    let head = head?;
    if words::QUANTITY_NOUNS.contains(&head.folded) && folded_at(tokens, k) == "of" {
        return head_of_phrase(tokens, k + 1);
    }
    what_changes(head)
}

/// The span of time a word of rate tells: `year` for "annual", "annually".
fn rate_word(word: &str) -> Option<&'static str> {
    match word {
        "daily" => Some("day"),
        "weekly" => Some("week"),
        "monthly" => Some("month"),
        "annually" | "yearly" | "annual" => Some("year"),
        _ => None,
    }
}

/// The span of time a figure starting at token `start` is a rate over, if
/// a word of rate names what it is of: "an annual budget of $1.5 million",
/// "daily output of 2 million barrels".
fn rate_before(tokens: &[Token], start: usize) -> Option<&'static str> {
    let word = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .map_or("", |t| t.folded.as_str())
    };
    let of = (1..=2)
        .filter_map(|back| start.checked_sub(back))
        .find(|&k| tokens[k].folded == "of")?;
    (1..=2).find_map(|back| rate_word(word(of.checked_sub(back))))
}

/// The span of time a figure ending at token `end` is a rate over, and
/// where the words that say so end: "a day", "per year", "each week",
/// "daily", "annually", "in annual sales"; not "a day after the blast".
/// Or the measure it is a rate per: "$80 a barrel", "5 micrograms of lead
/// per decilitre".
fn rate_after(tokens: &[Token], end: usize) -> Option<(&'static str, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.folded.as_str());
    let span = |w: &str| match w {
        "day" => Some("day"),
        "week" => Some("week"),
        "month" => Some("month"),
        "year" => Some("year"),
        "hour" => Some("hour"),
        _ => None,
    };
    match word(end) {
        // "$7.3 billion in annual sales": a rate, shown without it.
        "in" => rate_word(word(end + 1)).map(|rate| (rate, end)),
        "a" | "an" | "per" | "each" => {
            let relative = matches!(
                word(end + 2),
                "after" | "before" | "later" | "earlier" | "ago"
            );
            (span(word(end + 1))
                .filter(|_| !relative)
                .map(|rate| (rate, end + 2)))
            .or_else(|| per_measure_after(tokens, end + 1))
        }
        // "5 micrograms of lead per decilitre": what is measured between.
        "of" if word(end + 2) == "per" => per_measure_after(tokens, end + 3),
        w => rate_word(w).map(|rate| (rate, end + 1)),
    }
}

/// People a verb of employing counts, from token `start` on, are its
/// workers: "The plant, which employs 180 people" / "employs some 320
/// workers".
fn employed_as_workers(tokens: &[Token], start: usize, unit: Option<String>) -> Option<String> {
    let employing = start > 0 && {
        let verb = &tokens[start - 1].folded;
        verb.starts_with("employ") && !verb.starts_with("employe")
    };
    match unit {
        Some(people) if employing && people_of_no_sort(&people) => Some("worker".to_string()),
        unit => unit,
    }
}

/// Whether a unit stem counts people of no sort: "600 people", "12
/// persons", "40 individuals"; not "23 crew members".
pub fn people_of_no_sort(unit: &str) -> bool {
    matches!(unit, "peopl" | "person" | "individu")
}

/// The measure of a rate from token `at` on, and where its words end: its
/// word, or its word after a name ("€38.50 per Brenner-Kraft share").
fn per_measure_after(tokens: &[Token], at: usize) -> Option<(&'static str, usize)> {
    const LONGEST_NAME: usize = 3;
    let named = |t: &Token| t.capitalized || t.is_punct('-');
    (at..tokens.len().min(at + LONGEST_NAME + 1))
        .take_while(|&k| k == at || named(&tokens[k - 1]))
        .find_map(|k| per_measure(&tokens[k].folded).map(|rate| (rate, k + 1)))
}

/// The measure a rate "per" a word is of, as one word: a volume, a weight,
/// a length, an area, a head ("per capita") or a share. Figures per two
/// measures are two facts ("5 micrograms per decilitre" / "50 micrograms
/// per litre").
fn per_measure(word: &str) -> Option<&'static str> {
    Some(match word {
        "litre" | "liter" => "litre",
        "decilitre" | "deciliter" | "dl" => "decilitre",
        "millilitre" | "milliliter" | "ml" => "millilitre",
        "barrel" => "barrel",
        "gallon" => "gallon",
        "kilogram" | "kilo" | "kg" => "kilogram",
        "tonne" | "ton" => "tonne",
        "pound" | "lb" => "pound",
        "kilometre" | "kilometer" | "km" => "kilometre",
        "mile" => "mile",
        "metre" | "meter" => "metre",
        "hectare" => "hectare",
        "acre" => "acre",
        "head" | "capita" | "person" => "person",
        "share" => "share",
        _ => return None,
    })
}

/// Whether a span of time starting at token `start` (its hedge's, if one)
/// is how long a deed lasted, a word of lasting right before it (see
/// [`after_lasting`]): "took 16 hours", "an operation lasting nineteen
/// hours", "closed for nearly a week"; not "16 hours later" nor "within 48
/// hours".
fn lasting(tokens: &[Token], start: usize, unit: Option<&str>) -> bool {
    unit.is_some_and(|u| words::SPANS_OF_TIME.contains(&u)) && after_lasting(tokens, start)
}

/// Whether the word before token `start` tells a lasting (see
/// [`words::LASTING`]: "took", "lasted", "for").
fn after_lasting(tokens: &[Token], start: usize) -> bool {
    start > 0 && words::LASTING.contains(&tokens[start - 1].folded.as_str())
}

/// The extent a length at tokens `start..end` gives, from the word nearest
/// after it ("300 metres long and 48 metres wide", "190 metres in length")
/// or else just before it ("a depth of 12 metres").
fn extent_beside(tokens: &[Token], start: usize, end: usize) -> Option<&'static str> {
    let after = tokens[end.min(tokens.len())..]
        .iter()
        .take(2)
        .take_while(|t| t.kind == TokenKind::Word)
        .find_map(|t| words::extent(&t.folded));
    let before = || {
        tokens[start.saturating_sub(3)..start]
            .iter()
            .rev()
            .take_while(|t| t.kind == TokenKind::Word)
            .find_map(|t| words::extent(&t.folded))
    };
    after.or_else(before)
}

/// Lengths and weights in one base unit each (metres, kilograms), so that
/// `200 feet` and `about 60m` compare.
/// How far a figure converted to a base unit may be off by its rounding in
/// the unit it was written in (a factor either way): half its last digit
/// ("34 miles" may be 33.5 to 34.5), at most 3% (a round "200 feet" may be
/// rounded from anything near it) and at least 0.1%. So "the 24,495-foot
/// peak" is not "a 7,388-metre peak" (24,239 feet).
fn conversion_slack(written: f64) -> f64 {
    1.0 + half_last_digit(written).clamp(0.001, 0.03)
}

/// Half the last decimal place of a figure as written: 0.05 for "42.2",
/// 0.5 for "20" (a whole figure is rounded to no more than its units).
fn half_last_decimal(written: f64) -> f64 {
    let places = (0..6)
        .find(|&k| {
            let scaled = written.abs() * 10f64.powi(k);
            (scaled - scaled.round()).abs() < 1e-6 * scaled.max(1.0)
        })
        .unwrap_or(6);
    0.5 * 10f64.powi(-places)
}

/// Half the last digit of a figure as written, as a share of it: 0.5 / 34
/// for "34", 50 / 27,300 for "27,300".
fn half_last_digit(written: f64) -> f64 {
    let written = written.abs();
    let last_digit = (-3..=12)
        .rev()
        .map(|k| 10f64.powi(k))
        .find(|&place| {
            let steps = written / place;
            steps >= 0.5 && (steps - steps.round()).abs() < 1e-6 * steps
        })
        .unwrap_or(1e-3);
    0.5 * last_digit / written.max(f64::MIN_POSITIVE)
}

fn to_base_unit(unit: Option<String>) -> (Option<String>, f64) {
    let (base, factor) = match unit.as_deref() {
        Some("square km") => ("hectare", 100.0),
        Some("square mile") => ("hectare", 258.999),
        Some("square metre") => ("hectare", 1e-4),
        Some("square foot") => ("hectare", 9.2903e-6),
        Some("kph") => ("metre per second", 1.0 / 3.6),
        Some("mph") => ("metre per second", 0.447_04),
        Some("knot") => ("metre per second", 0.514_444),
        Some("foot") => ("metre", 0.3048),
        Some("km") => ("metre", 1000.0),
        Some("mile") => ("metre", 1609.344),
        Some("nautical mile") => ("metre", 1852.0),
        Some("yard") => ("metre", 0.9144),
        Some("inch") => ("metre", 0.0254),
        Some("cm") => ("metre", 0.01),
        Some("mm") => ("metre", 0.001),
        Some("lb") | Some("pound") => ("kg", 0.453_592),
        Some("gram") => ("kg", 0.001),
        Some("ounce") => ("kg", 0.028_349_5),
        Some("tonne") => ("kg", 1000.0),
        Some("acre") => ("hectare", 0.404_686),
        Some("month") => ("year", 1.0 / 12.0),
        // Days are not hours: "a two-day summit" may last 36 hours.
        Some("minute") => ("hour", 1.0 / 60.0),
        Some("kilowatt") => ("watt", 1e3),
        Some("megawatt") => ("watt", 1e6),
        Some("gigawatt") => ("watt", 1e9),
        Some("kilowatt hour") => ("watt hour", 1e3),
        Some("megawatt hour") => ("watt hour", 1e6),
        Some("gigawatt hour") => ("watt hour", 1e9),
        Some("terawatt hour") => ("watt hour", 1e12),
        _ => return (unit, 1.0),
    };
    (Some(base.to_string()), factor)
}

/// Whether a base unit (see [`to_base_unit`]) measures a thing: a length,
/// a weight, an area, a temperature, a speed, a power, a volume.
fn is_base_unit_of_a_thing(unit: &str) -> bool {
    matches!(
        unit,
        "metre"
            | "kg"
            | "hectare"
            | "celsius"
            | "metre per second"
            | "watt"
            | "watt hour"
            | "litre"
    )
}

/// A figure before hedges and units are considered.
struct Figure {
    end: usize,
    low: f64,
    high: f64,
    exactness: Exactness,
    kind: QuantityKind,
    currency: Option<String>,
    /// How many tokens a currency just before the figure takes: none, its
    /// symbol ("$3"), or a country's letters and its symbol ("A$3").
    currency_before: usize,
    /// For hyphenated units (`90-day`), the unit tokens follow at once.
    hyphen_unit: bool,
    /// Whether it is a share told as a fraction ("a fifth", "half their
    /// value"), which rounds the share it tells.
    fraction: bool,
    /// For a span read off a clock's face, its unit: `hour` for "2:03:14",
    /// `minute` for "3:43.13".
    on_a_clock: Option<&'static str>,
}

impl Figure {
    /// A figure of `kind` ending at token `end`, with no currency, unit,
    /// fraction or clock's face to it.
    fn new(end: usize, low: f64, high: f64, exactness: Exactness, kind: QuantityKind) -> Figure {
        Figure {
            end,
            low,
            high,
            exactness,
            kind,
            currency: None,
            currency_before: 0,
            hyphen_unit: false,
            fraction: false,
            on_a_clock: None,
        }
    }
}

fn figure_at(tokens: &[Token], i: usize) -> Option<Figure> {
    let token = &tokens[i];
    // "four-by-four", "two-by-four": a thing's name, not a count.
    let by = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.hyphen_before && t.folded == "by")
    };
    if token.hyphen_before && i > 0 && by(i - 1) {
        return None;
    }
    if let Some((end, unit, low, high)) = span_on_a_clock(tokens, i) {
        return Some(Figure {
            on_a_clock: Some(unit),
            ..Figure::new(end, low, high, Exactness::Exact, QuantityKind::Count)
        });
    }
    if let Some((end, share)) = fraction_at(tokens, i) {
        return Some(Figure {
            fraction: true,
            ..Figure::new(
                end,
                share,
                share,
                Exactness::Approximate,
                QuantityKind::Percent,
            )
        });
    }

    let (mut end, mut low, mut high, mut exactness, ordinal) = match token.kind {
        TokenKind::Number => digits_at(tokens, i)?,
        TokenKind::Word => words_at(tokens, i)?,
        TokenKind::Punct => return None,
    };
    if by(end) && tokens.get(end + 1).is_some_and(|t| t.hyphen_before) {
        return None;
    }
    let mut kind = if ordinal {
        QuantityKind::Ordinal
    } else {
        QuantityKind::Count
    };
    if !ordinal
        && exactness == Exactness::Exact
        && let Some((score_end, score)) =
            score_at(tokens, i, end).or_else(|| tally_in_words(tokens, i, end))
    {
        return Some(Figure::new(
            score_end,
            score,
            score,
            exactness,
            QuantityKind::Score,
        ));
    }
    // A range: "10-12", "10 to 12", "three or four", "between 300 and
    // 400"; but "from 62 to 64" is a change, two figures.
    let change = i > 0 && tokens[i - 1].folded == "from";
    if !ordinal && exactness == Exactness::Exact && !change {
        let joined_by = |word: &str| tokens.get(end).is_some_and(|t| t.folded == word);
        // "three or four robbers", not "$1.20 or 5 percent": a choice of
        // counts only, with no currency nor share.
        let shares_after = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.is_punct('%') || matches!(t.folded.as_str(), "percent" | "per"))
        };
        let money = i > 0 && currency_at(tokens, i - 1).is_some();
        // "between 300 and 400 homes"; "The hopefuls were aged 10 and 11",
        // the ages of a group.
        let between = i > 0
            && matches!(tokens[i - 1].folded.as_str(), "between" | "aged")
            && joined_by("and");
        let (to, or) = (joined_by("to") as usize, joined_by("or") && !money);
        let next_at = end + to.max(usize::from(or || between));
        let next_figure = |next: &Token| match next.kind {
            TokenKind::Number if to == 1 || or || between || next.hyphen_before => {
                digits_at(tokens, next_at)
            }
            TokenKind::Word if or || between => words_at(tokens, next_at),
            _ => None,
        };
        if let Some((range_end, range_low, _, Exactness::Exact, false)) =
            tokens.get(next_at).and_then(next_figure)
            && range_low > low
            && !(or && shares_after(range_end))
        {
            // "10 to 12 million": the scale of the second is the first's too.
            let scale_of = |from: usize, to: usize| {
                (tokens[from..to].iter())
                    .find_map(|t| words::SCALES.iter().find(|(w, _)| *w == t.folded))
                    .map(|&(_, factor)| factor)
            };
            if scale_of(i, end).is_none()
                && let Some(factor) = scale_of(next_at, range_end)
                && low * factor < range_low
            {
                low *= factor;
            }
            high = range_low;
            end = range_end;
            exactness = Exactness::Range;
        }
    }
    let before = i.checked_sub(1).and_then(|k| currency_at(tokens, k));
    let currency_before = before.as_ref().map_or(0, |(_, tokens)| *tokens);
    let mut currency = before.map(|(code, _)| code);
    if let Some(next) = tokens.get(end) {
        // "45 per cent", not "$33 per share".
        let per_cent =
            next.folded == "per" && tokens.get(end + 1).is_some_and(|t| t.folded == "cent");
        if next.is_punct('%') || next.folded == "percent" || per_cent {
            kind = QuantityKind::Percent;
            end += 1 + usize::from(per_cent);
        } else if currency.is_none()
            && !pounds_weighed(tokens, i, end)
            && let Some(code) = words::CURRENCIES.iter().find(|(w, _)| *w == next.folded)
        {
            currency = Some(code.1.to_string());
            end += 1;
        } else if currency.is_none()
            && exactness == Exactness::Vague
            && next.folded == "of"
            && let Some((code, words)) = currency_named_at(tokens, end + 1)
        {
            // "tens of billions of euros", "millions of dollars", "billions
            // of Swiss francs".
            currency = Some(code.to_string());
            end += 1 + words;
        } else if currency.is_none()
            && let Some((code, words)) = dollar_of_a_nation(tokens, end)
        {
            currency = Some(code.to_string());
            end += words;
        } else if currency.is_none()
            && let Some(code) = currency_of_a_nation(tokens, end)
        {
            currency = Some(code.to_string());
            end += 2;
        }
    }
    if currency.is_some() && kind == QuantityKind::Count {
        kind = QuantityKind::Money;
    }
    if low > high {
        std::mem::swap(&mut low, &mut high);
    }
    let hyphen_unit = tokens
        .get(end)
        .is_some_and(|t| t.hyphen_before && t.kind == TokenKind::Word);
    Some(Figure {
        currency,
        currency_before,
        hyphen_unit,
        ..Figure::new(end, low, high, exactness, kind)
    })
}

/// The share of the figure at token `i`, "a" or "an", that the words
/// just before it take, and how many they are: "half a million" (a half,
/// one word), "a quarter of a million", "three quarters of a million" (or
/// "three-quarters").
fn share_before(tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    if !matches!(folded_at(tokens, i), "a" | "an") {
        return None;
    }
    let back = |k: usize| i.checked_sub(k).map_or("", |j| folded_at(tokens, j));
    match (back(3), back(2), back(1)) {
        (_, _, "half") => Some((0.5, 1)),
        ("three", "quarters", "of") => Some((0.75, 3)),
        (_, "quarter", "of") => Some((0.25, 2)),
        _ => None,
    }
}

/// A share told as a fraction at token `i`, in percent, and where it
/// ends: "half", "a third", "one quarter", "two-thirds", "three fifths"; of
/// a whole ("half of the homes", "a fifth of its staff", "almost half
/// their value") or as a change ("fell by a third", "a fifth less fuel").
/// Not "half an hour", "half a million", "the first half of the year", "a
/// third suspect", "a quarter of an hour".
fn fraction_at(tokens: &[Token], i: usize) -> Option<(usize, f64)> {
    let word = |k: usize| folded_at(tokens, k);
    let before = |k: usize| i.checked_sub(k).map_or("", |j| folded_at(tokens, j));
    let part = |w: &str| match w {
        "half" => Some(50.0),
        "third" | "thirds" => Some(100.0 / 3.0),
        "quarter" | "quarters" => Some(25.0),
        "fifth" | "fifths" => Some(20.0),
        "tenth" | "tenths" => Some(10.0),
        _ => None,
    };
    let (parts, end) = match word(i) {
        "half" => (1.0, i + 1),
        "a" | "an" | "one" if word(i + 1) != "half" && !word(i + 1).ends_with('s') => (1.0, i + 2),
        w => match words::small_number(w) {
            Some(n @ 2..=9) if word(i + 1).ends_with('s') => (f64::from(n), i + 2),
            _ => return None,
        },
    };
    let share = part(word(end - 1))?;
    // "half-time", "a third-quarter loss": a word of its own.
    if tokens.get(end).is_some_and(|t| t.hyphen_before)
        || word(i) == "half" && tokens[i].hyphen_before
    {
        return None;
    }
    let whole = match word(end) {
        // "half of the homes"; not a share of a total it states ("about a
        // quarter of the day's 240 departures", which the other story may
        // count: "roughly 60 of the 240").
        "of" => {
            let whole_counted = (tokens.get(end + 1..).unwrap_or_default().iter())
                .take(4)
                .take_while(|t| t.kind != TokenKind::Punct)
                .any(|t| t.kind == TokenKind::Number);
            !matches!(word(end + 1), "a" | "an")
                && tokens
                    .get(end + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
                && !whole_counted
        }
        "their" | "its" | "his" | "her" | "our" | "all" => word(i) == "half",
        // "half the homes", not "half the night".
        "the" => word(i) == "half" && !SPANS_OF_DAYS_AND_PLAY.contains(&word(end + 1)),
        _ => false,
    };
    // "fell by a third", "cut by half on Monday"; not "by half an hour",
    // "by a third party", "followed by a fifth day".
    let clause_ends = tokens.get(end).is_none_or(|t| t.kind == TokenKind::Punct)
        || CLAUSE_GOES_ON.contains(&word(end));
    // "burn a fifth less fuel", "a third more passengers": a change too.
    let comparative = matches!(word(end), "less" | "more" | "fewer");
    let change = (before(1) == "by" || before(2) == "by") && clause_ends || comparative;
    // "the first half of the season", "the other half": a part, no share.
    let a_part = matches!(
        before(1),
        "the" | "first" | "second" | "other" | "latter" | "last" | "each" | "every"
    );
    ((whole || change) && !a_part).then_some((end, parts * share))
}

/// Spans of a day or of play that "half the" tells a part of, not a share:
/// "half the night", "half the match".
const SPANS_OF_DAYS_AND_PLAY: &[&str] = &[
    "night",
    "day",
    "time",
    "week",
    "month",
    "year",
    "season",
    "morning",
    "afternoon",
    "evening",
    "hour",
    "match",
    "game",
    "race",
    "distance",
];

/// Words after a fraction that leave its clause told ("fell by a third on
/// Monday", "cut by half, and …"): it is the change itself, not the start
/// of a noun ("by a third party").
const CLAUSE_GOES_ON: &[&str] = &[
    "on",
    "in",
    "since",
    "from",
    "compared",
    "over",
    "last",
    "this",
    "to",
    "as",
    "after",
    "overnight",
    "and",
    "but",
    "while",
    "between",
];

/// A score or a vote's split whose first side, `first`, is at tokens
/// `i..end` and whose second follows after a hyphen: beside a word of
/// results ("ruled 4-1", "a 3-2 verdict", "won 2-0"; not "10-12 people"),
/// or its first side not the less ("led 3-1", "at 5-5"; a range rises),
/// or in a list of such ("6-3, 4-6, 7-5"): where it ends, and its value
/// (see [`QuantityKind::Score`]).
fn score_at(tokens: &[Token], i: usize, end: usize) -> Option<(usize, f64)> {
    // (`sides_at` reads whole numbers only.)
    let (score_end, first, second) = sides_at(tokens, i).filter(|&(k, ..)| k == end + 1)?;
    let score = second <= first || told_as_result(tokens, i, score_end);
    split_value(first, second)
        .filter(|_| score)
        .map(|value| (score_end, value))
}

/// A split's value as a [`QuantityKind::Score`] holds it, the greater side
/// first whichever is told first ("6-3" and "3-6" are one result); none
/// for sides of a thousand or more.
fn split_value(first: f64, second: f64) -> Option<f64> {
    (first.max(second) < 1000.0).then(|| first.max(second) * 1000.0 + first.min(second))
}

/// A vote's split told in words, its first side at tokens `i..end`: "by
/// 59 votes to 14", "voting 61 to 12", "by a vote of nine to three", "the
/// vote was 204 to 115", "approved it 44 to 12", "13 votes to none", "61
/// in favour and 12 against" (not "rose by 5 to 10", "from 61 to 12"):
/// where it ends, and its value as [`score_at`] gives one.
fn tally_in_words(tokens: &[Token], i: usize, end: usize) -> Option<(usize, f64)> {
    let whole = |k: usize| {
        if matches!(folded_at(tokens, k), "none" | "nil") {
            return Some((k + 1, 0.0));
        }
        match digits_at(tokens, k).or_else(|| words_at(tokens, k)) {
            Some((past, value, _, Exactness::Exact, false)) if value.fract() == 0.0 => {
                Some((past, value))
            }
            // "one" alone is read as no figure ("one of them"); a side of
            // a split, it is one.
            None if folded_at(tokens, k) == "one" => Some((k + 1, 1.0)),
            _ => None,
        }
    };
    let split = |first: f64, second: f64, past: usize| {
        split_value(first, second).map(|value| (past, value))
    };
    let (_, first) = whole(i).filter(|&(past, _)| past == end)?;
    let votes_at = |k: usize| matches!(folded_at(tokens, k), "votes" | "vote");
    let votes = votes_at(end);
    let mut k = end + usize::from(votes);
    // "48 deputies voting in favour and 38 against": who voted, then how.
    if !votes
        && tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && looks_plural(t.base()))
        && matches!(folded_at(tokens, k + 1), "voting" | "voted")
        && matches!(folded_at(tokens, k + 2), "in" | "for")
    {
        k += 2;
    }
    let in_favour = match (folded_at(tokens, k), folded_at(tokens, k + 1)) {
        ("in", "favor" | "favour") => 2,
        ("for", _) => 1,
        _ => 0,
    };
    if in_favour > 0 {
        k += in_favour;
        k += usize::from(tokens.get(k).is_some_and(|t| t.is_punct(',')));
        k += usize::from(matches!(folded_at(tokens, k), "and" | "with"));
        let (past, second) = whole(k)?;
        let past = past + usize::from(votes_at(past));
        return (folded_at(tokens, past) == "against")
            .then(|| split(first, second, past + 1))
            .flatten();
    }
    let before = |back: usize| i.checked_sub(back).map_or("", |k| folded_at(tokens, k));
    // "approved it 44 to 12", "passed the bill 59 to 14": a body's deed, told
    // with no word of voting; not "raised it 10 to 12 percent" nor "cut
    // 10 to 12 jobs", where something counted follows.
    let deed = |w: &str| {
        matches!(
            w,
            "approved" | "passed" | "backed" | "rejected" | "carried" | "adopted" | "endorsed"
        )
    };
    let passing = deed(before(1))
        || matches!(before(1), "it" | "them") && deed(before(2))
        || matches!(before(2), "the" | "a") && deed(before(3));
    let voting = matches!(before(1), "voting" | "voted")
        || matches!(before(1), "of" | "was") && matches!(before(2), "vote" | "votes");
    // A match's split told of its parts: "won three games to one", "by
    // two sets to one".
    // Not a change ("raised his tally from 10 goals to 12"): a word of
    // winning or losing before it.
    let parts = matches!(
        folded_at(tokens, end),
        "games" | "sets" | "goals" | "frames" | "legs" | "maps"
    );
    let of_a_result = (1..=6).any(|back| {
        matches!(
            before(back),
            "won" | "win" | "wins" | "beat" | "beating" | "lost" | "losing" | "defeated" | "by"
        )
    });
    if parts && of_a_result && before(1) != "from" && folded_at(tokens, end + 1) == "to" {
        let (past, second) = whole(end + 2)?;
        return split(first, second, past);
    }
    if folded_at(tokens, k) != "to" || !(votes || voting || passing) {
        return None;
    }
    let (past, second) = whole(k + 1)?;
    let counted_after = tokens.get(past).is_some_and(|t| {
        let plural = t.kind == TokenKind::Word && looks_plural(t.base()) && t.base() != "votes";
        plural || t.is_punct('%') || t.folded == "percent"
    });
    if passing && !votes && !voting && counted_after {
        return None;
    }
    split(first, second, past)
}

/// Whether a split at tokens `start..end` is plainly a vote's, a word of
/// voting beside it ("voted 412 to 90", "by 59 votes to 14", "a 7-2
/// vote"), or a match's, a word of winning or losing ("a 3-1 win", "won
/// 2-0", "beat them 4-1"): `vote` or `match`. Neither where the words
/// say less ("ruled 6-3", "carried 8-5", "a split decision, 116-112"): a
/// review found such words beside scores too ("the ruling party won 4-1",
/// "backed by 73,000 fans, won 2-1").
fn split_sort(tokens: &[Token], start: usize, end: usize) -> Option<&'static str> {
    let beside = &tokens[start.saturating_sub(3)..(end + 2).min(tokens.len())];
    let any = |words: &[&str]| beside.iter().any(|t| words.contains(&t.folded.as_str()));
    let vote = any(&["vote", "votes", "voted", "voting", "ballot"]);
    let result = [
        "win", "won", "wins", "victory", "defeat", "defeated", "beat", "beats", "lost", "loss",
        "draw", "drew",
    ];
    match (vote, any(&result)) {
        (true, false) => Some("vote"),
        (false, true) => Some("match"),
        _ => None,
    }
}

/// Whether the score at tokens `i..end` is told as a result: beside a word
/// of results ("won 2-0"), or in a list of sets ("6-3, 4-6, 7-5"); not one
/// of the play ("led 3-1").
fn told_as_result(tokens: &[Token], i: usize, end: usize) -> bool {
    let near = tokens[i.saturating_sub(3)..(end + 2).min(tokens.len())]
        .iter()
        .any(|t| words::RESULT_WORDS.contains(&t.folded));
    near || in_a_list_of_scores(tokens, i)
}

/// Whether the score at tokens `start..end` is one of the play, told
/// beside a word of it ("led 3-1", "level at 2-2", "from 2-0 down", "a 1-0
/// lead"), not a result ("a 3-2 triumph", "a 50-50 chance").
fn of_the_play(tokens: &[Token], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map_or("", |k| folded_at(tokens, k));
    matches!(
        before,
        "led" | "leading" | "lead" | "leads" | "trailed" | "trailing" | "trail" | "at"
    ) || matches!(folded_at(tokens, end), "down" | "up" | "lead" | "deficit")
}

/// Two whole numbers joined by a hyphen at token `i` ("6-3"): where they
/// end, the first and the second.
fn sides_at(tokens: &[Token], i: usize) -> Option<(usize, f64, f64)> {
    let plain = |k: usize| match digits_at(tokens, k)? {
        (end, value, _, Exactness::Exact, false) if end == k + 1 && value.fract() == 0.0 => {
            Some(value)
        }
        _ => None,
    };
    let first = plain(i)?;
    tokens.get(i + 1).filter(|t| t.hyphen_before)?;
    Some((i + 2, first, plain(i + 1)?))
}

/// Whether the two sides at token `i` are one of a list of them, separated
/// by commas, one of which falls ("6-3, 4-6, 7-5": a match's sets; not
/// "aged 18-24, 25-34").
fn in_a_list_of_scores(tokens: &[Token], i: usize) -> bool {
    let pair_at = |k: usize| sides_at(tokens, k);
    let comma = |k: usize| tokens.get(k).is_some_and(|t| t.is_punct(','));
    let mut start = i;
    while start >= 3 && comma(start - 1) && pair_at(start - 3).is_some() {
        start -= 3;
    }
    let (mut k, mut pairs, mut falls) = (start, 0, false);
    while let Some((end, first, second)) = pair_at(k) {
        pairs += 1;
        falls |= second <= first;
        if !comma(end) {
            break;
        }
        k = end + 1;
    }
    pairs >= 2 && falls
}

type Parsed = (usize, f64, f64, Exactness, bool);

/// `1,200`, `6.1`, `80th`, `3bn`, `1.2 million`.
fn digits_at(tokens: &[Token], i: usize) -> Option<Parsed> {
    let token = tokens.get(i)?;
    if token.kind != TokenKind::Number {
        return None;
    }
    // "007", or the "000" of a separator broken otherwise than `normalize`
    // mends: a leading zero starts no figure; a zero with its unit does
    // ("0C").
    let whole_digits = token.folded.trim_end_matches(|c: char| !c.is_ascii_digit());
    if whole_digits.len() > 1 && whole_digits.starts_with('0') && !whole_digits.starts_with("0.") {
        return None;
    }
    let folded = token.folded.replace(',', "");
    let digits_len = folded
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(folded.len());
    let (digits, suffix) = folded.split_at(digits_len);
    let mut value: f64 = digits.parse().ok()?;
    let mut end = i + 1;
    let ordinal = matches!(suffix, "st" | "nd" | "rd" | "th");
    if !ordinal && !suffix.is_empty() {
        // "3bn", "£2m", "2m euros" are scaled; "200m", "60ft" carry a unit
        // (read by `unit_after` from the token itself).
        let money = i > 0 && currency_at(tokens, i - 1).is_some()
            || tokens
                .get(end)
                .is_some_and(|t| words::CURRENCIES.iter().any(|(w, _)| *w == t.folded));
        let scale = words::SCALES.iter().find(|(w, _)| *w == suffix);
        match scale {
            Some((w, factor)) if money || w.len() > 1 && *w != "mn" || *w == "k" => value *= factor,
            Some(_) | None if glued_unit(suffix).is_some() || fahrenheit_glued(tokens, suffix) => {}
            _ => return None,
        }
    } else if !ordinal
        && let Some(next) = tokens.get(end)
        && let Some((_, factor)) = words::SCALES
            .iter()
            .find(|(w, _)| *w == next.folded && w.len() > 1)
    {
        value *= factor;
        end += 1;
        // "11.1 lakh crore", "5,000 crore": a greater scale after a scale.
        if let Some(next) = tokens.get(end)
            && let Some((_, greater)) = (words::SCALES.iter())
                .find(|(w, f)| *w == next.folded && w.len() > 1 && *f > *factor)
        {
            value *= greater;
            end += 1;
        }
    } else if !ordinal
        && suffix.is_empty()
        && let Some((past, with_part)) = with_a_part(tokens, i, end, value)
    {
        // "2 and a half hours"
        (end, value) = (past, with_part);
    }
    Some((end, value, value, Exactness::Exact, ordinal))
}

/// `twenty-six`, `one hundred and twenty`, `a dozen`, `dozens`,
/// `tens of thousands`, `third`.
fn words_at(tokens: &[Token], i: usize) -> Option<Parsed> {
    let word = |k: usize| folded_at(tokens, k);
    if let Some(&(_, n)) = words::ORDINAL_WORDS.iter().find(|(w, _)| *w == word(i)) {
        let hyphenated = tokens.get(i).is_some_and(|t| t.hyphen_before);
        return (!hyphenated).then_some((
            i + 1,
            f64::from(n),
            f64::from(n),
            Exactness::Exact,
            true,
        ));
    }
    if let Some(vague) = vague_at(tokens, i) {
        return Some(vague);
    }
    let article = word(i) == "a" || word(i) == "an";
    let start = i + usize::from(article);
    if word(start) == "dozen" {
        return Some((start + 1, 12.0, 12.0, Exactness::Exact, false));
    }
    // "a half dozen other players".
    if article && word(start) == "half" && word(start + 1) == "dozen" {
        return Some((start + 2, 6.0, 6.0, Exactness::Exact, false));
    }
    // "a hundred", "a million"; but the "a" of "a nine-storey hotel" is no
    // part of its figure.
    let scale = |w: &str| {
        words::SCALES
            .iter()
            .any(|(name, _)| *name == w && name.len() > 2)
    };
    // One of the unit: "half a mile", "a quarter of an hour", of which the
    // share before it takes its part (see `share_before`); "an hour and a
    // half", "a mile and a quarter", "an hour and 20 minutes", to which
    // the part after it is added (see `extract`).
    let share = share_before(tokens, i).is_some();
    let with_part_after = || {
        word(start + 1) == "and"
            && (part_after_a_unit(tokens, start, start + 1, 1.0).is_some()
                || smaller_spans_after(tokens, start + 1, word(start)).is_some())
    };
    // Bounded, as "less than a mile", "up to a week" and "more than an
    // hour" are (not "a second", an ordinal too, nor "a pound", money too);
    // not a distance in time from something ("less than a year after it
    // took office"), which any story may state of many things, but a
    // span all the same ("closed for up to a week after a landslide",
    // "lasted less than an hour before the judge adjourned").
    let bounded = || {
        let (from, hedge) = hedge_before(tokens, i, 0);
        let lasting = after_lasting(tokens, from);
        let from_something = matches!(
            word(start + 1),
            "after" | "before" | "ago" | "later" | "earlier"
        );
        !matches!(word(start), "second" | "pound")
            && hedge.is_some()
            && (lasting || !from_something)
    };
    if article && ONE_OF_A_UNIT.contains(&word(start)) && (share || with_part_after() || bounded())
    {
        return Some((start, 1.0, 1.0, Exactness::Exact, false));
    }
    if article && !scale(word(start)) {
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut end = start;
    let mut any = false;
    let mut only_one = true;
    // After "between", an "and" before a number of its own scale ends the
    // first bound: "between six hundred and one thousand" is 600 to 1,000.
    let between = i > 0 && word(i - 1) == "between";
    // The small number just read: another may follow only a tens' one
    // ("twenty-six"), not "four eight-hour days".
    let mut last_small: Option<u32> = None;
    loop {
        let w = word(end);
        if let Some(n) = words::small_number(w) {
            if last_small.is_some_and(|last| last < 20 || last % 10 != 0 || n >= 10) {
                break;
            }
            last_small = Some(n);
            current += f64::from(n);
            only_one &= n == 1;
        } else if let Some(&(_, factor)) = words::SCALES
            .iter()
            .find(|(name, _)| *name == w && name.len() > 2)
        {
            if !any && !article {
                break;
            }
            current = current.max(1.0) * factor;
            if factor >= 1e3 {
                total += current;
                current = 0.0;
            }
            only_one = false;
            last_small = None;
        } else if w == "dozen" && any && total == 0.0 {
            // "two dozen", "three dozen eggs".
            current *= 12.0;
            only_one = false;
        } else if w == "and"
            && any
            && words::SCALES.iter().any(|(name, _)| *name == word(end - 1))
            && words::is_small_number(word(end + 1))
            && !another_of_the_scale(&word, end)
            && !(between && ends_in_a_scale(&word, end))
        {
            // "a hundred and seven", not "between one and seven".
            last_small = None;
            end += 1;
            continue;
        } else {
            break;
        }
        any = true;
        end += 1;
    }
    if !any {
        return None;
    }
    // "two and a half feet", "one and a half million dollars".
    if total == 0.0
        && let Some((end, value)) = with_a_part(tokens, start, end, current)
    {
        return Some((end, value, value, Exactness::Exact, false));
    }
    // "one" alone is too often a pronoun ("one of them") to be a figure,
    // but not before what it counts ("one seat on the board").
    if only_one && !one_of_a_kind(tokens, i) {
        return None;
    }
    let value = total + current;
    Some((end, value, value, Exactness::Exact, false))
}

/// Whether the number words after "and" at token `and` end in the scale
/// before it: "between three hundred and four hundred" tells two numbers,
/// not 30,400; "a hundred and twenty thousand" one.
fn another_of_the_scale<'a>(word: &impl Fn(usize) -> &'a str, and: usize) -> bool {
    let scale = word(and - 1);
    let after = (and + 1..).find(|&k| !words::is_small_number(word(k)));
    after.is_some_and(|k| word(k) == scale)
}

/// Whether the number words after "and" at token `and` end in a scale
/// ("one thousand" of "six hundred and one thousand").
fn ends_in_a_scale<'a>(word: &impl Fn(usize) -> &'a str, and: usize) -> bool {
    let after = (and + 1..).find(|&k| !words::is_small_number(word(k)));
    after
        .is_some_and(|k| (words::SCALES.iter()).any(|(name, _)| *name == word(k) && name.len() > 2))
}

/// Units of measure and of time that a share may take a part of ("half a
/// mile", "a quarter of an hour").
const ONE_OF_A_UNIT: &[&str] = &[
    "mile",
    "kilometre",
    "kilometer",
    "km",
    "metre",
    "meter",
    "foot",
    "yard",
    "inch",
    "pound",
    "kilo",
    "kilogram",
    "tonne",
    "ton",
    "litre",
    "liter",
    "gallon",
    "acre",
    "hectare",
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
];

/// A whole number from token `start` to `end` and the half or quarter of
/// one after it, with the scale after that: "two and a half (feet)", "one
/// and a quarter million"; the index past them and the value. Not an age,
/// which a whole number of years tells ("aged ten and a half" is a
/// "10-year-old").
fn with_a_part(tokens: &[Token], start: usize, end: usize, whole: f64) -> Option<(usize, f64)> {
    let word = |k: usize| folded_at(tokens, k);
    let aged = start > 0 && matches!(word(start - 1), "aged" | "age");
    if word(end) != "and" || whole.fract() != 0.0 || aged {
        return None;
    }
    let (part, mut past) = match (word(end + 1), word(end + 2)) {
        ("a", "half") => (0.5, end + 3),
        ("a", "quarter") => (0.25, end + 3),
        _ => return None,
    };
    // "two and a half-hearted apology", "two and a half years old", "The
    // girl, two and a half, was rescued".
    let old = word(past + 1) == "old" && matches!(word(past), "years" | "year" | "months");
    let apposed = start > 0 && word(start - 1) == "," && word(past) == ",";
    if tokens.get(past).is_some_and(|t| t.hyphen_before) || old || apposed {
        return None;
    }
    let mut value = whole + part;
    if let Some(&(_, factor)) = words::SCALES
        .iter()
        .find(|(name, _)| *name == word(past) && name.len() > 2)
    {
        value *= factor;
        past += 1;
    }
    Some((past, value))
}

/// The half or quarter after a unit, from token `end` ("an hour and a
/// half"), as [`with_a_part`] reads it, with the index past it and the
/// value; not a half of the next thing ("two years and a half dozen other
/// players", "a mile and a half marathon", "a year and a half million").
fn part_after_a_unit(
    tokens: &[Token],
    start: usize,
    end: usize,
    whole: f64,
) -> Option<(usize, f64)> {
    let (past, value) = with_a_part(tokens, start, end, whole)?;
    let next = folded_at(tokens, past);
    let of_the_next = matches!(next, "dozen" | "marathon") || ONE_OF_A_UNIT.contains(&next);
    (value < whole + 1.0 && !of_the_next).then_some((past, value))
}

/// Whether "one" at token `i` counts the noun after it: "will get one
/// seat", "killing one person"; not "one of them", "one day", "no one",
/// "said one woman", "what one passenger called", "one man, who", which
/// name somebody, not how many.
fn one_of_a_kind(tokens: &[Token], i: usize) -> bool {
    let before = i.checked_sub(1).map_or("", |k| tokens[k].folded.as_str());
    let after = folded_at(tokens, i + 2);
    let somebody = words::SAYING_VERBS.contains(after)
        || matches!(
            after,
            "called"
                | "calls"
                | "described"
                | "recalled"
                | "admitted"
                | "conceded"
                | "acknowledged"
                | "insisted"
                | "added"
                | "explained"
                | "noted"
                | "argued"
                | "complained"
                | "who"
                | ","
        );
    let counted = tokens.get(i + 1).is_some_and(|t| {
        t.kind == TokenKind::Word
            && !t.capitalized
            && !t.hyphen_before
            && is_content(t.base())
            && !words::is_past(&t.folded)
            && !words::SPANS_OF_TIME.contains(&t.base())
            && !matches!(
                t.folded.as_str(),
                "another" | "other" | "more" | "way" | "point" | "thing" | "side" | "hand"
            )
    });
    let vague = matches!(
        before,
        "no" | "the"
            | "this"
            | "that"
            | "any"
            | "every"
            | "each"
            | "which"
            | "at"
            | "said"
            | "told"
            | "only"
    );
    counted && !vague && !somebody && !tokens[i].capitalized
}

/// `dozens`, `hundreds`, `thousands`, `tens of thousands`, `hundreds of
/// thousands`, `tens of billions`.
fn vague_at(tokens: &[Token], i: usize) -> Option<Parsed> {
    let word = |k: usize| folded_at(tokens, k);
    let base = match word(i) {
        "dozens" => 12.0,
        "scores" => 20.0,
        "tens" => 10.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "trillions" => 1e12,
        _ => return None,
    };
    let mut end = i + 1;
    // Loosely used: "dozens of rivers" may be 21 of them, not only 24 or
    // more, so the least is one and a half times the base.
    let mut low = base * 1.5;
    if word(end) == "of" {
        let factor = match word(end + 1) {
            "thousands" => Some(1e3),
            "millions" => Some(1e6),
            "billions" => Some(1e9),
            _ => None,
        };
        if let Some(factor) = factor {
            low *= factor;
            end += 2;
        }
    }
    if base == 10.0 && end == i + 1 {
        return None; // "tens" alone is not a figure.
    }
    // "Thousands" and "millions" alone are used of tens of them too
    // ("millions of bees" / "about 25 million bees"): English has no word
    // between them and "hundreds of thousands".
    let widest = if base >= 1e3 && end == i + 1 {
        100.0
    } else {
        10.0
    };
    let high = low / 1.5 * widest - 1.0;
    Some((end, low, high, Exactness::Vague, false))
}

/// A span read off a clock's face at token `i`: `2:03:14` or `1:59:40.2`
/// in hours (a race's time), `3:43.13` or `47:21` in minutes (a mile's,
/// no clock's hour); its unit, its bounds and the index past it. Whole
/// seconds are rounded ones, a part of a second either way. `dates` has
/// read those told as a moment ("at 14:28:04") as clock times, and every
/// `4:45`.
fn span_on_a_clock(tokens: &[Token], i: usize) -> Option<(usize, &'static str, f64, f64)> {
    let (first, second) = (tokens.get(i)?, tokens.get(i + 2)?);
    let whole = |t: &Token| {
        t.kind == TokenKind::Number
            && (1..=2).contains(&t.folded.len())
            && t.folded.bytes().all(|b| b.is_ascii_digit())
    };
    // "1:02:03:04" is no span of these, at its first part or a later one.
    let after_a_colon = i > 0 && super::glued_colon(tokens, i - 1);
    let read =
        super::glued_colon(tokens, i + 1) && whole(first) && second.kind == TokenKind::Number;
    if !read || after_a_colon {
        return None;
    }
    let first: f64 = first.folded.parse().ok()?;
    let (unit, end, value, seconds) = if whole(second) && second.folded.len() == 2 {
        let minutes: f64 = second.folded.parse().ok()?;
        match super::seconds_after(tokens, i + 3) {
            Some((end, seconds)) if minutes < 60.0 => {
                let hours = first + minutes / 60.0 + seconds / 3600.0;
                ("hour", end, hours, seconds)
            }
            // "47:21" is no clock time, nor "1:12 ahead": minutes and
            // seconds.
            None if (first > 23.0 || super::a_gap(tokens, i, i + 3)) && minutes < 60.0 => {
                ("minute", i + 3, first + minutes / 60.0, minutes)
            }
            _ => return None,
        }
    } else {
        // "3:43.13": minutes and seconds with their hundredths.
        let seconds: f64 = second.folded.parse().ok()?;
        let tenths = second
            .folded
            .split_once('.')
            .is_some_and(|(s, _)| s.len() == 2);
        if !tenths || seconds >= 60.0 {
            return None;
        }
        ("minute", i + 3, first + seconds / 60.0, seconds)
    };
    if super::glued_colon(tokens, end) {
        return None;
    }
    let per_second = if unit == "hour" { 3600.0 } else { 60.0 };
    let rounded = if seconds.fract() == 0.0 {
        ROUNDED_PART / per_second
    } else {
        0.0
    };
    Some((end, unit, value - rounded, value + rounded))
}

/// How far either way a span's last part, told whole, may be from the span
/// it rounds, in that part's units ("1 hour 59 minutes 40 seconds" is
/// "1:59:40.2"); less than a half, so that whole parts next to each other
/// stay apart.
const ROUNDED_PART: f64 = 0.45;

/// The minutes and seconds after a span of hours or minutes ending at token
/// `k` ("2 hours 3 minutes 41 seconds", "two hours, 21 minutes and nine
/// seconds", "3 minutes 26 seconds", "a 20-hour, 15-minute standoff"), in
/// that span's unit, how far the last part rounds it either way, and the
/// index past them; not some of the span ("for three hours, 40 minutes of
/// which", "six hours, 45 minutes of them").
fn smaller_spans_after(tokens: &[Token], k: usize, unit: &str) -> Option<(f64, f64, usize)> {
    let smaller = [("hour", "minute"), ("minute", "second")];
    let (_, next_unit) = smaller.iter().find(|(of, _)| *of == unit)?;
    let comma = tokens.get(k).is_some_and(|t| t.is_punct(','));
    let from = k + usize::from(comma);
    let from = from + usize::from(folded_at(tokens, from) == "and");
    // "2 minutes 05 seconds": a part's leading zero, as on a clock.
    let zero_led = || {
        let t = tokens.get(from).filter(|t| t.kind == TokenKind::Number)?;
        let value: f64 = t.folded.parse().ok().filter(|_| t.folded.len() == 2)?;
        Some((from + 1, value, value, Exactness::Exact, false))
    };
    let (past, count, high, exactness, ordinal) = digits_at(tokens, from)
        .or_else(|| words_at(tokens, from))
        .or_else(zero_led)?;
    let named = tokens
        .get(past)
        .is_some_and(|t| canonical_unit(&super::stem(t.base())) == *next_unit);
    let of_them = folded_at(tokens, past + 1) == "of"
        && matches!(
            folded_at(tokens, past + 2),
            "which" | "them" | "whom" | "those"
        );
    if !named
        || of_them
        || ordinal
        || exactness != Exactness::Exact
        || count != high
        || count >= 60.0
    {
        return None;
    }
    let rest = smaller_spans_after(tokens, past + 1, next_unit);
    let rounding = if count.fract() == 0.0 {
        ROUNDED_PART
    } else {
        0.0
    };
    let (more, rounded, end) = rest.unwrap_or((0.0, rounding, past + 1));
    Some(((count + more) / 60.0, rounded / 60.0, end))
}

/// The inches after a length in feet, at token `k`, and the token past
/// them: "6in" or "6 inches" (under a foot), not "6 in the morning".
fn inches_after(tokens: &[Token], k: usize) -> Option<(f64, usize)> {
    let t = tokens.get(k).filter(|t| t.kind == TokenKind::Number)?;
    let digits = t.folded.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let inches: f64 = digits.parse().ok().filter(|&n: &f64| n < 12.0)?;
    let end = match &t.folded[digits.len()..] {
        "in" => k + 1,
        "" if matches!(folded_at(tokens, k + 1), "inch" | "inches") => k + 2,
        _ => return None,
    };
    Some((inches, end))
}

/// Whether a glued F is Fahrenheit: in a sentence that speaks of heat or
/// cold ("temperatures of about 86F"), not a floor or a grade ("on 5F").
fn fahrenheit_glued(tokens: &[Token], suffix: &str) -> bool {
    suffix == "f" && speaks_of_heat(tokens)
}

/// Whether a sentence speaks of heat or cold (see [`words::OF_HEAT`]): a
/// letter after a figure there may be a temperature's scale.
fn speaks_of_heat(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| words::OF_HEAT.contains(t.base()))
}

/// The unit glued to a figure (`200m`, `60ft`, `5km`), canonical.
fn glued_unit(suffix: &str) -> Option<String> {
    // "50.8C" is in degrees Celsius ("5c", in cents, is left unread by
    // `extract`). A glued F stands for more than Fahrenheit, a floor or a
    // grade: it is read only where heat is spoken of (`fahrenheit_glued`).
    if suffix == "c" {
        return Some("celsius".to_string());
    }
    let unit = canonical_unit(suffix);
    (unit != suffix
        || matches!(
            suffix,
            "km" | "kg" | "mph" | "kph" | "cm" | "mm" | "lb" | "lbs"
        ))
    .then_some(unit)
}

/// The scale a capital "C" or "F" standing alone after a figure names,
/// before punctuation or the end, where heat is spoken of ("the
/// temperature reached 41 C.") or both scales are given ("kept at 18 C (64
/// F)"): not "grade 5 C students", "seated in row 14 C," nor "Section 18
/// C of the act".
fn spaced_scale(tokens: &[Token], original: &str, at: usize) -> Option<&'static str> {
    let scale_at = |k: usize| -> Option<&'static str> {
        let letter = tokens.get(k)?;
        let alone = tokens.get(k + 1).is_none_or(|t| t.kind == TokenKind::Punct);
        let after_a_figure = k > 0 && tokens[k - 1].kind == TokenKind::Number;
        let scale = match letter.text(original) {
            "C" => "celsius",
            "F" => "fahrenheit",
            _ => return None,
        };
        (letter.space_before && alone && after_a_figure).then_some(scale)
    };
    let scale = scale_at(at)?;
    let both_scales = || (0..tokens.len()).any(|k| scale_at(k).is_some_and(|s| s != scale));
    (speaks_of_heat(tokens) || both_scales()).then_some(scale)
}

/// Whether the token at `at` is a degree sign ("49°C", "a 30° slope"):
/// degrees, whose scale [`temperature_scale`] reads after it.
fn degree_sign(tokens: &[Token], at: usize) -> bool {
    tokens
        .get(at)
        .is_some_and(|t| t.kind == TokenKind::Punct && t.folded == "°")
}

/// "51 degrees Celsius", "124 degrees Fahrenheit": degrees of a named scale
/// are that scale's, and the scale's word is part of the figure.
fn temperature_scale(
    tokens: &[Token],
    unit: Option<String>,
    end: usize,
) -> (Option<String>, usize) {
    if unit.as_deref() != Some("degre") {
        return (unit, end);
    }
    let scale = match folded_at(tokens, end) {
        "celsius" | "centigrade" | "c" => "celsius",
        "fahrenheit" | "f" => "fahrenheit",
        _ => return (unit, end),
    };
    (Some(scale.to_string()), end + 1)
}

/// A speed: a length's unit an hour, which ends at `end` ("198 km/h",
/// "900 kilometres per hour", "60 miles an hour"), as the unit of a speed
/// and where it ends; else the unit as it is.
fn per_hour(tokens: &[Token], unit: Option<String>, end: usize) -> (Option<String>, usize) {
    let speed = match unit.as_deref() {
        Some("km") => "kph",
        Some("mile") => "mph",
        _ => return (unit, end),
    };
    let slash = tokens
        .get(end)
        .is_some_and(|t| t.is_punct('/') && !t.space_before);
    match (folded_at(tokens, end), folded_at(tokens, end + 1)) {
        (_, "h") if slash => (Some(speed.to_string()), end + 2),
        ("per" | "an" | "a", "hour") => (Some(speed.to_string()), end + 2),
        _ => (unit, end),
    }
}

/// A length's unit with the word that qualifies it, which ends at `end`:
/// an area where "square" stands before it ("8 square miles", "20 sq
/// km"), a sea mile where "nautical" does ("40 nautical miles"), a
/// tonne where "metric" does ("120 metric tons"); else the unit as it is.
fn qualified(tokens: &[Token], unit: Option<String>, end: usize) -> Option<String> {
    let before = if end >= 2 {
        folded_at(tokens, end - 2)
    } else {
        ""
    };
    match unit {
        Some(length) if matches!(before, "square" | "sq") && is_length(&length) => {
            Some(format!("square {length}"))
        }
        Some(mile) if before == "nautical" && mile == "mile" => Some("nautical mile".to_string()),
        // A metric ton is a tonne, whatever a ton alone is.
        Some(ton) if before == "metric" && ton == "ton" => Some("tonne".to_string()),
        unit => unit,
    }
}

fn is_length(unit: &str) -> bool {
    matches!(unit, "km" | "mile" | "metre" | "foot")
}

/// One name per unit of measure, so that `metres`, `meters` and `m` agree.
pub fn canonical_unit(stem: &str) -> String {
    let unit = match stem {
        "m" | "metr" | "meter" | "metre" | "metres" | "meters" => "metre",
        "ft" | "feet" | "foot" => "foot",
        "km" | "kilometr" | "kilomet" | "kilometre" | "kilometer" => "km",
        "mile" | "mi" => "mile",
        "kg" | "kilogram" | "kilo" => "kg",
        "gram" | "gramm" => "gram",
        "ounc" | "ounce" => "ounce",
        "yd" | "yard" => "yard",
        "inch" => "inch",
        "cm" | "centimetr" | "centimet" => "cm",
        "mm" | "millimetr" | "millimet" => "mm",
        "tonn" | "tonne" => "tonne",
        "acr" | "acre" => "acre",
        "ha" | "hectar" | "hectare" => "hectare",
        "month" => "month",
        "yr" | "year" => "year",
        "hr" | "hour" => "hour",
        "min" | "minut" => "minute",
        "kph" | "kmh" => "kph",
        "kw" | "kilowatt" => "kilowatt",
        "mw" | "megawatt" => "megawatt",
        "gw" | "gigawatt" => "gigawatt",
        "kwh" => "kilowatt hour",
        "mwh" => "megawatt hour",
        "gwh" => "gigawatt hour",
        "twh" => "terawatt hour",
        "litr" | "liter" | "litre" => "litre",
        other => other,
    };
    unit.to_string()
}

/// Whether the unit at token `at`, after a figure at token `i`, is pounds
/// of weight: a thing that "weighs roughly 8,800 pounds", "weighing 200
/// pounds", "tipped the scales at 2,750 pounds", "an 18-pound bronze
/// trophy", "at nearly 10 pounds, is heavy enough". Not "weighing a 300
/// million pound offer": an article between, or a scale, says money; nor
/// "a 50-pound fine", a noun of money after the pounds.
fn pounds_weighed(tokens: &[Token], i: usize, at: usize) -> bool {
    const OF_MONEY: &[&str] = &[
        "note",
        "notes",
        "coin",
        "coins",
        "fine",
        "fee",
        "bill",
        "voucher",
        "charge",
        "ticket",
        "prize",
        "bet",
        "payment",
        "levy",
        "tax",
        "bonus",
        "loan",
        "grant",
        "donation",
        "reward",
        "cheque",
        "check",
        "price",
        "deal",
        "budget",
        "investment",
        "contract",
        "penalty",
        "deposit",
        "fare",
        "payout",
        "settlement",
        "jackpot",
        "rebate",
        "refund",
        "salary",
        "wage",
        "compensation",
        "fund",
        "windfall",
        "pension",
        "allowance",
        "subsidy",
        "bail",
        "ransom",
        "bribe",
        "overdraft",
        "mortgage",
        "tip",
        "stake",
        "rise",
        "increase",
        "cut",
        "debt",
        "profit",
        "loss",
        "sale",
        "purchase",
        "offer",
        "bid",
        "rent",
        "income",
    ];
    let unit = &tokens[at];
    let scaled = (tokens[i..at].iter())
        .any(|t| (words::SCALES.iter()).any(|(name, _)| *name == t.folded && name.len() > 2));
    let from = i.saturating_sub(3);
    let weigh = (tokens[from..i].iter())
        .rposition(|t| t.folded.starts_with("weigh"))
        .map(|k| from + k);
    let article_between = |k: usize| {
        (tokens[k + 1..i].iter()).any(|t| matches!(t.folded.as_str(), "a" | "an" | "the"))
    };
    // "an 18-pound trophy": pounds joined to the figure, a noun after.
    let of_a_thing = unit.hyphen_before
        && tokens.get(at + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.hyphen_before && !OF_MONEY.contains(&t.folded.as_str())
        });
    // "tipping the scales at 2,750 pounds", "tips the scales at about 260
    // pounds"; not "scales worth 300,000 pounds", "pay scales start at
    // 24,000 pounds".
    let on_the_scales = (i.saturating_sub(4)..i).any(|k| {
        k >= 1
            && tokens[k].folded == "scales"
            && tokens[k - 1].folded == "the"
            && folded_at(tokens, k + 1) == "at"
    });
    // "at nearly 10 pounds, is heavy enough to serve as a doorstop",
    // "600 pounds heavier than its predecessor".
    let heavy_after = (tokens.iter().skip(at + 1).take(4))
        .any(|t| matches!(t.folded.as_str(), "heavy" | "heavier" | "heaviest"));
    matches!(unit.folded.as_str(), "pound" | "pounds")
        && !scaled
        && (weigh.is_some_and(|k| !article_between(k))
            || on_the_scales
            || of_a_thing
            || heavy_after)
}

fn currency_symbol(token: &Token) -> Option<String> {
    if token.kind != TokenKind::Punct {
        return None;
    }
    words::CURRENCIES
        .iter()
        .find(|(w, _)| *w == token.folded)
        .map(|(_, code)| code.to_string())
}

/// The currency of the symbol at token `k`, with the letters before a
/// dollar sign that name another country's dollar ("NT$", "A$", "HK$"),
/// and how many tokens it takes.
fn currency_at(tokens: &[Token], k: usize) -> Option<(String, usize)> {
    if let Some((code, taken)) = currency_letters(tokens, k) {
        return Some((code.to_string(), taken));
    }
    let code = currency_symbol(&tokens[k])?;
    // "NT $24.05" or "HK$5"; but one capital only glued ("A$3", not "A $5
    // fee").
    let glued = !tokens[k].space_before;
    let prefix = k.checked_sub(1).map(|p| &tokens[p]).filter(|p| {
        p.kind == TokenKind::Word
            && match p.folded.len() {
                1 => p.capitalized && glued,
                2 => p.all_caps,
                _ => false,
            }
    });
    let dollar = prefix.and_then(|p| {
        (words::DOLLAR_PREFIXES.iter())
            .find(|(letters, _)| *letters == p.folded)
            .map(|(_, code)| code.to_string())
    });
    match dollar {
        Some(other) if code == "usd" => Some((other, 2)),
        _ => Some((code, 1)),
    }
}

/// The code of a currency named in words at token `at` ("euros", "Swiss
/// francs", "Canadian dollars"), and how many words it takes.
fn currency_named_at(tokens: &[Token], at: usize) -> Option<(&'static str, usize)> {
    let one = (tokens.get(at))
        .and_then(|t| words::CURRENCIES.iter().find(|(w, _)| *w == t.folded))
        .map(|&(_, code)| (code, 1));
    one.or_else(|| dollar_of_a_nation(tokens, at))
        .or_else(|| currency_of_a_nation(tokens, at).map(|code| (code, 2)))
}

/// The code of a currency named after a figure by a country's adjective
/// at token `at` and its name ("95 million Kenyan shillings", "3,400 Swiss
/// francs"); dollars are [`dollar_of_a_nation`]'s.
fn currency_of_a_nation(tokens: &[Token], at: usize) -> Option<&'static str> {
    let (nation, name) = (tokens.get(at)?, tokens.get(at + 1)?);
    let currency = (words::CURRENCIES.iter())
        .find(|(word, _)| *word == name.folded && word.chars().all(char::is_alphabetic))?;
    (nation.kind == TokenKind::Word
        && nation.capitalized
        && !nation.all_caps
        && currency.1 != "usd")
        .then_some(currency.1)
}

/// The code of the currency whose letters end at token `k`, written
/// before the figure after them ("R54 million", "Rs 4 lakh", "Rs.4.5
/// crore", "SR 50,000"; see [`words::CURRENCY_LETTERS`]), and how many
/// tokens they take: a single letter only glued to the figure, and not
/// before a hyphen ("SR-71"). Letters of other uses too ("R54" is a road,
/// "SR 520" a state route) name money only before a figure that looks
/// like it: with a scale ("R5m", "R54 million") or thousands ("SR 50,000").
fn currency_letters(tokens: &[Token], k: usize) -> Option<(&'static str, usize)> {
    let figure = tokens.get(k + 1)?;
    // "Rs." with its full stop: the letters are the token before it.
    let (word, taken) = match tokens.get(k) {
        Some(dot) if dot.is_punct('.') && k >= 1 => (&tokens[k - 1], 2),
        Some(word) => (word, 1),
        None => return None,
    };
    let written_so = |written: &str| {
        let caps = written.chars().filter(char::is_ascii_uppercase).count();
        word.folded.eq_ignore_ascii_case(written)
            && word.capitalized
            && (written.len() == 1 || word.all_caps == (caps == written.len()))
            && (written.len() > 1 || !figure.space_before)
    };
    let looks_like_money = || {
        let next_word = tokens.get(k + 2).map_or("", |t| t.folded.as_str());
        words::figure_of_money(&figure.folded, next_word)
    };
    let &(written, code) =
        (word.kind == TokenKind::Word && figure.kind == TokenKind::Number && !figure.hyphen_before)
            .then(|| {
                words::CURRENCY_LETTERS
                    .iter()
                    .find(|(written, _)| written_so(written))
            })
            .flatten()?;
    (!words::CURRENCY_LETTERS_OF_OTHER_USES.contains(&written) || looks_like_money())
        .then_some((code, taken))
}

/// The code of the dollar a country's adjective at token `at` names before
/// "dollar" or "dollars" ("12 million Canadian dollars", "9 million New
/// Zealand dollars"), and how many words they take with "dollars".
fn dollar_of_a_nation(tokens: &[Token], at: usize) -> Option<(&'static str, usize)> {
    let folded = |k: usize| tokens.get(k).map_or("", |t| t.folded.as_str());
    let (nation, code) = (words::DOLLAR_NATIONS.iter())
        .find(|(nation, _)| (nation.iter().enumerate()).all(|(n, word)| folded(at + n) == *word))?;
    let words = nation.len();
    matches!(folded(at + words), "dollar" | "dollars").then_some((*code, words + 1))
}

/// The hedge phrase ending just before the figure (skipping a currency
/// symbol): where the figure's surface starts, and the hedge.
fn hedge_before(tokens: &[Token], i: usize, currency_before: usize) -> (usize, Option<Hedge>) {
    let at = i - currency_before;
    // "born before 23 weeks": a span of time bounded (not "rescued after
    // 62 hours", a moment; nor "within 20 minutes", a deadline).
    let span_after = tokens
        .get(i + 1)
        .is_some_and(|t| words::SPANS_OF_TIME.contains(&t.folded.as_str()));
    if span_after && at >= 1 && tokens[at - 1].folded == "before" {
        return (at - 1, Some(Hedge::AtMost));
    }
    // Longest phrases first (as the list is): "no more than" is not "more
    // than".
    for (phrase, hedge) in words::HEDGES {
        let Some(start) = at.checked_sub(phrase.len()) else {
            continue;
        };
        let matches = phrase
            .iter()
            .zip(&tokens[start..at])
            .all(|(w, t)| *w == t.folded);
        // "a strike over 7.5% pay", "a row over $2bn of debt": "over"
        // after a word of dispute is what it is about, not a hedge; after a
        // penalty, so is "over" an amount ("jailed over $68m Ponzi
        // scheme"), but not a count ("arrested over 200 people").
        let before = start.checked_sub(1).map_or("", |k| tokens[k].base());
        let about_a_dispute = *phrase == ["over"]
            && (words::DISPUTES.contains(&before)
                || currency_before > 0
                    && (words::BLAMING.contains(before) || words::PENALTIES.contains(before)));
        // "below 4 metres of snow", "above 3 hectares of parkland": a
        // place over or under an amount of a thing, no bound.
        let of_a_thing = matches!(*phrase, ["above"] | ["below"])
            && tokens.get(i + 2).is_some_and(|t| t.folded == "of")
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && t.folded != "percent");
        if matches && !about_a_dispute && !of_a_thing {
            return (start, Some(*hedge));
        }
    }
    (at, None)
}

/// Applies a hedge to a figure's interval.
fn bend(low: f64, high: f64, exactness: Exactness, hedge: Option<Hedge>) -> (f64, f64, Exactness) {
    match hedge {
        None => (low, high, exactness),
        Some(Hedge::About) => (low * 0.95, high * 1.05, Exactness::Approximate),
        Some(Hedge::Nearly) => (low * 0.9, high, Exactness::Approximate),
        Some(Hedge::AtLeast) => (low, f64::INFINITY, Exactness::AtLeast),
        Some(Hedge::AtMost) => (0.0, high, Exactness::AtMost),
    }
}

/// What a figure counts or measures, read from the words after it.
struct Counted {
    /// Stem of the noun it counts (`processor`), or of its hyphenated unit (`day`).
    unit: Option<String>,
    /// The index past the figure's words.
    end: usize,
    /// Names before the noun, folded (`intel`, `atom`).
    names: Vec<Box<str>>,
    /// For a hyphenated measure, stems of the words it describes (`stay`).
    measured: Vec<super::Term>,
}

impl Counted {
    /// A unit and nothing that narrows it.
    fn bare(unit: Option<String>, end: usize) -> Counted {
        Counted {
            unit,
            end,
            names: Vec::new(),
            measured: Vec::new(),
        }
    }
}

/// The index past the whole a part of `part` is of, told from token
/// `from` after "of": "94 of the 240 seats", "14 of the train's 31
/// wagons", "17 of South Africa's 21 provinces", told in words too ("eight
/// of eleven deaf children", "19 of its twenty-one members"); a part counts
/// what its whole does. No whole is smaller than its part: "Four of one
/// family" counts no families.
fn past_a_whole(tokens: &[Token], from: usize, part: f64) -> Option<usize> {
    let mut k = from;
    if matches!(folded_at(tokens, k), "the" | "its" | "their") {
        k += 1;
    }
    // An owner: "Mongolia's", "the train's", "South Africa's".
    let owner = (k..(k + 3).min(tokens.len()))
        .take_while(|&j| tokens[j].kind == TokenKind::Word)
        .find(|&j| tokens[j].is_possessive());
    if let Some(owner) = owner {
        k = owner + 1;
    }
    let (past, whole) = whole_at(tokens, k)?;
    (whole >= part).then_some(past)
}

/// The index past a whole number at token `k`, and its value: digits
/// ("1,200") or words ("eleven", "twenty-one").
fn whole_at(tokens: &[Token], k: usize) -> Option<(usize, f64)> {
    let t = tokens.get(k)?;
    if t.kind == TokenKind::Number {
        let value = t.folded.replace(',', "").parse::<f64>().ok()?;
        // "of its 1.2 million residents".
        let scale = (words::SCALES.iter()).find(|(name, _)| *name == folded_at(tokens, k + 1));
        return Some(match scale {
            Some(&(_, factor)) => (k + 2, value * factor),
            None => (k + 1, value),
        });
    }
    let number = |k: usize| tokens.get(k).and_then(|t| words::small_number(&t.folded));
    let first = number(k)?;
    // A tens' number may take a unit's after it ("twenty-one").
    match number(k + 1) {
        Some(unit) if first >= 20 && first % 10 == 0 && unit < 10 => {
            Some((k + 2, f64::from(first + unit)))
        }
        _ => Some((k + 1, f64::from(first))),
    }
}

/// The stem of the noun a figure counts, the index past it, and the words
/// that narrow what it counts.
fn unit_after(
    tokens: &[Token],
    figure: &Figure,
    glued: Option<String>,
    title_case: bool,
) -> Counted {
    let bare = Counted::bare;
    if glued.is_some() {
        return bare(glued, figure.end);
    }
    if degree_sign(tokens, figure.end) {
        return bare(Some("degre".to_string()), figure.end + 1);
    }
    let mut k = figure.end;
    if figure.hyphen_unit {
        let mut parts = Vec::new();
        while let Some(t) = tokens
            .get(k)
            .filter(|t| t.hyphen_before && t.kind == TokenKind::Word)
        {
            parts.push(t.folded.as_str());
            k += 1;
        }
        // An age in years; "a 10-month-old girl" is an age too, in months,
        // neither a span of time nor an age to compare with years.
        // "a 35-member team", "a 12-strong crew": the group's size, as "a
        // team of 35" gives it.
        let group = Some(folded_at(tokens, k)).filter(|g| words::GROUPS_OF_PEOPLE.contains(g));
        let unit = if parts.starts_with(&["year", "old"]) {
            "age".to_string()
        } else if let [span @ ("month" | "week" | "day"), "old", ..] = parts[..] {
            format!("age {span}")
        } else if let (["member" | "strong"], Some(group)) = (&parts[..], group) {
            group.to_string()
        } else {
            parts
                .first()
                .map(|p| canonical_unit(&stem(p)))
                .unwrap_or_default()
        };
        let measured = if unit == "age" || unit.starts_with("age ") {
            Vec::new()
        } else {
            measured_after(tokens, k)
        };
        return Counted {
            measured,
            ..bare(Some(unit), k)
        };
    }
    if folded_at(tokens, k) == "of" && figure.exactness == Exactness::Vague {
        k += 1;
    }
    if folded_at(tokens, k) == "of"
        && let Some(past) = past_a_whole(tokens, k + 1, figure.high)
    {
        k = past;
    }
    // "150,000 head of livestock", "85 head of cattle", "200,000 heads of
    // lettuce": what is counted by the head is what it counts (not "19
    // heads of state", nor "40 livestock sheds").
    if matches!(folded_at(tokens, k), "head" | "heads")
        && folded_at(tokens, k + 1) == "of"
        && words::COUNTED_BY_THE_HEAD.contains(folded_at(tokens, k + 2))
    {
        k += 2;
    }
    let plural = |k: &usize| counts_many(tokens[*k].base());
    // Spans of time are stop words elsewhere, but say what a figure counts
    // ("died over ten days").
    let word = |t: &Token| {
        t.kind == TokenKind::Word
            && (is_content(t.base()) || words::SPANS_OF_TIME.contains(&t.base()))
    };
    // "28,000 supporters" are a crowd, as fans are (the stem is a verb's).
    // "about 25 years old" is an age, as "a 25-year-old" is.
    let head_noun = |head: usize| match tokens[head].base() {
        "supporter" | "supporters" => Some("fan".to_string()),
        base => {
            let unit = canonical_unit(&stem(base));
            // "30 gigawatt-hours", "450 megawatt hours": energy, not time.
            let power = (unit == "hour" && head > 0)
                .then(|| canonical_unit(&stem(tokens[head - 1].base())))
                .filter(|p| p.ends_with("watt"));
            if let Some(power) = power {
                return Some(format!("{power} hour"));
            }
            Some(match (unit.as_str(), folded_at(tokens, head + 1)) {
                ("year", "old") => "age".to_string(),
                ("month" | "week" | "day", "old") => format!("age {unit}"),
                _ => unit,
            })
        }
    };
    // "11 people, seven of them children", "two of whom were women": what
    // the part counts is told after "of them", a plural closing the phrase
    // (not "three of them seriously").
    if folded_at(tokens, k) == "of" && matches!(folded_at(tokens, k + 1), "them" | "whom") {
        let verb = usize::from(matches!(folded_at(tokens, k + 2), "were" | "are"));
        let noun = k + 2 + verb;
        let closing = tokens
            .get(noun + 1)
            .is_none_or(|t| t.kind == TokenKind::Punct);
        if tokens.get(noun).is_some_and(|t| word(t) && !t.capitalized) && closing && plural(&noun) {
            k = noun;
        }
    }
    // "384 Intel Atom dual-core processors": names before the noun say which
    // of its kind are counted.
    let names_from = k;
    // A hyphen joins a letter or a lower-case word to a name ("IRIS-T").
    let name_word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            word(t) && t.capitalized
                || k > names_from && t.hyphen_before && t.kind == TokenKind::Word
        })
    };
    while name_word(k) {
        k += 1;
    }
    let names_end = k;
    // "at least 12 other people hurt", "three more bodies": what follows
    // is what it counts.
    if names_end == names_from
        && matches!(folded_at(tokens, k), "other" | "more")
        && tokens.get(k + 1).is_some_and(word)
    {
        k += 1;
    }
    // Indices of the words after the figure that may name what it counts.
    let mut nouns: Vec<usize> = Vec::new();
    while let Some(t) = tokens.get(k) {
        // "1,500 search and rescue personnel": "and" between modifiers, not
        // after the noun ("38 people and injuring"), nor after a unit of
        // measure or of time ("42.195 km long and passes the cathedral",
        // "nearly a month and left hundreds stranded").
        let a_measure = |&n: &usize| {
            let base = to_base_unit(Some(canonical_unit(&stem(tokens[n].base())))).0;
            base.as_deref().is_some_and(is_base_unit_of_a_thing)
                || words::SPANS_OF_TIME.contains(&tokens[n].base())
        };
        let joined = t.folded == "and"
            && !nouns.is_empty()
            && !nouns.iter().any(plural)
            && !nouns.iter().any(a_measure)
            && tokens.get(k + 1).is_some_and(word);
        if joined {
            k += 1;
            continue;
        }
        // "four gigabit Ethernet switches": a name within the words before
        // a plural noun.
        let name_within = t.capitalized
            && !nouns.is_empty()
            && tokens
                .get(k + 1)
                .is_some_and(|n| word(n) && !n.capitalized && plural(&(k + 1)));
        // "fell by almost a third compared with the year before": a
        // comparison follows, no noun.
        let compared = t.folded == "compared" && matches!(folded_at(tokens, k + 1), "with" | "to");
        // Up to three words; a hyphenated one is one word ("four
        // hydrogen-powered car ferries").
        let words_read = (nouns.iter())
            .filter(|&&n| !tokens[n].hyphen_before)
            .count();
        if !word(t) || t.capitalized && !name_within || words_read == 3 || compared {
            break;
        }
        nouns.push(k);
        k += 1;
        if t.is_possessive() {
            break;
        }
    }
    // Without parts of speech: the first plural ("26 world leaders came"),
    // or past a collective noun that only describes, one ending in "s"
    // ("200 police officers", "20 infantry fighting vehicles", but "12
    // people carrying weapons"); else a name, plural first ("12
    // Palestinians killed", "30 Taliban overnight"); else the first word
    // ("12 killed", "80th anniversary"). The figure's words end there.
    let regular_plural = |k: &&usize| looks_plural(tokens[**k].base());
    // "100 mph winds", "seas of 26 feet and gusts": a speed, or a unit of
    // measure in the plural, right after the figure is what it counts; a
    // unit in the singular may describe the noun counted ("six foot
    // patrols", "20 meter readers"), "20 pounds" may be money, "30
    // gigawatt hours" energy.
    let measure_first = nouns.first().copied().filter(|&k| {
        let written = tokens[k].folded.as_str();
        let base = to_base_unit(Some(canonical_unit(&stem(tokens[k].base())))).0;
        let speed = base.as_deref() == Some("metre per second");
        let plural = written == "feet" || written.ends_with('s');
        k == figure.end
            && (speed || plural)
            && !matches!(written, "pounds" | "lbs")
            && !matches!(folded_at(tokens, k + 1), "hour" | "hours")
            && base.as_deref().is_some_and(is_base_unit_of_a_thing)
    });
    let plural_head = nouns.iter().find(|k| plural(k)).map(|&first| {
        let base = tokens[first].base();
        let describes = words::DESCRIBING_COLLECTIVES.contains(base)
            || words::ANIMALS_OF_NO_PLURAL.contains(base);
        match nouns.iter().find(regular_plural) {
            Some(&regular) if describes && regular > first => regular,
            _ => first,
        }
    });
    let noun_head = measure_first.or(plural_head);
    let name_head = || {
        let mut names = (names_from..names_end).filter(|&k| !tokens[k].all_caps);
        let regular = names.clone().find(|k| regular_plural(&k));
        regular
            .or_else(|| names.find(|k| plural(k)))
            .or((names_from < names_end).then_some(names_from))
    };
    // In a Title Case headline capitals say nothing: no name narrows.
    let narrowing = |head: usize| {
        (names_from..names_end)
            .filter(|&k| k != head && !title_case)
            .map(|k| tokens[k].base().into())
            .collect()
    };
    // "Twelve fell ill", "two became sick": a verb before what befell
    // them, not what they are; "5-2 late Tuesday": a time, not a thing.
    // "the record of ₦310 million set last year": a participle, no noun.
    // Not "the $250 set in a wooden box", which a set is.
    let a_time_at = |k: usize| {
        let k = k + usize::from(matches!(folded_at(tokens, k), "the" | "early" | "late"));
        super::dates::starts_a_date(tokens, k)
    };
    let set_when = |k: usize| {
        tokens[k].folded == "set"
            && match folded_at(tokens, k + 1) {
                // "set by a charity gala", "set by Denmark's Anders Lykke".
                "last" | "this" | "earlier" | "by" => true,
                // "set in Dubai", "set at the Olympics".
                "in" | "on" | "during" | "at" => {
                    a_time_at(k + 2)
                        || (tokens.get(k + 2)).is_some_and(|t| t.capitalized)
                        || (folded_at(tokens, k + 2) == "the"
                            && tokens.get(k + 3).is_some_and(|t| t.capitalized))
                }
                _ => false,
            }
    };
    let first_word = nouns.first().copied().filter(|&k| {
        !words::BEFORE_AN_OUTCOME.contains(&tokens[k].folded)
            && !words::WHEN_AFTER_A_FIGURE.contains(&tokens[k].folded)
            && !set_when(k)
    });
    // "1,550 square km": an area's unit follows "square" (read with it by
    // `qualified`), though no plural says so.
    let area = |head: usize| {
        let unit_after = tokens
            .get(head + 1)
            .is_some_and(|t| is_length(&canonical_unit(&stem(t.base()))));
        if matches!(tokens[head].folded.as_str(), "square" | "sq") && unit_after {
            head + 1
        } else {
            head
        }
    };
    match noun_head.or_else(name_head).or(first_word).map(area) {
        Some(head) => Counted {
            names: narrowing(head),
            ..bare(head_noun(head), head + 1)
        },
        None => bare(None, figure.end),
    }
}

/// Stems of the words a hyphenated measure describes, up to three content
/// words: `court`, `mandat`, `stay` in "a 90-day court-mandated stay".
fn measured_after(tokens: &[Token], from: usize) -> Vec<super::Term> {
    tokens[from.min(tokens.len())..]
        .iter()
        .take_while(|t| t.kind == TokenKind::Word && is_content(t.base()))
        .take(3)
        .map(|t| super::Term::of(&super::canonical_term(stem(t.base()))))
        .collect()
}

/// Whether a stem is the word of a list entry: the same, or (for entries of
/// five letters or more, like `injur`) it with an ending of a letter or two
/// (`injuri`). Short entries match only themselves, so `miss` is not
/// `missil`.
fn stem_is(stem: &str, entry: &str) -> bool {
    // An ending of a letter or two: "personnel" is no "person".
    stem == entry || entry.len() >= 5 && stem.len() <= entry.len() + 2 && stem.starts_with(entry)
}

/// Whether a word counts many: a plural, a collective noun ("crew",
/// "police"), or an animal of no plural ending ("salmon").
fn counts_many(base: &str) -> bool {
    looks_plural(base)
        || words::COLLECTIVE.contains(base)
        || words::ANIMALS_OF_NO_PLURAL.contains(base)
}

/// Whether a word looks like a plural noun (`troops`, not `press` or `bus`).
pub(crate) fn looks_plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !words::SINGULAR_IN_S.contains(word)
}

/// Whether the number at `i` is part of a name (`Flight 1282`, `Boeing 737`,
/// `MAX 9`, `Covid-19`): a capitalized word just before it, not a day, a
/// month, a hedge or a function word ("Some 250", "Nearly 300").
/// In a Title Case headline every word is capitalized: it says nothing.
fn names_before(tokens: &[Token], i: usize) -> bool {
    let Some(before) = i.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    let hedge = words::HEDGES
        .iter()
        .any(|(phrase, _)| phrase.last() == Some(&before.folded.as_str()));
    // "beat Arsenal 3-1": a score or a range, not a name.
    let paired = tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Number && t.hyphen_before);
    // "a Category 4 storm": a rating, which [`unit_before`] names.
    let rating =
        matches!(before.folded.as_str(), "category" | "cat") && rates_a_storm(tokens, i + 1);
    // "Aldercliff's 2,300 residents": a count of the name's.
    !hedge
        && !paired
        && !rating
        && before.kind == TokenKind::Word
        && before.capitalized
        && !before.is_possessive()
        && (!words::STOPWORDS.contains(before.base()) || capitalized_in_a_sentence(tokens, i - 1))
        && words::month(before.base()).is_none()
        && words::weekday(before.base()).is_none()
        && !words::CURRENCIES.iter().any(|(w, _)| *w == before.folded)
        && currency_letters(tokens, i - 1).is_none()
}

/// Whether the word at `k` is capitalized after a word of its sentence,
/// as only a name's word is ("most of them in Year 10").
fn capitalized_in_a_sentence(tokens: &[Token], k: usize) -> bool {
    k > 0 && tokens[k].capitalized && tokens[k - 1].kind == TokenKind::Word
}

/// A measure named before its figure (`magnitude 6.2`, `aged 36`, `a
/// crowd of 31,500`, `Category 4`), and how many words name it.
fn unit_before(tokens: &[Token], start: usize, end: usize) -> Option<(String, usize)> {
    let word = tokens.get(start.checked_sub(1)?)?.folded.as_str();
    let noun_of = || tokens.get(start.checked_sub(2)?).map(|t| t.folded.as_str());
    match word {
        "magnitude" => Some((canonical_unit(&stem(word)), 1)),
        // A storm's rating: "a Category 4 cyclone", "a category three
        // storm", "a Cat 5 hurricane"; not "Category 1 calls", "a
        // Category 2 emergency".
        "category" | "cat" if rates_a_storm(tokens, end) => Some(("category".to_string(), 1)),
        "aged" => Some(("age".to_string(), 1)),
        // "a crowd of 31,500", "an attendance of 40,000".
        "of" if matches!(noun_of(), Some("crowd" | "attendance" | "audience")) => {
            Some(("crowd".to_string(), 2))
        }
        _ => None,
    }
}

/// Whether the word at token `at`, after a category's figure, is a storm
/// it rates: a word for a storm (see [`words::PARAPHRASES`]: "Category 4
/// hurricane", "Category 5 typhoons") or a "system" ("Category 3 system").
fn rates_a_storm(tokens: &[Token], at: usize) -> bool {
    tokens
        .get(at)
        .is_some_and(|t| t.base() == "system" || super::canonical_term(stem(t.base())) == "storm")
}

/// "majority" if the figure starting at token `start`, naming nothing
/// after it, is a winner's lead: "won with a majority of 4,215", "a
/// winning margin of 312" (not "a margin of 9,000 votes", which counts
/// votes).
fn a_majority(tokens: &[Token], start: usize) -> Option<String> {
    matches!(noun_of(tokens, start)?, "majority" | "margin").then(|| MAJORITY.to_string())
}

/// The unit of a winner's lead (see [`a_majority`]).
const MAJORITY: &str = "majority";

/// The folded noun before "of" just before token `start`: `crew` in "its
/// crew of twenty-six".
fn noun_of(tokens: &[Token], start: usize) -> Option<&str> {
    let of = start.checked_sub(1).filter(|&k| tokens[k].folded == "of")?;
    Some(tokens.get(of.checked_sub(1)?)?.folded.as_str())
}

/// What the whole a claim opens with counts, for a figure starting at
/// token `start` just after its comma, naming nothing after it: "Of 412
/// children tested in the town, 193 had …" counts children, as "193 of
/// the 412 children" does.
fn whole_told_first(tokens: &[Token], start: usize) -> Option<String> {
    let comma = start.checked_sub(1).filter(|&k| tokens[k].is_punct(','))?;
    let opening = tokens.first().is_some_and(|t| t.folded == "of");
    // Found first, the whole's number puts the comma past the opening
    // word, so that the clause between them is no empty range.
    let whole = (1..3.min(comma)).find(|&k| tokens[k].kind == TokenKind::Number)?;
    let one_clause = !tokens[1..comma].iter().any(|t| t.kind == TokenKind::Punct);
    let noun = (tokens[whole + 1..comma].iter())
        .take_while(|t| t.kind == TokenKind::Word)
        .find(|t| !t.capitalized && counts_many(t.base()))?;
    (opening && one_clause).then(|| canonical_unit(&stem(noun.base())))
}

/// The group whose size is the figure starting at token `start`, naming
/// nothing after it: `crew` in "its crew of twenty-six", `team` in "a team
/// of 42" (a group of what the figure counts is told by it: "a team of 42
/// doctors" counts doctors).
fn size_of_a_group(tokens: &[Token], start: usize) -> Option<String> {
    let group = noun_of(tokens, start)?;
    words::GROUPS_OF_PEOPLE
        .contains(group)
        .then(|| group.to_string())
}

/// The age a figure starting at token `start`, naming nothing after it,
/// gives: `age` ("died at 89", "passed away at 89", "was elected mayor at
/// the age of 34"), unless its clause tells a deed that came before the
/// news ("began surfing at the age of nine", "joined the army at age
/// 16"): that age is `age then`, not to set against the person's age now.
/// After "died at" with no "age", only a whole number past the hours of a
/// clock's face: "died at 11 on Sunday night", "died at 10.30" are times.
fn age_at_a_deed(tokens: &[Token], start: usize) -> Option<&'static str> {
    let back = |k: usize| {
        start
            .checked_sub(k)
            .map_or("", |j| tokens[j].folded.as_str())
    };
    let figure = tokens.get(start).map_or("", |t| t.folded.as_str());
    let past_the_hours = figure.bytes().all(|b| b.is_ascii_digit())
        && figure.parse::<u32>().is_ok_and(|years| years > 12);
    let a_death = a_death_word(back(2)) || back(2) == "away" && back(3) == "passed";
    if back(1) == "at" && a_death && past_the_hours {
        return Some("age");
    }
    let at = if back(1) == "age" && back(2) == "at" {
        2
    } else if back(1) == "of" && back(2) == "age" && back(3) == "the" && back(4) == "at" {
        4
    } else {
        return None;
    };
    let joining = |t: &&Token| {
        !matches!(
            t.folded.as_str(),
            "and" | "but" | "when" | "after" | "while"
        )
    };
    let clause_before = (tokens[..start.saturating_sub(at)].iter().rev())
        .take_while(|t| t.kind != TokenKind::Punct)
        .take_while(joining);
    let mut earlier = false;
    let mut next = "";
    for word in clause_before.clone() {
        earlier |= a_deed_before_the_news(&word.folded, next);
        next = &word.folded;
    }
    // A year in the clause dates a deed of then: "who won bronze at the
    // age of 16 in 2008".
    let year = |t: &Token| super::dates::as_year(t).is_some();
    let clause_after = (tokens[start..].iter())
        .take_while(|t| t.kind != TokenKind::Punct)
        .take_while(joining);
    // A death's age is the last, whenever it was: "died in March 2019 at
    // the age of 94".
    let of_a_death = clause_before.clone().any(|t| a_death_word(&t.folded));
    let dated = !of_a_death && clause_before.chain(clause_after).any(year);
    Some(if earlier || dated { "age then" } else { "age" })
}

/// Whether a folded word tells a death: "died", "killed", "the death of".
fn a_death_word(word: &str) -> bool {
    matches!(
        word,
        "died" | "dies" | "dying" | "death" | "killed" | "drowned" | "murdered" | "executed"
    )
}

/// Whether `word`, followed by `next`, tells a deed of a life's earlier
/// years: "began", "joined", "left", "took up".
fn a_deed_before_the_news(word: &str, next: &str) -> bool {
    matches!(
        word,
        "began"
            | "begun"
            | "started"
            | "joined"
            | "enlisted"
            | "left"
            | "moved"
            | "emigrated"
            | "learned"
            | "learnt"
    ) || matches!(word, "took" | "taken") && next == "up"
}

/// What an estimate puts at the figure starting at token `start`, naming
/// nothing after it: `crowd` in "police put the crowd at 25,000", `toll` in
/// "estimated the death toll at 40".
fn estimated_at(tokens: &[Token], start: usize) -> Option<String> {
    let at = start.checked_sub(1).filter(|&k| tokens[k].folded == "at")?;
    let noun = tokens.get(at.checked_sub(1)?)?;
    let determiner = (2..=4)
        .filter_map(|back| at.checked_sub(back))
        .find(|&k| matches!(tokens[k].folded.as_str(), "the" | "its" | "their"))?;
    let verb = tokens.get(determiner.checked_sub(1)?)?.folded.as_str();
    let estimate = matches!(
        verb,
        "put" | "puts" | "putting" | "placed" | "places" | "pegged"
    ) || verb.starts_with("estimat");
    (estimate && noun.kind == TokenKind::Word && is_content(noun.base()))
        .then(|| canonical_unit(&stem(noun.base())))
}

/// The token of the noun an age at tokens `start..end` is told of, if
/// any: the word after "N-year-old" past names, demonyms and a measure, or
/// a person a compound names after it ("a 62-year-old Japanese man", "the
/// 16-year-old 100m record", "a 34-year-old primary school teacher"),
/// or the noun before "N," or "aged N" ("the engineer, 57,", "The
/// manager, aged 61,", "a boy aged six").
fn age_noun_at(tokens: &[Token], start: usize, end: usize) -> Option<usize> {
    let noun = |k: usize| {
        let t = &tokens[k];
        (t.kind == TokenKind::Word && !t.capitalized && is_content(t.base())).then_some(k)
    };
    let verb = |t: &Token| words::is_past(t.base()) || words::SAYING_VERBS.contains(t.base());
    let aged = start >= 1 && tokens[start - 1].folded == "aged";
    let start = start - usize::from(aged);
    if start >= 2 && tokens[start - 1].is_punct(',') {
        return noun(start - 2);
    }
    // "a boy aged six"; not "died aged 84".
    if aged && start >= 1 && !verb(&tokens[start - 1]) {
        return noun(start - 1);
    }
    let past_names = (tokens.get(end..)?.iter())
        .take_while(|t| t.capitalized)
        .count()
        .min(2);
    // And past a measure: "the 16-year-old 100m record".
    let from = end + past_names;
    let past_a_measure = (tokens.get(from..)?.iter())
        .take(3)
        .take_while(|t| in_a_measure(t))
        .count();
    let at = from
        + if past_a_measure > 0 && tokens[from].kind == TokenKind::Number {
            past_a_measure
        } else {
            0
        };
    // A verb is none: "The 34-year-old entered the water", "… said".
    if verb(tokens.get(at)?) {
        return None;
    }
    // A person a compound names last: "a 34-year-old primary school
    // teacher", "a 58-year-old security guard".
    let first = noun(at)?;
    let person = (first + 1..tokens.len().min(first + 3))
        .take_while(|&k| noun(k).is_some())
        .find(|&k| {
            let unit = canonical_unit(&stem(tokens[k].base()));
            words::PERSONS.contains(&unit) || words::ROLES.contains(&unit)
        });
    Some(person.unwrap_or(first))
}

/// Whether a token is of a measure between an age and its noun: its
/// number, or a unit glued to it ("100m").
fn in_a_measure(t: &Token) -> bool {
    t.kind == TokenKind::Number || t.kind == TokenKind::Word && !t.space_before
}

/// Whether an age told of the noun at token `noun` is a thing's, a
/// place's or an animal's, by the head of the nouns from it on: "the
/// 150-year-old business", "a 200-year-old oak tree", "a 60-year-old
/// railway bridge", "a 12-year-old dog"; not "a 24-year-old train driver".
fn of_a_thing(tokens: &[Token], noun: usize) -> bool {
    static THINGS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let things = THINGS.get_or_init(|| {
        (words::AGED_THINGS.iter())
            .chain(words::PLACE_WORDS.iter())
            .collect()
    });
    // ("set" is a noun too, but after one a participle: "the 16-year-old
    // record set in Rome".)
    let a_noun = |t: &Token| {
        t.kind == TokenKind::Word
            && !t.capitalized
            && is_content(t.base())
            && !words::is_past(t.base())
            && t.folded != "set"
    };
    // A measure between is passed over: "the 16-year-old national 100m
    // record".
    let head = (noun..tokens.len().min(noun + 5))
        .take_while(|&k| a_noun(&tokens[k]) || in_a_measure(&tokens[k]))
        .filter(|&k| a_noun(&tokens[k]))
        .take(3)
        .last()
        .unwrap_or(noun);
    things.contains(tokens[head].base())
}

/// `Reid, 33,`, `Wolański, now 71,`: a bare figure set off by commas after
/// a name is an age; so is one a person "was" or "is", ending the clause
/// ("He was 113.", "The youngest victim was 19,").
fn is_age(tokens: &[Token], start: usize, end: usize) -> bool {
    let now = start
        .checked_sub(1)
        .is_some_and(|k| tokens[k].folded == "now");
    let start = start - usize::from(now);
    let before = |k: usize| start.checked_sub(k).map(|k| &tokens[k]);
    let after_comma = before(1).is_some_and(|t| t.is_punct(','));
    let after_name = before(2).is_some_and(|t| t.capitalized);
    // "the engineer, 57,", "a driver, 45,": a person's noun, not a name.
    let a_person = |t: &Token| {
        let noun = stem(t.base());
        t.kind == TokenKind::Word
            && !t.capitalized
            && !looks_plural(t.base())
            && (words::PERSONS.contains(&noun)
                || words::ROLES.contains(&noun)
                || [("eer", 7), ("ist", 6), ("ian", 6)]
                    .iter()
                    .any(|&(ending, least)| t.base().len() >= least && t.base().ends_with(ending)))
    };
    // "The wrestler, 28,", "a sailor, 61,": after an article, a noun of
    // one who does ("-er", "-or") is a person too.
    let an_agent = |t: &Token| {
        let word = t.base();
        t.kind == TokenKind::Word
            && !t.capitalized
            && word.len() >= 5
            && (word.ends_with("er") || word.ends_with("or"))
            && !words::NO_AGENTS.contains(word)
            && before(3).is_some_and(|a| matches!(a.folded.as_str(), "the" | "a" | "an"))
    };
    let after_person = before(2).is_some_and(|t| a_person(t) || an_agent(t));
    let closed = tokens
        .get(end)
        .is_none_or(|t| t.is_punct(',') || t.is_punct('.'));
    // Not an age of the past: "when he was 36", "since she was 15".
    let of_the_past = before(3).is_some_and(|t| {
        matches!(
            t.folded.as_str(),
            "when" | "since" | "until" | "till" | "as" | "after" | "before" | "while"
        )
    });
    let a_persons_state = !now
        && before(1).is_some_and(|t| matches!(t.folded.as_str(), "was" | "is"))
        && before(2).is_some_and(|t| matches!(t.folded.as_str(), "he" | "she") || a_person(t))
        && !of_the_past;
    (after_comma && (after_name || after_person) || a_persons_state) && closed
}

/// The outcome named nearest a figure: in its unit words (`start..end` is
/// the figure, `end..unit_end` what it counts), else the closest within
/// twelve words either side, short of another figure, the one before on a
/// tie, else a death toll any way before it.
fn outcome_near(tokens: &[Token], start: usize, end: usize, unit_end: usize) -> Option<usize> {
    let outcome = |t: &Token| -> Option<usize> {
        if t.kind != TokenKind::Word || !is_content(t.base()) {
            return None;
        }
        let word = stem(t.base());
        words::OUTCOMES
            .iter()
            .position(|group| group.iter().any(|g| stem_is(&word, g)))
    };
    if let Some(found) = tokens[end.min(unit_end)..unit_end].iter().find_map(outcome) {
        return Some(found);
    }
    // What befell the figure's own subject ("and around 600 were hurt",
    // "12 people have been reported missing", "were seriously injured"),
    // however near another outcome before it is.
    let predicate = (unit_end..tokens.len())
        .take(4)
        .take_while(|&k| words::BEFORE_AN_OUTCOME.contains(&tokens[k].folded))
        .last();
    if let Some(found) = predicate.and_then(|k| tokens.get(k + 1)).and_then(outcome) {
        return Some(found);
    }
    // "a balloon carrying 20 people crashed": who was aboard, whatever
    // befell some of them.
    if start > 0 && words::CARRYING.contains(&tokens[start - 1].folded) {
        return None;
    }
    // Outward, but never past another figure, whose outcome it would be
    // ("the toll has risen to 78, with 105 people still missing").
    let figure = |k: &usize| tokens[*k].kind == TokenKind::Number;
    let before = (0..start).rev().take(12).take_while(|k| !figure(k));
    // Nor past a word of blame: "Two men are accused of poisoning 12
    // guests" did not fall ill.
    let blamed = |k: &usize| words::BLAMING.contains(&tokens[*k].folded);
    let after = (unit_end..tokens.len())
        .take(12)
        .take_while(|k| !figure(k) && !blamed(k));
    let distance = |k: usize| {
        if k < start {
            start - k
        } else {
            k + 1 - unit_end
        }
    };
    let near = before
        .chain(after)
        .filter_map(|k| outcome(&tokens[k]).map(|o| (distance(k), k > start, o)))
        .min()
        .map(|(_, _, o)| o);
    // "The death toll from Friday's earthquake in the east of the country
    // has risen to 38": a death toll is what the figure after it is,
    // however far (not a "toll road").
    let toll = || {
        (1..start)
            .rev()
            .take_while(|k| !figure(k))
            .find(|&k| {
                tokens[k].base() == "toll"
                    && matches!(tokens[k - 1].base(), "death" | "casualty" | "casualties")
            })
            .and_then(|k| outcome(&tokens[k]))
    };
    near.or_else(toll)
}

fn context_words(tokens: &[Token], start: usize, end: usize) -> Vec<super::Term> {
    let before = tokens[start.saturating_sub(4)..start].iter();
    let after = tokens[end.min(tokens.len())..(end + 4).min(tokens.len())].iter();
    let mut out: Vec<super::Term> = before
        .chain(after)
        .filter(|t| t.kind == TokenKind::Word && is_content(t.base()))
        .map(|t| super::Term::of(&stem(t.base())))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tests::facts_of;

    fn first(text: &str) -> Quantity {
        facts_of(text).numbers.into_iter().next().expect("a figure")
    }

    #[test]
    fn two_ranges_agree_only_when_their_ends_do() {
        let women = |ages: &str| first(&format!("Women aged {ages} were not invited."));
        assert_eq!(women("68 to 71").exactness, Exactness::Range);
        assert!(!women("68 to 71").compatible(&women("69 to 71")));
        assert!(!women("68 to 71").compatible(&women("68 to 70")));
        assert!(women("68 to 71").compatible(&women("68-71")));
        // Converted, ranges agree where they meet.
        let snow = |depth: &str| first(&format!("Forecasters expect {depth} of snow."));
        assert!(snow("10 to 15 centimetres").compatible(&snow("4 to 6 inches")));
        assert!(snow("2 to 5 centimetres").compatible(&snow("1 to 2 inches")));
        let heat = |degrees: &str| first(&format!("Temperatures of {degrees} are expected."));
        assert!(heat("30C to 35C").compatible(&heat("86F to 95F")));
    }

    #[test]
    fn discharges_and_spills_are_counted_as_one() {
        let discharges = first("It admitted 1,140 illegal discharges from its works.");
        let spills = first("The firm was fined after more than 1,400 illegal sewage spills.");
        assert!(discharges.counts_same_thing(&spills));
        assert!(!discharges.counts_same_thing(&first("Inspectors made 1,400 visits.")));
    }

    #[test]
    fn a_part_counts_the_whole_a_claim_opens_with() {
        let part = |text: &str| (facts_of(text).numbers.into_iter()).find(|q| q.stated == 193.0);
        let tested = part("Of 412 children tested in the town, 193 had high levels.");
        let tested = tested.expect("a figure");
        assert_eq!(tested.unit.as_deref(), Some("children"));
        assert!(tested.counts_same_thing(&first("More than 250 children had high levels.")));
        // Not a whole told later, nor one of another clause.
        let later = part("Tests were run in the town, 193 had high levels.");
        assert_eq!(later.expect("a figure").unit, None);
        let another =
            part("Of 412 children tested, most were boys; of the rest, 193 had high levels.");
        assert_eq!(another.expect("a figure").unit, None);
    }

    #[test]
    fn people_employed_are_workers() {
        let employed = first("The plant, which employs 180 people, will close.");
        assert_eq!(employed.unit.as_deref(), Some("worker"));
        assert!(employed.counts_same_thing(&first("The company employs some 320 workers.")));
        // People of a deed or a sort are no workers.
        let hired = first("It hired 180 people last year.");
        assert_eq!(hired.unit.as_deref(), Some("peopl"));
        let engineers = first("The firm employs 40 engineers.");
        assert_eq!(engineers.unit.as_deref(), Some("engin"));
    }

    #[test]
    fn a_field_in_s_is_no_plural_noun_counted() {
        let staff = first("The stoppage affects about 380 production and logistics workers.");
        assert_eq!(staff.surface, "about 380 production and logistics workers");
        assert_eq!(staff.unit.as_deref(), Some("worker"));
        // A plural in "-ics" still is one.
        assert_eq!(
            first("Twelve paramedics arrived.").unit.as_deref(),
            Some("paramed")
        );
    }

    #[test]
    fn a_measure_ends_at_its_unit_not_at_a_verb_after_and() {
        let course = first("The course is 42.195 km long and passes the cathedral.");
        assert_eq!(course.surface, "42.195 km");
        assert!(course.compatible(&first(
            "The course is 42.2 km long and passes the cathedral."
        )));
        let rescuers = first("It sent 1,500 search and rescue personnel.");
        assert_eq!(rescuers.surface, "1,500 search and rescue personnel");
    }

    #[test]
    fn exact_figures_in_one_unit_have_no_slack_of_conversion() {
        let record = first("He beat the mark of 56.419 km set in 2024.");
        assert!(!record.compatible(&first("He beat the 56.491km set last year.")));
        assert!(record.compatible(&first("The old mark was 56.419 kilometres.")));
        // Written to fewer digits, it may be rounded.
        assert!(first("It measures 42.195 km.").compatible(&first("It measures 42.2 km.")));
        assert!(!first("It measures 42.195 km.").compatible(&first("It measures 42.3 km.")));
        assert!(!first("a 15-kilometre route").compatible(&first("a 20-km route")));
        assert!(!first("a 1.5 km route").compatible(&first("a 1.55 km route")));
        // Converted, a figure may be rounded: 35 miles is 56.327 km.
        assert!(first("It is 35 miles long.").compatible(&first("It is 56.3 km long.")));
        // Degrees Fahrenheit are held in Celsius, converted too.
        assert!(
            first("It hit 46.2C on Sunday.").compatible(&first("It hit 115 degrees Fahrenheit."))
        );
    }

    #[test]
    fn currency_letters_before_a_figure_name_its_currency() {
        for (text, stated, code) in [
            ("It was valued at R54 million.", 54e6, "zar"),
            ("It was valued at Sh59 million.", 59e6, "shilling"),
            ("It paid KSh 95 million.", 95e6, "shilling"),
            ("Each family gets Rs 4 lakh.", 4e5, "inr"),
            ("Fines reach SR 50,000.", 50e3, "riyal"),
            ("Each won CHF 3,600 in damages.", 3600.0, "franc"),
            ("It costs ₹1,200 crore.", 1.2e10, "inr"),
            (
                "It was worth 95 million Kenyan shillings.",
                95e6,
                "shilling",
            ),
            ("Each won 3,400 Swiss francs.", 3400.0, "franc"),
            ("It caused R5m in damage.", 5e6, "zar"),
            ("It cost Rs.4.5 crore.", 4.5e7, "inr"),
            ("It set aside Rs 11.1 lakh crore.", 1.11e13, "inr"),
            ("It cost 12 million shekels.", 12e6, "ils"),
        ] {
            let q = first(text);
            assert_eq!(
                (q.kind, q.stated, q.currency.as_deref()),
                (QuantityKind::Money, stated, Some(code)),
                "{text}"
            );
        }
        // Not a single letter apart from its figure, nor letters before a
        // hyphen, nor a title, nor letters of other uses before a figure
        // with no scale nor thousands (a road, a route, a model).
        for text in [
            "Section R 54 was cut.",
            "The SR-71 flew at Mach 3.",
            "Tom Hale Sr 54 was there.",
            "The M25 and the A1 were shut for 40 minutes.",
            "The R54 road and the R300 were shut.",
            "Traffic on SR 520 was slow.",
            "She rode a Yamaha R1 at 200 km/h.",
        ] {
            let numbers = facts_of(text).numbers;
            assert!(numbers.iter().all(|q| q.currency.is_none()), "{text}");
        }
    }

    #[test]
    fn a_share_of_one_unit_is_a_measure() {
        let road = first("Nearly half a mile of road disappeared.");
        assert_eq!(road.unit.as_deref(), Some("metre"));
        assert!(road.compatible(&first("About 800 metres of road disappeared.")));
        assert!(!road.compatible(&first("Some 300 metres of road disappeared.")));
        let wait = first("They waited a quarter of an hour.");
        assert_eq!((wait.stated, wait.unit.as_deref()), (0.25, Some("hour")));
        let met = first("They met for half an hour.");
        assert_eq!((met.stated, met.unit.as_deref()), (0.5, Some("hour")));
        assert!(met.compatible(&first("They met for 30 minutes.")));
        assert!(!met.compatible(&first("They met for 40 minutes.")));
        assert!(first("It took 1 hour and 30 minutes.").compatible(&first("It took 90 minutes.")));
        // Ten minutes, held in hours, are ten or more all the same.
        assert!(first("It took 38 minutes.").ten_or_more());
        assert!(!first("It took 4 minutes.").ten_or_more());
        assert!(first("It sank with 19 crew.").ten_or_more());
        // A delay is a change to a schedule, not how long a thing lasts.
        let delay = first("The flight was delayed by 40 minutes on Thursday.");
        assert!(delay.margin);
        assert!(!delay.counts_same_thing(&first("It was a two-hour flight on Thursday.")));
        // A share of a thing that is no unit stays unread.
        assert!(facts_of("Half a village was flooded.").numbers.is_empty());
    }

    #[test]
    fn digits_with_separators_decimals_and_scales() {
        assert_eq!(first("They sent 1,200 troops there.").low, 1200.0);
        assert_eq!(first("A 6.1 magnitude quake hit.").low, 6.1);
        let million = first("It cost 1.2 million dollars in all.");
        assert_eq!(
            (million.low, million.kind),
            (1_200_000.0, QuantityKind::Money)
        );
        assert_eq!(first("They raised 3bn for it.").low, 3e9);
        let fled = first("About 1.5m people fled the city.");
        assert_eq!((fled.stated, fled.unit.as_deref()), (1.5e6, Some("peopl")));
        assert_eq!(first("The wall is 3m high.").unit.as_deref(), Some("metre"));
        assert_eq!(first("Half a million people marched.").stated, 500_000.0);
        let quarter = first("A quarter of a million doses have been delivered.");
        assert_eq!(
            (quarter.stated, quarter.surface.as_str()),
            (250_000.0, "quarter of a million doses")
        );
        for text in [
            "Three quarters of a million doses arrived.",
            "Three-quarters of a million doses arrived.",
        ] {
            let three = first(text);
            assert_eq!(three.stated, 750_000.0, "{text}");
        }
        assert_eq!(first("They lent $1.5m loans to firms.").stated, 1.5e6);
        let money = first("AMD paid $334 million for the firm.");
        assert_eq!((money.low, money.currency.as_deref()), (334e6, Some("usd")));
        assert_eq!(first("Turnout was 45% in all.").kind, QuantityKind::Percent);
        let per_cent = first("Turnout was 45 per cent in all.");
        assert_eq!(
            (per_cent.kind, per_cent.surface.as_str()),
            (QuantityKind::Percent, "45 per cent")
        );
        assert_eq!(first("It costs $33 per share.").kind, QuantityKind::Money);
    }

    #[test]
    fn a_whole_number_and_a_half_or_a_quarter() {
        let snow = first("It buried the trail under more than two and a half feet of snow.");
        assert_eq!(snow.surface, "more than two and a half feet");
        assert_eq!(snow.unit.as_deref(), Some("metre"));
        assert!((snow.stated - 2.5 * 0.3048).abs() < 1e-9, "{snow:?}");
        let hours = first("Firefighters fought for about three and a half hours.");
        assert_eq!((hours.stated, hours.unit.as_deref()), (3.5, Some("hour")));
        assert_eq!(first("It took 2 and a half hours.").stated, 2.5);
        let money = first("The council paid one and a half million dollars.");
        assert_eq!((money.stated, money.kind), (1.5e6, QuantityKind::Money));
        assert_eq!(
            first("One and a quarter million people voted.").stated,
            1.25e6
        );
        // A count followed by another thing: no part of it.
        let two = first("Two and a half-hearted apology followed.");
        assert_eq!(two.stated, 2.0);
        // An age is told in whole years.
        assert_eq!(first("A girl aged ten and a half was hurt.").stated, 10.0);
        assert_eq!(
            first("The boy, two and a half years old, was hurt.").stated,
            2.0
        );
        assert_eq!(
            first("A two and a half year old girl was hurt.").stated,
            2.0
        );
        assert_eq!(first("The girl, two and a half, was hurt.").stated, 2.0);
    }

    #[test]
    fn a_part_counts_what_is_told_after_of_them() {
        let units = |text: &str| -> Vec<Option<String>> {
            facts_of(text)
                .numbers
                .iter()
                .map(|q| q.unit.clone())
                .collect()
        };
        let children = Some("children".to_string());
        let bitten = units("A dog bit 11 people, seven of them children, on Monday.");
        assert_eq!(bitten[1], children);
        let hostages = units("They freed 12 hostages, five of whom were children.");
        assert_eq!(hostages[1], children);
        // A word of how, not of what.
        assert_eq!(units("Nine were hurt, three of them seriously.")[1], None);
    }

    #[test]
    fn one_of_a_unit_within_a_bound() {
        let stream = first("They live along a stretch of stream less than a mile long.");
        assert_eq!(stream.surface, "less than a mile");
        assert_eq!((stream.low, stream.stated), (0.0, 1_609.344));
        assert_eq!(stream.exactness, Exactness::AtMost);
        let repairs = first("Repairs could take up to a week in the worst-hit areas.");
        assert_eq!((repairs.high, repairs.unit.as_deref()), (1.0, Some("week")));
        assert_eq!(
            first("He lost more than an hour.").exactness,
            Exactness::AtLeast
        );
        // A span of time is a head noun, no modifier before "and".
        let strike = first("The strike lasted nearly a month and left hundreds stranded.");
        assert_eq!(strike.surface, "nearly a month");
        // A span all the same after a word of lasting.
        let road = first("The road will be closed for up to a week after a landslide.");
        assert_eq!((road.high, road.unit.as_deref()), (1.0, Some("week")));
        let vessel = first("At least a second vessel was damaged.");
        assert_eq!(vessel.kind, QuantityKind::Ordinal);
        // Not a distance in time from something, nor money.
        for text in [
            "The coalition fell less than a year after it took office.",
            "Bread now costs over a pound.",
        ] {
            assert!(facts_of(text).numbers.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_unit_and_the_part_after_it() {
        let meeting = first("The meeting lasted about an hour and a half, officials said.");
        assert_eq!(meeting.surface, "about an hour and a half");
        assert_eq!(
            (meeting.stated, meeting.unit.as_deref()),
            (1.5, Some("hour"))
        );
        let hearing = first("The hearing lasted an hour and 20 minutes.");
        assert!((hearing.stated - 80.0 / 60.0).abs() < 1e-9, "{hearing:?}");
        let term = first("He was jailed for two years and a half.");
        assert_eq!((term.stated, term.unit.as_deref()), (2.5, Some("year")));
        let walk = first("They walked a mile and a quarter.");
        assert!((walk.stated - 1.25 * 1_609.344).abs() < 1e-6, "{walk:?}");
        // A half of the next thing is no part of the unit.
        let text = "He is out for two years and a half dozen others are hurt.";
        let stated: Vec<f64> = facts_of(text).numbers.iter().map(|q| q.stated).collect();
        assert_eq!(stated, [2.0, 6.0]);
        // "an hour" alone, or before another thing, is no figure.
        for text in [
            "They waited an hour and then left.",
            "They offered an hour and a half-hearted apology.",
            "They will stage a mile and a half marathon.",
        ] {
            assert!(facts_of(text).numbers.is_empty(), "{text}");
        }
    }

    #[test]
    fn ages_follow_names_and_people() {
        assert!(first("Tom Bell, 32, died on Monday.").is_age());
        assert!(first("Dariusz Wolanski, now 71, was detained.").is_age());
        assert!(first("He was 113.").is_age());
        assert!(first("The youngest victim was 19, relatives said.").is_age());
        assert!(!first("The toll was 113.").is_age());
        assert!(!first("He was 5 when he left.").is_age());
        assert!(!first("He wrote it when he was 36.").is_age());
        assert!(first("The engineer, 57, was detained on August 30.").is_age());
        assert!(first("A girl, 7, was hurt in the crash.").is_age());
        assert!(first("The driver, 45, survived the crash.").is_age());
        assert!(!first("Of the passengers, 12, were hurt.").is_age());
        assert!(!first("In the summer, 12, people came.").is_age());
        assert!(!first("Votes for, 48, were cast.").is_age());
        // After an article, a noun of one who does.
        assert!(first("The wrestler, 28, bowed deeply.").is_age());
        assert!(first("A sailor, 61, was rescued.").is_age());
        assert!(!first("Two were hurt; the other, 12, was not.").is_age());
        assert!(!first("Of the wrestlers, 28, bowed.").is_age());
        let years_old = first("The elephant, about 25 years old, strayed.");
        assert!(years_old.is_age(), "{years_old:?}");
        assert!(!years_old.compatible(&first("The 40-year-old elephant strayed.")));
        assert!(years_old.compatible(&first("The 26-year-old elephant strayed.")));
        assert!(
            !first("They were referred when three weeks old.")
                .counts_same_thing(&first("They will be discharged in three weeks."))
        );
        assert!(!first("The fence was begged for three years.").is_age());
    }

    #[test]
    fn a_bare_count_after_a_verb_counts_what_the_clause_before_does() {
        let seats = facts_of(
            "The Progress Party secured 48 seats in the 120-seat parliament, while the Civic \
             Alliance won 41.",
        )
        .numbers;
        let told = first("The Civic Alliance won 41 seats.");
        assert!(seats[2].unit.is_some() && seats[2].unit == told.unit);
        // A number a noun names is no count.
        let moves = facts_of("Volkov, with 40 seconds left on his clock, resigned on move 61.");
        assert_eq!(moves.numbers[1].unit, None);
        let up = facts_of("The firm employs 200 people, up from 150.").numbers;
        assert_eq!(up[1].unit, None, "a relation's word before it");
    }

    #[test]
    fn a_range_of_ages_is_no_one_s_age() {
        let age = |text: &str| {
            let numbers = facts_of(text).numbers;
            numbers.into_iter().find(Quantity::is_age).expect(text)
        };
        let group = age("The competition began with 245 spellers aged 8 to 15.");
        let one = age("Her rival, Tobias Lindqvist, 14, had tripped on the word.");
        assert!(!group.counts_same_thing(&one));
        let other_group = age("The runners were aged 18 to 70.");
        assert!(group.counts_same_thing(&other_group));
        let listed = age("The hopefuls were aged 10 and 11.");
        assert!(listed.is_ages_of_a_group() && listed.compatible(&age("Dancers aged 10 to 11.")));
    }

    #[test]
    fn parts_of_an_unnamed_whole_told_alike_count_one_thing() {
        let twelve = first("Physio Dina Marsch said 12 of them were back in full training.");
        let fifteen = first("Fifteen of them are back in full training, the physio said.");
        assert!(twelve.counts_same_thing(&fifteen));
        let freed = first("Police said two of them were later freed.");
        assert!(!twelve.counts_same_thing(&freed));
    }

    #[test]
    fn the_counts_of_a_change_share_what_they_count() {
        let seats = facts_of("The assembly will shrink from 151 seats to 100.").numbers;
        assert_eq!(seats[1].unit.as_deref(), Some("seat"));
        let members = facts_of("Membership rose from 12 to 15 members.").numbers;
        assert_eq!(members[0].unit.as_deref(), Some("member"));
        let measures = facts_of("The river rose from 5 metres to 8.").numbers;
        assert_eq!(
            measures[1].unit, None,
            "a measure's unit converts: not shared"
        );
    }

    #[test]
    fn speeds_compare_in_one_unit() {
        let kph = first("One serve was clocked at 198 km/h on Sunday.");
        let mph = first("Her serve reached about 123 mph on Sunday.");
        assert_eq!(
            (kph.unit.as_deref(), kph.surface.as_str()),
            (Some("metre per second"), "198 km/h")
        );
        // Each rounded in its own unit.
        assert!(first("Winds of 60 mph hit.").compatible(&first("Winds of 100 km/h hit.")));
        assert!(kph.compatible(&mph), "{kph:?} / {mph:?}");
        assert!(!kph.compatible(&first("Her serve reached about 113 mph.")));
        let knots = first("Winds of 80 knots hit the coast.");
        assert!(knots.compatible(&first("Winds of 150 km an hour hit the coast.")));
        assert_eq!(first("A 10 km walk began.").unit.as_deref(), Some("metre"));
    }

    #[test]
    fn a_number_word_capitalized_in_a_name_is_no_figure() {
        let numbers = |text: &str| -> Vec<String> {
            facts_of(text)
                .numbers
                .iter()
                .map(|q| q.surface.clone())
                .collect()
        };
        assert_eq!(numbers("They beat Denmark's Helix Five 3-2."), ["3-2"]);
        assert_eq!(numbers("Five people were hurt."), ["Five people"]);
        assert_eq!(numbers("On Monday Five people were hurt."), ["Five people"]);
    }

    #[test]
    fn weights_compare_in_one_unit() {
        let grams = first("The heaviest came in at 1,400 grams.");
        assert_eq!(grams.unit.as_deref(), Some("kg"));
        assert!(grams.compatible(&first("The heaviest weighed 1.4 kilograms.")));
        assert!(!grams.compatible(&first("The heaviest weighed 1.6 kilograms.")));
        let lightest = first("The lightest weighed 890 grams.");
        assert!(lightest.compatible(&first("The lightest weighed just under 2 pounds.")));
        assert!(first("It weighed 16 ounces.").compatible(&first("It weighed one pound.")));
    }

    #[test]
    fn number_words_and_vague_amounts() {
        assert_eq!(first("There were twenty-six leaders there.").low, 26.0);
        assert_eq!(first("There were three leaders there.").low, 3.0);
        assert_eq!(first("It took one hundred and twenty days.").low, 120.0);
        // "and" joins a number to a scale's, never two numbers.
        let ages = facts_of("The pupils, aged between four and nine, were sent home.").numbers;
        assert!(ages.iter().all(|q| q.stated != 13.0), "{ages:?}");
        let range = ages.iter().find(|q| q.exactness == Exactness::Range);
        assert_eq!(range.map(|q| (q.low, q.high)), Some((4.0, 9.0)), "{ages:?}");
        // Nor two numbers of one scale.
        let range = first("It holds between six hundred and one thousand people.");
        assert_eq!((range.low, range.high), (600.0, 1000.0));
        assert_eq!(
            first("A hundred and one thousand people marched.").stated,
            101_000.0
        );
        let seats = first("It seats between three hundred and four hundred people.");
        assert_eq!((seats.low, seats.high), (300.0, 400.0));
        let fans = first("About a hundred and twenty thousand fans came.");
        assert_eq!(fans.stated, 120_000.0);
        // Small numbers join only after a tens' one.
        let third = first("Sick leave fell by almost a third compared with last year.");
        assert_eq!((third.kind, third.unit), (QuantityKind::Percent, None));
        let days = facts_of("Staff will switch to four eight-hour days.").numbers;
        let values: Vec<f64> = days.iter().map(|q| q.low).collect();
        assert_eq!(values, [4.0, 8.0]);
        assert_eq!(first("A dozen people came.").low, 12.0);
        let hurt = first("More than two dozen were hurt.");
        assert_eq!((hurt.low, hurt.exactness), (24.0, Exactness::AtLeast));
        assert_eq!(first("They broke three dozen eggs.").stated, 36.0);
        let tens = first("The parade had tens of thousands of troops.");
        assert_eq!(tens.exactness, Exactness::Vague);
        assert!(tens.low >= 15_000.0 && tens.high < 100_000.0);
        // "Thousands" and "millions" alone reach to tens of them; "hundreds"
        // stops short of a thousand.
        let bees = first("The crash freed millions of bees.");
        assert!(bees.low >= 1_500_000.0 && bees.high >= 25e6 && bees.high < 1e8);
        assert!(first("Thousands of people marched.").high >= 12_000.0);
        assert!(first("Hundreds of people marched.").high < 1_000.0);
        let francs = first("It cost billions of Swiss francs.");
        assert_eq!(francs.currency.as_deref(), Some("franc"));
        let debt = first("It owes trillions of dollars.");
        assert_eq!((debt.kind, debt.low), (QuantityKind::Money, 1.5e12));
        let pledged = first("They pledged tens of billions of euros.");
        assert_eq!(pledged.kind, QuantityKind::Money);
        assert!(pledged.compatible(&first("They pledged 40 billion euros.")));
        assert!(!pledged.compatible(&first("They pledged about 120 billion euros.")));
        let swarm = first("The swarm held tens of billions of insects.");
        assert!(swarm.low >= 15e9 && swarm.high < 100e9);
        assert!(swarm.compatible(&first("The swarm held about 40 billion insects.")));
        let dozens = first("Dozens of rivers burst their banks.");
        assert!(dozens.compatible(&first("Some 21 rivers burst their banks.")));
        assert!(!dozens.compatible(&first("Some 9 rivers burst their banks.")));
        assert_eq!(tens.unit.as_deref(), Some("troop"));
        assert!(facts_of("One of them left the room.").numbers.is_empty());
        assert!(
            facts_of("The jet on Flight 1282 was a Boeing 737 MAX 9.")
                .numbers
                .is_empty(),
            "names, not counts"
        );
        assert_eq!(first("Boeing Shares Fall 12% On Monday").low, 12.0);
        assert_eq!(first("On Sunday 15 people died.").low, 15.0);
        assert_eq!(first("Some 250 firefighters came.").stated, 250.0);
        assert_eq!(first("Nearly 300 people fled.").stated, 300.0);
        assert!(facts_of("Flight 1282 landed safely.").numbers.is_empty());
        assert_eq!(
            first("The flood cut off Aldercliff's 2,300 residents.").stated,
            2300.0
        );
        // A word of a sentence capitalized is a name's, though a function
        // word elsewhere; at the sentence's start it says nothing.
        assert!(
            facts_of("Most of them are in Year 10, the team said.")
                .numbers
                .is_empty()
        );
        assert_eq!(first("About 300 people fled.").stated, 300.0);
        assert_eq!(first("\"Some 20 people came,\" she said.").stated, 20.0);
        let score = facts_of("Liverpool beat Arsenal 3-1 at Anfield.").numbers;
        assert_eq!(
            (score.len(), score[0].kind, score[0].surface.as_str()),
            (1, QuantityKind::Score, "3-1"),
            "a score, not a name"
        );
        // A word of when after a figure is no thing it counts.
        let vote = first("The council voted 5-2 late Tuesday to stop it.");
        assert_eq!(
            (vote.surface.as_str(), vote.unit.as_deref()),
            ("5-2", Some("vote"))
        );
        assert_eq!(
            first("Twelve late entries were refused.").unit.as_deref(),
            Some("entri")
        );
        let sets = facts_of("She beat Ana Kos 6-3, 4-6, 7-5 in the final.").numbers;
        assert_eq!(
            sets.iter()
                .map(|q| (q.kind, q.surface.as_str()))
                .collect::<Vec<_>>(),
            [
                (QuantityKind::Score, "6-3"),
                (QuantityKind::Score, "4-6"),
                (QuantityKind::Score, "7-5")
            ],
            "a match's sets"
        );
        let led = first("She led 3-1 in the third set.");
        assert!(
            led.kind == QuantityKind::Score && led.in_play,
            "a moment of the play"
        );
        assert_eq!(
            first("Fire swept through a nine-storey hotel.").surface,
            "nine-storey",
            "an article before a number word is no part of it"
        );
        assert_eq!(first("A hundred people came.").surface, "A hundred people");
        let triumph = first("City's 3-2 triumph came late.");
        assert!(triumph.kind == QuantityKind::Score && !triumph.in_play);
        assert!(!first("It has a 50-50 chance.").in_play);
        let brackets = facts_of("Voters aged 18-24, 25-34 and 35-44 came.").numbers;
        assert!(
            brackets.iter().all(|q| q.exactness == Exactness::Range),
            "ranges that rise are no scores"
        );
        assert!(
            facts_of("They drove a four-by-four car into it.")
                .numbers
                .is_empty(),
            "a vehicle, not a count"
        );
    }

    #[test]
    fn hedges_become_intervals() {
        // Read longest first: "no more than" before "more than".
        let lengths = words::HEDGES.iter().map(|(phrase, _)| phrase.len());
        assert!(lengths.is_sorted_by(|a, b| a >= b));
        let around = first("Around 26 world leaders will attend.");
        assert_eq!(around.exactness, Exactness::Approximate);
        assert!(around.low < 26.0 && around.high > 26.0);
        let more = first("More than 20 people died.");
        assert_eq!((more.low, more.high), (20.0, f64::INFINITY));
        let up = first("They face up to 12 years in prison.");
        assert_eq!((up.low, up.high), (0.0, 12.0));
        let strike = first("Nurses went on strike over 7.5% pay rises.");
        assert_eq!((strike.low, strike.exactness), (7.5, Exactness::Exact));
        let jailed = first("Investment boss jailed over $68m Ponzi scheme");
        assert_eq!((jailed.low, jailed.exactness), (68e6, Exactness::Exact));
        for hedged in [
            "The bank was fined over $2 million.",
            "Police arrested over 200 people overnight.",
        ] {
            assert_eq!(first(hedged).exactness, Exactness::AtLeast, "{hedged}");
        }
        let over = first("Over 7,500 nurses went on strike.");
        assert_eq!(over.exactness, Exactness::AtLeast);
        let change = facts_of("They raised the age from 62 to 64 on Monday.").numbers;
        assert_eq!(change.len(), 2, "a change, not a range");
        let range = first("Between them, 10 to 12 soldiers were hurt.");
        assert_eq!(
            (range.low, range.high, range.exactness),
            (10.0, 12.0, Exactness::Range)
        );
        let between = first("Between 300 and 400 homes were destroyed.");
        assert_eq!(
            (between.low, between.high, between.exactness),
            (300.0, 400.0, Exactness::Range)
        );
        assert!(between.compatible(&first("About 350 homes were destroyed.")));
        // Not two figures of two things, nor without "between".
        assert_eq!(
            facts_of("Between 300 homes and 40 shops burned.")
                .numbers
                .len(),
            2
        );
        assert_eq!(facts_of("It cost 300 and 400 more.").numbers.len(), 2);
    }

    #[test]
    fn what_a_figure_counts() {
        let passengers = first("The closure disrupted travel for about 27,000 passengers.");
        assert!(passengers.counts_same_thing(&first("It left over 30,000 travellers stranded.")));
        assert!(!passengers.counts_same_thing(&first("It left over 30,000 residents stranded.")));
        assert_eq!(
            first("Around 26 world leaders came.").unit.as_deref(),
            Some("leader")
        );
        assert_eq!(
            first("It marks the 80th anniversary of the war.")
                .unit
                .as_deref(),
            Some("anniversari")
        );
        assert_eq!(
            first("It marks the 80th anniversary.").kind,
            QuantityKind::Ordinal
        );
        assert_eq!(
            first("She began a 90-day stay.").unit.as_deref(),
            Some("day")
        );
        assert_eq!(
            first("The heat killed people for over ten days.")
                .unit
                .as_deref(),
            Some("day"),
            "a span of time is what a figure counts"
        );
        assert_eq!(
            first("A 33-year-old man was held.").unit.as_deref(),
            Some("age")
        );
        assert_eq!(
            first("Tara Reid, 33, entered rehab.").unit.as_deref(),
            Some("age")
        );
    }

    #[test]
    fn an_amount_knows_when_it_is_a_share_of_a_whole() {
        let share = |text: &str| first(text).share;
        assert_eq!(share("It will pay $20 million in cash."), Some("cash"));
        assert_eq!(
            share("It pays €5m in shares and keeps the rest."),
            Some("stock")
        );
        assert_eq!(share("It will pay $20 million in cash and stock."), None);
        assert_eq!(share("He was paid 30,000 euros in cash and gifts."), None);
        // An all-cash deal is paid in cash, as "in cash" alone is.
        assert_eq!(
            share("It agreed a $2.4 billion all-cash deal."),
            Some("cash")
        );
        assert_eq!(share("It made a $900 million cash offer."), Some("cash"));
        assert_eq!(share("It holds $900 million cash reserves."), None);
        assert_eq!(
            share("It pays $20 million in cash and $10 million in stock."),
            Some("cash")
        );
        assert_eq!(
            share("It said $20 million of the purchase price is cash."),
            Some("part")
        );
        assert_eq!(share("It will pay $20 million for the firm."), None);
        assert_eq!(share("It raised $50 million a few weeks ago."), None);
        let each = first("The offer values the firm at $31 a share, a premium.");
        assert_eq!(each.share, Some("each"));
        assert!(!each.counts_same_thing(&first("It will pay $4.5 billion for the firm.")));
        assert!(each.counts_same_thing(&first("Holders will get $33 per share in cash.")));
    }

    #[test]
    fn an_age_knows_whose_it_is_when_a_name_is_beside_it() {
        let subject = |text: &str| first(text).subject().to_vec();
        assert_eq!(subject("The 41-year-old Ian Hart fell."), ["ian", "hart"]);
        assert_eq!(subject("Mr Ian Hart, 41, fell."), ["ian", "hart"]);
        assert_eq!(subject("Ian Hart, aged 41, fell."), ["ian", "hart"]);
        assert_eq!(
            subject("On Monday, 41-year-old Canadian Ian Hart fell."),
            ["ian", "hart"]
        );
        // Past a noun of what someone is, to the last name.
        assert_eq!(
            subject("The 43-year-old Wenlow teacher Carys Mendel won."),
            ["carys", "mendel"]
        );
        assert_eq!(
            subject("The 41-year-old Ian Hart met teacher Ann Cole."),
            ["ian", "hart"]
        );
        assert!(subject("A 41-year-old Canadian man fell.").is_empty());
        assert!(subject("On Monday, 41-year-old climbers fell.").is_empty());
        assert!(subject("The 41-year-old fell.").is_empty());
    }

    #[test]
    fn measures_compare_across_units_and_restatements_are_dropped() {
        let feet = first("He fell 200ft from a ridge.");
        let metres = first("He fell about 60m from a ridge.");
        assert_eq!(feet.unit.as_deref(), Some("metre"));
        assert!(feet.compatible(&metres) && feet.counts_same_thing(&metres));
        let miles = first("The epicentre was 34 miles away.");
        assert!(miles.compatible(&first("The epicentre was 55 kilometers away.")));
        assert!(!miles.compatible(&first("The epicentre was 60 kilometers away.")));
        let yards = first("He scored with a 25-yard free kick.");
        assert!(yards.compatible(&first("He scored from 23 metres.")));
        assert!(!yards.compatible(&first("He scored from about 30 metres.")));
        let acres = first("The fire burned 3 million acres of forest.");
        assert!(acres.compatible(&first("The fire burned 1.2 million hectares of forest.")));
        let months = first("He was jailed for 168 months.");
        assert!(months.compatible(&first("He was jailed for 14 years.")));
        let megawatts = first("The 1,400-megawatt reactor tripped.");
        assert!(megawatts.compatible(&first("The 1.4-gigawatt reactor tripped.")));
        assert!(!megawatts.compatible(&first("The 1,000MW reactor tripped.")));
        assert!(megawatts.measures());
        // A speed, or a unit in the plural, right after the figure is what
        // it counts, whatever follows; a unit in the singular may describe
        // the noun counted.
        let gusts = first("Winds gusting to 100 mph flattened fences.");
        assert_eq!(
            (gusts.surface.as_str(), gusts.unit.as_deref()),
            ("100 mph", Some("metre per second"))
        );
        assert!(gusts.compatible(&first("They brought 160 km/h winds.")));
        assert_eq!(
            first("It battled seas of 26 feet and gusts.")
                .unit
                .as_deref(),
            Some("metre")
        );
        assert_eq!(
            first("He paid in 20 pound notes.").unit.as_deref(),
            Some("note")
        );
        for (text, plain) in [
            ("Police sent six foot patrols.", "Police sent six patrols."),
            (
                "It carried 40 foot passengers.",
                "It carried 40 passengers.",
            ),
            ("It will hire 20 meter readers.", "It will hire 20 readers."),
        ] {
            assert_eq!(first(text).unit, first(plain).unit, "{text}");
        }
        // Watt-hours written out are energy, not time.
        let energy = first("It will make 30 gigawatt-hours a year.");
        assert_eq!(energy.unit.as_deref(), Some("watt hour"));
        assert!(energy.compatible(&first("It will make 30,000 megawatt-hours a year.")));
        assert!(energy.compatible(&first("It will make 30,000 megawatt hours a year.")));
        assert!(!energy.compatible(&first("It will make 40 GWh a year.")));
        // A gallon is a US or an imperial one: it converts to nothing.
        let gallons = first("It spilled 1,000 gallons of oil.");
        assert!(!gallons.counts_same_thing(&first("It spilled 4,500 litres of oil.")));
        let litres = first("It spilled 3,800 litres of oil.");
        assert!(litres.measures() && litres.compatible(&first("It spilled 3,800 liters of oil.")));
        // Pounds a thing weighs are no money.
        let weighs = first("The tusker weighs roughly 8,800 pounds.");
        assert!(weighs.compatible(&first("The tusker weighs around four tonnes.")));
        let weighing = first("Gold bars weighing about 88 pounds were taken.");
        assert!(weighing.compatible(&first("About 40 kg of gold bars were taken.")));
        let panda = first("The panda tips the scales at about 260 pounds.");
        assert!(panda.compatible(&first("The panda weighs about 118 kg.")));
        let scales = first("A pumpkin tipping the scales at 2,750 pounds won.");
        assert!(scales.compatible(&first("A pumpkin weighing 1,247.5 kilograms won.")));
        for money in [
            "Customs seized pangolin scales worth 300,000 pounds.",
            "New pay scales start at 24,000 pounds.",
        ] {
            assert_eq!(first(money).kind, QuantityKind::Money, "{money}");
        }
        let offer = first("The board was weighing a 300 million pound offer.");
        assert_eq!(offer.kind, QuantityKind::Money);
        let fees = first("Investors are weighing 40 million pounds in fees.");
        assert_eq!(fees.kind, QuantityKind::Money);
        assert_eq!(
            first("It paid 8,800 pounds in fines.").kind,
            QuantityKind::Money
        );
        let trophy = first("She lifted an 18-pound bronze trophy.");
        assert!(trophy.compatible(&first("She lifted an 8-kilogram trophy.")));
        let heavy = first("At nearly 10 pounds, it is heavy enough to serve as a doorstop.");
        assert!(heavy.compatible(&first("The set weighs 4.5 kg.")));
        assert_eq!(
            first("At nearly 10 pounds, it is a cheap gift.").kind,
            QuantityKind::Money
        );
        for money in [
            "He paid a 50-pound fine.",
            "She found a 20-pound note.",
            "She had to pay a 1,000-pound penalty.",
        ] {
            assert_eq!(first(money).kind, QuantityKind::Money, "{money}");
        }
        let tonnes = first("The probe weighs 2.15 tonnes.");
        assert!(tonnes.compatible(&first("The probe weighs 2,150 kg.")));
        let both = facts_of("He fell about 60 metres (200 feet) from a ridge.").numbers;
        assert_eq!(both.len(), 1, "the feet only restate the metres");
        assert_eq!(first("They took £2m in all.").low, 2e6, "money scales");
        let broken = first("He fell 2, 000ft there.");
        assert!(
            (broken.stated - 609.6).abs() < 0.01,
            "2,000 feet: {broken:?}"
        );
        assert_eq!(
            first("Thieves took £910, 000 worth of jewels.").stated,
            910_000.0
        );
        let list = facts_of("Rooms 1, 500 and 7 were searched.").numbers;
        assert!(
            list.iter().all(|q| q.stated != 1500.0),
            "a list is no figure"
        );
    }

    #[test]
    fn temperatures_compare_across_scales() {
        let celsius = first("Temperatures hit 51 degrees Celsius in the town.");
        assert_eq!(celsius.surface, "51 degrees Celsius");
        let fahrenheit = first("The mercury hit nearly 124 degrees Fahrenheit in the town.");
        assert!(celsius.counts_same_thing(&fahrenheit) && celsius.compatible(&fahrenheit));
        let hotter = first("The mercury hit 95 degrees Fahrenheit in the town.");
        assert!(celsius.counts_same_thing(&hotter) && !celsius.compatible(&hotter));
        // Two hedged readings agree when one is within the other's
        // rounding, whatever their share.
        let cold = first("The water stays at about 38 degrees Fahrenheit.");
        assert!(cold.compatible(&first("The water stays at around 3C.")));
        assert!(!cold.compatible(&first("The water stays at around 5C.")));
        let warmer = first("Last month was about 2C warmer than average.");
        assert!(!warmer.compatible(&first("Last month was around 3C warmer than average.")));
        let nights = first("Nights will stay above 25C in Seville.");
        assert!(!nights.compatible(&first("Nights will remain above 30C in Seville.")));
        let above = first("It was about 1.5C above pre-industrial levels.");
        assert!(!above.compatible(&first("It was around 1.2C above pre-industrial levels.")));
        assert!(facts_of("Diesel rose 5c a litre.").numbers.is_empty());
        let glued = first("Temperatures hit 49.8C in the town.");
        assert_eq!(glued.unit.as_deref(), Some("celsius"));
        // A scale's letter standing alone, and no name.
        let spaced = facts_of("The hall is kept at 18 C (64 F), its keepers said.");
        assert_eq!(spaced.numbers[0].surface, "18 C");
        assert_eq!(spaced.numbers[0].unit.as_deref(), Some("celsius"));
        let f = first("The hall's temperature is kept at 64 F, its keepers said.");
        assert!(spaced.numbers[0].compatible(&f));
        assert!(spaced.entities.is_empty(), "{:?}", spaced.entities);
        let reached = first("The temperature reached 41 C, officials said.");
        assert_eq!(reached.unit.as_deref(), Some("celsius"));
        for other in [
            "Some 30 grade 5 C students sat the test.",
            "He was seated in row 14 C, near the wing.",
        ] {
            let figures = facts_of(other).numbers;
            assert!(
                figures.iter().all(|q| q.unit.as_deref() != Some("celsius")),
                "{other}"
            );
        }
        assert!(glued.counts_same_thing(&celsius) && !glued.compatible(&celsius));
        assert!(
            first("It hit 50.8C on Monday.").compatible(&celsius),
            "rounded"
        );
        assert!(!first("It hit 50.8C on Monday.").compatible(&first("It hit 50.2C.")));
        let warmer = |text: &str| first(text).compatible(&first("The world was 2C warmer."));
        assert!(!warmer("The world was 1.5C warmer.") && !warmer("The world was 1.8C warmer."));
        let signed = first("Temperatures hit 51°C in the town.");
        assert_eq!(signed.surface, "51°C");
        assert!(
            facts_of("The halls rose above 40°C on Monday.")
                .entities
                .is_empty(),
            "the scale is the figure's, no name"
        );
        assert!(signed.compatible(&celsius));
        let signed_f = first("The mercury hit 124 °F in the town.");
        assert!(signed_f.counts_same_thing(&celsius) && signed_f.compatible(&celsius));
        let rise = first("Seas have warmed by 1.5 degrees Celsius since then.");
        assert!(rise.compatible(&first(
            "Seas have warmed by 2.7 degrees Fahrenheit since then."
        )));
        // Below zero.
        let cold = first("Temperatures had fallen to minus 38 degrees Celsius there.");
        assert_eq!(
            (cold.surface.as_str(), cold.stated),
            ("minus 38 degrees Celsius", -38.0)
        );
        let fahrenheit = first("It was hampered by temperatures of about minus 36 Fahrenheit.");
        assert_eq!(fahrenheit.surface, "about minus 36 Fahrenheit");
        assert!(cold.compatible(&fahrenheit));
        assert!(!cold.compatible(&first("Temperatures had fallen to 38 degrees Celsius.")));
        // A bound below zero keeps its side.
        let below = first("Temperatures stayed below minus 20 degrees Celsius all week.");
        assert!(below.compatible(&first("Lows of around minus 25C are expected.")));
        assert!(!below.compatible(&first("Lows of around minus 15C are expected.")));
        let above = first("Temperatures stayed above minus 10C all week.");
        assert!(above.compatible(&first("It was minus 5C at noon.")));
        assert!(!above.compatible(&first("It was minus 15C at noon.")));
        let up_to = first("Frosts of up to minus 50 degrees Celsius were recorded.");
        assert!(up_to.compatible(&first("The temperature fell to minus 47C.")));
        assert!(!up_to.compatible(&first("The temperature fell to minus 53C.")));
        let at_least = first("Temperatures of at least minus 20 degrees Celsius are needed.");
        assert!(at_least.compatible(&first("Lows of around minus 26C are expected.")));
        let zero = first("The thermometer showed about 0C at dawn.");
        assert!(zero.compatible(&first("It was around 32 degrees Fahrenheit at dawn.")));
        // A glued F is Fahrenheit where heat or cold is spoken of.
        let hot = first("Temperatures reached about 86F in the city.");
        assert_eq!(hot.unit.as_deref(), Some("celsius"));
        assert!(hot.compatible(&first("Temperatures reached around 30C in the city.")));
        assert!(
            facts_of("The fire started on 5F of the tower.")
                .numbers
                .is_empty()
        );
        // A sign glued to degrees; a range's dash, or a share, is none.
        for text in [
            "Lows fell to -20C overnight.",
            "It was -20°C at dawn.",
            "(-20C) at dawn.",
            "Temperatures fell to -4F overnight.",
        ] {
            let glued = first(text);
            assert_eq!(glued.stated, -20.0, "{text}");
        }
        assert_eq!(first("It was 10-20C in the day.").low, 10.0);
        assert_eq!(first("Growth was -0.5% in May.").stated, 0.5);
        // A change in Fahrenheit is a change in Celsius.
        let warmer = first("It was about 10 degrees Fahrenheit warmer than usual.");
        assert!(warmer.compatible(&first("It was around 5.5C warmer than usual.")));
    }

    #[test]
    fn a_part_within_compares_only_with_its_own_unit() {
        let total = first("At least 17 people were killed in the crush.");
        let facts = facts_of("Fourteen people, including three children, died in the crush.");
        let children = &facts.numbers[1];
        assert!(children.within && !total.counts_same_thing(children));
        assert!(children.counts_same_thing(&first("Four children died in the crush.")));
    }

    #[test]
    fn one_counts_only_before_what_it_counts() {
        let seat = first("The trust will get one seat on the board.");
        assert_eq!((seat.stated, seat.unit.as_deref()), (1.0, Some("seat")));
        assert!(!seat.compatible(&first("The trust will get two seats on the board.")));
        for text in [
            "One of them was hurt.",
            "No one was hurt.",
            "It happened one day in May.",
            "He was hurt, said one woman at the scene.",
            "It was what one passenger called a sick bay.",
            "Villagers were woken by what one described as a roar.",
            "At one point the road was shut.",
            "The result was a blow to the government, one minister admitted.",
        ] {
            assert!(facts_of(text).numbers.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_majority_of_a_figure_is_a_winner_s_lead() {
        let unit = |text: &str| first(text).unit;
        assert_eq!(
            unit("The Liberal Democrats won the seat with a majority of 4,215.").as_deref(),
            Some("majority")
        );
        assert_eq!(
            unit("She won by a margin of 312.").as_deref(),
            Some("majority")
        );
        // A noun after the figure says what it counts.
        assert_eq!(
            unit("He was re-elected with a margin of more than 9,000 votes.").as_deref(),
            Some("vote")
        );
    }

    #[test]
    fn as_long_as_and_as_much_as_are_upper_bounds() {
        let longest = first("Some districts were without power for as long as 14 hours.");
        assert_eq!(longest.exactness, Exactness::AtMost);
        assert!(!longest.compatible(&first(
            "Some areas were without power for up to nine hours."
        )));
        assert!(longest.compatible(&first("Some areas were without power for up to 14 hours.")));
        let most = first("Prices rose by as much as 12 percent.");
        assert_eq!(most.exactness, Exactness::AtMost);
        // So are the greatest of a measure: "some as tall as 12 metres".
        let tallest = first("Some of the chimneys are as tall as 12 metres.");
        assert_eq!(tallest.exactness, Exactness::AtMost);
        assert!(!tallest.compatible(&first("The chimneys rise up to 20 metres high.")));
        let deepest = first("The trench is as deep as 30 feet in places.");
        assert_eq!(deepest.exactness, Exactness::AtMost);
        let limited = first("Services will be limited to 250 km/h.");
        assert_eq!(limited.exactness, Exactness::AtMost);
        assert!(limited.compatible(&first("Trains will run at 200 km/h.")));
    }

    #[test]
    fn others_than_some_told_of_are_no_count_of_all() {
        let others = first("The district took six other buses of the model off the road.");
        assert!(!others.counts_same_thing(&first("It will inspect all 42 buses in its fleet.")));
        assert!(others.counts_same_thing(&first("It took four other buses off the road.")));
        let more = first("Three more men were charged with fraud.");
        assert!(more.counts_same_thing(&first("Three other men were charged with fraud.")));
        let fellow = first("The court ordered it to pay Pranoto and three fellow residents.");
        assert!(!fellow.counts_same_thing(&first("It must pay four residents.")));
        let another = first("Another 15 vehicles were damaged.");
        assert!(!another.compatible(&first("Twelve other vehicles were damaged.")));
        assert!(another.counts_same_thing(&first("Twelve other vehicles were damaged.")));
        let remaining = first("The remaining 12 workers were brought out.");
        assert!(!remaining.counts_same_thing(&first("All 20 workers were trapped.")));
        let the_other = first("The other three men were rescued on Sunday.");
        assert!(!the_other.counts_same_thing(&first("He was one of four men climbing.")));
        assert!(the_other.counts_same_thing(&first("Three other men were rescued.")));
        // What befell others is a whole count of it.
        let hurt = first("At least 12 other people were hurt in the crash.");
        assert!(hurt.counts_same_thing(&first("The crash left 14 people hurt.")));
    }

    #[test]
    fn pupils_are_counted_as_children() {
        let children = first("A bus carrying 27 children caught fire.");
        let pupils = first("A bus carrying twenty-seven pupils caught fire.");
        assert!(children.counts_same_thing(&pupils) && children.compatible(&pupils));
        let pupils = first("A bus carrying 25 pupils caught fire.");
        assert!(children.counts_same_thing(&pupils) && !children.compatible(&pupils));
        // Students may be grown: 300 evacuated from a campus are no children.
        assert!(!children.counts_same_thing(&first("Firefighters evacuated 300 students.")));
        assert!(!children.counts_same_thing(&first("A bus carrying 27 teachers caught fire.")));
    }

    #[test]
    fn a_crowd_is_counted_as_the_people_in_it() {
        let crowd = first("A crowd of 31,500 turned on the team.");
        assert_eq!(crowd.surface, "crowd of 31,500");
        for text in [
            "The defeat came in front of about 28,000 supporters.",
            "Some 30,000 fans watched.",
            "The match drew 40,000 spectators.",
            "Police said 12,000 people marched.",
        ] {
            assert!(crowd.counts_same_thing(&first(text)), "{text}");
        }
        assert!(crowd.compatible(&first("A crowd of more than 30,000 turned on the team.")));
        // Supporters of a motion are still no crowd in a word's stem.
        assert_ne!(super::super::term("supported"), super::super::term("fans"));
    }

    #[test]
    fn feet_and_inches_are_one_length() {
        let length = first("The 10ft 6in reptile was caught.");
        assert_eq!(length.surface, "10ft 6in");
        assert!((length.stated - 3.2004).abs() < 1e-9);
        assert!(length.compatible(&first("It measured 3.2 metres.")));
        // Rounded to the half inch: "6ft 1in" is "1.85m", "5ft 4in" "1.63m".
        assert!(first("He is 6ft 1in.").compatible(&first("He is 1.85m.")));
        assert!(first("He is 5ft 4in.").compatible(&first("He is 1.63m.")));
        assert!(!first("He is 6ft 1in.").compatible(&first("He is 1.88m.")));
        let tall = first("He stands 5 feet 11 inches tall.");
        assert!((tall.stated - 71.0 * 0.0254).abs() < 1e-9);
        assert_eq!(
            facts_of("The 10ft 6in reptile was caught.").numbers.len(),
            1
        );
        // Not a count after it, nor inches of a foot or more.
        assert_eq!(
            facts_of("A 6ft wall fell on 3 in the crowd.").numbers.len(),
            2
        );
        assert_eq!(first("It is 10ft 14in long.").stated, 10.0 * 0.3048);
    }

    #[test]
    fn a_race_time_is_one_span_in_hours() {
        let clock = first("Kiptoo won the marathon in 2:03:14 on Sunday.");
        assert_eq!(clock.surface, "2:03:14");
        assert_eq!(clock.unit.as_deref(), Some("hour"));
        assert!((clock.stated - (2.0 + 3.0 / 60.0 + 14.0 / 3600.0)).abs() < 1e-9);
        let words = first("He finished in 2 hours 3 minutes 14 seconds.");
        assert_eq!(words.surface, "2 hours 3 minutes 14 seconds");
        assert!(clock.compatible(&words));
        let other = first("He finished in two hours, 3 minutes and 41 seconds.");
        assert_eq!(other.surface, "two hours, 3 minutes and 41 seconds");
        assert!(!clock.compatible(&other));
        assert_eq!(facts_of("He finished in 2:03:14.").numbers.len(), 1);
        assert!(
            first("It lasted 11 hours and 30 minutes.").compatible(&first("It lasted 11.5 hours."))
        );
        let burn = first("A 3 minutes 42 seconds burn.");
        assert_eq!(
            (burn.surface.as_str(), burn.unit.as_deref()),
            ("3 minutes 42 seconds", Some("hour"))
        );
        assert!((burn.stated * 60.0 - 3.7).abs() < 1e-9);
        // A later clause's figure is none of the span's.
        assert_eq!(
            facts_of("They waited 2 hours, 30 people in all.")
                .numbers
                .len(),
            2
        );
        assert_eq!(first("They waited 2 hours and 75 minutes.").stated, 2.0);
    }

    #[test]
    fn a_vote_told_with_to_is_a_split() {
        let voting = first("Parliament approved the plan, voting 61 to 12.");
        assert_eq!(
            (voting.surface.as_str(), voting.kind),
            ("61 to 12", QuantityKind::Score)
        );
        let votes = first("The bill passed by 59 votes to 14 after a debate.");
        assert_eq!(votes.surface, "59 votes to 14");
        assert!(!voting.compatible(&votes));
        assert!(votes.compatible(&first("The bill passed 59-14.")));
        let of = first("It passed by a vote of nine to three.");
        assert_eq!(
            (of.surface.as_str(), of.kind),
            ("nine to three", QuantityKind::Score)
        );
        let told = |text: &str| first(text).value();
        assert_eq!(told("The assembly approved it 61 to 12."), voting.value());
        assert_eq!(
            told("The Senate passed the measure 61 to 12 on Friday."),
            told("It passed 61-12.")
        );
        assert_ne!(
            first("The firm cut 10 to 12 jobs.").kind,
            QuantityKind::Score
        );
        assert_ne!(
            first("The board approved 10 to 12 percent rises.").kind,
            QuantityKind::Score
        );
        assert_eq!(
            told("Members voted 61 in favour and 12 against."),
            voting.value()
        );
        assert_eq!(
            told("It passed with 61 votes for, 12 against."),
            voting.value()
        );
        assert_eq!(told("The vote was 61 to 12 on Friday."), voting.value());
        assert_eq!(
            told("It passed by 13 votes to none."),
            first("It passed 13-0.").value()
        );
        assert_eq!(
            told("It passed with 61 deputies voting in favour and 12 against."),
            voting.value()
        );
        // A match's split told of its parts.
        let games = first("Nightjar beat Helix Five three games to one on Sunday.");
        assert_eq!(
            (games.surface.as_str(), games.kind),
            ("three games to one", QuantityKind::Score)
        );
        assert_eq!(games.value(), first("Nightjar won 3-1.").value());
        assert_eq!(
            first("They won by two sets to one.").kind,
            QuantityKind::Score
        );
        assert_ne!(
            first("They played three games to decide it.").kind,
            QuantityKind::Score
        );
        assert_ne!(
            first("He raised his tally from 10 goals to 12.").kind,
            QuantityKind::Score
        );
        assert_eq!(
            told("It passed by 200 votes to one hundred."),
            first("It passed 200-100.").value()
        );
        // A vote is no match; a split of either sort meets one of no sort.
        assert!(!voting.counts_same_thing(&first("They celebrated with a 3-1 win.")));
        let ruled = first("The justices ruled 6-3 to pause the order.");
        assert!(voting.counts_same_thing(&ruled));
        assert!(ruled.counts_same_thing(&first("The ruling party's side won 4-1.")));
        assert!(voting.counts_same_thing(&first("The motion was carried 8-5.")));
        // Not a change, nor a rise.
        assert_eq!(first("Seats fell from 61 to 12.").kind, QuantityKind::Count);
        assert_ne!(
            first("Prices rose by 5 to 10 percent.").kind,
            QuantityKind::Score
        );
    }

    #[test]
    fn a_race_time_in_minutes_and_rounded_seconds() {
        let swim = first("She won in 3:55.38 on Sunday.");
        assert_eq!(
            (swim.surface.as_str(), swim.unit.as_deref()),
            ("3:55.38", Some("hour"))
        );
        assert!((swim.stated * 60.0 - (3.0 + 55.38 / 60.0)).abs() < 1e-9);
        assert!(!swim.compatible(&first("She won in 3:55.83 on Sunday.")));
        assert!(swim.compatible(&first("She won in 3 minutes 55.38 seconds.")));
        let long = first("He finished 47:21 after the start.");
        assert!((long.stated * 60.0 - (47.0 + 21.0 / 60.0)).abs() < 1e-9);
        assert!(long.compatible(&first("He ran 47 minutes 21 seconds.")));
        // Whole seconds are rounded ones; next ones stay apart.
        let whole = first("He won in 1 hour 59 minutes 40 seconds.");
        assert!(whole.compatible(&first("He won in 1:59:40.2.")));
        assert!(!whole.compatible(&first("He won in 1:59:41.")));
        assert!(first("It took 2:01:09.").compatible(&first("It took 2:01:09.4.")));
        assert!(
            facts_of("The clip ran 1:02:03:04 in all.")
                .numbers
                .iter()
                .all(|q| q.unit.as_deref() != Some("hour"))
        );
        // Some of a span is none of it.
        assert_eq!(
            first("He was held for three hours, 40 minutes of which on the tarmac.").surface,
            "three hours"
        );
        assert_eq!(
            first("He was held for 20 hours, 15 minutes.").surface,
            "20 hours, 15 minutes"
        );
        assert_eq!(
            first("It was a 20-hour, 15-minute standoff.").surface,
            "20-hour, 15-minute"
        );
        // A gap between racers is a span; a part may lead with a zero.
        let gap = first("Roglic finished 1:12 ahead of Mas.");
        assert_eq!(
            (gap.surface.as_str(), gap.unit.as_deref()),
            ("1:12", Some("hour"))
        );
        assert!((gap.stated * 60.0 - 1.2).abs() < 1e-9);
        let conceded = first("O'Connor conceded 2:05 on the climb.");
        assert!(conceded.compatible(&first("O'Connor lost 2 minutes 05 seconds.")));
        assert!(!conceded.compatible(&first("O'Connor lost 2 minutes 50 seconds.")));
        assert_eq!(facts_of("They met at 1:12 on Monday.").numbers.len(), 0);
        assert_eq!(
            facts_of("The side lost 1:30 p.m. kick-offs.").numbers.len(),
            0
        );
        // A figure in brackets after a name is its own.
        let times = facts_of("Kipruto (2:02:16) beat Kiplagat (2:02:55).").numbers;
        assert_eq!(times.len(), 2);
    }

    #[test]
    fn what_is_left_is_no_count_of_what_was_done() {
        let played = first("Greece have seven points from six games.");
        for text in [
            "Greece trail the leaders with two games remaining.",
            "Greece trail the leaders with two games left.",
            "Greece trail the leaders with two games to play.",
        ] {
            let left = first(text);
            assert!(!played.counts_same_thing(&left), "{text}");
            assert!(left.counts_same_thing(&first("They had three games remaining.")));
        }
        // "Left" without "with" is a deed: these people went.
        let went = first("About 20 people left the building.");
        assert!(went.counts_same_thing(&first("Some 30 people were in the building.")));
        // However told, what is left is counted alike.
        let left = first("They have two games left.");
        for text in [
            "With only three games left, they trail.",
            "Their remaining three games are away.",
            "They have three games remaining.",
            "They must win their three games remaining.",
        ] {
            assert!(left.counts_same_thing(&first(text)), "{text}");
        }
        assert!(
            first("The winner came with 10 minutes left.")
                .counts_same_thing(&first("The winner came five minutes from the end."))
        );
        // Not a deed that left people so, nor those who stayed.
        let homeless = first("The flood struck, with 2,000 people left homeless.");
        assert!(homeless.counts_same_thing(&first("The flood made 3,500 people homeless.")));
        let stayed = first("Police evacuated the 200 residents remaining in the village.");
        assert!(stayed.counts_same_thing(&first("Police evacuated 350 residents.")));
        let rest = first("Police evacuated the remaining 200 residents.");
        assert!(rest.counts_same_thing(&first("Police evacuated 350 residents.")));
        // Time left to play, not a length short of an end.
        assert!(
            first("Smith scored 20 minutes before the end.")
                .counts_same_thing(&first("Smith scored with 25 minutes to go."))
        );
        assert!(
            first("Smith scored 25 minutes from time.")
                .counts_same_thing(&first("Smith scored with 20 minutes left."))
        );
        let short = first("The plane stopped 50 metres from the end of the runway.");
        assert!(short.counts_same_thing(&first("The plane stopped 150 metres short.")));
    }

    #[test]
    fn members_of_a_parliament_are_counted_alike() {
        let lawmakers = first("The motion passed with 77 lawmakers supporting it.");
        for text in [
            "The motion was backed by 73 MPs.",
            "Some 73 legislators voted for the motion.",
            "The motion won the votes of 73 deputies.",
        ] {
            let other = first(text);
            assert!(lawmakers.counts_same_thing(&other), "{text}");
            assert!(!lawmakers.compatible(&other), "{text}");
        }
    }

    #[test]
    fn scores_and_splits_agree_only_when_the_same() {
        let ruled = first("The bench ruled 4-1 that the law was void.");
        assert_eq!(
            (ruled.kind, ruled.surface.as_str()),
            (QuantityKind::Score, "4-1")
        );
        let verdict = first("Judges declared the law void in a 3-2 verdict.");
        assert!(ruled.counts_same_thing(&verdict) && !ruled.compatible(&verdict));
        assert!(ruled.compatible(&first("The judges voted 1-4 against the law.")));
        let range = first("Between them, 10-12 soldiers were hurt.");
        assert_eq!(
            (range.kind, range.exactness),
            (QuantityKind::Count, Exactness::Range)
        );
    }

    #[test]
    fn a_margin_is_no_count_of_what_it_names() {
        let margin = first("Pakistan won the opening Test in Karimpur by seven wickets.");
        assert!(margin.margin);
        assert!(
            !margin.counts_same_thing(&first("Khattak had taken 11 wickets in the opening Test."))
        );
        assert!(margin.counts_same_thing(&first("Pakistan won the opening Test by six wickets.")));
        let victory = first("The recount handed victory to Radoslava Peneva by 17 votes.");
        assert!(victory.margin && victory.counts_same_thing(&first("Peneva won by 19 votes.")));
        let parade = first("The victory parade was attended by 4 million people.");
        assert!(!parade.margin);
        let agents = first("The motion was backed by 73 members of parliament.");
        assert!(!agents.margin);
        assert!(agents.counts_same_thing(&first("Only 70 members of parliament voted for it.")));
        let picked = first("The survivors were picked up by 3 fishing boats.");
        assert!(!picked.margin);
    }

    #[test]
    fn a_group_told_by_its_members_is_the_group_s_size() {
        let members = first("A 35-member team carried out the operation.");
        assert_eq!(members.unit.as_deref(), Some("team"));
        let team_of = first("The operation was carried out by a team of 35.");
        assert!(members.counts_same_thing(&team_of) && members.compatible(&team_of));
        let team_of_42 = first("The operation was carried out by a team of 42.");
        assert!(members.counts_same_thing(&team_of_42) && !members.compatible(&team_of_42));
        let strong = first("A 12-strong crew sailed the yacht.");
        let crew_of = first("The yacht had a crew of twelve.");
        assert!(strong.counts_same_thing(&crew_of) && strong.compatible(&crew_of));
        // Members of no group stay members.
        let board = first("The nine-member board met on Monday.");
        assert_eq!(board.unit.as_deref(), Some("member"));
    }

    #[test]
    fn a_span_after_a_verb_of_lasting_is_how_long_a_deed_lasted() {
        let lasting = |text: &str| first(text).extent() == Some("lasting");
        assert!(lasting("The operation took 16 hours."));
        assert!(lasting("It was an operation lasting nineteen hours."));
        assert!(lasting("The road was closed for nearly a week."));
        assert!(!lasting("The road reopened 16 hours later."));
        assert!(!lasting("Results are due within 48 hours."));
        // Only spans of time: "took 16 wickets" counts.
        assert!(!lasting("He took 16 wickets."));
    }

    #[test]
    fn lengths_of_different_extents_are_different_facts() {
        let long = first("The vessel, the Orinoco Star, is about 623 feet long.");
        let downstream = first("The ship was detained at anchor about 2 km downstream.");
        assert!(!long.counts_same_thing(&downstream));
        assert!(
            long.counts_same_thing(&first("The Orinoco Star is a vessel 190 metres in length."))
        );
        assert!(long.counts_same_thing(&first("The Orinoco Star measures 190 metres.")));
        let long = first("The ship is 300 metres long and 48 metres wide.");
        let wide = facts_of("The ship is 300 metres long and 48 metres wide.").numbers[1].clone();
        assert!(!long.counts_same_thing(&wide));
        assert!(wide.counts_same_thing(&first("The ship is 50 metres wide.")));
        let within = first("People living within 3 km of the plant were moved.");
        assert_eq!(within.extent(), Some("radius"));
        assert!(within.counts_same_thing(&first("People up to 5 km away were moved.")));
        assert!(!within.counts_same_thing(&long));
        let deep = first("The shaft is about 60 feet deep.");
        assert!(!deep.counts_same_thing(&first("The shaft is 2 metres wide.")));
        assert!(deep.counts_same_thing(&first("The shaft has a depth of 12 metres.")));
    }

    #[test]
    fn bags_and_suitcases_are_one_thing_counted() {
        let cases = first("About 3,400 suitcases were left behind.");
        assert!(cases.counts_same_thing(&first("More than 4,300 bags were left behind.")));
        assert!(!cases.counts_same_thing(&first("About 3,400 passengers were left behind.")));
    }

    #[test]
    fn a_hyphenated_word_before_the_noun_counts_as_one() {
        let four = first("It will build four hydrogen-powered car ferries.");
        assert_eq!(four.unit.as_deref(), Some("ferri"));
        let three = first("It won an order for three hydrogen-powered ferries.");
        assert!(four.counts_same_thing(&three));
        // Still three words at most.
        let far = first("It will build four big new hydrogen-powered car ferries.");
        assert_eq!(far.unit.as_deref(), Some("big"));
    }

    #[test]
    fn other_countries_dollars_are_other_currencies() {
        let currency = |text: &str| first(text).currency.map(|c| c.to_string());
        assert_eq!(
            currency("Its shares closed at NT $24.05.").as_deref(),
            Some("twd")
        );
        assert_eq!(currency("It paid A$3 million.").as_deref(), Some("aud"));
        assert_eq!(currency("It paid HK$5 million.").as_deref(), Some("hkd"));
        assert_eq!(
            currency("Their 12 million Canadian dollar enclosure opened.").as_deref(),
            Some("cad")
        );
        assert_eq!(
            first("It paid 5 million Australian dollars.").surface,
            "5 million Australian dollars"
        );
        let kiwi = first("It paid 9 million New Zealand dollars.");
        assert_eq!(kiwi.currency.as_deref(), Some("nzd"));
        assert_eq!(kiwi.surface, "9 million New Zealand dollars");
        let prefixed = first("It paid NZ$9 million.");
        assert!(kiwi.counts_same_thing(&prefixed) && kiwi.compatible(&prefixed));
        // The letters are quoted with the figure.
        assert_eq!(first("It paid A$3 million.").surface, "A$3 million");
        assert_eq!(first("It closed at NT $24.05.").surface, "NT $24.05");
        assert_eq!(
            first("It paid about US$5 million.").surface,
            "about US$5 million"
        );
        assert_eq!(currency("It paid US$5 million.").as_deref(), Some("usd"));
        assert_eq!(currency("A $5 fee is charged.").as_deref(), Some("usd"));
        assert_eq!(currency("It rose to 1,240 soles.").as_deref(), Some("pen"));
        assert!(!first("It paid C$5 million.").counts_same_thing(&first("It paid $5 million.")));
        let fine = first("He was fined 1.7 million hryvnias.");
        assert_eq!(
            (fine.kind, fine.currency.as_deref()),
            (QuantityKind::Money, Some("uah"))
        );
        assert_eq!(
            first("It cost 40,000 zlotys.").currency.as_deref(),
            Some("pln")
        );
    }

    #[test]
    fn a_rate_per_measure_is_of_that_measure() {
        for (text, rate) in [
            ("Crude rose to $84 a barrel.", Some("barrel")),
            (
                "The board offered €38.50 per Brenner-Kraft share.",
                Some("share"),
            ),
            (
                "Tests found 5 micrograms of lead per decilitre.",
                Some("decilitre"),
            ),
            (
                "Readings above 50 micrograms per litre are unsafe.",
                Some("litre"),
            ),
            ("Each child gets 5 micrograms of iron.", None),
            ("They paid £10 each per visit.", None),
        ] {
            assert_eq!(first(text).rate(), rate, "{text}");
        }
        // Figures per two measures are two facts; per one, one.
        let per_decilitre = first("Tests found 5 micrograms of lead per decilitre.");
        let per_litre = first("Readings above 50 micrograms per litre are unsafe.");
        assert!(!per_decilitre.counts_same_thing(&per_litre));
        assert!(per_litre.counts_same_thing(&first("It found 40 micrograms per litre in wells.")));
    }

    #[test]
    fn a_rate_over_time_is_not_a_total() {
        for (text, rate) in [
            ("The line will carry 450,000 passengers a day.", Some("day")),
            ("The zoo will pay $1.5 million annually.", Some("year")),
            ("It had $7.3 billion in annual sales.", Some("year")),
            ("Output rose to 2 million barrels per week.", Some("week")),
            ("Two people died a day after the blast.", None),
            (
                "The zoo has an annual budget of $1.5 million.",
                Some("year"),
            ),
            ("Daily output of 2 million barrels.", Some("day")),
            ("The annual fair drew crowds of 20,000 people.", None),
        ] {
            assert_eq!(first(text).rate(), rate, "{text}");
        }
        let daily = first("The line will carry 450,000 passengers a day.");
        assert!(!daily.counts_same_thing(&first("The line carried 900,000 passengers.")));
        assert!(daily.counts_same_thing(&first("It expects 350,000 passengers per day.")));
    }

    #[test]
    fn a_converted_figure_is_as_exact_as_its_digits() {
        let peak = first("They climbed the 24,495-foot peak.");
        assert!(!peak.compatible(&first("They climbed the 7,388-metre peak.")));
        assert!(peak.compatible(&first("They climbed the 7,466-metre peak.")));
        // A round figure may be rounded from anything near it.
        let drop = first("He fell 200 feet.");
        assert!(drop.compatible(&first("He fell 60 metres.")));
        assert!(first("The town is 34 miles away.").compatible(&first("It is 55 km away.")));
        // A hedge tells how round a figure is: its rounding is not added
        // again (17,000 feet are 5,182 metres, 8% from 5,600).
        let depth = first("It reached a total depth of about 17,000 feet.");
        assert!(!depth.compatible(&first("It reached a total depth of 5,600 metres.")));
        assert!(depth.compatible(&first("It reached a total depth of 5,300 metres.")));
        let gusts = first("Gusts reached nearly 100 mph.");
        assert!(!gusts.compatible(&first("Gusts reached 140 km/h.")));
        assert!(gusts.compatible(&first("Gusts reached 150 km/h.")));
    }

    #[test]
    fn a_figure_beside_its_conversion_is_rounded_too() {
        // Whether two figures agree, read either way.
        let agree = |a: &Quantity, b: &Quantity| {
            assert_eq!(
                a.compatible(b),
                b.compatible(a),
                "{} / {}",
                a.surface,
                b.surface
            );
            a.compatible(b)
        };
        // 426 feet are 129.8 metres: "130-metre" is rounded to the metre.
        let ship = first("The 130-metre vessels will serve the crossing.");
        let feet = first("The ships, 426 feet long, will serve the route.");
        assert!(agree(&ship, &feet));
        // By half its last decimal only: "129.5-metre" is 129.45 to 129.55
        // metres, short of 426 feet (129.69 to 130.00).
        let tenth = first("The 129.5-metre vessels will serve the crossing.");
        assert!(!agree(&tenth, &feet));
        assert!(!agree(&ship, &first("The ships, 410 feet long, serve it.")));
        // Not beside a bound in one unit, nor a bound itself, nor a span of
        // time (minutes are converted to hours).
        let at_most = first("Vessels up to 129.6 metres long will serve it.");
        assert!(!agree(&ship, &at_most));
        let longer = first("The ships, more than 130 metres long, serve it.");
        assert!(!agree(&longer, &feet));
        let hours = first("The crossing lasted 2 hours.");
        assert!(!agree(&hours, &first("The crossing lasted 140 minutes.")));
    }

    #[test]
    fn hedged_figures_in_two_units_are_rounded_more_loosely() {
        // 1.5 nautical miles are 2.8 km: 7% from 3 km.
        let sea = first("It capsized about 1.5 nautical miles offshore.");
        assert!(sea.compatible(&first("It capsized nearly 3km offshore.")));
        assert!(!sea.compatible(&first("It capsized about 3.5km offshore.")));
        // In one unit, two hedged figures 7% apart are two.
        let land = first("It stopped about 2.8km from the town.");
        assert!(!land.compatible(&first("It stopped about 3km from the town.")));
        // Only as loosely as their digits are rounded: 27,300 nautical
        // miles are 50,560 km.
        let voyage = first("She sailed about 27,300 nautical miles.");
        assert!(!voyage.compatible(&first("She sailed some 46,000 kilometres.")));
        assert!(voyage.compatible(&first("She sailed some 50,000 kilometres.")));
    }

    #[test]
    fn two_figures_joined_by_or_are_a_range() {
        let range = first("Three or four gunmen stormed the bank on Friday.");
        assert_eq!(
            (range.low, range.high, range.exactness),
            (3.0, 4.0, Exactness::Range)
        );
        assert_eq!(range.surface, "Three or four gunmen");
        let range = first("The dam holds 10 or 12 million cubic metres.");
        assert_eq!((range.low, range.high), (10e6, 12e6));
        assert_eq!(
            first("Shares rose $1.20 or 5 percent.").exactness,
            Exactness::Exact
        );
        assert_eq!(
            first("Output rose 4 or 5 percent.").exactness,
            Exactness::Exact
        );
        let range = first("The floods displaced 2 to 3 million people.");
        assert_eq!((range.low, range.high), (2e6, 3e6));
        // Not a range: a larger figure first, or "one or more".
        assert_eq!(
            first("Four or three of them left.").exactness,
            Exactness::Exact
        );
        assert_eq!(first("Two or more men fled.").exactness, Exactness::Exact);
    }

    #[test]
    fn some_of_a_figure_after_it_is_within_it() {
        let numbers = facts_of("The four robbers, two of whom wore wigs, fled.").numbers;
        assert!(!numbers[0].within && numbers[1].within);
        assert!(first("Police said two of them were later freed.").within);
        assert!(first("The other three men were rescued.").within);
        assert!(first("The remaining 40 passengers were rescued.").within);
        assert!(!first("Police said two of the suspects were later freed.").within);
    }

    #[test]
    fn nautical_miles_are_sea_miles() {
        let sea = first("The boat was spotted about 40 nautical miles south of the islet.");
        assert_eq!(sea.surface, "about 40 nautical miles");
        assert!(sea.compatible(&first("It was rescued some 74 km south of the islet.")));
        assert!(!sea.compatible(&first("It was rescued some 64 km south of the islet.")));
    }

    #[test]
    fn metric_tons_are_tonnes() {
        let metric = first("Officers found some 120 metric tons of squid in the holds.");
        assert_eq!(metric.surface, "some 120 metric tons");
        assert!(metric.compatible(&first("Officers found 120 tonnes of squid.")));
        assert!(!metric.compatible(&first("Officers found about 80 tonnes of squid.")));
    }

    #[test]
    fn areas_are_not_lengths() {
        let miles = first("By midday the slick stretched over nearly 8 square miles of sea.");
        let km = first("The slick covered about 20 square kilometres of sea.");
        let short = first("The slick covered about 20 square km, officials said.");
        assert_eq!(
            (short.unit.as_deref(), short.surface.as_str()),
            (Some("hectare"), "about 20 square km")
        );
        assert!(miles.counts_same_thing(&km) && miles.compatible(&km));
        assert!(!km.counts_same_thing(&first("The slick stretched for about 20 kilometres.")));
        assert!(km.compatible(&first("The slick covered 2,000 hectares of sea.")));
    }

    #[test]
    fn plurals_without_an_s_end_what_a_figure_counts() {
        let armed = first("Five armed men forced the car off the road.");
        assert_eq!(
            (armed.surface.as_str(), armed.unit.as_deref()),
            ("Five armed men", Some("men"))
        );
        assert!(armed.counts_same_thing(&first("Seven men forced the car off the road.")));
        let gunmen = first("Two unidentified gunmen opened fire.");
        assert_eq!(gunmen.unit.as_deref(), Some("gunmen"));
        let salmon = first("An estimated 52,000 farmed salmon escaped.");
        assert_eq!(salmon.unit.as_deref(), Some("salmon"));
        let herders = first("Some 2,000 reindeer herders protested.");
        assert_eq!(herders.unit.as_deref(), Some("herder"));
    }

    #[test]
    fn inmates_and_prisoners_are_one_count() {
        let inmates = first("Fifty-three inmates escape an overcrowded prison.");
        let prisoners = first("Police hunt more than 60 escaped prisoners.");
        assert!(inmates.counts_same_thing(&prisoners) && !inmates.compatible(&prisoners));
        assert!(!inmates.counts_same_thing(&first("Police hunt 60 escaped dogs.")));
    }

    #[test]
    fn distances_keep_the_place_they_are_measured_from() {
        let harlow =
            first("The crash site was 40 kilometres (25 miles) north of the town of Harlow.");
        assert_eq!(harlow.reference(), Some("harlow"));
        let leeds = first("The storm passed 30 miles north-east of West Leeds.");
        assert_eq!(leeds.reference(), Some("west leeds"));
        let london = first("The town lies 300 kilometres north of London.");
        assert!(!leeds.counts_same_thing(&london));
        let unplaced = first("The blast was heard 50 kilometres away.");
        assert_eq!(unplaced.reference(), None);
        assert!(unplaced.counts_same_thing(&london));
        assert_eq!(
            first("He walked 5 km from Paris.").reference(),
            Some("paris")
        );
        assert_eq!(
            first("It fell 5 km from the coast, Police said.").reference(),
            None
        );
        assert_eq!(
            first("It fell 5 km from Mt Cook.").reference(),
            first("It fell 5 km from Mount Cook.").reference()
        );
    }

    #[test]
    fn open_intervals_and_long_hedges() {
        let more = first("It killed more than 20 people.");
        assert!(
            !more.compatible(&first("It killed 5 people.")),
            "an open bound tolerates nothing"
        );
        assert!(more.compatible(&first("It killed 25 people.")));
        let no_more = first("It killed no more than 20 people.");
        assert_eq!((no_more.low, no_more.high), (0.0, 20.0));
        assert_eq!(
            first("Two victims were found below 4 metres of snow.").exactness,
            Exactness::Exact
        );
        assert_eq!(
            first("Support fell below 40 percent of voters.").exactness,
            Exactness::AtMost
        );
        let above = first("Temperatures will stay above 40C all week.");
        assert_eq!(above.exactness, Exactness::AtLeast);
        assert!(above.compatible(&first("It hit 46.2C on Sunday.")));
        assert_eq!(
            first("Rainfall was below 20 mm in May.").exactness,
            Exactness::AtMost
        );
        assert_eq!(
            first("Losses were in excess of $2 million.").exactness,
            Exactness::AtLeast
        );
        // A rule's least or most, however worded.
        for (text, bound) in [
            (
                "The ice must be a minimum of 12 centimetres thick.",
                Exactness::AtLeast,
            ),
            ("Fines are a maximum of $500.", Exactness::AtMost),
            (
                "No less than 40 percent of seats go to women.",
                Exactness::AtLeast,
            ),
            ("It took no fewer than 30 officers.", Exactness::AtLeast),
            ("Fines of not less than $500 apply.", Exactness::AtLeast),
            ("It took not fewer than 30 officers.", Exactness::AtLeast),
            ("It may hold not more than 30 people.", Exactness::AtMost),
        ] {
            assert_eq!(first(text).exactness, bound, "{text}");
        }
        assert_eq!(
            first("It killed just under 20 people.").exactness,
            Exactness::Approximate
        );
        let both = facts_of("The blast killed 10 people and injured 11 people.").numbers;
        assert_eq!(
            both.len(),
            2,
            "a close figure outside brackets is no restatement"
        );
    }

    #[test]
    fn approximations_must_be_close() {
        let about_150 = first("He fell about 150 metres.");
        let about_200 = first("He fell about 200m.");
        assert!(!about_150.compatible(&about_200));
        let estimated = first("They took an estimated $102 million.");
        let exact = first("They took $108 million.");
        assert!(!estimated.compatible(&exact), "6% apart");
        assert!(first("They took $104 million.").compatible(&estimated));
        // A round figure of millions of one digit is rounded coarser:
        // within 10%.
        let roughly = first("Each cost roughly £3m.");
        assert!(roughly.compatible(&first("Each cost about £3.2 million.")));
        assert!(!roughly.compatible(&first("Each cost about £3.4 million.")));
        let some = first("Some 1,000 guests came.");
        assert!(!some.compatible(&first("About 1,080 guests came.")));
    }

    #[test]
    fn same_thing_and_compatibility() {
        let around = first("Around 26 world leaders came.");
        let exact = first("Some said 26 foreign heads of state came.");
        assert!(around.compatible(&exact));
        assert!(
            around.counts_same_thing(&exact),
            "leaders and heads of state"
        );
        let killed = first("In all 10 people were killed.");
        let injured = first("In all 80 people were injured.");
        assert!(
            !killed.counts_same_thing(&injured),
            "same noun, different outcome"
        );
        let also_killed = first("In all 13 people were killed.");
        assert!(killed.counts_same_thing(&also_killed));
        let dead = first("At least 10 killed in the blast.");
        let hurt = first("At least 80 injured in the blast.");
        assert!(!dead.counts_same_thing(&hurt));
        assert!(!first("It marks the 80th anniversary.").counts_same_thing(&around));
        // Properties damaged or cut off are homes.
        let homes = first("Hail damaged more than 400 homes.");
        assert!(homes.counts_same_thing(&first("Hail damaged about 250 properties.")));
        // A service's customers are its users and its subscribers.
        let customers = first("The breach exposed data of about 340,000 customers.");
        assert!(customers.counts_same_thing(&first("It hit 430,000 users.")));
        assert!(customers.counts_same_thing(&first("It hit 430,000 subscribers.")));
        assert!(!customers.counts_same_thing(&first("It hit 430,000 homes.")));
    }

    #[test]
    fn names_before_the_noun_narrow_what_is_counted() {
        let red = first("The lab bought 120 Acme Red dual-slot boards last year.");
        assert_eq!(red.unit.as_deref(), Some("board"));
        assert_eq!(red.surface, "120 Acme Red dual-slot boards");
        let blue = first("Its new rack holds 16 Acme Blue boards.");
        assert!(!red.counts_same_thing(&blue), "Red and Blue boards");
        assert!(red.counts_same_thing(&first("It has 100 Acme boards.")));
        assert!(red.counts_same_thing(&first("It has 100 boards.")));
        let rebels = first("Troops captured 12 Tamil rebels.");
        assert!(rebels.counts_same_thing(&first("Troops captured 14 rebels.")));
        assert!(!rebels.counts_same_thing(&first("Troops captured 14 Kurdish rebels.")));
        assert_eq!(
            first("Clashes killed 12 Palestinians.").unit.as_deref(),
            Some("palestinian")
        );
    }

    #[test]
    fn a_part_counts_what_its_whole_counts() {
        let part = first("The party took 94 of the 240 seats in parliament.");
        assert_eq!((part.stated, part.unit.as_deref()), (94.0, Some("seat")));
        assert_eq!(
            first("They won 3 of 5 races.").unit.as_deref(),
            Some("race")
        );
        assert!(part.counts_same_thing(&first("The party will have 97 seats.")));
        let wagons = first("Fourteen of the train's 31 wagons left the tracks.");
        assert_eq!(
            (wagons.stated, wagons.unit.as_deref()),
            (14.0, Some("wagon"))
        );
        // The whole in words.
        let pupils = first("The school sent six of nine pupils home.");
        assert_eq!(
            (pupils.stated, pupils.unit.as_deref()),
            (6.0, Some("pupil"))
        );
        assert!(pupils.counts_same_thing(&first("Five of 9 pupils were sent home.")));
        let owned = first("Floods hit 12 of Chile's 16 regions.");
        assert_eq!(
            (owned.stated, owned.unit.as_deref()),
            (12.0, Some("region"))
        );
        // A whole of two words, an owner of two.
        let members = first("The board lost 19 of its twenty-one members.");
        assert_eq!(members.unit.as_deref(), Some("member"));
        let provinces = first("Floods hit 7 of South Africa's 9 provinces.");
        assert_eq!(provinces.unit.as_deref(), Some("provinc"));
        // No whole is smaller than its part.
        let family = first("Four of one family were killed.");
        assert_eq!(family.unit, None);
        let residents = first("It serves 300,000 of its 1.2 million residents.");
        assert_eq!(residents.unit.as_deref(), Some("resid"));
    }

    #[test]
    fn a_hyphen_joins_a_letter_to_a_name() {
        let systems = first("It sent four IRIS-T air defence systems.");
        assert_eq!(systems.unit.as_deref(), Some("system"));
        assert_eq!(systems.names(), [Box::from("iris"), Box::from("t")]);
    }

    #[test]
    fn the_head_noun_says_what_a_figure_counts() {
        for (text, unit) in [
            // A collective counts unless it describes the plural after it.
            ("Police arrested 12 people carrying weapons.", "peopl"),
            ("They sent 20 infantry fighting vehicles.", "vehicl"),
            ("Some 200 police officers came.", "offic"),
            ("Some 1,500 rescue personnel came.", "personnel"),
            // Without a plural noun, a name is what is counted.
            ("It said it killed 30 Taliban overnight.", "taliban"),
            ("Clashes killed 12 Palestinians on Monday.", "palestinian"),
            // A name within the words before a plural noun is passed over.
            ("It holds four gigabit Ethernet switches.", "switch"),
            ("They sent 4,000 Texas National Guard troops.", "troop"),
            (
                "Russia Sends 20 Infantry Fighting Vehicles To The Front",
                "vehicl",
            ),
        ] {
            assert_eq!(first(text).unit.as_deref(), Some(unit), "{text}");
        }
    }

    #[test]
    fn names_before_the_head_narrow_it_but_in_a_headline() {
        let guard = first("They sent 4,000 Texas National Guard troops.");
        assert_eq!(
            guard.names(),
            [
                Box::from("texas"),
                Box::from("national"),
                Box::from("guard")
            ]
        );
        let headline = first("Russia Sends 20 Infantry Fighting Vehicles To The Front");
        assert!(headline.names().is_empty());
    }

    #[test]
    fn hyphenated_measures_of_different_things_differ() {
        let stay = first("She began a 60-day court-ordered stay on Monday.");
        let course = first("She finished a 21-day course, but stayed.");
        assert!(!stay.counts_same_thing(&course));
        assert!(stay.counts_same_thing(&first("She began a 45-day stay.")));
        let quake = first("A 6.1-magnitude earthquake shook the west.");
        assert!(quake.counts_same_thing(&first("A 5.8-magnitude quake shook the west.")));
        assert!(!quake.compatible(&first("A 5.8-magnitude quake shook the west.")));
    }

    #[test]
    fn bounds_of_one_sort_must_be_close() {
        let at_least_38 = first("It killed at least 38 people.");
        assert!(!at_least_38.compatible(&first("At least 41 people died.")));
        assert!(at_least_38.compatible(&first("It killed 40 people.")));
        assert!(first("It hurt more than 400.").compatible(&first("Over 400 were hurt.")));
    }

    #[test]
    fn an_estimate_puts_what_it_names_at_a_figure() {
        let crowd = first("Police put the crowd at about 25,000.");
        assert_eq!(crowd.unit.as_deref(), Some("crowd"));
        assert!(crowd.counts_same_thing(&first("Police estimated the crowd at 35,000.")));
        let toll = first("Officials estimated the death toll at 40.");
        assert_eq!(toll.outcome, Some(0));
        assert_eq!(
            first("They put the ball at 3 metres.").unit.as_deref(),
            Some("metre")
        );
        assert_eq!(first("The fans cheered at 25,000.").unit, None);
    }

    #[test]
    fn fractions_of_a_whole_are_shares() {
        let share = |text: &str| {
            let numbers = facts_of(text).numbers;
            let q = numbers.iter().find(|q| q.kind == QuantityKind::Percent)?;
            Some((q.low, q.high))
        };
        let close = |(low, high): (f64, f64), (l, h): (f64, f64)| {
            (low - l).abs() < 0.01 && (high - h).abs() < 0.01
        };
        for (text, told) in [
            ("Half of the homes burned.", (45.0, 55.0)),
            ("It lost almost half their value.", (40.5, 55.0)),
            ("Sales fell by a fifth.", (18.0, 22.0)),
            ("Two-thirds of the members voted.", (60.0, 73.33)),
            ("The jet burns a fifth less fuel.", (18.0, 22.0)),
        ] {
            assert!(close(share(text).expect(text), told), "{text}");
        }
        assert_eq!(
            share("More than half of them stayed.").map(|s| s.0),
            Some(50.0)
        );
        let fell = first("Occupancy is down by nearly a fifth.");
        assert!(!fell.compatible(&first("Occupancy was down 30 percent.")));
        assert!(fell.compatible(&first("Occupancy was down 18 percent.")));
        // A small fraction rounds by two points: "about a tenth" is 12%.
        assert!(
            first("About a tenth of it went to defence.")
                .compatible(&first("About 12 percent of it went to defence."))
        );
        // A part, a time, a count or an ordinal is no share.
        for text in [
            "They met for half an hour.",
            "It raised half a million dollars.",
            "The first half of the year was slow.",
            "A third suspect was arrested.",
            "They waited a quarter of an hour.",
            "The score was level at half-time.",
            "It was delayed by half an hour.",
            "The files were seen by a third party.",
            "It was followed by a fifth day of protests.",
            "The debate lasted nearly half the night.",
            "About a quarter of the day's 240 departures left.",
        ] {
            assert_eq!(share(text), None, "{text}");
        }
    }

    #[test]
    fn an_age_is_told_of_the_noun_beside_it() {
        let whom = |text: &str| first(text).whom().map(|t| t.as_str());
        assert_eq!(whom("A 62-year-old Japanese man died."), Some("man"));
        assert_eq!(
            whom("Eleanor Fairlie, a 34-year-old primary school teacher, died."),
            Some("teacher")
        );
        assert_eq!(
            whom("A 58-year-old security guard was hurt."),
            Some("guard")
        );
        assert_eq!(whom("The engineer, 57, was hurt."), Some("engin"));
        assert_eq!(whom("The manager, aged 61, said so."), Some("manag"));
        assert_eq!(whom("Among them was a boy aged six."), Some("boy"));
        assert_eq!(whom("The actor died aged 84."), None);
        assert_eq!(whom("The 34-year-old entered the water."), None);
        let then = first("He turned professional as a 15-year-old.");
        assert!(then.is_age() && !then.counts_same_thing(&first("The 17-year-old won.")));
        for named in [
            "The dead were named locally as a 62-year-old British woman.",
            "The victim was identified as a 34-year-old man.",
        ] {
            assert!(first(named).is_age_now(), "{named}");
        }
        let alone = |text: &str| first(text).by_age_alone;
        assert!(alone("The 24-year-old improved the record."));
        assert!(alone("It was a final the 24-year-old called hard."));
        assert!(!alone("A 24-year-old man improved the record."));
        assert!(!alone("The bride, 31, wore silk."));
        assert_eq!(whom("The 43-year-old said it was hard."), None);
    }

    #[test]
    fn the_age_of_a_thing_is_no_person_s() {
        let unit = |text: &str| first(text).unit;
        let thing = Some("age of a thing");
        for text in [
            "They bought the 150-year-old business on Friday.",
            "The 150-year-old Czech brewery was sold.",
            "A 60-year-old railway bridge collapsed.",
            "A 12-year-old dog was rescued.",
            "She erased the 16-year-old record set in Rome in 2009.",
            "He broke the 16-year-old national 100m record.",
            "He broke the 16-year-old 100m record.",
            "Parliament lifted a 40-year-old ban on Tuesday.",
        ] {
            assert_eq!(unit(text).as_deref(), thing, "{text}");
        }
        let business = first("They bought the 150-year-old business on Friday.");
        assert!(!business.counts_same_thing(&first("Jiri Vondrasek, 56, led the talks.")));
        assert_eq!(
            unit("A 58-year-old security guard was hurt.").as_deref(),
            Some("age")
        );
        // A thing told with a noun before its head is one thing.
        let oak = first("A 200-year-old oak tree fell.");
        assert!(oak.counts_same_thing(&first("A 300-year-old oak fell.")));
        // A noun of a thing describing a person's is not the thing.
        assert_eq!(
            unit("A 24-year-old train driver died.").as_deref(),
            Some("age")
        );
        assert_eq!(
            unit("A 22-year-old law student was hurt.").as_deref(),
            Some("age")
        );
        assert_eq!(
            unit("The 34-year-old entered the water.").as_deref(),
            Some("age")
        );
    }

    #[test]
    fn a_figure_after_a_group_and_of_is_its_size() {
        let crew = first("Its crew of twenty-six were unhurt.");
        assert_eq!(crew.unit.as_deref(), Some("crew"));
        assert!(crew.counts_same_thing(&first("All 22 crew members were safe.")));
        assert_eq!(
            first("A team of 42 doctors operated.").unit.as_deref(),
            Some("doctor")
        );
        assert_eq!(first("The son of 12 was found.").unit, None);
    }

    #[test]
    fn outcomes_befall_people_of_a_role() {
        assert_eq!(first("Two climbers killed in falls.").outcome, Some(0));
        assert_eq!(first("Three climbers were rescued.").outcome, None);
        // Held in custody is arrested.
        assert_eq!(
            first("Seven suspects are in custody after the raid.").outcome,
            first("Seven people were arrested after the raid.").outcome
        );
        assert!(first("Seven people were arrested.").outcome.is_some());
        assert_eq!(first("It destroyed 200 homes, killing 12.").outcome, None);
        assert_eq!(
            first("Rescuers found three more bodies on Monday.")
                .unit
                .as_deref(),
            Some("bodi")
        );
        // "a dozen more were injured", "three others were hurt".
        let more = &facts_of("Five people died and a dozen more were injured.").numbers[1];
        assert_eq!(more.outcome, Some(1));
        let others = &facts_of("Two died and three others were hurt.").numbers[1];
        assert_eq!(others.outcome, Some(1));
        // What befell the figure's own subject, past "other" and "fell".
        let hurt = &facts_of("Three were killed and at least 12 other people hurt.").numbers[1];
        assert_eq!(
            (hurt.unit.as_deref(), hurt.outcome),
            (Some("peopl"), Some(1))
        );
        let ill = &facts_of("Two people died and more than 300 guests fell ill.").numbers[1];
        assert_eq!(ill.outcome, Some(5));
        let twelve = first("Twelve fell ill after the meal.");
        assert_eq!((twelve.unit, twelve.outcome), (None, Some(5)));
        // Who is blamed, not who was hurt.
        let accused = first("Two men are accused of poisoning guests at the wedding.");
        assert_eq!(accused.outcome, None);
        let charged = &facts_of("Two men were charged with killing 12 people.").numbers;
        assert_eq!((charged[0].outcome, charged[1].outcome), (None, Some(0)));
        // Who was aboard, not who was hurt.
        let aboard = &facts_of("Four were hurt when a bus carrying 40 passengers crashed.").numbers;
        assert_eq!(aboard[1].outcome, None);
    }

    #[test]
    fn a_round_floor_holds_a_greater_one() {
        let round = first("The war has killed more than 3,000 people.");
        assert!(round.compatible(&first("The war killed at least 3,400 people.")));
        assert!(!round.compatible(&first("The war killed at least 2,400 people.")));
        let small = first("It killed at least 10 people.");
        assert!(!small.compatible(&first("It killed at least 14 people.")));
        let hundred = first("More than 100 people were arrested.");
        assert!(hundred.compatible(&first("At least 127 people were arrested.")));
        assert!(!hundred.compatible(&first("More than 600 people were arrested.")));
        let upper = first("It fines up to 5,000 rupees.");
        assert!(!upper.compatible(&first("It fines up to 4,000 rupees.")));
    }

    #[test]
    fn a_head_of_livestock_counts_the_animals() {
        let herds = first("About 150,000 head of livestock were lost in the storm.");
        assert_eq!(herds.surface, "About 150,000 head of livestock");
        let cattle = first("The farm kept 85 head of cattle.");
        assert!(cattle.counts_same_thing(&first("The farm kept 85 cattle.")));
        let lettuce = first("Hail destroyed 200,000 heads of lettuce.");
        assert!(lettuce.counts_same_thing(&first("Some 150,000 head of lettuce were lost.")));
        // Not heads of state, nor what the head does not count.
        let leaders = first("Nineteen heads of state arrived on Friday.");
        assert!(leaders.counts_same_thing(&first("19 presidents arrived on Friday.")));
        let herd = first("Herders lost 150,000 livestock.");
        assert!(herds.counts_same_thing(&herd));
        assert!(!herd.counts_same_thing(&first("Floods destroyed 40 livestock sheds.")));
    }

    #[test]
    fn units_named_before_and_heads_after_and() {
        let before = first("An earthquake of magnitude 6.2 shook the west.");
        let after = first("A 6.1-magnitude earthquake shook the west.");
        assert_eq!(before.surface, "magnitude 6.2");
        assert!(before.unit.is_some() && before.unit == after.unit);
        assert_eq!(first("A man aged 36 died.").unit.as_deref(), Some("age"));
        // A storm's rating is read, though after a capital like a name.
        let rating = first("Heloa, a Category 4 storm, bore down on the island.");
        assert_eq!(rating.surface, "Category 4");
        assert_eq!(rating.unit.as_deref(), Some("category"));
        let upgraded = first("It was upgraded to a Category 3 system on Friday.");
        assert!(rating.counts_same_thing(&upgraded) && !rating.compatible(&upgraded));
        let typhoon = first("Hato, a Category 5 typhoon, struck the coast.");
        assert_eq!(typhoon.unit.as_deref(), Some("category"));
        let short = first("Heloa, a Cat 4 storm, bore down on the island.");
        assert!(short.counts_same_thing(&rating) && short.compatible(&rating));
        // Not a rating of something else.
        for other in [
            "Crews answered Category 1 calls within 9 minutes.",
            "Aid agencies declared a Category 2 emergency.",
        ] {
            let figures = facts_of(other).numbers;
            assert!(
                figures
                    .iter()
                    .all(|q| q.unit.as_deref() != Some("category")),
                "{other}"
            );
        }
        for death in [
            "Valdivieso died at 89 on Sunday.",
            "He died at age 89.",
            "She died on Sunday at the age of 89.",
            "The actor, who passed away at 89, was buried on Friday.",
            "He was killed at 23 in a crash near Lyon.",
            "She died in Oslo on Tuesday, at the age of 89.",
            // The news's own deed gives the age now.
            "She was elected mayor on Sunday at the age of 34.",
            "He won bronze at age 16.",
            "She died in March 2019 at the age of 94 at her home.",
            "He began rowing in 2001 and won gold at the age of 30.",
        ] {
            assert_eq!(first(death).unit.as_deref(), Some("age"), "{death}");
        }
        // "set" before a time is a participle, not what an amount buys.
        let record = first("It beat the record of $1.9 million set in 2019.");
        assert_eq!(record.unit, None);
        let pans = first("She bought a $300 set of pans.");
        assert_eq!(pans.unit.as_deref(), Some("set"));
        let boxed = first("It comes as the $250 set in a wooden box.");
        assert_eq!(boxed.unit.as_deref(), Some("set"));
        for record in [
            "It beat the record of $1.9 million set on May 3.",
            "It beat the record of $1.9 million set on Sunday.",
            "It beat the record of $1.9 million set in the 2019 final.",
            "It beat the record of 3,400 set in Dubai.",
            "It beat the record of 3,400 set at the Olympics.",
            "It beat the mark of $1.9 million set by a charity gala in 2019.",
            "It beat the mark of $1.9 million set by Arnold Hale.",
        ] {
            assert_eq!(first(record).unit, None, "{record}");
        }
        // A death told before in its clause; another deed's age is of then.
        let mourned = "It follows the death last year of Bishop Anton Weiss at the age of 91.";
        assert_eq!(first(mourned).unit.as_deref(), Some("age"));
        for then in [
            "She began rowing at the age of nine.",
            "He joined the army at age 16.",
            "His father died, and he left school at the age of 15.",
            "He took up surfing at age nine.",
            "Smith, who won Olympic bronze at the age of 16 in 2008, retired on Monday.",
        ] {
            assert_eq!(first(then).unit.as_deref(), Some("age then"), "{then}");
        }
        assert_eq!(
            first("He died at 3,000 metres.").unit.as_deref(),
            Some("metre")
        );
        for time in [
            "The driver died at 11 on Sunday night.",
            "He died at 10.30 on Sunday.",
        ] {
            assert_ne!(first(time).unit.as_deref(), Some("age"), "{time}");
        }
        let owners = first("Its shareholders will own 58% of the group.");
        assert!(!owners.counts_same_thing(&first("Investors will hold 42 percent of the group.")));
        let turnout = first("Turnout was 45 percent.");
        assert!(turnout.counts_same_thing(&first("Turnout was 55 percent.")));
        assert!(owners.counts_same_thing(&first("Its shareholders will own 55% of the group.")));
        let half = first("Some 50% of voters backed the plan.");
        assert!(half.counts_same_thing(&first("Some 50 percent of voters backed the plan.")));
        // A change is no share of a whole, however told.
        let fell = first("Veranta's shares fell 4.1 percent after the fine.");
        assert!(
            !fell.counts_same_thing(&first("The fine is about 6 percent of Veranta's turnover."))
        );
        let lost = first("The lari has lost nearly 9 percent of its value.");
        assert!(lost.counts_same_thing(&first("The lari has fallen by more than 12 percent.")));
        let down = first("Sales were down 4.5% in the quarter.");
        assert!(down.counts_same_thing(&first("Sales fell 4.2% in the quarter.")));
        assert!(!down.counts_same_thing(&first("Online orders were 5% of sales in the quarter.")));
        let made_up = first("The strain now makes up roughly 80% of positive samples.");
        assert!(!made_up.margin, "a share made up is no change");
        assert!(made_up.counts_same_thing(&first(
            "The strain accounts for about 70 percent of samples."
        )));
        let rise = first("Members backed a 3.5% pay rise for nurses.");
        assert!(rise.margin, "a noun of change after its word");
        assert!(!rise.counts_same_thing(&first("About 40 percent of nurses are members.")));
        assert!(rise.counts_same_thing(&first("Nurses' pay will rise by 4% this year.")));
        let often = first("Trains will run every four minutes.");
        assert!(!often.measures());
        assert!(!often.counts_same_thing(&first("The journey takes 38 minutes.")));
        let baby = first("A 10-month-old girl was rescued.");
        assert!(baby.is_age() && !baby.measures());
        assert!(!baby.counts_same_thing(&first("She was trapped for nine months.")));
        assert!(!baby.counts_same_thing(&first("A 10-year-old girl was rescued.")));
        let personnel = first("Some 1,500 search and rescue personnel were sent.");
        assert_eq!(personnel.surface, "Some 1,500 search and rescue personnel");
        assert!(personnel.counts_same_thing(&first("They sent 1,200 rescue workers.")));
        assert_eq!(
            first("It killed 38 people and injured many.").surface,
            "38 people",
            "no 'and' after the noun"
        );
    }

    #[test]
    fn a_span_of_time_before_its_figure_is_a_bound() {
        let before = first("No baby born before 23 weeks had survived there.");
        assert_eq!(before.exactness, Exactness::AtMost);
        assert!(before.compatible(&first("Babies born at 22 weeks rarely survive.")));
        let after = first("The miners were rescued after 62 hours underground.");
        assert_eq!(after.exactness, Exactness::Exact);
        let ahead = first("She was born 18 weeks before her due date.");
        assert_eq!(ahead.exactness, Exactness::Exact);
        let deadline = first("Crews arrived within 20 minutes.");
        assert_eq!(deadline.exactness, Exactness::Exact);
        let people = first("The gates opened before 400 people arrived.");
        assert_eq!(people.exactness, Exactness::Exact);
    }

    #[test]
    fn a_change_tells_which_way_and_what_changes() {
        let change = |text: &str| first(text).change().map(|c| (c.of.as_str(), c.rising));
        // After a word of its way, what comes before it.
        assert_eq!(
            change("Its shares fell 11 percent."),
            Some(("share", false))
        );
        assert_eq!(
            change("Turnover rose 9 percent to €1.3bn."),
            Some(("sale", true))
        );
        assert_eq!(
            change("Ardmore's turnover grew by 6% last year."),
            Some(("sale", true))
        );
        assert_eq!(
            change("Investors sent its stock down 17%."),
            Some(("share", false))
        );
        assert_eq!(
            change("Prices have risen 40% since 2019."),
            Some(("price", true))
        );
        assert_eq!(
            change("The shares plunged 17% on Monday."),
            Some(("share", false))
        );
        // Past words that help the verb and a place named after "in".
        assert_eq!(
            change("Rail fares in England will rise by 4.6% in March."),
            Some(("fare", true))
        );
        assert_eq!(
            change("Fares are set to rise 4.6% in March."),
            Some(("fare", true))
        );
        // A name told with the words of what it is.
        assert_eq!(
            change("Shares in British toymaker Pipperwick Group fell 28 per cent."),
            Some(("share", false))
        );
        // Not past another clause.
        for text in [
            "Shares rose across Europe on Monday and BP jumped 5 per cent.",
            "Oil prices rose on Monday and Shell jumped 3 per cent.",
        ] {
            assert_eq!(change(text), None, "{text}");
        }
        // Past a phrase after what changes, but into "the number of".
        assert_eq!(
            change("Hospital admissions for flu rose 18%."),
            Some(("admiss", true))
        );
        assert_eq!(
            change("Flu admissions to hospitals in England increased by 15 percent."),
            Some(("admiss", true))
        );
        assert_eq!(
            change("Sales at the unit fell 3% in May."),
            Some(("sale", false))
        );
        assert_eq!(
            change("The price of oil rose 5% on Monday."),
            Some(("price", true))
        );
        assert_eq!(
            change("The number of homicides in Chicago fell 15 percent."),
            Some(("homicid", false))
        );
        // Before a noun of change: what it is in, or the word between.
        assert_eq!(
            change("Commuters face a 4.9% increase in regulated rail fares."),
            Some(("fare", true))
        );
        assert_eq!(
            change("Figures show a 9 per cent drop in sales."),
            Some(("sale", false))
        );
        assert_eq!(
            change("They saw a 5% rise in the number of visitors."),
            Some(("visitor", true))
        );
        assert_eq!(
            change("Members backed a 3.5% pay rise."),
            Some(("pay", true))
        );
        // Nothing said of what changes: no change of a thing.
        assert_eq!(change("It rose 4% on Monday."), None);
        assert_eq!(change("They agreed a 3% annual rise."), None);
        assert_eq!(
            change("About 6 percent of turnover goes on research."),
            None
        );
        // A word of way is a change, however strong.
        assert!(first("The shares plunged 17% on Monday.").margin);
        assert!(first("The shares plunged by 17% on Monday.").margin);
        // Changes of one thing one way, whatever words are beside them.
        let fell = first("Its shares fell 11 percent in New York trading.");
        assert!(fell.changes_alike(&first("Investors sent its stock down 17% by the close.")));
        assert!(!fell.changes_alike(&first("Investors sent its stock up 17% by the close.")));
        assert!(!fell.changes_alike(&first("Investors sent its bonds down 17% by the close.")));
        assert!(!fell.changes_alike(&first("About 11 percent of its shares were sold.")));
    }

    #[test]
    fn a_toll_without_a_noun_counts_the_dead() {
        let dead = first("Floods leave 83 dead in the south.");
        let toll = first("The flood death toll climbs to 78.");
        assert!(dead.counts_same_thing(&toll));
        assert!(first("Floods killed 83 people.").counts_same_thing(&toll));
        assert!(!first("Floods cut 83 roads and killed many.").counts_same_thing(&toll));
        assert!(!first("It hurt 80 people.").counts_same_thing(&toll));
    }

    #[test]
    fn the_nearest_outcome_says_what_a_count_counts() {
        let both = facts_of("It struck, killing at least 38 people and injuring more than 400.");
        let [dead, hurt] = [&both.numbers[0], &both.numbers[1]];
        let killed = first("At least 41 people were killed when it struck.");
        assert!(dead.counts_same_thing(&killed));
        assert!(!hurt.counts_same_thing(&killed));
        assert_eq!(
            hurt.outcome,
            first("Over 400 were hurt in the quake.").outcome
        );
        assert_ne!(hurt.outcome, dead.outcome);
        // What befell its own subject, however near the outcome before.
        let after = facts_of("Forty-eight people were killed and around 600 were hurt.");
        assert_eq!(after.numbers[1].outcome, hurt.outcome);
        let missing = facts_of("Four died and 12 people have been reported missing.");
        assert_eq!(missing.numbers[1].outcome, first("12 are missing.").outcome);
        assert_ne!(missing.numbers[1].outcome, dead.outcome);
    }

    #[test]
    fn a_toll_counts_the_figure_it_rose_to_and_personnel_are_no_people() {
        let toll = first(
            "The death toll from Tuesday's storm on the coast of the province has climbed to 27.",
        );
        assert!(toll.counts_same_thing(&first("The storm killed at least 30 people.")));
        let road = first(
            "The toll road along the northern coast of the province, which the storm \
             flooded overnight, was shut as 300 people fled.",
        );
        assert_eq!(road.outcome, None);
        let staff = first("Some 900 rescue personnel were deployed.");
        assert!(!staff.counts_same_thing(&first("Some 900 people were there.")));
        assert!(staff.counts_same_thing(&first("About 700 rescue workers were sent.")));
        // Jobs cut are workers laid off.
        let jobs = first("The mill will close, cutting 185 jobs.");
        assert!(jobs.counts_same_thing(&first("Its closure puts 158 workers out of a job.")));
        let alive = first("Rescuers pulled 45 people alive from the rubble.");
        assert!(alive.counts_same_thing(&first("Rescuers found 42 survivors in the rubble.")));
    }

    #[test]
    fn measures_ignore_the_outcome_words_around_them() {
        let dead = first("A climber is dead after falling about 150 metres.");
        let slipped = first("He slipped and fell about 200m down a gully.");
        assert!(dead.counts_same_thing(&slipped), "one fall, whoever died");
        for (a, b) in [
            ("They moved 5 tonnes of aid.", "They moved 7 tonnes of aid."),
            ("It burned 20 hectares.", "It burned 25 hectares."),
            (
                "The spill killed fish over 300 litres.",
                "It spilled 400 litres.",
            ),
            (
                "A 6.1-magnitude quake struck, killing 38.",
                "A magnitude 6.2 quake hurt 400.",
            ),
        ] {
            let (a, b) = (first(a), first(b));
            assert!(a.unit.is_some() && a.outcome.is_none(), "{a:?}");
            assert!(a.counts_same_thing(&b), "{a:?} {b:?}");
        }
    }
}
