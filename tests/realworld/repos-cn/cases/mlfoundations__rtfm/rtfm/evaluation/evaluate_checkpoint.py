stub: upstream file of 7721 bytes
