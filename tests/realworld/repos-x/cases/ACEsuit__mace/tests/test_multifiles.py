stub: upstream file of 36921 bytes
