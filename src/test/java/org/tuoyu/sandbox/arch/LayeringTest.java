package org.tuoyu.sandbox.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The production classes obey every rule of {@link ArchitectureRules} (each proven to bite by ArchitectureRulesBiteTest). */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tuoyu.sandbox");
    }

    static Stream<Named<ArchRule>> rules() {
        return new ArchitectureRules("org.tuoyu.sandbox").all().stream().map(r -> Named.of(r.getDescription(), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theCodeObeys(ArchRule rule) {
        rule.check(classes);
    }
}
