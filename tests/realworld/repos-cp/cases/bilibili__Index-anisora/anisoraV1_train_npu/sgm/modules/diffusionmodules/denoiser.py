stub: upstream file of 2300 bytes
