package vn.loa.area;

/**
 * Body of {@code PUT /api/areas/{id}/quiet-hours}: {@code from} and {@code to} as {@code HH:MM} (local time,
 * Asia/Ho_Chi_Minh); both null (or absent) removes the area's own window, so it inherits its parent's again.
 */
public record QuietHoursRequest(String from, String to) {
}
