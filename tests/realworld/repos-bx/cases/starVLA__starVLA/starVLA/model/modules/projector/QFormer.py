stub: upstream file of 8208 bytes
