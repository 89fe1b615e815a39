/* pursuit-cli-accounts.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <gio/gunixinputstream.h>
#include <stdio.h>

#include "pursuit-cli-private.h"
#include "pursuit-mail-engine.h"
#include "pursuit-sync-engine.h"

/* The longest password read from standard input. */
#define MAX_PASSWORD_LENGTH 4096

/* What an account command needs besides the store. */
typedef struct
{
  PursuitHttp        *http;
  PursuitSecretStore *secrets;
  PursuitSyncEngine  *engine;
  GCancellable       *cancellable;
  guint               interrupt_id;
} Services;

static gboolean
on_interrupt_cb (gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
  return G_SOURCE_CONTINUE;
}

static void
services_clear (Services *services)
{
  g_clear_handle_id (&services->interrupt_id, g_source_remove);
  g_clear_object (&services->engine);
  g_clear_object (&services->secrets);
  g_clear_object (&services->http);
  g_clear_object (&services->cancellable);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Services, services_clear)

static gboolean
services_init (Services    *services,
               PursuitCli  *cli,
               GError     **error)
{
  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  services->http = pursuit_http_new ();
  services->secrets = pursuit_secret_store_new ();
  services->engine = pursuit_sync_engine_new (cli->store, services->http, services->secrets);
  services->cancellable = g_cancellable_new ();
  /* Ctrl+C cancels what is waiting instead of killing the process while
   * the store or the keyring is half-way. */
  services->interrupt_id = g_unix_signal_add (SIGINT, on_interrupt_cb, services->cancellable);
  return TRUE;
}

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Spins the main loop until @result is set by store_result_cb(). */
static void
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static const char *
non_empty (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

/* The Preferences value, when the app's schema is installed. */
static char *
dup_settings_client_id (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "google-client-id"))
    return NULL;
  settings = g_settings_new (APPLICATION_ID);
  return g_settings_get_string (settings, "google-client-id");
}

/* The OAuth client: --client-id, $PURSUIT_GOOGLE_CLIENT_ID, Preferences,
 * the build's default; the secret likewise, with the secret store in
 * place of Preferences. */
static gboolean
set_google_client (Services    *services,
                   const char  *option_id,
                   const char  *option_secret,
                   GError     **error)
{
  g_autofree char *settings_id = NULL;
  g_autofree char *stored_secret = NULL;
  const char *client_id = non_empty (option_id);
  const char *secret = non_empty (option_secret);

  if (client_id == NULL)
    client_id = non_empty (g_getenv ("PURSUIT_GOOGLE_CLIENT_ID"));
  if (client_id == NULL)
    client_id = settings_id = dup_settings_client_id ();
  if (non_empty (client_id) == NULL)
    client_id = non_empty (PURSUIT_GOOGLE_CLIENT_ID);

  if (secret == NULL)
    secret = non_empty (g_getenv ("PURSUIT_GOOGLE_CLIENT_SECRET"));
  if (secret == NULL && non_empty (client_id) != NULL)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) lookup_error = NULL;

      pursuit_secret_store_lookup_async (services->secrets, PURSUIT_SECRET_GOOGLE_CLIENT_SECRET,
                                         client_id, services->cancellable, store_result_cb, &result);
      wait_for (&result);
      stored_secret = pursuit_secret_store_lookup_finish (services->secrets, result, &lookup_error);
      if (g_error_matches (lookup_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&lookup_error));
          return FALSE;
        }
      if (lookup_error != NULL)
        g_debug ("No client secret from the secret store: %s", lookup_error->message);
      secret = non_empty (stored_secret);
    }
  if (secret == NULL)
    secret = non_empty (PURSUIT_GOOGLE_CLIENT_SECRET);

  pursuit_sync_engine_set_google_client (services->engine, non_empty (client_id), secret);
  return TRUE;
}

/* The members that name an account, in `accounts` and in what
 * `accounts add-…` prints. */
