stub: upstream file of 4314 bytes
