stub: upstream file of 18123 bytes
