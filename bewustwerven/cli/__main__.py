import sys

from bewustwerven.cli import main

sys.exit(main())
