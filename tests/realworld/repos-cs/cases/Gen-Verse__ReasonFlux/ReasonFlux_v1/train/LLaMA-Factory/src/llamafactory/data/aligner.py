stub: upstream file of 9371 bytes
