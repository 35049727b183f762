stub: upstream file of 8982 bytes
