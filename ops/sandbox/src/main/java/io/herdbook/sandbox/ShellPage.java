package io.herdbook.sandbox;

/**
 * A bot-challenge shell like the ~1.5 KB page user-scanner reported (2026-08) for {@code /@handle}: a
 * script that would compute a token and reload, and no data script at all (CASES C5).
 */
final class ShellPage {

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>TikTok - Make Your Day</title>
            <style>html,body{margin:0;height:100%;background:#fff}#c{display:flex;height:100%;align-items:center;justify-content:center;font-family:Arial,sans-serif;color:#161823}</style>
            </head>
            <body>
            <div id="c"><noscript>Please enable JavaScript to continue.</noscript></div>
            <script type="text/javascript">
            (function () {
              var seed = "sandbox-challenge-7f3a9c1e";
              var w = window, d = document, n = navigator;
              function h(s) {
                var x = 2166136261;
                for (var i = 0; i < s.length; i++) { x ^= s.charCodeAt(i); x = (x * 16777619) >>> 0; }
                return x.toString(16);
              }
              var fp = [n.userAgent, n.language, screen.width + "x" + screen.height, new Date().getTimezoneOffset()].join("|");
              var token = h(seed + "|" + fp);
              try {
                d.cookie = "tt_chain_token=" + token + "; path=/; max-age=600; SameSite=Lax";
                d.cookie = "s_v_web_id=verify_" + token + "; path=/; max-age=600; SameSite=Lax";
              } catch (e) {}
              if (w.webdriver || n.webdriver) {
                d.getElementById("c").textContent = "Verifying you are human. This may take a few seconds.";
                return;
              }
              setTimeout(function () { w.location.reload(); }, 1500);
            })();
            </script>
            </body>
            </html>
            """;

    private ShellPage() {
    }
}
