stub: upstream file of 11429 bytes
