stub: upstream file of 11969 bytes
