import sys

from breachdesk.cli import main

sys.exit(main())
