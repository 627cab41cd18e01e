package org.parley.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.parley.compare.Drafts.aDraft;
import static org.parley.compare.Drafts.point;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {

    private final Aligner aligner = new Aligner();

    private static final List<PointText> OLD = List.of(
            point("1", "The parties agree to an immediate and complete ceasefire along the whole line of contact."),
            point("2", "An international monitoring mission shall verify the withdrawal of heavy weapons."),
            point("3", "Sanctions shall be lifted in stages once the monitoring mission confirms compliance."),
            point("4", "Prisoners of war shall be exchanged on an all for all basis within thirty days."),
            point("5", "Elections shall be held in all territories within one hundred days after signature."),
            point("6", "The central bank assets frozen abroad shall be placed in a reconstruction fund."));

    private static Link linkFrom(Alignment alignment, String number) {
        return alignment.links().stream().filter(l -> l.from().contains(number)).findFirst().orElseThrow();
    }

    @Test
    void align_marksIdenticalDraftsAsKept() {
        Alignment alignment = aligner.align(OLD, OLD);

        assertThat(alignment.links()).extracting(Link::kind).containsOnly(LinkKind.KEPT).hasSize(6);
        assertThat(alignment.links()).extracting(Link::score).containsOnly(1.0);
        assertThat(alignment.dropped()).isEmpty();
        assertThat(alignment.added()).isEmpty();
        assertThat(alignment.suggestions()).isEmpty();
    }

    @Test
    void align_detectsRenumberingAfterAnInsertion() {
        var updated = new ArrayList<>(OLD.subList(0, 2));
        updated.add(point("3", "A demilitarised zone of fifteen kilometres shall be created on both sides."));
        for (PointText p : OLD.subList(2, 6)) {
            updated.add(point(Integer.toString(Integer.parseInt(p.number()) + 1), p.text()));
        }

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(alignment.added()).containsExactly("3");
        assertThat(linkFrom(alignment, "3").to()).containsExactly("4");
        assertThat(linkFrom(alignment, "3").kind()).isEqualTo(LinkKind.RENUMBERED);
        assertThat(linkFrom(alignment, "1").kind()).isEqualTo(LinkKind.KEPT);
    }

    @Test
    void align_detectsRewordingWithRedline() {
        var updated = new ArrayList<>(OLD);
        updated.set(3, point("4", "Prisoners of war shall be exchanged on an all for all basis within sixty days."));

        Link link = linkFrom(aligner.align(OLD, updated), "4");

        assertThat(link.kind()).isEqualTo(LinkKind.REWORDED);
        assertThat(link.score()).isBetween(0.5, 0.999);
        assertThat(link.redline()).containsSubsequence(
                new RedlineOp(RedlineOp.Op.DELETE, "thirty "),
                new RedlineOp(RedlineOp.Op.INSERT, "sixty "));
    }

    @Test
    void align_detectsMoveOutOfOrder() {
        List<PointText> updated = List.of(OLD.get(0), point("2", OLD.get(2).text()), point("3", OLD.get(3).text()),
                point("4", OLD.get(4).text()), point("5", OLD.get(5).text()), point("6", OLD.get(1).text()));

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(linkFrom(alignment, "2").kind()).isEqualTo(LinkKind.MOVED);
        assertThat(linkFrom(alignment, "2").to()).containsExactly("6");
        assertThat(alignment.links()).filteredOn(l -> l.kind() == LinkKind.MOVED).hasSize(1);
    }

    @Test
    void align_detectsMergeOfTwoPoints() {
        List<PointText> updated = List.of(OLD.get(0), OLD.get(1),
                point("3", OLD.get(2).text() + " " + OLD.get(5).text()),
                OLD.get(3), OLD.get(4));

        Link link = linkFrom(aligner.align(OLD, updated), "3");

        assertThat(link.kind()).isEqualTo(LinkKind.MERGED);
        assertThat(link.from()).containsExactly("3", "6");
        assertThat(link.to()).containsExactly("3");
    }

    /** {@link #OLD} with point 2 split into {@code first} and {@code second}, the rest renumbered. */
    private static List<PointText> withPointTwoSplitInto(String first, String second) {
        return List.of(OLD.get(0), point("2", first), point("3", second),
                point("4", OLD.get(2).text()), point("5", OLD.get(3).text()), point("6", OLD.get(4).text()),
                point("7", OLD.get(5).text()));
    }

    @Test
    void align_detectsSplitIntoTwoPoints() {
        List<PointText> updated = withPointTwoSplitInto("An international monitoring mission shall be deployed.",
                "It shall verify the withdrawal of heavy weapons.");

        Link link = linkFrom(aligner.align(OLD, updated), "2");

        assertThat(link.kind()).isEqualTo(LinkKind.SPLIT);
        assertThat(link.to()).containsExactly("2", "3");
        assertThat(link.redline()).extracting(RedlineOp::op).contains(RedlineOp.Op.EQUAL, RedlineOp.Op.INSERT);
    }

    @Test
    void align_detectsSplitWhosePieceAddsNewWords() {
        List<PointText> updated = withPointTwoSplitInto(
                "An international monitoring mission shall be deployed along the contact line.",
                "The mission shall verify the withdrawal of heavy weapons.");

        Link link = linkFrom(aligner.align(OLD, updated), "2");

        assertThat(link.kind()).isEqualTo(LinkKind.SPLIT);
        assertThat(link.to()).containsExactly("2", "3");
    }

    @Test
    void align_joinsALeadInToTheSplitOfItsItems() {
        List<PointText> updated = withLeadIn("Sanctions relief, without prejudice to later agreements:");

        Link link = linkFrom(aligner.align(OLD, updated), "3");

        assertThat(link.kind()).isEqualTo(LinkKind.SPLIT);
        assertThat(link.to()).containsExactly("3", "3.1", "3.2");
    }

    @Test
    void align_joinsALeadInToTheMergeOfItsItems() {
        List<PointText> listed = withLeadIn("Sanctions relief, without prejudice to later agreements:");

        Link link = linkFrom(aligner.align(listed, OLD), "3");

        assertThat(link.kind()).isEqualTo(LinkKind.MERGED);
        assertThat(link.from()).containsExactly("3", "3.1", "3.2");
        assertThat(link.to()).containsExactly("3");
    }

    @Test
    void align_leavesAnUnrelatedHeadingAboveLinkedItemsAdded() {
        List<PointText> updated = withLeadIn("Transitional arrangements for the first year:");

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(alignment.added()).containsExactly("3");
        assertThat(linkFrom(alignment, "3").to()).containsExactly("3.1", "3.2");
    }

    private static final List<PointText> UNHEADED = List.of(
            point("3.1", "The holder may copy the plan and share verbatim copies of it in any medium."),
            point("3.2", "The holder may change the plan, provided that the changed plan names the place it may be obtained from."),
            point("3.3", "The holder may share a changed plan, provided that the holder shall:"),
            point("3.3.a", "mark every changed sheet with the date and a short account of the change;"),
            point("3.3.b", "license the changed plan under these terms."),
            point("5.1", "DISCLAIMER - The plan is provided as it is, without any warranty of quality or of fitness for a purpose."),
            point("5.2", "LIMITATION OF LIABILITY - The licensor shall have no liability for any damage arising from the use of the plan."));

    @Test
    void align_leavesANewHeadingAdded_whoseItemsCameFromSeveralPointsWithoutAHeading() {
        List<PointText> headed = List.of(
                point("3", "Copying, changing and sharing the plan"),
                point("3.1", "You may copy the plan and share verbatim copies of it in any medium."),
                point("3.2", "You may change the plan, provided that the changed plan names the place it may be obtained from."),
                point("3.3", "You may share a changed plan, provided that you:"),
                point("3.3.a", "mark every changed sheet with the date and a short account of the change;"),
                point("3.3.b", "license the changed plan under these terms."),
                point("6", "DISCLAIMER AND LIABILITY"),
                point("6.1", "DISCLAIMER OF WARRANTY - The plan is provided as it is, without any warranty of quality or of fitness for a purpose."),
                point("6.2", "LIMITATION OF LIABILITY - The licensor shall have no liability for any damage arising from the use of the plan."));

        Alignment alignment = aligner.align(UNHEADED, headed);

        assertThat(alignment.added()).containsExactly("3", "6");
        assertThat(alignment.links()).extracting(Link::from, Link::to).containsExactly(
                tuple(List.of("3.1"), List.of("3.1")), tuple(List.of("3.2"), List.of("3.2")),
                tuple(List.of("3.3"), List.of("3.3")), tuple(List.of("3.3.a"), List.of("3.3.a")),
                tuple(List.of("3.3.b"), List.of("3.3.b")), tuple(List.of("5.1"), List.of("6.1")),
                tuple(List.of("5.2"), List.of("6.2")));
    }

    @Test
    void align_splitsAPointIntoEveryPieceThatLiesWithinIt_evenOneThatAddsLittleToTheOthers() {
        String inGeneral = "In general. The duties of section 3 apply to the founding city, except as this amendment and sections 2.2 and 2.3 provide.";
        String otherVessels = "Other vessels. The founding city may moor vessels other than its own ferries at the quays during the two years after"
                + " the opening, without such vessels becoming subject to these terms, and may charge such vessels on different terms from"
                + " those set out here.";
        String ownFerries = "Own ferries. The founding city may moor its own ferries, including ferries refitted since, without such %s becoming"
                + " subject to these terms, and may charge such %s on different terms from those set out here.";
        List<PointText> before = List.of(
                point("1", "The port authority publishes its tariff every spring."),
                point("2", String.join(" ", "Use of the quays by the founding city.", inGeneral, otherVessels,
                        String.format(ownFerries, "vessels", "vessels"))),
                point("3", "Disputes go to the harbour court."));
        List<PointText> after = List.of(before.get(0),
                point("2", "Use of the quays by the founding city."),
                point("2.1", inGeneral),
                point("2.2", otherVessels),
                point("2.3", String.format(ownFerries, "ferries", "ferries")),
                point("3", before.get(2).text()));

        Alignment alignment = aligner.align(before, after);

        assertThat(linkFrom(alignment, "2").to()).containsExactly("2", "2.1", "2.2", "2.3");
        assertThat(alignment.added()).isEmpty();
    }

    private static final List<PointText> LEASE = List.of(
            point("1", "The tenant pays the rent on the first working day of each month into the landlord's account."),
            point("2", "The tenant keeps the flat clean and in good repair and airs it daily. Small repairs up to one hundred euros"
                    + " each are at the tenant's own cost. The landlord may inspect the flat twice a year after giving written notice"
                    + " of one week. Keys may not be copied without consent."),
            point("3", "Pets other than small caged animals need the landlord's prior written consent."),
            point("4", "Either party may end the lease by giving three months' notice in writing."));

    private static final List<PointText> LEASE_INSPECTIONS_APART = List.of(LEASE.get(0),
            point("2", "The tenant keeps the flat clean and in good repair and airs it daily. Small repairs up to one hundred euros"
                    + " each are at the tenant's own cost. Keys may not be copied without consent."),
            LEASE.get(2), LEASE.get(3),
            point("5", "Inspections. The landlord may inspect the flat twice a year after giving the tenant written notice of"
                    + " one week. Smoke alarms are tested at every visit, and a record is signed by both."));

    @Test
    void align_splitsAPointWhoseSentenceWentToAPointElsewhere() {
        Alignment alignment = aligner.align(LEASE, LEASE_INSPECTIONS_APART);

        assertThat(linkFrom(alignment, "2").to()).containsExactly("2", "5");
        assertThat(alignment.added()).isEmpty();
    }

    @Test
    void align_neverAddsAPieceByItsSentencesToALinkAPersonConfirmed() {
        var confirmed = List.of(new ConfirmedLink(List.of("2"), List.of("2")));

        Alignment alignment = aligner.align(LEASE, LEASE_INSPECTIONS_APART, confirmed);

        assertThat(linkFrom(alignment, "2").to()).containsExactly("2");
        assertThat(alignment.added()).containsExactly("5");
    }

    @Test
    void align_leavesAPointAdded_whoseSentenceOnlyRepeatsOneTheOldPointsPartnerKept() {
        List<PointText> redrafted = List.of(LEASE.get(0), LEASE.get(1), LEASE.get(2), LEASE.get(3),
                point("5", "Gardens. The landlord may inspect the garden twice a year after giving written notice of one week."
                        + " The tenant mows the lawn from April to October and trims the hedge in June."));

        Alignment alignment = aligner.align(LEASE, redrafted);

        assertThat(linkFrom(alignment, "2").to()).containsExactly("2");
        assertThat(alignment.added()).containsExactly("5");
    }

    private static final List<PointText> HARBOUR = List.of(
            point("1", "The harbour master keeps a register of every ship in port."),
            point("2", "A ship may leave port once the register shows its dues paid and its cargo declared, provided that one of the following holds:"),
            point("2.a", "the master shows a receipt from the port office for every berth due"),
            point("2.b", "the cargo carries the customs seal of the eastern quay"),
            point("3", "Pilots board each departing ship at the outer buoy."));

    @Test
    void align_joinsALeadInToTheLinkOfThePointWhoseItemsItsItemsCameFrom() {
        List<PointText> recast = List.of(HARBOUR.get(0),
                point("2", "The register shows for every ship whether its dues are paid and its cargo declared."),
                point("3", "Departure. No ship leaves port unless:"),
                point("3.a", HARBOUR.get(2).text()),
                point("3.b", HARBOUR.get(3).text()),
                point("4", HARBOUR.get(4).text()));

        Alignment alignment = aligner.align(HARBOUR, recast);

        assertThat(linkFrom(alignment, "2").to()).containsExactly("2", "3");
        assertThat(linkFrom(alignment, "2.a").to()).containsExactly("3.a");
        assertThat(alignment.added()).isEmpty();
    }

    /** A lead-in numbered 4 over {@code items} (4.a, 4.b...), and a point 5 after them. */
    private static List<PointText> leadInOver(String leadIn, String... items) {
        var points = new ArrayList<PointText>(List.of(point("4", leadIn)));
        for (int k = 0; k < items.length; k++) {
            points.add(point("4." + (char) ('a' + k), items[k]));
        }
        points.add(point("5", "The licence ends when its terms are broken."));
        return points;
    }

    private static final String SHIP_A_COPY = "ship a complete and unmodified copy of the plan with the changed sheets";
    private static final String A_COPY_GOES = "a complete and unmodified copy of the plan goes with the changed sheets";
    private static final String TELL_WHERE = "tell those who receive the changed sheets where the plan may be obtained";
    private static final String TOLD_WHERE = "those who receive the changed sheets are told where the plan may be obtained";

    @Test
    void align_linksTwoLeadInsWithoutAWordInCommon_whoseItemsPairOff() {
        List<PointText> either = leadInOver("You must do either (A) or (B):", SHIP_A_COPY, TELL_WHERE);
        List<PointText> oneOf = leadInOver("One of the following is required:", A_COPY_GOES, TOLD_WHERE);

        Alignment alignment = aligner.align(either, oneOf);

        assertThat(linkFrom(alignment, "4").to()).containsExactly("4");
        assertThat(alignment.dropped()).isEmpty();
    }

    @Test
    void align_leavesTwoLeadInsWithoutAWordInCommonApart_whenOnlySomeOfTheirItemsPairOff() {
        List<PointText> either = leadInOver("You must do either (A), (B) or (C):", SHIP_A_COPY, TELL_WHERE, "keep a record for ten years");
        List<PointText> oneOf = leadInOver("One of the following is required:", A_COPY_GOES, TOLD_WHERE, "print on recycled paper");

        Alignment alignment = aligner.align(either, oneOf);

        assertThat(alignment.dropped()).contains("4");
        assertThat(alignment.added()).contains("4");
    }

    @Test
    void align_linksAnItemReworded_whoseWordsTheOldLeadInMatchesBetter() {
        List<PointText> conditions = List.of(
                point("1", "You may change the plan and share the changed plan, provided that you meet all of these conditions. "
                        + "They apply to the changed plan as a whole, to every part of it regardless of who drew it."),
                point("1.a", "you mark the changed sheets with the date of each change"),
                point("1.b", "you share the whole changed plan at no charge with everyone"),
                point("1.c", "you print a notice on the title sheet saying there is no warranty"));
        List<PointText> redrafted = List.of(
                point("1", "You may convey a plan based on this one, provided that you meet all of these conditions:"),
                point("1.a", "the changed sheets carry a mark with the date of each change"),
                point("1.b", "the plan carries a notice that it is released under this Licence"),
                point("1.c", "you license the entire changed plan, as a whole, to anyone who gets a copy, every part regardless of who drew it"),
                point("1.d", "the title sheet prints a notice that there is no warranty"));

        Alignment alignment = aligner.align(conditions, redrafted);

        assertThat(linkFrom(alignment, "1.b").to()).containsExactly("1.c");
        assertThat(alignment.added()).containsExactly("1.b");
    }

    /** OLD with point 3 recast as a lead-in numbered 3 and two items 3.1 and 3.2. */
    private static List<PointText> withLeadIn(String leadIn) {
        var updated = new ArrayList<>(OLD.subList(0, 2));
        updated.add(point("3", leadIn));
        updated.add(point("3.1", "sanctions shall be lifted in stages,"));
        updated.add(point("3.2", "once the monitoring mission confirms compliance."));
        updated.addAll(OLD.subList(3, 6));
        return updated;
    }

    @Test
    void align_linksAHeavilyRewordedPointSqueezedBetweenLinkedNeighbours() {
        var updated = new ArrayList<>(OLD);
        updated.set(1, point("2", "International observers check that heavy guns are pulled back."));

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(linkFrom(alignment, "2").to()).containsExactly("2");
        assertThat(linkFrom(alignment, "2").kind()).isEqualTo(LinkKind.REWORDED);
        assertThat(alignment.dropped()).isEmpty();
    }

    @Test
    void align_linksHeavilyRewordedPointsThatMoved() {
        List<PointText> updated = List.of(
                point("1", "Voting takes place across every territory no later than one hundred days from signing."),
                point("2", "Once the mission attests that the terms are respected, sanctions are removed step by step."),
                point("3", "Frozen central bank money held abroad goes into a fund to rebuild the country."));

        Alignment alignment = aligner.align(OLD.subList(2, 6), updated);

        assertThat(linkFrom(alignment, "5").to()).containsExactly("1");
        assertThat(linkFrom(alignment, "3").to()).containsExactly("2");
        assertThat(linkFrom(alignment, "6").to()).containsExactly("3");
        assertThat(alignment.dropped()).containsExactly("4");
    }

    @Test
    void align_readsAConfirmedMergeInTheDraftsOrder_howeverItWasNamed() {
        var merged = List.of(OLD.get(0), point("2", OLD.get(1).text() + " " + OLD.get(4).text()));

        Link link = linkFrom(aligner.align(OLD, merged, List.of(new ConfirmedLink(List.of("5", "2"), List.of("2")))), "2");

        assertThat(link.label()).isEqualTo("merged 2 + 5 → 2");
        assertThat(link.redline()).extracting(RedlineOp::text).first().asString().startsWith("An international monitoring mission");
    }

    @Test
    void align_callsMovedThePointCarriedFarthest_whereTwoLinksCross() {
        var updated = List.of(OLD.get(0),
                point("2", "Elections shall be held in all the territories within one hundred days after signature."),
                point("3", OLD.get(1).text()));

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(alignment.links()).extracting(Link::label)
                .containsExactly("kept 1", "moved 2 → 3", "reworded 5 → 2");
    }

    @Test
    void align_ofTheSeedDrafts_callsPoint16BroughtUpTo6Moved() throws IOException {
        JsonNode demo = new ObjectMapper().readTree(Path.of("src/main/resources/demo/ukraine-2025.json").toFile());

        Alignment alignment = aligner.align(seedDraft(demo, "A"), seedDraft(demo, "E"));

        assertThat(alignment.links()).extracting(Link::label).contains("moved 16 → 6", "reworded 11 → 7");
    }

    private static List<PointText> seedDraft(JsonNode demo, String id) {
        var points = new ArrayList<PointText>();
        for (JsonNode draft : demo.path("drafts")) {
            if (draft.path("id").asText().equals(id)) {
                draft.path("points").forEach(p -> points.add(point(p.path("number").asText(), p.path("text").asText())));
            }
        }
        return points;
    }

    @Test
    void align_linksAPointRewrittenAroundAClauseCarriedOverWordForWord() {
        var from = new ArrayList<>(OLD);
        from.add(point("7", "Neutral observers monitor the line of contact and report every week to both capitals."));
        var to = new ArrayList<PointText>();
        to.add(point("0", "A joint commission of engineers rebuilds the bridges, dams and rail links destroyed in the fighting, "
                + "pays the contractors from the fund, and lets neutral observers monitor the line of contact meanwhile."));
        to.addAll(OLD);

        Alignment alignment = aligner.align(from, to);

        assertThat(alignment.links()).extracting(Link::label).contains("moved 7 → 0");
        assertThat(alignment.dropped()).isEmpty();
    }

    @Test
    void align_linksNoPointsWhoseOnlyCommonGroundIsAStockPhraseCarriedOver() {
        var from = new ArrayList<>(OLD.subList(0, 1));
        from.add(point("2", "If the register as you received it lists a ship twice, the harbour master strikes out the later entry."));
        from.addAll(OLD.subList(3, 5));
        var to = new ArrayList<>(OLD.subList(0, 1));
        to.add(point("2", OLD.get(3).text()));
        to.add(point("3", OLD.get(4).text()));
        to.add(point("4", "Pilots board every departing vessel at the outer buoy; if the register as you received it "
                + "names no pilot, the port office appoints one."));

        Alignment alignment = aligner.align(from, to);

        assertThat(alignment.dropped()).containsExactly("2");
        assertThat(alignment.added()).containsExactly("4");
    }

    @Test
    void align_suggestsASplitWhereAnAddedPointOpensWithTheSentenceALinkedPointLost() {
        var from = new ArrayList<>(OLD);
        from.set(1, point("2", OLD.get(1).text() + " Its reports may only be withheld on the basis of a joint decision."));
        var to = new ArrayList<>(OLD);
        to.add(point("7", "Its reports may only be withheld on the basis of a joint decision. Where a report concerns troop "
                + "movements, the joint commission may delay its publication for up to ninety days, and shall say why."));

        Alignment alignment = aligner.align(from, to);

        assertThat(alignment.links()).extracting(Link::label).contains("reworded 2");
        assertThat(alignment.added()).containsExactly("7");
        assertThat(alignment.suggestionsTo("7")).extracting(Suggestion::from, Suggestion::to, Suggestion::kind)
                .containsExactly(tuple(List.of("2"), List.of("2", "7"), LinkKind.SPLIT));
    }

    /** Two new points that each hold part of old point 6's words (its bank, its reconstruction fund). */
    private static final String BANK_PIECE = "A development bank lends to small firms in the east.";
    private static final String TRUSTS_PIECE = "Several reconstruction trusts raise money from donors.";

    @Test
    void align_splitsAPointIntoTheTwoNewPointsThatContinueItsNeighboursLinkAndTogetherMatchItBest() {
        var updated = new ArrayList<>(OLD.subList(0, 5));
        updated.add(point("6", BANK_PIECE));
        updated.add(point("7", TRUSTS_PIECE));

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(alignment.links()).extracting(Link::label).contains("split 6 → 6 + 7");
        assertThat(alignment.dropped()).isEmpty();
        assertThat(alignment.added()).isEmpty();
        assertThat(aligner.align(updated, OLD).links()).extracting(Link::label).as("and the other way, a merge")
                .contains("merged 6 + 7 → 6");
    }

    @Test
    void align_splitsTheFirstPointIntoTheTwoNewPointsBeforeItsNeighboursLink() {
        var old = new ArrayList<PointText>();
        old.add(point("0", OLD.get(5).text()));
        old.addAll(OLD.subList(0, 5));
        var updated = new ArrayList<PointText>();
        updated.add(point("0", BANK_PIECE));
        updated.add(point("0a", TRUSTS_PIECE));
        updated.addAll(OLD.subList(0, 5));

        assertThat(aligner.align(old, updated).links()).extracting(Link::label).contains("split 0 → 0 + 0a");
    }

    @Test
    void align_leavesTwoNewPointsBesideALinkApart_whenTogetherTheyMatchThePointNoBetterThanOneAlone() {
        var updated = new ArrayList<>(OLD.subList(0, 5));
        updated.add(point("6", "A fund for schools is created."));
        updated.add(point("7", "Fishing is free."));

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(alignment.links()).extracting(Link::label).noneMatch(label -> label.startsWith("split 6"));
        assertThat(alignment.added()).contains("7");
    }

    @Test
    void align_leavesAReplacementThatSharesOnlyCommonWordsUnlinked() {
        var updated = new ArrayList<>(OLD);
        updated.set(3, point("4", "Grain exports shall be protected by both navies within thirty days."));

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(alignment.dropped()).containsExactly("4");
        assertThat(alignment.added()).containsExactly("4");
    }

    @Test
    void align_suggestsTheReplacementItLeftUnlinked_asRewordedInPlace() {
        var updated = new ArrayList<>(OLD);
        updated.set(3, point("4", "Grain exports shall be protected by both navies within thirty days."));

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(alignment.suggestions()).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.from()).containsExactly("4");
            assertThat(suggestion.to()).containsExactly("4");
            assertThat(suggestion.kind()).isEqualTo(LinkKind.REWORDED);
            assertThat(suggestion.score()).isBetween(0.1, 0.35);
        });
        assertThat(alignment.suggestionsFrom("4")).isEqualTo(alignment.suggestionsTo("4")).hasSize(1);
        assertThat(alignment.suggestionsFrom("5")).isEmpty();
    }

    @Test
    void align_suggestsAPointOutOfPlace_asMoved() {
        var updated = new ArrayList<PointText>();
        updated.add(point("0", "Civilians held by either side shall be released within thirty days."));
        OLD.stream().filter(p -> !p.number().equals("4")).forEach(updated::add);

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(alignment.dropped()).containsExactly("4");
        assertThat(alignment.added()).containsExactly("0");
        assertThat(alignment.suggestions()).extracting(Suggestion::from, Suggestion::to, Suggestion::kind)
                .containsExactly(tuple(List.of("4"), List.of("0"), LinkKind.MOVED));
    }

    private static final List<PointText> TREATY = List.of(
            point("14", "Establishment. The Parties hereby establish the Joint Commission, composed of three commissioners appointed "
                    + "by each Party. The Commission takes its decisions by consensus."),
            point("15", "Functions. The Commission shall monitor the application of this Treaty and keep the hydrological record."),
            point("16", "Budget. The Parties shall fund the Commission in equal shares."));
    private static final List<PointText> TREATY_FOLDED = List.of(
            point("15", "Joint Commission. The Parties hereby establish the Joint Commission, composed of three commissioners appointed "
                    + "by each Party and funded by the Parties in equal shares, with a budget of its own; the Commission takes its decisions by "
                    + "consensus."),
            point("16", "Functions. The Commission shall monitor the application of this Treaty and keep the hydrological record."));

    @Test
    void align_suggestsADroppedPointAsOneMorePieceOfAMerge_whenItsWordsLieInTheLinkedPoint() {
        Alignment alignment = aligner.align(TREATY, TREATY_FOLDED);

        assertThat(alignment.dropped()).containsExactly("16");
        assertThat(alignment.suggestions()).extracting(Suggestion::from, Suggestion::to, Suggestion::kind)
                .containsExactly(tuple(List.of("14", "16"), List.of("15"), LinkKind.MERGED));
        assertThat(alignment.suggestionsFrom("16")).hasSize(1);
        assertThat(alignment.suggestionsFrom("14")).as("only an unlinked point is offered one").hasSize(1);
    }

    @Test
    void align_suggestsAnAddedPointAsOneMorePieceOfASplit() {
        Alignment alignment = aligner.align(TREATY_FOLDED, TREATY);

        assertThat(alignment.added()).containsExactly("16");
        assertThat(alignment.suggestions()).extracting(Suggestion::from, Suggestion::to, Suggestion::kind)
                .containsExactly(tuple(List.of("15"), List.of("14", "16"), LinkKind.SPLIT));
    }

    @Test
    void align_neverSuggestsExtendingALinkAPersonConfirmed() {
        Alignment alignment = aligner.align(TREATY, TREATY_FOLDED, List.of(new ConfirmedLink(List.of("14"), List.of("15"))));

        assertThat(alignment.dropped()).containsExactly("16");
        assertThat(alignment.suggestions()).isEmpty();
    }

    @Test
    void align_suggestsNothingForAPointConfirmedAsDropped() {
        var updated = new ArrayList<>(OLD);
        updated.set(3, point("4", "Grain exports shall be protected by both navies within thirty days."));

        Alignment alignment = aligner.align(OLD, updated, List.of(new ConfirmedLink(List.of("4"), List.of())));

        assertThat(alignment.dropped()).containsExactly("4");
        assertThat(alignment.suggestions()).isEmpty();
    }

    @Test
    void align_suggestsNothingBetweenPointsWithoutAWordInCommon() {
        var updated = new ArrayList<>(OLD);
        updated.set(3, point("4", "Grain exports are protected by both navies."));

        Alignment alignment = aligner.align(OLD, updated);

        assertThat(alignment.dropped()).containsExactly("4");
        assertThat(alignment.suggestions()).isEmpty();
    }

    @Test
    void align_doesNotTrustNumbers() {
        List<PointText> updated = List.of(
                point("1", "Grain exports through the Black Sea ports shall be protected by the navy."),
                point("2", OLD.get(0).text()));

        Alignment alignment = aligner.align(OLD.subList(0, 1), updated);

        assertThat(alignment.added()).containsExactly("1");
        assertThat(linkFrom(alignment, "1").to()).containsExactly("2");
        assertThat(linkFrom(alignment, "1").kind()).isEqualTo(LinkKind.RENUMBERED);
    }

    @Test
    void align_dropsAndAddsUnrelatedPoints() {
        Alignment alignment = aligner.align(
                List.of(point("1", "Die Würde des Menschen ist unantastbar.")),
                List.of(point("1", "The football season starts in August.")));

        assertThat(alignment.links()).isEmpty();
        assertThat(alignment.dropped()).containsExactly("1");
        assertThat(alignment.added()).containsExactly("1");
    }

    @Test
    void align_handlesEmptySides() {
        assertThat(aligner.align(List.of(), List.of())).isEqualTo(new Alignment(List.of(), List.of(), List.of()));
        assertThat(aligner.align(OLD, List.of()).dropped()).hasSize(6);
        assertThat(aligner.align(List.of(), OLD).added()).hasSize(6);
    }

    @Test
    void align_handlesPointsWithoutWords() {
        Alignment alignment = aligner.align(List.of(point("1", ""), point("2", "—")), List.of(point("1", "")));

        assertThat(alignment.links()).singleElement().extracting(Link::kind).isEqualTo(LinkKind.KEPT);
        assertThat(alignment.dropped()).containsExactly("2");
    }

    @Test
    void align_keepsConfirmedLinksAndAlignsTheRestAroundThem() {
        var confirmed = List.of(new ConfirmedLink(List.of("6"), List.of("1")),
                new ConfirmedLink(List.of("2", "3"), List.of("2")),
                new ConfirmedLink(List.of("4"), List.of()));

        Alignment alignment = aligner.align(OLD, OLD, confirmed);

        assertThat(linkFrom(alignment, "6").to()).containsExactly("1");
        assertThat(linkFrom(alignment, "6").kind()).isEqualTo(LinkKind.MOVED);
        assertThat(linkFrom(alignment, "2").kind()).isEqualTo(LinkKind.MERGED);
        assertThat(linkFrom(alignment, "5").kind()).isEqualTo(LinkKind.KEPT);
        assertThat(alignment.dropped()).containsExactly("1", "4");
        assertThat(alignment.added()).containsExactly("3", "4", "6");
    }

    @Test
    void align_neverAddsALeadInToASplitAPersonConfirmed() {
        List<PointText> listed = withLeadIn("Sanctions relief, without prejudice to later agreements:");
        var confirmed = List.of(new ConfirmedLink(List.of("3"), List.of("3.1", "3.2")));

        Alignment alignment = aligner.align(OLD, listed, confirmed);

        assertThat(linkFrom(alignment, "3").to()).containsExactly("3.1", "3.2");
        assertThat(alignment.added()).containsExactly("3");
    }

    @Test
    void align_refusesRepeatedNumbers() {
        assertThatThrownBy(() -> aligner.align(List.of(point("1", "a"), point("1", "b")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats in the old draft");
    }

    @Test
    void align_refusesConfirmedLinksToUnknownOrTwiceNamedPoints() {
        assertThatThrownBy(() -> aligner.align(OLD, OLD, List.of(new ConfirmedLink(List.of("9"), List.of("1")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 9");
        assertThatThrownBy(() -> aligner.align(OLD, OLD, List.of(
                new ConfirmedLink(List.of("1"), List.of("1")), new ConfirmedLink(List.of("1"), List.of("2")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two confirmed links");
    }

    @Test
    void align_tellsRepeatedIdenticalPointsApartByPosition() {
        List<PointText> before = List.of(point("1", OLD.get(0).text()), point("2", "[repealed]"),
                point("3", OLD.get(1).text()), point("4", "[repealed]"), point("5", OLD.get(2).text()));
        List<PointText> after = List.of(point("1", OLD.get(0).text()), point("1a", "[repealed]"),
                point("2", OLD.get(1).text()), point("2a", "[repealed]"), point("3", OLD.get(2).text()));

        Alignment alignment = aligner.align(before, after);

        assertThat(linkFrom(alignment, "2").to()).containsExactly("1a");
        assertThat(linkFrom(alignment, "4").to()).containsExactly("2a");
        assertThat(alignment.links()).extracting(Link::kind).doesNotContain(LinkKind.MOVED);
    }

    @Test
    void align_onLargeRandomDraftsFindsEveryUnchangedPoint() {
        List<PointText> draft = aDraft(2000, 7);

        Alignment alignment = aligner.align(draft, draft);

        assertThat(alignment.links()).hasSize(2000).allMatch(l -> l.kind() == LinkKind.KEPT);
    }
}
