//! APP-010: an eligible employer: private employers, schools, local authorities; not
//! undertakings in difficulty nor other public authorities.
//!
//! A self-employed person applying for themselves is no employer, so the kind of employer does
//! not apply to them; the exclusion of undertakings in difficulty does, as the rule says, and
//! their answer is as required as an employer's.

use super::facts::Facts;
use super::{pending, FACTS_MISSING};
use crate::model::application::{Application, Employer, EmployerType};
use crate::rules::rule::Input;
use crate::rules::support::*;

rule_entry! {
    id: App010,
    family: "application",
    source: WSE_PAGES,
    // The seeds do not say which employers are eligible: the department's pages do, which the
    // seeds do not hold. It warns and never blocks.
    quote: "",
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Werkgevers die in aanmerking komen", "Employeurs éligibles", "Eligible employers", "Berechtigte Arbeitgeber"],
    text: [
        "Privéwerkgevers (ook maatwerkbedrijven), scholen en lokale besturen komen in aanmerking; ondernemingen in moeilijkheden en andere overheden niet. Een zelfstandige die voor zichzelf aanvraagt, is geen werkgever: enkel de uitsluiting van ondernemingen in moeilijkheden kan voor hem gelden. Hun antwoord op die vraag is even verplicht als dat van een werkgever. De FAQ en de HIVA-studie zeggen dit niet: enkel waarschuwingen.",
        "Les employeurs privés (entreprises de travail adapté comprises), les écoles et les pouvoirs locaux sont éligibles ; les entreprises en difficulté et les autres autorités publiques ne le sont pas. Un indépendant qui demande pour lui-même n'est pas un employeur : seule l'exclusion des entreprises en difficulté peut le concerner. Leur réponse à cette question est aussi requise que celle d'un employeur. La FAQ et l'étude HIVA ne le disent pas : uniquement des avertissements.",
        "Private employers (maatwerkbedrijven included), schools and local authorities are eligible; undertakings in difficulty and other public authorities are not. A self-employed person applying for themselves is no employer: only the exclusion of undertakings in difficulty can concern them. Their answer to that question is as required as an employer's. The FAQ and the HIVA study do not say this: warnings only.",
        "Private Arbeitgeber (einschließlich Maatwerkbetriebe), Schulen und lokale Behörden sind berechtigt; Unternehmen in Schwierigkeiten und andere Behörden nicht. Eine selbstständige Person, die für sich beantragt, ist kein Arbeitgeber: nur der Ausschluss von Unternehmen in Schwierigkeiten kann sie betreffen. Ihre Antwort auf diese Frage ist ebenso erforderlich wie die eines Arbeitgebers. Die FAQ und die HIVA-Studie sagen das nicht: nur Warnungen.",
    ],
    parameters: [],
}

codes! {
    rule: App010;
    /// The kind of employer is missing.
    EMPLOYER_TYPE_MISSING = "application.employer_type_missing", Warning, [
        "Kies het soort werkgever.",
        "Choisissez le type d'employeur.",
        "Choose the kind of employer.",
        "Wählen Sie die Art des Arbeitgebers.",
    ];
    /// The kind of employer is not eligible.
    EMPLOYER_TYPE_NOT_ELIGIBLE = "application.employer_type_not_eligible", Warning, [
        "Enkel privéwerkgevers, scholen en lokale besturen komen in aanmerking; andere overheden niet.",
        "Seuls les employeurs privés, les écoles et les pouvoirs locaux sont éligibles ; les autres autorités publiques ne le sont pas.",
        "Only private employers, schools and local authorities are eligible; other public authorities are not.",
        "Nur private Arbeitgeber, Schulen und lokale Behörden sind berechtigt; andere Behörden nicht.",
    ];
    /// Whether the employer is an undertaking in difficulty is not answered.
    IN_DIFFICULTY_UNANSWERED = "application.in_difficulty_unanswered", Warning, [
        "Geef aan of de onderneming een onderneming in moeilijkheden is.",
        "Indiquez si l'entreprise est une entreprise en difficulté.",
        "Say whether the undertaking is an undertaking in difficulty.",
        "Geben Sie an, ob das Unternehmen ein Unternehmen in Schwierigkeiten ist.",
    ];
    /// The employer is an undertaking in difficulty.
    EMPLOYER_IN_DIFFICULTY = "application.employer_in_difficulty", Warning, [
        "Een onderneming in moeilijkheden komt niet in aanmerking voor individueel maatwerk.",
        "Une entreprise en difficulté n'est pas éligible au travail adapté individuel.",
        "An undertaking in difficulty is not eligible for individueel maatwerk.",
        "Ein Unternehmen in Schwierigkeiten ist für individueel maatwerk nicht berechtigt.",
    ];
}

