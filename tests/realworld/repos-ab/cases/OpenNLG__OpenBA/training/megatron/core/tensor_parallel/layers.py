stub: upstream file of 30234 bytes
