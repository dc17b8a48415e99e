package dev.huifang.core.privacy;

/**
 * A kind of personal information that a {@link Redactor} finds in free text, with the rule it is
 * recognised by and how it is masked.
 *
 * <p>The rules are strict on purpose, so that order numbers and other business numbers are not
 * masked by mistake: a number is only recognised when it stands alone (not inside a longer run of
 * digits or letters) and passes its checksum where the format has one.
 */
public enum PersonalInfoKind {

  /** A mainland China mobile number: 11 digits {@code 1[3-9]...}, optionally after +86 or 0086. */
  MOBILE("mainland mobile number: 11 digits starting 13-19, optionally after +86 or 0086",
      "keeps the first 3 and last 4 digits: 138****5678"),

  /** An 18-character resident identity number of GB 11643. */
  RESIDENT_ID("resident identity number: 18 characters, valid region, plausible birth date and "
      + "GB 11643 check character", "keeps the first 3 and last 4 characters: 110***********002X"),

  /** An e-mail address. */
  EMAIL("e-mail address: local part, @, domain with a top-level domain of 2 or more letters",
      "keeps the first character of the local part and the domain: z***@example.com"),

  /** A payment card number. */
  BANK_CARD("bank card number: 16-19 digits with an issuer prefix (4, 51-55, 35, 60, 62, 65, 95) "
      + "and a valid Luhn check digit",
      "keeps the first 4 and last 4 digits: 6222***********1234"),

  /** A person's name the host app supplied (a worker's or a client's). */
  NAME("known name supplied by the host app",
      "keeps the first character: 张三 becomes 张*, 欧阳娜娜 欧**, John Smith J*"),

  /** Text matched by a regular expression the host app supplied (WeChat ids, addresses). */
  HOST_PATTERN("pattern supplied by the host app", "keeps the first character: w***");

  private final String rule;
  private final String mask;

  PersonalInfoKind(String rule, String mask) {
    this.rule = rule;
    this.mask = mask;
  }

  /** The rule a text must meet to be recognised as this kind, in words. */
  public String rule() {
    return rule;
  }

  /** How a value of this kind is masked, in words with an example. */
  public String mask() {
    return mask;
  }
}
