//! APP-004: "een en ondeelbaar": the premiums follow VDAB's indication.
//!
//! An indication of guidance alone (no loonpremie) is no error: the FAQ's passage speaks of an
//! indication of both ("Als VDAB een behoefte aan een loonpremie én begeleiding heeft
//! vastgesteld"), so the begeleidingspremie alone follows it.

use super::facts::Facts;
use super::{pending, FACTS_MISSING, NOT_FOR_SELF_EMPLOYED};
use crate::model::application::Application;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App004,
    family: "application",
    source: FAQ,
    quote: "Een en ondeelbaar wil zeggen dat de werkgever niet kan kiezen op welke premies individueel maatwerk beroep wordt gedaan. Als VDAB een behoefte aan een loonpremie én begeleiding heeft vastgesteld, dan moet de werkgever begeleiding bieden. Dit kan inderdaad via interne begeleiding of het inkopen van externe begeleiding. De werkgever ontvangt hiervoor een begeleidingspremie.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Een en ondeelbaar", "Un et indivisible", "One and indivisible", "Eins und unteilbar"],
    text: [
        "Een en ondeelbaar: de werkgever kan niet kiezen op welke premies hij beroep doet, de aangevraagde premies volgen de indicatie van VDAB. Stelde VDAB een behoefte aan loonpremie én begeleiding vast, dan vraagt de werkgever beide premies aan (en organiseert hij de begeleiding, APP-006). Een premie die VDAB niet vaststelde, kan niet aangevraagd worden. Over een indicatie van enkel begeleiding, zonder loonpremie, zegt de FAQ niets: de begeleidingspremie alleen volgt die indicatie. In het Brusselse Gewest vraagt de indicatie enkel de loonpremie (APP-003). Niet van toepassing voor zelfstandigen.",
        "Un et indivisible : l'employeur ne peut pas choisir les primes auxquelles il fait appel, les primes demandées suivent l'indication du VDAB. Si le VDAB a constaté un besoin de prime salariale et d'accompagnement, l'employeur demande les deux primes (et organise l'accompagnement, APP-006). Une prime non constatée par le VDAB ne peut pas être demandée. La FAQ ne dit rien d'une indication d'accompagnement seul, sans prime salariale : la prime d'accompagnement seule suit cette indication. En Région de Bruxelles-Capitale, l'indication ne donne que la prime salariale (APP-003). Sans objet pour les indépendants.",
        "One and indivisible: the employer cannot choose which premiums it calls on, the premiums applied for follow VDAB's indication. When VDAB found a need for both a loonpremie and guidance, the employer applies for both premiums (and organises the guidance, APP-006). A premium VDAB did not find cannot be applied for. Of an indication of guidance alone, without a loonpremie, the FAQ says nothing: the begeleidingspremie alone follows that indication. In the Brussels Region the indication gives the loonpremie only (APP-003). Not applicable to self-employed persons.",
        "Eins und unteilbar: der Arbeitgeber kann nicht wählen, welche Prämien er in Anspruch nimmt, die beantragten Prämien folgen der Indikation des VDAB. Hat der VDAB einen Bedarf an Lohnprämie und Begleitung festgestellt, beantragt der Arbeitgeber beide Prämien (und organisiert die Begleitung, APP-006). Eine vom VDAB nicht festgestellte Prämie kann nicht beantragt werden. Über eine Indikation nur von Begleitung, ohne Lohnprämie, sagt die FAQ nichts: die Begleitungsprämie allein folgt dieser Indikation. In der Region Brüssel-Hauptstadt gibt die Indikation nur die Lohnprämie (APP-003). Nicht anwendbar für Selbstständige.",
    ],
    parameters: [],
}

