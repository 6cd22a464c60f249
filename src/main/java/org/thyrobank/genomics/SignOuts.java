package org.thyrobank.genomics;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thyrobank.genomics.persistence.RunMapper;
import org.thyrobank.genomics.persistence.RunMapper.RunFileRow;
import org.thyrobank.genomics.persistence.SignOutMapper;
import org.thyrobank.genomics.persistence.SignOutMapper.NewSignOut;
import org.thyrobank.genomics.persistence.SignOutMapper.SignOutRow;
import org.thyrobank.genomics.persistence.SignOutMapper.Withdrawal;
import org.thyrobank.platform.audit.AuditAction;
import org.thyrobank.platform.audit.AuditLog;

/**
 * Four-eyes sign-out of a sequencing run's calls (docs/lab-pages.md): a run's calls are {@link #PRELIMINARY} until a
 * lab member who imported none of its VCFs signs them out; a sign-out is withdrawn by a lab member, or reset when the
 * run's calls change. Every sign-out, withdrawal and reset is audited; no sign-out row is ever deleted.
 */
@Service
public class SignOuts {

    public static final String PRELIMINARY = "PRELIMINARY";
    public static final String SIGNED_OUT = "SIGNED_OUT";

    private final SignOutMapper mapper;
    private final RunMapper runs;
    private final AuditLog audit;

    SignOuts(SignOutMapper mapper, RunMapper runs, AuditLog audit) {
        this.mapper = mapper;
        this.runs = runs;
        this.audit = audit;
    }

    /** One sign-out of a run; {@code withdrawnAt} null while it stands. */
    public record SignOut(
            String runId,
            String signedOutBy,
            LocalDateTime signedOutAt,
            String withdrawnBy,
            LocalDateTime withdrawnAt,
            String withdrawnReason) {

        public boolean standing() {
            return withdrawnAt == null;
        }
    }

    /**
     * Signs out the run's calls as {@code user}.
     *
     * @throws UnknownRunException when no VCF of the run is stored
     * @throws SignOutRefusedException when {@code user} imported one of the run's VCFs, or the run is signed out already
     */
    @Transactional
    public SignOut signOut(String runId, String user) {
        List<RunFileRow> files = filesOf(runId);
        List<String> own = files.stream()
                .filter(f -> user.equals(f.importedBy()))
                .map(RunFileRow::sourceFile)
                .toList();
        if (!own.isEmpty()) {
            throw new SignOutRefusedException(user + " imported " + own.get(0)
                    + (own.size() > 1 ? " and " + (own.size() - 1) + " more of run " : " of run ") + runId
                    + ": a second lab member, not the one who imported the run, signs it out");
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
        try {
            mapper.insert(new NewSignOut(runId, user, now));
        } catch (DuplicateKeyException e) {
            SignOut standing = standing().get(runId);
            throw new SignOutRefusedException("run " + runId + " is signed out already"
                    + (standing == null ? "" : " by " + standing.signedOutBy() + " at " + standing.signedOutAt()));
        }
        audit.record(user, AuditAction.RUN_SIGNED_OUT, "run " + runId + ": the calls of " + files.size() + " VCF(s)");
        return new SignOut(runId, user, now, null, null, null);
    }

    /**
     * Withdraws the run's standing sign-out as {@code user}, for {@code reason} (may be null).
     *
     * @throws UnknownRunException when no VCF of the run is stored
     * @throws SignOutRefusedException when the run has no standing sign-out
     */
    @Transactional
    public void withdraw(String runId, String user, String reason) {
        filesOf(runId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (mapper.withdraw(new Withdrawal(runId, user, now(), why)) == 0) {
            throw new SignOutRefusedException("run " + runId + " is not signed out: there is nothing to withdraw");
        }
        audit.record(user, AuditAction.RUN_SIGN_OUT_WITHDRAWN, "run " + runId + (why == null ? "" : ": " + why));
    }

    /**
     * Withdraws the standing sign-outs of {@code runIds} because their calls changed (a VCF imported again, calls
     * re-derived with other thresholds): the runs are preliminary again until a second lab member signs them out.
     * Runs without a standing sign-out are passed over. Joins the caller's transaction, so the reset commits with the
     * changed calls.
     *
     * @param actor who changed the calls (a sign-in name or {@code cli:<account>})
     * @return the runs whose sign-out was withdrawn, sorted
     */
    @Transactional
    public List<String> resetRuns(Collection<String> runIds, String actor, String reason) {
        List<String> reset = new ArrayList<>();
        for (String runId : new TreeSet<>(runIds)) {
            if (mapper.withdraw(new Withdrawal(runId, actor, now(), "reset: " + reason)) > 0) {
                audit.record(actor, AuditAction.RUN_SIGN_OUT_RESET, "run " + runId + ": " + reason);
                reset.add(runId);
            }
        }
        return reset;
    }

    /** Every sign-out of the run, oldest first. */
    public List<SignOut> history(String runId) {
        return mapper.history(runId).stream().map(SignOuts::signOut).toList();
    }

    /** The standing sign-out of each run that has one, by run id. */
    public Map<String, SignOut> standing() {
        Map<String, SignOut> standing = new LinkedHashMap<>();
        mapper.standing().forEach(row -> standing.put(row.runId(), signOut(row)));
        return standing;
    }

    private List<RunFileRow> filesOf(String runId) {
        List<RunFileRow> files = runs.filesOfRun(Objects.requireNonNull(runId, "run"));
        if (files.isEmpty()) {
            throw new UnknownRunException(runId);
        }
        return files;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static SignOut signOut(SignOutRow row) {
        return new SignOut(
                row.runId(),
                row.signedOutBy(),
                row.signedOutAt(),
                row.withdrawnBy(),
                row.withdrawnAt(),
                row.withdrawnReason());
    }
}
