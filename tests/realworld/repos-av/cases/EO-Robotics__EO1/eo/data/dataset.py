stub: upstream file of 25285 bytes
