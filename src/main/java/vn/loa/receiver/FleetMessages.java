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
            + "{#is 'low-battery'}Pin yếu{#is 'on-reserve'}Đang dùng pin dự trữ: bỏ qua tin thường{#is 'failed-test'}Không phát bản tin thử nghiệm gần nhất"
            + "{#else}{flag}{/when}")
    String flagName(String flag);

    @Message("Thử nghiệm gần nhất")
    String tests();

    @Message("{area}: {played} / {targeted} loa đã phát.")
    String testSummary(String area, int played, int targeted);

    @Message("Chưa xong: có loa vẫn có thể phát, lý do còn tạm thời.")
    String testIncomplete();

    @Message("Lý do")
    String testReason();

    @Message("Tải CSV")
    String testCsv();

    @Message("{#when reason}{#is 'offline'}Mất kết nối{#is 'download-failed'}Không tải được âm thanh"
            + "{#is 'failed'}Lỗi{#is 'not-acknowledged'}Không xác nhận{#else}{reason}{/when}")
    String reasonName(String reason);

    @Message("{#when source}{#is 'mains'}điện lưới{#is 'battery'}pin{#is 'solar'}năng lượng mặt trời"
            + "{#else}{source}{/when}")
    String powerName(String source);
}
