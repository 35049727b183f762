stub: upstream file of 8500 bytes
