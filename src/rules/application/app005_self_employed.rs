//! APP-005: the self-employed person's ondersteuningspremie. Whether a self-employed person
//! applies decides which rules apply at all: the question is asked here, once and whatever
//! the as-of date the other rules are judged on ([`WHO_APPLIES`]), while this rule is in force.
//!
//! The FAQ says that a self-employed person has the ondersteuningspremie and no
//! begeleidingspremie: those are errors. That an employer cannot ask the ondersteuningspremie,
//! that a self-employed person asks no loonpremie, and the premium's bounds (20 to 55 %, 2 to
//! 5 years) come from the department's pages, which the seeds do not hold: warnings.

use super::facts::Facts;
use super::FACTS_MISSING;
use crate::model::application::Application;
use crate::model::Key;
use crate::report::codes::CodeDef;
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App005,
    family: "application",
    source: FAQ,
    quote: "Voor de zelfstandigen is er de ondersteuningspremie. Een begeleidingspremie is niet mogelijk.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Zelfstandigen: ondersteuningspremie", "Indépendants : prime de soutien", "Self-employed: ondersteuningspremie", "Selbstständige: Unterstützungsprämie"],
    text: [
        "Een zelfstandige krijgt de ondersteuningspremie (20 tot 55 % van het referteloon, 2 tot 5 jaar); een begeleidingspremie (of loonpremie) is voor zelfstandigen niet mogelijk. Een werkgever kan de ondersteuningspremie niet aanvragen. Niet van toepassing voor een werkgever die geen ondersteuningspremie aanvraagt; zolang niet gezegd is wie aanvraagt, nog niet te beoordelen. Dat een zelfstandige geen begeleidingspremie krijgt, zegt de FAQ (een fout); de grenzen, de loonpremie en de ondersteuningspremie van een werkgever komen uit de pagina's van het departement (waarschuwingen).",
        "Un indépendant reçoit la prime de soutien (20 à 55 % du salaire de référence, 2 à 5 ans) ; une prime d'accompagnement (ou prime salariale) n'est pas possible pour les indépendants. Un employeur ne peut pas demander la prime de soutien. Sans objet pour un employeur qui ne demande pas la prime de soutien ; tant qu'il n'est pas dit qui introduit la demande, pas encore évaluable. Qu'un indépendant n'obtient pas de prime d'accompagnement, la FAQ le dit (une erreur) ; les limites, la prime salariale et la prime de soutien d'un employeur viennent des pages du département (des avertissements).",
        "A self-employed person gets the ondersteuningspremie (20 to 55 % of the reference wage, 2 to 5 years); a begeleidingspremie (or loonpremie) is not possible for self-employed persons. An employer cannot apply for the ondersteuningspremie. Not applicable to an employer that does not apply for the ondersteuningspremie; until the form says who applies, not decidable yet. That a self-employed person gets no begeleidingspremie the FAQ says (an error); the bounds, the loonpremie and an employer's ondersteuningspremie come from the department's pages (warnings).",
        "Selbstständige erhalten die Unterstützungsprämie (20 bis 55 % des Referenzlohns, 2 bis 5 Jahre); eine Begleitungsprämie (oder Lohnprämie) ist für Selbstständige nicht möglich. Ein Arbeitgeber kann die Unterstützungsprämie nicht beantragen. Nicht anwendbar für einen Arbeitgeber, der keine Unterstützungsprämie beantragt; solange nicht angegeben ist, wer beantragt, noch nicht beurteilbar. Dass Selbstständige keine Begleitungsprämie erhalten, sagt die FAQ (ein Fehler); die Grenzen, die Lohnprämie und die Unterstützungsprämie eines Arbeitgebers stammen aus den Seiten des Departements (Warnungen).",
    ],
    parameters: [],
}

