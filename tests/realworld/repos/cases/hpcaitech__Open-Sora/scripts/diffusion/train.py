stub: upstream file of 26337 bytes
