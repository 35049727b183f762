stub: upstream file of 3456 bytes
