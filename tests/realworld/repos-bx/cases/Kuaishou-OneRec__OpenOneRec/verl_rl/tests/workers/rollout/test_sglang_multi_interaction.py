stub: upstream file of 17529 bytes
