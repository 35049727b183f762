stub: upstream file of 25239 bytes
