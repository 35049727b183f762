stub: upstream file of 11691 bytes
