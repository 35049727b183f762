stub: upstream file of 42288 bytes