static void
add_account_members (JsonBuilder    *builder,
                     PursuitAccount *account)
{
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pursuit_account_get_id (account));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, pursuit_account_get_kind (account));
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, pursuit_account_get_label (account));
  json_builder_set_member_name (builder, "calendar");
  json_builder_add_string_value (builder, pursuit_account_get_calendar_name (account));
}

static void
add_gmail_members (JsonBuilder    *builder,
                   PursuitAccount *account)
{
  g_autofree char *synced = _pursuit_cli_format_iso_time (pursuit_account_get_mail_synced_at (account));

  json_builder_set_member_name (builder, "gmail");
  json_builder_add_boolean_value (builder, pursuit_account_get_mail_enabled (account));
  json_builder_set_member_name (builder, "mail_last_sync");
  json_builder_add_string_value (builder, synced);
  json_builder_set_member_name (builder, "mail_last_error");
  json_builder_add_string_value (builder, pursuit_account_get_mail_last_error (account));
}

static JsonNode *
account_to_json (Services       *services,
                 PursuitCli     *cli,
                 PursuitAccount *account)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gint64 id = pursuit_account_get_id (account);
  g_autofree char *last_sync = _pursuit_cli_format_iso_time (pursuit_account_get_last_sync_at (account));
  PursuitAccountState state = pursuit_sync_engine_get_account_state (services->engine, id);

  json_builder_begin_object (builder);
  add_account_members (builder, account);
  json_builder_set_member_name (builder, "calendar_id");
  json_builder_add_string_value (builder, pursuit_account_get_calendar_id (account));
  json_builder_set_member_name (builder, "enabled");
  json_builder_add_boolean_value (builder, pursuit_account_get_enabled (account));
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, pursuit_account_state_to_string (state));
  json_builder_set_member_name (builder, "last_sync");
  json_builder_add_string_value (builder, last_sync);
  json_builder_set_member_name (builder, "last_error");
  json_builder_add_string_value (builder, pursuit_account_get_last_error (account));
  json_builder_set_member_name (builder, "pending");
  json_builder_add_int_value (builder, pursuit_store_count_pending_outbox (cli->store, id));
  add_gmail_members (builder, account);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
list_accounts (PursuitCli  *cli,
               int          argc,
               char       **argv,
               GError     **error)
{
  const GOptionEntry entries[] = {
    G_OPTION_ENTRY_NULL
  };
  const char *headers[] = {
    /* Translators: column titles of `pursuit-cli accounts` */
    N_("ID"), N_("Kind"), N_("Account"), N_("Calendar"), N_("State"), N_("Last sync"), N_("Pending"),
    N_("Last error"), N_("Gmail"), N_("Last mail sync"), NULL
  };
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(Services) services = { 0 };
  g_auto(GStrv) args = NULL;
  const char *translated[G_N_ELEMENTS (headers)];

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Lists the connected calendar accounts with their state, "
                                       "last sync, changes waiting, last error and Gmail. Subcommands: "
                                       "add-google, add-caldav, remove, enable-gmail, disable-gmail."),
                                     entries, error);
  if (args == NULL)
    return FALSE;
  if (!services_init (&services, cli, error))
    return FALSE;

  accounts = pursuit_store_list_accounts (cli->store, error);
  if (accounts == NULL)
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
      g_autoptr(JsonArray) array = json_array_new ();

      for (guint i = 0; i < accounts->len; i++)
        json_array_add_element (array, account_to_json (&services, cli, g_ptr_array_index (accounts, i)));
      json_node_set_array (node, array);
      return _pursuit_cli_print_json (node, error);
    }

  if (accounts->len == 0)
    {
      g_print ("%s\n", _("No accounts. Add one with “pursuit-cli accounts add-google” or "
                         "“pursuit-cli accounts add-caldav URL --user NAME”."));
      return TRUE;
    }

  for (guint i = 0; headers[i] != NULL; i++)
    translated[i] = _(headers[i]);
  translated[G_N_ELEMENTS (headers) - 1] = NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < accounts->len; i++)
    {
      PursuitAccount *account = g_ptr_array_index (accounts, i);
      gint64 id = pursuit_account_get_id (account);
      gint64 last_sync = pursuit_account_get_last_sync_at (account);
      char **row = g_new0 (char *, G_N_ELEMENTS (headers));

      row[0] = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      row[1] = g_strdup (g_strcmp0 (pursuit_account_get_kind (account), "google") == 0 ? "Google" : "CalDAV");
      row[2] = g_strdup (pursuit_account_get_label (account));
      row[3] = g_strdup (pursuit_account_get_calendar_name (account) ?: "");
      row[4] = g_strdup (pursuit_account_state_get_label (pursuit_sync_engine_get_account_state (services.engine, id)));
      row[5] = last_sync != 0 ? _pursuit_cli_format_local_time (last_sync) : g_strdup (_("never"));
      row[6] = g_strdup_printf ("%u", pursuit_store_count_pending_outbox (cli->store, id));
      row[7] = g_strdup (pursuit_account_get_last_error (account) ?: "");
      row[8] = g_strdup (pursuit_account_get_mail_enabled (account) ? _("on") : _("off"));
      row[9] = pursuit_account_get_mail_synced_at (account) != 0
               ? _pursuit_cli_format_local_time (pursuit_account_get_mail_synced_at (account))
               : g_strdup (_("never"));
      g_ptr_array_add (rows, row);
    }
  _pursuit_cli_print_table (translated, rows, (const guint[]) { 0, 0, 40, 30, 0, 0, 0, 60, 0, 0 });
  return TRUE;
}

