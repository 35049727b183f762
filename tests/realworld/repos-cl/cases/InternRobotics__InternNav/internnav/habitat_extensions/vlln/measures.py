stub: upstream file of 5302 bytes
