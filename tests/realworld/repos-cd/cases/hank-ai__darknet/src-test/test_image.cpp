stub: upstream file of 6518 bytes
