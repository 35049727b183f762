stub: upstream file of 8474 bytes
