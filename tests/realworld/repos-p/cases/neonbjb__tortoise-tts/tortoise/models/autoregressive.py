stub: upstream file of 27160 bytes
