stub: upstream file of 31499 bytes
