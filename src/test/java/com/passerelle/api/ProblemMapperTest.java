package com.passerelle.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.passerelle.catalog.RequestError;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lock lost to another request is a 409 "send it again", never the database's own words. */
class ProblemMapperTest {
  private static final String DRIVER_TEXT =
      "org.hibernate.exception.LockAcquisitionException: could not extract ResultSet [(conn=227)"
          + " Deadlock found when trying to get lock] [select id from person where id=? for update]";

  @Test
  void lockConflictsAreToldApartFromOtherDatabaseErrors() {
    assertTrue(ProblemMapper.lostALock(new OptimisticLockException(DRIVER_TEXT)));
    assertTrue(ProblemMapper.lostALock(new PessimisticLockException(DRIVER_TEXT)));
    assertTrue(ProblemMapper.lostALock(new LockTimeoutException(DRIVER_TEXT)));
    assertFalse(ProblemMapper.lostALock(new PersistenceException(DRIVER_TEXT)));
  }

  @Test
  void theirTextSaysSendAgainWithAnIncidentNotTheSql() {
    String detail = RequestError.CONCURRENT_CHANGE.detail(Map.of("incident", "abc123"));
    assertTrue(detail.contains("abc123") && detail.contains("Send the request again"), detail);
    assertFalse(detail.contains("select") || detail.contains("hibernate"), detail);
  }
}
