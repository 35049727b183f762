stub: upstream file of 4254 bytes
