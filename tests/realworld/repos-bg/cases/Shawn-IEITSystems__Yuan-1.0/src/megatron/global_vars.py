stub: upstream file of 8347 bytes
