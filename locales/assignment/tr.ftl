# quizbox: the page of a self-paced assignment (/a/CODE), a player's page; language tr.
# UNREVIEWED: machine-drafted; no fluent speaker has reviewed these entries yet.

assignment-page-title = Ödev – quizbox
assignment-page-title-quiz = { $title } – quizbox
assignment-nickname = Takma ad
assignment-intro = Kendi hızında cevapla: her sorunun, soru göründüğünde başlayan kendi süresi var. Bu sayfayı kapatıp bu cihazda geri dönerek kaldığın yerden devam edebilirsin.
assignment-start = Başla
assignment-window = { $count ->
   *[other] { $count } soru · { $closes } tarihine kadar açık
}
assignment-not-open-title = Henüz açık değil
assignment-opens-on = Bu ödev { $opens } tarihinde açılıyor.
assignment-closed-title = Bu ödev kapandı
assignment-deadline-passed = Son tarihi geçti.
assignment-closed-summary = { $answered ->
   *[other] { $count } sorudan { $answered } tanesini cevapladın ve { $score } puan aldın.
}
assignment-question-of = Soru { $n } / { $count }
assignment-points = { $points ->
   *[other] { $points } puan
}
assignment-not-scored = puansız
assignment-time-left = Kalan süre
assignment-skip = Bu soruyu atla
assignment-continue = Devam
assignment-announce-question = Soru { $n }: { $text }
assignment-skipped = Atlandı
assignment-correct = Doğru!
assignment-saved = Cevap kaydedildi
assignment-gained = { $points ->
   *[other] +{ $points } puan
}
assignment-next = Sonraki soru
assignment-see-result = Sonucunu gör
assignment-finished = Bitti!
assignment-done-score = { $correct ->
   *[other] { $correct } doğru cevapla { $score } puan aldın.
}
assignment-done-rank = { NUMBER($rank, type: "ordinal") ->
   *[other] Bitirenler arasında { $rank }. sıradasın.
}
assignment-board = Şimdiki sıralama
assignment-board-line = { $name } — { $score } puan
assignment-announce-done = { $score } puanla bitti.
assignment-server-answered = Sunucu { $status } yanıtını verdi
assignment-not-saved = Sunucuya ulaşılamadı. Cevabın kaydedilmedi; yeniden dene.
assignment-unreachable-reload = Sunucuya ulaşılamadı. Yeniden denemek için sayfayı yenile.
assignment-unreachable = Sunucuya ulaşılamadı. Yeniden dene.
assignment-storage-retry = Sunucu şu anda kaydedemiyor (diski dolu ya da arızalı). Cevabın saklanıyor ve birazdan kendiliğinden yeniden gönderilecek; yeniden de cevaplayabilirsin.

## Whether an answer was right, and its points

assignment-partly-correct = Kısmen doğru
assignment-incorrect = Yanlış
assignment-gained-bonus = +{ $points } puan (+{ $bonus } seri bonusu dahil)
assignment-no-points = Puan yok
