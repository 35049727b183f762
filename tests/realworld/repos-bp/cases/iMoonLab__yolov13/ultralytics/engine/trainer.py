stub: upstream file of 37434 bytes
