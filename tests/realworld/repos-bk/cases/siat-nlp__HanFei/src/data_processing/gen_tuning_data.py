stub: upstream file of 18410 bytes