codes! {
    rule: App005;
    /// Whether an employer or a self-employed person applies is not answered.
    SELF_EMPLOYED_UNANSWERED = "application.self_employed_unanswered", Error, [
        "Geef aan of een werkgever aanvraagt, of een zelfstandige voor zichzelf: dat bepaalt welke premies mogelijk zijn.",
        "Indiquez si un employeur introduit la demande, ou un indépendant pour lui-même : cela détermine les primes possibles.",
        "Say whether an employer applies, or a self-employed person for themselves: that decides which premiums are possible.",
        "Geben Sie an, ob ein Arbeitgeber beantragt oder eine selbstständige Person für sich selbst: das bestimmt, welche Prämien möglich sind.",
    ];
    /// A self-employed person does not request the ondersteuningspremie.
    ONDERSTEUNINGSPREMIE_NOT_REQUESTED = "application.ondersteuningspremie_not_requested", Error, [
        "Als zelfstandige vraagt u de ondersteuningspremie aan.",
        "En tant qu'indépendant, vous demandez la prime de soutien.",
        "As a self-employed person you apply for the ondersteuningspremie.",
        "Als Selbstständige oder Selbstständiger beantragen Sie die Unterstützungsprämie.",
    ];
    /// An ondersteuningspremie requested by an employer (the FAQ says whom it is for, not
    /// that an employer cannot ask it: a warning).
    ONDERSTEUNINGSPREMIE_NOT_SELF_EMPLOYED = "application.ondersteuningspremie_not_self_employed", Warning, [
        "De ondersteuningspremie is er enkel voor zelfstandigen; een werkgever vraagt de loonpremie (en eventueel de begeleidingspremie) aan.",
        "La prime de soutien est réservée aux indépendants ; un employeur demande la prime salariale (et éventuellement la prime d'accompagnement).",
        "The ondersteuningspremie is for self-employed persons only; an employer applies for the loonpremie (and, where indicated, the begeleidingspremie).",
        "Die Unterstützungsprämie gibt es nur für Selbstständige; ein Arbeitgeber beantragt die Lohnprämie (und gegebenenfalls die Begleitungsprämie).",
    ];
    /// A self-employed person requests a begeleidingspremie.
    BEGELEIDINGSPREMIE_SELF_EMPLOYED = "application.begeleidingspremie_self_employed", Error, [
        "Voor zelfstandigen is een begeleidingspremie niet mogelijk; zij krijgen de ondersteuningspremie.",
        "Pour les indépendants, une prime d'accompagnement n'est pas possible ; ils reçoivent la prime de soutien.",
        "A begeleidingspremie is not possible for self-employed persons; they get the ondersteuningspremie.",
        "Für Selbstständige ist eine Begleitungsprämie nicht möglich; sie erhalten die Unterstützungsprämie.",
    ];
    /// A self-employed person requests a loonpremie (not in the seeds: a warning).
    LOONPREMIE_SELF_EMPLOYED = "application.loonpremie_self_employed", Warning, [
        "Een zelfstandige vraagt voor zichzelf geen loonpremie aan maar de ondersteuningspremie.",
        "Un indépendant ne demande pas de prime salariale pour lui-même mais la prime de soutien.",
        "A self-employed person does not apply for a loonpremie for themselves but for the ondersteuningspremie.",
        "Selbstständige beantragen für sich keine Lohnprämie, sondern die Unterstützungsprämie.",
    ];
    /// The percentage of the ondersteuningspremie is missing (the seeds give no bounds: a
    /// warning, as for the other bounds).
    ONDERSTEUNINGSPREMIE_PERCENTAGE_MISSING = "application.ondersteuningspremie_percentage_missing", Warning, [
        "Vul het percentage van de ondersteuningspremie in ({min} tot {max} %).",
        "Indiquez le pourcentage de la prime de soutien ({min} à {max} %).",
        "Enter the ondersteuningspremie's percentage ({min} to {max} %).",
        "Geben Sie den Prozentsatz der Unterstützungsprämie ein ({min} bis {max} %).",
    ];
    /// The percentage of the ondersteuningspremie is outside its range.
    ONDERSTEUNINGSPREMIE_PERCENTAGE_OUT_OF_RANGE = "application.ondersteuningspremie_percentage_out_of_range", Warning, [
        "De ondersteuningspremie bedraagt {min} tot {max} % van het referteloon.",
        "La prime de soutien s'élève à {min} à {max} % du salaire de référence.",
        "The ondersteuningspremie is {min} to {max} % of the reference wage.",
        "Die Unterstützungsprämie beträgt {min} bis {max} % des Referenzlohns.",
    ];
    /// The duration of the ondersteuningspremie is missing.
    ONDERSTEUNINGSPREMIE_YEARS_MISSING = "application.ondersteuningspremie_years_missing", Warning, [
        "Vul de duur van de ondersteuningspremie in ({min} tot {max} jaar).",
        "Indiquez la durée de la prime de soutien ({min} à {max} ans).",
        "Enter the ondersteuningspremie's duration ({min} to {max} years).",
        "Geben Sie die Dauer der Unterstützungsprämie ein ({min} bis {max} Jahre).",
    ];
    /// The duration of the ondersteuningspremie is not a whole number in its range.
    ONDERSTEUNINGSPREMIE_YEARS_OUT_OF_RANGE = "application.ondersteuningspremie_years_out_of_range", Warning, [
        "De ondersteuningspremie loopt een geheel aantal jaren, {min} tot {max}.",
        "La prime de soutien court un nombre entier d'années, de {min} à {max}.",
        "The ondersteuningspremie runs a whole number of years, {min} to {max}.",
        "Die Unterstützungsprämie läuft eine ganze Zahl von Jahren, {min} bis {max}.",
    ];
}

