package vn.loa.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Reconciliation rounds every 2 seconds, and a final report counts as lost 2 seconds after a play's expected end,
 * so the tests of issue 17 see the controller's automatic digest requests within seconds instead of minutes.
 */
public class FastReconcile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("loa.dispatch.reconcile-interval", "2s", "loa.dispatch.final-report-after", "PT2S");
    }
}
