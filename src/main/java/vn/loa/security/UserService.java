package vn.loa.security;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import vn.loa.area.AreaService;
import vn.loa.error.ConflictException;
import vn.loa.error.InvalidInputException;
import vn.loa.error.NotFoundException;

/** User accounts. Passwords are only ever stored as bcrypt hashes. */
@ApplicationScoped
public class UserService {

    @Inject
    Clock clock;

    @Inject
    vn.loa.audit.AuditTrail audit;

    @Inject
    AreaService areas;

    /** An administrator without an area (acts everywhere): the first-start account. */
    @Transactional
    public UserAccount create(final String username, final String password, final Role role) {
        return create(username, password, role, null);
    }

    /** A user in an area; every role but admin needs one, and it must exist and not be archived. */
    @Transactional
    public UserAccount create(final String username, final String password, final Role role, final Long areaId) {
        if (areaId == null && role != Role.admin) {
            throw new InvalidInputException("area-required",
                    "a " + role + " works in an area: give areaId / cần chọn khu vực (areaId)");
        }
        if (areaId != null) {
            try {
                areas.open(areaId);
            } catch (NotFoundException e) {
                throw new InvalidInputException("unknown-area", "area " + areaId + " does not exist");
            }
        }
        if (UserAccount.findByUsername(username).isPresent()) {
            throw new ConflictException("user-exists", "user " + username + " already exists");
        }
        final UserAccount user = UserAccount.create(username, password, role, clock.instant());
        user.areaId = areaId;
        user.persist();
        audit.record(audit.currentActor(), "user.created", "user", username,
                vn.loa.audit.AuditTrail.json("role", role));
        return user;
    }

    /**
     * A service account for scripts and other systems: a user whose password is random and shown to nobody, so it
     * acts only through the API tokens an administrator makes for it ({@code vn.loa.token}). Same area rules as
     * {@link #create(String, String, Role, Long)}.
     */
    @Transactional
    public UserAccount createServiceAccount(final String username, final Role role, final Long areaId) {
        final UserAccount user = create(username, AdminBootstrap.randomPassword() + AdminBootstrap.randomPassword(),
                role, areaId);
        user.serviceAccount = true;
        return user;
    }

    @Transactional
    public boolean noUsers() {
        return UserAccount.count() == 0;
    }

    public List<UserAccount> list() {
        return UserAccount.listAll(Sort.by("username"));
    }
}
