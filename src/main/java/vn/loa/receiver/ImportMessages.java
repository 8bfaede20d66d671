package vn.loa.receiver;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the receiver import pages, in Vietnamese; English in {@code messages/rximp_en.properties}. */
@MessageBundle(value = "rximp", locale = "vi-VN")
public interface ImportMessages {

    @Message("Nhập danh sách loa")
    String title();

    @Message("Tải lên một tệp CSV (UTF-8) để đăng ký nhiều loa một lần. Dòng đầu phải là đúng: id,name,village,commune,lat,lon. "
            + "Mỗi dòng sau là một loa: mã (a-z, 0-9, -), tên, thôn, xã (xã phải có sẵn; thôn chưa có sẽ được tạo), "
            + "vĩ độ và kinh độ (có thể để trống cả hai). Tối đa {max} loa mỗi tệp.")
    String intro(int max);

    @Message("Tất cả hoặc không gì cả: chỉ cần một dòng sai là cả tệp bị từ chối và không có gì được lưu.")
    String allOrNothing();

    @Message("Tệp CSV")
    String file();

    @Message("Nhập")
    String submit();

    @Message("Chưa chọn tệp.")
    String noFile();

    @Message("Biểu mẫu đã hết hạn; hãy gửi lại.")
    String formExpired();

    @Message("Tệp có {count} lỗi; chưa nhập gì. Hãy sửa các dòng dưới đây rồi gửi lại.")
    String refused(int count);

    @Message("Dòng")
    String line();

    @Message("Cột")
    String field();

    @Message("Lỗi")
    String problem();

    @Message("Đã đăng ký {count} loa.")
    String done(int count);

    @Message("Tải tệp mật khẩu (CSV: id, username, secret). Chỉ tải được một lần và trong 15 phút; hãy cất giữ cẩn thận.")
    String downloadHint();

    @Message("Tải tệp mật khẩu")
    String download();

    @Message("Tệp mật khẩu không còn nữa (đã tải, hết hạn hoặc máy chủ đã khởi động lại). Cấp mật khẩu mới cho từng loa nếu cần.")
    String gone();

    @Message("Nhập tệp khác")
    String again();
}
