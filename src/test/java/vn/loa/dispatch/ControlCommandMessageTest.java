package vn.loa.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.loa.control.ControlType;
import vn.loa.control.OutgoingControl;
import vn.loa.signing.Ed25519;
import vn.loa.support.TestKeys;

class ControlCommandMessageTest {

    private static void assertMatchesFixture(final OutgoingControl c, final String name) throws Exception {
        final ControlCommandMessage m = ControlCommandMessage.unsigned(c);
        assertEquals(Fixtures.text(name + ".canonical.txt"), m.canonical().toString());
        final String sig = Ed25519.sign(TestKeys.fromSeed(TestKeys.CURRENT_SEED).getPrivate(), m.canonical().bytes());
        assertEquals(Wire.JSON.readTree(Fixtures.bytes(name + ".json")),
                Wire.JSON.readTree(m.signed(TestKeys.CURRENT_KEY_ID, sig).toJson()));
    }

    @Test
    void stop_fixture_roundTrips() throws Exception {
        assertMatchesFixture(new OutgoingControl(ControlType.STOP, "5b0c1d7e-8a2f-4c3b-9d1e-7f6a5b4c3d2e",
                "rx-thon-ma-01", 18, Instant.parse("2026-12-06T06:30:05Z"), Instant.parse("2026-12-06T06:35:05Z"),
                null, null, null, null), "stop-command");
    }

    @Test
    void report_fixture_roundTrips() throws Exception {
        assertMatchesFixture(new OutgoingControl(ControlType.REPORT, "3c9a8b7d-1e2f-4a5b-8c6d-9e0f1a2b3c4d",
                "rx-thon-ma-01", 20, Instant.parse("2026-12-07T02:00:00Z"), Instant.parse("2026-12-07T02:10:00Z"),
                null, null, null, null), "report-command");
    }

    @Test
    void rotateKey_fixture_roundTrips() throws Exception {
        assertMatchesFixture(new OutgoingControl(ControlType.ROTATE_KEY, "7d3e2f1a-6b5c-4a9d-8e7f-1a2b3c4d5e6f",
                "rx-thon-ma-01", 19, Instant.parse("2026-12-07T01:00:00Z"), Instant.parse("2026-12-14T01:00:00Z"),
                "24f6ed6acbfe1009", "Kay64UG8yvCyLhqU000LxzYeUm0L/hLIl5S8kyKWbdc=", null, null), "rotate-key-command");
    }

    @Test
    void cancel_fixture_roundTripsByteForByteAndNamesItsTarget() throws Exception {
        assertMatchesFixture(new OutgoingControl(ControlType.CANCEL, "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d",
                "rx-thon-ma-01", 21, Instant.parse("2026-12-06T05:00:00Z"), Instant.parse("2026-12-06T07:30:00Z"),
                null, null, null, "0f8e2b8a-3c51-4d2e-9a57-2f0d4b1c9e11"), "cancel-command");
    }
}
