package vn.loa.receiver;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the page of villages a receiver serves by FM or wire, in Vietnamese; English in {@code srv_en}. */
@MessageBundle(value = "srv", locale = "vi-VN")
public interface ServedMessages {

    @Message("Thôn nghe qua loa này (FM, đường dây)")
    String title();

    @Message("Loa đặt tại {path}.")
    String own(String path);

    @Message("Ghi lại các thôn không có loa riêng nhưng nghe được loa này qua máy phát FM hoặc đường dây. Nhật ký phát "
            + "sẽ tính các thôn đó là đã nghe khi loa này phát, và ghi rõ qua loa nào.")
    String intro();

    @Message("Loa này chưa phục vụ thôn nào khác.")
    String none();

    @Message("Thôn")
    String village();

    @Message("Cách truyền")
    String medium();

    @Message("{#when medium}{#is 'FM'}FM{#is 'WIRE'}đường dây{#else}{medium}{/when}")
    String mediumName(String medium);

    @Message("Bỏ")
    String remove();

    @Message("Thêm thôn")
    String add();

    @Message("Lưu")
    String save();

    @Message("Về danh sách loa")
    String back();

    @Message("Thôn khác")
    String link();
}
