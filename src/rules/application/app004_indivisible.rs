//! APP-004: "een en ondeelbaar": the premiums follow VDAB's indication.

use super::facts::Facts;
use super::{pending, FACTS_MISSING, NOT_FOR_SELF_EMPLOYED};
use crate::model::application::Application;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App004,
    family: "application",
    source: FAQ,
    quote: "",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Een en ondeelbaar", "Un et indivisible", "One and indivisible", "Eins und unteilbar"],
    text: [
        "Stelde VDAB een behoefte aan loonpremie én begeleiding vast, dan vraagt de werkgever beide premies aan en organiseert hij de begeleiding: hij kan de premies niet kiezen. Een premie die VDAB niet vaststelde, kan niet aangevraagd worden, en een begeleidingspremie zonder loonpremie is niet mogelijk. In het Brusselse Gewest vraagt de indicatie enkel de loonpremie (APP-003). Niet van toepassing voor zelfstandigen.",
        "Si le VDAB a constaté un besoin de prime salariale et d'accompagnement, l'employeur demande les deux primes et organise l'accompagnement : il ne peut pas choisir les primes. Une prime non constatée par le VDAB ne peut pas être demandée, et une prime d'accompagnement sans prime salariale n'est pas possible. En Région de Bruxelles-Capitale, l'indication ne donne que la prime salariale (APP-003). Sans objet pour les indépendants.",
        "When VDAB found a need for both a loonpremie and guidance, the employer applies for both premiums and organises the guidance: it cannot choose the premiums. A premium VDAB did not find cannot be applied for, and a begeleidingspremie without loonpremie is not possible. In the Brussels Region the indication gives the loonpremie only (APP-003). Not applicable to self-employed persons.",
        "Hat der VDAB einen Bedarf an Lohnprämie und Begleitung festgestellt, beantragt der Arbeitgeber beide Prämien und organisiert die Begleitung: er kann die Prämien nicht wählen. Eine vom VDAB nicht festgestellte Prämie kann nicht beantragt werden, und eine Begleitungsprämie ohne Lohnprämie ist nicht möglich. In der Region Brüssel-Hauptstadt gibt die Indikation nur die Lohnprämie (APP-003). Nicht anwendbar für Selbstständige.",
    ],
    parameters: [],
}

