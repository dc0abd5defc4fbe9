//! Everything a visitor keeps, in one place: where each kind of kept data is stored (`keys`),
//! the versioned envelope every stored document and file opens with (`envelope`), and what
//! happens to kept data this release cannot read (`set_aside`). How the history's writes merge
//! rather than replace lives with the history (`history::History::merged`); the browser side is
//! `src/services/kept/`.

pub mod envelope;
pub mod keys;
pub mod set_aside;
