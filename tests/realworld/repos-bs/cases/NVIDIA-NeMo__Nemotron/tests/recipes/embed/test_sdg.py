stub: upstream file of 3529 bytes
