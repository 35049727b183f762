stub: upstream file of 17302 bytes
