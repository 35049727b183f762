stub: upstream file of 8018 bytes
