// Evaluates surveys with the real SurveyJS engine and prints what it computes, as JSON.
//
// Input (a file named by the first argument, or standard input):
//   { "surveys": [ { "id": "...", "json": { SurveyJS JSON },
//                    "variables": { "role": "promotion", ... },
//                    "answerSets": [ { "name": "q1": 4, ... }, ... ] } ] }
// Output (standard output):
//   { "engine": "survey-core 3.1.1",
//     "results": [ { "id": "...", "jsonErrors": [...], "lint": [...],
//                    "answers": [ { "visible": [...], "required": [...],
//                                   "calculated": { name: value, ... },
//                                   "valid": whether survey-core lets the survey complete
//                                            (required questions, validators such as maxLength),
//                                   "completed": { the data after survey.doComplete() } } ] } ] }
//
// Huifang's Java tests export questionnaires, run this script, and assert that the visible and
// required questions, the calculated values (satisfaction, phone-interview flag, stratum) and the
// completed data equal those of Huifang's own run for every answer set. Answers are set one at a
// time after provisional ones, so the calculated values show what SurveyJS re-evaluated.
import { readFileSync } from "node:fs";
import { Model, settings } from "survey-core";
import { lintSurvey } from "survey-core/linter";
import "survey-core/i18n/simplified-chinese";

const input = JSON.parse(readFileSync(process.argv[2] ?? 0, "utf8"));
const version = JSON.parse(
  readFileSync(new URL("./node_modules/survey-core/package.json", import.meta.url), "utf8"),
).version;

function evaluate(entry) {
  const variables = entry.variables ?? {};
  const probe = new Model(entry.json);
  const jsonErrors = (probe.jsonErrors ?? []).map((e) => String(e.message ?? e));
  const lint = lintSurvey(entry.json, { knownVariables: Object.keys(variables) });
  const findings = lint.findings.map((f) => ({
    rule: f.ruleId ?? f.rule,
    severity: f.severity,
    message: f.message,
    path: f.path,
  }));
  const answers = (entry.answerSets ?? []).map((data) => {
    const survey = new Model(entry.json);
    for (const [name, value] of Object.entries(variables)) {
      survey.setVariable(name, value);
    }
    // as a respondent would: one answer at a time, every number first given as 1 and then
    // changed, so a calculated value must follow the change (a setvalue trigger would not undo
    // what the provisional answer set)
    for (const [name, value] of Object.entries(data)) {
      if (typeof value === "number") {
        survey.setValue(name, 1);
      }
    }
    for (const [name, value] of Object.entries(data)) {
      survey.setValue(name, value);
    }
    const questions = survey.getAllQuestions(false);
    const calculated = {};
    for (const value of survey.calculatedValues ?? []) {
      calculated[value.name] = survey.getVariable(value.name) ?? null;
    }
    const visible = questions.filter((q) => q.isVisible).map((q) => q.name);
    const required = questions.filter((q) => q.isVisible && q.isRequired).map((q) => q.name);
    const valid = survey.validate(false, false);
    // what a host receives: doComplete applies clearInvisibleValues and adds the calculated
    // values that are included into the result
    survey.doComplete();
    return { visible, required, calculated, valid, completed: survey.data };
  });
  return { id: entry.id, jsonErrors, lint: findings, answers };
}

settings.lazyRender = false;
const results = input.surveys.map(evaluate);
process.stdout.write(JSON.stringify({ engine: `survey-core ${version}`, results }) + "\n");
