stub: upstream file of 16115 bytes
