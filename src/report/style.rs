//! Style: what may reach a terminal. Article text is untrusted, so
//! [`sanitize`] removes control characters, ANSI/OSC/DCS escape sequences and
//! bidi controls before anything is printed; [`Painter`] adds our own colour
//! (anstyle) only when colour was chosen, and otherwise marks changed words
//! as `git diff --word-diff` does: `[-old-]` and `{+new+}`.

use anstyle::{AnsiColor, Effects, Style};

/// What a piece of text is, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Ordinary text, left unstyled.
    Plain,
    /// Words only the first source has (compared with another).
    Deleted,
    /// Words only this source has (compared with the first).
    Inserted,
    /// The fact a finding is about.
    Fact,
    /// The `!` marker and category of a conflict, and `≠` in the matrix (red).
    Conflict,
    /// The `-` marker and category of an omission (yellow).
    Omission,
    /// The `=` marker and category of an agreement, and `✓` in the matrix (green).
    Agreement,
    /// `A:2:14` references, counts and other quiet text.
    Dim,
    /// Section titles, source labels and the matrix title (bold).
    Heading,
}

/// Turns roles into ANSI styles or plain-text markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Painter {
    /// Whether to emit ANSI colour; without it, changed words get `[-…-]`/`{+…+}` markers.
    pub color: bool,
}

impl Painter {
    fn style(role: Role) -> Style {
        let fg = |c: AnsiColor| Style::new().fg_color(Some(c.into()));
        match role {
            Role::Plain => Style::new(),
            Role::Deleted => fg(AnsiColor::Red).effects(Effects::BOLD | Effects::UNDERLINE),
            Role::Inserted => fg(AnsiColor::Green).effects(Effects::BOLD | Effects::UNDERLINE),
            Role::Fact => Style::new().effects(Effects::BOLD),
            Role::Conflict => fg(AnsiColor::Red).effects(Effects::BOLD),
            Role::Omission => fg(AnsiColor::Yellow).effects(Effects::BOLD),
            Role::Agreement => fg(AnsiColor::Green),
            Role::Dim => fg(AnsiColor::Cyan),
            Role::Heading => Style::new().effects(Effects::BOLD),
        }
    }

    /// The text with colour, or (without colour) with word-diff markup.
    pub fn paint(&self, text: &str, role: Role) -> String {
        if self.color {
            let style = Self::style(role);
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    /// The markers around a run of changed words when there is no colour.
    pub fn markers(&self, role: Role) -> (&'static str, &'static str) {
        match (self.color, role) {
            (false, Role::Deleted) => ("[-", "-]"),
            (false, Role::Inserted) => ("{+", "+}"),
            _ => ("", ""),
        }
    }
}

/// Removes what could drive a terminal: ANSI/OSC/DCS escape sequences,
/// other control characters (tabs and newlines become spaces) and bidi
/// controls.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars>) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        // OSC, DCS, SOS, PM, APC: up to BEL or ESC \.
        Some(']' | 'P' | 'X' | '^' | '_') => {
            while let Some(c) = chars.next() {
                if c == '\u{7}' || c == '\u{1b}' && chars.next_if_eq(&'\\').is_some() {
                    break;
                }
            }
        }
        _ => {}
    }
}

fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

/// Whether a character reorders text on screen (bidi embeddings, overrides,
/// isolates and marks).
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_controls_are_removed() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(sanitize("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(sanitize("x\u{1b}]8;;http://e\u{1b}\\link"), "xlink");
        assert_eq!(sanitize("x\u{1b}P1;2qdata\u{1b}\\y"), "xy");
        assert_eq!(sanitize("l\u{202e}rtl\u{2066}"), "lrtl");
        assert_eq!(sanitize("tab\there\u{0}\u{9b}2Jz"), "tab herez");
    }

    #[test]
    fn paint_colours_only_when_asked() {
        let plain = Painter { color: false };
        assert_eq!(plain.paint("x", Role::Conflict), "x");
        assert_eq!(plain.markers(Role::Deleted), ("[-", "-]"));
        let colour = Painter { color: true };
        assert!(colour.paint("x", Role::Conflict).starts_with('\u{1b}'));
        assert_eq!(colour.markers(Role::Inserted), ("", ""));
    }
}
