package vn.loa.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Recent failed password checks for one username (known or not); no row means none. */
@Entity
@Table(name = "login_attempt")
class LoginAttempt extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String username;

    @Column(nullable = false)
    public int failures;

    @Column(name = "window_start", nullable = false)
    public Instant windowStart;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    LockoutPolicy.State state() {
        return new LockoutPolicy.State(failures, windowStart, lockedUntil);
    }
}
