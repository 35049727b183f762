stub: upstream file of 2231 bytes
