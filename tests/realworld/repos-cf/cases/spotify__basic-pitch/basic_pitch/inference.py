stub: upstream file of 23346 bytes
