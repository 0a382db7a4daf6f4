# The README's examples run as written and print what it shows (tests/cli/readme.py).
/usr/bin/python3 "$(dirname "$DATA")/cli/readme.py" "$(cd "$DATA/../.." && pwd)" "$KG"
