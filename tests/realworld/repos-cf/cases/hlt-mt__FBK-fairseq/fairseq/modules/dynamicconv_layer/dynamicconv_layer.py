stub: upstream file of 8921 bytes
