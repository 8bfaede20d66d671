package vn.loa.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import java.util.List;
import vn.loa.area.Area;
import vn.loa.area.AreaLevel;
import vn.loa.area.AreaRequest;
import vn.loa.area.AreaService;
import vn.loa.receiver.Receiver;
import vn.loa.receiver.ReceiverRequest;
import vn.loa.receiver.ReceiverService;
import vn.loa.security.Role;
import vn.loa.security.DemoConfig;
import vn.loa.security.UserAccount;
import vn.loa.security.UserService;

/**
 * Demo mode ({@code loa.demo.enabled=true}, env {@code LOA_DEMO_ENABLED=true}): seeds an area tree (province Tuyên
 * Quang; communes Lũng Cú, Minh Tân and Thuận Hoà with their villages), the users {@code staff}, {@code approver} and
 * {@code official} in Lũng Cú commune, and three receivers in its villages, so a newcomer can run the README
 * walkthrough at once. Idempotent: existing areas, users and receivers are left alone.
 */
@ApplicationScoped
class DemoSeed {

    private static final Logger LOG = Logger.getLogger(DemoSeed.class);

    @Inject
    DemoConfig config;

    @Inject
    UserService users;

    @Inject
    ReceiverService receivers;

    @Inject
    AreaService areas;

    void onStart(@Observes @Priority(6) final StartupEvent ignored) {
        if (!config.enabled()) {
            return;
        }
        final Area province = area(null, AreaLevel.PROVINCE, "Tuyên Quang");
        final Area lungCu = area(province, AreaLevel.COMMUNE, "Lũng Cú");
        for (String village : List.of("Lô Lô Chải", "Thèn Ván", "Má Lé")) {
            area(lungCu, AreaLevel.VILLAGE, village);
        }
        area(area(province, AreaLevel.COMMUNE, "Minh Tân"), AreaLevel.VILLAGE, "Thôn Mỏ Sài");
        area(area(province, AreaLevel.COMMUNE, "Thuận Hoà"), AreaLevel.VILLAGE, "Bản Tùng Bá");
        for (Role role : new Role[] {Role.staff, Role.approver, Role.official}) {
            if (UserAccount.findByUsername(role.name()).isEmpty()) {
                users.create(role.name(), config.password(), role, lungCu.id);
            }
        }
        seed("rx-lo-lo-chai-01", "Loa nhà văn hoá Lô Lô Chải", "Lô Lô Chải", "Lũng Cú");
        seed("rx-then-van-01", "Loa thôn Thèn Ván", "Thèn Ván", "Lũng Cú");
        seed("rx-ma-le-01", "Loa UBND xã Má Lé", "Má Lé", "Lũng Cú");
        LOG.warn("DEMO MODE: users staff, approver, official share the demo password; never use in production");
    }

    /** The area of this name under {@code parent} (null: a province), created when missing. */
    private Area area(final Area parent, final AreaLevel level, final String name) {
        final List<Area> existing = parent == null ? Area.list("parentId is null and name = ?1", name)
                : Area.list("parentId = ?1 and name = ?2", parent.id, name);
        return existing.isEmpty()
                ? areas.create(new AreaRequest(parent == null ? null : parent.id, level.name(), name, null))
                : existing.get(0);
    }

    private void seed(final String id, final String name, final String village, final String commune) {
        if (Receiver.findById(id) == null) {
            // the demo password doubles as the demo receivers' broker secret, so the walkthrough's agent connects
            receivers.register(new ReceiverRequest(id, name, village, commune), config.password());
        }
    }
}
