/* test-mail-classifier.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-mail-classifier"

#include <string.h>

#include "pursuit-mail-classifier.h"
#include "pursuit-test-store.h"

typedef struct
{
  const char          *name;
  PursuitMailCategory  expected;
  const char          *from_name;
  const char          *from_address;
  const char          *subject;
  const char          *body;
  gboolean             bulk;
} Case;

#define OTHER PURSUIT_MAIL_OTHER
#define CONFIRMATION PURSUIT_MAIL_CONFIRMATION
#define REJECTION PURSUIT_MAIL_REJECTION
#define INTERVIEW PURSUIT_MAIL_INTERVIEW
#define ASSESSMENT PURSUIT_MAIL_ASSESSMENT
#define OFFER PURSUIT_MAIL_OFFER

/* Written for this test, in the way these mails are usually phrased. */
static const Case cases[] = {
  /* English */
  { "en confirmation greenhouse", CONFIRMATION, "Acme Robotics", "no-reply@us.greenhouse-mail.io",
    "Thank you for applying to Acme Robotics",
    "Hi Ada,\n\nThanks for your interest in Acme Robotics! We wanted to let you know we've received your\n"
    "application for Backend Engineer, and we're delighted that you would consider joining our team.\n\n"
    "Our team will review your application and will be in touch if your qualifications match our needs for the role.\n"
    "If you are not selected for this position, we will keep your resume on file.\n\nRegards,\nAcme Robotics", TRUE },
  { "en confirmation next steps", CONFIRMATION, "Lumen Talent Team", "talent@lumen.example.com",
    "Application received - Data Analyst",
    "Dear Ada,\n\nThis email confirms that your application for the Data Analyst position has been received.\n\n"
    "Next steps: our recruiters review every application. If we decide to move forward, we will contact you\n"
    "to schedule a phone screen. Due to the high volume of applications, unfortunately we cannot respond to\n"
    "every applicant individually.\n\nBest,\nLumen Talent Team", FALSE },
  { "en rejection polite", REJECTION, "Northwind Careers", "no-reply@hire.lever.co",
    "Your application to Northwind",
    "Hi Ada,\n\nThank you for taking the time to apply for the Platform Engineer role at Northwind. We were\n"
    "impressed by your background and really enjoyed learning about your work.\n\n"
    "After careful consideration, we have decided to move forward with other candidates whose experience\n"
    "more closely matches the needs of the team at this time.\n\nWe wish you the best in your job search.\n\n"
    "Northwind Recruiting", TRUE },
  { "en rejection after interview", REJECTION, "Priya Shah", "priya@tidewater.example.com",
    "Following up on your interviews",
    "Hi Ada,\n\nThank you again for interviewing with us last week. The panel enjoyed the conversation.\n"
    "Unfortunately we won't be progressing your application to the next stage. It was a close call.\n\n"
    "Best of luck,\nPriya", FALSE },
  { "en interview scheduling", INTERVIEW, "Orbit Labs Recruiting", "recruiting@orbitlabs.example.com",
    "Interview invitation: Frontend Developer",
    "Hi Ada,\n\nThanks for applying to Orbit Labs. We'd love to invite you to a 30-minute phone screen with\n"
    "our hiring manager. Please pick a time that works for you using the link below:\n"
    "https://app.greenhouse.io/scheduling/abcd\n\nLooking forward to speaking with you!", FALSE },
  { "en interview recruiter", INTERVIEW, "Sam Lee", "sam@quarry.example.com",
    "Re: Backend Engineer application",
    "Hi Ada,\n\nThanks for your application! I'd like to set up a call to chat about the role.\n"
    "Could you share your availability for next Tuesday or Wednesday?\n\nSam", FALSE },
  { "en assessment", ASSESSMENT, "Vela", "no-reply@ashbyhq.com",
    "Next step: coding challenge",
    "Hi Ada,\n\nThanks for your time so far. As a next step, we'd like you to complete a coding challenge on\n"
    "HackerRank. The test takes about 90 minutes and the link expires in 5 days.\n\nThe Vela team", FALSE },
  { "en offer", OFFER, "Dana Wu", "dana@brightside.example.com",
    "Offer - Product Designer",
    "Hi Ada,\n\nI'm delighted to offer you the position of Product Designer at Brightside! Your offer letter is\n"
    "attached with the details of your base salary, equity and start date.\n\nCongratulations!\nDana", FALSE },
  /* German */
  { "de confirmation personio", CONFIRMATION, "Bergwerk GmbH", "noreply@personio.de",
    "Ihre Bewerbung bei Bergwerk GmbH",
    "Hallo Frau Lovelace,\n\nvielen Dank für Ihre Bewerbung als Softwareentwicklerin bei Bergwerk GmbH.\n"
    "Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Wir melden uns so schnell wie\n"
    "möglich bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Bergwerk Recruiting-Team", FALSE },
  { "de rejection", REJECTION, "Talent Team Seeblick", "jobs@seeblick.example.de",
    "Ihre Bewerbung als Data Engineer",
    "Sehr geehrte Frau Lovelace,\n\nvielen Dank für Ihr Interesse an unserem Unternehmen. Nach sorgfältiger\n"
    "Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\n"
    "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen", FALSE },
  { "de interview", INTERVIEW, "Sonnenhof Recruiting", "karriere@sonnenhof.example.de",
    "Einladung zum Vorstellungsgespräch",
    "Hallo Ada,\n\nvielen Dank für deine Bewerbung! Wir möchten dich gerne zu einem ersten Kennenlerngespräch\n"
    "per Video einladen. Bitte wähle über den folgenden Link einen passenden Termin aus.\n\nViele Grüße", FALSE },
  { "de assessment", ASSESSMENT, "Nordlicht", "jobs@nordlicht.example.de",
    "Nächster Schritt: Probeaufgabe",
    "Hallo Ada,\n\nals nächsten Schritt senden wir dir eine kleine Probeaufgabe. Bitte schicke uns deine\n"
    "Lösung innerhalb einer Woche.\n\nBeste Grüße", FALSE },
  { "de offer", OFFER, "Martina Berg", "m.berg@flusswerk.example.de",
    "Unser Angebot",
    "Liebe Ada,\n\nwir freuen uns sehr, Ihnen ein Angebot für die Position als Teamleiterin machen zu können.\n"
    "Den Arbeitsvertrag senden wir Ihnen diese Woche zu.\n\nHerzliche Grüße\nMartina Berg", FALSE },
  /* French */
  { "fr confirmation", CONFIRMATION, "Recrutement Azur", "recrutement@azur.example.fr",
    "Votre candidature",
    "Bonjour Ada,\n\nNous avons bien reçu votre candidature au poste de développeuse backend chez Azur et\n"
    "nous vous en remercions. Notre équipe va l'étudier avec attention.\n\nCordialement", FALSE },
  { "fr rejection", REJECTION, "Recrutement Azur", "recrutement@azur.example.fr",
    "Votre candidature",
    "Bonjour Ada,\n\nNous vous remercions de l'intérêt que vous portez à notre entreprise. Malheureusement,\n"
    "nous ne sommes pas en mesure de donner une suite favorable à votre candidature.\n\n"
    "Nous vous souhaitons une bonne continuation dans vos recherches.", FALSE },
  { "fr interview", INTERVIEW, "Claire Martin", "claire@lys.example.fr",
    "Entretien - Chef de projet",
    "Bonjour Ada,\n\nSuite à votre candidature, nous souhaiterions vous rencontrer lors d'un entretien.\n"
    "Pourriez-vous me communiquer vos disponibilités pour la semaine prochaine ?\n\nClaire", FALSE },
  { "fr assessment", ASSESSMENT, "Lys", "jobs@lys.example.fr",
    "Test technique",
    "Bonjour Ada,\n\nPour la suite du processus, nous vous proposons un test technique en ligne d'une heure.\n"
    "Vous trouverez le lien ci-dessous.\n\nL'équipe Lys", FALSE },
  { "fr offer", OFFER, "Claire Martin", "claire@lys.example.fr",
    "Proposition d'embauche",
    "Bonjour Ada,\n\nJ'ai le plaisir de vous adresser notre proposition d'embauche pour le poste de cheffe de\n"
    "projet. Vous trouverez en pièce jointe le détail de la rémunération.\n\nClaire", FALSE },
  /* Spanish */
  { "es confirmation", CONFIRMATION, "Selección Marea", "empleo@marea.example.es",
    "Hemos recibido tu candidatura",
    "Hola Ada,\n\nGracias por tu candidatura para el puesto de Desarrolladora Backend en Marea. La revisaremos\n"
    "y, si tu perfil encaja, nos pondremos en contacto contigo.\n\nUn saludo", FALSE },
  { "es rejection", REJECTION, "Selección Marea", "empleo@marea.example.es",
    "Tu candidatura en Marea",
    "Hola Ada,\n\nGracias por tu interés en Marea. Lamentamos comunicarte que en esta ocasión hemos decidido\n"
    "continuar con otros candidatos cuyo perfil se ajusta más a lo que buscamos.\n\nTe deseamos mucho éxito.", FALSE },
  { "es interview", INTERVIEW, "Lucía Gómez", "lucia@sierra.example.es",
    "Entrevista - Analista de datos",
    "Hola Ada,\n\nNos gustaría invitarte a una entrevista por videollamada. ¿Podrías indicarnos tu\n"
    "disponibilidad para el jueves o el viernes?\n\nSaludos", FALSE },
  { "es assessment", ASSESSMENT, "Sierra", "rrhh@sierra.example.es",
    "Prueba técnica",
    "Hola Ada,\n\nEl siguiente paso del proceso es una prueba técnica online. Tendrás 48 horas para\n"
    "completarla.\n\nSaludos", FALSE },
  { "es offer", OFFER, "Lucía Gómez", "lucia@sierra.example.es",
    "Oferta - Analista de datos",
    "Hola Ada,\n\nNos complace ofrecerte el puesto de Analista de datos. Adjuntamos la carta de oferta con\n"
    "el salario bruto anual y la fecha de incorporación.\n\nEnhorabuena", FALSE },

  /* More wordings, each a little off the usual template */
  { "en confirmation workday", CONFIRMATION, "Hooli Careers", "hooli@myworkday.com",
    "Hooli - Application Submitted",
    "Dear Ada,\n\nThank you for your interest in Hooli. Your application for Senior Analyst (R-12345) has been\n"
    "successfully submitted. You can check the status of your application at any time in your candidate home.\n\n"
    "Hooli Talent Acquisition", FALSE },
  { "en confirmation lever short", CONFIRMATION, "Initech", "no-reply@hire.lever.co",
    "Initech - got it!",
    "Hey Ada,\n\nJust a quick note to say your application made it to us. A real human will read it within the\n"
    "next two weeks.\n\nInitech", FALSE },
  { "en rejection ashby", REJECTION, "Vela", "no-reply@ashbyhq.com",
    "Update on your Vela application",
    "Hi Ada,\n\nThank you for applying to Vela. We've reviewed your application carefully and unfortunately\n"
    "won't be moving forward at this time. We'll keep your information on file should a role come up that\n"
    "fits better.\n\nVela Recruiting", FALSE },
  { "en rejection position filled", REJECTION, "Globex HR", "hr@globex.example.com",
    "Data Engineer role",
    "Dear Ada,\n\nThank you for your interest in the Data Engineer role. We wanted to let you know that the\n"
    "position has now been filled. We appreciate the time you invested in applying.\n\nKind regards", FALSE },
  { "en rejection regret", REJECTION, "Umbrella Corp", "noreply@icims.com",
    "Your application status",
    "Dear Ada,\n\nWe regret to inform you that you were not selected for the Research Scientist position.\n"
    "We received many strong applications.\n\nSincerely,\nUmbrella Talent", FALSE },
  { "en interview calendly", INTERVIEW, "Maria Lopez", "maria@hexa.example.com",
    "Hexa - next steps",
    "Hi Ada,\n\nThanks for applying to Hexa! Your background looks like a strong match and I'd love to set up\n"
    "a 20-minute intro call. Grab any slot here: https://calendly.com/maria-hexa/intro\n\nMaria", FALSE },
  { "en interview onsite", INTERVIEW, "Wonka Recruiting", "no-reply@greenhouse.io",
    "Onsite interview confirmed",
    "Hi Ada,\n\nYour onsite interview for the Food Scientist position is confirmed for Friday at 10:00.\n"
    "You'll meet four members of the team.\n\nSee you soon!", FALSE },
  { "en assessment codility", ASSESSMENT, "Soylent", "no-reply@codility.com",
    "Soylent invites you to a Codility test",
    "Hello Ada,\n\nSoylent has invited you to take a test on Codility as part of your application for\n"
    "Software Engineer. You have 7 days to start the test.\n\nGood luck!", FALSE },
  { "en assessment take-home", ASSESSMENT, "Chris", "chris@pied.example.com",
    "Take-home assignment",
    "Hi Ada,\n\nGreat talking today. As discussed, here's the take-home: build a small API for a todo list.\n"
    "Please send it back by Monday.\n\nChris", FALSE },
  { "en offer verbal", OFFER, "Jordan Kim", "jordan@cyberdyne.example.com",
    "Great news",
    "Hi Ada,\n\nI'm excited to let you know the team would like to extend you an offer for the ML Engineer role.\n"
    "The formal offer letter will arrive tomorrow via DocuSign.\n\nJordan", FALSE },
  { "de rejection du", REJECTION, "Bitwerk", "jobs@bitwerk.join.com",
    "Deine Bewerbung",
    "Hi Ada,\n\ndanke für deine Bewerbung und dein Interesse an Bitwerk. Leider haben wir uns dieses Mal für\n"
    "andere Kandidat:innen entschieden, deren Profil besser zu unseren Anforderungen passt.\n\n"
    "Wir wünschen dir viel Erfolg für deine weitere Jobsuche!", FALSE },
  { "de confirmation eingang", CONFIRMATION, "Stadtwerke", "bewerbung@stadtwerke.example.de",
    "Eingangsbestätigung Ihrer Bewerbung",
    "Sehr geehrte Frau Lovelace,\n\nhiermit bestätigen wir den Eingang Ihrer Bewerbung als Sachbearbeiterin.\n"
    "Wir werden uns nach Sichtung aller Unterlagen bei Ihnen melden.\n\nMit freundlichen Grüßen", FALSE },
  { "fr rejection retenue", REJECTION, "Talents Brio", "noreply@welcomekit.co",
    "Votre candidature chez Brio",
    "Bonjour Ada,\n\nMerci pour l'intérêt porté à Brio. Après étude attentive de votre profil, nous sommes au\n"
    "regret de vous informer que votre candidature n'a pas été retenue pour ce poste.\n\nBelle journée", FALSE },
  { "fr confirmation", CONFIRMATION, "Brio", "noreply@welcomekit.co",
    "Confirmation de candidature",
    "Bonjour Ada,\n\nMerci d'avoir postulé chez Brio ! Votre candidature a bien été envoyée à l'équipe.\n"
    "Nous reviendrons vers vous rapidement.", FALSE },
  { "es rejection", REJECTION, "Talento Nube", "no-reply@hire.lever.co",
    "Actualización sobre tu candidatura",
    "Hola Ada,\n\nMuchas gracias por tu tiempo. Tras revisar tu perfil, lamentablemente no vamos a continuar\n"
    "con tu candidatura en esta ocasión.\n\nUn saludo", FALSE },
  { "es confirmation infojobs", CONFIRMATION, "InfoJobs", "noreply@infojobs.net",
    "Te has inscrito en la oferta Programador Java",
    "Hola Ada,\n\nTu candidatura se ha enviado correctamente a la empresa. Puedes seguir el estado de tu\n"
    "candidatura desde tu área personal.", FALSE },
  { "indeed alert", OTHER, "Indeed", "alert@indeed.com",
    "Data Analyst jobs in Madrid",
    "12 new jobs match your search\n\nData Analyst - Globex - Madrid\nEasily apply\n\nJunior Data Analyst - Initech\n"
    "Apply now\n\nView all jobs", TRUE },
  { "linkedin viewed", OTHER, "LinkedIn", "notifications-noreply@linkedin.com",
    "Ada, you appeared in 9 searches this week",
    "See who's looking at your profile. A recruiter at Globex viewed your profile. Try Premium for free.", TRUE },
  { "glassdoor newsletter", OTHER, "Glassdoor Community", "community@glassdoor.com",
    "The 5 interview questions you will be asked",
    "This week's top posts: how to answer 'tell me about yourself', salary negotiation tips and what to do\n"
    "after a rejection email. Read more in the community.", TRUE },
  { "recruiter outreach interview word", OTHER, "Tom Agency", "tom@talentagency.example.com",
    "Senior Go role - interested?",
    "Hi Ada,\n\nI'm reaching out because your profile caught my eye. I'm working on a Senior Go Engineer role\n"
    "for a client in Berlin (up to 95k). Would you be interested in an initial call to hear more?\n\nTom", FALSE },
  { "course offer", OTHER, "Udemy", "no-reply@e.udemy.com",
    "Special offer: courses from 9.99",
    "Learn Python, Data Science and more. This limited-time offer ends tonight.", TRUE },
  { "colleague meeting", OTHER, "Priya", "priya@mycompany.example.com",
    "Sprint review",
    "Hi team, let's move the sprint review to Thursday. Please update the board before then.", FALSE },

  { "airline regret", OTHER, "SkyJet", "service@skyjet.example.com",
    "Flight SJ123 cancelled",
    "Dear passenger,\n\nWe regret to inform you that your flight SJ123 on 3 December has been cancelled.\n"
    "Unfortunately we were unable to find an alternative. You will receive a full refund.", FALSE },
  { "event cancelled", OTHER, "Go Meetup Berlin", "events@gomeetup.example.com",
    "Meetup postponed",
    "Hi all,\n\nUnfortunately we have decided not to move forward with the December meetup because the venue\n"
    "fell through. We'll be in touch about a new date.", TRUE },
  { "en rejection personal", REJECTION, "Ola Nordmann", "ola@fjell.example.no",
    "Thanks for coming in",
    "Hi Ada,\n\nThanks for coming in on Tuesday, it was lovely to meet you. I'm sorry to say we've decided to\n"
    "go with another candidate who has more payments experience. Best of luck!\n\nOla", FALSE },

  { "de rejection bedauern", REJECTION, "Personalabteilung Lindner", "personal@lindner.example.de",
    "Rückmeldung zu Ihrer Bewerbung",
    "Sehr geehrte Frau Lovelace,\n\nwir bedanken uns für Ihre Bewerbung. Wir bedauern, Ihnen mitteilen zu müssen,\n"
    "dass die Wahl auf eine andere Bewerberin gefallen ist.\n\nFür Ihren weiteren Weg wünschen wir Ihnen alles Gute.", FALSE },
  { "de interview termin", INTERVIEW, "Anna Roth", "anna.roth@kiel-it.example.de",
    "Ihre Bewerbung – nächste Schritte",
    "Hallo Frau Lovelace,\n\nIhre Unterlagen haben uns überzeugt. Gerne würden wir Sie persönlich kennenlernen.\n"
    "Passt Ihnen Dienstag, 14 Uhr, für ein Gespräch per Teams?\n\nViele Grüße\nAnna Roth", FALSE },
  { "de newsletter", OTHER, "karriere.de Newsletter", "newsletter@karriere.example.de",
    "Die 10 häufigsten Fragen im Vorstellungsgespräch",
    "Liebe Leserin,\n\nin dieser Ausgabe: So bereiten Sie sich auf das Vorstellungsgespräch vor und so gehen Sie\n"
    "mit einer Absage um. Jetzt weiterlesen!\n\nNewsletter abbestellen", TRUE },
  { "fr rejection profil", REJECTION, "Equipe RH Solis", "rh@solis.example.fr",
    "Suite à votre candidature",
    "Bonjour Ada,\n\nNous vous remercions pour votre candidature. Après examen de votre dossier, nous avons le\n"
    "regret de ne pas pouvoir y donner une suite favorable.\n\nBien cordialement", FALSE },
  { "fr interview visio", INTERVIEW, "Paul Girard", "paul@nova.example.fr",
    "Entretien pour le poste de développeuse",
    "Bonjour Ada,\n\nVotre profil a retenu notre attention et nous aimerions organiser un entretien en visio.\n"
    "Êtes-vous disponible jeudi à 10h ?\n\nPaul", FALSE },
  { "fr alert apec", OTHER, "Apec", "alertes@apec.fr",
    "15 nouvelles offres correspondent à votre recherche",
    "Bonjour,\n\nDécouvrez les nouvelles offres d'emploi qui correspondent à votre alerte « Chef de projet ».\n"
    "Postulez dès maintenant.", TRUE },
  { "es interview agenda", INTERVIEW, "Marta Ruiz", "marta@olivo.example.es",
    "Siguiente paso en el proceso",
    "Hola Ada,\n\nTu perfil nos ha encantado y nos gustaría tener una primera entrevista contigo. ¿Qué día te\n"
    "viene mejor la próxima semana?\n\nMarta", FALSE },
  { "es rejection descartada", REJECTION, "Reclutamiento Atlas", "empleo@atlas.example.es",
    "Respuesta a tu candidatura",
    "Hola Ada,\n\nTe agradecemos el interés mostrado. Tras analizar tu perfil, hemos decidido no seguir adelante\n"
    "con tu candidatura para este puesto.\n\nSuerte en tu búsqueda.", FALSE },
  { "es newsletter", OTHER, "Empleo Hoy", "boletin@empleohoy.example.es",
    "Cómo superar un rechazo laboral",
    "En el boletín de esta semana: consejos para la entrevista y cómo reaccionar cuando no te seleccionan.\n"
    "Leer más.\n\nDarse de baja", TRUE },
  { "en interview reminder", INTERVIEW, "Acme Recruiting", "no-reply@greenhouse.io",
    "Reminder: your interview tomorrow",
    "Hi Ada,\n\nThis is a reminder that your video interview with Acme is scheduled for tomorrow at 3 pm.\n"
    "Join via Zoom: https://zoom.us/j/123456\n\nGood luck!", FALSE },
  { "en rejection after assessment", REJECTION, "Initech", "no-reply@hire.lever.co",
    "Initech - Backend Engineer",
    "Hi Ada,\n\nThank you for completing our coding challenge. Our engineers reviewed your submission carefully.\n"
    "Unfortunately, we have decided not to move forward with your application at this time.\n\nInitech", FALSE },
  { "en offer pleased", OFFER, "Globex People Team", "people@globex.example.com",
    "Your offer from Globex",
    "Dear Ada,\n\nWe are pleased to extend to you an offer of employment for the position of Data Scientist.\n"
    "Please review the attached offer letter and let us know by Friday.\n\nGlobex People Team", FALSE },
  { "en webinar", OTHER, "HR Tech Summit", "events@hrtech.example.com",
    "Webinar: how to ace your next interview",
    "Join our free webinar on Thursday. Register now to save your seat. You'll learn how to prepare for\n"
    "behavioural interviews and negotiate your offer.", TRUE },
  { "en linkedin application viewed", OTHER, "LinkedIn", "jobs-noreply@linkedin.com",
    "Your application was viewed by Acme",
    "Ada, your application for Backend Engineer was viewed by Acme. Find more jobs like this one.\n"
    "See similar jobs", TRUE },

  { "friend finds a time", OTHER, "Chris", "chris@example.org",
    "Dinner?",
    "Hey! Are you free next week? Let me know your availability and we can find a time for dinner.", FALSE },

  /* Hard negatives */
  { "job alert apply now", OTHER, "LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com",
    "30+ new jobs for Backend Engineer",
    "Your job alert for Backend Engineer in Berlin\n\nAcme Robotics - Backend Engineer - Berlin\n"
    "Apply now with Easy Apply\n\nGlobex - Senior Backend Engineer\nBe an early applicant\n\nSee all jobs", TRUE },
  { "stepstone alert", OTHER, "StepStone", "jobagent@stepstone.de",
    "Neue Jobs für Sie: Softwareentwickler",
    "Hallo Ada,\n\nIhr Jobagent hat 12 neue Stellenangebote gefunden, die zu Ihrer Suche passen.\n"
    "Jetzt bewerben!\n\nAbmelden", TRUE },
  { "newsletter about rejection", OTHER, "Career Weekly", "newsletter@careerweekly.example.com",
    "How to bounce back after a rejection",
    "In this issue: rejection is part of every job search. We look at why companies say \"we have decided\n"
    "to move forward with other candidates\" and how to ask for feedback.\n\nRead more on our blog.\n\n"
    "Unsubscribe", TRUE },
  { "marketing offer", OTHER, "ShopCo", "deals@shopco.example.com",
    "Exclusive offer: 40% off everything",
    "Our Black Friday special offer is here! Use promo code FRIDAY40 at checkout. Offer ends Sunday.\n\n"
    "Shop now", TRUE },
  { "bootcamp marketing", OTHER, "CodeCamp", "hello@codecamp.example.com",
    "Land your dream job: enroll now",
    "Join our 12-week bootcamp and get interview-ready. Early bird discount ends Friday.\n"
    "Enroll now and save up to 30%.", TRUE },
  { "cold outreach", OTHER, "Jamie Recruiter", "jamie@staffing.example.com",
    "Exciting opportunity",
    "Hi Ada,\n\nI came across your profile on LinkedIn and thought you might be a great fit for a role with my\n"
    "client, a fast-growing fintech. Would you be open to a quick call this week to discuss?\n\nJamie", FALSE },
  { "account verify", OTHER, "Workday", "acme@myworkday.com",
    "Verify your email address",
    "Please verify your email to finish creating your candidate account. Your verification code is 123456.", FALSE },
  { "personal mail", OTHER, "Mum", "mum@example.org",
    "Sunday lunch",
    "Hi love, are you coming on Sunday? Dad will cook. Let me know!", FALSE },
};

