/* pursuit-fold.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pursuit-fold-private.h"

void
_pursuit_fold_append_char (GString  *out,
                           gunichar  c)
{
  gunichar lower, base, mark;

  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
      g_string_append_c (out, '\'');
      return;
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
      g_string_append_c (out, '"');
      return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      g_string_append_c (out, '-');
      return;
    case 0x00DF: case 0x1E9E:
      g_string_append (out, "ss");
      return;
    case 0x00E6: case 0x00C6:
      g_string_append (out, "ae");
      return;
    case 0x0153: case 0x0152:
      g_string_append (out, "oe");
      return;
    case 0x00F8: case 0x00D8:
      g_string_append_c (out, 'o');
      return;
    case 0x0131:
      g_string_append_c (out, 'i');
      return;
    case 0x0142: case 0x0141:
      g_string_append_c (out, 'l');
      return;
    case 0x2026:
      g_string_append (out, "...");
      return;
    default:
      break;
    }

  lower = g_unichar_tolower (c);
  if (g_unichar_decompose (lower, &base, &mark) && base < 0x80 && mark != 0)
    g_string_append_c (out, (char) base);
  else
    g_string_append_unichar (out, lower);
}
