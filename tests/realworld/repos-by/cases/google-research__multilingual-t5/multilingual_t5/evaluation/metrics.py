stub: upstream file of 5491 bytes
