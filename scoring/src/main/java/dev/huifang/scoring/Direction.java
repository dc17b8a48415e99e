package dev.huifang.scoring;

/** Whether a higher raw value of a metric is better (conversion rate) or worse (repair duration). */
public enum Direction {
  /** More is better: conversion, turnout, satisfaction. */
  HIGHER_IS_BETTER,
  /** Less is better: error rate, repair duration, response time, damage rate. */
  LOWER_IS_BETTER
}