static void
print_uri_cb (const char *uri,
              gpointer    user_data)
{
  /* Alone on its line and flushed: a script reads it as it comes. */
  g_print ("%s\n", uri);
  fflush (stdout);
}

static void
launch_uri_cb (const char *uri,
               gpointer    user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    {
      g_printerr (_("Could not open a browser (%s). Open this address yourself:\n"), error->message);
      g_print ("%s\n", uri);
      fflush (stdout);
      return;
    }
  g_printerr ("%s\n", _("Sign in to Google in the browser that opened; Pursuit waits (Ctrl+C cancels)."));
}

/* The sign-ins' option, and how they show the address. */
#define NO_BROWSER_ENTRY(flag) \
  { "no-browser", 0, 0, G_OPTION_ARG_NONE, &(flag), \
    N_("Print the sign-in address instead of opening a browser"), NULL }

static PursuitOpenUriFunc
open_uri_func (gboolean no_browser)
{
  return no_browser ? print_uri_cb : launch_uri_cb;
}

/* What `accounts add-…` (@gmail FALSE) and `enable-gmail` or
 * `disable-gmail` (TRUE) print with --json. */
static gboolean
print_account_json (PursuitAccount  *account,
                    gboolean         gmail,
                    GError         **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;

  json_builder_begin_object (builder);
  add_account_members (builder, account);
  if (gmail)
    add_gmail_members (builder, account);
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);
  return _pursuit_cli_print_json (node, error);
}

static gboolean
print_added (PursuitCli  *cli,
             gint64       id,
             GError     **error)
{
  g_autoptr(PursuitAccount) account = pursuit_store_get_account (cli->store, id, error);

  if (account == NULL)
    return FALSE;
  if (cli->json)
    return print_account_json (account, FALSE, error);

  {
    g_autofree char *label = _pursuit_cli_sanitize (pursuit_account_get_label (account), FALSE);
    g_autofree char *calendar = _pursuit_cli_sanitize (pursuit_account_get_calendar_name (account) ?: "", FALSE);

    g_print (_("Account %lld: %s, calendar “%s”\n"), (long long) id, label, calendar);
  }
  return TRUE;
}

