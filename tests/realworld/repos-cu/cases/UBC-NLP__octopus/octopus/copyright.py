stub: upstream file of 361 bytes