static void
test_classifier_cases (void)
{
  guint failures = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      g_autoptr(PursuitMailMessage) message = make_mail_message (c->from_name, c->from_address,
                                                            c->subject, c->body);
      PursuitMailCategory got;

      pursuit_mail_message_set_bulk (message, c->bulk);
      pursuit_mail_classify (message);
      got = pursuit_mail_message_get_category (message);

      /* Report every miss before failing, to see the whole picture. */
      if (got != c->expected)
        {
          g_printerr ("%s: got %s (%.2f, %s)\n", c->name, pursuit_mail_category_to_string (got),
                      pursuit_mail_message_get_confidence (message),
                      pursuit_mail_message_get_classification_reason (message));
          failures++;
        }
      g_assert_cmpfloat (pursuit_mail_message_get_confidence (message), >=, 0.0);
      g_assert_cmpfloat (pursuit_mail_message_get_confidence (message), <=, 1.0);
      g_assert_nonnull (pursuit_mail_message_get_classification_reason (message));
    }

  g_assert_cmpuint (failures, ==, 0);
}

static PursuitMailMessage *
classify (const char *from_name,
          const char *from_address,
          const char *subject,
          const char *body)
{
  PursuitMailMessage *message = make_mail_message (from_name, from_address, subject, body);

  pursuit_mail_classify (message);
  return message;
}