static gboolean
add_google (PursuitCli  *cli,
            int          argc,
            char       **argv,
            GError     **error)
{
  g_autofree char *client_id = NULL;
  g_autofree char *client_secret = NULL;
  gboolean no_browser = FALSE;
  const GOptionEntry entries[] = {
    NO_BROWSER_ENTRY (no_browser),
    { "client-id", 0, 0, G_OPTION_ARG_STRING, &client_id,
      N_("The OAuth client ID (else $PURSUIT_GOOGLE_CLIENT_ID or Preferences)"), N_("ID") },
    { "client-secret", 0, 0, G_OPTION_ARG_STRING, &client_secret,
      N_("The OAuth client secret (else $PURSUIT_GOOGLE_CLIENT_SECRET or the keyring)"), N_("SECRET") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GAsyncResult) result = NULL;
  g_auto(Services) services = { 0 };
  g_auto(GStrv) args = NULL;
  gint64 id;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Connects a Google account: signs in in the browser, keeps the "
                                       "sign-in in the keyring and writes interviews to its main calendar."),
                                     entries, error);
  if (args == NULL)
    return FALSE;
  if (!services_init (&services, cli, error) ||
      !set_google_client (&services, client_id, client_secret, error))
    return FALSE;

  pursuit_sync_engine_add_google_account_async (services.engine,
                                                open_uri_func (no_browser), NULL,
                                                services.cancellable, store_result_cb, &result);
  wait_for (&result);
  id = pursuit_sync_engine_add_google_account_finish (services.engine, result, error);
  if (id <= 0)
    return FALSE;
  return print_added (cli, id, error);
}

/* One line of standard input, without its line end. */
static char *
read_password (GError **error)
{
  g_autoptr(GInputStream) stream = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  g_autoptr(GDataInputStream) data = g_data_input_stream_new (stream);
  g_autofree char *line = NULL;
  gsize length = 0;

  line = g_data_input_stream_read_line (data, &length, NULL, error);
  if (line == NULL && (error == NULL || *error == NULL))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                 _("No password on standard input"));
  if (line == NULL)
    return NULL;
  if (length > 0 && line[length - 1] == '\r')
    line[--length] = '\0';
  if (length == 0 || length > MAX_PASSWORD_LENGTH)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The password on standard input is empty or too long"));
      return NULL;
    }
  return g_steal_pointer (&line);
}

static gboolean
add_caldav (PursuitCli  *cli,
            int          argc,
            char       **argv,
            GError     **error)
{
  g_autofree char *user = NULL;
  const GOptionEntry entries[] = {
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("The user name on the server"), N_("NAME") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GAsyncResult) result = NULL;
  g_auto(Services) services = { 0 };
  g_auto(GStrv) args = NULL;
  g_autofree char *password = NULL;
  gint64 id;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("URL"), 1,
                                     _("Connects a CalDAV calendar (Nextcloud, Fastmail, iCloud, Radicale…). "
                                       "The password is read from standard input, one line."),
                                     entries, error);
  if (args == NULL)
    return FALSE;
  if (!_pursuit_cli_check_text (&args[0], _("URL"), error))
    return FALSE;
  if (user == NULL || user[0] == '\0')
    return _pursuit_cli_usage_error (error, _("Missing --user NAME (see “%s --help”)"), g_get_prgname ());
  if (!_pursuit_cli_check_text (&user, "--user", error))
    return FALSE;

  password = read_password (error);
  if (password == NULL)
    return FALSE;
  if (!services_init (&services, cli, error))
    {
      memset (password, 0, strlen (password));
      return FALSE;
    }

  pursuit_sync_engine_add_caldav_account_async (services.engine, args[0], user, password,
                                                services.cancellable, store_result_cb, &result);
  memset (password, 0, strlen (password));
  wait_for (&result);
  id = pursuit_sync_engine_add_caldav_account_finish (services.engine, result, error);
  if (id <= 0)
    return FALSE;
  return print_added (cli, id, error);
}

