stub: upstream file of 2441 bytes
