/* test-secret-store.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pursuit-secret-store.h"
#include "pursuit-test-async.h"
#include "pursuit-test-keyring.h"

static gboolean keyring_ready;
static char *keyring_skip_reason;

static void
store (PursuitSecretStore *secrets,
       const char         *kind,
       const char         *key,
       const char         *secret)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_secret_store_store_async (secrets, kind, key, "Pursuit: test secret", secret,
                                    NULL, pursuit_test_store_result, &result);
  g_assert_true (pursuit_secret_store_store_finish (secrets, pursuit_test_wait_at_most (&result, 20), &error));
  g_assert_no_error (error);
}

static char *
lookup (PursuitSecretStore *secrets,
        const char         *kind,
        const char         *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  char *secret;

  pursuit_secret_store_lookup_async (secrets, kind, key, NULL, pursuit_test_store_result, &result);
  secret = pursuit_secret_store_lookup_finish (secrets, pursuit_test_wait_at_most (&result, 20), &error);
  g_assert_no_error (error);

  return secret;
}

static void
clear (PursuitSecretStore *secrets,
       const char         *kind,
       const char         *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_secret_store_clear_async (secrets, kind, key, NULL, pursuit_test_store_result, &result);
  g_assert_true (pursuit_secret_store_clear_finish (secrets, pursuit_test_wait_at_most (&result, 20), &error));
  g_assert_no_error (error);
}

static gboolean
need_keyring (void)
{
  if (!keyring_ready)
    g_test_skip (keyring_skip_reason);

  return keyring_ready;
}

static void
test_store_and_lookup (void)
{
  g_autoptr(PursuitSecretStore) secrets = pursuit_secret_store_new ();
  g_autofree char *secret = NULL;

  if (!need_keyring ())
    return;

  store (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-a", "1//refresh-a");
  secret = lookup (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-a");
  g_assert_cmpstr (secret, ==, "1//refresh-a");

  clear (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-a");
}

static void
test_overwrite (void)
{
  g_autoptr(PursuitSecretStore) secrets = pursuit_secret_store_new ();
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (!need_keyring ())
    return;

  store (secrets, PURSUIT_SECRET_CALDAV_PASSWORD, "account-b", "old password");
  first = lookup (secrets, PURSUIT_SECRET_CALDAV_PASSWORD, "account-b");
  g_assert_cmpstr (first, ==, "old password");

  /* The same kind and key replace the item; they do not add a second. */
  store (secrets, PURSUIT_SECRET_CALDAV_PASSWORD, "account-b", "new pässword ✓");
  second = lookup (secrets, PURSUIT_SECRET_CALDAV_PASSWORD, "account-b");
  g_assert_cmpstr (second, ==, "new pässword ✓");

  clear (secrets, PURSUIT_SECRET_CALDAV_PASSWORD, "account-b");
}

static void
test_clear (void)
{
  g_autoptr(PursuitSecretStore) secrets = pursuit_secret_store_new ();
  g_autofree char *kept = NULL;
  g_autofree char *gone = NULL;

  if (!need_keyring ())
    return;

  store (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-c", "1//c");
  store (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-d", "1//d");

  clear (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-c");
  gone = lookup (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-c");
  g_assert_null (gone);
  kept = lookup (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-d");
  g_assert_cmpstr (kept, ==, "1//d");

  /* Clearing what is not there is not an error. */
  clear (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-c");
  clear (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "account-d");
}

static void
test_lookup_nothing (void)
{
  g_autoptr(PursuitSecretStore) secrets = pursuit_secret_store_new ();
  g_autofree char *secret = NULL;

  if (!need_keyring ())
    return;

  secret = lookup (secrets, PURSUIT_SECRET_GOOGLE_CLIENT_SECRET, "no-such-client");
  g_assert_null (secret);
}

static void
test_kinds_apart (void)
{
  g_autoptr(PursuitSecretStore) secrets = pursuit_secret_store_new ();
  g_autofree char *token = NULL;
  g_autofree char *password = NULL;
  g_autofree char *client = NULL;

  if (!need_keyring ())
    return;

  /* One key, three kinds: three secrets. */
  store (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "shared-key", "token");
  store (secrets, PURSUIT_SECRET_CALDAV_PASSWORD, "shared-key", "password");
  store (secrets, PURSUIT_SECRET_GOOGLE_CLIENT_SECRET, "shared-key", "client secret");

  clear (secrets, PURSUIT_SECRET_CALDAV_PASSWORD, "shared-key");

  token = lookup (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "shared-key");
  password = lookup (secrets, PURSUIT_SECRET_CALDAV_PASSWORD, "shared-key");
  client = lookup (secrets, PURSUIT_SECRET_GOOGLE_CLIENT_SECRET, "shared-key");
  g_assert_cmpstr (token, ==, "token");
  g_assert_null (password);
  g_assert_cmpstr (client, ==, "client secret");

  clear (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "shared-key");
  clear (secrets, PURSUIT_SECRET_GOOGLE_CLIENT_SECRET, "shared-key");
}

static void
test_cancelled (void)
{
  g_autoptr(PursuitSecretStore) secrets = pursuit_secret_store_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  if (!need_keyring ())
    return;

  g_cancellable_cancel (cancellable);
  pursuit_secret_store_lookup_async (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, "any",
                                     cancellable, pursuit_test_store_result, &result);
  secret = pursuit_secret_store_lookup_finish (secrets, pursuit_test_wait_at_most (&result, 20), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (secret);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  keyring_ready = pursuit_test_keyring_up (&error);
  if (!keyring_ready)
    keyring_skip_reason = g_strdup (error->message);

  g_test_add_func ("/secrets/store-and-lookup", test_store_and_lookup);
  g_test_add_func ("/secrets/overwrite", test_overwrite);
  g_test_add_func ("/secrets/clear", test_clear);
  g_test_add_func ("/secrets/lookup-nothing", test_lookup_nothing);
  g_test_add_func ("/secrets/kinds-apart", test_kinds_apart);
  g_test_add_func ("/secrets/cancelled", test_cancelled);

  status = g_test_run ();

  pursuit_test_keyring_down ();
  g_free (keyring_skip_reason);

  return status;
}
