//! Exceptions to none and the words of none: "Notably absent will be
//! leaders from Western powers, with the exception of Slovakia's Prime
//! Minister Robert Fico" makes an exception; "Notably, no U.S. or Western
//! leaders are on the guest list" tells of none. Reconciliation sets the
//! two against each other across sources.

use std::ops::Range;

use super::{Term, is_content, term, words};
use crate::normalize::{Token, TokenKind};

/// An exception a claim makes to what it tells of none.
#[derive(Debug, Clone, PartialEq)]
pub struct Exception {
    /// The bytes of the exception, from its first word to the end of what
    /// it excepts ("with the exception of Slovakia's Prime Minister Robert
    /// Fico").
    pub span: Range<usize>,
    /// The terms of what is excepted that the rest of the claim does not
    /// hold: what of the kind there is none of is excepted ("none of the
    /// ministers resigned, aside from the transport minister": `transport`).
    pub excepted: Box<[Term]>,
    /// The terms of the rest of the claim: what there is none of.
    pub rest: Box<[Term]>,
}

/// A word of none a claim tells (see [`words::OF_NONE`]) and the words
/// after it in its clause, five at most ("no U.S. or Western leaders").
#[derive(Debug, Clone, PartialEq)]
pub struct NoneTold {
    /// Where the word of none starts, in bytes.
    pub start: usize,
    /// The terms of the content words after it, each with where it ends.
    pub after: Box<[(Term, usize)]>,
    /// Whether a word before it denies it ("Police denied reports that
    /// nobody had been arrested"; see [`words::DENIALS`]).
    pub denied: bool,
}

/// The exception a claim makes, if any: words of an exception (see
/// [`words::EXCEPTIONS`]) and what they except, up to a comma or a full
/// stop (not a title's, "Rep. Dana Whitfield"), in a claim that tells of
/// none besides (see [`words::OF_NONE`]). What is excepted is someone or
/// something, no clause ("except to say", "except when").
pub fn exception(tokens: &[Token]) -> Option<Box<Exception>> {
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&k| tokens[k].kind != TokenKind::Punct)
        .collect();
    let word = |n: usize| words.get(n).map_or("", |&k| tokens[k].folded.as_str());
    let at =
        |n: usize, phrase: &[&str]| (phrase.iter().enumerate()).all(|(m, w)| word(n + m) == *w);
    let (from, length) = (0..words.len()).find_map(|n| {
        (words::EXCEPTIONS.iter())
            .find(|p| at(n, p))
            .map(|p| (n, p.len()))
    })?;
    let first = *words.get(from + length)?;
    if words::CLAUSE_OPENERS.contains(&tokens[first].folded.as_str()) {
        return None;
    }
    let closes = |k: usize| {
        let mark = &tokens[k];
        let title = k > 0 && words::ABBREVIATIONS.contains(&tokens[k - 1].folded);
        mark.is_punct(',') || mark.is_punct(';') || mark.is_punct('.') && !title
    };
    let end = (first..tokens.len())
        .find(|&k| closes(k))
        .unwrap_or(tokens.len());
    let opening = words[from];
    let content = |range: &mut dyn Iterator<Item = &Token>| -> Vec<Term> {
        range
            .filter(|t| t.kind == TokenKind::Word && is_content(t.base()))
            .map(|t| term(t.base()))
            .collect()
    };
    let rest_tokens = || tokens[..opening].iter().chain(&tokens[end..]);
    let of_none = rest_tokens().any(|t| words::OF_NONE.contains(&t.folded.as_str()));
    if !of_none {
        return None;
    }
    let mut rest = content(&mut rest_tokens());
    rest.sort();
    rest.dedup();
    let mut excepted = content(&mut tokens[first..end].iter());
    excepted.retain(|t| rest.binary_search(t).is_err());
    Some(Box::new(Exception {
        span: tokens[opening].span.start..tokens[end - 1].span.end,
        excepted: excepted.into(),
        rest: rest.into(),
    }))
}

/// The words of none a claim tells, each with the content words after it
/// in its clause, five words on at most.
pub fn nones(tokens: &[Token]) -> Box<[NoneTold]> {
    let told = |k: usize| {
        let after = (tokens[k + 1..].iter())
            .take_while(|t| !t.is_punct(',') && !t.is_punct(';'))
            .filter(|t| t.kind != TokenKind::Punct)
            .take(5)
            .filter(|t| t.kind == TokenKind::Word && is_content(t.base()))
            .map(|t| (term(t.base()), t.span.end))
            .collect();
        let denied = tokens[..k]
            .iter()
            .any(|t| words::DENIALS.contains(&t.folded.as_str()));
        NoneTold {
            start: tokens[k].span.start,
            after,
            denied,
        }
    };
    (0..tokens.len())
        .filter(|&k| words::OF_NONE.contains(&tokens[k].folded.as_str()))
        .map(told)
        .collect()
}
