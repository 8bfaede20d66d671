package vn.loa.broadcast;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the schedule and broadcast pages, in Vietnamese; English in {@code messages/bc_en.properties}. */
@MessageBundle(value = "bc", locale = "vi-VN")
public interface BroadcastMessages {

    @Message("Buổi phát")
    String broadcasts();

    @Message("Buổi phát số {id}")
    String broadcast(long id);

    @Message("Lên lịch phát")
    String schedule();

    @Message("Phát ở đâu")
    String targets();

    @Message("Cả xã {name}")
    String wholeCommune(String name);

    @Message("Cả thôn {name}")
    String wholeVillage(String name);

    @Message("Ngày phát")
    String date();

    @Message("Giờ phát (giờ Việt Nam)")
    String time();

    @Message("Giờ phát")
    String playAt();

    @Message("Hết hạn")
    String expiresAt();

    @Message("Người lên lịch")
    String createdBy();

    @Message("Bản tin")
    String bulletin();

    @Message("Đã phát")
    String played();

    @Message("Loa")
    String receiver();

    @Message("Trạng thái")
    String state();

    @Message("{#when state}{#is QUEUED}Chờ gửi{#is SENT}Đã gửi{#is RECEIVED}Loa đã nhận{#is DELIVERED}Sẵn sàng phát"
            + "{#is PLAYING}Đang phát{#is PLAYED}Đã phát{#is FAILED}Lỗi{#is REJECTED}Loa từ chối{#is EXPIRED}Quá hạn"
            + "{#is TIMED_OUT}Không phản hồi{#is CANCELED}Đã dừng{/when}")
    String stateName(DeliveryState state);

    @Message("Gửi đi")
    String sent();

    @Message("Đã nhận")
    String received();

    @Message("Sẵn sàng")
    String delivered();

    @Message("Bắt đầu")
    String started();

    @Message("Kết thúc")
    String finished();

    @Message("Ghi chú")
    String detail();

    @Message("Chưa có loa nào được đăng ký.")
    String noReceivers();

    @Message("Chưa có buổi phát nào.")
    String none();

    @Message("Hãy chọn ít nhất một xã, thôn hoặc loa.")
    String noTargets();

    @Message("Ngày hoặc giờ không hợp lệ.")
    String badTime();

    @Message("Giờ phát đã qua; hãy chọn một thời điểm sắp tới.")
    String inPast();

    @Message("Chỉ lên lịch được bản tin đã duyệt.")
    String notApproved();

    @Message("Biểu mẫu đã hết hạn; hãy gửi lại.")
    String formExpired();

    @Message("Không thực hiện được: {detail}")
    String failed(String detail);

    @Message("Trang tự cập nhật vài giây một lần.")
    String live();
}
