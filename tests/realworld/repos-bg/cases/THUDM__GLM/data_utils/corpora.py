stub: upstream file of 19411 bytes
