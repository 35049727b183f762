stub: upstream file of 559 bytes
