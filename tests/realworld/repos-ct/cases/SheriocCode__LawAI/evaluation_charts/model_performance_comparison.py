stub: upstream file of 994 bytes
