stub: upstream file of 11879 bytes
