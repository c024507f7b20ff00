//! The Belgian calendar as the scheme uses it: public holidays, working days for deadlines
//! ("within 5 working days"), and calendar-month arithmetic for experience periods.

pub mod easter;
pub mod holidays;
pub mod iso;
pub mod months;
pub mod names;
pub mod working_days;
