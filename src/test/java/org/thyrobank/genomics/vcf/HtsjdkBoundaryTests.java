package org.thyrobank.genomics.vcf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thyrobank.NotGeneratedAheadOfTime;

/** htsjdk stays inside genomics.vcf (docs/architecture.md): no other package uses it, no public signature shows it. */
class HtsjdkBoundaryTests {

    private static final JavaClasses THYROBANK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new NotGeneratedAheadOfTime())
            .importPackages("org.thyrobank");

    @Test
    void onlyGenomicsVcfDependsOnHtsjdk() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.thyrobank.genomics.vcf")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("htsjdk..")
                .allowEmptyShould(true)
                .check(THYROBANK);
    }

    @Test
    void publicApiOfGenomicsVcfShowsNoHtsjdkType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : List.of(
                HotspotCaller.class,
                HotspotCatalogue.class,
                Hotspot.class,
                Locus.class,
                HotspotCall.class,
                HotspotStatus.class,
                NoCallReason.class,
                CallSettings.class,
                Thresholds.class,
                GenomeBuild.class,
                VcfVariants.class,
                VcfVariant.class)) {
            Stream.concat(Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors()))
                    .filter(member -> Modifier.isPublic(member.getModifiers()))
                    .forEach(member -> signatureTypes(member).stream()
                            .filter(used -> used.getName().startsWith("htsjdk."))
                            .forEach(used ->
                                    leaks.add(type.getSimpleName() + "." + member.getName() + ": " + used.getName())));
        }
        assertThat(leaks).isEmpty();
    }

    private static List<Class<?>> signatureTypes(Executable member) {
        List<Class<?>> types = new ArrayList<>(List.of(member.getParameterTypes()));
        if (member instanceof Method method) {
            types.add(method.getReturnType());
        }
        return types;
    }
}
