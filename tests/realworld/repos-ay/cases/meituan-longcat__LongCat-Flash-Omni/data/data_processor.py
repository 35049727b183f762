stub: upstream file of 15349 bytes
