package vn.loa.testbroadcast;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the test schedule page, in Vietnamese; English in {@code messages/tb_en.properties}. */
@MessageBundle(value = "tb", locale = "vi-VN")
public interface TestMessages {

    @Message("Phát thử nghiệm")
    String nav();

    @Message("Lịch phát thử nghiệm")
    String title();

    @Message("Bản tin thử nghiệm có nội dung cố định (tiếng chuông và câu \"Đây là bản tin thử nghiệm của hệ thống "
            + "truyền thanh.\", hoặc bằng tiếng Anh). Mọi loa trong khu vực phải phát và xác nhận; sau mỗi lần, trang "
            + "Hệ thống loa cho biết loa nào không phát và vì sao. Khi bật lịch, quản trị viên duyệt bản tin này; "
            + "việc đó được ghi vào nhật ký kiểm toán. Bản tin thử nghiệm là tin thường: không thể rơi vào giờ yên lặng.")
    String intro();

    @Message("Đặt lịch")
    String set();

    @Message("Khu vực")
    String area();

    @Message("Ngày bắt đầu (ngày/tháng/năm)")
    String day();

    @Message("Giờ (giờ:phút)")
    String time();

    @Message("Quy tắc lặp (RFC 5545 RRULE)")
    String rule();

    @Message("Ví dụ: FREQ=MONTHLY;BYDAY=1MO;COUNT=12 (thứ Hai đầu tiên mỗi tháng, trong một năm).")
    String ruleHint();

    @Message("Ngôn ngữ")
    String language();

    @Message("{#when code}{#is 'vi'}Tiếng Việt{#is 'en'}Tiếng Anh{#else}{code}{/when}")
    String languageName(String code);

    @Message("Bật (duyệt bản tin thử nghiệm)")
    String enabled();

    @Message("Lưu")
    String save();

    @Message("Đang bật")
    String on();

    @Message("Đã tắt")
    String off();

    @Message("Lần tới (giờ VN)")
    String next();

    @Message("Chưa khu vực nào có lịch phát thử nghiệm.")
    String none();

    @Message("Quy tắc lặp không hợp lệ: {detail}")
    String badRule(String detail);

    @Message("Ngày hoặc giờ không hợp lệ: dùng ngày/tháng/năm và giờ:phút.")
    String badTime();

    @Message("Lần thử nghiệm {play} rơi vào giờ yên lặng {window} của {area}. Chọn giờ khác.")
    String quietHours(String play, String window, String area);

    @Message("Không lưu được: {detail}")
    String failed(String detail);
}
