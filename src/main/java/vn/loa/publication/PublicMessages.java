package vn.loa.publication;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the public commune page and podcast; English in {@code messages/pub_en.properties}. */
@MessageBundle(value = "pub", locale = "vi-VN")
public interface PublicMessages {

    @Message("Bản tin loa truyền thanh")
    String subtitle();

    @Message("Phát lúc")
    String played();

    @Message("Tải MP3")
    String download();

    @Message("Chưa có bản tin công khai nào được phát ở đây.")
    String empty();

    @Message("Tin cũ hơn")
    String older();

    @Message("Tin mới hơn")
    String newer();

    @Message("Nghe bằng ứng dụng podcast (RSS)")
    String podcast();

    @Message("English")
    String switchLabel();

    @Message("en")
    String switchCode();

    @Message("Không tìm thấy trang")
    String notFound();

    @Message("Không có xã nào ở địa chỉ này.")
    String notFoundText();

    @Message("Loa {name}")
    String feedTitle(String name);

    @Message("Các bản tin đã phát trên loa truyền thanh {name}.")
    String feedDescription(String name);

    @Message("Loa truyền thanh {name}")
    String feedAuthor(String name);
}
