/** A host app that embeds Huifang's engines on the module path. */
module com.example.hostapp {
  requires huifang.scoring;
  requires huifang.questionnaire;
  requires huifang.closedloop;
  requires huifang.feedback;
}
