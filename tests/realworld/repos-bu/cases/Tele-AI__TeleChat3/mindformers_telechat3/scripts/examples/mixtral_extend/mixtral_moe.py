stub: upstream file of 46237 bytes
