stub: upstream file of 10411 bytes
