stub: upstream file of 21294 bytes
