stub: upstream file of 64446 bytes
