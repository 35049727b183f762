stub: upstream file of 16429 bytes
