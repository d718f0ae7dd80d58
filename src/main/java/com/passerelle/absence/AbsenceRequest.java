package com.passerelle.absence;

/**
 * An absence as asked for by the API (JSON) or the form, before it is checked. Dates are {@code
 * yyyy-MM-dd}; {@code duration} ({@code HH:MM}) is for hour-counted accounts only.
 */
public record AbsenceRequest(
    Long ownerId,
    Long accountId,
    String startDate,
    Boolean startsAfternoon,
    String endDate,
    Boolean endsMorning,
    String duration) {}
