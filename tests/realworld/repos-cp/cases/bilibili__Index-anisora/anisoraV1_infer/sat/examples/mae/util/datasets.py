stub: upstream file of 1902 bytes
