// The binding's events in the DOM's event maps, so a listener on a form (or any element, or
// the document, where they bubble to) gets a typed `detail` without a cast. The only
// declaration written by hand: JSDoc cannot augment a global interface. Its types are the
// generated ones (the core's Report, the binding's FieldDetail); index.d.ts refers to
// `MaatwerkEvents`, which brings this file (and so the augmentation) into a consumer's program.
import type { Report } from "../web/maatwerk.js";
import type { FieldDetail } from "./messages.js";

/** The events `attachForm` dispatches; they bubble. */
export interface MaatwerkEvents {
  /** After every validation of an attached form, with its Report. */
  "maatwerk:report": CustomEvent<Report>;
  /** A submit without errors of an attached form without `action` (or `handle.submit()`), with the Report. */
  "maatwerk:valid": CustomEvent<Report>;
  /** A field's shown messages change; cancel it to render them yourself. */
  "maatwerk:field": CustomEvent<FieldDetail>;
}

declare global {
  interface HTMLElementEventMap extends MaatwerkEvents {}
  interface DocumentEventMap extends MaatwerkEvents {}
}
