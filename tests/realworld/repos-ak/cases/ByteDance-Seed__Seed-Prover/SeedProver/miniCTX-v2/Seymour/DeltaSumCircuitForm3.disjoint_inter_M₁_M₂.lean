stub: upstream file of 13429 bytes
