from openwash.cli import main

raise SystemExit(main())
