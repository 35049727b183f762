stub: upstream file of 19556 bytes
