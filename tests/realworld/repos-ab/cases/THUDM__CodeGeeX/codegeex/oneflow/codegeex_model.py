stub: upstream file of 43244 bytes
