stub: upstream file of 47316 bytes
