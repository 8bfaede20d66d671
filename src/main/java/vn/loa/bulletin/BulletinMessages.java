package vn.loa.bulletin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the bulletin pages (compose, list, approvals), in Vietnamese; English in {@code messages/bul_en.properties}. */
@MessageBundle(value = "bul", locale = "vi-VN")
public interface BulletinMessages {

    @Message("Bản tin")
    String bulletins();

    @Message("Viết bản tin")
    String compose();

    @Message("Sửa bản tin")
    String edit();

    @Message("Tiêu đề")
    String title();

    @Message("Nội dung")
    String text();

    @Message("Ngôn ngữ")
    String language();

    @Message("Mức độ")
    String priority();

    @Message("Tiếng Việt")
    String langVi();

    @Message("Tiếng Anh")
    String langEn();

    @Message("Thường")
    String routine();

    @Message("Quan trọng")
    String important();

    @Message("Khẩn cấp")
    String emergency();

    @Message("ký tự")
    String characters();

    @Message("Thời lượng phát")
    String duration();

    @Message("Máy đọc thử văn bản mỗi khi bạn dừng gõ, nên con số khớp với tệp MP3 (lệch dưới một giây); khi máy"
            + " bận, con số là ước tính (có dấu ≈).")
    String durationHint();

    @Message("Máy chỉ đọc được tiếng Việt và tiếng Anh; hãy ghi âm.")
    String durationUnavailable();

    @Message("Thời lượng phát")
    String onAir();

    @Message("≈ {time} (ước tính, gồm chuông, {repeats} lần đọc và khoảng nghỉ)")
    String onAirEstimate(String time, int repeats);

    @Message("{time} (đo trên tệp MP3 đã tạo)")
    String onAirMeasured(String time);

    @Message("{time} (máy đã đọc thử, gồm chuông, {repeats} lần đọc và khoảng nghỉ)")
    String onAirSpoken(String time, int repeats);

    @Message("{#when language}{#is in 'vi' 'vi-VN' 'vi-vn'}Tiếng Việt{#is in 'en' 'en-US' 'en-GB' 'en-us' 'en-gb'}"
            + "Tiếng Anh{#is 'hmn'}Tiếng H'Mông{#is 'tyz'}Tiếng Tày{#is 'nut'}Tiếng Nùng{#is 'ium'}Tiếng Dao (Iu Miền)"
            + "{#else}{language}{/when}")
    String languageName(String language);

    @Message("Lưu nháp")
    String saveDraft();

    @Message("Lưu và nghe thử")
    String saveListen();

    @Message("Gửi duyệt")
    String submit();

    @Message("Nghe thử")
    String listen();

    @Message("Sửa")
    String editAction();

    @Message("Lên lịch phát")
    String schedule();

    @Message("Trạng thái")
    String state();

    @Message("{#when state}{#is DRAFT}Nháp{#is SUBMITTED}Chờ duyệt{#is APPROVED}Đã duyệt{#is REJECTED}Bị trả lại{/when}")
    String stateName(BulletinState state);

    @Message("Người viết")
    String author();

    @Message("Người duyệt")
    String decidedBy();

    @Message("Lý do trả lại")
    String rejectionReason();

    @Message("Chưa có bản tin nào.")
    String none();

    @Message("Không có bản tin nào chờ duyệt.")
    String queueEmpty();

    @Message("Duyệt bản tin")
    String approvals();

    @Message("Duyệt")
    String approve();

    @Message("Trả lại")
    String reject();

    @Message("Lý do trả lại (bắt buộc)")
    String reasonLabel();

    @Message("Cần ghi lý do trả lại để người viết biết phải sửa gì.")
    String reasonRequired();

    @Message("Đã duyệt bản tin.")
    String approved();

    @Message("Đã trả lại bản tin.")
    String rejected();

    @Message("Gửi lúc")
    String submittedAt();

    @Message("{field} không được để trống.")
    String blank(String field);

    @Message("{field} quá dài: {length} ký tự, tối đa {max}.")
    String tooLong(String field, int length, int max);

    @Message("{field} không hợp lệ.")
    String invalid(String field);

    @Message("Biểu mẫu đã hết hạn; hãy gửi lại.")
    String formExpired();

    @Message("Không thực hiện được: {detail}")
    String failed(String detail);

    @Message("Ghi âm")
    String recording();

    @Message("Lưu bản nháp trước rồi mới ghi âm được.")
    String recordAfterSave();

    @Message("Bắt đầu ghi")
    String recordStart();

    @Message("Dừng")
    String recordStop();

    @Message("Tải bản ghi lên")
    String recordUpload();

    @Message("Trình duyệt này không ghi âm được.")
    String recordUnsupported();

    @Message("Máy đọc được bản tin tiếng Việt và tiếng Anh. Bản tin bằng tiếng khác (H'Mông, Tày, Nùng, Dao…) cần"
            + " ghi âm giọng người đọc.")
    String recordHint();

    @Message("Giọng đọc")
    String voice();

    @Message("Giọng mặc định của ngôn ngữ")
    String defaultVoice();

    @Message("{#when voice}{#is 'vi'}Miền Bắc (Hà Nội){#is 'vi-vn-x-central'}Miền Trung (Huế){#is 'vi-vn-x-south'}Miền Nam (Sài Gòn){#is 'kevin16'}Kevin (tiếng Anh){#else}{voice}{/when}")
    String voiceName(String voice);

    @Message("Tốc độ đọc")
    String rate();

    @Message("từ/phút")
    String wpm();

    @Message("để trống: {rate} từ/phút")
    String rateDefault(int rate);

    @Message("{field} phải từ {min} đến {max} từ/phút.")
    String rateRange(String field, int min, int max);

    @Message("Giọng đọc và tốc độ chỉ áp dụng cho bản tin đọc bằng máy; bản ghi âm phát nguyên như đã ghi.")
    String voiceHint();

    @Message("Ngôn ngữ {language} không có giọng đọc {voice}; các giọng dùng được: {voices}.")
    String voiceNotSupported(String voice, String language, String voices);

    @Message("ngày/tháng/năm")
    String dayPlaceholder();

    @Message("Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 06/12/2026.")
    String badDay();

    @Message("Danh sách tự cập nhật; tin khẩn cấp đứng đầu.")
    String queueLive();

    @Message("Trang công khai")
    String publicPage();

    @Message("Đăng lên trang công khai của xã sau khi phát")
    String publicChoice();

    @Message("Ai cũng xem và nghe được trên trang của xã và podcast, không cần đăng nhập. Mặc định: bản tin văn bản có, bản ghi âm không. Đổi được đến khi duyệt.")
    String publicHint();

    @Message("Có: hiện trên trang của xã sau khi phát")
    String publicYes();

    @Message("Không")
    String publicNo();

    @Message("Đăng công khai")
    String publicMake();

    @Message("Thôi đăng công khai")
    String publicHide();

    @Message("Nguồn")
    String source();

    @Message("Cảnh báo CAP: {origin}")
    String sourceCap(String origin);

    @Message("Mẫu khẩn cấp đã duyệt số {id}")
    String sourceTemplate(Long id);
}