texts! {
    /// APP-005 met for a self-employed person (`min`..`max` etc. not needed).
    SELF_EMPLOYED_PREMIUM_OK = [
        "Zelfstandige: de ondersteuningspremie is aangevraagd binnen 20-55 % en 2-5 jaar.",
        "Indépendant : la prime de soutien est demandée dans les limites de 20-55 % et 2-5 ans.",
        "Self-employed: the ondersteuningspremie is asked within 20-55 % and 2-5 years.",
        "Selbstständig: die Unterstützungsprämie ist innerhalb von 20-55 % und 2-5 Jahren beantragt.",
    ];

    /// APP-005 not met for a self-employed person.
    SELF_EMPLOYED_PREMIUM_WRONG = [
        "Zelfstandige: enkel de ondersteuningspremie (20-55 %, 2-5 jaar) is mogelijk, geen begeleidingspremie.",
        "Indépendant : seule la prime de soutien (20-55 %, 2-5 ans) est possible, pas de prime d'accompagnement.",
        "Self-employed: only the ondersteuningspremie (20-55 %, 2-5 years) is possible, no begeleidingspremie.",
        "Selbstständig: nur die Unterstützungsprämie (20-55 %, 2-5 Jahre) ist möglich, keine Begleitungsprämie.",
    ];

    /// APP-005 not applicable: an employer applies and asks no ondersteuningspremie.
    EMPLOYER_NO_ONDERSTEUNINGSPREMIE = [
        "Niet van toepassing: een werkgever vraagt aan, en de ondersteuningspremie is voor zelfstandigen.",
        "Sans objet : un employeur introduit la demande, et la prime de soutien est réservée aux indépendants.",
        "Not applicable: an employer applies, and the ondersteuningspremie is for self-employed persons.",
        "Nicht anwendbar: ein Arbeitgeber beantragt, und die Unterstützungsprämie ist für Selbstständige.",
    ];

    /// APP-005 not met for an employer.
    EMPLOYER_ONDERSTEUNINGSPREMIE = [
        "Een werkgever kan geen ondersteuningspremie aanvragen: die is voor zelfstandigen.",
        "Un employeur ne peut pas demander la prime de soutien : elle est réservée aux indépendants.",
        "An employer cannot apply for the ondersteuningspremie: it is for self-employed persons.",
        "Ein Arbeitgeber kann keine Unterstützungsprämie beantragen: sie ist für Selbstständige.",
    ];
}

