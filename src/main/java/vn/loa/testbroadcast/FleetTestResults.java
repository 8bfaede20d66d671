package vn.loa.testbroadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.receiver.FleetTests;

/** {@code receiver}'s {@link FleetTests} port, answered from {@link TestReports}. */
@ApplicationScoped
class FleetTestResults implements FleetTests {

    @Inject
    TestReports reports;

    @Override
    public Map<String, String> failedLastTest(final Collection<String> receiverIds) {
        final Map<String, String> out = new HashMap<>();
        reports.failedLastTest(receiverIds).forEach((id, reason) -> out.put(id, reason.code()));
        return out;
    }

    @Override
    public List<Latest> latest(final String username) {
        return reports.latest(null, username).stream().map(r -> new Latest(r.broadcastId(), r.areaPath(), r.playAt(),
                r.complete(), r.played(), r.targeted(), r.missed().stream().map(m -> new Miss(m.receiverId(),
                        m.name(), m.reason().code(), m.detail())).toList())).toList();
    }
}
