//! APP-007: internal guidance needs no registration, but proof of the supervisor's
//! qualification.
//!
//! FAQ: "voor het intern organiseren ... moet je je niet te registreren ... enkel bewijzen dat
//! de werknemer die de rol van gekwalificeerd begeleider opneemt, voldoet".

use super::facts::{guidance_applies, guidance_need_and, guidance_of, Facts};
use super::{pending, FACTS_MISSING};
use crate::model::application::{Application, GuidanceOrganisation};
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App007,
    family: "application",
    source: FAQ,
    quote: "",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Interne begeleiding: bewijs", "Accompagnement interne : preuve", "Internal guidance: proof", "Interne Begleitung: Nachweis"],
    text: [
        "Wie de begeleiding intern organiseert, hoeft zich niet te registreren als externe dienstverlener, maar bewijst bij de aanvraag dat de interne begeleider gekwalificeerd is (bv. een kopie van het diploma, of een bewijs van ervaring). Niet van toepassing bij externe begeleiding, en waar APP-006 niet van toepassing is.",
        "Qui organise l'accompagnement en interne ne doit pas s'enregistrer comme prestataire externe, mais prouve lors de la demande que l'accompagnateur interne est qualifié (p. ex. une copie du diplôme, ou une preuve d'expérience). Sans objet en cas d'accompagnement externe, et là où APP-006 est sans objet.",
        "Internal guidance needs no registration as external provider, but the application proves that the internal supervisor is qualified (e.g. a copy of the diploma, or proof of experience). Not applicable to external guidance, nor where APP-006 is not applicable.",
        "Wer die Begleitung intern organisiert, muss sich nicht als externer Dienstleister registrieren, weist aber beim Antrag nach, dass die interne Begleitperson qualifiziert ist (z. B. Kopie des Diploms oder Erfahrungsnachweis). Nicht anwendbar bei externer Begleitung und dort, wo APP-006 nicht anwendbar ist.",
    ],
    parameters: [],
}

codes! {
    rule: App007;
    /// Internal guidance without proof of the supervisor's qualification.
    QUALIFICATION_PROOF_MISSING = "application.qualification_proof_missing", Error, [
        "Voeg een bewijs toe dat de interne begeleider gekwalificeerd is (bv. een kopie van het diploma of een bewijs van ervaring). Een registratie als externe dienstverlener is niet nodig.",
        "Joignez une preuve que l'accompagnateur interne est qualifié (p. ex. une copie du diplôme ou une preuve d'expérience). Un enregistrement comme prestataire externe n'est pas nécessaire.",
        "Attach proof that the internal supervisor is qualified (e.g. a copy of the diploma, or proof of experience). No registration as external provider is needed.",
        "Fügen Sie einen Nachweis bei, dass die interne Begleitperson qualifiziert ist (z. B. eine Kopie des Diploms oder einen Erfahrungsnachweis). Eine Registrierung als externer Dienstleister ist nicht nötig.",
    ];
}

/// APP-007 met: proof attached.
const PROOF_ATTACHED: Texts = &[
    "Interne begeleiding: bewijs van kwalificatie toegevoegd; geen registratie als externe dienstverlener nodig.",
    "Accompagnement interne : preuve de qualification jointe ; pas d'enregistrement comme prestataire externe nécessaire.",
    "Internal guidance: proof of qualification attached; no registration as external provider needed.",
    "Interne Begleitung: Qualifikationsnachweis beigefügt; keine Registrierung als externer Dienstleister nötig.",
];

/// APP-007 not met.
const PROOF_MISSING: Texts = &[
    "Interne begeleiding vraagt een bewijs dat de begeleider gekwalificeerd is (bv. kopie van het diploma).",
    "L'accompagnement interne requiert une preuve que l'accompagnateur est qualifié (p. ex. copie du diplôme).",
    "Internal guidance needs proof that the supervisor is qualified (e.g. a copy of the diploma).",
    "Interne Begleitung erfordert einen Nachweis der Qualifikation der Begleitperson (z. B. Kopie des Diploms).",
];

/// APP-007 not applicable: guidance is external.
const EXTERNAL_GUIDANCE: Texts = &[
    "Niet van toepassing: externe begeleiding door een geregistreerde dienstverlener; geen bewijs van kwalificatie bij de aanvraag nodig.",
    "Sans objet : accompagnement externe par un prestataire enregistré ; pas de preuve de qualification à joindre.",
    "Not applicable: external guidance by a registered provider; no proof of qualification needed with the application.",
    "Nicht anwendbar: externe Begleitung durch einen registrierten Dienstleister; kein Qualifikationsnachweis beim Antrag nötig.",
];

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App007,
    reads: guidance_need_and!["guidance.organisation", "guidance.qualificationProofAttached"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App007;
    let facts = &Facts::of(input.form);
    let guidance = guidance_of(input.form);
    let waiting = match guidance_applies(RULE, &facts.guidance) {
        Ok(waiting) => waiting,
        Err(verdict) => return out.judge(verdict),
    };
    let verdict = match guidance.organisation {
        None => Verdict::new(RULE, Status::Unknown, FACTS_MISSING)
            .missing(vec![at(&[key!("guidance"), key!("organisation")])]),
        Some(GuidanceOrganisation::External) => Verdict::new(RULE, Status::NotApplicable, EXTERNAL_GUIDANCE),
        Some(GuidanceOrganisation::Internal) => {
            let path = at(&[key!("guidance"), key!("qualificationProofAttached")]);
            out.need(&path, guidance.qualification_proof_attached.is_some());
            match guidance.qualification_proof_attached {
                Some(true) => Verdict::new(RULE, Status::Met, PROOF_ATTACHED),
                None => {
                    report_missing(input.dropped, out, Finding::new(&QUALIFICATION_PROOF_MISSING, path));
                    Verdict::new(RULE, Status::Unknown, FACTS_MISSING).missing(vec![path])
                }
                Some(false) => {
                    out.push(Finding::new(&QUALIFICATION_PROOF_MISSING, path));
                    Verdict::new(RULE, Status::NotMet, PROOF_MISSING)
                }
            }
        }
    };
    out.judge(pending(verdict, waiting));
}
