package vn.loa.bulletin;

/**
 * Fired (synchronously, CDI) by {@link BulletinService#approve} after the approval is committed and the audio
 * stored. Features that act on an approval observe it: an emergency sent on approval, a CAP alert that waited in the
 * approval queue. An observer works in its own transaction and must not throw for its own failures: the approval
 * has happened whatever it does.
 */
public record BulletinApproved(long bulletinId, String approver) {
}
