stub: upstream file of 20704 bytes
