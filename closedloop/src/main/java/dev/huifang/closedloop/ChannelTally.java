package dev.huifang.closedloop;

import static java.util.Objects.requireNonNull;

import dev.huifang.core.Channel;

/**
 * How many people one channel asked and how many answered in a quarter: input to the
 * self-check.
 *
 * @param channel the channel
 * @param invited how many were asked
 * @param answered how many answered; at most {@code invited}
 */
public record ChannelTally(Channel channel, long invited, long answered) {

  /**
   * Creates a tally; {@link LoopAnalytics#selfCheck} checks the counts.
   *
   * @throws NullPointerException if channel is null
   */
  public ChannelTally {
    requireNonNull(channel, "channel is null");
  }
}
