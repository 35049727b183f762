stub: upstream file of 3141 bytes
