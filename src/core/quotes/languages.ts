/**
 * The words the quote rules read in German, French, Spanish, Italian and Portuguese, one list per
 * language and purpose. English keeps its own lists (words.ts): its rules are older and read more.
 * Verbs are listed in the forms news writing uses around a quotation (present, past, the
 * participle of the perfect), not as stems: the languages inflect too irregularly for one rule.
 * Lists are grouped on lines by theme, so Prettier is told to leave them alone.
 */

export type RuledLanguage = 'de' | 'fr' | 'es' | 'it' | 'pt';

export interface LanguageWords {
  /** Finite speech verbs and participles: "sagte", "a déclaré" is read as "déclaré". */
  speechVerbs: string[];
  /** Words before a source: "so Renkema", "selon X", "según X", "laut X". */
  according: string[];
  /** Subject pronouns of a person, as written after a verb too ("sagte er", "dit-il"). */
  pronouns: string[];
  /** Articles and determiners that open a subject: "die Ministerin", "le ministre". */
  determiners: string[];
  /** Words before a name that say a person is meant ("Herr", "M.", "Mme", "señor"). */
  titles: string[];
  /**
   * Role nouns, matched as a word's ending so compounds count: "Konzernchef", "Pressesprecherin".
   * Lower case.
   */
  roles: string[];
  /**
   * Texts that speak as their authors do, the head of a described source: "dit le texte",
   * "señala el informe", "precisa il comunicato". Never a person, so never carried to one.
   */
  documents: string[];
  /** Prepositions: a phrase after one is an object, never the subject ("dijo a la red X"). */
  prepositions: string[];
  /** Frequent short words, to tell the language of a text. */
  common: string[];
}

// prettier-ignore
const DE: LanguageWords = {
  speechVerbs: [
    'sagt', 'sagte', 'sagten', 'gesagt', 'sagen', 'erklärt', 'erklärte', 'erklärten', 'betont',
    'betonte', 'meint', 'meinte', 'berichtet', 'berichtete', 'ergänzt', 'ergänzte', 'warnt',
    'warnte', 'gewarnt', 'mahnt', 'mahnte', 'fordert', 'forderte', 'gefordert', 'kritisiert',
    'kritisierte', 'schreibt', 'schrieb', 'geschrieben', 'erzählt', 'erzählte', 'schildert',
    'schilderte', 'räumt', 'räumte', 'scherzt', 'scherzte', 'fragt', 'fragte', 'gefragt',
    'antwortet', 'antwortete', 'kommentiert', 'kommentierte', 'führt', 'führte', 'weiß', 'wusste',
    'bestätigt', 'bestätigte', 'unterstreicht', 'unterstrich', 'versichert', 'versicherte', 'ruft',
    'rief', 'verrät', 'verriet', 'äußert', 'äußerte', 'geäußert', 'bekräftigt', 'bekräftigte',
    'beklagt', 'beklagte', 'klagt', 'klagte', 'kündigt', 'kündigte', 'findet', 'fand', 'glaubt',
    'glaubte', 'beteuert', 'beteuerte', 'resümiert', 'resümierte', 'gibt', 'gab', 'teilt', 'teilte',
    'erinnert', 'erinnerte', 'lacht', 'lachte', 'seufzt', 'seufzte', 'fügt', 'fügte', 'zitiert',
    'zitierte', 'stellt', 'stellte', 'sprach', 'spricht', 'twittert', 'twitterte', 'postet',
    'postete', 'bilanziert', 'bilanzierte', 'begründet', 'begründete', 'urteilt', 'urteilte',
    'wiederholt', 'wiederholte', 'hofft', 'hoffte', 'verspricht', 'versprach', 'appelliert',
    'appellierte', 'jubelt', 'jubelte', 'gesteht', 'gestand', 'empfiehlt', 'empfahl', 'drückt', 'drückte',
    'ausdrückt', 'ausdrückte', 'ausgedrückt',
  ],
  according: ['so', 'laut', 'zufolge'],
  pronouns: ['er', 'sie'],
  determiners: ['der', 'die', 'das', 'ein', 'eine', 'einer'],
  titles: ['herr', 'frau', 'dr', 'prof', 'pfarrer', 'pastor'],
  roles: [
    'chef', 'chefin', 'sprecher', 'sprecherin', 'führer', 'führerin', 'leiter', 'leiterin',
    'präsident', 'präsidentin', 'minister', 'ministerin', 'vorsitzende', 'vorsitzender',
    'direktor', 'direktorin', 'moderator', 'moderatorin', 'trainer', 'trainerin', 'kanzler',
    'kanzlerin', 'sekretär', 'sekretärin', 'experte', 'expertin', 'pastor', 'pfarrer', 'meister',
    'meisterin', 'professor', 'professorin', 'anwalt', 'anwältin', 'boss', 'manager', 'managerin',
    'gründer', 'gründerin', 'autor', 'autorin', 'sänger', 'sängerin', 'spieler', 'spielerin',
    'star', 'promi', 'abgeordnete', 'abgeordneter', 'politiker', 'politikerin', 'berater',
    'beraterin', 'analyst', 'analystin', 'forscher', 'forscherin', 'wissenschaftler',
    'wissenschaftlerin', 'arzt', 'ärztin', 'kenner', 'kennerin', 'insider', 'nutzer', 'nutzerin',
    'user', 'userin', 'kollege', 'kollegin', 'kommissar', 'kommissarin', 'botschafter',
    'botschafterin', 'bischof', 'papst', 'kardinal', 'richter', 'richterin', 'ökonom', 'ökonomin',
    'virologe', 'virologin', 'vertreter', 'vertreterin', 'mitglied', 'ceo', 'stratege',
    'strategin', 'senator', 'senatorin', 'gouverneur', 'gouverneurin', 'regisseur', 'regisseurin',
    'person',
  ],
  documents: [],
  prepositions: [
    'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'bei', 'beim', 'in', 'im', 'an', 'am', 'auf', 'aus',
    'für', 'gegenüber', 'nach', 'über', 'vor', 'dem', 'den', 'des',
  ],
  common: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'den', 'ein', 'eine',
    'auch', 'dem', 'wird', 'sie', 'von', 'zu', 'es',
  ],
};

