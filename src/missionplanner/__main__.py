from missionplanner.cli import main

raise SystemExit(main())
