stub: upstream file of 18972 bytes
