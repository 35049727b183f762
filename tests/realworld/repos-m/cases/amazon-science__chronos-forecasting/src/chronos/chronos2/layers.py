stub: upstream file of 18508 bytes
