stub: upstream file of 25476 bytes
