// Times SurveyJS answering a survey one answer at a time, the peer of Huifang's
// QuestionnaireBenchmark.answerChain: node bench.mjs survey.json rounds
// Prints one JSON line: {"engine": ..., "questions": n, "nanosPerRun": ...}.
import { readFileSync } from "node:fs";
import { Model } from "survey-core";

const json = JSON.parse(readFileSync(process.argv[2], "utf8"));
// The peer does what Huifang's answerChain does: visibility per answer. The export's calculated
// values (satisfaction and phone flag over every rating, re-evaluated on each answer; about 1.6x
// the time at 250 questions, node bench.mjs on this survey with and without them) have no
// counterpart in answerChain, so they are left out here.
delete json.calculatedValues;
const rounds = Number(process.argv[3] ?? 3);
const names = json.pages[0].elements.map((e) => e.name);

function answerAll() {
  const survey = new Model(json);
  for (const name of names) {
    survey.setValue(name, 4);
  }
  return survey.getAllQuestions(false).filter((q) => q.isVisible).length;
}

let visible = answerAll();
const times = [];
for (let r = 0; r < rounds; r++) {
  const start = process.hrtime.bigint();
  visible = answerAll();
  times.push(Number(process.hrtime.bigint() - start));
}
times.sort((a, b) => a - b);
const version = JSON.parse(
  readFileSync(new URL("./node_modules/survey-core/package.json", import.meta.url), "utf8"),
).version;
process.stdout.write(JSON.stringify({ engine: `survey-core ${version}`, questions: names.length,
  visible, nanosPerRun: times[Math.floor(times.length / 2)] }) + "\n");
