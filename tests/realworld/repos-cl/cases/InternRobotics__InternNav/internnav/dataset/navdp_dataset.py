stub: upstream file of 24459 bytes
