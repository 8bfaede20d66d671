package vn.loa.upward;

/**
 * An administrator's new target ({@code POST /api/upward/targets}).
 *
 * @param auth        {@code none}, {@code bearer} (the token in {@code secret}) or {@code basic} ({@code username}
 *                    and the password in {@code secret})
 * @param areaId      the area whose report it receives (and whose final results, with {@code results})
 * @param dailyReport queue the previous day's report every night; default true
 * @param results     queue each final result in the area as it happens; default false
 */
public record TargetRequest(String name, String url, String auth, String username, String secret, Long areaId,
        Boolean dailyReport, Boolean results) {
}
