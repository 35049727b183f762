stub: upstream file of 24294 bytes
