package vn.loa.area;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the areas' quiet hours page, in Vietnamese; English in {@code messages/area_en.properties}. */
@MessageBundle(value = "area", locale = "vi-VN")
public interface AreaMessages {

    @Message("Giờ yên lặng")
    String nav();

    @Message("Giờ yên lặng của các khu vực")
    String title();

    @Message("Trong giờ yên lặng chỉ tin khẩn cấp được phát; tin thường và tin quan trọng không thể lên lịch vào đó, "
            + "và loa cũng tự giữ giờ này theo đồng hồ của nó. Khu vực không đặt giờ riêng thì theo khu vực cha; "
            + "cấp trên cùng theo mặc định {window}. Giờ địa phương (UTC+07:00).")
    String intro(String window);

    @Message("Đặt giờ yên lặng")
    String set();

    @Message("Khu vực")
    String area();

    @Message("Từ (giờ:phút)")
    String from();

    @Message("Đến (giờ:phút)")
    String to();

    @Message("Để trống cả hai ô để khu vực theo lại khu vực cha.")
    String clearHint();

    @Message("Lưu")
    String save();

    @Message("Giờ riêng")
    String own();

    @Message("Đang áp dụng")
    String effective();

    @Message("Lấy từ")
    String source();

    @Message("mặc định")
    String defaultSource();

    @Message("không có")
    String none();

    @Message("Giờ yên lặng không thể kéo dài cả ngày (giờ bắt đầu trùng giờ kết thúc).")
    String wholeDay();

    @Message("Giờ phải viết dạng giờ:phút, 24 giờ, ví dụ 21:00 và 05:00; điền cả hai ô.")
    String badTime();

    @Message("Không làm được: {detail}")
    String failed(String detail);
}
