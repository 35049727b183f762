stub: upstream file of 2800 bytes
