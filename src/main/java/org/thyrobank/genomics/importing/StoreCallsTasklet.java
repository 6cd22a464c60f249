package org.thyrobank.genomics.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.thyrobank.genomics.SignOuts;
import org.thyrobank.genomics.persistence.SequencingMapper;
import org.thyrobank.genomics.persistence.SequencingMapper.CallRow;
import org.thyrobank.genomics.persistence.SequencingMapper.ExecutionOfFile;
import org.thyrobank.genomics.persistence.SequencingMapper.SequencingFileRow;
import org.thyrobank.genomics.vcf.CallSettings;
import org.thyrobank.genomics.vcf.GenomeBuild;
import org.thyrobank.genomics.vcf.HotspotCall;
import org.thyrobank.genomics.vcf.HotspotCaller;
import org.thyrobank.genomics.vcf.HotspotStatus;
import org.thyrobank.genomics.vcf.Thresholds;
import org.thyrobank.platform.importing.BundleFile;
import org.thyrobank.platform.importing.BundleFileParameters;
import org.thyrobank.platform.importing.BundlePart;
import org.thyrobank.platform.importing.ImportRun;
import org.thyrobank.platform.importing.ImportedFiles;

/**
 * Calls the catalogue hotspots of the VCF for the manifest's sample (thresholds from {@code reference/}), then in
 * the step's one transaction: deletes the file's earlier calls and the variant rows of any other execution,
 * stores the new calls, points sequencing_file at this execution (with who imported it), withdraws a standing
 * sign-out of the run (its calls changed) and records the file in imported_file (keeping its bytes and its BED's).
 */
final class StoreCallsTasklet implements Tasklet {

    static final String SUMMARY = "summary";
    static final String REPLACED_VARIANTS = "replaced_variants";

    private final SequencingMapper mapper;
    private final ImportedFiles register;
    private final SignOuts signOuts;

    StoreCallsTasklet(SequencingMapper mapper, ImportedFiles register, SignOuts signOuts) {
        this.mapper = mapper;
        this.register = register;
        this.signOuts = signOuts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobParameters parameters = step.getJobParameters();
        BundleFile file = BundleFileParameters.file(parameters);
        String runId = parameters.getString(VcfImportJob.RUN);
        String sample = parameters.getString(VcfImportJob.SAMPLE);
        String specimenId = parameters.getString(VcfImportJob.SPECIMEN);
        String importedBy = parameters.getString(ImportRun.IMPORTED_BY);
        GenomeBuild build = VcfImportJob.build(parameters);
        Thresholds thresholds = Thresholds.defaults();
        List<String> warnings = new ArrayList<>();
        List<HotspotCall> calls = HotspotCaller.call(
                file.path(),
                new CallSettings(sample, build, thresholds, VcfImportJob.coveredRegions(parameters)),
                badRecordsSkipped(step.getJobExecution().getStepExecutions()),
                warning -> warnings.add(warning.replace(file.path().toString(), file.relativePath())));
        long variants = step.getJobExecution().getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(VcfImportJob.VARIANTS_STEP))
                .mapToLong(StepExecution::getWriteCount)
                .sum();
        Long before = mapper.variantsOf(file.relativePath());
        long executionId = step.getJobExecutionId();
        mapper.deleteCallsOf(file.relativePath());
        mapper.deleteVariantsNotOf(new ExecutionOfFile(file.relativePath(), executionId));
        mapper.insertCalls(calls.stream()
                .map(call -> CallRow.of(call, file.relativePath(), runId, specimenId, build, thresholds))
                .toList());
        mapper.upsertFile(new SequencingFileRow(
                file.relativePath(),
                runId,
                specimenId,
                sample,
                build.name(),
                parameters.getString(VcfImportJob.COVERED_REGIONS_FILE).isEmpty()
                        ? null
                        : parameters.getString(VcfImportJob.COVERED_REGIONS_FILE),
                parameters.getString(VcfImportJob.MANIFEST_SETTINGS),
                variants,
                executionId,
                importedBy));
        // the run's calls have changed (a VCF new to it, or one imported again): a standing sign-out no longer holds
        signOuts.resetRuns(
                List.of(runId),
                importedBy == null ? "unknown" : importedBy,
                (before == null ? "calls of " : "calls of re-imported ") + file.relativePath());
        register.record(file, BundlePart.SEQUENCING, importedBy);
        Path coveredRegions = VcfImportJob.coveredRegions(parameters);
        if (coveredRegions != null) {
            // the BED is part of what the calls were made with: `export --format bundle` writes it back
            register.keepCompanion(coveredRegions);
        }
        ExecutionContext outcome = step.getJobExecution().getExecutionContext();
        outcome.putString(
                SUMMARY,
                summary(
                        variants,
                        calls,
                        specimenId,
                        build,
                        warnings,
                        step.getJobExecution().getStepExecutions()));
        if (before != null) {
            outcome.putLong(REPLACED_VARIANTS, before);
        }
        return RepeatStatus.FINISHED;
    }

    private static String summary(
            long variants,
            List<HotspotCall> calls,
            String specimenId,
            GenomeBuild build,
            List<String> warnings,
            Collection<StepExecution> steps) {
        long mutant =
                calls.stream().filter(c -> c.status() == HotspotStatus.MUTANT).count();
        long skipped = badRecordsSkipped(steps);
        return variants + " variants, " + calls.size() + " hotspot calls for " + specimenId + " (" + build + ", "
                + mutant + " mutant)"
                + (skipped == 0 ? "" : ", " + skipped + " bad records skipped (skip-limit)")
                + (warnings.isEmpty() ? "" : "; warning: " + String.join("; ", warnings));
    }

    /** The bad records step storeVariants skipped under skip-limit (it holds the sum of its partitions' counts). */
    private static long badRecordsSkipped(Collection<StepExecution> steps) {
        return steps.stream()
                .filter(s -> s.getStepName().equals(VcfImportJob.VARIANTS_STEP))
                .mapToLong(StepExecution::getReadSkipCount)
                .sum();
    }
}
