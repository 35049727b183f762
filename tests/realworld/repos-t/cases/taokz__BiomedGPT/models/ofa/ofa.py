stub: upstream file of 19120 bytes
