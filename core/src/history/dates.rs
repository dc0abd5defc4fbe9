//! Calendar days as the history keeps them ("2026-03-03") and as visitors read them ("3 March
//! 2026"). The core has no clock: the view gives it the day from the browser's.

/// A day of the calendar, ordered by date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// The day, if it exists in the calendar (years 1 to 9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Day> {
        let ok = (1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1;
        (ok && day <= days_in_month(year, month)).then_some(Day { year, month, day })
    }

    /// Reads "YYYY-MM-DD", exactly.
    pub fn parse(text: &str) -> Option<Day> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let number = |range: std::ops::Range<usize>| {
            let part = text.get(range)?;
            part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse::<u16>().ok()).flatten()
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        Day::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// "2026-03-03": for storage and file names.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The day as a visitor reads it in the document's language: "3 March 2026" in English;
    /// other languages get the unambiguous "2026-03-03" until their month names are added.
    pub fn long(self, language: &str) -> String {
        // "en", or "en-" and a region or script: the primary subtag is English.
        let primary = language.split('-').next().unwrap_or_default();
        let english = primary.eq_ignore_ascii_case("en");
        match MONTHS.get(usize::from(self.month).wrapping_sub(1)) {
            Some(month) if english => format!("{} {month} {}", self.day, self.year),
            _ => self.iso(),
        }
    }
}
