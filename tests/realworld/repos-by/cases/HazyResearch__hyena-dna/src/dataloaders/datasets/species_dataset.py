stub: upstream file of 16257 bytes
