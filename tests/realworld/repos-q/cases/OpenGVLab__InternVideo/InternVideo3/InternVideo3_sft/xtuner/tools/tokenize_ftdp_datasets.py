stub: upstream file of 15356 bytes
