stub: upstream file of 22047 bytes
