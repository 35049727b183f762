stub: upstream file of 2388 bytes
