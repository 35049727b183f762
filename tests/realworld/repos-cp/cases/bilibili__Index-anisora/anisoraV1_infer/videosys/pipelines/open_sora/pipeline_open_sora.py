stub: upstream file of 39937 bytes
