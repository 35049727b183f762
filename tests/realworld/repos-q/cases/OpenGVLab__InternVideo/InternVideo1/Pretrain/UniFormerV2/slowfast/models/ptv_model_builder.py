stub: upstream file of 24491 bytes
