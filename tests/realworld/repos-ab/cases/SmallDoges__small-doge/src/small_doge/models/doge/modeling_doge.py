stub: upstream file of 36345 bytes