texts! {
    /// APP-010 met.
    EMPLOYER_ELIGIBLE = [
        "Het soort werkgever komt in aanmerking en het is geen onderneming in moeilijkheden.",
        "Le type d'employeur est éligible et ce n'est pas une entreprise en difficulté.",
        "The kind of employer is eligible and it is not an undertaking in difficulty.",
        "Die Art des Arbeitgebers ist berechtigt, und es ist kein Unternehmen in Schwierigkeiten.",
    ];

    /// APP-010 not met.
    EMPLOYER_NOT_ELIGIBLE = [
        "De werkgever komt niet in aanmerking: een andere overheid of een onderneming in moeilijkheden.",
        "L'employeur n'est pas éligible : une autre autorité publique ou une entreprise en difficulté.",
        "The employer is not eligible: another public authority or an undertaking in difficulty.",
        "Der Arbeitgeber ist nicht berechtigt: eine andere Behörde oder ein Unternehmen in Schwierigkeiten.",
    ];

    /// APP-010 not met for a self-employed person whose undertaking is in difficulty.
    SELF_EMPLOYED_IN_DIFFICULTY = [
        "Zelfstandige die voor zichzelf aanvraagt: een onderneming in moeilijkheden komt niet in aanmerking.",
        "Indépendant demandant pour lui-même : une entreprise en difficulté n'est pas éligible.",
        "A self-employed person applying for themselves: an undertaking in difficulty is not eligible.",
        "Selbstständige Person, die für sich beantragt: ein Unternehmen in Schwierigkeiten ist nicht berechtigt.",
    ];

    /// APP-010 met for a self-employed person (not an employer) who is not in difficulty.
    SELF_EMPLOYED_NOT_IN_DIFFICULTY = [
        "Zelfstandige die voor zichzelf aanvraagt; geen onderneming in moeilijkheden.",
        "Indépendant demandant pour lui-même ; pas une entreprise en difficulté.",
        "A self-employed person applying for themselves; not an undertaking in difficulty.",
        "Selbstständige Person, die für sich beantragt; kein Unternehmen in Schwierigkeiten.",
    ];
}

/// The rule.
pub const RULE: Rule<Application> = Rule {
    id: RuleId::App010,
    reads: reads!["selfEmployed", "employer.type", "employer.inDifficulty"],
    applies: Applies::FromCatalogue,
    check: Check::Form(check),
};

fn check(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App010;
    let form = input.form;
    let facts = &Facts::of(input);
    let empty = Employer::default();
    let employer = form.employer.as_ref().unwrap_or(&empty);
    let self_employed = facts.self_employed == Some(true);
    let mut judgement = Judgement::default();
    if !self_employed {
        employer_type(input.dropped, employer, &mut judgement, out);
    }
    let difficulty_path = at(&[key!("employer"), key!("inDifficulty")]);
    out.need(&difficulty_path, employer.in_difficulty.is_some());
    match employer.in_difficulty {
        None => {
            judgement.lacks(input.dropped, out, &IN_DIFFICULTY_UNANSWERED, difficulty_path);
        }
        Some(true) => {
            judgement.breaks(out, &EMPLOYER_IN_DIFFICULTY, difficulty_path);
        }
        Some(false) => {}
    }
    let verdict = if self_employed {
        judgement.verdict(RULE, SELF_EMPLOYED_NOT_IN_DIFFICULTY, SELF_EMPLOYED_IN_DIFFICULTY, FACTS_MISSING)
    } else {
        // Whether the kind of employer applies waits for who applies.
        pending(
            judgement.verdict(RULE, EMPLOYER_ELIGIBLE, EMPLOYER_NOT_ELIGIBLE, FACTS_MISSING),
            facts.employer_pending(),
        )
    };
    out.judge(verdict);
}

fn employer_type(dropped: &[ShapeProblem], employer: &Employer, judgement: &mut Judgement, out: &mut Outcome) {
    let type_path = at(&[key!("employer"), key!("type")]);
    out.need(&type_path, employer.kind.is_some());
    match employer.kind {
        None => {
            judgement.lacks(dropped, out, &EMPLOYER_TYPE_MISSING, type_path);
        }
        Some(EmployerType::OtherPublicAuthority) => {
            judgement.breaks(out, &EMPLOYER_TYPE_NOT_ELIGIBLE, type_path);
        }
        Some(
            EmployerType::PrivateEmployer
            | EmployerType::School
            | EmployerType::LocalAuthority
            | EmployerType::Maatwerkbedrijf,
        ) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn a_private_employer_not_in_difficulty() {
        assert_eq!(status(&run(&RULE, &complete()), RuleId::App010), Status::Met);
        let out = run(&RULE, &with(complete(), "employer.type", json!("otherPublicAuthority")));
        assert_eq!(found(&out), [("application.employer_type_not_eligible", "employer.type".to_owned())]);
        assert_eq!(status(&out, RuleId::App010), Status::NotMet);
    }

    #[test]
    fn a_self_employed_person_answers_only_the_difficulty() {
        let form = with(with(complete(), "selfEmployed", json!(true)), "employer.type", Value::Null);
        assert_eq!(status(&run(&RULE, &form), RuleId::App010), Status::Met);
        let out = run(&RULE, &with(form, "employer.inDifficulty", json!(true)));
        assert_eq!(found(&out), [("application.employer_in_difficulty", "employer.inDifficulty".to_owned())]);
    }
}
