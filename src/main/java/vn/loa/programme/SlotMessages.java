package vn.loa.programme;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the programme slot pages, in Vietnamese; English in {@code messages/slot_en.properties}. */
@MessageBundle(value = "slot", locale = "vi-VN")
public interface SlotMessages {

    @Message("Chương trình")
    String nav();

    @Message("Chương trình phát thanh")
    String title();

    @Message("Mỗi khung giờ phát lặp lại hằng ngày; mỗi buổi có danh sách bản tin đã duyệt, phát nối tiếp nhau.")
    String intro();

    @Message("Chưa có khung giờ nào.")
    String none();

    @Message("Tạo khung giờ")
    String create();

    @Message("Khu vực")
    String area();

    @Message("Tên")
    String name();

    @Message("Ngày đầu (dd/mm/yyyy)")
    String day();

    @Message("Giờ (HH:mm)")
    String time();

    @Message("Số ngày")
    String days();

    @Message("Thời lượng (phút)")
    String minutes();

    @Message("Nghỉ giữa hai bản tin (giây)")
    String pause();

    @Message("Buổi tiếp theo")
    String next();

    @Message("Các buổi trong 7 ngày tới")
    String occurrences();

    @Message("Danh sách phát")
    String playlist();

    @Message("Buổi này chưa có bản tin.")
    String empty();

    @Message("Tổng thời lượng {total}, còn trống {free} giây")
    String total(String total, long free);

    @Message("Lên")
    String up();

    @Message("Xuống")
    String down();

    @Message("Bỏ")
    String remove();

    @Message("Thêm bản tin")
    String add();

    @Message("Buổi này đã hoặc sắp bắt đầu: danh sách không đổi được nữa.")
    String locked();

    @Message("Không có buổi nào trong 7 ngày tới.")
    String noOccurrence();

    @Message("Biểu mẫu đã hết hạn, vui lòng gửi lại.")
    String formExpired();

    @Message("Kiểm tra lại các ô: ngày dd/mm/yyyy, giờ HH:mm, số ngày từ 1, thời lượng 1–240 phút, nghỉ 0–60 giây.")
    String badForm();

    @Message("Danh sách dài hơn khung giờ {seconds} giây: bỏ bớt hoặc rút ngắn bản tin.")
    String overrun(long seconds);

    @Message("Không thực hiện được: {detail}")
    String refused(String detail);

    @Message("Lịch tuần")
    String weekNav();

    @Message("Chương trình trong tuần")
    String weekTitle();

    @Message("Tuần từ {from} đến {to}")
    String weekOf(String from, String to);

    @Message("‹ Tuần trước")
    String weekPrevious();

    @Message("Tuần sau ›")
    String weekNext();

    @Message("Tất cả khu vực của tôi")
    String weekAll();

    @Message("Xem")
    String weekShow();

    @Message("{#when day}{#is 'MONDAY'}Thứ Hai{#is 'TUESDAY'}Thứ Ba{#is 'WEDNESDAY'}Thứ Tư{#is 'THURSDAY'}Thứ Năm"
            + "{#is 'FRIDAY'}Thứ Sáu{#is 'SATURDAY'}Thứ Bảy{#is 'SUNDAY'}Chủ Nhật{#else}{day}{/when}")
    String weekday(String day);

    @Message("Không có buổi phát.")
    String weekNothing();

    @Message("Chưa có bản tin.")
    String weekEmpty();

    @Message("đã phát {played}/{total} loa")
    String weekPlayed(long played, long total);

    @Message("{missed} loa không phát")
    String weekMissed(long missed);

    @Message("{open} loa chưa báo xong")
    String weekOpen(long open);

    @Message("Sửa danh sách")
    String weekEdit();

    @Message("Khu vực hoặc ngày không đúng (ngày dd/mm/yyyy).")
    String weekBadFilter();
}
