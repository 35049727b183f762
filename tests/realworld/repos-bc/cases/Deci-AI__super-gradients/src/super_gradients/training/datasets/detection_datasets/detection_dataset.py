stub: upstream file of 33239 bytes
