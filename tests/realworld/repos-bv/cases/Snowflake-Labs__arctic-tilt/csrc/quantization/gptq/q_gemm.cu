stub: upstream file of 62103 bytes
