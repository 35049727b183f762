stub: upstream file of 7008 bytes