static void
test_classifier_confidence (void)
{
  g_autoptr(PursuitMailMessage) strong = NULL;
  g_autoptr(PursuitMailMessage) weak = NULL;

  /* ATS sender, the application named, one clear sentence: 0.9+ */
  strong = classify ("Acme via Greenhouse", "no-reply@greenhouse.io", "Your application to Acme",
                     "Hi Ada,\n\nThank you for applying to Acme. Unfortunately, after careful review we have "
                     "decided not to move forward with your application for the Backend Engineer position.\n");
  g_assert_cmpint (pursuit_mail_message_get_category (strong), ==, PURSUIT_MAIL_REJECTION);
  g_assert_cmpfloat (pursuit_mail_message_get_confidence (strong), >=, 0.9);
  g_assert_nonnull (strstr (pursuit_mail_message_get_classification_reason (strong), "greenhouse.io"));

  /* A vague "unfortunately" from an unknown sender is no rejection. */
  weak = classify ("Bob", "bob@example.org", "Saturday",
                   "Unfortunately I can't make it on Saturday, the car is broken.");
  g_assert_cmpint (pursuit_mail_message_get_category (weak), ==, PURSUIT_MAIL_OTHER);
}

static void
test_classifier_not_rejection (void)
{
  const char *bodies[] = {
    /* polite rejection vocabulary in a confirmation */
    "Thank you for applying! We have received your application. If we decide to move forward with your "
    "application, we will contact you. If you do not hear from us within 3 weeks, please assume the position "
    "has been filled.",
    /* "we were impressed" in an invitation */
    "We were impressed by your application and would like to invite you to an interview. Please share your "
    "availability.",
    /* only the shortlisted hear back */
    "Thank you for your application. Due to the high number of applications, only shortlisted candidates "
    "will be contacted. If you have not heard from us within 4 weeks, your application has been unsuccessful.",
    /* the reader withdrew */
    "Hi Ada, I'm sorry to hear you've decided not to move forward with us, but I understand. Best of luck!",
    /* a reschedule with a regret */
    "We regret to inform you that we have to reschedule your interview. Could you share your availability "
    "for next week?",
    /* a task with a deadline */
    "Please complete the assessment within 5 days. Candidates who do not complete it in time will not be "
    "considered.",
    /* reschedule */
    "Unfortunately our hiring manager is sick on Tuesday. Could we schedule your interview for Thursday "
    "instead? Please let me know your availability.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(PursuitMailMessage) message = classify ("Acme Talent Team", "talent@acme.example.com",
                                                        "Your application", bodies[i]);

      g_assert_cmpint (pursuit_mail_message_get_category (message), !=, PURSUIT_MAIL_REJECTION);
    }
}

