//! Family `calendar` (CAL-001): the working days deadlines count.

pub mod cal001_working_days;
