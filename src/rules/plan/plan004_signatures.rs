//! PLAN-004: the plan is signed, by the employee and by the employer, not before the plan's
//! date and not after the as-of date.

use super::{from_root, judged, FACTS_MISSING};
use crate::model::plan::Signature;
use crate::model::SupportPlan;
use crate::report::codes::CodeDef;
use crate::rules::support::*;

rule_entry! {
    id: Plan004,
    family: "plan",
    source: FAQ,
    quote: "De afspraken hierrond worden vastgelegd via het ondersteuningsplan dat de werknemer ook moet ondertekenen.",
    // The employee "moet" sign, "ook": besides the employer, who lays down the arrangements in
    // the plan ("Finaal is het de werkgever die bepaalt").
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Ondertekend", "Signé", "Signed", "Unterschrieben"],
    text: [
        "De werknemer ondertekent het plan, en ook de werkgever. Een handtekening ligt niet vóór de plandatum en niet na de peildatum.",
        "Le travailleur signe le plan, et l'employeur aussi. Une signature n'est pas antérieure à la date du plan ni postérieure à la date de référence.",
        "The employee signs the plan, and so does the employer. A signature is not dated before the plan date nor after the as-of date.",
        "Die Arbeitnehmerin oder der Arbeitnehmer unterschreibt den Plan, ebenso der Arbeitgeber. Eine Unterschrift liegt nicht vor dem Plandatum und nicht nach dem Stichtag.",
    ],
    parameters: [],
}

codes! {
    rule: Plan004;
    /// The employee has not signed.
    EMPLOYEE_SIGNATURE_MISSING = "plan.employee_signature_missing", Error, [
        "De werknemer moet het ondersteuningsplan ondertekenen.",
        "Le travailleur doit signer le plan de soutien.",
        "The employee must sign the support plan.",
        "Die Arbeitnehmerin oder der Arbeitnehmer muss den Unterstützungsplan unterschreiben.",
    ];
    /// The employer has not signed.
    EMPLOYER_SIGNATURE_MISSING = "plan.employer_signature_missing", Error, [
        "De werkgever moet het ondersteuningsplan ondertekenen.",
        "L'employeur doit signer le plan de soutien.",
        "The employer must sign the support plan.",
        "Der Arbeitgeber muss den Unterstützungsplan unterschreiben.",
    ];
    /// A signature has no date.
    SIGNATURE_DATE_MISSING = "plan.signature_date_missing", Error, [
        "Vul de datum van de handtekening in.",
        "Indiquez la date de la signature.",
        "Enter the date of the signature.",
        "Geben Sie das Datum der Unterschrift ein.",
    ];
    /// A signature dated before the plan.
    SIGNATURE_BEFORE_PLAN_DATE = "plan.signature_before_plan_date", Error, [
        "De handtekening ligt vóór de datum van het plan: een plan wordt ondertekend nadat het is opgemaakt.",
        "La signature précède la date du plan : un plan est signé après avoir été établi.",
        "The signature is dated before the plan: a plan is signed after it is drawn up.",
        "Die Unterschrift liegt vor dem Datum des Plans: ein Plan wird nach seiner Erstellung unterschrieben.",
    ];
    /// A signature dated after the as-of date (`asOf`): the plan is not signed yet.
    SIGNATURE_IN_FUTURE = "plan.signature_in_future", Error, [
        "De handtekening ligt na {asOf}: op die datum is het plan nog niet ondertekend.",
        "La signature est postérieure au {asOf} : à cette date, le plan n'est pas encore signé.",
        "The signature is dated after {asOf}: on that date the plan is not signed yet.",
        "Die Unterschrift liegt nach dem {asOf}: an diesem Datum ist der Plan noch nicht unterschrieben.",
    ];
}

texts! {
    /// PLAN-004 met: signed by both, in order.
    SIGNED = [
        "Ondertekend door de werknemer en de werkgever, niet vóór de datum van het plan.",
        "Signé par le travailleur et l'employeur, pas avant la date du plan.",
        "Signed by the employee and the employer, not before the plan's date.",
        "Von Arbeitnehmer und Arbeitgeber unterschrieben, nicht vor dem Datum des Plans.",
    ];

    /// PLAN-004 not met: a signature is refused or misdated (`asOf`).
    NOT_SIGNED = [
        "Niet door beide partijen ondertekend, of een handtekening ligt vóór de datum van het plan of na {asOf}.",
        "Pas signé par les deux parties, ou une signature précède la date du plan ou suit le {asOf}.",
        "Not signed by both parties, or a signature is dated before the plan or after {asOf}.",
        "Nicht von beiden Parteien unterschrieben, oder eine Unterschrift liegt vor dem Datum des Plans oder nach dem {asOf}.",
    ];
}

/// The rule for a support plan.
pub const RULE: Rule<SupportPlan> = Rule {
    id: RuleId::Plan004,
    reads: reads!["planDate", "signatures"],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| check(input.form, input.dropped, ctx, out)),
};

