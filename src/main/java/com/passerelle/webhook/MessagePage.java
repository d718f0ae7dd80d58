package com.passerelle.webhook;

import java.util.List;

/**
 * One page of the message list, newest first. {@code next}: the id to go on after (older messages),
 * {@code previous}: the id to go back before (newer ones); null at either end. {@code
 * tooManyPeople}: the person text matched more profiles than a filter takes (type more of it).
 */
public record MessagePage(
    List<WebhookMessage> items,
    Long next,
    Long previous,
    boolean notFirst,
    int peopleMatched,
    boolean tooManyPeople) {
  public static MessagePage empty(int peopleMatched, boolean tooManyPeople) {
    return new MessagePage(List.of(), null, null, false, peopleMatched, tooManyPeople);
  }
}