codes! {
    rule: App004;
    /// No premium is requested.
    PREMIUMS_MISSING = "application.premiums_missing", Error, [
        "Duid de premies aan die u aanvraagt: die welke de indicatie van VDAB vaststelt (loonpremie, begeleidingspremie).",
        "Cochez les primes demandées : celles que l'indication du VDAB constate (prime salariale, prime d'accompagnement).",
        "Tick the premiums you apply for: those VDAB's indication names (loonpremie, begeleidingspremie).",
        "Kreuzen Sie die beantragten Prämien an: die, die die Indikation des VDAB feststellt (Lohnprämie, Begleitungsprämie).",
    ];
    /// VDAB found a need for both premiums: both must be requested.
    PREMIUMS_INDIVISIBLE = "application.premiums_indivisible", Error, [
        "Een en ondeelbaar: VDAB stelde een behoefte aan loonpremie én begeleiding vast, dus vraagt u beide premies aan en organiseert u de begeleiding.",
        "Un et indivisible : le VDAB a constaté un besoin de prime salariale et d'accompagnement, vous demandez donc les deux primes et organisez l'accompagnement.",
        "One and indivisible: VDAB found a need for both a loonpremie and guidance, so apply for both premiums and organise the guidance.",
        "Eins und unteilbar: der VDAB hat einen Bedarf an Lohnprämie und Begleitung festgestellt, beantragen Sie also beide Prämien und organisieren Sie die Begleitung.",
    ];
    /// A loonpremie is requested but VDAB did not find a need for it.
    LOONPREMIE_NOT_INDICATED = "application.loonpremie_not_indicated", Error, [
        "VDAB stelde geen behoefte aan een loonpremie vast: u kunt ze niet aanvragen.",
        "Le VDAB n'a pas constaté de besoin de prime salariale : vous ne pouvez pas la demander.",
        "VDAB found no need for a loonpremie: you cannot apply for it.",
        "Der VDAB hat keinen Bedarf an einer Lohnprämie festgestellt: Sie können sie nicht beantragen.",
    ];
    /// A begeleidingspremie is requested but VDAB did not find a need for guidance.
    BEGELEIDINGSPREMIE_NOT_INDICATED = "application.begeleidingspremie_not_indicated", Error, [
        "VDAB stelde geen behoefte aan begeleiding vast: u kunt geen begeleidingspremie aanvragen.",
        "Le VDAB n'a pas constaté de besoin d'accompagnement : vous ne pouvez pas demander la prime d'accompagnement.",
        "VDAB found no need for guidance: you cannot apply for a begeleidingspremie.",
        "Der VDAB hat keinen Bedarf an Begleitung festgestellt: Sie können keine Begleitungsprämie beantragen.",
    ];
    /// A begeleidingspremie without the loonpremie VDAB indicated.
    BEGELEIDINGSPREMIE_WITHOUT_LOONPREMIE = "application.begeleidingspremie_without_loonpremie", Error, [
        "Een en ondeelbaar: VDAB stelde een behoefte aan een loonpremie vast, vraag ook de loonpremie aan.",
        "Un et indivisible : le VDAB a constaté un besoin de prime salariale, demandez aussi la prime salariale.",
        "One and indivisible: VDAB found a need for a loonpremie, apply for the loonpremie too.",
        "Eins und unteilbar: der VDAB hat einen Bedarf an einer Lohnprämie festgestellt, beantragen Sie auch die Lohnprämie.",
    ];
}

texts! {
    /// APP-004 met.
    PREMIUMS_MATCH_INDICATION = [
        "De aangevraagde premies volgen de indicatie van VDAB.",
        "Les primes demandées suivent l'indication du VDAB.",
        "The premiums applied for follow VDAB's indication.",
        "Die beantragten Prämien folgen der Indikation des VDAB.",
    ];

    /// APP-004 not met.
    PREMIUMS_DO_NOT_MATCH = [
        "Een en ondeelbaar: de aangevraagde premies volgen de indicatie van VDAB niet.",
        "Un et indivisible : les primes demandées ne suivent pas l'indication du VDAB.",
        "One and indivisible: the premiums applied for do not follow VDAB's indication.",
        "Eins und unteilbar: die beantragten Prämien folgen nicht der Indikation des VDAB.",
    ];
}