// prettier-ignore
const FR: LanguageWords = {
  speechVerbs: [
    'dit', 'déclare', 'déclaré', 'déclarait', 'explique', 'expliqué', 'expliquait', 'affirme',
    'affirmé', 'affirmait', 'précise', 'précisé', 'ajoute', 'ajouté', 'souligne', 'souligné',
    'estime', 'estimé', 'assure', 'assuré', 'raconte', 'raconté', 'confie', 'confié', 'indique',
    'indiqué', 'écrit', 'écrivait', 'lance', 'lancé', 'lâche', 'lâché', 'glisse', 'glissé',
    'soupire', 'soupiré', 'poursuit', 'poursuivi', 'répond', 'répondu', 'réagi', 'réagit',
    'rappelle', 'rappelé', 'détaille', 'détaillé', 'développe', 'développé', 'assène', 'asséné',
    'insiste', 'insisté', 'admet', 'admis', 'reconnaît', 'reconnu', 'regrette', 'regretté',
    'dénonce', 'dénoncé', 'martèle', 'martelé', 'tweeté', 'commente', 'commenté', 'observe',
    'observé', 'note', 'noté', 'conclut', 'conclu', 'avertit', 'averti', 'témoigne', 'témoigné',
    'interroge', 'demande', 'demandé', 's’exclame', 'exclamé', 'résume', 'résumé', 'plaide',
    'plaidé', 'prévient', 'prévenu', 'juge', 'jugé', 'annonce', 'annoncé', 'met', 'relève',
    'relevé', 'analyse', 'analysé', 'souffle', 'soufflé', 'sourit', 'lire', 'disait', 'ironise',
    'ironisé', 'tranche', 'tranché', 'explique-t-il', 'révèle', 'révélé', 'révélait',
  ],
  according: ['selon', 'd’après', "d'après", 'pour'],
  pronouns: ['il', 'elle'],
  determiners: ['le', 'la', 'l’', "l'", 'les', 'un', 'une', 'ce', 'cette', 'son', 'sa'],
  titles: ['m', 'mme', 'mlle', 'me', 'dr', 'pr', 'monsieur', 'madame'],
  roles: [
    'ministre', 'président', 'présidente', 'porte-parole', 'directeur', 'directrice', 'maire',
    'député', 'députée', 'sénateur', 'sénatrice', 'professeur', 'professeure', 'chercheur',
    'chercheuse', 'toxicologue', 'avocat', 'avocate', 'juge', 'secrétaire', 'responsable',
    'conseiller', 'conseillère', 'patron', 'patronne', 'dirigeant', 'dirigeante', 'expert',
    'experte', 'étudiant', 'étudiante', 'chef', 'cheffe', 'médecin', 'élu', 'élue', 'syndicaliste',
    'auteur', 'auteure', 'journaliste', 'proche', 'agence', 'capitaine', 'adjoint', 'adjointe',
    'commissaire', 'procureur', 'procureure', 'préfet', 'préfète', 'économiste', 'sociologue',
    'historien', 'historienne', 'entraîneur', 'sélectionneur', 'fondateur', 'fondatrice',
    'ténor', 'cadre', 'militant', 'militante', 'collaborateur', 'collaboratrice',
  ],
  documents: [
    'texte', 'communiqué', 'rapport', 'document', 'lettre', 'décret', 'arrêté', 'jugement', 'étude',
  ],
  prepositions: ['à', 'au', 'aux', 'de', 'du', 'des', 'en', 'dans', 'sur', 'par', 'pour', 'avec'],
  common: [
    'le', 'la', 'les', 'de', 'des', 'et', 'est', 'une', 'un', 'du', 'que', 'qui', 'pas', 'dans',
    'pour', 'sur', 'au', 'il', 'elle', 'ne',
  ],
};

