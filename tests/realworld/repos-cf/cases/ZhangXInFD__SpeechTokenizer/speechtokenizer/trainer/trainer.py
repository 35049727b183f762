stub: upstream file of 19345 bytes
