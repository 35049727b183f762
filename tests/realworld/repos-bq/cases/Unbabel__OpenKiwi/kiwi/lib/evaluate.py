stub: upstream file of 19528 bytes
