stub: upstream file of 1430 bytes