typedef struct
{
  const char *from_address;
  const char *body;
  const char *ats;
  const char *tenant;
} AtsCase;

static const AtsCase ats_cases[] = {
  { "no-reply@us.greenhouse-mail.io", "See https://boards.greenhouse.io/acme/jobs/123", "greenhouse", "acme" },
  { "jobs@example.com", "https://job-boards.greenhouse.io/globex/jobs/1", "greenhouse", "globex" },
  { "no-reply@hire.lever.co", "https://jobs.lever.co/initech/abc-123", "lever", "initech" },
  { "umbrella@myworkday.com", "Sign in at https://umbrella.wd5.myworkdayjobs.com/en-US/careers", "workday", "umbrella" },
  { "noreply@myworkday.com", "https://hooli.wd1.myworkdayjobs.com/Hooli_Careers", "workday", "hooli" },
  { "no-reply@ashbyhq.com", "https://jobs.ashbyhq.com/vandelay/123", "ashby", "vandelay" },
  { "noreply@smartrecruiters.com", "https://jobs.smartrecruiters.com/Stark/744000", "smartrecruiters", "stark" },
  { "donotreply@icims.com", "https://careers-wayne.icims.com/jobs/1234/login", "icims", "wayne" },
  { "noreply@taleo.net", "https://oscorp.taleo.net/careersection/2/jobdetail.ftl", "taleo", "oscorp" },
  { "noreply@personio.de", "https://bergwerk.jobs.personio.de/job/123", "personio", "bergwerk" },
  { "jobs@nordlicht.recruitee.com", "", "recruitee", "nordlicht" },
  { "no-reply@teamtailor.com", "https://fjord.teamtailor.com/jobs/12", "teamtailor", "fjord" },
  { "noreply@workablemail.com", "https://apply.workable.com/cyberdyne/j/ABC/", "workable", "cyberdyne" },
  { "friend@example.org", "Look at https://example.org/careers", NULL, NULL },
};

