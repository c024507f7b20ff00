//! APP-007: internal guidance needs no registration, but proof of the supervisor's
//! qualification.
//!
//! FAQ: "Voor het intern organiseren van de begeleiding, waarbij je als werkgever eigen
//! personeel inzet, moet je je niet te registreren. Bij de aanvraag ... moet je enkel bewijzen
//! dat de werknemer die de rol van gekwalificeerd begeleider opneemt, voldoet". The exemption
//! holds for the employer's own staff: a supervisor the form says the applicant does not
//! employ is no internal guidance ("Enkel als u werknemers wil begeleiden in andere
//! organisaties is een registratie als externe dienstverlener noodzakelijk" says who guides
//! someone else's employees registers). A form that does not say keeps to its choice of
//! internal guidance, which names an own employee.

use super::facts::{guidance_applies, guidance_need_and, guidance_of, Facts};
use super::{pending, FACTS_MISSING};
use crate::model::application::{Application, GuidanceOrganisation};
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App007,
    family: "application",
    source: FAQ,
    quote: "Voor het intern organiseren van de begeleiding, waarbij je als werkgever eigen personeel inzet, moet je je niet te registreren. Bij de aanvraag van individueel maatwerk bij het Departement WSE moet je enkel bewijzen dat de werknemer die de rol van gekwalificeerd begeleider opneemt, voldoet aan de voorwaarden van gekwalificeerd begeleider. Dit kan bijvoorbeeld aan de hand van een kopie van een diploma zijn. (…) Enkel als u werknemers wil begeleiden in andere organisaties is een registratie als externe dienstverlener noodzakelijk.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Interne begeleiding: bewijs", "Accompagnement interne : preuve", "Internal guidance: proof", "Interne Begleitung: Nachweis"],
    text: [
        "Wie de begeleiding intern organiseert, hoeft zich niet te registreren als externe dienstverlener, maar bewijst bij de aanvraag dat de interne begeleider gekwalificeerd is (bv. een kopie van het diploma, of een bewijs van ervaring). De interne begeleider is eigen personeel: zegt het formulier dat de aanvrager hem niet tewerkstelt, dan is dat geen interne begeleiding. Niet van toepassing bij externe begeleiding, en waar APP-006 niet van toepassing is.",
        "Qui organise l'accompagnement en interne ne doit pas s'enregistrer comme prestataire externe, mais prouve lors de la demande que l'accompagnateur interne est qualifié (p. ex. une copie du diplôme, ou une preuve d'expérience). L'accompagnateur interne fait partie du personnel : si le formulaire dit que le demandeur ne l'emploie pas, ce n'est pas un accompagnement interne. Sans objet en cas d'accompagnement externe, et là où APP-006 est sans objet.",
        "Internal guidance needs no registration as external provider, but the application proves that the internal supervisor is qualified (e.g. a copy of the diploma, or proof of experience). The internal supervisor is the employer's own staff: when the form says the applicant does not employ them, the guidance is not internal. Not applicable to external guidance, nor where APP-006 is not applicable.",
        "Wer die Begleitung intern organisiert, muss sich nicht als externer Dienstleister registrieren, weist aber beim Antrag nach, dass die interne Begleitperson qualifiziert ist (z. B. Kopie des Diploms oder Erfahrungsnachweis). Die interne Begleitperson gehört zum eigenen Personal: sagt das Formular, dass die antragstellende Stelle sie nicht beschäftigt, ist es keine interne Begleitung. Nicht anwendbar bei externer Begleitung und dort, wo APP-006 nicht anwendbar ist.",
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
    /// Internal guidance by a supervisor the applicant does not employ.
    INTERNAL_SUPERVISOR_NOT_OWN_STAFF = "application.internal_supervisor_not_own_staff", Error, [
        "Interne begeleiding zet eigen personeel in: de interne begeleider is in dienst van de aanvrager. Wie niet bij u in dienst is, begeleidt via een geregistreerde externe dienstverlener (kies dan externe begeleiding).",
        "L'accompagnement interne fait appel au personnel propre : l'accompagnateur interne est au service du demandeur. Qui n'est pas à votre service accompagne via un prestataire externe enregistré (choisissez alors l'accompagnement externe).",
        "Internal guidance uses the employer's own staff: the internal supervisor is employed by the applicant. Someone you do not employ guides through a registered external provider (then choose external guidance).",
        "Interne Begleitung setzt eigenes Personal ein: die interne Begleitperson ist bei der antragstellenden Stelle beschäftigt. Wer nicht bei Ihnen beschäftigt ist, begleitet über einen registrierten externen Dienstleister (wählen Sie dann externe Begleitung).",
    ];
}

