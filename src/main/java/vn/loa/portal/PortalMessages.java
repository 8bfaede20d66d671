package vn.loa.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the e-portal pages and the staff home's suggestions, in Vietnamese; English in messages/portal_en. */
@MessageBundle(value = "portal", locale = "vi-VN")
public interface PortalMessages {

    @Message("Cổng thông tin")
    String nav();

    @Message("Nguồn tin từ cổng thông tin điện tử")
    String title();

    @Message("Loa đọc định kỳ các nguồn tin RSS hoặc Atom của cổng thông tin xã và tỉnh, rồi gợi ý bài mới cho cán "
            + "bộ của khu vực đó và các khu vực bên dưới. Cán bộ bấm một lần để tạo bản nháp; bản nháp vẫn phải được "
            + "người khác duyệt.")
    String intro();

    @Message("Thêm nguồn tin")
    String add();

    @Message("Địa chỉ nguồn tin (RSS hoặc Atom)")
    String url();

    @Message("Chỉ nhận địa chỉ http:// hoặc https://")
    String urlHint();

    @Message("Khu vực (xã hoặc tỉnh)")
    String area();

    @Message("Tên (không bắt buộc)")
    String name();

    @Message("Các nguồn tin")
    String list();

    @Message("Chưa có nguồn tin nào.")
    String none();

    @Message("Lần đọc gần nhất")
    String lastPoll();

    @Message("Chưa đọc lần nào")
    String never();

    @Message("{added} bài mới")
    String ok(Integer added);

    @Message("Không có gì mới")
    String notModified();

    @Message("Lỗi: {reason}")
    String error(String reason);

    @Message("Bài đã lưu")
    String articles();

    @Message("Tạm dừng")
    String pause();

    @Message("Tiếp tục")
    String resume();

    @Message("Đang tạm dừng")
    String paused();

    @Message("Xoá")
    String remove();

    @Message("Tin mới từ cổng thông tin")
    String suggestions();

    @Message("Tạo bản nháp")
    String makeDraft();

    @Message("Bỏ qua")
    String dismiss();

    @Message("Xem bài gốc")
    String original();

    @Message("Biểu mẫu đã hết hạn, vui lòng gửi lại.")
    String formExpired();

    @Message("Địa chỉ phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https:// (tối đa 1000 ký tự).")
    String urlInvalid();

    @Message("Hãy chọn một xã hoặc một tỉnh đang hoạt động.")
    String areaInvalid();

    @Message("Khu vực này đã có nguồn tin với địa chỉ đó.")
    String exists();

    @Message("Tên phải là một dòng, tối đa 200 ký tự.")
    String nameInvalid();

    @Message("Không tìm thấy nguồn tin.")
    String notFound();

    @Message("Không thực hiện được: {detail}")
    String failed(String detail);
}
