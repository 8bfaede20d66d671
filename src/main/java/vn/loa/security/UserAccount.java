package vn.loa.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A person who logs in to Loa. The password is stored as a bcrypt modular-crypt hash ({@code $2a$...}), which
 * quarkus-security-jpa verifies directly.
 */
@Entity
@Table(name = "app_user")
@UserDefinition
public class UserAccount extends PanacheEntityBase {

    /** bcrypt cost factor: about 50 ms per check on the reference 2-core machine. */
    static final int BCRYPT_COST = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Password
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Roles
    @Column(nullable = false, length = 16)
    public String role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Where this user works (see {@code vn.loa.area.AreaGuard}); null only for administrators, who act everywhere. */
    @Column(name = "area_id")
    public Long areaId;

    /** A service account never logs in with a password (nobody knows it); it acts through API tokens only. */
    @Column(name = "service_account", nullable = false)
    public boolean serviceAccount;

    public static UserAccount create(final String username, final String password, final Role role,
            final Instant now) {
        final UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
        user.role = role.name();
        user.createdAt = now;
        return user;
    }

    public static Optional<UserAccount> findByUsername(final String username) {
        return find("username", username).firstResultOptional();
    }
}
