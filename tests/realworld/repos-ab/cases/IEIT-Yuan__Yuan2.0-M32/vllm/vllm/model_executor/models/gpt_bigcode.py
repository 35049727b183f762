stub: upstream file of 10093 bytes
