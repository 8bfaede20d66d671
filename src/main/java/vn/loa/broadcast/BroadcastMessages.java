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
            + "{#is PLAYING}Đang phát{#is PREEMPTED}Nhường tin khẩn cấp{#is PLAYED}Đã phát{#is FAILED}Lỗi{#is REJECTED}Loa từ chối{#is EXPIRED}Quá hạn"
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

    @Message("Giờ phát {play} rơi vào giờ yên lặng {window} của khu vực {area}: chỉ tin khẩn cấp được phát trong "
            + "giờ yên lặng. Hãy chọn giờ khác.")
    String quietHours(String play, String window, String area);

    @Message("Giờ phát {play} rơi vào giờ yên lặng mặc định {window}: chỉ tin khẩn cấp được phát trong giờ yên "
            + "lặng. Hãy chọn giờ khác.")
    String quietHoursDefault(String play, String window);

    @Message("Chỉ lên lịch được bản tin đã duyệt.")
    String notApproved();

    @Message("Biểu mẫu đã hết hạn; hãy gửi lại.")
    String formExpired();

    @Message("Không thực hiện được: {detail}")
    String failed(String detail);

    @Message("Trang tự cập nhật vài giây một lần.")
    String live();

    @Message("Thời lượng phát")
    String duration();

    @Message("Thôn")
    String village();

    @Message("Đang phát")
    String nowPlaying();

    @Message("{count} loa đang phát buổi này")
    String playingCount(int count);

    @Message("Tổng số loa: {total}")
    String totalReceivers(long total);

    @Message("Loa {from}–{to} trên {total}")
    String rowsShown(long from, long to, long total);

    @Message("Trang trước")
    String previousPage();

    @Message("Trang sau")
    String nextPage();

    @Message("Trang {page}/{pages}")
    String pageOf(int page, int pages);

    @Message("Số trang không hợp lệ; đang hiện trang đầu.")
    String badPage();

    @Message("Người huỷ")
    String canceledBy();

    @Message("Lý do huỷ")
    String cancelReason();

    @Message("Huỷ buổi phát")
    String cancelAction();

    @Message("Huỷ buổi phát số {id}?")
    String cancelTitle(long id);

    @Message("Buổi phát sẽ không phát trên loa nào nữa; loa nào đang phát sẽ dừng. Không thể hoàn tác.")
    String cancelWarning();

    @Message("Lý do huỷ (bắt buộc)")
    String reason();

    @Message("Tôi xác nhận huỷ buổi phát này.")
    String confirmCancel();

    @Message("Xác nhận huỷ")
    String confirmCancelButton();

    @Message("Đã huỷ buổi phát.")
    String canceled();

    @Message("Hãy ghi lý do huỷ.")
    String reasonRequired();

    @Message("Hãy đánh dấu ô xác nhận.")
    String confirmRequired();

    @Message("Buổi phát này không huỷ được nữa: đã huỷ, đã kết thúc trên mọi loa, hoặc có loa ngoài địa bàn của bạn.")
    String notCancelable();

    @Message("Buổi phát này đã bị huỷ.")
    String alreadyCanceled();

    @Message("Buổi phát đã kết thúc trên mọi loa; không còn gì để huỷ.")
    String alreadyFinished();

    @Message("Buổi phát có loa ngoài địa bàn của bạn; bạn không huỷ được.")
    String outsideArea();

    @Message("Vai trò của bạn không được huỷ buổi phát.")
    String mayNotCancel();

    @Message("Dừng phát ngay")
    String stopAction();

    @Message("Dừng các loa đang phát buổi số {id}?")
    String stopTitle(long id);

    @Message("Mỗi loa dưới đây nhận lệnh dừng ngay (nút dừng khẩn cấp), bất kể đang phát gì.")
    String stopWarning();

    @Message("Tôi xác nhận dừng các loa này.")
    String confirmStop();

    @Message("Xác nhận dừng")
    String confirmStopButton();

    @Message("Đã gửi lệnh dừng tới các loa đang phát.")
    String stopped();

    @Message("Không loa nào đang phát buổi này.")
    String nothingPlaying();

    @Message("Vai trò của bạn không được dừng loa.")
    String mayNotStop();

    @Message("Quay lại buổi phát")
    String back();

    @Message("Lặp lại")
    String repeat();

    @Message("Không lặp lại (phát một lần)")
    String repeatNone();

    @Message("Hằng ngày")
    String repeatDaily();

    @Message("Các ngày trong tuần")
    String repeatWeekdays();

    @Message("{#when day}{#is 'MO'}Thứ Hai{#is 'TU'}Thứ Ba{#is 'WE'}Thứ Tư{#is 'TH'}Thứ Năm{#is 'FR'}Thứ Sáu{#is 'SA'}Thứ Bảy"
            + "{#is 'SU'}Chủ Nhật{/when}")
    String weekday(String day);

    @Message("Cách mấy ngày một lần")
    String repeatEveryNDays();

    @Message("Số ngày")
    String interval();

    @Message("Mỗi 30 phút, từ giờ phát đến")
    String repeatHalfHourly();

    @Message("Giờ kết thúc (không phát vào giờ này)")
    String windowEnd();

    @Message("Kết thúc")
    String ends();

    @Message("Sau số lần phát")
    String endsAfterCount();

    @Message("Số lần phát")
    String count();

    @Message("Đến ngày…")
    String endsOnDay();

    @Message("Ngày cuối")
    String untilDay();

    @Message("Tối đa {max} lần phát cho một lịch lặp.")
    String repeatLimit(int max);

    @Message("Lựa chọn lặp lại không hợp lệ: kiểm tra số ngày, số lần, giờ kết thúc và ngày cuối.")
    String badRepeat();

    @Message("Hãy chọn ít nhất một ngày trong tuần.")
    String repeatNoDays();

    @Message("Số ngày phải từ 2 đến 366.")
    String repeatInterval();

    @Message("Phát mỗi 30 phút: giờ bắt đầu trong nửa đầu của giờ (ví dụ 06:00) và giờ kết thúc cùng ngày, sau đó tròn"
            + " một số giờ (ví dụ 07:00).")
    String repeatWindow();

    @Message("Lịch lặp này có quá nhiều lần phát. {detail}")
    String tooManyPlays(String detail);

    @Message("Lịch lặp này không có lần phát nào; hãy đổi ngày, giờ hoặc ngày cuối.")
    String noPlays();
}
