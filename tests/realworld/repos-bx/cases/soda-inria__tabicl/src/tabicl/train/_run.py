stub: upstream file of 31214 bytes
