package vn.loa.emergency;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the emergency pages and banner, in Vietnamese; English in {@code messages/emg_en.properties}. */
@MessageBundle(value = "emg", locale = "vi-VN")
public interface EmergencyMessages {

    @Message("Phát khẩn cấp")
    String send();

    @Message("Tin khẩn cấp")
    String emergency();

    @Message("Tin khẩn cấp phát ngay khi được duyệt: không cần hẹn giờ, không cần bước nào khác.")
    String intro();

    @Message("Dùng mẫu đã duyệt")
    String useTemplate();

    @Message("Tiêu đề")
    String title();

    @Message("Nội dung")
    String text();

    @Message("Ngôn ngữ")
    String language();

    @Message("Tiếng Việt")
    String langVi();

    @Message("Tiếng Anh")
    String langEn();

    @Message("Bản ghi âm")
    String recording();

    @Message("Không dùng (đọc nội dung)")
    String noRecording();

    @Message("Bản ghi âm của một bản tin nháp của bạn; khi đó nội dung là phần tóm tắt.")
    String recordingHint();

    @Message("Phát tới")
    String targets();

    @Message("Toàn tỉnh {name}")
    String wholeProvince(String name);

    @Message("Gửi đi duyệt và phát ngay khi được duyệt")
    String submit();

    @Message("Chọn ít nhất một nơi phát.")
    String targetRequired();

    @Message("Hãy nhập {field}.")
    String required(String field);

    @Message("{field} quá dài: {length}/{max} ký tự.")
    String tooLong(String field, int length, int max);

    @Message("{field} phải là một dòng.")
    String oneLine(String field);

    @Message("Biểu mẫu đã hết hạn, hãy gửi lại.")
    String formExpired();

    @Message("Không thực hiện được: {detail}")
    String failed(String detail);

    @Message("Bạn không có khu vực: không có nơi nào để phát.")
    String noArea();

    @Message("Trạng thái")
    String state();

    @Message("Đang chờ duyệt")
    String waiting();

    @Message("Đã phát")
    String sent();

    @Message("Bị trả lại")
    String rejected();

    @Message("Không phát được")
    String failedState();

    @Message("Tin đang chờ người duyệt. Trang này tự cập nhật: khi được duyệt, tin phát ngay.")
    String waitingHint();

    @Message("Lượt phát {id}")
    String broadcast(long id);

    @Message("Người gửi")
    String sentBy();

    @Message("Lý do trả lại")
    String rejectionReason();

    @Message("Lý do")
    String failure();

    @Message("{n} tin khẩn cấp chờ duyệt")
    String banner(long n);

    @Message("Đính chính")
    String correct();

    @Message("Đính chính lượt phát {id}")
    String correctTitle(long id);

    @Message("Dừng ngay lượt phát này trên mọi loa đang phát, huỷ ở những loa chưa phát, và gửi tin đính chính tới "
            + "cùng nơi. Tin đính chính cần người duyệt và phát ngay khi được duyệt.")
    String correctIntro();

    @Message("Gửi đính chính")
    String correctSubmit();

    @Message("Đính chính: ")
    String correctionPrefix();

    @Message("Tin đính chính")
    String correction();

    @Message("Đính chính cho lượt phát")
    String correctionOf();

    @Message("Đã được đính chính bởi")
    String correctedBy();

    @Message("Lượt phát này không phải tin khẩn cấp.")
    String notEmergency();

    @Message("Lượt phát này đã được đính chính.")
    String alreadyCorrected();

    @Message("Lượt phát này có loa ngoài khu vực của bạn.")
    String outsideArea();

    @Message("Đã dừng {stopped} loa đang phát; tin đính chính chờ duyệt.")
    String corrected(int stopped);
}
