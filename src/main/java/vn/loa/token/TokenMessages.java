package vn.loa.token;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the API tokens page, in Vietnamese; English in {@code messages/tok_en.properties}. */
@MessageBundle(value = "tok", locale = "vi-VN")
public interface TokenMessages {

    @Message("Mã API")
    String nav();

    @Message("Mã truy cập API")
    String title();

    @Message("Mã API cho phép một kịch bản hay hệ thống khác gọi API của Loa thay bạn, với vai trò và khu vực của "
            + "bạn, mà không cần mật khẩu. Gửi mã trong tiêu đề: Authorization: Bearer loa_… Mã chỉ dùng cho /api, "
            + "không mở được các trang này.")
    String intro();

    @Message("Tạo mã mới")
    String create();

    @Message("Tên mã")
    String name();

    @Message("1–40 ký tự A-Z a-z 0-9 . _ -, ví dụ dong-bo-tinh")
    String nameHint();

    @Message("Dùng trong bao nhiêu ngày")
    String days();

    @Message("1 đến 366 ngày")
    String daysHint();

    @Message("Tài khoản dịch vụ (chỉ quản trị viên)")
    String serviceAccount();

    @Message("Để trống: mã cho chính bạn. Điền tên (a-z 0-9 . _ -): mã cho tài khoản dịch vụ đó; tài khoản mới được "
            + "tạo với vai trò và khu vực chọn dưới đây.")
    String serviceAccountHint();

    @Message("Vai trò")
    String role();

    @Message("Khu vực")
    String area();

    @Message("(không có: quản trị toàn bộ)")
    String noArea();

    @Message("Mã mới của bạn")
    String createdTitle();

    @Message("Hãy chép mã này ngay: Loa chỉ lưu bản băm của nó và sẽ không bao giờ hiện lại.")
    String createdHint();

    @Message("Các mã")
    String list();

    @Message("Chưa có mã nào.")
    String none();

    @Message("Đầu mã")
    String prefix();

    @Message("Người dùng")
    String user();

    @Message("Hết hạn")
    String expiresAt();

    @Message("Dùng lần cuối")
    String lastUsed();

    @Message("Trạng thái")
    String state();

    @Message("đang dùng")
    String active();

    @Message("đã thu hồi")
    String revoked();

    @Message("đã hết hạn")
    String expired();

    @Message("Thu hồi")
    String revoke();

    @Message("Biểu mẫu đã cũ; hãy gửi lại.")
    String formExpired();

    @Message("Cần đặt tên cho mã.")
    String nameRequired();

    @Message("Tên mã gồm 1–40 ký tự A-Z a-z 0-9 . _ -")
    String nameInvalid();

    @Message("Bạn đã có một mã tên này.")
    String nameTaken();

    @Message("Số ngày phải là số nguyên từ 1 đến 366.")
    String badDays();

    @Message("Mã chỉ mang vai trò của người dùng của nó.")
    String roleNotAllowed();

    @Message("Tên tài khoản dịch vụ gồm 3–64 ký tự a-z 0-9 . _ -")
    String accountInvalid();

    @Message("Tài khoản này là của một người, không phải tài khoản dịch vụ.")
    String notServiceAccount();

    @Message("Tài khoản dịch vụ mới cần một vai trò.")
    String roleRequired();

    @Message("Không tìm thấy mã này.")
    String notFound();

    @Message("Không làm được: {detail}")
    String failed(String detail);
}