codes! {
    rule: App004;
    /// The indication finds a need for guidance without a loonpremie, which the scheme does
    /// not know ("een en ondeelbaar": no begeleidingspremie without loonpremie).
    INDICATION_GUIDANCE_WITHOUT_LOONPREMIE = "application.indication_guidance_without_loonpremie", Error, [
        "Begeleiding wordt altijd samen met een loonpremie vastgesteld (een en ondeelbaar): kijk de indicatie van VDAB na.",
        "L'accompagnement est toujours constaté avec une prime salariale (un et indivisible) : vérifiez l'indication du VDAB.",
        "Guidance is always indicated together with a loonpremie (one and indivisible): check VDAB's indication.",
        "Begleitung wird immer zusammen mit einer Lohnprämie festgestellt (eins und unteilbar): prüfen Sie die Indikation des VDAB.",
    ];
    /// No premium is requested.
    PREMIUMS_MISSING = "application.premiums_missing", Error, [
        "Duid de premies aan die u aanvraagt: de loonpremie, en de begeleidingspremie als VDAB begeleiding vastgesteld heeft.",
        "Cochez les primes demandées : la prime salariale, et la prime d'accompagnement si le VDAB a constaté un besoin d'accompagnement.",
        "Tick the premiums you apply for: the loonpremie, and the begeleidingspremie when VDAB found a need for guidance.",
        "Kreuzen Sie die beantragten Prämien an: die Lohnprämie und, wenn der VDAB Begleitung festgestellt hat, die Begleitungsprämie.",
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
    /// A begeleidingspremie without a loonpremie.
    BEGELEIDINGSPREMIE_WITHOUT_LOONPREMIE = "application.begeleidingspremie_without_loonpremie", Error, [
        "Een begeleidingspremie zonder loonpremie is niet mogelijk: vraag ook de loonpremie aan.",
        "Une prime d'accompagnement sans prime salariale n'est pas possible : demandez aussi la prime salariale.",
        "A begeleidingspremie without a loonpremie is not possible: apply for the loonpremie too.",
        "Eine Begleitungsprämie ohne Lohnprämie ist nicht möglich: beantragen Sie auch die Lohnprämie.",
    ];
}

/// APP-004 met.
const PREMIUMS_MATCH_INDICATION: Texts = &[
    "De aangevraagde premies volgen de indicatie van VDAB.",
    "Les primes demandées suivent l'indication du VDAB.",
    "The premiums applied for follow VDAB's indication.",
    "Die beantragten Prämien folgen der Indikation des VDAB.",
];

/// APP-004 not met.
const PREMIUMS_DO_NOT_MATCH: Texts = &[
    "Een en ondeelbaar: de aangevraagde premies volgen de indicatie van VDAB niet.",
    "Un et indivisible : les primes demandées ne suivent pas l'indication du VDAB.",
    "One and indivisible: the premiums applied for do not follow VDAB's indication.",
    "Eins und unteilbar: die beantragten Prämien folgen nicht der Indikation des VDAB.",
];

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
    let facts = &Facts::of(input.form);
    if facts.self_employed == Some(true) {
        return out.judge(Verdict::new(RULE, Status::NotApplicable, NOT_FOR_SELF_EMPLOYED));
    }
    let waiting = facts.employer_pending();
    let premiums = at(&[key!("requestedPremiums")]);
    let measures = at(&[key!("vdabIndication"), key!("measures")]);
    // Guidance indicated without a loonpremie: no premium choice can be right, so the
    // indication is reported and no premium is advised.
    if facts.measures.loonpremie == Some(false) && facts.measures.guidance == Some(true) {
        out.push(
            Finding::new(&INDICATION_GUIDANCE_WITHOUT_LOONPREMIE, measures.key(key!("loonpremie")))
                .also(measures.key(key!("guidance")))
                .also(premiums),
        );
        return out.judge(Verdict::new(RULE, Status::NotMet, PREMIUMS_DO_NOT_MATCH));
    }
    let asked = facts.premiums;
    if !out.need(&premiums, asked.loonpremie || asked.begeleidingspremie) {
        report_missing(input.dropped, out, Finding::new(&PREMIUMS_MISSING, premiums));
        let verdict = Verdict::new(RULE, Status::Unknown, FACTS_MISSING).missing(vec![premiums]);
        return out.judge(pending(verdict, waiting));
    }
    let loonpremie = premiums.key(key!("loonpremie"));
    let begeleidingspremie = premiums.key(key!("begeleidingspremie"));
    let mut judgement = Judgement::default();
    if asked.begeleidingspremie && !asked.loonpremie {
        out.push(Finding::new(&BEGELEIDINGSPREMIE_WITHOUT_LOONPREMIE, begeleidingspremie).also(loonpremie));
        judgement.broken = true;
    }
    if asked.loonpremie && facts.measures.loonpremie == Some(false) {
        out.push(Finding::new(&LOONPREMIE_NOT_INDICATED, loonpremie).also(measures.key(key!("loonpremie"))));
        judgement.broken = true;
    }
    if asked.begeleidingspremie && facts.measures.guidance == Some(false) {
        out.push(
            Finding::new(&BEGELEIDINGSPREMIE_NOT_INDICATED, begeleidingspremie).also(measures.key(key!("guidance"))),
        );
        judgement.broken = true;
    }
    let both_indicated = facts.measures.loonpremie == Some(true) && facts.measures.guidance == Some(true);
    if both_indicated && !asked.begeleidingspremie {
        // A Brussels employer can call on the loonpremie only (APP-003), so there the
        // indication asks the loonpremie alone; until the establishment is known, it may be.
        // The seeds make that exception for Brussels only.
        match facts.establishment.in_brussels() {
            Some(false) => {
                out.push(Finding::new(&PREMIUMS_INDIVISIBLE, begeleidingspremie).also(measures));
                judgement.broken = true;
            }
            Some(true) => {}
            None => judgement.missing.push(facts.establishment.path),
        }
    }
    for (key, answer) in [(key!("loonpremie"), facts.measures.loonpremie), (key!("guidance"), facts.measures.guidance)]
    {
        if answer.is_none() {
            judgement.missing.push(measures.key(key));
        }
    }
    out.judge(pending(
        judgement.verdict(RULE, PREMIUMS_MATCH_INDICATION, PREMIUMS_DO_NOT_MATCH, FACTS_MISSING),
        waiting,
    ));
}
