stub: upstream file of 19460 bytes
