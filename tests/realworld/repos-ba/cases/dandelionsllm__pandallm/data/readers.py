stub: upstream file of 16501 bytes
