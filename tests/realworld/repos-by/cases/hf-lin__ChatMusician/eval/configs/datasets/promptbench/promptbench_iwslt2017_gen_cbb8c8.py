stub: upstream file of 2559 bytes
