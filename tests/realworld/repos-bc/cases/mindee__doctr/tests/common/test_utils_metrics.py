stub: upstream file of 21966 bytes
