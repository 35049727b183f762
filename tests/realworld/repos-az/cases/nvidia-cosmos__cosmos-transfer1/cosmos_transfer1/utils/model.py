stub: upstream file of 5262 bytes