static void
test_classifier_ats (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (ats_cases); i++)
    {
      const AtsCase *c = &ats_cases[i];
      g_autoptr(PursuitMailMessage) message = make_mail_message (NULL, c->from_address, "Hello", c->body);
      g_autofree char *tenant = pursuit_mail_detect_ats_tenant (message);

      g_assert_cmpstr (pursuit_mail_detect_ats (message), ==, c->ats);
      g_assert_cmpstr (tenant, ==, c->tenant);
    }
}

typedef struct
{
  const char *from_name;
  const char *from_address;
  const char *subject;
  const char *body;
  const char *company;
  const char *title;
} ExtractCase;

static const ExtractCase extract_cases[] = {
  { "Greenhouse", "no-reply@greenhouse.io", "Thank you for applying to Acme Robotics!",
    "Hi, thanks for applying. We have received your application for the Backend Engineer position.",
    "Acme Robotics", "Backend Engineer" },
  { "Globex via Greenhouse", "no-reply@greenhouse.io", "Application received",
    "We have received your application for the role of Site Reliability Engineer.",
    "Globex", "Site Reliability Engineer" },
  { "Initech Talent Team", "talent@initech.example.com", "Thanks for applying",
    "Thank you for applying for the Product Manager role. We have received your application.",
    "Initech", "Product Manager" },
  { "Recruiting", "jobs@bergwerk.example.de", "Eingangsbestätigung",
    "vielen Dank für Ihre Bewerbung als Softwareentwicklerin bei Bergwerk GmbH. Wir haben Ihre Bewerbung erhalten.",
    "Bergwerk GmbH", "Softwareentwicklerin" },
  { "RH", "rh@azur.example.fr", "Accusé de réception",
    "Nous avons bien reçu votre candidature au poste de développeuse backend chez Azur Conseil.",
    "Azur Conseil", "développeuse backend" },
  { "Selección", "empleo@marea.example.es", "Candidatura recibida",
    "Hemos recibido tu candidatura para el puesto de Analista de datos en Marea Digital.",
    "Marea Digital", "Analista de datos" },
  { "Vandelay", "jobs@vandelay.com", "Thank you for your application",
    "Thank you for applying! We have received your application and will review it.",
    "Vandelay", NULL },
};

