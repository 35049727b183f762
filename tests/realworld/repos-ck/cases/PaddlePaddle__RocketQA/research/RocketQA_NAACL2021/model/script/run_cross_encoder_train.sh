stub: upstream file of 1966 bytes
