stub: upstream file of 2288 bytes