// prettier-ignore
const ES: LanguageWords = {
  speechVerbs: [
    'dijo', 'dice', 'dicho', 'decía', 'afirmó', 'afirma', 'afirmado', 'señaló', 'señala',
    'señalado', 'explicó', 'explica', 'explicaron', 'explicado', 'aseguró', 'asegura', 'asegurado',
    'agregó', 'agrega', 'añadió', 'añade', 'indicó', 'indica', 'sostuvo', 'sostiene', 'manifestó',
    'manifiesta', 'expresó', 'expresa', 'declaró', 'declara', 'comentó', 'comenta', 'remarcó',
    'remarca', 'precisó', 'precisa', 'recalcó', 'recalca', 'destacó', 'destaca', 'subrayó',
    'subraya', 'advirtió', 'advierte', 'apuntó', 'apunta', 'insistió', 'insiste', 'respondió',
    'responde', 'escribió', 'escribe', 'publicó', 'tuiteó', 'contó', 'cuenta', 'relató', 'relata',
    'admitió', 'admite', 'reconoció', 'reconoce', 'criticó', 'critica', 'denunció', 'denuncia',
    'remató', 'tiró', 'preguntó', 'pregunta', 'confesó', 'confiesa', 'aclaró', 'aclara',
    'concluyó', 'concluye', 'enfatizó', 'enfatiza', 'mencionó', 'menciona', 'planteó', 'plantea',
    'opinó', 'opina', 'consideró', 'considera', 'sentenció', 'lamentó', 'lamenta', 'reveló',
    'revela', 'detalló', 'detalla', 'anunció', 'anuncia', 'expuso', 'expone',
    'mencionaron', 'dijeron', 'aseguraron', 'señalaron', 'aseveró', 'asevera',
  ],
  according: ['según', 'para'],
  pronouns: ['él', 'ella'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'este', 'esta', 'su'],
  titles: ['sr', 'sra', 'señor', 'señora', 'don', 'doña', 'dr', 'dra'],
  roles: [
    'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'ministro', 'ministra',
    'portavoz', 'vocero', 'vocera', 'secretario', 'secretaria', 'director', 'directora',
    'alcalde', 'alcaldesa', 'senador', 'senadora', 'diputado', 'diputada', 'candidato',
    'candidata', 'jefe', 'jefa', 'gobernador', 'gobernadora', 'fiscal', 'juez', 'jueza',
    'abogado', 'abogada', 'experto', 'experta', 'investigador', 'investigadora', 'titular',
    'dirigente', 'líder', 'mandatario', 'mandataria', 'entrenador', 'entrenadora', 'actriz',
    'actor', 'cantante', 'funcionario', 'funcionaria', 'ejecutivo', 'gerente', 'representante',
    'capitán', 'capitana', 'concejal', 'concejala', 'intendente', 'comisario', 'comisaria',
    'coordinador', 'coordinadora', 'periodista', 'médico', 'médica', 'profesor', 'profesora',
    'economista', 'analista', 'escritor', 'escritora', 'empresario', 'empresaria', 'sacerdote',
    'obispo', 'procurador', 'procuradora', 'defensor', 'defensora', 'fundador', 'fundadora',
  ],
  documents: [
    'texto', 'comunicado', 'informe', 'documento', 'resolución', 'carta', 'fallo', 'sentencia',
    'decreto', 'estudio',
  ],
  prepositions: ['a', 'al', 'de', 'del', 'en', 'con', 'por', 'para', 'ante', 'desde', 'sobre'],
  common: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para',
    'se', 'es', 'no', 'al', 'su', 'lo',
  ],
};

