stub: upstream file of 16483 bytes
