package vn.loa.template;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the emergency template pages, in Vietnamese; English in {@code messages/tpl_en.properties}. */
@MessageBundle(value = "tpl", locale = "vi-VN")
public interface TemplateMessages {

    @Message("Mẫu khẩn cấp")
    String templates();

    @Message("Chưa có mẫu nào.")
    String none();

    @Message("Soạn mẫu khẩn cấp")
    String compose();

    @Message("Gửi khẩn cấp")
    String send();

    @Message("Tiêu đề")
    String title();

    @Message("Nội dung")
    String text();

    @Message("Viết chỗ trống bằng tên trong ngoặc nhọn, ví dụ {|{thon}|} hay {|{gio}|}: chữ thường không dấu, số và _. Mỗi chỗ trống được khai báo bên dưới; dấu ngoặc nhọn không dùng vào việc khác.")
    String textHint();

    @Message("Chỗ trống")
    String blanks();

    @Message("Tên")
    String blankName();

    @Message("Nhãn")
    String blankLabel();

    @Message("Kiểu")
    String blankKind();

    @Message("Nhỏ nhất")
    String blankMin();

    @Message("Lớn nhất")
    String blankMax();

    @Message("Dài nhất")
    String blankMaxLength();

    @Message("Để trống tên thì dòng đó bị bỏ qua. Số: điền nhỏ nhất và lớn nhất. Chữ: điền dài nhất (1–100 ký tự).")
    String blanksHint();

    @Message("{#when kind}{#is TIME}Giờ (HH:MM){#is DATE}Ngày (dd/mm/yyyy){#is AREA}Thôn hoặc xã{#is NUMBER}Số{#is TEXT}Chữ ngắn{/when}")
    String kindName(BlankKind kind);

    @Message("Ngôn ngữ")
    String language();

    @Message("Mức độ")
    String priority();

    @Message("Trạng thái")
    String state();

    @Message("{#when state}{#is DRAFT}Nháp{#is SUBMITTED}Chờ duyệt{#is APPROVED}Đã duyệt{#is REJECTED}Bị trả lại{#is ARCHIVED}Đã lưu trữ{/when}")
    String stateName(TemplateState state);

    @Message("Dùng trong")
    String area();

    @Message("Người soạn")
    String author();

    @Message("Người quyết định")
    String decidedBy();

    @Message("Lý do trả lại")
    String rejectionReason();

    @Message("Lưu nháp")
    String saveDraft();

    @Message("Gửi duyệt")
    String submit();

    @Message("Duyệt")
    String approve();

    @Message("Trả lại")
    String reject();

    @Message("Lưu trữ")
    String archive();

    @Message("Không thực hiện được: {message}")
    String failed(String message);

    @Message("Biểu mẫu đã hết hạn; xin gửi lại.")
    String formExpired();

    @Message("{field}: {message}")
    String invalidField(String field, String message);

    @Message("Cần ghi lý do trả lại.")
    String reasonRequired();

    @Message("Giờ:phút, 24 giờ, ví dụ 07:30")
    String hintTime();

    @Message("ngày/tháng/năm, ví dụ 06/12/2026")
    String hintDate();

    @Message("Số nguyên từ {min} đến {max}")
    String hintNumber(Long min, Long max);

    @Message("Tối đa {max} ký tự: chữ, số, dấu cách và , . -")
    String hintText(Integer max);

    @Message("Chọn thôn hoặc xã")
    String hintArea();

    @Message("— chọn —")
    String choose();

    @Message("Ô «{label}» ({name}): {#when reason}{#is 'missing'}chưa điền.{#is 'too-long'}quá dài.{#is 'out-of-range'}ngoài khoảng cho phép.{#is 'unknown-area'}không phải thôn hay xã trong vùng của mẫu.{#is 'unknown-blank'}mẫu không có ô này.{#else}không đúng mẫu.{/when} {hint}")
    String fillRefused(String label, String name, String reason, String hint);

    @Message("Phát tới")
    String targets();

    @Message("Không có loa nào trong vùng bạn được phát của mẫu này.")
    String noTargets();

    @Message("Chọn ít nhất một nơi phát.")
    String targetsRequired();

    @Message("Tôi xác nhận phát bản tin khẩn cấp này ngay bây giờ.")
    String confirm();

    @Message("Cần đánh dấu xác nhận trước khi phát.")
    String confirmRequired();

    @Message("Nội dung sẽ phát")
    String willSay();

    @Message("Đã phát lệnh khẩn cấp")
    String sent();

    @Message("Bản tin khẩn cấp đã được tạo (duyệt theo mẫu #{id} của {approver}) và lệnh phát đã gửi tới loa.")
    String sentText(Long id, String approver);

    @Message("Xem lượt phát")
    String viewBroadcast();

    @Message("Xem bản tin")
    String viewBulletin();

    @Message("Chỉ mẫu đã duyệt mới gửi được.")
    String notApproved();

    @Message("Sửa mẫu")
    String edit();

    @Message("Sửa mẫu khẩn cấp")
    String editTitle();

    @Message("Sửa")
    String editAction();

    @Message("Sửa một mẫu đã duyệt sẽ đưa nó về bản nháp: phải gửi duyệt và được duyệt lại trước khi dùng.")
    String editHint();
}
