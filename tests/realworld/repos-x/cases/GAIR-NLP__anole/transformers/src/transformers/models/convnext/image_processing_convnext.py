stub: upstream file of 16288 bytes
