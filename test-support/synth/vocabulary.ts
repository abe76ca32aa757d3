// Words for the synthetic corpus, per language, in each language's own script and with its
// diacritics, so that folding, stemming and right-to-left layout are exercised at scale.

export const LANGUAGES = ['en', 'el', 'ru', 'ar', 'de', 'fr', 'it', 'es', 'tr'] as const
export type SynthLang = (typeof LANGUAGES)[number]

/** Share of articles per language (the international site is mostly English and Greek). */
export const LANGUAGE_WEIGHTS: Record<SynthLang, number> = {
  en: 30,
  el: 20,
  ru: 10,
  ar: 6,
  de: 8,
  fr: 8,
  it: 6,
  es: 8,
  tr: 4,
}

export const VOCABULARY: Record<SynthLang, string[]> = {
  en: 'the of and to in workers class struggle party people labour capital state power working movement political social economic government strike union communist rights wages production imperialist bourgeois popular countries conditions development revolutionary organisation crisis monopolies policy interests system socialism history society democracy solidarity international congress peace war youth women farmers unemployment'.split(
    ' ',
  ),
  el: 'και το της των στην εργάτες τάξη πάλη κόμμα λαός εργασία κεφάλαιο κράτος εξουσία κίνημα πολιτική κοινωνική οικονομική κυβέρνηση απεργία συνδικάτο κομμουνιστικό δικαιώματα μισθοί παραγωγή ιμπεριαλιστικός αστικός λαϊκός χώρες συνθήκες ανάπτυξη επαναστατικό οργάνωση κρίση μονοπώλια συμφέροντα σύστημα σοσιαλισμός ιστορία κοινωνία δημοκρατία αλληλεγγύη διεθνής συνέδριο ειρήνη πόλεμος νεολαία γυναίκες αγρότες ανεργία'.split(
    ' ',
  ),
  ru: 'и в на с рабочие класс борьба партия народ труд капитал государство власть движение политика социальный экономический правительство забастовка профсоюз коммунистический права зарплата производство империалистический буржуазный народный страны условия развитие революционный организация кризис монополии интересы система социализм история общество демократия солидарность международный съезд мир война молодёжь женщины крестьяне безработица'.split(
    ' ',
  ),
  ar: 'و في من على العمال الطبقة النضال الحزب الشعب العمل رأس المال الدولة السلطة الحركة السياسة الاجتماعية الاقتصادية الحكومة الإضراب النقابة الشيوعي الحقوق الأجور الإنتاج الإمبريالية البرجوازية الشعبية البلدان الظروف التنمية الثورية المنظمة الأزمة الاحتكارات المصالح النظام الاشتراكية التاريخ المجتمع الديمقراطية التضامن الدولي المؤتمر السلام الحرب الشباب النساء الفلاحين البطالة'.split(
    ' ',
  ),
  de: 'und der die das in Arbeiter Klasse Kampf Partei Volk Arbeit Kapital Staat Macht Bewegung Politik soziale wirtschaftliche Regierung Streik Gewerkschaft kommunistische Rechte Löhne Produktion imperialistische bürgerliche Länder Bedingungen Entwicklung revolutionäre Organisation Krise Monopole Interessen System Sozialismus Geschichte Gesellschaft Demokratie Solidarität internationale Kongress Frieden Krieg Jugend Frauen Bauern Arbeitslosigkeit Straße größte'.split(
    ' ',
  ),
  fr: 'et le la les des travailleurs classe lutte parti peuple travail capital État pouvoir mouvement politique sociale économique gouvernement grève syndicat communiste droits salaires production impérialiste bourgeoise populaire pays conditions développement révolutionnaire organisation crise monopoles intérêts système socialisme histoire société démocratie solidarité internationale congrès paix guerre jeunesse femmes paysans chômage élèves'.split(
    ' ',
  ),
  it: 'e il la dei delle lavoratori classe lotta partito popolo lavoro capitale Stato potere movimento politica sociale economica governo sciopero sindacato comunista diritti salari produzione imperialista borghese popolare paesi condizioni sviluppo rivoluzionaria organizzazione crisi monopoli interessi sistema socialismo storia società democrazia solidarietà internazionale congresso pace guerra gioventù donne contadini disoccupazione perché'.split(
    ' ',
  ),
  es: 'y el la los de trabajadores clase lucha partido pueblo trabajo capital Estado poder movimiento política social económica gobierno huelga sindicato comunista derechos salarios producción imperialista burguesa popular países condiciones desarrollo revolucionaria organización crisis monopolios intereses sistema socialismo historia sociedad democracia solidaridad internacional congreso paz guerra juventud mujeres campesinos desempleo año'.split(
    ' ',
  ),
  tr: 've bir bu için işçiler sınıf mücadele parti halk emek sermaye devlet iktidar hareket siyaset toplumsal ekonomik hükümet grev sendika komünist haklar ücretler üretim emperyalist burjuva halkçı ülkeler koşullar gelişme devrimci örgüt kriz tekeller çıkarlar sistem sosyalizm tarih toplum demokrasi dayanışma uluslararası kongre barış savaş gençlik kadınlar köylüler işsizlik İstanbul ılımlı'.split(
    ' ',
  ),
}
