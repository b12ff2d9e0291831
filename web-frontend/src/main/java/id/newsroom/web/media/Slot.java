package id.newsroom.web.media;

/**
 * Where a picture sits on a page, and so its {@code sizes} (the CSS width it is shown at, from site.css: .wrap is at
 * most 1100 px with 16 px padding, .story at most 760 px, .top's lead column 2fr of 1fr with a 24 px gap, the grid's
 * columns at least 230 px with 20 px gaps, a list card's image 220 px) and whether it is the page's lead image.
 */
public enum Slot {
    /** The article page's figure: the page's LCP element. */
    ARTICLE_LEAD("(max-width: 792px) calc(100vw - 32px), 760px", true, 800, 450),
    /** The home page's lead story: 2/3 of the content width, the whole width under 720 px. */
    HOME_LEAD("(max-width: 720px) calc(100vw - 32px), (max-width: 1100px) calc((100vw - 56px) * 2 / 3), 696px", true,
            800, 450),
    /** A card in a grid (home sections, related stories): 1 to 4 columns by the viewport. */
    GRID("(max-width: 511px) calc(100vw - 32px), (max-width: 761px) calc(50vw - 26px), "
            + "(max-width: 1011px) calc(33.4vw - 24px), 252px", false, 320, 180),
    /** A card in a list (section, tag and author pages). */
    LIST("(max-width: 720px) calc(100vw - 32px), 220px", false, 320, 180),
    /** A picture inside an article's body (at most the body's width). */
    BODY(ARTICLE_LEAD.sizes, false, 0, 0);

    private final String sizes;
    private final boolean lead;
    private final int boxWidth;
    private final int boxHeight;

    /** {@code boxWidth} x {@code boxHeight}: the 16:9 box an external picture of unknown size is given, as before. */
    Slot(String sizes, boolean lead, int boxWidth, int boxHeight) {
        this.sizes = sizes;
        this.lead = lead;
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
    }

    Integer boxWidth() {
        return boxWidth == 0 ? null : boxWidth;
    }

    Integer boxHeight() {
        return boxHeight == 0 ? null : boxHeight;
    }

    public String sizes() {
        return sizes;
    }

    public boolean lead() {
        return lead;
    }
}
