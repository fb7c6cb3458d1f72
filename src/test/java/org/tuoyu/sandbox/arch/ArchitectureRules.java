package org.tuoyu.sandbox.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The architecture rules, written against a root package so that {@code ArchitectureRulesBiteTest} can run each one on
 * small rule-breaking classes under {@code org.tuoyu.sandbox.archfixtures} laid out like the real packages.
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    private String pkg(String layer) {
        return root + "." + layer + "..";
    }

    ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("engine").definedBy(pkg("engine"))
                .layer("scenario").definedBy(pkg("scenario"))
                .layer("decide").definedBy(pkg("decide"))
                .layer("export").definedBy(pkg("export"))
                .layer("workshop").definedBy(pkg("workshop"))
                .layer("ui").definedBy(pkg("ui"))
                .layer("cli").definedBy(pkg("cli"))
                .layer("app").definedBy(pkg("app"))
                .whereLayer("engine").mayNotAccessAnyLayer()
                .whereLayer("scenario").mayOnlyAccessLayers("engine")
                .whereLayer("decide").mayOnlyAccessLayers("engine", "scenario")
                .whereLayer("export").mayOnlyAccessLayers("engine", "scenario", "decide")
                .whereLayer("workshop").mayOnlyAccessLayers("engine", "scenario", "decide", "export")
                .whereLayer("ui").mayOnlyAccessLayers("engine", "scenario", "decide", "export", "workshop")
                .whereLayer("cli").mayOnlyAccessLayers("engine", "scenario", "decide", "export", "workshop")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .because("dependencies point one way, engine ← scenario ← decide ← export ← workshop ← ui/cli ← app,"
                        + " so each layer can be tested and reused without the ones above it");
    }

    ArchRule everyClassIsInALayer() {
        return classes().should().resideInAnyPackage(pkg("engine"), pkg("scenario"), pkg("decide"), pkg("export"),
                        pkg("workshop"), pkg("ui"), pkg("cli"), pkg("app"))
                .because("the layer rule sees only the layers' packages: a class elsewhere (a util package, the root"
                        + " package) could use any layer unchecked, so a new package starts with its line in layers()");
    }

    ArchRule engineIsPure() {
        return noClasses().that().resideInAPackage(pkg("engine"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.jfree..", "java.awt..", "javax.swing..", "java.net..", "java.io..",
                        "java.nio.file..", "java.util.prefs..", "org.apache.poi..", "com.fasterxml.jackson..",
                        "org.yaml..")
                .because("the engine is the model: records in, records out, no toolkit, files, network or settings,"
                        + " so it runs the same in the app, the command line, the benchmarks and the tests");
    }

    ArchRule decideIsHeadless() {
        return noClasses().that().resideInAPackage(pkg("decide"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "java.nio.file..",
                        "org.apache.poi..")
                .because("goal seek and the optimiser run on the engine alone, in the app's background threads, the"
                        + " command line and the classroom server; files and workbooks are the callers' business");
    }

    ArchRule exportHasNoToolkitOutsideRender() {
        return noClasses().that().resideInAPackage(pkg("export"))
                .and().resideOutsideOfPackage(pkg("export.render"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "org.jfree..")
                .because("reports are written headless from the command line; only export.render draws the charts"
                        + " of the Word brief, and it is the one place allowed a toolkit");
    }

    ArchRule nothingUsesApp() {
        return noClasses().that().resideOutsideOfPackage(pkg("app"))
                .should().dependOnClassesThat().resideInAPackage(pkg("app"))
                .because("app is the jar's entry point (it starts JavaFX); whatever uses it drags the toolkit in");
    }

    ArchRule cliHasNoToolkit() {
        return noClasses().that().resideInAPackage(pkg("cli"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .because("the command line runs on servers and in CI without a display");
    }

    ArchRule viewsDoNotReadTheEngine() {
        return noClasses().that(inAView()).and().resideInAPackage(pkg("ui"))
                .should().dependOnClassesThat().resideInAPackage(pkg("engine"))
                .because("a view shows what its view model prepared; engine types in a view tie the layout to the"
                        + " model's records and keep it from being tested without them");
    }

    /**
     * A view (simple name ending in View) and the classes nested in it, anonymous ones included: by name only, a view's
     * row class or listener could read the engine unseen (issue 13's audit planted one).
     */
    private static DescribedPredicate<JavaClass> inAView() {
        return DescribedPredicate.describe("are views (*View) or nested in one", c -> {
            String outer = c.getName().replaceFirst("\\$.*", "");
            return outer.substring(outer.lastIndexOf('.') + 1).endsWith("View");
        });
    }

    ArchRule onlyCliAndAppUseTheConsole() {
        return noClasses().that().resideOutsideOfPackages(pkg("cli"), pkg("app"))
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethodWhere(target(name("printStackTrace"))
                        .and(target(owner(assignableTo(Throwable.class)))))
                .because("the app has no console: messages go to the user through the status bar and dialogs, and"
                        + " the command line owns standard output (JSON must stay clean)");
    }

    ArchRule noCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("a cycle between packages makes them one package in disguise");
    }

    List<ArchRule> all() {
        return List.of(layers(), everyClassIsInALayer(), engineIsPure(), decideIsHeadless(), exportHasNoToolkitOutsideRender(), nothingUsesApp(),
                cliHasNoToolkit(),
                viewsDoNotReadTheEngine(), onlyCliAndAppUseTheConsole(), noCycles());
    }
}
