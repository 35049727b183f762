stub: upstream file of 11485 bytes
