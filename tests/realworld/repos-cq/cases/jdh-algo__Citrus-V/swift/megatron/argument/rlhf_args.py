stub: upstream file of 342 bytes