/* What `accounts enable-gmail` and `disable-gmail` print. */
static gboolean
print_gmail_state (PursuitCli  *cli,
                   gint64       id,
                   GError     **error)
{
  g_autoptr(PursuitAccount) account = pursuit_store_get_account (cli->store, id, error);
  g_autofree char *label = NULL;

  if (account == NULL)
    return FALSE;
  if (cli->json)
    return print_account_json (account, TRUE, error);

  label = _pursuit_cli_sanitize (pursuit_account_get_label (account), FALSE);
  if (pursuit_account_get_mail_enabled (account))
    g_print (_("Gmail is on for account %lld (%s)\n"), (long long) id, label);
  else
    g_print (_("Gmail is off for account %lld (%s)\n"), (long long) id, label);
  return TRUE;
}

static gboolean
remove_account (PursuitCli  *cli,
                int          argc,
                char       **argv,
                GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  g_auto(Services) services = { 0 };
  g_autofree char *label = NULL;
  gint64 id;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("ID"),
                                      _("Disconnects an account: signs out (Google), forgets its "
                                        "password or token. Its events stay in the calendar."),
                                      &id, error))
    return FALSE;
  if (!services_init (&services, cli, error) ||
      !set_google_client (&services, NULL, NULL, error))
    return FALSE;

  account = pursuit_store_get_account (cli->store, id, error);
  if (account == NULL)
    return FALSE;
  label = _pursuit_cli_sanitize (pursuit_account_get_label (account), FALSE);

  pursuit_sync_engine_remove_account_async (services.engine, id, services.cancellable,
                                            store_result_cb, &result);
  wait_for (&result);
  if (!pursuit_sync_engine_remove_account_finish (services.engine, result, error))
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "removed");
      json_builder_add_int_value (builder, id);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      return _pursuit_cli_print_json (node, error);
    }
  g_print (_("Removed account %lld (%s)\n"), (long long) id, label);
  return TRUE;
}

static gboolean
enable_gmail (PursuitCli  *cli,
              int          argc,
              char       **argv,
              GError     **error)
{
  gboolean no_browser = FALSE;
  const GOptionEntry entries[] = {
    NO_BROWSER_ENTRY (no_browser),
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GAsyncResult) result = NULL;
  g_auto(Services) services = { 0 };
  g_auto(GStrv) args = NULL;
  gint64 id;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("ID"), 1,
                                     _("Turns Gmail on for a Google account: signs in again asking to "
                                       "send mail, save drafts and read the inbox, so that follow-ups go "
                                       "out through Gmail and replies become suggestions."),
                                     entries, error);
  if (args == NULL ||
      !_pursuit_cli_parse_id (args[0], &id, error))
    return FALSE;
  if (!services_init (&services, cli, error) ||
      !set_google_client (&services, NULL, NULL, error))
    return FALSE;

  pursuit_sync_engine_enable_gmail_async (services.engine, id, open_uri_func (no_browser), NULL,
                                          services.cancellable, store_result_cb, &result);
  wait_for (&result);
  if (!pursuit_sync_engine_enable_gmail_finish (services.engine, result, error))
    return FALSE;
  return print_gmail_state (cli, id, error);
}

static gboolean
disable_gmail (PursuitCli  *cli,
               int          argc,
               char       **argv,
               GError     **error)
{
  g_auto(Services) services = { 0 };
  gint64 id;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("ID"),
                                      _("Turns Gmail off for an account: no more sending or reading. "
                                        "The access granted stays until the account is removed."),
                                      &id, error))
    return FALSE;
  if (!services_init (&services, cli, error))
    return FALSE;
  if (!pursuit_sync_engine_disable_gmail (services.engine, id, error))
    return FALSE;
  return print_gmail_state (cli, id, error);
}

