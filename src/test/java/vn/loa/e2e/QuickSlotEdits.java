package vn.loa.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A slot occurrence's playlist may change until 5 seconds before it starts (production: 2 minutes), so the slot
 * end-to-end test can plan an occurrence about 20 seconds ahead.
 */
public class QuickSlotEdits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("loa.programme.edit-lead", "PT5S");
    }
}
