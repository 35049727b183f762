stub: upstream file of 20423 bytes
