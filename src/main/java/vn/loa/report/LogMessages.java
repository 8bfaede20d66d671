package vn.loa.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the officials' log page, in Vietnamese; English in {@code messages/log_en.properties}. */
@MessageBundle(value = "log", locale = "vi-VN")
public interface LogMessages {

    @Message("Nhật ký phát thanh")
    String title();

    @Message("Từ ngày")
    String from();

    @Message("Đến ngày")
    String to();

    @Message("Xã")
    String commune();

    @Message("Thôn")
    String village();

    @Message("Loa")
    String receiver();

    @Message("Mã bản tin")
    String bulletin();

    @Message("Bản tin")
    String bulletinTitle();

    @Message("Trạng thái")
    String state();

    @Message("Tất cả")
    String all();

    @Message("Lọc")
    String filter();

    @Message("Ngày theo giờ Việt Nam, dạng ngày/tháng/năm (06/12/2026); để trống: 14 ngày gần nhất cho tỉ lệ và biểu đồ.")
    String dateHint();

    @Message("Tỉ lệ phát thành công theo thôn")
    String coverage();

    @Message("Tỉ lệ = đã phát / (đã phát + không phát được). Lệnh đã hủy và lệnh chưa xong không tính.")
    String coverageHint();

    @Message("Toàn xã")
    String communeTotal();

    @Message("Thôn nghe qua loa của thôn khác (FM, đường dây)")
    String reached();

    @Message("Các thôn này không có loa riêng nhận lệnh; chúng nghe qua máy phát FM hoặc đường dây của một loa ở thôn "
            + "khác, nên được tính là đã nghe khi loa đó phát.")
    String reachedHint();

    @Message("Qua loa")
    String through();

    @Message("{#when medium}{#is 'FM'}FM{#is 'WIRE'}đường dây{#else}{medium}{/when}")
    String mediumName(String medium);

    @Message("Dự kiến")
    String planned();

    @Message("Đã phát")
    String played();

    @Message("Không phát được")
    String missed();

    @Message("Đã hủy")
    String canceled();

    @Message("Chưa xong")
    String pending();

    @Message("Tỉ lệ")
    String percent();

    @Message("Số lượt phát mỗi ngày")
    String chart();

    @Message("Các lượt phát")
    String rows();

    @Message("Giờ phát dự kiến")
    String scheduled();

    @Message("Bắt đầu")
    String started();

    @Message("Kết thúc")
    String finished();

    @Message("báo cáo muộn")
    String late();

    @Message("Không có lượt phát nào.")
    String noRows();

    @Message("Chỉ hiện {count} dòng mới nhất; tải tệp để xem tất cả.")
    String truncated(int count);

    @Message("Tải CSV")
    String downloadCsv();

    @Message("Tải Excel (XLSX)")
    String downloadXlsx();

    @Message("Mã buổi phát")
    String colBroadcast();

    @Message("Mã loa")
    String colReceiverId();

    @Message("Giờ phát dự kiến (giờ Việt Nam, UTC+07:00)")
    String colScheduled();

    @Message("Bắt đầu (giờ Việt Nam, UTC+07:00)")
    String colStarted();

    @Message("Kết thúc (giờ Việt Nam, UTC+07:00)")
    String colFinished();

    @Message("Chi tiết")
    String colDetail();

    @Message("Báo cáo lúc (giờ Việt Nam, UTC+07:00)")
    String colReported();

    @Message("Báo cáo muộn")
    String colLate();

    @Message("Đính chính bởi bản tin")
    String colCorrectedBy();

    @Message("Đính chính cho buổi phát")
    String colCorrectionOf();

    @Message("Đã đính chính bởi bản tin #{id}")
    String correctedBy(long id);

    @Message("Đính chính cho buổi phát {id}")
    String correctionOf(long id);

    @Message("có")
    String yes();

    @Message("không")
    String no();

    @Message("{field}: ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 06/12/2026.")
    String badDate(String field);

    @Message("'Đến ngày' phải sau 'Từ ngày'.")
    String badRange();

    @Message("Mã bản tin phải là một số nguyên dương.")
    String badBulletin();

    @Message("Trạng thái không hợp lệ.")
    String badState();

    @Message("ngày/tháng/năm")
    String dayPlaceholder();
}
