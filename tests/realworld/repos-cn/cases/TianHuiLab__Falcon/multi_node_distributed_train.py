stub: upstream file of 12357 bytes
