stub: upstream file of 9397 bytes
