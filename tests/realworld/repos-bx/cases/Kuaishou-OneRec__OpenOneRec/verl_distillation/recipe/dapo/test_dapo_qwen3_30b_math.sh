stub: upstream file of 5361 bytes
