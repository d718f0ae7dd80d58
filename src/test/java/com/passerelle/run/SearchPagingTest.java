package com.passerelle.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchPagingTest {
  private static final List<Integer> FOUND = List.of(3, 8, 9, 20, 41, 42, 77);

  @Test
  void theFirstPageStartsAtTheFirstMatch() {
    SearchPaging.Window w = SearchPaging.window(FOUND, LineCursor.FIRST, 3);
    assertEquals(List.of(3, 8, 9), w.numbers());
    assertFalse(w.hasPrevious());
    assertTrue(w.hasNext());
  }

  @Test
  void afterALineNumberComesTheNextMatch() {
    SearchPaging.Window w = SearchPaging.window(FOUND, LineCursor.after(9), 3);
    assertEquals(List.of(20, 41, 42), w.numbers());
    assertTrue(w.hasPrevious());
    assertTrue(w.hasNext());
    assertEquals(List.of(20), SearchPaging.window(FOUND, LineCursor.after(10), 1).numbers());
  }

  @Test
  void beforeALineNumberComeTheMatchesJustBelowIt() {
    SearchPaging.Window w = SearchPaging.window(FOUND, new LineCursor(null, 41, false), 3);
    assertEquals(List.of(8, 9, 20), w.numbers());
    assertTrue(w.hasPrevious());
    assertTrue(w.hasNext());
  }

  @Test
  void theLastPageEndsAtTheLastMatch() {
    SearchPaging.Window w = SearchPaging.window(FOUND, new LineCursor(null, null, true), 3);
    assertEquals(List.of(41, 42, 77), w.numbers());
    assertTrue(w.hasPrevious());
    assertFalse(w.hasNext());
  }

  @Test
  void pastTheEndIsEmptyWithAWayBack() {
    SearchPaging.Window w = SearchPaging.window(FOUND, LineCursor.after(Integer.MAX_VALUE), 3);
    assertEquals(List.of(), w.numbers());
    assertTrue(w.hasPrevious());
    assertFalse(w.hasNext());
  }
}
