stub: upstream file of 33147 bytes
