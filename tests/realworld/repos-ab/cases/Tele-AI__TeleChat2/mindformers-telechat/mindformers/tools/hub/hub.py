stub: upstream file of 30721 bytes