static void
test_classifier_extract (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (extract_cases); i++)
    {
      const ExtractCase *c = &extract_cases[i];
      g_autoptr(PursuitMailMessage) message = classify (c->from_name, c->from_address, c->subject, c->body);

      g_assert_cmpint (pursuit_mail_message_get_category (message), ==, PURSUIT_MAIL_CONFIRMATION);
      g_assert_cmpstr (pursuit_mail_message_get_company (message), ==, c->company);
      g_assert_cmpstr (pursuit_mail_message_get_job_title (message), ==, c->title);
    }
}

static void
test_classifier_hostile (void)
{
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(PursuitMailMessage) invalid = NULL;
  g_autoptr(PursuitMailMessage) big = NULL;
  g_autoptr(PursuitMailMessage) empty = NULL;
  g_autoptr(PursuitMailMessage) outgoing = NULL;
  gint64 start, elapsed;

  /* Invalid UTF-8 in every field */
  invalid = make_mail_message ("\xff\xfe Acme", "x@\xc3", "\xc3\x28 We regret to inform you \xff",
                          "we regret to inform you \xe2\x82 that \xf0\x9f\x98 \xff\xff\"\"\" if if");
  pursuit_mail_classify (invalid);
  g_assert_true (pursuit_mail_message_get_confidence (invalid) <= 1.0);

  /* 64 KiB of repeated job words: bounded time */
  while (huge->len < PURSUIT_MAIL_MAX_BODY_TEXT)
    g_string_append (huge, "unfortunately if interview offer \"apply now\" bewerbung candidature x ");
  big = make_mail_message ("Acme", "jobs@acme.example.com", "Update", huge->str);
  start = g_get_monotonic_time ();
  pursuit_mail_classify (big);
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("64 KiB body classified in %" G_GINT64_FORMAT " µs", elapsed);
  g_assert_cmpint (elapsed, <, 50000);
  g_assert_true (pursuit_mail_message_get_confidence (big) <= 1.0);

  /* Nothing at all */
  empty = pursuit_mail_message_new ();
  pursuit_mail_classify (empty);
  g_assert_cmpint (pursuit_mail_message_get_category (empty), ==, PURSUIT_MAIL_OTHER);
  g_assert_null (pursuit_mail_detect_ats (empty));
  g_assert_null (pursuit_mail_detect_ats_tenant (empty));

  /* Outgoing mail is never classified */
  outgoing = make_mail_message ("Ada", "ada@example.org", "Offer", "I accept your offer letter!");
  pursuit_mail_message_set_outgoing (outgoing, TRUE);
  pursuit_mail_classify (outgoing);
  g_assert_cmpint (pursuit_mail_message_get_category (outgoing), ==, PURSUIT_MAIL_OTHER);
}

static void
test_classifier_quoted_reply (void)
{
  g_autoptr(PursuitMailMessage) message = NULL;

  /* The reader's own words quoted under a short recruiter reply */
  message = classify ("Sam", "sam@acme.example.com", "Re: Interview",
                      "Great, see you Thursday at 10!\n\nSam\n\n"
                      "On Mon, 2 Nov 2026 at 09:00, Ada <ada@example.org> wrote:\n"
                      "> Unfortunately I have decided not to move forward with the other company,\n"
                      "> so I am happy to schedule the interview.\n");
  g_assert_cmpint (pursuit_mail_message_get_category (message), !=, PURSUIT_MAIL_REJECTION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mail-classifier/cases", test_classifier_cases);
  g_test_add_func ("/mail-classifier/confidence", test_classifier_confidence);
  g_test_add_func ("/mail-classifier/not-rejection", test_classifier_not_rejection);
  g_test_add_func ("/mail-classifier/ats", test_classifier_ats);
  g_test_add_func ("/mail-classifier/extract", test_classifier_extract);
  g_test_add_func ("/mail-classifier/hostile", test_classifier_hostile);
  g_test_add_func ("/mail-classifier/quoted-reply", test_classifier_quoted_reply);

  return g_test_run ();
}
