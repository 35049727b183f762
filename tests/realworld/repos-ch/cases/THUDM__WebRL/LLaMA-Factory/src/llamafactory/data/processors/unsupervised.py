stub: upstream file of 4258 bytes
