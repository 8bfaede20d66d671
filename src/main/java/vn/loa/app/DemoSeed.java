package vn.loa.app;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.loa.receiver.Receiver;
import vn.loa.receiver.ReceiverRequest;
import vn.loa.receiver.ReceiverService;
import vn.loa.security.Role;
import vn.loa.security.DemoConfig;
import vn.loa.security.UserAccount;
import vn.loa.security.UserService;

/**
 * Demo mode ({@code loa.demo.enabled=true}, env {@code LOA_DEMO_ENABLED=true}): seeds the users {@code staff},
 * {@code approver} and {@code official} and three receivers in Lũng Cú commune, so a newcomer can run the README
 * walkthrough at once. Idempotent: existing users and receivers are left alone.
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

    void onStart(@Observes @Priority(6) final StartupEvent ignored) {
        if (!config.enabled()) {
            return;
        }
        for (Role role : new Role[] {Role.staff, Role.approver, Role.official}) {
            if (UserAccount.findByUsername(role.name()).isEmpty()) {
                users.create(role.name(), config.password(), role);
            }
        }
        seed("rx-lo-lo-chai-01", "Loa nhà văn hoá Lô Lô Chải", "Lô Lô Chải", "Lũng Cú");
        seed("rx-then-van-01", "Loa thôn Thèn Ván", "Thèn Ván", "Lũng Cú");
        seed("rx-ma-le-01", "Loa UBND xã Má Lé", "Má Lé", "Lũng Cú");
        LOG.warn("DEMO MODE: users staff, approver, official share the demo password; never use in production");
    }

    private void seed(final String id, final String name, final String village, final String commune) {
        if (Receiver.findById(id) == null) {
            // the demo password doubles as the demo receivers' broker secret, so the walkthrough's agent connects
            receivers.register(new ReceiverRequest(id, name, village, commune), config.password());
        }
    }
}
