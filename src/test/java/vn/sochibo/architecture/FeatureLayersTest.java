package vn.sochibo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

/** The feature sub-package rule, tried on two fixture features: one that keeps its layers and one that breaks each. */
class FeatureLayersTest {

    private static final String BASE = "vn.sochibo.architecture.fixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(BASE);

    @Test
    void aFeatureThatKeepsItsLayersPasses() {
        EvaluationResult result = FeatureLayers.rule(BASE).evaluate(FIXTURES.that(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(BASE + ".dues..")));
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void everyBrokenLayerIsNamed() {
        List<String> violations = FeatureLayers.rule(BASE).evaluate(FIXTURES).getFailureReport().getDetails();
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("DOMAIN uses a service").contains("Thing.service"));
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("DOMAIN uses a library").contains("SimpleStringProperty"));
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("ENGINE uses a library").contains("DSLContext"));
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("SERVICE uses a view").contains("ThingView"));
        assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("DOC uses a service").contains("ThingWriter"));
        assertThat(violations).noneSatisfy(v -> assertThat(v).contains(".dues."));
    }

    @Test
    void aFeatureInOnePackageIsNotHeldToTheDomainRule() {
        assertThat(FeatureLayers.layer("vn.sochibo", "vn.sochibo.meeting", java.util.Set.of())).isEqualTo(FeatureLayers.Layer.UNSPLIT);
        assertThat(FeatureLayers.layer("vn.sochibo", "vn.sochibo.election", java.util.Set.of("election"))).isEqualTo(FeatureLayers.Layer.DOMAIN);
        assertThat(FeatureLayers.layer("vn.sochibo", "vn.sochibo.election.engine", java.util.Set.of())).isEqualTo(FeatureLayers.Layer.ENGINE);
        assertThat(FeatureLayers.layer("vn.sochibo", "vn.sochibo.member.stats", java.util.Set.of())).isEqualTo(FeatureLayers.Layer.UNSPLIT);
        assertThat(FeatureLayers.feature("vn.sochibo", "vn.sochibo.io.excel")).isNull();
    }
}
