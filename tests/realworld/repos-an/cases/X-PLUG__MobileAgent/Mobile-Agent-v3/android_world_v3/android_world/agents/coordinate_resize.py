stub: upstream file of 10261 bytes
