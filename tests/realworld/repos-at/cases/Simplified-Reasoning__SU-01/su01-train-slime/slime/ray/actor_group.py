stub: upstream file of 6446 bytes
