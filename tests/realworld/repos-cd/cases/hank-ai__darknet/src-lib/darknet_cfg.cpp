stub: upstream file of 62410 bytes
