import sys

from toolkit.cli.app import main

sys.exit(main())
