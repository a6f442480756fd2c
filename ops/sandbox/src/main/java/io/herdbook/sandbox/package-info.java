/**
 * A loopback stand-in for the platform (TikTok) for demos, tests and benchmarks.
 *
 * <p>{@link io.herdbook.sandbox.Sandbox} serves the platform's own paths ({@code /@handle},
 * {@code /@handle/video/id}, {@code /api/post/item_list}, {@code /api/comment/list}) on
 * {@code 127.0.0.1}. Pages that were captured from the real platform are served byte for byte; every
 * other answer is generated in the platform's current format ({@code __UNIVERSAL_DATA_FOR_REHYDRATION__}
 * pages and web-API JSON) from the {@link io.herdbook.sandbox.CaptureLibrary}, so that it parses back
 * to the same values. When no capture folder exists the library is generated (three creators) so a
 * fresh clone still demos.
 *
 * <p>{@link io.herdbook.sandbox.Faults} injects the failures the platform really produces (the
 * captured CDN blocks, timeouts, 5xx, challenge shells) per path or per creator, in process or over
 * {@code /__sandbox/faults}, and the platform's bad days ({@link io.herdbook.sandbox.Fault}):
 * <ul>
 *   <li>{@code partial}: a post page of an existing post without {@code stats}/{@code statsV2};</li>
 *   <li>{@code zero-stats}: the same page with every count 0;</li>
 *   <li>{@code deleted} / {@code deleted:10202}: a gone account, its profile answering status 10221 (or 10202),
 *       its post list the same code with no posts, its post pages 10204;</li>
 *   <li>{@code hidden}: the profile counts its posts but the post list is {@code []} with {@code hasMore} false (C4);</li>
 *   <li>{@code stuck-cursor}: every post-list page is empty, {@code hasMore} true, with the cursor it was asked (C4);</li>
 *   <li>{@code rounded}: profile, post pages and list items carry only display-rounded {@code stats} integers,
 *       no {@code statsV2} (C2; the rule is {@link io.herdbook.sandbox.DisplayRounding}'s).</li>
 * </ul>
 * A bad-day fault touches only the routes it names; a page it changes is generated from the library, captured
 * or not. Healthy generated pages carry exact {@code statsV2} strings beside display-rounded {@code stats}
 * integers, as the platform's current pages do.
 */
package io.herdbook.sandbox;
