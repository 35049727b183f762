stub: upstream file of 2304 bytes
