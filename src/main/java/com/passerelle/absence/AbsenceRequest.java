package com.passerelle.absence;

/**
 * An absence as asked for by the API (JSON) or the form, before it is checked. The owner is given
 * by its id or by its email (the directory's key), not both. Dates are {@code yyyy-MM-dd}; {@code
 * duration} ({@code HH:MM}) is for hour-counted accounts only.
 */
public record AbsenceRequest(
    Long ownerId,
    String ownerEmail,
    Long accountId,
    String startDate,
    Boolean startsAfternoon,
    String endDate,
    Boolean endsMorning,
    String duration) {}
