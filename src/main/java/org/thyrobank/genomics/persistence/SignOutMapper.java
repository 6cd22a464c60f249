package org.thyrobank.genomics.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Table run_sign_out: sign-outs of sequencing runs, never deleted, withdrawn at most once. */
@Mapper
public interface SignOutMapper {

    /** Fails on the unique key run_sign_out_standing when the run has a standing sign-out. */
    void insert(NewSignOut signOut);

    /** Withdraws the run's standing sign-out; 0 when there is none. */
    int withdraw(Withdrawal withdrawal);

    /** Every sign-out of the run, oldest first. */
    List<SignOutRow> history(String runId);

    /** The standing sign-outs, by run. */
    List<SignOutRow> standing();

    record NewSignOut(String runId, String signedOutBy, LocalDateTime signedOutAt) {}

    record Withdrawal(String runId, String withdrawnBy, LocalDateTime withdrawnAt, String reason) {}

    record SignOutRow(
            long id,
            String runId,
            String signedOutBy,
            LocalDateTime signedOutAt,
            String withdrawnBy,
            LocalDateTime withdrawnAt,
            String withdrawnReason) {}
}
