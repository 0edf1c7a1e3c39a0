from incontra.cli import main

raise SystemExit(main())
