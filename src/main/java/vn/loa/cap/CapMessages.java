package vn.loa.cap;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the CAP senders page, in Vietnamese; English in {@code messages/cap_en.properties}. */
@MessageBundle(value = "cap", locale = "vi-VN")
public interface CapMessages {

    @Message("Nguồn CAP")
    String nav();

    @Message("Nguồn cảnh báo CAP tin cậy")
    String title();

    @Message("Loa chỉ nhận cảnh báo CAP 1.2 (POST /api/cap) được ký bằng chữ ký XML của một nguồn có trong danh sách "
            + "này. Mỗi nguồn là mã người gửi (thẻ <sender> của cảnh báo) và chứng thư hoặc khoá công khai (PEM) dùng "
            + "để ký.")
    String intro();

    @Message("Thêm nguồn")
    String add();

    @Message("Mã người gửi")
    String sender();

    @Message("Như trong thẻ <sender> của cảnh báo, ví dụ canhbao@nchmf.gov.vn")
    String senderHint();

    @Message("Chứng thư hoặc khoá công khai (PEM)")
    String key();

    @Message("Dán nguyên khối -----BEGIN CERTIFICATE----- … hoặc -----BEGIN PUBLIC KEY----- … (RSA hoặc EC)")
    String keyHint();

    @Message("Các nguồn tin cậy")
    String list();

    @Message("Chưa có nguồn nào: mọi cảnh báo CAP đều bị từ chối.")
    String none();

    @Message("Thuật toán")
    String algorithm();

    @Message("SHA-256 của khoá")
    String sha256();

    @Message("Người thêm")
    String createdBy();

    @Message("Thêm lúc")
    String createdAt();

    @Message("Xoá")
    String remove();

    @Message("Mã người gửi không hợp lệ: tối đa 255 ký tự, không có dấu cách, dấu phẩy, < hay &.")
    String senderInvalid();

    @Message("Khoá không hợp lệ: cần đúng một khối PEM, chứng thư X.509 hoặc khoá công khai RSA/EC.")
    String keyInvalid();

    @Message("Nguồn này đã có. Xoá nó trước nếu muốn đổi khoá.")
    String senderExists();

    @Message("Không tìm thấy nguồn này.")
    String notFound();

    @Message("Biểu mẫu đã hết hạn; hãy nhập lại.")
    String formExpired();

    @Message("Không thực hiện được: {reason}")
    String failed(String reason);
}
