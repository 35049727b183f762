stub: upstream file of 12700 bytes