// prettier-ignore
const IT: LanguageWords = {
  speechVerbs: [
    'detto', 'dice', 'disse', 'diceva', 'dichiara', 'dichiarato', 'spiega', 'spiegato',
    'afferma', 'affermato', 'aggiunge', 'aggiunto', 'sottolinea', 'sottolineato', 'precisa',
    'precisato', 'osserva', 'osservato', 'ricorda', 'ricordato', 'scrive', 'scritto', 'commenta',
    'commentato', 'racconta', 'raccontato', 'conclude', 'concluso', 'annuncia', 'annunciato',
    'replica', 'replicato', 'risponde', 'risposto', 'avverte', 'avvertito', 'ammette', 'ammesso',
    'insiste', 'insistito', 'evidenzia', 'evidenziato', 'rileva', 'rilevato', 'confida',
    'confidato', 'assicura', 'assicurato', 'denuncia', 'denunciato', 'chiede', 'chiesto',
    'attacca', 'attaccato', 'incalza', 'sostiene', 'sostenuto', 'continua', 'prosegue',
  ],
  according: ['secondo', 'per'],
  pronouns: ['lui', 'lei'],
  determiners: ['il', 'lo', 'la', 'l’', "l'", 'i', 'gli', 'le', 'un', 'una', 'uno'],
  titles: ['sig', 'sigra', 'signor', 'signora', 'dott', 'dottor', 'dottoressa', 'prof', 'don'],
  roles: [
    'presidente', 'ministro', 'ministra', 'portavoce', 'direttore', 'direttrice', 'sindaco',
    'senatore', 'senatrice', 'deputato', 'deputata', 'segretario', 'segretaria', 'assessore',
    'professore', 'professoressa', 'esperto', 'esperta', 'avvocato', 'giudice', 'allenatore',
    'leader', 'capo', 'responsabile', 'ricercatore', 'ricercatrice', 'premier', 'governatore',
    'consigliere', 'consigliera', 'comandante', 'procuratore', 'prefetto', 'capitano',
    'economista', 'medico', 'vescovo', 'fondatore', 'fondatrice', 'amministratore',
  ],
  documents: [
    'testo', 'comunicato', 'rapporto', 'documento', 'lettera', 'sentenza', 'decreto', 'studio',
  ],
  prepositions: ['a', 'al', 'alla', 'ai', 'di', 'del', 'della', 'in', 'nel', 'con', 'per', 'su'],
  common: [
    'il', 'la', 'di', 'che', 'e', 'è', 'un', 'una', 'per', 'non', 'del', 'della', 'in', 'con',
    'sono', 'si', 'gli', 'le', 'da', 'al',
  ],
};

