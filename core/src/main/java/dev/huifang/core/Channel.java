package dev.huifang.core;

/**
 * The way a follow-up or a piece of feedback reaches the company; all channels feed one intake.
 */
public enum Channel {
  /** An online questionnaire: a mini-program or a survey link. */
  ONLINE_QUESTIONNAIRE,
  /** A phone interview, often triggered by a low score to probe deeper. */
  PHONE_INTERVIEW,
  /** A manager observing on site. */
  ON_SITE_OBSERVATION,
  /** A 30-second voice message. */
  VOICE_MESSAGE,
  /** A rating button in an instant-messaging app. */
  IM_RATING,
  /** An automatic e-mail survey. */
  EMAIL_SURVEY,
  /** The client portal. */
  CLIENT_PORTAL,
  /** A visit by an executive, offline. */
  EXECUTIVE_VISIT,
  /** A quarterly business review, offline. */
  BUSINESS_REVIEW,
  /** An industry event, offline. */
  INDUSTRY_EVENT
}
