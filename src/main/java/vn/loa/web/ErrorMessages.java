package vn.loa.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the error page shown for a failed {@code /ui} request, in Vietnamese; English in
 * {@code messages/err_en.properties}. One heading and one sentence per kind of failure, never a technical detail.
 */
@MessageBundle(value = "err", locale = "vi-VN")
public interface ErrorMessages {

    @Message("Yêu cầu không hợp lệ")
    String badRequest();

    @Message("Trình duyệt đã gửi một yêu cầu mà Loa không hiểu. Hãy quay lại trang trước, tải lại rồi thử lần nữa.")
    String badRequestText();

    @Message("Không có quyền")
    String forbidden();

    @Message("Vai trò hoặc địa bàn của bạn không cho phép làm việc này.")
    String forbiddenText();

    @Message("Không tìm thấy")
    String notFound();

    @Message("Trang hoặc mục bạn tìm không có (hoặc đã bị xoá).")
    String notFoundText();

    @Message("Thao tác không được phép")
    String methodNotAllowed();

    @Message("Trang này không nhận kiểu yêu cầu đó.")
    String methodNotAllowedText();

    @Message("Xung đột")
    String conflict();

    @Message("Người khác vừa thay đổi mục này. Hãy tải lại trang rồi thử lần nữa.")
    String conflictText();

    @Message("Dữ liệu quá lớn")
    String tooLarge();

    @Message("Nội dung gửi lên vượt quá giới hạn cho phép.")
    String tooLargeText();

    @Message("Lỗi yêu cầu")
    String otherClientError();

    @Message("Loa không thể thực hiện yêu cầu này.")
    String otherClientErrorText();

    @Message("Lỗi hệ thống")
    String serverError();

    @Message("Loa gặp sự cố khi xử lý yêu cầu. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo cho quản trị viên.")
    String serverErrorText();

    @Message("Mã lỗi {status}")
    String code(int status);

    @Message("Về trang chính")
    String backHome();
}
