package vn.loa.upward;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the upward push page, in Vietnamese; English in {@code messages/up_en.properties}. */
@MessageBundle(value = "up", locale = "vi-VN")
public interface UpwardMessages {

    @Message("Báo cáo lên tỉnh")
    String nav();

    @Message("Gửi báo cáo lên tỉnh")
    String title();

    @Message("Loa gửi báo cáo hằng ngày và kết quả phát tới máy chủ của tỉnh qua một hàng đợi bền: khi máy chủ tỉnh "
            + "không trả lời, Loa thử lại sau các khoảng tăng dần; sau số lần thử tối đa, mục đó thành \"thất bại\" "
            + "và chờ bạn bấm \"Gửi lại\". Thêm nơi nhận bằng API /api/upward/targets.")
    String intro();

    @Message("Nơi nhận")
    String targets();

    @Message("Chưa có nơi nhận nào.")
    String noTargets();

    @Message("Tên")
    String name();

    @Message("Địa chỉ")
    String url();

    @Message("Xác thực")
    String auth();

    @Message("Khu vực")
    String area();

    @Message("Gửi")
    String sends();

    @Message("báo cáo hằng ngày")
    String daily();

    @Message("kết quả từng lượt phát")
    String results();

    @Message("Đang dùng")
    String enabled();

    @Message("Đã tắt")
    String disabled();

    @Message("Hàng đợi gửi")
    String outbox();

    @Message("Hàng đợi trống.")
    String noItems();

    @Message("Tất cả")
    String all();

    @Message("Nội dung")
    String subject();

    @Message("Trạng thái")
    String state();

    @Message("Số lần thử")
    String attempts();

    @Message("Lần thử tới")
    String next();

    @Message("Lỗi gần nhất")
    String lastError();

    @Message("Tạo lúc")
    String created();

    @Message("Gửi lúc")
    String sent();

    @Message("{#when s}{#is 'pending'}Đang chờ{#is 'sent'}Đã gửi{#is 'failed'}Thất bại{/when}")
    String stateName(String s);

    @Message("Gửi lại")
    String retry();

    @Message("Trạng thái phải là pending, sent hoặc failed.")
    String badState();

    @Message("Không có mục này trong hàng đợi.")
    String notFound();

    @Message("Chỉ gửi lại được mục đã thất bại.")
    String notFailed();
}
