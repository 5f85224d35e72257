#!/usr/bin/env bash
# Opens, updates or closes the one issue that tracks the daily run, with the GitHub CLI.
# Called by .github/workflows/daily.yml; tested by tests/integration/workflow-scripts.test.ts
# with a stand-in `gh` on PATH.
#
# Environment: TITLE, RUN_URL, FAILED (true/false), DAILY_EXIT, BEHIND (series behind schedule,
# one "ID (source) last DATE, N business days" per line, may be empty), and the jobs' results
# DAILY_RESULT, COMMIT_RESULT, DEPLOY_RESULT.
#
# This job never decides a run's colour: a run is green when the site was published. When the
# repository has Issues turned off (the default on forks) or gh fails for any other reason, it
# says so in a warning and exits 0.
set -uo pipefail

warn() { printf '::warning title=Tracking issue not updated::%s\n' "$1"; }

if ! list=$(gh issue list --state open --search "in:title \"$TITLE\"" --json number,title \
  --jq "map(select(.title == env.TITLE)) | .[0].number // empty" 2>&1); then
  if grep -qi 'disabled issues\|issues are disabled\|has disabled' <<<"$list"; then
    warn "Issues are turned off for this repository, so problems are reported only on the run page. Turn them on (Settings, General, Features, Issues) to get a tracking issue."
  else
    warn "gh could not list issues: $(tr '\n' ' ' <<<"$list" | cut -c1-300)"
  fi
  exit 0
fi
number=$list

why=""
if [ "$FAILED" = "true" ]; then
  case "${DAILY_EXIT:-}" in
    1) why="the update reached no source or failed every series (npm run daily exit 1); the snapshot is unchanged" ;;
    3) why="the site build failed (npm run daily exit 3)" ;;
    4) why="the built site failed its checks (npm run daily exit 4)" ;;
    5) why="the run is set up wrong (npm run daily exit 5, configuration): the run page's error says which setting to fix" ;;
    *) why="a job failed" ;;
  esac
elif [ -n "${BEHIND:-}" ]; then
  why="the site was published, but some series have had no new data for longer than their schedule allows"
fi

if [ -z "$why" ]; then
  if [ -n "$number" ]; then
    gh issue close "$number" --comment "Recovered: $RUN_URL succeeded and every series is on schedule." || warn "could not close issue #$number"
  fi
  exit 0
fi

behind_list=""
if [ -n "${BEHIND:-}" ]; then
  behind_list=$(printf '\n\nBehind schedule:\n- %s' "${BEHIND//$'\n'/$'\n'- }")
fi
body=$(printf 'The daily run %s: %s.\n\n| job | result |\n|---|---|\n| update, build, check | %s (exit %s) |\n| commit the snapshot | %s |\n| deploy | %s |%s\n\nThe site keeps showing the last published edition where nothing was published. This issue is closed by the next run that succeeds with every series on schedule.' \
  "$RUN_URL" "$why" "${DAILY_RESULT:-}" "${DAILY_EXIT:--}" "${COMMIT_RESULT:-}" "${DEPLOY_RESULT:-}" "$behind_list")
if [ -n "$number" ]; then
  gh issue comment "$number" --body "$body" || warn "could not comment on issue #$number"
else
  gh issue create --title "$TITLE" --body "$body" || warn "could not open the tracking issue"
fi
exit 0
