stub: upstream file of 10313 bytes
