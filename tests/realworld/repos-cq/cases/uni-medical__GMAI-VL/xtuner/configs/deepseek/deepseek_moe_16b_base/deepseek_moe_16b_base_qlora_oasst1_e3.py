stub: upstream file of 7309 bytes
