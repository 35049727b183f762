stub: upstream file of 30211 bytes
