//! The DOM binding: `attachForm(form, kind, options)` validates a portal's form as the user
//! types and on submit, and shows the Report in the form the way the GOV.UK design system
//! does (message next to the field, error summary at the top).
//!
//! It converts and forwards like the rest of `wasm`: it reads the controls into the wire
//! object, asks the core, and places the core's messages; no rule lives here.
//!
//! # Reading
//!
//! Every named control is read by its name as the wire path (`experience[0].from`), or by the
//! path `options.fieldNames` maps its name to. Text, date and select controls give a string
//! (empty = absent), checkboxes a boolean, a radio group the checked value (`"true"`/`"false"`
//! as booleans), number inputs and `data-type="number"` controls a number. Disabled controls
//! are left out. Indexes make lists; the page keeps them contiguous (renumber after removing
//! a row).
//!
//! # Showing
//!
//! - A field's issues appear once it is touched (blur or change); all of them after a submit
//!   attempt or `validate()`.
//! - Next to the control: `<span class="maatwerk-field-message" id="<prefix>-msg-<path>">`
//!   with a `maatwerk-message maatwerk-message--{error,warning,info}` line per issue (and a
//!   visually hidden "Fout: "), named in the control's `aria-describedby`; an error also sets
//!   `aria-invalid="true"` and `setCustomValidity(message)`. A radio group's message sits in
//!   its `<fieldset>`, after the legend.
//! - An issue whose path has no control shows in the nearest container above it with that
//!   `data-path` attribute (`<fieldset data-path="experience">`), else in the summary only.
//! - After a submit attempt with errors: `<div class="maatwerk-error-summary" role="alert"
//!   tabindex="-1">` as the form's first child, with a localised title and a link per error
//!   to its control (`href="#<control id>"`; a control without id gets one); clicking a link
//!   focuses the control. The submit is prevented and focus moves to the summary.
//! - What the binding writes in the options' locale carries `lang="<locale>"` (the message
//!   elements, the summary's list, and its title unless `summaryTitle` replaced it), so a
//!   French message on a Dutch page is read out in French.
//! - The form gets `novalidate`, so the browser's own bubbles do not block the submit event.
//!
//! `<prefix>` is the form's id, or `maatwerk`. The page styles the classes (and
//! `.maatwerk-visually-hidden`); the binding writes no style.
//!
//! # Events (on the form, bubbling)
//!
//! - `maatwerk:report`: after every validation, `detail` = the Report.
//! - `maatwerk:valid`: a submit without errors of a form **without** `action`: the submit is
//!   prevented (a client-side page sends the data itself), `detail` = the Report. A form with
//!   an `action` submits normally.
//!
//! # Handle
//!
//! `validate()`, `refresh()`, `report()`, `submitted`, `detach()`: see `FormHandle`. The
//! binding stays attached when the page drops the handle; only `detach()` ends it. Typed values
//! are never logged, and no callback panics: a missing element is skipped.

mod attrs;
mod controls;
mod events;
mod handle;
mod messages;
mod options;
mod plan;
mod summary;
mod tree;
mod words;
