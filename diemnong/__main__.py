import sys

from diemnong.cli import main

sys.exit(main())
