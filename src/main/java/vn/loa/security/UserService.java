package vn.loa.security;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import vn.loa.error.ConflictException;

/** User accounts. Passwords are only ever stored as bcrypt hashes. */
@ApplicationScoped
public class UserService {

    @Inject
    Clock clock;

    @Inject
    vn.loa.audit.AuditTrail audit;

    @Transactional
    public UserAccount create(final String username, final String password, final Role role) {
        if (UserAccount.findByUsername(username).isPresent()) {
            throw new ConflictException("user-exists", "user " + username + " already exists");
        }
        final UserAccount user = UserAccount.create(username, password, role, clock.instant());
        user.persist();
        audit.record(audit.currentActor(), "user.created", "user", username,
                vn.loa.audit.AuditTrail.json("role", role));
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
