package org.thyrobank.web.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditQuery;

/**
 * The audit filters the page and the API share: {@code user} (the actor, exactly), {@code action}, {@code from} and
 * {@code to} (ISO date-times, e.g. {@code 2026-12-06T14:30}, or dates: {@code from} a day's start, {@code to} its end).
 * A value that names nothing is 400 with the parameter named.
 */
record AuditFilters(String user, String action, String from, String to) {

    AuditQuery query(int limit, int offset) {
        return new AuditQuery(
                blankToNull(user), parsedAction(), time("from", from, false), time("to", to, true), limit, offset);
    }

    private AuditAction parsedAction() {
        if (blankToNull(action) == null) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.trim());
        } catch (IllegalArgumentException e) {
            throw bad("action", action, "one of " + Arrays.toString(AuditAction.values()));
        }
    }

    private static LocalDateTime time(String parameter, String value, boolean endOfDay) {
        if (blankToNull(value) == null) {
            return null;
        }
        String text = value.trim();
        try {
            return text.contains("T")
                    ? LocalDateTime.parse(text)
                    : endOfDay
                            ? LocalDate.parse(text).plusDays(1).atStartOfDay()
                            : LocalDate.parse(text).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw bad(parameter, value, "a date (2026-12-06) or date-time (2026-12-06T14:30)");
        }
    }

    private static ResponseStatusException bad(String parameter, String value, String expected) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, parameter + ": '" + value + "' is not " + expected);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
