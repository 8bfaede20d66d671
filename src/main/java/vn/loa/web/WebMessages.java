package vn.loa.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the layout, the login page and the home page, in Vietnamese; English in
 * {@code messages/web_en.properties}. Templates use them as {@code {web:login}}.
 */
@MessageBundle(value = "web", locale = "vi-VN")
public interface WebMessages {

    @Message("Loa – phát thanh xã")
    String appName();

    @Message("Trang chính")
    String home();

    @Message("Đăng nhập")
    String login();

    @Message("Đăng xuất")
    String logout();

    @Message("Tên đăng nhập")
    String username();

    @Message("Mật khẩu")
    String password();

    @Message("Sai tên đăng nhập hoặc mật khẩu.")
    String loginFailed();

    @Message("Bạn đã đăng xuất.")
    String loggedOut();

    @Message("Chuyển ngôn ngữ")
    String language();

    @Message("Bản tin")
    String navBulletins();

    @Message("Viết bản tin")
    String navCompose();

    @Message("Duyệt bản tin")
    String navApprovals();

    @Message("Buổi phát")
    String navBroadcasts();

    @Message("Nhật ký phát")
    String navLog();

    @Message("Hệ thống loa")
    String navFleet();

    /** The button that opens the collapsed navigation on a phone. */
    @Message("Danh mục")
    String menu();

    @Message("Xin chào {name}")
    String hello(String name);

    @Message("Bạn có thể:")
    String youCan();

    @Message("viết bản tin mới, gửi duyệt và lên lịch phát các bản tin đã duyệt;")
    String canStaff();

    @Message("nghe và duyệt (hoặc trả lại) các bản tin chờ duyệt;")
    String canApprover();

    @Message("theo dõi các buổi phát và từng loa đã phát hay chưa.")
    String canFollow();

    @Message("Có {count} bản tin đang chờ duyệt.")
    String waiting(int count);
}