static const PursuitCliCommand account_subcommands[] = {
  { "add-google", add_google, N_("Connect a Google account") },
  { "add-caldav", add_caldav, N_("Connect a CalDAV calendar") },
  { "remove", remove_account, N_("Disconnect an account") },
  { "enable-gmail", enable_gmail, N_("Send follow-ups and read replies through Gmail") },
  { "disable-gmail", disable_gmail, N_("Stop using Gmail for an account") },
};

gboolean
_pursuit_cli_cmd_accounts (PursuitCli  *cli,
                           int          argc,
                           char       **argv,
                           GError     **error)
{
  return _pursuit_cli_run_subcommand (cli, "accounts", account_subcommands, G_N_ELEMENTS (account_subcommands),
                                      list_accounts, argc, argv, error);
}

/* The Preferences value of @key, @fallback without the app's schema. */
static int
get_settings_int (const char *key,
                  int         fallback)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL)
    return fallback;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return fallback;
  settings = g_settings_new (APPLICATION_ID);
  return g_settings_get_int (settings, key);
}

/* Gmail after the calendars, counted into the same @report. */
static gboolean
sync_mail (Services           *services,
           gint64              account_id,
           PursuitSyncReport  *report,
           GError            **error)
{
  g_autoptr(PursuitMailEngine) mail = pursuit_mail_engine_new (services->engine);
  g_autoptr(PursuitSyncReport) merged = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  int percent = get_settings_int ("gmail-auto-apply-percent", 0);

  pursuit_mail_engine_set_window_days (mail, get_settings_int ("gmail-window-days",
                                                               PURSUIT_MAIL_DEFAULT_WINDOW_DAYS));
  pursuit_mail_engine_set_auto_apply_threshold (mail, percent > 0 ? percent / 100.0 : 2.0);
  pursuit_mail_engine_sync_async (mail, account_id, report, services->cancellable, store_result_cb, &result);
  wait_for (&result);
  merged = pursuit_mail_engine_sync_finish (mail, result, error);
  return merged != NULL;
}

gboolean
_pursuit_cli_cmd_sync (PursuitCli  *cli,
                       int          argc,
                       char       **argv,
                       GError     **error)
{
  g_autofree char *account_text = NULL;
  const GOptionEntry entries[] = {
    { "account", 0, 0, G_OPTION_ARG_STRING, &account_text, N_("Sync only the account ID"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitSyncReport) report = NULL;
  g_auto(Services) services = { 0 };
  g_auto(GStrv) args = NULL;
  gint64 account_id = 0;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Runs every enabled calendar sync once: sends the changes "
                                       "waiting, picks up the changes made in the calendars, sends "
                                       "the queued mail and reads the inbox of the accounts with "
                                       "Gmail on, and prints what it did."),
                                     entries, error);
  if (args == NULL)
    return FALSE;
  if (account_text != NULL && !_pursuit_cli_parse_id (account_text, &account_id, error))
    return FALSE;
  if (!services_init (&services, cli, error) ||
      !set_google_client (&services, NULL, NULL, error))
    return FALSE;

  pursuit_sync_engine_sync_async (services.engine, account_id, services.cancellable,
                                  store_result_cb, &result);
  wait_for (&result);
  report = pursuit_sync_engine_sync_finish (services.engine, result, error);
  if (report == NULL || !sync_mail (&services, account_id, report, error))
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonNode) node = pursuit_sync_report_to_json (report);

      if (!_pursuit_cli_print_json (node, error))
        return FALSE;
    }
  else
    {
      g_autofree char *text = pursuit_sync_report_to_text (report);
      g_autofree char *shown = _pursuit_cli_sanitize (text, TRUE);

      g_print ("%s", shown);
    }

  if (pursuit_sync_report_get_n_errors (report) > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   ngettext ("The sync of %u account failed", "The sync of %u accounts failed",
                             pursuit_sync_report_get_n_errors (report)),
                   pursuit_sync_report_get_n_errors (report));
      return FALSE;
    }
  return TRUE;
}