/// Judges the employee's signature, then the employer's.
fn check(form: &SupportPlan, dropped: &[ShapeProblem], ctx: &Context, out: &mut Outcome) {
    let plan = fields::parse_date(form.plan_date.as_deref()).date();
    let signatures = form.signatures.as_ref();
    let mut signing = Signing { plan, dropped, ctx, judgement: Judgement::default() };
    let parties = [
        (signatures.and_then(|s| s.employee.as_ref()), key!("employee"), &EMPLOYEE_SIGNATURE_MISSING),
        (signatures.and_then(|s| s.employer.as_ref()), key!("employer"), &EMPLOYER_SIGNATURE_MISSING),
    ];
    for (signature, party, unsigned) in parties {
        signing.party(signature, &from_root(key!("signatures")).key(party), unsigned, out);
    }
    let mut judgement = signing.judgement;
    judgement.sort_missing();
    let broken = judgement.broken;
    let verdict = judged(judgement, RuleId::Plan004, SIGNED, NOT_SIGNED, FACTS_MISSING);
    out.judge(if broken { verdict.with("asOf", ctx.as_of) } else { verdict });
}

/// What the signatures are judged against, and what they add up to.
struct Signing<'a> {
    plan: Option<chrono::NaiveDate>,
    dropped: &'a [ShapeProblem],
    ctx: &'a Context,
    judgement: Judgement,
}

impl Signing<'_> {
    /// One party's signature at `at`: given, dated, and dated between the plan and the as-of
    /// date. Only a signature counts as filled: `false` is an answer, but not what the plan
    /// needs.
    fn party(&mut self, signature: Option<&Signature>, at: &Path, unsigned: &'static CodeDef, out: &mut Outcome) {
        let signed_path = at.key(key!("signed"));
        let date_path = at.key(key!("date"));
        let signed = signature.and_then(|s| s.signed);
        let date = fields::parse_date(signature.and_then(|s| s.date.as_deref()));
        out.need(&signed_path, signed == Some(true));
        match signed {
            Some(true) => {}
            Some(false) => {
                self.judgement.breaks(out, unsigned, signed_path);
                return;
            }
            None => {
                self.judgement.lacks(self.dropped, out, unsigned, signed_path);
                return;
            }
        }
        require(self.dropped, out, &SIGNATURE_DATE_MISSING, date_path, date != DateField::Absent);
        let Some(date) = date.date() else {
            self.judgement.wait_for(date_path);
            return;
        };
        if date > self.ctx.as_of {
            report_after(out, &SIGNATURE_IN_FUTURE, date_path, self.ctx.as_of);
            self.judgement.broken = true;
        }
        match self.plan {
            Some(plan) if date < plan => {
                out.report_also(&SIGNATURE_BEFORE_PLAN_DATE, date_path, at_plan_date());
                self.judgement.broken = true;
            }
            Some(_) => {}
            None => self.judgement.wait_for(at_plan_date()),
        }
    }
}

fn at_plan_date() -> Path {
    from_root(key!("planDate"))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;

    fn with_signatures(employee: Signature, employer: Option<Signature>) -> SupportPlan {
        let mut form = complete();
        let signatures = form.signatures.get_or_insert_default();
        signatures.employee = Some(employee);
        signatures.employer = employer;
        form
    }

    fn signed_on(date: &str) -> Signature {
        Signature { signed: Some(true), date: Some(date.to_owned()) }
    }

    #[test]
    fn signed_by_both_after_the_plan() {
        // The plan of Monday 16 February 2026, signed that day and on Wednesday the 18th.
        let out = run(&RULE, &complete());
        assert_eq!(status(&out), Status::Met);
        assert_eq!((out.tally.required, out.tally.filled), (4, 4));
    }

    #[test]
    fn a_refused_signature_is_not_met() {
        let refused = Signature { signed: Some(false), date: None };
        let out = run(&RULE, &with_signatures(refused, Some(signed_on("2026-02-16"))));
        assert_eq!(status(&out), Status::NotMet);
        assert_eq!(codes(&out), ["plan.employee_signature_missing"]);
    }

    #[test]
    fn an_unsaid_signature_waits() {
        let out = run(&RULE, &with_signatures(signed_on("2026-02-18"), None));
        assert_eq!(status(&out), Status::Unknown);
        assert_eq!(missing(&out), ["signatures.employer.signed"]);
        assert_eq!(codes(&out), ["plan.employer_signature_missing"]);
    }

    #[test]
    fn a_signature_before_the_plan_or_after_the_as_of_date_is_not_met() {
        let out = run(&RULE, &with_signatures(signed_on("2026-02-13"), Some(signed_on("2026-02-16"))));
        assert_eq!(codes(&out), ["plan.signature_before_plan_date"]);
        assert_eq!(status(&out), Status::NotMet);
        let out = run(&RULE, &with_signatures(signed_on("2026-11-24"), Some(signed_on("2026-02-16"))));
        assert_eq!(codes(&out), ["plan.signature_in_future"]);
        assert_eq!(status(&out), Status::NotMet);
    }

    #[test]
    fn a_signature_without_a_date_waits_for_it() {
        let undated = Signature { signed: Some(true), date: None };
        let out = run(&RULE, &with_signatures(undated, Some(signed_on("2026-02-16"))));
        assert_eq!(codes(&out), ["plan.signature_date_missing"]);
        assert_eq!(missing(&out), ["signatures.employee.date"]);
    }

    #[test]
    fn a_value_of_the_wrong_type_is_not_also_missing() {
        // `"signed": "yes"`: decoding drops it and reports form.wrong_type.
        let unsaid = Signature { signed: None, date: Some("2026-02-18".to_owned()) };
        let dropped = [wrong_type(at(&[key!("signatures"), key!("employee"), key!("signed")]), Expected::YesNo)];
        let out = run_dropped(&RULE, &with_signatures(unsaid, Some(signed_on("2026-02-16"))), &dropped);
        assert!(out.findings.is_empty());
        assert_eq!(missing(&out), ["signatures.employee.signed"]);
    }
}