/// Lowest ondersteuningspremie, percent of the reference wage.
const MIN_PERCENTAGE: u32 = 20;
/// Highest ondersteuningspremie, percent of the reference wage.
const MAX_PERCENTAGE: u32 = 55;
/// Shortest ondersteuningspremie, in years.
const MIN_YEARS: u32 = 2;
/// Longest ondersteuningspremie, in years.
const MAX_YEARS: u32 = 5;

/// Whether a self-employed person applies: every rule for employers waits for the answer, so
/// it is counted and asked for once. It runs on every as-of date and asks only while this
/// rule is in force (a unit in force from the catalogue would judge the rule a second time).
pub const WHO_APPLIES: Rule<Application> = Rule {
    id: RuleId::App005,
    reads: reads!["selfEmployed"],
    applies: Applies::Always,
    check: Check::Form(who_applies),
};

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App005,
    reads: reads!["selfEmployed", "requestedPremiums"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn who_applies(input: &Input<'_, Application>, ctx: &Context, out: &mut Outcome) {
    let path = at(&[key!("selfEmployed")]);
    if DEF.effective_from <= ctx.as_of && !out.need(&path, input.form.self_employed.is_some()) {
        report_missing_at(input.dropped, out, &SELF_EMPLOYED_UNANSWERED, path);
    }
}

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App005;
    let facts = &Facts::of(input);
    let premiums = at(&[key!("requestedPremiums")]);
    let ondersteuningspremie = premiums.key(key!("ondersteuningspremie"));
    let asked = facts.premiums;
    let self_employed = at(&[key!("selfEmployed")]);
    match facts.self_employed {
        Some(true) => {}
        Some(false) if asked.ondersteuningspremie == Some(true) => {
            out.report_also(&ONDERSTEUNINGSPREMIE_NOT_SELF_EMPLOYED, ondersteuningspremie, self_employed);
            return out.judge(Verdict::new(RULE, Status::NotMet, EMPLOYER_ONDERSTEUNINGSPREMIE));
        }
        Some(false) => {
            return out.judge(Verdict::new(RULE, Status::NotApplicable, EMPLOYER_NO_ONDERSTEUNINGSPREMIE));
        }
        // Who applies decides which premiums are possible at all; the question is counted and
        // asked for once, by `WHO_APPLIES`.
        None => {
            return out.judge(unknown_for(RULE, FACTS_MISSING, self_employed));
        }
    }
    let mut judgement = Judgement::default();
    out.need(&ondersteuningspremie, asked.ondersteuningspremie.is_some());
    match asked.ondersteuningspremie {
        Some(true) => {}
        None => {
            judgement.lacks(input.dropped, out, &ONDERSTEUNINGSPREMIE_NOT_REQUESTED, ondersteuningspremie);
        }
        Some(false) => {
            judgement.breaks(out, &ONDERSTEUNINGSPREMIE_NOT_REQUESTED, ondersteuningspremie);
        }
    }
    if asked.begeleidingspremie {
        judgement.breaks(out, &BEGELEIDINGSPREMIE_SELF_EMPLOYED, premiums.key(key!("begeleidingspremie")));
    }
    if asked.loonpremie {
        judgement.breaks(out, &LOONPREMIE_SELF_EMPLOYED, premiums.key(key!("loonpremie")));
    }
    let percentage = Bounded {
        key: key!("ondersteuningspremiePercentage"),
        value: asked.percentage,
        min: MIN_PERCENTAGE,
        max: MAX_PERCENTAGE,
        whole: false,
        missing: &ONDERSTEUNINGSPREMIE_PERCENTAGE_MISSING,
        out_of_range: &ONDERSTEUNINGSPREMIE_PERCENTAGE_OUT_OF_RANGE,
    };
    let years = Bounded {
        key: key!("ondersteuningspremieYears"),
        value: asked.years,
        min: MIN_YEARS,
        max: MAX_YEARS,
        whole: true,
        missing: &ONDERSTEUNINGSPREMIE_YEARS_MISSING,
        out_of_range: &ONDERSTEUNINGSPREMIE_YEARS_OUT_OF_RANGE,
    };
    for bounded in [percentage, years] {
        bounded.check(input.dropped, &premiums, &mut judgement, out);
    }
    out.judge(judgement.verdict(RULE, SELF_EMPLOYED_PREMIUM_OK, SELF_EMPLOYED_PREMIUM_WRONG, FACTS_MISSING));
}

