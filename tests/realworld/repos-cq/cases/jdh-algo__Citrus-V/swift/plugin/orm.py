stub: upstream file of 15363 bytes