// prettier-ignore
const PT: LanguageWords = {
  speechVerbs: [
    'disse', 'diz', 'dito', 'dizia', 'afirmou', 'afirma', 'afirmado', 'declarou', 'declara',
    'explicou', 'explica', 'explicado', 'acrescentou', 'acrescenta', 'ressaltou', 'ressalta',
    'destacou', 'destaca', 'salientou', 'salienta', 'sublinhou', 'sublinha', 'garantiu',
    'garante', 'assegurou', 'assegura', 'contou', 'conta', 'relatou', 'relata', 'comentou',
    'comenta', 'escreveu', 'escreve', 'respondeu', 'responde', 'admitiu', 'admite',
    'reconheceu', 'reconhece', 'alertou', 'alerta', 'avisou', 'avisa', 'criticou', 'critica',
    'defendeu', 'defende', 'indicou', 'indica', 'observou', 'observa', 'questionou', 'questiona',
    'perguntou', 'pergunta', 'concluiu', 'conclui', 'frisou', 'frisa', 'reforçou', 'reforça',
    'lembrou', 'lembra', 'pontuou', 'pontua', 'argumentou', 'argumenta', 'declarado', 'apontou',
    'aponta', 'completou', 'completa', 'sustentou', 'considerou', 'considera', 'avaliou', 'avalia',
    'informou', 'informa',
  ],
  according: ['segundo', 'conforme', 'para'],
  pronouns: ['ele', 'ela'],
  determiners: ['o', 'a', 'os', 'as', 'um', 'uma', 'este', 'esta', 'seu', 'sua'],
  titles: ['sr', 'sra', 'senhor', 'senhora', 'dom', 'dona', 'dr', 'dra'],
  roles: [
    'presidente', 'ministro', 'ministra', 'porta-voz', 'diretor', 'diretora', 'prefeito',
    'prefeita', 'senador', 'senadora', 'deputado', 'deputada', 'secretário', 'secretária',
    'governador', 'governadora', 'especialista', 'advogado', 'advogada', 'juiz', 'juíza',
    'técnico', 'treinador', 'líder', 'chefe', 'coordenador', 'coordenadora', 'pesquisador',
    'pesquisadora', 'professor', 'professora', 'delegado', 'delegada', 'gerente', 'investigador',
    'jornalista', 'repórter', 'titular', 'vereador', 'vereadora', 'capitão', 'comandante',
    'promotor', 'promotora', 'procurador', 'procuradora', 'economista', 'médico', 'médica',
    'parlamentar', 'general', 'fundador', 'fundadora',
  ],
  documents: [
    'texto', 'comunicado', 'relatório', 'documento', 'carta', 'decisão', 'sentença', 'decreto',
    'estudo',
  ],
  prepositions: ['a', 'ao', 'à', 'de', 'do', 'da', 'em', 'no', 'na', 'com', 'por', 'para'],
  common: [
    'o', 'a', 'os', 'as', 'de', 'do', 'da', 'que', 'e', 'em', 'um', 'uma', 'para', 'com', 'não',
    'no', 'na', 'se', 'por', 'mais',
  ],
};

export const LANGUAGE_WORDS: Record<RuledLanguage, LanguageWords> = {
  de: DE,
  fr: FR,
  es: ES,
  it: IT,
  pt: PT,
};

/** Frequent English words, to tell English from the languages above. */
// prettier-ignore
export const ENGLISH_COMMON = [
  'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'he',
  'she', 'said', 'by', 'at', 'have', 'his',
];

/**
 * First names common in the news of these languages: a capitalised word before a surname is a
 * person's name when it is one (German capitalises every noun, so capitals alone say nothing).
 */
// prettier-ignore
export const FIRST_NAMES = [
  'alexander', 'andreas', 'anna', 'barbara', 'christian', 'daniel', 'michael', 'thomas',
  'stefan', 'peter', 'klaus', 'wolfgang', 'jürgen', 'jan', 'markus', 'martin', 'frank', 'andrea',
  'sabine', 'susanne', 'claudia', 'julia', 'katrin', 'robert', 'herbert', 'olaf', 'angela',
  'karl', 'friedrich', 'hans', 'heinz', 'günter', 'dieter', 'matthias', 'sebastian',
  'tobias', 'florian', 'lukas', 'maximilian', 'paul', 'felix', 'kim', 'oliver', 'nadja', 'udo',
  'christoph',
  'johannes', 'georg', 'ursula', 'monika', 'petra', 'birgit', 'karin', 'ute', 'heike',
  'jean', 'pierre', 'marie', 'françois', 'michel', 'philippe', 'nicolas', 'emmanuel', 'jacques',
  'alain', 'éric', 'eric', 'antoine', 'sophie', 'isabelle', 'catherine', 'nathalie', 'anne',
  'juan', 'josé', 'carlos', 'luis', 'jorge', 'pedro', 'miguel', 'antonio', 'manuel', 'francisco',
  'javier', 'alberto', 'fernando', 'ricardo', 'sergio', 'gabriel', 'andrés', 'maría', 'ana',
  'carmen', 'laura', 'lucía', 'cristina', 'patricia', 'giuseppe', 'giovanni', 'marco', 'luca',
  'matteo', 'paolo', 'francesco', 'giorgia', 'giulia', 'chiara', 'roberto', 'mario', 'silvio',
  'joão', 'paulo', 'lula', 'marcos', 'rafael', 'tiago', 'mariana', 'beatriz', 'fernanda',
  'john', 'james', 'david', 'richard', 'joe', 'donald', 'elon', 'mark', 'boris', 'vladimir',
];
