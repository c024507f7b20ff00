//! PLAN-001: a support plan is required whenever VDAB indicated guidance. The plan form is the
//! plan itself, so the question is only whether it is required. The FAQ makes the guidance
//! compulsory once VDAB finds the need; that the plan then is too is our reading, so the rule
//! warns.

use super::{from_root, FACTS_MISSING};
use crate::model::SupportPlan;
use crate::rules::support::*;

rule_entry! {
    id: Plan001,
    family: "plan",
    source: FAQ,
    quote: "Begeleiding in het kader van individueel maatwerk is verplicht wanneer VDAB een begeleidingsbehoefte vaststelt.",
    // The passage makes the guidance compulsory, not the plan: that the guidance rests on the
    // plan ("aangezien de verdere begeleiding hierop gebaseerd is") is the step we add.
    confidence: Medium,
    from: date(2023, 7, 1),
    title: ["Plan bij begeleiding", "Plan en cas d'accompagnement", "Plan when guidance is indicated", "Plan bei Begleitung"],
    text: [
        "Er is een ondersteuningsplan zodra VDAB begeleiding op de werkvloer heeft vastgesteld. Het plan vermeldt of dat zo is (zonder antwoord een waarschuwing); zonder vastgestelde begeleiding is het plan niet verplicht en het vereiste niet van toepassing (informatie). De FAQ maakt de begeleiding verplicht zodra VDAB de behoefte vaststelt; dat het plan dan vereist is, is onze lezing.",
        "Un plan de soutien existe dès que le VDAB a constaté un besoin d'accompagnement sur le lieu de travail. Le plan indique si c'est le cas (sans réponse, un avertissement) ; sans accompagnement constaté, le plan n'est pas obligatoire et l'exigence est sans objet (information). La FAQ rend l'accompagnement obligatoire dès que le VDAB en constate le besoin ; que le plan soit alors requis est notre lecture.",
        "A support plan exists whenever VDAB indicated guidance on the work floor. The plan says whether it did (without an answer, a warning); without indicated guidance the plan is not required and the requirement is not applicable (information). The FAQ makes the guidance compulsory once VDAB finds the need; that the plan is then required is our reading.",
        "Ein Unterstützungsplan besteht, sobald der VDAB eine Begleitung am Arbeitsplatz festgestellt hat. Der Plan gibt an, ob dies der Fall ist (ohne Antwort eine Warnung); ohne festgestellte Begleitung ist der Plan nicht erforderlich und die Anforderung nicht anwendbar (Information). Die FAQ macht die Begleitung verpflichtend, sobald der VDAB den Bedarf feststellt; dass der Plan dann erforderlich ist, ist unsere Lesart.",
    ],
    parameters: [],
}

codes! {
    rule: Plan001;
    /// Whether VDAB indicated guidance is not answered.
    GUIDANCE_INDICATION_MISSING = "plan.guidance_indication_missing", Warning, [
        "Geef aan of VDAB begeleiding op de werkvloer heeft vastgesteld.",
        "Indiquez si le VDAB a constaté un besoin d'accompagnement sur le lieu de travail.",
        "Say whether VDAB indicated guidance on the work floor.",
        "Geben Sie an, ob der VDAB eine Begleitung am Arbeitsplatz festgestellt hat.",
    ];
    /// VDAB indicated no guidance: the plan is not required.
    GUIDANCE_NOT_INDICATED = "plan.guidance_not_indicated", Info, [
        "VDAB stelde geen begeleiding vast: een ondersteuningsplan is dan niet verplicht.",
        "Le VDAB n'a pas constaté de besoin d'accompagnement : un plan de soutien n'est alors pas obligatoire.",
        "VDAB indicated no guidance: a support plan is then not required.",
        "Der VDAB hat keine Begleitung festgestellt: ein Unterstützungsplan ist dann nicht erforderlich.",
    ];
}

texts! {
    /// PLAN-001 met: guidance indicated, so this plan is required.
    REQUIRED = [
        "VDAB stelde begeleiding vast: dit ondersteuningsplan is vereist.",
        "Le VDAB a constaté un besoin d'accompagnement : ce plan de soutien est requis.",
        "VDAB indicated guidance: this support plan is required.",
        "Der VDAB hat eine Begleitung festgestellt: dieser Unterstützungsplan ist erforderlich.",
    ];

    /// PLAN-001 not applicable: no guidance indicated.
    NOT_REQUIRED = [
        "Niet van toepassing: VDAB stelde geen begeleiding vast, dus een ondersteuningsplan is niet verplicht.",
        "Sans objet : le VDAB n'a pas constaté de besoin d'accompagnement, donc un plan de soutien n'est pas obligatoire.",
        "Not applicable: VDAB indicated no guidance, so a support plan is not required.",
        "Nicht anwendbar: der VDAB hat keine Begleitung festgestellt, also ist ein Unterstützungsplan nicht erforderlich.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Plan001,
    reads: reads!["guidanceIndicated"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, _, out| check(input.form, input.dropped, out)),
};

/// Not applicable without indicated guidance, unknown while the plan does not say.
fn check(form: &SupportPlan, dropped: &[ShapeProblem], out: &mut Outcome) {
    let path = from_root(key!("guidanceIndicated"));
    out.need(&path, form.guidance_indicated.is_some());
    let verdict = match form.guidance_indicated {
        Some(true) => Verdict::new(RuleId::Plan001, Status::Met, REQUIRED),
        Some(false) => {
            out.report(&GUIDANCE_NOT_INDICATED, path);
            Verdict::new(RuleId::Plan001, Status::NotApplicable, NOT_REQUIRED)
        }
        None => {
            report_missing_at(dropped, out, &GUIDANCE_INDICATION_MISSING, path);
            unknown_for(RuleId::Plan001, FACTS_MISSING, path)
        }
    };
    out.judge(verdict);
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    #[test]
    fn indicated_guidance_requires_the_plan() {
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert!(out.findings.is_empty());
        assert_eq!((out.tally.required, out.tally.filled), (1, 1));
    }

    #[test]
    fn without_indicated_guidance_the_plan_is_not_required() {
        let form = SupportPlan { guidance_indicated: Some(false), ..complete() };
        let out = run(&RULE, &form);
        assert_eq!(status(&out), Status::NotApplicable);
        assert_eq!(codes(&out), ["plan.guidance_not_indicated"]);
    }

    #[test]
    fn unanswered_waits_for_the_answer() {
        let form = SupportPlan { guidance_indicated: None, ..complete() };
        let out = run(&RULE, &form);
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(missing(&out), ["guidanceIndicated"]);
        assert_eq!(codes(&out), ["plan.guidance_indication_missing"]);
        assert_eq!(out.tally.missing.len(), 1);
    }

    #[test]
    fn a_value_of_the_wrong_type_is_not_also_missing() {
        // `"guidanceIndicated": "ja"`: decoding drops it and reports form.wrong_type.
        let form = SupportPlan { guidance_indicated: None, ..complete() };
        let out = run_dropped(&RULE, &form, &[wrong_type(at(&[key!("guidanceIndicated")]), Expected::YesNo)]);
        assert!(out.findings.is_empty());
        assert_eq!(missing(&out), ["guidanceIndicated"]);
    }
}
