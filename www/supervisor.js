// The qualified-supervisor form: validated live by attachForm (kind "supervisor"), with
// add/remove rows, a requirement panel fed by the `maatwerk:report` event, and the language
// switch; all of it is the form pages' shared bootstrap (page.js).
//
// Query parameters, for tests and demos: `?asOf=YYYY-MM-DD` fixes the reference date
// (default: today), `?locale=nl|fr|en|de` the language of the messages.

import { startFormPage } from "./page.js";

startFormPage({ form: document.getElementById("supervisor-form"), kind: "supervisor" });
