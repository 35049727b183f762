stub: upstream file of 9361 bytes