/// A number the form must hold within bounds.
struct Bounded {
    key: Key,
    value: Option<f64>,
    min: u32,
    max: u32,
    whole: bool,
    missing: &'static CodeDef,
    out_of_range: &'static CodeDef,
}

impl Bounded {
    fn check(self, dropped: &[ShapeProblem], at: &Path, judgement: &mut Judgement, out: &mut Outcome) {
        let path = at.key(self.key);
        out.need(&path, self.value.is_some());
        let finding = |code| Finding::new(code, path).with("min", self.min).with("max", self.max);
        match self.value {
            None => {
                report_missing(dropped, out, finding(self.missing));
                judgement.wait_for(path);
            }
            Some(value) => {
                let inside = (f64::from(self.min)..=f64::from(self.max)).contains(&value);
                if !inside || (self.whole && value.fract() != 0.0) {
                    out.push(finding(self.out_of_range));
                    judgement.broken = true;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::{json, Value};

    /// A carpenter in Gent applying for the ondersteuningspremie for themselves.
    fn carpenter() -> Value {
        json!({
            "employer": { "kbo": "0202.239.951", "establishmentPostcode": "9000" },
            "selfEmployed": true,
            "requestedPremiums": {
                "ondersteuningspremie": true, "ondersteuningspremiePercentage": 35, "ondersteuningspremieYears": 3
            }
        })
    }

    #[test]
    fn a_self_employed_person_gets_the_ondersteuningspremie() {
        assert_eq!(status(&run(&RULE, &carpenter()), RuleId::App005), Status::Met);
        let out = run(&RULE, &with(carpenter(), "requestedPremiums.begeleidingspremie", json!(true)));
        assert_eq!(
            found(&out),
            [("application.begeleidingspremie_self_employed", "requestedPremiums.begeleidingspremie".to_owned())]
        );
        assert_eq!(BEGELEIDINGSPREMIE_SELF_EMPLOYED.severity, crate::report::Severity::Error);
    }

    #[test]
    fn the_bounds_warn() {
        let out = run(&RULE, &with(carpenter(), "requestedPremiums.ondersteuningspremiePercentage", json!(60)));
        assert_eq!(
            found(&out),
            [(
                "application.ondersteuningspremie_percentage_out_of_range",
                "requestedPremiums.ondersteuningspremiePercentage".to_owned()
            )]
        );
        assert_eq!(ONDERSTEUNINGSPREMIE_PERCENTAGE_OUT_OF_RANGE.severity, crate::report::Severity::Warning);
        assert_eq!(status(&out, RuleId::App005), Status::NotMet);
    }

    #[test]
    fn who_applies_is_asked_once_while_the_rule_holds() {
        let unsaid = with(complete(), "selfEmployed", Value::Null);
        let out = run(&WHO_APPLIES, &unsaid);
        assert_eq!(found(&out), [("application.self_employed_unanswered", "selfEmployed".to_owned())]);
        assert!(run_on(&WHO_APPLIES, &unsaid, "2023-06-30").findings.is_empty());
        let out = run(&RULE, &unsaid);
        assert!(out.findings.is_empty());
        assert_eq!(status(&out, RuleId::App005), Status::Unknown);
    }
}
