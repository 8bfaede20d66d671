package vn.loa.receiver;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the fleet page, in Vietnamese; English in {@code messages/fleet_en.properties}. */
@MessageBundle(value = "fleet", locale = "vi-VN")
public interface FleetMessages {

    @Message("Hệ thống loa")
    String title();

    @Message("Bản đồ")
    String map();

    @Message("Loa chưa có toạ độ")
    String unplaced();

    @Message("Loa")
    String receiver();

    @Message("Thôn, xã")
    String place();

    @Message("Kết nối")
    String presence();

    @Message("Trực tuyến")
    String online();

    @Message("Mất kết nối")
    String offline();

    @Message("Lần cuối (giờ VN)")
    String lastSeen();

    @Message("Pin")
    String battery();

    @Message("Sóng")
    String signal();

    @Message("Cảnh báo")
    String flags();

    @Message("Lỗi gần nhất (giờ VN)")
    String lastFailure();

    @Message("chưa bao giờ")
    String never();

    @Message("{online} / {total} loa trực tuyến, {flagged} cần chú ý.")
    String summary(long online, int total, long flagged);

    @Message("Chưa có loa nào.")
    String none();

    @Message("Bản đồ loa")
    String mapTitle();

    @Message("Cần chú ý")
    String flagged();

    @Message("{#when flag}{#is 'offline'}Mất kết nối{#is 'clock-skew'}Lệch đồng hồ{#is 'on-battery'}Đang chạy pin"
            + "{#is 'low-battery'}Pin yếu{#is 'on-reserve'}Đang dùng pin dự trữ: bỏ qua tin thường{#else}{flag}{/when}")
    String flagName(String flag);

    @Message("{#when source}{#is 'mains'}điện lưới{#is 'battery'}pin{#is 'solar'}năng lượng mặt trời"
            + "{#else}{source}{/when}")
    String powerName(String source);
}
