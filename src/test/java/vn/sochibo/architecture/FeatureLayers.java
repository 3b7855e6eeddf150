package vn.sochibo.architecture;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The house rule for a feature split into sub-packages, for any feature under a base package (the program's
 * {@code vn.sochibo}, or a test fixture's): {@code <f>.view} → {@code <f>.service} → {@code <f>} (the domain);
 * {@code <f>.engine} is pure like the domain; {@code <f>.doc} → domain + io. Concretely:
 * <ul>
 *   <li>the domain (the feature's own package, once it has a {@code service} sub-package) and the engine use no
 *       JavaFX, jOOQ, POI, storage, io, ui or app, and no service, repository, document or view of any feature;</li>
 *   <li>documents use no JavaFX, jOOQ, storage, ui or app, and no service, repository or view of any feature;</li>
 *   <li>services use no view, no JavaFX, no ui, no app.</li>
 * </ul>
 * A feature still in one package (no {@code service} sub-package) is held by the name-based rules of
 * {@link ArchitectureTest} only; its sub-packages named as above are held by these rules all the same.
 */
final class FeatureLayers {

    /** The packages directly under the base that are not features. */
    static final Set<String> NOT_FEATURES = Set.of("app", "cli", "core", "ui", "io", "storage", "common", "architecture");

    enum Layer { DOMAIN, ENGINE, SERVICE, DOC, VIEW, UNSPLIT }

    private FeatureLayers() {
    }

    /** The rule for every feature directly under {@code base}. */
    static ArchRule rule(String base) {
        return ArchRuleDefinition.all(new AbstractClassesTransformer<JavaClass>("feature classes under " + base) {
            @Override
            public Iterable<JavaClass> doTransform(JavaClasses classes) {
                return classes.stream().filter(c -> feature(base, c.getPackageName()) != null).toList();
            }
        }).should(keepTheirLayers(base)).allowEmptyShould(true);
    }

    private static ArchCondition<JavaClass> keepTheirLayers(String base) {
        return new ArchCondition<>("keep to their feature layer") {
            private final Set<String> splitFeatures = new TreeSet<>();

            @Override
            public void init(java.util.Collection<JavaClass> all) {
                for (JavaClass c : all) {
                    if (layer(base, c.getPackageName(), Set.of()) == Layer.SERVICE) {
                        splitFeatures.add(feature(base, c.getPackageName()));
                    }
                }
            }

            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Layer from = layer(base, origin.getPackageName(), splitFeatures);
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    String why = forbidden(base, from, target, splitFeatures);
                    if (why != null) {
                        events.add(SimpleConditionEvent.violated(d, from + " " + why + ": " + d.getDescription()));
                    }
                }
            }
        };
    }

    /** Why a class of layer {@code from} may not use {@code target}; null when it may. */
    static String forbidden(String base, Layer from, JavaClass target, Set<String> splitFeatures) {
        String p = target.getPackageName();
        String name = target.getSimpleName();
        boolean javafx = startsWith(p, "javafx");
        String targetFeature = feature(base, p);
        Layer to = targetFeature == null ? null : layer(base, p, splitFeatures);
        boolean serviceOrRepository = name.endsWith("Service") || name.endsWith("Repository") || to == Layer.SERVICE;
        boolean view = name.endsWith("View") || name.endsWith("ViewModel") || to == Layer.VIEW;
        boolean shell = startsWith(p, base + ".ui") || startsWith(p, base + ".app");
        switch (from) {
            case DOMAIN, ENGINE -> {
                if (javafx || startsWith(p, "org.jooq") || startsWith(p, "org.apache.poi") || startsWith(p, "org.dhatim")) {
                    return "uses a library the domain must not (JavaFX, jOOQ, POI)";
                }
                if (startsWith(p, base + ".storage") || startsWith(p, base + ".io") || shell) {
                    return "uses storage, io, ui or app";
                }
                if (serviceOrRepository || view || to == Layer.DOC) {
                    return "uses a service, repository, document or view";
                }
            }
            case DOC -> {
                if (javafx || startsWith(p, "org.jooq")) {
                    return "uses JavaFX or jOOQ";
                }
                if (startsWith(p, base + ".storage") || shell) {
                    return "uses storage, ui or app";
                }
                if (serviceOrRepository || view) {
                    return "uses a service, repository or view (documents are fed plain records)";
                }
            }
            case SERVICE -> {
                if (javafx || shell || view) {
                    return "uses a view, JavaFX, ui or app";
                }
            }
            default -> {
            }
        }
        return null;
    }

    /** The feature a package belongs to ({@code base.<f>…}), or null when it is not a feature's. */
    static String feature(String base, String packageName) {
        if (!packageName.startsWith(base + ".")) {
            return null;
        }
        String rest = packageName.substring(base.length() + 1);
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return NOT_FEATURES.contains(first) ? null : first;
    }

    /** The layer of a package of a feature: its sub-package's name, or the domain (UNSPLIT while the feature has no service package). */
    static Layer layer(String base, String packageName, Set<String> splitFeatures) {
        String f = feature(base, packageName);
        String own = base + "." + f;
        if (packageName.equals(own)) {
            return splitFeatures.contains(f) ? Layer.DOMAIN : Layer.UNSPLIT;
        }
        String sub = packageName.substring(own.length() + 1);
        String first = sub.contains(".") ? sub.substring(0, sub.indexOf('.')) : sub;
        return switch (first) {
            case "engine" -> Layer.ENGINE;
            case "service" -> Layer.SERVICE;
            case "doc" -> Layer.DOC;
            case "view" -> Layer.VIEW;
            default -> Layer.UNSPLIT; // a sub-feature such as member.stats
        };
    }

    private static boolean startsWith(String packageName, String prefix) {
        return packageName.equals(prefix) || packageName.startsWith(prefix + ".");
    }
}