texts! {
    /// APP-007 met: proof attached.
    PROOF_ATTACHED = [
        "Interne begeleiding: bewijs van kwalificatie toegevoegd; geen registratie als externe dienstverlener nodig.",
        "Accompagnement interne : preuve de qualification jointe ; pas d'enregistrement comme prestataire externe nécessaire.",
        "Internal guidance: proof of qualification attached; no registration as external provider needed.",
        "Interne Begleitung: Qualifikationsnachweis beigefügt; keine Registrierung als externer Dienstleister nötig.",
    ];

    /// APP-007 not met.
    PROOF_MISSING = [
        "Interne begeleiding vraagt een bewijs dat de begeleider gekwalificeerd is (bv. kopie van het diploma).",
        "L'accompagnement interne requiert une preuve que l'accompagnateur est qualifié (p. ex. copie du diplôme).",
        "Internal guidance needs proof that the supervisor is qualified (e.g. a copy of the diploma).",
        "Interne Begleitung erfordert einen Nachweis der Qualifikation der Begleitperson (z. B. Kopie des Diploms).",
    ];

    /// APP-007 not met: the internal supervisor is not the applicant's own staff.
    NOT_OWN_STAFF = [
        "Interne begeleiding zet eigen personeel in, maar volgens het formulier is de interne begeleider niet in dienst van de aanvrager.",
        "L'accompagnement interne fait appel au personnel propre, mais selon le formulaire l'accompagnateur interne n'est pas au service du demandeur.",
        "Internal guidance uses the employer's own staff, but the form says the applicant does not employ the internal supervisor.",
        "Interne Begleitung setzt eigenes Personal ein, aber laut Formular ist die interne Begleitperson nicht bei der antragstellenden Stelle beschäftigt.",
    ];

    /// APP-007 not applicable: guidance is external.
    EXTERNAL_GUIDANCE = [
        "Niet van toepassing: externe begeleiding door een geregistreerde dienstverlener; geen bewijs van kwalificatie bij de aanvraag nodig.",
        "Sans objet : accompagnement externe par un prestataire enregistré ; pas de preuve de qualification à joindre.",
        "Not applicable: external guidance by a registered provider; no proof of qualification needed with the application.",
        "Nicht anwendbar: externe Begleitung durch einen registrierten Dienstleister; kein Qualifikationsnachweis beim Antrag nötig.",
    ];
}

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App007,
    reads: guidance_need_and![
        "guidance.organisation",
        "guidance.qualificationProofAttached",
        "guidance.internalSupervisor.employedByApplicant",
    ],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App007;
    let facts = &Facts::of(input);
    let guidance = guidance_of(input.form);
    let waiting = match guidance_applies(RULE, &facts.guidance) {
        Ok(waiting) => waiting,
        Err(verdict) => return out.judge(verdict),
    };
    let verdict = match guidance.organisation {
        None => unknown_for(RULE, FACTS_MISSING, at(&[key!("guidance"), key!("organisation")])),
        Some(GuidanceOrganisation::External) => Verdict::new(RULE, Status::NotApplicable, EXTERNAL_GUIDANCE),
        Some(GuidanceOrganisation::Internal) => {
            let mut judgement = Judgement::default();
            let employed = guidance.internal_supervisor.as_ref().and_then(|s| s.employed_by_applicant);
            if employed == Some(false) {
                let path = at(&[key!("guidance"), key!("internalSupervisor"), key!("employedByApplicant")]);
                out.push(
                    Finding::new(&INTERNAL_SUPERVISOR_NOT_OWN_STAFF, path)
                        .also(at(&[key!("guidance"), key!("organisation")])),
                );
                judgement.broken = true;
            }
            let path = at(&[key!("guidance"), key!("qualificationProofAttached")]);
            out.need(&path, guidance.qualification_proof_attached.is_some());
            match guidance.qualification_proof_attached {
                Some(true) => {}
                None => {
                    judgement.lacks(input.dropped, out, &QUALIFICATION_PROOF_MISSING, path);
                }
                Some(false) => {
                    judgement.breaks(out, &QUALIFICATION_PROOF_MISSING, path);
                }
            }
            let not_met = if employed == Some(false) { NOT_OWN_STAFF } else { PROOF_MISSING };
            judgement.verdict(RULE, PROOF_ATTACHED, not_met, FACTS_MISSING)
        }
    };
    out.judge(pending(verdict, waiting));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn internal_guidance_proves_the_qualification() {
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App007), Status::Met);
        let out = run(&RULE, &with(complete(), "guidance.qualificationProofAttached", json!(false)));
        assert_eq!(
            found(&out),
            [("application.qualification_proof_missing", "guidance.qualificationProofAttached".to_owned())]
        );
        assert_eq!(status(&out, RuleId::App007), Status::NotMet);
    }

    #[test]
    fn internal_guidance_is_own_staff() {
        let out = run(&RULE, &with(complete(), "guidance.internalSupervisor.employedByApplicant", json!(false)));
        assert_eq!(
            found(&out),
            [(
                "application.internal_supervisor_not_own_staff",
                "guidance.internalSupervisor.employedByApplicant".to_owned()
            )]
        );
        assert_eq!(status(&out, RuleId::App007), Status::NotMet);
    }

    #[test]
    fn external_guidance_needs_no_proof() {
        let external = json!({
            "organisation": "external",
            "externalProvider": { "registrationNumber": "EDV-2024-0173" },
            "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true }
        });
        let out = run(&RULE, &with(complete(), "guidance", external));
        assert_eq!(status(&out, RuleId::App007), Status::NotApplicable);
    }
}
