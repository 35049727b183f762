stub: upstream file of 5236 bytes
