stub: upstream file of 10381 bytes
