stub: upstream file of 67371 bytes
