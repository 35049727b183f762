stub: upstream file of 5199 bytes
