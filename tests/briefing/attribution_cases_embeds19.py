"""Attribution cases of round 19 ("embeds19"): embedded social posts as pages show them after text
extraction (the post's text, then "— Ann Weller (@annweller) August 31, 2016", Instagram's "A post
shared by …" line, a news outlet's account signing), and things in the subject slot that must not
be speakers: a face or eyes "as if to say" (no one, or the owner), a sign, banner, hat, T-shirt,
mug or sticker (the text itself, never its wearer's words), a flyer or ad quoting someone (the one
quoted), a hashtag or video that "trended"/"went viral" after someone posted (the poster), and a
dash aside after a slogan ("— hung over Main Street") that is no signature. Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

EMBEDS19_CASES = cases(
    "organisations, documents and groups",
    [
        # embedded posts signed after the text
        ("“We are not backing down. Not now, not ever.”\n\n— Ann Weller (@annweller) August 31, 2016",
         "We are not backing down", "Ann Weller"),
        ("“Council just voted 5-4 to close the library. Shameful.” — Ann Weller (@annweller) August 31, 2016",
         "Council just voted", "Ann Weller"),
        ("“We did it! Thank you, District 9!” pic.twitter.com/xY7abc — Tom Reyes (@treyes) March 3, 2016",
         "We did it!", "Tom Reyes"),
        ("Reyes responded on Twitter.\n\n“Great night in Dayton. Thank you all! pic.twitter.com/k2Lm9Q”\n\n"
         "— Tom Reyes (@treyes) March 3, 2016", "Great night in Dayton", "Tom Reyes"),
        ("Kline fired back an hour later.\n\n“Tom Reyes has never run anything bigger than a lemonade stand.”\n\n"
         "— Joan Kline (@joankline) October 12, 2016", "Tom Reyes has never run", "Joan Kline"),
        ("The post went viral overnight.\n\n“THIS IS A DISGRACE AND EVERYONE KNOWS IT”\n\n"
         "— Dale Pruitt (@dpruitt) June 4, 2016", "THIS IS A DISGRACE", "Dale Pruitt"),
        ("Weller tweeted: “The vote is Tuesday. Show up.”\n\n“Weller is wrong about the vote and she knows it.”\n\n"
         "— Tom Reyes (@treyes) March 3, 2016", "Weller is wrong about", "Tom Reyes"),
        ("Weller tweeted: “The vote is Tuesday. Show up.”\n\n“Weller is wrong about the vote and she knows it.”\n\n"
         "— Tom Reyes (@treyes) March 3, 2016", "The vote is Tuesday", "Weller"),
        ("Weller tweeted: “The vote is Tuesday. Show up.”\n\nHer opponent had a different view.\n\n"
         "“DON'T BELIEVE THE LIES. VOTE NO ON 4.”\n\n— Tom Reyes (@treyes) March 3, 2016",
         "DON'T BELIEVE THE LIES", "Tom Reyes"),
        ("Reyes said the tweet was a joke. “It was obviously sarcastic,” he said.\n\n"
         "“Kline will lose by 20 points. Sad!”\n\n— Tom Reyes (@treyes) March 3, 2016",
         "Kline will lose by 20", "Tom Reyes"),
        ("Weller posted a photo from the rally.\n\n“Thank you, Dayton!!! pic.twitter.com/Ab12Cd”\n\n"
         "— Ann Weller (@annweller) August 31, 2016", "Thank you, Dayton", "Ann Weller"),
        ("“This is what democracy looks like” — Tom Reyes (@treyes) March 3, 2016",
         "This is what democracy", "Tom Reyes"),
        # an abbreviated month after the handle, an emoji in the display name
        ("“We are not backing down on the levy.”\n\n— Ann Weller (@annweller) Aug. 31, 2016",
         "We are not backing down on the levy", "Ann Weller"),
        ("“See you at the fair.” — Ann Weller (@annweller) Sept. 3, 2016", "See you at the fair", "Ann Weller"),
        ("“Happy Fourth, everyone.”\n\n— Ann Weller 🇺🇸 (@annweller) July 4, 2016", "Happy Fourth", "Ann Weller"),
        ("“Polls close at 9 p.m. tonight.” — The Daily Ledger (@dailyledger) Nov. 8, 2016", "Polls close at 9",
         ("the Daily Ledger", "The Daily Ledger")),
        # Instagram's "A post shared by" line signs the post
        ("View this post on Instagram\n\n“So grateful for every single one of you. See you in Denver.”\n\n"
         "A post shared by Ann Weller (@annweller) on Jul 2, 2016 at 5:12pm PDT",
         "So grateful for every", "Ann Weller"),
        ("“We did it!” A post shared by Tom Reyes (@treyes) on Jul 2, 2016 at 5:12pm PDT",
         "We did it!", "Tom Reyes"),
        ("View this post on Instagram\n\n“Back on the trail tomorrow, Ohio.”\n\n"
         "A video shared by Joan Kline (@joankline) on Sep 9, 2016 at 8:01am PDT",
         "Back on the trail", "Joan Kline"),
        # an outlet's account signs for the outlet
        ("The paper posted the result first.\n\n“Council votes 5-4 to close the Elm Street library.”\n\n"
         "— The Ledger (@ledger) May 9, 2016", "Council votes 5-4", ("the Ledger", "The Ledger")),
        ("“BREAKING: Council votes 5-4 to close the Elm Street library.” — The Ledger (@ledger) May 9, 2016",
         "BREAKING: Council votes", ("the Ledger", "The Ledger")),
        ("“Polls close at 8 p.m.” — The Daily Ledger (@dailyledger) November 8, 2016",
         "Polls close at 8", ("the Daily Ledger", "The Daily Ledger")),
        ("“Polls close at 8 p.m. Lines are long in Ward 4.”\n\n— Ledger Politics (@ledgerpol) November 8, 2016",
         "Polls close at 8", "Ledger Politics"),
        # a post opening on a label word ("BREAKING:", "UPDATE:") is still its account's
        ("“BREAKING: Council votes 5-4.”\n\n— Tom Reyes (@treyes) May 9, 2016", "BREAKING: Council votes 5-4.",
         "Tom Reyes"),
        ("The paper posted the result first.\n\n“BREAKING: Council votes 5-4 to close the Elm Street library.”\n\n"
         "— The Ledger (@ledger) May 9, 2016", "BREAKING: Council votes 5-4 to", ("the Ledger", "The Ledger")),
        ("“UPDATE: Polls will stay open until 9 p.m. in Ward 4.”\n\n— Ledger Politics (@ledgerpol) November 8, 2016",
         "UPDATE: Polls will stay", "Ledger Politics"),
        ("“Q: Will you run again?”\n\n— Tom Reyes", "Q: Will you run again?", None),
        # negatives: a signature without a handle is no post's, and a lower-case one is nobody's
        ("“We did it!”\n\nA post shared by Tom Reyes on Jul 2.", "We did it!", None),
        ("“We did it!”\n\n— the night desk (@nightdesk) May 9, 2016", "We did it!", None),
        # faces, eyes and looks: nobody (or the owner), never the face
        ("Her eyes said “Not again.”", "Not again", None),
        ("His face said it all: “I can't believe this.”", "I can't believe this", None),
        ("His eyes seemed to say “Don't ask me.”", "Don't ask me", None),
        ("Tom Reyes smiled, his face gleaming, as if to say “I told you so.”", "I told you so", ("Tom Reyes", None)),
        ("The look on her face said “Not this again.”", "Not this again", None),
        ("His expression said everything: “Not my problem.”", "Not my problem", None),
        ("Her smile seemed to say, “I win.”", "I win", None),
        ("Tom Reyes's face said “Why me?”", "Why me?", ("Tom Reyes", None)),
        ("Weller smiled as if to say “I knew it.”", "I knew it", ("Weller", None)),
        # signs, banners, hats, shirts, mugs and stickers: the text itself, never its wearer
        ("Supporters wore a campaign hat reading “Make Elm Street Great Again.”",
         "Make Elm Street", ("a campaign hat", None)),
        ("Outside the hall hung a banner that read “No New Taxes.”", "No New Taxes", ("a banner", None)),
        ("Weller's T-shirt read “I Survived the Recount.”", "I Survived the Recount", ("Weller's T-shirt", None)),
        ("His sign said “Honk if you hate tolls.”", "Honk if you hate", ("His sign", None)),
        ("A bumper sticker on the truck read “My other car is a tractor.”", "My other car",
         ("a bumper sticker", None)),
        ("Her mug said “World's Best Boss.”", "World's Best Boss", ("Her mug", None)),
        ("The crowd's T-shirts read “Recount Now.”", "Recount Now", ("T-shirts", None)),
        ("A sign in the window read “Closed for the strike.”", "Closed for the strike", ("a sign", None)),
        ("Reyes held up a sign reading “Vote Yes.”", "Vote Yes", ("a sign", None)),
        ("A man in the front row wore a T-shirt that said “Lock Them All Up.”", "Lock Them All Up",
         ("a T-shirt", None)),
        ("Weller wore a cap emblazoned with “Ohio Strong.”", "Ohio Strong", None),
        ("His bumper sticker reads, “I Brake for Ballots.”", "I Brake for Ballots", ("His bumper sticker", None)),
        ("Her T-shirt said it all: “Nevertheless, She Persisted.”", "Nevertheless, She", ("Her T-shirt", None)),
        ("A coffee mug on his desk reads “World's Okayest Mayor.”", "World's Okayest", ("a coffee mug", None)),
        ("Reyes's sign read “Honk for Reyes.”", "Honk for Reyes", ("Reyes's sign", None)),
        ("The banner — “Welcome Home, Troops” — hung over Main Street, Reyes said.", "Welcome Home",
         ("Reyes", None)),
        # ads, footage, videos and flyers: the one they show or quote
        ("The ad then cuts to footage of Reyes saying “I will never raise your taxes.”",
         "I will never raise", "Reyes"),
        ("The video shows Weller telling supporters “We will win this district.”", "We will win this", "Weller"),
        ("The mailer quotes Kline: “This budget is a disaster for working families.”",
         "This budget is a disaster", "Kline"),
        ("The flyer quotes Reyes: “We need more police on the streets.”", "We need more police", "Reyes"),
        ("The leaflet quotes Tom Reyes as saying “We need more police.”", "We need more police", "Tom Reyes"),
        ("The ad quotes Reyes: “We need more police on the streets.”", "We need more police", "Reyes"),
        ("The report quotes one official: “We need more police.”", "We need more police", "one official"),
        ("The ad shows Weller telling a crowd, “I will cut taxes for every family.”", "I will cut taxes", "Weller"),
        ("The new ad features Reyes saying, “I have never voted for a tax increase.”",
         "I have never voted", "Reyes"),
        ("In the commercial, Weller says: “My opponent is a career politician.”",
         "My opponent is a career", "Weller"),
        ("The footage shows Reyes shouting “Get out!”", "Get out!", "Reyes"),
        ("In the clip, Reyes can be heard saying “Get them out of here.”", "Get them out", "Reyes"),
        # an ad's scene told in the present, then "and" and the one who speaks
        ("The room goes quiet and Weller says, “Reyes is wrong about the mill.”", "Reyes is wrong about the mill",
         "Weller"),
        ("The music stops and a narrator says, “Reyes is wrong for the valley.”", "Reyes is wrong for the valley",
         "a narrator"),
        ("Then the screen goes black and a narrator says, “Tom Reyes: wrong for Ohio.”", "Tom Reyes: wrong",
         "a narrator"),
        ("The camera pans to the crowd and Weller says, “This is our moment.”", "This is our moment", "Weller"),
        ("The crowd cheered and Weller said, “Reyes is wrong about the levy.”", "Reyes is wrong about the levy",
         "Weller"),
        # an ad or video that opens or ends on someone: the one shown, or the ad when it is no one
        ("The spot ends with Reyes looking into the camera: “I approve this message because it's true.”",
         "I approve this message", "Reyes"),
        ("The ad closes with Weller at a kitchen table: “I know what it's like to struggle.”",
         "I know what it's like", "Weller"),
        ("The video opens with Kline standing in a cornfield: “This is where I grew up.”",
         "This is where I grew up", "Kline"),
        ("The clip ends with a shot of Reyes: “I'm Tom Reyes, and I approved this message.”",
         "I'm Tom Reyes, and", "Reyes"),
        ("The video ends on a farmer in his field: “Kline stood with us.”", "Kline stood with us", "a farmer"),
        ("The ad ends with a warning: “Reyes can't be trusted.”", "Reyes can't be trusted", ("the ad", None)),
        # a hashtag or a video that took off after someone spoke: the one who spoke
        ("The hashtag #NotMyMayor trended after Weller posted “Goodbye, City Hall.”", "Goodbye, City Hall",
         "Weller"),
        ("The hashtag trended after Weller tweeted “Goodbye, City Hall.”", "Goodbye, City Hall", "Weller"),
        ("The video went viral after Reyes said “We will win.”", "We will win", "Reyes"),
        ("The video went viral on Monday after Reyes said “We will win.”", "We will win", "Reyes"),
        ("The protest grew after Weller posted “Goodbye, City Hall.”", "Goodbye, City Hall", "Weller"),
    ],
)
