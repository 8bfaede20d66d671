package vn.loa.report;

import java.util.List;
import vn.loa.broadcast.DeliveryState;

/** Export words for plain unit tests (the real ones come from the message bundles, tested in {@code LogPagesTest}). */
final class LogWordsFixture {

    static final LogWords VI = new LogWords(List.of("Mã buổi phát", "Mã bản tin", "Bản tin", "Mã loa", "Loa", "Xã",
            "Thôn", "Giờ phát dự kiến (giờ Việt Nam, UTC+07:00)", "Bắt đầu (giờ Việt Nam, UTC+07:00)",
            "Kết thúc (giờ Việt Nam, UTC+07:00)", "Trạng thái", "Chi tiết", "Báo cáo lúc (giờ Việt Nam, UTC+07:00)",
            "Báo cáo muộn", "Đính chính bởi bản tin", "Đính chính cho buổi phát"), s -> s == DeliveryState.PLAYED ? "Đã phát" : "Lỗi", "có", "không", "Nhật ký phát thanh");

    private LogWordsFixture() {
    }
}
