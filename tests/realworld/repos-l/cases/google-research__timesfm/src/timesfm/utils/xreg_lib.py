stub: upstream file of 20721 bytes
