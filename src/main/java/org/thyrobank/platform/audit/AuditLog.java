package org.thyrobank.platform.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** Who did what when, for the administrators. Callers pass names and what was done, never a password or token. */
@Service
public class AuditLog {

    private static final int ACTOR_LENGTH = 128;
    private static final int DETAIL_LENGTH = 1000;

    private final AuditMapper mapper;

    AuditLog(AuditMapper mapper) {
        this.mapper = mapper;
    }

    /** The actor for something done from the command line: the operating-system account that ran it. */
    public static String commandLine() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    public void record(String actor, AuditAction action, String detail) {
        mapper.insert(new AuditEntry(
                0,
                LocalDateTime.now(),
                cut(actor == null ? "anonymous" : actor, ACTOR_LENGTH),
                action,
                detail == null ? null : cut(detail, DETAIL_LENGTH)));
    }

    /** The entries the query selects, newest first. */
    public List<AuditEntry> find(AuditQuery query) {
        return mapper.find(query);
    }

    private static String cut(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }
}
