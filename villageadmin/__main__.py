from villageadmin.cli import main

raise SystemExit(main())
