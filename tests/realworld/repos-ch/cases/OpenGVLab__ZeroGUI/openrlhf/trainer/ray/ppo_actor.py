stub: upstream file of 26465 bytes