/// The rule: one for employers.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App004,
    reads: reads![
        "selfEmployed",
        "vdabIndication.measures",
        "requestedPremiums",
        "employer.establishmentCountry",
        "employer.establishmentPostcode",
    ],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App004;
    let facts = &Facts::of(input);
    if facts.self_employed == Some(true) {
        return out.judge(Verdict::new(RULE, Status::NotApplicable, NOT_FOR_SELF_EMPLOYED));
    }
    let waiting = facts.employer_pending();
    let premiums = at(&[key!("requestedPremiums")]);
    let measures = at(&[key!("vdabIndication"), key!("measures")]);
    let asked = facts.premiums;
    if !out.need(&premiums, asked.loonpremie || asked.begeleidingspremie) {
        if !asked.loonpremie_dropped && !asked.begeleidingspremie_dropped {
            report_missing_at(input.dropped, out, &PREMIUMS_MISSING, premiums);
        }
        let verdict = unknown_for(RULE, FACTS_MISSING, premiums);
        return out.judge(pending(verdict, waiting));
    }
    let loonpremie = premiums.key(key!("loonpremie"));
    let begeleidingspremie = premiums.key(key!("begeleidingspremie"));
    let mut judgement = Judgement::default();
    // "Een en ondeelbaar wil zeggen dat de werkgever niet kan kiezen op welke premies": an
    // indicated loonpremie is asked. Of an indication of guidance alone the FAQ says nothing,
    // so the begeleidingspremie alone follows it.
    if asked.begeleidingspremie && !asked.loonpremie && facts.measures.loonpremie == Some(true) {
        if asked.loonpremie_dropped {
            judgement.wait_for(loonpremie);
        } else {
            out.report_also(&BEGELEIDINGSPREMIE_WITHOUT_LOONPREMIE, begeleidingspremie, loonpremie);
            judgement.broken = true;
        }
    }
    if asked.loonpremie && facts.measures.loonpremie == Some(false) {
        out.report_also(&LOONPREMIE_NOT_INDICATED, loonpremie, measures.key(key!("loonpremie")));
        judgement.broken = true;
    }
    if asked.begeleidingspremie && facts.measures.guidance == Some(false) {
        out.report_also(&BEGELEIDINGSPREMIE_NOT_INDICATED, begeleidingspremie, measures.key(key!("guidance")));
        judgement.broken = true;
    }
    let both_indicated = facts.measures.loonpremie == Some(true) && facts.measures.guidance == Some(true);
    if both_indicated && !asked.begeleidingspremie && asked.begeleidingspremie_dropped {
        judgement.wait_for(begeleidingspremie);
    } else if both_indicated && !asked.begeleidingspremie {
        // A Brussels employer can call on the loonpremie only (APP-003), so there the
        // indication asks the loonpremie alone; until the establishment is known, it may be.
        // The seeds make that exception for Brussels only.
        match facts.establishment.in_brussels() {
            Some(false) => {
                out.report_also(&PREMIUMS_INDIVISIBLE, begeleidingspremie, measures);
                judgement.broken = true;
            }
            Some(true) => {}
            None => judgement.wait_for(facts.establishment.path),
        }
    }
    for (key, answer) in [(key!("loonpremie"), facts.measures.loonpremie), (key!("guidance"), facts.measures.guidance)]
    {
        if answer.is_none() {
            judgement.wait_for(measures.key(key));
        }
    }
    out.judge(pending(
        judgement.verdict(RULE, PREMIUMS_MATCH_INDICATION, PREMIUMS_DO_NOT_MATCH, FACTS_MISSING),
        waiting,
    ));
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::json;

    #[test]
    fn both_indicated_both_asked() {
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App004), Status::Met);
        let loonpremie_only = with(complete(), "requestedPremiums.begeleidingspremie", json!(false));
        let out = run(&RULE, &loonpremie_only);
        assert_eq!(
            found(&out),
            [("application.premiums_indivisible", "requestedPremiums.begeleidingspremie".to_owned())]
        );
        assert_eq!(status(&out, RuleId::App004), Status::NotMet);
        // A Brussels employer can call on the loonpremie only.
        let out = run(&RULE, &with(loonpremie_only, "employer.establishmentPostcode", json!("1000")));
        assert_eq!(status(&out, RuleId::App004), Status::Met);
    }

    #[test]
    fn an_indication_of_guidance_alone_is_no_error() {
        let form = with(complete(), "vdabIndication.measures.loonpremie", json!(false));
        let out = run(&RULE, &with(form.clone(), "requestedPremiums.loonpremie", json!(false)));
        assert!(out.findings.is_empty());
        assert_eq!(status(&out, RuleId::App004), Status::Met);
        // A premium VDAB did not find is not asked.
        let out = run(&RULE, &form);
        assert_eq!(found(&out), [("application.loonpremie_not_indicated", "requestedPremiums.loonpremie".to_owned())]);
    }

    #[test]
    fn a_premium_of_the_wrong_type_is_neither_asked_nor_not() {
        let out = run(&RULE, &with(complete(), "requestedPremiums.begeleidingspremie", json!("yes")));
        assert!(out.findings.is_empty());
        assert_eq!(status(&out, RuleId::App004), Status::Unknown);
    }
}
